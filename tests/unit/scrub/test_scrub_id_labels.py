"""A sweep (decision 0063): identifiers named by their label beside credential talk are no secret.

Every label with every identifier shape in every frame: "password reset failed. request id
8f3a2c1d9e7b4a60" names the request, not the password. Before the label filter 194 of the 1,380
combinations were scrubbed (mostly as a password). A session id is left out on purpose: it logs in."""

from __future__ import annotations

from scrub_findings import found, scrubbed_look_alikes

LABELS = (
    "request id", "request-id", "Request ID:", "x-request-id:", "correlation id", "correlation-id:",
    "trace id", "traceId:", "req id", "requestId=", "transactie-id", "referentie-id:", "ID de requête :",
    "id de la demande", "aanvraag-id", "request #", "Request-ID", "RequestId", "incident id", "error id:",
    "event id", "support id:", "foutreferentie",
)  # fmt: skip
VALUES = (
    "a3f9c2e1-7b4d-4e2a-9c1f-2d8e6b0a5f37", "8f3a2c1d9e7b4a60", "req_8JkL2mN4pQ7r", "4827163950",
    "REQ-20481-XK", "7f3e9a21", "01HZX3K9M2Q7R5T8V6W4Y2A0B1", "c0ffee12-beef", "A1B2C3D4E5", "29384756",
)  # fmt: skip
FRAMES = (
    "ik kan niet inloggen met mijn wachtwoord, {label} {value}",
    "password reset failed. {label} {value}",
    "{label} {value} - de sms code kwam niet aan",
    "login error, {label} {value}, please help",
    "Bonjour, mot de passe refusé ({label} {value})",
    "pincode geblokkeerd\n{label} {value}",
)


def test_an_identifier_after_its_label_is_never_scrubbed_beside_credential_talk() -> None:
    scrubbed = scrubbed_look_alikes(FRAMES, LABELS, VALUES)
    assert scrubbed == [], f"{len(scrubbed)} of {len(FRAMES) * len(LABELS) * len(VALUES)}:\n" + "\n".join(
        scrubbed[:20]
    )


def test_a_session_id_and_a_password_after_an_identifier_are_still_scrubbed() -> None:
    assert found("ik kan niet inloggen met mijn wachtwoord, session id: 8f3a2c1d9e7b4a60") != []
    assert ("password", "Zomer2024!") in found("request id 4827163950, wachtwoord: Zomer2024!")
