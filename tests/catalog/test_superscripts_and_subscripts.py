"""PR404 on the figures a research release writes with superscripts and subscripts: a
power of ten ('× 10⁻³', '10⁵ Pa'), with the figure it multiplies or not ('6.2 × 10³'), is
one value, so a changed exponent is a changed figure, however the translation writes it
('10^-3', '6,200'); a chemical formula's subscripts ('CO₂', 'LiFePO₄') are the digits of
its designation, so 'CO₃' for 'CO₂' is changed and the formula named in words is left
out (PR409, as 'CO2' is). An affiliation mark after a name ('Inoue¹') and a footnote's
mark after a year are no figures."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _found(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    return [(f.code, f.found or "") for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ko",
            "Its resistance rose by 4.1 × 10⁻³ Ω per cycle.",
            "저항은 사이클당 4.1 × 10⁻² Ω 올랐다.",
            [("PR404", "4.1 × 10⁻²")],
        ),
        (
            "ja",
            "The film held at 10⁵ Pa.",
            "この膜は10⁶ Paに耐えました。",
            [("PR404", "10⁶")],
        ),
        (
            "ja",
            "It turned over 6.2 × 10³ times a second.",
            "1秒に6.2 × 10⁴回反応しました。",
            [("PR404", "6.2 × 10⁴")],
        ),
        (
            "ja",
            "The cells released less CO₂ than before.",
            "電池が出すCO₃は以前より少なくなりました。",
            [("PR404", "CO₃")],
        ),
        (
            "ko",
            "The cathode is made of LiMnPO₄.",
            "양극은 LiMnPO₃로 만들었다.",
            [("PR404", "LiMnPO₃")],
        ),
    ],
)
def test_a_changed_exponent_or_formula_is_reported(
    locale: str, msgid: str, msgstr: str, found: list[tuple[str, str]]
) -> None:
    assert _found(locale, msgid, msgstr) == found


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "Its resistance rose by 4.1 × 10⁻³ Ω per cycle.",
            "저항은 사이클당 4.1 × 10⁻³ Ω 올랐다.",
        ),
        (
            "ja",
            "Its resistance rose by 4.1 × 10⁻³ Ω per cycle.",
            "抵抗は1サイクルあたり4.1 × 10^-3 Ω上がりました。",
        ),
        ("ja", "The film held at 10⁵ Pa.", "この膜は100,000 Paに耐えました。"),
        ("ja", "It turned over 6.2 × 10³ times a second.", "1秒に6,200回反応しました。"),
        ("ko", "It turned over 6.2 × 10³ times a second.", "초당 6.2×10^3회 반응했다."),
        ("ko", "The cells released less CO₂ and H₂O.", "전지가 내놓는 CO₂와 H₂O가 줄었다."),
        ("ko", "Al₂O₃ coatings slowed it down.", "Al₂O₃ 코팅은 이를 늦췄다."),
        ("ja", "Mika Tanabe¹, Ho-jin Yoo²* and Lena Ortiz³", "田辺 美香、ユ・ホジン、Lena Ortiz"),
        ("ko", "The method was first used in 2021².", "이 방법은 2021년에 처음 쓰였다."),
    ],
)
def test_the_same_figures_written_otherwise_stay_silent(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _found(locale, msgid, msgstr) == []


def test_a_formula_named_in_words_is_left_out_not_changed() -> None:
    found = _found(
        "ja", "The cells released less CO₂ than before.", "電池が出す二酸化炭素は減りました。"
    )
    assert found == [("PR409", "CO₂")]
