# The README's two commands are `make run` and `make test`; CI runs `make check` and `make test`.
# uv is fetched into .tools/ when the machine has none (only Python 3 and make are assumed).

UV := $(shell uv --version >/dev/null 2>&1 && command -v uv || echo .tools/bin/uv)
# Management commands on this machine run with local-development settings (SQLite unless DATABASE_URL is set).
MANAGE := DJANGO_DEBUG=1 $(UV) run --frozen python manage.py
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test check install bootstrap-uv messages migrate lint format makemessages bench saturate audit screenshots \
	deploy-install deploy-check

run: install messages migrate ## Set up and serve the site with demo content at http://127.0.0.1:8000
	$(MANAGE) seed_demo
	@# The task worker sends the e-mails that applications trigger (printed here); it stops with the server.
	$(MANAGE) db_worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:8000

test: install messages ## Run every test (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(UV) run --frozen pytest

check: install messages ## Lint, system checks and missing migrations
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

install: bootstrap-uv
	$(UV) sync --frozen --quiet

# Production (docs/deployment.md): the locked runtime dependencies only (no test tools, no browser driver) with
# their bytecode compiled, the catalogues, and the static files collected with hashed names for nginx. Run it with
# the site's settings in the environment (deploy/upgrade.sh does) so that STATIC_ROOT is the one nginx serves.
PRODUCTION_MANAGE := DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-collecting-static-files-signs-nothing}" \
	$(UV) run --no-sync python manage.py

deploy-install: bootstrap-uv ## Install for production: runtime dependencies, catalogues, static files (needs Python 3.12+)
	$(UV) sync --no-dev --frozen --compile-bytecode --quiet
	$(UV) run --no-sync python -m compileall -q portal news volunteers
	$(PRODUCTION_MANAGE) compiletranslations
	$(PRODUCTION_MANAGE) collectstatic --no-input -v0

deploy-check: install ## The deployment kit (deploy/) proved: real nginx, TLS, units, upgrade, Observatory grade
	UV=$(UV) bash deploy/check/run.sh

bootstrap-uv:
	@if [ "$(UV)" = ".tools/bin/uv" ] && [ ! -x .tools/bin/uv ]; then \
		python3 -m venv .tools && .tools/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"; \
	fi

messages: ## Compile the translation catalogues (no GNU gettext needed)
	$(MANAGE) compiletranslations

migrate:
	$(MANAGE) migrate --no-input

makemessages: ## Refresh the .po catalogues from the code (needs GNU gettext)
	$(MANAGE) makemessages --all --no-obsolete --no-location --ignore=.venv --ignore=.tools --ignore=var

lint:
	$(UV) run --frozen ruff check .

format:
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

bench: install messages ## Requests/s and latency per page on SQLite and PostgreSQL, 1 000 and 100 000 articles
	$(UV) run --frozen python bench/run.py

saturate: install messages ## A minute of overload on SQLite and PostgreSQL: no 5xx, no lost writes
	$(UV) run --frozen python bench/saturate.py

audit: install messages ## Lighthouse and axe-core on every public page (needs Node.js, npm and Debian's Chromium)
	npm ci --prefix bench --no-audit --no-fund --silent
	$(UV) run --frozen python bench/audit.py

screenshots: install messages ## Full-page screenshots at 390 px and 1280 px into docs/screenshots/
	$(UV) run --frozen python bench/screenshots.py
