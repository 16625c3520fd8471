"""prlocalize.rules.title_marks
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A title the source sets in quotation marks or title brackets ('"Arcadia of the Ages"',
'『星霜のアルカディア』', '《별빛 연대기》': a game's, a film's, a book's) that a Japanese or
Korean translation writes bare ('星霜のアルカディアのレーティング'), for PR401: those
languages mark a work's title wherever it stands, so the marks lost read as the words of
the sentence, and the publisher's styling of its title is gone.

The source must enclose the glossary form itself, mark against mark ('"…"', not a quote
that opens with it); in the translation the form counts as marked inside any open pair
('『星霜のアルカディア 限定版』'), of whatever kind (a Korean translation's 《…》 for the
English '"…"'). English translations are not judged: English often writes a title bare
or in italics a catalog cannot show. Nor are a Japanese source's corner brackets
('「ルミエ」', '「カルダ」'): Japanese sets off every product, service and campaign name in
them, which a Korean translation writes bare ('루미에·칼다 리콜'); its 『』 marks a work.
"""

from __future__ import annotations

from collections.abc import Iterable

# opening marks and the closing mark of each; a straight quote is both
_PAIRS = {
    "「": "」", "『": "』", "《": "》", "〈": "〉", "【": "】", "“": "”", "‘": "’",
    "«": "»", "<": ">", "＜": "＞", "≪": "≫", '"': '"', "'": "'", "＂": "＂",
}  # fmt: skip
_CLOSING = frozenset(_PAIRS.values())
_SIGNS = "®™℠"
_JUDGED = frozenset({"ja", "ko"})
# marks a source in this language sets round any name, not a work's title alone
_NAME_MARKS = {"ja": frozenset("「")}


def marks_lost(
    source: str,
    start: int,
    end: int,
    target: str,
    forms: Iterable[str],
    target_lang: str,
    source_lang: str = "",
) -> str | None:
    """The form ``target`` writes bare where ``source`` encloses its ``[start, end)`` in
    marks, else None (a form written marked anywhere in ``target`` keeps them)."""
    if target_lang not in _JUDGED or not _enclosed(source, start, end):
        return None
    if source[start - 1] in _NAME_MARKS.get(source_lang, ()):
        return None
    bare = None
    for form in forms:
        at = target.find(form)
        while at != -1:
            if _inside_marks(target, at, at + len(form)):
                return None
            bare = bare or form
            at = target.find(form, at + 1)
    return bare


def _enclosed(text: str, start: int, end: int) -> bool:
    """Whether a mark stands right before ``[start, end)`` and its closing mark right
    after (a brand's sign between: '"Arcadia®"')."""
    while end < len(text) and text[end] in _SIGNS:
        end += 1
    if start == 0 or end >= len(text):
        return False
    closing = _PAIRS.get(text[start - 1])
    return closing is not None and text[end] == closing


def _inside_marks(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` stands inside a pair of marks: an opening mark before it
    not closed before it, and its closing mark after it."""
    for opening, closing in _PAIRS.items():
        before = text[:start]
        if opening == closing:
            # a straight quote: inside when an odd number stand before it
            if before.count(opening) % 2 == 1 and closing in text[end:]:
                return True
            continue
        if before.rfind(opening) > before.rfind(closing) and closing in text[end:]:
            return True
    return False
