"""PR404: a list of prices by category (admission by age or school, tickets by seat) whose
translation gives two categories each other's price ('Adults ¥1,800; university students
¥1,200' as '一般1,200円、大学生1,800円', 'R석 12만 원, S석 9만 원' as 'R seats 90,000 won, S
seats 120,000 won') was silent: every figure was still there. Each price is read with
the category right before it; a list kept, in another order, or a price after no
category stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FEES_EN = "Admission: Adults ¥1,800; university students ¥1,200; high school students free"
FEES_JA = "観覧料：一般1,600円、大学生1,000円、高校生以下無料"
SEATS_KO = "입장권: R석 12만 원, S석 9만 원, A석 5만 원"


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR404" and "each other's" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FEES_EN, "観覧料：一般1,200円、大学生1,800円、高校生無料"),
        ("en", FEES_JA, "Admission: Adults ¥1,000; university students ¥1,600; "
         "high school students and younger free"),
        ("ko", FEES_JA, "관람료: 일반 1,000엔, 대학생 1,600엔, 고등학생 이하 무료"),
        ("en", SEATS_KO, "Tickets: R seats 90,000 won, S seats 120,000 won, A seats 50,000 won"),
        ("ja", SEATS_KO, "チケット：R席12万ウォン、S席5万ウォン、A席9万ウォン"),
    ],
)  # fmt: skip
def test_prices_given_each_others_category_are_reported(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _swapped(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", FEES_EN, "観覧料：一般1,800円、大学生1,200円、高校生無料"),
        ("ja", FEES_EN, "観覧料：大学生1,200円、一般1,800円、高校生無料"),
        ("en", FEES_JA, "Admission: ¥1,600 for adults, ¥1,000 for university students, "
         "free for high school students and younger"),
        ("en", SEATS_KO, "Tickets: R seats 120,000 won, S seats 90,000 won, A seats 50,000 won"),
        ("ko", "Adults ¥1,800 (¥1,600 in advance)", "성인 1,800엔(예매 1,600엔)"),
        ("ja", "General 1,000 yen and 2 adults 1,500 yen", "一般1,000円、大人2名1,500円"),
    ],
)  # fmt: skip
def test_prices_kept_with_their_category_pass(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


def test_the_translation_is_not_read_for_a_source_without_a_list_of_prices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a source with fewer than two prices by category has no list to swap: build's gate
    # reads every pair, and reading the translation's categories cost as much again
    from prlocalize.catalog import fee_categories

    read: list[str] = []
    prices = fee_categories._prices

    def counted(text: str, lang: str) -> dict[str, tuple[object, str]]:
        read.append(text)
        return prices(text, lang)  # type: ignore[return-value]

    monkeypatch.setattr(fee_categories, "_prices", counted)
    one = "Admission for adults is ¥1,800."
    assert fee_categories.categories_swapped(one, "大人の入場料は1,800円。", "en", "ja") is None
    assert read == [one]
    assert fee_categories._prices("一般、大学生、高校生", "ja") == {}
    assert fee_categories.categories_swapped(FEES_EN, "一般1,200円、大学生1,800円", "en", "ja")
