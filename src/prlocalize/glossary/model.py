"""prlocalize.glossary.model
~~~~~~~~~~~~~~~~~~~~~~~~~~

The glossary model: an :class:`Entry` per person, title, organisation, place,
brand or term, with one :class:`Term` (approved form, accepted variants, known
wrong forms, name parts) per locale.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Kind(StrEnum):
    PERSON = "person"
    TITLE = "title"
    ORG = "org"
    PLACE = "place"
    BRAND = "brand"
    TERM = "term"


@dataclass(frozen=True, slots=True)
class PersonName:
    given: str
    family: str


@dataclass(frozen=True, slots=True)
class Term:
    """The forms of one entry in one locale."""

    text: str = ""  # the approved form; "" when the locale has none yet
    variants: tuple[str, ...] = ()  # other accepted forms
    forbidden: tuple[str, ...] = ()  # known wrong forms
    name: PersonName | None = None  # persons only

    @property
    def accepted(self) -> tuple[str, ...]:
        """The approved form and every accepted variant."""
        return ((self.text,) if self.text else ()) + self.variants

    def name_split(self) -> tuple[str, str, str] | None:
        """(first part, separator, second part) of the approved form, when the name parts
        rebuild it with a space, a middle dot or nothing between them; else None."""
        if self.name is None or not self.text:
            return None
        given, family = self.name.given, self.name.family
        if not given or not family:
            return None
        for first, second in ((given, family), (family, given)):
            if len(first) + len(second) > len(self.text):
                continue
            if self.text.startswith(first) and self.text.endswith(second):
                sep = self.text[len(first) : len(self.text) - len(second)]
                if sep.strip() in {"", "・", "･", "·"}:
                    return first, sep, second
        return None

    def name_parts(self) -> tuple[str, str, str] | None:
        """(first part, separator, second part) of a person's approved form: from the name
        parts when they are given, else from a form of exactly two parts ('Nobuyuki
        Takizawa', 'オ・ヨンジュ'), whose order is then unknown but whose parts are not.
        None for one part, for three or more parts without name parts, and for name parts
        that do not rebuild the form."""
        if self.name is not None:
            return self.name_split()
        return infer_name_split(self.text)

    @property
    def family_first(self) -> bool | None:
        """Whether the approved form puts the family name first (None when unknown)."""
        if self.name is None or not self.text:
            return None
        fam = self.text.find(self.name.family)
        giv = self.text.find(self.name.given)
        if fam == -1 or giv == -1:
            return None
        return fam < giv


# the separators a person's name is written with: a space, an ideographic space, a middle dot
_NAME_SEPARATOR = re.compile(r"[ \u3000]+|\s*[・･·]\s*")


def infer_name_split(text: str) -> tuple[str, str, str] | None:
    """(first, separator, second) of a name written in exactly two parts, else None."""
    if text.isascii():  # the usual name: a run of spaces is its only separator
        first, space, rest = text.partition(" ")
        second = rest.lstrip(" ")
        if not space or not second or " " in second or text != text.strip():
            return None
        return first, text[len(first) : len(text) - len(second)], second
    seps = list(_NAME_SEPARATOR.finditer(text.strip()))
    if len(seps) != 1 or text != text.strip():
        return None
    sep = seps[0]
    first, second = text[: sep.start()], text[sep.end() :]
    if not first or not second:
        return None
    return first, sep.group(), second


def name_words(text: str) -> list[str]:
    """The parts of a name as written ('Park Hyun Sook' → Park, Hyun, Sook)."""
    if text.isascii():  # spaces are the only separator in ASCII
        return [part for part in text.strip().split(" ") if part]
    return [part for part in _NAME_SEPARATOR.split(text.strip()) if part]


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    line: int


@dataclass(frozen=True)
class Entry:
    id: str
    kind: Kind
    forms: Mapping[str, Term] = field(default_factory=dict)  # locale → Term
    dnt: bool = False  # do not translate: the same in every locale
    note: str = ""
    source: Source | None = field(default=None, compare=False)

    def term(self, locale: str) -> Term | None:
        """The form for ``locale``: its own, else its language's (``en_US`` → ``en``), else
        the first of the language's regional ones (``en`` → ``en_US``: a spreadsheet's
        columns are often ``en-US``, ``ja-JP``, ``ko-KR``). For a language without its
        region, the other regions' forms are accepted too: a sheet with columns
        ``en-US`` and ``en-GB`` approves 'Research Centre' in a British release. A locale
        that names its script or region takes only the regional forms in its script: a
        ``zh_Hant`` catalog takes the ``zh-TW`` column, never the ``zh-CN`` one, and
        the ``zh-CN`` column's forms are forbidden in it (a name in the other script)."""
        found = self._own_term(locale)
        if found is None or "_" not in locale:
            return found
        forms = self.forms
        other = _other_script_keys(tuple(forms), locale)
        return _forbidding(found, [forms[key] for key in other]) if other else found

    def _own_term(self, locale: str) -> Term | None:
        forms = self.forms
        found = forms.get(locale)
        if found is not None:
            return found
        lang = locale.partition("_")[0]
        found = forms.get(lang)
        regional = [forms[key] for key in _regional_keys(tuple(forms), locale)]
        if found is not None and regional and not _same_script(lang, locale):
            found = None  # ('zh' is Simplified: a zh_Hant catalog takes the zh-TW column)
        if found is None and regional:
            found, regional = regional[0], regional[1:]
        if found is None or locale != lang or not regional:
            return found
        return _with_regional_forms(found, regional)

    def approved(self, locale: str) -> str | None:
        """The approved form in ``locale`` (for a DNT entry, its form in any locale)."""
        term = self.term(locale)
        if term and term.text:
            return term.text
        if self.dnt:
            for other in self.forms.values():
                if other.text:
                    return other.text
        return None

    def accepting(self, other: Entry) -> Entry:
        """This entry with ``other``'s forms accepted too: its approved forms and variants
        as variants, its forbidden forms forbidden (a sheet's row that gives a term another
        translation, for another context); this entry itself when ``other`` adds nothing."""

        def accept(mine: Term, term: Term) -> Term:
            extra = tuple(f for f in term.accepted if f not in mine.accepted)
            forbidden = _union(mine.forbidden, term.forbidden)
            if not extra and forbidden == mine.forbidden:
                return mine
            return replace(mine, variants=_union(mine.variants, extra), forbidden=forbidden)

        forms = self._forms_with(other, accept)
        return self if forms == dict(self.forms) else replace(self, forms=forms)

    def merged(self, other: Entry) -> Entry:
        """This entry extended by ``other`` (same id): other's non-empty values win."""

        def extend(mine: Term, term: Term) -> Term:
            return Term(
                text=term.text or mine.text,
                variants=_union(mine.variants, term.variants),
                forbidden=_union(mine.forbidden, term.forbidden),
                name=term.name or mine.name,
            )

        forms = self._forms_with(other, extend)
        return replace(
            self,
            kind=other.kind or self.kind,
            forms=forms,
            dnt=self.dnt or other.dnt,
            note=other.note or self.note,
        )

    def _forms_with(self, other: Entry, join: Callable[[Term, Term], Term]) -> dict[str, Term]:
        """This entry's forms with ``other``'s: a locale only ``other`` has is taken as
        it is, one both have is ``join(mine, theirs)``."""
        forms = dict(self.forms)
        for locale, term in other.forms.items():
            mine = forms.get(locale)
            forms[locale] = term if mine is None else join(mine, term)
        return forms


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


