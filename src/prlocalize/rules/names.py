"""prlocalize.rules.names
~~~~~~~~~~~~~~~~~~~~~~

PR1xx: names and terms in the source, checked against the glossary. Every rule
is generic: the glossary's entries are data, and no rule names a term.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import ClassVar

from prlocalize.catalog.collaborations import Collaboration, collaborations, turned
from prlocalize.document import Block, Segment
from prlocalize.findings import Finding, Severity
from prlocalize.glossary.matcher import (
    FormKind,
    TermMatch,
    TermMatcher,
    legal_form_punctuations,
)
from prlocalize.glossary.model import (
    Glossary,
    Kind,
    misplaced_legal_form,
    misplaced_legal_forms,
    name_words,
    other_legal_forms,
)
from prlocalize.hangul import WORD_END_SYLLABLES, is_syllable, jamo
from prlocalize.invisible import has_ignorable, without_ignorable
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext, FixAvailability, Rule
from prlocalize.rules.capitalised_family import (
    Written,
    capitalised_family_index,
    in_results,
    outnumbered,
)
from prlocalize.rules.compounds import compound_index, differs_only_in_separators, owns
from prlocalize.rules.consistency import (
    Occurrence,
    entity_occurrences,
    is_short_form,
    legal_form_conflicts,
    number_key,
    open_compound_conflicts,
)
from prlocalize.rules.edition_numbers import edition_conflicts
from prlocalize.rules.former_names import cites_former_name, names_the_change
from prlocalize.rules.glued_titles import glued_title_index
from prlocalize.rules.hangul_term_slips import hangul_term_slip_index
from prlocalize.rules.hangul_title_slips import hangul_title_slip_index
from prlocalize.rules.japanese_short_titles import japanese_short_title_index
from prlocalize.rules.japanese_term_slips import japanese_term_slip_index
from prlocalize.rules.kana_forms import KanaFormIndex, kana_form_index
from prlocalize.rules.kana_lookalikes import lookalike_slips, may_hold_lookalikes
from prlocalize.rules.kanji_names import (
    JA_TITLES_AFTER_NAME,
    KanjiNameIndex,
    Slip,
    hangul_name_index,
    kanji_name_index,
    katakana_name_index,
)
from prlocalize.rules.kanji_variants import kanji_variant_index
from prlocalize.rules.korean_katakana import KatakanaReading, katakana_readings
from prlocalize.rules.korean_rank_titles import korean_rank_slips
from prlocalize.rules.korean_spacing import joined_korean_names, spaced_korean_names
from prlocalize.rules.latin_glosses import gloss_slips
from prlocalize.rules.latin_rank_titles import latin_rank_slips
from prlocalize.rules.name_case import (
    camel_word_index,
    latin_name_case_index,
    latin_word_case_index,
    name_case_index,
)
from prlocalize.rules.name_order import RosterName, korean_name, reversed_names, rosters
from prlocalize.rules.name_readings import ReadingIndex, reading_index
from prlocalize.rules.name_slips import (
    KO_PARTICLE_END,
    NameSlipIndex,
    name_slip_index,
)
from prlocalize.rules.nearmiss import (
    LATIN_WORD,
    MIN_WORD,
    TOKEN_RE,
    NearMissIndex,
    TermNearMissIndex,
    near_miss_index,
    term_near_miss_index,
    typed_slip,
    vowel_added,
)
from prlocalize.rules.org_homophones import org_homophone_index
from prlocalize.rules.other_locale import other_locale_forms, prepare_other_locales
from prlocalize.rules.place_generics import GenericConflict, generic_conflicts
from prlocalize.rules.prefecture_slips import GATE as GATE_PREFECTURE
from prlocalize.rules.prefecture_slips import prefecture_slips
from prlocalize.rules.rank_titles import rank_slips
from prlocalize.rules.romaji_names import romaji_name_index
from prlocalize.rules.stylised_names import stylised_case_index
from prlocalize.rules.support import (
    covered,
    inside,
    prose_matches,
    prose_segments,
    protected_spans,
    report,
    tag_spans,
    term_matches,
)
from prlocalize.rules.titled_names import glued_korean_parts, korean_name_parts, titled_slip
from prlocalize.rules.trademark_signs import bare_first_mentions, marked_brands, other_signs
from prlocalize.rules.translated_glued_names import glued_korean_names
from prlocalize.rules.typography import typed_for_long_mark
from prlocalize.spaced_names import ClosedUp, closed_up, spaced_like

# A Latin word of 6+ letters, a katakana run of 6+ or a Hangul run of 5+, not part of a
# longer run. The pattern opens with one character class (then decides the script and
# looks behind that first letter), so the regex engine skips to candidate letters in C
# instead of trying three look-behinds at every position.
_TEXT_WORD = lazy_compile(
    r"[A-Za-z\u30a1-\u30fa\u30fc\uac00-\ud7a3](?:"
    r"(?<=[A-Za-z])(?<![A-Za-z\u00c0-\u024f].)[A-Za-z]{5,}(?![A-Za-z\u00c0-\u024f])"
    r"|(?<=[\u30a1-\u30fa\u30fc])(?<![\u30a1-\u30fa\u30fc].)[\u30a1-\u30fa\u30fc]{5,}"
    r"(?![\u30a1-\u30fa\u30fc])"
    r"|(?<=[\uac00-\ud7a3])(?<![\uac00-\ud7a3].)[\uac00-\ud7a3]{4,}(?![\uac00-\ud7a3])"
    r")"
)

# a letter that makes _TEXT_WORD's words differ from the runs of ASCII letters (of 6 or more):
# a katakana or Hangul letter, or a Latin letter with a diacritic (which no word spans)
_OTHER_WORD_LETTER = lazy_compile(r"[\u00c0-\u024f\u30a1-\u30fa\u30fc\uac00-\ud7a3]")


def _neighbours(text: str, start: int, end: int) -> set[str]:
    """The case-folded words right before and after ``text[start:end]``."""
    before = TOKEN_RE.findall(text[max(0, start - 40) : start])
    after = TOKEN_RE.findall(text[end : end + 40])
    return {w.casefold() for w in (before[-1:] + after[:1])}


_WORD_BEFORE = lazy_compile(r"(?<![A-Za-z])[A-Z][A-Za-z]+ $")
_WORD_AFTER = lazy_compile(r" ([A-Z][A-Za-z-]*)")


def _ends_another_name(
    text: str, start: int, end: int, known: frozenset[str], matches: Sequence[TermMatch]
) -> bool:
    """Whether the word at ``text[start:end]``, a near miss of a title's word, ends a
    proper name the glossary does not hold: after a capitalised word inside the sentence
    that is no glossary word ('visited York Minster', 'the choir of Beverley Minster'
    beside the title 'Minister'), and not before a glossary name ('Foreign Minster Choi'
    is a title)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group().strip().casefold() in known:
        return False
    # a capital that opens the sentence says nothing ('The Presdient spoke')
    opening = text[: before.start()].rstrip()[-1:]
    if not (opening.isalnum() or opening == ","):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or all(m.start != after.start(1) for m in matches)


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is set in capitals, as wire releases set headlines ('HANBIT
    NAMES DANIEL R. WHITFIELD CHIEF EXECUTIVE'): hardly a lower-case letter in it."""
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    return upper >= 12 and lower * 10 <= upper


class GluedName(Rule):
    """A glossary person's name written without the space between its parts.

    Why is this bad?
        'MikioKato' is not a name anyone searches for; it breaks name recognition,
        sorting and the glossary lookups translators rely on. The glued form follows
        from the approved form alone, so a glossary without name-part columns
        (``en,ja,ko,kind``, or a TBX export) is enough; a hyphenated given name run
        together with one capital ('Minjunlee', 'Leeminjun' for 'Lee Min-jun', as a
        user name or a slug capitalised writes it) is glued too. So is a Korean name written in
        one word with the title after it ('정하린대표는', '이재원장관은', a rank's number
        in the title or not: '황도연제1차관은'): Korean spelling
        sets a title apart from a name ('정하린 대표는'), as releases do, while a particle
        or '님' stays on it ('정하린님'; on a title, the title's: '정하린대표님과' is
        glued); Japanese writes the title on the name ('チョン・ハリン代表').
        A name run into the glossary organisation, place or title after it ('서재원해양수산부
        차관', '이도현한빛시장은' for '이도현 한빛시장은', '이서연세움반도체 최고재무책임자는')
        is glued the same way.
        A foreign name in Hangul glued ('가토미키오', '히로아키우에노' for the glossary's
        '가토 미키오', '히로아키 우에노') counts too: Korean spelling writes it apart, as
        the name is in its own language; a Korean name is written in one word. So
        is one part of such a name, of two syllables or more, in one word with the
        title after it ('노바크대통령은', '다카하타교수는'), where the release names the
        person in full. A foreign name the glossary writes in katakana with a middle
        dot or an equals sign ('ルーカス・ベルナー', 'パク・ソヨン') written without it
        is glued too: Japanese never runs it together (a Japanese name in kanji without
        its space is the usual writing); not inside a longer katakana word.
        A title in Latin letters run into the glossary person's name
        after it ('MinisterAoyagi', 'Vice-MinisterIshiguro', 'ChairmanGo') is glued too:
        a glossary title's last word, or an honorific or title English sets before a
        name ('Mr', 'Prof', 'President'); a camel-cased brand, a handle or an address
        is spelt so on purpose.

    Example:
        MikioKato, Group Manager, Open Innovation Group

    Use instead:
        Mikio Kato, Group Manager, Open Innovation Group

    Fix safety:
        Safe: the approved form says where the spaces go.
    """

    code: ClassVar[str] = "PR101"
    name: ClassVar[str] = "glued-name"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if language(ctx.document.lang) == "ko" and ctx.glossary is not None:
            yield from self._korean_titles_glued(ctx, name_slip_index(ctx.glossary, "ko"))
        if ctx.glossary is not None:
            yield from self._latin_titles_glued(ctx)
        for _block, segment in prose_segments(ctx):
            for m in prose_matches(ctx, segment, FormKind.GLUED):
                if segment.plain[m.start - 1 : m.start] in {"@", "#"}:
                    continue  # '@MikioKato', '#MikioKato': a handle is spelt so
                if _inside_katakana_word(segment.plain, m.start, m.end):
                    continue  # 'イソヨン' of 'イ・ソヨン' inside a longer katakana word
                spaced = _spaced_name(m)
                if spaced is None:
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start,
                    m.end,
                    f"Glued name '{m.text}'",
                    suggestion=spaced,
                    replacement=spaced,
                    fix_title=f"Insert a space: '{spaced}'"
                    if spaced.replace(" ", "") == m.text
                    else f"Write the name as the glossary does: '{spaced}'",
                    safe=True,
                )

    def _latin_titles_glued(self, ctx: CheckContext) -> Iterator[Finding]:
        """A title in Latin letters run into the glossary person's name after it
        ('MinisterAoyagi', 'ChairmanGo'), outside addresses and glossary forms."""
        if ctx.glossary is None:
            return
        index = glued_title_index(ctx.glossary)
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            found = list(index.glued(text))
            if not found:
                continue
            spans = protected_spans(segment) + tag_spans(text)
            # a glossary form that holds the glued letters ('PresidentChoice', a brand)
            spans += [(m.start, m.end) for m in term_matches(ctx, segment)]
            for glued in found:
                if inside(glued.start, glued.end, spans):
                    continue
                spaced = f"{glued.title} {glued.name}"
                yield report(
                    self,
                    ctx,
                    segment,
                    glued.start,
                    glued.end,
                    f"Name '{glued.name}' glued to its title '{glued.title}'",
                    suggestion=spaced,
                    replacement=spaced,
                    fix_title=f"Insert a space: '{spaced}'",
                    safe=True,
                )

    def _korean_titles_glued(self, ctx: CheckContext, index: NameSlipIndex) -> Iterator[Finding]:
        """A Korean name and its title written as one word ('정하린대표는'): Korean
        spelling sets a title after a name apart ('정하린 대표는'), as releases do. So
        is a name run into the glossary organisation, place or title after it
        ('서재원해양수산부 차관', '이도현한빛시장은', '이서연세움반도체 최고재무책임자는'), and
        one part of a foreign name with its title ('노바크대통령은'), where the release names
        the person in full."""
        parts = korean_name_parts(ctx.glossary)
        release: str | None = None
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            matches = term_matches(ctx, segment)
            taken: list[tuple[int, int]] = []  # the glued names reported, with their titles
            # an organisation or a place: '서재원해양수산부 차관', '이도현한빛시장은'
            for glued in glued_korean_names(text, matches, index):
                taken.append((glued.start, glued.end))
                yield report(
                    self,
                    ctx,
                    segment,
                    glued.start,
                    glued.end,
                    f"Name '{glued.name.text}' glued to {glued.what} '{glued.other}'",
                    suggestion=glued.spaced,
                    replacement=glued.spaced,
                    fix_title=f"Insert a space: '{glued.spaced}'",
                    safe=True,
                )
            # one part of a foreign name with its title: '노바크대통령은', '다카하타교수는'
            for start, end in glued_korean_parts(text, parts) if parts else ():
                title = index.glued_title(text, end)
                if title is None or any(s <= start < e for s, e in taken):
                    continue
                if release is None:
                    release = "\n".join(seg.plain for _b, seg in prose_segments(ctx))
                if not any(form in release for form in parts[text[start:end]]):
                    continue  # the release never names the person in full
                spaced = f"{text[start:end]} {title}"
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end + len(title),
                    f"Name '{text[start:end]}' glued to its title '{title}'",
                    suggestion=spaced,
                    replacement=spaced,
                    fix_title=f"Insert a space: '{spaced}'",
                    safe=True,
                )


