"""The one exception type users see: its message is printed as a single `Error: ...` line."""

from __future__ import annotations

from typing import Any


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


def server_message(body: Any) -> str:
    """The server's error message on one line."""
    if isinstance(body, dict):
        errors = body.get("validation_errors")
        if not isinstance(errors, dict) and "detail" not in body:
            errors = body  # a serializer's {field: [messages]}
        if isinstance(errors, dict) and errors:
            parts = []
            for key, value in errors.items():
                text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
                parts.append(
                    text if key in ("non_field_errors", "label_config") else f"{key}: {text}"
                )
            msg = "; ".join(parts)
        else:
            msg = str(body.get("detail") or body.get("error") or body)
    else:
        msg = str(body)
    msg = " ".join(msg.split())
    return msg[:300] + ("..." if len(msg) > 300 else "")
