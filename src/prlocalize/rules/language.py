"""prlocalize.rules.language
~~~~~~~~~~~~~~~~~~~~~~~~~

PR2xx: language and links: text in another script than the release's language,
link phrases with nothing to follow, link texts that say nothing, links that go
through another service's redirect or to the author's own computer, and links whose
text is an address they do not open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from prlocalize.document import Block, Inline, Segment
from prlocalize.findings import Applicability, Finding, Fix, Severity
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language as _language
from prlocalize.rules.base import CheckContext, FixAvailability, Rule
from prlocalize.rules.citations import in_citation
from prlocalize.rules.honorifics import honorifics_after_latin_names, romanised_after_names
from prlocalize.rules.links import (
    CALLS_TO_ACTION,
    FOLLOW_US,
    LINK_LABEL,
    LINK_PHRASE,
    LINK_WORDS,
    POINTER_PHRASE,
    SOCIAL_LIST,
    VAGUE_LINK_TEXTS,
    has_follow_hint,
    has_link_hint,
    has_social_hint,
    is_language_name,
    names_language,
    placeholder_href,
    strip_link_text,
    trim_link_text,
    usable_href,
)
from prlocalize.rules.other_locale import (
    cited_as_word,
    other_locale_forms,
    prepare_other_locales,
)
from prlocalize.rules.redirects import (
    addresses,
    autolink,
    redirect_message,
    shown,
    target_edit,
)
from prlocalize.rules.support import (
    inside,
    prose_segments,
    protected_spans,
    report,
    source_edit,
    tag_spans,
    term_matches,
    url_spans,
)
from prlocalize.scripts import Script, script_of, script_runs
from prlocalize.urls import Redirect, private_address, shows_another_address, unwrap_redirect

if TYPE_CHECKING:
    from prlocalize.glossary.model import Glossary

# a glossary form that names the entry (not a wrong one)
_NAMING_KINDS = frozenset({FormKind.APPROVED, FormKind.VARIANT})

_LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "ko": "Korean", "zh": "Chinese"}
_CJK = frozenset({Script.HAN, Script.HIRAGANA, Script.KATAKANA, Script.HANGUL})
# Scripts reported inside a release of each language (others are tolerated: Greek
# letters in science, Latin brand names in CJK text, Han inside Korean).
_FOREIGN: dict[str, frozenset[Script]] = {
    "ja": frozenset({Script.HANGUL}),
    "ko": frozenset({Script.HIRAGANA, Script.KATAKANA}),
    "zh": frozenset({Script.HANGUL, Script.HIRAGANA, Script.KATAKANA}),
}
_LATIN_FOREIGN = _CJK | {Script.CYRILLIC}
_QUOTED = re.compile(
    r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|《[^》]*》|〈[^〉]*〉|‘[^’]*’|\([^()]*\)|（[^（）]*）"
)
# the grammar of a sentence, which names and titles lack: its articles, prepositions,
# pronouns, auxiliaries and negation ('No new safety signals were identified')
_FUNCTION_WORDS_TEXT = """
the a an and of to in for is are was were with on at by from this that will be as it
we our has have which who can
not no been its their they these those he she his her you your there would should
may could must do does did had than
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _fragment_language(text: str) -> str:
    scripts = {script_of(c) for c in text}
    if Script.HANGUL in scripts:
        return "Korean"
    if scripts & {Script.HIRAGANA, Script.KATAKANA}:
        return "Japanese"
    if Script.HAN in scripts:
        return "Chinese-character"
    if Script.CYRILLIC in scripts:
        return "Cyrillic"
    return "English" if Script.LATIN in scripts else "Foreign"


def _is_english_sentence(text: str) -> bool:
    words = re.findall(r"[A-Za-z']+", text)
    function = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    return len(words) >= 6 and function >= 2 and not _is_title_case(words)


# words a title leaves lower-case ("The Future of Health Innovation Summit")
_MINOR_WORDS_TEXT = "a an the and or nor but for of to in on at by with from as per via vs into"
_MINOR_WORDS = frozenset(_MINOR_WORDS_TEXT.split())


def _is_title_case(words: list[str]) -> bool:
    """Whether every word but the minor ones is capitalised: the name of an event, a
    theme or a work cited in a Japanese or Korean release, not a sentence left in English."""
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() for w in major)


# "論文名：" / "テーマ:" / "행사명:": a short CJK label whose value is quoted as it is
_FIELD_LABEL = lazy_compile(r"\s*[^\W\d_A-Za-z]{1,8}\s*[:：]\s*")


