"""A sheet with a column per regional variant of a language ('en-US', 'en-GB', 'ja-JP',
'ko-KR'): a release checked as English took the first region's forms alone, so a
British release was told to replace 'Research Centre' and 'fibre' by the American
spellings. Every region's approved form is accepted in that language."""

from __future__ import annotations

from pathlib import Path

from prlocalize.glossary.csvfile import parse_csv

SHEET = """kind,en-US,en-GB,ja-JP
org,Kumo Kogyo Research Center,Kumo Kogyo Research Centre,雲工業研究センター
term,fiber optic cable,fibre optic cable,光ファイバーケーブル
"""


def test_each_regions_form_is_accepted_for_the_language() -> None:
    center, cable = parse_csv(SHEET, "terms.csv").entries
    assert center.approved("en") == "Kumo Kogyo Research Center"
    assert center.term("en").accepted == (  # type: ignore[union-attr]
        "Kumo Kogyo Research Center",
        "Kumo Kogyo Research Centre",
    )
    assert cable.term("en_GB").accepted == ("fibre optic cable",)  # type: ignore[union-attr]


def test_a_british_release_is_left_alone_and_a_misspelling_still_found(
    run_cli, tmp_path: Path
) -> None:
    (tmp_path / "terms.csv").write_text(SHEET, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(
        "Kumo Kogyo Opens Research Centre\n\nOSAKA, December 3, 2026 - Kumo Kogyo today "
        "opened the Kumo Kogyo Research Centre, which will test fibre optic cable.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(tmp_path / "terms.csv"))
    assert result.exit_code == 0, result.output
    release.write_text(
        "Kumo Kogyo today opened the Kumo Kogyo Reserch Center in Osaka.\n", encoding="utf-8"
    )
    result = run_cli("check", str(release), "-g", str(tmp_path / "terms.csv"))
    assert result.exit_code == 1 and "PR102" in result.output
