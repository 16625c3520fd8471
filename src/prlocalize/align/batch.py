"""prlocalize.align.batch
~~~~~~~~~~~~~~~~~~~~~~~

Aligning what the command line names: one pair of files, or every pair of an
archive folder. A pair that cannot be aligned is skipped with its reason; the caller
decides what that means (``align`` exits 2 when nothing could be aligned).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from prlocalize.align.core import DEFAULT_MIN_SCORE, Alignment, align_documents, refuse_unrelated
from prlocalize.align.pairs import ReleasePair, check_size, search_pairs
from prlocalize.errors import InputError
from prlocalize.glossary.suggest import SentencePair

if TYPE_CHECKING:
    from prlocalize.align.exports import Exported
    from prlocalize.document import Document
    from prlocalize.glossary.model import Glossary
    from prlocalize.translate.memory import Unit


@dataclass
class BatchResult:
    alignments: list[Alignment] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    unpaired_files: list[Path] = field(default_factory=list)  # (--pairs) files in no pair
    # (--pairs) versions a corrected one replaced: (the one first published, its correction)
    superseded: list[tuple[Path, Path]] = field(default_factory=list)
    # (--pairs) exports and feeds that hold no pair align can read: (file, what it is)
    unread_exports: list[tuple[Path, str]] = field(default_factory=list)

    def units(self) -> list[Unit]:
        return [u for a in self.alignments for u in a.units()]


def align_files(
    source: str | Path,
    target: str | Path,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Alignment:
    """Align two files (any reader format), or the two versions one bilingual file
    holds one after the other (``source`` and ``target`` the same file); InputError
    when they cannot be aligned."""
    from prlocalize.readers import read_document

    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        return _align_bilingual(source, source_lang, target_lang, glossary, min_score)
    check_size([source, target])
    s_doc = read_document(source, lang=source_lang)
    t_doc = read_document(target, lang=target_lang)
    return align_documents(s_doc, t_doc, glossary=glossary, min_score=min_score)


def unread_export_text(path: Path, kind: str) -> str:
    """What to say of an export or feed ``--pairs`` found no pair in."""
    if kind.endswith("feed"):
        return f"{path} is {kind}, which align does not read: save the releases' pages instead"
    return (
        f"{path} is {kind} whose items say no language and translation align reads: not "
        "read (docs/align.md says which fields it reads)"
    )


def align_exported(
    pair: ReleasePair, *, glossary: Glossary | None = None, min_score: float = DEFAULT_MIN_SCORE
) -> Alignment:
    """Align two versions a CMS export holds (``pair.source_item`` and
    ``pair.target_item``); each is named ``export.xml#<its id>``."""
    from prlocalize.readers import parse_text

    items = _export_items(str(pair.source), pair.source.stat().st_mtime_ns)
    docs = []
    for key, lang in ((pair.source_item, pair.source_lang), (pair.target_item, pair.target_lang)):
        item = items[key]
        docs.append(parse_text(item.html, path=f"{pair.source}#{key}", format="html", lang=lang))
    return align_documents(docs[0], docs[1], glossary=glossary, min_score=min_score)


@lru_cache(maxsize=2)
def _export_items(path: str, _mtime: int) -> dict[str, Exported]:
    """The items of one export, read once per process for all its pairs."""
    from prlocalize.align.exports import read_export

    return {item.key: item for item in read_export(Path(path))}


