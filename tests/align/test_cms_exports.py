"""Releases kept in one CMS export: a WordPress export whose versions Polylang or WPML
link, and a headless CMS's JSON export whose entries say their locale and the entry they
translate. Each pair of versions is aligned, its lines pointing into the export; a feed
is said not to be read, never passed over in silence."""

from __future__ import annotations

import json
from pathlib import Path

from prlocalize.align.batch import align_folder
from prlocalize.align.pairs import search_pairs

EN = [
    "Corvid Shipping will add three container ships to its Busan route on May 4, 2027.",
    "The ships carry 2,400 containers each.",
]
JA = [
    "コルヴィッド海運は2027年5月4日、釜山航路にコンテナ船3隻を追加します。",
    "各船の積載能力は2,400個です。",
]
KO = [
    "코르비드해운은 2027년 5월 4일 부산 항로에 컨테이너선 3척을 추가한다.",
    "각 선박은 컨테이너 2,400개를 싣는다.",
]


def _wxr_item(post_id: int, lang: str, title: str, body: str, group_xml: str) -> str:
    return f"""  <item>
    <title>{title}</title>
    <content:encoded><![CDATA[{body}]]></content:encoded>
    <wp:post_id>{post_id}</wp:post_id>
    <wp:post_type>post</wp:post_type>
{group_xml}
  </item>"""


def _polylang(lang: str) -> str:
    return (
        f'    <category domain="language" nicename="{lang}"><![CDATA[{lang}]]></category>\n'
        '    <category domain="post_translations" nicename="pll_5a1b"><![CDATA[pll_5a1b]]>'
        "</category>"
    )


def _wpml(lang: str) -> str:
    meta = (
        "<wp:postmeta><wp:meta_key>{}</wp:meta_key><wp:meta_value>{}</wp:meta_value></wp:postmeta>"
    )
    return (
        "    "
        + meta.format("_wpml_import_language_code", lang)
        + meta.format("_wpml_import_translation_group", "77")
    )


def _wxr(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def test_a_polylang_export_pairs_each_translation_with_the_original(tmp_path: Path) -> None:
    items = [
        _wxr_item(12, "en", "New ships", "".join(f"<p>{s}</p>" for s in EN), _polylang("en")),
        # the classic editor's paragraphs: apart by a blank line, no <p>
        _wxr_item(14, "ja", "新造船", "\n\n".join(JA), _polylang("ja")),
        _wxr_item(15, "ko", "신조선", "".join(f"<p>{s}</p>" for s in KO), _polylang("ko")),
    ]
    (tmp_path / "site.WordPress.xml").write_text(_wxr(items), encoding="utf-8")
    result = align_folder(tmp_path)
    got = {(Path(a.target_path).name, a.target_lang) for a in result.alignments}
    assert got == {("site.WordPress.xml#14", "ja"), ("site.WordPress.xml#15", "ko")}
    ja = next(a for a in result.alignments if a.target_lang == "ja")
    pairs = [(ja.source_text(b), ja.target_text(b)) for b in ja.accepted()]
    assert (EN[1], JA[1]) in pairs
    # the lines are the export's: the Japanese body starts on its content:encoded line
    text = (tmp_path / "site.WordPress.xml").read_text(encoding="utf-8")
    body_line = text.splitlines().index(next(line for line in text.splitlines() if JA[0] in line))
    assert ja.target[ja.accepted()[-1].target[0]].line == body_line + 3  # (two blank lines)


def test_a_wpml_export_pairs_by_its_translation_group(tmp_path: Path) -> None:
    items = [
        _wxr_item(30, "en", "New ships", f"<p>{EN[0]}</p>", _wpml("en")),
        _wxr_item(31, "ja", "新造船", f"<p>{JA[0]}</p>", _wpml("ja")),
    ]
    (tmp_path / "export.xml").write_text(_wxr(items), encoding="utf-8")
    (pair,) = search_pairs(tmp_path).pairs
    assert (pair.source_item, pair.target_item, pair.target_lang) == ("30", "31", "ja")


def test_a_headless_cms_export_pairs_entries_by_translation_of(tmp_path: Path) -> None:
    entries = [
        {"id": "a1", "locale": "en-US", "title": "New ships", "body": " ".join(EN)},
        {
            "id": "a2",
            "locale": "ko-KR",
            "translationOf": "a1",
            "title": "신조선",
            "body": " ".join(KO),
        },
        {"id": "b1", "locale": "en-US", "title": "Alone", "body": "No translation yet."},
    ]
    path = tmp_path / "releases.json"
    path.write_text(json.dumps({"entries": entries}, ensure_ascii=False, indent=2), "utf-8")
    found = search_pairs(tmp_path)
    (pair,) = found.pairs
    assert (pair.source_item, pair.target_item) == ("a1", "a2")
    assert found.unpaired == [Path(f"{path}#b1")]
    (alignment,) = align_folder(tmp_path).alignments
    assert len(alignment.accepted()) == 3  # the title and both sentences


def test_a_feed_is_said_not_to_be_read(tmp_path: Path) -> None:
    (tmp_path / "news.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<item><title>New ships</title><description>{EN[0]}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    found = search_pairs(tmp_path)
    assert found.pairs == [] and found.unread == [(tmp_path / "news.rss", "an RSS feed")]


def test_align_pairs_says_which_feed_it_did_not_read(tmp_path: Path, run_cli) -> None:
    entries = [
        {"id": 1, "lang": "en", "content": EN[0]},
        {"id": 2, "lang": "ja", "translation_of": 1, "content": JA[0]},
    ]
    (tmp_path / "cms.json").write_text(json.dumps(entries, ensure_ascii=False), "utf-8")
    (tmp_path / "news-ja.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>ニュース</title></feed>', "utf-8"
    )
    result = run_cli("align", "--pairs", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["target"].endswith("cms.json#2")
    assert "news-ja.atom is an Atom feed, which align does not read" in result.stderr
