"""A release pasted from an e-mail that quotes it ('> ', '>> '): the quotation marks are
no part of its text, so a paragraph wrapped over quoted lines is one paragraph, as it is
unquoted, its spans point past the marks, and a change of quotation depth (the reply
around the release) starts another block."""

from __future__ import annotations

from pathlib import Path

from prlocalize.readers import parse_text

RELEASE = (
    "Approved, please send it at 09:00.\n"
    "\n"
    "> Final draft below.\n"
    ">\n"
    ">> Tidewater Rovers FC today announced the signing of Brazilian defender\n"
    ">> Caio Mendonça on a two-year contract that runs until the end of the\n"
    ">> 2028 season.\n"
)


def test_quoted_lines_are_read_without_their_marks() -> None:
    doc = parse_text(RELEASE, path="r.txt", format="text", lang="en")
    texts = [s.text for s in doc.segments()]
    assert texts == [
        "Approved, please send it at 09:00.",
        "Final draft below.",
        "Tidewater Rovers FC today announced the signing of Brazilian defender Caio "
        "Mendonça on a two-year contract that runs until the end of the 2028 season.",
    ]
    last = list(doc.segments())[-1]
    assert RELEASE[last.span.start : last.span.start + 9] == "Tidewater"


def test_a_quoted_release_is_extracted_in_whole_sentences(run_cli, tmp_path: Path) -> None:
    import polib

    release = tmp_path / "signing.txt"
    release.write_text(RELEASE, encoding="utf-8")
    result = run_cli("extract", str(release), "-d", str(tmp_path / "locales"))
    assert result.exit_code == 0, result.output
    ids = [entry.msgid for entry in polib.pofile(str(tmp_path / "locales" / "signing.pot"))]
    assert not [i for i in ids if i.startswith(">")], ids
    assert any(i.endswith("until the end of the 2028 season.") for i in ids), ids


def test_a_quote_mark_set_apart_and_an_arrow_in_prose() -> None:
    text = RELEASE.replace(">> ", "> > ") + "\nPrices -> lower.\n"
    doc = parse_text(text, path="r.txt", format="text", lang="en")
    assert [s.text for s in doc.segments()][2:] == [
        "Tidewater Rovers FC today announced the signing of Brazilian defender Caio "
        "Mendonça on a two-year contract that runs until the end of the 2028 season.",
        "Prices -> lower.",
    ]
