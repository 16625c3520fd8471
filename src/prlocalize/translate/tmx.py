"""prlocalize.translate.tmx
~~~~~~~~~~~~~~~~~~~~~~~~~

TMX 1.4 import and export with lxml. Import accepts what other tools write:
OmegaT's and Trados' headers, ``xml:lang`` or TMX 1.1's ``lang``, region
variants (``ja-JP``, ``EN-US``), ``srclang="*all*"`` and inline codes
(``<bpt>``, ``<ph>``…, whose native code is dropped and whose text is kept; a pair
``<bpt>``/``<ept>`` or a ``<hi>`` is kept where it stood, for the catalog's own markup,
see :mod:`.inline_codes`). A
translation's flags (``prlocalize-ignore:PR404``) travel in a ``<prop
type="x-prlocalize-flags">`` of its ``<tuv>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prlocalize import __version__
from prlocalize.errors import InputError
from prlocalize.translate.inline_codes import MARK, closing, coded, opening
from prlocalize.translate.memory import Unit, lang_key

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODE_TAGS = {"bpt", "ept", "it", "ph", "ut"}  # hold native codes, not text
FLAGS_PROP = "x-prlocalize-flags"  # a translation's flags (prlocalize-ignore:PR404 …)


def _seg_text(seg: object, highlights: list[int] | None = None) -> str:
    """Text of a <seg>, without the content of inline code elements; a code that is a
    line break (a paragraph's ``<br>`` kept as ``<ph type="lb"/>``) is one, so that the
    sentences either side are not run together. A pair of codes (``<bpt i>``…``<ept
    i>``) and a ``<hi>`` are kept as a reader's pair (:mod:`.inline_codes`): where the
    catalog's own markup goes in the translation."""
    highlights = [] if highlights is None else highlights
    parts: list[str] = [seg.text or ""]  # type: ignore[attr-defined]
    for child in seg:  # type: ignore[attr-defined]
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "hi":
            highlights.append(len(highlights) + 1)
            code_id = f"hi{child.get('x') or highlights[-1]}"
            parts += [opening(code_id), _seg_text(child, highlights), closing(code_id)]
        elif tag not in _CODE_TAGS:
            parts.append(_seg_text(child, highlights))
        elif _line_break(child):
            parts.append("\n")
        elif tag in ("bpt", "ept") and child.get("i"):
            code_id = f"i{child.get('i')}"
            parts.append(opening(code_id) if tag == "bpt" else closing(code_id))
        parts.append(child.tail or "")
    return "".join(parts)


def _line_break(code: object) -> bool:
    """Whether an inline code stands for a line break: its type says so, or its native
    code is a ``<br>``."""
    if code.get("type") in ("lb", "x-lb", "x-br"):  # type: ignore[attr-defined]
        return True
    native = (code.text or "").strip().lower()  # type: ignore[attr-defined]
    return native.startswith("<br") and native.endswith(">")


def read_tmx(
    path: str | Path,
    passed: Passed | None = None,
) -> Iterator[Unit]:
    """Yield a unit per (source, other language) pair of each <tu>; a <tu> that has no
    variant in its source language, or one a translator had not finished, is passed
    over, and one translating its source two ways kept as its last: each is noted in
    ``passed``.

    The file is read incrementally (each <tu> is dropped once read), so a large
    memory export does not have to fit in memory as a tree.
    """
    from lxml import etree

    path = Path(path)
    if not path.is_file():
        raise InputError(path, None, "no such file")
    events = etree.iterparse(
        str(path), events=("start", "end"), resolve_entities=False, no_network=True
    )
    srclang, origin, seen_root = "*all*", f"tmx:{path.name}", False
    try:
        for event, element in events:
            if not seen_root:
                if element.tag != "tmx":
                    raise InputError(
                        path, element.sourceline, f"root element is <{element.tag}>, not <tmx>"
                    )
                seen_root = True
            if event != "end":
                continue
            if element.tag == "header":
                srclang = element.get("srclang") or "*all*"
            elif element.tag == "tu":
                yield from _units(path, element, srclang, origin, passed or Passed())
                element.clear(keep_tail=True)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        msg = f"not well-formed XML: {exc.msg}"
        raise InputError(path, line, msg, "is it a TMX file?") from None
    except OSError as exc:
        raise InputError(path, None, f"cannot read: {exc}") from None


@dataclass
class Passed:
    """What a TMX's reading passed over or decided, by the line of its <tu>."""

    unsourced: list[tuple[int, str]] = field(default_factory=list)  # and its srclang
    doubled: list[tuple[int, str]] = field(default_factory=list)  # and the language
    unfinished: list[int] = field(default_factory=list)


# Trados' confirmation levels of a segment no one finished: a memory's exact match is
# final, so such a unit is none ('Unspecified' is left in: what an aligned or imported
# memory says of finished work)
_UNFINISHED_LEVELS = frozenset({"draft", "rejectedtranslation", "rejectedsignoff"})


def _unfinished(tu: object) -> bool:
    """Whether a Trados <tu> says its translation was not finished (``<prop
    type="x-ConfirmationLevel">Draft</prop>``)."""
    return any(
        (prop.get("type") or "").casefold() == "x-confirmationlevel"
        and (prop.text or "").strip().casefold() in _UNFINISHED_LEVELS
        for prop in tu.findall("prop")  # type: ignore[attr-defined]
    )


def _flags(element: object) -> tuple[str, ...]:
    """The flags a ``<prop type="x-prlocalize-flags">`` of ``element`` holds."""
    return tuple(
        flag
        for prop in element.findall("prop")  # type: ignore[attr-defined]
        if prop.get("type") == FLAGS_PROP
        for flag in (prop.text or "").split()
    )


def _units(
    path: Path,
    tu: object,
    srclang: str,
    origin: str,
    passed: Passed,
) -> Iterator[Unit]:
    if _unfinished(tu):
        passed.unfinished.append(tu.sourceline)  # type: ignore[attr-defined]
        return
    variants: list[tuple[str, str, tuple[str, ...], str]] = []
    shared = _flags(tu)
    tu_changed = _changed(tu)
    for tuv in tu.findall("tuv"):  # type: ignore[attr-defined]
        lang = tuv.get(_XML_LANG) or tuv.get("lang")
        seg = tuv.find("seg")
        if not lang or seg is None:
            raise InputError(path, tuv.sourceline, "<tuv> without xml:lang or <seg>")
        flags = tuple(sorted({*shared, *_flags(tuv)}))
        variants.append((lang, _seg_text(seg), flags, _changed(tuv) or tu_changed))
    tu_src = tu.get("srclang") or srclang  # type: ignore[attr-defined]
    if tu_src.lower() == "*all*":
        source = variants[0] if variants else None
    else:
        source = next((v for v in variants if lang_key(v[0]) == lang_key(tu_src)), None)
    if source is None:
        if variants:
            passed.unsourced.append((tu.sourceline, tu_src))  # type: ignore[attr-defined]
        return
    context = _context(tu)
    undecided = _undecided(variants, source[0])
    passed.doubled.extend((tu.sourceline, lang) for lang in undecided)  # type: ignore[attr-defined]
    for lang, text, flags, changed in variants:
        if lang_key(lang) != lang_key(source[0]):
            # (a bare 'zh' names no script: the memory tells it by the translation's letters)
            bare = lang.replace("-", "_").lower() == "zh"
            src, tgt = lang_key(source[0]), lang if bare else lang_key(lang)
            source_text, text, codes = coded(source[1], text)
            yield Unit(src, tgt, source_text, text, origin, flags, context, changed, codes)


def _undecided(variants: list[tuple[str, str, tuple[str, ...], str]], source: str) -> set[str]:
    """The languages a <tu> translates two ways (two ``<tuv>`` of one language, as a
    memory of several translations exports them) with no later one by date: the one
    listed last is kept (taken as an edit), which the import says."""
    texts: dict[str, dict[str, str]] = {}  # language → text → its latest date
    for lang, text, _, changed in variants:
        if lang_key(lang) != lang_key(source):
            seen = texts.setdefault(lang_key(lang), {})
            key = " ".join(text.split())
            seen[key] = max(seen.get(key, ""), changed)
    undecided = set()
    for lang, dates in texts.items():
        if len(dates) > 1:
            newest = sorted(dates.values())
            if newest[-1] == newest[-2]:
                undecided.add(lang)
    return undecided


def _changed(element: object) -> str:
    """When a tool last changed ``element`` (a ``<tu>`` or ``<tuv>``): its changedate,
    else its creationdate, in TMX's form ('20240915T103000Z'); '' when it says neither."""
    for name in ("changedate", "creationdate"):
        value = (element.get(name) or "").strip()  # type: ignore[attr-defined]
        if len(value) >= 8 and value[:8].isdigit():
            return value
    return ""


def _context(tu: object) -> str:
    """The context a tool kept a unit for: ``x-context`` (memoQ's ``x-context-pre`` and
    ``-post``, Trados' ``x-Context``…), '' when it names none."""
    return "\n".join(
        prop.text or ""
        for prop in tu.findall("prop")  # type: ignore[attr-defined]
        if (prop.get("type") or "").casefold().startswith("x-context")
    )


def tmx_bytes(units: Iterable[Unit], *, srclang: str = "en") -> bytes:
    """TMX 1.4 with one <tu> per unit (units sharing a source are grouped)."""
    root, body = new_tmx(srclang)
    grouped: dict[tuple[str, str], list[Unit]] = {}
    for unit in units:
        source = unit.codes[0] if unit.codes else unit.source
        grouped.setdefault((unit.source_lang, source), []).append(unit)
    for (source_lang, source), group in grouped.items():
        variants = [(source_lang, source)] + [
            (u.target_lang, u.codes[1] if u.codes else u.target, u.flags) for u in group
        ]
        tu = add_tu(body, variants, srclang=srclang)
        if group[0].codes:  # the codes the unit was read with go out again (a bold name)
            for seg in tu.iter("seg"):  # type: ignore[attr-defined]
                _write_codes(seg)
    return tmx_document(root)


def _write_codes(seg: Any) -> None:
    """``seg`` with the markers of its text (see :mod:`.inline_codes`) as ``<bpt>`` and
    ``<ept>``."""
    from lxml import etree

    text, at, last = seg.text or "", 0, None
    for found in MARK.finditer(text):
        if last is None:
            seg.text = text[at : found.start()]
        else:
            last.tail = text[at : found.start()]
        last = etree.SubElement(seg, "ept" if found[1] else "bpt", i=found[2])
        at = found.end()
    if last is not None:
        last.tail = text[at:]


def new_tmx(srclang: str) -> tuple[object, object]:
    """The <tmx> root (with prlocalize's <header>) and its empty <body>."""
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        creationtool="prlocalize",
        creationtoolversion=__version__,
        segtype="sentence",
        adminlang="en",
        srclang=srclang.replace("_", "-"),
        datatype="plaintext",
        **{"o-tmf": "prlocalize"},
    )
    return root, etree.SubElement(root, "body")


def add_tu(
    body: object,
    variants: Iterable[tuple[str, str] | tuple[str, str, tuple[str, ...]]],
    *,
    srclang: str,
    props: Iterable[tuple[str, str]] = (),
) -> object:
    """Append a <tu> with a <tuv xml:lang> per (language, text[, flags]); the first is its
    source."""
    from lxml import etree

    variants = list(variants)
    tu = etree.SubElement(body, "tu")
    if variants and lang_key(variants[0][0]) != lang_key(srclang):
        tu.set("srclang", variants[0][0].replace("_", "-"))
    for kind, value in props:
        etree.SubElement(tu, "prop", type=kind).text = value
    for variant in variants:
        _tuv(tu, *variant)
    return tu


def tmx_document(root: object) -> bytes:
    from lxml import etree

    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def _tuv(tu: object, lang: str, text: str, flags: tuple[str, ...] = ()) -> None:
    from lxml import etree

    tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang.replace("_", "-")})
    if flags:  # TMX puts <prop> before <seg>; other tools keep props they do not know
        etree.SubElement(tuv, "prop", type=FLAGS_PROP).text = " ".join(flags)
    etree.SubElement(tuv, "seg").text = text
