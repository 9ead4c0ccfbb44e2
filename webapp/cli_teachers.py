"""`flask teachers …`: accounts are made from the command line by whoever runs the site.
`flask purge` deletes what the retention settings say is no longer kept."""
from __future__ import annotations

import datetime as dt

import click
from flask import current_app
from flask.cli import with_appcontext

from . import db
from .accounts import AccountError, create_teacher, find_teacher, set_password


@click.group("teachers", help="Manage teachers' accounts.")
def teachers_cli():
    pass


def _fail(e: AccountError):
    raise click.ClickException(str(e))


@teachers_cli.command("create")
@click.argument("email")
@click.option("--admin", is_flag=True, help="Also a site administrator (reads what the bot could not answer).")
@click.password_option(prompt="Password (10 characters or more, not a common one)")
@with_appcontext
def create(email: str, password: str, admin: bool):
    """Create a teacher's account; asks for the password twice."""
    try:
        tid = create_teacher(db.get_db(), email, password, admin=admin)
    except AccountError as e:
        _fail(e)
    click.echo(f"Created {'administrator' if admin else 'teacher'} {email.strip().lower()} (id {tid}).")


@teachers_cli.command("set-password")
@click.argument("email")
@click.password_option(prompt="New password (10 characters or more, not a common one)")
@with_appcontext
def set_password_cmd(email: str, password: str):
    """Change a teacher's password; signs them out everywhere."""
    try:
        set_password(db.get_db(), email, password)
    except AccountError as e:
        _fail(e)
    click.echo(f"Changed the password of {email.strip().lower()} and ended their sessions.")


@teachers_cli.command("revoke")
@click.argument("email")
@with_appcontext
def revoke(email: str):
    """End every session of a teacher now (a stolen cookie stops working); the password stays."""
    try:
        teacher = find_teacher(db.get_db(), email)
    except AccountError as e:
        _fail(e)
    db.bump_session_version(db.get_db(), teacher["id"])
    click.echo(f"Ended every session of {teacher['email']}: they must sign in again.")


@teachers_cli.command("admin")
@click.argument("email")
@click.option("--remove", is_flag=True, help="Take the administrator's role away instead.")
@with_appcontext
def admin(email: str, remove: bool):
    """Make a teacher a site administrator (or no longer one, with --remove)."""
    try:
        teacher = find_teacher(db.get_db(), email)
    except AccountError as e:
        _fail(e)
    db.set_admin(db.get_db(), teacher["id"], not remove)
    click.echo(f"{teacher['email']} is {'no longer' if remove else 'now'} a site administrator.")


@teachers_cli.command("list")
@with_appcontext
def list_cmd():
    """Every account: email, administrator or not, when it was made."""
    rows = db.list_teachers(db.get_db())
    for t in rows:
        made = dt.datetime.fromtimestamp(t["created_at"], dt.timezone.utc).strftime("%Y-%m-%d")
        click.echo(f"{t['email']}\t{'admin' if t['is_admin'] else 'teacher'}\tsince {made}")
    click.echo(f"{len(rows)} account{'s' if len(rows) != 1 else ''}.", err=True)


@click.command("purge")
@with_appcontext
def purge():
    """Delete bot conversations, refused questions and quiz attempts older than the retention settings."""
    conf = current_app.config
    days = {k: float(conf[f"RETAIN_{k.upper()}_DAYS"]) for k in ("conversations", "refusals", "attempts")}
    done = db.purge_older_than(db.get_db(), **{k: v * 86400 for k, v in days.items()})
    for k in ("conversations", "refusals", "attempts"):
        click.echo(f"{k}: deleted {done[k]} older than {days[k]:g} days")
