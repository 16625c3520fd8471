"""PR404 on a game's age rating the translation gives another grade of the same board
('CERO B' as 'CERO C', 'ESRB T' as 'ESRB M'); the grade kept, written in full width or
given by the board's name alone, and capitals that are no board, stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

RATED = "The game is rated CERO B in Japan and ESRB T (Teen) in North America."
KO_RATED = "본작은 일본에서 CERO D, 북미에서 ESRB E10+ 등급을 받았다."


def _ratings(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Rating")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATED, "本作のレーティングは、日本ではCERO B、北米ではESRB T（Teen）です。"),
        ("ko", RATED, "본작은 일본에서 ＣＥＲＯ　Ｂ, 북미에서 ESRB T(Teen) 등급을 받았다."),
        ("en", KO_RATED, "The game is rated CERO D in Japan and ESRB E10+ in North America."),
        ("en", "本作はCERO B（12才以上対象）です。", "The game is rated CERO B (ages 12 and up)."),
        # the board named without its grade, a grade the source does not give a board
        ("ja", RATED, "本作は日本ではCERO（12才以上対象）の審査を受けています。"),
        ("ko", "Tickets for Gate A open at 10:00.", "A 게이트 티켓은 10:00에 오픈한다."),
        # capitals that are no board: a heading's words, a model number
        ("ja", "NVIDIA H100 GPUs power the servers.", "サーバーにはNVIDIA H100 GPUを搭載。"),
    ],
)
def test_the_same_grade(locale: str, msgid: str, msgstr: str) -> None:
    assert _ratings(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ja",
            RATED,
            "本作のレーティングは、日本ではCERO C、北米ではESRB T（Teen）です。",
            "'CERO C'",
        ),
        ("ko", RATED, "본작은 일본에서 CERO B, 북미에서 ESRB M(Mature) 등급을 받았다.", "'ESRB M'"),
        (
            "en",
            KO_RATED,
            "The game is rated CERO D in Japan and ESRB E in North America.",
            "'ESRB E'",
        ),
        (
            "en",
            "本作はCERO B（12才以上対象）です。",
            "The game is rated CERO A (all ages).",
            "'CERO A'",
        ),
    ],
)
def test_another_grade(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _ratings(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages
