"""Cat Neuron's entry point: the window by default, headless commands for everything else.

``python main.py`` opens the window; ``python main.py train|predict …`` run the
same core code without a display. Users never see a traceback: errors they can
cause print one line on stderr (exit status 2 for bad input, 1 for a failed run).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from core import __version__
from core.errors import CatNeuronError
from core.hyperparameters import (
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    DEFAULT_SEED,
    MAX_EPOCHS,
    MAX_SEED,
)
from gui.resources import DEFAULT_MODEL

if TYPE_CHECKING:
    from core.training import EpochRecord

EXIT_FAILED, EXIT_USAGE = 1, 2


class UsageError(Exception):
    """Bad input from the command line: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: the usage is one ``--help`` away, not in every error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.command(args) or 0)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CatNeuronError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per command."""
    parser = _Parser(prog="catneuron", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"Cat Neuron {__version__}")
    parser.add_argument(
        "--smoke-test",
        dest="command",
        action="store_const",
        const=run_smoke_test,
        help="check that this install works: open the window offscreen, "
        "train on generated data, predict a picture; exit status 0 if all worked",
    )
    parser.set_defaults(command=run_gui, data=None, model=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--data", metavar="PATH", help="dataset folder")
    gui.add_argument("--model", metavar="FILE", help="model file to load at start")
    gui.set_defaults(command=run_gui)

    train = commands.add_parser("train", help="train the neuron headless and print its progress")
    train.add_argument(
        "--data",
        metavar="PATH",
        help="dataset folder (else $CATNEURON_DATA, else the user data folder)",
    )
    train.add_argument(
        "--epochs",
        type=_int_in(1, MAX_EPOCHS),
        default=DEFAULT_EPOCHS,
        help="gradient-descent steps (default: %(default)s)",
    )
    train.add_argument(
        "--lr",
        type=_positive_float,
        default=DEFAULT_LEARNING_RATE,
        help="learning rate α (default: %(default)s)",
    )
    train.add_argument(
        "--seed",
        type=_int_in(0, MAX_SEED),
        default=DEFAULT_SEED,
        help="seed of the initial weights (default: %(default)s)",
    )
    train.add_argument(
        "--log-every",
        type=_int_in(0, MAX_EPOCHS),
        default=100,
        metavar="K",
        help="print every K-th epoch and the last; 0 prints the last only",
    )
    train.add_argument(
        "--dtype",
        choices=("float64", "float32"),
        default="float64",
        help="float type of the computation: float32 halves the memory of large sets, "
        "at about 7 significant digits (default: %(default)s)",
    )
    train.add_argument("--save", metavar="FILE", help="write the trained model here (.h5)")
    train.add_argument("--json", action="store_true", help="one JSON object per line")
    train.set_defaults(command=run_train)

    predict = commands.add_parser("predict", help="say whether pictures show a cat")
    predict.add_argument("images", nargs="+", metavar="IMAGE", help="image files")
    predict.add_argument(
        "--model",
        metavar="FILE",
        default=str(DEFAULT_MODEL),
        help="model file (default: the bundled model)",
    )
    predict.add_argument("--json", action="store_true", help="one JSON object per line")
    predict.set_defaults(command=run_predict)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (Qt is imported only here, so headless commands start fast)."""
    from gui.app import run

    return run(data=args.data, model=args.model)


def run_smoke_test(args: argparse.Namespace) -> int:
    """Prove an install or a bundle works, headless (see gui/smoke_test.py)."""
    from gui.smoke_test import run_smoke_test

    return run_smoke_test()


