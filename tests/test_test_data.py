"""The fetch step of `make test` on a fresh machine: no dataset anywhere, a mirror or no network."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from core.dataset import TEST_FILE, TRAIN_FILE, load_dataset
from core.download import files_to_fetch

ROOT = Path(__file__).resolve().parents[1]


def fresh_machine(tmp_path: Path, url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CATNEURON_DATA"}
    return {
        **env,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "CATNEURON_DATA_URL": url,
    }


def test_make_test_runs_the_fetch_step_before_pytest():
    steps = subprocess.run(
        ["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert steps.index("tools/test_data.py") < steps.index("-m pytest")


def test_an_empty_user_folder_is_filled_from_the_mirror(dataset_server, tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "test_data.py")],
        env=fresh_machine(tmp_path, dataset_server.base_url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    folder = tmp_path / "xdg" / "catneuron" / "datasets"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(folder)
    assert dataset_server.requests == [TRAIN_FILE, TEST_FILE]
    assert files_to_fetch(folder) == [] and load_dataset(folder).train_images.shape[0] == 209
    again = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "test_data.py")],
        env=fresh_machine(tmp_path, dataset_server.base_url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.stdout == result.stdout and len(dataset_server.requests) == 2


def test_offline_it_says_what_to_do_in_one_line(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "test_data.py")],
        env=fresh_machine(tmp_path, f"http://127.0.0.1:{port}/"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("the tests need the Cat vs Non-Cat dataset: downloading 3.2 MB")
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert "connection refused" in lines[1] and "set CATNEURON_DATA" in lines[1]
    folder = tmp_path / "xdg" / "catneuron" / "datasets"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_fetch_data_and_the_core_default_honour_the_mirror_variable(dataset_server, tmp_path):
    env = fresh_machine(tmp_path, dataset_server.base_url)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "fetch-data"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert dataset_server.requests == [TRAIN_FILE, TEST_FILE]
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "fetch-data"],
        env={**env, "CATNEURON_DATA_URL": "http://[::1"},
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("error: $CATNEURON_DATA_URL: ")
