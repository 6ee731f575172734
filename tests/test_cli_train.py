import json

import pytest

from main import main


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_train_runs_in_the_float_type_asked_for(tiny_data_dir, capsys, dtype):
    assert main(["train", "--data", str(tiny_data_dir), "--epochs", "50", "--lr", "0.05",
                 "--log-every", "0", "--json", "--dtype", dtype]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["epoch"] == 50
    assert record["train_loss"] < 0.69


def test_float32_and_float64_agree_to_float32_precision(tiny_data_dir, capsys):
    finals = []
    for dtype in ("float64", "float32"):
        main(["train", "--data", str(tiny_data_dir), "--epochs", "50", "--log-every", "0",
              "--json", "--dtype", dtype])
        finals.append(json.loads(capsys.readouterr().out))
    assert finals[1]["train_loss"] == pytest.approx(finals[0]["train_loss"], rel=1e-5)
    assert finals[1]["train_acc"] == finals[0]["train_acc"]


def test_an_unknown_float_type_is_a_one_line_usage_error(tiny_data_dir, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["train", "--data", str(tiny_data_dir), "--dtype", "float16"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
