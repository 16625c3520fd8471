"""``prlocalize segment PATH``: show how a release is read (blocks and sentence segments)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from prlocalize.cli.options import encoding_option, source_lang_option, validate_locale

if TYPE_CHECKING:
    from prlocalize.document import Document


@click.command()
@click.argument("path", type=click.Path(path_type=str))
@source_lang_option
@encoding_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def segment(path: str, source_lang: str | None, encoding: str | None, fmt: str) -> None:
    """Print the blocks and sentence segments of a release (file or folder).

    JSON: {"path", "lang", "format", "blocks": [{"id", "kind", "line", "segments":
    [{"id", "text", "line", "column", "end_line", "end_column"}]}]} with 1-based lines
    and columns in the original file (a list of such objects for a folder).
    """
    from prlocalize.cli.options import load
    from prlocalize.errors import InputError
    from prlocalize.fsutil import iter_release_files
    from prlocalize.readers import read_document

    settings = load(source_lang=source_lang and validate_locale(source_lang), encoding=encoding)
    folder = Path(path).is_dir()
    files = iter_release_files([path])
    unreadable: list[InputError] = []

    def documents() -> Iterator[Document]:
        """Each release read as it is shown, then let go (an archive is never held). In a
        folder, one that cannot be read is skipped and named at the end (exit 2)."""
        for file in files:
            try:
                yield read_document(file, lang=settings.source_lang, encoding=settings.encoding)
            except InputError as exc:
                if not folder:
                    raise
                unreadable.append(exc)

    if fmt == "json":
        if folder:
            _write_json_list(document_json(doc) for doc in documents())
        else:
            (doc,) = documents()
            click.echo(json.dumps(document_json(doc), ensure_ascii=False, indent=2))
    else:
        from prlocalize.ui import Ui

        ui = Ui()
        for n, doc in enumerate(documents()):
            if n:
                ui.out.print()
            render_text(doc, ui)
    if unreadable:
        for error in unreadable:
            click.echo(error.render(), err=True)
        click.echo(
            f"{len(unreadable)} release(s) could not be read; the others are shown", err=True
        )
        click.get_current_context().exit(2)


def _write_json_list(items: Iterable[dict[str, Any]]) -> None:
    """``json.dumps(list(items), indent=2)``, byte for byte, written item by item."""
    out = sys.stdout  # looked up now: a test runner swaps it
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[\n  " if first else ",\n  ") + text)
        first = False
    out.write("[]\n" if first else "\n]\n")
    out.flush()


def document_json(doc: Document) -> dict[str, Any]:
    """The JSON form of a segmented document (the contract of ``segment --format json``)."""
    blocks = []
    for block in doc.blocks:
        segments = []
        for seg in block.segments:
            start, end = doc.position(seg.span.start), doc.position(seg.span.end)
            segments.append(
                {
                    "id": seg.id,
                    "text": seg.text,
                    "line": start.line,
                    "column": start.column,
                    "end_line": end.line,
                    "end_column": end.column,
                }
            )
        blocks.append(
            {
                "id": block.id,
                "kind": block.kind.value,
                "line": doc.position(block.span.start).line,
                "segments": segments,
            }
        )
    return {"path": doc.path, "lang": doc.lang, "format": doc.format, "blocks": blocks}


def render_text(doc: Document, ui: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    from prlocalize.ui import printable

    count = sum(len(block.segments) for block in doc.blocks)
    title = f"{doc.path}: {doc.lang}, {doc.format}, {len(doc.blocks)} blocks, {count} segments"
    table = Table(show_lines=False, expand=False)
    table.add_column("segment", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("line:col", justify="right", no_wrap=True)
    table.add_column("text", overflow="fold")
    for block in doc.blocks:
        kind = block.kind.value + (f" [{block.context}]" if block.context else "")
        for n, seg in enumerate(block.segments):
            pos = doc.position(seg.span.start)
            table.add_row(
                seg.id,
                kind if n == 0 else "",
                f"{pos.line}:{pos.column}",
                Text(printable(seg.text)),
            )
    ui.out.print(printable(title), soft_wrap=True)
    if doc.blocks:
        ui.out.print(table)
