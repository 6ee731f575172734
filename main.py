"""Cat Neuron's entry point: the window by default, headless commands for everything else.

``python main.py`` opens the window; ``python main.py train|predict …`` run the
same core code without a display. Users never see a traceback: errors they can
cause print one line on stderr (exit status 2 for bad input, 1 for a failed run).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
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
    MIN_EPOCHS,
    MIN_SEED,
)
from gui.resources import DEFAULT_MODEL

if TYPE_CHECKING:
    from core.training import EpochRecord

EXIT_FAILED, EXIT_USAGE = 1, 2


def _cli_text(error: Exception) -> str:
    """An error's line, with the commands that help on the command line (the window has buttons)."""
    from core.errors import DatasetNotFoundError

    if isinstance(error, DatasetNotFoundError):
        return f"{error}; pass --data FOLDER, or run `python main.py fetch-data`"
    return str(error)


class UsageError(Exception):
    """Bad input from the command line: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: the usage is one ``--help`` away, not in every error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, _clean(f"{self.prog}: error: {message}") + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = build_parser().parse_args(argv)
    if args.command in (run_gui, run_smoke_test):
        return int(args.command(args) or 0)
    from core.atomic import Terminated, raise_on_sigterm
    from core.errors import WouldReplaceError

    raise_on_sigterm()
    # Qt's image plugins print some warnings without a category (a TGA header too
    # large); the decoder reports each file in one line of its own.
    rules = os.environ.get("QT_LOGGING_RULES")
    os.environ["QT_LOGGING_RULES"] = (
        f"{rules};default.warning=false" if rules else ("default.warning=false")
    )
    stdout = sys.stdout
    sys.stdout = _GuardedOutput(stdout)
    try:
        return int(args.command(args) or 0)
    except UsageError as error:
        _say(f"error: {error}")
        return EXIT_USAGE
    except WouldReplaceError as error:
        _say(f"error: {error} (--force replaces it)")
        return EXIT_USAGE
    except CatNeuronError as error:
        _say(f"error: {_cli_text(error)}")
        return EXIT_FAILED
    except OutputError as error:
        _say(f"error: cannot write the output ({error})")
        _silence(stdout)
        return EXIT_FAILED
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _say(f"error: {where}{error.strerror or type(error).__name__}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except Terminated:
        _say("terminated")
        return 143
    finally:
        sys.stdout = stdout


class OutputError(Exception):
    """Standard output cannot be written: a closed pipe (``| head``), a full disk."""


class _GuardedOutput:
    """Standard output whose write errors are :class:`OutputError`, not a file's OSError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise OutputError(_os_reason(error)) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputError(_os_reason(error)) from error

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _os_reason(error: OSError) -> str:
    if isinstance(error, BrokenPipeError):
        return "the reader closed the pipe"
    return (error.strerror or type(error).__name__).lower()


