"""One file that holds a release twice, in two languages one after the other, as press
offices and ministries publish many: aligned as the two versions it holds, alone
(`align FILE`) or in an archive (`align --pairs`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prlocalize.readers import parse_text
from prlocalize.readers.bilingual import split_versions, two_languages

EN = (
    "Aoba Energy Opens Hydrogen Hub in Sendai\n\n"
    "SENDAI, Japan, December 1, 2026 -- Aoba Energy Co. today opened a hydrogen hub in "
    "Sendai. The hub will produce 300 tons a year.\n\n"
    '"This is a milestone for the region," said Yoshiro Tanabe, Minister of Economy.\n\n'
    "About Aoba Energy\nAoba Energy Co. is a renewable energy company based in Sendai.\n"
)
JA = (
    "アオバエナジー、仙台に水素拠点を開設\n\n"
    "株式会社アオバエナジーは本日、仙台に水素拠点を開設しました。同拠点は年間300トンを生産します。\n\n"
    "田辺義郎経済大臣は「地域にとって画期的な一歩だ」と述べました。\n\n"
    "アオバエナジーについて\nアオバエナジーは仙台市に本社を置く再生可能エネルギー企業です。\n"
)
KO = (
    "아오바에너지, 센다이에 수소 거점 개설\n\n"
    "아오바에너지 주식회사는 오늘 센다이에 수소 거점을 개설했다. "
    "이 거점은 연간 300톤을 생산한다.\n\n"
    '다나베 요시로 경제대신은 "지역의 이정표"라고 말했다.\n\n'
    "아오바에너지 소개\n아오바에너지는 센다이에 본사를 둔 재생에너지 기업이다.\n"
)


def _split(text: str) -> tuple[str, str] | None:
    versions = split_versions(parse_text(text, path="release.txt", format="text"))
    if versions is None:
        return None
    first, second = versions
    assert first.blocks and second.blocks
    assert first.blocks[-1].span.end <= second.blocks[0].span.start  # in the file's order
    return first.lang, second.lang


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        (EN + "\n（日本語版）\n\n" + JA, ("en", "ja")),
        (EN + "\n――――\n\n" + KO, ("en", "ko")),
        (JA + "\n[English]\n\n" + EN, ("ja", "en")),
    ],
)
def test_the_two_versions_are_told_apart(text: str, langs: tuple[str, str]) -> None:
    assert _split(text) == langs


@pytest.mark.parametrize(
    "text",
    [
        EN,  # one language
        EN + "\n以上\n",  # an end mark in another language is no version
        EN + "\n「これは画期的な一歩だ」\n\n" + EN,  # a quote in another language
        # quotes in another language by turns: too small a share to be a version
        EN + "\n「これは画期的な一歩だ」\n\n" + EN + "\n「以上」\n\n" + EN,
    ],
)
def test_one_language_is_not_cut(text: str) -> None:
    assert _split(text) is None


def test_a_paragraph_and_its_translation_by_turns() -> None:
    text = "".join(
        f"{e}\n\n{j}\n\n" for e, j in zip(EN.split("\n\n"), JA.split("\n\n"), strict=True)
    )
    versions = split_versions(parse_text(text, path="release.txt", format="text"))
    assert versions is not None
    english, japanese = versions
    assert (english.lang, japanese.lang) == ("en", "ja")
    assert [s.text[:8] for s in english.segments()][:2] == ["Aoba Ene", "SENDAI, "]
    assert [s.text[:6] for s in japanese.segments()][:2] == ["アオバエナジ", "株式会社アオ"]


def test_the_raw_text_says_so_too(tmp_path: Path) -> None:
    page = tmp_path / "launch.html"
    page.write_text(
        "<html><head><style>p { margin: 0 }</style></head><body>"
        + "".join(f"<p>{line}</p>\n" for line in EN.splitlines())
        + "<hr>"
        + "".join(f"<p>{line}</p>\n" for line in KO.splitlines())
        + "</body></html>",
        encoding="utf-8",
    )
    assert two_languages(page) == ("en", "ko")
    plain = tmp_path / "plain.txt"
    plain.write_text(EN, encoding="utf-8")
    assert two_languages(plain) is None


def test_align_one_bilingual_file(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("launch.txt").write_text(JA + "\n（English）\n\n" + EN, encoding="utf-8")
    result = run_cli("align", "launch.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert (pair["source_lang"], pair["target_lang"]) == ("en", "ja")  # English is the source
    accepted = [b for b in pair["beads"] if b["accepted"]]
    assert len(accepted) == 6
    headline = accepted[0]
    # lines are the file's: the Japanese headline is line 1, the English one after it
    assert headline["target"]["lines"] == [1] and headline["source"]["lines"] == [12]
    one = tmp_path / "one.txt"
    one.write_text(EN, encoding="utf-8")
    result = run_cli("align", "one.txt")
    assert result.exit_code == 2
    assert "one file that holds one language" in result.stderr


def test_bilingual_files_in_an_archive(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2026-12-01.txt").write_text(EN + "\n국문\n\n" + KO, encoding="utf-8")
    (archive / "2026-12-02.en.txt").write_text(EN, encoding="utf-8")
    (archive / "2026-12-02.ja.txt").write_text(JA, encoding="utf-8")
    (archive / "notes.txt").write_text(EN + "\n以上\n", encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.stdout)["pairs"]
    assert [(p["source"], p["target"], p["target_lang"]) for p in pairs] == [
        ("archive/2026-12-01.txt", "archive/2026-12-01.txt", "ko"),
        ("archive/2026-12-02.en.txt", "archive/2026-12-02.ja.txt", "ja"),
    ]


def test_a_table_with_a_column_per_language(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    english = [line for line in EN.splitlines() if line]
    japanese = [line for line in JA.splitlines() if line]
    rows = "".join(
        f"<tr><td>{e}</td><td>{j}</td></tr>\n" for e, j in zip(english, japanese, strict=True)
    )
    Path("table.html").write_text(f"<html><body><table>\n{rows}</table></body></html>\n")
    result = run_cli("align", "table.html", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [b for b in pair["beads"] if b["accepted"]]
    # each row's cells: the English sentence and its Japanese translation, on one line
    assert len(accepted) >= 6
    assert all(b["source"]["lines"] == b["target"]["lines"] for b in accepted)
