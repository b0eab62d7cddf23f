# The two commands of the README: `make site` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.txt | cut -c1-12)

.PHONY: site test lint format golden serve bench check clean lock

site: $(STAMP) ## Build the site from content/ into site/
	$(PY) -m generator build

test: $(STAMP) ## Lint and run the whole test suite (browser tests need chromium + chromium-driver)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

check: $(STAMP) ## Validate content/ only
	$(PY) -m generator check

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000, rebuilt when content/ or templates/ change
	$(PY) -m generator serve

golden: $(STAMP) ## Regenerate the golden pages in tests/golden/ after an intended change
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py

bench: $(STAMP) ## Benchmark a build of a larger corpus (see benchmarks/README.md)
	$(PY) benchmarks/bench_build.py

format: $(STAMP) ## Apply ruff's fixes, then its formatting
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

lock: $(STAMP) ## Re-pin requirements.txt (with hashes) from requirements.in
	$(PY) -m pip install -q pip-tools
	$(VENV)/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -q -o requirements.txt requirements.in

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf site build .pytest_cache
