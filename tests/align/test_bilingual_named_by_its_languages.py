"""A PDF release that gives the Korean and then the English, saved as text and named by
both its languages ('..._KR_EN.txt'): the name reads as the English version of
'..._KR', which has no other version, and `--pairs` left the file without a partner
instead of pairing the two versions it holds."""

from __future__ import annotations

import json
from pathlib import Path

KO = [
    "서하군, 공공도서관 2곳 신축",
    "서하군은 2029년까지 공공도서관 2곳을 새로 짓는다고 4일 밝혔다.",
    "총사업비는 310억 원이다.",
]
EN = [
    "Seoha County to Build Two Public Libraries",
    "Seoha County announced on the 4th that it will build two new public libraries by 2029.",
    "The project will cost 31 billion won.",
]


def test_a_file_named_by_both_its_languages_pairs_the_versions_it_holds(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    page = "서하군청                                   보도자료 / Press Release\n\n"
    text = (
        page
        + f"{KO[0]}\n\n{KO[1]} {KO[2]}\n\n                 - 1 -\n\f"
        + page
        + f"{EN[0]}\n\n{EN[1]} {EN[2]}\n\n                 - 2 -\n"
    )
    (archive / "20270504_library_KR_EN.txt").write_text(text, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert (pair["source_lang"], pair["target_lang"]) == ("en", "ko")
    accepted = [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == list(zip(EN, KO, strict=True))


def test_a_file_named_by_the_language_it_opens_with(run_cli, tmp_path: Path, monkeypatch) -> None:
    """An office that names each file by its release's language though it appends the
    English ('..._KR.txt': the Korean, then '[English]' and the English): alone of its
    name, it pairs the versions it holds, where `--pairs` left it without a partner. A
    file of one language so named still pairs with nothing."""
    monkeypatch.chdir(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    korean, english = "\n\n".join(KO), "\n\n".join(EN)
    (archive / "20270504_library_KR.txt").write_text(
        f"{korean}\n\n[English]\n\n{english}\n", encoding="utf-8"
    )
    (archive / "20270611_museum_KR.txt").write_text(korean + "\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["source"].endswith("20270504_library_KR.txt")
    accepted = [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == list(zip(EN, KO, strict=True))
    assert "20270611_museum_KR.txt" in result.stderr  # listed without a partner