def run_train(args: argparse.Namespace) -> int:
    """Train from the seed and report each K-th epoch as a table row or a JSON line."""
    import numpy as np

    from core.dataset import find_dataset_dir, flatten, load_dataset
    from core.errors import DatasetError
    from core.hyperparameters import Hyperparameters
    from core.model_file import Model, save_model
    from core.training import TrainingRun

    if args.save and not Path(args.save).resolve().parent.is_dir():
        raise UsageError(f"{args.save}: folder {Path(args.save).resolve().parent} does not exist")
    try:
        data = load_dataset(find_dataset_dir(args.data))
    except DatasetError as error:
        raise UsageError(str(error)) from error
    hyper = Hyperparameters(args.lr, args.epochs, args.seed)
    dtype = np.dtype(args.dtype).type
    run = TrainingRun(
        flatten(data.train_images, dtype),
        data.train_labels,
        flatten(data.test_images, dtype),
        data.test_labels,
        hyper,
    )
    report = _JsonReport(sys.stdout) if args.json else _TableReport(sys.stdout, sys.stderr)
    record = None
    for record in run:
        if _should_log(record.epoch, args.log_every, args.epochs):
            report.record(record)
        report.progress(record.epoch, args.epochs)
    report.close()
    if args.save:
        model = Model(run.neuron(), data.image_shape, data.classes, hyper, record)
        save_model(args.save, model)
        if not args.json:
            print(f"saved {args.save}")
    return 0


def run_predict(args: argparse.Namespace) -> int:
    """Decode each picture with the window's decoder and print the neuron's answer."""
    from core.dataset import flatten
    from core.errors import ModelFileError
    from core.model_file import load_model
    from gui.image_decoder import decode_for_model

    try:
        model = load_model(args.model)
    except ModelFileError as error:
        raise UsageError(str(error)) from error
    failed = 0
    for path in args.images:
        try:
            pixels = decode_for_model(path, model.input_shape).pixels
        except CatNeuronError as error:
            failed += 1
            line = {"path": path, "error": str(error)}
            print(json.dumps(line) if args.json else f"{path}: error: {error}", flush=True)
            continue
        p_cat = float(model.neuron.predict_proba(flatten(pixels[None]))[0, 1])
        label = model.classes[1] if p_cat > 0.5 else model.classes[0]
        sure = p_cat if p_cat > 0.5 else 1.0 - p_cat
        line = {"path": path, "p_cat": p_cat, "label": label}
        print(json.dumps(line) if args.json else f"{path}: {label} {100 * sure:.1f}%", flush=True)
    return EXIT_FAILED if failed else 0


def _should_log(epoch: int, every: int, epochs: int) -> bool:
    return epoch == epochs or (every > 0 and epoch % every == 0)


class _JsonReport:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def record(self, record: EpochRecord) -> None:
        print(json.dumps(record.as_dict()), file=self.out, flush=True)

    def progress(self, epoch: int, epochs: int) -> None:
        pass

    def close(self) -> None:
        pass


class _TableReport:
    """A readable table on stdout and, on a terminal, a progress bar on stderr."""

    HEADER = "  epoch  train loss  train acc   test loss  test acc"

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self.bar = err.isatty()
        self.last_draw = 0.0
        print(self.HEADER, file=out, flush=True)

    def record(self, r: EpochRecord) -> None:
        self._clear()
        print(
            f"{r.epoch:>7}  {r.train_loss:>10.6f}  {r.train_acc:>9.2%}  "
            f"{r.test_loss:>10.6f}  {r.test_acc:>8.2%}",
            file=self.out,
            flush=True,
        )

    def progress(self, epoch: int, epochs: int) -> None:
        now = time.monotonic()
        if not self.bar or (now - self.last_draw < 0.1 and epoch < epochs):
            return
        self.last_draw = now
        done = math.floor(30 * epoch / epochs)
        self.err.write(f"\r[{'#' * done}{'.' * (30 - done)}] {epoch}/{epochs}")
        self.err.flush()

    def close(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.bar:
            self.err.write("\r\033[K")
            self.err.flush()


def _int_in(low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high:,}")
        return value

    return parse


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


if __name__ == "__main__":
    sys.exit(main())
