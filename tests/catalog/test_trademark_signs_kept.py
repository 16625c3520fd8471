"""PR403 on a brand's trademark sign in a translation that keeps the brand in Latin
letters: a sign given as another ('Ravelo Sync™' as 'Ravelo Sync®'), moved off the
brand, or left off it while the translation keeps the other signs is reported; a
translation with no sign at all (a house style) or with the brand in its own letters is
not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

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