def _is_field_value(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the whole value after a label ('論文名：' + an English
    title), which no sentence end closes."""
    label = _FIELD_LABEL.match(text)
    return (
        label is not None
        and label.end() == start
        and not text[end:].strip(" \t")
        and not _script_is_latin(text[: label.end()])
    )


def _script_is_latin(text: str) -> bool:
    return any(script_of(c) is Script.LATIN for c in text)


class ForeignScriptFragment(Rule):
    """Text in another script than the release's language (an untranslated fragment).

    Why is this bad?
        A Korean word inside an English sentence, or an English sentence left in a
        Japanese release, is a piece the translator missed. Readers cannot read it
        and it usually hides a missing link or phrase.
        Names in the glossary, quoted or bracketed titles, URLs and e-mail addresses,
        hashtags and handles ('#바다소금', '@うみしお_jp'), a word cited as one ('sold
        under the name 바다소금'), link texts and text marked with a ``lang`` attribute
        are allowed; in Japanese
        and Korean releases Latin brand names and abbreviations are normal and only a
        whole English sentence is reported (not a title-case name of an event or a
        theme, nor the value after a label such as '論文名：', nor a paper's title or
        authors in the table cell after such a label's cell). A short foreign word
        followed by its reading or meaning in brackets ('花 (hana)') is a mention, not
        one followed by an acronym ('식품의약품안전처 (MFDS)'), nor an honorific left
        after a name ('Haruto Kiyosawa 氏 (Toto University)', 'Seo Yun-ah 님 (tech
        writer)'): the bracket says who the person is. So is an honorific romanised
        after a glossary person's name in an English release ('Keiko Morita-san',
        'Park Seo-yeon ssi'); a place's own 'san' ('Fuji-san') and a name the glossary
        does not give are left alone. A quotation in the
        release's own language is a comment, not a title: a foreign word inside it
        ('"This park is our 약속 to the city"') is reported; a title that mixes the two
        scripts, short or in title case ('"Love Me 사랑해"'), is not.

    Example:
        The agreement was signed in the 대강당 of the ministry.

    Use instead:
        The agreement was signed in the main hall of the ministry.

    Fix safety:
        No fix: the fragment must be translated by a person.
    """

    code: ClassVar[str] = "PR201"
    name: ClassVar[str] = "foreign-script-fragment"
    severity: ClassVar[Severity] = Severity.ERROR

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        prepare_other_locales(glossary, lang)  # the forms PR106 reports are left alone

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lang = _language(ctx.document.lang)  # the release's language, not a guess per line
        language = _LANGUAGE_NAMES.get(lang, lang)
        release = f"{'an' if language[:1].lower() in 'aeiou' else 'a'} {language} release"
        for block, segment in _own_language_segments(ctx, lang):
            for start, end in foreign_fragments(ctx, block, segment, lang):
                fragment = segment.plain[start:end]
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"{_fragment_language(fragment)} text '{fragment}' in {release}",
                )
        if lang not in _FOREIGN:
            yield from self._romanised_honorifics(ctx, lang, release)

    def _romanised_honorifics(
        self, ctx: CheckContext, lang: str, release: str
    ) -> Iterator[Finding]:
        """'Keiko Takada-san', 'Park Ji-min ssi': a Japanese or Korean honorific romanised
        after a glossary person's name the release gives."""
        words: set[str] = set()
        for _block, segment in _own_language_segments(ctx, lang):
            for m in term_matches(ctx, segment):
                if m.entry.kind is Kind.PERSON and m.kind in _NAMING_KINDS:
                    words.update(m.text.split())
        if not words:
            return
        # read again, not listed: a list of every segment of a huge release held its pairs
        for _block, segment in _own_language_segments(ctx, lang):
            text = segment.plain
            for start, end, word in romanised_after_names(text, frozenset(words)):
                honorific = text[start:end]
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Japanese or Korean honorific '{honorific.strip(' -')}' romanised after "
                    f"'{word}' in {release}",
                )


def _own_language_segments(ctx: CheckContext, lang: str) -> Iterator[tuple[Block, Segment]]:
    """Prose segments not marked as written in another language (``lang="ko"``)."""
    for pair in prose_segments(ctx):
        declared = pair[0].attr("lang")
        if not declared or _language(declared) == lang:
            yield pair  # the listed pair itself, not a new one


def foreign_fragments(
    ctx: CheckContext, block: Block, segment: Segment, lang: str
) -> tuple[tuple[int, int], ...]:
    """The spans of ``segment`` that PR201 reports: text in another script than ``lang``
    that is not a name, a quotation, an address, a link or a marked language (memoised:
    PR204 reads them too)."""
    if lang not in _FOREIGN and segment.plain.isascii():
        return ()  # a Latin release and no letter of another script: most segments
    memo: dict[str, tuple[tuple[int, int], ...]] = ctx.cache.setdefault("foreign_fragments", {})
    found = memo.get(segment.id)
    if found is None:
        if "english_sections" not in ctx.cache:
            ctx.cache["english_sections"] = _english_sections(ctx) if lang in _FOREIGN else set()
        latin_sentences = block.id not in ctx.cache["english_sections"]
        # a tuple: none found (most) is one shared object, not an empty list a segment
        found = memo[segment.id] = tuple(_fragments(ctx, segment, lang, latin_sentences))
    return found


def _fragments(
    ctx: CheckContext, segment: Segment, lang: str, latin_sentences: bool
) -> Iterator[tuple[int, int]]:
    text = segment.plain
    foreign = _FOREIGN.get(lang, _LATIN_FOREIGN)
    latin_sentences = latin_sentences and lang in _FOREIGN
    if not latin_sentences and text.isascii():
        return
    runs = [
        (script, span.start, span.end)
        for script, span in script_runs(text)
        if script in foreign or (latin_sentences and script is Script.LATIN)
    ]
    if not runs:
        return
    allowed = [(m.start, m.end) for m in term_matches(ctx, segment)]
    # another locale's glossary form: PR106 reports it, with its translation
    allowed += [(f.start, f.end) for f in other_locale_forms(ctx, segment)]
    allowed += protected_spans(segment)
    allowed += tag_spans(text)  # '#애플크런치' in an English release: the tag as it is
    allowed += [
        (m.start(), m.end())
        for m in _QUOTED.finditer(text)
        if m.group()[0] in "(（" or not _is_comment(m.group()[1:-1], lang)
    ]
    # marked as another language (lang="ko"), a link such as a language switcher, a
    # language's name on a link ('<a>日本語</a>' in a menu)
    allowed += [
        (i.start, i.end)
        for i in segment.inlines
        if i.attr("lang")
        or i.attr("hreflang")
        or (
            i.tag == "a"
            and (usable_href(i.attr("href")) or is_language_name(text[i.start : i.end]))
        )
    ]
    # an honorific left after a Latin name ('Kiyosawa 氏 (Toto University)'): the bracket
    # after it is no reading of it
    honorifics = [] if lang in _FOREIGN else honorifics_after_latin_names(text)
    for start, end in _merge(text, runs):
        if _covered(text, start, end, allowed):
            continue
        if _glossed(text, start, end) and not any(start <= s and e <= end for s, e in honorifics):
            continue
        if cited_as_word(text, start):
            continue  # 'the Korean edition is called 애플크런치': a mention
        fragment = text[start:end]
        latin = all(script_of(c) is Script.LATIN or not c.isalpha() for c in fragment)
        if latin and (
            not _is_english_sentence(fragment)
            or _is_field_value(text, start, end)
            or in_citation(ctx, segment.id, start)
        ):
            continue
        yield start, end


# the letters a release of each language writes its own words in
_OWN_SCRIPTS: dict[str, frozenset[Script]] = {
    "ja": frozenset({Script.HIRAGANA, Script.KATAKANA, Script.HAN}),
    "ko": frozenset({Script.HANGUL}),
    "zh": frozenset({Script.HAN}),
}


def _is_comment(quoted: str, lang: str) -> bool:
    """Whether a quotation is a comment or a phrase in the release's own language: then a
    foreign word inside it ('"This park is our 약속 to the city"', '「새로운 環境で…」') is
    as untranslated as outside it. A quotation wholly in the other script is a mention
    (a slogan: '"함께 가는 해솔"'), and so is a title that mixes the two, short or set in
    title case ('"Love Me 사랑해"', '「사랑해～愛してる～」')."""
    own = _OWN_SCRIPTS.get(lang)
    if own is None:  # a Latin release: a sentence of its words, not a title's few
        words = re.findall(r"[A-Za-z']+", quoted)
        return len(words) >= _COMMENT_WORDS and not _is_title_case(words)
    return sum(1 for c in quoted if script_of(c) in own) >= _COMMENT_LETTERS


_COMMENT_WORDS = 4  # Latin words, at least, of a quoted comment
_COMMENT_LETTERS = 6  # Japanese, Korean or Chinese letters, at least, of one


# a reading or translation in brackets right after a word: '花 (hana)', '獺祭（Dassai）';
# not an acronym, the short form of a name left untranslated ('식품의약품안전처 (MFDS)')
_GLOSS = lazy_compile(
    r"\s?[(（]\s*(?![A-Z0-9&]{2,}\s*[)）])[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z'\-]+){0,4}\s*[)）]"
)


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether a short foreign word is cited with its reading or meaning in Latin letters
    right after it ('The name, 花 (hana), means flower'): a mention, not a missed phrase."""
    return end - start <= 10 and _GLOSS.match(text, end) is not None


def _english_sections(ctx: CheckContext) -> set[str]:
    """Ids of blocks in runs of English blocks holding three sentences or more.

    A Japanese release may carry an English section on purpose (a disclaimer, an
    English boilerplate); a lone English sentence is what a translator missed.
    """
    sections: set[str] = set()
    run: list[Block] = []
    for block in [*ctx.document.blocks, None]:
        latin = block is not None and _mostly_latin(" ".join(s.plain for s in block.segments))
        if latin and block is not None:
            run.append(block)
            continue
        if sum(len(b.segments) for b in run) >= 3:
            sections.update(b.id for b in run)
        run = []
    return sections


def _mostly_latin(text: str) -> bool:
    latin = cjk = 0
    for char in text:
        script = script_of(char)
        if script is Script.LATIN:
            latin += 1
        elif script in _CJK:
            cjk += 3  # a CJK character carries about as much as a short Latin word
    return latin > cjk


def _merge(text: str, runs: list[tuple[Script, int, int]]) -> list[tuple[int, int]]:
    """Join runs of foreign CJK scripts separated only by spaces and punctuation."""
    merged: list[tuple[Script, int, int]] = []
    for script, start, end in runs:
        if merged and Script.LATIN not in (script, merged[-1][0]):
            gap = text[merged[-1][2] : start]
            if all(script_of(c) is Script.COMMON for c in gap):
                merged[-1] = (merged[-1][0], merged[-1][1], end)
                continue
        merged.append((script, start, end))
    return [(start, end) for _script, start, end in merged]


def _covered(text: str, start: int, end: int, allowed: list[tuple[int, int]]) -> bool:
    """Whether every letter of ``[start, end)`` lies inside an allowed span (the marks
    between two allowed links, '日本語 | 한국어' in a language menu, are no fragment)."""
    return all(any(s <= i < e for s, e in allowed) for i in range(start, end) if text[i].isalpha())


def _block_has_url(ctx: CheckContext, block: Block) -> bool:
    """Whether any segment of ``block`` holds a URL or e-mail address (memoised per block)."""
    memo: dict[str, bool] = ctx.cache.setdefault("block_has_url", {})
    if block.id not in memo:
        memo[block.id] = any(url_spans(s.plain) for s in block.segments)
    return memo[block.id]


# the address that opens the line after a link phrase's line ("click here:",
# "詳しくはこちらをご覧ください。"), after a bullet or a short label ("URL:", "公式サイト：")
_ADDRESS_BULLET = lazy_compile(r"[\s▼▽↓⇒→►▶・■●◆※*>-]*")
_CONTACT_LABEL = lazy_compile(
    r"contact|inquir|enquir|press|media|問い?合わせ|問合せ|担当|문의|담당|연락", re.IGNORECASE
)
_ASKING = lazy_compile(
    r"contact|inquir|enquir|question|write|mail|ask|request|interview"
    r"|問い?合わせ|問合せ|質問|連絡|取材|문의|연락|질문|취재",
    re.IGNORECASE,
)
_ADDRESS_LABEL = lazy_compile(r"[^\W\d_][\w&'-]*(?:[ \t][\w&'-]+){0,2}\s*[:：]\s*")


_A_TAG = lazy_compile(r"<a\b[^<>]*>", re.IGNORECASE)
_ANCHOR_ATTR = lazy_compile(r"\s(?:name|id)\s*=", re.IGNORECASE)
_HREF_ATTR = lazy_compile(r"\shref\s*=", re.IGNORECASE)
_CONTROL_ATTR = lazy_compile(r"\s(?:on[a-z]+\s*=|role\s*=\s*[\"']?button\b)", re.IGNORECASE)


def _named_anchor(ctx: CheckContext, segment: Segment, link: Inline) -> bool:
    """Whether an HTML ``<a>`` without href is a named anchor ('<a name="about">', '<a id=
    "contact">'): a target of links, not a link (the reader keeps only the href)."""
    if link.attr("href") is not None:
        return False
    tag = _a_tag(ctx, segment, link)
    return tag is not None and _ANCHOR_ATTR.search(tag) is not None and not _HREF_ATTR.search(tag)


def _scripted_control(ctx: CheckContext, segment: Segment, link: Inline) -> bool:
    """Whether an HTML ``<a>`` is a button run by a script ('<a href="#" onclick="share()">',
    '<a role="button">'): a newsroom's share widget works on the page without a target."""
    tag = _a_tag(ctx, segment, link)
    return tag is not None and _CONTROL_ATTR.search(tag) is not None


def _a_tag(ctx: CheckContext, segment: Segment, link: Inline) -> str | None:
    """The source of the ``<a ...>`` tag that opens ``link`` in an HTML document."""
    if ctx.document.format != "html" or segment.offsets is None:
        return None
    at = segment.source_span(link.start, link.end).start
    tags = list(_A_TAG.finditer(ctx.document.text, max(0, at - 2000), at))
    return tags[-1].group() if tags else None


_QUOTE_PAIRS = frozenset({'""', "''", "“”", "‘’", "「」", "『』"})


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the phrase is quoted as a phrase ('no longer need to "click here"'), a mention."""
    return start > 0 and end < len(text) and text[start - 1] + text[end] in _QUOTE_PAIRS


def _mail_not_asked_for(block: Block, segment: Segment, phrase_end: int) -> bool:
    """Whether the only addresses of the phrase's paragraph are e-mail addresses outside
    its sentence, beside a phrase that neither asks readers to write nor introduces them
    ('For details, click here.' above 'ir@…'): a contact's address, not its target."""
    if _introduces_mail(block, segment):
        return False
    for other in block.segments:
        for start, end in url_spans(other.plain):
            if not _is_mail(other.plain[start:end]):
                return False
            # in the phrase's own segment (a line break joins the lines of a paragraph),
            # only past the end of the phrase's sentence ('click here. ir@…')
            if other is segment and (
                start < phrase_end or not _SENTENCE_END.search(other.plain, phrase_end, start)
            ):
                return False
    return True


_SENTENCE_END = lazy_compile(r"[.。!?！？]")


def _mail_on_lines_above(ctx: CheckContext, block: Block, segment: Segment, start: int) -> bool:
    """Whether every address of the phrase's paragraph is an e-mail address on a line
    above the phrase's ('Email: press@…' above 'For photos, click here.', a contact
    block's lines): a reader has passed it, and the phrase points on, at nothing."""
    phrase = segment.source_span(start, start + 1).start
    for other in block.segments:
        for s, e in url_spans(other.plain):
            end = other.source_span(s, e).end
            if not _is_mail(other.plain[s:e]) or "\n" not in ctx.document.text[end:phrase]:
                return False
    return True


def _introduces_mail(block: Block, segment: Segment) -> bool:
    """Whether a link phrase's sentence may point at an e-mail address: it or a sentence
    before it in its paragraph asks readers to write ('Questions? Click here.'), or it
    ends with a colon ('click here:')."""
    if segment.plain.rstrip().endswith((":", "：")):
        return True
    for other in block.segments:
        if _ASKING.search(other.plain):
            return True
        if other is segment:
            break
    return False


def _is_mail(address: str) -> bool:
    return "@" in address and "//" not in address and not address.lower().startswith("www.")


def _address_on_next_line(ctx: CheckContext, block: Block, segment: Segment) -> bool:
    """Whether the phrase's sentence closes its block and the next block opens with a URL."""
    if segment is not block.segments[-1]:
        return False
    order: dict[str, int] = ctx.cache.setdefault(
        "block_order", {b.id: n for n, b in enumerate(ctx.document.blocks)}
    )
    n = order[block.id] + 1
    if n >= len(ctx.document.blocks) or not ctx.document.blocks[n].segments:
        return False
    following = ctx.document.blocks[n].segments[0]
    first = following.plain
    bullet = _ADDRESS_BULLET.match(first).end()  # type: ignore[union-attr]  # matches empty
    label = _ADDRESS_LABEL.match(first, bullet)
    leads = {bullet, label.end()} if label else {bullet}
    # the e-mail address of a contact block ('Media contact: press@…') is whom to ask,
    # not what 'click here' pointed at, unless the phrase asks readers to write
    # ('questions may be sent here:')
    contact = (
        label is not None
        and _CONTACT_LABEL.search(label.group()) is not None
        and _ASKING.search(segment.plain) is None
    )
    # nor is an e-mail address below a phrase that does not point at one ('For details,
    # click here.' above 'ir@…')
    unasked = not _introduces_mail(block, segment)
    if any(
        start in leads and not ((contact or unasked) and _is_mail(first[start:end]))
        for start, end in url_spans(first)
    ):
        return True
    # in HTML or Markdown, a link that opens the next paragraph ('▼詳細はこちら' above
    # '<a href="…">サービス紹介ページ</a>') is the target the phrase points at
    return any(
        i.tag == "a" and i.start in leads and usable_href(i.attr("href")) for i in following.inlines
    )


class EmptyLink(Rule):
    """A link phrase or link with nothing to follow.

    Why is this bad?
        'Click here', 'please refer to here', 'お申し込みはこちら', a row of
        social-network names or 'Follow us on Facebook and LinkedIn' only work as
        links. Copied into plain
        text, or written as an HTML/Markdown link without a usable target (none, '#',
        or a placeholder left to fill in: 'LINK', 'TBD', 'URL', 'https://'), they send
        readers nowhere. A phrase whose sentence ends its paragraph, with the address
        or a link opening the next line ('click here:' and the URL below it), has its
        target and is not reported, unless that is an e-mail address ('Media contact:
        press@…', 'お問い合わせ先：…', or a bare 'ir@…' below 'For details, click
        here.') where the phrase does not ask readers to write nor ends with a colon,
        or an e-mail address on a line above the phrase ('Email: press@…' above 'For
        photos, click here.'); nor is an HTML ``<a>`` that a script runs as a button ('<a href="#"
        onclick="share()">'). A link's label left alone as its paragraph when the
        text was copied from a web page ('▶ 자세히 보기', '보도자료 원문 바로가기',
        'Read more →') and a phrase that points at a link after it ('the link
        below', '以下のリンク', '下記URL', '아래 링크') with no address or link in its
        paragraph or the few after it are links to nowhere too. So is 'here' as the
        page where something is found or done: after what the reader looks for or
        does ('견학 신청은 여기에서 할 수 있다', '자세한 정보는 여기에서'), as where it is
        posted or checked ('後日こちらに掲載します', 'こちらでご確認ください'), or 'こちら'
        alone in brackets or as a label's value ('ウェブサイト（こちら）', '公式サイト：こちら',
        '신청: 여기'); not 'here' as a place ('여기서 일하는', 'こちらにお越しください').

    Example:
        To read more about the park and its tenants, click here.

    Use instead:
        To read more about the park and its tenants, see https://www.example.com/about.

    Fix safety:
        No fix: the target must be supplied by a person.
    """

    code: ClassVar[str] = "PR202"
    name: ClassVar[str] = "empty-link"
    severity: ClassVar[Severity] = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for block, segment in prose_segments(ctx):
            text = segment.plain
            links = [i for i in segment.inlines if i.tag == "a"]
            for link in links:
                if (
                    not usable_href(link.attr("href"))
                    and not _named_anchor(ctx, segment, link)
                    and not _scripted_control(ctx, segment, link)
                ):
                    found = text[link.start : link.end]
                    href = (link.attr("href") or "").strip()
                    what = (
                        f"a placeholder target '{href}'" if placeholder_href(href) else "no target"
                    )
                    yield report(
                        self, ctx, segment, link.start, link.end, f"Link '{found}' has {what}"
                    )
            if not links:
                yield from self._left_behind(ctx, block, segment)
            phrase_hint = has_link_hint(text)
            list_hint = has_social_hint(text)
            follow_hint = has_follow_hint(text)
            if not (phrase_hint or list_hint or follow_hint):
                continue
            addressed = _block_has_url(ctx, block)
            if addressed and not phrase_hint:
                continue
            linked = [(i.start, i.end) for i in links]
            for m in LINK_PHRASE.finditer(text) if phrase_hint else ():
                if (
                    (
                        addressed
                        and not _mail_not_asked_for(block, segment, m.end())
                        and not _mail_on_lines_above(ctx, block, segment, m.start())
                    )
                    or inside(m.start(), m.end(), linked)
                    or _quoted(text, m.start(), m.end())
                    or _address_on_next_line(ctx, block, segment)
                ):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start(),
                    m.end(),
                    f"Link phrase '{m.group()}' has no link target",
                )
            if addressed:
                continue
            for m in FOLLOW_US.finditer(text) if follow_hint else ():
                if inside(m.start(), m.end(), linked) or _quoted(text, m.start(), m.end()):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start(),
                    m.end(),
                    f"Social network names in '{m.group()}' without links",
                )
            for m in SOCIAL_LIST.finditer(text) if list_hint else ():
                rest = text[m.end() :]
                if inside(m.start(), m.end(), linked) or re.search(r"\w", rest):
                    continue
                names = re.findall(r"[A-Za-z][\w ]*", m.group())
                if all(n.strip() in {"X", "LINE", "note", "Threads"} for n in names):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start(),
                    m.end(),
                    f"Social network names '{m.group()}' listed without links",
                )

    def _left_behind(self, ctx: CheckContext, block: Block, segment: Segment) -> Iterator[Finding]:
        """A link's label left alone as its paragraph ('▶ 자세히 보기'), and a phrase that
        points at a link after it ('the link below', '以下のリンク') with none there."""
        text = segment.plain
        if len(block.segments) == 1 and len(text) <= _LABEL_LONGEST:
            label = trim_link_text(text)
            if (
                label
                and LINK_LABEL.match(label)
                and not _block_has_url(ctx, block)
                and not _address_on_next_line(ctx, block, segment)
            ):
                start = text.index(label)
                end = start + len(label)
                yield report(self, ctx, segment, start, end, f"Link '{label}' has no target")
                return
        for m in POINTER_PHRASE.finditer(text):
            if _quoted(text, m.start(), m.end()) or _link_follows(ctx, block):
                continue
            yield report(
                self,
                ctx,
                segment,
                m.start(),
                m.end(),
                f"Link phrase '{m.group()}' points at a link that is not there",
            )


