"""CLI: `annotator desk start|stop|status|invite|reassign` (the annotators' labelling desk)."""

from __future__ import annotations

import json
from typing import Any

import typer

from annotator.cli.app import app

desk_app = typer.Typer(
    help="The annotation desk: the only door annotators use (each sees only their own work).\n\n"
    "Example: annotator desk start --port 8090",
    no_args_is_help=True,
)
app.add_typer(desk_app, name="desk")

FORMAT = typer.Option("text", "--format", help="Output format: text or json.")


def _json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, sort_keys=True))


@desk_app.command("start")
def start_cmd(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to bind (a LAN address to share)."
    ),
    port: int = typer.Option(8090, "--port", help="Port."),
    public_url: str = typer.Option(
        None, "--public-url", help="URL annotators use (behind a TLS reverse proxy)."
    ),
    fmt: str = FORMAT,
) -> None:
    """Start the desk beside Label Studio (or show the running one).

    Example: annotator desk start --host 127.0.0.1 --port 8090
    """
    from annotator.desk import service

    info = service.start(host=host, port=port, public_url=public_url)
    if fmt == "json":
        _json(info)
        return
    state = "is already running" if info["already_running"] else "is running"
    typer.echo(f"The desk {state} at {info['url']} (pid {info['pid']}); log: {info['log']}")


@desk_app.command("stop")
def stop_cmd() -> None:
    """Stop the desk.

    Example: annotator desk stop
    """
    from annotator.desk import service

    typer.echo("The desk stopped" if service.stop() else "The desk was not running")


@desk_app.command("status")
def status_cmd(
    project: str = typer.Option(None, "--project", "-p", help="Also show each member's progress."),
    fmt: str = FORMAT,
) -> None:
    """Show whether the desk runs, and with --project each annotator's progress (for leads).

    Exits 1 when the desk is not running.

    Example: annotator desk status --project claims
    """
    from annotator.desk import service

    st = service.status(project)
    if fmt == "json":
        _json(st)
    else:
        state = "running" if st["running"] else "not running"
        typer.echo(
            f"The desk is {state} at {st['url']}" + (f" (pid {st['pid']})" if st["pid"] else "")
        )
        for m in st.get("members", []):
            flag = "" if m["active"] else " (reassigned)"
            typer.echo(
                f"  {m['email']}{flag}: {m['done']} done, {m['skipped']} skipped, "
                f"{m['open']} open of {m['total']}"
            )
    if not st["running"]:
        if fmt == "json":
            raise typer.Exit(1)
        from annotator.errors import AnnotatorError

        raise AnnotatorError("the desk is not running; start it with `annotator desk start`")


@desk_app.command("invite")
def invite_cmd(
    email: str = typer.Argument(..., help="The annotator's email address."),
    project: str = typer.Option(..., "--project", "-p", help="Project to label, as pushed."),
    fmt: str = FORMAT,
) -> None:
    """Add an annotator to a project's queue and print a one-time login link.

    Creates their Label Studio account if needed; its token stays on this machine.

    Example: annotator desk invite ana@example.org --project claims
    """
    from annotator.desk import service

    out = service.invite(email, project)
    if fmt == "json":
        _json(out)
        return
    typer.echo(f"{out['email']} labels '{out['project']}' ({out['assigned']} task(s) assigned now)")
    typer.echo(f"One-time login link: {out['link']}")


@desk_app.command("reassign")
def reassign_cmd(
    email: str = typer.Argument(..., help="The annotator who leaves the project."),
    project: str = typer.Option(..., "--project", "-p", help="Project, as pushed."),
    fmt: str = FORMAT,
) -> None:
    """Take an annotator off a project and share their open tasks among the others.

    Example: annotator desk reassign ana@example.org --project claims
    """
    from annotator.desk import service

    out = service.reassign(project, email)
    if fmt == "json":
        _json(out)
        return
    typer.echo(
        f"{out['email']} left '{out['project']}': {out['freed']} open task(s) freed, "
        f"{out['assigned']} reassigned"
    )
