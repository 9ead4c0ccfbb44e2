"""Exchange question sets with LMSs: export Moodle XML and GIFT, import them back as drafts.

Pure functions, no Flask, no database: the caller stores the drafts in one transaction.

The package: `gift.py` and `moodle_xml.py` write and read what surrounds a question; what a question
of each type looks like in each format is that type's hooks in `webapp/qtypes`; `text.py`,
`gift_syntax.py` and `xml_syntax.py` hold the helpers both sides share.

Export
- `export_moodle_xml(questions, category=None, explanations=None)` and `export_gift(...)` return
  `(text, skipped)`, `skipped` a list of `Skipped(id, reason)` for questions the format cannot carry.
- Types: single/multiple -> multichoice (single: 100/0; multiple: +100/n for each of the n right
  options and -100/n for each wrong one, which is exactly how Sourced scores a multiple-answer
  question; Moodle floors the sum at 0 as we do); truefalse; numeric -> numerical with tolerance
  (Moodle XML carries the unit as a unit with multiplier 1; GIFT has no units, so the unit is written
  at the end of the prompt as "(unit: soldiers)" and read back from there); matching -> matching.
- Ordering: Moodle XML writes qtype_ordering (a standard question type since Moodle 4.4; older
  Moodles need the plugin), unless `include_ordering=False`; GIFT has no ordering syntax, so GIFT
  skips it with a reason.
- Texts are the project's plain text: Moodle XML gets them as HTML (escaped, in <p>), GIFT as
  `[plain]` text with GIFT's special characters escaped, so `<script>` stays text everywhere.
- The general feedback is the explanation: pass `explanations` {question id: rendered plain text};
  without one, an explanation is exported only if it carries no {{fact}} / [[fact]] markup.

Import
- `import_gift(text)` and `import_moodle_xml(data)` return a list of `DraftQuestion` (schemas.py),
  all or nothing: any problem raises `ExchangeError(message, line=..., question=...)` naming the line
  (GIFT) or the question's name and position (XML).
- Input is limited to MAX_BYTES and MAX_QUESTIONS. Moodle XML is parsed with defusedxml: DTDs,
  entity declarations (billion laughs) and external entities are refused.
- Supported: multichoice (single and multiple), truefalse, numerical, matching, and ordering
  (Moodle XML). Essay, description, short answer, cloze (multianswer), calculated, drag-and-drop
  and the rest are unsupported: by default that is an ExchangeError naming the question (nothing is
  imported); with `skip_unsupported=True` they are left out and listed in the result's `.skipped`.
- What a draft cannot hold is simplified, not refused: per-answer feedback is dropped; a numerical
  question keeps its full-credit answer (partial-credit alternatives are dropped); a multiple-answer
  question keeps which options earn credit (not their exact weights); a Moodle matching question's
  extra distractor answers (subquestions without text) are dropped. Partial credit on a
  single-answer question, or no right answer at all, is an error.
"""
from __future__ import annotations

from .gift import export_gift, import_gift
from .gift_syntax import gift_escape
from .moodle_xml import export_moodle_xml, import_moodle_xml
from .text import MAX_BYTES, MAX_QUESTIONS, Drafts, ExchangeError, Skipped, html_to_text, supported

__all__ = ["MAX_BYTES", "MAX_QUESTIONS", "Drafts", "ExchangeError", "Skipped", "export_gift", "export_moodle_xml",
           "gift_escape", "html_to_text", "import_gift", "import_moodle_xml", "supported"]
