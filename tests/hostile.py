"""A generator of hostile inputs: model files, dataset pairs, pictures and URLs that try to hurt.

Each function writes its files under a folder and returns ``(label, path)``
cases; the tests run every case through the code a user would reach and
check that each gives one clean line and nothing else. Run it as a script to
print how many cases each class has::

    python -m tests.hostile
"""

from __future__ import annotations

import gzip
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path

import h5py
import numpy as np

from core.dataset import PAIR_ATTRIBUTE, TEST_FILE, TRAIN_FILE
from core.hyperparameters import Hyperparameters
from core.model_file import Model, save_model
from core.neuron import Neuron
from core.training import EpochRecord
from tests.conftest import make_dataset_dir

Case = tuple[str, Path]


def good_model(path: Path, side: int = 2) -> Path:
    n = side * side * 3
    model = Model(
        Neuron(np.linspace(-1, 1, n), 0.25),
        (side, side, 3),
        ("non-cat", "cat"),
        Hyperparameters(0.01, 10, 3),
        EpochRecord(10, 0.3, 0.9, 0.4, 0.8),
    )
    save_model(path, model)
    return path


def _edit(path: Path, change: Callable[[h5py.File], None]) -> Path:
    with h5py.File(path, "a") as f:
        change(f)
    return path


def _replace(f: h5py.File, key: str, **create: object) -> None:
    del f[key]
    f.create_dataset(key, **create)


def _other_file(folder: Path) -> Path:
    """A local file a hostile model tries to read through HDF5 (a stand-in for a system file)."""
    secret = folder / "secret.bin"
    secret.write_bytes(b"private bytes of another file " * 100)
    return secret


