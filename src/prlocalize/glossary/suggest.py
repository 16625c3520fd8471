"""prlocalize.glossary.suggest
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Glossary candidates mined from aligned sentence pairs, for a person to review (never
written into a glossary directly).

* **Persons** are matched across scripts by reading: an English name ("Toshio
  Fujimoto", "Oh Youngju") against the Japanese words read by fugashi/UniDic and
  romanised by cutlet (藤本 利夫, カタカナ names too) or the Hangul name romanised
  by korean-romanizer (오영주), compared with rapidfuzz under
  :func:`~prlocalize.glossary.readings.name_key`, in both name orders.
* **Places** by reading as well (UniDic's place names, Korean words next to an
  English place or in its dateline) and by CLDR's country names (Babel); a Korean
  place's katakana on the Japanese pages is read from its Hangul (서울: ソウル).
* **Organisations** by reading too, where the other side writes the name as it sounds
  (アオバファーマ株式会社, 京都大学, 하늘은행 for 'Aoba Pharma Co., Ltd.', 'Kyoto
  University', 'Hanul Bank'): legal forms and head words ('University', 大学) apart.
* **Organisations and titles** by co-occurrence: an English organisation or title
  phrase and the Japanese/Korean span that appears in the same pairs, and only
  there (Dice coefficient over at least two pairs).
* **Products and brands of one word** by co-occurrence too ('Carumi', 「ケアミ」, '케어미':
  a name marketed in each language, not read out), where the other side quotes the form
  at least once, as a release introduces a product, and no place, country, person or
  organisation found otherwise is the word.
* **Titles beside a person's name** on both sides ('said Mayor Haruki Tomioka' beside
  '富岡春樹市長は'), which co-occurrence cannot count (a span holding a name is left out).

Each candidate carries its evidence (how many pairs, which files and lines) and a
confidence; forms already in the glossary are skipped, and a glossary entry whose
form in the other language disagrees with the pairs is reported as a conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from prlocalize.glossary import readings
from prlocalize.glossary.definitions import Definition
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term
from prlocalize.glossary.values import guard_formula, make_id

DEFAULT_MIN_CONFIDENCE = 0.6
_EVIDENCE_SHOWN = 5


@dataclass(frozen=True, slots=True)
class SentencePair:
    source_lang: str
    source: str
    target_lang: str
    target: str
    where: str  # "a.en.txt:12 | a.ja.txt:11" or "archive.tmx:40"


@dataclass
class Candidate:
    kind: Kind
    forms: dict[str, str]  # locale → form
    parts: dict[str, PersonName] = field(default_factory=dict)  # persons: locale → parts
    variants: dict[str, list[str]] = field(default_factory=dict)
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)  # where, one per pair

    @property
    def pairs(self) -> int:
        return len(self.evidence)

    def entry(self) -> Entry:
        forms = {
            locale: Term(
                text=text,
                variants=tuple(self.variants.get(locale, ())),
                name=self.parts.get(locale),
            )
            for locale, text in self.forms.items()
        }
        label = self.forms.get("en") or next(iter(self.forms.values()))
        return Entry(make_id(self.kind, label), self.kind, forms)

    def evidence_text(self) -> str:
        shown = "; ".join(self.evidence[:_EVIDENCE_SHOWN])
        more = len(self.evidence) - _EVIDENCE_SHOWN
        return f"{self.pairs} pair(s): {shown}" + (f"; +{more} more" if more > 0 else "")


@dataclass(frozen=True, slots=True)
class Conflict:
    entry_id: str
    locale: str
    glossary_form: str
    found: str
    evidence: str


@dataclass
class Suggestions:
    candidates: list[Candidate]
    conflicts: list[Conflict]
    known: int  # candidates the glossary already has


# ------------------------------------------------------------------ English side


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _words(
    """
    a an the and or of for in on at to by with from as is are was were be this that
    these those it its our we he she they his her their mr mrs ms dr prof press release
    news january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday co ltd inc corp
    corporation company group holdings bank ministry university institute association
    agency foundation council office department division unit center centre city
    prefecture province county president vice chairman chairperson chair ceo cfo coo cto
    director minister manager head chief officer executive general mayor governor
    professor secretary ambassador principal representative managing senior deputy board
    member founder partner expo forum media contact notice about more information
    registration tickets speakers programme program headquarters head new one first
    emeritus dean commissioner judge justice senator lawmaker councillor councilor
    superintendent administrator spokesperson spokesman spokeswoman illustrator artist
    designer author coach captain tel fax phone mobile email mail web url
    when after while if since although though then later also meanwhile yesterday today
    tomorrow here there dear
    """
)
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,}(?![a-z])")


def _english_names(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Runs of 2 or 3 capitalised words that may be a name: (words, text as written)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out = []
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            window = words[i : i + size]
            if any(text[a[2] : b[1]] != " " for a, b in pairwise(window)):
                continue
            names = tuple(w for w, _, _ in window)
            if any(w.casefold() in _STOP for w in names):
                continue
            if _in_a_longer_run(text, window[0][1], window[-1][2]):
                continue  # 'Lumiel House' of 'Lumiel House Tokyo': a store's, a brand's name
            if _LEGAL_AFTER.match(text, window[-1][2]):
                continue  # 'Kestrel Robotics Inc.': a company's name, read out as a person's
            out.append((names, text[window[0][1] : window[-1][2]]))
    return out


_WORD_BEFORE = re.compile(rf"(?:{_WORD.pattern}) $")


def _in_a_longer_run(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``[start, end)`` run on into another capitalised
    word right before or after them that is no title or common word ('Lumiel House
    Tokyo', 'Seoul Lumiel House'): a person's name stands apart from other names."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is not None and after.group().casefold() not in _STOP:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group().strip().casefold() not in _STOP


# a legal form right after a name makes it a company's ('Kestrel Robotics Inc.',
# 'Aoba Pharma Co., Ltd.', a foreign partner's 'Nordvik Aero AS', 'Halden Marine GmbH'),
# though its words read like a person's in katakana or Hangul
_FOREIGN_LEGAL = (
    r"AS|ASA|A/S|ApS|AB|AG|GmbH|SE|SA|S\.A\.|SAS|N\.V\.|NV|B\.V\.|BV|Oyj?|S\.p\.A\.|"
    r"S\.r\.l\.|Pte\.? Ltd|Pty\.? Ltd|Sdn\.? Bhd|Ltda|LLP|PLC|Limited"
)
_LEGAL_AFTER = re.compile(
    r",? (?:Co\.|Inc\b|Corp\b|Corporation\b|Ltd\b|LLC\b|K\.K\.|plc\b|"
    rf"(?:{_FOREIGN_LEGAL})(?![\w/]))"
)
# a name in katakana with '社' after it ('ノルドヴィク・エアロ社と', not '森下社長'): a
# foreign company, as Japanese releases name one
_JA_COMPANY_AFTER = re.compile(r"社(?![\u3400-\u9fff々])")


# ------------------------------------------------------------------ matching names


def _similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class _NameMatch:
    english: str
    en_given: str
    en_family: str
    form: str
    given: str
    family: str
    score: float  # 0..100, the weaker of the two parts
    thing: bool = False  # written as a product is: quoted alone, or after an article
    foreign: bool = False  # two words of katakana or Hangul: which is the family name is a guess


def _match_parts(
    en_words: tuple[str, ...],
    parts: list[tuple[str, list[str]]],
    foreign: bool,
    vowel_blind: bool = False,
) -> tuple[float, int] | None:
    """Best (score, index of the English word that is the family name) of two name parts.

    ``parts`` is [(surface, [keys…]), (surface, [keys…])] in the order of the text,
    family first unless ``foreign``. A three-word English name is a two-syllable Korean
    or hyphen-less given name written apart ("Oh Young Ju"). ``vowel_blind`` (Korean):
    English spellings write ㅓ as u as often as eo (Hyun, Jung for 현 hyeon, 정 jeong).
    """
    candidates: list[tuple[str, str, int]] = []  # (key of family, key of given, family index)
    words = [readings.name_key(w) for w in en_words]
    if len(words) == 2:
        candidates = [(words[0], words[1], 0), (words[1], words[0], 1)]
    else:
        candidates = [(words[0], words[1] + words[2], 0), (words[2], words[0] + words[1], 2)]
    first, second = parts
    family_part, given_part = (second, first) if foreign else (first, second)
    best: tuple[float, int] | None = None
    for fam, giv, index in candidates:
        f = max(_similar(fam, k) for k in family_part[1])
        g = max(_similar(giv, k) for k in given_part[1])
        if vowel_blind:
            f = max(f, *(_similar(_blind(fam), _blind(k)) for k in family_part[1]))
            g = max(g, *(_similar(_blind(giv), _blind(k)) for k in given_part[1]))
        if foreign:  # katakana adds vowels: compare consonant skeletons too
            f = max(f, _similar(readings.skeleton(fam), readings.skeleton(family_part[1][0])))
            g = max(g, _similar(readings.skeleton(giv), readings.skeleton(given_part[1][0])))
        score = min(f, g)
        if best is None or score > best[0]:
            best = (score, index)
    return best


def _blind(key: str) -> str:
    return key.replace("u", "o")


_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")
_NAME_SEPARATORS = {" ", "\u3000", "・", "･", "·"}


def _japanese_words(text: str, *, cut_dots: bool = False) -> list[readings.Token]:
    """UniDic's tokens with adjacent katakana pieces joined (ミレ + ラ is ミレラ); with
    ``cut_dots``, a katakana name UniDic takes as one word with its middle dot
    ('チョン・ミンホ' after '代表理事 ') cut at the dot, as it cuts it elsewhere."""
    out: list[readings.Token] = []
    tokens = readings.japanese_tokens(text)
    for tok in _at_middle_dots(tokens) if cut_dots else tokens:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == tok.start
            and _KATAKANA.match(last.surface)
            and _KATAKANA.match(tok.surface)
        ):
            name = "person" if "person" in {last.name, tok.name} else last.name or tok.name
            tok = readings.Token(
                last.surface + tok.surface, last.romaji + tok.romaji, last.start, tok.end, name
            )
            out[-1] = tok
        else:
            out.append(tok)
    return out


def _dotted(surface: str) -> tuple[str, str, str] | None:
    """(first, dot, second) of a word of two katakana words and a dot between them."""
    for dot in ("\u30fb", "\uff1d", "="):
        if surface.count(dot) == 1:
            first, second = surface.split(dot)
            if _KATAKANA.match(first) and _KATAKANA.match(second):
                return first, dot, second
    return None


def _at_middle_dots(tokens: list[readings.Token]) -> Iterator[readings.Token]:
    for tok in tokens:
        dotted = _dotted(tok.surface)
        if dotted is None:
            yield tok
            continue
        first, dot, second = dotted
        cut, after = tok.start + len(first), tok.start + len(first) + len(dot)
        yield readings.Token(first, readings.japanese_romaji(first), tok.start, cut, tok.name)
        yield readings.Token(dot, "", cut, after, "")
        yield readings.Token(second, readings.japanese_romaji(second), after, tok.end, tok.name)


def _japanese_names(
    text: str, *, cut_dots: bool = False
) -> list[tuple[str, list[tuple[str, list[str]]], bool]]:
    """Two-part name spans of a Japanese text: (span, [(part, keys)…], foreign)."""
    tokens = _japanese_words(text, cut_dots=cut_dots)
    out = []
    for i, tok in enumerate(tokens):
        katakana = bool(_KATAKANA.match(tok.surface))
        if tok.name == "place" or not (tok.name or katakana):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].surface in _NAME_SEPARATORS:
            j += 1
        if j >= len(tokens):
            continue
        other = tokens[j]
        # two katakana words are a foreign name, given name first, unless UniDic knows
        # the first as a (Japanese) family name: フジモト・トシオ
        foreign = bool(katakana and _KATAKANA.match(other.surface) and tok.name != "family")
        if not foreign:
            if tok.name != "family":
                continue
            # UniDic does not know every given name: take the next word when it is kanji,
            # or hiragana before an honorific ('水野あかりさん', which UniDic reads as 明かり)
            if (
                other.name not in {"given", "family", "person"}
                and (_HIRAGANA.search(other.surface) or not other.surface.isalpha())
                and not _hiragana_given_name(other, tokens[j + 1 : j + 2])
            ):
                continue
        if not foreign:
            other = _whole_given_name(other, tokens[j + 1 :])
        span = text[tok.start : other.end]
        if span.count(" ") + span.count("\u3000") > 1:
            continue
        parts = [
            (tok.surface, [readings.japanese_key(tok.romaji)]),
            (other.surface, [readings.japanese_key(other.romaji)]),
        ]
        out.append((span, parts, foreign))
    return out


_HIRAGANA_NAME = re.compile(r"[\u3041-\u3093]{2,4}")
_HONORIFICS_AFTER = frozenset({"さん", "氏", "様", "さま", "ちゃん", "くん", "君"})


def _hiragana_given_name(word: readings.Token, after: Sequence[readings.Token]) -> bool:
    """Whether ``word``, hiragana after a family name, is a given name: two to four
    letters with an honorific right after them ('水野あかりさん', 'あかり氏'), where a
    particle ('水野は') would stand alone."""
    return (
        _HIRAGANA_NAME.fullmatch(word.surface) is not None
        and bool(after)
        and after[0].start == word.end
        and after[0].surface in _HONORIFICS_AFTER
    )


def _whole_given_name(first: readings.Token, rest: Sequence[readings.Token]) -> readings.Token:
    """A given name UniDic cuts into kanji it knows as given names one by one (陽 + 翔 of
    陽翔), read as one word: up to three kanji."""
    for tok in rest:
        if tok.start != first.end or tok.name != "given" or not _KANJI.fullmatch(tok.surface):
            break
        if len(first.surface) + len(tok.surface) > 3:
            break
        surface, romaji = first.surface + tok.surface, first.romaji + tok.romaji
        first = readings.Token(surface, romaji, first.start, tok.end, first.name)
    return first


_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]+")
# a given name read otherwise than UniDic reads its kanji (陽翔 Haruto, 結愛 Yua): taken on
# the family name alone, when the name is written in full with a space (高橋 陽翔), as a
# reading agreeing just enough that one pair does not make a candidate and several do
_FAMILY_ALONE = 95.0


def _by_family_alone(
    words: tuple[str, ...], spans: list[tuple[str, list[tuple[str, list[str]]], bool]]
) -> tuple[str, int, list[tuple[str, list[str]]]] | None:
    """(span, index of the English family name, parts) of a name written in full whose
    family name reads as one of the two English words, its given name in kanji."""
    if len(words) != 2:
        return None
    for span, parts, foreign in spans:
        (_, family_keys), (given, _) = parts
        if foreign or not ({" ", "\u3000"} & set(span)) or not _KANJI.fullmatch(given):
            continue
        for index in (0, 1):
            key = readings.name_key(words[index])
            if max(_similar(key, k) for k in family_keys) >= _FAMILY_ALONE:
                return span, index, parts
    return None


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _korean_names(text: str) -> list[tuple[str, list[tuple[str, list[str]]], bool]]:
    """Hangul words (or their first 2-4 syllables, before a title or particle) as Korean
    names, and two Hangul words in a row as a foreign name (줄리아 브레너)."""
    out = []
    seen: set[str] = set()
    words = list(_HANGUL_WORD.finditer(text))
    for match in words:
        word = match.group()
        for size in (3, 2, 4):
            name = word[:size]
            if len(name) < size or name in seen:
                continue
            split = readings.korean_name_parts(name)
            if split is None:
                continue
            family, given = split
            family_keys = [readings.name_key(readings.korean_romaji(family))]
            if family in readings.KOREAN_FAMILY:
                family_keys.append(readings.name_key(readings.KOREAN_FAMILY[family]))
            given_key = readings.name_key(readings.korean_romaji(given))
            seen.add(name)
            out.append((name, [(family, family_keys), (given, [given_key])], False))
    for first, second in pairwise(words):
        if text[first.end() : second.start()] != " " or len(first.group()) < 2:
            continue
        last = _KO_PARTICLE.sub("", second.group())
        if len(last) < 2:
            continue
        keys = [(w, [readings.name_key(readings.korean_romaji(w))]) for w in (first.group(), last)]
        out.append((f"{first.group()} {last}", keys, True))
    return out


def match_names(
    english: str, other: str, lang: str, *, threshold: float = 80.0
) -> list[_NameMatch]:
    """The personal names of ``english`` found in ``other`` (ja or ko) by their reading."""
    if _headline_case(english):
        return []  # 'Agree to Automate Battery Module Assembly': words, not names
    en_names = _english_names(english)
    if not en_names:
        return []
    spans = _japanese_names(other) if lang == "ja" else _korean_names(other) if lang == "ko" else []
    found: list[_NameMatch] = []
    for words, written in en_names:
        best: _NameMatch | None = None
        for span, parts, foreign in spans:
            if _in_a_longer_name(span, other) or _a_company_in_japanese(span, other, lang):
                continue
            result = _match_parts(words, parts, foreign, vowel_blind=lang == "ko")
            if result is None or result[0] < threshold:
                continue
            score, family_index = result
            if best is not None and best.score >= score:
                continue
            en_family = words[family_index]
            en_given = " ".join(w for k, w in enumerate(words) if k != family_index)
            first, second = parts[0][0], parts[1][0]
            family, given = (second, first) if foreign else (first, second)
            thing = _quoted(span, other) or _after_article(written, english)
            best = _NameMatch(
                written, en_given, en_family, span, given, family, score, thing, foreign
            )
        if best is None and lang == "ja" and (alone := _by_family_alone(words, spans)):
            span, family_index, parts = alone
            en_family, en_given = words[family_index], words[1 - family_index]
            thing = _quoted(span, other) or _after_article(written, english)
            best = _NameMatch(
                written, en_given, en_family, span, parts[1][0], parts[0][0], threshold, thing
            )
        if best is not None:
            found.append(best)
    # a two-word run inside a matched three-word name is the same person
    return [
        m
        for m in found
        if not any(o is not m and m.english in o.english and o.score >= m.score for o in found)
    ]


@dataclass(frozen=True, slots=True)
class _JaKoMatch:
    ja: str
    ja_parts: tuple[str, str]  # (given, family)
    ko: str
    ko_parts: tuple[str, str]
    score: float


def match_ja_ko_names(ja: str, ko: str, *, threshold: float = 85.0) -> list[_JaKoMatch]:
    """The personal names of a Japanese text found in its Korean translation (or source)
    by their reading, with no English between them: a Japanese name in kanji and the
    Korean that writes it as it sounds ('高田 恵子', '다카다 게이코'), a Korean name and the
    katakana that writes it ('윤하은', 'ユン・ハウン'). Both scripts write either name
    family name first; two words of katakana and of Hangul are a Western name, given
    name first. (A Korean name the Japanese writes in kanji, '朴 書妍', reads otherwise
    in Japanese: not found.)"""
    spans = [
        span
        for span in _korean_names(ko)
        if not _in_a_longer_name(span[0], ko)
        # ('모' of '모리시게'; a Korean family name of a vowel alone, '이수진', is one)
        and all(len(keys[0]) >= 2 or _vowel_family(span, part) for part, keys in span[1])
    ]
    found: list[_JaKoMatch] = []
    # (a Korean name in katakana is family name first: the English pairs, which take
    # two katakana words given name first, do not cut a dotted word)
    for jspan, jparts, jforeign in _japanese_names(ja, cut_dots=True):
        if _in_a_longer_name(jspan, ja) or _a_company_in_japanese(jspan, ja, "ja"):
            continue
        best: _JaKoMatch | None = None
        for kspan, kparts, kforeign in spans:
            score = min(
                max(_kana_hangul_similar(a, b) for a in jpart[1] for b in kpart[1])
                for jpart, kpart in zip(jparts, kparts, strict=True)
            )
            if score < threshold or (best is not None and best.score >= score):
                continue
            western = jforeign and kforeign  # 'ジュリア・ブレナー', '줄리아 브레너'
            first, second = (1, 0) if western else (0, 1)  # (family, given) in text order
            best = _JaKoMatch(
                jspan,
                (jparts[second][0], jparts[first][0]),
                kspan,
                (kparts[second][0], kparts[first][0]),
                score,
            )
        if best is not None:
            found.append(best)
    return found


# Korean family names of one vowel syllable (이 Lee, 오 Oh, 우 Woo, 여 Yeo, 어 Eo, 예 Ye),
# whose reading is one letter
_VOWEL_FAMILIES = frozenset("이오우여어예")


def _vowel_family(span: tuple[str, list[tuple[str, list[str]]], bool], part: str) -> bool:
    """Whether ``part`` of a Korean name ``span`` is its family name of one vowel
    syllable, in a name of three syllables ('이수진', not '모리시게')."""
    surface, parts, foreign = span
    return not foreign and len(surface) == 3 and part == parts[0][0] and part in _VOWEL_FAMILIES


def _kana_hangul_similar(kana: str, hangul: str) -> float:
    """The similarity of a katakana name's reading and a Hangul one's: katakana writes
    the Korean h before u as フ ('チフン' for 지훈 jihun), which reads 'fu'."""
    return max(_similar(kana, hangul), _similar(kana.replace("f", "h"), hangul.replace("f", "h")))


_SMALL_WORDS = _words("a an the and or nor but of for in on at to by with from as vs via")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _headline_case(english: str) -> bool:
    """Whether ``english`` is a headline in title case ('Kestrel Robotics and Hanbit
    Energy Agree to Automate Battery Module Assembly'): every word but the small ones
    capitalised, five at least, so that any two of them look like a name; a Korean
    release writes such words as they sound ('배터리 모듈'), read like a person's. A line
    with a comma is a roster's ('Hana Ilves, Director, Baltic Wind Institute'): a name."""
    if "," in english:
        return False
    words = [w for w in _LATIN_WORD.findall(english) if w.casefold() not in _SMALL_WORDS]
    return len(words) >= 5 and all(w[0].isupper() for w in words)


# a product's name is read like a person's ('Hoshi Arm Mini', ホシアーム ミニ, 호시암 미니),
# but written as a thing: quoted alone in Japanese or Korean (「ホシアーム ミニ」,
# '호시암 미니'), after an article in English ('the Hoshi Arm Mini'); a person's is not
_QUOTE_PAIRS = ("「」", "『』", "“”", "‘’", "''", '""', "《》", "〈〉", "<>")


def _quoted(span: str, text: str) -> bool:
    return any(f"{marks[0]}{span}{marks[1]}" in text for marks in _QUOTE_PAIRS)


_QUOTED_NAME_MAX = 24  # a product's or a work's name; a longer quotation is speech


def _a_company_in_japanese(span: str, text: str, lang: str) -> bool:
    """Whether a katakana ``span`` names a company wherever ``text`` writes it (see
    _JA_COMPANY_AFTER)."""
    if lang != "ja" or "社" not in text or not _KATAKANA_NAME.fullmatch(span.replace(" ", "")):
        return False
    ends = [m.end() for m in re.finditer(re.escape(span), text)]
    return bool(ends) and all(_JA_COMPANY_AFTER.match(text, end) for end in ends)


def _in_a_longer_name(span: str, text: str) -> bool:
    """Whether every time ``text`` writes ``span`` it is the first or last words of a
    short quoted name ('구모 스파클링' in '구모 스파클링 유자'): part of a product's name
    that reads like a person's, and neither a person nor the product."""
    at = text.find(span)
    if at < 0:
        return False
    while at >= 0:
        inside = (_quotation_around(text, at, at + len(span)) or "").strip()
        # more words of the name after a space ('구모 스파클링 유자'), not a particle after
        # the name in quoted speech (「中村 結衣はCFOです」)
        if not (inside.startswith(span + " ") or inside.endswith(" " + span)):
            return False
        at = text.find(span, at + 1)
    return True


def _quotation_around(text: str, start: int, end: int) -> str | None:
    """The short quotation ``text[start:end]`` sits in, or None."""
    for marks in _QUOTE_PAIRS:
        opening, closing = marks[0], marks[1]
        if opening == closing:
            if text.count(opening, 0, start) % 2 == 0:
                continue
            left = text.rfind(opening, 0, start)
        else:
            left = text.rfind(opening, 0, start)
            if left < 0 or text.rfind(closing, 0, start) > left:
                continue
        right = text.find(closing, end)
        if right < 0 or right - left - 1 > _QUOTED_NAME_MAX:
            continue
        return text[left + 1 : right]
    return None


def _after_article(name: str, english: str) -> bool:
    return re.search(rf"\b(?:the|a|an) {re.escape(name)}\b", english, re.IGNORECASE) is not None


# ------------------------------------------------------------------ places


@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    names = Locale.parse(lang).territories
    return {code: name for code, name in names.items() if code.isalpha() and len(code) == 2}


# a place's cue: 'in Tokyo', and the second place of 'in Ginza, Tokyo'
_PLACE_CUE = re.compile(r"\b(?:in|at|from|to|near)\s+(?:[A-Z][a-z]+(?:-[a-z]+)?,\s+)?$")
# ... or the prefecture, province or state after it ('Utsunomiya, Tochigi Prefecture')
_PLACE_CUE_AFTER = re.compile(r",\s+[A-Z][a-z]+\s+(?:Prefecture|Province|State)\b")
# the kind of place after a name ('Tochigi Prefecture', 'Utsunomiya City'), which Japanese
# and Korean write as a suffix of the name ('栃木県', '도치기현'): the place is the whole
_PLACE_KIND_AFTER = re.compile(r"\s(Prefecture|Province|City|Ward)\b")
_PLACE_KIND_SUFFIXES = {
    "Prefecture": {"ja": "県府都", "ko": "현부도"},
    "Province": {"ja": "道省", "ko": "도성"},
    "City": {"ja": "市", "ko": "시"},
    "Ward": {"ja": "区", "ko": "구"},
}


def _places(english: str, other: str, lang: str) -> list[tuple[str, str, float]]:
    """(English place, its form in ``other``, score) by reading or CLDR country names."""
    out: list[tuple[str, str, float]] = []
    en_terr = _territories("en")
    there = _territories(lang)
    for code, name in en_terr.items():
        local = there.get(code)
        if local and re.search(rf"\b{re.escape(name)}\b", english) and local in other:
            out.append((name, local, 100.0))
    words = [(m.group(), m.start()) for m in _WORD.finditer(english)]
    if lang == "ja":
        spans = [
            (t.surface, readings.japanese_key(t.romaji))
            for t in readings.japanese_tokens(other)
            if t.name == "place" and len(t.surface) >= 2 and _alone_in_japanese(t.surface, other)
        ]
    elif lang == "ko":
        words_ko = dict.fromkeys(
            _without_particles(m.group()) for m in _HANGUL_WORD.finditer(other)
        )
        spans = [
            (w, readings.name_key(readings.korean_romaji(w)))
            for w in words_ko
            if 2 <= len(w) <= 5  # ('후쿠오카', '요코하마', '우쓰노미야')
        ]
        # ... and a name before its kind's suffix, read without it ('우쓰노미야시', '도치기현')
        spans.extend(
            (w[:-1], readings.name_key(readings.korean_romaji(w[:-1])))
            for w in words_ko
            if 3 <= len(w) <= 6 and w[-1] in "시현도구부" and w[:-1] not in words_ko
        )
    else:
        spans = []
    for word, start in words:
        if word.casefold() in _STOP or len(word) < 3:
            continue
        cue = english[max(0, start - 30) : start]
        end = start + len(word)
        # (a dateline's place: 'TOKYO, Dec. 8', or 'TOKYO (December 8, 2026)' as Japanese
        # companies write it in English)
        dateline = word.isupper() and english.startswith((",", " ("), end)
        kind = _PLACE_KIND_AFTER.match(english, end)
        if not dateline and kind is None and _part_of_a_name(english, start, end):
            continue  # 'Hanazono Motor', '("Hanazono")': a company's name, not the place
        cued = (
            _PLACE_CUE.search(cue) is not None
            or _PLACE_CUE_AFTER.match(english, end) is not None
            or dateline
            or kind is not None
        )
        if lang == "ko" and not cued:
            continue  # any Hangul word may read like a capitalised word: ask for a cue
        key = readings.name_key(word)
        found: list[tuple[str, str, float]] = []
        for surface, skey in spans:
            score = _similar(key, skey)
            if lang == "ko" and score < 90:
                # a Japanese place as Korean writes it: its z as ㅈ, its f as ㅎ ('긴자'
                # ginja for Ginza, '후쿠오카' hukuoka for Fukuoka)
                score = _similar(_japanese_in_korean(key), _japanese_in_korean(skey))
            if score < 90:
                continue
            name = word.title() if word.isupper() else word
            if kind is not None:
                suffixes = _PLACE_KIND_SUFFIXES[kind[1]].get(lang, "")
                written = _with_kind_suffix(surface, other, suffixes)
                if written is None:
                    continue  # 'Tochigi Prefecture' is no bare '栃木'
                found.append((f"{name} {kind[1]}", written, score))
            else:
                found.append((name, surface, score))
        if lang == "ko" and len(found) > 1:
            # a Hangul word read whole and without its suffix ('평택시', '평택'): the one
            # that reads closer, the whole word where both read as close
            found = [max(found, key=lambda f: (f[2], len(f[1])))]
        out.extend(found)
    return out


def _with_kind_suffix(surface: str, other: str, suffixes: str) -> str | None:
    """``surface`` with the suffix of its kind that ``other`` writes after it ('栃木県',
    '도치기현'), or None where it writes none."""
    at = other.find(surface)
    while at != -1:
        after = other[at + len(surface) : at + len(surface) + 1]
        if after and after in suffixes:
            return surface + after
        at = other.find(surface, at + 1)
    return None


def _without_particles(word: str) -> str:
    """A Hangul word without the particles after it, one or two ('후쿠오카에도')."""
    once = _KO_PARTICLE.sub("", word)
    return _KO_PARTICLE.sub("", once) if once != word and len(once) > 4 else once


def _japanese_in_korean(key: str) -> str:
    """A reading key with the sounds Korean writes a Japanese name's z and f with folded
    into theirs (name_key has made z an s already)."""
    return key.replace("j", "s").replace("f", "h")


_NEXT_CAPITALISED = re.compile(r"\s+[A-Z][a-z]")
_QUOTES = "\"“'‘「『"
# what may follow a place's name in Japanese text and keep it the place (横浜市, 仙台駅)
_JA_PLACE_SUFFIX = "市県都府道町村区郡駅港州省島"
_JA_NAME_LETTER = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]")


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` is part of a longer name (a
    capitalised word follows: 'Hanazono Motor') or a short form in quotes ('"Hanazono"')."""
    if start and text[start - 1] in _QUOTES:
        return True
    return _NEXT_CAPITALISED.match(text, end) is not None


def _alone_in_japanese(surface: str, text: str) -> bool:
    """Whether ``surface`` stands alone somewhere in ``text``, as a place's name does: not
    the head of a longer name (花園自動車, 日立製作所) and not a short form in quotes
    (「花園」); a place suffix may follow (横浜市)."""
    at = text.find(surface)
    while at != -1:
        end = at + len(surface)
        quoted = at and text[at - 1] in _QUOTES
        after = text[end : end + 1]
        glued = bool(after) and _JA_NAME_LETTER.match(after) is not None
        if not quoted and (not glued or after in _JA_PLACE_SUFFIX):
            return True
        at = text.find(surface, at + 1)
    return False


# ------------------------------------------------------------------ defined names

# a definition on both sides is explicit: one pair passes the default confidence (0.67),
# two make it 0.89, and pairs that disagree on the form lower it
_DEFINED_SCORE = 90.0
_BRACKETS = "(（"


def _defined_names(english: str, other: str, lang: str) -> list[tuple[str, str]]:
    """(English name, its form in ``other``) for each company both sides name in full
    and then define a short form for ('Hanazono Motor Corporation ("Hanazono")' and
    '花園自動車株式会社（以下「花園」）'): the names before the brackets that hold the
    definitions, paired in their order when both sides define as many."""
    from prlocalize.glossary.definitions import find_definitions

    theirs = _definition_brackets(other, find_definitions(other))
    if not theirs:
        return []
    mine = _definition_brackets(english, find_definitions(english))
    if len(mine) != len(theirs):
        return []
    out = []
    for at_en, at_other in zip(mine, theirs, strict=True):
        en = _english_name_before(english, at_en)
        form = _name_before(other, at_other, lang)
        if en and form and _ORG_HEAD.search(en.replace(",", "")) is not None:
            out.append((en, form))
    return out


def _definition_brackets(text: str, definitions: Sequence[Definition]) -> list[int]:
    """Where the bracket that holds each definition opens, once per bracket, in order."""
    found: list[int] = []
    for definition in definitions:
        at = max(text.rfind(b, 0, definition.start) for b in _BRACKETS)
        if at >= 0 and at not in found:
            found.append(at)
    return found


def _english_name_before(text: str, at: int) -> str:
    head = text[:at].rstrip()
    last = None
    for match in _PHRASE.finditer(head):
        if match.end() == len(head):
            last = match.group().strip(" ,")
    return last or ""


def _name_before(text: str, at: int, lang: str) -> str:
    """The run of name letters that ends where the bracket opens (read backwards: a
    pattern anchored at the end would try every start of a long run)."""
    letters = _JA_NAME_LETTERS if lang == "ja" else _KO_NAME_LETTERS
    end = len(text[:at].rstrip())
    start = _run_start(text, end, letters)
    if lang == "ko" and _CJK_LEGAL.fullmatch(text[start:end]) and text[start - 1 : start] == " ":
        # the legal form after the name, as Korean writes it ('미나토전기 주식회사')
        start = _run_start(text, start - 1, letters)
    elif lang == "ja" and start > 0 and _HIRAGANA.match(text, start - 1):
        # a name that starts in hiragana ('株式会社みなと電機'), after a legal form or where
        # a clause starts
        kana = start
        while kana > 0 and _HIRAGANA.match(text, kana - 1) and start - kana < _KANA_LEAD:
            kana -= 1
        legal = re.search(f"{_LEGAL_WORDS}$", text[:kana])
        if legal is not None:
            start = legal.start()
        elif kana == 0 or text[kana - 1] in _CLAUSE_OPENERS:
            start = kana
    return text[start:end] if end - start >= 2 else ""


_KANA_LEAD = 6  # hiragana a company's name may open with ('みなと', 'さくら')
_CLAUSE_OPENERS = frozenset(" \u3000、。「『（(：:")


def _run_start(text: str, end: int, letters: frozenset[str]) -> int:
    start = end
    while start > 0 and text[start - 1] in letters:
        start -= 1
    return start


def _letters(*ranges: tuple[str, str]) -> frozenset[str]:
    return frozenset(chr(c) for first, last in ranges for c in range(ord(first), ord(last) + 1))


_NAME_EXTRAS = tuple((c, c) for c in "&・ー㈱㈜")
_JA_NAME_LETTERS = _letters(
    ("\u30a0", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("々", "々"),
    ("A", "Z"), ("a", "z"), ("0", "9"), *_NAME_EXTRAS,
)  # fmt: skip
_KO_NAME_LETTERS = _letters(("\uac00", "\ud7a3"), ("A", "Z"), ("a", "z"), ("0", "9"), *_NAME_EXTRAS)


# ------------------------------------------------------------------ organisations and titles

# the words an institution's name ends in ('Hanbit Life Insurance', 'Kobe Kaigan
# Hospital', 'Minatoura City Museum'): a capitalised phrase ending so is an organisation's
_ORG_HEAD = re.compile(
    r"(?:Co\.,? ?Ltd\.|Inc\.|Corp\.|Corporation|Company|Group|Holdings|Bank|University|"
    r"Institute|Association|Agency|Foundation|Council|Office|Department|Hospital|Society|"
    r"Insurance|Securities|Airlines|Airways|Railways?|Museum|Laborator(?:y|ies)|Commission|"
    r"Authority|"
    # the trade a company's English name ends in, where Asian companies often give it no
    # legal form ('Hanbit Bio', 'Hanbit Energy'): the other side must still read alike
    r"Pharma(?:ceuticals?)?|Bio(?:logics|tech|science)?|Energy|Electric|Electronics|"
    r"Motors?|Chemicals?|Systems|Technologies|Robotics|Networks|Industries|Logistics|"
    r"Semiconductor|Materials|Engineering|Entertainment|Cosmetics|Beauty|Foods?|Apparel|"
    r"Fashion|Stores?|Hotels?|Resorts?)$"
)
# a place or owner before a company's name ("Japan's Sakura Pharmaceutical Co. Ltd.")
_POSSESSOR = re.compile(r"[A-Z][A-Za-z.]*['’]s ")
# an organisation owning what follows it ("Hoshino Department Store's Ginza store")
_OWNER_OF_WHAT_FOLLOWS = re.compile(r"([A-Z][^'’]*?)['’]s ")
_TITLE_WORDS = _words(
    """
    president vice chairman chairperson chair ceo cfo coo cto director minister manager
    head chief officer executive general mayor governor professor secretary ambassador
    representative managing senior deputy founder principal and of
    """
)
_PHRASE = re.compile(
    r"(?:Ministry of |Minister of )?(?:[A-Z][\w&.'-]*(?:,? (?:Co\., Ltd\.|Inc\.)|"
    r" (?:of|and|for|&) (?=[A-Z])| (?=[A-Z]))?)+"
)


_CHIEF_OFFICER = re.compile(r"Chief(?: [A-Z][a-z]+){1,3} Officer")
# a title word that opens a place's name in lower case ('Head office', 'Head offices')
_NO_TITLE_AFTER = re.compile(r"\s?(?:office|offices|quarters|branch)\b")
_ABBREVIATED = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St|Bros)\.$")


def _english_phrases(text: str) -> list[tuple[str, Kind]]:
    out = []
    for match in _PHRASE.finditer(text):
        phrase = match.group().strip(" ,")
        if phrase.endswith(".") and _ABBREVIATED.search(phrase) is None:
            phrase = phrase[:-1]  # the full stop of the sentence ('… at Sakura Bank.')
        # the boilerplate's heading ('About Hoshizora Robotics Inc.') names the company
        phrase = phrase.removeprefix("About ")
        owner = _POSSESSOR.match(phrase)
        if owner is not None and _ORG_HEAD.search(phrase) and " " in phrase[owner.end() :]:
            phrase = phrase[owner.end() :]
        owned = _OWNER_OF_WHAT_FOLLOWS.match(phrase)
        if owned is not None and _ORG_HEAD.search(owned[1]):
            phrase = owned[1]  # "Hoshino Department Store's Ginza": the store, then its branch
        head, of, rest = phrase.partition(" of ")
        if of and all(w.casefold() in _TITLE_WORDS for w in head.split()):
            # "President of Hanul Bank": a title, then an organisation
            out.append((head, Kind.TITLE))
            if _ORG_HEAD.search(rest) and len(rest.split()) >= 2:
                out.append((rest, Kind.ORG))
            continue
        words = phrase.replace(",", " ").split()
        if len(words) < 1 or len(phrase) < 3:
            continue
        lowered = [w.casefold().strip(".") for w in words]
        if phrase.startswith(("Ministry of", "Minister of")) or _ORG_HEAD.search(phrase):
            if len(words) >= 2:
                out.append((phrase, Kind.ORG))
        elif all(w in _TITLE_WORDS for w in lowered) and lowered[0] not in {"and", "of"}:
            if _NO_TITLE_AFTER.match(text, match.end()):
                continue  # ('Head office: Yokohama', a company's boilerplate: no title)
            out.append((phrase, Kind.TITLE))
        else:  # 'Chief Financial Officer', any function, also inside a longer phrase
            # ('Notice of Appointment of Chief Financial Officer')
            out += [(m.group(), Kind.TITLE) for m in _CHIEF_OFFICER.finditer(phrase)]
    return out


# the word an organisation's English name ends in, as Japanese and Korean write it
_ORG_HEADS: dict[str, tuple[str, ...]] = {
    "university": ("大学", "대학교", "대학"),
    "bank": ("銀行", "은행"),
    "institute": ("研究所", "研究院", "연구소", "연구원"),
    "association": ("協会", "협회"),
    "foundation": ("財団", "재단"),
    "hospital": ("病院", "병원"),
    "group": ("グループ", "그룹"),
    "holdings": ("ホールディングス", "홀딩스"),
    "society": ("学会", "학회"),
    "council": ("協議会", "협의회"),
    "insurance": ("保険", "보험"),
    "securities": ("証券", "증권"),
    "airlines": ("航空", "항공"),
    "airways": ("航空", "항공"),
    "railway": ("鉄道", "철도"),
    "railways": ("鉄道", "철도"),
    "museum": ("博物館", "美術館", "박물관", "미술관"),
    "laboratory": ("研究所", "연구소"),
    "laboratories": ("研究所", "연구소"),
    "commission": ("委員会", "위원회"),
    # a trade's word, translated or written as it sounds ('Energy': エナジー, 에너지)
    "pharma": ("ファーマ", "製薬", "파마", "제약"),
    "pharmaceutical": ("製薬", "薬品", "ファーマシューティカル", "제약", "약품"),
    "pharmaceuticals": ("製薬", "薬品", "ファーマシューティカルズ", "제약", "약품"),
    "bio": ("バイオ", "바이오"),
    "biologics": ("バイオロジクス", "바이오로직스"),
    "biotech": ("バイオテック", "바이오텍"),
    "bioscience": ("バイオサイエンス", "바이오사이언스"),
    "energy": ("エナジー", "エネルギー", "에너지"),
    "electric": ("電機", "電気", "エレクトリック", "전기", "일렉트릭"),
    "electronics": ("電子", "エレクトロニクス", "전자", "일렉트로닉스"),
    "motor": ("自動車", "モーター", "자동차", "모터"),
    "motors": ("自動車", "モーターズ", "자동차", "모터스"),
    "chemical": ("化学", "ケミカル", "화학", "케미칼"),
    "chemicals": ("化学", "ケミカルズ", "화학", "케미칼스"),
    "systems": ("システムズ", "システム", "시스템즈", "시스템"),
    "technologies": ("テクノロジーズ", "テクノロジー", "테크놀로지스", "테크놀로지"),
    "robotics": ("ロボティクス", "로보틱스"),
    "networks": ("ネットワークス", "네트웍스", "네트워크스"),
    "industries": ("工業", "産業", "インダストリーズ", "공업", "산업"),
    "logistics": ("物流", "ロジスティクス", "물류", "로지스틱스"),
    "semiconductor": ("半導体", "반도체"),
    "materials": ("マテリアルズ", "素材", "材料", "머티리얼즈", "소재"),
    "engineering": ("エンジニアリング", "엔지니어링"),
    "entertainment": ("エンターテインメント", "엔터테인먼트"),
    "cosmetics": (
        "コスメティックス",
        "コスメティック",
        "化粧品",
        "코스메틱스",
        "코스메틱",
        "화장품",
    ),
    "beauty": ("ビューティー", "ビューティ", "뷰티"),
    "food": ("フード", "食品", "푸드", "식품"),
    "foods": ("フーズ", "食品", "푸드", "식품"),
    "apparel": ("アパレル", "어패럴"),
    "fashion": ("ファッション", "패션"),
    "store": ("ストア", "店", "스토어", "점"),
    "stores": ("ストアーズ", "ストア", "店", "스토어즈", "스토어", "점"),
    "hotel": ("ホテル", "호텔"),
    "hotels": ("ホテルズ", "ホテル", "호텔스", "호텔"),
    "resort": ("リゾート", "리조트"),
    "resorts": ("リゾーツ", "リゾート", "리조트"),
}
# head words of two ('Hoshino Department Store': 星野百貨店, 호시노백화점)
_ORG_HEADS_OF_TWO = {
    "department store": ("百貨店", "デパート", "백화점"),
    "shopping mall": ("ショッピングモール", "쇼핑몰"),
}
# (one space at most where a phrase has one: '\s*' before '$' backtracks on long blanks)
_EN_LEGAL = re.compile(
    r",? ?(?:Co\.,? ?Ltd\.?|Inc\.?|Corp\.?|Corporation|Company|Ltd\.?)$"
    rf"|,? (?:{_FOREIGN_LEGAL})$"  # (after a space: 'NASA' ends in no 'SA')
)
_LEGAL_WORDS = r"(?:株式会社|有限会社|㈱|\(株\)|（株）|주식회사|㈜|\(주\))"
_CJK_LEGAL = re.compile(rf"^{_LEGAL_WORDS}\s?|\s?{_LEGAL_WORDS}$")
# what may come before a head word in a name: kana, kanji, Hangul, Latin letters
_NAME_RUN = re.compile(
    r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々\uac00-\ud7a3A-Za-z]{1,12}$"
)
_ORG_READING = 88.0  # how alike the readings of the names must be (0-100)


def _orgs_by_reading(english: str, other: str, lang: str) -> list[tuple[str, str, float]]:
    """Organisations whose name the other side writes as it sounds: 'Aoba Pharma Co.,
    Ltd.' and アオバファーマ株式会社, 'Kyoto University' and 京都大学, 'Sakura Bank' and
    さくら銀行. The English name without its legal form and its head word ('University',
    'Bank') must read like the span without its own (大学, 은행); one pair is evidence
    enough, as it is for a person's name."""
    out = []
    spans = None
    names = [p for p, kind in _english_phrases(english) if kind is Kind.ORG]
    # 'Kyoto University and Sakura Bank' is read as one phrase: each name on its own too
    names += [part for name in names if " and " in name for part in name.split(" and ")]
    for phrase in dict.fromkeys(names):
        words = _EN_LEGAL.sub("", phrase).split()
        heads: tuple[str, ...] = ("",)
        if " ".join(words[-2:]).casefold() in _ORG_HEADS_OF_TWO:
            heads = _ORG_HEADS_OF_TWO[" ".join(words[-2:]).casefold()]
            del words[-2:]
        elif words and words[-1].casefold() in _ORG_HEADS:
            heads = _ORG_HEADS[words.pop().casefold()]
        if not words or any(w[:1].islower() for w in words):
            continue  # 'Ministry of ...': words, not a name that is read out
        key = readings.name_key("".join(words))
        if len(key) < 3:
            continue
        spans = spans if spans is not None else _target_spans(other, lang)
        best: tuple[float, int, str] | None = None
        for span, body in _org_bodies(spans, other, heads):
            score = _org_reading_score(key, body, lang)
            if score >= _ORG_READING and (best is None or (score, len(span)) > best[:2]):
                best = (score, len(span), span)
        if best is not None:
            out.append((phrase, best[2], best[0]))
    return out


_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc・]+")


def _org_reading_score(key: str, body: str, lang: str) -> float:
    """How alike an English name's reading ``key`` and ``body``'s are; a name in
    katakana ('ケストレル・ロボティクス', Kestrel Robotics) is compared on its consonants
    too, as a foreign person's name is, since katakana adds vowels ('gesudorerurobodigusu')."""
    reading = _reading_key(body, lang)
    score = _similar(key, reading)
    if lang == "ja" and _KATAKANA_NAME.fullmatch(body):
        consonants = readings.skeleton(key)
        if len(consonants) >= _SKELETON_MIN:
            score = max(score, _similar(consonants, readings.skeleton(reading)))
    return score


_SKELETON_MIN = 6  # consonants: fewer match by chance


def _org_bodies(spans: set[str], text: str, heads: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(span, the part to read) of each place ``text`` may name an organisation with one
    of ``heads`` (or none): the spans without their legal form and head word, and the
    letters right before each head word in the text ('以前さくら銀行': さくら, くら…)."""
    for span in spans:
        core = _CJK_LEGAL.sub("", span).strip()
        for head in heads:
            if not head:
                yield span, core
            elif core.endswith(head) and len(core) > len(head):
                yield span, core[: -len(head)].strip()
    for head in heads:
        at = text.find(head) if head else -1
        while at > 0:
            run = _NAME_RUN.search(text, max(0, at - 12), at)  # (a run is 12 letters at most)
            if run is not None:
                for start in range(run.start(), run.end()):
                    yield text[start : at + len(head)], text[start:at]
            at = text.find(head, at + 1)


def _reading_key(text: str, lang: str) -> str:
    if lang == "ja":
        return readings.japanese_key("".join(t.romaji for t in readings.japanese_tokens(text)))
    if lang == "ko" and _HANGUL_WORD.fullmatch(text.replace(" ", "")):
        return readings.name_key(readings.korean_romaji(text.replace(" ", "")))
    return ""


_JA_SPAN = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff々A-Za-z0-9&・ー]{2,}")
_KO_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|와|과|로|으로|도|께서|이다|이며)$")


# a name may start in hiragana (みなと精機株式会社) where a sentence or clause starts
_JA_KANA_LEAD = re.compile(
    r"(?:^|(?<=[\s、。，「『（(：:]))[\u3041-\u309f]{1,6}"
    r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff々A-Za-z0-9&・ー]{2,}"
)


def _target_spans(text: str, lang: str) -> set[str]:
    if lang == "ja":
        spans = {m.group() for m in _JA_SPAN.finditer(text)}
        return spans | {m.group() for m in _JA_KANA_LEAD.finditer(text)}
    if lang == "ko":
        words = [_KO_PARTICLE.sub("", w) for w in re.findall(r"[\uac00-\ud7a3A-Za-z0-9]+", text)]
        spans = set()
        for size in (1, 2, 3):
            for i in range(len(words) - size + 1):
                span = " ".join(words[i : i + size])
                if len(span.replace(" ", "")) >= 2:
                    spans.add(span)
        return spans
    return set()


# ------------------------------------------------------------------ the whole


def suggest(
    pairs: Iterable[SentencePair],
    glossary: Glossary | None = None,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Suggestions:
    """Candidates from ``pairs`` at or above ``min_confidence``, and conflicts with ``glossary``."""
    if not readings.available():
        from prlocalize.errors import UsageError

        raise UsageError(
            "glossary suggest reads names with fugashi, unidic-lite, cutlet and "
            "korean-romanizer: pip install 'prlocalize[names]'"
        )
    persons: dict[str, _Tally] = {}
    things: set[str] = set()  # names read like persons' but written as products'
    places: dict[str, _Tally] = {}
    orgs: dict[str, _Tally] = {}  # named where each side defines a short form for them
    titles: dict[str, _Tally] = {}  # written beside a person's name on both sides
    cooc: dict[tuple[str, Kind], Counter[tuple[str, str]]] = defaultdict(Counter)
    phrase_count: Counter[tuple[str, Kind, str]] = Counter()  # pairs of each language
    span_count: Counter[tuple[str, str]] = Counter()
    where_of: dict[tuple[str, Kind, str, str], list[str]] = defaultdict(list)
    seen: list[tuple[set[tuple[str, Kind]], set[str], str, str]] = []  # phrases, spans
    texts: list[tuple[str, str, str]] = []  # (english, other, lang) of each pair
    ja_ko: dict[str, _Tally] = {}  # persons of Japanese–Korean pairs, by the Japanese form
    ja_pages: list[tuple[str, str, str]] = []  # (english, japanese, where) of each pair
    for pair in pairs:
        oriented = _english_first(pair)
        if oriented is None:
            if (both := _japanese_korean(pair)) is not None:
                ja, ko, where = both
                for person in match_ja_ko_names(ja, ko):
                    tally = ja_ko.setdefault(person.ja.replace("\u3000", " "), _Tally("", ""))
                    tally.add("ja", person.ja, person.ja_parts, person.score, where)
                    tally.add("ko", person.ko, person.ko_parts, person.score, where)
            continue
        english, other, lang, where = oriented
        texts.append((english, other, lang))
        if lang == "ja":
            ja_pages.append((english, other, where))
        names = _not_of_an_org(match_names(english, other, lang), english)
        for m in names:
            tally = persons.setdefault(m.english, _Tally(m.en_given, m.en_family))
            tally.add(lang, m.form, (m.given, m.family), m.score, where)
            tally.learn_order(lang, m)
            if m.thing:
                things.add(m.english)
        for en, form in _titles_beside_names(english, other, lang, names):
            titles.setdefault(en, _Tally("", "")).add(lang, form, None, _BESIDE_SCORE, where)
        for en, form, score in _places(english, other, lang):
            places.setdefault(en, _Tally("", "")).add(lang, form, None, score, where)
        for en, form in _defined_names(english, other, lang):
            orgs.setdefault(en, _Tally("", "")).add(lang, form, None, _DEFINED_SCORE, where)
        named = set()  # the organisations found in the pair by their names
        for en, form, score in _orgs_by_reading(english, other, lang):
            orgs.setdefault(en, _Tally("", "")).add(lang, form, None, score, where)
            named.add(form)
        # a phrase the other side writes as it is ('© Amagumo Air Co., Ltd.' on both pages)
        # is kept, not translated: that pair says nothing of its translation
        phrases = {phrase for phrase in _english_phrases(english) if phrase[0] not in other}
        phrases |= {(word, Kind.BRAND) for word in _brand_words(english) if word not in other}
        # a person's name beside a title is in every pair the title is: not the title
        spans = {
            span
            for span in _target_spans(other, lang)
            if not any(_overlaps(span, m) for m in names if not m.thing)
            and not (span.isascii() and span in english)  # kept as written: 'CFO'
            # an organisation's name and the word after it ('…코리아 대표이사'): two things
            and not any(form != span and _holds_words(span, form) for form in named)
        }
        seen.append((phrases, spans, lang, where))
    # a title's acronym ('CFO') is the title it stands for ('Chief Financial Officer')
    short = _acronyms(phrase for phrases, _, _, _ in seen for phrase in phrases)
    for phrases, spans, lang, where in seen:
        for phrase in {(short.get(p, p), kind) for p, kind in phrases}:  # once per pair
            phrase_count[(*phrase, lang)] += 1
            for span in spans:
                cooc[phrase][(lang, span)] += 1
                where_of[(*phrase, lang, span)].append(where)
        for span in spans:
            span_count[(lang, span)] += 1
    _katakana_through_korean(persons, ja_pages)
    _places_through_korean(places, ja_pages)
    companies = _company_names(phrase for phrases, _, _, _ in seen for phrase in phrases)
    candidates = [
        t.candidate(Kind.BRAND if en in things else Kind.PERSON, en)
        for en, t in persons.items()
        if en.casefold() not in companies
    ]
    for tally in ja_ko.values():
        candidate = tally.candidate(Kind.PERSON, "")
        del candidate.forms["en"]  # no English in a Japanese–Korean archive
        candidates.append(candidate)
    candidates += [t.candidate(Kind.PLACE, en) for en, t in places.items()]
    candidates += [t.candidate(Kind.ORG, en) for en, t in orgs.items()]
    candidates += _titles_said_apart(titles, texts)
    found = _cooccurring(cooc, phrase_count, span_count, where_of)
    # (a Japanese–Korean archive's persons have no English form)
    english_forms = [c.forms.get("en", "") for c in candidates]
    named = {e.casefold() for e in english_forms} | _territory_names()
    named |= {w.casefold() for e in english_forms for w in e.split()}
    found = [c for c in found if c.kind is not Kind.BRAND or _a_brand(c, named, texts)]
    acronyms = {title: acronym for acronym, title in short.items()}
    for candidate in found:
        if (acronym := acronyms.get(candidate.forms["en"])) is not None:
            candidate.variants["en"] = [acronym]
    candidates += found
    candidates = [c for c in candidates if c.confidence >= min_confidence]
    return _against(candidates, glossary, texts)


def _katakana_through_korean(
    persons: dict[str, _Tally], ja_pages: Sequence[tuple[str, str, str]]
) -> None:
    """Give a Korean person found in English–Korean pairs the katakana the Japanese pages
    of the same English write the name in ('Jung Min-ho', '정민호': 'チョン・ミンホ'), read
    from the Hangul: the English romanization is too far from the katakana's sound
    ('Jung' and 'チョン') for the English–Japanese pairs to find it."""
    for english, tally in persons.items():
        if "ja" in tally.forms or "ko" not in tally.forms:
            continue
        korean = tally.forms["ko"].most_common(1)[0][0]
        for page_english, japanese, where in ja_pages:
            if english not in page_english:
                continue
            for match in match_ja_ko_names(japanese, korean):
                if match.ko == korean:
                    tally.add("ja", match.ja, match.ja_parts, match.score, where)


def _places_through_korean(
    places: dict[str, _Tally], ja_pages: Sequence[tuple[str, str, str]]
) -> None:
    """Give a Korean place found in English–Korean pairs ('Seoul', '서울') the katakana the
    Japanese pages of the same English write it in ('ソウル'), read from the Hangul as
    Japanese transcribes Korean: the katakana reads too far from the English spelling
    ('souru', 'Seoul') for the English–Japanese pairs to find it. Only a katakana word
    that is the Hangul's transcription, syllable for syllable, is taken."""
    from prlocalize.hangul import katakana_key, katakana_of_korean

    for english, tally in places.items():
        if "ja" in tally.forms or "ko" not in tally.forms:
            continue
        korean = tally.forms["ko"].most_common(1)[0][0]
        if _HANGUL_WORD.fullmatch(korean) is None:
            continue
        keys = {katakana_of_korean(korean), katakana_of_korean(korean, linked=True)}
        for page_english, japanese, where in ja_pages:
            if re.search(rf"\b{re.escape(english)}\b", page_english) is None:
                continue
            for run in _KATAKANA_WORD.finditer(japanese):
                if katakana_key(run.group()) in keys:
                    tally.add("ja", run.group(), None, _THROUGH_KOREAN_SCORE, where)
                    break


# a katakana word standing alone (not a piece of a longer one), and how sure a
# transcription of the Hangul read there is: as sure as a reading that matches
_KATAKANA_WORD = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,}(?![\u30a1-\u30fa\u30fc・])"
)
_THROUGH_KOREAN_SCORE = 95.0


# a title beside a name found on both sides is evidence as a defined short form is, but
# weaker (the words beside a name may be a city's or a company's name too): two pairs of
# each language that agree to pass the default confidence
_BESIDE_SCORE = 85.0
# the words for a title before an English name ('said Mayor Haruki Tomioka', 'President
# and CEO Kenji Tsukiura') or after it ('Yoko Hanazawa, Director, said'). A title of an
# organisation ('Kitamori City Mayor …', '…, CEO of Hanbit Life') is left: Japanese and
# Korean write the organisation between the name and the title ('정다은 한빛생명보험 대표')
_TITLE_BEFORE = (
    r"(?:^|(?<=[a-z0-9,;:\"“(] ))((?:[A-Z][A-Za-z]*\.? )(?:(?:[A-Z][A-Za-z]*\.?|and) ){0,3})"
)
_TITLE_AFTER = r", ((?:[A-Z][A-Za-z]*\.? ){0,3}[A-Z][A-Za-z]*)(?=[,;:)]|\.(?:\s|$)|$)"
# what follows a name in Japanese that is its title: a run of kanji or katakana written
# right after it ('富岡春樹市長は', '花沢陽子館長'); in Korean the next word ('도미오카
# 하루키 시장은')
_JA_TITLE_AFTER = re.compile(r"[ \u3000]?([\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,10})")
_KO_TITLE_AFTER = re.compile(r" ([\uac00-\ud7a3]{1,6})(?![\uac00-\ud7a3])")
# what is said after a name out of courtesy, no title
_HONORIFICS = frozenset({"氏", "様", "さま", "さん", "殿", "君", "씨", "님", "군", "양"})


def _titles_beside_names(
    english: str, other: str, lang: str, names: list[_NameMatch]
) -> list[tuple[str, str]]:
    """(English title, its form) of the titles written beside a person's name in both
    sentences of a pair: 'said Mayor Haruki Tomioka' beside '富岡春樹市長は' gives
    ('Mayor', '市長'). A person's title glued to the name is no span co-occurrence
    can count (it is left out as part of the name)."""
    out = []
    for match in names:
        if match.thing:
            continue
        name = re.escape(match.english)
        titles = [found[1] for found in re.finditer(_TITLE_BEFORE + name + r"\b", english)]
        titles += [found[1] for found in re.finditer(name + _TITLE_AFTER, english)]
        words = [t.strip().split() for t in titles]
        titled = [
            " ".join(w)
            for w in words
            if w
            and all(word.casefold().strip(".") in _TITLE_WORDS for word in w)
            and w[0].casefold() not in {"and", "of"}
        ]
        if len(set(titled)) != 1:
            continue  # none, or two titles in one sentence: which is whose is unsure
        form = _title_after(other, match.form, lang)
        if form is not None:
            out.append((titled[0], form))
    return out


_TITLE_DICE = 0.5  # how much a title and its form must go together in the pairs


def _titles_said_apart(
    titles: dict[str, _Tally], texts: list[tuple[str, str, str]]
) -> list[Candidate]:
    """The titles found beside names whose forms also go with them across the pairs of
    their language (Dice over the pairs): the word after a Korean name may be the
    company's ('박지호 한빛생명보험 대표'), which the archive writes in many sentences
    that give no 'CEO'."""
    out = []
    for english, tally in titles.items():
        said = re.compile(rf"\b{re.escape(english)}\b")
        for lang in list(tally.forms):
            form = tally.forms[lang].most_common(1)[0][0]
            mine = [(said.search(e) is not None, form in o) for e, o, at in texts if at == lang]
            both = sum(1 for title, written in mine if title and written)
            apart = sum(title for title, _ in mine) + sum(written for _, written in mine)
            if not apart or 2 * both / apart < _TITLE_DICE:
                del tally.forms[lang]
        if tally.forms:
            out.append(tally.candidate(Kind.TITLE, english, each_language=True))
    return out


def _title_after(text: str, name: str, lang: str) -> str | None:
    """The title written right after each place ``name`` is in ``text``, when every
    place gives the same one."""
    pattern = _JA_TITLE_AFTER if lang == "ja" else _KO_TITLE_AFTER if lang == "ko" else None
    if pattern is None:
        return None
    found = set()
    at = text.find(name)
    while at != -1:
        title = pattern.match(text, at + len(name))
        word = _KO_PARTICLE.sub("", title[1]) if title and lang == "ko" else title and title[1]
        found.add(word if word and len(word) >= 2 and word not in _HONORIFICS else None)
        at = text.find(name, at + len(name))
    return found.pop() if len(found) == 1 else None


def _not_of_an_org(names: list[_NameMatch], english: str) -> list[_NameMatch]:
    """``names`` without those that share a word with an organisation ``english`` names
    ('Robotics Korea' of 'Kestrel Robotics Korea' beside 'Kestrel Robotics Inc.', read
    like '로보틱스 코리아'): a subsidiary's or a brand's name, no person's. The first
    word of a company's name may be its founder's ('Soichiro Honda', 'Honda Motor Co.,
    Ltd.'): it does not count."""
    if not names:
        return names
    orgs = [phrase for phrase, kind in _english_phrases(english) if kind is Kind.ORG]
    words = {w.casefold() for org in orgs for w in _EN_LEGAL.sub("", org).split()[1:]}
    if not words:
        return names
    return [m for m in names if words.isdisjoint(w.casefold() for w in m.english.split())]


def _company_names(phrases: Iterable[tuple[str, Kind]]) -> set[str]:
    """The names of the companies the archive writes with their legal form, without it
    ('tsubame logistics' of 'Tsubame Logistics Co., Ltd.', casefolded): a headline
    writes the name alone ('Tsubame Logistics Opens …' beside '츠바메 로지스틱스, …'),
    read like a person's two words, but it is the company's."""
    return {
        bare.casefold()
        for phrase, kind in phrases
        if kind is Kind.ORG and (bare := _EN_LEGAL.sub("", phrase).strip()) != phrase
    }


def _holds_words(span: str, form: str) -> bool:
    """Whether ``span`` shares a whole word with ``form`` ('케스트렐 로보틱스 홍보실',
    '로보틱스 홍보실' of '케스트렐 로보틱스')."""
    return not set(span.split(" ")).isdisjoint(form.split(" "))


def _overlaps(span: str, name: _NameMatch) -> bool:
    """Whether ``span`` holds a part of the name or lies inside it."""
    return span in name.form or name.given in span or name.family in span


def _japanese_korean(pair: SentencePair) -> tuple[str, str, str] | None:
    """(Japanese, Korean, where) of a pair of those two languages."""
    s, t = pair.source_lang.split("_")[0], pair.target_lang.split("_")[0]
    if (s, t) == ("ja", "ko"):
        return pair.source, pair.target, pair.where
    if (s, t) == ("ko", "ja"):
        return pair.target, pair.source, pair.where
    return None


def _english_first(pair: SentencePair) -> tuple[str, str, str, str] | None:
    s, t = pair.source_lang.split("_")[0], pair.target_lang.split("_")[0]
    if s == "en" and t in {"ja", "ko"}:
        return pair.source, pair.target, t, pair.where
    if t == "en" and s in {"ja", "ko"}:
        return pair.target, pair.source, s, pair.where
    return None


@dataclass
class _Tally:
    en_given: str
    en_family: str
    forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    parts: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    scores: list[float] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    # the English family name as a match whose script says it found it (kanji, a Korean
    # name), and the one each form's match took: two words of katakana or Hangul are
    # taken given name first, but Korean writes a Japanese name family name first
    # (나카무라 유이 for Yui Nakamura)
    sure_family: str = ""
    took_family: dict[tuple[str, str], str] = field(default_factory=dict)

    def learn_order(self, lang: str, match: _NameMatch) -> None:
        self.took_family.setdefault((lang, match.form), match.en_family)
        if not match.foreign and not self.sure_family:
            self.sure_family = match.en_family
            self.en_given, self.en_family = match.en_given, match.en_family

    def add(
        self, lang: str, form: str, parts: tuple[str, str] | None, score: float, where: str
    ) -> None:
        self.forms[lang][form] += 1
        if parts is not None:
            self.parts[(lang, form)] = parts
        self.scores.append(score)
        if where not in self.where:
            self.where.append(where)

    def candidate(self, kind: Kind, english: str, *, each_language: bool = False) -> Candidate:
        forms = {"en": english}
        parts: dict[str, PersonName] = {}
        variants: dict[str, list[str]] = {}
        agreement = 1.0
        if kind is Kind.PERSON and self.en_given and self.en_family:
            parts["en"] = PersonName(self.en_given, self.en_family)
        for lang, counter in self.forms.items():
            ranked = [f for f, _ in counter.most_common()]
            forms[lang] = ranked[0]
            # an organisation's name with and without its legal form is one name
            # ('株式会社みなと電機', 'みなと電機'), as a name with and without a space is
            same = _without_legal_form if kind is Kind.ORG else _unspaced
            agreeing = sum(n for f, n in counter.items() if same(f) == same(ranked[0]))
            agreement = min(agreement, agreeing / sum(counter.values()))
            others = [f for f in ranked[1:] if same(f) == same(ranked[0])]
            if others:
                variants[lang] = others
            if kind is Kind.PERSON and (lang, ranked[0]) in self.parts:
                given, family = self.parts[(lang, ranked[0])]
                took = self.took_family.get((lang, ranked[0]), "")
                if self.sure_family and took and took != self.sure_family:
                    given, family = family, given  # (the match's guess of the order)
                parts[lang] = PersonName(given, family)
        # how close the readings are, raised by every further pair that agrees and
        # lowered when the pairs disagree on the form
        base = max(0.0, min(1.0, (sum(self.scores) / len(self.scores) - 70) / 30))
        seen = len(self.where)
        if each_language:  # weak evidence: the pairs of each language must agree alone
            seen = min(sum(counter.values()) for counter in self.forms.values())
        confidence = (1 - (1 - base) ** seen) * agreement
        return Candidate(kind, forms, parts, variants, round(confidence, 3), list(self.where))


def _legal_form_off(locale: str, form: str) -> str:
    return _EN_LEGAL.sub("", form) if locale == "en" else _without_legal_form(form)


def _unspaced(form: str) -> str:
    return form.replace(" ", "")


def _without_legal_form(form: str) -> str:
    return _CJK_LEGAL.sub("", form).replace(" ", "")


# a product's or a brand's name of one word in English ('Carumi', 'iPark'), which
# Japanese and Korean write as it is marketed there ('ケアミ', '케어미'), not as it reads:
# a capitalised word with no capitalised word beside it (a longer name's word), paired
# by co-occurrence (a sentence's first word too: the quotation marks round the other
# side's form tell a product from 'Founded' or 'Details', see _a_brand)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_BRAND_SHAPE = re.compile(r"[A-Z][a-z]{3,}[a-z0-9]*|[a-z][A-Z][A-Za-z0-9]{2,}")


def _brand_words(english: str) -> set[str]:
    tokens = [m.group() for m in _TOKEN.finditer(english)]
    return {
        word
        for i, word in enumerate(tokens)
        if _BRAND_SHAPE.fullmatch(word)
        and word.casefold() not in _STOP
        and not (i and tokens[i - 1][0].isupper())
        and not (i + 1 < len(tokens) and tokens[i + 1][0].isupper())
    }


def _territory_names() -> set[str]:
    """The English names of countries and regions (CLDR's, through Babel)."""
    return {name.casefold() for name in _territories("en").values()}


# quotation marks round a product's name in Japanese and Korean text ('「ケアミ」',
# "'케어미'"), as a release introduces one
_QUOTED = ("「{}」", "『{}』", "'{}'", "‘{}’", '"{}"', "“{}”")


def _a_brand(candidate: Candidate, named: set[str], texts: Sequence[tuple[str, str, str]]) -> bool:
    """Whether a word found by co-occurrence is a product's or a brand's: no place,
    country, person or organisation found otherwise ('Seoul', 'Korea', the company's
    short form 'Sorano'; 'Korean', 'Koreans' of 'Korea'), and written in quotes on every
    other side at least once ('「ケアミ」' in its headline), as a release introduces a
    product: a language's name ('Japanese', '日本語') is not quoted."""
    word = candidate.forms["en"].casefold()
    if word in named or word.removesuffix("s").removesuffix("n") in named:
        return False
    return all(
        any(
            lang == locale and any(q.format(form) in other for q in _QUOTED)
            for _, other, lang in texts
        )
        for locale, form in candidate.forms.items()
        if locale != "en"
    )


def _acronyms(phrases: Iterable[tuple[str, Kind]]) -> dict[str, str]:
    """The titles' acronyms among ``phrases`` and the one title each stands for ('CFO':
    'Chief Financial Officer', its initials), as releases use both for one title."""
    titles = list(dict.fromkeys(phrase for phrase, kind in phrases if kind is Kind.TITLE))
    initials: dict[str, list[str]] = defaultdict(list)
    for phrase in titles:
        words = phrase.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials["".join(w[0] for w in words)].append(phrase)
    # an acronym two titles share ('VP') stands for neither
    return {a: initials[a][0] for a in titles if len(initials.get(a, [])) == 1}


def _cooccurring(
    cooc: dict[tuple[str, Kind], Counter[tuple[str, str]]],
    phrase_count: Counter[tuple[str, Kind, str]],
    span_count: Counter[tuple[str, str]],
    where_of: dict[tuple[str, Kind, str, str], list[str]],
) -> list[Candidate]:
    out = []
    for (phrase, kind), spans in cooc.items():
        if sum(n for key, n in phrase_count.items() if key[:2] == (phrase, kind)) < 2:
            continue  # one pair cannot tell which span is the phrase
        scored = []
        for (lang, span), both in spans.items():
            # among the pairs of that language: the phrase's Korean pairs say nothing of
            # where its Japanese span is
            n = phrase_count[(phrase, kind, lang)]
            dice = 2 * both / (n + span_count[(lang, span)])
            # among spans that score alike, an organisation is the longest (みなと精機株式会社,
            # not 精機株式会社) and a title the shortest (은행장, not 하늘은행 은행장)
            size = len(span) if kind is Kind.ORG else -len(span)
            scored.append((dice, size, lang, span, both))
        scored.sort(reverse=True)
        by_lang: dict[str, tuple[float, str, int]] = {}
        for dice, _, lang, span, both in scored:
            if lang in by_lang or both < 2:
                continue
            # a shorter span inside the best one that scores as well is the same thing
            by_lang[lang] = (dice, span, both)
        for lang, (dice, span, both) in list(by_lang.items()):
            if _tied(scored, lang, dice, span, both):
                del by_lang[lang]
        forms = {"en": phrase}
        evidence: list[str] = []
        confidence = 1.0
        for lang, (dice, span, _) in by_lang.items():
            if span == phrase:
                continue
            forms[lang] = span
            # co-occurrence is weaker evidence than a reading: three pairs to pass 0.6
            confidence = min(confidence, 0.75 * dice * (1 - 0.5 ** by_lang[lang][2]))
            evidence += [w for w in where_of[(phrase, kind, lang, span)] if w not in evidence]
        if len(forms) > 1:
            out.append(Candidate(kind, forms, {}, {}, round(confidence, 3), evidence))
    return out


def _tied(
    scored: list[tuple[float, int, str, str, int]], lang: str, dice: float, best: str, both: int
) -> bool:
    """Whether another span of ``lang`` scores as ``best`` does and is no part of it, nor
    it of that span: the pairs cannot tell which is the phrase's (a heading repeated on
    every release, 'Contact: Yuji Kondo, General Manager' beside '問合せ先 広報部長 近藤 裕司',
    ties 'General Manager' with 問合, 広報部長 and TEL alike)."""
    return any(
        other_lang == lang
        and other_dice == dice
        and other_both == both
        and span != best
        and span not in best
        and best not in span
        for other_dice, _, other_lang, span, other_both in scored
    )


def _against(
    candidates: list[Candidate],
    glossary: Glossary | None,
    texts: Sequence[tuple[str, str, str]] = (),
) -> Suggestions:
    """Drop what the glossary has; list where it disagrees with the pairs (``texts``:
    the English, the other version and its language, of each pair)."""
    if glossary is None or not len(glossary):
        return Suggestions(_distinct(candidates), [], 0)
    index: dict[tuple[str, str], Entry] = {}
    for entry in glossary:
        for locale, term in entry.forms.items():
            for form in term.accepted:
                index[(locale, _fold(form))] = entry
    kept: list[Candidate] = []
    conflicts: list[Conflict] = []
    known = 0
    for cand in candidates:
        entries = {
            index[(loc, _fold(form))].id: index[(loc, _fold(form))]
            for loc, form in cand.forms.items()
            if (loc, _fold(form)) in index
        }
        if not entries:
            kept.append(cand)
            continue
        clash = False
        for entry in entries.values():
            for loc, form in cand.forms.items():
                existing = entry.term(loc)
                if existing is None or not existing.accepted:
                    continue
                if _fold(form) not in {_fold(f) for f in existing.accepted}:
                    if _part_of_a_form_written(form, existing.accepted, loc, texts):
                        continue
                    clash = True
                    conflicts.append(
                        Conflict(entry.id, loc, existing.text, form, cand.evidence_text())
                    )
        if not clash:
            known += 1
    return Suggestions(_distinct(kept), conflicts, known)


def _part_of_a_form_written(
    found: str, accepted: Sequence[str], locale: str, texts: Sequence[tuple[str, str, str]]
) -> bool:
    """Whether ``found`` is part of a glossary form that the pairs write whole: the
    mined span lost a place's suffix or a title's last word ('横浜' of '横浜市',
    '대표이사' of '대표이사 사장'), so the pairs agree with the glossary."""
    folded = _fold(found)
    longer = [f for f in accepted if folded in _fold(f) and folded != _fold(f)]
    if not longer:
        return False
    written = (other if lang == locale else english for english, other, lang in texts)
    if locale == "en":
        written = (english for english, _, _ in texts)
    return any(f in text for text in written for f in longer)


def _fold(form: str) -> str:
    return " ".join(form.casefold().replace("・", " ").split()).replace(" ", "")


def _distinct(candidates: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per id and per form (the most confident wins), best first."""
    out: list[Candidate] = []
    ids: set[str] = set()
    forms: set[tuple[str, str]] = set()
    ordered = sorted(
        candidates,
        key=lambda c: (-c.confidence, -c.pairs, c.forms.get("en", ""), *c.forms.values()),
    )
    for cand in ordered:
        keys = {(loc, _fold(f)) for loc, f in cand.forms.items()}
        if cand.kind is Kind.ORG:  # the name with and without its legal form is one
            keys |= {(loc, _fold(_legal_form_off(loc, f))) for loc, f in cand.forms.items()}
        entry_id = cand.entry().id
        if entry_id in ids or keys & forms:
            continue
        ids.add(entry_id)
        forms |= keys
        out.append(cand)
    return out


def candidates_csv(suggestions: Suggestions) -> str:
    """The candidates in the glossary's CSV columns plus ``confidence`` and ``evidence``."""
    import csv
    import io

    from prlocalize.glossary.csvfile import csv_columns, write_csv_text

    entries = [c.entry() for c in suggestions.candidates]
    rows = list(csv.reader(io.StringIO(write_csv_text(entries), newline="")))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*csv_columns(entries), "confidence", "evidence"])
    for row, cand in zip(rows[1:], suggestions.candidates, strict=True):
        # the evidence quotes releases: guarded like every cell (CSV injection)
        writer.writerow([*row, f"{cand.confidence:.2f}", guard_formula(cand.evidence_text())])
    return out.getvalue()
