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

# Translations: the .ts sources are in git, the .qm catalogues Qt loads are built from them.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench install-desktop uninstall-desktop bundle clean translations

run: $(VENV)/.installed $(QM_FILES)
	@$(call apt_install_missing,$(QT_OFFSCREEN_LIBS) $(QT_XCB_LIBS))
	$(BIN)/python main.py

test: $(VENV)/.installed-test $(QM_FILES)
	@$(call apt_install_missing,$(QT_OFFSCREEN_LIBS) $(TEST_TOOLS))
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

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
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-bundle: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

# apt-get installs those of the packages in $(1) that are missing (as root, else with sudo);
# elsewhere (no dpkg) it does nothing and Qt names any missing library itself.
define apt_install_missing
command -v dpkg-query >/dev/null || exit 0; \
missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
	| grep -q 'ok installed' || echo $$p; done); \
if [ -n "$$missing" ]; then \
	echo "installing Qt's system libraries:" $$missing; \
	sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	$$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing >/dev/null; \
fi
endef

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)