_LABEL_LONGEST = 40  # letters of a paragraph that may be a link's label alone
_POINTER_REACH = 3  # blocks after a pointer phrase's own in which its link may stand


def _link_follows(ctx: CheckContext, block: Block) -> bool:
    """Whether a URL, an address or a working link stands in ``block`` or in one of the
    few blocks after it (what 'the link below' points at)."""
    order: dict[str, int] = ctx.cache.setdefault(
        "block_order", {b.id: n for n, b in enumerate(ctx.document.blocks)}
    )
    n = order[block.id]
    for following in ctx.document.blocks[n : n + 1 + _POINTER_REACH]:
        if _block_has_url(ctx, following) or any(
            i.tag == "a" and usable_href(i.attr("href"))
            for s in following.segments
            for i in s.inlines
        ):
            return True
    return False


class VagueLinkText(Rule):
    """Link text that says nothing about its target.

    Why is this bad?
        Screen-reader users jump from link to link, and search engines read link
        text: 'click here' and 'more' tell neither where the link goes. Translators
        also need the target's name to translate the phrase well.

    Example:
        <p>The report is online: <a href="https://example.com/report">click here</a>.</p>

    Use instead:
        <p>Read the <a href="https://example.com/report">2024 roundtable report</a>.</p>

    Fix safety:
        No fix: the better wording names the target, which only a person knows.
    """

    code: ClassVar[str] = "PR203"
    name: ClassVar[str] = "vague-link-text"
    severity: ClassVar[Severity] = Severity.INFO

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _block, segment in prose_segments(ctx):
            for link in segment.inlines:
                if link.tag != "a" or not usable_href(link.attr("href")):
                    continue
                found = segment.plain[link.start : link.end]
                if strip_link_text(found) in VAGUE_LINK_TEXTS:
                    yield report(
                        self,
                        ctx,
                        segment,
                        link.start,
                        link.end,
                        f"Link text '{found}' says nothing about its target",
                    )


