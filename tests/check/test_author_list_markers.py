"""PR1xx in a research release's author list: a superscript, subscript or circled
affiliation marker set on a name ('Sayaka Tomioka¹', 'Dong-hyun Ra²*', 'Ra①') is a
footnote, not a letter of the name, so the name is found there as in the body:
glued, reversed or written right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from check_support import cli_found

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term

_SHEET = (
    "en,ja,ko,kind\n"
    "Sayaka Tomioka,富岡 さやか,도미오카 사야카,person\n"
    "Dong-hyun Ra,ナ・ドンヒョン,나동현,person\n"
    "Kirishima Institute of Technology,霧島工業大学,기리시마공업대학,org\n"
)


@pytest.mark.parametrize(
    ("authors", "found"),
    [
        ("SayakaTomioka¹, Dong-hyun Ra²*", [("PR101", "SayakaTomioka")]),
        ("Sayaka Tomioka¹,², DonghyunRa³", [("PR101", "DonghyunRa")]),
        ("Sayaka Tomioka①, Ra Dong-hyun②", [("PR104", "Ra Dong-hyun")]),
        ("Sayaka Tomioka₁ and Ra Dong-hyun₂", [("PR104", "Ra Dong-hyun")]),
    ],
)
def test_a_name_with_its_affiliation_marker_is_judged(
    run_cli: Callable[..., Any], tmp_path: Path, authors: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "Catalyst made from rice husks splits water at room temperature\n\n"
        f"{authors}\n\n"
        "¹ Kirishima Institute of Technology ² Department of Physics, Norland University\n\n"
        "Dong-hyun Ra, who led the study with Sayaka Tomioka, said the yield was 12%.\n"
    )
    assert cli_found(run_cli, tmp_path, _SHEET, "r.txt", text, "PR101,PR104") == found


@pytest.mark.parametrize(
    "authors",
    [
        "Sayaka Tomioka¹, Dong-hyun Ra²*, Priya Natarajan³ and Lukas Brenner¹",
        "S. Tomioka¹, D.-H. Ra² et al.",
        "Sayaka Tomioka¹⁾, Dong-hyun Ra²⁾",
        "Tomioka S, Ra D-H. J. Catal. 412, 115–123 (2026).",
    ],
)
def test_a_right_author_list_stays_silent(
    run_cli: Callable[..., Any], tmp_path: Path, authors: str
) -> None:
    text = (
        "Catalyst made from rice husks splits water at room temperature\n\n"
        f"{authors}\n\n"
        "Dong-hyun Ra, who led the study with Sayaka Tomioka, measured 1.2 × 10⁻³ mol of H₂.\n"
    )
    assert cli_found(run_cli, tmp_path, _SHEET, "r.txt", text, "PR1") == []


def test_the_matcher_takes_a_marker_for_a_boundary() -> None:
    glossary = Glossary(
        [
            Entry("p", Kind.PERSON, {"en": Term("Sayaka Tomioka")}),
            Entry("o", Kind.ORG, {"en": Term("Kirishima Institute of Technology")}),
        ]
    )
    matcher = TermMatcher.build(glossary, "en")
    text = "Sayaka Tomioka¹ (Kirishima Institute of Technology₂); Sayaka Tomiokas"
    assert [m.text for m in matcher.find(text)] == [
        "Sayaka Tomioka",
        "Kirishima Institute of Technology",
    ]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "r.html",
            '<html lang="en"><body><h1>Rice husk catalyst</h1>\n'
            "<p>SayakaTomioka<sup>1</sup>, Ra Dong-hyun<sup>2,*</sup></p>\n"
            "<p>Dong-hyun Ra, who led the study with Sayaka Tomioka, said the yield was 12%.</p>\n"
            "</body></html>\n",
            [("PR101", "SayakaTomioka"), ("PR104", "Ra Dong-hyun")],
        ),
        (
            "ok.html",
            '<html lang="en"><body><h1>Rice husk catalyst</h1>\n'
            "<p>Sayaka Tomioka<sup>1</sup>, Dong-hyun Ra<sup>2,*</sup>, "
            "Lukas Brenner<sub>3</sub></p>\n"
            "<p>It splits H<sub>2</sub>O at 25 °C.</p>\n"
            "</body></html>\n",
            [],
        ),
    ],
)
def test_a_marker_in_sup_or_sub_markup_is_judged_the_same(
    run_cli: Callable[..., Any], tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert cli_found(run_cli, tmp_path, _SHEET, name, text, "PR1") == found
