"""The one exception type users see: its message is printed as a single `Error: ...` line."""


class AnnotatorError(Exception):
    """A problem the user can act on. The message is one line, naming the file/line when known."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        text = (where + message).replace("\n", " ").strip()
        super().__init__(text)
        self.path = path
        self.line = line


class BackendError(AnnotatorError):
    """Label Studio answered with an error, or could not be reached."""


class BackendUnavailable(BackendError):
    """Label Studio could not be reached (connection refused, timeout, 5xx after retries)."""
