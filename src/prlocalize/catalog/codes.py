"""prlocalize.catalog.codes
~~~~~~~~~~~~~~~~~~~~~~~~~~

A product's model number, a lot number or a part number whose letters a translation
changed: 'PC-20K' as 'PC-20H', lot 'A2401' as 'B2401', 'KT-210' as 'KT-21O' (a letter
O for the zero), 'KT-210S' as 'KT-210T'. Every language writes such a code in Latin
letters as it is, and a recall notice's reader matches it against a label letter by
letter, so one letter off names another product. Figures read the code's digits only
and see no change.

A code is a run of letters and digits (with inner hyphens) that starts with a letter
and holds an upper-case letter and a digit, at least three characters long: not a unit
after its figure ('35MW'), a quarter or a half ('Q3', 'H1'), nor a word of an address.
It is reported only where the translation writes, in its place, a code the source does
not have and that is one letter away from one the translation leaves out; a code only
left out, or named in words ('COVID-19' as '新型コロナウイルス感染症'), is not judged
here, and one whose digits alone changed is the figures' to report.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.catalog.units import is_unit
from prlocalize.lazy_patterns import lazy_compile

# (NFKC text: a full-width 'ＰＣ－２０Ｋ' reads as 'PC-20K'; not inside an address or
# a file name, whose neighbours are '/', '.', '_' or '@')
_CODE = lazy_compile(
    r"(?<![A-Za-z0-9_/.@#-])[A-Za-z][A-Za-z0-9]*(?:[-‐‑][A-Za-z0-9]+)*"
    r"(?![A-Za-z0-9_@]|[-‐‑/.][A-Za-z0-9])"
)
_SEPARATORS = lazy_compile(r"[-‐‑]")


def _has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``), asked in C: a
    character at a time in Python was most of this module's time on every message."""
    if text.isascii():
        return _DIGIT.search(text) is not None
    # (str.isdigit also takes superscripts and circled figures, which \d does not)
    return _DIGIT.search(text) is not None or any(c.isdigit() for c in text)


_DIGIT = lazy_compile(r"\d")


def _codes(text: str) -> dict[str, str]:
    """Each code of the text, by its key (upper case, no hyphens), as first written."""
    found: dict[str, str] = {}
    if not _has_digit(text):
        return found  # (most sentences: no code without a digit)
    for match in _CODE.finditer(text if text.isascii() else unicodedata.normalize("NFKC", text)):
        written = match[0]
        # (English's plural of a model, 'two KT-210s', names the same model)
        if len(written) > 3 and written[-1] == "s" and not written[-2].islower():
            written = written[:-1]
        key = _SEPARATORS.sub("", written).upper()
        # (a match is ASCII letters and digits but for its hyphens: a key without a digit
        # is all letters, and a written form with no capital is its own lower case)
        if len(key) < 3 or key.isalpha():
            continue
        if written.lower() == written or is_unit(written):
            continue  # no capital, or an emissions unit ('Mt-CO2e', 'tCO2e'): no model number
        found.setdefault(key, written)
    return found


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one substitution, insertion or deletion that involves a letter turns a
    into b ('20K' and '20H', '210' and '21O', '210S' and '210'), not one of digits only,
    which figures compare."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diffs) == 1 and (diffs[0][0].isalpha() or diffs[0][1].isalpha())
    short, long = (a, b) if len(a) < len(b) else (b, a)
    for index, char in enumerate(long):
        if long[:index] + long[index + 1 :] == short:
            return char.isalpha()
    return False


