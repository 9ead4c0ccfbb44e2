"""`flask bot evaluate`: the bot's accuracy, refusals, follow-ups and unsupported statements on the
tuning set and (when it exists) the held-out set, side by side with a plain baseline."""
from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from . import db
from .bot.evaluate import EVAL_FILE, HELDOUT_FILE, Result, evaluate_baseline, evaluate_bot, load_items

TARGETS = {"accuracy": 0.95, "refusals": 0.95, "unsupported": 0}


@click.group("bot", help="The explainer bot.")
def bot_cli():
    pass


def meets(r: Result) -> bool:
    return (r.accuracy >= TARGETS["accuracy"] and r.refusal_rate >= TARGETS["refusals"]
            and r.followups_ok == r.followup_items and r.unsupported <= TARGETS["unsupported"])


def table(sets: list[tuple[str, list[dict], Result, Result]]) -> list[str]:
    """One column per system and set, one row per figure, the targets on the right."""
    width = 18
    head = f"{'':22}" + "".join(f"{name:<{2 * width}}" for name, *_ in sets)
    sub = f"{'':22}" + "".join(f"{'bot':<{width}}{'baseline':<{width}}" for _ in sets) + "target"
    rows = [("items", lambda r, n: f"{n}"),
            ("answers (lead right)", lambda r, n: f"{r.accuracy:.1%} ({r.answered_ok}/{r.answer_items})"),
            ("correct refusals", lambda r, n: f"{r.refusal_rate:.1%} ({r.refused_ok}/{r.refuse_items})"),
            ("follow-ups right", lambda r, n: f"{r.followups_ok}/{r.followup_items}"),
            ("unsupported", lambda r, n: f"{r.unsupported}")]
    targets = {"answers (lead right)": f"{TARGETS['accuracy']:.0%}", "correct refusals": f"{TARGETS['refusals']:.0%}",
               "follow-ups right": "all", "unsupported": f"{TARGETS['unsupported']}", "items": ""}
    lines = [head, sub]
    for label, show in rows:
        cells = "".join(f"{show(r, len(items)):<{width}}" for _, items, ours, base in sets for r in (ours, base))
        lines.append(f"{label:22}{cells}{targets[label]}")
    return lines


@bot_cli.command("evaluate")
@click.option("--file", "path", type=click.Path(dir_okay=False, exists=True), default=str(EVAL_FILE),
              show_default="tests/bot/eval.yaml", help="The tuning set.")
@click.option("--heldout", "heldout", type=click.Path(dir_okay=False), default=str(HELDOUT_FILE),
              show_default="tests/bot/heldout.yaml", help="The held-out set, scored beside it when the file exists.")
@click.option("--misses", is_flag=True, help="List the items the bot got wrong.")
@with_appcontext
def evaluate(path: str, heldout: str, misses: bool):
    """Score the bot and a plain bm25 baseline on both sets; exit 1 if a target is missed on either."""
    bot = current_app.extensions["sourced"].bot
    files = [Path(path)] + ([Path(heldout)] if Path(heldout).is_file() else [])
    conn = db.connect(current_app.config["DATABASE"])
    sets = []
    try:
        bot.search = lambda *a, **k: db.bot_search(conn, *a, **k)
        for f in files:
            items = load_items(f)
            sets.append((f.name, items, evaluate_bot(bot, items), evaluate_baseline(bot, items)))
    finally:
        conn.conn.close()
    if len(files) == 1:
        click.echo(f"(no held-out set at {heldout}: the tuning set only)")
    for line in table(sets):
        click.echo(line)
    if misses:
        for name, _, ours, _ in sets:
            click.echo(f"\nmisses on {name}:")
            for m in ours.misses:
                click.echo(f"  {m}")
    if not all(meets(ours) for _, _, ours, _ in sets):
        raise SystemExit(1)
