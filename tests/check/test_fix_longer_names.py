"""PR103: a glossary company's wrong form that runs on into another capitalised word may
begin another entity's name ('Harbourline Freight Bank' beside the glossary's
'Harbourline Freights'); --fix must not rename that entity. The fix is suggested there
(still reported); before a legal form, a word in capitals or punctuation it stays safe."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = "kind,en,forbidden:en\norg,Harbourline Freights,Harbourline Freight\n"


def _fix(run_cli: Run, tmp_path: Path, name: str, text: str) -> tuple[str, list[dict]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    args = ("check", str(release), "-g", str(tmp_path / "g.csv"), "--no-cache")
    run_cli(*args, "--fix")
    left = json.loads(run_cli(*args, "--format", "json").stdout)["findings"]
    return release.read_text(encoding="utf-8"), left


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.txt", "Staff of the Harbourline Freight Bank, a charity, sorted parcels.\n"),
        ("a.txt", "The Harbourline Freight Workers Union met on Monday.\n"),
        ("a.html", "<p>The <b>Harbourline Freight</b> Museum reopens in May.</p>\n"),
        ("a.html", "<p>The Harbourline Freight&nbsp;Museum reopens in May.</p>\n"),
    ],
)
def test_a_form_that_may_begin_another_name_is_not_renamed(
    run_cli: Run, tmp_path: Path, name: str, text: str
) -> None:
    fixed, left = _fix(run_cli, tmp_path, name, text)
    assert fixed == text
    assert [(f["code"], f["fixable"]) for f in left] == [("PR103", False)]
    assert left[0]["suggestion"] == "Harbourline Freights"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Harbourline Freight Co., Ltd. opened a depot.\n",
         "Harbourline Freights Co., Ltd. opened a depot.\n"),
        ("Harbourline Freight Inc. opened a depot.\n",
         "Harbourline Freights Inc. opened a depot.\n"),
        ("Harbourline Freight CEO Amara Diallo spoke.\n",
         "Harbourline Freights CEO Amara Diallo spoke.\n"),
        ("It thanked Harbourline Freight. Staff cheered.\n",
         "It thanked Harbourline Freights. Staff cheered.\n"),
        ("Harbourline Freight opened a depot.\n", "Harbourline Freights opened a depot.\n"),
    ],
)  # fmt: skip
def test_the_same_company_is_still_fixed(
    run_cli: Run, tmp_path: Path, text: str, fixed: str
) -> None:
    after, left = _fix(run_cli, tmp_path, "a.txt", text)
    assert after == fixed
    assert left == []


def test_a_title_before_its_holders_name_and_a_roster_line_are_still_fixed(
    run_cli: Run, tmp_path: Path
) -> None:
    (tmp_path / "t.csv").write_text(
        "kind,en,forbidden:en\ntitle,Chief Harbour Master,Chief Harbor Master\n", encoding="utf-8"
    )
    release = tmp_path / "a.txt"
    release.write_text(
        "Chief Harbor Master Ines Okoro opened the pier.\n\n"
        "Attending:\nHarbourline Freight\nPort Authority of Kelso\n",
        encoding="utf-8",
    )
    args = ("-g", str(tmp_path / "t.csv"), "-g", str(tmp_path / "g.csv"), "--no-cache")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    run_cli("check", str(release), *args, "--fix")
    assert release.read_text(encoding="utf-8") == (
        "Chief Harbour Master Ines Okoro opened the pier.\n\n"
        "Attending:\nHarbourline Freights\nPort Authority of Kelso\n"
    )
