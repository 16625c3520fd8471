"""Text copied out of a PDF: each page repeats a running header and ends in a page number
('- 1 -', '1/2', 'Page 1 of 2'), a form feed between pages, and a typesetter cut words at
a line's end ('manu-' / 'facturing'). The page's furniture is no part of the release, a
paragraph the page cut goes on over it, and a word cut at a line's end is one word."""

from __future__ import annotations

from prlocalize.readers import parse_text

EN = """Aoba Paper Co., Ltd.                                          NEWS RELEASE

        Aoba Paper to Build a Recycling Plant in Sendai

Aoba Paper Co., Ltd. will build a recycling plant in Sendai to meet the rising
demand for recycled cardboard from online retailers. Construction will begin
in June 2026. The plant will make 40,000 tons of cardboard a year, and its manu-
facturing line will be state-of-the-art, the company's first in the Tohoku
region and the largest in its history, with a twenty-five year lease of the

                                    - 1 -
\f
Aoba Paper Co., Ltd.                                          NEWS RELEASE

site from the city. It will employ 85 people.

About Aoba Paper
Aoba Paper Co., Ltd. was founded in 1948 and makes paper and cardboard.

                                    - 2 -
"""
KO = """아오바제지                                        보도자료

아오바제지는 온라인 유통업체의 재생 골판지 수요 증가에 대응하기 위해 센다이에
재활용 공장을 건설한다고 밝혔습니다. 공장은 2026년 6월 착공하며 연간 4만 톤의

                                    1/2
\f
아오바제지                                        보도자료

골판지를 생산합니다. 직원은 85명입니다.

                                    2/2
"""


def _texts(text: str, lang: str) -> list[str]:
    doc = parse_text(text, path="r.txt", format="text", lang=lang)
    return [s.text for s in doc.segments()]


def test_english_pdf_text() -> None:
    texts = _texts(EN, "en")
    assert texts == [
        "Aoba Paper to Build a Recycling Plant in Sendai",
        "Aoba Paper Co., Ltd. will build a recycling plant in Sendai to meet the rising "
        "demand for recycled cardboard from online retailers.",
        "Construction will begin in June 2026.",
        "The plant will make 40,000 tons of cardboard a year, and its manufacturing line "
        "will be state-of-the-art, the company's first in the Tohoku region and the largest "
        "in its history, with a twenty-five year lease of the site from the city.",
        "It will employ 85 people.",
        "About Aoba Paper",
        "Aoba Paper Co., Ltd. was founded in 1948 and makes paper and cardboard.",
    ]


def test_korean_pdf_text() -> None:
    assert _texts(KO, "ko") == [
        "아오바제지는 온라인 유통업체의 재생 골판지 수요 증가에 대응하기 위해 센다이에 "
        "재활용 공장을 건설한다고 밝혔습니다.",
        "공장은 2026년 6월 착공하며 연간 4만 톤의 골판지를 생산합니다.",
        "직원은 85명입니다.",
    ]


def test_segments_point_into_the_file() -> None:
    doc = parse_text(EN, path="r.txt", format="text", lang="en")
    for segment in doc.segments():
        assert segment.span.start < segment.span.end
        first = EN[segment.span.start : segment.span.end].split("\n")[0]
        assert segment.text.startswith(first.rstrip("-").strip())


def test_a_release_without_pages_keeps_its_numbers_and_lines() -> None:
    text = (
        "Results at a glance\n\n"
        "Net sales rose 8%.\n\n"
        "1/2\n\n"
        "Half of the plants run on solar power, a share the company plans to raise to\n"
        "two thirds by 2030.\n"
    )
    assert "1/2" not in _texts(text, "en")  # a page number between pages, even so
    two = "Results\n\nThe company will open a new plant under its well-\nknown brand name.\n"
    assert _texts(two, "en")[-1].endswith("under its well-known brand name.")