def model_files(folder: Path) -> list[Case]:
    """Model files whose metadata lie, point elsewhere, or declare what they do not hold."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = _other_file(folder)
    source = good_model(folder / "source.h5")
    cases: list[Case] = []

    def case(label: str, change: Callable[[h5py.File], None] | None = None) -> None:
        path = good_model(folder / f"{len(cases):02d}.h5")
        if change is not None:
            _edit(path, change)
        cases.append((label, path))

    def attr(key: str, value: object) -> Callable[[h5py.File], None]:
        return lambda f: f.attrs.__setitem__(key, value)

    case("metrics hold strings", attr("metrics", json.dumps({"epoch": "ten", "train_loss": "x"})))
    case(
        "metrics hold null",
        attr("metrics", json.dumps(dict.fromkeys(EpochRecord.__dataclass_fields__))),
    )
    case("metrics are a list", attr("metrics", "[1, 2, 3]"))
    case("hyperparameters hold strings", attr("hyperparameters", '{"learning_rate": "fast"}'))
    case(
        "hyperparameters with a bool",
        attr("hyperparameters", json.dumps({"learning_rate": True, "epochs": 10, "seed": 3})),
    )
    case("JSON nested 100,000 deep", attr("metrics", "[" * 100_000 + "]" * 100_000))
    case("JSON nested 2,000 deep", attr("metrics", "[" * 2_000 + "]" * 2_000))
    case("a 200 KB attribute", attr("hyperparameters", "x" * 200_000))
    case("format version is text", attr("format_version", "one"))
    case("format version is a list", attr("format_version", np.arange(4)))
    case("input shape is text", attr("input_shape", "64x64"))
    case("input shape of 4 numbers", attr("input_shape", np.array([2, 2, 3, 1])))
    case("input shape 100000×100000", attr("input_shape", np.array([100_000, 100_000, 3])))
    case("class names None", attr("classes", json.dumps(None)))
    case("class names numbers", attr("classes", json.dumps([0, 1])))
    case("class names nested lists", attr("classes", json.dumps([["non"], ["cat"]])))
    case("class name with a newline", attr("classes", json.dumps(["non\ncat", "cat"])))
    case("class name with a terminal escape", attr("classes", json.dumps(["\x1b[31mred", "cat"])))
    case("class name of 10,000 characters", attr("classes", json.dumps(["n" * 10_000, "cat"])))
    case("class name as markup", attr("classes", json.dumps(["<b>non</b>", "cat"])))
    case(
        "class name loading a local file",
        attr("classes", json.dumps(["<img src='/etc/hostname'>", "cat"])),
    )
    case("class names the same", attr("classes", json.dumps(["cat", "cat"])))
    case("three class names", attr("classes", json.dumps(["a", "b", "c"])))
    case(
        "w declares 25 MB and stores nothing",
        lambda f: (
            attr("input_shape", np.array([1024, 1024, 3]))(f),
            _replace(f, "w", shape=(1024 * 1024 * 3,), dtype="f8", chunks=(65536,)),
        ),
    )
    case(
        "w is a gzip bomb",
        lambda f: (
            attr("input_shape", np.array([1024, 1024, 3]))(f),
            _replace(f, "w", data=np.zeros(1024 * 1024 * 3), compression="gzip", chunks=(262144,)),
        ),
    )
    case(
        "w declares 10^11 numbers",
        lambda f: _replace(f, "w", shape=(10**11,), dtype="f8", chunks=(65536,)),
    )
    case("w is text", lambda f: _replace(f, "w", data=np.array([b"abc"] * 12)))
    case("w is a group", lambda f: (f.__delitem__("w"), f.create_group("w")))
    case("b is an array", lambda f: _replace(f, "b", data=np.zeros(5)))
    case("w is missing", lambda f: f.__delitem__("w"))
    case(
        "w is a soft-link loop",
        lambda f: (
            f.__delitem__("w"),
            f.__setitem__("w", h5py.SoftLink("/w2")),
            f.__setitem__("w2", h5py.SoftLink("/w")),
        ),
    )
    case(
        "w is a broken link",
        lambda f: (f.__delitem__("w"), f.__setitem__("w", h5py.SoftLink("/nowhere"))),
    )
    case(
        "w is an external link",
        lambda f: (f.__delitem__("w"), f.__setitem__("w", h5py.ExternalLink(str(source), "/w"))),
    )
    case(
        "w in external storage",
        lambda f: _replace(f, "w", shape=(12,), dtype="f8", external=[(str(secret), 0, 96)]),
    )
    case("w is a virtual dataset", lambda f: _virtual(f, "w", source, (12,), "f8"))
    case("dataset keys beside a model", lambda f: f.create_dataset("train_set_x", data=[1]))
    for label, content in (
        ("an empty file", b""),
        ("random bytes", bytes(np.random.default_rng(0).integers(0, 256, 4096, np.uint8))),
        ("half a model file", source.read_bytes()[: len(source.read_bytes()) // 2]),
        ("an HDF5 signature and nothing else", b"\x89HDF\r\n\x1a\n" + b"\0" * 200),
    ):
        path = folder / f"{len(cases):02d}.h5"
        path.write_bytes(content)
        cases.append((label, path))
    data = make_dataset_dir(folder / "data")
    cases.append(("a dataset file", data / TRAIN_FILE))
    (folder / "a-folder.h5").mkdir()
    cases.append(("a folder", folder / "a-folder.h5"))
    os.mkfifo(folder / "fifo.h5")
    cases.append(("a named pipe", folder / "fifo.h5"))
    cases.append(("a missing file", folder / "missing.h5"))
    loop = folder / "loop.h5"
    loop.symlink_to(loop)
    cases.append(("a symlink loop", loop))
    return cases


def _virtual(f: h5py.File, key: str, source: Path, shape: tuple[int, ...], dtype: str) -> None:
    del f[key]
    layout = h5py.VirtualLayout(shape=shape, dtype=dtype)
    layout[:] = h5py.VirtualSource(str(source), "w", shape=shape)
    f.create_virtual_dataset(key, layout)


def dataset_folders(folder: Path) -> list[Case]:
    """Dataset pairs with one hostile file (or a pair that does not belong together)."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = _other_file(folder)
    source = make_dataset_dir(folder / "source")
    cases: list[Case] = []

    def case(label: str, change: Callable[[h5py.File], None], name: str = TRAIN_FILE) -> None:
        path = make_dataset_dir(folder / f"{len(cases):02d}")
        _edit(path / name, change)
        cases.append((label, path))

    x, y = "train_set_x", "train_set_y"
    case(
        "a class list declaring 10^11 entries",
        lambda f: _replace(f, "list_classes", shape=(10**11,), dtype="S7", chunks=(1024,)),
    )

    def empty_images(m: int) -> Callable[[h5py.File], None]:
        def change(f: h5py.File) -> None:
            _replace(f, x, shape=(m, 64, 64, 3), dtype="u1", chunks=(1, 64, 64, 3))
            _replace(f, y, shape=(m,), dtype="i8", chunks=(1024,))

        return change

    def gzip_bomb(f: h5py.File) -> None:
        zeros = np.zeros((2000, 64, 64, 3), np.uint8)
        _replace(f, x, data=zeros, compression="gzip", chunks=(100, 64, 64, 3))
        _replace(f, y, data=np.zeros(2000, np.int64))

    case("images declaring 1.2 GB, storing nothing", empty_images(100_000))
    case("images declaring 10^12 pictures", empty_images(10**12))
    case("a gzip bomb of images", gzip_bomb)
    case(
        "images 100000 pixels wide",
        lambda f: _replace(f, x, shape=(12, 1, 100_000, 3), dtype="u1", chunks=(1, 1, 1000, 3)),
    )
    case(
        "labels declaring 10^11 entries",
        lambda f: _replace(f, y, shape=(10**11,), dtype="i8", chunks=(1024,)),
    )
    case(
        "images through an external link",
        lambda f: (
            f.__delitem__(x),
            f.__setitem__(x, h5py.ExternalLink(str(source / TRAIN_FILE), x)),
        ),
    )
    case(
        "images in external storage (another file's bytes as pixels)",
        lambda f: _replace(f, x, shape=(12, 4, 4, 3), dtype="u1", external=[(str(secret), 0, 576)]),
    )
    case("images as a virtual dataset", lambda f: _virtual_images(f, source / TRAIN_FILE))
    case(
        "images as a soft-link loop",
        lambda f: (
            f.__delitem__(x),
            f.__setitem__(x, h5py.SoftLink("/a")),
            f.__setitem__("a", h5py.SoftLink(f"/{x}")),
        ),
    )
    case("images as a group", lambda f: (f.__delitem__(x), f.create_group(x)))
    case(
        "images as a broken link",
        lambda f: (f.__delitem__(x), f.__setitem__(x, h5py.SoftLink("/gone"))),
    )
    case("float images", lambda f: _replace(f, x, data=np.zeros((12, 4, 4, 3), np.float32)))
    case(
        "compound labels",
        lambda f: _replace(f, y, data=np.zeros(12, dtype=[("a", "i4"), ("b", "f4")])),
    )
    case("labels as text", lambda f: _replace(f, y, data=np.array([b"1"] * 12)))
    case(
        "class names not UTF-8",
        lambda f: _replace(f, "list_classes", data=np.array([b"\xff\xfe", b"cat"])),
    )
    case(
        "class names as markup",
        lambda f: _replace(f, "list_classes", data=np.array([b"<b>non</b>", b"cat"])),
    )
    case(
        "a class name with a newline",
        lambda f: _replace(f, "list_classes", data=np.array([b"non\ncat", b"cat"])),
    )
    case(
        "a class name of 10,000 characters",
        lambda f: _replace(f, "list_classes", data=np.array([b"n" * 10_000, b"cat"])),
    )
    case("a 200 KB pair attribute", lambda f: f.attrs.__setitem__(PAIR_ATTRIBUTE, "p" * 200_000))
    case(
        "a pair mixed by an interrupted write",
        lambda f: f.attrs.__setitem__(PAIR_ATTRIBUTE, "another write"),
    )
    for label, content in (("an empty train file", b""), ("a text train file", b"hello")):
        path = make_dataset_dir(folder / f"{len(cases):02d}")
        (path / TRAIN_FILE).write_bytes(content)
        cases.append((label, path))
    path = make_dataset_dir(folder / f"{len(cases):02d}")
    (path / TEST_FILE).unlink()
    os.mkfifo(path / TEST_FILE)
    cases.append(("a named pipe as the test file", path))
    return cases


