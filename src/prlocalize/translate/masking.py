"""prlocalize.translate.masking
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Protect glossary terms from machine translation. Every glossary match in a
segment is replaced by a placeholder the engine keeps (an empty XML element,
which DeepL's and most engines' tag handling leave alone), and afterwards by the
approved target form. A do-not-translate term comes back exactly as written; a
person with no approved form in the target locale is kept as written and flagged.
A placeholder that the engine lost or duplicated makes the result unusable, and so does
one it glossed with the term again in brackets. In
Korean, the particle after a term put back is made to fit it ('김민준은', not the
'는' the engine chose for a placeholder); in English, the article before it ('an Aoba
Robotics plant', not 'a').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prlocalize.articles import fix_articles
from prlocalize.glossary.homographs import homograph
from prlocalize.glossary.model import Kind
from prlocalize.hangul import fix_particles
from prlocalize.locales import language
from prlocalize.scripts import Script, is_cjk, script_of

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch

# tolerant of what engines do to a tag they keep: spacing inside it (`< x id = "1" / >`),
# its quotes made typographic or full-width (`id=“1”`, `id＝＂1＂`), its brackets made
# full-width (`＜x id="1"/＞`), its case changed, or it written as an element that opens
# (`<x id="1">`) and perhaps closes at once (`<x id="1"></x>`)
_QUOTE = "[\"'“”„‟‘’‚＂＇«»]"
_PLACEHOLDER = re.compile(
    rf"[<＜]\s*x\s+id\s*[=＝]\s*{_QUOTE}?\s*(\d+)\s*{_QUOTE}?\s*/?\s*[>＞]"
    r"(?:\s*[<＜]\s*/\s*x\s*[>＞])?",
    re.IGNORECASE,
)
# a tag an answer holds: one its source does not is the engine's, never text to publish.
# The placeholder's element in any brackets, or markup that can be nothing else (a
# closing tag, an empty element, attributes): '<Reference>' may be a heading's brackets
# ('＜ご参考＞' in English)
_TAG = re.compile(
    r"[<＜]\s*/?\s*x(?![A-Za-z])[^<>＜＞]{0,80}[>＞]"
    r"|<\s*/\s*[A-Za-z][\w:-]*\s*>|<\s*[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=[^<>]{0,80})?\s*/\s*>"
    r"|<\s*[A-Za-z][\w:-]*\s+[\w:-]+\s*=[^<>]{0,80}>",
    re.IGNORECASE,
)


def placeholder(index: int) -> str:
    return f'<x id="{index}"/>'


class PlaceholderMismatch(ValueError):
    """The engine lost, duplicated or invented a placeholder."""

    def __init__(self, lost: Sequence[int], duplicated: Sequence[int], unknown: Sequence[int]):
        self.lost = tuple(lost)
        self.duplicated = tuple(duplicated)
        self.unknown = tuple(unknown)
        parts = []
        if lost:
            parts.append(f"lost {_ids(lost)}")
        if duplicated:
            parts.append(f"duplicated {_ids(duplicated)}")
        if unknown:
            parts.append(f"invented {_ids(unknown)}")
        super().__init__("protected term placeholder " + ", ".join(parts))


class StrayMarkup(ValueError):
    """The engine's answer holds a tag its source does not (a placeholder it wrapped
    words in, one it mangled past reading, one it made up)."""

    def __init__(self, tags: Sequence[str]) -> None:
        self.tags = tuple(tags)
        super().__init__("markup the source does not have: " + ", ".join(self.tags))


class GlossedTerm(ValueError):
    """The engine wrote a protected term again in brackets after its placeholder (the
    approved form or the source's: '<x id="0"/>（Hollis Water）'), which the source has not."""

    def __init__(self, gloss: str) -> None:
        self.gloss = gloss
        super().__init__(f"the answer repeats a protected term in brackets: '{gloss}'")


def _ids(ids: Sequence[int]) -> str:
    return ", ".join(placeholder(i) for i in ids)


@dataclass(frozen=True, slots=True)
class Slot:
    """One protected term: what the source said and what the target must say."""

    source: str
    target: str
    entry_id: str
    flagged: bool = False  # a person kept as written: a translator must supply the name
    verbatim: bool = False  # a site template's output ('{{ page.title }}'): no word at all


@dataclass(frozen=True, slots=True)
class Masked:
    text: str  # what is sent to the engine
    slots: tuple[Slot, ...]
    target: str = ""  # the locale the engine translates into

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(
            f"no approved form for '{slot.source}' ({slot.entry_id}); kept as written"
            for slot in self.slots
            if slot.flagged
        )


def protected_form(match: TermMatch, target: str) -> Slot | None:
    """The target form a match must come back as, or None when it may be translated."""
    entry = match.entry
    if entry.dnt:
        return Slot(match.text, match.text, entry.id)
    if entry.kind is Kind.TITLE and homograph(match.text):
        return None  # '글로벌 시장' is a market: the engine tells a mayor from it, check follows
    approved = entry.approved(target)
    if approved:
        return Slot(match.text, approved, entry.id)
    if entry.kind is Kind.PERSON:
        return Slot(match.text, match.text, entry.id, flagged=True)
    return None


def mask_terms(
    text: str,
    matches: Sequence[TermMatch],
    target: str,
    verbatim: Sequence[tuple[int, int]] = (),
) -> Masked:
    """Replace each protectable match (sorted, non-overlapping) by a placeholder, and
    each ``verbatim`` span (a site template's output, sorted) by one that comes back as
    it was written."""
    spans: list[tuple[int, int, Slot | None]] = [
        (match.start, match.end, protected_form(match, target)) for match in matches
    ]
    if verbatim:
        kept: list[tuple[int, int, Slot | None]] = [
            (s, e, Slot(text[s:e], text[s:e], "", verbatim=True)) for s, e in verbatim
        ]
        spans = sorted(spans + kept, key=lambda span: span[0])
    out: list[str] = []
    slots: list[Slot] = []
    pos = 0
    for start, end, slot in spans:
        if slot is None or start < pos:
            continue
        out.append(text[pos:start])
        out.append(placeholder(len(slots)))
        slots.append(slot)
        pos = end
    out.append(text[pos:])
    return Masked("".join(out), tuple(slots), target)


def unmask(text: str, masked: Masked) -> str:
    """Put the approved target forms back; raise PlaceholderMismatch when ids do not add
    up, StrayMarkup when a tag is left that the source does not have."""
    seen = Counter(int(m.group(1)) for m in _PLACEHOLDER.finditer(text))
    expected = range(len(masked.slots))
    lost = [i for i in expected if seen[i] == 0]
    if lost:
        text, lost = _spelled_out(text, masked, lost)
    duplicated = [i for i in expected if seen[i] > 1]
    unknown = sorted(i for i in seen if i >= len(masked.slots))
    if lost or duplicated or unknown:
        raise PlaceholderMismatch(lost, duplicated, unknown)
    _refuse_glosses(text, masked)
    out: list[str] = []
    ends: list[tuple[str, int]] = []  # each form put back, and where it ends in the result
    size = pos = 0
    unspaced = language(masked.target) in _UNSPACED
    for m in _PLACEHOLDER.finditer(text):
        slot = masked.slots[int(m.group(1))]
        form = slot.target
        before = text[pos : m.start()]
        if unspaced:
            # the engine spaced a tag as a word: '<x id="0"/> は' must be '花水飲料は'
            before = _unspace(before, ends[-1][0] if ends else "", form)
        out += (before, form)
        size += len(before) + len(form)
        if not slot.verbatim:  # (a template's value is unknown: no particle, no article)
            ends.append((form, size))
        pos = m.end()
    rest = text[pos:]
    out.append(_unspace(rest, ends[-1][0] if ends else "", "") if unspaced else rest)
    result = "".join(out)
    _refuse_stray_markup(result, masked)
    if language(masked.target) == "ko":
        # the engine chose the particle after each placeholder without knowing the name
        # behind it: '<x id="0"/>는' must become '김민준은'
        result = fix_particles(result, ends)
    elif language(masked.target) == "en":
        # and the article before it: 'a <x id="0"/>' must become 'an Aoba Robotics'
        result = fix_articles(result, [(form, end - len(form)) for form, end in ends])
    return result


# brackets right after a placeholder, and what they hold
_GLOSS = re.compile(r"[ \t]*[(（]([^()（）]{1,80})[)）]")


def _refuse_glosses(text: str, masked: Masked) -> None:
    """Raise GlossedTerm where a placeholder is followed by brackets holding its term (the
    approved form or the source's) and the source has no brackets after it."""
    for m in _PLACEHOLDER.finditer(text):
        gloss = _GLOSS.match(text, m.end())
        if gloss is None:
            continue
        slot = masked.slots[int(m.group(1))]
        said = gloss.group(1).strip().casefold()
        if said not in {slot.target.casefold(), slot.source.casefold()}:
            continue
        mark = placeholder(int(m.group(1)))
        after = masked.text.find(mark)
        if after < 0 or _GLOSS.match(masked.text, after + len(mark)) is None:
            raise GlossedTerm(gloss.group().strip())


def _spelled_out(text: str, masked: Masked, lost: list[int]) -> tuple[str, list[int]]:
    """``text`` with a placeholder put back where the engine wrote the term's approved
    form in its place (a chat model is told each tag's form, and often writes it), and
    the placeholders still lost. A form is taken only where the answer holds it exactly
    as often as it lost its tags, as a whole word: else which is the term is not known."""
    wanted = Counter(masked.slots[i].target for i in lost)
    still: list[int] = []
    for form, count in wanted.items():
        ids = [i for i in lost if masked.slots[i].target == form]
        spans = _form_spans(text, form) if form.strip() else []
        if len(spans) != count:
            still += ids
            continue
        for i, (start, end) in sorted(zip(ids, spans, strict=True), key=lambda p: -p[1][0]):
            text = text[:start] + placeholder(i) + text[end:]
    return text, sorted(still)


def _form_spans(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands in ``text`` outside placeholders, as a whole word where it
    begins or ends with a letter of a spaced script ('Minori Foods', not 'Minori Foodservice')."""
    tags = [m.span() for m in _PLACEHOLDER.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        inside = any(s <= start < e for s, e in tags)
        glued = (_word_char(form[0]) and start > 0 and _word_char(text[start - 1])) or (
            _word_char(form[-1]) and end < len(text) and _word_char(text[end])
        )
        if not inside and not glued:
            spans.append((start, end))
        start = text.find(form, end)
    return spans


def _word_char(char: str) -> bool:
    """A letter or digit of a script that spaces its words (a CJK letter binds to none)."""
    return char.isalnum() and not _cjk(char)


_UNSPACED = frozenset({"ja", "zh"})  # languages that write no space between words


def _cjk(char: str) -> bool:
    return is_cjk(script_of(char)) or _cjk_punctuation(char)


def _cjk_punctuation(char: str) -> bool:
    return "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff0f"


def _binds(char: str) -> bool:
    """A particle's kana or a CJK punctuation mark: what follows or precedes a noun with
    no space ('鳥取に', '、鳥取'); a space between two nouns may be meant ('社長 森遥')."""
    return script_of(char) is Script.HIRAGANA or _cjk_punctuation(char)


def _unspace(chunk: str, previous: str, following: str) -> str:
    """``chunk``, the text between the form put back before it (``previous``, '' for
    none) and the one after it (``following``), without the spaces the engine set between
    a CJK form and the kana or punctuation beside it."""
    if chunk.strip(" "):
        if previous and chunk[0] == " " and _cjk(previous[-1]):
            stripped = chunk.lstrip(" ")
            chunk = stripped if _binds(stripped[0]) else chunk
        if following and chunk[-1] == " " and _cjk(following[0]):
            stripped = chunk.rstrip(" ")
            chunk = stripped if _binds(stripped[-1]) else chunk
    return chunk  # a space between two names may part them ('森遥 田中一郎'): kept


def _refuse_stray_markup(result: str, masked: Masked) -> None:
    if "<" not in result and "＜" not in result:
        return
    source = Counter(_tag_key(m.group()) for m in _TAG.finditer(_PLACEHOLDER.sub("", masked.text)))
    stray: list[str] = []
    for m in _TAG.finditer(result):
        key = _tag_key(m.group())
        if source[key] > 0:
            source[key] -= 1
        else:
            stray.append(m.group())
    if stray:
        raise StrayMarkup(stray)


def _tag_key(tag: str) -> str:
    return re.sub(r"\s+", "", tag).casefold().replace("＜", "<").replace("＞", ">")
