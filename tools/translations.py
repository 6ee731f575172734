"""Update the translation catalogues from the code: ``make translations`` runs this.

Every ``resources/translations/catneuron_<language>.ts`` gets the strings the
window wraps in ``tr()`` / ``QCoreApplication.translate()`` (``pyside6-lupdate``
over ``gui/`` and ``main.py``) and the error templates core raises. Core never
imports Qt, so lupdate cannot see those: this script finds them with ``ast`` (the
string-literal first argument of every call of a ``CatNeuronError`` subclass in
``core/`` and ``gui/``) and hands lupdate a generated stub that lists them in the
``CatNeuronError`` context, where ``gui.language.error_text`` looks them up.
lupdate cannot see through a module's one-line helper either
(``def _tr(text): return QCoreApplication.translate("dialogs", text)``, for modules
without a class to call ``self.tr`` on), so the stub also lists the literal
strings passed to such helpers, each in the helper's context.
``catneuron_en.ts`` (English is the source language) holds only the plural forms.

``python tools/translations.py`` updates the catalogues; ``--list-untranslatable``
prints the error calls whose message is not a literal template (an f-string),
which the window can only show in English.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
CODE = (ROOT / "gui", ROOT / "main.py")
ERROR_CODE = (ROOT / "core", ROOT / "gui")
ERROR_BASE = "CatNeuronError"
ERROR_CONTEXT = "CatNeuronError"  # gui.language.ERROR_CONTEXT; no import: this runs without Qt
LUPDATE = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"


@dataclass(frozen=True)
class ErrorCall:
    """A call of an error class: its template (None if not a literal string) and where it is."""

    template: str | None
    path: Path
    line: int


@dataclass(frozen=True)
class HelperCall:
    """A call of a module's translate helper: its context, text (None if not literal), place."""

    context: str
    text: str | None
    path: Path
    line: int


def python_files(paths: Iterable[Path]) -> list[Path]:
    """The ``.py`` files of ``paths`` (files or folders, searched recursively), sorted."""
    found: set[Path] = set()
    for path in paths:
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    return sorted(found)


def error_calls(paths: Iterable[Path] = ERROR_CODE) -> list[ErrorCall]:
    """Every call of ``CatNeuronError`` or a subclass of it (at any depth) in ``paths``.

    Classes are matched by name, across files, so ``raise ImageError(...)`` in
    ``gui/`` counts once ``class ImageError(DatasetError)`` is seen anywhere.
    """
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in python_files(paths)
    }
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(base) for base in node.bases)
    errors = {ERROR_BASE}
    while grown := {name for name, parents in bases.items() if parents & errors} - errors:
        errors |= grown
    calls = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in errors:
                first = node.args[0] if node.args else None
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                template = first.value if literal else None  # type: ignore[union-attr]
                calls.append(ErrorCall(template, path, node.lineno))
    return sorted(calls, key=lambda call: (str(call.path), call.line))


def error_templates(paths: Iterable[Path] = ERROR_CODE) -> dict[str, list[Path]]:
    """Each literal error template (non-empty), with the files that raise it."""
    templates: dict[str, list[Path]] = {}
    for call in error_calls(paths):
        if call.template:
            files = templates.setdefault(call.template, [])
            if call.path not in files:
                files.append(call.path)
    return templates


def helper_calls(paths: Iterable[Path] = CODE) -> list[HelperCall]:
    """Every call of a module-level translate helper in ``paths``, in the helper's context.

    A helper is a function of the module whose body is only
    ``return QCoreApplication.translate("<context>", <its one argument>)``
    (a docstring allowed); its calls are looked for in the same module.
    """
    calls = []
    for path in python_files(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _helper_context(node))
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                context = helpers.get(node.func.id)
                if context is not None:
                    first = node.args[0] if node.args else None
                    literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                    text = first.value if literal else None  # type: ignore[union-attr]
                    calls.append(HelperCall(context, text, path, node.lineno))
    return sorted(calls, key=lambda call: (str(call.path), call.line))


def helper_strings(paths: Iterable[Path] = CODE) -> dict[tuple[str, str], list[Path]]:
    """Each (context, literal text) passed to a translate helper, with the files that pass it."""
    strings: dict[tuple[str, str], list[Path]] = {}
    for call in helper_calls(paths):
        if call.text:
            files = strings.setdefault((call.context, call.text), [])
            if call.path not in files:
                files.append(call.path)
    return strings


def template_stub(templates: dict[str, list[Path]]) -> str:
    """Python source lupdate reads: one ``QT_TRANSLATE_NOOP`` per template, with a comment.

    No import line: lupdate does not need one, and it would drop the comment
    of the first entry after it.
    """
    lines = []
    for template, files in sorted(templates.items()):
        where = ", ".join(_shown(path) for path in files)
        lines.append(f"#: An error message ({where}). Keep each {{name}} field unchanged.")
        lines.append(f"QT_TRANSLATE_NOOP({ERROR_CONTEXT!r}, {template!r})")
    return "\n".join(lines) + "\n"


def helper_stub(strings: dict[tuple[str, str], list[Path]]) -> str:
    """Python source lupdate reads: one ``QT_TRANSLATE_NOOP`` per helper string, with a comment."""
    lines = []
    for (context, text), files in sorted(strings.items()):
        lines.append(f"#: Shown by {', '.join(_shown(path) for path in files)}.")
        lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


def update_catalogue(catalogue: Path, code: Sequence[Path] = CODE) -> None:
    """Run lupdate for one ``catneuron_<language>.ts`` (created if missing), with the templates."""
    language = catalogue.stem.split("_", 1)[1]
    with tempfile.TemporaryDirectory(prefix="catneuron-lupdate-") as folder:
        stub = Path(folder) / "error_templates.py"
        stub.write_text(
            template_stub(error_templates()) + helper_stub(helper_strings(code)), encoding="utf-8"
        )
        # the options first: -extensions applies only to the folders named after it
        command = [
            sys.executable,
            "-c",
            LUPDATE,
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
        ]
        if language == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        sources = [*map(str, code), str(stub)]
        subprocess.run([*command, *sources, "-ts", str(catalogue)], check=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Update every catalogue, or list the error calls that are not literal templates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list-untranslatable", action="store_true")
    args = parser.parse_args(argv)
    if args.list_untranslatable:
        for call in error_calls():
            if call.template is None:
                print(f"{_shown(call.path)}:{call.line}: not a literal template")
        for helper in helper_calls():
            if helper.text is None:
                print(f"{_shown(helper.path)}:{helper.line}: not a literal string")
        return 0
    for catalogue in sorted(CATALOGUES.glob("catneuron_*.ts")):
        update_catalogue(catalogue)
        print(f"updated {_shown(catalogue)}")
    return 0


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of a translate helper (see :func:`helper_calls`), or None if it is not one."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    parameters = [argument.arg for argument in function.args.args]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or len(parameters) != 1:
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _name(call.func) == "translate" and len(call.args) == 2):
        return None
    context, text = call.args
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return None
    return context.value if isinstance(text, ast.Name) and text.id == parameters[0] else None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    sys.exit(main())
