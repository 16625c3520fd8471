"""A release published in two languages in one file (the English, then the Japanese):
each version is checked in its own language, so that a glued name in the English half
is found as it would be in an English file, and so is a Japanese slip in the other."""

from __future__ import annotations

import json
from pathlib import Path

GLOSSARY = (
    "en,ja,kind\n"
    "Yoshiro Tanabe,田辺 義郎,person\n"
    '"Minister of Economy, Trade and Industry",経済産業大臣,title\n'
    "Aoba Energy Co.,株式会社アオバエナジー,org\n"
)
ENGLISH = (
    "Aoba Energy Opens Hydrogen Hub in Sendai\n\n"
    "Aoba Energy Co. today opened a hydrogen hub in Sendai. The hub will produce 300 tons "
    "a year.\n\n"
    '"This is a milestone for the region," said {name}, {title}.\n'
)
JAPANESE = (
    "（日本語版）\n\n"
    "アオバエナジー、仙台に水素拠点を開設\n\n"
    "{company}は本日、仙台に水素拠点を開設しました。同拠点は年間300トンを生産します。\n\n"
    "田辺義郎経済産業大臣は「地域にとって画期的な一歩だ」と述べました。\n"
)


def _release(tmp_path: Path, name: str, title: str, company: str) -> Path:
    path = tmp_path / "launch.txt"
    english = ENGLISH.format(name=name, title=title)
    path.write_text(english + "\n" + JAPANESE.format(company=company), encoding="utf-8")
    return path


def _check(run_cli, tmp_path: Path, release: Path, *extra: str):
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    return run_cli("check", str(release), "-g", str(glossary), "--no-cache", *extra)


def test_each_half_is_checked_in_its_language(run_cli, tmp_path: Path) -> None:
    release = _release(
        tmp_path,
        "YoshiroTanabe",
        "Minitster of Economy, Trade and Industry",
        "アオバエナジー株式会社",
    )
    result = _check(run_cli, tmp_path, release, "--format", "json")
    assert result.exit_code == 1, result.output
    found = [(f["line"], f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [
        (5, "PR101", "YoshiroTanabe"),
        (5, "PR102", "Minitster of Economy, Trade and Industry"),
        (11, "PR103", "アオバエナジー株式会社"),
    ]


def test_a_clean_bilingual_release_passes(run_cli, tmp_path: Path) -> None:
    release = _release(
        tmp_path,
        "Yoshiro Tanabe",
        "Minister of Economy, Trade and Industry",
        "株式会社アオバエナジー",
    )
    result = _check(run_cli, tmp_path, release)
    assert result.exit_code == 0, result.output


def test_fix_mends_both_halves(run_cli, tmp_path: Path) -> None:
    release = _release(
        tmp_path,
        "YoshiroTanabe",
        "Minister of Economy, Trade and Industry",
        "アオバエナジー株式会社",
    )
    result = _check(run_cli, tmp_path, release, "--fix")
    assert result.exit_code == 0, result.output
    text = release.read_text(encoding="utf-8")
    assert "said Yoshiro Tanabe," in text and "株式会社アオバエナジーは本日" in text


def test_extract_takes_the_version_to_translate(run_cli, tmp_path: Path) -> None:
    """The other version is a translation already: its sentences are no msgids (`align
    FILE --memory` takes them into the memory)."""
    import polib

    release = _release(
        tmp_path,
        "Yoshiro Tanabe",
        "Minister of Economy, Trade and Industry",
        "株式会社アオバエナジー",
    )
    for extra, wanted in (((), "en"), (("--source-lang", "ja"), "ja")):
        result = run_cli("extract", str(release), "-d", str(tmp_path / wanted), *extra)
        assert result.exit_code == 0, result.output
        template = polib.pofile(str(tmp_path / wanted / "launch.pot"))
        ids = [entry.msgid for entry in template]
        assert len(ids) >= 4, ids
        japanese = [i for i in ids if any("\u3040" <= c <= "\u9fff" for c in i)]
        assert japanese == (ids if wanted == "ja" else []), ids
        # references still point into the one file, at the version's own lines
        lines = {int(n) for entry in template for _, n in entry.occurrences}
        assert (min(lines) > 6) == (wanted == "ja"), lines


def test_an_address_line_is_no_second_version(run_cli, tmp_path: Path) -> None:
    # a short notice and the URL it points at: the address is no English version, so
    # the phrase above it has its target
    release = tmp_path / "notice.txt"
    release.write_text(
        "詳細はこちらをご覧ください。\nhttps://www.example.com/ja/news/2026/0303\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "--format", "json", "--no-cache")
    assert json.loads(result.stdout)["findings"] == []


_JA_RELEASE = (
    "港まつり、今年は花火を3000発に\n\n"
    "潮見市は、8月10日に開く港まつりで花火を3000発打ち上げます。\n\n"
    "会場周辺では午後5時から交通規制を行います。\n"
)
_KO_RELEASE = (
    "항구 축제, 올해 불꽃 3,000발\n\n"
    "시오미시는 8월 10일 열리는 항구 축제에서 불꽃 3,000발을 쏘아 올린다.\n\n"
    "행사장 주변에서는 오후 5시부터 교통을 통제한다.\n"
)
_EN_RELEASE = (
    "Harbour Festival to Feature 3,000 Fireworks\n\n"
    "Shiomi City will launch 3,000 fireworks at its Harbour Festival on August 10.\n\n"
    "Traffic around the venue will be restricted from 5 p.m.\n"
)


def test_a_japanese_and_korean_release_in_one_file_passes(run_cli, tmp_path: Path) -> None:
    """A Japanese release and its Korean in one file (no Latin letters to weigh against
    the CJK ones): the Korean half was read as Korean text in a Japanese release
    (PR201 on each line), and so was a third version after an English one."""
    for text in (
        f"{_JA_RELEASE}\n＜韓国語＞\n\n{_KO_RELEASE}",
        f"{_EN_RELEASE}\n[日本語]\n\n{_JA_RELEASE}\n[한국어]\n\n{_KO_RELEASE}",
    ):
        release = tmp_path / "festival.txt"
        release.write_text(text, encoding="utf-8")
        result = _check(run_cli, tmp_path, release, "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["findings"] == []


def test_links_in_two_other_languages_are_no_versions(run_cli, tmp_path: Path) -> None:
    """An English page whose links are in Japanese, then in Korean ('資料を読む', '자료
    보기'), the lines' languages taking turns with English: it holds one version, and
    each untranslated link is still PR204 (three languages taking turns are a table's
    columns for align, not a release's versions for check)."""
    from prlocalize.readers import read_document
    from prlocalize.readers.bilingual import bilingual_versions, language_versions

    links = ("資料を読む", "資料はこちら", "資料へのリンク", "報告書", "全文を見る")
    links += ("発表資料の全文", "資料（英語）", "자료 보기", "자료 원문 보기", "원문 바로가기")
    links += ("자료 링크", "조사 결과 자세히 보기", "발표 자료 전문 읽기", "자료 내려받기")
    lines = ["# Links", *(f"The report is online: [{t}](https://example.org/r)" for t in links)]
    release = tmp_path / "links.md"
    release.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    document = read_document(release)
    assert language_versions(document) is not None  # what align reads in such turns
    assert bilingual_versions(document) is None
    result = _check(run_cli, tmp_path, release, "--format", "json")
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    # every link but '資料（英語）', which names its language as a language menu does
    assert codes.count("PR204") == len(links) - 1
