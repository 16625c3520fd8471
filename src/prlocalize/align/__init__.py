"""prlocalize.align
~~~~~~~~~~~~~~~~~

Sentence alignment of two versions of a release (:mod:`.core`), the pairs of an
archive folder (:mod:`.pairs`) and what is made of the result (:mod:`.output`).
"""

from prlocalize.align.core import (
    DEFAULT_MIN_SCORE,
    Alignment,
    Bead,
    Sentence,
    align_documents,
)

__all__ = ["DEFAULT_MIN_SCORE", "Alignment", "Bead", "Sentence", "align_documents"]
