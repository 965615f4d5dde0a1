# Two entry points for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
PORT ?= 8000
DB ?= axiswatch.db
# The main job's store; tests make their own.
AW = AXISWATCH_DB=$${AXISWATCH_DB:-sqlite:///$(abspath $(DB))} axiswatch

.PHONY: setup system-deps python-deps web-deps demo serve test lint typecheck bench clean

setup: .setup.stamp

.setup.stamp: pyproject.toml $(wildcard axiswatch/web/frontend/package*.json)
	$(MAKE) system-deps python-deps web-deps
	touch $@

system-deps:
	@if command -v apt-get >/dev/null 2>&1 && { ! command -v chromium >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; }; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium chromium-driver >/dev/null; \
	fi

python-deps:
	$(PYTHON) -m pip install -q -e ".[dev]"

web-deps:
	@if [ -f axiswatch/web/frontend/package.json ]; then cd axiswatch/web/frontend && SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error; fi

# The main job: ingest the shipped sample corpus, load the knowledge pack,
# extract, fuse, write a briefing of the sample period, and serve the page.
# `ingest` exits 1 when it rejected some input; the rest is stored and the job goes on.
demo: setup
	$(AW) ingest samples/corpus || [ $$? -eq 1 ]
	$(AW) kb sync
	$(AW) extract
	$(AW) fuse
	$(AW) report --from 2024-01-01 --to 2024-08-31 --out out/briefing
	$(AW) status
	@echo "briefing: out/briefing; page: http://127.0.0.1:$(PORT)"
	$(AW) serve --port $(PORT)

serve: setup
	$(AW) serve --port $(PORT)

test: setup lint
	$(PYTHON) -m pytest -q

lint: setup
	$(PYTHON) -m ruff check axiswatch tests bench
	$(PYTHON) -m mypy

bench: setup
	$(AW) bench

clean:
	rm -f .setup.stamp axiswatch.db axiswatch.db-wal axiswatch.db-shm
