# Two entry points for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
PORT ?= 8000
DB ?= axiswatch.db
export AXISWATCH_DB ?= sqlite:///$(abspath $(DB))

.PHONY: setup system-deps python-deps web-deps demo serve test lint typecheck bench clean

setup: .setup.stamp

.setup.stamp: pyproject.toml
	$(MAKE) system-deps python-deps web-deps
	touch $@

system-deps:
	@if command -v apt-get >/dev/null 2>&1 && { ! command -v chromium >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; }; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium chromium-driver >/dev/null; \
	fi

python-deps:
	$(PYTHON) -m pip install -q -e ".[dev]"

web-deps:
	@if [ -f axiswatch/web/frontend/package.json ]; then cd axiswatch/web/frontend && npm ci --no-audit --no-fund --loglevel=error; fi

# The main job: ingest the shipped sample corpus, extract, fuse, write the
# briefing, and serve the page.
demo: setup
	axiswatch ingest samples/corpus
	axiswatch status

serve: setup
	axiswatch serve --port $(PORT)

test: setup
	$(PYTHON) -m pytest -q

lint:
	ruff check axiswatch tests bench
	mypy

bench: setup
	axiswatch bench

clean:
	rm -f .setup.stamp axiswatch.db axiswatch.db-wal axiswatch.db-shm
