"""PR404 on a law's promulgation and entry into force dated the other way round in a
translation: '12월 22일 공포되어 2027년 6월 23일부터 시행된다' as 'will take effect on
December 22 and be promulgated on June 23, 2027'. Every date is there and both steps are
named, so neither the figures nor the opposites see it. The same dates in any order of
words, and a law's enforcement decree ('시행령'), are no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

ACT = "「청년주거안정 특별법」이 12월 22일 공포되어 2027년 6월 23일부터 시행된다."
HEADLINE = "「청년주거안정 특별법」 12월 22일 공포, 2027년 6월 23일부터 시행"
JA_ACT = "改正法は2026年5月20日に公布され、2027年4月1日から施行される。"


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "promulgation and entry into force" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ACT, "The Act will be promulgated on December 22 and take effect on June 23, 2027."),
        ("en", ACT, "Promulgated on December 22, the Act comes into force on June 23, 2027."),
        ("ja", ACT, "同法が12月22日に公布され、2027年6月23日から施行される。"),
        ("en", HEADLINE, "Act to be promulgated Dec. 22 and enter into force June 23, 2027"),
        ("ko", JA_ACT, "개정법은 2026년 5월 20일 공포되어 2027년 4월 1일부터 시행된다."),
        (
            "en",
            JA_ACT,
            "The amended law was promulgated on May 20, 2026 and takes effect on April 1, 2027.",
        ),
        # the enforcement decree is no entry into force
        (
            "en",
            "시행령은 3월 2일 공포한다.",
            "The Enforcement Decree will be promulgated on March 2.",
        ),
    ],
)
def test_the_same_dates(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", ACT, "The Act will take effect on December 22 and be promulgated on June 23, 2027."),
        ("ja", ACT, "同法が12月22日に施行され、2027年6月23日から公布される。"),
        ("en", HEADLINE, "Act to take effect Dec. 22 and be promulgated June 23, 2027"),
        ("ko", JA_ACT, "개정법은 2026년 5월 20일 시행되어 2027년 4월 1일 공포된다."),
        (
            "en",
            JA_ACT,
            "The amended law took effect on May 20, 2026 and is promulgated on April 1, 2027.",
        ),
    ],
)
def test_the_dates_traded(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "개정안은 12월 22일 공포된다.", "The amendment will take effect on December 22."),
        ("ja", "개정안은 12월 22일 공포된다.", "改正案は12月22日に施行される。"),
        ("en", "개정안은 내년 6월부터 시행된다.", "The amendment will be promulgated next June."),
        ("ko", "改正法は4月1日に施行される。", "개정법은 4월 1일 공포된다."),
    ],
)
def test_one_step_said_as_the_other(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "개정안은 12월 22일 공포된다.", "The amendment will be promulgated on December 22."),
        ("en", "개정안은 내년 6월부터 시행된다.", "The amendment will take effect next June."),
        ("en", "개정안은 내년 6월부터 시행된다.", "The amendment will come into force next June."),
        # both steps named by the source: the dates' check reads them
        (
            "en",
            "법은 공포 후 6개월이 지난 날부터 시행한다.",
            "The Act takes effect six months after its promulgation.",
        ),
        # the enforcement decree is no entry into force
        (
            "en",
            "시행령은 3월 2일 공포한다.",
            "The Enforcement Decree will be promulgated on March 2.",
        ),
        # a horror film is no promulgation
        ("en", "공포 영화 상영은 시행된다.", "Screenings of horror films will go ahead."),
    ],
)
def test_the_step_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)
