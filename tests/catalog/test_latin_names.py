"""PR403 on a name a Japanese or Korean source writes in Latin letters, misspelt by an
English translation that keeps it: 'Veridane Therapeutics, Inc.' as 'Veridane
Therapeutic, Inc.'."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.catalog.latin_names import latin_names_misspelt

PARTNER = (
    "相手先の名称はVeridane Therapeutics, Inc.であり、米国マサチューセッツ州に本社を置く企業です。"
)
STUDIO = "新サービス「Aurora Studio」は、動画編集の経験がない方でも使えるよう設計されています。"
LAB = "이번 공동 연구는 Kestrel Materials Laboratory와 함께 진행하며 3년간 이어질 예정입니다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            PARTNER,
            "The counterparty is Veridane Therapeutics, Inc., headquartered in Massachusetts.",
        ),
        (
            STUDIO,
            "The new Aurora Studio service is designed for people with no video-editing skills.",
        ),
        # a product name in the plural, and a possessive, are the name
        (STUDIO, "Aurora Studios are designed for those who have never edited a video."),
        (STUDIO, "Aurora Studio’s design suits those who have never edited a video."),
        (LAB, "The joint research with Kestrel Materials Laboratory will run for three years."),
    ],
)
def test_a_latin_name_kept(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            PARTNER,
            "The counterparty is Veridane Therapeutic, Inc., headquartered in Massachusetts.",
        ),
        (
            PARTNER,
            "The counterparty is Veridan Therapeutics, Inc., headquartered in Massachusetts.",
        ),
        (
            STUDIO,
            "The new Aurora Stuido service is designed for people with no video-editing skills.",
        ),
        (LAB, "The joint research with Kestrel Materials Labratory will run for three years."),
    ],
)
def test_a_latin_name_misspelt(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr) == ["PR403"]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # into Japanese or Korean: PR408's
        (STUDIO, "새 서비스 'Aurora Stuido'는", "ja", "ko"),
        # an English source: no name to keep
        ("The Aurora Studio service", "The Aurora Stuido service", "en", "en"),
        # a word close to the name's that the source holds elsewhere
        ("「Kestrel Lab」とKestrel Labsの違い", "Kestrel Labs and Kestrel Labs", "ja", "en"),
        # a short word: 'Sonic' and 'Tonic' are two names
        ("「Sonic Boom」を発売", "Sonic Broom launched", "ja", "en"),
    ],
)
def test_no_report(source: str, target: str, source_lang: str, target_lang: str) -> None:
    assert latin_names_misspelt(source, target, source_lang, target_lang) == []


def test_the_misspelt_word_is_reported() -> None:
    (slip,) = latin_names_misspelt(PARTNER, "Veridane Therapeutic, Inc.", "ja", "en")
    assert (slip.word, slip.written) == ("Therapeutics", "Therapeutic")
