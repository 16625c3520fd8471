"""PR404 on how English translations of statutes and judgments number what Japanese and
Korean write in figures: an article's item in lower-case Roman numerals ('第2条第9項第6号'
as 'Article 2, paragraph (9), item (vi)'; '제45조 제1항 제9호' as 'Article 45(1)(ix)') and
a trial's instance in words ('1심', '第1審' as 'at first instance', '2심' as 'on
appeal'); and the U.S. Code's title ('35 U.S.C. § 271'), which Japanese and Korean say
by the law's name. Each was reported as its number missing; an item, an instance or a
section changed is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA_ITEM = "東和化成の行為は、独占禁止法第2条第9項第6号に該当します。"
KO_ITEM = "한빛전자는 공정거래법 제45조 제1항 제9호를 위반했다."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            JA_ITEM,
            "Towa Kasei's conduct falls under Article 2, paragraph (9), item (vi) of the "
            "Antimonopoly Act.",
        ),
        ("en", KO_ITEM, "Hanbit Electronics violated Article 45(1)(ix) of the Fair Trade Act."),
        (
            "en",
            "同法第2条第1項第2号及び第3号に該当する。",
            "It falls under Article 2, paragraph (1), items (ii) and (iii) of the Act.",
        ),
        (
            "ja",
            "It falls under item (iii) of Article 2 of the Act.",
            "同法第2条第3号に該当します。",
        ),
        (
            "en",
            "1심 재판부는 한빛전자의 청구를 기각했다.",
            "The court of first instance dismissed the claims.",
        ),
        ("en", "第1審判決を取り消す。", "The judgment of first instance is revoked."),
        # the second instance as English says it
        ("en", "2심에서 판결이 뒤집혔다.", "The ruling was reversed on appeal."),
        ("ja", "2심에서 판결이 뒤집혔다.", "控訴審で判決が覆った。"),
        # the title of the U.S. Code, which Japanese and Korean say by the law's name
        (
            "ja",
            "Infringement was alleged under 35 U.S.C. § 271(a).",
            "侵害の主張は米国特許法第271条(a)に基づくものです。",
        ),
        ("ko", "It violated 15 U.S.C. § 1.", "미국 셔먼법 제1조를 위반했다."),
        # a list's '(i)' in prose is no item of a law, and says no number
        (
            "ja",
            "In 2024 the company (i) fixed prices and (ii) allocated customers.",
            "同社は2024年に、(i)価格を固定し、(ii)顧客を割り当てました。",
        ),
    ],
)
def test_the_number_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _numbers(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            JA_ITEM,
            "Towa Kasei's conduct falls under Article 2, paragraph (9), item (vii) of the "
            "Antimonopoly Act.",
            "'vii'",
        ),
        (
            "en",
            KO_ITEM,
            "Hanbit Electronics violated Article 45(1)(xi) of the Fair Trade Act.",
            "'xi'",
        ),
        (
            "ja",
            "Infringement was alleged under 35 U.S.C. § 271(a).",
            "侵害の主張は米国特許法第272条(a)に基づくものです。",
            "'272'",
        ),
        ("en", "3심에서 판결이 뒤집혔다.", "The ruling was reversed on appeal.", "'3'"),
        ("en", "第2回の会合は延期された。", "The appeal hearing was postponed.", "'2'"),
        (
            "ja",
            "It falls under item (iii) of Article 2 of the Act.",
            "同法第2条第4号に該当します。",
            "'4'",
        ),
        (
            "en",
            "2심 재판부는 한빛전자의 청구를 기각했다.",
            "The court of first instance dismissed the claims.",
            "'2'",
        ),
    ],
)
def test_the_number_changed_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _numbers(locale, msgid, msgstr)
    assert messages and found in messages[0], messages
