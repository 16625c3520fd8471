"""PR401 on a Korean place whose last syllables spell a title ('행사장' holds 사장, '전시장'
시장): a venue or an exhibition hall is no president or mayor left out; the title itself
is still looked for."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "pres", Kind.TITLE, {"ko": Term("사장"), "ja": Term("社長"), "en": Term("President")}
        ),
        Entry("mayor", Kind.TITLE, {"ko": Term("시장"), "ja": Term("市長"), "en": Term("Mayor")}),
    ]
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "행사장은 부산 벡스코 제1전시장 2층이다.", "会場は釜山BEXCO第1展示場2階。"),
        ("en", "행사장 입구에서 안내한다.", "Guidance will be given at the venue entrance."),
        ("en", "공사장 주변 도로가 통제된다.", "Roads around the building site will be closed."),
    ],
)
def test_a_place(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


def test_the_title_left_out() -> None:
    msgid = "김민수 사장은 행사장에서 인사말을 했다."
    msgstr = "金ミンス氏は会場であいさつした。"
    assert "PR401" in translation_codes("ja", msgid, msgstr, glossary=GLOSSARY)


# a title whose syllables open a longer word: '사장교' is a cable-stayed bridge (斜張橋),
# '부장판사' a presiding judge, '시장경제' a market economy
@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "가온대교는 총연장 1,350m의 사장교로 건설된다.",
            "The Gaon Bridge will be a 1,350-meter cable-stayed bridge.",
        ),
        ("ja", "가온대교는 주탑 높이 180m의 사장교다.", "カオン大橋は主塔の高さ180mの斜張橋です。"),
        ("en", "시장경제 원칙을 지킨다.", "It upholds the principles of a market economy."),
    ],
)
def test_a_longer_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("김도현 사장은 사장교 공사를 점검했다.", "Kim Do-hyun inspected the cable-stayed bridge."),
        ("김도현 사장님께서 인사말을 했다.", "Kim Do-hyun gave a greeting."),
        ("이 시장이 사장교 개통식에 참석했다.", "Lee attended the bridge's opening."),
        # the plural is the title still
        ("두 사장들이 협약서에 서명했다.", "The two chiefs signed the agreement."),
    ],
)
def test_the_title_beside_it_still_looked_for(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


def test_a_student_of_a_course_is_its_title() -> None:
    # '박사과정생' is the course's student: the sheet's 'Ph.D. candidate', not a longer word
    glossary = Glossary(
        [
            Entry(
                "phd",
                Kind.TITLE,
                {"ko": Term("박사과정"), "ja": Term("博士課程"), "en": Term("Ph.D. candidate")},
            )
        ]
    )
    msgid = "제1저자인 최민준 박사과정생이 참여했다."
    kept = "First author Choi Min-jun, a Ph.D. candidate, took part."
    other = "First author Choi Min-jun, a doctoral student, took part."
    assert "PR401" not in translation_codes("en", msgid, kept, glossary=glossary)
    assert "PR401" in translation_codes("en", msgid, other, glossary=glossary)
