"""The `flask` commands, one group per area: content, questions, bot, teachers.

Each group is registered as a Flask plugin (pyproject.toml's entry points), so `content check` and
`questions check` run — and report every problem — even when broken files keep the app itself
from starting, which is exactly when you need them. Commands that need the app say so with
`with_appcontext`.
"""
from __future__ import annotations

import json
from pathlib import Path

import click
import yaml
from flask import current_app
from flask.cli import with_appcontext

from . import db
from .accounts import AccountError, create_teacher
from .bank import export_payload, generate, load_bank
from .bot.evaluate import EVAL_FILE, evaluate_baseline, evaluate_bot, load_items
from .config import DEFAULT_QUESTION_SEED, default_content_dir, default_question_seed, default_questions_dir, \
    default_source_texts
from .facts import ContentError, load_store
from .keys import key_position_problem


def _report(what: str, where: str, e: ContentError) -> None:
    click.echo(f"{what}: {len(e.problems)} problem(s) in {where}", err=True)
    for p in e.problems:
        click.echo(f"  {p}", err=True)
    raise SystemExit(1)


content_option = click.option("--content", "content_dir", type=click.Path(file_okay=False),
                              default=default_content_dir, show_default="content/", help="The content directory.")
questions_option = click.option("--questions", "questions_dir", type=click.Path(file_okay=False),
                                default=default_questions_dir, show_default="questions/",
                                help="The question bank directory.")
seed_option = click.option("--seed", type=int, default=default_question_seed, show_default=str(DEFAULT_QUESTION_SEED),
                           help="The generator's seed (default: $SOURCED_QUESTION_SEED).")


# === content ==========================================================================================

@click.group("content", help="Check the content store (sources, facts, modules, bot lexicon).")
def content_cli():
    pass


@content_cli.command("check")
@click.option("--content", "content_dir", type=click.Path(file_okay=False), default=default_content_dir,
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
        _report("content check", content_dir, e)
    n_fig = sum(len(f.figures) for f in store.facts.values())
    click.echo(f"content check: OK — {len(store.sources)} sources, {len(store.facts)} facts "
               f"({n_fig} figures), {len(store.modules)} modules")
    if texts is None:
        click.echo("  figures NOT verified: no source texts configured (use --texts DIR)")
    else:
        for sid, status in store.verified.items():
            click.echo(f"  {sid}: {status}")


# === questions ========================================================================================

def _store(content_dir: str):
    texts = default_source_texts()
    try:
        return load_store(content_dir, texts)
    except ContentError as e:
        click.echo(f"content has {len(e.problems)} problem(s); run `flask --app webapp content check`", err=True)
        raise SystemExit(1)


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
        _report("questions check", questions_dir, e)
    if problem := key_position_problem(bank.questions.values()):  # issue 14: the key's position gives it away
        click.echo(f"questions check: {questions_dir} › right answers: {problem}", err=True)
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


# === bot ==============================================================================================

TARGETS = {"accuracy": 0.95, "refusals": 0.95, "unsupported": 0}


@click.group("bot", help="The explainer bot.")
def bot_cli():
    pass


@bot_cli.command("evaluate")
@click.option("--file", "path", type=click.Path(dir_okay=False, exists=True), default=str(EVAL_FILE),
              show_default="tests/bot/eval.yaml", help="The evaluation set.")
@click.option("--misses", is_flag=True, help="List the items the bot got wrong.")
@with_appcontext
def evaluate(path: str, misses: bool):
    """Score the bot and a plain bm25 baseline on the evaluation set; exit 1 if a target is missed."""
    bot = current_app.extensions["sourced"].bot
    items = load_items(path)
    conn = db.connect(current_app.config["DATABASE"])
    try:
        bot.search = lambda *a, **k: db.bot_search(conn, *a, **k)
        ours, base = evaluate_bot(bot, items), evaluate_baseline(bot, items)
    finally:
        conn.conn.close()
    click.echo(f"{len(items)} questions ({ours.answer_items} answerable, {ours.refuse_items} to refuse)\n")
    click.echo(f"{'':24}{'accuracy':>10}{'refusals':>10}{'unsupported':>13}")
    for r in (ours, base):
        click.echo(f"{r.name:24}{r.accuracy:>10.1%}{r.refusal_rate:>10.1%}{r.unsupported:>13}")
    click.echo(f"{'target':24}{TARGETS['accuracy']:>10.0%}{TARGETS['refusals']:>10.0%}{TARGETS['unsupported']:>13}")
    if misses:
        click.echo("\nmisses:")
        for m in ours.misses:
            click.echo(f"  {m}")
    if ours.accuracy < TARGETS["accuracy"] or ours.refusal_rate < TARGETS["refusals"] or ours.unsupported:
        raise SystemExit(1)


# === teachers =========================================================================================

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
