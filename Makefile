# whale_nb: `make demo` runs the pipeline end to end on the synthetic sample; `make test` runs every notebook as a test.
# Both create .venv when it is missing. torch/torchvision are pinned here (see NOTES: pip takes them from this machine's disk).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TORCH_PINS := torch==2.14.1 torchvision==0.29.1

.PHONY: install demo test check lint readme

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(TORCH_PINS)
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/whale-nb demo --out demo_out

# Two notebooks at a time with one thread each: two multi-threaded PyTorch processes sharing cores slow each other
# down many times over (OpenMP threads wait on each other): measured ~50x for a small network on this 2-core machine.
test: install
	OMP_NUM_THREADS=$${OMP_NUM_THREADS:-1} $(BIN)/nbdev-test --n-workers 2 --timing
	@echo "$$(ls nbs/*.ipynb | wc -l) passed, 0 failed"

# The library must be exactly what the notebooks export, the notebooks clean, README in sync with index.ipynb,
# and the library lint-free.
check: install
	$(BIN)/nbdev-export && $(BIN)/nbdev-clean && $(MAKE) -s readme
	git diff --exit-code --stat -- whale_nb nbs README.md || { echo "check: run nbdev-export / nbdev-clean / make readme and commit"; exit 1; }
	$(MAKE) -s lint

# ruff's rules (pyproject.toml), and lines of at most 120 characters; nbdev writes the first line of `__all__` itself
# (wrapped at 120 before its 10-character `__all__ = `), so that line alone is left to nbdev.
lint: install
	$(BIN)/ruff check whale_nb
	@$(BIN)/python -c "import glob, sys; long = [f'{f}:{n}: {len(l)} characters' for f in sorted(glob.glob('whale_nb/*.py')) \
	  if not f.endswith('_modidx.py') for n, l in enumerate(open(f, encoding='utf-8').read().splitlines(), 1) \
	  if len(l) > 120 and not l.startswith('__all__ = ')]; long and print(*long, sep='\\n'); sys.exit(bool(long))"

readme: install
	$(BIN)/jupyter nbconvert --to markdown --log-level WARN nbs/index.ipynb --output-dir . --output README
