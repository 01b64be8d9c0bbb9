# Newsroom: `make run` serves the demo site on http://127.0.0.1:8000, `make test` runs the tests.
# Both create .venv and install the pinned dependencies (constraints.txt) on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run prepare serve worker test bench evaluate train messages lock clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

prepare: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py setup_moderators
	$(PY) manage.py seed_demo

# With REDIS_URL set, a Celery worker with embedded beat runs beside the web server.
run: prepare
	@if [ -n "$$REDIS_URL" ]; then \
	  $(VENV)/bin/celery -A newsroom worker --beat --loglevel INFO --concurrency 2 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT); \
	else \
	  $(PY) manage.py runserver $(HOST):$(PORT); \
	fi

worker: install
	$(VENV)/bin/celery -A newsroom worker --beat --loglevel INFO

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

bench: install
	$(PY) bench/classifier.py

# The screening on every real test split in ../shared/datasets, beside the two libraries (about 5 minutes).
evaluate: install
	$(PY) bench/evaluate.py $(EVALUATE_ARGS)

# Rebuild the learnt heads (comments/screening/models/head_*.json, heads.json) from ../shared/datasets
# and tests/data, deterministically (about 4 minutes). Then bump CLASSIFIER_VERSION and run make evaluate.
train: install
	$(PY) bench/train.py

# After changing a user-facing string: update locale/*/LC_MESSAGES/django.po, translate, then compile
# the .mo files (committed, so that a machine without gettext serves the translations). Needs gettext.
messages: install
	$(PY) manage.py makemessages --all --ignore=.venv --ignore=staticfiles --ignore=bench --ignore=tests --ignore=test-artifacts
	$(PY) manage.py compilemessages --ignore=.venv

# Re-pin after changing dependencies in pyproject.toml.
lock:
	$(PY) -m pip freeze --exclude-editable --exclude newsroom > constraints.txt

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
