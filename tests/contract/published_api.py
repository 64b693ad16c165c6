"""What the contract tests share: a vendor's published OpenAPI description (the subset kept in
this folder) and a fake of the vendor that checks every request the adapter makes against it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import requests


class PublishedApi:
    """One OpenAPI document: its operations by method and path, and its schemas."""

    def __init__(self, document: Path, name: str) -> None:
        self.spec: dict[str, Any] = json.loads(document.read_text())
        self.name = name

    def operation(self, method: str, path: str) -> dict[str, Any]:
        for template, operations in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
            if re.match(pattern, path) and method.lower() in operations:
                found: dict[str, Any] = operations[method.lower()]
                return found
        raise AssertionError(f"{method} {path} is not an operation of {self.name}")

    def validate(self, schema: dict[str, Any], document: Any) -> None:
        # The schema inside the spec document, so that '#/components/...' references resolve.
        jsonschema.Draft202012Validator({**self.spec, **schema}).validate(document)

    def response_schema(self, op: dict[str, Any], status: int) -> dict[str, Any]:
        answer = op["responses"][str(status)]
        if "$ref" in answer:
            answer = self.spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
        return json_schema(answer)


def json_schema(part: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema of a request body or a response of an operation."""
    found: dict[str, Any] = part["content"]["application/json"]["schema"]
    return found


def json_response(status: int, document: Any) -> requests.Response:
    """A JSON answer (no body when `document` is None)."""
    response = requests.Response()
    response.status_code = status
    response._content = b"" if document is None else json.dumps(document).encode()
    response.headers["content-type"] = "application/json"
    return response


class ContractSession:
    """A `requests.Session` stand-in that is the vendor according to its published description.

    Each request must be an operation of `api`, with only the query parameters it declares and a
    JSON body valid against its request schema. The answer is `answers[operationId]`, a (status,
    document) checked against the response schema. Calls the document does not cover are
    answered from `uncovered` ({(method, path): document}) and listed in `self.uncovered`.
    """

    def __init__(
        self,
        api: PublishedApi,
        answers: dict[str, tuple[int, Any]],
        uncovered: dict[tuple[str, str], Any] | None = None,
    ) -> None:
        self.api = api
        self.answers = answers
        self.uncovered_answers = uncovered or {}
        self.checked: list[str] = []
        self.bodies: list[Any] = []
        self.uncovered: list[str] = []

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        path = urlsplit(url).path
        if (method, path) in self.uncovered_answers:
            self.uncovered.append(f"{method} {path}")
            return json_response(200, self.uncovered_answers[(method, path)])
        op = self.api.operation(method, path)
        declared = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
        assert set(kwargs.get("params") or {}) <= declared, (op["operationId"], kwargs.get("params"))
        if "requestBody" in op:
            self.api.validate(json_schema(op["requestBody"]), kwargs["json"])
            self.bodies.append(kwargs["json"])
        status, document = self.answers[op["operationId"]]
        if document is not None:
            self.api.validate(self.api.response_schema(op, status), document)
        self.checked.append(op["operationId"])
        return json_response(status, document)