def _virtual_images(f: h5py.File, source: Path) -> None:
    del f["train_set_x"]
    layout = h5py.VirtualLayout(shape=(12, 4, 4, 3), dtype="u1")
    layout[:] = h5py.VirtualSource(str(source), "train_set_x", shape=(12, 4, 4, 3))
    f.create_virtual_dataset("train_set_x", layout)


SVG_TEXT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
    b'<text x="2" y="30" font-size="20">cat</text></svg>'
)


def svg_bomb(levels: int = 12) -> bytes:
    """Nested ``<use>``: each level draws the one below ten times (10^12 shapes in 2 KB)."""
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"',
        ' width="64" height="64"><defs><rect id="l0" width="1" height="1"/>',
    ]
    for level in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#l{level - 1}" x="{i}"/>' for i in range(10))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#l{levels}"/></svg>')
    return "".join(parts).encode()


def tga_header(width: int = 65535, height: int = 65535) -> bytes:
    """A TGA header claiming ``width``×``height`` true-colour pixels, and a few bytes of them."""
    return struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, width, height, 24, 0) + b"\0" * 64


def pictures(folder: Path) -> list[Case]:
    """Files a user might drop or put in a picture folder that must each give one line."""
    from tests.gui import images

    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, content: bytes, label: str) -> None:
        cases.append((label, images.write(folder / name, content)))

    write("text.svg", SVG_TEXT, "an SVG with text (aborted the process)")
    write("text-as.png", SVG_TEXT, "an SVG with text named .png")
    write("bomb.svg", svg_bomb(), "an SVG of nested <use> (minutes of CPU)")
    write("bomb.svgz", gzip.compress(svg_bomb(14)), "an svgz bomb")
    write("huge.tga", tga_header(), "a TGA header claiming 65535×65535")
    write("empty.png", b"", "an empty file")
    write("text.jpg", b"hello", "text named .jpg")
    write("pdf.png", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "a PDF named .png")
    cases.append(("a PNG header claiming 30000×30000", images.huge_png_header(folder / "b.png")))
    cases.append(("a truncated PNG", images.truncated_png(folder / "cut.png")))
    cases.append(("a truncated JPEG", images.truncated_jpeg(folder / "cut.jpg")))
    for suffix, make in (
        ("bmp", lambda p: images.rgb_file(p, images.gradient(200, 150))),
        ("gif", lambda p: images.grey_gif(p, 200, 150)),
        ("webp", lambda p: images.rgb_file(p, images.gradient(200, 150))),
    ):
        path = make(folder / f"cut.{suffix}")
        whole = path.read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
        cases.append((f"a truncated {suffix.upper()}", path))
    os.mkfifo(folder / "fifo.png")
    cases.append(("a named pipe", folder / "fifo.png"))
    (folder / "folder.png").mkdir()
    cases.append(("a folder named .png", folder / "folder.png"))
    loop = folder / "loop.png"
    loop.symlink_to(loop)
    cases.append(("a symlink loop", loop))
    cases.append(("a missing file", folder / "missing.png"))
    return cases


