"""The `annotator` command line. Each module here only parses arguments and calls the library."""

from __future__ import annotations

import errno
import gc
import os
import sys
import types
from collections.abc import Callable
from typing import Any


class _Package(types.ModuleType):
    """`annotator.cli.app` is the typer application, imported on first use (with every
    command), so that `agreement` and `aggregate` can run without importing typer."""

    @property
    def app(self) -> Any:
        from annotator.cli.app import app

        return app

    @app.setter
    def app(self, module: Any) -> None:
        """Importing the submodule binds it here; the name stays the application."""


sys.modules[__name__].__class__ = _Package


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; an AnnotatorError becomes one `Error: ...` line and exit 1.

    A plain `agreement` or `aggregate` call runs without typer (annotator.cli.direct)."""
    from annotator.cli.direct import parse

    command = parse(sys.argv[1:] if argv is None else argv)
    if command is None:
        return _guarded(lambda: _typer(argv))
    global _ran_direct
    _ran_direct = True
    enabled = gc.isenabled()
    gc.disable()  # ~20k objects come from imports, none form cycles: no collection pays here
    try:
        return _guarded(command)
    finally:
        if enabled:
            gc.enable()


_ran_direct = False


def _typer(argv: list[str] | None) -> int:
    """The typer application on `argv`: its usage errors as one line."""
    import typer

    from annotator.cli.app import app

    cx = _click_exceptions()
    try:
        # standalone_mode=False: usage errors come here as exceptions (not typer's boxed panel)
        code = app(args=argv, standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 1
    except cx.NoArgsIsHelpError as exc:  # `annotator dataset`: the help, exit 2
        if exc.format_message().strip():  # typer has printed it already; click has not
            print(exc.format_message(), file=sys.stderr)
        return exc.exit_code
    except cx.UsageError as exc:
        ctx = exc.ctx
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        print(_one_line(f"Error: {exc.format_message()}") + hint, file=sys.stderr)
        return exc.exit_code
    except cx.ClickException as exc:
        print(_one_line(f"Error: {exc.format_message()}"), file=sys.stderr)
        return exc.exit_code
    except typer.Abort:
        print("Error: aborted", file=sys.stderr)
        return 1
    return code if isinstance(code, int) else 0


def _guarded(command: Callable[[], int | None]) -> int:
    """Run a command: its errors become one `Error: ...` line, never a traceback."""
    from annotator.config import debug
    from annotator.errors import AnnotatorError

    try:
        code = command()
        sys.stdout.flush()  # a full disk under stdout fails here, as an error, not at exit
    except AnnotatorError as exc:
        if debug():
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno == errno.EPIPE:  # `annotator claims | head`: the reader left, not an error
            sys.stdout = _PacifyStdout(sys.stdout)  # type: ignore[assignment]
            return 1
        if debug():
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(_one_line(f"Error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        if debug():
            raise
        first = (str(exc).strip().splitlines() or [""])[0]  # later lines may hold SQL, data
        print(f"Error: unexpected {type(exc).__name__}: {first}", file=sys.stderr)
        return 1
    return code if isinstance(code, int) else 0


def _click_exceptions():  # type: ignore[no-untyped-def]
    """The click exceptions typer raises (recent typer versions vendor click as typer._click)."""
    try:
        from typer._click import exceptions
    except ImportError:
        from click import exceptions
    return exceptions


class _PacifyStdout:
    """stdout after a broken pipe: writes and flushes are dropped (no error at exit)."""

    def __init__(self, wrapped: object) -> None:
        self.wrapped = wrapped

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def __getattr__(self, name: str) -> object:
        return getattr(self.wrapped, name)


def _one_line(text: str) -> str:
    """Messages (click's, a library's) folded onto one line."""
    return " ".join(text.split())


def entrypoint() -> None:
    code = main()
    if _ran_direct:
        # A direct command holds no files, connections or threads: its output flushed, the
        # process ends without tearing down numpy and every module (~0.05 CPU s).
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:
            code = code or 1
        os._exit(code)
    sys.exit(code)