class Glossary:
    """An ordered collection of entries keyed by id; later files extend earlier ones."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        self.revision = 0  # bumped on every change, so cached matchers know they are stale
        self._locales: tuple[int, tuple[str, ...]] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        existing = self._entries.get(entry.id)
        self._entries[entry.id] = existing.merged(entry) if existing else entry
        self.revision += 1

    def merge(self, other: Glossary) -> Glossary:
        merged = Glossary(self)
        for entry in other:
            merged.add(entry)
        return merged

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    @property
    def locales(self) -> tuple[str, ...]:
        # asked once per catalog message: remembered until the glossary changes
        if self._locales is not None and self._locales[0] == self.revision:
            return self._locales[1]
        seen: dict[str, None] = {}
        for entry in self._entries.values():
            for locale in entry.forms:
                seen[locale] = None
        self._locales = (self.revision, tuple(seen))
        return self._locales[1]

    def by_kind(self, kind: Kind) -> Iterator[Entry]:
        return (e for e in self._entries.values() if e.kind is kind)

    def as_mapping(self) -> Mapping[str, Entry]:
        return dict(self._entries)


# Japanese and Korean legal forms, written before a company's name (前株: 株式会社アオバ)
# or after it (後株: アオバ株式会社); each company has one place for it, and the other
# is a classic slip in a release
LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "㈱", "(株)", "（株）",
    "주식회사", "유한회사", "㈜", "(주)", "（주）",
)  # fmt: skip


# a legal form's abbreviation (NFKC makes '㈱' and '（株）' this '(株)'): 'アオバ(株)' is the
# legal form after the name as much as 'アオバ株式会社' is
_ABBREVIATED = {"株式会社": "(株)", "有限会社": "(有)", "合同会社": "(同)", "주식회사": "(주)"}


def misplaced_legal_forms(form: str) -> tuple[str, ...]:
    """Every way of writing ``form``'s legal form on the wrong side of its name: in full
    ('アオバ株式会社' for '株式会社アオバ') and abbreviated ('アオバ(株)', which the
    matcher also finds as 'アオバ㈱' and 'アオバ（株）'); () when it has none."""
    swapped = misplaced_legal_form(form)
    if swapped is None:
        return ()
    found = [swapped]
    for legal, short in _ABBREVIATED.items():
        if form.startswith(legal) and (name := form[len(legal) :].strip(" \u3000")):
            found.append(f"{name}{short}")
        elif form.endswith(legal) and (name := form[: -len(legal)].strip(" \u3000")):
            found.append(f"{short}{name}")
    return tuple(found)


def misplaced_legal_form(form: str) -> str | None:
    """``form`` with its legal form on the other side of the name ('株式会社アオバ' →
    'アオバ株式会社', '주식회사 하나' → '하나 주식회사'), or None when it has none at an end."""
    for legal in LEGAL_FORMS:
        if form.startswith(legal) and len(form) > len(legal):
            rest = form[len(legal) :]
            name = rest.lstrip(" \u3000")
            gap = rest[: len(rest) - len(name)]
            return f"{name}{gap}{legal}" if name else None
        if form.endswith(legal) and len(form) > len(legal):
            rest = form[: -len(legal)]
            name = rest.rstrip(" \u3000")
            gap = rest[len(name) :]
            return f"{legal}{gap}{name}" if name else None
    return None


# a company's legal form in Latin letters after its name, longest first; a company is
# one of them, and another after its name is a slip ('Seorin Materials Inc.' for
# 'Seorin Materials Co., Ltd.'). The comma's place is PR105's ('America Inc.'), and
# 'Co.,Ltd.' or 'Co.' alone, shortenings, are left alone
_LATIN_LEGAL_SUFFIXES = (
    " Co., Ltd.", " Co. Ltd.", ", Inc.", " Inc.", ", Ltd.", " Ltd.", " Limited",
    " Corporation", " Corp.", ", LLC", " LLC", " K.K.", " GmbH", " AB", " plc",
)  # fmt: skip
# one legal form written in full or abbreviated ('Sony Group Corp.' for '... Corporation'):
# a style, not another company
_SAME_LEGAL_FORM = {
    " Corp.": " Corporation", ", Inc.": " Inc.", " Limited": " Ltd.", ", Ltd.": " Ltd.",
    " Co. Ltd.": " Co., Ltd.", ", LLC": " LLC",
}  # fmt: skip
# the ones written for another (each form of a glossary's company is looked for: few)
_MISTAKEN_LEGAL_SUFFIXES = (
    " Co., Ltd.", ", Inc.", " Inc.", " Ltd.", " Limited", " Corporation", " Corp.", " LLC",
)  # fmt: skip
# the same in Japanese and Korean, after the name or before it
_CJK_LEGAL_SUFFIXES = (("株式会社", "有限会社", "合同会社"), ("주식회사", "유한회사"))


def other_legal_forms(form: str) -> tuple[str, ...]:
    """``form`` with each other legal form of its script in place of its own ('Seorin
    Materials Inc.' and 'Seorin Materials Corporation' for 'Seorin Materials Co., Ltd.',
    'アオバ有限会社' for 'アオバ株式会社'); () when it has none."""
    for suffix in _LATIN_LEGAL_SUFFIXES:
        name = form[: -len(suffix)] if form.endswith(suffix) else ""
        if name and not name.endswith((",", " ")):
            same = _SAME_LEGAL_FORM.get(suffix, suffix)
            return tuple(
                name + other
                for other in _MISTAKEN_LEGAL_SUFFIXES
                if _SAME_LEGAL_FORM.get(other, other) != same
            )
    for family in _CJK_LEGAL_SUFFIXES:
        for legal in family:
            if form.endswith(legal) and len(form) > len(legal):
                name = form[: -len(legal)]
                return tuple(name + other for other in family if other != legal)
            if form.startswith(legal) and len(form) > len(legal):
                name = form[len(legal) :]
                return tuple(other + name for other in family if other != legal)
    return ()


def without_legal_form(forms: tuple[str, ...]) -> list[str]:
    """The forms of a company without their legal form, as running text names it once it
    has been named in full ('星野ロボティクス' for '星野ロボティクス株式会社', '호시노' for
    '㈜호시노', 'Sakura Mobility' for 'Sakura Mobility Co., Ltd.'); two letters at least."""
    short = []
    for form in forms:
        bare = form
        for marker in _LEGAL_MARKERS:
            if bare.startswith(marker):
                bare = bare[len(marker) :]
            if bare.endswith(marker):
                bare = bare[: -len(marker)]
        for suffix in _LEGAL_SUFFIXES:
            if bare.endswith(suffix):
                bare = bare[: -len(suffix)]
        bare = bare.strip(" ,・")
        if bare != form and len(bare) >= 2:
            short.append(bare)
    return short


# (string tests, not a pattern: a pattern anchored at the end searched over a long text
# tries every start, see tests/hardening/test_linear_time.py)
_LEGAL_MARKERS = (
    "株式会社", "有限会社", "合同会社", "㈱", "(株)", "（株）", "주식회사", "㈜", "(주)", "（주）",
    # a non-profit's form of legal person, written before its name ('公益財団法人北風財団',
    # '재단법인 한빛복지재단'), which English drops and running text leaves out as a
    # company's; the longer first, which a shorter one is the end of
    "公益財団法人", "一般財団法人", "財団法人", "公益社団法人", "一般社団法人", "社団法人",
    "社会福祉法人", "認定特定非営利活動法人", "特定非営利活動法人", "認定NPO法人", "NPO法人",
    "学校法人", "国立大学法人", "医療法人", "공익재단법인", "재단법인", "사단법인",
    "사회복지법인", "학교법인", "의료법인", "(재)", "（재）", "(사)", "（사）",
)  # fmt: skip
_LEGAL_SUFFIXES = (
    " Co., Ltd.", " Co., Ltd", " Co. Ltd.", ", Inc.", " Inc.", " Inc", " Corporation",
    " Corp.", " Ltd.", " Limited", " LLC", " plc",
    # a Japanese or German company's form in English ('Haram Beauty Japan K.K.', running
    # text's 'Haram Beauty Japan'), as a subsidiary is named
    " K.K.", " KK", " GmbH", " AG",
)  # fmt: skip


# (a glossary's entries share a few column sets: which keys a locale takes of each set is
# worked out once, not for each of tens of thousands of entries)
@functools.lru_cache(maxsize=1024)
def _regional_keys(keys: tuple[str, ...], locale: str) -> tuple[str, ...]:
    """The keys of ``locale``'s language other than the bare language, in its script
    (all of them for the bare language itself)."""
    lang = locale.partition("_")[0]
    return tuple(
        key
        for key in keys
        if key != lang
        and key.partition("_")[0] == lang
        and (locale == lang or _same_script(key, locale))
    )


@functools.lru_cache(maxsize=1024)
def _other_script_keys(keys: tuple[str, ...], locale: str) -> tuple[str, ...]:
    """The keys of ``locale``'s language written in another script."""
    lang = locale.partition("_")[0]
    return tuple(
        key for key in keys if key.partition("_")[0] == lang and not _same_script(key, locale)
    )


