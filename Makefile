# The two set-up commands of the README: `make build` and `make test`.
# Both create the virtual environment on first use, so a fresh clone needs nothing else
# than Python 3.11+ (and, for the browser tests, Debian's chromium: see .ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

.PHONY: build test
build: $(VENV)/.installed
	$(BIN)/kg build

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q
