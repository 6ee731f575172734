"""Cat Neuron's core: the dataset, the neuron, its training loop and model files.

Pure Python, numpy and h5py. Nothing here imports Qt, pyqtgraph or ``gui``
(an import-linter contract in pyproject.toml checks it), so the command line
and the tests use the same math as the window without a display.
"""

__version__ = "0.1.0"
