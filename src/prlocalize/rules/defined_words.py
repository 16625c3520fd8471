"""prlocalize.rules.defined_words
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The words a release defines for a body right after naming it that are no name of it:
its issuer's ('以下「当社」', '(the "Company")', "이하 '회사'") and a new body's ('（以下
「現地法人」）', '(the "Subsidiary")'). Such a word stands for that body and no other:
'the Company' of a release that defines it for the buyer does not refer to the target, and
a translation that names the partner where the source says '当社' has put one party in
the other's place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import TranslationContext

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.glossary.model import Entry

# the key of the release's source short forms in ctx.catalog_cache (translation_checking)
CATALOG_SHORT_FORMS = "catalog_short_forms"


class SourceShortForms(Protocol):
    """What this module reads of translation_checking.SourceShortForms."""

    @property
    def names(self) -> Mapping[str, Entry]: ...
    @property
    def defining(self) -> frozenset[tuple[str, int]]: ...
    @property
    def after_names(self) -> Mapping[str, str]: ...


_HANGUL = "\uac00-\ud7a3"
# the words for a release's issuer, as defined ('当社', "'회사'", '"Company"'); a Korean
# one is a word of its own (no 주식회사, 자회사)
_ISSUER_FORMS = frozenset({"当社", "弊社", "당사", "폐사", "회사", "Company"})
_ISSUER_IN_TEXT: dict[str, re.Pattern[str]] = {
    "ja": lazy_compile("当社|弊社"),
    "ko": lazy_compile(f"(?<![{_HANGUL}])(?:당사|폐사|회사)(?!원)"),
    "en": lazy_compile(r"\b[Tt]he Company\b"),
}
# what says another body than the issuer in a source sentence: 'the said company',
# 'both companies', 'the partner', 'the target', and a lower-case 'the company' beside a
# defined 'the Company': a translation may name that body there
_ANOTHER_BODY = lazy_compile(
    "同社|同グループ|両社|[2-9２-９二三四]社|提携先|相手先|先方|対象者|対象会社|買収先|出資先|"
    "子会社|親会社|関連会社|グループ会社|"
    f"(?<![{_HANGUL}])(?:동사|양사|[두세]\\s?회사|상대\\s?회사|상대방|파트너|해당\\s?(?:회사|기업)|"
    "대상\\s?회사|피인수|자회사|모회사|계열사|관계사)|"
    r"\bthe company\b|\b(?:both|two|three|other) (?:companies|parties)\b|\bpartner|"
    r"\bcounterpart|\btarget\b|\bthe other\b|\bsubsidiar|\bparent\b|\baffiliate"
)
# a stock listing after a name ('Korea Exchange: 004870', 'TSE Prime: 6817'): the
# exchange a translation spells out there names no party
_LISTING_AFTER = lazy_compile(r"[^()（）。.]{0,20}?[:：]\s*[0-9A-Z]{3,6}\b")


# the marks that open and close a quotation
_QUOTES = (("「", "」"), ("『", "』"), ("“", "”"), ('"', '"'))


def _quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a quotation, or ``text`` opens with one (a comment
    whose speaker the message before names): there '当社' is the speaker's company."""
    head = text[:at]
    if text.lstrip()[:1] in {"「", "『", "“", '"'}:
        return True
    for opening, closing in _QUOTES:
        if opening == closing:
            if head.count(opening) % 2:
                return True
        elif head.count(opening) > head.count(closing):
            return True
    return False


def _word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of its own: no Latin letter or Hangul
    syllable runs on before it or after it ('Companys', '주식회사')."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if text[start:end].isascii():
        return not (before.isalnum() or after.isalpha())
    return not re.match(f"[{_HANGUL}]", before) or text[start:end] in ("当社", "弊社")


