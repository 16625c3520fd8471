"""PR202: 'here' written as the page where something is found or done, copied into plain
text without its address. In Korean, what the reader looks for or does is the topic
('견학 신청은 여기에서 할 수 있다', '자세한 정보는 여기에서 볼 수 있다'); in Japanese, a page where
something is posted or checked ('後日こちらに掲載します', 'こちらでご確認ください'); and 'こちら'
alone in brackets or as a label's value ('予約サイト：こちら'), a link's label. 'Here' as a
place ('여기서 일하는', 'こちらにお越し') is not reported."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(lines: str, lang: str) -> list[str]:
    opening = {
        "ko": "구립도서관은 이달부터 야간 열람실을 운영한다고 밝혔다.",
        "ja": "市立図書館は、今月から夜間閲覧室の運営を開始しました。",
    }[lang]
    document = parse_text(f"{opening}\n\n{lines}\n", path="r.txt", format="text", lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR202"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        ("이용 신청은 여기에서 할 수 있다.", ["여기에서"]),
        ("자세한 정보는 여기에서 볼 수 있다.", ["여기에서"]),
        ("신청서는 여기서 받으면 된다.", ["여기서"]),
        ("참가 접수는 여기로 하면 된다.", ["여기로"]),
        ("이용 신청은 여기에서 할 수 있다.\nhttps://library.example.go.kr/apply", []),
        ('관장은 "여기서 일하는 사서들 덕분"이라고 말했다.', []),
        ("올해 일정은 여기까지다.", []),
        ("그 내용은 여기에 모두 담겨 있다.", []),
        ("올해 행사 일정은 여기서 마무리된다.", []),
        ("참가 신청은 여기로 하면 된다.", ["여기로"]),
        ("온라인 신청: 여기", ["여기"]),
        ("장소: 여기서 가까운 구립공원", []),
    ],
)
def test_a_korean_here_of_a_page(lines: str, found: list[str]) -> None:
    assert _found(lines, "ko") == found


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        ("利用案内は、後日、こちらに掲載します。", ["こちらに"]),
        ("開館時間はこちらでご確認ください。", ["こちらで"]),
        ("詳細は図書館ウェブサイト（こちら）をご覧ください。", ["こちら"]),
        ("開館時間はこちらでご確認ください。\nhttps://library.example.lg.jp/hours", []),
        ("ぜひこちらにお越しください。", []),
        ("こちらの閲覧室は予約制です。", []),
        ("こちらで用意した資料を配布します。", []),
        ("予約サイト：こちら", ["こちら"]),
        ("申込フォーム: こちら", ["こちら"]),
        ("会場：ここ数年で最も広い閲覧室", []),
    ],
)
def test_a_japanese_here_of_a_page(lines: str, found: list[str]) -> None:
    assert _found(lines, "ja") == found
