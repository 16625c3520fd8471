"""Strict decoding: BOM, CRLF, invalid UTF-8, binary and empty files."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.errors import InputError
from prlocalize.readers import decode_source, format_of, parse_text, read_document


def test_utf8_bom_is_dropped() -> None:
    assert decode_source("\ufeffHello".encode(), "r.txt") == "Hello"


def test_invalid_utf8_names_file_line_and_byte() -> None:
    data = b"First line\nSecond \xff line\n"
    with pytest.raises(InputError) as info:
        decode_source(data, "news/r.txt")
    error = info.value
    assert (error.path, error.line) == ("news/r.txt", 2)
    assert error.render() == (
        "news/r.txt:2: invalid UTF-8 at byte 18 (line 2, byte 8 of the line): 0xff "
        "(invalid start byte) (save the file as UTF-8)"
    )


def test_invalid_utf8_byte_offset_counts_the_bom() -> None:
    with pytest.raises(InputError, match="at byte 4 "):
        decode_source(b"\xef\xbb\xbfa\xc3(", "r.txt")


def test_truncated_multibyte_sequence_at_the_end() -> None:
    with pytest.raises(InputError, match="unexpected end of data"):
        decode_source("日本".encode()[:-1], "r.txt")


def test_nul_byte_means_binary() -> None:
    with pytest.raises(InputError, match="binary file") as info:
        decode_source(b"abc\n\x00\x01\x02", "logo.png")
    assert info.value.line == 2


def test_control_characters_mean_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_source(bytes(range(1, 9)) * 20, "blob.txt")


def test_utf16_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode_source("Hello".encode("utf-16"), "r.txt")


def test_crlf_is_kept_and_columns_do_not_shift() -> None:
    text = decode_source(b"Title\r\n\r\nFirst. Second.\r\n", "r.txt")
    assert text == "Title\r\n\r\nFirst. Second.\r\n"
    doc = parse_text(text, path="r.txt", format="text")
    second = doc.segment_by_id("b2.s2")
    assert second.text == "Second."
    assert doc.position(second.span.start) == doc.position(text.index("Second"))
    pos = doc.position(second.span.start)
    assert (pos.line, pos.column) == (3, 8)
    assert doc.line_text(3) == "First. Second."


def test_classic_mac_line_endings_become_lines_without_moving_offsets() -> None:
    text = decode_source(b"One\r\rTwo.", "r.txt")
    assert len(text) == len("One\r\rTwo.")
    doc = parse_text(text, path="r.txt", format="text")
    assert [s.text for s in doc.segments()] == ["One", "Two."]
    assert doc.position(doc.segment_by_id("b2.s1").span.start).line == 3


def test_empty_file_is_a_document_without_blocks(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.md", "empty.html"):
        path = tmp_path / name
        path.write_bytes(b"")
        doc = read_document(path)
        assert doc.blocks == ()
        assert doc.text == ""
        assert doc.lang == "en"


def test_whitespace_only_file_has_no_blocks(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(" \n\n \t\n")
    assert read_document(path).blocks == ()


def test_folder_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(InputError, match="cannot read file"):
        read_document(tmp_path / "missing.txt")


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown format 'docx'"):
        parse_text("x", path="r.docx", format="docx")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.txt", "text"), ("a.MD", "markdown"), ("a.markdown", "markdown"), ("a.htm", "html"),
     ("a.html", "html"), ("README", "text")],
)  # fmt: skip
def test_format_of(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


def test_language_from_argument_or_detected(tmp_path: Path) -> None:
    path = tmp_path / "ja.txt"
    path.write_text(
        "湘南ヘルスイノベーションパークは、2018年に開設されました。\n", encoding="utf-8"
    )
    assert read_document(path).lang == "ja"
    assert read_document(path, lang="ko").lang == "ko"
    path.write_text("중소벤처기업부는 2017년에 출범했다.\n", encoding="utf-8")
    assert read_document(path).lang == "ko"
