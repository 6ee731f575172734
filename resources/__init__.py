"""The app's own files (icon, desktop entry, default model, translations), as package data.

Nothing to import here: :mod:`gui.resources` finds the files with
``importlib.resources``, so they travel with a ``pip install .``.
"""
