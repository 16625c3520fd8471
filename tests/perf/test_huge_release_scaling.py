"""One huge release is read in time and memory that grow linearly with its size, and
reading it peaks at the document it makes (issue #15, item 22).

Shapes of huge releases real sites have: a long archive page, one huge table, a
million tiny paragraphs, one enormous paragraph. Ratio checks between two sizes, with
generous slack (a quadratic path makes the ratio the square of the sizes' ratio), and
tracemalloc bounds: no absolute times.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from prlocalize.readers import read_document

_SENTENCE = (
    "The port authority of Harwick said on {d} March that container traffic rose "
    "{p}.{q}% to {n},{m:03d} TEU, the highest since the terminal opened in 19{y:02d}."
)


def _sentence(i: int) -> str:
    return _SENTENCE.format(d=i % 28 + 1, p=i % 40, q=i % 10, n=i % 900 + 1, m=i % 1000, y=i % 99)


def _archive(size: int) -> str:
    parts, length, i = [], 0, 0
    while length < size:
        paragraph = " ".join(_sentence(i + k) for k in range(4))
        parts.append(f"<p>{paragraph}</p>")
        length += len(parts[-1])
        i += 4
    return "<html lang='en'><body><h1>Archive</h1>\n" + "\n".join(parts) + "\n</body></html>\n"


def _table(size: int) -> str:
    rows, length, i = [], 0, 0
    while length < size:
        rows.append(
            f'<tr><td>2025-03-{i % 28 + 1:02d}</td><td><a href="/ir/{i}.html">{_sentence(i)}</a>'
            f"</td><td>{i % 977},{i % 1000:03d}</td></tr>"
        )
        length += len(rows[-1])
        i += 1
    return "<html lang='en'><body><table>\n" + "\n".join(rows) + "\n</table></body></html>\n"


def _tiny(size: int) -> str:
    return "<html lang='en'><body>\n" + "".join(f"<p>Item {i}.</p>\n" for i in range(size // 18))


def _paragraph(size: int) -> str:
    text = " ".join(_sentence(i) for i in range(size // 150))
    return f"<html lang='en'><body><p>{text}</p></body></html>\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "archive": _archive,
    "table": _table,
    "tiny": _tiny,
    "paragraph": _paragraph,
}


def _read(path: Path) -> tuple[float, int, int]:
    """CPU seconds (the best of two), and peak and kept traced bytes of reading ``path``."""
    best = float("inf")
    for _ in range(2):
        gc.collect()
        start = time.process_time()
        read_document(path)
        best = min(best, time.process_time() - start)
    gc.collect()
    tracemalloc.start()
    try:
        document = read_document(path)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert document.blocks
    return best, peak, held


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_reading_a_huge_release_is_linear(tmp_path: Path, shape: str) -> None:
    small, large = tmp_path / "small.html", tmp_path / "large.html"
    small.write_text(SHAPES[shape](150_000), encoding="utf-8")
    large.write_text(SHAPES[shape](600_000), encoding="utf-8")
    ratio = large.stat().st_size / small.stat().st_size  # about 4
    t_small, peak_small, _ = _read(small)
    t_large, peak_large, held = _read(large)
    said = f"{shape}: {t_small:.3f} s and {t_large:.3f} s, peaks {peak_small} and {peak_large}"
    assert t_large < 2.5 * ratio * max(t_small, 0.01), said  # quadratic: ratio**2 (16)
    assert peak_large < 1.5 * ratio * peak_small, said
    if shape != "paragraph":  # (one block: segmenting it needs its draft to the end)
        # the drafts are let go as their blocks are built: the peak is the document
        assert peak_large < 1.15 * held, f"{said}; {held} kept"
