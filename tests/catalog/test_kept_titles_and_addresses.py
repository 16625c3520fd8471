"""PR408 on English a translation keeps as the source writes it: a journal's title in
italics and a web address without its scheme (a link's text) are no skipped words."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


PUBLISHED = "The results were published in <em>Journal of Cardiac Rhythm</em> on May 3, 2027."
SEE = 'Visit <a href="https://kestrel.example/news/b">kestrel-robotics.example/news</a>.'


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            PUBLISHED,
            "成果は2027年5月3日に<em>Journal of Cardiac Rhythm</em>に掲載されました。",
        ),
        (
            "ko",
            PUBLISHED,
            "연구 결과는 2027년 5월 3일 <em>Journal of Cardiac Rhythm</em>에 실렸다.",
        ),
        (
            "ja",
            SEE,
            '詳しくは<a href="https://kestrel.example/news/b">kestrel-robotics.example/news</a>へ。',
        ),
        (
            "ko",
            SEE,
            '<a href="https://kestrel.example/news/b">kestrel-robotics.example/news</a> 참조.',
        ),
    ],
)
def test_a_title_or_an_address_kept_in_english(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


def test_english_left_in_italics_the_source_does_not_have() -> None:
    msgstr = "成果は2027年5月3日に<em>was published in the journal</em>に掲載されました。"
    assert _codes("ja", PUBLISHED, msgstr) == ["PR408"]
