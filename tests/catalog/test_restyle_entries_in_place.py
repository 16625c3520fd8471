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