def _silence(stream: TextIO) -> None:
    """Point a failed standard output at /dev/null, so Python's exit flush adds no traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def _say(line: str) -> None:
    """One line on stderr, control characters and undecodable bytes shown escaped."""
    with contextlib.suppress(OSError):
        print(_clean(line), file=sys.stderr, flush=True)


def _clean(text: object) -> str:
    """``text`` with control characters, escapes and undecodable bytes made visible, one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(text))


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
    gui.add_argument("--data", metavar="PATH", type=_path_text, help="dataset folder")
    gui.add_argument("--model", metavar="FILE", type=_path_text, help="model file to load at start")
    gui.set_defaults(command=run_gui)

    train = commands.add_parser("train", help="train the neuron headless and print its progress")
    train.add_argument(
        "--data",
        metavar="PATH",
        type=_path_text,
        help="dataset folder: the HDF5 pair, or pictures in cat/ and non-cat/ "
        "(else $CATNEURON_DATA, else the user data folder)",
    )
    train.add_argument(
        "--epochs",
        type=_int_in(MIN_EPOCHS, MAX_EPOCHS),
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
        type=_int_in(MIN_SEED, MAX_SEED),
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
    train.add_argument(
        "--save",
        metavar="FILE",
        type=_path_text,
        help="write the trained model here (.h5); checked before training starts",
    )
    train.add_argument(
        "--force",
        action="store_true",
        help="let --save replace a file that is not a Cat Neuron model "
        "(never the dataset in use, a folder or a device)",
    )
    train.add_argument("--json", action="store_true", help="one JSON object per line")
    train.set_defaults(command=run_train)

    predict = commands.add_parser("predict", help="say whether pictures show a cat")
    predict.add_argument("images", nargs="+", metavar="IMAGE", type=_path_text, help="image files")
    predict.add_argument(
        "--model",
        metavar="FILE",
        type=_path_text,
        default=str(DEFAULT_MODEL),
        help="model file (default: the bundled model)",
    )
    predict.add_argument("--json", action="store_true", help="one JSON object per line")
    predict.set_defaults(command=run_predict)

    fetch = commands.add_parser(
        "fetch-data", help="download the article's dataset (3.2 MB) and verify its checksums"
    )
    fetch.add_argument(
        "--dest",
        metavar="DIR",
        type=_path_text,
        help="folder to put it in (default: the user data folder, where the app looks)",
    )
    fetch.add_argument(
        "--base-url",
        metavar="URL",
        type=_path_text,
        help="download BASE_URL + file name (default: $CATNEURON_DATA_URL, "
        "else the article's repository)",
    )
    fetch.add_argument(
        "--force",
        action="store_true",
        help="replace a dataset of your own that has the same file names",
    )
    fetch.set_defaults(command=run_fetch_data)

    build = commands.add_parser(
        "build-dataset", help="write a folder of pictures as the article's HDF5 pair"
    )
    build.add_argument(
        "image_folder",
        metavar="IMAGE_FOLDER",
        type=_path_text,
        help="pictures in cat/ and non-cat/, or in train/ and test/ each holding both",
    )
    build.add_argument(
        "out_dir", metavar="OUT_DIR", type=_path_text, help="folder for the two .h5 files"
    )
    build.add_argument(
        "--force", action="store_true", help="replace the .h5 files already in OUT_DIR"
    )
    build.set_defaults(command=run_build_dataset)
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

    from core.dataset import FILE_NAMES, flatten
    from core.errors import DatasetError, ModelFileError
    from core.hyperparameters import Hyperparameters
    from core.image_folder import is_image_folder
    from core.locations import user_path
    from core.model_file import check_save_target
    from core.training import TrainingRun
    from gui.datasets import load_data

    target = None
    if args.save:
        try:
            target = check_save_target(args.save, force=args.force)
        except ModelFileError as error:
            raise UsageError(str(error)) from error
    try:
        where = user_path(args.data, DatasetError) if args.data is not None else None
        if where is not None and is_image_folder(where):
            import gui.image_decoder  # noqa: F401 (Qt's main thread is this one; see its notes)

        with _ProgressBar(sys.stderr, "pictures") as bar:
            data, warnings = load_data(where, progress=bar)
    except DatasetError as error:
        raise UsageError(_cli_text(error)) from error
    _print_warnings(warnings)
    in_use = [Path(data.source)] + [Path(data.source) / name for name in FILE_NAMES]
    if target is not None:
        try:
            target = check_save_target(target, dataset_paths=in_use, force=args.force)
        except ModelFileError as error:
            raise UsageError(str(error)) from error
    hyper = Hyperparameters(args.lr, args.epochs, args.seed)
    dtype = np.dtype(args.dtype).type
    run = TrainingRun(
        flatten(data.train_images, dtype),
        data.train_labels,
        flatten(data.test_images, dtype),
        data.test_labels,
        hyper,
        history_budget=0,  # nothing scrubs back through a command-line run
    )
    report = _JsonReport(sys.stdout) if args.json else _TableReport(sys.stdout, sys.stderr)
    record = None
    for record in run:
        if _should_log(record.epoch, args.log_every, args.epochs):
            report.record(record)
        report.progress(record.epoch, args.epochs)
    report.close()
    if target is not None:
        from core.model_file import Model, save_model

        model = Model(run.neuron(), data.image_shape, data.classes, hyper, record)
        save_model(target, model, force=args.force, dataset_paths=in_use)
        if not args.json:
            print(_clean(f"saved {target}"), flush=True)
    return 0


def run_predict(args: argparse.Namespace) -> int:
    """Decode each picture with the window's decoder and print the neuron's answer."""
    from core.dataset import flatten
    from core.errors import ModelFileError
    from core.model_file import load_model
    from core.task import verdict
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
            print(json.dumps(line) if args.json else _clean(f"{path}: error: {error}"), flush=True)
            continue
        answer = verdict(model.neuron.predict_proba(flatten(pixels[None]))[0, 1], model.classes)
        line = {"path": path, "p_cat": answer.p_cat, "label": answer.class_name}
        text = json.dumps(line) if args.json else _clean(f"{path}: {answer.text}")
        print(text, flush=True)
    return EXIT_FAILED if failed else 0


def run_fetch_data(args: argparse.Namespace) -> int:
    """Download the dataset's two files into place, verified; nothing to do when they are there."""
    from core.download import check_base_url, default_base_url, fetch_dataset
    from core.errors import DownloadError
    from core.locations import default_dataset_dir, user_path

    dest = user_path(args.dest, DownloadError) if args.dest else default_dataset_dir()
    if dest.exists() and not dest.is_dir():
        raise UsageError(f"{dest}: not a folder")
    try:
        base_url = check_base_url(args.base_url or default_base_url())
    except DownloadError as error:
        where = "--base-url" if args.base_url else "$CATNEURON_DATA_URL"
        raise UsageError(f"{where}: {error}") from error
    with _ProgressBar(sys.stderr, "MB", scale=1e-6) as bar:
        written = fetch_dataset(dest, base_url, progress=bar, force=args.force)
    if not written:
        print(_clean(f"{dest}: the dataset is already there and verified"))
    else:
        names = " and ".join(path.name for path in written)
        print(_clean(f"downloaded {names} to {dest} (SHA-256 verified)"))
    if args.dest:
        print(_clean(f"train on it with: python main.py train --data {dest}"))
    return 0


def run_build_dataset(args: argparse.Namespace) -> int:
    """Decode a folder of pictures and write it as the article's HDF5 pair."""
    from core.dataset import check_dataset_target, save_dataset
    from core.errors import DatasetError
    from core.image_folder import is_image_folder
    from core.locations import user_path
    from gui.datasets import load_images

    source = user_path(args.image_folder, DatasetError)
    out = user_path(args.out_dir, DatasetError)
    if not source.is_dir():
        raise UsageError(f"{source}: no such folder")
    if not is_image_folder(source):
        raise UsageError(f"{source}: not a folder of pictures (needs cat/ and non-cat/ in it)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: not a folder")
    if not out.parent.is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    if out.is_dir():
        check_dataset_target(out, force=args.force)
    import gui.image_decoder  # noqa: F401 (Qt's main thread is this one; see its notes)

    try:
        with _ProgressBar(sys.stderr, "pictures") as bar:
            data, warnings = load_images(source, progress=bar)
    except DatasetError as error:
        raise UsageError(_cli_text(error)) from error
    _print_warnings(warnings)
    try:
        out.mkdir(exist_ok=True)
    except OSError as error:
        raise DatasetError(
            "{path}: cannot create the folder ({reason})", path=out, reason=error.strerror
        ) from error
    written = save_dataset(out, data, force=args.force)
    print(_clean(f"wrote {written[0]} and {written[1]}: {data.summary()}"))
    return 0


def _print_warnings(warnings: list[str], limit: int = 20) -> None:
    for line in warnings[:limit]:
        _say(f"warning: {line}")
    if len(warnings) > limit:
        _say(f"warning: … and {len(warnings) - limit} more")


class _ProgressBar:
    """``progress(done, total)`` drawn as a bar on stderr when it is a terminal, else nothing.

    Redrawn at most ten times a second; use it as a context manager so the bar
    is cleared even when the action fails.
    """

    def __init__(self, err: TextIO, unit: str, scale: float = 1.0) -> None:
        self.err, self.unit, self.scale = err, unit, scale
        self.shown = err.isatty()
        self.last_draw = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.shown or (now - self.last_draw < 0.1 and done < total):
            return
        self.last_draw = now
        filled = math.floor(30 * done / total) if total else 30
        if self.scale == 1.0:
            amount = f"{done:,}/{total:,}"
        else:
            amount = f"{done * self.scale:.1f}/{total * self.scale:.1f}"
        self.err.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {amount} {self.unit}")
        self.err.flush()

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.shown and self.last_draw:
            self.err.write("\r\033[K")
            self.err.flush()


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


def _int_in(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high:,}")
        return value

    return parse


def _path_text(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value is not a path or URL")
    return text


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
