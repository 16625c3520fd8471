"""Parts of an HTML release declared in another language (lang=...) are not fragments."""

from __future__ import annotations

from pathlib import Path

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Release</title></head>
<body>
<p>Shonan iPark welcomed ten new tenants this spring.</p>
<div lang="ja"><p>湘南アイパークに新たに10社が入居しました。</p></div>
<p lang="ko-KR">새로운 입주 기업 10곳을 환영합니다.</p>
<p>More details are posted 여기에서.</p>
</body></html>
"""


def test_declared_blocks_carry_their_language() -> None:
    document = parse_text(PAGE, path="release.html", format="html")
    assert document.lang == "en"
    langs = [block.attr("lang") for block in document.blocks if block.segments]
    assert langs == [None, None, "ja", "ko-KR", None]  # the <title>, then the body


def test_only_the_undeclared_fragment_is_reported() -> None:
    glossary = load_glossaries([REPO / "glossaries"])
    document = parse_text(PAGE, path="release.html", format="html")
    rules = select_rules(["PR201"])
    found = check_document(document, glossary, TermMatcher.build(glossary, "en"), rules)
    assert [f.found for f in found] == ["여기에서"]


INLINE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Release</title></head>
<body>
<p>The Korean title, <span lang="ko">보도자료</span>, means press release.</p>
<p>More details are posted <span class="note">여기에서</span>.</p>
</body></html>
"""


def test_a_phrase_declared_inline_is_kept_and_not_reported() -> None:
    glossary = load_glossaries([REPO / "glossaries"])
    document = parse_text(INLINE, path="release.html", format="html")
    texts = [s.text for s in document.segments()]
    assert 'The Korean title, <span lang="ko">보도자료</span>, means press release.' in texts
    assert "More details are posted 여기에서." in texts  # a span without lang says nothing
    rules = select_rules(["PR201"])
    found = check_document(document, glossary, TermMatcher.build(glossary, "en"), rules)
    assert [f.found for f in found] == ["여기에서"]