def test_a_line_cut_inside_a_bracket_goes_on_where_the_bracket_closes() -> None:
    """A notice's items copied out of a PDF: the page cut 'New Representative Director
    and President: Kaoru Nishina (currently' before 'Senior Managing Executive
    Officer)', which was an item of its own (a heading, then a line). Lines that each
    close what they open stay apart, and a next line that starts a new item ('#', '+')
    is not taken in."""
    text = (
        "New Representative Director and President: Kaoru Nishina (currently\n"
        "Senior Managing Executive Officer)\n"
        "Retiring Representative Director: Goro Takanashi (to become Chairman of the\n"
        "Board)\n"
        "Effective date: April 1, 2027\n"
    )
    assert _texts(text, "en") == [
        "New Representative Director and President: Kaoru Nishina (currently "
        "Senior Managing Executive Officer)",
        "Retiring Representative Director: Goro Takanashi (to become Chairman of the Board)",
        "Effective date: April 1, 2027",
    ]
    notes = "+ report.po 60 PR404 the figure (at le\n+ report.po 92 PR404 at 5:00 p.m. ET)\n"
    assert len(_texts(notes, "en")) == 2


def test_a_japanese_line_cut_after_a_closing_bracket_goes_on() -> None:
    """A Japanese paragraph copied out of a PDF, cut right after a product's name in
    「」: '…治療薬「ホシノール」' / 'の販売が好調で…' was two segments."""
    text = (
        "星野製薬株式会社は本日、2026年度上期の連結業績を発表しました。売上収\n"
        "益は、抗アレルギー薬の販売が伸びたことに加え、新薬「ホシノール」\n"
        "の販売が好調だったことから、前年同期比4.1%増の812億円となりました。\n"
    )
    assert _texts(text, "ja") == [
        "星野製薬株式会社は本日、2026年度上期の連結業績を発表しました。",
        "売上収益は、抗アレルギー薬の販売が伸びたことに加え、新薬「ホシノール」"
        "の販売が好調だったことから、前年同期比4.1%増の812億円となりました。",
    ]
    # a short line ending in a name in brackets is an item of its own
    items = "新製品のご案内\n「ホシノール」\n「ホシノールEX」\n"
    assert len(_texts(items, "ja")) == 3


def test_a_page_number_and_a_form_feed_turn_one_page() -> None:
    """A viewer's copy puts the form feed on a line of its own after the page number: the
    next page's first line was counted twice as a page's top, taken for a running header
    and dropped, half of a sentence with it."""
    text = (
        "Harbour Lights Festival Returns to Minato Pier\n\n"
        "The festival will light the pier with 20,000 lanterns from August 1 to 9. The\n"
        "organisers expect about 80,000 visitors over the nine days.\n\n"
        "                                    - 1 -\n"
        "\f\n"
        "Festival director\n"
        "Noriko Amami said the lanterns are made by local schools.\n\n"
        "                                    - 2 -\n"
    )
    texts = _texts(text, "en")
    assert "Festival director" in " ".join(texts)
    assert not any("- 1 -" in t or "- 2 -" in t for t in texts)


def test_a_running_header_of_two_lines_is_left_out_of_every_page() -> None:
    """'NEWS RELEASE' over the company's name at the top of each page: both lines are
    the page's, not a heading of the release repeated on page 2."""
    page = "                                            NEWS RELEASE\nTakase Ropeway Co., Ltd.\n\n"
    text = (
        page
        + "Takase Ropeway to Add Night Runs\n\n"
        + "Takase Ropeway Co., Ltd. will run its cabins until 9 p.m. from July.\n\n"
        + "Page 1 of 2\n"
        + "\f"
        + page
        + "The last cabin down will leave the summit at 8:40 p.m.\n\n"
        + "Page 2 of 2\n"
    )
    assert _texts(text, "en") == [
        "Takase Ropeway to Add Night Runs",
        "Takase Ropeway Co., Ltd. will run its cabins until 9 p.m. from July.",
        "The last cabin down will leave the summit at 8:40 p.m.",
    ]
