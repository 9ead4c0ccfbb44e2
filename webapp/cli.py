"""The `flask` commands, one group per area: content, questions, bot, teachers.

Each group is registered as a Flask plugin (pyproject.toml's entry points), so `content check` and
`questions check` run — and report every problem — even when broken files keep the app itself
from starting, which is exactly when you need them. Commands that need the app say so with
`with_appcontext`.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import yaml
from flask import current_app
from flask.cli import with_appcontext

from . import db
from .accounts import AccountError, create_teacher, find_teacher, set_password
from .bank import bound_problems, export_payload, generate, load_bank
from .bot.evaluate import HELDOUT_FILE, TUNING_FILES, Result, evaluate_baseline, evaluate_bot, load_items
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


def _bank(content_dir: str, questions_dir: str, seed: int, report: bool):
    """The checked bank, or exit 1: listing every problem (`report`), or pointing to `questions check`."""
    store = _store(content_dir)
    try:
        return load_bank(questions_dir, store, seed=seed)
    except ContentError as e:
        if report:
            _report("questions check", questions_dir, e)
        click.echo(f"the bank has {len(e.problems)} problem(s); run `flask --app webapp questions check`", err=True)
        raise SystemExit(1)


@click.group("questions", help="Check, generate and export the question bank.")
def questions_cli():
    pass


@questions_cli.command("check")
@content_option
@questions_option
@seed_option
@click.option("--strict", is_flag=True, help="Refuse (exit 1) on the reported wrong figures too.")
def check(content_dir: str, questions_dir: str, seed: int, strict: bool):
    """Check every question against its facts (and coverage); exit 1 on any problem. Wrong figures
    that a bound makes true ("Over 2,000" when the article says over 6,000) or that round to the true
    figure are listed as reported problems; --strict refuses them too."""
    bank = _bank(content_dir, questions_dir, seed, report=True)
    if reported := bound_problems(bank, _store(content_dir)):
        click.echo(f"questions check: {len(reported)} wrong figure(s) in hand-written questions that a qualifier "
                   "makes true or that are too close to the true figure:", err=True)
        for p in reported:
            click.echo(f"  {p}", err=True)
        if strict:
            raise SystemExit(1)
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
    bank = _bank(content_dir, questions_dir, seed, report=False)
    click.echo(json.dumps(export_payload(bank), indent=2, ensure_ascii=False))


# === bot ==============================================================================================

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
@click.option("--file", "paths", type=click.Path(dir_okay=False, exists=True), multiple=True,
              show_default="tests/bot/eval.yaml and tuning-a.yaml … tuning-z.yaml, tuning-aa.yaml, tuning-ab.yaml, tuning-ac.yaml, tuning-ad.yaml, tuning-ae.yaml",
              help="A tuning set; repeat to score several side by side.")
@click.option("--heldout", "heldout", type=click.Path(dir_okay=False), default=str(HELDOUT_FILE),
              show_default="tests/bot/heldout.yaml", help="The held-out set, scored beside it when the file exists.")
@click.option("--misses", is_flag=True, help="List the items the bot got wrong.")
@with_appcontext
def evaluate(paths: tuple[str, ...], heldout: str, misses: bool):
    """Score the bot and a plain bm25 baseline on each set; exit 1 if a target is missed on any."""
    bot = current_app.extensions["sourced"].bot
    files = [Path(p) for p in paths or [f for f in TUNING_FILES if f.is_file()]] + ([Path(heldout)] if Path(heldout).is_file() else [])
    conn = db.connect(current_app.config["DATABASE"])
    sets = []
    try:
        bot.search = lambda *a, **k: db.bot_search(conn, *a, **k)
        for f in files:
            items = load_items(f)
            sets.append((f.name, items, evaluate_bot(bot, items), evaluate_baseline(bot, items)))
    finally:
        conn.conn.close()
    if not Path(heldout).is_file():
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


# === teachers, and what the site keeps ===============================================================

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
