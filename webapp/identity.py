"""Who a student is without an account: the browser they started on, and the name they typed.

No Flask here. An attempt belongs to the browser that started it: each browser gets a random token
(kept in its signed session cookie) and the database stores only the token's digest, so neither the
attempt id nor a copy of the database lets anyone answer for someone else.

Display names are compared by their *skeleton* (Unicode TS #39): NFKC, case folded, invisible
characters dropped and every character mapped to the one it is confusable with, so "Аlice" (a
Cyrillic А), "ALICE" and "Alice\N{VARIATION SELECTOR-16}" are one name. The confusables table is
the one shipped by confusable-homoglyphs (Unicode's confusables.txt).
"""
from __future__ import annotations

import functools
import hashlib
import json
import secrets
import unicodedata
from importlib import resources

MAX_NAME = 40

# Characters that show nothing (or nothing on their own) but are not in category Cf: Hangul fillers,
# the braille blank, variation selectors and combining grapheme joiner.
_INVISIBLE = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F}
_INVISIBLE |= set(range(0xFE00, 0xFE10)) | set(range(0xE0100, 0xE01F0))


def new_browser_token() -> str:
    return secrets.token_urlsafe(24)


def owner_of(token: str | None) -> str | None:
    """What the database stores for a browser: the token's digest (None without a token)."""
    if not token or not isinstance(token, str):
        return None
    return hashlib.sha256(("sourced-browser:" + token).encode()).hexdigest()


def invisible(c: str) -> bool:
    return ord(c) in _INVISIBLE or unicodedata.category(c) in ("Cf", "Co", "Cn")


def clean_display_name(text: str) -> str | None:
    """A student's display name: 1-40 characters with at least one letter or digit, invisible and
    control characters dropped, inner spaces collapsed; None if nothing readable is left."""
    raw = unicodedata.normalize("NFKC", (text or "")[:200])
    if any(unicodedata.category(c) == "Cc" and not c.isspace() for c in raw):
        return None  # a control character is a mistake or a trick, not part of a name
    kept = "".join(c for c in raw if not invisible(c))
    name = " ".join(kept.split())
    if not name or len(name) > MAX_NAME or not any(unicodedata.category(c)[0] in "LN" for c in name):
        return None
    if any(not c.isprintable() for c in name):
        return None
    return name


@functools.lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Each confusable character -> the character (sequence) it is confused with.

    The shipped table lists both directions; a character listed with exactly one partner whose own
    list is longer is a source mapped to that partner (its prototype). A pair that lists only each
    other maps both to the smaller, so either spelling gives one skeleton."""
    raw = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text())
    out: dict[str, str] = {}
    for ch, partners in raw.items():
        if len(partners) != 1:
            continue
        target = "".join(c for c in partners[0]["c"] if not invisible(c))
        back = raw.get(partners[0]["c"], [])
        if len(back) > 1 or (len(back) == 1 and target < ch):
            out[ch] = target
    return out


def name_skeleton(name: str) -> str:
    """The form two display names are compared in: equal skeletons mean "the same name" to a reader."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    protos = _prototypes()
    mapped = "".join(protos.get(c, c) for c in text if not invisible(c) and not c.isspace())
    # punctuation does not make another name ("Alice." is Alice); combining marks do ("José", "Jose")
    mapped = unicodedata.normalize("NFKC", mapped).casefold()
    return "".join(c for c in mapped if unicodedata.category(c)[0] != "P")
