"""PR404 on a tour's counts given each other's figures: '30 shows in 20 cities' as
'30都市で20公演' or '30개 도시에서 20회 공연', '5都市10公演' as 'five shows in 10 cities', keeps
every figure, so the figures matched and nothing was reported. spec_labels reads what a
count counts right after it (cities, shows, countries) in every language, and an English
count spelt out; the counts kept, in either order, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

TOUR = "The group will play 30 shows in 20 cities from February 2027."
ARENA = "2027年4月から全国5都市10公演のアリーナツアーを開催します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TOUR, "グループは2027年2月から20都市で30公演を行います。"),
        ("ko", TOUR, "그룹은 2027년 2월부터 20개 도시에서 30회 공연을 펼친다."),
        ("en", ARENA, "From April 2027, the group will play 10 arena shows in five cities."),
        ("en", "20개 도시 30회 공연을 마쳤다.", "The group completed 30 shows in 20 cities."),
        ("ja", "The film opens in 12 countries with 30 shows.",
         "映画は12カ国で公開され、30公演が行われます。"),
    ],
)  # fmt: skip
def test_the_tours_counts_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TOUR, "グループは2027年2月から30都市で20公演を行います。"),
        ("ko", TOUR, "그룹은 2027년 2월부터 30개 도시에서 20회 공연을 펼친다."),
        ("en", ARENA, "From April 2027, the group will play five arena shows in 10 cities."),
    ],
)  # fmt: skip
def test_the_tours_counts_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


# hotels: a group's hotels and countries ('64 hotels and resorts in 19 countries')
GROUP = "Halcyon operates 64 hotels and resorts in 19 countries under two brands."


@pytest.mark.parametrize(
    ("locale", "msgstr", "codes"),
    [
        ("ja", "2ブランドで19カ国で64軒のホテル・リゾートを運営しています。", []),
        ("ja", "2ブランドで64カ国で19軒のホテル・リゾートを運営しています。", ["PR404"]),
        ("ko", "할시온은 두 브랜드로 19개국에서 64개 호텔과 리조트를 운영한다.", []),
        ("ko", "할시온은 두 브랜드로 64개국에서 19개 호텔과 리조트를 운영한다.", ["PR404"]),
    ],
)  # fmt: skip
def test_the_groups_hotels_and_countries(locale: str, msgstr: str, codes: list[str]) -> None:
    assert translation_codes(locale, GROUP, msgstr, with_info=False) == codes
