"""`flask bot evaluate`: the bot's accuracy, refusals and unsupported statements, beside a baseline."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from . import db
from .bot.evaluate import EVAL_FILE, evaluate_baseline, evaluate_bot, load_items

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
