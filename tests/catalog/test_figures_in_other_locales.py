"""PR404 reads a translation's figures as its locale writes them: '35,1 %' and '12.040'
in a German catalog are 35.1% and 12,040, and a figure changed is quoted as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.number_style import english_separators


@pytest.mark.parametrize(
    ("text", "tag", "expected"),
    [
        ("um 35,1 % auf 12.040 Millionen", "de", "um 35.1 % auf 12,040 Millionen"),
        ("le 31.03.2025 à 10.30 h", "de", "le 31.03.2025 à 10.30 h"),  # no figure of German
        ("12 040,5 et 3\u202f250 salariés", "fr", "12,040.5 et 3,250 salariés"),
        ("1.234,5", "pt-BR", "1,234.5"),
        ("35.1%と12,040", "ja", "35.1%と12,040"),
        ("1.234,5", "xx", "1.234,5"),  # an unknown locale: read as English
    ],
)
def test_a_locales_figures_are_read_with_english_separators(
    text: str, tag: str, expected: str
) -> None:
    assert english_separators(text, tag) == expected


@given(st.text(alphabet="0123456789.,\u00a0\u202f %-+()abc", max_size=40))
def test_reading_a_locales_separators_keeps_every_offset(text: str) -> None:
    for tag in ("de", "fr", "pt_BR", "ja", "xx"):
        assert len(english_separators(text, tag)) == len(text)


_GERMAN = """msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Revenue rose 35.1% to 12,040 million yen."
msgstr "Der Umsatz stieg um 35,1 % auf 12.040 Millionen Yen."

msgid "The plant employs 1,250 people."
msgstr "Das Werk beschäftigt 1.250 Mitarbeiter."

msgid "The plant employs 1,350 people."
msgstr "Das Werk beschäftigt 1.530 Mitarbeiter."
"""


def test_a_german_catalogs_figures_are_read_as_german_writes_them(tmp_path: Path, run_cli) -> None:
    po = tmp_path / "de.po"
    po.write_text(_GERMAN, encoding="utf-8")
    result = run_cli("check", str(po), "--format", "json")
    found = [(f["code"], f["message"]) for f in json.loads(result.output)["findings"]]
    # the correct translations pass; the changed one is quoted as the translation writes it
    assert found == [
        ("PR404", "Number '1,350' of the source changed to '1.530' in the translation")
    ]


def test_a_french_catalogs_figures_are_read_as_french_writes_them(tmp_path: Path, run_cli) -> None:
    po = tmp_path / "fr.po"
    po.write_text(
        _GERMAN.replace("Language: de", "Language: fr")
        .replace(
            "Der Umsatz stieg um 35,1 % auf 12.040 Millionen Yen.",
            "Le chiffre d'affaires a progressé de 35,1\u00a0% à 12\u202f040 millions de yens.",
        )
        .replace("Das Werk beschäftigt 1.250 Mitarbeiter.", "L'usine emploie 1 250 personnes.")
        .replace("Das Werk beschäftigt 1.530 Mitarbeiter.", "L'usine emploie 1 530 personnes."),
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "--format", "json")
    found = [(f["code"], f["message"]) for f in json.loads(result.output)["findings"]]
    assert found == [
        ("PR404", "Number '1,350' of the source changed to '1 530' in the translation")
    ]


_GERMAN_RELEASE = """msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "The agreement was signed at 10:30 a.m. on May 10, 2024, in Osaka."
msgstr "Die Vereinbarung wurde am 10. Mai 2024 um 10:30 Uhr in Osaka unterzeichnet."

msgid "Under the agreement, the company will invest U.S. $5.2 million over 30 months."
msgstr "Im Rahmen der Vereinbarung investiert das Unternehmen über 30 Monate 5,2 Mio. US-Dollar."

msgid "Revenue grew by 12.5% compared with the previous fiscal year."
msgstr "Der Umsatz stieg gegenüber dem Vorjahr um 12,5 %."

msgid "The facility will open in April 2025 and employ about 1,200 people."
msgstr "Die Anlage wird im April 2025 eröffnet und rund 1.200 Mitarbeiter beschäftigen."

msgid "Sales reached ¥1.2 billion in the first quarter."
msgstr "Der Umsatz erreichte im ersten Quartal 1,2 Mrd. Yen."

msgid "The event will not be held on Sunday, June 1."
msgstr "Die Veranstaltung findet am Sonntag, dem 1. Juni, nicht statt."
"""


def test_a_correct_german_translation_of_a_release_passes(tmp_path: Path, run_cli) -> None:
    po = tmp_path / "de.po"
    po.write_text(_GERMAN_RELEASE, encoding="utf-8")
    result = run_cli("check", str(po), "--format", "json", "--fail-on", "info")
    assert json.loads(result.output)["findings"] == []
    assert result.exit_code == 0


_SIGNED = "Die Vereinbarung wurde am 10. Mai 2024 um 10:30 Uhr in Osaka unterzeichnet."
_OPENS = "Die Anlage wird im April 2025 eröffnet und rund 1.200 Mitarbeiter beschäftigen."


@pytest.mark.parametrize(
    ("right", "wrong", "code"),
    [
        # the date left out: neither its day nor its year is there
        (_SIGNED, "Die Vereinbarung wurde um 10:30 Uhr in Osaka unterzeichnet.", "PR409"),
        (_OPENS, _OPENS.replace("2025", "2026"), "PR404"),
        (_OPENS, _OPENS.replace("1.200", "1.300"), "PR404"),
        (_OPENS, _OPENS.replace("1.200", "1,200"), "PR404"),  # 1.2 as German reads it
    ],
)
def test_a_german_translation_that_drops_or_changes_a_figure_is_reported(
    tmp_path: Path, run_cli, right: str, wrong: str, code: str
) -> None:
    po = tmp_path / "de.po"
    po.write_text(_GERMAN_RELEASE.replace(right, wrong), encoding="utf-8")
    result = run_cli("check", str(po), "--format", "json", "--fail-on", "info")
    assert [f["code"] for f in json.loads(result.output)["findings"]] == [code]
