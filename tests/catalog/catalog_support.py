"""Helpers of the catalog tests: hand-made documents, a small glossary, the PO validity check."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from prlocalize.document import Block, BlockKind, Document, Segment, Span
from prlocalize.findings import Finding
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text


def make_document(
    paragraphs: Sequence[str | Sequence[str]],
    *,
    path: str = "release.txt",
    lang: str = "en",
    contexts: Sequence[str | None] | None = None,
) -> Document:
    """A plain-text Document: one block per item, one segment per sentence given."""
    text_parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for index, item in enumerate(paragraphs, 1):
        sentences = [item] if isinstance(item, str) else list(item)
        segments = []
        start = offset
        for number, sentence in enumerate(sentences, 1):
            if number > 1:
                text_parts.append(" ")
                offset += 1
            segments.append(
                Segment(
                    id=f"b{index}.s{number}",
                    text=sentence,
                    span=Span(offset, offset + len(sentence)),
                    lang=lang,
                )
            )
            text_parts.append(sentence)
            offset += len(sentence)
        blocks.append(
            Block(
                id=f"b{index}",
                kind=BlockKind.PARAGRAPH,
                span=Span(start, offset),
                segments=tuple(segments),
                context=contexts[index - 1] if contexts else None,
            )
        )
        text_parts.append("\n\n")
        offset += 2
    return Document(path=path, text="".join(text_parts), blocks=tuple(blocks), lang=lang,
                    format="text")  # fmt: skip


def translation_findings(
    locale: str, msgid: str, msgstr: str, *, glossary: Glossary | None = None
) -> list[Finding]:
    """What the translation checks (PR4xx) report on one message of a ``locale`` catalog."""
    quoted = str.maketrans({'"': '\\"'})
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid.translate(quoted)}"\nmsgstr "{msgstr.translate(quoted)}"\n'
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=glossary if glossary is not None else Glossary([]),
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return list(report.findings)


def catalog_findings(
    locale: str, entries: Sequence[tuple[str, str]], *, glossary: Glossary
) -> list[Finding]:
    """What the translation checks (PR4xx) report on a ``locale`` catalog of ``entries``
    (msgid, msgstr), in order: the checks that look across a catalog see all of them."""
    body = "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in entries)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    header += f'"Language: {locale}\\n"\n'
    report = check_po_text(
        header + "\n" + body,
        path=f"{locale}.po",
        glossary=glossary,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return list(report.findings)


def translation_codes(
    locale: str,
    msgid: str,
    msgstr: str,
    *,
    glossary: Glossary | None = None,
    with_info: bool = True,
) -> list[str]:
    """The codes of :func:`translation_findings` (``with_info=False``: warnings and
    errors only)."""
    found = translation_findings(locale, msgid, msgstr, glossary=glossary)
    return [f.code for f in found if with_info or f.severity.label != "info"]


def small_glossary() -> Glossary:
    """A few entries shaped like the bundled glossary's."""
    return Glossary(
        [
            Entry(
                "person:hiroaki-ueno",
                Kind.PERSON,
                {
                    "en": Term("Hiroaki Ueno", name=PersonName("Hiroaki", "Ueno")),
                    "ja": Term("上野 裕明", name=PersonName("裕明", "上野")),
                    "ko": Term("히로아키 우에노", name=PersonName("히로아키", "우에노")),
                },
            ),
            Entry("person:yasushi-kajii", Kind.PERSON, {"en": Term("Yasushi Kajii")}),
            Entry(
                "org:ipark",
                Kind.ORG,
                {
                    "en": Term("iPark Institute Co., Ltd."),
                    "ja": Term(
                        "アイパークインスティチュート株式会社",
                        forbidden=("アイパークインスティテュート株式会社",),
                    ),
                    "ko": Term("아이파크 인스티튜트", forbidden=("아이파크 연구소",)),
                },
            ),
            Entry("brand:linkedin", Kind.BRAND, {"en": Term("LinkedIn")}, dnt=True),
            Entry("brand:cefobio", Kind.ORG, {"en": Term("CEFObio")}, dnt=True),
        ]
    )


def _babel_entries(path: Path) -> list[tuple]:
    from prlocalize.catalog import read_catalog

    catalog = read_catalog(path)
    rows = []
    for message in catalog:
        if not message.id:
            continue
        rows.append(_row(message, obsolete=False))
    rows.extend(_row(m, obsolete=True) for m in catalog.obsolete.values())
    return rows


def _row(message, *, obsolete: bool) -> tuple:
    plural = not isinstance(message.id, str)
    return (
        message.context,
        "\x00".join(message.id) if plural else message.id,
        tuple(message.string) if plural else message.string,
        tuple(sorted(message.flags)),
        () if obsolete else tuple((f, str(n)) for f, n in message.locations),
        tuple(message.user_comments),
        () if obsolete else tuple(message.auto_comments),
        message.previous_id[0] if message.previous_id and not obsolete else None,
        obsolete,
    )


def _polib_entries(path: Path) -> list[tuple]:
    import polib

    rows = []
    entries = polib.pofile(str(path), wrapwidth=0)
    ordered = [e for e in entries if not e.obsolete] + [e for e in entries if e.obsolete]
    for entry in ordered:
        rows.append(
            (
                entry.msgctxt,
                f"{entry.msgid}\x00{entry.msgid_plural}" if entry.msgid_plural else entry.msgid,
                tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
                if entry.msgid_plural
                else entry.msgstr,
                tuple(sorted(entry.flags)),
                () if entry.obsolete else tuple((f, str(n)) for f, n in entry.occurrences),
                tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
                () if entry.obsolete else tuple(entry.comment.split("\n")) if entry.comment else (),
                entry.previous_msgid if not entry.obsolete else None,
                bool(entry.obsolete),
            )
        )
    return rows


def assert_valid_catalog(path: Path) -> list[tuple]:
    """``msgfmt --check`` passes, and Babel and polib read the same entries back."""
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    result = subprocess.run(
        [msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    if path.suffix == ".po":
        assert "warning" not in result.stderr, result.stderr
    babel_rows = _babel_entries(path)
    assert babel_rows == _polib_entries(path)
    return babel_rows
