"""CLI: `annotator server start|stop|status` and `annotator annotators add|list`."""

from __future__ import annotations

import json
from typing import Any

import typer

from annotator.cli.app import app

server_app = typer.Typer(
    help="Run the local Label Studio server.\n\nExample: annotator server start",
    no_args_is_help=True,
)
annotators_app = typer.Typer(
    help="Annotator accounts on the local Label Studio.\n\n"
    "Example: annotator annotators add ana@example.org ben@example.org",
    no_args_is_help=True,
)
app.add_typer(server_app, name="server")
app.add_typer(annotators_app, name="annotators")

FORMAT = typer.Option("text", "--format", help="Output format: text or json.")


def _json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, sort_keys=True))


@server_app.command("start")
def start_cmd(
    port: int = typer.Option(
        None, "--port", help="Port on 127.0.0.1 (default 8085, env ANNOTATOR_LS_PORT)."
    ),
    db: str = typer.Option(
        None, "--db", help="PostgreSQL URL instead of SQLite: postgresql://USER:PASS@HOST:PORT/DB"
    ),
    fmt: str = FORMAT,
) -> None:
    """Start Label Studio on loopback (or show the running one) and print its URL and login.

    The first start creates the admin account; its password is printed here (tokens never are).

    Example: annotator server start --port 8085
    """
    from annotator.labelstudio import server

    info = server.start(port=port, db_url=db)
    if fmt == "json":
        _json(info.public())
        return
    state = "is already running" if info.reused else "is running"
    typer.echo(f"Label Studio {state} at {info.url} (pid {info.pid}, {info.database})")
    typer.echo(f"Log in as {info.admin_email} with password {info.admin_password}")
    typer.echo(f"Log: {info.log}")


@server_app.command("stop")
def stop_cmd() -> None:
    """Stop the local Label Studio.

    Example: annotator server stop
    """
    from annotator.labelstudio import server

    typer.echo("Label Studio stopped" if server.stop() else "Label Studio was not running")


@server_app.command("status")
def status_cmd(fmt: str = FORMAT) -> None:
    """Show whether the local Label Studio is running, its URL, version and pid.

    Exits 1 when it is not running.

    Example: annotator server status --format json
    """
    from annotator.errors import BackendUnavailable
    from annotator.labelstudio import server

    st = server.status()
    if fmt == "json":
        _json(st)
        if not st["running"]:
            raise typer.Exit(1)
        return
    if not st["running"]:
        raise BackendUnavailable(
            f"Label Studio at {st['url']} is not reachable; start it with `annotator server start`"
        )
    typer.echo(f"Label Studio {st['version']} is running at {st['url']} (pid {st['pid']})")


@annotators_app.command("add")
def add_cmd(
    emails: list[str] = typer.Argument(..., help="Email addresses of the new annotators."),
    project: str = typer.Option(
        None, "--project", "-p", help="Also invite them to this project's desk queue."
    ),
    fmt: str = FORMAT,
) -> None:
    """Create annotator accounts (each with a password and an API token, kept in credentials.json).

    With --project, each gets a one-time desk login link (annotators use the desk, never Label
    Studio). Adding an email that already exists is reported, not an error.

    Example: annotator annotators add ana@example.org ben@example.org --project claims
    """
    from annotator.labelstudio import accounts

    rows = accounts.add_annotators(emails)
    if project:
        from annotator.desk import service

        for row in rows:
            row["desk_link"] = service.invite(row["email"], project)["link"]
    if fmt == "json":
        _json(rows)
        return
    for row in rows:
        link = f"; desk login link: {row['desk_link']}" if row.get("desk_link") else ""
        typer.echo(f"{row['email']}: {row['status']} (user {row['user_id']}){link}")
    if not project:
        typer.echo("Invite them to label with `annotator desk invite EMAIL --project P`.")


@annotators_app.command("list")
def list_cmd(fmt: str = FORMAT) -> None:
    """List the annotator accounts this machine holds credentials for.

    Example: annotator annotators list
    """
    from annotator.labelstudio import accounts

    rows = accounts.list_annotators()
    if fmt == "json":
        _json(rows)
        return
    for row in rows:
        typer.echo(f"{row['email']} (user {row['user_id']})")
