"""Word's 'Web Page' writes a list paragraph's bullet or number for other browsers inside
<![if !supportLists]> … <![endif]> ('l' in Wingdings, '·' in Symbol, '1.' and a run of
&nbsp;): no part of the text, so no part of a segment, a msgid or a memory unit."""

from __future__ import annotations

from prlocalize.readers import parse_text

PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>Highlights of the new model:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Wingdings'>l<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Price: 380,000 yen before tax<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Monthly output: 500 units<o:p></o:p></p>
<p class=MsoNormal>Sales start on April 1.<o:p></o:p></p>
</div></body></html>
"""  # noqa: E501


def test_word_list_bullets_are_no_text() -> None:
    doc = parse_text(PAGE, path="r.htm", format="html")
    texts = [s.text for s in doc.segments()]
    assert texts == [
        "Highlights of the new model:",
        "Price: 380,000 yen before tax",
        "Monthly output: 500 units",
        "Sales start on April 1.",
    ]
    for segment in doc.segments():
        assert PAGE[segment.span.start : segment.span.end] == segment.text
