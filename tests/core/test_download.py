import hashlib
import socket
import threading

import pytest

from core.dataset import TEST_FILE, TRAIN_FILE, load_dataset
from core.download import (
    ARTICLE_URL,
    DOWNLOAD_SIZE,
    PINNED_FILES,
    URL_ENV_VAR,
    check_base_url,
    default_base_url,
    fetch_dataset,
    files_to_fetch,
)
from core.errors import CanceledError, DownloadError


def test_pinned_sizes_and_sums_are_those_of_the_real_dataset(real_data_dir):
    """The pins match the files; and the folder's published sums, where it has them.

    ``../shared/datasets`` publishes SHA256SUMS; a folder ``make test`` downloaded
    on a fresh machine holds the two files only.
    """
    published = real_data_dir / "SHA256SUMS"
    sums = (
        dict(line.split()[::-1] for line in published.read_text().splitlines())
        if published.is_file()
        else {}
    )
    for pinned in PINNED_FILES:
        data = (real_data_dir / pinned.name).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (pinned.size, pinned.sha256)
        assert sums.get(pinned.name, pinned.sha256) == pinned.sha256


def test_the_default_base_url_is_the_articles_repository_unless_a_mirror_is_named(
    real_data_dir, monkeypatch
):
    monkeypatch.delenv(URL_ENV_VAR, raising=False)
    assert default_base_url() == ARTICLE_URL
    monkeypatch.setenv(URL_ENV_VAR, "http://127.0.0.1:8/mirror/")
    assert default_base_url() == "http://127.0.0.1:8/mirror/"
    readme = real_data_dir / "README.md"  # ../shared/datasets names its origin; a download has none
    if readme.is_file():
        assert ARTICLE_URL + "<file>" in readme.read_text()


def test_a_good_download_lands_verified_files_and_reports_progress(dataset_server, tmp_path):
    dest = tmp_path / "new" / "datasets"
    seen = []
    written = fetch_dataset(
        dest, dataset_server.base_url, progress=lambda d, t: seen.append((d, t))
    )
    assert sorted(p.name for p in written) == sorted([TRAIN_FILE, TEST_FILE])
    assert sorted(p.name for p in dest.iterdir()) == sorted([TEST_FILE, TRAIN_FILE])
    assert load_dataset(dest).train_images.shape == (209, 64, 64, 3)
    assert seen[0] == (0, DOWNLOAD_SIZE) and seen[-1] == (DOWNLOAD_SIZE, DOWNLOAD_SIZE)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_files_already_present_and_verified_are_not_fetched_again(dataset_server, tmp_path):
    fetch_dataset(tmp_path, dataset_server.base_url)
    asked = len(dataset_server.requests)
    assert fetch_dataset(tmp_path, dataset_server.base_url) == []
    assert len(dataset_server.requests) == asked
    assert files_to_fetch(tmp_path) == []


def test_a_damaged_file_in_place_is_replaced_and_a_good_one_kept(dataset_server, tmp_path):
    fetch_dataset(tmp_path, dataset_server.base_url)
    (tmp_path / TEST_FILE).write_bytes(b"not the dataset")
    dataset_server.requests.clear()
    written = fetch_dataset(tmp_path, dataset_server.base_url)
    assert [p.name for p in written] == [TEST_FILE]
    assert dataset_server.requests == [TEST_FILE]
    assert files_to_fetch(tmp_path) == []


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("404", "the server answered 404 Not Found"),
        ("corrupt", "the file is corrupted (SHA-256"),
        ("cut", "the connection closed after 1,286,011 of 2,572,022 bytes"),
        ("stall", "no answer within 0.3 s (timed out) after"),
        ("no-answer", "no answer within 0.3 s (timed out)"),
        ("too-long", "the server sent more than the expected 2,572,022 bytes"),
    ],
)
def test_a_failed_download_leaves_the_destination_empty(dataset_server, tmp_path, fault, message):
    dataset_server.faults[TRAIN_FILE] = fault
    with pytest.raises(DownloadError) as caught:
        fetch_dataset(tmp_path, dataset_server.base_url, timeout=0.3)
    text = str(caught.value)
    assert text.startswith(f"cannot download {TRAIN_FILE}: ")
    assert message in text
    assert "\n" not in text
    assert list(tmp_path.iterdir()) == []


def test_a_failure_on_the_second_file_keeps_none_of_the_first(dataset_server, tmp_path):
    dataset_server.faults[TEST_FILE] = "cut"
    with pytest.raises(DownloadError, match=TEST_FILE):
        fetch_dataset(tmp_path, dataset_server.base_url)
    assert dataset_server.requests == [TRAIN_FILE, TEST_FILE]
    assert list(tmp_path.iterdir()) == []


def test_no_network_is_one_line(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DownloadError, match="connection refused") as caught:
        fetch_dataset(tmp_path / "d", f"http://127.0.0.1:{port}/")
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "d").exists() or list((tmp_path / "d").iterdir()) == []


@pytest.mark.parametrize("use_event", [True, False])
def test_cancel_stops_between_chunks_and_leaves_nothing(dataset_server, tmp_path, use_event):
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > 100_000:
            stop.set()

    with pytest.raises(CanceledError, match="download canceled"):
        fetch_dataset(
            tmp_path,
            dataset_server.base_url,
            progress=progress,
            cancel=stop if use_event else stop.is_set,
        )
    assert max(seen) < DOWNLOAD_SIZE
    assert list(tmp_path.iterdir()) == []


def test_a_file_url_works_for_an_offline_copy(real_data_dir, tmp_path):
    written = fetch_dataset(tmp_path, real_data_dir.as_uri())
    assert len(written) == 2
    assert files_to_fetch(tmp_path) == []


def test_a_destination_that_is_a_file_is_one_line(dataset_server, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DownloadError, match="cannot create the folder") as caught:
        fetch_dataset(blocker / "sub", dataset_server.base_url)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("url", ["ftp://example.org/", "example.org/data", "http://", "file://"])
def test_a_base_url_must_be_http_or_file(url):
    with pytest.raises(DownloadError, match="is not an http://, https:// or file:// URL"):
        check_base_url(url)


def test_a_base_url_gets_its_trailing_slash():
    assert check_base_url("http://127.0.0.1:1/data") == "http://127.0.0.1:1/data/"


def test_the_default_destination_is_the_user_data_folder(dataset_server, tmp_path, monkeypatch):
    monkeypatch.setattr("core.locations.user_data_dir", lambda: tmp_path / "catneuron")
    written = fetch_dataset(base_url=dataset_server.base_url)
    assert {p.parent for p in written} == {tmp_path / "catneuron" / "datasets"}
