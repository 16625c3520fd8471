"""PR401 on the short forms of a joint release: two or more bodies, each defined once
with its own short form in the source ('Sorano Foods Co., Ltd. ("Sorano") and Gaon Pharm
Inc. ("Gaon")') and with the translation's own ('以下「空野」', '이하 '가온'').

* A short form the source defines names its body wherever the source writes it again:
  the translation must name that body there (by its glossary form, the translation's
  own short form, '当社'…), not the partner.
* A glossary term inside a short form the source defines for another body ('西崎' of
  「西崎大」, the university) is not that term.
"""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "org:sorano",
            Kind.ORG,
            {
                "en": Term("Sorano Foods Co., Ltd.", variants=("Sorano Foods",)),
                "ja": Term("空野食品株式会社", variants=("空野食品",)),
                "ko": Term("소라노식품 주식회사", variants=("소라노식품",)),
            },
        ),
        Entry(
            "org:gaon",
            Kind.ORG,
            {
                "en": Term("Gaon Pharm Inc.", variants=("Gaon Pharm",)),
                "ja": Term("ガオンファーム株式会社", variants=("ガオンファーム",)),
                "ko": Term("가온팜 주식회사", variants=("가온팜",)),
            },
        ),
        Entry(
            "org:nishizaki-u",
            Kind.ORG,
            {
                "en": Term("Nishizaki University"),
                "ja": Term("西崎大学"),
                "ko": Term("니시자키대학"),
            },
        ),
        Entry("place:nishizaki", Kind.PLACE, {"en": Term("Nishizaki"), "ja": Term("西崎")}),
    ]
)

EN_DEFINITION = (
    'Sorano Foods Co., Ltd. ("Sorano") and Gaon Pharm Inc. ("Gaon") have signed an '
    'agreement (the "Agreement") to sell a ginger drink in Japan.'
)
JA_DEFINITION = (
    "空野食品株式会社（以下「空野」）とガオンファーム株式会社（以下「ガオン」）は、"
    "しょうが飲料を日本で販売する契約（以下「本契約」）を締結しました。"
)
KO_DEFINITION = (
    "소라노식품 주식회사(이하 '소라노')와 가온팜 주식회사(이하 '가온')는 생강 음료를 "
    "일본에서 판매하는 계약(이하 '본 계약')을 체결했다."
)
SELLS = "Under the Agreement, Sorano will sell the drink through its stores."


def _pr401(locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    quoted = [(a.replace('"', '\\"'), b.replace('"', '\\"')) for a, b in pairs]
    findings = catalog_findings(locale, quoted, glossary=GLOSSARY)
    return [f.found or "" for f in findings if f.code == "PR401"]


def test_short_form_given_to_the_partner() -> None:
    wrong = "本契約に基づき、ガオンは自社の店舗でこの飲料を販売します。"
    assert _pr401("ja", [(EN_DEFINITION, JA_DEFINITION), (SELLS, wrong)]) == ["Sorano"]


@pytest.mark.parametrize(
    ("locale", "definition", "msgstr"),
    [
        ("ja", JA_DEFINITION, "本契約に基づき、空野は自社の店舗でこの飲料を販売します。"),
        ("ja", JA_DEFINITION, "本契約に基づき、空野食品が自社の店舗でこの飲料を販売します。"),
        # the subject left unsaid, as Japanese does
        ("ja", JA_DEFINITION, "本契約に基づき、自社の店舗でこの飲料を販売します。"),
        ("ko", KO_DEFINITION, "본 계약에 따라 소라노는 자사 매장에서 이 음료를 판매한다."),
    ],
)
def test_short_form_rendered(locale: str, definition: str, msgstr: str) -> None:
    assert _pr401(locale, [(EN_DEFINITION, definition), (SELLS, msgstr)]) == []


def test_defined_word_after_no_name_names_no_body() -> None:
    # 'the "Agreement"' follows the agreement, not Gaon Pharm, the name written before it
    pairs = [
        (EN_DEFINITION, JA_DEFINITION),
        ("The Agreement runs for five years.", "本契約の期間は5年間です。"),
    ]
    assert _pr401("ja", pairs) == []


def test_term_inside_a_short_form_of_another_body() -> None:
    pairs = [
        (
            "西崎大学（以下「西崎大」）と空野食品株式会社は、共同研究を始めます。",
            'Nishizaki University ("NU") and Sorano Foods Co., Ltd. will start joint research.',
        ),
        ("西崎大が試験を担当します。", "NU will run the trials."),
    ]
    assert _pr401("en", pairs) == []


def test_place_itself_still_checked() -> None:
    pairs = [
        (
            "西崎大学（以下「西崎大」）と空野食品株式会社は、共同研究を始めます。",
            'Nishizaki University ("NU") and Sorano Foods Co., Ltd. will start joint research.',
        ),
        ("試験は西崎の工場で行います。", "The trials take place at the plant in Kitano."),
    ]
    assert _pr401("en", pairs) == ["西崎"]


def test_word_for_a_body_defined_as_its_short_form() -> None:
    # 「当社」 is no name of the company: an English translation says 'we' for it
    pairs = [
        (
            "空野食品株式会社（以下「当社」）は、新工場を建設します。",
            'Sorano Foods Co., Ltd. (the "Company") will build a new plant.',
        ),
        ("当社は2028年に生産を始めます。", "We will start production in 2028."),
    ]
    assert _pr401("en", pairs) == []


def test_short_form_in_a_headline_before_its_definition() -> None:
    pairs = [
        (
            "Sorano and Gaon to Sell a Ginger Drink in Japan",
            "空野とガオン、しょうが飲料を日本で販売",
        ),
        (EN_DEFINITION, JA_DEFINITION),
    ]
    assert _pr401("ja", pairs) == []
    pairs[0] = (pairs[0][0], "空野、しょうが飲料を日本で販売")
    assert _pr401("ja", pairs) == ["Gaon"]


NISHIZAKI = (
    'Sorano Foods Co., Ltd. and Nishizaki University ("Nishizaki") will study ginger.',
    "空野食品株式会社と西崎大学（以下「西崎大」）は、しょうがを研究します。",
)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        # the release's 'Nishizaki' is the university, not the district of the sheet
        ("Nishizaki will run the trials.", "西崎大が試験を担当します。", []),
        (
            "Nishizaki will compare them with a trial near Nishizaki Station.",
            "空野は、西崎駅の近くでの試験の結果と比較します。",
            ["Nishizaki"],
        ),
        # a longer name going on from it is the district's
        ("The trials take place near Nishizaki Station.", "試験は西崎駅の近くで行います。", []),
    ],
)
def test_short_form_that_is_another_entrys_name(msgid: str, msgstr: str, found: list[str]) -> None:
    assert _pr401("ja", [NISHIZAKI, (msgid, msgstr)]) == found


