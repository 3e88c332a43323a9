# Mist website. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
PORT ?= 8000
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Tests run in parallel (pytest-xdist): one process per core plus one, at most five. On SQLite
# the first to need the demo database builds it and the others copy it (tests/conftest.py).
# The browser journeys run together in one process, which mostly waits for its server and
# browser: the extra process keeps every core busy meanwhile.
# PARALLEL= runs everything in a single process.
WORKERS := $(shell expr $$(nproc 2>/dev/null || echo 1) + 1)
PARALLEL ?= --numprocesses=$(WORKERS) --maxprocesses=5 --dist=loadgroup

.PHONY: install install-app client-checks run test test-fast lint format messages compilemessages migrate demo check bench drill backup clean

# uv goes into a venv of its own. The system Python's pip fills it when it can (no pip copied
# into the venv: 4 s sooner on a first run); otherwise the venv gets its own pip.
UV_PIN := uv==0.13.9
$(UV):
	$(PYTHON) -m venv --without-pip $(TOOLS) && \
	  $(PYTHON) -m pip --python $(TOOLS)/bin/python install --quiet --disable-pip-version-check $(UV_PIN) || \
	  ($(PYTHON) -m venv $(TOOLS) && $(TOOLS)/bin/pip install --quiet --disable-pip-version-check $(UV_PIN))

# Installs exactly what uv.lock pins (the project itself in editable mode: site/ → mist_site).
install: $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@$(MAKE) --no-print-directory compilemessages client-checks

# What the site itself needs, for `make run`: the test tools (browser, validators) are left
# out, so a first run serves sooner; tools already installed stay (--inexact).
install-app: $(UV)
	$(UV) sync --frozen --no-dev --inexact --python $(PYTHON)
	@$(MAKE) --no-print-directory compilemessages

# The readers real clients use, for the tests (ical.js: Thunderbird's calendar parser), pinned
# by tests/clients/package-lock.json, installed again only when that file changes. Without npm
# the tests that need them say so in red and skip.
NODE_MODULES := tests/clients/node_modules/.package-lock.json
client-checks:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(NODE_MODULES); \
	else echo "!!! npm missing: the ical.js and HTML-validator client checks cannot run"; fi

$(NODE_MODULES): tests/clients/package-lock.json
	npm ci --prefix tests/clients --no-audit --no-fund --silent

# The compiled catalogues are shipped beside their .po files (a test checks they match);
# a .po edited since is compiled again.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))
compilemessages: $(MO_FILES)

%.mo: %.po
	@if command -v msgfmt >/dev/null; then msgfmt --check-format -o $@ $<; \
	else echo "!!! msgfmt missing (apt-get install gettext): $@ kept as shipped"; fi

# Extract interface strings into locale/fr and locale/en, then translate locale/fr's msgstr.
messages:
	$(MANAGE) makemessages -l fr -l en --no-obsolete --ignore=.venv --ignore=.tools --ignore='*/migrations/*' --ignore=staticfiles


migrate:
	@echo "Applying the database migrations (15 to 25 s on a new database)"
	$(MANAGE) migrate --noinput -v0

demo:
	$(MANAGE) load_demo

# One process migrates and loads the demo (Django starts once); the server skips the system
# checks migrate has just run, and does not reload on code changes unless asked (the reloader
# starts Django a second time): `make run RELOAD=1` while editing code.
RELOAD ?=
run: install-app
	@echo "Preparing the database and the demo site (about a minute on a new machine)"
	$(MANAGE) load_demo --migrate
	$(MANAGE) runserver --skip-checks $(if $(RELOAD),,--noreload) 127.0.0.1:$(PORT)

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(VENV)/bin/pytest $(PARALLEL) $(PYTEST_ARGS)

# The same checks without the browser journeys and the slow robustness sweeps (a few minutes).
test-fast: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest $(PARALLEL) -m "not slow and not browser" $(PYTEST_ARGS)

# Load test with production settings on PostgreSQL + Redis, gunicorn, Varnish and nginx
# (Debian packages varnish, nginx, wrk). Not a test: prints a table, writes bench-results/.
bench: install
	@command -v varnishd >/dev/null && command -v nginx >/dev/null && command -v wrk >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq varnish nginx wrk >/dev/null)
	$(PY) deploy/bench.py

# Failure drills (deploy/drill.py): PostgreSQL restarted under load, Redis stopped, on a
# throwaway PostgreSQL cluster (port 5440) and Redis (port 6390). Run as root. Not a test.
drill: install
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	$(PY) deploy/drill.py

# One dated backup of the database and the media folders (see README, "Backups").
backup:
	$(MANAGE) backup

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format:
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) $(TOOLS) db.sqlite3 media staticfiles
