"""Releases saved in a legacy East Asian encoding: naming the encoding a file looks like,
so that the error says how to convert it (``iconv -f SHIFT_JIS -t UTF-8``) or which
``--encoding`` reads it.

No detection library: the candidates are few and the test is strict. Each codec decodes
the bytes strictly; of those that succeed, the one whose text looks most like real
Japanese or Korean wins. Real Japanese is full of kana, real Korean of Hangul syllables;
the same bytes read with the wrong codec give half-width katakana (EUC-KR read as
Shift_JIS), Hangul compatibility jamo (EUC-JP's kana read as EUC-KR) or runs of rare
ideographs (EUC-KR's Hangul read as EUC-JP), which score low.
"""

from __future__ import annotations

# (Python codec, name people and iconv know it by); narrower codec first, so that a file
# both read is named by the narrower (Shift_JIS before its Windows superset CP932)
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("shift_jis", "Shift_JIS"),
    ("cp932", "CP932"),
    ("euc_jp", "EUC-JP"),
    ("euc_kr", "EUC-KR"),
    ("cp949", "CP949"),
)


def _score(text: str) -> float:
    score = 0.0
    for char in text:
        code = ord(char)
        if code < 0x80:
            continue
        if 0x3040 <= code <= 0x30FF or 0xAC00 <= code <= 0xD7A3:  # kana, Hangul syllables
            score += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:
            score += 0.5  # ideographs and CJK punctuation: in both, and what misreads give
        elif 0xFF61 <= code <= 0xFF9F or 0x3130 <= code <= 0x318F:  # half-width kana, jamo
            score -= 1
        elif 0xE000 <= code <= 0xF8FF:  # private use: a vendor extension hit by chance
            score -= 2
    return score


def guess_legacy_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, display name) of the legacy encoding ``data`` most plausibly is, or None."""
    best: tuple[float, int, str, str] | None = None
    for rank, (codec, name) in enumerate(CANDIDATES):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        # a tie goes to the earlier (narrower) candidate
        if score > 0 and (best is None or score > best[0]):
            best = (score, rank, codec, name)
    return None if best is None else (best[2], best[3])
