"""A Japanese contact block whose first line names the office and the person and whose
next lines open with a label ('電話：', 'メール：', '担当：'): each line is an item of its
own, not a paragraph wrapped after the name ('…広報課 高畑 理央電話：…' glued the
person's name to the label). A long Japanese line that fills the block's width still goes
on in the next line, label or not."""

from __future__ import annotations

from prlocalize.readers import parse_text


def _segments(text: str) -> list[str]:
    doc = parse_text(text, path="r.txt", format="text", lang="ja")
    return [s.text for s in doc.segments()]


def test_name_line_and_labelled_lines_stay_apart() -> None:
    text = (
        "■報道関係のお問い合わせ\n"
        "みなと臨海開発株式会社 経営企画部 広報課 高畑 理央\n"
        "電話：045-210-3388（平日9:00～17:30）\n"
        "メール：koho@minato-rinkai.example\n"
    )
    assert _segments(text)[1:] == [
        "みなと臨海開発株式会社 経営企画部 広報課 高畑 理央",
        "電話：045-210-3388（平日9:00～17:30）",
        "メール：koho@minato-rinkai.example",
    ]


def test_office_line_then_person_in_charge() -> None:
    text = "横浜市港湾局 客船誘致課 国際プロモーション係\n担当：江口 真澄\n電話：045-671-0000\n"
    assert _segments(text) == [
        "横浜市港湾局 客船誘致課 国際プロモーション係",
        "担当：江口 真澄",
        "電話：045-671-0000",
    ]


def test_a_line_that_fills_the_width_still_goes_on() -> None:
    text = (
        "みなと臨海開発株式会社は、横浜港の新しい客船ターミナルの運営会社を設立し、その社名\n"
        "は「みなとクルーズターミナル株式会社」、所在地は横浜市中区とすることを決めました。新会\n"
        "社名：みなとクルーズターミナル株式会社は来年4月に営業を始めます。\n"
    )
    assert len(_segments(text)) == 2
