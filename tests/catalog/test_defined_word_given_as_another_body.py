"""PR401 on the words a release defines for a body right after naming it that are no name
of it: its issuer's ('（以下「当社」）', '(the "Company")', "(이하 '회사')") and a new
body's ("(이하 '현지법인')"). Such a word stands for that body only:

* a translation that names another body where the source says it ('Through the
  Alliance, Seorin Semiconductor aims …' for '当社は、本提携により…') is reported;
* 'the Company' or '당사' does not refer to the partner where the catalog defines it for
  the issuer: a translation that says 'the Company' where the source names the partner
  misses the partner's name;
* a ticker the team sheet lists, written in the listing bracket before the definition
  ('(Nasdaq: TCBO) ("Tachibana" or the "Company")'), is not the body defined.
"""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.definitions import find_definitions
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _org(id_: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(id_, Kind.ORG, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


# a plain team sheet: each company's full name and its short form are rows of their own
GLOSSARY = Glossary(
    [
        _org(
            "org:tachibana", "Tachibana Optics Co., Ltd.", "橘光学株式会社", "다치바나광학 주식회사"
        ),
        _org("org:tachibana-short", "Tachibana Optics", "橘光学", "다치바나광학"),
        _org(
            "org:seorin",
            "Seorin Semiconductor Co., Ltd.",
            "ソリン半導体株式会社",
            "서린반도체 주식회사",
        ),
        _org("org:seorin-short", "Seorin Semiconductor", "ソリン半導体", "서린반도체"),
        _org(
            "org:seorin-penang",
            "Seorin Semiconductor Penang Sdn. Bhd.",
            "ソリン半導体ペナン社",
            "서린반도체 페낭 법인",
        ),
        _org("org:kurose", "Kurose Paper Co., Ltd.", "黒瀬製紙株式会社", "구로세제지 주식회사"),
        Entry("brand:tcbo", Kind.BRAND, {"en": Term("TCBO"), "ja": Term("TCBO")}),
    ]
)

JA_DEFINITION = (
    "橘光学株式会社（東証プライム：7791、以下「当社」）は、ソリン半導体株式会社（KRX："
    "061250、以下「ソリン半導体」）と資本業務提携（以下「本提携」）を締結しました。"
)
EN_DEFINITION = (
    'Tachibana Optics Co., Ltd. (TSE Prime: 7791; the "Company") has entered into a capital '
    'and business alliance (the "Alliance") with Seorin Semiconductor Co., Ltd. (KRX: '
    '061250; "Seorin Semiconductor").'
)
JA_AIM = "当社は、本提携により、車載カメラ用レンズの供給量を2029年までに倍増させる計画です。"
JA_SHARES = "当社は、ソリン半導体の普通株式を市場で取得する予定です。"

KO_DEFINITION = (
    "서린반도체 주식회사(코스피 061250, 이하 '회사')는 말레이시아 페낭에 "
    "'서린반도체 페낭 법인'(이하 '현지법인')을 설립한다고 밝혔다."
)
JA_KO_DEFINITION = (
    "ソリン半導体株式会社（KOSPI：061250、以下「当社」）は、マレーシア・ペナンに"
    "「ソリン半導体ペナン社」（以下「現地法人」）を設立すると発表しました。"
)
EN_KO_DEFINITION = (
    "Seorin Semiconductor Co., Ltd. (KRX: 061250) will establish Seorin Semiconductor "
    'Penang Sdn. Bhd. (the "Subsidiary") in Penang, Malaysia.'
)
KO_FUNDED = "현지법인의 자본금은 3,000만 달러이며, 회사가 전액 출자한다."
KO_PLANS = "현지법인은 2028년부터 웨이퍼 검사 장비를 생산할 계획이다."


def _pr401(locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The PR401 messages on a ``locale`` catalog of ``pairs`` (msgid, msgstr)."""
    quoted = [(a.replace('"', '\\"'), b.replace('"', '\\"')) for a, b in pairs]
    found = catalog_findings(locale, quoted, glossary=GLOSSARY)
    return [f.message for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "Through the Alliance, Seorin Semiconductor plans to double its supply of lenses for "
        "in-vehicle cameras by 2029.",
        "Through the Alliance, Kurose Paper Co., Ltd. plans to double its supply of lenses for "
        "in-vehicle cameras by 2029.",
    ],
)
def test_the_issuers_word_given_as_another_company_is_reported(msgstr: str) -> None:
    found = _pr401("en", [(JA_DEFINITION, EN_DEFINITION), (JA_AIM, msgstr)])
    assert any("'当社' stands for '橘光学株式会社'" in m for m in found), found


@pytest.mark.parametrize(
    "msgstr",
    [
        "Through the Alliance, the Company plans to double its supply of lenses for in-vehicle "
        "in-vehicle cameras by 2029.",
        "Through the Alliance, Tachibana Optics plans to double its supply of lenses for "
        "in-vehicle cameras by 2029.",
        "Through the Alliance, we plan to double our supply of lenses for in-vehicle cameras by "
        "2029.",
    ],
)
def test_the_issuer_by_its_word_its_short_row_or_we_is_no_finding(msgstr: str) -> None:
    assert _pr401("en", [(JA_DEFINITION, EN_DEFINITION), (JA_AIM, msgstr)]) == []


def test_a_source_that_names_the_other_body_or_its_subsidiary_lets_the_translation_name_it() -> (
    None
):
    pairs = [
        (JA_DEFINITION, EN_DEFINITION),
        (
            "同社は、当社の設計拠点に技術者を派遣します。",
            "Seorin Semiconductor will send engineers to the Company's design centre.",
        ),
        (
            "当社の子会社は、同地で部品を調達します。",
            "Kurose Paper will source parts there.",
        ),
        (
            "ソリン半導体の代表理事は「当社の技術で市場を広げます」と述べました。",
            '"Our technology will widen the market," said the CEO of Seorin Semiconductor.',
        ),
    ]
    assert _pr401("en", pairs) == []


def test_the_company_does_not_stand_for_the_partner_the_source_names() -> None:
    pairs = [
        (JA_DEFINITION, EN_DEFINITION),
        (
            JA_SHARES,
            "The Company plans to acquire common shares of Tachibana Optics in the market.",
        ),
    ]
    found = _pr401("en", pairs)
    assert any("ソリン半導体" in m and "missing" in m for m in found), found
    right = "The Company plans to acquire common shares of Seorin Semiconductor in the market."
    assert _pr401("en", [pairs[0], (JA_SHARES, right)]) == []


def test_the_korean_companys_word_given_as_another_company_is_reported() -> None:
    pairs = [
        (KO_DEFINITION, JA_KO_DEFINITION),
        (KO_FUNDED, "現地法人の資本金は3,000万ドルで、橘光学が全額出資します。"),
    ]
    found = _pr401("ja", pairs)
    assert any("'회사' stands for '서린반도체 주식회사'" in m for m in found), found
    right = "現地法人の資本金は3,000万ドルで、当社が全額出資します。"
    assert _pr401("ja", [pairs[0], (KO_FUNDED, right)]) == []


def test_a_new_subsidiary_named_as_its_parent_is_reported() -> None:
    pairs = [
        (KO_DEFINITION, EN_KO_DEFINITION),
        (KO_PLANS, "Seorin Semiconductor plans to produce wafer inspection equipment from 2028."),
    ]
    found = _pr401("en", pairs)
    assert any("'현지법인' stands for" in m for m in found), found
    right = "The Subsidiary plans to produce wafer inspection equipment from 2028."
    assert _pr401("en", [pairs[0], (KO_PLANS, right)]) == []


def test_a_ticker_in_the_listing_bracket_is_not_the_body_defined() -> None:
    text = (
        'Tachibana Optics Co., Ltd. (Nasdaq: TCBO) ("Tachibana" or the "Company") today '
        "announced a recall."
    )
    found = find_definitions(text, TermMatcher.build(GLOSSARY, "en"))
    assert [(d.form, d.entry_id, d.adjacent) for d in found] == [
        ("Tachibana", "org:tachibana", True),
        ("Company", "org:tachibana", True),
    ]


def test_the_issuers_word_in_the_partners_quoted_comment_is_the_partner() -> None:
    pairs = [
        (JA_DEFINITION, EN_DEFINITION),
        ("ソリン半導体 代表理事のコメント", "Comment from the CEO of Seorin Semiconductor"),
        (
            "「当社は、本提携を通じて日本の顧客を開拓します。」",
            '"Through the Alliance, Seorin Semiconductor will win customers in Japan."',
        ),
    ]
    assert _pr401("en", pairs) == []


def test_the_partner_named_once_more_in_the_issuers_place_is_reported() -> None:
    msgid = "また、ソリン半導体は、当社の普通株式を取得します。"
    pairs = [(JA_DEFINITION, EN_DEFINITION)]
    wrong = "Seorin Semiconductor will also acquire common shares of Seorin Semiconductor."
    found = _pr401("en", [*pairs, (msgid, wrong)])
    assert any("'当社' stands for" in m for m in found), found
    right = "Seorin Semiconductor will also acquire common shares of the Company."
    assert _pr401("en", [*pairs, (msgid, right)]) == []
