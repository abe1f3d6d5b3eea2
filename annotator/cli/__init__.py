"""The `annotator` command line. Each module here only parses arguments and calls the library."""

from __future__ import annotations

import sys

# isort: off
from annotator.cli.app import app

# Registering a command is importing its module (in pipeline order).
from annotator.cli import (  # noqa: F401
    split,
    server,
    push,
    pull,
    simulate,
    agreement,
    aggregate,
    audit,
    dataset,
    export,
    quickstart,
)

# isort: on


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; an AnnotatorError becomes one `Error: ...` line and exit 1."""
    from annotator.config import debug
    from annotator.errors import AnnotatorError

    try:
        app(args=argv, standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 1
    except AnnotatorError as exc:
        if debug():
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if debug():
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"Error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        if debug():
            raise
        print(f"Error: unexpected {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    return 0


def entrypoint() -> None:
    sys.exit(main())
