"""PR204: a link named for the kind of page it opens ('Media page', '미디어 페이지',
'メディア向けページ') or the document ('報告書', '보고서') is a common noun the translator
missed, on a working link too;
a link named for a site's language or reach ('English site', 'Global website'), a
glossary name and a link in the release's own language stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,ja,ko,kind\nShonan iPark,湘南アイパーク,쇼난 아이파크,place\n"


def _findings(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    lang = name.split(".")[0]
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--source-lang", lang,
        "--format", "json", "--no-cache",
    )  # fmt: skip
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "Registration is open on the [미디어 페이지](https://example.com/media).\n",
            "미디어 페이지",
        ),
        (
            "en.html",
            '<p>Apply on the <a href="https://example.com/media">メディア向けページ</a>.</p>\n',
            "メディア向けページ",
        ),
        (
            "ja.html",
            '<p>取材は<a href="https://example.com/media">Media page</a>から申請します。</p>\n',
            "Media page",
        ),
        ("ja.md", "詳細は[Homepage](https://example.com/)でお知らせします。\n", "Homepage"),
        (
            "ko.md",
            "자세한 내용은 [official website](https://example.com/)에서 볼 수 있다.\n",
            "official website",
        ),
        # a guide named in lower case
        (
            "ko.md",
            "자세한 내용은 [Roaming guide](https://example.com/roaming)에서 확인할 수 있다.\n",
            "Roaming guide",
        ),
        (
            "ja.md",
            "設定方法は[user guide](https://example.com/guide)をご覧ください。\n",
            "user guide",
        ),
        # a newsroom's sections, named after the company too
        (
            "en.html",
            '<p>Photos: <a href="https://example.com/press">한빛상사 보도자료실</a>.</p>\n',
            "한빛상사 보도자료실",
        ),
        ("en.md", "Read the notice on the [공지사항](https://example.com/notice).\n", "공지사항"),
        (
            "en.md",
            "Photos are in the [ミナト電機 プレスルーム](https://example.com/press).\n",
            "ミナト電機 プレスルーム",
        ),
        ("ko.md", "사진은 [Press room](https://example.com/p)에서 내려받는다.\n", "Press room"),
        # the document it opens: the report, the paper, a company's own
        ("en.md", "The full results are in the [報告書](https://example.com/r.pdf).\n", "報告書"),
        ("en.md", "Read the [보고서](https://example.com/r.pdf) for details.\n", "보고서"),
        ("en.md", "Slides: [決算説明資料](https://example.com/ir.pdf).\n", "決算説明資料"),
        ("ko.md", "결과는 [統合報告書](https://example.com/ir.pdf)에 실렸다.\n", "統合報告書"),
    ],
)
def test_a_page_word_left_on_a_link_is_untranslated(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert _findings(run_cli, tmp_path, name, text) == [("PR204", found)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "ja.md",
            "[English site](https://example.com/en) | [Global website](https://example.com/)\n",
        ),
        ("ja.md", "詳細は[メディア向けページ](https://example.com/media)をご覧ください。\n"),
        (
            "ko.md",
            "일본어 안내는 [日本語サイト](https://example.com/ja/)에서, 영문 안내는 "
            "[English website](https://example.com/en/)에서 볼 수 있다.\n",
        ),
        ("ko.md", "자세한 내용은 [홈페이지](https://example.com/)에서 볼 수 있다.\n"),
        ("ja.md", "会場は[Shonan iPark](https://example.com/)です。\n"),
        ("en.md", "Registration is open on the [media page](https://example.com/media).\n"),
        # a guide in title case may be a title: 'Michelin Guide'
        ("ko.md", "[Michelin Guide](https://example.com/)에 선정된 식당이다.\n"),
        ("en.md", "See the [user guide](https://example.com/guide) for the settings.\n"),
        ("ko.md", "사진은 [보도자료실](https://example.com/press)에서 내려받을 수 있다.\n"),
        ("en.md", "Photos are in the [press room](https://example.com/press).\n"),
        # a name in its own script, on a working link
        ("en.md", "As [日本経済新聞](https://nikkei.example/) reported, sales rose.\n"),
        ("en.md", "The archive [한빛자료원](https://hanbit.example/) opened.\n"),
        ("ja.md", "詳細は[報告書](https://example.com/r.pdf)をご覧ください。\n"),
    ],
)
def test_sites_named_for_their_language_and_own_page_words_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _findings(run_cli, tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.html",
            '<p>See the <a href="https://example.com/tickets">チケット案内</a> for details.</p>\n',
            [("PR204", "チケット案内")],
        ),
        (
            "en.md",
            "Dates are on the [공연 정보](https://example.com/shows) page.\n",
            [("PR204", "공연 정보")],
        ),
        (
            "ko.md",
            "자세한 내용은 [イベント概要](https://example.com/ja/event)에서 볼 수 있다.\n",
            [("PR204", "イベント概要")],
        ),
        # in the release's own language, and a glossary name that ends so
        ("ja.md", "詳しくは[チケット案内](https://example.com/tickets)をご覧ください。\n", []),
        ("ko.md", "자세한 내용은 [공연 정보](https://example.com/shows)에서 확인할 수 있다.\n", []),
        ("en.md", "The venue is [湘南アイパーク](https://example.com/).\n", []),
    ],
)
def test_a_guide_or_information_page_left_on_a_link(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    """Japanese and Korean name a page for its guide, information or outline ('チケット
    案内', '공연 정보', 'イベント概要') as English does 'Roaming guide': a common noun on a
    link, which the translator missed; only ページ, サイト and 페이지 were page words."""
    assert [f for f in _findings(run_cli, tmp_path, name, text) if f[0] == "PR204"] == found


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.md",
            "Logos and photos are in the [プレスキット](https://example.com/kit.zip).\n",
            [("PR204", "プレスキット")],
        ),
        (
            "en.html",
            '<p>Register with the <a href="https://example.com/f">申込フォーム</a>.</p>\n',
            [("PR204", "申込フォーム")],
        ),
        (
            "en.md",
            "Specifications are in the [제품 카탈로그](https://example.com/c.pdf).\n",
            [("PR204", "제품 카탈로그")],
        ),
        (
            "ja.md",
            "ロゴと写真は[press kit](https://example.com/kit.zip)からダウンロードできます。\n",
            [("PR204", "press kit")],
        ),
        (
            "ko.md",
            "제품 사양은 [fact sheet](https://example.com/fs.pdf)에서 확인할 수 있다.\n",
            [("PR204", "fact sheet")],
        ),
        # in the release's own language; a glossary name; a product of the company
        (
            "ja.md",
            "ロゴは[プレスキット](https://example.com/kit.zip)からダウンロードできます。\n",
            [],
        ),
        ("ko.md", "사양은 [제품 카탈로그](https://example.com/c.pdf)에서 확인할 수 있다.\n", []),
        ("en.md", "The [Shonan iPark](https://example.com/) media kit is online.\n", []),
    ],
)
def test_a_press_kit_form_or_catalogue_left_on_a_link(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    """A press kit, a form, a catalogue or a fact sheet ('プレスキット', '申込フォーム',
    '제품 카탈로그', 'press kit') is the document a link opens, a common noun the
    translator missed, as '報告書' is; they were taken for names."""
    assert [f for f in _findings(run_cli, tmp_path, name, text) if f[0] == "PR204"] == found
