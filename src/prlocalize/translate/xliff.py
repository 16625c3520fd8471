"""prlocalize.translate.xliff
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Bilingual XLIFF files, as translation agencies hand them back, read into memory
units: XLIFF 1.2 (``<trans-unit>``, Trados' ``.sdlxliff`` with its ``<mrk
mtype="seg">`` segments, memoQ's ``.mqxliff``, Phrase's and OmegaT's) and XLIFF 2.x
(``<unit>``/``<segment>``). The languages come from ``source-language`` and
``target-language`` of each ``<file>`` (2.x: ``srcLang``/``trgLang`` of the root).

A memory's exact match is taken as final, so only translated segments are kept:
an empty target, a ``state`` of ``new`` or ``needs-…`` (2.x: ``initial``), a
``translate="no"`` unit, a Trados segment at ``Draft``/``Unspecified``/``Rejected…``,
a memoQ one not confirmed and a Phrase (Memsource) one not confirmed
(``m:confirmed="0"``, often its machine translation) are passed over, and counted.
Inline markup that wraps text (``<g>``, ``<pc>``, ``<mrk>``) keeps its text, and a
formatting pair (``<g>``, ``<pc>``, ``<bpt>``/``<ept>``, ``<sc>``/``<ec>``) where it
stood, for the catalog's own markup (:mod:`.inline_codes`); other codes (``<x/>``,
``<ph>``…) are dropped unless they give the character they stand for (``equiv``), a
line break (``ctype="lb"``) kept as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prlocalize.errors import InputError
from prlocalize.translate.inline_codes import closing, coded, opening, without_marks
from prlocalize.translate.memory import Unit, lang_key

_WRAPS = {"g", "pc", "mrk", "sub"}  # inline elements whose content is text
_PAIRS = {"g", "pc"}  # of those, the ones that format it (a <mrk> annotates)
_OPENS, _CLOSES = {"bpt", "sc"}, {"ept", "ec"}  # a pair of codes: 1.2's and 2.x's
_EQUIV_MAX = 3  # ©, ™, ® or a dash: longer equivalents are tools' own labels
_MARKUP = frozenset("<>{}[]%$")  # an equivalent written as markup or a placeholder
_NOT_TRANSLATED = {"new", "initial"}  # states a translator has not finished
_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
_SDL_UNFINISHED = {"Draft", "Unspecified", "RejectedTranslation", "RejectedSignOff"}
_MQ = "MQXliff"
_MQ_FINISHED = {"ManuallyConfirmed", "Confirmed", "Proofread"}  # also ReviewerNConfirmed
# Phrase's MXLIFF writes no state: its ``m:confirmed`` says whether a person confirmed
# the segment (pre-translated MT and memory matches stay "0")
_PHRASE_CONFIRMED = "{http://www.memsource.com/mxlf/2.0}confirmed"


@dataclass
class XliffRead:
    """What one file gave: its units and how many segments were passed over."""

    units: list[Unit] = field(default_factory=list)
    unfinished: int = 0


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline_text(element: object) -> str:
    """Text of a ``<source>``/``<target>``/``<mrk>``, without inline codes."""
    parts: list[str] = [element.text or ""]  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        name = _local(child.tag)
        if name in _PAIRS and child.get("id"):
            # formatting around words: where the catalog's own markup goes (see inline_codes)
            code_id = f"g{child.get('id')}"
            parts += [opening(code_id), inline_text(child), closing(code_id)]
        elif name in _WRAPS:
            parts.append(inline_text(child))
        elif name in _OPENS and (code_id := child.get("rid") or child.get("id")):
            parts.append(opening(f"b{code_id}"))
        elif name in _CLOSES and (
            code_id := child.get("rid") or child.get("id") or child.get("startRef")
        ):
            parts.append(closing(f"b{code_id}"))
        elif child.get("ctype") == "lb" or child.get("type") == "lb":
            parts.append("\n")
        else:
            parts.append(_equivalent_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _equivalent_text(code: object) -> str:
    """The text a code stands for (2.x ``equiv``, 1.2 ``equiv-text``: ``<ph equiv="©"/>``)
    where it is a character or two of text; a tag written out (``<br/>``, ``{1}``) is none."""
    text = code.get("equiv") or code.get("equiv-text") or ""  # type: ignore[attr-defined]
    if len(text) > _EQUIV_MAX or any(c in _MARKUP for c in text) or not text.strip():
        return ""
    return str(text)


def is_xliff(path: Path) -> bool:
    """Whether ``path`` is an XLIFF file, told by its root element."""
    from lxml import etree

    try:
        for _event, element in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True
        ):
            return _local(element.tag) == "xliff"
    except (etree.XMLSyntaxError, OSError):
        return False
    return False


def read_xliff(path: str | Path) -> XliffRead:
    """The translated segments of a bilingual XLIFF 1.2 or 2.x file."""
    from lxml import etree

    path = Path(path)
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(path, line, f"not well-formed XML: {exc.msg}") from None
    except OSError as exc:
        raise InputError(path, None, f"cannot read: {exc}") from None
    root = tree.getroot()
    if _local(root.tag) != "xliff":
        message = f"root element is <{_local(root.tag)}>, not <xliff>"
        raise InputError(path, root.sourceline, message)
    read = XliffRead()
    if (root.get("version") or "1.2").startswith("1"):
        for file in root.iter("{*}file"):
            source, target = _languages(path, file, "source-language", "target-language")
            origin = f"xliff:{path.name}"
            for unit in file.iter("{*}trans-unit"):
                _read_unit_1(unit, source, target, origin, read)
    else:
        source, target = _languages(path, root, "srcLang", "trgLang")
        for segment in root.iter("{*}segment"):
            _read_segment_2(segment, source, target, f"xliff:{path.name}", read)
    return read


def _languages(path: Path, element: object, src: str, trg: str) -> tuple[str, str]:
    source, target = element.get(src), element.get(trg)  # type: ignore[attr-defined]
    if not source or not target:
        missing = " and ".join(a for a, v in ((src, source), (trg, target)) if not v)
        tag = _local(element.tag)  # type: ignore[attr-defined]
        raise InputError(
            path,
            element.sourceline,  # type: ignore[attr-defined]
            f"<{tag}> has no {missing}",
            "a bilingual XLIFF must say its languages; export it again from the CAT tool",
        )
    return lang_key(source), lang_key(target)


def _read_unit_1(unit: object, source: str, target: str, origin: str, read: XliffRead) -> None:
    if unit.get("translate") == "no":  # type: ignore[attr-defined]
        return
    src = unit.find("{*}seg-source")  # type: ignore[attr-defined]
    trg = unit.find("{*}target")  # type: ignore[attr-defined]
    if src is None:
        src = unit.find("{*}source")  # type: ignore[attr-defined]
    if src is None:
        return
    pairs = _segment_pairs(src, trg)
    confirmation = _sdl_confirmation(unit)
    for mid, source_text, target_text in pairs:
        if not without_marks(source_text).strip():
            continue
        if not without_marks(target_text).strip() or not _finished_1(
            unit, trg, confirmation.get(mid)
        ):
            read.unfinished += 1
            continue
        plain_source, plain_target, codes = coded(source_text, target_text)
        read.units.append(Unit(source, target, plain_source, plain_target, origin, codes=codes))


def _segment_pairs(src: object, trg: object | None) -> list[tuple[str, str, str]]:
    """(segment id, source, target) of a unit: one per ``<mrk mtype="seg">`` when the
    unit is segmented (Trados), else the whole ``<source>`` and ``<target>``."""
    marks = [m for m in src.iter("{*}mrk") if m.get("mtype") == "seg"]  # type: ignore[attr-defined]
    if not marks:
        return [("", inline_text(src), inline_text(trg) if trg is not None else "")]
    targets = {
        m.get("mid"): inline_text(m)
        for m in (trg.iter("{*}mrk") if trg is not None else ())  # type: ignore[attr-defined]
        if m.get("mtype") == "seg"
    }
    return [(m.get("mid") or "", inline_text(m), targets.get(m.get("mid"), "")) for m in marks]


def _sdl_confirmation(unit: object) -> dict[str, str]:
    """Trados' confirmation level of each segment of a unit, by segment id."""
    return {
        seg.get("id") or "": seg.get("conf") or "Unspecified"
        for seg in unit.iter(f"{{{_SDL}}}seg")  # type: ignore[attr-defined]
    }


