"""Text wrapped by a mail client or copied out of a PDF: a Korean line that fills the
width goes on in the next line (joined with a space, as Korean wraps between words), and
an English one goes on in a line that starts with a capital ('… served by the Haeyang' /
'Star, a 1,000 TEU vessel …'). A roster or a contact block of long lines stays one item a
line: no sentence ends among them."""

from __future__ import annotations

from prlocalize.readers import parse_text


def _segments(text: str, lang: str) -> list[str]:
    doc = parse_text(text, path="r.txt", format="text", lang=lang)
    return [s.text for s in doc.segments()]


def test_wrapped_korean_paragraph_is_one_sentence_a_sentence() -> None:
    text = (
        "2025년 9월 15일부터 10월 31일까지 부산발 일본행 화물에 20피트\n"
        "컨테이너 1개당 150달러의 성수기 할증료가 적용됩니다. 9월 1일 이전에\n"
        "예약된 화물은 적용 대상에서 제외됩니다.\n"
    )
    assert _segments(text, "ko") == [
        "2025년 9월 15일부터 10월 31일까지 부산발 일본행 화물에 20피트 컨테이너 1개당 "
        "150달러의 성수기 할증료가 적용됩니다.",
        "9월 1일 이전에 예약된 화물은 적용 대상에서 제외됩니다.",
    ]


def test_wrapped_english_line_before_a_capital() -> None:
    text = (
        "Daehan Marine Logistics will open a new weekly container route between\n"
        "Busan and Osaka on May 7, 2025. The route will be served by the Haeyang\n"
        "Star, a 1,000 TEU vessel, with a transit time of 38 hours.\n"
    )
    assert _segments(text, "en") == [
        "Daehan Marine Logistics will open a new weekly container route between Busan "
        "and Osaka on May 7, 2025.",
        "The route will be served by the Haeyang Star, a 1,000 TEU vessel, with a transit "
        "time of 38 hours.",
    ]


def test_lines_of_a_roster_or_contact_block_stay_apart() -> None:
    roster = (
        "Takayuki Ishikawa, Chairman and Representative Director\n"
        "Kenji Moriyama, President and Representative Director\n"
        "Aiko Hirano, Senior Managing Executive Officer\n"
    )
    assert len(_segments(roster, "en")) == 3
    contact = (
        "문의: 사쿠라기식품 한국사무소 홍보담당 김수연 과장\n"
        "서울특별시 강남구 테헤란로 152 강남파이낸스센터 21층\n"
        "전화: 02-3445-8120\n"
    )
    assert len(_segments(contact, "ko")) == 3


def test_two_line_korean_paragraph_is_joined() -> None:
    text = (
        "사쿠라기식품은 9월 5일 서울 성수동에 한국 첫 직영 매장인 '사쿠라기\n"
        "티하우스'를 연다고 18일 밝혔습니다.\n"
    )
    assert _segments(text, "ko") == [
        "사쿠라기식품은 9월 5일 서울 성수동에 한국 첫 직영 매장인 '사쿠라기 티하우스'를 "
        "연다고 18일 밝혔습니다."
    ]
    title = "사쿠라기식품, 서울에 첫 매장 개설\n사쿠라기식품은 9월 5일 첫 매장을 엽니다.\n"
    assert len(_segments(title, "ko")) == 2
