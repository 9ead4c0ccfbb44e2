"""`flask teachers …`: accounts are made from the command line by whoever runs the site."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from . import db
from .accounts import AccountError, create_teacher


@click.group("teachers", help="Manage teachers' accounts.")
def teachers_cli():
    pass


@teachers_cli.command("create")
@click.argument("email")
@click.password_option(prompt="Password (10 characters or more)")
@with_appcontext
def create(email: str, password: str):
    """Create a teacher's account; asks for the password twice."""
    try:
        tid = create_teacher(db.get_db(), email, password)
    except AccountError as e:
        raise click.ClickException(str(e))
    click.echo(f"Created teacher {email.strip().lower()} (id {tid}).")