_NAME_FORMS = frozenset({FormKind.APPROVED, FormKind.VARIANT})
_HANGUL_SYLLABLE = lazy_compile("[\uac00-\ud7a3]")


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Whether the katakana at [start, end) goes on into more katakana on either side."""
    kana = "\u30a1-\u30fa\u30fc"
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return bool(
        re.fullmatch(f"[{kana}]", text[start : start + 1])
        and (re.fullmatch(f"[{kana}]", before) or re.fullmatch(f"[{kana}]", after))
    )


def _spaced_name(m: TermMatch) -> str | None:
    """The spaced form of a glued name, in the order it was glued: the approved form,
    or its two parts the other way round ('TakizawaNobuyuki' → 'Takizawa Nobuyuki')."""
    term = m.entry.term(m.locale)
    if term is None or not term.text:
        return None
    # (hyphens aside: 'JiwonPark' is 'Ji-won Park' glued, and gets its hyphen back)
    # (a zero-width space where the space belongs still shows the name glued)
    written = without_ignorable(unicodedata.normalize("NFKC", m.text))
    glued = "".join(name_words(written)).casefold()
    glued = glued.replace("-", "")
    candidates = [term.text]
    if (parts := term.name_parts()) is not None:
        if parts[1].strip() and (parts[0] + parts[2]).casefold() == glued:
            return term.text  # a katakana name's middle dot ('マイケル・フォーゲル') put back
        candidates.append(f"{parts[2]} {parts[0]}")
    for spaced in candidates:
        if "".join(name_words(spaced)).casefold().replace("-", "") == glued:
            return " ".join(name_words(spaced))
    return None


_RUBY_REACH = 200  # characters before a block where its first ruby may open


class MisspelledTerm(Rule):
    """A near miss of a glossary term, title or name, or one written in the wrong character width.

    Why is this bad?
        'Minitster' for 'Minister' or 'アイパークインスティテュート' for the company's own
        'アイパークインスティチュート' misspells a name the reader knows; in a title or a
        company name it is an embarrassment and it escapes glossary checks downstream.
        Full-width or half-width forms ('ｉＰａｒｋ') are the same kind of defect, and so
        is a name written another way that sounds the same: a Japanese name in other
        kanji of the same reading ('森本健治' for '森本 健司', an input method's slip;
        also set out in a table's column, '森　本　健　治' or '辻　　康平'), a
        name in katakana spelt another way ('アイパークインスチチュート' for the company's
        'アイパークインスティチュート': ティ or チ, ヴ or ブ, with or without ー or ッ; also
        where a middle dot runs it into the country after it, 'トマシュ・ノバク・バルドリア
        共和国大統領'), or
        in Korean another transcription of a Japanese name ('모리모토 켄지' for '모리모토
        겐지', '아라카와 싱고' for '아라카와 신고', '마츠우라 준코' for '마쓰우라 준코',
        '츠바키' for the stage name '쓰바키') or of a Western name's closing k, t or p
        ('에바 노박' for '에바 노바크', and the other way round) or its 'l' between vowels
        ('아리아 바렌' for '아리아 발렌'), or in Latin letters another
        romanization ('Kenji Satoh', 'Satou' or 'Satō' for 'Kenji Sato'; 'Homma' for
        'Honma'; a Korean family name, 'Lee Jung-hoon' or 'Yi Jung-hoon' for 'Rhee
        Jung-hoon', 'Pak' for 'Park', where no name of the sheet writes that spelling
        beside that given name; a Korean given name in the Revised Romanization of the
        person's Hangul where the sheet keeps its own spelling, 'Kim Dae-hyeon' for 'Kim
        Dae-hyun', 김대현, beside the family name), or with another form of one of
        its kanji ('高橋一郎' for '髙橋 一郎', '山崎' for '山﨑': 異体字, which an input
        method does not offer first; a title typed with one: '舘長' for '館長'; a
        family name alone with a title or 'さん' after it, where the release names
        the person in full: '渡辺常務' beside '渡邉 純'); the
        glossary's family name and the given name's
        sound tell it from another person's name, and a romanization counts only beside
        another word of the name as the glossary writes it; a place of one word of five
        letters or more with its long vowels marked ('Kyūshū', 'Tôhoku' for 'Kyushu',
        'Tohoku') counts alone, as the house style the sheet decides, but not inside a
        quoted title or one in italics ('"Tōhoku: Roads North"', '*Tōhoku Diaries*').
        The family name in other
        kanji of the same reading ('辻元 博之' for '辻本 博之') counts where the given
        name is the glossary's as written and the release also names the person right.
        A word of a Japanese name in Latin letters with its last vowel dropped, beside
        another word of the name ('Hiroyuki Tsujimot'), is misspelt too: no Japanese
        word ends in a consonant but 'n'.
        So is a name in kanji given a reading its English form contradicts, in hiragana
        brackets after it or in ruby ('天野 恵子（てんの けいこ）', '<ruby>天海<rt>てんかい
        </rt></ruby>' for 'Keiko Amano', 'Haruki Amami'; a comma or a slash may part
        it from more about the person, as an obituary gives it: '（かねもと しげる、
        元社長）'): readers and the press take the
        reading from the release. A reading that sounds the same ('ほんま' for 'Homma')
        or reads one part of the name is right, not one with a sound voiced or
        unvoiced ('たいご' for 'Daigo'); a katakana bracket is often a role. A
        Japanese name's full-width marks typed half width ('タイド:レクイエム' for
        'タイド：レクイエム') are a width slip too, and a kanji typed as the katakana of
        its shape ('高村浩ニ' for '高村浩二', '田ロ' for '田口', '健ー' for '健一') a slip.
        A brand of one word one letter off is judged where it carries a trademark
        sign ('Zoravio®' for 'Zoravia'): its writer meant the registered brand. A
        name of one Latin word of six letters or more, capitalised, is judged alone
        for a slip no word is ('Hokaido', 'Kuthcan', 'Nisseko'), or for a vowel
        added inside a name in Hepburn ('Fukuoaka'; not one that lengthens the vowel
        before it, 'Touhoku'), not a letter changed ('Nakano' beside 'Nagano'). A word
        of a person's name alone after an honorific or a title ('said Prof. Takahta',
        'Mr. Matsdua'), or as an attribution's speaker, before or after a verb of
        saying ('Takamrua added', 'said Takamrua'), is judged for such a slip too,
        where the release names the person in full, unless both read as
        Japanese in Hepburn ('Mr. Onishi' beside 'Kenta Ohnishi' may be another person).
        A short Hangul word of a brand, term, place or company (three to five
        syllables) with one letter slipped is judged where the release also writes it
        right ('조라비야' beside '조라비아', '쓰루기 가나자워 FC'), not where the change
        makes an ending or a particle ('김해서' beside '김해시'); one whose consonant
        is made tense ('삿뽀로' for '삿포로', '후쿠오까' for '후쿠오카', the spelling the
        loanword orthography replaced) is judged written once too, as is a Japanese
        name's first sound made aspirated ('큐슈', '토야마' for '규슈', '도야마', two
        syllables or more, where the glossary's Latin form is voiceless there:
        'Kyushu'; not a Korean place, romanized lax: 'Jeonju') or ツ written 츠 or 쯔
        ('마츠야마' for '마쓰야마'). A Hangul word of a
        name of two words or more, beside the rest of the name as the glossary writes
        it, is judged written once too, in any syllable ('별이 내리는 향구' for the film
        '별이 내리는 항구', '미드나이트 카로셀'); so is a person's name of two words
        ('가가미 다이스키' for '가가미 다이스케', '잉그리드 솔헤임' for '잉그리드 솔하임';
        two neighbouring syllables, or their initials, typed in the other order:
        '기요사와 하투로' for '기요사와 하루토', '모리시타 레니아' for '모리시타 레이나'),
        where the release also writes it right (a relative may share the family name).
        A long Korean name of one word is judged alone ('중소벤쳐기업부' for '중소벤처기업부',
        a particle after it or not; a company's legal form beside it or not), where a
        syllable inside it changed, or its last syllable's vowel or final consonant alone
        ('한국해양과학기술윈' or '한국해양과학기술워' for '한국해양과학기술원'): Korean
        compounds differ from a name at their end ('중소벤처기업계'), or with a particle
        ('한국해양과학기술은'); so is one that opens with a place the glossary also holds
        ('청주국재공항' for '청주국제공항', beside '청주').
        A Korean title one letter slipped is judged where it stands as a title: after a
        glossary person's name, the company, store or title the glossary knows between
        them or not ('김민준 하늘플레이 프로듀셔는', '와타세 쇼타 대표이시 사장은', '이하은
        성수점 잠장은'), or right before the name ('프로듀셔 김민준'), a title that opens
        with a shorter one too ('문도현 차관부는' for '차관보', beside '차관'); not another title
        ('부시장' beside '부사장'), nor an office's administration ('박도현 시정 2년'),
        nor a two-syllable word bare before another ('모리사와 감동 데뷔골': a title
        there takes a particle), nor a word away from a name. So is one written on the
        place it heads, as a local office's is ('강태우 동구청정은' for '구청장').
        A short word of a person's name (four or five letters, a Korean name of three or
        four syllables) is judged beside the rest of the name (a middle initial between
        them or not: 'Margaret E. Holis'): two neighbouring letters
        swapped ('Kenij Sato', 'Mikio Kaot') always, and one letter changed, added or
        dropped ('Elana Marsh', '김민쥰' for '김민준') where the release also writes the
        name as the glossary does; without that it may be another person ('Yuka Sato'),
        as it may be where the change makes another name of its kind: a Japanese
        name in Hepburn ('Ohara' for 'Obara'), a Korean syllable names are made of
        ('박서현' for '박서연'). A Korean given name romanized with a hyphen is judged
        whole, beside the family name ('Park Seo-yoen', 'Choi Mni-ho'; 'Park Seo-yeob'
        where the release also writes 'Park Seo-yeon'), but not a change into other
        Korean syllables ('Min-hi' beside 'Min-ho'); a vowel spelt another way that
        makes the same syllables ('Tae-kyoung' beside 'Tae-kyung') is a slip. A Korean
        given name's two
        syllables typed in the other order ('박연서', 'Park Yeon-seo' for '박서연',
        'Park Seo-yeon') are a slip where the release also writes the name right.
        So is a person's name with the glossary's letters but other hyphens or spaces
        ('Kim Minjun' or 'Kim Min Jun' for 'Kim Min-jun', 'Oh Young-ju' for 'Oh
        Youngju'), or a middle initial without its stop ('Daniel R Whitfield'); not one
        in capitals or otherwise cased ('KIM MIN-JUN'). So is a katakana name with a
        space or a Latin dot for its middle dot ('チョン ウジン', 'チョン·ウジン' for
        'チョン・ウジン'), or a middle dot left out ('マリア・デラ・クルス'), or the
        equals sign Japanese writes for a hyphen in the name and the middle dot
        swapped ('ジャン・マルク・オベール' for 'ジャン＝マルク・オベール'), or with one
        kana slipped where the release also writes it as the glossary does
        ('ユ・ドンヒョソ' beside 'ユ・ドンヒョン': a look-alike kana, a voiced mark, a
        small kana typed large, a kana typed twice: 'ユ・ドンヒョンン';
        not 'ユ・ドンヒョク', another name; a name of one katakana word of three kana or
        more too, as a stage name: 'リリガ' beside 'リリカ'), and a Korean name with a
        space added where Korean writes a name with its title ('(장관 최 민호)', '최 민호
        장관은'); a family syllable alone is also a word ('이', '전') and
        a given name may be one, so '이 지원은' is left alone.
        A short word of an organisation, brand or place of two words or more is judged
        with the rest of the name, for a slip no word is ('Sakura Bnak', 'Sakura Bannk',
        'Japan Pst' for 'Sakura Bank', 'Japan Post'): not 'Tokyo has', 'New Work' or
        'North American', nor a legal form ('Canon Ink'). So is a word of an
        organisation's name with its plural 's' dropped, added or typed twice where
        the name goes on after it ('Kotobuki Rail System Corporation', 'Meridia Food
        Co., Ltd.', as a wire's SOURCE line or a contact block misspells it; 'Meridia
        Foodss' anywhere): a company keeps its registered name; the last word alone
        ('Meridia Food products') may be a word of the sentence. So does a law or a
        programme, a term the glossary writes as a proper name, every word capitalised
        ('Telecommunication Business Act' for the 'Telecommunications Business Act').
        In Japanese, a kana of an organisation's, brand's, place's, title's or term's
        katakana word ('星空システムス' for '星空システムズ', 'ネビユラデスク' for
        'ネビュラデスク': a voiced mark or a small kana; any kana in a word of six or
        more; a word of two or three kana only beside the rest of its name:
        'パシフィック・クラッシュ・リーク'), a kanji inside a title changed to one that no title has
        ('最高経営貴任者'), and a title's last kanji changed where no word ends so
        ('最高財務責任社'; not '製造産業局内' beside '製造産業局長'), a title's first
        kanji typed as another of its reading where the title is a word of its own
        ('準教授' for '准教授', '鑑督' for '監督'; not '標準教授法'), a short title
        written on a glossary person's name with a kanji after its first changed to one
        no title has, where the release also writes the title right ('青柳大巨は',
        '森部 慎吾病院張' for '大臣', '病院長'; not '青柳大輔さん', a given name), and an
        organisation's last kanji typed as another of its reading ('研究所' as '研究書',
        '協会' as '協界', a department's '広報室' as '広報質', an award's or festival's
        '大賞' as '大章' or '映画祭' as '映画際', a law's '事業法' as '事業方'; not
        '研究員' nor '工業界', other words), are slips, and so
        is one or two kanji inside an organisation's or a place's name of five kanji or
        more typed as others of the same sound ('北大坂大学' for '北大阪大学', '成田国債空港'
        for '成田国際空港'; also one that opens
        with another glossary name: '総務省統系局' for '総務省統計局') where the release
        also writes the name right;
        another word ('サンライト' beside 'サンライズ') or title ('代表取締役会長') is
        not. So is a company's, brand's or place's name with its kana in the other
        script ('ミナト電機' for 'みなと電機', 'ツクバ市' for 'つくば市': a name with kanji
        or Latin letters beside its kana; a name of kana alone is also a common word),
        and a katakana term with a hyphen, a minus, a dash or '一' typed for its long mark
        ('パワ－マックス' for 'パワーマックス'), where the typography check cannot say it;
        and one whose katakana word lost its last kana ('MHパワーソリューション' for
        'MHパワーソリューションズ'; not a final 'ー', a house style), where letters of
        another kind open the name and the release also writes it right.
        A name of two words or more with a word
        lower-cased ('Sakuragawa bank Ltd.', 'Nebula desk') is misspelt, where its first
        word keeps its capital (at a sentence's start, only where the release also
        writes the name as the glossary does); title case and capitals are a style.
        In a Japanese or Korean release, where a Latin word is a name and no word of
        the sentence, a name of one Latin word otherwise cased is misspelt too
        ('tempest選手' for the player 'Tempest', 'Kuroha' for the handle 'kuroha').
        A word of a brand or company cased inside ('AirLoop', 'eSlate') written with
        that case changed ('Airloop', 'the ESlate 11') is misspelt in any release, and
        so is one the glossary writes plain given a capital inside ('BioLumen' for
        'Biolumen'); capitals and the first letter raised where a sentence starts are
        a style, and inline code and addresses ('`datahub sync`', 'airloop.io') are
        spelt as a program reads them: no slip of any kind is looked for there.
        A brand or group name of one word styled all in capitals or all in lower case
        ('STELLAR*', '&WAVE', 'lumora') written in title case inside a sentence ('the
        group Stellar', '&Wave', 'Lumora') is misspelt: its case is the name. Without
        the name's symbols it is judged where the release also writes the name as the
        glossary does, and not beside another capitalised word ('the show "Music
        Wave"') nor alone in quotation marks (a song's title, 'the hit "Stellar"'); the
        English word ('a stellar year') stays silent.
        A title or term is judged as a whole, so a slip in any of its words is found
        even where it makes an English word ('Chef Executive Officer'), while prose
        that uses that word ('the chef said') is not, nor a word one letter from a word
        of a longer term ('cancel' beside 'non-small cell lung cancer'); in a word of
        twelve letters or more, two neighbouring letters dropped inside it are one slip
        ('Representive Director'). Left alone: a plural 's', 'men'
        for 'man', an agent noun's base word ('the Corporate Office'; not in a title
        set beside a glossary person's name, after it and a comma or before it: 'Emi
        Kuroda, Chief Scientific Office'), a slip in a word of
        one or two letters ('of'), in a title of one word, a change of its first or
        last letter (where English inflects), and a title's word slipped that ends
        another proper name, after a capitalised word inside the sentence that is no
        glossary word ('visited York Minster' beside 'Minister'; not 'Vice Minster',
        nor 'Foreign Minster' before a glossary name). A word in capitals is an
        acronym, compared with acronyms only, except in a headline set in capitals,
        where a word of a name is judged beside another word of it ('DANIEL R.
        WHITFEILD', 'KOREA MARTIME INSTITUTE') and a title's word is not judged. A
        company's legal form written one letter off beside its name ('株式会杜',
        '주시회사', 'Co., Ldt.'), or run on to it ('Hoshimi RoboticsK.K.'), is a slip
        too; a space or none before 株式会社 or 주식회사, capitals, a missing stop and
        another legal form are not. In a Japanese release, a prefecture written with one
        kanji slipped ('栃本県' for '栃木県', '崎玉県' for '埼玉県', '大坂府') is misspelt,
        glossary or not (the 47 are a closed list); a word one kanji off two of them is
        the one the release or the glossary writes right, else left alone, and a word a
        kanji runs into ('一都三県', '台湾新竹県') is another word. In a Korean or
        Japanese release, a name's Latin gloss in brackets ('하람뷰티(Haram Beuty)') one
        letter off the entry's English form (two in a long one) is misspelt too.

    Example:
        Hiroaki Ueno, Presdient, Japan Pharmaceutical Manufacturers Association

    Use instead:
        Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers Association

    Fix safety:
        Suggested for a near miss: one edit away is likely, not certain. Safe for a
        character-width variant of a glossary form, which differs in nothing else.
    """

    code: ClassVar[str] = "PR102"
    name: ClassVar[str] = "misspelled-term"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.SOMETIMES

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        if glossary:
            near_miss_index(glossary, lang)
            term_near_miss_index(glossary, lang)
            if lang.startswith("ja"):
                japanese_term_slip_index(glossary)
                kana_form_index(glossary)
                japanese_short_title_index(glossary)
                org_homophone_index(glossary)
                kanji_name_index(glossary)
                katakana_name_index(glossary)
                kanji_variant_index(glossary)
            if lang.startswith("ko"):
                hangul_name_index(glossary)
                hangul_term_slip_index(glossary)
                hangul_title_slip_index(glossary)
            if not lang.startswith(("ja", "ko")):
                romaji_name_index(glossary, lang)
                name_case_index(glossary, lang)
            name_slip_index(glossary, lang)
            camel_word_index(glossary)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        index = near_miss_index(ctx.glossary, ctx.document.lang) if ctx.glossary else None
        terms = term_near_miss_index(ctx.glossary, ctx.document.lang) if ctx.glossary else None
        segments = prose_segments(ctx)
        japanese = bool(ctx.glossary) and ctx.document.lang.startswith("ja")
        if ctx.glossary and ctx.document.lang.startswith(("ja", "ko")):
            yield from self._sound_slips(ctx, segments)
        suspicious: set[str] = set()
        if index or terms:
            index, suspicious = _any_near_miss(index, terms, segments)
            if not suspicious:
                terms = None
        katakana = katakana_name_index(ctx.glossary) if japanese else None
        japanese_terms = japanese_term_slip_index(ctx.glossary) if japanese else None
        kana_forms = kana_form_index(ctx.glossary) if japanese else None
        homophones = org_homophone_index(ctx.glossary) if japanese else None
        short_titles = japanese_short_title_index(ctx.glossary) if japanese else None
        variants = kanji_variant_index(ctx.glossary) if japanese else None
        readings = reading_index(ctx.glossary) if japanese and ctx.glossary else None
        ruby_read: set[str] = set()  # the blocks whose ruby was read
        prefectures = ctx.document.lang.startswith("ja")

        @functools.cache
        def elsewhere() -> str:
            # the release's text and the glossary's Japanese forms: made only where a word
            # is near two prefectures, not for every release that writes 県
            return "\n".join(
                [seg.plain for _b, seg in segments]
                + [e.approved("ja") or "" for e in ctx.glossary or ()]
            )

        latin = bool(ctx.glossary) and not ctx.document.lang.startswith(("ja", "ko"))
        romaji = romaji_name_index(ctx.glossary, ctx.document.lang) if latin else None
        cased = name_case_index(ctx.glossary, ctx.document.lang) if latin else None
        cjk = ctx.glossary is not None and ctx.document.lang.startswith(("ja", "ko"))
        latin_cased = (
            latin_word_case_index(ctx.glossary, language(ctx.document.lang)) if cjk else None
        )
        latin_names_cased = (
            latin_name_case_index(ctx.glossary, language(ctx.document.lang)) if cjk else None
        )
        short = name_slip_index(ctx.glossary, ctx.document.lang) if ctx.glossary else None
        camel = camel_word_index(ctx.glossary) if ctx.glossary else None
        stylised = stylised_case_index(ctx.glossary) if ctx.glossary else None
        korean = ctx.glossary and ctx.document.lang.startswith("ko")
        hangul_terms = hangul_term_slip_index(ctx.glossary) if korean else None
        hangul_titles = hangul_title_slip_index(ctx.glossary) if korean else None
        release = (
            "\n".join(segment.plain for _block, segment in segments)
            if short or hangul_terms or stylised
            else ""
        )
        for _block, segment in segments:
            matches = term_matches(ctx, segment)
            yield from self._width_variants(ctx, segment, matches)
            yield from self._legal_form_slips(ctx, segment)
            whole: list[tuple[int, int]] = []
            if terms:
                wholes = self._whole_terms(ctx, segment, terms, matches, suspicious)
                for finding, span in wholes:
                    whole.append(span)
                    yield finding
            # an address or inline code ('datahub sync', 'neocloud.io') is spelt as a program
            # reads it: no slip claims a word of it
            reported: list[tuple[int, int]] = protected_spans(segment)
            if index:
                yield from self._near_words(ctx, segment, index, matches, whole, reported)
            taken = [(m.start, m.end) for m in matches]
            if cjk and ctx.glossary:
                # a name's Latin gloss a letter off its English form ('(DALMORI Ceramid …)')
                glosses = gloss_slips(segment.plain, matches, ctx.glossary)
                for slip in _unclaimed(glosses, reported, whole):
                    reported.append((slip.start, slip.end))
                    what = f"Misspelled name '{slip.written}' glossing a name: the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
            if japanese:
                # a long vowel mark added after a name ending in katakana ('幕張メッセー')
                slips = _unclaimed(_long_mark_added(segment.plain, matches), reported, whole)
                yield from self._slips_of(ctx, segment, slips, "spelt another way than")
                if ctx.matcher is not None and may_hold_lookalikes(segment.plain):
                    # a kanji typed as the katakana of its shape ('高村浩ニ' for '高村浩二')
                    kana = lookalike_slips(segment.plain, ctx.matcher)
                    for slip in _unclaimed(kana, reported, whole):
                        reported.append((slip.start, slip.end))
                        what = f"Misspelled term '{slip.written}' (a katakana for a kanji):"
                        yield self._misspelt(ctx, segment, slip, what + " the glossary writes")
            if japanese_terms:
                # a kana or a title's kanji slipped in a term ('星空システムス', '最高経営貴任者')
                slips = _unclaimed(japanese_terms.slips(segment.plain), reported, whole)
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Misspelled term '{slip.written}': the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
            if prefectures and GATE_PREFECTURE.search(segment.plain):
                # a prefecture with a kanji slipped ('栃本県', '崎玉県'): a closed list
                found = prefecture_slips(segment.plain, elsewhere)
                for slip in _unclaimed(found, reported, whole):
                    reported.append((slip.start, slip.end))
                    what = f"Misspelled prefecture '{slip.written}': the prefecture is"
                    yield self._misspelt(ctx, segment, slip, what)
            if japanese_terms:
                # a katakana word's last kana dropped ('MHパワーソリューション'), where the
                # release also writes the name right (else it may be another company's)
                slips = _unclaimed(japanese_terms.dropped_endings(segment.plain), reported, whole)
                if slips and not release:
                    release = "\n".join(seg.plain for _b, seg in segments)
                for slip in slips:
                    if slip.approved[0] not in release:
                        continue
                    reported.append((slip.start, slip.end))
                    what = f"Misspelled term '{slip.written}': the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
            if kana_forms:
                # a name's kana in the other script ('ミナト電機'), a dash for its long mark
                yield from self._kana_slips(ctx, segment, kana_forms, reported, whole, taken)
            if short_titles:
                # a short title on a person's name with a kanji slipped ('青柳大巨は')
                if not release:
                    release = "\n".join(seg.plain for _b, seg in segments)
                slips = _unclaimed(
                    short_titles.slips(segment.plain, matches, release), reported, whole
                )
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Misspelled title '{slip.written}': the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
            if homophones:
                # a word inside an organisation's name typed as its homophone ('北大坂大学'),
                # where the release also writes the name right (else it may be another one)
                # (a glossary name inside the one misspelt is part of it: '総務省' of
                # '総務省統系局' for '総務省統計局')
                slips = [
                    s
                    for s in _unclaimed(homophones.slips(segment.plain), reported, whole)
                    if not any(
                        s.start < m.end
                        and m.start < s.end
                        and not (s.start <= m.start and m.end <= s.end and m.text in s.approved[0])
                        for m in matches
                    )
                ]
                if slips and not release:
                    release = "\n".join(seg.plain for _b, seg in segments)
                for slip in slips:
                    if slip.approved[0] not in release:
                        continue
                    reported.append((slip.start, slip.end))
                    yield self._misspelt(
                        ctx,
                        segment,
                        slip,
                        f"Name '{slip.written}' in other kanji of the same sound as",
                    )
            if readings:
                # a name's reading in brackets or ruby that the glossary's romanization
                # contradicts ('天野 恵子（てんの けいこ）' for 'Keiko Amano')
                yield from self._reading_slips(ctx, _block, segment, readings, ruby_read)
            if katakana:
                # a katakana name spelt another way, where no near miss was said of it
                slips = _unclaimed(katakana.slips(segment.plain), reported, whole)
                yield from self._slips_of(ctx, segment, slips, "spelt another way than")
            if variants:
                # a name with another form of one of its kanji ('高橋一郎' for '髙橋 一郎')
                # (a glossary name inside the one written otherwise is part of it: the
                # city '南崎市' of '南崎市立総合体育舘' for the shelter's '…体育館')
                slips = [
                    s
                    for s in _unclaimed(variants.slips(segment.plain), reported, whole)
                    if not _claimed_apart(s, matches)
                ]
                for slip in slips:
                    what = "Title" if variants.is_title(slip.approved) else "Name"
                    how = f"{what} '{slip.written}' written with another kanji than"
                    yield self._misspelt(ctx, segment, slip, how)
                # a family name alone so, with a title or an honorific ('西澤さん')
                if not release:
                    release = "\n".join(segment.plain for _block, segment in segments)
                slips = _unclaimed(
                    variants.family_slips(segment.plain, release), reported, whole, taken
                )
                for slip in slips:
                    how = f"Family name '{slip.written}' written with another kanji than"
                    yield self._misspelt(ctx, segment, slip, how)
            if cased:
                # a word of a name lower-cased ('Sakuragawa bank Ltd.')
                if not release:
                    release = "\n".join(segment.plain for _block, segment in segments)
                for slip in _unclaimed(cased.slips(segment.plain, release), reported, whole):
                    reported.append((slip.start, slip.end))
                    what = f"Name '{slip.written}' capitalised otherwise than"
                    yield self._misspelt(ctx, segment, slip, what)
            if latin_names_cased:
                # a Latin name of words in a Japanese or Korean release otherwise cased
                # ('KAZENE Leather loafer', 'Seoyoon Han Studio' for 'SEOYOON HAN STUDIO')
                # (a glossary name inside it, 'KAZENE' of 'KAZENE Leather loafer', is its part)
                slips = [
                    slip
                    for slip in _unclaimed(latin_names_cased.slips(segment.plain, ""), reported)
                    if _unclaimed([slip], _reaching_out(slip, whole, taken))
                ]
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Name '{slip.written}' capitalised otherwise than"
                    yield self._misspelt(ctx, segment, slip, what)
            if latin_cased:
                # a Latin name of one word in a Japanese or Korean release otherwise cased
                # ('tempest' for the player 'Tempest')
                slips = _unclaimed(latin_cased.slips(segment.plain), reported, whole, taken)
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Name '{slip.written}' capitalised otherwise than"
                    yield self._misspelt(ctx, segment, slip, what)
            if camel:
                # a brand's word cased inside written otherwise ('Airloop', 'the ESlate')
                slips = _unclaimed(camel.slips(segment.plain), reported, whole, taken)
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Name '{slip.written}' capitalised otherwise than"
                    yield self._misspelt(ctx, segment, slip, what)
            if stylised:
                # a name styled in capitals or lower case written in title case
                # ('the group Stellar' for 'STELLAR*'), the name written right elsewhere
                slips = _unclaimed(stylised.slips(segment.plain, release), reported, whole, taken)
                for slip in slips:
                    reported.append((slip.start, slip.end))
                    what = f"Name '{slip.written}' capitalised otherwise than"
                    yield self._misspelt(ctx, segment, slip, what)
            if romaji:
                # a Japanese name romanized another way ('Kenji Satoh' for 'Kenji Sato')
                works = [(i.start, i.end) for i in segment.inlines if i.tag in _TITLE_TAGS]
                slips = _unclaimed(romaji.slips(segment.plain, works), reported, whole, taken)
                taken += [(slip.start, slip.end) for slip in slips]
                yield from self._slips_of(ctx, segment, slips, "romanized another way than")
            if hangul_terms:
                # a short Hangul word of a brand, term, place or company mistyped
                # ('조라비야', '쓰루기 가나자워 FC'), the word written right elsewhere
                words = list(hangul_terms.slips(segment.plain, release))
                named = hangul_terms.slips_in_names(segment.plain)  # where no word slipped
                words += _unclaimed(named, [(slip.start, slip.end) for slip in words])
                slips = _unclaimed(words, reported, whole, taken)
                taken += [(slip.start, slip.end) for slip in slips]
                for slip in slips:
                    what = f"Misspelled term '{slip.written}': the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
                # a person's name of two words so ('가가미 다이스키'), written right elsewhere
                people = list(hangul_terms.slips_in_persons(segment.plain, release))
                if people:  # not one in another transcription, which _sound_slips reports
                    sounds = hangul_name_index(ctx.glossary).slips(segment.plain)
                    people = _unclaimed(people, [(slip.start, slip.end) for slip in sounds])
                slips = _unclaimed(people, reported, whole, taken)
                taken += [(slip.start, slip.end) for slip in slips]
                yield from self._slips_of(ctx, segment, slips, "misspelt: the glossary writes")
            if hangul_titles:
                # a title mistyped beside a person's name ('김민준 하늘플레이 프로듀셔는')
                # (a shorter glossary title matched inside the word claims nothing: the
                # word is judged whole, and '차관부' is '차관보' slipped, not '차관')
                titles = {(m.start, m.end) for m in matches if m.entry.kind is Kind.TITLE}
                claims = [span for span in taken if span not in titles]
                slips = _unclaimed(hangul_titles.slips(segment.plain, matches), reported, claims)
                taken += [(slip.start, slip.end) for slip in slips]
                for slip in slips:
                    what = f"Misspelled title '{slip.written}': the glossary writes"
                    yield self._misspelt(ctx, segment, slip, what)
            if short:
                # a short word of a person's name mistyped ('Kenij Sato', '김민쥰')
                slips = _unclaimed(short.slips(segment.plain, release), reported, whole, taken)
                taken += [(slip.start, slip.end) for slip in slips]
                yield from self._slips_of(ctx, segment, slips, "misspelt: the glossary writes")
                # the name's letters with other hyphens or spaces ('Kim Minjun')
                slips = _unclaimed(short.separated(segment.plain), reported, whole, taken)
                taken += [(slip.start, slip.end) for slip in slips]
                for slip in slips:
                    yield from self._slips_of(ctx, segment, [slip], _separated_how(slip))
                # a kana of a katakana name changed ('ユ・ドンヒョソ'), the name written
                # right elsewhere in the release
                # (the glossary's name matched inside a name typed with a kana twice,
                # 'ユ・ドンヒョンン', is that slip's, not a claim on it)
                slips = [
                    slip
                    for slip in _unclaimed(
                        short.katakana_slips(segment.plain, release), reported, whole
                    )
                    if not any(
                        slip.start < end
                        and start < slip.end
                        and not (slip.start <= start and end <= slip.end)
                        for start, end in taken
                    )
                ]
                taken += [(slip.start, slip.end) for slip in slips]
                yield from self._slips_of(ctx, segment, slips, "misspelt: the glossary writes")
                # a space for the glossary's middle dot or for nothing ('최 민호')
                slips = _unclaimed(short.spaced_slips(segment.plain), reported, whole, taken)
                for slip in slips:
                    how = (
                        "set apart by '·', unlike"
                        if "·" in slip.written
                        else "set apart by a space, unlike"
                        if re.search("[ \u3000\uff65]", slip.written)
                        else "written with other marks between its words than"
                        if slip.written.count("・")
                        + slip.written.count("＝")
                        + slip.written.count("=")
                        == sum(slip.approved[0].count(mark) for mark in "・＝=")
                        else "written with fewer middle dots than"
                    )
                    yield from self._slips_of(ctx, segment, [slip], how)

    def _near_words(
        self,
        ctx: CheckContext,
        segment: Segment,
        index: NearMissIndex,
        matches: Sequence[TermMatch],
        whole: list[tuple[int, int]],
        reported: list[tuple[int, int]],
    ) -> Iterator[Finding]:
        """Words of ``segment`` one edit from a glossary word (their spans into ``reported``)."""
        text = segment.plain
        memo = index.memo
        known = name_slip_index(ctx.glossary, ctx.document.lang).known
        skip: bytearray | None = None  # built on the first suspicious word only
        capitals = False  # whether the segment is set in capitals, once a word asks
        for w in _TEXT_WORD.finditer(text):
            word = w.group()
            candidates = memo.get(word)  # inlined: this loop sees every long word
            if candidates is None:
                candidates = index.candidates(word)
            particle = ""
            if not candidates and "\uac00" <= word[-1] <= "\ud7a3":
                # a Korean particle after the name ('중소벤쳐기업부는'): the name before it
                word, particle = _korean_stem(word)
                candidates = index.candidates(word) if particle else ()
            if not candidates:
                continue
            if skip is None:
                spans = [(m.start, m.end) for m in matches] + protected_spans(segment) + whole
                skip = covered(len(text), spans)
            if (
                (skip[w.start()] or skip[w.end() - 1])
                and not _short_form_inside(w.start(), w.end(), candidates, matches, whole)
                and not _long_name_over_a_name(w.start(), w.end(), word, candidates, matches, index)
            ):
                continue
            if word.isupper():
                # an acronym; in a heading set in capitals, a word of a name too, which
                # is then judged beside another word of it ('DANIEL R. WHITFEILD')
                capitals = capitals or _in_capitals(text)
                candidates = tuple(
                    c
                    for c in candidates
                    if c.isupper()
                    or (capitals and c[0].isupper() and c.casefold() in index.companions)
                )
            if candidates:
                nearby = _neighbours(text, w.start(), w.end())
                candidates = tuple(
                    c
                    for c in candidates
                    if (
                        c.casefold() not in index.companions
                        and not _ends_another_name(text, w.start(), w.end(), known, matches)
                    )
                    or (
                        c.casefold() in index.companions and index.companions[c.casefold()] & nearby
                    )
                    or _long_hangul_name(c, word, index)
                    or _marked_brand(c, text, w.end(), index)
                    or _lone_name_slip(c, word, index)
                    or titled_slip(ctx, text, w.start(), word, c)
                )
            if not candidates:
                continue
            if word.isupper():
                candidates = tuple(dict.fromkeys(c.upper() for c in candidates))  # as set
            end = w.end() - len(particle)
            reported.append((w.start(), end))
            if len(candidates) == 1:
                yield report(
                    self,
                    ctx,
                    segment,
                    w.start(),
                    end,
                    f"Misspelled term '{word}'",
                    suggestion=candidates[0],
                    replacement=candidates[0],
                    fix_title=f"Replace with '{candidates[0]}'",
                )
            else:
                yield report(self, ctx, segment, w.start(), end, f"Misspelled term '{word}'")

    def _sound_slips(
        self, ctx: CheckContext, segments: list[tuple[Block, Segment]]
    ) -> Iterator[Finding]:
        """A person's name written another way that sounds the same ('森本健治' for '森本
        健司', '모리모토 켄지' for '모리모토 겐지')."""
        korean = ctx.document.lang.startswith("ko")
        names = hangul_name_index(ctx.glossary) if korean else kanji_name_index(ctx.glossary)
        if not names:
            return
        how = "in another transcription of" if korean else "in other kanji of the same reading as"
        release: str | None = None
        for _block, segment in segments:
            if korean or not isinstance(names, KanjiNameIndex):
                yield from self._slips_of(ctx, segment, names.slips(segment.plain), how)
                continue
            # a table's column sets a name out letter by letter or pads it: read it closed up
            view = closed_up(segment.plain)
            text = segment.plain if view is None else view.text
            slips = _set_out(names.slips(text), view, segment.plain)
            yield from self._slips_of(ctx, segment, slips, how)
            for slip in _set_out(names.family_slips(text), view, segment.plain):
                if release is None:
                    release = "\n".join(_closed_up_text(s.plain) for _b, s in segments)
                # another family of the same reading is another person, unless the
                # release also names the glossary's as written
                if any(f in release for a in slip.approved for f in (a, a.replace(" ", ""))):
                    yield from self._slips_of(ctx, segment, [slip], how)

    def _kana_slips(
        self,
        ctx: CheckContext,
        segment: Segment,
        index: KanaFormIndex,
        reported: list[tuple[int, int]],
        *claimed: list[tuple[int, int]],
    ) -> Iterator[Finding]:
        text = segment.plain
        for slip, typed in index.slips(text):
            if _unclaimed((slip,), reported, *claimed) == []:
                continue
            if typed in ("katakana", "hiragana"):
                what = f"Name '{slip.written}' in {typed}: the glossary writes"
            elif any(
                text[at] == typed and typed_for_long_mark(text, at)
                for at in range(slip.start, slip.end)
            ):
                continue  # the typography check reports the mark itself
            else:
                what = (
                    f"Misspelled term '{slip.written}' ('{typed}' typed for 'ー'):"
                    " the glossary writes"
                )
            reported.append((slip.start, slip.end))
            yield self._misspelt(ctx, segment, slip, what)

    def _misspelt(self, ctx: CheckContext, segment: Segment, slip: Slip, what: str) -> Finding:
        """A finding for ``slip``: '<what> the glossary's form'."""
        one = slip.approved[0] if len(slip.approved) == 1 else None
        replacement = one
        if one is not None and closed_up(slip.written) is not None:
            replacement = spaced_like(slip.written, one)  # keeps the table column's spacing
        return report(
            self,
            ctx,
            segment,
            slip.start,
            slip.end,
            f"{what} " + " or ".join(f"'{form}'" for form in slip.approved),
            suggestion=one,
            replacement=replacement,
            fix_title=f"Replace with '{replacement}'" if replacement else None,
        )

    def _reading_slips(
        self,
        ctx: CheckContext,
        block: Block,
        segment: Segment,
        readings: ReadingIndex,
        ruby_read: set[str],
    ) -> Iterator[Finding]:
        slips = list(readings.bracket_slips(segment))
        if block.id not in ruby_read and ctx.document.format != "text":
            ruby_read.add(block.id)
            # a block may open inside its first ruby: read from a little before it
            start = max(0, block.span.start - _RUBY_REACH)
            source = ctx.document.text[start : block.span.end]
            if "<rt" in source.lower():
                slips += readings.ruby_slips(source, start, block.span.start)
        for slip in slips:
            yield self.finding(
                ctx.document.path,
                slip.span,
                f"Reading '{slip.reading}' of '{slip.base}' is not the name's reading in"
                f" the glossary ('{slip.wanted}')",
                found=slip.reading,
            )

    def _legal_form_slips(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        """A company's legal form written one letter off beside its name ('株式会杜',
        '주시회사', 'Co., Ldt.'): the name alone is a form of the company, so the slip
        after it was no near miss of any form."""
        from prlocalize.rules.legal_form_slips import legal_form_index

        if ctx.glossary is None:
            return
        for start, end, form, glued in legal_form_index(ctx.glossary, ctx.document.lang).slips(
            segment.plain
        ):
            slip = Slip(start, end, segment.plain[start:end], (form,))
            how = "glued to the name" if glued else "misspelt"
            what = f"Legal form {how} in '{slip.written}': the glossary writes"
            yield self._misspelt(ctx, segment, slip, what)

    def _slips_of(
        self, ctx: CheckContext, segment: Segment, slips: Iterable[Slip], how: str
    ) -> Iterator[Finding]:
        for slip in slips:
            yield self._misspelt(ctx, segment, slip, f"Name '{slip.written}' {how}")

    def _whole_terms(
        self,
        ctx: CheckContext,
        segment: Segment,
        terms: TermNearMissIndex,
        matches: Sequence[TermMatch],
        suspicious: set[str],
    ) -> Iterator[tuple[Finding, tuple[int, int]]]:
        """Titles and terms misspelt by one edit, judged as a whole ('Chef Executive Officer')."""
        misses = terms.find(segment.plain, suspicious)
        if not misses:
            return
        known = name_slip_index(ctx.glossary, ctx.document.lang).known
        taken = [(m.start, m.end) for m in matches]  # a slip that is a glossary form is not one
        protected = protected_spans(segment)
        for miss in misses:
            if inside(miss.edit_start, miss.edit_end, taken) or inside(
                miss.start, miss.end, protected
            ):
                continue
            if _ends_another_name(segment.plain, miss.start, miss.end, known, matches):
                continue  # 'York Minster' beside the title 'Minister'
            found = segment.plain[miss.start : miss.end]
            finding = report(
                self,
                ctx,
                segment,
                miss.start,
                miss.end,
                f"Misspelled term '{found}'",
                suggestion=miss.suggestion,
                replacement=miss.suggestion,
                fix_title=f"Replace with '{miss.suggestion}'",
            )
            yield finding, (miss.start, miss.end)

    def _width_variants(
        self, ctx: CheckContext, segment: Segment, matches: Sequence[TermMatch]
    ) -> Iterator[Finding]:
        """Glossary forms written in another character width ('ｉＰａｒｋ'); a no-break
        space for a space is none ('Erika\u00a0Morishita')."""
        text = segment.plain
        if text.isascii():
            return  # NFKC leaves ASCII as it is: no glossary form here is of another width
        if _FULL_WIDTH_LATIN.search(text):
            matches = [*matches, *_full_width_latin(ctx, segment, matches)]
        for m in matches:
            if m.kind not in {FormKind.APPROVED, FormKind.VARIANT}:
                continue
            normal = unicodedata.normalize("NFKC", m.text)
            if normal == m.text and _half_width_marks_only(m.text, m.form):
                normal = m.form  # 'タイド:レクイエム' for the glossary's 'タイド：レクイエム'
            if (
                normal == m.text
                or m.text == m.form
                # decomposed letters or invisible characters, and nothing else: PR307's
                or without_ignorable(unicodedata.normalize("NFC", m.text)) == m.form
                or _ideographic_space_only(m.text, m.form)
                or m.text.translate(_NO_BREAK_SPACES) == m.form
                or closed_up(m.text) is not None  # set out in a table's column: layout
            ):
                continue
            fixed = m.form if normal == unicodedata.normalize("NFKC", m.form) else normal
            yield report(
                self,
                ctx,
                segment,
                m.start,
                m.end,
                f"Misspelled term '{m.text}' (character width)",
                suggestion=fixed,
                replacement=fixed,
                fix_title=f"Replace with '{fixed}'",
                safe=True,
            )


_FULL_WIDTH_LATIN = lazy_compile(r"[\uff21-\uff3a\uff41-\uff5a]")


def _half_width_marks_only(text: str, form: str) -> bool:
    """Whether ``text`` is the glossary's ``form`` with its full-width marks typed half
    width ('：', '（', '！' as ':', '(', '!'), and nothing else: a Japanese name's
    punctuation. Full-width letters and digits in a glossary form are its own style,
    which a release need not copy."""
    if len(text) != len(form) or text == form:
        return False
    return all(
        a == b
        or ("\uff01" <= b <= "\uff60" and not b.isalnum() and unicodedata.normalize("NFKC", b) == a)
        for a, b in zip(text, form, strict=True)
    )


def _separated_how(slip: Slip) -> str:
    """How a person's Latin name with the glossary's letters is written otherwise."""
    if slip.written.count(".") < slip.approved[0].count("."):
        return "written without the stop after its initial, unlike"
    return "written with other hyphens or spaces than"


def _full_width_latin(
    ctx: CheckContext, segment: Segment, matches: Sequence[TermMatch]
) -> list[TermMatch]:
    """Latin glossary forms of the other locales written full width ('ＹｉＰＳＣＥＬＬ' in a
    Japanese release): the brand keeps its Latin name there, and only its width is wrong."""
    text = segment.plain
    if ctx.glossary is None:
        return []
    taken = [(m.start, m.end) for m in matches]
    found: list[TermMatch] = []
    for locale in ctx.glossary.locales:
        if locale == ctx.document.lang:
            continue
        for m in TermMatcher.build(ctx.glossary, locale).find(text):
            if m.form.isascii() and not m.text.isascii() and not inside(m.start, m.end, taken):
                found.append(m)
                taken.append((m.start, m.end))
    return found


def _claimed_apart(slip: Slip, matches: Sequence[TermMatch]) -> bool:
    """Whether a glossary match overlaps ``slip`` other than as a part of the name it
    misspells (a match inside the slip whose text its approved form holds)."""
    return any(
        slip.start < m.end
        and m.start < slip.end
        and not (slip.start <= m.start and m.end <= slip.end and m.text in slip.approved[0])
        for m in matches
    )


def _same_pair(one: Collaboration, other: Collaboration) -> bool:
    return bool(one.first & other.first) and bool(one.second & other.second)


def _reaching_out(slip: Slip, *claimed: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``claimed`` that are not inside ``slip``."""
    return [
        (start, end)
        for group in claimed
        for start, end in group
        if not (slip.start <= start and end <= slip.end)
    ]


def _unclaimed(slips: Iterable[Slip], *claimed: Iterable[tuple[int, int]]) -> list[Slip]:
    """The slips that overlap no span already reported or matched."""
    spans = [span for group in claimed for span in group]
    return [s for s in slips if not any(s.start < end and start < s.end for start, end in spans)]


# a name of one Hangul word is looked for alone from this many syllables: a ministry's
# or a company's long name ('중소벤처기업부'), which no other word is one slip from
_LONE_HANGUL = 6


def _short_form_inside(
    start: int,
    end: int,
    candidates: tuple[str, ...],
    matches: Sequence[TermMatch],
    whole: list[tuple[int, int]],
) -> bool:
    """Whether the glossary matches on a Hangul word ``[start, end)`` are only a short
    form of the name it misspells, where that name has it ('스타릿' inside
    '스타릿엔터테인멘트' for '스타릿엔터테인먼트'): Korean writes a name's parts as one
    word, so the short form is found inside it and must not hide the slip. Another
    entry's name is another word's part ('부산광역시' of '부산광역시청', the city hall,
    beside the title '부산광역시장')."""
    if not all("\uac00" <= c <= "\ud7a3" for c in candidates[0]) or any(
        s < end and start < e for s, e in whole
    ):
        return False
    inner = [m for m in matches if m.start < end and start < m.end]
    return bool(inner) and all(
        start <= m.start
        and m.end < end
        and any(
            c[m.start - start : m.end - start] == m.text and c in _accepted(m) for c in candidates
        )
        for m in inner
    )


def _long_name_over_a_name(
    start: int,
    end: int,
    word: str,
    candidates: tuple[str, ...],
    matches: Sequence[TermMatch],
    index: NearMissIndex,
) -> bool:
    """Whether the glossary matches on a Hangul word ``[start, end)`` are another
    entry's name that opens the long name it misspells, where that name has it too
    ('청주' of '청주국재공항' for '청주국제공항'; '김포' of '김포국재공항'): Korean writes
    an airport, a city hall or a university as one word after its place, and the place
    must not hide a slip inside the rest. The slip is judged as the long name's
    (_long_hangul_name), so a word that ends otherwise stays another word ('부산광역시청',
    the city hall, beside the title '부산광역시장')."""
    inner = [m for m in matches if m.start < end and start < m.end]
    return bool(inner) and any(
        _long_hangul_name(c, word, index)
        and all(
            start <= m.start and m.end < end and c[m.start - start : m.end - start] == m.text
            for m in inner
        )
        for c in candidates
    )


def _accepted(m: TermMatch) -> tuple[str, ...]:
    term = m.entry.term(m.locale)
    return term.accepted if term is not None else ()


def _korean_stem(word: str) -> tuple[str, str]:
    """(the word before its particle, the particle) of a Hangul word; (word, '') without."""
    match = KO_PARTICLE_END.search(word)
    if match is None or match.start() < _LONE_HANGUL - 1:
        return word, ""
    return word[: match.start()], match.group()


def _marked_brand(candidate: str, text: str, end: int, index: NearMissIndex) -> bool:
    """Whether the word that ends at ``end``, one edit from ``candidate``, a name of one
    word, carries a trademark sign ('Zoravio®' for 'Zoravia'): its writer meant a
    registered brand, so it is the glossary's, misspelt, and not another word."""
    return text[end : end + 1] in _TRADEMARKS and candidate.casefold() in index.lone


def _lone_name_slip(candidate: str, word: str, index: NearMissIndex) -> bool:
    """Whether ``word`` is ``candidate``, a name of one Latin word of six letters or more
    ('Hokkaido', 'Kutchan'), with a slip only fingers make ('Hokaido', 'Kuthcan',
    'Nisseko') or a vowel added inside a name in Hepburn ('Fukuoaka'): no other word
    vouches for it, but such a slip makes no other name, where a letter changed may
    ('Nakano' beside 'Nagano')."""
    key = candidate.casefold()
    return (
        key in index.lone
        and len(candidate) >= MIN_WORD
        and candidate.isascii()
        and candidate[:1].isupper()
        and word[:1].isupper()
        and (typed_slip(word.casefold(), key) or vowel_added(word.casefold(), key))
    )


# the signs a brand carries: registered, trademark, service mark
_TRADEMARKS = frozenset("®™℠")


def _long_hangul_name(candidate: str, word: str, index: NearMissIndex) -> bool:
    """Whether ``word`` misspells ``candidate``, a name of one long Hangul word, on its
    own (a company's legal form aside: '호시노모빌리티 주식회사'): a syllable inside it
    changed ('중소벤쳐기업부'), never its first; its last only by its vowel or its final
    consonant, into a syllable that is no particle or suffix ('한국해양과학기술윈',
    '...기술워' for '...기술원'), since
    Korean compounds differ from a name at their end ('중소벤처기업계' is the sector,
    '중소벤처기업들' its companies, '...기업체' a business)."""
    return (
        not (index.companions.get(candidate.casefold(), frozenset()) - _KO_LEGAL_FORMS)
        and len(candidate) >= _LONE_HANGUL
        and len(word) == len(candidate)
        and word[0] == candidate[0]
        and (word[-1] == candidate[-1] or _vowel_slip(word[-1], candidate[-1]))
        and all("\uac00" <= c <= "\ud7a3" for c in candidate)
    )


# a company's legal form beside its name ('키라메키모빌리티 주식회사'), which running text
# leaves out: no other word of the name that must stand by it
_KO_LEGAL_FORMS = frozenset({"주식회사", "유한회사", "유한책임회사", "재단법인", "사단법인"})


def _vowel_slip(written: str, approved: str) -> bool:
    """Whether Hangul syllable ``written`` is ``approved`` with its vowel alone changed
    (a neighbouring key: '원'/'윈', '룹'/'릅', '티'/'터'), or its final consonant
    dropped, added or changed ('원'/'워'), into no particle or suffix; not its first
    consonant, which makes the suffixes ('부'/'주')."""
    if written == approved or not (is_syllable(written) and is_syllable(approved)):
        return False
    (initial, vowel, final), (initial2, vowel2, final2) = jamo(written), jamo(approved)
    return (
        initial == initial2
        and (vowel == vowel2 or final == final2)
        and written not in WORD_END_SYLLABLES
    )


def _any_near_miss(
    index: NearMissIndex | None,
    terms: TermNearMissIndex | None,
    segments: list[tuple[Block, Segment]],
) -> tuple[NearMissIndex | None, set[str]]:
    """What is worth a per-segment pass, from one scan of the release's distinct words:
    the word index when any long word is one edit from a glossary word (the usual
    release has none), and the words near a word of a title or term."""
    # segment by segment into the sets: a list of every word of a huge release (findall
    # over the joined text) was ~9 bytes a byte of it at check's peak, for a few thousand
    # distinct words (no word pattern spans two segments)
    latin: set[str] = set()
    other = False  # whether a letter makes _TEXT_WORD's words differ from the runs of ASCII
    for _block, segment in segments:
        plain = segment.plain
        latin.update(LATIN_WORD.findall(plain))
        if not other and _OTHER_WORD_LETTER.search(plain) is not None:
            other = True
    if index:
        if not other:  # _TEXT_WORD's words are these
            near = index.any_latin_near(latin)
        else:
            words: set[str] = set()
            for _block, segment in segments:
                words.update(_TEXT_WORD.findall(segment.plain))
            words |= {_korean_stem(w)[0] for w in words if "\uac00" <= w[-1] <= "\ud7a3"}
            near = any(index.candidates(word) for word in words)
        if not near:
            index = None
    suspicious = terms.suspicious(latin) if terms else set()
    return index, suspicious


# no-break spaces a writer puts inside a name to keep it on one line ('Erika\u00a0Morishita'),
# or a word processor leaves there: a space all the same, of no other width
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


def _ideographic_space_only(text: str, form: str) -> bool:
    """Whether ``text`` is ``form`` with an ideographic space between CJK names
    ('上野\u3000裕明'), which Japanese typesetting uses between family and given name."""
    return text.replace("\u3000", " ") == form and not any(c.isascii() for c in text)


class ForbiddenVariant(Rule):
    """A form of a name or term that the glossary lists as wrong.

    Why is this bad?
        The glossary records forms that must not be published (an outdated company
        name, a rejected transliteration). Using one contradicts the issuer's own
        spelling. An old name cited as such ('(formerly “Aozora Robotix”)',
        '（旧社名：…）', '(구 …)', 'the … (formerly the …)') is a mention, not a use,
        as is a company's, place's or brand's old name in a sentence that goes on to
        give its current one ('… changed its trade name to …'), and a title's forbidden
        word that ends another proper name ('York Minster' where 'Minster' is
        forbidden for 'Minister', as PR102 reads it) is another word. A name marked
        ``dnt`` is written the same in every locale, so a form any locale's column
        forbids ('Nova9' for 'NOVA9') is wrong in a release of any language. A brand
        the glossary writes with its trademark sign ('Starfall Chronicle™'), and does
        not also accept without it, is wrong at its first mention without the sign: a
        headline set without it is passed over, and a mention with it anywhere before
        lets the later ones go bare. A mention with another sign ('Starfall
        Chronicle®' for the glossary's '™') is wrong wherever it stands.

    Example:
        Follow the ministry on Youtube for updates.

    Use instead:
        Follow the ministry on YouTube for updates.

    A company's Japanese or Korean legal form on the wrong side of its name
    ('アオバエナジー株式会社' for '株式会社アオバエナジー', '하나 주식회사' for '주식회사 하나'),
    in full or abbreviated ('アオバエナジー㈱', 'アオバエナジー(株)', '하나(주)'), is such
    a form too, without being listed; so is its name with another legal form
    ('Seorin Materials Inc.' or 'Seorin Materials Corporation' for 'Seorin Materials
    Co., Ltd.', 'アオバエナジー合同会社' for 'アオバエナジー株式会社'), unless another entry
    writes it (a subsidiary of the same name abroad); where the release also writes
    the glossary's form, PR105 says so.

    Fix safety:
        Safe: the entry's approved form (or the accepted variant that differs from the
        forbidden form only in case) replaces it; an abbreviated legal form is moved to
        the other side as written ('アオバエナジー㈱' → '㈱アオバエナジー'). Another legal
        form is suggested, not fixed: the release may name another company, and so is
        a company's, brand's or place's form that runs on into another capitalised word
        on its line ('Meridia Food Bank' beside 'Meridia Foods'): it may begin another
        entity's name. Forms that differ from a glossary form only in spaces and hyphens
        are left to PR304.
    """

    code: ClassVar[str] = "PR103"
    name: ClassVar[str] = "forbidden-variant"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.SOMETIMES

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        compound_index(glossary, lang)  # what owns() asks

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        release: str | None = None  # the release's text, once a company asks
        for _block, segment in prose_segments(ctx):
            for m in prose_matches(ctx, segment, FormKind.FORBIDDEN):
                approved = m.approved
                if (
                    approved
                    and m.entry.kind is not Kind.PERSON
                    and _separators_from_accepted(m)
                    and owns(ctx.glossary, ctx.document.lang, m.text)
                ):
                    continue  # compound spelling: PR304
                if cites_former_name(segment.plain, m.start):
                    continue  # '(formerly “Aozora Robotix”)', '旧社名：…': the old name, cited
                if names_the_change(segment.plain, m):
                    continue  # 'X changed its trade name to Y': the old name, told of
                if self._ends_another_name(ctx, segment, m):
                    continue  # 'York Minster', where the glossary forbids 'Minster'
                fixed, safe = _replacement_for(m)
                if approved is not None and _other_legal_form(m, approved):
                    if release is None:
                        release = "\n".join(seg.plain for _b, seg in prose_segments(ctx))
                    if _named_as_glossary(m, release):
                        continue  # one company in two legal forms in one release: PR105
                    # another legal form: the release may name another company of the
                    # name (a subsidiary abroad), so the glossary's is a suggestion
                    yield report(
                        self,
                        ctx,
                        segment,
                        m.start,
                        m.end,
                        f"Legal form other than the glossary's: '{m.text}'",
                        suggestion=approved,
                        replacement=approved,
                        fix_title=f"Replace with '{approved}'",
                    )
                    continue
                misplaced = approved is not None and m.form in misplaced_legal_forms(approved)
                if (
                    misplaced
                    and approved is not None
                    and m.form != misplaced_legal_forms(approved)[0]
                ):
                    # 'アオバ㈱' → '㈱アオバ': the abbreviation kept, on the right side
                    fixed = misplaced_legal_form(m.text) or fixed
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start,
                    m.end,
                    f"Legal form on the wrong side of the name: '{m.text}'"
                    if misplaced
                    else f"Forbidden variant '{m.text}'",
                    suggestion=fixed,
                    replacement=fixed,
                    fix_title=f"Replace with '{fixed}'" if fixed else None,
                    safe=safe,
                )
        yield from self._bare_brands(ctx)

    def _bare_brands(self, ctx: CheckContext) -> Iterator[Finding]:
        """A brand the glossary writes with its sign first written without it."""
        brands = marked_brands(ctx.glossary, ctx.document.lang) if ctx.glossary else ()
        if not brands:
            return
        for mention in other_signs(prose_segments(ctx), brands):
            marked = mention.brand.marked
            yield report(
                self,
                ctx,
                mention.segment,
                mention.start,
                mention.end,
                f"'{mention.brand.bare}' written with '{mention.sign}': the glossary "
                f"writes '{marked}'",
                suggestion=marked,
                replacement=marked,
                fix_title=f"Replace with '{marked}'",
            )
        for mention in bare_first_mentions(prose_segments(ctx), brands):
            marked = mention.brand.marked
            yield report(
                self,
                ctx,
                mention.segment,
                mention.start,
                mention.end,
                f"'{mention.brand.bare}' first written without its sign: the glossary "
                f"writes '{marked}'",
                suggestion=marked,
                replacement=marked,
                fix_title=f"Replace with '{marked}'",
            )

    @staticmethod
    def _ends_another_name(ctx: CheckContext, segment: Segment, m: TermMatch) -> bool:
        """Whether a title's forbidden word ('Minster' for 'Minister') ends a proper name
        of the release that the glossary does not hold ('York Minster')."""
        if m.entry.kind is not Kind.TITLE or not m.text.isalpha() or not m.text[0].isupper():
            return False
        known = name_slip_index(ctx.glossary, ctx.document.lang).known
        matches = term_matches(ctx, segment)
        return _ends_another_name(segment.plain, m.start, m.end, known, matches)


def _other_legal_form(m: TermMatch, approved: str) -> bool:
    """Whether ``m`` is a company's name with another legal form than ``approved``'s
    that the glossary does not list as forbidden itself."""
    term = m.entry.term(m.locale)
    listed = term.forbidden if term is not None else ()
    return m.form not in listed and m.form in other_legal_forms(approved)


def _named_as_glossary(m: TermMatch, release: str) -> bool:
    """Whether ``release`` also names ``m``'s company as the glossary does, with a legal
    form (its comma either way: 'Sakura Mobility Co., Ltd.' for 'Sakura Mobility Co.
    Ltd.'); a short form without one ('Sakura Mobility') is no second legal form."""
    term = m.entry.term(m.locale)
    if term is None:
        return False
    forms = (*term.accepted, *legal_form_punctuations(term.text))
    return any(form in release for form in forms if other_legal_forms(form))


def _separators_from_accepted(m: TermMatch) -> bool:
    """Whether ``m``'s forbidden form differs from one of the entry's accepted forms only
    in spaces and hyphens ('MeridiaFoods' beside the short 'Meridia Foods' of 'Meridia
    Foods Co., Ltd.'): PR304's to report, so not reported twice."""
    term = m.entry.term(m.locale)
    forms = term.accepted if term is not None else (m.approved or "",)
    return any(differs_only_in_separators(m.text, form) for form in forms)


def _replacement_for(m: TermMatch) -> tuple[str | None, bool]:
    """The form to write instead of a forbidden one (DESIGN: the approved form).

    A forbidden form that differs from an accepted variant only in case gets that
    variant ('IPark Institute' → 'iPark Institute', not the full legal name), and so
    does one that is nearer to a variant than to the approved form (a misspelt short
    form 'アイパークインスティテュート' → the short 'アイパークインスティチュート').
    """
    term = m.entry.term(m.locale)
    variants = term.variants if term is not None else ()
    for form in variants:
        if form.casefold() == m.text.casefold():
            return form, True
    if m.approved is not None and variants:
        from rapidfuzz.distance import Levenshtein

        nearest = min(variants, key=lambda form: Levenshtein.distance(form, m.text))
        if Levenshtein.distance(nearest, m.text) < Levenshtein.distance(m.approved, m.text):
            return nearest, True
    return m.approved, m.approved is not None


# a bracket that holds a romanised name, right after a name in kanji, kana or Hangul
_CJK_BEFORE_BRACKET = lazy_compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3][ \u3000]?[(（]$"
)
_BRACKET_CLOSE = frozenset(")）")


def _reading_of_cjk(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a bracket right after a name written in CJK
    ('高畑 理恵 (Takahata Rie)', '정현우(Jung Hyunwoo)'): the romanised reading of that
    name, which keeps the order the name is written in."""
    return (
        text[start:end].isascii()
        and text[end : end + 1] in _BRACKET_CLOSE
        and _CJK_BEFORE_BRACKET.search(text, max(0, start - 3), start) is not None
    )


class ReversedNameOrder(Rule):
    """A person's name in a different order from the glossary or from the rest of its list.

    Why is this bad?
        Korean and Japanese names are written family name first or last by
        convention, and a release should pick one. 'Jiwon Baek' among 'Oh Youngju'
        and 'Lim Jungwook' makes readers guess which part is the family name.
        Without a glossary entry, a romanised Korean name is recognised by its
        family name, and is reported only when at least three other names of the
        same roster agree on the other order. A Japanese name in English family name
        first in capitals ('KATO Mikio', the Japanese government's style) is a house
        style, as is the glossary's order ('Mikio Kato'); a release that writes its
        Japanese names both ways is reported where it uses the style less (on a tie,
        the capitals). A line of sports results or a line-up in capitals ('1. MIZUSHIMA
        Ren (JPN) 1:23.45', "Goals: TAKEUCHI Sora 23'", a table row with a score) is
        the federations' convention beside the story's 'Ren Mizushima', and does not
        count. A name of another language ('Marcus Hale') keeps its own order.
        A romanised name in brackets right after a name in kanji, kana or Hangul
        ('高畑 理恵 (Takahata Rie)') is that name's reading, in the order it is
        written, and is not reported. A name of the list that the glossary writes in
        the other order than the rest ('Seungho Yoo' approved, among 'Oh Youngju' and
        'Lim Jungwook') is reported too, without a fix: the release still writes its
        names two ways, and only a person knows which order that one prefers.

    Example:
        Roundtable participants
        Oh Youngju, Minister
        Lim Jungwook, Deputy Minister
        Kim Hongju, Director General
        Jiwon Baek, CEO, Example Bio

    Use instead:
        Roundtable participants
        Oh Youngju, Minister
        Lim Jungwook, Deputy Minister
        Kim Hongju, Director General
        Baek Jiwon, CEO, Example Bio

    Fix safety:
        Suggested: some people choose their own order, so a person must confirm.
        None where the glossary writes the name in the list's other order.
    """

    code: ClassVar[str] = "PR104"
    name: ClassVar[str] = "reversed-name-order"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.SOMETIMES

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _block, segment in prose_segments(ctx):
            for m in term_matches(ctx, segment):
                if m.kind is FormKind.REVERSED and m.approved:
                    if _reading_of_cjk(segment.plain, m.start, m.end):
                        continue  # '高畑 理恵 (Takahata Rie)': the name as read, in its order
                    yield report(
                        self,
                        ctx,
                        segment,
                        m.start,
                        m.end,
                        f"Name '{m.text}' in reversed order",
                        suggestion=m.approved,
                        replacement=m.approved,
                        fix_title=f"Write '{m.approved}'",
                    )
        yield from self._capitalised_families(ctx)
        for roster in rosters(ctx.document.blocks):
            names: list[RosterName] = []
            known: set[int] = set()  # names the glossary knows vote, but are not reported
            approved: set[int] = set()  # of them, those written in the glossary's order
            for block in roster:
                if not block.segments:
                    continue
                name = korean_name(block.segments[0])
                if name is None:
                    continue
                person = next(
                    (
                        m
                        for m in term_matches(ctx, name.segment)
                        if m.entry.kind is Kind.PERSON and m.start < name.end and name.start < m.end
                    ),
                    None,
                )
                if person is not None:
                    known.add(len(names))
                    if person.kind is FormKind.REVERSED:  # it votes for the glossary's order
                        name = replace(name, family_first=not name.family_first)
                    else:
                        approved.add(len(names))
                names.append(name)
            for i, name in enumerate(names):
                if name not in reversed_names(names) or (i in known and i not in approved):
                    continue
                if i in approved:
                    # the glossary's order, against the list's: the release writes its
                    # names in two orders, and only a person can say which one to keep
                    yield report(
                        self,
                        ctx,
                        name.segment,
                        name.start,
                        name.end,
                        f"Name '{name.text}' in a different order from the rest of the list "
                        f"('{name.reordered()}'); the glossary writes it so: keep it if it "
                        "is the person's own order",
                    )
                    continue
                fixed = name.reordered()
                yield report(
                    self,
                    ctx,
                    name.segment,
                    name.start,
                    name.end,
                    f"Name '{name.text}' in a different order from the rest of the list",
                    suggestion=fixed,
                    replacement=fixed,
                    fix_title=f"Write '{fixed}'",
                )

    def _capitalised_families(self, ctx: CheckContext) -> Iterator[Finding]:
        """'Mikio Kato' in a release that writes its Japanese names 'KATO Mikio', or
        the other way round: the style the release uses less."""
        index = capitalised_family_index(ctx.glossary, ctx.document.lang)
        if not index:
            return
        written: list[Written] = []
        capitalised: list[tuple[Block, Written]] = []
        for block, segment in prose_segments(ctx):
            capitalised.extend((block, w) for w in index.capitalised(segment))
            written.extend(index.given_first_matches(segment, term_matches(ctx, segment)))
        if capitalised:
            # a line of results or a line-up in capitals is the sports convention
            results = in_results(capitalised, ctx.document.blocks)
            written.extend(w for _b, w in capitalised if id(w) not in results)
        for w in outnumbered(written, index):
            text = w.segment.plain[w.start : w.end]
            fixed = w.entry.approved(ctx.document.lang) if w.capitalised else None
            fixed = fixed or index.capitalised_form(w.entry)
            yield report(
                self,
                ctx,
                w.segment,
                w.start,
                w.end,
                f"Name '{text}' in another order from the release's other names ('{fixed}')",
                suggestion=fixed,
                replacement=fixed,
                fix_title=f"Write '{fixed}'",
            )


class OtherLocaleForm(Rule):
    """A glossary form of another locale left in the release, whose translation the glossary gives.

    Why is this bad?
        '인천' or '新潟' in an English release, or 'ソウル' in a Korean one, is a name the
        translator did not translate; readers of the release cannot read it, and the
        glossary already says how the release's language writes it. A form quoted,
        bracketed or glossed with its reading ('新潟 (Niigata)', '박서연（パク・ソヨン）'),
        or a hashtag or handle ('#인천', '@ソウル_news'), or cited as a word ('the Korean
        edition is called 바다소금', 'known as 선', 'her name is 정현우', '名称は…'), is a
        mention, and a
        fragment of which the glossary knows only a part is left to PR201. In a
        Japanese or Korean release, a person or place left in Latin letters
        ('Incheonの新工場'), or in kanji in a Korean one ('新潟 공장'), counts too;
        Latin brand and company names and Hanja words there are ordinary writing, and
        so is a cited paper's byline, which quotes the authors as the journal prints
        them ('著者：Olivia Brennan, …', '저자: …', or the cell after '著者' in a table).
        A person's name in Latin letters that a title labels in a bracket, the
        issuer's line of a release ('（本社：東京都、代表取締役社長：Yuji Sakuraba）',
        '(대표이사 Seo Eun-ji)'), is no mention but residue; a label naming a
        language ('（英語表記：…）') glosses it. A bracket after a name that says who
        the person is, as a personnel list sets one after each name (a post now or
        before, an age, a title or a company: '(현 상무)', '（現 執行役員 生産本部長）',
        '（当社顧問に就任予定）'), glosses nothing: the name before it is residue
        too. So is one inside a quoted comment in
        the release's language ('「Kwame Asante-Boatengの絵画は…」'): the quotation
        marks hold what was said, not the name as a mention.

    Example:
        The delegation toured 湘南アイパーク in May.

    Use instead:
        The delegation toured Shonan iPark in May.

    Fix safety:
        Suggested: the glossary's form is the likely translation, but the sentence
        around it may need rewording.
    """

    code: ClassVar[str] = "PR106"
    name: ClassVar[str] = "other-locale-form"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        prepare_other_locales(glossary, lang)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lang = language(ctx.document.lang)
        names = {"en": "English", "ja": "Japanese", "ko": "Korean", "zh": "Chinese"}
        for block, segment in prose_segments(ctx):
            declared = block.attr("lang")
            if declared and language(declared) != lang:
                continue  # the author marked this part as another language
            for form in other_locale_forms(ctx, segment):
                if _glossed(segment.plain, form.start, form.end, form.replacement):
                    continue  # '박서연（パク・ソヨン）': the original, with the release's form
                other = names.get(language(form.match.locale), form.match.locale)
                own = names.get(lang, lang)
                yield report(
                    self,
                    ctx,
                    segment,
                    form.start,
                    form.end,
                    f"{other} form '{form.match.text}' in {_article(own)} {own} release "
                    f"(the glossary's {own} form is '{form.replacement}')",
                    suggestion=form.replacement,
                    replacement=form.replacement,
                    fix_title=f"Write '{form.replacement}'",
                )


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "ー"


def _long_mark_added(text: str, matches: Iterable[TermMatch]) -> list[Slip]:
    """Glossary forms ending in katakana written with a 'ー' after them and no more
    katakana ('幕張メッセー' for '幕張メッセ'): the name spelt with a long vowel it has not."""
    found = []
    for m in matches:
        if m.kind == "forbidden" or not m.text or not _katakana(m.text[-1]) or m.text[-1] == "ー":
            continue
        if text[m.end : m.end + 1] == "ー" and not _katakana(text[m.end + 1 : m.end + 2] or " "):
            found.append(Slip(m.start, m.end + 1, text[m.start : m.end + 1], (m.text,)))
    return found


def _glossed(text: str, start: int, end: int, own: str) -> bool:
    """Whether the form at [start, end) stands beside the release's own form of it, one
    of the two in brackets: '박서연（パク・ソヨン）', 'パク・ソヨン（박서연）'."""
    if not own:
        return False
    after = text[end : end + len(own) + 6].lstrip()
    if after[:1] in "(（" and after[1:].lstrip().startswith(own):
        return True
    before = text[max(0, start - len(own) - 6) : start].rstrip()
    return before[-1:] in "(（" and before[:-1].rstrip().endswith(own)


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _inside_proper_name(o: Occurrence) -> bool:
    """A lower-case glossary term capitalised mid-sentence belongs to a name or title."""
    if o.match.entry.kind is not Kind.TERM or o.start == 0:
        return False  # (looked at first: most occurrences are of other kinds)
    approved = o.match.approved or ""
    return approved[:1].islower() and o.match.text[:1].isupper()


# the markup a work's title is set in ('*Tōhoku Diaries*', '<cite>…</cite>')
_TITLE_TAGS = frozenset({"em", "i", "cite"})
_JA_TITLE_AFTER = lazy_compile(f"(?:{JA_TITLES_AFTER_NAME})")


def _longer_japanese_name(o: Occurrence) -> bool:
    """Whether a Japanese person's name written with a space ('山口 武') goes on in
    kanji that start no title: a longer given name ('山口 武史'), another person's."""
    if o.match.entry.kind is not Kind.PERSON or " " not in o.match.text.strip():
        return False
    text = o.segment.plain
    after = text[o.end : o.end + 1]
    if not ("\u4e00" <= after <= "\u9fff" or after == "々"):
        return False
    return _JA_TITLE_AFTER.match(text, o.end) is None


def _space_lost_to_wrap(ctx: CheckContext, o: Occurrence) -> bool:
    """Whether a name written without the space its approved form has runs over a line
    end of the source: a hard-wrapped Japanese e-mail breaks a line where the space
    was, and the reader joins Japanese lines with nothing between them."""
    approved = o.match.approved or ""
    if " " not in approved or " " in o.match.text:
        return False
    span = o.segment.source_span(o.start, o.end)
    return "\n" in ctx.document.text[span.start : span.end]


class InconsistentEntity(Rule):
    """One entity or term written in more than one way in the same release.

    Why is this bad?
        'Takeda Pharmaceutical Co., Ltd.' in one paragraph and 'Takeda
        Pharmaceutical Company Limited' in another make readers wonder whether two
        companies are meant, and give translators two strings for one name. One base
        name with two legal suffixes ('Sakura Mobility Inc.', 'Sakura Mobility
        Corporation') is reported even when the glossary does not list the company, and
        a glossary company's legal form with and without its comma ('Hanbit America,
        Inc.' and 'Hanbit America Inc.', 'Co., Ltd.' and 'Co. Ltd.'), either of which
        alone is a house style. So is a glossary company with another Japanese or
        Korean legal form beside the glossary's ('アオバ有限会社' and 'アオバ株式会社').
        So is a glossary person called by family name and a rank ('浜崎専務', '하마사키
        전무') that no title the release gives the full name holds ('常務執行役員の浜崎
        玲子'): a rank typed for its neighbour makes one person two officers; a release
        about changes of office ('就任', '（現', '승진'), which gives old and new titles,
        is left alone. A Japanese university's ranks count too ('森川教授' for the
        '准教授' the release gives '森川 悠斗', a reading between them or not, or last in
        the brackets of an affiliation after the name: '森川 悠斗（北陵大学 准教授）'), and a
        title holds only its longest rank ('副社長' is no '社長'); Korean calls every
        professor '교수'. So do the glossary's own titles that are rungs of one office
        ('知事' and '副知事', '大臣' and '大臣政務官', '지사' and '부지사', '차관' and
        '차관보'): '石黒副大臣' for the '大臣政務官' the release gives '石黒 健太', '花沢副知事'
        for the '花沢亮太知事' (the full name with its space or without), '하나자와
        부지사' for the '하나자와 료타 효고현 지사' (the place or body headed between name
        and title), 'パク副市長' for the 'パク・ミンジ市長' (a Korean name in katakana,
        family name first). A Korean name of one word is read
        too: its family syllable and title ('서 장관은' for the '서지안 차관'), after the
        full name and where no other person shares the syllable ('한 회장' is 'a
        chairman'), and the full name given two rungs of one office, the rarer one
        ('한승우 부총장' beside '총장 한승우' twice). In English, a title before a word
        of the name that is another rung of the office than the full name's
        ('Minister Hirose' beside 'Vice-Minister Naoko Hirose' or 'Naoko Hirose,
        Vice-Minister of …') is reported too, and so is the full name given two rungs
        ('Assistant Professor Mika Tanabe' beside 'Associate Professor Mika Tanabe':
        the rarer one, or of two given as often the later); another office ('Dean' beside
        'Professor'), a qualified title ('Acting Minister'), a mention before the full
        name's first (another of the family name) and a release about changes of office
        ('appointed', 'succeeds') are left alone.
        So is a glossary place written with its generic in Japanese or Korean
        romanization ('Hyogo-ken', 'Itsukushima Jinja', 'Gyeonggi-do', 'Fujisan')
        beside its approved English form in the same release ('Hyogo Prefecture',
        'Mount Fuji'); alone it may be a house style, and one inside a quoted title
        or opening a longer name ('the Itsukushima Jinja Treasure Hall') is its owner's,
        one in a postal address ('Chuo-ku, Kobe-shi') the post's.
        So is a Korean glossary name written closed, as the glossary writes it
        ('아사기리상사', '신해남변전소'), and with a space inside it elsewhere in the
        release ('아사기리 상사는'): spaced only, it is left alone. So is one the glossary
        and the release write with spaces, as a ministry names its programmes ('청년 주거
        디딤돌 사업'), written elsewhere with a space dropped ('청년주거 디딤돌 사업').
        So is a Korean person the glossary writes in kanji ('李敏浩', beside the
        Korean '이민호' of one word) written in katakana in a Japanese release that
        also writes the kanji ('イ・ミンホ支社長'): the katakana is read from the Hangul
        as Japanese transcribes Korean, voiced or not ('デ', 'テ'), with or without
        the middle dot; katakana alone (a house style), a reading in brackets after
        the kanji and a form the glossary lists are left alone.
        Short forms the release introduces ('Takeda', 'iPark Institute'),
        abbreviations and Japanese or Korean contractions ('関空', '청주공항' for
        '청주국제공항') are not counted, nor a longer name that holds a glossary
        person's ('山口 武史' is not '山口 武'). A Japanese name that a hard-wrapped
        e-mail breaks where its space was (the family name ending one line, the given
        name opening the next) is not written without the space.
        The edition of a recurring event given two numbers is reported too ('The 29th
        Haewon Film Festival' in the headline, 'The 28th Haewon Film Festival will
        open' in the body; '第29回…映画祭' and '第28回…映画祭は'; '제29회' and '제30회
        …영화제는'): only a heading's mentions and those that say which edition the
        release is about (the subject opening an English sentence, a Japanese or
        Korean topic or subject) are compared, not a past edition named elsewhere
        ('won at the 27th …', '第27回の同映画祭で') or in a sentence about the past
        ('last year', '昨年', '지난해', 'The 10th … was', '…でした。', '…열렸다.'), the
        next ('next year', '来年') or a year other than the release's dateline's; the
        heading's number, or with none the one given most, is the release's.
        So is a collaboration whose partners the release names in both orders ('KAZENE ×
        HAN SEOYOON' in the headline, 'HAN SEOYOON × KAZENE' in the lead): the first
        order is the release's, a later one turned round is reported.

    Example:
        Yasushi Kajii of Takeda Pharmaceutical Co., Ltd. spoke.
        The park was created by Takeda Pharmaceutical Company Limited.

    Use instead:
        Yasushi Kajii of Takeda Pharmaceutical Company Limited spoke.
        The park was created by Takeda Pharmaceutical Company Limited.

    Fix safety:
        Suggested: the glossary's approved form (or the form the release uses most)
        is proposed, but a legal name may be wanted in one place on purpose.
    """

    code: ClassVar[str] = "PR105"
    name: ClassVar[str] = "inconsistent-entity"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        taken: list[tuple[int, int, str]] = []
        for finding in self._glossary_entities(ctx):
            taken.append((finding.span.start, finding.span.end, finding.code))
            yield finding
        yield from self._open_compounds(ctx)
        yield from self._spaced_korean_names(ctx)
        yield from self._legal_forms(ctx, taken)
        yield from self._cjk_legal_forms(ctx)
        yield from self._place_generics(ctx)
        yield from self._korean_names_in_katakana(ctx)
        yield from self._rank_slips(ctx)
        yield from self._editions(ctx)
        yield from self._collaborations(ctx)

    def _collaborations(self, ctx: CheckContext) -> Iterator[Finding]:
        """'HAN SEOYOON × KAZENE' in a release whose headline (its first mention) names
        'KAZENE × HAN SEOYOON': a collaboration's order is the contract's."""
        first: list[Collaboration] = []  # each collaboration as the release first names it
        for _block, segment in prose_segments(ctx):
            if "×" not in segment.plain and " x " not in segment.plain.lower():
                continue
            for pair in collaborations(segment.plain):
                named = next((one for one in first if turned(one, pair)), None)
                if named is None:
                    if not any(turned(pair, one) or _same_pair(pair, one) for one in first):
                        first.append(pair)
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    pair.start,
                    pair.end,
                    f"Collaboration '{pair.written}' named '{named.written}' earlier in this "
                    "release: its partners in the other order",
                    suggestion=named.written,
                )

    def _editions(self, ctx: CheckContext) -> Iterator[Finding]:
        """'The 28th Haewon Film Festival will open' under the '29th' of the headline."""
        for c in edition_conflicts(ctx):
            yield report(
                self,
                ctx,
                c.segment,
                c.start,
                c.end,
                f"Edition '{c.written}' of an event the release numbers '{c.fixed}' "
                "in its headline or where it says which edition it announces",
                suggestion=c.fixed,
                replacement=c.fixed,
                fix_title=f"Write '{c.fixed}'",
            )

    def _rank_slips(self, ctx: CheckContext) -> Iterator[Finding]:
        """'浜崎専務' where the release titles '浜崎 玲子' 常務執行役員 (rules.rank_titles)."""
        for slip in (*rank_slips(ctx), *latin_rank_slips(ctx), *korean_rank_slips(ctx)):
            yield report(
                self,
                ctx,
                slip.segment,
                slip.start,
                slip.end,
                f"'{slip.written}', but the release gives the full name the title '{slip.titled}'",
            )

    def _legal_forms(
        self, ctx: CheckContext, taken: list[tuple[int, int, str]]
    ) -> Iterator[Finding]:
        """One company with two legal suffixes ('Sakura Mobility Inc.' beside 'Sakura
        Mobility Co., Ltd.'), whether the glossary lists it or not."""
        for conflict in legal_form_conflicts(ctx):
            name = conflict.name
            finding = report(
                self,
                ctx,
                name.segment,
                name.start,
                name.end,
                f"'{name.segment.plain[name.start : name.end]}' also written "
                f"'{conflict.other}' in this release",
                suggestion=conflict.fixed,
                replacement=conflict.fixed,
                fix_title=f"Write '{conflict.fixed}'",
            )
            span = finding.span
            if any(s < span.end and span.start < e for s, e, _c in taken):
                continue  # the glossary's spellings already said so
            yield finding

    def _place_generics(self, ctx: CheckContext) -> Iterator[Finding]:
        """'Hyogo-ken' where the release also writes the glossary's 'Hyogo Prefecture'."""
        yield from self._also_written(ctx, generic_conflicts(ctx))

    def _korean_names_in_katakana(self, ctx: CheckContext) -> Iterator[Finding]:
        """'キム・デヒョン' where the Japanese release also writes the glossary's '金大賢'."""
        yield from self._also_written(ctx, katakana_readings(ctx))

    def _also_written(
        self, ctx: CheckContext, conflicts: Iterable[GenericConflict | KatakanaReading]
    ) -> Iterator[Finding]:
        """A form written where the release also writes the glossary's own."""
        for c in conflicts:
            yield report(
                self,
                ctx,
                c.segment,
                c.start,
                c.end,
                f"'{c.written}' also written '{c.approved}' in this release",
                suggestion=c.approved,
                replacement=c.approved,
                fix_title=f"Write '{c.approved}'",
            )

    def _cjk_legal_forms(self, ctx: CheckContext) -> Iterator[Finding]:
        """A glossary company with another Japanese or Korean legal form ('黒鉄商事有限会社')
        where the release also writes it as the glossary does ('黒鉄商事株式会社'): PR103
        leaves one company written two ways to this rule, and legal_form_conflicts reads
        Latin suffixes only."""
        release: str | None = None
        for _block, segment in prose_segments(ctx):
            for m in prose_matches(ctx, segment, FormKind.FORBIDDEN):
                approved = m.approved
                if approved is None or m.text.isascii() or not _other_legal_form(m, approved):
                    continue
                if release is None:
                    release = "\n".join(seg.plain for _b, seg in prose_segments(ctx))
                if not _named_as_glossary(m, release):
                    continue  # alone, another legal form is PR103's
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start,
                    m.end,
                    f"'{m.text}' also written '{approved}' in this release",
                    suggestion=approved,
                    replacement=approved,
                    fix_title=f"Write '{approved}'",
                )

    def _glossary_entities(self, ctx: CheckContext) -> Iterator[Finding]:
        # entries whose approved forms are singular and plural of one word are one group
        by_entry: dict[str, list[Occurrence]] = {}
        for occurrence in entity_occurrences(ctx):
            if occurrence.match.entry.kind is Kind.TITLE:
                continue  # 'CEO' beside '代表取締役社長' is usual, not an inconsistency
            if _inside_proper_name(occurrence):
                continue  # 'Bioventure Innovation' in a cited title is not our spelling
            if _longer_japanese_name(occurrence):
                continue  # '山口 武史' is not '山口 武': another person
            if _space_lost_to_wrap(ctx, occurrence):
                continue  # '松田\n健司' of a hard-wrapped e-mail: the space may be the line end
            if has_ignorable(occurrence.match.text):
                continue  # '松田&#8203;健司': an entity is the author's, a pasted one PR307's
            if closed_up(occurrence.match.text) is not None:
                continue  # '加　藤　幹　雄' set out in a table's column: layout, not spelling
            by_entry.setdefault(occurrence.match.entry.id, []).append(occurrence)
        groups: dict[str, list[Occurrence]] = {}
        for entry_id, found in by_entry.items():
            entry = found[0].match.entry
            approved = entry.approved(found[0].match.locale) or entry_id
            groups.setdefault(number_key(approved), []).extend(found)
        for occurrences in groups.values():
            if len({o.match.form for o in occurrences}) < 2:
                continue  # one form throughout: nothing to compare
            keys = list(dict.fromkeys(number_key(o.match.form) for o in occurrences))
            # a key's last word is made singular, so 'X Industries' is no longer a part of
            # 'X Industries, Ltd.': the forms as written are asked too
            written = {number_key(o.match.form): o.match.form for o in occurrences}
            forms = list(written.values())
            full = [
                k
                for k in keys
                if not is_short_form(k, keys) and not is_short_form(written[k], forms)
            ]
            if len(full) < 2:
                continue
            approved_key = number_key(occurrences[0].match.approved or "")
            counts = Counter(number_key(o.match.form) for o in occurrences)
            preferred = approved_key if approved_key in full else max(full, key=counts.__getitem__)
            for o in occurrences:
                key = number_key(o.match.form)
                if key not in full or key == preferred or not _same_spelling(key, preferred):
                    continue
                if _stop_taken_by_the_end(o, key, preferred):
                    continue
                own = o.match.approved or ""
                fixed = (
                    own if number_key(own) == preferred else _form_with_key(occurrences, preferred)
                )
                other = next(
                    x.match.text for x in occurrences if number_key(x.match.form) == preferred
                )
                yield report(
                    self,
                    ctx,
                    o.segment,
                    o.start,
                    o.end,
                    f"'{o.match.text}' also written '{other}' in this release",
                    suggestion=fixed,
                    replacement=fixed,
                    fix_title=f"Write '{fixed}'",
                )

    def _spaced_korean_names(self, ctx: CheckContext) -> Iterator[Finding]:
        """'아사기리 상사' where the release also writes the glossary's '아사기리상사', and
        '청년주거 디딤돌 사업' where it writes the glossary's '청년 주거 디딤돌 사업'."""
        for spaced in itertools.chain(spaced_korean_names(ctx), joined_korean_names(ctx)):
            written = spaced.segment.plain[spaced.start : spaced.end]
            yield report(
                self,
                ctx,
                spaced.segment,
                spaced.start,
                spaced.end,
                f"'{written}' also written '{spaced.closed}' in this release",
                suggestion=spaced.closed,
                replacement=spaced.closed,
                fix_title=f"Write '{spaced.closed}'",
            )

    def _open_compounds(self, ctx: CheckContext) -> Iterator[Finding]:
        """'bio ventures' where the release also writes 'bio-ventures' or 'bioventures'."""
        for conflict in open_compound_conflicts(ctx):
            m = conflict.match
            yield report(
                self,
                ctx,
                conflict.segment,
                m.start(),
                m.end(),
                f"'{m.group()}' also written '{conflict.other}' in this release",
                suggestion=conflict.fixed,
                replacement=conflict.fixed,
                fix_title=f"Write '{conflict.fixed}'",
            )


def _same_spelling(a: str, b: str) -> bool:
    """Two spellings of one name, not a name and its alias ('iPS cells' for the long form).

    An open and a hyphenated form ('next generation', 'next-generation') are not two
    spellings: English writes the noun open and the adjective with a hyphen.
    """
    from rapidfuzz import fuzz

    if a.replace("-", " ") == b.replace("-", " "):
        return False
    return fuzz.ratio(a, b) >= 75


def _form_with_key(occurrences: list[Occurrence], key: str) -> str:
    return next(o.match.form for o in occurrences if number_key(o.match.form) == key)


class ParticleMismatch(Rule):
    """A Korean particle that does not fit the glossary name before it.

    Why is this bad?
        Korean writes '은/는', '이/가', '을/를', '과/와' and '으로/로' by the sound the
        word before them ends in ('김민준은', '삼성전자는', '서울로', '부산으로'). A
        name typed over another, or put in place of a machine translation's
        placeholder, keeps the particle its neighbour chose, and '김민준는' beside a
        name reads as a typo in the name. Names ending in a Hangul syllable are judged,
        a particle after a quote or a bracket that glosses the name too
        ('김민준(金敏俊)은'); a name ending in Latin letters, a digit or kanji is not
        (its reading is not written: 'NOVA9이' is read 나인), nor a longer word the
        name opens ('한국가스공사') or a copula ('삼성전자이다'). A particle typed
        twice ('임정욱은은', '임정욱은는') is one too many, made to fit the name.

    Example:
        임정욱는 이날 신제품을 소개했다.

    Use instead:
        임정욱은 이날 신제품을 소개했다.

    Fix safety:
        Safe: the name's last sound decides the particle's form.
    """

    code: ClassVar[str] = "PR107"
    name: ClassVar[str] = "particle-mismatch"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        from prlocalize.hangul import particle_slip

        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if not _HANGUL_SYLLABLE.search(text):
                continue  # no particle without Hangul
            for kind in (FormKind.APPROVED, FormKind.VARIANT):
                for m in prose_matches(ctx, segment, kind):
                    slip = particle_slip(text, m.text, m.end)
                    if slip is None or _typed_twice(text, slip.start, slip.end):
                        continue  # ('대표이사는는': the particle typed twice, PR308's)
                    yield report(
                        self,
                        ctx,
                        segment,
                        slip.start,
                        slip.end,
                        f"Particle '{slip.written}' after '{m.text}': '{m.text}' takes "
                        f"'{slip.proper}'",
                        suggestion=slip.proper,
                        replacement=slip.proper,
                        fix_title=f"Write '{m.text}{slip.proper}'",
                        safe=True,
                    )


def _typed_twice(text: str, start: int, end: int) -> bool:
    """Whether PR308 reports a particle typed twice inside ``text[start:end]``."""
    from prlocalize.rules.doubled_words import doubled_particles

    return any(start < d.start < end for d in doubled_particles(text))


RULES: tuple[type[Rule], ...] = (
    GluedName,
    MisspelledTerm,
    ForbiddenVariant,
    ReversedNameOrder,
    InconsistentEntity,
    OtherLocaleForm,
    ParticleMismatch,
)


_CLOSERS = " \t\"'”’)）」』]"


def _stop_taken_by_the_end(o: Occurrence, key: str, preferred: str) -> bool:
    """A name with a legal suffix ending a headline, a list item or a description cut
    short ('… with Kaiyo Denki Co., Ltd'): the stop of 'Co., Ltd.' may have gone with the
    end of the text, so it is no other spelling."""
    return key + "." == preferred and not o.segment.plain[o.end :].strip(_CLOSERS)


def _set_out(slips: Iterable[Slip], view: ClosedUp | None, text: str) -> Iterator[Slip]:
    """``slips`` found in ``view`` at their places in ``text``, the text it was made from."""
    for slip in slips:
        if view is None:
            yield slip
        else:
            start, end = view.span(slip.start, slip.end)
            yield Slip(start, end, text[start:end], slip.approved)


def _closed_up_text(text: str) -> str:
    view = closed_up(text)
    return text if view is None else view.text
