"""prlocalize.rules.other_locale
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Glossary forms of another locale in a release: '인천' or '新潟' in an English
release, 'ソウル' in a Korean one. Such a form is untranslated residue whose
translation the glossary knows, so PR106 reports it with the entry's form in the
release's language; PR201 (foreign-script fragment) leaves exactly these spans
alone, so that one defect gives one finding.

A form counts only where it is the whole foreign-script fragment (as PR201 would
cut it: runs of the foreign scripts joined across spaces and punctuation): in
'新潟県' or '인천 송도' the glossary knows only a part, and PR201 reports the whole.
Only forms in a script foreign to the release's language count (Hanja in a Korean
release or a Latin brand name in a Japanese one is ordinary writing), and quoted or
bracketed forms, forms glossed with their reading ('新潟 (Niigata)'), link texts,
hashtags and handles ('#애플크런치', '@ソウル_news') and text marked with a ``lang``
attribute are mentions, not residue. One exception: a
person or place left in a script the language also writes (Latin in a Japanese,
Korean or Chinese release, Han in a Korean one: 'Incheonの新工場', 'Nobuyuki
Takizawa氏', '新潟 공장') is residue when the glossary has the release's own form for
it and the form is the whole run of that script around it (an English sentence is
PR201's; 'Incheon Global Campus' and '新潟縣' are other names); so is a company or a
body written in Han in a Korean release ('星野百貨店 긴자점'), three letters or more: Hanja
abbreviate a country or a word ('日', '韓中'), never spell a company's name, nor a title
('常務執行役員은', a Japanese partner's officer left in his own title); so is a company whose
Latin name carries the release's own legal form ('Kazahana Motor株式会社', 'Hanul Mobility
주식회사'), where its name alone would be a brand; and such a person is
residue inside a bracket too where a title labels the name: the issuer's line
('（代表取締役社長：Yuji Sakuraba）', '(대표이사 Seo Eun-ji)') names its people in the
release's own form; and inside a quoted comment in the release's language
('「Kwame Asante-Boatengの絵画は…」'). A bracket after such a name glosses it only
where it does not say who the person is: a personnel list's '(현 상무)' or '（現
執行役員）' after each name leaves the name residue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind, TermMatch, TermMatcher
from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.citations import in_citation
from prlocalize.rules.support import inside, protected_spans, tag_spans, term_matches
from prlocalize.scripts import Script, script_of

_CJK = frozenset({Script.HAN, Script.HIRAGANA, Script.KATAKANA, Script.HANGUL})
# the scripts foreign to a release of each language (as PR201 sees them)
FOREIGN: dict[str, frozenset[Script]] = {
    "ja": frozenset({Script.HANGUL}),
    "ko": frozenset({Script.HIRAGANA, Script.KATAKANA}),
    "zh": frozenset({Script.HANGUL, Script.HIRAGANA, Script.KATAKANA}),
}
LATIN_FOREIGN = _CJK
_QUOTED = re.compile(
    r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|《[^》]*》|〈[^〉]*〉|‘[^’]*’|\([^()]*\)|（[^（）]*）"
)
# the words that cite a form as a word, right before it: 'sold under the name 애플크런치',
# 'known as 선', '(spelt ソウル)', 'her name is 정현우', '名称は…', '이름은 …'
_MENTION_CUE = lazy_compile(
    r"(?:\b(?:the\s+name|names?d?(?:\s+(?:is|was))?|called|known\s+as|titled|spel(?:led|t)"
    r"|written)"
    r"|名称は|名前は|표기는|이름은)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# a reading or translation in brackets right after a word: '新潟 (Niigata)'
_GLOSS = lazy_compile(r"\s?[(（]\s*[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z'\-]+){0,4}\s*[)）]")
_NAMING = frozenset({FormKind.APPROVED, FormKind.VARIANT})


def cited_as_word(text: str, start: int) -> bool:
    """Whether the words right before ``start`` cite what follows as a word ('sold under
    the name 애플크런치', 'known as 선'): a mention, not text left untranslated."""
    return _MENTION_CUE.search(text, max(0, start - 40), start) is not None


def foreign_scripts(lang: str) -> frozenset[Script]:
    return FOREIGN.get(language(lang), LATIN_FOREIGN)


# a first look for a letter of the foreign scripts (scripts.py's ranges), in C
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc"
_KANA = "\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HAN = "\u3005-\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_FOREIGN_LETTER = {
    "ja": lazy_compile(f"[{_HANGUL}]"),
    "ko": lazy_compile(f"[{_KANA}]"),
    "zh": lazy_compile(f"[{_HANGUL}{_KANA}]"),
}
_CJK_LETTER = lazy_compile(f"[{_HANGUL}{_KANA}{_HAN}]")


@dataclass(frozen=True, slots=True)
class OtherLocaleForm:
    start: int
    end: int
    match: TermMatch  # the match in the other locale
    replacement: str  # the entry's form in the release's language


def prepare_other_locales(glossary: Glossary, lang: str) -> None:
    """Build the matchers of the glossary's other locales (what ``other_locale_forms``
    looks forms up with) ahead of the first release."""
    for locale in glossary.locales:
        if language(locale) != language(lang):
            TermMatcher.build(glossary, locale)


def other_locale_forms(ctx: CheckContext, segment: Segment) -> tuple[OtherLocaleForm, ...]:
    """The glossary forms of other locales that make up whole foreign fragments of
    ``segment`` (memoised per run: PR106 reports them and PR201 leaves them alone)."""
    memo: dict[str, tuple[OtherLocaleForm, ...]] = ctx.cache.setdefault("other_locale_forms", {})
    found = memo.get(segment.id)
    if found is None:
        found = tuple(_find(ctx, segment))  # (no form: the one shared empty tuple)
        memo[segment.id] = found
    return found


def _find(ctx: CheckContext, segment: Segment) -> list[OtherLocaleForm]:
    text = segment.plain
    if text.isascii() or ctx.glossary is None:
        return []
    lang = language(ctx.document.lang)
    # a person or place left in a script the release's language also writes (Latin in
    # a Japanese, Korean or Chinese release, Han in a Korean one: 'Incheon工場',
    # 'Mikio Kato氏', '名古屋 공장'), when the glossary has the release's own form for it
    ordinary = tuple(s for s in _ORDINARY.get(lang, ()) if _SCRIPT_LETTER[s].search(text))
    if not ordinary and _FOREIGN_LETTER.get(lang, _CJK_LETTER).search(text) is None:
        return []  # the usual sentence: nothing in a foreign script
    foreign = foreign_scripts(lang)
    candidates: list[OtherLocaleForm] = []
    for locale in ctx.glossary.locales:
        if language(locale) == lang:
            continue
        for m in TermMatcher.build(ctx.glossary, locale).find(text):
            if m.kind not in _NAMING or m.entry.dnt:
                continue
            written = text[m.start : m.end]
            script = _one_script(written) if ordinary else None
            residue = script in ordinary and (
                m.entry.kind in _NAME_KINDS
                or (m.entry.kind is Kind.ORG and _with_own_legal_form(text, m, lang))
                or (
                    m.entry.kind in _HAN_RESIDUE_KINDS
                    and script is Script.HAN
                    and len(written) >= 3
                )
            )
            if not residue and not any(script_of(c) in foreign for c in written):
                continue
            own = m.entry.approved(ctx.document.lang)
            if not own or own == m.text:
                continue
            if residue and script is not None and _SCRIPT_LETTER[script].search(own):
                continue  # the release's own form is in that script too: a spelling
            candidates.append(OtherLocaleForm(m.start, m.end, m, own))
    if not candidates:
        return []
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    mentions = protected_spans(segment)
    mentions += tag_spans(text)
    mentions += [
        (i.start, i.end)
        for i in segment.inlines
        if i.tag == "a" or i.attr("lang") or i.attr("hreflang")
    ]
    kept: list[OtherLocaleForm] = []
    for c in sorted(candidates, key=lambda c: (c.start, c.start - c.end)):
        if kept and c.start < kept[-1].end:
            continue  # overlapping forms of two locales: the longer, leftmost one
        if inside(c.start, c.end, mentions) or _GLOSS.match(text, c.end):
            continue
        if (
            inside(c.start, c.end, quoted)
            and not _labelled_residue(text, c, ordinary, quoted)
            and not _in_quoted_comment(text, c, ordinary, quoted, lang)
        ):
            continue
        if cited_as_word(text, c.start):
            continue  # 'the Korean edition carries the name 애플크런치': the form as a word
        if _one_script(c.match.text) in ordinary and _glossed_by_bracket(ctx, segment, c.end):
            continue  # 'Incheon（仁川）': glossed with the release's own form
        if _one_script(c.match.text) in ordinary and in_citation(ctx, segment.id, c.start):
            continue  # '著者：Olivia Brennan, …': a paper's byline, as the journal prints it
        kept.append(c)
    # a form is residue when it is the whole foreign fragment around it: a form in a
    # script the language also writes within the runs of that script, the others within
    # runs of the foreign scripts (worked out only where a form was found)
    scripts = [script_of(c) for c in text]
    runs: dict[Script | None, list[bool]] = {None: [s in foreign for s in scripts]}
    for script in ordinary:
        runs[script] = [s is script for s in scripts]
    keys = [s if (s := _one_script(c.match.text)) in ordinary else None for c in kept]
    groups: dict[Script | None, list[OtherLocaleForm]] = {}
    for key, c in zip(keys, kept, strict=True):
        groups.setdefault(key, []).append(c)
    return [
        c
        for key, c in zip(keys, kept, strict=True)
        if _whole_fragment(text, runs[key], c, groups[key])
        or _whole_fragment(text, runs[key], c, [*groups[key], *_overlapped_forms(ctx, text, c)])
    ]


def _overlapped_forms(ctx: CheckContext, text: str, form: OtherLocaleForm) -> list[OtherLocaleForm]:
    """A form of the same locale that begins inside ``form`` and covers the letters of its
    script right after it: '市長' of '南崎市長', the city's form and the mayor's sharing
    '市' (the matcher finds the longest form at each place, and no other over it)."""
    if ctx.glossary is None:
        return []
    script = script_of(text[form.end - 1])
    stop = form.end
    while stop < len(text) and script_of(text[stop]) is script:
        stop += 1
    if stop == form.end:
        return []
    matcher = TermMatcher.build(ctx.glossary, form.match.locale)
    for start in range(form.start + 1, form.end):
        for m in matcher.find(text[start:stop]):
            if m.start == 0 and m.end == stop - start and m.kind in _NAMING:
                moved = m._replace(start=start, end=stop)
                return [OtherLocaleForm(start, stop, moved, form.replacement)]
    return []


# the scripts a language writes besides its own, in which a name of another locale may
# be left: Latin brand names are ordinary in Japanese, Hanja in Korean
_ORDINARY: dict[str, tuple[Script, ...]] = {
    "ja": (Script.LATIN,),
    "ko": (Script.LATIN, Script.HAN),
    "zh": (Script.LATIN,),
}
_SCRIPT_LETTER = {
    Script.LATIN: lazy_compile("[A-Za-z\u00c0-\u024f]"),
    Script.HAN: lazy_compile(f"[{_HAN}]"),
}
_NAME_KINDS = frozenset({Kind.PERSON, Kind.PLACE})
# what a Korean release never spells in Hanja of three letters or more: a company's or a
# body's name, and a Japanese title ('常務執行役員은', a partner's officer quoted)
_HAN_RESIDUE_KINDS = frozenset({Kind.ORG, Kind.TITLE})
# the legal form a release's own language writes a company with: a glossary company's
# Latin name given it ('Kazahana Motor株式会社', '株式会社Kazahana Motor', 'Hanul
# Mobility 주식회사') is the company left in English, where a Latin brand alone is not
_OWN_LEGAL_FORM = {
    "ja": lazy_compile(r"[ \u3000]?(?:株式会社|有限会社|合同会社)"),
    "ko": lazy_compile(r" ?(?:주식회사|유한회사|\(주\)|㈜)"),
}
_OWN_LEGAL_FORM_BEFORE = {
    "ja": lazy_compile(r"(?:株式会社|有限会社|合同会社)[ \u3000]?$"),
    "ko": lazy_compile(r"(?:주식회사|유한회사|\(주\)|㈜) ?$"),
}


def _with_own_legal_form(text: str, match: TermMatch, lang: str) -> bool:
    """Whether the release's own legal form stands right beside a company's form."""
    after, before = _OWN_LEGAL_FORM.get(lang), _OWN_LEGAL_FORM_BEFORE.get(lang)
    if after is None or before is None:
        return False
    return (
        after.match(text, match.end) is not None
        or before.search(text, max(0, match.start - 6), match.start) is not None
    )


_ANY_GLOSS = lazy_compile(r"\s?[(（]([^()（）]{1,40})[)）]")
# what opens a bracket about the person rather than about the name: a post held now or
# before, or the company ('（現 執行役員）', '(전 대표이사)', '（当社顧問に就任予定）')
_ABOUT_THE_PERSON = lazy_compile(r"当社|同社|당사|(?:現|元|前|旧|현|전)(?:[\s:：職]|$)")
_DIGIT = lazy_compile(r"[0-9０-９]")


def _glossed_by_bracket(ctx: CheckContext, segment: Segment, end: int) -> bool:
    """Whether a bracket right after ``end`` glosses the name before it ('Incheon（仁川）',
    'Mikio Kato（かとう みきお）'). A bracket that says who the person is (a post now or
    before, an age, a year, a title or a company of the glossary: '(현 상무)', '（現 執行役員
    生産本部長）', '(소라네전기공업 상무집행임원)'), as a personnel list sets after each name,
    glosses nothing: the name in it is residue as anywhere else."""
    text = segment.plain
    gloss = _ANY_GLOSS.match(text, end)
    if gloss is None:
        return False
    inner = gloss.group(1)
    if _ABOUT_THE_PERSON.match(inner.lstrip()) or _DIGIT.search(inner):
        return False
    start, stop = gloss.start(1), gloss.end(1)
    return not any(
        start <= m.start and m.end <= stop and m.entry.kind in _POST_KINDS
        for m in term_matches(ctx, segment)
    )


_POST_KINDS = frozenset({Kind.TITLE, Kind.ORG})


# a bracket's item that a title labels, right before a name: the issuer's line of a
# Japanese or Korean release ('（本社：東京都港区、代表取締役社長：…）', '(대표이사 …)')
# holds the people's names in the release's own form, so a name in Latin letters there is
# residue, not a mention; a label that names a language or a reading ('英語表記：',
# '영문명:') glosses the name instead
_TITLE_LABEL = lazy_compile(
    r"(?:長|者|役|代表|会長|社長|理事|知事|監督|大使|"
    r"대표|대표이사|사장|회장|이사장|시장|도지사|군수|구청장|청장|원장|총장|장관|감독)"
    r"(?:[：:] ?| )$"
)
_LABEL_START = lazy_compile(r"[(（、，,;；]")


def _labelled_residue(
    text: str, form: OtherLocaleForm, ordinary: tuple[Script, ...], quoted: list[tuple[int, int]]
) -> bool:
    """Whether ``form``, a name in a script the release also writes, stands in a bracket
    as the value a title labels ('（代表取締役社長：Yuji Sakuraba）')."""
    if _one_script(form.match.text) not in ordinary or form.match.entry.kind is not Kind.PERSON:
        return False
    opening = max((s for s, e in quoted if s <= form.start < e), default=-1)
    if opening < 0 or text[opening] not in "(（":
        return False
    item_start = opening
    for m in _LABEL_START.finditer(text, opening, form.start):
        item_start = m.start()
    return _TITLE_LABEL.search(text[item_start + 1 : form.start]) is not None


# the letters of a release's own language, which a quoted comment is written in
_OWN_SCRIPTS = {
    "ja": frozenset({Script.HIRAGANA, Script.KATAKANA}),
    "ko": frozenset({Script.HANGUL}),
}


def _in_quoted_comment(
    text: str,
    form: OtherLocaleForm,
    ordinary: tuple[Script, ...],
    quoted: list[tuple[int, int]],
    lang: str,
) -> bool:
    """Whether ``form``, a person or place in a script the release also writes, stands
    inside a quoted comment in the release's language ('「Kwame Asante-Boatengの絵画は…」'):
    the quotation marks hold what someone said, not the name as a mention, so the name
    left in Latin letters is residue there as anywhere in the sentence."""
    own = _OWN_SCRIPTS.get(lang)
    if own is None or _one_script(form.match.text) not in ordinary:
        return False
    if form.match.entry.kind not in _NAME_KINDS:
        return False
    start, end = min(
        ((s, e) for s, e in quoted if s <= form.start and form.end <= e),
        key=lambda span: span[1] - span[0],
        default=(-1, -1),
    )
    if start < 0 or text[start] in "(（":
        return False  # a bracket: a gloss or an aside, as before
    inner = text[start + 1 : form.start] + text[form.end : end - 1]
    return any(script_of(char) in own for char in inner)


def _one_script(text: str) -> Script | None:
    """The one script of the letters of ``text``, None when it mixes scripts or has none."""
    found = None
    for char in text:
        script = script_of(char)
        if script is Script.COMMON:
            continue
        if found is None:
            found = script
        elif script is not found:
            return None
    return found


def _whole_fragment(
    text: str, letters: list[bool], form: OtherLocaleForm, forms: list[OtherLocaleForm]
) -> bool:
    """Whether the foreign fragment around ``form`` (foreign letters joined across spaces
    and punctuation) is made of glossary forms of other locales only."""
    start, end = form.start, form.end
    while start > 0 and (letters[start - 1] or _joiner(text, letters, start - 1, -1)):
        start -= 1
    while end < len(text) and (letters[end] or _joiner(text, letters, end, 1)):
        end += 1
    covered = [False] * (end - start)
    for f in forms:
        for i in range(max(f.start, start), min(f.end, end)):
            covered[i - start] = True
    return all(covered[i - start] or not letters[i] for i in range(start, end))


def _joiner(text: str, letters: list[bool], at: int, step: int) -> bool:
    """A space or punctuation mark between two foreign letters (PR201 joins across it)."""
    if script_of(text[at]) is not Script.COMMON:
        return False
    i = at
    while 0 <= i < len(text) and script_of(text[i]) is Script.COMMON:
        i += step
    j = at
    while 0 <= j < len(text) and script_of(text[j]) is Script.COMMON:
        j -= step
    return 0 <= i < len(text) and 0 <= j < len(text) and letters[i] and letters[j]
