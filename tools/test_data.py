"""The dataset folder for ``make test``, fetched with the app's verified download when missing.

Prints the folder on stdout: ``$CATNEURON_DATA`` when set, else the user data
folder, where the article's two files (3.2 MB, SHA-256 checked) are downloaded
first if they are not there yet (``$CATNEURON_DATA_URL`` names a mirror).
Any failure, offline included, is one line on stderr and exit status 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.dataset import FILE_NAMES
from core.download import DOWNLOAD_SIZE, default_base_url, fetch_dataset, files_to_fetch
from core.errors import CatNeuronError
from core.locations import DATA_ENV_VAR, default_dataset_dir

ADVICE = (
    "connect to the internet and run make test again, or set {var} to a folder holding "
    "{files} (CATNEURON_DATA_URL names a mirror to download from)"
)


def main() -> int:
    """Print the folder the tests should use; 0 when it holds the dataset."""
    advice = ADVICE.format(var=DATA_ENV_VAR, files=" and ".join(FILE_NAMES))
    given = os.environ.get(DATA_ENV_VAR)
    if given:
        folder = Path(given).expanduser().resolve()
        if all((folder / name).is_file() for name in FILE_NAMES):
            print(folder)
            return 0
        print(f"{DATA_ENV_VAR}={given} does not hold {' and '.join(FILE_NAMES)}", file=sys.stderr)
        return 1
    folder = default_dataset_dir()
    if files_to_fetch(folder):
        print(
            f"the tests need the Cat vs Non-Cat dataset: downloading {DOWNLOAD_SIZE / 1e6:.1f} MB "
            f"from {default_base_url()} into {folder} (SHA-256 checked)",
            file=sys.stderr,
        )
        try:
            fetch_dataset(folder, timeout=15, deadline=120)
        except CatNeuronError as error:
            print(f"cannot get the dataset for the tests: {error}; {advice}", file=sys.stderr)
            return 1
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
