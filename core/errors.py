"""The exceptions a user can cause, one per area, each carrying a one-line message.

The command line prints ``str(error)`` and the window shows it; neither ever
shows a traceback for these.
"""


class CatNeuronError(Exception):
    """Base of every error whose message is meant for the user.

    The message is an English template with named fields, so that the window can
    show it in the user's language (it translates the template, then fills in the
    fields) while the command line prints it in English, as ``str(error)``::

        raise DatasetError("{path}: file not found", path=path)

    Parameters
    ----------
    template
        One line of English; ``{name}`` fields are filled from ``fields``.
    **fields
        The values of the fields: paths, numbers, a library's own reason.
    """

    def __init__(self, template: str = "", /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)


class DatasetError(CatNeuronError):
    """The dataset is missing, unreadable or not what the neuron expects."""


class DownloadError(DatasetError):
    """The dataset could not be downloaded; nothing was left in the destination."""


class CanceledError(CatNeuronError):
    """The user stopped a long action (a download, loading a folder, a run's setup) early."""


class ModelFileError(CatNeuronError):
    """A model file cannot be read or written."""


class TrainingError(CatNeuronError):
    """Training cannot go on, for instance because the loss diverged."""


class DatasetNotFoundError(DatasetError):
    """No dataset where one was looked for; the window offers Download, the CLI its commands."""


class PathError(CatNeuronError):
    """A path the user gave cannot be used: empty, an unknown ``~user``, a link loop."""


class WouldReplaceError(CatNeuronError):
    """Writing would replace a file that is not ours to replace (a dataset, someone's file).

    Raised before anything is written. A caller may ask the user and try again
    with ``force=True``; the dataset in use and files that are not regular files
    (devices, pipes, folders) are refused even then, with another error.
    """

    def __init__(self, template: str = "", /, **fields: object) -> None:
        super().__init__(template, **fields)
        self.path = fields.get("path")


def first_line(error: BaseException) -> str:
    """The first line of an exception's message, for wrapping library errors in ours."""
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
