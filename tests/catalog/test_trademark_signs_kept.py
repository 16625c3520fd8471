"""PR403 on a brand's trademark sign in a translation that keeps the brand in Latin
letters: a sign given as another ('Ravelo Sync™' as 'Ravelo Sync®'), moved off the
brand, or left off it while the translation keeps the other signs is reported; a
translation with no sign at all (a house style) or with the brand in its own letters is
not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

NOTICE = "Ravelo Sync™ and PlanBoard® are trademarks or registered trademarks of Ravelo, Inc."
ONE = "PlanBoard® is a registered trademark of Ravelo, Inc. in Japan and other countries."


def _pr403(locale: str, msgid: str, msgstr: str) -> int:
    return translation_codes(locale, msgid, msgstr).count("PR403")


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOTICE, "Ravelo Sync™およびPlanBoard®は、Ravelo, Inc.の商標または登録商標です。"),
        ("ko", NOTICE, "Ravelo Sync™ 및 PlanBoard®는 Ravelo, Inc.의 상표 또는 등록상표다."),
        # no sign at all: the house's style, with the notice saying it
        ("ja", NOTICE, "Ravelo SyncおよびPlanBoardは、Ravelo, Inc.の商標または登録商標です。"),
        # the brand in the translation's own letters
        ("ja", ONE, "プランボード®は、日本およびその他の国におけるRavelo, Inc.の登録商標です。"),
        ("ko", ONE, "PlanBoard ®는 일본 및 기타 국가에서 Ravelo, Inc.의 등록상표다."),
    ],
)
def test_signs_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr403(locale, msgid, msgstr) == 0


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "count"),
    [
        # swapped
        ("ko", NOTICE, "Ravelo Sync® 및 PlanBoard™는 Ravelo, Inc.의 상표 또는 등록상표다.", 2),
        # one dropped, the other kept
        ("ja", NOTICE, "Ravelo SyncおよびPlanBoard®は、Ravelo, Inc.の商標または登録商標です。", 1),
        # moved off the brand
        ("ja", ONE, "PlanBoardは、日本およびその他の国におけるRavelo, Inc.の登録商標®です。", 1),
    ],
)
def test_signs_changed(locale: str, msgid: str, msgstr: str, count: int) -> None:
    assert _pr403(locale, msgid, msgstr) == count


def _brands() -> Glossary:
    """A drug's brand and its generic name, as a pharmaceutical team's sheet gives them."""
    return Glossary(
        [
            Entry(
                "brand:zorvexa",
                Kind.BRAND,
                {"en": Term("ZORVEXA"), "ja": Term("ゾルベクサ"), "ko": Term("졸벡사")},
            ),
            Entry(
                "brand:nefrizo",
                Kind.BRAND,
                {"en": Term("NEFRIZO"), "ja": Term("ネフリゾ"), "ko": Term("네프리조")},
            ),
            Entry(
                "term:solagliptin",
                Kind.TERM,
                {"en": Term("solagliptin"), "ja": Term("ソラグリプチン"), "ko": Term("솔라글립틴")},
            ),
            Entry(
                "term:tenalimab",
                Kind.TERM,
                {"en": Term("tenalimab"), "ja": Term("テナリマブ"), "ko": Term("테날리맙")},
            ),
        ]
    )


APPROVED = "The FDA has approved ZORVEXA® (tenalimab) for adults with advanced NSCLC."


@pytest.mark.parametrize(
    ("locale", "msgstr", "count"),
    [
        # the brand in the translation's letters, its sign kept, or no sign at all
        ("ko", "FDA는 진행성 NSCLC 성인 환자에게 졸벡사®(테날리맙)를 승인했다.", 0),
        ("ja", "FDAは進行NSCLCの成人患者に対しゾルベクサ ®（テナリマブ）を承認した。", 0),
        ("ko", "FDA는 진행성 NSCLC 성인 환자에게 졸벡사(테날리맙)를 승인했다.", 0),
        ("ja", "FDAはゾルベクサ（ZORVEXA®、テナリマブ）を成人のNSCLCに承認した。", 0),
        # the brand and the generic name swapped: the sign went with the brand's place
        ("ko", "FDA는 진행성 NSCLC 성인 환자에게 테날리맙®(졸벡사)을 승인했다.", 1),
        ("ja", "FDAは進行NSCLCの成人患者に対しテナリマブ®（ゾルベクサ）を承認した。", 1),
    ],
)
def test_a_brand_in_the_translations_letters(locale: str, msgstr: str, count: int) -> None:
    found = translation_codes(locale, APPROVED, msgstr, glossary=_brands())
    assert found.count("PR403") == count


JA_APPROVED = "厚生労働省より、ネフリゾ®錠5mg（一般名：ソラグリプチン）の承認を取得しました。"


@pytest.mark.parametrize(
    ("locale", "msgstr", "count"),
    [
        ("ko", "후생노동성으로부터 네프리조®정 5mg(성분명: 솔라글립틴)의 승인을 취득했다.", 0),
        ("en", "It obtained approval for NEFRIZO® Tablets 5 mg (solagliptin) from the MHLW.", 0),
        ("en", "It obtained approval for NEFRIZO Tablets 5 mg (solagliptin) from the MHLW.", 0),
        ("ko", "후생노동성으로부터 솔라글립틴®정 5mg(성분명: 네프리조)의 승인을 취득했다.", 1),
        ("en", "It obtained approval for solagliptin® 5 mg tablets (NEFRIZO) from the MHLW.", 1),
    ],
)
def test_a_brand_the_source_writes_in_its_own_letters(locale: str, msgstr: str, count: int) -> None:
    found = translation_codes(locale, JA_APPROVED, msgstr, glossary=_brands())
    assert found.count("PR403") == count