def _align_bilingual(
    path: Path,
    source_lang: str | None,
    target_lang: str | None,
    glossary: Glossary | None,
    min_score: float,
) -> Alignment:
    from prlocalize.readers import read_document
    from prlocalize.readers.bilingual import (
        VERSION_SHARE,
        language_shares,
        language_versions,
        second_is_source,
    )

    check_size([path])
    document = read_document(path)
    versions = language_versions(document)
    if versions is None:
        shares = [(lang, share) for lang, share in language_shares(document) if share >= 0.05]
        if len(shares) > 1:
            held = ", ".join(f"{lang} {share:.0%}" for lang, share in shares)
            raise InputError(
                path,
                None,
                f"the file's letters are {held}, but it holds no two versions of a release "
                f"(a version holds {VERSION_SHARE:.0%} of them, or follows a line that names "
                "it: '[English]', 'English Summary', '※ 영문 요약')",
                "mark where each version begins, or name the release and its translation",
            )
        raise InputError(
            path,
            None,
            "one file that holds one language",
            "name the release and its translation, or give one file that holds both "
            "versions one after the other",
        )
    if len(versions) > 2:
        return _align_two_of(path, versions, source_lang, target_lang, glossary, min_score)
    first, second = versions.values()
    if second_is_source(first.lang, second.lang, source_lang, target_lang):
        first, second = second, first
    return align_documents(first, second, glossary=glossary, min_score=min_score)


def _align_two_of(
    path: Path,
    versions: dict[str, Document],
    source_lang: str | None,
    target_lang: str | None,
    glossary: Glossary | None,
    min_score: float,
) -> Alignment:
    """Align the source and the target of a file that holds three versions or more: the
    languages asked for, the source English (else the first) when not asked for."""
    from prlocalize.locales import language

    def version(lang: str | None) -> Document | None:
        return next((doc for key, doc in versions.items() if lang and key == language(lang)), None)

    held = ", ".join(versions)
    source = version(source_lang) or (None if source_lang else version("en"))
    source = source or (None if source_lang else next(iter(versions.values())))
    target = version(target_lang)
    if source is None or target is None or target is source:
        raise InputError(
            path,
            None,
            f"the file holds {len(versions)} versions ({held})",
            "say which two to align with --source-lang and --target-lang",
        )
    return align_documents(source, target, glossary=glossary, min_score=min_score)


def align_pairs(
    pairs: Iterable[ReleasePair],
    *,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    jobs: int | None = None,
) -> BatchResult:
    """Align every pair, in ``jobs`` worker processes (see :mod:`prlocalize.parallel`);
    the alignments come in the order of ``pairs`` whatever their number."""
    result = BatchResult()
    for alignment in _each(pairs, glossary, min_score, result.skipped, jobs):
        result.alignments.append(alignment)
    return result


def align_folder(
    folder: str | Path,
    *,
    source_lang: str | None = None,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    jobs: int | None = None,
) -> BatchResult:
    """Align every release pair found in ``folder``; InputError when it holds none. The
    result names the release files left without a partner."""
    found = search_pairs(folder, source_lang)
    pairs = found.pairs
    if not pairs:
        message = "no release pairs found"
        if found.unread:
            message += "; " + "; ".join(unread_export_text(p, k) for p, k in found.unread)
        raise InputError(
            folder,
            None,
            message,
            "name the versions launch.en.txt + launch.ja.txt, launch-en.txt + launch-jp.txt, "
            "or en/launch.html + ja/launch.html (docs/align.md lists the layouts)",
        )
    result = align_pairs(pairs, glossary=glossary, min_score=min_score, jobs=jobs)
    result.unpaired_files = found.unpaired
    result.superseded = found.superseded
    result.unread_exports = found.unread
    return result


def _each(
    pairs: Iterable[ReleasePair],
    glossary: Glossary | None,
    min_score: float,
    skipped: list[InputError],
    jobs: int | None = None,
) -> Iterator[Alignment]:
    from prlocalize.parallel import ordered_map, worker_count

    def one(pair: ReleasePair) -> Alignment:
        if pair.source_item:
            return align_exported(pair, glossary=glossary, min_score=min_score)
        # files paired by their names may be two releases (one name in each language's
        # folder): what is learnt from them must be one release's versions
        return refuse_unrelated(
            align_files(
                pair.source,
                pair.target,
                source_lang=pair.source_lang,
                target_lang=pair.target_lang,
                glossary=glossary,
                min_score=min_score,
            )
        )

    todo = list(pairs)
    # a pair is two releases: worth a worker from fewer pairs than single releases
    workers = worker_count(len(todo), jobs, parallel_from=16)
    for outcome in ordered_map(one, todo, workers, catch=(InputError,)):
        if isinstance(outcome, InputError):
            skipped.append(outcome)
        else:
            assert isinstance(outcome, Alignment)
            yield outcome