def _link_language(text: str, lang: str) -> tuple[str | None, bool]:
    """The language a link text is written in when it is not the release's own, and
    whether only its link words count (Latin in a Japanese or Korean release is often a
    brand; Han in a Korean one a hanja name): (None, False) for the release's own."""
    if text.isascii():  # most link texts: Latin letters or none, no per-letter look-up
        if lang not in _FOREIGN or not any(c.isalpha() for c in text):
            return None, False
        return "English", True
    letters = [script_of(c) for c in text if c.isalpha()]
    if not letters:
        return None, False
    foreign = _FOREIGN.get(lang)
    if foreign is None:  # a Latin-script release: every CJK or Cyrillic letter is foreign
        if any(s in _LATIN_FOREIGN for s in letters):
            return _fragment_language(text), False
        return None, False
    if any(s in foreign for s in letters):
        return _fragment_language("".join(c for c in text if script_of(c) in foreign)), False
    if all(s is Script.LATIN for s in letters):
        return "English", True
    if lang == "ko" and all(s is Script.HAN for s in letters):
        return "Japanese", True
    return None, False


def _in_running_text(segment: Segment, link: Inline, lang: str) -> bool:
    """Whether ``link`` stands in a sentence of the release's language: letters of its
    script outside the link ('詳しくは[Japanese site]をご覧ください'), not a menu's row."""
    text = segment.plain
    outside = text[: link.start] + text[link.end :]
    own = _RUNNING_SCRIPTS.get(lang)
    return own is not None and any(script_of(c) in own for c in outside if c.isalpha())


