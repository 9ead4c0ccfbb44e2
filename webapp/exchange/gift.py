"""GIFT, Moodle's plain-text question format: export, and import as drafts.

No Flask here. What a question's answer block {...} says is each type's business (`gift_write`,
`gift_claims`, `gift_read` in `webapp/qtypes`); this module reads and writes everything around it.
"""
from __future__ import annotations

from typing import Mapping

from .. import qtypes  # the types use this package's helpers: ask the registry only when called
from ..schemas import Question
from .gift_syntax import ESC, ESC_RE, At, format_text, gift_escape, unescape
from ..rich_text import formatted
from .html_losses import losses
from .text import (Drafts, ExchangeError, Skipped, category_path, category_tag, collect, decode, explanation,
                   finish, label, note, slug, size_check, too_many, unsupported)


# --- export ---------------------------------------------------------------------------------------

def _gift_question(q: Question, explanations: Mapping[str, str] | None) -> str:
    """One question's GIFT block; CannotWrite when GIFT can't carry it."""
    prompt, inline, answers = qtypes.get(q.type).gift_write(q)
    text = f"[html]{gift_escape(q.prompt_html)}" if q.prompt_html and prompt == q.prompt else f"[plain]{gift_escape(prompt)}"
    lines = [f"// question: {q.id}", *_left_out(q), f"::{gift_escape(q.id)}::{text}{{{inline}", *answers]
    feedback = explanation(q, explanations)
    if feedback:
        lines.append(f"\t####{gift_escape(feedback)}")
    if len(lines) > 2 or feedback:
        lines.append("}")
    else:
        lines[-1] += "}"
    return "\n".join(lines)


def _left_out(q: Question) -> list[str]:
    """A comment naming what GIFT has no place for (Moodle reads past comments), so nothing goes silently."""
    missing = [what for what, has in (
        ("hints", q.hints), ("pictures", q.images), ("tags", q.tags),
        ("the right / partly right / wrong feedback", not qtypes.get(q.type).gift_feedback
         and (q.right_feedback or q.partial_feedback or q.wrong_feedback))) if has]
    return [f"// not in GIFT, see the Moodle XML export: {', '.join(missing)}"] if missing else []


def export_gift(questions: list[Question], category: str | None = None,
                explanations: Mapping[str, str] | None = None) -> tuple[str, list[Skipped]]:
    """GIFT text for the questions; returns (text, skipped). Ordering questions are skipped."""
    blocks: list[str] = []
    skipped: list[Skipped] = []
    if category:
        blocks.append("$CATEGORY: " + category_path(" ".join(category.split())))
    for q in questions:
        try:
            blocks.append(_gift_question(q, explanations))
        except qtypes.CannotWrite as e:
            skipped.append(Skipped(q.id, str(e)))
    return ("\n\n".join(blocks) + "\n" if blocks else ""), skipped


# --- import ---------------------------------------------------------------------------------------

def _gift_blocks(text: str) -> list[tuple[int, list[str]]]:
    """Split into questions at blank lines; each block carries the number of its first line."""
    blocks, cur, start = [], [], None
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip() == "":
            if cur:
                blocks.append((start, cur))
            cur, start = [], None
            continue
        if start is None:
            start = n
        cur.append(line)
    if cur:
        blocks.append((start, cur))
    return blocks


def _title(text: str, line: int, index: int) -> tuple[str | None, str]:
    """The question's ::title:: (or None) and the text after it."""
    if not text.startswith("::"):
        return None, text
    end = text.find("::", 2)
    if end < 0:
        raise ExchangeError("the title starts with '::' but has no closing '::'", line=line,
                            question=label(None, index))
    return unescape(text[2:end]).strip(), text[end + 2:].strip()


def _answer_block(text: str, at: At) -> tuple[str, str]:
    """(question text, answer text) around the one {...}; a missing-word question gets a blank."""
    start, finish = text.find("{"), text.find("}")
    if finish < 0:
        raise at.error("the answer block opened with '{' is never closed with '}' "
                       "(write \\{ for a literal brace)")
    if start < 0 or finish < start:
        raise at.error("a '}' closes an answer block that was never opened with '{' "
                       "(write \\} for a literal brace)")
    rest = text[finish + 1:]
    if "{" in rest or "}" in rest:
        raise at.error("more than one answer block: a question has one {...} "
                       "(escape literal braces as \\{ and \\})")
    answertext = text[start + 1:finish].strip()
    # missing-word format: the answers stand where the blank goes
    return (text[:start] if text.endswith("}") else text[:start] + "_____" + rest), answertext


def _read_gift_question(block: list[str], line: int, index: int, taken: set[str],
                        category: str | None = None) -> dict | Skipped | None:
    # comments are whole lines starting with //, as in Moodle
    text = "\n".join(ln for ln in block if not ln.strip().startswith("//")).strip()
    if not text:
        return None
    text = ESC_RE.sub(lambda m: ESC[m.group(0)], text)
    if text.startswith("$CATEGORY:"):
        return None  # a category switch, not a question
    name, text = _title(text, line, index)
    if "{" not in text and "}" not in text:
        reason = "a description (text without an answer block) is not a question Sourced can ask"
        return Skipped(name or f"#{index}", reason, "description")
    qtext, answertext = _answer_block(text, At(line, label(name, index)))
    general = ""
    gf = answertext.rfind("####")
    if gf >= 0:
        general, answertext = answertext[gf + 4:], answertext[:gf].strip()
    prompt, fmt = format_text(qtext, "moodle")
    fields: dict = {"prompt": prompt, "explanation": (format_text(general, fmt)[0] if general.strip() else None)
                    or None, "source_name": name, "source_line": line, "tags": [category] if category else []}
    if fmt in ("html", "moodle") and (rich := formatted(unescape(qtext.strip().removeprefix(f"[{fmt}]")))):
        fields["prompt_html"] = rich
        note(fields, "kept", "the question text's formatting")
    if fmt in ("html", "moodle"):
        for kind, message in losses(answertext + " " + general):
            note(fields, kind, message)
    if answertext == "":
        return unsupported(name, index, "essay")
    qtype = next((t for t in qtypes.all_types() if t.gift_claims(answertext)), None)
    if qtype is None:
        return unsupported(name, index, "unrecognised")
    qtype.gift_read(answertext, fields, At(line, label(name, index), fmt))
    fields["id"] = slug(name or prompt[:50], taken)
    return fields


def import_gift(text: str | bytes, *, skip_unsupported: bool = False) -> Drafts:
    """Read GIFT into drafts (ExchangeError names the line and question of a malformed file).
    Questions of types Sourced cannot ask are listed in `.skipped` and the report; with
    `skip_unsupported=False` the file is refused, naming every one of them."""
    size_check(text)
    text = decode(text).replace("\r\n", "\n").replace("\r", "\n")
    out = Drafts()
    taken: set[str] = set()
    index, category = 0, None
    for line, block in _gift_blocks(text):
        body = [ln for ln in block if not ln.strip().startswith("//")]
        if not body:
            continue
        if body[0].strip().startswith("$CATEGORY:"):
            category = category_tag(body[0].strip()[len("$CATEGORY:"):])
            continue
        index += 1
        too_many(index, line)
        first = next(n for n, ln in enumerate(block) if not ln.strip().startswith("//"))
        got = _read_gift_question(block, line + first, index, taken, category)
        if got is None:
            index -= 1
            continue
        collect(got, skip_unsupported, index, line + first, out, out.skipped)
    return finish(out, skip_unsupported, "no questions found: GIFT questions are separated by blank lines and "
                                         "their answers are written in {...}")
