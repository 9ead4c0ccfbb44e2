"""`flask questions …`: check the bank, print generated questions, export the whole bank as JSON.

A Flask plugin like `flask content`: it loads content and questions itself, so `check` works (and
reports every problem) exactly when broken files keep the app from starting.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import click
import yaml

from .bank import DEFAULT_SEED, export_payload, generate, load_bank
from .cli import content_dir_default
from .config import default_source_texts
from .facts import ContentError, load_store


def questions_dir_default() -> str:
    return os.environ.get("SOURCED_QUESTIONS_DIR") or str(Path(content_dir_default()).parent / "questions")


def _store(content_dir: str):
    texts = default_source_texts()
    try:
        return load_store(content_dir, texts)
    except ContentError as e:
        click.echo(f"content has {len(e.problems)} problem(s); run `flask --app webapp content check`", err=True)
        raise SystemExit(1)


content_option = click.option("--content", "content_dir", type=click.Path(file_okay=False),
                              default=content_dir_default, show_default="content/", help="The content directory.")
questions_option = click.option("--questions", "questions_dir", type=click.Path(file_okay=False),
                                default=questions_dir_default, show_default="questions/",
                                help="The question bank directory.")
seed_option = click.option("--seed", type=int, default=lambda: int(os.environ.get("SOURCED_QUESTION_SEED", DEFAULT_SEED)),
                           show_default=str(DEFAULT_SEED), help="The generator's seed.")


@click.group("questions", help="Check, generate and export the question bank.")
def questions_cli():
    pass


@questions_cli.command("check")
@content_option
@questions_option
@seed_option
def check(content_dir: str, questions_dir: str, seed: int):
    """Check every question against its facts (and coverage); exit 1 on any problem."""
    store = _store(content_dir)
    try:
        bank = load_bank(questions_dir, store, seed=seed)
    except ContentError as e:
        click.echo(f"questions check: {len(e.problems)} problem(s) in {questions_dir}", err=True)
        for p in e.problems:
            click.echo(f"  {p}", err=True)
        raise SystemExit(1)
    by_type: dict[str, int] = {}
    for q in bank.questions.values():
        by_type[q.type] = by_type.get(q.type, 0) + 1
    click.echo(f"questions check: OK — {len(bank.authored)} authored, {len(bank.generated)} generated "
               f"({', '.join(f'{n} {t}' for t, n in sorted(by_type.items()))})")


@questions_cli.command("generate")
@content_option
@seed_option
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
def generate_cmd(content_dir: str, seed: int, fmt: str):
    """Print the questions generated from the facts (deterministic for a seed)."""
    store = _store(content_dir)
    qs = [q.model_dump(mode="json", exclude_defaults=True) for q in generate(store, seed)]
    for d in qs:
        d["origin"] = "generated"
    if fmt == "json":
        click.echo(json.dumps({"questions": qs}, indent=2, ensure_ascii=False))
    else:
        click.echo(yaml.safe_dump({"questions": qs}, sort_keys=False, allow_unicode=True, width=100))


@questions_cli.command("export")
@content_option
@questions_option
@seed_option
def export(content_dir: str, questions_dir: str, seed: int):
    """Print the whole bank (authored and generated, with answers) as JSON."""
    store = _store(content_dir)
    try:
        bank = load_bank(questions_dir, store, seed=seed)
    except ContentError as e:
        click.echo(f"the bank has {len(e.problems)} problem(s); run `flask --app webapp questions check`", err=True)
        raise SystemExit(1)
    click.echo(json.dumps(export_payload(bank), indent=2, ensure_ascii=False))