def _finished_1(unit: object, trg: object | None, sdl_conf: str | None) -> bool:
    if sdl_conf is not None:
        return sdl_conf not in _SDL_UNFINISHED
    mq_status = unit.get(f"{{{_MQ}}}status")  # type: ignore[attr-defined]
    if mq_status is not None:
        return mq_status in _MQ_FINISHED or mq_status.startswith("Reviewer")
    phrase_confirmed = unit.get(_PHRASE_CONFIRMED)  # type: ignore[attr-defined]
    if phrase_confirmed is not None:
        return phrase_confirmed.strip() not in ("0", "false")
    if unit.get("approved") == "yes":  # type: ignore[attr-defined]
        return True
    state = trg.get("state") if trg is not None else None  # type: ignore[attr-defined]
    return not state or not (state in _NOT_TRANSLATED or state.startswith("needs-"))


def _read_segment_2(
    segment: object, source: str, target: str, origin: str, read: XliffRead
) -> None:
    src = segment.find("{*}source")  # type: ignore[attr-defined]
    trg = segment.find("{*}target")  # type: ignore[attr-defined]
    if src is None or not without_marks(inline_text(src)).strip():
        return
    unit = segment.getparent()  # type: ignore[attr-defined]
    if unit is not None and unit.get("translate") == "no":
        return
    state = segment.get("state") or ""  # type: ignore[attr-defined]
    target_text = inline_text(trg) if trg is not None else ""
    if not without_marks(target_text).strip() or state in _NOT_TRANSLATED:
        read.unfinished += 1
        return
    plain_source, plain_target, codes = coded(inline_text(src), target_text)
    read.units.append(Unit(source, target, plain_source, plain_target, origin, codes=codes))
