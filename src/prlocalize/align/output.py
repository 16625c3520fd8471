"""prlocalize.align.output
~~~~~~~~~~~~~~~~~~~~~~~~

What an alignment becomes: a JSON document (every bead, gaps too), TMX 1.4 (one
``<tu>`` per accepted bead, a 1-2 bead's two sentences in one ``<seg>``) and
translation-memory units (:meth:`~prlocalize.align.core.Alignment.units`).
"""

from __future__ import annotations

from collections.abc import Sequence

from prlocalize.align.core import Alignment, Bead

JSON_VERSION = 1


def bead_dict(alignment: Alignment, bead: Bead) -> dict[str, object]:
    return {
        "type": bead.kind,
        "score": round(bead.score, 3),
        "accepted": bead.is_pair and bead.score >= alignment.min_score,
        "source": {
            "text": alignment.source_text(bead),
            "lines": [alignment.source[i].line for i in bead.source],
        },
        "target": {
            "text": alignment.target_text(bead),
            "lines": [alignment.target[i].line for i in bead.target],
        },
    }


def to_json(alignments: Sequence[Alignment]) -> dict[str, object]:
    files = []
    for a in alignments:
        files.append(
            {
                "source": a.source_path,
                "target": a.target_path,
                "source_lang": a.source_lang,
                "target_lang": a.target_lang,
                "ratio": round(a.ratio, 3),
                "min_score": a.min_score,
                "beads": [bead_dict(a, b) for b in a.beads],
            }
        )
    return {
        "version": JSON_VERSION,
        "pairs": files,
        "summary": summary(alignments),
    }


def summary(alignments: Sequence[Alignment]) -> dict[str, int]:
    return {
        "files": len(alignments),
        "beads": sum(len(a.beads) for a in alignments),
        "accepted": sum(len(a.accepted()) for a in alignments),
        "below_threshold": sum(len(a.rejected()) for a in alignments),
        "unpaired": sum(sum(1 for b in a.beads if not b.is_pair) for a in alignments),
    }


def to_tmx(alignments: Sequence[Alignment]) -> bytes:
    """TMX 1.4: a <tu> per accepted bead, with its score and where it came from."""
    from prlocalize.translate.tmx import add_tu, new_tmx, tmx_document

    srclang = alignments[0].source_lang if alignments else "en"
    root, body = new_tmx(srclang)
    for a in alignments:
        for bead in a.accepted():
            lines_s = ",".join(str(a.source[i].line) for i in bead.source)
            lines_t = ",".join(str(a.target[i].line) for i in bead.target)
            add_tu(
                body,
                [(a.source_lang, a.source_text(bead)), (a.target_lang, a.target_text(bead))],
                srclang=srclang,
                props=[
                    ("x-bead", bead.kind),
                    ("x-score", f"{bead.score:.3f}"),
                    ("x-source", f"{a.source_path}:{lines_s}"),
                    ("x-target", f"{a.target_path}:{lines_t}"),
                ],
            )
    return tmx_document(root)
