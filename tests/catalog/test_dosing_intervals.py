"""PR404 on an interval an English source spells out ('every three weeks', 'every two
months'), as dosing schedules and reporting cycles are written: the translation writes
its number ('3週間ごと', '3주마다'), and another number there ('2주마다') is a changed
schedule. An interval said in a word ('隔週', '격주', '四半期ごと') stays silent, and so
does a length of time in words ('three weeks'), as before."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DOSE = "ZORVEXA is given as an infusion of 10 mg/kg every three weeks."
BIWEEKLY = "It is given at 10 mg/kg every two weeks."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", DOSE, "졸벡사는 2주마다 10 mg/kg을 정맥 주입으로 투여한다."),
        ("ja", DOSE, "ゾルベクサは、10 mg/kgを2週間ごとに点滴静注で投与します。"),
        ("ja", "Sites report every two months.", "各施設は3カ月ごとに報告する。"),
    ],
)
def test_an_interval_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", DOSE, "졸벡사는 3주마다 10 mg/kg을 정맥 주입으로 투여한다."),
        ("ja", DOSE, "ゾルベクサは、10 mg/kgを3週間ごとに点滴静注で投与します。"),
        ("ja", BIWEEKLY, "10 mg/kgを隔週で投与する。"),
        ("ko", BIWEEKLY, "10 mg/kg을 격주로 투여한다."),
        (
            "ja",
            "Data are reported every three months for 24 months.",
            "データは24カ月間、四半期ごとに報告される。",
        ),
        ("ja", "It takes three weeks.", "2週間かかる。"),
    ],
)
def test_the_interval_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
