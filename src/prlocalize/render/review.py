"""prlocalize.render.review
~~~~~~~~~~~~~~~~~~~~~~~~~

``build --draft``: one review page per locale for the people who approve a release
before it goes out. Every sentence of every release is a row (where it is, the
source, what the page publishes) and each one that is not published as a finished
translation is marked: untranslated, fuzzy (the draft translation is shown, not
published), withheld (the translation checks call it wrong) or refused (the
sanitizer turned it down).

Translations are shown as text, never as markup: the page cannot run what a
catalog holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from prlocalize.document import Document, LineIndex
from prlocalize.findings import Finding
from prlocalize.render.escaping import CONTROL, bcp47, escape_attr, escape_text
from prlocalize.render.resolve import Translations

__all__ = ["STATUSES", "ReviewRow", "review_html", "review_rows"]

# status → what the reviewer reads (the first is the only one not marked)
STATUSES = {
    "translated": "translated",
    "untranslated": "untranslated: the source is published",
    "fuzzy": "fuzzy: not approved, the source is published",
    "withheld": "withheld: the translation checks call it wrong, the source is published",
    "refused": "refused: unsafe markup, the source is published",
}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    where: str  # path:line of the sentence in the release
    source: str  # the sentence, as text
    translation: str  # the translation as text ("" when there is none)
    status: str  # a key of STATUSES
    note: str = ""  # the findings or the refusal


def review_rows(
    document: Document,
    translations: Translations,
    fuzzy: Translations,
    *,
    missing: Sequence[object],
    refused: Sequence[Finding],
    withheld: Mapping[tuple[str | None, str], Sequence[Finding]],
) -> tuple[ReviewRow, ...]:
    """One row per sentence of ``document`` as its page for one locale published it."""
    missing_ids = {getattr(s, "id", None) for s in missing}
    refusals = {f.span: f.message for f in refused}
    lines = LineIndex(document.text)
    rows: list[ReviewRow] = []
    for block in document.blocks:
        for segment in block.segments:
            key = (block.context, segment.text)
            where = f"{document.path}:{lines.position(segment.span.start).line}"
            source = segment.plain or segment.text
            msgstr = translations.get(key, "")
            note = ""
            if key in withheld and msgstr:
                status = "withheld"
                note = "; ".join(f"{f.code} {f.message}" for f in withheld[key])
            elif segment.span in refusals:
                status, note = "refused", refusals[segment.span]
            elif segment.id in missing_ids:
                status = "fuzzy" if key in fuzzy else "untranslated"
                msgstr = fuzzy.get(key, "")
            else:
                status = "translated"
            rows.append(ReviewRow(where, source, msgstr, status, note))
    return tuple(rows)


def review_html(locale: str, releases: Sequence[tuple[str, Sequence[ReviewRow]]]) -> bytes:
    """The review page of ``locale``: a section per release, a row per sentence."""
    marked = sum(r.status != "translated" for _, rows in releases for r in rows)
    total = sum(len(rows) for _, rows in releases)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {escape_text(locale)}</title>",
        f"<style>{_STYLE}</style>\n</head>",
        "<body>",
        f"<h1>Review before release: {escape_text(locale)}</h1>",
        f"<p>{marked} of {total} sentences need a look (marked); "
        f"{total - marked} are published as translated.</p>",
    ]
    for path, rows in releases:
        need = sum(r.status != "translated" for r in rows)
        out.append(f"<section>\n<h2>{escape_text(path)}</h2>")
        out.append(f"<p>{need} of {len(rows)} sentences marked.</p>")
        out.append(
            "<table>\n<thead><tr><th>where</th><th>source</th><th>on the page</th>"
            "<th>status</th></tr></thead>\n<tbody>"
        )
        for row in rows:
            status = escape_text(STATUSES[row.status])
            if row.status != "translated":
                status = f"<mark>{status}</mark>"
            if row.note:
                status += f"<br><small>{_text(row.note)}</small>"
            out.append(
                f'<tr class="{escape_attr(row.status)}"><td>{_text(row.where)}</td>'
                f"<td>{_text(row.source)}</td>"
                f'<td lang="{escape_attr(bcp47(locale))}">{_text(row.translation)}</td>'
                f"<td>{status}</td></tr>"
            )
        out.append("</tbody>\n</table>\n</section>")
    out.append("</body>\n</html>\n")
    return "\n".join(out).encode("utf-8")


def _text(value: str) -> str:
    """Text for the page: escaped, with characters HTML cannot carry made visible."""
    return escape_text(CONTROL.sub("\ufffd", value))


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d9d9e0; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
tr.translated { color: #5b5b66; }
mark { background: #ffe08a; }
tr.withheld mark, tr.refused mark { background: #ffb3b3; }
"""
