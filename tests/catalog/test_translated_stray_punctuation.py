"""PR413: punctuation a translator's edit left in the translation (', .', ',,', '。、',
' 。', '..'), as PR301 reports it in releases; the built page would carry it. The
source's own marks, addresses, ellipses and inline markup are left alone."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SOURCE_KO = "다솔텔레콤은 1996년 서울에서 설립됐다."
SOURCE_EN = "Dasol Telecom was founded in Seoul in 1996."


def _stray(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str | None]]:
    found = translation_findings(locale, msgid, msgstr)
    return [(f.found, f.suggestion) for f in found if f.code == "PR413"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "stray"),
    [
        ("en", SOURCE_KO, "Dasol Telecom was founded in Seoul in 1996, .", (", .", ".")),
        ("en", SOURCE_KO, "Dasol Telecom was founded in Seoul,, in 1996.", (",,", ",")),
        ("en", SOURCE_KO, "Dasol Telecom was founded in Seoul in 1996 .", (" .", ".")),
        ("ja", SOURCE_EN, "ダソル・テレコムは1996年にソウルで設立されました。、", ("。、", "。")),
        ("ja", SOURCE_EN, "ダソル・テレコムは1996年にソウルで設立されました 。", (" 。", "。")),
        ("ko", SOURCE_EN, "다솔텔레콤은 1996년 서울에서 설립됐다..", ("..", ".")),
        (
            "ko",
            'See <a href="https://dasol.example/">the page</a>.',
            '<a href="https://dasol.example/">페이지</a>를 , 참고하세요.',
            (" ,", ","),
        ),
    ],
)
def test_stray_marks_in_the_translation(
    locale: str, msgid: str, msgstr: str, stray: tuple[str, str]
) -> None:
    assert _stray(locale, msgid, msgstr) == [stray]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SOURCE_KO, "Dasol Telecom was founded in Seoul in 1996."),
        ("ja", SOURCE_EN, "ダソル・テレコムは1996年にソウルで設立されました。"),
        # the source's own: PR301 reports it in the release
        ("ko", "It was founded in 1996, .", "1996년에 설립됐다, ."),
        # an ellipsis, a relative path, a version range, an address with its full stop
        ("en", "계속 확대할 계획이다...", "It plans to keep growing..."),
        ("en", "자세한 내용은 ../docs 참조", "See ../docs for details."),
        ("en", "자료: www.dasol.example .", "Source: www.dasol.example ."),
        # markup around the mark: the tags are not spaces
        (
            "en",
            '<a href="https://dasol.example/">페이지</a>를 참고하세요.',
            'See <a href="https://dasol.example/">the page</a>.',
        ),
        ("en", "<b>다솔</b>은 말했다.", "<b>Dasol</b> said."),
    ],
)
def test_clean_or_the_sources_own(locale: str, msgid: str, msgstr: str) -> None:
    assert _stray(locale, msgid, msgstr) == []
