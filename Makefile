# Tally: `make run` starts the desktop app, `make test` runs every check.
# Both set up their own virtual environment and the system libraries Qt needs.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen
# built from tally_fr.ts, never committed
QM := resources/translations/tally_fr.qm
COVERED := desktop/tally/core/*,desktop/tally/store/signoff.py,desktop/tally/store/locked_scores.py,desktop/tally/operations/desk.py,desktop/tally/operations/changes.py,desktop/tally/operations/signoff.py,desktop/tally/operations/session.py,desktop/tally/store/audit.py,desktop/tally/store/lifecycle.py,desktop/tally/store/voids.py,desktop/tally/reports/signing.py,desktop/tally/reports/verify.py,desktop/tally/store/casic_links.py,desktop/tally/operations/casic.py

.PHONY: setup run test lint stress bench bench-quick bundle bundle-smoke icons translations clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test,bundle]'
	touch $(STAMP)

setup: $(STAMP)
	@bash scripts/system-deps.sh

# the French catalogue the app loads (Qt's own qtbase_fr.qm comes with PySide6)
$(QM): resources/translations/tally_fr.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: setup $(QM)
	@bash scripts/system-deps.sh --gui
	QT_QPA_PLATFORM= $(VENV)/bin/tally $(ARGS)

lint: setup
	$(VENV)/bin/ruff check desktop tests packaging
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: lint $(QM)
	$(PY) -m pytest -m "not slow and not benchmark" -p no:cacheprovider \
	  --cov=tally --cov-report= $(PYTEST_ARGS)
	$(PY) -m coverage report --include='$(COVERED)' --fail-under=100 --show-missing --skip-covered

stress: setup
	$(PY) -m pytest -m slow -p no:cacheprovider $(PYTEST_ARGS)

bench: setup
	$(PY) -m pytest tests/benchmarks -m benchmark -p no:cacheprovider -q -s $(PYTEST_ARGS)

# CI: every benchmark runs on small data and prints the table; no time is asserted
bench-quick: setup
	TALLY_BENCH_QUICK=1 $(PY) -m pytest tests/benchmarks -m benchmark -p no:cacheprovider -q \
	  $(PYTEST_ARGS)

bundle: setup $(QM)
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/tally.spec && echo "bundle built in $$(( $$(date +%s) - start )) s: $$(du -sh dist/tally | cut -f1)"

bundle-smoke: bundle
	$(PY) packaging/smoke_bundle.py dist/tally/tally

# refresh the translators' catalogue from every tr() string in the UI (then translate the new
# messages in Qt Linguist; the .qm is rebuilt by run, test and bundle)
translations: setup
	$(VENV)/bin/pyside6-lupdate $$(find desktop/tally/ui desktop/tally/app.py -name '*.py' | sort) \
	  -no-obsolete -ts resources/translations/tally_fr.ts

icons: setup
	$(PY) packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .coverage
