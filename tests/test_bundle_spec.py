"""The PyInstaller spec agrees with the code. The bundle itself is built by `make bundle`."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from gui.resources import RESOURCES_PACKAGE

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "catneuron.spec"
BUNDLED_CODE = [
    REPO / "main.py",
    *sorted((REPO / "core").rglob("*.py")),
    *sorted((REPO / "gui").rglob("*.py")),
]


class Recorder:
    """Stands in for PyInstaller's Analysis, PYZ, EXE and COLLECT: keeps what it was given."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts, self.binaries, self.datas = [], [], [], []


@pytest.fixture(scope="module")
def spec() -> dict:
    namespace = {"SPECPATH": str(REPO), "__file__": str(SPEC)}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
        namespace[name] = type(name, (Recorder,), {})
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    return namespace


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_entry_point_is_main_py_which_runs_main(spec):
    (entry,) = spec["a"].args[0]
    tree = ast.parse(Path(entry).read_text())

    assert Path(entry) == REPO / "main.py"
    guard = [n for n in tree.body if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
    assert guard and "main()" in ast.unparse(guard[0])


def test_the_bundle_is_one_folder_named_like_the_launcher(spec):
    assert spec["exe"].kwargs["exclude_binaries"] is True  # one folder, not one file
    assert spec["exe"].kwargs["name"] == spec["coll"].kwargs["name"] == "catneuron"


def test_the_whole_resources_package_goes_where_importlib_resources_looks(spec):
    assert (str(REPO / "resources"), RESOURCES_PACKAGE) in spec["a"].kwargs["datas"]
    # gui.resources imports it only by name, through importlib.resources
    assert RESOURCES_PACKAGE in spec["a"].kwargs["hiddenimports"]


def test_qts_own_catalogue_is_kept_for_every_language_the_app_speaks(spec):
    languages = {path.stem.split("_", 1)[1] for path in (REPO / "resources").glob("**/*.ts")}

    for language in languages:
        kept = f"PySide6/Qt/translations/qtbase_{language}.qm"
        assert spec["needed"]((kept, "/source", "DATA")), kept


def test_no_bundled_module_imports_an_excluded_one(spec):
    excluded = set(spec["EXCLUDES"])
    offenders = {
        f"{path.relative_to(REPO)}: {name}"
        for path in BUNDLED_CODE
        for name in imported_modules(path)
        if name in excluded or name.rsplit(".", 1)[0] in excluded
    }

    assert "PySide6.QtNetwork" in excluded and "PySide6.QtQml" in excluded
    assert not offenders


def test_the_app_and_pyqtgraph_run_without_the_excluded_modules(spec):
    script = (
        "import importlib, pkgutil, runpy, sys\n"
        f"sys.modules.update(dict.fromkeys({spec['EXCLUDES']!r}))\n"
        "import gui\n"
        "for module in pkgutil.iter_modules(gui.__path__):\n"
        "    importlib.import_module('gui.' + module.name)\n"
        "sys.argv = ['main.py', '--smoke-test']\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr
    assert "smoke test: passed" in result.stdout


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("libQt6Network.so.6", False),
    ],
)
def test_the_prune_keeps_the_desktop_platforms_and_drops_the_rest(spec, destination, kept):
    assert spec["needed"]((destination, "/source", "BINARY")) is kept