# ------------------------------------------------------------------ pairs for glossary suggest


def sentence_pairs(
    paths: Iterable[str | Path],
    *,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    skipped: list[InputError] | None = None,
    jobs: int | None = None,
) -> Iterator[SentencePair]:
    """The sentence pairs of TMX files and of the release pairs found in folders.

    Each pair says where it came from: the release files and lines (for a folder, or a
    TMX that ``align`` wrote), else the TMX file and the line of its ``<tu>``.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            result = align_folder(path, glossary=glossary, min_score=min_score, jobs=jobs)
            if skipped is not None:
                skipped.extend(result.skipped)
            for a in result.alignments:
                for bead in a.accepted():
                    where = (
                        f"{a.source_path}:{a.source[bead.source[0]].line} | "
                        f"{a.target_path}:{a.target[bead.target[0]].line}"
                    )
                    # names are read in the words, not in the markup a page kept
                    # ('<span lang="KO">호시조라계기</span>' read as 'lang KO 호시조라계기')
                    yield SentencePair(
                        a.source_lang,
                        a.source_plain(bead),
                        a.target_lang,
                        a.target_plain(bead),
                        where,
                    )
        elif path.is_file():
            yield from _tmx_pairs(path)
        else:
            raise InputError(path, None, "no such file or folder", "name TMX files or folders")


def _tmx_pairs(path: Path) -> Iterator[SentencePair]:
    from lxml import etree

    from prlocalize.translate.memory import lang_key
    from prlocalize.translate.tmx import _seg_text

    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    srclang = "*all*"
    try:
        for _, element in etree.iterparse(
            str(path), events=("end",), resolve_entities=False, no_network=True
        ):
            if element.tag == "header":
                srclang = element.get("srclang") or "*all*"
            if element.tag != "tu":
                continue
            variants = []
            for tuv in element.findall("tuv"):
                lang, seg = tuv.get(xml_lang) or tuv.get("lang"), tuv.find("seg")
                if lang and seg is not None:
                    variants.append((lang_key(lang), _seg_text(seg)))
            props = {p.get("type"): p.text or "" for p in element.findall("prop")}
            if "x-source" in props and "x-target" in props:  # written by `align`
                where = f"{_first_line(props['x-source'])} | {_first_line(props['x-target'])}"
            else:
                where = f"{path}:{element.sourceline}"
            tu_src = lang_key(element.get("srclang") or srclang)
            source = next(
                (v for v in variants if v[0] == tu_src), variants[0] if variants else None
            )
            if source is not None:
                for lang, text in variants:
                    if lang != source[0]:
                        plain = _without_markup(source[1])
                        yield SentencePair(source[0], plain, lang, _without_markup(text), where)
            element.clear(keep_tail=True)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(
            path, line, f"not well-formed XML: {exc.msg}", "is it a TMX file?"
        ) from None


# the inline markup a unit's text keeps ('<span lang="KO">…</span>', '<a href="…">'), as
# `align` writes it into a TMX: a '<끝>' or a '<Japan>' of the text is no such tag
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|br|cite|code|em|i|img|kbd|mark|q|s|small|span|strong|sub|sup|"
    r"time|u|wbr)(?:\s[^<>]{0,400})?/?>",
    re.IGNORECASE,
)


def _without_markup(text: str) -> str:
    return _INLINE_TAG.sub("", text) if "<" in text else text


def _first_line(place: str) -> str:
    """``a.txt:12,13`` (a bead's lines) → ``a.txt:12``."""
    path, _, lines = place.rpartition(":")
    return f"{path}:{lines.split(',')[0]}" if path else place
