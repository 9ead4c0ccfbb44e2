"""The literal text a pattern cannot match without, so that a long list of rewrites is tried only where it can apply.

r"\\b(per|a|each) weak\\b" cannot match a question without " weak"; r"\\bin (?:ukrainian|kyiv's) hands\\b" not without
" hands". `needs` reads this from the pattern's own parse (the regular-expression parser that `re` itself uses), and
`Rewrites` skips a pattern whose every needed string is absent, which is far cheaper than running it. Skipping is exact:
a pattern that cannot be read, or whose match needs no fixed text, is always run.

No Flask.
"""
from __future__ import annotations

import re

try:  # the parser `re` compiles with (Python 3.11+); without it every pattern is simply always run
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # pragma: no cover
    C = parser = None

Needs = frozenset[str] | None  # one of these strings is in every text the pattern matches (None: no such set known)
# a text in lower case for patterns that ignore case; the three letters that match an ASCII one when case is ignored but
# do not lower-case to it (dotted capital I, whose lower case is two characters; dotless i; long s) are read as that letter
FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}


def folded(text: str) -> str:
    return text.translate(FOLD).lower()


def _best(options: list[frozenset[str]]) -> Needs:
    """The most telling of several requirements that all hold: strings of three letters or more before shorter ones,
    then the fewest strings (" weak" before "per|a|each|every…"), then the longest."""
    return max(options, key=lambda s: (min(3, *map(len, s)), -len(s), min(map(len, s))), default=None)


def _of_sequence(items, fold: bool) -> Needs:
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL and (not fold or av < 128):
            run.append(chr(av).lower() if fold else chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        need = _of_item(op, av, fold)
        if need:
            options.append(need)
    return _best(options)


def _of_item(op, av, fold: bool) -> Needs:
    if op is C.SUBPATTERN:
        _group, add, _del, sub = av
        if add & C.SRE_FLAG_IGNORECASE and not fold:  # "(?i:…)" in a pattern that minds case: its text is not compared
            return None                                 # in lower case, so nothing in it is needed as written
        return _of_sequence(sub, fold)
    if op is C.ATOMIC_GROUP:
        return _of_sequence(av, fold)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _of_sequence(sub, fold) if low >= 1 else None
    if op is C.BRANCH:
        needs = [_of_sequence(branch, fold) for branch in av[1]]
        return None if any(n is None for n in needs) else frozenset().union(*needs)
    return None  # a class of characters, an anchor, a look-around, a back reference: no fixed text needed


def needs(rx: re.Pattern) -> Needs:
    """Strings one of which every text `rx` matches holds (compared in lower case when `rx` ignores case), or None."""
    if parser is None or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is always run, never skipped
        return None
    return _of_sequence(parsed.data, bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE))


class Rewrites:
    """(pattern, replacement) pairs applied in order, each skipped where the text lacks what it needs."""

    def __init__(self, pairs):
        # (a single needed string is kept as a string: one `in` test, the commonest case)
        self.pairs = [(rx, by, next(iter(n)) if n and len(n) == 1 else n, bool(rx.flags & re.I))
                      for rx, by in pairs for n in [needs(rx)]]
        self.folds = any(fold for *_, fold in self.pairs)  # (no case-blind pattern: the text is never folded)

    def __call__(self, text: str) -> str:
        low = folded(text) if self.folds else text
        for rx, by, need, fold in self.pairs:
            if need is not None:
                hay = low if fold else text
                if (need not in hay) if isinstance(need, str) else not any(s in hay for s in need):
                    continue
            new = rx.sub(by, text)
            if new != text:
                text, low = new, folded(new) if self.folds else new
        return text