_RUNNING_SCRIPTS = {
    "ja": frozenset({Script.HIRAGANA, Script.KATAKANA}),
    "ko": frozenset({Script.HANGUL}),
}


def _is_link_words(text: str, language: str, *, calls: bool = False) -> bool:
    """Whether ``text`` is a link word of ``language`` ('こちら', 'Click here'), or with
    ``calls`` a call to action ('予約する', 'Unsubscribe'), which only a link's whole
    text is."""
    key = "Japanese" if language == "Chinese-character" else language
    words = LINK_WORDS.get(key)
    if words is None:
        return False
    call = CALLS_TO_ACTION.get(key) if calls else None
    if words.match(text) is None and (call is None or call.match(text) is None):
        return False
    # 'MORE', 'VIEW MORE': capitals set as a design label on a Japanese or Korean page
    return not (language == "English" and text.isupper())


class UntranslatedLink(Rule):
    """A link or link phrase left in another language than the release's.

    Why is this bad?
        '바로가기' or 'こちら' on a link in an English release, 'Click here' in a
        Japanese one, is a link the translator missed: readers of the release cannot
        tell where it goes, with or without a target. One finding per link: the
        foreign-script fragment (PR201), the missing target (PR202) and the vague
        text (PR203) of the same span are this defect, reported once.
        Suppressing PR204 (a ``prlocalize: ignore PR204`` comment, or PR204 in
        ``per-file-ignores``) silences the whole defect; turning the rule off
        (``--ignore PR204``, ``ignore = ["PR204"]``) lets PR201–PR203 report it again.
        A link named for the kind of page it opens ('Media page', '미디어 페이지',
        'メディア向けページ', a newsroom's sections: '보도자료실', '공지사항', 'Press room';
        a guide in lower case: 'Roaming guide'; a guide, information or outline in Japanese
        or Korean: 'チケット案内', '공연 정보', 'イベント概要'; the document it opens:
        '報告書', '発表資料', '보고서', '논문', a press kit, a form or a catalogue:
        'プレスキット', '申込フォーム', '제품 카탈로그', 'fact sheet') is a common noun
        left untranslated, on a working link too, and so is one that asks the reader
        to act ('予約する', 'Unsubscribe', '수신 거부': a newsletter's buttons and
        footer) or to open what it leads to ('論文を読む', '논문 보기', 'Read the
        paper', 'Download the report (PDF)': a verb and its object, no name; an English
        title in title case, 'Read the Room', is one), also after a glossary name
        ('NOVA7 official site' in a Japanese release: the name stays as written, the
        noun was to be translated).
        A link whose text is a name (in the glossary, or any text that is not a link
        word of its language: '湘南アイパーク', 'LINE'), a language's name in a language
        menu ('日本語', 'English', '日本語サイト', 'Global website'; not the release's
        own language named in another inside a sentence: '詳しくは[Japanese site]を
        ご覧ください'), text marked with
        ``lang``/``hreflang``, an address, or a design label in capitals ('MORE') is
        not reported; nor is a link phrase in quotation marks (a mention).

    Example:
        <p>The full report is online: <a href="https://example.com/report">자세히 보기</a></p>

    Use instead:
        <p>Read the <a href="https://example.com/report">full report</a> online.</p>

    Fix safety:
        No fix: the link text must be translated by a person.
    """

    code: ClassVar[str] = "PR204"
    name: ClassVar[str] = "untranslated-link"
    severity: ClassVar[Severity] = Severity.ERROR
    supersedes: ClassVar[frozenset[str]] = frozenset({"PR201", "PR202", "PR203"})

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        prepare_other_locales(glossary, lang)  # the forms PR106 reports are left alone

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lang = _language(ctx.document.lang)
        language = _LANGUAGE_NAMES.get(lang, lang)
        release = f"{'an' if language[:1].lower() in 'aeiou' else 'a'} {language} release"
        latin_release = lang not in _FOREIGN
        for block, segment in _own_language_segments(ctx, lang):
            links = [i for i in segment.inlines if i.tag == "a"] if segment.inlines else []
            if latin_release and not links and segment.plain.isascii():
                continue  # no letter of another script, no link: the common case, at once
            for link in links:
                found = self._link(ctx, segment, link, lang)
                if found is not None:
                    written, target = found
                    yield report(
                        self,
                        ctx,
                        segment,
                        link.start,
                        link.end,
                        f"Untranslated link: {written} text "
                        f"'{segment.plain[link.start : link.end]}' in {release}"
                        f"{'' if target else ' (and no link target)'}",
                    )
            linked = [(i.start, i.end) for i in links]
            for start, end in self._phrases(ctx, block, segment, lang, linked):
                text = segment.plain[start:end]
                target = _block_has_url(ctx, block) or _address_on_next_line(ctx, block, segment)
                written = _link_language(text, lang)[0] or "Foreign"
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Untranslated link: {written} text '{text}' in {release}"
                    f"{'' if target else ' (and no link target)'}",
                )

    @staticmethod
    def _link(
        ctx: CheckContext, segment: Segment, link: Inline, lang: str
    ) -> tuple[str, bool] | None:
        """(the language of the link's text, whether it has a target) when it is untranslated."""
        if link.attr("lang") or link.attr("hreflang"):
            return None
        text = trim_link_text(segment.plain[link.start : link.end])
        written, words_only = _link_language(text, lang)
        if written is None:
            return None
        # a language menu's link is no defect, but the release's own language named in
        # another inside a sentence is ('詳しくは[Japanese site]をご覧ください')
        own_language = names_language(text, lang) and _in_running_text(segment, link, lang)
        if is_language_name(text) and not own_language:
            return None
        allowed = [(m.start, m.end) for m in term_matches(ctx, segment)] + protected_spans(segment)
        letters = [i for i in range(link.start, link.end) if segment.plain[i].isalpha()]
        if all(any(s <= i < e for s, e in allowed) for i in letters):
            return None  # a glossary name, an address
        target = usable_href(link.attr("href")) or _scripted_control(ctx, segment, link)
        if not target and _named_anchor(ctx, segment, link):
            return None
        if own_language or _is_link_words(text, written, calls=True):
            return written, target
        rest = _without_names(segment.plain, link.start, link.end, allowed)
        if rest and rest != text:
            # a name with its page's common noun ('NOVA7 official site', 'Hanul 웹사이트'):
            # the name stays as written, the noun was the translator's to translate
            rest_written = _link_language(rest, lang)[0]
            if rest_written is not None and _is_link_words(rest, rest_written, calls=True):
                return rest_written, target
        if target:
            return None  # a name or a brand on a working link
        if words_only:  # Latin in a Japanese or Korean release: only a whole English sentence
            return (written, False) if written == "English" and _is_english_sentence(text) else None
        return written, False  # foreign text on a link to nowhere (PR201 and PR202 at once)

    @staticmethod
    def _phrases(
        ctx: CheckContext,
        block: Block,
        segment: Segment,
        lang: str,
        linked: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """Spans of link phrases in another language in the running text: a 'see/click'
        phrase with a foreign part ('please refer to 여기에서', 'click here' in Japanese),
        or a foreign fragment that is a link word ('바로가기')."""
        text = segment.plain
        if lang not in _FOREIGN and text.isascii():
            return []  # a Latin release: no phrase here holds a letter of another script
        fragments = [
            (s, e)
            for s, e in foreign_fragments(ctx, block, segment, lang)
            if not inside(s, e, linked)
        ]
        spans: list[tuple[int, int]] = []
        if has_link_hint(text):
            for m in LINK_PHRASE.finditer(text):
                start, end = m.start(), m.end()
                if inside(start, end, linked) or _quoted(text, start, end):
                    continue
                foreign = [
                    i
                    for i in range(start, end)
                    if text[i].isalpha() and _link_language(text[i], lang)[0] is not None
                ]
                if not foreign:
                    continue
                if _link_language(m.group(), lang)[0] != "English":
                    start, end = foreign[0], foreign[-1] + 1  # the foreign words alone
                spans.append(_widened(start, end, fragments))
        for start, end in fragments:
            piece = trim_link_text(text[start:end])
            written = _link_language(piece, lang)[0]
            if written is not None and _is_link_words(piece, written):
                spans.append((start, end))
        return _merged(spans)


def _without_names(text: str, start: int, end: int, names: list[tuple[int, int]]) -> str:
    """``text[start:end]`` (a link's text) without the glossary names and addresses in
    ``names``, its spaces closed up and its decoration trimmed."""
    kept = "".join(
        c if not any(s <= i < e for s, e in names) else " "
        for i, c in enumerate(text[start:end], start)
    )
    return trim_link_text(" ".join(kept.split()))


def _widened(start: int, end: int, fragments: list[tuple[int, int]]) -> tuple[int, int]:
    """``[start, end)`` grown to the foreign fragments it overlaps (a link phrase inside
    a Korean sentence left untranslated is that sentence)."""
    for s, e in fragments:
        if s < end and start < e:
            start, end = min(start, s), max(end, e)
    return start, end


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class RedirectLink(Rule):
    """A link that goes through a mail client's, an editor's or a social network's redirect.

    Why is this bad?
        A draft copied out of Google Docs, an Outlook e-mail or a social network keeps
        that tool's wrapper round each link: 'https://www.google.com/url?q=…&sa=D…',
        '….safelinks.protection.outlook.com/?url=…', 'https://l.facebook.com/l.php?u=…',
        a Proofpoint or Mimecast address. Published, each reader is sent through the
        wrapper (a redirect notice, another company's mail scanner, a token that
        expires), and the release shows where it was drafted. Reported on HTML and
        Markdown links and on addresses written out in the text; a search page
        ('google.com/search?q=…') or a share link of one's own site is not a wrapper.

    Example:
        <p>See the <a href="https://www.google.com/url?q=https://example.com/s2&amp;sa=D">prices</a>.</p>

    Use instead:
        <p>See the <a href="https://example.com/s2">prices</a>.</p>

    Fix safety:
        Safe where the wrapper names its target (Google, Outlook Safe Links, Facebook,
        LinkedIn, Slack, Proofpoint's first format): the link leads where it led,
        without the detour. No fix for an opaque token (Mimecast, Proofpoint's later
        format): follow the link once and use the address it ends at.
    """

    code: ClassVar[str] = "PR205"
    name: ClassVar[str] = "redirect-link"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.SOMETIMES

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for address in addresses(ctx):
            found = unwrap_redirect(address.url) if "://" in address.url else None
            if found is None:
                continue
            segment = address.segment
            if address.link is not None:
                yield self._link(ctx, segment, address.link, address.url, found)
                continue
            yield report(
                self,
                ctx,
                segment,
                address.start,
                address.end,
                redirect_message(f"Address '{shown(address.url)}'", found),
                suggestion=found.target,
                replacement=found.target,
                fix_title=f"Write {found.target} instead" if found.target else None,
                safe=True,
            )

    def _link(
        self, ctx: CheckContext, segment: Segment, link: Inline, href: str, found: Redirect
    ) -> Finding:
        text = segment.plain[link.start : link.end]
        fix = None
        if found.target is not None:
            edits = [target_edit(ctx, segment, link, href, found.target)]
            if text == href:  # the wrapped address is the link's text too
                edits.append(source_edit(ctx, segment, link.start, link.end, found.target))
                if edits[0] is None and autolink(ctx, segment, link):
                    edits.pop(0)  # Markdown's <address>: its text is its target
            if all(edit is not None for edit in edits):
                fix = Fix(
                    tuple(e for e in edits if e is not None),
                    Applicability.SAFE,
                    f"Link to {found.target} directly",
                )
        return self.finding(
            ctx.document.path,
            segment.source_span(link.start, link.end),
            redirect_message(f"Link '{shown(text)}'", found),
            found=text,
            suggestion=found.target,
            fix=fix,
        )


class LocalLink(Rule):
    """A link to a file on the author's computer or an address of a private network.

    Why is this bad?
        A release drafted in Word or on a staging site keeps links only its author can
        open: 'file:///C:/Users/…/photo.jpg', 'C:\\Users\\…', a network share
        ('\\\\server\\…'), 'http://localhost:3000/news', 'http://192.168.1.20/…' or a
        host with no public name ('http://intranet/…', '….local', '….corp'). Published,
        every reader gets an error page. Reported on HTML and Markdown links and on
        addresses in the text; a relative link (a site's own page) is not.

    Example:
        <p>Download the <a href="file:///C:/Users/kato/Desktop/photos.zip">photos</a>.</p>

    Use instead:
        <p>Download the <a href="https://www.example.com/press/photos.zip">photos</a>.</p>

    Fix safety:
        No fix: the public address must be supplied by a person.
    """

    code: ClassVar[str] = "PR206"
    name: ClassVar[str] = "local-link"
    severity: ClassVar[Severity] = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for address in addresses(ctx):
            why = private_address(address.url)
            if why is None:
                continue
            what = "Link" if address.link is not None else "Address"
            text = address.segment.plain[address.start : address.end]
            yield report(
                self,
                ctx,
                address.segment,
                address.start,
                address.end,
                f"{what} '{shown(text)}' leads to {why}: readers cannot open it",
            )


class MismatchedLinkAddress(Rule):
    """A link whose text is an address that is not where the link goes.

    Why is this bad?
        Releases print the address as the link's text so that it survives being pasted
        into e-mail or printed: '<a href="…/minutes/2027-19">https://…/minutes/2027-20</a>'
        sends readers who click to one page and readers who copy the text to another,
        the trace of an address edited in one place only. So is a mailbox shown as
        'press@…' behind a 'mailto:info@…'. A text that shows less than the target is
        a display and is left alone: the site alone ('www.example.com' for a deep
        page), the start of the path ('/news' for '/news/2027/0412'), an address cut
        short with an ellipsis, the target without its tracking parameters; so is a
        target on another host (a newsletter's click tracker, a short link).

    Example:
        <p>Minutes: <a href="https://www.example.com/minutes/2027-19">https://www.example.com/minutes/2027-20</a></p>

    Use instead:
        <p>Minutes: <a href="https://www.example.com/minutes/2027-20">https://www.example.com/minutes/2027-20</a></p>

    Fix safety:
        No fix: which of the two addresses is right only a person knows.
    """

    code: ClassVar[str] = "PR207"
    name: ClassVar[str] = "mismatched-link-address"
    severity: ClassVar[Severity] = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for address in addresses(ctx):
            if address.link is None:
                continue
            text = address.segment.plain[address.start : address.end]
            if not shows_another_address(text, address.url):
                continue
            yield report(
                self,
                ctx,
                address.segment,
                address.start,
                address.end,
                f"Link text '{shown(text)}' is an address, but the link opens"
                f" '{shown(address.url)}'",
            )


RULES: tuple[type[Rule], ...] = (
    ForeignScriptFragment,
    EmptyLink,
    VagueLinkText,
    UntranslatedLink,
    RedirectLink,
    LocalLink,
    MismatchedLinkAddress,
)
