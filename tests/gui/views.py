"""A state with the article's dataset and the bundled model, for tests of one view alone."""

from __future__ import annotations

from core.dataset import Dataset
from core.model_file import load_model
from gui.app_state import AppState, ModelOrigin
from gui.resources import DEFAULT_MODEL


def article_state(data: Dataset) -> AppState:
    """The window's state at start-up: the real dataset and the bundled model (202/209, 38/50)."""
    state = AppState()
    state.set_dataset(data)
    state.set_model(load_model(DEFAULT_MODEL), ModelOrigin.BUNDLED)
    return state
