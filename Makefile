# Cat Neuron: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv on first use and reinstall when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED_DATA := $(abspath ../shared/datasets)
# System libraries Qt loads that a minimal Debian/Ubuntu may lack: the offscreen platform
# (tests) needs the first list, a real X11 window (make run) the second as well.
QT_OFFSCREEN_LIBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
QT_XCB_LIBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1

ifneq ($(wildcard $(SHARED_DATA)/train_catvnoncat.h5),)
export CATNEURON_DATA ?= $(SHARED_DATA)
endif

# For the tests: desktop-file-validate checks the desktop entry (a test fails without it);
# a CJK font lets offscreen screenshots and layout tests draw the Chinese window.
TEST_TOOLS := desktop-file-utils fonts-noto-cjk

# The worker modules' coverage, threads included (coverage follows Python threads), in the report.
COVERAGE := --cov=gui.worker --cov=gui.task_slot --cov=gui.task_priority \
	--cov=gui.training_task --cov=gui.training_control --cov=gui.data_control --cov=gui.decoding \
	--cov-report=term

# Translations: the .ts sources are in git, the .qm catalogues Qt loads are built from them.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench install-desktop uninstall-desktop bundle clean translations

run: $(VENV)/.installed $(QM_FILES)
	@$(call apt_install_missing,$(QT_OFFSCREEN_LIBS) $(QT_XCB_LIBS))
	$(BIN)/python main.py

# The dataset: $$CATNEURON_DATA, else the user data folder, where tools/test_data.py downloads
# it first (3.2 MB, SHA-256 checked; $$CATNEURON_DATA_URL names a mirror) or says in one line
# what to do when it cannot.
test: $(VENV)/.installed-test $(QM_FILES)
	@$(call apt_install_missing,$(QT_OFFSCREEN_LIBS) $(TEST_TOOLS))
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	@data=$$($(BIN)/python tools/test_data.py) && \
	echo "CATNEURON_DATA=$$data QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest" && \
	CATNEURON_DATA="$$data" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(COVERAGE)

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run.py

# The menu entry and icons for the current user, in $$XDG_DATA_HOME (default ~/.local/share);
# the entry runs this checkout's launcher, .venv/bin/catneuron.
install-desktop: $(VENV)/.installed
	$(PYTHON) tools/install_desktop.py install --launcher $(abspath $(BIN))/catneuron

uninstall-desktop:
	$(PYTHON) tools/install_desktop.py uninstall

# A one-folder app for people without Python: dist/catneuron/catneuron. Not part of `make test`
# (minutes); its own smoke test runs right after the build.
bundle: $(VENV)/.installed-bundle $(QM_FILES)
	@$(call apt_install_missing,$(QT_OFFSCREEN_LIBS))
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN catneuron.spec
	QT_QPA_PLATFORM=offscreen dist/catneuron/catneuron --smoke-test
	@du -sh dist/catneuron

# After wrapping new strings: updates every .ts from the code (and core's error templates).
translations: $(VENV)/.installed
	$(BIN)/python tools/translations.py

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/.installed: pyproject.toml
	@echo "Installing Cat Neuron into $(VENV): numpy, h5py, PySide6 and pyqtgraph" \
		"(about 400 MB on disk, 1 to 3 minutes on a first run; quicker afterwards)."
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --progress-bar on -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	@echo "Installing the test tools into $(VENV): pytest, pytest-qt, import-linter, ruff" \
		"(about 30 MB, under a minute)."
	$(BIN)/python -m pip install --progress-bar on -e '.[test]'
	touch $@

$(VENV)/.installed-bundle: pyproject.toml $(VENV)/.installed
	@echo "Installing PyInstaller into $(VENV) (about 20 MB, under a minute)."
	$(BIN)/python -m pip install --progress-bar on -e '.[bundle]'
	touch $@

# apt-get installs those of the packages in $(1) that are missing: as root at once, saying so;
# otherwise it asks before using sudo (on a terminal), or prints the command to run. Elsewhere
# (no dpkg) it does nothing and Qt names any missing library itself.
define apt_install_missing
command -v dpkg-query >/dev/null || exit 0; \
missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
	| grep -q 'ok installed' || echo $$p; done); \
[ -n "$$missing" ] || exit 0; \
echo "Qt needs system libraries that are missing here:" $$missing; \
if [ "$$(id -u)" = 0 ]; then \
	echo "Installing them with apt-get (about a minute)."; \
	apt-get update -qq && apt-get install -y $$missing; \
elif [ -t 0 ]; then \
	printf "Install them with sudo apt-get (it asks for your password; about a minute)? [Y/n] "; \
	read answer; \
	case "$$answer" in \
	[nN]*) echo "Skipped. To install them yourself: sudo apt-get install" $$missing;; \
	*) sudo apt-get update -qq && sudo apt-get install -y $$missing;; \
	esac; \
else \
	echo "Not asking for sudo without a terminal. To install them: sudo apt-get install" $$missing; \
fi
endef

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)
