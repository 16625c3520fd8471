"""prlocalize.align.review
~~~~~~~~~~~~~~~~~~~~~~~~

``align --review FILE``: one self-contained page (the check report's look) that puts
the pairs the aligner was unsure of side by side, lowest score first, each with the
file and line of both sentences, and below them the sentences it left unpaired. A
person confirms or corrects them in the files, then runs ``align --memory`` again.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from prlocalize.align.core import Alignment, Bead
from prlocalize.report.html import _STYLE

_EXTRA_STYLE = """
table.pairs { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1.5rem; }
table.pairs th, table.pairs td { border: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top;
  overflow-wrap: anywhere; }
table.pairs th { background: #f3f3f3; text-align: left; font-weight: 600; }
table.pairs td.score { width: 4.5rem; text-align: right; font-variant-numeric: tabular-nums; }
table.pairs tr:nth-child(even) td { background: #fafafa; }
.where { display: block; color: #888; font-size: .85em; font-family: ui-monospace, monospace; }
"""


def render_review(alignments: Sequence[Alignment]) -> str:
    """The review page of the low-score pairs and unpaired sentences of ``alignments``."""
    low = sum(len(a.rejected()) for a in alignments)
    gaps = sum(sum(1 for b in a.beads if not b.is_pair) for a in alignments)
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>prlocalize alignment review</title>\n"
        f"<style>{_STYLE}{_EXTRA_STYLE}</style>\n</head>\n<body>\n<header>\n"
        "<h1>prlocalize alignment review</h1>\n"
        f'<p class="counts"><span class="sev-warning">{low} pair(s) below the threshold</span>'
        f'<span class="sev-info">{gaps} unpaired sentence(s)</span>'
        f"<span>{len(alignments)} file pair(s)</span></p>\n</header>\n<main>\n"
    ]
    if not low and not gaps:
        parts.append("<p>Every pair is at or above the threshold; nothing to review.</p>\n")
    for number, a in enumerate(alignments, 1):
        rejected = sorted(a.rejected(), key=lambda b: b.score)
        unpaired = [b for b in a.beads if not b.is_pair]
        if not rejected and not unpaired:
            continue
        parts.append(
            f'<section id="pair-{number}">\n<h2><code>{escape(a.source_path)}</code> ↔ '
            f"<code>{escape(a.target_path)}</code></h2>\n"
        )
        if rejected:
            parts.append(
                f"<h3>Pairs below {a.min_score:.2f} (not added to the memory)</h3>\n"
                + _table(a, rejected, score=True)
            )
        if unpaired:
            parts.append("<h3>Sentences without a counterpart</h3>\n" + _table(a, unpaired))
        parts.append("</section>\n")
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _table(a: Alignment, beads: list[Bead], *, score: bool = False) -> str:
    head = "<th class='score'>score</th>" if score else ""
    rows = [
        f'<table class="pairs">\n<thead><tr>{head}<th lang="{a.source_lang}">'
        f'{escape(a.source_lang)}</th><th lang="{a.target_lang}">{escape(a.target_lang)}</th>'
        "</tr></thead>\n<tbody>\n"
    ]
    for bead in beads:
        cells = f'<td class="score">{bead.score:.2f}</td>' if score else ""
        cells += _cell(a.source_lang, a.source_path, [a.source[i].line for i in bead.source],
                       a.source_text(bead) if bead.source else "")  # fmt: skip
        cells += _cell(a.target_lang, a.target_path, [a.target[i].line for i in bead.target],
                       a.target_text(bead) if bead.target else "")  # fmt: skip
        rows.append(f"<tr>{cells}</tr>\n")
    rows.append("</tbody>\n</table>\n")
    return "".join(rows)


def _cell(lang: str, path: str, lines: list[int], text: str) -> str:
    if not lines:
        return '<td class="empty">—</td>'
    where = f"{path}:{lines[0]}" + (f"–{lines[-1]}" if lines[-1] != lines[0] else "")
    return (
        f'<td lang="{escape(lang)}"><span class="where">{escape(where)}</span>{escape(text)}</td>'
    )
