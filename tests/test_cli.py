"""The command line as a user meets it: output, exit status, and one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import main
from core.dataset import flatten, load_dataset
from core.hyperparameters import Hyperparameters
from core.model_file import load_model
from core.training import TrainingRun
from gui.image_decoder import to_qimage

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_reference_run_prints_the_articles_final_record(real_data_dir, capsys):
    assert main.main(["train", "--data", str(real_data_dir), "--log-every", "0", "--json"]) == 0
    (final,) = json_lines(capsys.readouterr().out)
    data = load_dataset(real_data_dir)
    *_, expected = TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
    )
    assert final == expected.as_dict()
    assert list(final) == ["epoch", "train_loss", "train_acc", "test_loss", "test_acc"]
    assert final["epoch"] == 1000
    assert round(final["train_acc"] * 209) == 202 and round(final["test_acc"] * 50) == 38


def test_log_every_k_prints_multiples_of_k_and_the_last(tiny_data_dir, capsys):
    args = ["train", "--data", str(tiny_data_dir), "--epochs", "25", "--log-every", "10"]
    assert main.main([*args, "--json"]) == 0
    assert [r["epoch"] for r in json_lines(capsys.readouterr().out)] == [0, 10, 20, 25]


def test_the_table_is_readable(tiny_data_dir, capsys):
    assert main.main(["train", "--data", str(tiny_data_dir), "--epochs", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "epoch",
        "train",
        "loss",
        "train",
        "acc",
        "test",
        "loss",
        "test",
        "acc",
    ]
    assert out[1].split()[0] == "0" and out[-1].split()[0] == "5"
    assert out[-1].split()[2].endswith("%")


def test_train_save_writes_a_model_that_predicts_like_the_run(tiny_data_dir, tmp_path, capsys):
    target = tmp_path / "m.h5"
    assert (
        main.main(["train", "--data", str(tiny_data_dir), "--epochs", "30", "--save", str(target)])
        == 0
    )
    model = load_model(target)
    assert model.hyperparameters == Hyperparameters(epochs=30)
    assert model.metrics is not None and model.metrics.epoch == 30
    assert model.input_shape == (4, 4, 3)
    assert f"saved {target}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "--epochs", "0"], "--epochs: 0 is not between 1 and"),
        (["train", "--epochs", "ten"], "--epochs: 'ten' is not a whole number"),
        (["train", "--lr", "-0.1"], "--lr: must be a positive number"),
        (["train", "--lr", "0"], "--lr: must be a positive number"),
        (["train", "--lr", "abc"], "--lr: 'abc' is not a number"),
        (["train", "--lr", "nan"], "--lr: must be a positive number"),
        (["train", "--seed", "-3"], "--seed: -3 is not between 0"),
        (["train", "--dtype", "float16"], "--dtype: invalid choice: 'float16'"),
        (["train", "--data", "/no/such/folder"], "/no/such/folder: no such folder"),
        (["train", "--save", "/no/such/folder/m.h5"], "folder /no/such/folder does not exist"),
        (["predict", "--model", "/no/model.h5", "x.png"], "/no/model.h5: file not found"),
        (["predict"], "the following arguments are required: IMAGE"),
        (["fly"], "invalid choice: 'fly'"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(args, message, tiny_data_dir):
    env = {"CATNEURON_DATA": str(tiny_data_dir)}
    result = run_cli(*args, env=env)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_train_runs_in_the_float_type_asked_for(tiny_data_dir, capsys, dtype):
    args = ["train", "--data", str(tiny_data_dir), "--epochs", "50", "--lr", "0.05"]
    assert main.main([*args, "--log-every", "0", "--json", "--dtype", dtype]) == 0
    (final,) = json_lines(capsys.readouterr().out)
    assert final["epoch"] == 50
    assert final["train_loss"] < 0.69


def test_float32_and_float64_runs_agree_to_float32_precision(tiny_data_dir, capsys):
    finals = []
    for dtype in ("float64", "float32"):
        args = ["train", "--data", str(tiny_data_dir), "--epochs", "50", "--log-every", "0"]
        main.main([*args, "--json", "--dtype", dtype])
        finals += json_lines(capsys.readouterr().out)
    assert finals[1]["train_loss"] == pytest.approx(finals[0]["train_loss"], rel=1e-5)
    assert finals[1]["train_acc"] == finals[0]["train_acc"]


def test_missing_dataset_says_where_it_looked(tmp_path):
    env = {"CATNEURON_DATA": str(tmp_path / "none"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = run_cli("train", env=env)
    assert result.returncode == 2
    assert str(tmp_path / "none") in result.stderr and "fetch-data" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_diverging_run_is_reported_with_advice(tiny_data_dir):
    result = run_cli("train", "--data", str(tiny_data_dir), "--lr", "1e300", "--json")
    assert result.returncode == 1
    assert "the learning rate is too large" in result.stderr
    assert "nan" not in (result.stdout + result.stderr).lower()
    assert "Traceback" not in result.stderr


def test_every_command_has_help():
    for command in ([], ["train"], ["predict"], ["gui"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0, command
        assert "usage:" in result.stdout


def test_version():
    from core import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Cat Neuron {__version__}"


def test_no_command_opens_the_window(monkeypatch):
    import gui.app

    opened = {}
    monkeypatch.setattr(
        gui.app, "run", lambda data, model: opened.update(data=data, model=model) or 0
    )
    assert main.main([]) == 0
    assert opened == {"data": None, "model": None}
    assert main.main(["gui", "--data", "d", "--model", "m.h5"]) == 0
    assert opened == {"data": "d", "model": "m.h5"}


def write_png(path: Path, pixels: np.ndarray) -> Path:
    assert to_qimage(pixels).save(str(path))
    return path


def test_predict_gives_the_models_probability_for_a_test_image(real_data, tmp_path, capsys):
    pixels = real_data.test_images[0]
    image = write_png(tmp_path / "first test image.png", pixels)
    assert main.main(["predict", "--json", str(image)]) == 0
    (line,) = json_lines(capsys.readouterr().out)
    model = load_model(main.DEFAULT_MODEL)
    expected = model.neuron.predict_proba(flatten(pixels[None]))[0, 1]
    assert line["path"] == str(image)
    assert line["p_cat"] == pytest.approx(expected, abs=1e-12)
    assert line["label"] == ("cat" if expected > 0.5 else "non-cat")


def test_predict_reports_each_bad_file_and_goes_on(tmp_path, capsys):
    good = write_png(tmp_path / "good.png", np.full((64, 64, 3), 120, np.uint8))
    (tmp_path / "text.png").write_text("not a picture")
    (tmp_path / "empty.jpg").write_bytes(b"")
    args = [
        str(tmp_path / "text.png"),
        str(good),
        str(tmp_path / "empty.jpg"),
        str(tmp_path / "gone.png"),
    ]
    assert main.main(["predict", "--json", *args]) == 1
    lines = json_lines(capsys.readouterr().out)
    assert [sorted(line) for line in lines] == [
        ["error", "path"],
        ["label", "p_cat", "path"],
        ["error", "path"],
        ["error", "path"],
    ]
    assert lines[0]["error"] == "text.png: not a picture this app can read"
    assert lines[2]["error"] == "empty.jpg: empty file"
    assert lines[3]["error"] == "gone.png: file not found"


def test_predict_plain_text_output(tmp_path, capsys):
    good = write_png(tmp_path / "grey.png", np.full((64, 64, 3), 120, np.uint8))
    assert main.main(["predict", str(good)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{good}: ")
    label, percent = out.removeprefix(f"{good}: ").split()
    assert label in ("cat", "non-cat") and percent.endswith("%")
    assert 50.0 <= float(percent[:-1]) <= 100.0
