"""PR410 on a country the source leaves out of a territory and the translation takes in,
or the reverse: 'worldwide rights excluding Japan' as '일본을 포함한 전 세계'."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.catalog.places_excepted import exception_reversed

LICENSE = "日本を除く全世界における独占的な開発・販売権を許諾します。"
RIGHTS = "The agreement grants exclusive rights in all countries except Korea."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LICENSE,
            "It grants exclusive worldwide rights, excluding Japan, to develop and sell.",
        ),
        ("en", LICENSE, "It grants exclusive development and sales rights outside Japan."),
        ("en", LICENSE, "It grants exclusive ex-Japan development and sales rights."),
        ("ko", LICENSE, "일본을 제외한 전 세계 독점 개발·판매권을 부여합니다."),
        ("ko", LICENSE, "일본 외 전 세계 독점 개발·판매권을 부여합니다."),
        ("ja", RIGHTS, "本契約は、韓国以外の全ての国における独占的権利を付与します。"),
        ("ko", RIGHTS, "이 계약은 한국을 제외한 모든 국가에서의 독점권을 부여한다."),
        # a country taken in on both sides
        ("ko", "日本を含むアジア全域で販売します。", "일본을 포함한 아시아 전역에서 판매합니다."),
    ],
)
def test_a_country_left_out_on_both_sides(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LICENSE,
            "It grants exclusive worldwide rights, including Japan, to develop and sell.",
        ),
        ("ko", LICENSE, "일본을 포함한 전 세계 독점 개발·판매권을 부여합니다."),
        ("ja", RIGHTS, "本契約は、韓国を含む全ての国における独占的権利を付与します。"),
        ("ko", RIGHTS, "이 계약은 한국을 포함한 모든 국가에서의 독점권을 부여한다."),
        ("en", "日本を含むアジア全域で販売します。", "It will be sold across Asia except Japan."),
    ],
)
def test_a_country_left_out_said_taken_in(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]


def test_the_words_that_mark_the_country_are_reported() -> None:
    assert exception_reversed(LICENSE, "일본을 포함한 전 세계", "ja", "ko") == (
        "日本を除く",
        "일본을 포함",
    )


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # a country named without a mark on one side: nothing to compare
        (
            LICENSE,
            "It grants exclusive development and sales rights worldwide but Japan.",
            "ja",
            "en",
        ),
        # a word that only starts like a mark: '외교부' is a ministry, 'Plusnet' a name
        ("일본 외교부는 이를 환영했다.", "日本を含む各国の外務省が歓迎した。", "ko", "ja"),
        # a continent is no country ('North America' is not the US), and a Korean word
        # that holds a country's name names none ('타인도' is not India)
        ("Sales outside North America rose.", "米国を含む地域の売上高が増加した。", "en", "ja"),
        ("타인도 제외한 채 결정했다.", "インドを含む各国で決定した。", "ko", "ja"),
        # a text that takes the country in and leaves it out says neither
        (
            "Sales including Japan grew, and sales excluding Japan fell.",
            "日本を含む売上高は増加し、日本を含む売上高以外は減少した。",
            "en",
            "ja",
        ),
    ],
)
def test_no_mark_no_report(source: str, target: str, source_lang: str, target_lang: str) -> None:
    assert exception_reversed(source, target, source_lang, target_lang) is None