def _bare_names(entry: Entry) -> set[str]:
    from prlocalize.glossary.model import without_legal_form

    names: set[str] = set()
    for term in entry.forms.values():
        for form in (term.text, *term.accepted):
            if form:
                names.add(form.casefold())
                names.update(b.casefold() for b in without_legal_form((form,)))
    return names


def same_body(a: Entry, b: Entry) -> bool:
    """Whether two entries name one body: the same row, or a company's full name and its
    short form kept as rows of their own ('Minase Denki Co., Ltd.' and 'Minase Denki')."""
    if a.id == b.id:
        return True
    return a.kind == b.kind and bool(_bare_names(a) & _bare_names(b))


def _opens(a: Entry, b: Entry) -> bool:
    """Whether one entry's name opens the other's ('Corvane' of 'Corvane Systems, Inc.',
    'Hanul Materials' of 'Hanul Materials Vietnam'): a short row or a body named after
    the other."""
    names_a, names_b = _bare_names(a), _bare_names(b)
    return any(x.startswith(y) or y.startswith(x) for x in names_a for y in names_b)


def _closest(entry: Entry, bodies: list[Entry]) -> Entry | None:
    """The one of ``bodies`` that ``entry`` names: the same body, else the one whose name
    it opens or that opens its own (a short row of the sheet)."""
    same = next((b for b in bodies if same_body(entry, b)), None)
    if same is not None:
        return same
    return next((b for b in bodies if _opens(entry, b)), None)


def _shortens_name(form: str, entry: Entry) -> bool:
    """Whether a short form names ``entry`` by its own name ('Hanul' for 'Hanul Materials'),
    not by a word for any body or thing ('Alliance', '本提携')."""
    bare = form.removeprefix("the ").removeprefix("The ").casefold()
    if not bare:
        return False
    names = _bare_names(entry)
    if bare.isascii():
        word = bare.split(" ", 1)[0]
        return any(word in name.split(" ") for name in names)
    return len(bare) >= 2 and any(bare[:2] in name for name in names)


def _issuers(ctx: TranslationContext) -> list[Entry]:
    """The bodies the catalog defines a word for its issuer for, in the msgids or the
    msgstrs (worked out once per catalog)."""
    known = ctx.catalog_cache.get("defined-issuers")
    if known is None:
        ids: set[str] = set()
        short_forms: SourceShortForms | None = ctx.catalog_cache.get(CATALOG_SHORT_FORMS)
        if short_forms is not None:
            ids.update(i for f, i in short_forms.after_names.items() if f in _ISSUER_FORMS)
        ids.update(i for i, forms in ctx.defined.items() if forms & _ISSUER_FORMS)
        entries = [e for e in (ctx.glossary.get(i) for i in sorted(ids)) if e is not None]
        known = ctx.catalog_cache["defined-issuers"] = entries
    return list(known)


def issuer_word_for_another(
    ctx: TranslationContext, entry: Entry, anaphors: re.Pattern[str]
) -> bool:
    """Whether every word for a body named already that the msgstr writes (``anaphors``)
    is a word for the issuer ('the Company', '当社', '당사') of a catalog that defines it
    for one body, and ``entry`` is another: that word does not refer to ``entry``."""
    pattern = _ISSUER_IN_TEXT.get(language(ctx.locale))
    if pattern is None:
        return False
    issuers = _issuers(ctx)
    if len(issuers) != 1 or same_body(issuers[0], entry) or _opens(issuers[0], entry):
        return False  # none, or a joint release's two: whose word it is cannot be told
    msgstr = ctx.pair.msgstr
    said = [m for m in anaphors.finditer(msgstr)]
    return bool(said) and all(pattern.search(m.group()) for m in said)


