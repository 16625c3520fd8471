"""TBX import (files as CAT tools write them) and export, round trips through the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from prlocalize.errors import InputErrors
from prlocalize.glossary.io import load_glossaries, parse_csv, write_csv_text
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term
from prlocalize.glossary.tbx import (
    decode_id,
    encode_id,
    parse_tbx,
    parse_tbx_file,
    read_tbx,
    write_tbx_bytes,
)

DATA = Path(__file__).parent / "data"


def _forms(entry: Entry) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {loc: (t.text, t.variants, t.forbidden) for loc, t in entry.forms.items()}


def test_memoq_export() -> None:
    takeda, minister = read_tbx(DATA / "memoq-export.tbx")
    assert takeda.id == "0"
    assert _forms(takeda) == {
        "en": ("Takeda Pharmaceutical Company Limited", ("Takeda Pharmaceutical Co., Ltd.",), ()),
        "ja": ("武田薬品工業株式会社", (), ()),
    }
    assert takeda.note == "Japanese pharmaceutical company"
    assert _forms(minister) == {"en": ("Minister", (), ("Minitster",)), "ko": ("장관", (), ())}
    assert minister.note == "typo seen in a draft"
    assert minister.source is not None and minister.source.line == 42


def test_multiterm_export_utf16_ntig() -> None:
    [entry] = read_tbx(DATA / "multiterm-export.tbx")
    # MultiTerm keeps the termbase's own field name: its Subject "Companies" is the kind
    assert entry.id == "c1" and entry.kind is Kind.ORG
    assert _forms(entry) == {
        "en": ("iPark Institute Co., Ltd.", ("iPark Institute",), ()),
        "ja": (
            "アイパークインスティチュート株式会社",
            (),
            ("アイパークインスティテュート株式会社",),
        ),
        "ko": ("아이파크 인스티튜트", (), ()),
    }


def test_omegat_style_without_ids_or_statuses() -> None:
    term, brand = read_tbx(DATA / "omegat-style.tbx")
    assert term.id == "term:next-generation"
    assert term.note == "hyphenate before a noun"
    assert _forms(term) == {"en": ("next-generation", (), ()), "ja": ("次世代", (), ())}
    assert brand.dnt


def test_tbx3_dca_and_dct() -> None:
    person, bioventure = read_tbx(DATA / "tbx3-dca.tbx")
    assert person.kind is Kind.PERSON and person.id == "oh-youngju"
    assert _forms(person) == {"en": ("Oh Youngju", (), ()), "ko": ("오영주", (), ())}
    assert _forms(bioventure) == {"en": ("bioventure", ("bio-venture",), ("bio venture",))}
    [place] = read_tbx(DATA / "tbx3-dct.tbx")
    assert place.kind is Kind.PLACE
    assert _forms(place) == {
        "en": ("Shonan iPark", (), ("Shonan IPark",)),
        "ja": ("湘南アイパーク", (), ()),
    }


def test_tool_files_load_next_to_csv(tmp_path: Path) -> None:
    glossary = load_glossaries([DATA])
    assert len(glossary) == 8


def test_regions_kept_when_two_of_one_language() -> None:
    data = b"""<martif type="TBX"><text><body><termEntry id="a">
      <langSet xml:lang="en-US"><tig><term>color</term></tig></langSet>
      <langSet xml:lang="en-GB"><tig><term>colour</term></tig></langSet>
      </termEntry></body></text></martif>"""
    [entry] = parse_tbx(data, "x.tbx").entries
    assert set(entry.forms) == {"en_US", "en_GB"}


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        (b"<martif><text><body>\n<termEntry>\n</martif>", "bad-xml", 3),
        (b"", "bad-xml", 1),
        (b"<html/>", "not-tbx", 1),
        (
            b'<martif><text><body>\n<termEntry id="a">\n<langSet xml:lang="xx-zz">'
            b"<tig><term>a</term></tig></langSet></termEntry></body></text></martif>",
            "unknown-locale",
            3,
        ),
        (
            b'<martif><text><body>\n<termEntry id="a"><langSet xml:lang="en"><tig><term>a</term>'
            b'</tig></langSet></termEntry>\n<termEntry id="a"><langSet xml:lang="en"><tig>'
            b"<term>b</term></tig></langSet></termEntry></body></text></martif>",
            "duplicate-id",
            3,
        ),
    ],
)
def test_broken_tbx_names_the_line(data: bytes, code: str, line: int) -> None:
    problems = parse_tbx(data, "bad.tbx").problems
    assert [(p.code, p.line) for p in problems][:1] == [(code, line)]


def test_read_tbx_raises_all_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.tbx"
    path.write_bytes(b"<martif><text><body><termEntry id='x'/></body></text></martif>")
    with pytest.raises(InputErrors) as info:
        read_tbx(path)
    assert "empty-entry" in info.value.render()


def _everything() -> Glossary:
    return Glossary(
        [
            Entry(
                "person:oh-youngju",
                Kind.PERSON,
                {
                    "en": Term(
                        "Oh Youngju", ("Youngju Oh",), ("OhYoungju",), PersonName("Youngju", "Oh")
                    ),
                    "ja": Term("オ・ヨンジュ", name=PersonName("ヨンジュ", "オ")),
                    "zh_Hant": Term("吳英珠"),
                },
                note="Minister; family name first",
            ),
            Entry("brand:x", Kind.BRAND, {"en": Term("X")}, dnt=True),
            Entry("term:only-variants", Kind.TERM, {"en": Term("", ("a-b", "ab"), ("a b",))}),
            Entry("org:amp", Kind.ORG, {"en": Term('R&D <Division> "x"')}, note="a, b | c"),
        ]
    )


@pytest.mark.parametrize("version", [2, 3])
def test_model_tbx_model_round_trip(version: int) -> None:
    original = list(_everything())
    parsed = parse_tbx(write_tbx_bytes(original, version=version), "x.tbx")
    assert parsed.problems == []
    assert parsed.entries == original


@pytest.mark.parametrize("version", [2, 3])
def test_csv_tbx_csv_round_trip_of_bundled_glossaries(repo_root: Path, version: int) -> None:
    for path in sorted((repo_root / "glossaries").glob("*.csv")):
        text = path.read_text(encoding="utf-8")
        entries = parse_csv(text, str(path)).entries
        back = parse_tbx(write_tbx_bytes(entries, version=version), "x.tbx")
        assert back.entries == entries
        assert write_csv_text(back.entries) == write_csv_text(entries)


def test_export_shapes() -> None:
    v3 = write_tbx_bytes(_everything(), version=3).decode()
    assert '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"' in v3
    assert '<langSec xml:lang="zh-Hant">' in v3
    assert "<termSec>" in v3 and "admittedTerm-admn-sts" in v3
    v2 = write_tbx_bytes(_everything(), version=2).decode()
    assert v2.splitlines()[1] == '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'
    assert '<termEntry id="brand_x003A_x">' in v2 and "<tig>" in v2
    assert parse_tbx_file(DATA / "tbx3-dca.tbx").problems == []
    with pytest.raises(ValueError):
        write_tbx_bytes([], version=4)


def _is_ncname(value: str) -> bool:
    """libxml2 checks that an xml:id is an NCName: the oracle for what TBX's ids must be."""
    try:
        etree.fromstring(f'<a xml:id="{value}"/>')
    except etree.XMLSyntaxError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_ids_are_written_as_ncnames_and_read_back(value: str) -> None:
    written = encode_id(value)
    assert _is_ncname(written)
    assert decode_id(written) == value


def test_exported_ids_are_valid_xml_ids(repo_root: Path) -> None:
    entries = [e for p in sorted((repo_root / "glossaries").glob("*.csv"))
               for e in parse_csv(p.read_text(encoding="utf-8"), str(p)).entries]  # fmt: skip
    root = etree.fromstring(write_tbx_bytes(entries, version=3))
    ids = [el.get("id") for el in root.iter("{*}conceptEntry")]
    assert len(ids) == len(entries) and all(_is_ncname(i) for i in ids)
    assert "person_x003A_hiroaki-ueno" in ids
