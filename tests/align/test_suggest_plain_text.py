"""`glossary suggest` reads names in the words of a pair, not in the markup the page kept:
a Word page's '<span lang="KO">호시조라계기</span>' gave the candidate 'lang KO 호시조라계기'.
Pairs from a folder and from a TMX that `align` wrote are plain text."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import sentence_pairs

EN = """<html><body lang=EN-US>
<p class=MsoTitle><span lang=EN-US>Hoshizora Instruments Opens an Office in Seoul</span></p>
<p class=MsoNormal><span lang=EN-US>Hoshizora Instruments Co., Ltd. opened an office in Seoul on July 8, 2025.</span></p>
<p class=MsoNormal><span lang=EN-US>The office has 12 employees.</span></p>
</body></html>
"""  # noqa: E501
KO = """<html><body lang=KO>
<p class=MsoTitle><span lang=KO>호시조라계기, 서울에 사무소 개설</span></p>
<p class=MsoNormal><span lang=KO>호시조라계기는 </span><span lang=EN-US>2025</span><span lang=KO>년 </span><span lang=EN-US>7</span><span lang=KO>월 </span><span lang=EN-US>8</span><span lang=KO>일 서울에 사무소를 열었습니다.</span></p>
<p class=MsoNormal><span lang=KO>사무소 직원은 </span><span lang=EN-US>12</span><span lang=KO>명입니다.</span></p>
</body></html>
"""  # noqa: E501


def test_folder_pairs_are_plain_text(tmp_path: Path) -> None:
    (tmp_path / "office.en.html").write_text(EN, encoding="utf-8")
    (tmp_path / "office.ko.html").write_text(KO, encoding="utf-8")
    pairs = list(sentence_pairs([tmp_path], jobs=1))
    assert pairs
    for pair in pairs:
        assert "<" not in pair.source and "<" not in pair.target
        assert "lang" not in pair.target
    assert any(p.target.startswith("호시조라계기는 2025년 7월 8일") for p in pairs)


def test_tmx_text_loses_inline_tags_only() -> None:
    from prlocalize.align.batch import _without_markup

    assert _without_markup('<span lang="KO">호시조라계기</span>는') == "호시조라계기는"
    assert _without_markup('<a href="https://x.example/">site</a>') == "site"
    assert _without_markup("<끝>") == "<끝>"
    assert _without_markup("<Japan>") == "<Japan>"
