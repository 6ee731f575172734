"""The command line's dataset commands: fetch-data, build-dataset and train --data on pictures."""

import io
import json

import h5py
import numpy as np
import pytest

import main as cli
from core.dataset import TEST_FILE, TRAIN_FILE, load_dataset
from tests.conftest import make_dataset_dir
from tests.image_folders import in_folder_order, write_picture, write_png_folder


def main(argv: list[str]) -> int:
    """The exit status of the command line, whether argparse exits or main returns."""
    try:
        return cli.main(argv)
    except SystemExit as exit:
        return exit.code


class Terminal(io.StringIO):
    def isatty(self):
        return True


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(("error: ", "catneuron: error: "))
    return lines[0]


def test_fetch_data_downloads_then_has_nothing_to_do(dataset_server, tmp_path, capsys):
    dest = tmp_path / "data"
    assert main(["fetch-data", "--dest", str(dest), "--base-url", dataset_server.base_url]) == 0
    out = capsys.readouterr().out
    assert f"downloaded {TRAIN_FILE} and {TEST_FILE} to {dest} (SHA-256 verified)" in out
    assert load_dataset(dest).test_images.shape == (50, 64, 64, 3)
    assert main(["fetch-data", "--dest", str(dest), "--base-url", dataset_server.base_url]) == 0
    assert "already there and verified" in capsys.readouterr().out


def test_fetch_data_draws_a_bar_on_a_terminal(dataset_server, tmp_path, monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["fetch-data", "--dest", str(tmp_path), "--base-url", dataset_server.base_url]) == 0
    drawn = terminal.getvalue()
    assert "[##############################] 3.2/3.2 MB" in drawn
    assert drawn.endswith("\r\033[K")


@pytest.mark.parametrize("fault", ["404", "cut", "corrupt"])
def test_a_failed_fetch_is_one_line_exit_1_and_an_empty_folder(
    dataset_server, tmp_path, capsys, fault
):
    dataset_server.faults[TEST_FILE] = fault
    code = main(["fetch-data", "--dest", str(tmp_path), "--base-url", dataset_server.base_url])
    assert code == 1
    assert one_error_line(capsys.readouterr().err).startswith(f"error: cannot download {TEST_FILE}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "ftp://example.org/"], "error: --base-url: 'ftp://example.org/' is not"),
        (["--dest", "{file}"], "not a folder"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_fetch_data_bad_input_is_one_line_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "file").write_text("x")
    args = [a.replace("{file}", str(tmp_path / "file")) for a in args]
    assert main(["fetch-data", *args]) == 2
    assert message in one_error_line(capsys.readouterr().err)


def test_build_dataset_writes_the_articles_format(tmp_path, capsys):
    source = make_dataset_dir(tmp_path / "h5", m=10, m_test=4, size=64)
    original = load_dataset(source)
    write_png_folder(original, tmp_path / "pictures")
    out = tmp_path / "out"
    assert main(["build-dataset", str(tmp_path / "pictures"), str(out)]) == 0
    assert "10 train / 4 test images, 64×64" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted([TRAIN_FILE, TEST_FILE])
    with h5py.File(out / TRAIN_FILE) as f:
        assert sorted(f) == ["list_classes", "train_set_x", "train_set_y"]
        assert f["train_set_x"].dtype == np.uint8 and f["train_set_x"].shape == (10, 64, 64, 3)
        assert f["train_set_y"].dtype == np.int64
        assert f["list_classes"][()].tolist() == [b"non-cat", b"cat"]
    rebuilt = load_dataset(out)
    want_images, want_labels = in_folder_order(original.test_images, original.test_labels)
    np.testing.assert_array_equal(rebuilt.test_images, want_images)
    np.testing.assert_array_equal(rebuilt.test_labels, want_labels)


def test_build_dataset_refuses_to_overwrite_without_force(tmp_path, capsys):
    write_picture(tmp_path / "pics" / "cat" / "a.png", 30, 20)
    write_picture(tmp_path / "pics" / "cat" / "b.png", 30, 20)
    write_picture(tmp_path / "pics" / "non-cat" / "a.jpg", 40, 50)
    write_picture(tmp_path / "pics" / "non-cat" / "b.jpg", 40, 50)
    out = make_dataset_dir(tmp_path / "out")
    before = (out / TRAIN_FILE).read_bytes()
    assert main(["build-dataset", str(tmp_path / "pics"), str(out)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "train_catvnoncat.h5: already there" in line and line.endswith("(--force replaces it)")
    assert (out / TRAIN_FILE).read_bytes() == before
    assert main(["build-dataset", str(tmp_path / "pics"), str(out), "--force"]) == 0
    assert load_dataset(out).summary().startswith("2 train / 2 test images, 64×64")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "nowhere: no such folder"),
        ("empty", "empty: not a folder of pictures (needs cat/ and non-cat/ in it)"),
        ("third-class", "unexpected class folder 'dog'"),
        ("out-is-file", "out-file: not a folder"),
        ("out-parent-missing", "does not exist"),
    ],
)
def test_build_dataset_bad_input_is_one_line_exit_2(tmp_path, capsys, setup, message):
    pics = tmp_path / "pics"
    for name in ("cat", "non-cat") + (("dog",) if setup == "third-class" else ()):
        write_picture(pics / name / "1.png", 8, 8)
        write_picture(pics / name / "2.png", 8, 8)
    (tmp_path / "empty").mkdir()
    (tmp_path / "out-file").write_text("x")
    source = {"missing": "nowhere", "empty": "empty"}.get(setup, "pics")
    out = {"out-is-file": "out-file", "out-parent-missing": "a/b/out"}.get(setup, "out")
    assert main(["build-dataset", str(tmp_path / source), str(tmp_path / out)]) == 2
    assert message in one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "out").exists()


def test_train_on_a_folder_of_pictures_warns_about_bad_files(tmp_path, capsys):
    for i in range(5):
        write_picture(tmp_path / "pics" / "cat" / f"{i}.jpg", 100 + 10 * i, 80, seed=i)
        write_picture(tmp_path / "pics" / "non-cat" / f"{i}.png", 60, 90 + i, seed=10 + i)
    (tmp_path / "pics" / "cat" / "readme.txt").write_text("hello")
    code = main(["train", "--data", str(tmp_path / "pics"), "--epochs", "3", "--json"])
    assert code == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        "warning: cat/readme.txt: skipped, not a picture this app can read"
    )
    last = json.loads(captured.out.strip().splitlines()[-1])
    assert last["epoch"] == 3


def test_train_on_a_folder_with_no_dataset_is_one_line_exit_2(tmp_path, capsys):
    assert main(["train", "--data", str(tmp_path), "--epochs", "1"]) == 2
    assert "no dataset here" in one_error_line(capsys.readouterr().err)
