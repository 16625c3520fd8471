"""A line a Korean or Japanese page keeps in English as written (a logo's alt, a
copyright line) is as long as the English, not as a translation would be: it pairs
with the same line, not with the English line a translation's length would fit (the
page's title, 'Minase Valve Works Ltd. - News Release', beside the alt 'Minase Valve
Works')."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

PAGE = """<html><head><title>{title}</title></head><body>
<table width="760">
<tr><td><a href="../../index.html"><img src="logo.gif" alt="Minase Valve Works"></a></td></tr>
<tr><td align="right"><font size="2">{date}</font></td></tr>
<tr><td><b><font size="3">{headline}</font></b></td></tr>
{body}
<tr><td align="right"><a href="index.html">{back}</a></td></tr></table>
</body></html>
"""
EN = PAGE.format(
    title="Minase Valve Works Ltd. - News Release",
    date="April 15, 2009",
    headline="Minase Valve Develops a Compact Ball Valve",
    body="\n".join(
        f'<tr><td class="txt"><font size="2">{p}</font></td></tr>\n<tr><td>&nbsp;</td></tr>'
        for p in (
            "Minase Valve Industries, Ltd. has developed a compact ball valve for hydrogen "
            "filling stations.",
            "The new valve is 30% lighter than the company's current model. Samples will ship "
            "in June.",
            "Minase Valve aims for sales of 800 million yen from the product in fiscal 2011.",
        )
    ),
    back="Back to News List",
)
KO = PAGE.format(
    title="미나세밸브 - 뉴스",
    date="2009년 4월 15일",
    headline="미나세밸브공업, 소형 볼밸브 개발",
    body="\n".join(
        f'<tr><td class="txt"><font size="2">{p}</font></td></tr>\n<tr><td>&nbsp;</td></tr>'
        for p in (
            "미나세밸브공업은 수소충전소용 소형 볼밸브를 개발했다.",
            "신제품은 기존 제품보다 30% 가볍다. 샘플 출하는 6월에 시작한다.",
            "미나세밸브공업은 2011년도에 이 제품으로 8억 엔의 매출을 목표로 한다.",
        )
    ),
    back="목록으로",
)


def test_an_alt_kept_in_english_pairs_with_itself(tmp_path: Path) -> None:
    source, target = tmp_path / "valve.en.html", tmp_path / "valve.ko.html"
    source.write_text(EN, encoding="utf-8")
    target.write_text(KO, encoding="utf-8")
    alignment = align_files(source, target)
    pairs = {alignment.source_text(b): alignment.target_text(b) for b in alignment.accepted()}
    assert pairs["Minase Valve Works"] == "Minase Valve Works"
    assert pairs["Minase Valve Works Ltd. - News Release"] == "미나세밸브 - 뉴스"
