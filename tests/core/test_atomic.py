import os

import numpy as np
import pytest

from core.atomic import atomic_paths
from core.dataset import Dataset, save_dataset


def test_all_files_are_replaced_together_with_normal_permissions(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a")
    with atomic_paths([a, b]) as (tmp_a, tmp_b):
        tmp_a.write_text("new a")
        tmp_b.write_text("new b")
        assert a.read_text() == "old a" and not b.exists()  # nothing visible before the end
    assert (a.read_text(), b.read_text()) == ("new a", "new b")
    mask = os.umask(0)
    os.umask(mask)
    assert (b.stat().st_mode & 0o777) == 0o666 & ~mask


def test_a_failure_replaces_nothing_and_leaves_no_temporary_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a")
    with pytest.raises(RuntimeError), atomic_paths([a, b]) as (tmp_a, _):
        tmp_a.write_text("new a")
        raise RuntimeError("disk full")
    assert a.read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_exported_dataset_is_readable_by_others(tmp_path):
    images = np.zeros((2, 4, 4, 3), np.uint8)
    data = Dataset(images, np.array([0, 1]), images, np.array([1, 0]))
    for path in save_dataset(tmp_path, data):
        assert path.stat().st_mode & 0o044  # not the 0600 of a temporary file