@pytest.mark.parametrize(
    ("locale", "definition", "msgstr"),
    [
        ("ja", JA_DEFINITION, "本契約に基づき、空野食晶は自社の店舗でこの飲料を販売します。"),
        ("ko", KO_DEFINITION, "본 계약에 따라 소라노식붐은 자사 매장에서 이 음료를 판매한다."),
    ],
)
def test_company_named_one_letter_off_is_not_left_unsaid(
    locale: str, definition: str, msgstr: str
) -> None:
    assert _pr401(locale, [(EN_DEFINITION, definition), (SELLS, msgstr)]) == ["Sorano"]


def test_short_form_opening_another_name() -> None:
    # the company's plant is named in its own right, and translated so
    pairs = [
        (EN_DEFINITION, "소라노식품 주식회사와 가온팜 주식회사는 생강 음료 판매 계약을 체결했다."),
        ("The drink is made at the Gaon Ginger Plant.", "음료는 가온 생강 공장에서 생산된다."),
    ]
    assert _pr401("ko", pairs) == []


HOTELS = Glossary(
    [
        Entry(
            "org:halcyon",
            Kind.ORG,
            {
                "en": Term("Halcyon Hotels & Resorts"),
                "ja": Term("ハルシオン・ホテルズ＆リゾーツ"),
                "ko": Term("할시온 호텔 앤 리조트"),
            },
        )
    ]
)
OPENS = "Halcyon Hotels & Resorts today announced a new hotel in Osaka."
RUNS = "Headquartered in Singapore, Halcyon Hotels & Resorts operates 64 hotels."


@pytest.mark.parametrize(
    ("locale", "announced", "msgstr", "found"),
    [
        # a letter added or dropped ('앤드' for '앤', 'リゾート' for 'リゾーツ'): named, misspelt
        (
            "ko",
            "할시온 호텔 앤 리조트는 오사카에 새 호텔을 연다고 밝혔다.",
            "싱가포르에 본사를 둔 할시온 호텔 앤드 리조트는 64개 호텔을 운영한다.",
            ["Halcyon Hotels & Resorts"],
        ),
        (
            "ja",
            "ハルシオン・ホテルズ＆リゾーツは本日、大阪での新ホテルを発表しました。",
            "シンガポールに本社を置くハルシオン・ホテル＆リゾーツは、64軒のホテルを運営しています。",
            ["Halcyon Hotels & Resorts"],
        ),
        # left unsaid, as the language drops a subject the reader knows
        (
            "ko",
            "할시온 호텔 앤 리조트는 오사카에 새 호텔을 연다고 밝혔다.",
            "싱가포르에 본사를 두고 64개 호텔을 운영한다.",
            [],
        ),
    ],
)
def test_company_named_a_letter_longer_or_shorter(
    locale: str, announced: str, msgstr: str, found: list[str]
) -> None:
    pairs = [(OPENS, announced), (RUNS, msgstr)]
    findings = catalog_findings(locale, pairs, glossary=HOTELS)
    assert [f.found or "" for f in findings if f.code == "PR401"] == found
