"""PR410 on an approximate figure of the source ('about 80,000', '약 8만 발', '(約72億
円)', '2030年頃') stated as exact in a translation that has no word of approximation or
bound at all."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RAISED = "It raised $48 million (approximately ¥7.2 billion)."
SHOW = "불꽃 약 8만 발이 발사된다."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "4,800万ドル（約72億円）を調達しました。"),
        ("en", SHOW, "About 80,000 fireworks will be set off."),
        ("en", SHOW, "Some 80,000 fireworks will be set off."),
        ("en", "2030年頃の実用化を目指します。", "It aims for practical use around 2030."),
        ("ko", "It will hire about 240 engineers.", "엔지니어를 240명 남짓 채용한다."),
        # 'about' before a designation, not a figure
        ("ja", "The talk is about 5G networks.", "5Gネットワークに関する講演です。"),
    ],
)
def test_the_figure_still_approximate(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "4,800万ドル（72億円）を調達しました。"),
        ("en", SHOW, "80,000 fireworks will be set off."),
        ("en", "2030年頃の実用化を目指します。", "It aims for practical use by 2030."),
    ],
)
def test_the_figure_stated_as_exact(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]
