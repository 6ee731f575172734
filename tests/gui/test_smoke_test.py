import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

import gui.resources
from gui import smoke_test
from gui.run_commands import RunCommands
from gui.smoke_test import run_smoke_test

REPO = Path(__file__).resolve().parents[2]


def test_the_smoke_test_trains_predicts_and_passes(qapp, capsys):
    status = run_smoke_test()

    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert f"trained {smoke_test.EPOCHS} epochs" in lines[2]
    assert "answered 'cat " in lines[4]
    assert lines[-1].startswith("smoke test: passed in ")
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_smoke_test_mode_runs_from_source():
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("smoke test: passed in ")


def test_a_missing_resource_fails_in_one_line(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(gui.resources, "resources_dir", lambda: tmp_path)

    status = run_smoke_test()

    assert status == 1
    assert capsys.readouterr().err == "smoke test failed at window: the window has no icon\n"


def test_an_unexpected_error_is_reported_without_a_traceback(qapp, capsys):
    def broken_window(data_path) -> QWidget:
        raise RuntimeError("no display\nsecond line")

    status = run_smoke_test(broken_window)

    assert status == 1
    assert capsys.readouterr().err == "smoke test failed at window: RuntimeError: no display\n"


def test_a_training_that_never_reports_back_times_out(qapp, capsys, monkeypatch):
    monkeypatch.setattr(smoke_test, "TIMEOUT_MS", 3000)
    monkeypatch.setattr(RunCommands, "train", lambda self: None)

    status = run_smoke_test()

    assert status == 1
    assert capsys.readouterr().err == "smoke test failed at training: no result after 3 s\n"
