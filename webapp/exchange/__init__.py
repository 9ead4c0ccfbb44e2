"""Exchange question sets with LMSs: export Moodle XML and GIFT, import them back as drafts.

Pure functions, no Flask, no database: the caller stores the drafts in one transaction.

The package: `gift.py` and `moodle_xml.py` write and read what surrounds a question; what a question
of each type looks like in each format is that type's hooks in `webapp/qtypes`; `text.py`,
`gift_syntax.py` and `xml_syntax.py` hold the helpers both sides share.

Export
- `export_moodle_xml(questions, category=None, explanations=None, pictures=None)` and `export_gift(...)`
  return `(text, skipped)`, `skipped` a list of `Skipped(id, reason)` for questions the format cannot carry.
- Types: single/multiple -> multichoice, each option's grade its `weight` when it has one (kept exactly
  from an import), else single 100/0 and multiple +100/n for each right option and -100/n for each
  wrong one (how Sourced scores it by default; Moodle floors the sum at 0 as we do); truefalse;
  numeric -> numerical with tolerance, its other answers (`numeric_answers`) and a "*" answer carrying
  the wrong-answer feedback (Moodle XML carries the unit as a unit with multiplier 1 and `showunits` 0,
  so Moodle names it; GIFT has no units, so the unit is written at the end of the prompt as
  "(unit: soldiers)" and read back from there); matching -> matching, distractors as subquestions
  without text (GIFT `= -> Cat`); ordering -> qtype_ordering (standard since Moodle 4.4), in GIFT as
  `{>N ALL VERTICAL ABSOLUTE_POSITION SHOW` with one item per line. `include_ordering=False` leaves
  orderings out of Moodle XML for older Moodles.
- Feedback: each option's and numerical answer's own, the right / partly right / wrong feedback
  (combined feedback; truefalse's and numerical's per-answer ones), hints (<hint>, Moodle XML only)
  and tags (<tags>, Moodle XML only).
- Texts are the project's plain text: Moodle XML gets them as HTML (escaped, in <p>), GIFT as `[plain]`
  text with GIFT's special characters escaped, so `<script>` stays text everywhere. A prompt with kept
  formatting (`prompt_html`, cleaned by `webapp/rich_text.py`) goes out as that HTML (GIFT `[html]`),
  with its pictures (`pictures` {id: (type, bytes)}) as <img src="@@PLUGINFILE@@/..."> and base64
  <file> elements (Moodle XML only).
- The general feedback is the explanation: pass `explanations` {question id: rendered plain text, its
  citations written as text}; without one, an explanation is exported only if it carries no
  {{fact}} / [[fact]] markup.

Import
- `import_gift(text)` and `import_moodle_xml(data)` return `Drafts`: a list of `DraftQuestion`
  (schemas.py) with `.skipped`, `.report` (one `Entry` per question of the file: what came in, what
  changed, what was dropped and why) and `.images` (Moodle XML pictures to store, by id). A malformed
  file raises `ExchangeError(message, line=..., question=...)` naming the line (GIFT) or the question's
  name and position (XML), and nothing is imported.
- Input is limited to MAX_BYTES (config.IMPORT_MAX_BYTES, the one limit the page and the server use)
  and MAX_QUESTIONS. Moodle XML is parsed with defusedxml: DTDs, entity declarations (billion laughs)
  and external entities are refused.
- Supported: multichoice (single and multiple), truefalse, numerical, matching and ordering; every
  answer's grade and feedback, combined feedback, hints, numerical partial-credit answers, matching
  distractors, the category and <tags> (as tags), the question text's formatting and its pictures
  (exchange/images.py: PNG, JPEG, GIF, WebP checked by their bytes; SVG refused). Essay, description,
  cloze (multianswer), calculated, drag-and-drop and the rest are left out and listed in `.skipped`
  and the report; with `skip_unsupported=False` (strict) the file is refused, naming every one.
- Still simplified, each with a line in the report: a default mark other than 1, "do not shuffle",
  the hints' interactive-mode settings, pictures outside the question text, links (kept as text),
  audio / video, and formatting outside the question text (turned into plain text; x<sup>2</sup>
  becomes x²). A one-answer question needs an answer worth 100% and a multiple-answer one an answer
  worth something: without, it is an error.
"""
from __future__ import annotations

from .gift import export_gift, import_gift
from .gift_syntax import gift_escape
from .moodle_xml import export_moodle_xml, import_moodle_xml
from .text import MAX_BYTES, MAX_QUESTIONS, Drafts, ExchangeError, Skipped, html_to_text, supported

__all__ = ["MAX_BYTES", "MAX_QUESTIONS", "Drafts", "ExchangeError", "Skipped", "export_gift", "export_moodle_xml",
           "gift_escape", "html_to_text", "import_gift", "import_moodle_xml", "supported"]