def another_body_for_a_defined_word(
    ctx: TranslationContext,
) -> Iterator[tuple[str, Entry, TermMatch]]:
    """(the source's word, the body the release defines it for, the other body the msgstr
    names) where the msgid says a word the release defines for one body ('当社', '회사',
    'the Company', '現地法人') and names no other, and the msgstr names another body of
    the release instead and not the defined one: 'Through the Alliance, Hanul Materials
    aims …' for '当社は、本提携により…'."""
    short_forms: SourceShortForms | None = ctx.catalog_cache.get(CATALOG_SHORT_FORMS)
    if short_forms is None or not short_forms.after_names:
        return
    msgid = ctx.pair.msgid
    words: dict[str, str] = {}  # the source's defined word → the entry it stands for
    for form, entry_id in short_forms.after_names.items():
        if form in short_forms.names:
            continue  # a short name ('Daon'): PR401 reads it as the name it shortens
        start = msgid.find(form)
        while start >= 0:
            if (
                (msgid, start) not in short_forms.defining
                and _word_at(msgid, start, start + len(form))
                and not _quoted(msgid, start)
            ):
                words.setdefault(form, entry_id)
                break
            start = msgid.find(form, start + 1)
    if not words or _ANOTHER_BODY.search(msgid):
        return
    bodies = [
        (w, e)
        for w, i in words.items()
        if (e := ctx.glossary.get(i)) is not None and e.kind == "org"
    ]
    if not bodies:
        return
    from prlocalize.rules.translation_support import source_matches, target_matches

    in_source = source_matches(ctx)
    msgstr = ctx.pair.msgstr
    if _names_any(ctx, [e for _, e in bodies]):
        return  # the defined body is there too: the other one is added, not put in its place
    defined = [e for i in short_forms.after_names.values() if (e := ctx.glossary.get(i))]
    targets = [
        m
        for m in target_matches(ctx)
        if m.entry.kind == "org" and m.kind in {"approved", "variant"}
    ]
    for match in targets:
        other = match.entry
        said = len({m.start for m in in_source if same_body(other, m.entry)})
        # named in the source too: in the defined body's place only where the msgstr
        # names it more often ('한울소재는 … 한울소재 보통주' for 'ハンウル素材は、当社の普通株式')
        if said and len({t.start for t in targets if same_body(other, t.entry)}) <= said:
            continue
        closest = _closest(other, [*(e for _, e in bodies), *defined])
        if closest is not None and any(closest is e for _, e in bodies):
            continue  # the defined body by a short row of the sheet ('Corvane')
        if _LISTING_AFTER.match(msgstr, match.end):
            continue  # 'Korea Exchange: 004870': a listing, spelt out
        word, body = bodies[0]
        yield word, body, match
        return


def _names_any(ctx: TranslationContext, bodies: list[Entry]) -> bool:
    """Whether the msgstr names one of ``bodies``: by a glossary form, a short form the
    catalog's translations define for it, or a word for a body named already ('the
    Company', '当社', '同社', '당사')."""
    from prlocalize.rules.translation_support import ANAPHORS, target_matches

    msgstr = ctx.pair.msgstr
    lang = language(ctx.locale)
    names = [(t.start, t.end) for t in target_matches(ctx)]
    for kind in {b.kind for b in bodies}:
        pattern = ANAPHORS.get((lang, kind))
        for said in pattern.finditer(msgstr) if pattern is not None else ():
            # '미나세전기 그룹', 'the Minase Group': a word of another body's name
            if not any(
                end <= said.start() and not msgstr[end : said.start()].strip() for _, end in names
            ):
                return True
    if lang == "en" and re.search(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b", msgstr):
        return True
    if any(any(same_body(t.entry, b) for b in bodies) for t in target_matches(ctx)):
        return True
    for body in bodies:
        for entry_id, forms in ctx.defined.items():
            entry = ctx.glossary.get(entry_id)
            # a translation's short form of the body's name; its word for a thing ('the
            # "Alliance"') is read as the last name before it, which may be this one
            if (
                entry is not None
                and same_body(entry, body)
                and any(form in msgstr and _shortens_name(form, body) for form in forms)
            ):
                return True
    return False
