"""Everything the app writes around a figure reads as a sentence (issue 12).

Renders every module section (and comparison-table cell), every question's prompt and explanation
in the bank, and the bot's reply to every question of its evaluation set, and fails on a doubled
word ("the end of End of 2025", "soldiers soldiers"), a bare number where the fact's figure has a
unit ("mercenaries from 40."), or an empty reference.
"""
from __future__ import annotations

import html as htmllib
import re

import pytest

from webapp.bot.evaluate import load_items
from webapp.numbers import format_number
from webapp.phrases import SELF_UNITS, unit_words
from webapp.prose import Notes, bare_references, references, render_body, render_inline

DOUBLED = re.compile(r"\b([A-Za-z]+(?:\s+[A-Za-z]+){0,3})\s+\1\b", re.I)  # "soldiers soldiers", "the end of the end of"
EMPTY_REF = re.compile(r'<(a|span) class="fig[^"]*"[^>]*>\s*</\1>')
ALLOWED_DOUBLES = {"that"}  # "says that that…" never occurs; kept for honest English if it does


def text_of(markup: str) -> str:
    return htmllib.unescape(re.sub(r"<sup class=\"note-ref\">.*?</sup>", "", re.sub(r"\s+", " ", str(markup))))


def sentence_problems(where: str, markup: str) -> list[str]:
    out = []
    if EMPTY_REF.search(str(markup)):
        out.append(f"{where}: an empty figure reference")
    text = re.sub(r"<[^>]+>", "", text_of(markup))
    for m in DOUBLED.finditer(text):
        if m.group(1).lower() not in ALLOWED_DOUBLES:
            out.append(f"{where}: doubled word {m.group(0)!r} in …{text[max(0, m.start() - 40):m.end() + 20]}…")
    if re.search(r"\b(End|Summer) of", text):
        out.append(f"{where}: a date phrase with a capital inside a sentence: {text[:120]}")
    return out


def module_texts(store):
    for m in store.modules.values():
        for i, s in enumerate(m.sections, 1):
            yield f"{m.id} § {i}", s.body, True
            if s.chart:
                for j, cell in enumerate(s.chart.cells(), 1):
                    yield f"{m.id} § {i} table cell {j}", cell, False


def test_every_module_section_reads_as_sentences(store):
    problems = []
    for where, text, is_body in module_texts(store):
        render = render_body if is_body else render_inline
        markup = render(text, store, lambda f: f"/facts/{f}", Notes())
        problems += sentence_problems(where, markup)
        problems += [f"{where}: {{{{{r.fact_id}.{r.index}}}}} renders as a bare number {r.phrase!r} before {r.following[:20]!r}"
                     for r in bare_references(text, store)]
        problems += [f"{where}: {r.fact_id} renders empty" for r in references(text, store) if not r.phrase.strip()]
    assert not problems, "\n".join(problems)


def test_every_question_prompt_and_explanation_reads_as_sentences(app, store):
    bank = app.extensions["sourced"].bank
    problems = []
    for q in bank.questions.values():
        problems += sentence_problems(f"{q.id} prompt", htmllib.escape(q.prompt))
        problems += sentence_problems(f"{q.id} explanation",
                                      render_inline(q.explanation, store, lambda f: f"/facts/{f}", Notes()))
        problems += [f"{q.id} explanation: {r.fact_id} renders as a bare number {r.phrase!r} before {r.following[:20]!r}"
                     for r in bare_references(q.explanation, store)]
    assert not problems, "\n".join(problems)


def _unitless_numbers(text: str, fact) -> list[str]:
    """A figure with a unit written in digits in a sentence that never says what it counts."""
    out = []
    for g in fact.figures:
        if g.unit in SELF_UNITS or g.value is None:
            continue
        shown = format_number(g.value)
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if re.search(rf"(?<![\d,.]){re.escape(shown)}(?![\d,])", sentence):
                words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
                if not words & unit_words(g.unit):
                    out.append(f"{fact.id}: {shown} ({g.unit}) in {sentence!r}")
    return out


def test_every_bot_reply_in_the_evaluation_set_reads_as_sentences(bot, store):
    problems = []
    for item in load_items():
        reply, _ = bot.answer(item["q"])
        problems += sentence_problems(f"bot: {item['q']!r} message", htmllib.escape(reply.message))
        for s in reply.statements + reply.related:
            problems += sentence_problems(f"bot: {item['q']!r}", htmllib.escape(s.text))
            problems += _unitless_numbers(s.text, store.facts[s.fact_id])
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("body, expected", [
    ("by {{captured-by-end-2025.2|long}}.", "by the end of 2025."),
    ("counts {{captured-by-end-2025}} Russian soldiers", "counts more than 10,000 Russian soldiers"),
    ("mercenaries from {{mercenaries-news.2}}.", "mercenaries from 40 countries."),
    ("moving into {{war-in-fourth-year}};", "moving into its fourth year;"),
    ("a war of {{war-almost-four-years}} years", "a war of almost four years"),
    ("it is {{war-almost-four-years}} long", "it is almost four years long"),
    ("brought {{ukrainians-home-in-exchanges}} of soldiers", "brought hundreds of soldiers"),
    ("an area of {{territory-taken-2025-area|long}}.", "an area of about 5,000 square kilometres (computed)."),
])
def test_a_figure_reference_reads_as_a_phrase_with_its_unit(store, body, expected):
    assert re.sub(r"<[^>]+>", "", text_of(render_inline(body, store, lambda f: f"/facts/{f}", Notes()))) == expected


def test_the_old_broken_sentences_would_be_caught(store):
    """The render test catches what the issue found: a short form with no unit after it."""
    assert bare_references("mercenaries from {{mercenaries-news.2|short}}.", store)
    bad = render_inline("by the end of {{captured-by-end-2025.2|long}}", store, lambda f: f, Notes())
    assert sentence_problems("x", bad)


def test_only_figures_link_and_each_fact_links_once_with_citations_per_sentence(store):
    notes = Notes()
    out = str(render_body("We count {{captured-by-end-2025}} prisoners, {{captured-by-end-2025}} again. "
                          "Then [[attackers-become-trapped|an opinion]] follows.", store, lambda f: f"/facts/{f}", notes))
    assert out.count('<a class="fig"') == 1 and out.count('<span class="fig">') == 1
    assert 'href="/facts/attackers-become-trapped"' not in out and "an opinion" in out
    assert out.count('<sup class="note-ref">') == 2  # one per sentence