def extreme_shapes(folder: Path) -> list[Case]:
    """Valid pictures of extreme shapes: each must be answered, not refused."""
    from tests.gui import images

    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    for width, height, suffix in (
        (3, 4000, "png"),
        (1, 10000, "png"),
        (10000, 1, "png"),
        (1, 10000, "jpg"),
        (10000, 1, "bmp"),
        (1, 1, "png"),
    ):
        path = images.rgb_file(
            folder / f"{width}x{height}.{suffix}", images.gradient(width, height)
        )
        cases.append((f"{width}×{height} {suffix.upper()}", path))
    name = os.fsdecode(b"caf\xe9-not-utf8.png")
    path = images.rgb_file(folder / "plain.png", images.gradient(64, 64))
    os.rename(path, folder / name)
    cases.append(("a picture whose name is not UTF-8", folder / name))
    return cases


BAD_URLS = [
    "",
    "   ",
    "http://[::1",
    "http://[::1/x",
    "http://" + "a" * 300 + "/",
    "http://" + "a" * 70 + ".example/",
    "http://exämple.org/" + "\u202e",
    "http://host:99999/",
    "http://host:port/",
    "http:// space.example/",
    "http://example.org/\x00/",
    "ftp://example.org/",
    "javascript:alert(1)",
    "file://",
    "//example.org/",
]


def deadlock_folder(folder: Path, copies: int = 40) -> Path:
    """The mix that hung 8 decode threads: TGA headers of 65535×65535, cut JPEGs, good PNGs."""
    from tests.gui import images

    for label in ("cat", "non-cat"):
        (folder / label).mkdir(parents=True, exist_ok=True)
    base = images.rgb_file(folder / "good.png", images.gradient(80, 60)).read_bytes()
    cut = images.truncated_jpeg(folder / "cut.jpg").read_bytes()
    (folder / "good.png").unlink()
    (folder / "cut.jpg").unlink()
    for i in range(copies):
        label = ("cat", "non-cat")[i % 2]
        (folder / label / f"{i:03d}-huge.tga").write_bytes(tga_header())
        (folder / label / f"{i:03d}-cut.jpg").write_bytes(cut)
        (folder / label / f"{i:03d}-good.png").write_bytes(base)
    return folder


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, make in (
            ("model files", model_files),
            ("dataset folders", dataset_folders),
            ("pictures", pictures),
            ("extreme shapes", extreme_shapes),
        ):
            print(f"{name}: {len(make(root / name.replace(' ', '-')))}")
        print(f"URLs: {len(BAD_URLS)}")


if __name__ == "__main__":
    main()
