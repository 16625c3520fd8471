"""prlocalize.catalog.trademark_marks
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The trademark signs ('®', '™', '℠') a source puts after a brand, compared with those of
its translation where the translation keeps the brand in the same Latin letters. A sign
changed ('DataHub Pro™' as 'DataHub Pro®') claims a registration the owner does not hold
or plays one down; a sign moved off the brand ('SecureGate®は…登録商標です' as
'SecureGateは…登録商標®です') or lost while the translation keeps the signs of the
others marks no brand. A translation that writes no sign at all follows a house style
(Japanese releases often give a trademark notice instead) and is not judged here. A
brand put in the translation's own letters is judged where the caller gives its
glossary form ('ZORVEXA® (tenalimab)' as '테날리맙®(졸벡사)': the sign, and the brand's
place, went to the generic name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["SignChange", "sign_changes"]

_SIGNS = "®™℠"
# a sign after the word it marks, a space before it or not ('FlowDesk®', 'Pro ™')
# (from a word's start only: tried inside a long word, each start would scan to its end)
_MARKED = lazy_compile(f"(?<![A-Za-z0-9+])([A-Za-z0-9][A-Za-z0-9+]*) ?([{_SIGNS}])")
# the name's words before the marked one, for the message ('DataHub Pro')
_NAME_BEFORE = lazy_compile(r"(?<![A-Za-z0-9+])(?:[A-Z][A-Za-z0-9+]*|[a-z]+[A-Z][A-Za-z0-9+]*) $")


@dataclass(frozen=True, slots=True)
class SignChange:
    """A source's sign after ``name`` that the translation gives as ``written`` (another
    sign) or leaves off it (``written`` None)."""

    name: str
    sign: str
    written: str | None


def sign_changes(
    msgid: str, msgstr: str, rendered: Mapping[str, Sequence[str]] | None = None
) -> list[SignChange]:
    """The source's trademark signs the translation changed, moved or dropped (see the
    module's docstring for what is judged); ``rendered`` gives the forms in the
    translation's own letters of the source's glossary brands, by their source text."""
    if not any(sign in msgid for sign in _SIGNS):
        return []
    kept_any = any(sign in msgstr for sign in _SIGNS)
    marked: list[tuple[str, str, list[str] | None]] = []  # (name, its sign, signs after it)
    for match in _MARKED.finditer(msgid):
        word, sign = match[1], match[2]
        after = _signs_after(word, msgstr)
        if after is None and rendered:
            after = _signs_after_forms(msgid[: match.end(1)], rendered, msgstr)
        marked.append((_name_of(msgid, match.start()) + word, sign, after))
    # a brand the source writes in Japanese or Korean letters ('ネフリゾ®錠')
    for name, forms in (rendered or {}).items():
        if name[-1:].isascii():
            continue  # in Latin letters: read above
        sign_after = re.search(rf"{re.escape(name)} ?([{_SIGNS}])", msgid)
        if sign_after is not None:
            marked.append((name, sign_after[1], _signs_after_forms(name, {name: forms}, msgstr)))
    changes: list[SignChange] = []
    for name, sign, after in marked:
        if after is None or sign in after:
            continue  # the brand in the translation's letters, or its sign kept
        other = next((s for s in after if s), None)
        if other is None and not kept_any:
            continue  # no sign anywhere: a house style
        changes.append(SignChange(name, sign, other))
    return changes


def _signs_after(word: str, text: str) -> list[str] | None:
    """What follows each whole-word occurrence of ``word`` in ``text``: its sign or "";
    None where ``text`` does not write the word."""
    found = [
        m[1] or ""
        for m in re.finditer(
            rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9]) ?([{_SIGNS}])?", text
        )
    ]
    return found or None


def _signs_after_forms(
    before: str, rendered: Mapping[str, Sequence[str]], text: str
) -> list[str] | None:
    """What follows each occurrence in ``text`` of the translated form of the glossary
    brand the source writes ending at the end of ``before``; None where there is none."""
    for name, forms in rendered.items():
        if not before.endswith(name):
            continue
        found = [
            m[1] or ""
            for form in forms
            if form
            for m in re.finditer(rf"{re.escape(form)} ?([{_SIGNS}])?", text)
        ]
        if found:
            return found
    return None


def _name_of(text: str, end: int) -> str:
    """The name's words written before ``end`` ('DataHub ' before 'Pro™'), up to three."""
    name = ""
    for _ in range(3):
        match = _NAME_BEFORE.search(text, 0, end - len(name))
        if match is None:
            break
        name = match[0] + name
    return name
