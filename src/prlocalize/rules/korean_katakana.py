"""prlocalize.rules.korean_katakana
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean person the glossary writes in kanji in Japanese ('金大賢', beside the Korean
'김대현'), written in katakana elsewhere in the same Japanese release ('キム・デヒョン'),
for PR105: one person written two ways. Japanese media write a Korean name either way,
and a release should keep to one; the sheet's is kept.

The katakana is read from the glossary's Hangul, syllable by syllable, as Japanese
transcribes Korean (김 キム, 대 デ, 현 ヒョン), and compared with what Japanese writes
with the differences a transcription makes folded away: voiced or not (デ, テ; ジ, チ),
the middle dot, the long-vowel mark and the small ッ. Korean writes a Korean name as
one word ('김대현') and a Japanese one in two ('다카다 게이코'), whose Hangul is itself
a transcription: only the first are read. Only where the release also writes the
approved form (alone, katakana may be the house style, and the sheet can list it as a
variant), and not a reading in brackets right after the name ('金大賢（キム・デヒョン）').
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Entry, Kind
from prlocalize.hangul import katakana_key, katakana_of_korean
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments, term_matches

_KOREAN_NAME = lazy_compile("[\uac00-\ud7a3]{2,4}")
_HAN = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KATAKANA_RUN = lazy_compile("[\u30a1-\u30fa\u30fc・･＝]+")


@dataclass(frozen=True)
class KatakanaReading:
    segment: Segment
    start: int
    end: int
    written: str  # 'キム・デヒョン'
    approved: str  # '金大賢'


def _korean_in_kanji(entry: Entry) -> tuple[str, str, str] | None:
    """(approved Japanese form, katakana key, key with finals carried over) of a Korean
    person the glossary writes in kanji, read from the Korean form of one word ('김대현')."""
    if entry.kind is not Kind.PERSON:
        return None
    ja, ko = entry.term("ja"), entry.term("ko")
    if ja is None or ko is None or not ja.text or not _HAN.search(ja.text):
        return None
    if _KOREAN_NAME.fullmatch(ko.text) is None:
        return None
    return ja.text, katakana_of_korean(ko.text), katakana_of_korean(ko.text, linked=True)


def katakana_readings(ctx: CheckContext) -> Iterator[KatakanaReading]:
    """The Korean persons of the glossary written in katakana in a Japanese release that
    also writes them in the glossary's kanji."""
    if ctx.matcher is None or language(ctx.document.lang) != "ja":
        return
    segments = prose_segments(ctx)
    wanted: dict[str, str] = {}  # key → approved form
    known: set[str] = set()  # katakana the glossary lists for the person: its own forms
    for _block, segment in segments:
        for m in term_matches(ctx, segment):
            if m.kind is not FormKind.APPROVED or m.approved is None:
                continue
            read = _korean_in_kanji(m.entry)
            if read is not None:
                wanted[read[1]] = wanted[read[2]] = read[0]
                term = m.entry.term("ja")
                known.update(term.accepted if term is not None else ())
    if not wanted:
        return
    for _block, segment in segments:
        text = segment.plain
        for run in _KATAKANA_RUN.finditer(text):
            written = run.group().strip("・･＝")
            start = run.start() + run.group().index(written) if written else run.start()
            approved = wanted.get(katakana_key(written)) if len(written) >= 2 else None
            if approved is None or written in known:
                continue
            if _reading_of(text, start, approved):
                continue  # '金大賢（キム・デヒョン）': the name's reading
            yield KatakanaReading(segment, start, start + len(written), written, approved)


def _reading_of(text: str, start: int, approved: str) -> bool:
    """Whether the katakana at ``start`` opens a bracket right after ``approved``."""
    before = text[:start].rstrip(" \u3000")
    if not before or before[-1] not in "（(":
        return False
    return before[:-1].rstrip(" \u3000").replace(" ", "").endswith(approved.replace(" ", ""))
