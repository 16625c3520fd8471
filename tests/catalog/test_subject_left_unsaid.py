"""PR401 and a company a Japanese or Korean translation leaves unsaid as the subject of
its sentence: those languages drop a subject the reader knows, once the release has
named it in full."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "org:brightfold",
            Kind.ORG,
            {
                "en": Term("Brightfold Software Inc.", variants=("Brightfold",)),
                "ja": Term("ブライトフォールド・ソフトウェア", variants=("ブライトフォールド",)),
                "ko": Term("브라이트폴드 소프트웨어", variants=("브라이트폴드",)),
            },
        )
    ]
)
NAMED = {
    "ja": "ブライトフォールド・ソフトウェアは2026年11月4日、決算を発表しました。",
    "ko": "브라이트폴드 소프트웨어는 2026년 11월 4일 실적을 발표했다.",
}
FIRST = "Brightfold Software Inc. reported its results on November 4, 2026."


def _pr401(locale: str, entries: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings(locale, entries, glossary=GLOSSARY)
    return [f.found for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Brightfold expects fourth-quarter revenue of $425 million.",
            "第4四半期の売上高は4億2,500万ドルを見込んでいます。",
        ),
        (
            "ja",
            "For the fourth quarter, Brightfold expects revenue of $425 million.",
            "第4四半期の売上高は4億2,500万ドルを見込んでいます。",
        ),
        (
            "ko",
            "Brightfold today announced a new data center in Oregon.",
            "오리건주에 새 데이터센터를 연다고 발표했다.",
        ),
    ],
)
def test_a_subject_the_release_named_may_go_unsaid(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr401(locale, [(FIRST, NAMED[locale]), (msgid, msgstr)]) == []


@pytest.mark.parametrize(
    ("entries", "msgid", "msgstr"),
    [
        # never named in full in the catalog: the translation lost the company
        (
            [],
            "Brightfold expects fourth-quarter revenue of $425 million.",
            "第4四半期の売上高は4億2,500万ドルを見込んでいます。",
        ),
        # not the subject: a partner or an object left out is a name lost
        (
            [(FIRST, NAMED["ja"])],
            "Kotobuki Bank signed an agreement with Brightfold.",
            "寿銀行は契約を締結しました。",
        ),
        (
            [(FIRST, NAMED["ja"])],
            "Brightfold and Kotobuki Bank signed an agreement.",
            "寿銀行と契約を締結しました。",
        ),
    ],
)
def test_a_company_lost_elsewhere_is_still_missing(
    entries: list[tuple[str, str]], msgid: str, msgstr: str
) -> None:
    assert _pr401("ja", [*entries, (msgid, msgstr)]) != []


# the translation makes the thing the company acts on its sentence's subject: a dividend,
# the sales ('期末配当は…を予定しています', '배당금은…'), and still leaves the company unsaid
@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "期末配当は、1株当たり36円を予定しています。"),
        ("ko", "기말 배당금은 주당 36엔으로 계획하고 있다."),
    ],
)
def test_a_thing_made_the_subject_leaves_the_company_unsaid(locale: str, msgstr: str) -> None:
    msgid = "Brightfold plans a year-end dividend of ¥36 per share."
    assert _pr401(locale, [(FIRST, NAMED[locale]), (msgid, msgstr)]) == []


# ... but another company, or the company's name written wrong, in its place is reported
@pytest.mark.parametrize(
    "msgstr",
    [
        "寿銀行は、1株当たり36円の期末配当を予定しています。",
        "ブライトホールドは、1株当たり36円の期末配当を予定しています。",
    ],
)
def test_another_subject_in_its_place_is_reported(msgstr: str) -> None:
    msgid = "Brightfold plans a year-end dividend of ¥36 per share."
    assert _pr401("ja", [(FIRST, NAMED["ja"]), (msgid, msgstr)]) != []


# a period the translation makes its topic ('2028年3月期は', '2027회계연도에는')
@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "2028年3月期は、売上高4,500億円を見込んでいます。"),
        ("ko", "2027회계연도에는 매출액 4,500억 엔을 전망했다."),
    ],
)
def test_a_period_made_the_topic_leaves_the_company_unsaid(locale: str, msgstr: str) -> None:
    msgid = "For fiscal 2027, Brightfold forecasts revenue of ¥450 billion."
    assert _pr401(locale, [(FIRST, NAMED[locale]), (msgid, msgstr)]) == []


# a Korean or Japanese release's topic ('브라이트폴드는 …', 'ブライトフォールドは、…') is
# left unsaid by the other language as an English one's subject is
KO_FIRST = ("브라이트폴드 소프트웨어는 2026년 11월 4일 실적을 발표했다.", NAMED["ja"])
JA_FIRST = ("ブライトフォールド・ソフトウェアは2026年11月4日、決算を発表しました。", NAMED["ko"])


@pytest.mark.parametrize(
    ("locale", "first", "msgid", "msgstr"),
    [
        (
            "ja",
            KO_FIRST,
            "브라이트폴드는 출시에 앞서 3월 10일부터 14일까지 도쿄에서 팝업 스토어를 운영한다.",
            "発売に先立ち、3月10日から14日まで、東京でポップアップストアを開催します。",
        ),
        (
            "ko",
            JA_FIRST,
            "ブライトフォールドは、オレゴン州に新しいデータセンターを開設します。",
            "오리건주에 새 데이터센터를 연다.",
        ),
    ],
)
def test_a_korean_or_japanese_topic_may_go_unsaid(
    locale: str, first: tuple[str, str], msgid: str, msgstr: str
) -> None:
    assert _pr401(locale, [first, (msgid, msgstr)]) == []


@pytest.mark.parametrize(
    ("entries", "msgid", "msgstr"),
    [
        # never named in full
        (
            [],
            "브라이트폴드는 3월 10일 도쿄에서 팝업 스토어를 운영한다.",
            "3月10日、東京でポップアップストアを開催します。",
        ),
        # not the topic: a partner left out
        (
            [KO_FIRST],
            "고토부키은행은 브라이트폴드와 계약을 체결했다.",
            "寿銀行は契約を締結しました。",
        ),
        # not at the sentence's start
        (
            [KO_FIRST],
            "이에 따라 고토부키은행과 브라이트폴드는 계약을 체결했다.",
            "これにより、寿銀行は契約を締結しました。",
        ),
    ],
)
def test_a_korean_company_lost_elsewhere_is_still_missing(
    entries: list[tuple[str, str]], msgid: str, msgstr: str
) -> None:
    assert _pr401("ja", [*entries, (msgid, msgstr)]) != []
