"""CSV reading and loading: the DESIGN.md contract, merging, errors with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.errors import InputErrors
from prlocalize.glossary.io import load_glossaries, parse_csv, write_csv_text
from prlocalize.glossary.model import Kind, PersonName

HEADER = "id,kind,en,ja,variants:en,forbidden:en,given:en,family:en,dnt,note\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_every_column(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "g.csv",
        HEADER
        + "p1,person,Mikio Kato,,,MikioKato,Mikio,Kato,,glued in the seed\n"
        + 'o1,org,"Takeda Pharmaceutical Company Limited",武田薬品工業株式会社,'
        + '"Takeda Pharmaceutical Co., Ltd. | Takeda",,,,,\n'
        + "b1,brand,YouTube,,,Youtube,,,yes,\n",
    )
    glossary = load_glossaries([path])
    person = glossary.get("p1")
    assert person is not None and person.kind is Kind.PERSON
    assert person.forms["en"].name == PersonName("Mikio", "Kato")
    assert person.forms["en"].forbidden == ("MikioKato",)
    assert person.note == "glued in the seed"
    assert person.source is not None and person.source.line == 2
    org = glossary.get("o1")
    assert org is not None
    assert org.forms["en"].variants == ("Takeda Pharmaceutical Co., Ltd.", "Takeda")
    assert org.forms["ja"].text == "武田薬品工業株式会社"
    brand = glossary.get("b1")
    assert brand is not None and brand.dnt and brand.approved("ko") == "YouTube"


def test_bom_crlf_and_generated_ids(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes("\ufeffkind,en\r\nterm,next-generation\r\n".encode())
    [entry] = list(load_glossaries([path]))
    assert entry.id == "term:next-generation"


def test_later_file_extends_entry(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.csv", "id,kind,en\nx,org,Astellas Pharma Inc.\n")
    b = _write(tmp_path, "b.csv", "id,kind,ja,variants:en\nx,org,アステラス製薬株式会社,Astellas\n")
    entry = load_glossaries([a, b]).get("x")
    assert entry is not None
    assert entry.approved("en") == "Astellas Pharma Inc."
    assert entry.approved("ja") == "アステラス製薬株式会社"
    assert entry.forms["en"].variants == ("Astellas",)


def test_all_errors_at_once_with_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "bad.csv",
        "id,kind,en\na,person,Ok Name\nb,wizard,Merlin\na,org,Again\nc,term,\nd,term,x,extra\n",
    )
    with pytest.raises(InputErrors) as info:
        load_glossaries([path])
    lines = [(e.line, e.message.split("[")[-1]) for e in info.value.errors]
    assert lines == [
        (3, "unknown-kind]"),
        (4, "duplicate-id]"),
        (5, "empty-entry]"),
        (6, "bad-row]"),
    ]
    assert all(e.path == str(path) for e in info.value.errors)


def test_header_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", "id,en,xx,synonyms:en\n1,a,b,c\n")
    with pytest.raises(InputErrors) as info:
        load_glossaries([path])
    codes = sorted(e.message.split("[")[-1].rstrip("]") for e in info.value.errors)
    assert codes == ["missing-column", "unknown-column", "unknown-locale"]
    assert {e.line for e in info.value.errors} == {1}


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"kind,en\nterm,ok\nterm,caf\xe9\n")
    with pytest.raises(InputErrors) as info:
        load_glossaries([path])
    assert info.value.errors[0].line == 3
    assert "UTF-8" in info.value.errors[0].message


def test_csv_round_trip_loses_nothing(repo_root: Path) -> None:
    for path in sorted((repo_root / "glossaries").glob("*.csv")):
        first = parse_csv(path.read_text(encoding="utf-8"), str(path))
        assert not first.problems
        text = write_csv_text(first.entries)
        second = parse_csv(text, "again.csv")
        assert second.entries == first.entries
        assert write_csv_text(second.entries) == text


def test_bundled_glossaries_load(repo_root: Path) -> None:
    glossary = load_glossaries([repo_root / "glossaries"])
    assert glossary.get("person:oh-youngju") is not None
    assert {e.kind for e in glossary} == set(Kind)
