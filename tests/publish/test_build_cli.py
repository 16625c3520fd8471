"""`prlocalize build`: pages per locale from releases and catalogs; exit codes 0, 1 and 2."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "partnership-note.md"
LINK = '<a href="https://www.shonan-ipark.com/en/news/">'


def translate_po(po: Path, translate: Callable[[str], str | None], *, fuzzy: bool = False) -> None:
    catalog = read_catalog(po)
    for message in catalog:
        if message.id:
            text = translate(message.id)
            if text is not None:
                message.string = text
                if fuzzy:
                    message.flags.add("fuzzy")
    write_catalog(po, catalog)


def ja(msgid: str) -> str | None:
    if msgid.startswith("Shonan iPark Welcomes"):
        return "湘南アイパーク、韓国のバイオベンチャー10社を歓迎"
    if LINK in msgid:
        return f"詳細は{LINK}湘南アイパークのウェブサイト</a>に掲載されています。"
    if msgid.startswith("help with") or msgid == "May 10, 2024":
        return None  # one left for a translator; the date is Babel's job
    return f"［訳］{msgid}"


@pytest.fixture
def project(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "note.md")
    assert run_cli("extract", "note.md", "-d", "loc").exit_code == 0
    assert run_cli("update", "-d", "loc", "-l", "ja", "-l", "ko").exit_code == 0
    translate_po(po_path("loc", "ja", "note"), ja)
    return tmp_path


def test_build_writes_one_page_per_locale(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ja", "-l", "ko", "-o", "out")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "3 page(s) built: 3 written, 0 unchanged\n11 segment(s) published in the source language\n"
    )
    ja_page = (project / "out/ja/note.html").read_text(encoding="utf-8")
    assert '<html lang="ja">' in ja_page
    # the headline, with a <wbr> at each phrase boundary (BudouX) for phones
    assert "<h1>湘南アイパーク、<wbr>韓国の<wbr>バイオベンチャー10社を<wbr>歓迎</h1>" in ja_page
    assert f"{LINK}湘南アイパークのウェブサイト</a>" in ja_page
    assert '<link rel="alternate" hreflang="ko" href="../ko/note.html">' in ja_page
    assert '<time datetime="2024-05-10">2024年5月10日</time>' in ja_page
    ko_page = (project / "out/ko/note.html").read_text(encoding="utf-8")
    assert '<time datetime="2024-05-10">2024년 5월 10일</time>' in ko_page
    # x-default and the visible link point to the original, which is published beside them
    assert '<link rel="alternate" hreflang="x-default" href="../en/note.html">' in ko_page
    assert '<a href="../en/note.html" hreflang="en">원문(영어)</a>' in ko_page
    assert (project / "out/en/note.html").is_file()


def test_second_build_rewrites_nothing(project: Path, run_cli: Callable[..., Result]) -> None:
    args = ("build", "note.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert run_cli(*args).exit_code == 0
    page = project / "out/ja/note.html"
    before = page.stat().st_mtime_ns, page.read_bytes()
    result = run_cli(*args)
    assert result.exit_code == 0
    assert result.output.startswith("2 page(s) built: 0 written, 2 unchanged\n")
    assert (page.stat().st_mtime_ns, page.read_bytes()) == before


def test_fallback_fail_lists_what_is_missing_and_writes_nothing(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ja", "-o", "out", "--fallback", "fail")
    assert result.exit_code == 1
    assert result.output == (
        "note.md:13: no ja translation: 'help with regulatory questions.'\n"
        "error: 1 translation(s) missing, refused or withheld; nothing written (--fallback fail)\n"
    )
    assert not (project / "out").exists()


def test_fallback_fail_passes_when_everything_is_translated(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    translate_po(po_path("loc", "ja", "note"), lambda m: ja(m) or f"［訳］{m}")
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ja", "-o", "out", "--fallback", "fail")
    assert result.exit_code == 0, result.output
    assert result.output == "2 page(s) built: 2 written, 0 unchanged\n"


def test_fuzzy_is_published_only_with_use_fuzzy(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    translate_po(
        po_path("loc", "ko", "note"),
        lambda m: f"[번역] {m}" if m.startswith("They") else None,
        fuzzy=True,
    )
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ko", "-o", "out")
    assert "(1 fuzzy entries not published; use --use-fuzzy)" in result.output
    assert "[번역]" not in (project / "out/ko/note.html").read_text(encoding="utf-8")
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ko", "-o", "out", "--use-fuzzy")
    assert result.exit_code == 0
    assert "[번역] They were selected by the ministry." in (project / "out/ko/note.html").read_text(
        encoding="utf-8"
    )


def test_refused_translation_is_reported_and_source_published(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    evil = '詳細は<a href="https://evil.example/">ここ</a>。'
    translate_po(po_path("loc", "ja", "note"), lambda m: evil if LINK in m else ja(m))
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 0
    # `check` calls it an error (PR406), so `build` does not publish it either
    po = po_path("loc", "ja", "note")
    found = re.search(
        rf"warning: {re.escape(str(po))}:(\d+): PR406 Inline markup "
        + re.escape(
            f"'{LINK}' altered to '<a href=\"https://evil.example/\">' in the translation "
            "(not published: the source sentence stands in)\n"
        ),
        result.output,
    )
    assert found is not None, result.output
    lines = po.read_text(encoding="utf-8").split("\n")
    assert lines[int(found.group(1)) - 1].startswith("msgstr")  # the line of the msgstr
    page = (project / "out/ja/note.html").read_text(encoding="utf-8")
    assert "evil.example" not in page
    assert f"{LINK}Shonan iPark website</a>" in page


def test_missing_release_is_an_input_error(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("build", "nope.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 2
    assert result.output == "nope.md: no such file or folder (check the path)\n"


def test_unknown_locale_is_a_usage_error(project: Path, run_cli: Callable[..., Result]) -> None:
    result = run_cli("build", "note.md", "-d", "loc", "-l", "xx-nope", "-o", "out")
    assert result.exit_code == 2
    assert "unknown locale 'xx-nope'" in result.output


def test_broken_catalog_is_an_input_error(project: Path, run_cli: Callable[..., Result]) -> None:
    po = po_path("loc", "ja", "note")
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "broken\n', encoding="utf-8")
    result = run_cli("build", "note.md", "-d", "loc", "-l", "ja", "-o", "out")
    assert result.exit_code == 2
    assert result.output.startswith(str(po))
    assert not (project / "out").exists()


def test_a_page_with_phrase_breaks_is_translated_whole(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Japanese HTML release with BudouX <wbr> breaks (as Japanese sites and our own
    built pages have them) is extracted and built whole: the English page kept every
    phrase after the first <wbr> in Japanese and called itself 100% translated."""
    monkeypatch.chdir(tmp_path)
    Path("w.html").write_text(
        '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>提携</title>'
        "</head><body><h1>ソリン化粧品、<wbr>金沢ビューティー商事と<wbr>提携</h1>"
        '<p>詳細は<a href="https://x.example/">こちら</a>を<wbr>ご覧ください。</p></body></html>\n',
        encoding="utf-8",
    )
    assert run_cli("extract", "w.html", "-d", "loc").exit_code == 0
    assert run_cli("update", "-d", "loc", "-l", "en").exit_code == 0
    english = {
        "提携": "Partnership",
        "ソリン化粧品、金沢ビューティー商事と提携": "Seorin Cosmetics partners with Kanazawa",
        '詳細は<a href="https://x.example/">こちら</a>をご覧ください。': (
            'See <a href="https://x.example/">the details</a>.'
        ),
    }
    translate_po(po_path("loc", "en", "w"), english.get)
    result = run_cli("build", "w.html", "-d", "loc", "-l", "en", "-o", "out")
    assert result.exit_code == 0, result.output
    page = Path("out/en/w.html").read_text(encoding="utf-8")
    body = page[page.index("<body>") : page.index('<footer class="translation-note"')]
    assert "<h1>Seorin Cosmetics partners with Kanazawa</h1>" in body
    assert 'See <a href="https://x.example/">the details</a>.' in body
    assert not re.search("[\u3040-\u30ff\u4e00-\u9fff]", body)
