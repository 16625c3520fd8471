"""PR410 on a height's limit dropped beside its reference ('地上150m以下' as '150 m above
ground', '해발 3,000m 이하' as '3,000 m above sea level'): 'above' and 'below' were read
as words that keep a limit wherever they stood, so a drone's ceiling or a site's height
said without its bound went unreported. 'above ground', 'above sea level', 'below the
surface' name where a height is measured from; a bound said ('or less', 'at or below')
stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CEILING = "飛行高度は地上150m以下です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CEILING, "It flies at an altitude of 150 m or less above ground."),
        ("en", CEILING, "It flies at or below 150 m above ground level."),
        ("en", CEILING, "It flies at altitudes below 150 m."),
        ("en", "고도는 해발 3,000m 이하다.", "Its altitude is up to 3,000 m above sea level."),
    ],
)
def test_the_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CEILING, "It flies at an altitude of 150 m above ground."),
        ("en", "고도는 해발 3,000m 이하다.", "Its altitude is 3,000 m above sea level."),
        ("en", "最大積載量は5kgで、飛行高度は地上150m以下です。",
         "It carries up to 5 kg and flies at an altitude of 150 m above the ground."),
    ],
)  # fmt: skip
def test_the_limit_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
