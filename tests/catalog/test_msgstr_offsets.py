"""Where each character of a msgstr sits in the .po text: runs (document.Offsets) give what
one int a character gave, for msgstrs with escapes, wrapped lines and any script."""

from __future__ import annotations

from babel.messages.catalog import Catalog
from hypothesis import example, given, settings
from hypothesis import strategies as st

from prlocalize.catalog.io import catalog_text, parse_catalog
from prlocalize.document import Offsets
from prlocalize.translation_checking import _ESCAPES, CatalogLines, translation_pairs

# long enough to be wrapped over several lines, with the characters a .po file escapes
_PIECE = st.one_of(
    st.sampled_from(["word ", "a long phrase, ", '"', "\\", "\t", "\n", "한국어 ", "漢字。", "、"]),
    st.characters(blacklist_categories=("Cc", "Cs")),
)
_MSGSTR = st.lists(_PIECE, min_size=1, max_size=60).map("".join).filter(lambda s: s.strip())


def _reference(lines: list[str], starts: list[int], index: int) -> tuple[int, ...]:
    """The msgstr's offsets one int a character, as translation_checking found them before."""
    while not lines[index].lstrip().startswith("msgstr"):
        index += 1
    first = index
    offsets: list[int] = []
    span_end = -1
    while index < len(lines):
        line = lines[index].rstrip("\r")
        if index > first and not line.lstrip().startswith('"'):
            break
        quote = line.find('"')
        j = quote + 1
        while j < len(line) and line[j] != '"':
            offsets.append(starts[index] + j)
            j += 2 if line[j] == "\\" and line[j + 1 : j + 2] in _ESCAPES else 1
        span_end = starts[index] + j + 1
        index += 1
    return (*offsets, span_end - 1)


@settings(max_examples=80, deadline=None)
@given(st.lists(_MSGSTR, min_size=1, max_size=4))
@example(['a "quoted" word and a \\ backslash, then a long tail that is wrapped, 漢字\n.'])
def test_msgstr_offsets_are_those_of_one_int_a_character(msgstrs: list[str]) -> None:
    catalog = Catalog(locale="ja")
    for n, msgstr in enumerate(msgstrs):
        catalog.add(f"Sentence {n}.", msgstr)
    text = catalog_text(catalog)
    parsed = parse_catalog(text, path="ja.po", locale="ja")
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    pairs = list(translation_pairs(parsed, text))
    assert [p.msgstr for p in pairs] == msgstrs
    for pair in pairs:
        expected = _reference(lines, starts, pair.line - 1)
        assert isinstance(pair.offsets, Offsets)
        assert tuple(pair.offsets) == expected
        assert [pair.offsets[i] for i in range(len(expected))] == list(expected)
        for i, char in enumerate(pair.msgstr):  # each character, or the escape that writes it
            at = pair.offsets[i]
            assert text[at] == char or text[at] == "\\", (pair.msgstr, i)
        assert pair.source_span(0, len(pair.msgstr)).end == expected[-2] + 1


@given(st.text(alphabet="ab\n\r\u2028\x85", max_size=40))
def test_catalog_lines_are_the_text_split_at_newlines(text: str) -> None:
    lines = CatalogLines(text)
    expected = text.split("\n")
    assert len(lines) == len(expected)
    assert [lines[i] for i in range(len(lines))] == expected
    assert lines[-1] == expected[-1] and list(lines[1:]) == expected[1:]
    assert all(text[lines.start(i) :].startswith(expected[i]) for i in range(len(lines)))


_MSGID = st.lists(
    st.sampled_from(["msgstr ", "word ", '"msgstr" ', "\n", "  ", "a longer phrase that wraps, "]),
    min_size=1,
    max_size=30,
).map(lambda parts: "Said: " + "".join(parts))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_MSGID, _MSGSTR), min_size=1, max_size=4, unique_by=lambda p: p[0]))
def test_the_msgstr_of_each_msgid_is_the_next_msgstr_line(pairs: list[tuple[str, str]]) -> None:
    """msgids wrapped over lines that hold the word 'msgstr' in quotes still lead to their
    own msgstr line (the search for it runs over the text, not line by line)."""
    catalog = Catalog(locale="ja")
    for msgid, msgstr in pairs:
        catalog.add(msgid, msgstr, auto_comments=["msgstr in a comment"])
    text = catalog_text(catalog)
    parsed = parse_catalog(text, path="ja.po", locale="ja")
    lines = text.split("\n")
    found = {p.msgid: p.line for p in translation_pairs(parsed, text)}
    for message in parsed:
        if not message.id:
            continue
        index = message.lineno - 1
        while not lines[index].lstrip().startswith("msgstr"):
            index += 1
        assert found[message.id] == index + 1
