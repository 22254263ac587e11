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

.PHONY: build test screenshots context
build: $(VENV)/.installed
	$(BIN)/kg build

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

# The README's pictures, from a real browser on the seed build (never part of `make test`).
screenshots: $(VENV)/.installed
	KG_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_view_browser.py -k draws_every_entity
	KG_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_workbench_browser.py -k "short_place or map or entity_page or reader_marks"
	KG_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_view_explore_browser.py tests/test_search_browser.py
	KG_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_realcorpus_browser.py tests/test_realcorpus_map_browser.py

# The JSON-LD context shipped beside the ontology, made from ontology/cadre.ttl after a new
# term (a test fails while the shipped one is stale).
context: $(VENV)/.installed
	$(BIN)/python -m kg.export.jsonld
