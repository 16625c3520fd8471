"""Term bases exported from Trados MultiTerm as MultiTerm XML (``<mtf>``): read as the
TBX they stand for, by `glossary import`, `lint` and every command's ``-g``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.glossary.io import load_glossaries

MTF = """<?xml version="1.0" encoding="UTF-16"?>
<mtf>
<conceptGrp><concept>12</concept>
<descripGrp><descrip type="Subject">Person</descrip></descripGrp>
<languageGrp><language type="English" lang="EN-US"/><termGrp><term>Noriko Aihara</term></termGrp></languageGrp>
<languageGrp><language type="Japanese" lang="JA"/><termGrp><term>相原 典子</term></termGrp></languageGrp>
</conceptGrp>
<conceptGrp><concept>13</concept>
<descripGrp><descrip type="Subject">Organization</descrip></descripGrp>
<descripGrp><descrip type="Note">Cable maker in Sendai</descrip></descripGrp>
<languageGrp><language type="English" lang="EN-US"/>
<termGrp><term>Hoshino Cable Co., Ltd.</term></termGrp>
<termGrp><term>Hoshino Cables</term><descripGrp><descrip type="Usage">Do not use</descrip></descripGrp></termGrp>
</languageGrp>
<languageGrp><language type="Korean" lang="KO"/><termGrp><term>호시노전선</term></termGrp></languageGrp>
</conceptGrp>
</mtf>
"""  # noqa: E501


def test_a_multiterm_export_loads(tmp_path: Path) -> None:
    path = tmp_path / "termbase.xml"
    path.write_bytes(MTF.encode("utf-16"))
    person, org = load_glossaries([path])
    assert person.kind.value == "person"
    assert person.term("ja").text == "相原 典子"
    assert org.kind.value == "org"
    assert org.term("en").text == "Hoshino Cable Co., Ltd."
    assert org.term("en").forbidden == ("Hoshino Cables",)
    assert org.term("ko").text == "호시노전선"
    assert org.note == "Cable maker in Sendai"


def test_another_xml_file_is_refused_with_what_to_do(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    path = tmp_path / "terms.xml"
    path.write_text("<glossary><item/></glossary>", encoding="utf-8")
    result = run_cli("glossary", "lint", str(path))
    assert result.exit_code == 1
    assert "terms.xml:1" in result.stdout and "export the term base as TBX" in result.stdout


def test_a_multiterm_export_in_a_glossary_folder_is_loaded(tmp_path: Path) -> None:
    """MultiTerm saves its export as .xml (UTF-16): a folder given to -g passed it over,
    as it took only .csv, .tsv, .tbx and .xlsx. Other XML beside it is still left alone."""
    (tmp_path / "people.xml").write_text(MTF, encoding="utf-16")
    (tmp_path / "layout.xml").write_text("<settings><a>1</a></settings>\n", encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<notes><unclosed>\n", encoding="utf-8")
    glossary = load_glossaries([tmp_path])
    assert sorted(e.forms["en"].text for e in glossary) == [
        "Hoshino Cable Co., Ltd.",
        "Noriko Aihara",
    ]
