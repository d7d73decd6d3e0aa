# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test venv lint bench

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# One line rather than pip's refusal after the venv is made (Debian 12's python3 is 3.11).
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12) and f"{sys.executable} is Python {sys.version.split()[0]}; the tracker needs 3.12 or later: remove $(VENV)/ and run make again with PYTHON=python3.13 (or install 3.13 with pyenv, which .python-version selects).")'
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

venv: $(VENV)/.installed

## Migrate, ingest seeds/, serve on http://127.0.0.1:8000 (SQLite unless DATABASE_URL is set).
run: venv
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(PY) manage.py ingest seeds/
	DEBUG=$${DEBUG:-1} $(PY) manage.py runserver 127.0.0.1:8000

## The whole test suite on SQLite and on a throwaway PostgreSQL cluster.
test: venv
	$(PY) scripts/run_tests.py

lint: venv
	$(VENV)/bin/ruff check .

bench: venv
	$(PY) benchmarks/run_all.py
