"""`flask content …` commands. Registered as a Flask plugin (see pyproject.toml) so they run even
when broken content keeps the app itself from starting — which is exactly when you need them."""
from __future__ import annotations

import os
from pathlib import Path

import click

from .config import PROJECT_ROOT, default_source_texts
from .facts import ContentError, load_store


def content_dir_default() -> str:
    return os.environ.get("SOURCED_CONTENT_DIR") or str(PROJECT_ROOT / "content")


@click.group("content", help="Check the content store (sources, facts, modules, bot lexicon).")
def content_cli():
    pass


@content_cli.command("check")
@click.option("--content", "content_dir", type=click.Path(file_okay=False), default=content_dir_default,
              show_default="content/", help="The content directory.")
@click.option("--texts", "texts_dir", type=click.Path(file_okay=False), default=None,
              help="Directory of the source texts (default: $SOURCED_SOURCE_TEXTS or ../shared/seeds).")
@click.option("--no-texts", is_flag=True, help="Validate without the source texts (no figure verification).")
def content_check(content_dir: str, texts_dir: str | None, no_texts: bool):
    """Validate everything and verify every figure against its cited paragraph; exit 1 on any problem."""
    texts = None if no_texts else (Path(texts_dir) if texts_dir else default_source_texts())
    if texts is not None and not Path(texts).is_dir():
        raise click.ClickException(f"source texts directory not found: {texts}")
    try:
        store = load_store(content_dir, texts)
    except ContentError as e:
        click.echo(f"content check: {len(e.problems)} problem(s) in {content_dir}", err=True)
        for p in e.problems:
            click.echo(f"  {p}", err=True)
        raise SystemExit(1)
    n_fig = sum(len(f.figures) for f in store.facts.values())
    click.echo(f"content check: OK — {len(store.sources)} sources, {len(store.facts)} facts "
               f"({n_fig} figures), {len(store.modules)} modules")
    if texts is None:
        click.echo("  figures NOT verified: no source texts configured (use --texts DIR)")
    else:
        for sid, status in store.verified.items():
            click.echo(f"  {sid}: {status}")
