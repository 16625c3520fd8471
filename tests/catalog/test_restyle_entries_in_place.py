"""restyle finds a catalog's entries in place (where each run of lines between blank lines
starts and ends) instead of splitting the whole text into a list of lines: the entries
are the same, white space of every kind counts as blank as str.strip has it, and long
or hostile lines are read in linear time."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from prlocalize.catalog.restyle import _chunks


def _by_lines(text: str) -> Iterator[str]:
    """The entries as the line-splitting reader found them."""
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            yield "\n".join(current) + "\n"
            current = []
    if current:
        yield "\n".join(current) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        'msgid "a"\nmsgstr "b"',
        'msgid "a"\nmsgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n\n\n#: x.txt:1\nmsgid "c"\nmsgstr ""\n\n',
        'msgid "a"\r\nmsgstr "b"\r\n\r\nmsgid "c"\r\nmsgstr "d"\r\n',
        'msgid "a"\n \t\nmsgstr "b"\n\u3000\nmsgid "c"\n\x0b\x1c\nmsgid "d"\n\u2028\n',
        '\n  \nmsgid "港湾局"\nmsgstr "항만청"\n   ',
    ],
)
def test_entries_are_those_of_the_lines(text: str) -> None:
    assert list(_chunks(text)) == list(_by_lines(text))


def _seconds(text: str) -> float:
    start = time.process_time()
    for _ in range(3):
        list(_chunks(text))
    return time.process_time() - start


def test_long_and_hostile_lines_in_linear_time() -> None:
    def hostile(n: int) -> str:
        # a line of spaces ending in a letter (white space read, then not blank), blank
        # lines of every width, and entries of one long line each
        return (" " * n + "x\n") + (" \n" * (n // 10)) + ('msgid "' + "a" * n + '"\n\n') * 4

    small, large = _seconds(hostile(100_000)), _seconds(hostile(400_000))
    assert large < max(small, 0.01) * 4 * 3, (small, large)


def test_the_old_files_entries_are_keyed_by_the_strings_of_its_parse() -> None:
    """The old file's entries are keyed by the msgid strings of the catalog read from it
    (a huge catalog's keys held a copy of every msgid beside the parse's), and by their
    own where the parse has no such message; the entries found are the same."""
    from prlocalize.catalog.io import parse_catalog
    from prlocalize.catalog.restyle import _keyed, _raw_entries

    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#: r.html:3\nmsgid "Tokyo \\"east\\""\nmsgstr "東京"\n\n'
        'msgctxt "nav"\nmsgid "Home"\nmsgstr "ホーム"\n\n#~ msgid "Gone"\n#~ msgstr "消えた"\n'
    )
    parsed = parse_catalog(text, path="ja.po", locale="ja")
    data = text.encode("utf-8")
    alone, shared = _keyed(text), _raw_entries(data, parsed)
    assert alone is not None and shared is not None
    keys = [key for key, _ in alone.items()]
    assert [shared.get(key) for key in keys] == [e.encode("utf-8") for _, e in alone.items()]
    keys = shared.keys()
    assert keys[1][2] is parsed.get('Tokyo "east"').id
    assert keys[2][2] is parsed.get("Home", "nav").id
    assert keys[3][2] is parsed.obsolete["Gone"].id
    other = parse_catalog(text.replace("Tokyo", "Kyoto"), path="ja.po", locale="ja")
    elsewhere = _raw_entries(data, other)
    assert elsewhere is not None and elsewhere.keys() == shared.keys()


def test_a_blank_line_in_utf8_is_one_of_white_space_as_str_has_it() -> None:
    """The old file is cut into entries as its UTF-8 bytes: a line is blank there exactly
    when its text is white space as ``\\s`` has it (U+3000, U+2028, U+0085 and the
    information separators too), and not for the near-misses beside them."""
    import re

    from prlocalize.catalog.restyle import _BLANK, _BLANK_UTF8

    spaces = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a"
    spaces += "\u2028\u2029\u202f\u205f\u3000"
    near = "\x1b\x84\x86\xa1\u167f\u1681\u200b\u200c\u2027\u202a\u2030\u205e\u2060\u3001\ufeff、あ"
    for char in spaces + near:
        for line in (char, f" {char} ", char * 3):
            assert (_BLANK_UTF8.fullmatch(line.encode("utf-8")) is not None) == (
                _BLANK.fullmatch(line) is not None
            ), repr(line)
    assert all(re.fullmatch(r"\s", c) for c in spaces) and not any(
        re.fullmatch(r"\s", c) for c in near
    )


@pytest.mark.parametrize(
    "text",
    [
        'msgid "a"\r\nmsgstr "b"\r\n\r\n#: x.txt:1\r\nmsgid "c"\r\nmsgstr "ç"\r\n',
        'msgid ""\nmsgstr ""\n"X-Generator: Poedit 3.4\\n"\n\u3000\nmsgid "港"\nmsgstr "항"\n\n',
        'msgid "a"\nmsgstr "b"\n\n' + f'msgid "{"ü" * 300_000}"\nmsgstr ""\n',
    ],
)
def test_the_style_of_a_files_bytes_is_that_of_its_text(text: str) -> None:
    """A file's style is read from its bytes (decoded a block of lines at a time, a line
    longer than a block whole) as from its text."""
    from prlocalize.catalog.restyle import _spans, detect_style

    data = text.encode("utf-8")
    assert detect_style(data) == detect_style(text)
    spans = [data[s:e].decode("utf-8") for s, e in _spans(data)]
    assert spans == [text[s:e] for s, e in _spans(text)]


def test_the_old_files_entries_cost_little_beside_them() -> None:
    """Where each entry of the old file is: an entry of a plain msgid (nearly all of a
    release's) is found by the parse's msgid string, its place packed in one int (a key
    tuple and a place tuple with two ints took about 200 bytes an entry: 7.8 MB for a
    5 MB release's catalog, held through the restyle)."""
    import gc
    import tracemalloc

    from prlocalize.catalog.io import parse_catalog
    from prlocalize.catalog.restyle import _raw_entries

    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + "".join(
        f'\n#: r.html:{i}\nmsgid "Sentence {i}."\nmsgstr "第{i}文。"\n' for i in range(20_000)
    )
    parsed = parse_catalog(text, path="ja.po", locale="ja")
    data = text.encode("utf-8")
    gc.collect()
    tracemalloc.start()
    try:
        entries = _raw_entries(data, parsed)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert entries is not None
    entry = '#: r.html:7\nmsgid "Sentence 7."\nmsgstr "第7文。"\n'
    assert entries.get((False, None, "Sentence 7.")) == entry.encode("utf-8")
    assert held / 20_000 < 110, held / 20_000  # (209 before; 57 now)