@functools.lru_cache(maxsize=1024)
def _same_script(one: str, other: str) -> bool:
    """Whether two locales of one language are written in the same script, as far as
    Babel tells ('zh_TW' and 'zh_Hant': yes; 'zh_CN' and 'zh_Hant': no)."""
    first, second = _script(one), _script(other)
    return first is None or second is None or first == second


@functools.lru_cache(maxsize=256)
def _script(locale: str) -> str | None:
    """The script ``locale`` is written in, named or likely ('zh_TW' → 'Hant', 'en_GB'
    → 'Latn'); None for a code Babel does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    if parsed.script:
        return str(parsed.script)
    likely = str(get_global("likely_subtags").get(parsed.language, "")).split("_")
    return likely[1] if len(likely) == 3 else None


def _forbidding(term: Term, others: list[Term]) -> Term:
    """``term`` with the forms of ``others`` (the same language in another script) it
    does not accept forbidden: '泽田' in a Traditional release, suggested '澤田'."""
    allowed = {term.text, *term.variants}
    added = [f for other in others for f in other.accepted if f not in allowed]
    forbidden = tuple(dict.fromkeys([*term.forbidden, *added]))
    if forbidden == term.forbidden:
        return term
    return Term(term.text, term.variants, forbidden, term.name)  # (replace() is slower)


def _with_regional_forms(term: Term, others: list[Term]) -> Term:
    """``term`` accepting the approved forms and variants of ``others`` (the same
    language's other regions) as variants, and forbidding none of them."""
    accepted = list(dict.fromkeys(f for other in others for f in other.accepted))
    variants = tuple(dict.fromkeys([*term.variants, *(f for f in accepted if f != term.text)]))
    allowed = {term.text, *variants}
    forbidden = tuple(f for f in term.forbidden if f not in allowed)
    if variants == term.variants and forbidden == term.forbidden:
        return term
    return replace(term, variants=variants, forbidden=forbidden)