def codes_changed(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """(the source's code, the translation's) for each code the translation writes one
    letter off from a code of the source it leaves out."""
    if silent(memo, "codes.codes_changed"):
        return []
    said = _codes(source)
    if not said:
        keep_silent(memo, "codes.codes_changed")
        return []  # (most messages: nothing to compare, the translation not read)
    written = _codes(target)
    missing = [key for key in said if key not in written]
    if not missing:
        return []
    changed: list[tuple[str, str]] = []
    for key, text in written.items():
        if key in said:
            continue
        for lost in missing:
            if _one_letter_apart(lost, key):
                changed.append((said[lost], text))
                missing.remove(lost)
                break
    return changed


# A code of three or four capitals alone in brackets after the name it stands for: an
# airport's ('Tokyo Haneda (HND)', '김포(GMP)'), a station's or a currency's. Every
# language keeps it as written, and one airport's code for another's ('(NRT)' for
# '(HND)', '(ICN)' for '(GMP)') sends a traveller to the other airport, however the
# name beside it is given.
_BRACKETED_CODE = lazy_compile(r"[(（]\s?([A-Z]{3,4})\s?[)）]")


def bracketed_codes_changed(source: str, target: str) -> list[tuple[str, str]]:
    """(the source's code, the translation's) for each bracketed code of the source the
    translation leaves out where it gives, as many times and in the same order, bracketed
    codes the source has nowhere; a code only left out ('(HND)' as '羽田') is not judged."""
    if "(" not in source and "（" not in source:
        return []
    said = _BRACKETED_CODE.findall(source)
    if not said:
        return []
    written = _BRACKETED_CODE.findall(target)
    missing = [code for code in said if code not in written]
    if not missing:
        return []
    words = set(re.findall(r"[A-Z]{3,4}", source))
    extra = [code for code in written if code not in words]
    if len(extra) != len(missing):
        return []
    return list(zip(missing, extra, strict=True))


# A DOI ('10.1126/science.adz1234'), which every language keeps as it is and a reader
# types or follows letter by letter: one letter off ('adz' as 'abz') finds another paper
# or none. Figures see its digits only. One inside a link ('https://doi.org/10…') is the
# link's to compare (PR405).
_DOI = lazy_compile(r"(?<![\w/.])10\.\d{4,9}/[-._;()/:A-Za-z0-9]*[A-Za-z0-9]")


def dois_changed(source: str, target: str) -> list[tuple[str, str]]:
    """(the source's DOI, the translation's) for each DOI of the source the translation
    writes otherwise with the same digits (another digit is the figures' to report); a
    DOI only left out is not judged, and letters' case is none of a DOI's."""
    if "10." not in source or "/" not in source:
        return []  # (most messages: a substring test, no pattern)
    said = _DOI.findall(source)
    if not said:
        return []
    written = _DOI.findall(target)
    kept = {doi.lower() for doi in written}
    changed: list[tuple[str, str]] = []
    for doi in said:
        if doi.lower() in kept:
            continue
        digits = _DIGIT.findall(doi)
        other = next((w for w in written if _DIGIT.findall(w) == digits), None)
        if other is not None and other.lower() not in {d.lower() for d in said}:
            changed.append((doi, other))
    return changed


# -- automotive recalls: a range of frame numbers, serial or lot numbers given from its
# end to its start ('LM2-100214～LM2-158730' as 'LM2-158730 to LM2-100214'): both codes
# are there, so nothing above sees a change, but the range now runs backwards
_RANGE_JOIN = lazy_compile(
    r"\s?(?:[～〜~–—]|から|より|부터|에서)\s?|\s(?:-|to|through|thru|until)\s", re.IGNORECASE
)
_RANGE_GATE = ("～", "〜", "~", "–", "—", "から", "より", "부터", "에서", " - ", " to ", " thr")


def _code_ranges(text: str) -> list[tuple[str, str, str]]:
    """(first code's key, second's, as written) of each range of two codes in ``text``."""
    if not any(j in text for j in _RANGE_GATE) or not _has_digit(text):
        return []
    plain = text if text.isascii() else unicodedata.normalize("NFKC", text)
    # (codes only: a word between two codes, 'to', is a join, not a code)
    found = [m for m in _CODE.finditer(plain) if _has_digit(m[0])]
    out: list[tuple[str, str, str]] = []
    for a, b in itertools.pairwise(found):
        if _RANGE_JOIN.fullmatch(plain, a.end(), b.start()) is None:
            continue
        keys = [_SEPARATORS.sub("", m[0]).upper() for m in (a, b)]
        if any(len(k) < 3 or k.isalpha() for k in keys):
            continue
        out.append((keys[0], keys[1], plain[a.start() : b.end()]))
    return out


def code_range_turned(source: str, target: str) -> tuple[str, str] | None:
    """(the source's range, the translation's) where the translation gives a range of
    two codes of the source from its end to its start, else None."""
    ours = _code_ranges(source)
    if not ours:
        return None
    theirs = {(first, second): said for first, second, said in _code_ranges(target)}
    for first, second, said in ours:
        if (second, first) in theirs and (first, second) not in theirs and first != second:
            return said, theirs[(second, first)]
    return None
