"""PR408: a link's text the source gives as a link word or the page it opens ('project
page', 'click here', 'こちら', '자세히 보기') kept on the translation's link as the source
writes it is untranslated, one or two words though it is; a name on the link, a link
text translated, and a design label in capitals stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LINK = '<a href="https://aomine.example/ammonia">{}</a>'


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.found
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR408" and f.message.startswith("Link text")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ja",
            f"For details, see the {LINK.format('project page')}.",
            f"詳細は{LINK.format('project page')}をご覧ください。",
            "project page",
        ),
        (
            "ko",
            f"To register, {LINK.format('click here')}.",
            f"등록하려면 {LINK.format('click here')}.",
            "click here",
        ),
        (
            "en",
            f"詳細は{LINK.format('こちら')}をご覧ください。",
            f"For details, see {LINK.format('こちら')}.",
            "こちら",
        ),
        (
            "en",
            f"행사 일정과 참가 신청 방법은 누리집에 있다. {LINK.format('자세히 보기')}",
            f"The schedule and how to register are on the website. {LINK.format('자세히 보기')}",
            "자세히 보기",
        ),
    ],
)
def test_link_words_left_on_the_link(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _left(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            f"For details, see the {LINK.format('project page')}.",
            f"詳細は{LINK.format('プロジェクトページ')}をご覧ください。",
        ),
        (
            "ja",
            f"Follow us on {LINK.format('LINE')}.",
            f"{LINK.format('LINE')}でフォローしてください。",
        ),
        ("ko", f"Photos: {LINK.format('MORE')}", f"사진: {LINK.format('MORE')}"),
        (
            "ja",
            f"The venue is {LINK.format('Shonan iPark')}.",
            f"会場は{LINK.format('Shonan iPark')}です。",
        ),
    ],
)
def test_names_and_translated_link_texts_stay_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) == []
