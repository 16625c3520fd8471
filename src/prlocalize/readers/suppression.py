"""prlocalize.readers.suppression
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The codes a suppression names (``<!-- prlocalize: ignore PR202 PR203 -->``, a PO
``#, prlocalize-ignore:PR401`` flag), read exactly. The shape of each code is checked
here, where the comment is read and its line is known; whether the code belongs to a
rule is checked by the registry (``rules.registry.suppression_codes``), a layer above.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s,;]+")
_CODE = re.compile(r"PR\d{3}\Z")
_FAMILY = re.compile(r"PR\d{0,2}\Z")
_RULE_NAME = re.compile(r"[a-z]+(?:-[a-z]+)+\Z")
_BLANKET = frozenset({"ALL", "*", "EVERYTHING", "ANY"})
# letters typed for the digits they look like ('PR2O1', 'PR2l1')
_LOOKALIKE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5"})


HINT = "name exact rule codes, e.g. <!-- prlocalize: ignore PR203 -->"


class SuppressionError(ValueError):
    """A suppression that does not name rule codes exactly; ``line`` where it is written."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def parse_codes(text: str, line: int | None = None) -> frozenset[str]:
    """The codes in ``text`` (separated by spaces, commas or semicolons), upper-cased.

    Every token must have a code's shape, ``PR`` and three digits: a family prefix, a
    rule name, a look-alike typo or a blanket word raises :class:`SuppressionError`
    saying what to write, so that no suppression silences more or less than it says.
    """
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if not tokens:
        raise SuppressionError(
            "a suppression must name the rule codes it ignores (e.g. PR203)", line
        )
    codes: set[str] = set()
    for token in tokens:
        upper = token.upper()
        if _CODE.match(upper):
            codes.add(upper)
            continue
        raise SuppressionError(_malformed(token), line)
    return frozenset(codes)


def _malformed(token: str) -> str:
    upper = token.upper()
    if upper in _BLANKET:
        return f"{token!r} is not a rule code; a suppression names each code (no blanket ignore)"
    if _FAMILY.match(upper):
        return f"{token!r} is a family prefix; a suppression names exact codes such as PR203"
    if _RULE_NAME.match(token.lower()):
        return f"{token!r} looks like a rule name; a suppression names the rule's code (PRnnn)"
    guess = upper[:2] + upper[2:].translate(_LOOKALIKE)
    if upper.startswith("PR") and _CODE.match(guess):
        return f"{token!r} is not a rule code; did you mean {guess}?"
    return f"{token!r} is not a rule code; a suppression names codes such as PR203"
