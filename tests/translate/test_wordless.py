"""Cells of figures with no word ('35.1', '12,040', '+8.8%'): the glossary backend writes
them as the target locale does, and the translation checks read a locale's figures as
it writes them."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.glossary.model import Glossary
from prlocalize.translate.glossary import GlossaryBackend
from prlocalize.translate.wordless import is_wordless, localise_wordless


def assert_valid_catalog(po: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    done = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("35.1", "en", "ja", "35.1"),
        ("12,040", "en", "ko", "12,040"),
        ("+8.8%", "en", "ja", "+8.8%"),
        ("2024", "en", "de", "2024"),  # a year: no separator to rewrite
        ("—", "en", "ko", "—"),
        ("(12,040)", "en", "de", "(12.040)"),
        ("12,040.25", "en", "fr", "12\u202f040,25"),
        ("+8.8%", "en", "de", "+8,8\u00a0%"),
        ("12.040,5", "de", "en", "12,040.5"),
        ("12 040,5", "fr", "en", "12,040.5"),
        ("３５．１％", "ja", "en", "35.1%"),  # full-width figures: ASCII in English
        ("３５．１％", "ja", "zh", "３５．１％"),
        ("▲1,234", "ja", "ko", "▲1,234"),
        ("3/31", "ja", "ko", "3/31"),  # month first in both
    ],
)
def test_a_cell_of_figures_is_written_the_target_locales_way(
    text: str, source: str, target: str, expected: str
) -> None:
    assert localise_wordless(text, source, target) == expected


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("¥47.1 bn", "en", "ja"),  # a word
        ("Q3", "en", "ko"),
        ("第3四半期", "ja", "en"),
        ("½", "en", "de"),  # read as a word: it may be written otherwise
        ("", "en", "ja"),
        ("   ", "en", "ja"),
        ("3/31", "en", "ja"),  # 31 March in one, month and day ordered otherwise
        ("3/4", "en", "de"),
        ("2025.3.31", "ko", "en"),
        ("▲1,234", "ja", "en"),  # a minus English writes otherwise
        ("※1", "ja", "en"),
        ("1.2.3", "en", "de"),  # separators that say nothing certain
        ("1,5", "en", "de"),
        ("8%", "en", "tr"),  # the per cent sign before the number in Turkish
        ("35.1", "en", "xx"),  # an unknown locale
    ],
)
def test_a_cell_that_cannot_be_written_with_certainty_gets_no_answer(
    text: str, source: str, target: str
) -> None:
    assert localise_wordless(text, source, target) is None


def test_wordless_means_no_letter_of_any_script() -> None:
    assert is_wordless("+8.8% (−1.2pt)") is False  # 'pt'
    assert is_wordless("+8.8% (−1.2)") is True
    assert is_wordless("12,040 円") is False
    assert is_wordless("12,040 원") is False


@given(
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["de", "fr", "es", "pt_BR", "it", "ru", "sv", "ja", "ko", "en_GB"]),
)
def test_a_number_is_written_as_babel_writes_it_in_the_target_locale(
    number: Decimal, target: str
) -> None:
    written = format_decimal(number, locale="en", decimal_quantization=False)
    expected = format_decimal(number, locale=target, decimal_quantization=False)
    assert localise_wordless(written, "en", target) == expected


def test_the_glossary_backend_fills_cells_of_figures_for_no_review() -> None:
    backend = GlossaryBackend(Glossary())
    answers = backend.translate(["12,040", "+8.8%", "Japan", "¥47.1 bn"], "en", "de")
    assert [(a.text, a.needs_review) if a else None for a in answers] == [
        ("12.040", False),
        ("+8,8\u00a0%", False),
        None,
        None,
    ]


_TABLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Results by region</title></head>
<body>
<h1>Results by region</h1>
<p>Sales rose in every region.</p>
<table>
<tr><th>Region</th><th>2024</th><th>2025</th><th>Change</th></tr>
<tr><td>Hokkaido</td><td>35.1</td><td>38.2</td><td>+8.8%</td></tr>
<tr><td>Gyeonggi</td><td>12,040</td><td>13,100</td><td>—</td></tr>
</table>
</body></html>
"""


def _entries(path: Path) -> dict[str, tuple[str, bool]]:
    import polib

    return {e.msgid: (e.msgstr, "fuzzy" in e.flags) for e in polib.pofile(str(path))}


def test_a_results_table_is_filled_checked_and_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("results.html").write_text(_TABLE, encoding="utf-8")
    Path("glossary.csv").write_text("en,ja,ko,kind\n", encoding="utf-8")
    locales = ("-l", "ja", "-l", "ko", "-l", "de", "-l", "fr")
    assert run_cli("extract", "results.html", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", *locales).exit_code == 0
    assert run_cli("translate", "-d", "locales", *locales, "-g", "glossary.csv").exit_code == 0
    cells = {"ja": "+8.8%", "ko": "+8.8%", "de": "+8,8\u00a0%", "fr": "+8,8\u00a0%"}
    grouped = {"ja": "12,040", "ko": "12,040", "de": "12.040", "fr": "12\u202f040"}
    decimal = {"ja": "35.1", "ko": "35.1", "de": "35,1", "fr": "35,1"}
    for locale in cells:
        po = tmp_path / "locales" / locale / "LC_MESSAGES" / "results.po"
        assert_valid_catalog(po)
        entries = _entries(po)
        assert entries["+8.8%"] == (cells[locale], False)
        assert entries["12,040"] == (grouped[locale], False)
        assert entries["35.1"] == (decimal[locale], False)
        assert entries["2024"] == ("2024", False)
        assert entries["—"] == ("—", False)
        assert entries["Sales rose in every region."] == ("", False)
    checked = run_cli("check", "locales", "-g", "glossary.csv", "--format", "json")
    assert '"PR404"' not in checked.output
    built = run_cli("build", "results.html", "-d", "locales", "-o", "dist", *locales)
    assert built.exit_code == 0
    page = (tmp_path / "dist" / "de" / "results.html").read_text(encoding="utf-8")
    assert "<td>12.040</td>" in page and "<td>+8,8\u00a0%</td>" in page.replace("&nbsp;", "\u00a0")
