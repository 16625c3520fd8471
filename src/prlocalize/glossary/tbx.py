"""prlocalize.glossary.tbx
~~~~~~~~~~~~~~~~~~~~~~~~

TBX (TermBase eXchange, ISO 30042) import and export with lxml.

Reading accepts what CAT tools write: TBX-Basic / TBX 2 (``martif`` →
``termEntry`` → ``langSet`` → ``tig`` or ``ntig``/``termGrp``) and TBX v3
(``tbx`` → ``conceptEntry`` → ``langSec`` → ``termSec``), in DCA style
(``<termNote type="administrativeStatus">``) or DCT style
(``<basic:administrativeStatus>``), with or without namespaces.

Mapping to the glossary model:

* entry id ↔ ``termEntry/@id`` / ``conceptEntry/@id``, which TBX types as an XML ID
  (an NCName): characters an NCName cannot hold, such as the colon of ``person:…``,
  are written in the ``_xHHHH_`` escape of XML name encoding (.NET's
  ``XmlConvert.EncodeName``, SQL Server) and decoded on reading;
* kind ↔ ``<descrip type="subjectField">``, or the ``Subject``/``Category``/``Entry
  Class`` field of MultiTerm and memoQ exports (a value that is no kind reads as ``term``);
* approved form ↔ ``administrativeStatus`` ``preferredTerm-admn-sts`` (without
  any status, the first term of a language is the approved one, the others variants);
  variant ↔ ``admittedTerm-admn-sts``; forbidden ↔ ``deprecatedTerm-admn-sts``
  (``supersededTerm``, Weblate's ``forbidden``/``obsolete`` read as forbidden too);
  without it, a term field MultiTerm and memoQ exports keep under the team's name
  (``<descrip type="Usage">Forbidden</descrip>``, ``<termNote type="Status">``) gives
  the status when its value is one;
* name parts ↔ ``<termNote type="givenName">`` / ``"familyName"`` on the approved term
  (not TBX-Basic categories: tools that do not know them ignore them);
* dnt ↔ ``<termNote type="translationNote">no</termNote>`` (Weblate's convention;
  a ``transferComment`` saying "do not translate" reads as dnt too);
* note ↔ ``<note>`` of the entry (a ``definition`` or ``usage`` description
  written by other tools is read into the note as well).

Language tags such as ``en-US`` read as ``en`` unless the file also holds
another region of the same language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Source, Term
from prlocalize.glossary.problems import ParsedFile, Problem, raise_blocking, read_glossary_bytes
from prlocalize.glossary.values import id_for_forms, normalise_locale, parse_kind

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
TBX3_SCHEMA = (
    "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
    "TBXcoreStructV03_TBX-Basic_integrated.rng"
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENTRY_TAGS = frozenset({"termEntry", "conceptEntry"})
LANG_TAGS = frozenset({"langSet", "langSec"})
TERM_TAGS = frozenset({"tig", "ntig", "termSec"})
CATEGORY_TAGS = frozenset({"termNote", "descrip", "admin"})
# the entry field that says its kind: TBX's subjectField, or the name MultiTerm and memoQ
# exports keep from the termbase's own definition ("Subject", "Category")
KIND_TYPES = frozenset({"subjectfield", "subject", "category", "entry class", "entryclass"})
STATUS_TYPES = frozenset({"administrativeStatus", "normativeAuthorization"})
# the term field MultiTerm and memoQ term bases keep under the team's own name; its value
# is a status only when it reads as one ('Forbidden'), else a note ('Full name first')
TOOL_STATUS_TYPES = frozenset({"status", "usage", "usage status", "term status", "termstatus"})
# entry-level descriptions that tools use for what translators should know
NOTE_TYPES = frozenset({"definition", "usage", "usagenote", "explanation"})

APPROVED, VARIANT, FORBIDDEN, UNKNOWN = "approved", "variant", "forbidden", "unknown"


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


def _categories(el: etree._Element, *, deep: bool) -> Iterator[tuple[str, str]]:
    """(data category, value) pairs: DCA ``<termNote type="x">`` and DCT ``<ns:x>`` alike."""
    children = el.iter() if deep else iter(el)
    for child in children:
        if child is el or not isinstance(child.tag, str):
            continue
        name = _local(child)
        if name in CATEGORY_TAGS and child.get("type"):
            yield child.get("type", ""), _text(child)
        elif name == "descripGrp":
            yield from _categories(child, deep=False)
        elif etree.QName(child).namespace not in (None, TBX3_NS) and name not in ENTRY_TAGS:
            yield name, _text(child)


def _status(value: str) -> str:
    lowered = value.lower()
    if "preferred" in lowered or "standardized" in lowered:
        return APPROVED
    if "admitted" in lowered:
        return VARIANT
    if any(w in lowered for w in ("deprecated", "superseded", "forbidden", "obsolete", "notrec")):
        return FORBIDDEN
    if any(w in lowered for w in ("do not use", "prohibited", "rejected")):
        return FORBIDDEN  # MultiTerm and memoQ fields a team sets up
    return UNKNOWN


def _is_dnt(category: str, value: str) -> bool:
    value = value.lower()
    if category == "translationNote":
        return value in {"no", "false", "0"}
    if category in {"transferComment", "doNotTranslate"}:
        return "not translat" in value or value in {"yes", "true", "1"}
    return False


@dataclass
class _LangForms:
    approved: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    name: PersonName | None = None

    def term(self) -> Term:
        ranked = self.approved + self.unknown
        text = ranked[0] if ranked else ""
        variants = [*ranked[1:], *self.variants]
        return Term(
            text=text,
            variants=tuple(dict.fromkeys(v for v in variants if v != text)),
            forbidden=tuple(dict.fromkeys(self.forbidden)),
            name=self.name if text else None,
        )


# ---------------------------------------------------------------- reading


def read_tbx(path: str | Path) -> Glossary:
    parsed = parse_tbx_file(path)
    raise_blocking(parsed.problems)
    return Glossary(parsed.entries)


def parse_tbx_file(path: str | Path) -> ParsedFile:
    data = read_glossary_bytes(path)
    if isinstance(data, ParsedFile):
        return data
    return parse_tbx(data, str(path))


def parse_tbx(data: bytes, path: str) -> ParsedFile:
    """Entries and problems of TBX ``data`` (never raises)."""
    result = ParsedFile(path)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        result.problems.append(Problem(path, line, "bad-xml", f"not well-formed XML: {exc.msg}"))
        return result
    if _local(root) == "mtf":
        _multiterm_as_tbx(root)
    elif _local(root) not in {"martif", "tbx"}:
        result.problems.append(
            Problem(
                path,
                root.sourceline,
                "not-tbx",
                f"root element <{_local(root)}> is not <martif> (TBX 2), <tbx> (TBX v3) or "
                "<mtf> (MultiTerm XML): export the term base as TBX or as CSV",
            )
        )
        return result
    locales = _locale_map(root, path, result.problems)
    first_line: dict[str, int] = {}
    for el in root.iter():
        if _local(el) not in ENTRY_TAGS:
            continue
        entry = _read_entry(el, locales, path, result.problems)
        if entry is None:
            continue
        line = el.sourceline or 0
        if entry.id in first_line:
            result.problems.append(
                Problem(
                    path,
                    line,
                    "duplicate-id",
                    f"id {entry.id!r} already used on line {first_line[entry.id]}",
                )
            )
            continue
        first_line[entry.id] = line
        result.entries.append(entry)
    return result


# what MultiTerm's entry fields and term fields are named by those who set up a term
# base: the kind of the entry, the status of a term
_MULTITERM_KIND = frozenset({"subject", "type", "category", "kind", "entry class", "entryclass"})
_MULTITERM_STATUS = TOOL_STATUS_TYPES


def _multiterm_as_tbx(root: etree._Element) -> None:
    """Rename a MultiTerm XML export (``mtf`` → ``conceptGrp`` → ``languageGrp`` with its
    ``<language lang="EN-US">`` → ``termGrp`` → ``term``, fields in ``descripGrp``) to the
    TBX 2 elements it stands for, in place (lines stay those of the file): the entry
    field that names its subject or type is its kind, a term's status or usage field
    its administrative status."""
    for el in root.iter():
        name = _local(el)
        if name == "conceptGrp":
            el.tag = "termEntry"
        elif name == "languageGrp":
            el.tag = "langSet"
            language = next((c for c in el if _local(c) == "language"), None)
            if language is not None and language.get("lang"):
                el.set(XML_LANG, language.get("lang", ""))
        elif name == "termGrp":
            el.tag = "tig"
        elif name == "descrip":
            field_name = el.get("type", "").strip().casefold()
            if field_name in _MULTITERM_KIND:
                el.set("type", "subjectField")
            elif field_name in _MULTITERM_STATUS:
                el.tag = "termNote"
                el.set("type", "administrativeStatus")
            elif field_name == "note":
                el.set("type", "definition")


def _lang_of(el: etree._Element) -> str:
    return el.get(XML_LANG) or el.get("lang") or ""


def _locale_map(root: etree._Element, path: str, problems: list[Problem]) -> dict[str, str]:
    """Raw language tag → locale; a region is dropped when the file has only one per language."""
    normalised: dict[str, str] = {}
    for el in root.iter():
        if _local(el) not in LANG_TAGS:
            continue
        raw = _lang_of(el)
        if raw in normalised:
            continue
        locale = normalise_locale(raw) if raw else None
        if locale is None:
            problems.append(
                Problem(
                    path,
                    el.sourceline,
                    "unknown-locale",
                    f"unknown language {raw!r} on <{_local(el)}>" if raw else "xml:lang missing",
                )
            )
            continue
        normalised[raw] = locale
    per_base: dict[str, set[str]] = {}
    for locale in normalised.values():
        per_base.setdefault(_without_region(locale), set()).add(locale)
    return {
        raw: _without_region(locale) if len(per_base[_without_region(locale)]) == 1 else locale
        for raw, locale in normalised.items()
    }


def _without_region(locale: str) -> str:
    """ "en_US" → "en", "zh_Hant_TW" → "zh_Hant" (the script stays)."""
    from babel import Locale

    parsed = Locale.parse(locale)
    return "_".join(p for p in (parsed.language, parsed.script) if p)


def _read_entry(
    el: etree._Element, locales: dict[str, str], path: str, problems: list[Problem]
) -> Entry | None:
    kind = Kind.TERM
    notes: list[str] = []
    dnt = False
    for category, value in _categories(el, deep=False):
        if category.lower() in KIND_TYPES and (parsed := parse_kind(value)) is not None:
            kind = parsed
        elif category.lower().replace(" ", "") in NOTE_TYPES and value:
            notes.append(value)
        dnt = dnt or _is_dnt(category, value)
    per_locale: dict[str, _LangForms] = {}
    for child in el.iter():
        name = _local(child)
        if name == "note" and child.text and _text(child):
            notes.append(_text(child))
        if name not in LANG_TAGS:
            continue
        locale = locales.get(_lang_of(child))
        if locale is None:
            continue
        forms = per_locale.setdefault(locale, _LangForms())
        for tig in child:
            if _local(tig) in TERM_TAGS:
                dnt = _read_term(tig, forms) or dnt
    terms = {loc: f.term() for loc, f in per_locale.items()}
    terms = {loc: t for loc, t in terms.items() if t.text or t.variants or t.forbidden}
    line = el.sourceline
    if not any(t.text or t.variants for t in terms.values()):
        problems.append(Problem(path, line, "empty-entry", "entry has no usable term"))
        return None
    entry_id = decode_id(el.get("id", "").strip())
    if not entry_id:
        entry_id = id_for_forms(kind, terms)
    return Entry(
        id=entry_id,
        kind=kind,
        forms=terms,
        dnt=dnt,
        note=" / ".join(dict.fromkeys(notes)),
        source=Source(path, line or 0),
    )


def _read_term(tig: etree._Element, forms: _LangForms) -> bool:
    """Add the term of one tig/ntig/termSec to ``forms``; True when it says do-not-translate."""
    term_el = next((t for t in tig.iter() if _local(t) == "term"), None)
    if term_el is None or not _text(term_el):
        return False
    text = _text(term_el)
    status = tool_status = UNKNOWN
    given = family = ""
    dnt = False
    for category, value in _categories(tig, deep=True):
        if category in STATUS_TYPES:
            status = _status(value)
        elif category.strip().casefold() in TOOL_STATUS_TYPES and tool_status == UNKNOWN:
            # a TBX export of MultiTerm or memoQ keeps its 'Usage: Forbidden' field: read
            # as nothing, the forbidden form became a variant (the approved one if first)
            tool_status = _status(value)
        elif category == "givenName":
            given = value
        elif category == "familyName":
            family = value
        dnt = dnt or _is_dnt(category, value)
    if status == UNKNOWN:
        status = tool_status
    {APPROVED: forms.approved, VARIANT: forms.variants, FORBIDDEN: forms.forbidden}.get(
        status, forms.unknown
    ).append(text)
    if given and family and forms.name is None and status in (APPROVED, UNKNOWN):
        forms.name = PersonName(given=given, family=family)
    return dnt


# ---------------------------------------------------------------- ids

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_")
# Characters written as they are: letters valid at the start of an NCName in every XML
# edition (libxml2 still checks ids against XML 1.0's first tables) for the scripts ids
# use here, ASCII letters and CJK, kana and Hangul; anything else is escaped, still valid.
_START_RANGES = "A-Z_a-z\u3041-\u3094\u30a1-\u30fa\u4e00-\u9fa5\uac00-\ud7a3"
_NAME_START = re.compile(f"[{_START_RANGES}]")
_NAME_CHAR = re.compile(f"[{_START_RANGES}\\-.0-9\u30fc]")  # 'ー' extends a kana word


def encode_id(value: str) -> str:
    """``value`` as an NCName: what an NCName cannot hold (and a literal ``_x…_`` that
    would read as an escape) written ``_xHHHH_``."""
    out: list[str] = []
    for i, char in enumerate(value):
        allowed = (_NAME_CHAR if i else _NAME_START).fullmatch(char) is not None
        if char == "_" and _ESCAPE.match(value, i):
            allowed = False  # '_x0041_' written by the user stays itself after decoding
        if allowed:
            out.append(char)
        else:
            code = ord(char)
            out.append(f"_x{code:04X}_" if code <= 0xFFFF else f"_x{code:08X}_")
    return "".join(out)


def decode_id(value: str) -> str:
    """The id an :func:`encode_id` (or any XML name encoder) wrote."""
    if "_x" not in value:
        return value
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


# ---------------------------------------------------------------- writing


def write_tbx_bytes(entries: Iterable[Entry], *, version: int = 3) -> bytes:
    """TBX-Basic of ``entries``: v3 (``conceptEntry``, DCA style) or 2 (``martif``)."""
    if version not in (2, 3):
        raise ValueError(f"TBX version {version} is not supported; use 2 or 3")
    entries = list(entries)
    source_lang = _lang_tag(_main_locale(entries))
    v3 = version == 3
    ns = f"{{{TBX3_NS}}}" if v3 else ""
    nsmap = {None: TBX3_NS} if v3 else None
    root = etree.Element(f"{ns}{'tbx' if v3 else 'martif'}", nsmap=nsmap)
    root.set("type", "TBX-Basic")
    if v3:
        root.set("style", "dca")
    root.set(XML_LANG, source_lang)
    header = etree.SubElement(root, f"{ns}{'tbxHeader' if v3 else 'martifHeader'}")
    file_desc = etree.SubElement(header, f"{ns}fileDesc")
    source_desc = etree.SubElement(file_desc, f"{ns}sourceDesc")
    etree.SubElement(source_desc, f"{ns}p").text = "Glossary exported by prlocalize"
    body = etree.SubElement(etree.SubElement(root, f"{ns}text"), f"{ns}body")
    for entry in entries:
        _write_entry(body, entry, ns, v3)
    etree.indent(root, space="  ")
    prolog = ['<?xml version="1.0" encoding="UTF-8"?>']
    if v3:
        prolog.append(
            f'<?xml-model href="{TBX3_SCHEMA}" type="application/xml" '
            'schematypens="http://relaxng.org/ns/structure/1.0"?>'
        )
    else:
        prolog.append('<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">')
    document = "\n".join([*prolog, etree.tostring(root, encoding="unicode")]) + "\n"
    return document.encode("utf-8")


def write_tbx(path: str | Path, entries: Iterable[Entry], *, version: int = 3) -> bool:
    from prlocalize.fsutil import atomic_write

    return atomic_write(path, write_tbx_bytes(entries, version=version))


def _main_locale(entries: list[Entry]) -> str:
    for entry in entries:
        for locale in entry.forms:
            return locale
    return "en"


def _lang_tag(locale: str) -> str:
    return locale.replace("_", "-")


def _write_entry(body: etree._Element, entry: Entry, ns: str, v3: bool) -> None:
    el = etree.SubElement(
        body, f"{ns}{'conceptEntry' if v3 else 'termEntry'}", id=encode_id(entry.id)
    )
    etree.SubElement(el, f"{ns}descrip", type="subjectField").text = entry.kind.value
    if entry.note:
        etree.SubElement(el, f"{ns}note").text = entry.note
    for locale, term in entry.forms.items():
        lang = etree.SubElement(el, f"{ns}{'langSec' if v3 else 'langSet'}")
        lang.set(XML_LANG, _lang_tag(locale))
        forms = [
            *((term.text, "preferredTerm-admn-sts"),)[: 1 if term.text else 0],
            *((v, "admittedTerm-admn-sts") for v in term.variants),
            *((f, "deprecatedTerm-admn-sts") for f in term.forbidden),
        ]
        for text, status in forms:
            tig = etree.SubElement(lang, f"{ns}{'termSec' if v3 else 'tig'}")
            etree.SubElement(tig, f"{ns}term").text = text
            etree.SubElement(tig, f"{ns}termNote", type="administrativeStatus").text = status
            if text == term.text and term.name is not None:
                etree.SubElement(tig, f"{ns}termNote", type="givenName").text = term.name.given
                etree.SubElement(tig, f"{ns}termNote", type="familyName").text = term.name.family
            if entry.dnt:
                etree.SubElement(tig, f"{ns}termNote", type="translationNote").text = "no"
