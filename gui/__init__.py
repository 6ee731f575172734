"""Cat Neuron's window: PySide6 and pyqtgraph over the numpy core."""
