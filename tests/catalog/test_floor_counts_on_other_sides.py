"""PR404 on a building's floors counted above and below ground given on the other sides
in a translation ('地上40階・地下4階' as 'four floors above ground and 40 below', '40
floors above ground and four below' as '지하 40층·지상 4층'): every figure is there, and
floors.py read the Japanese and Korean forms only, so an English side was never compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

EN = "The tower will rise 38 floors above ground and three below."
JA = "本ビルは地上38階・地下3階建てです。"
KO = "단지는 지하 3층~지상 38층 규모다."


def _grounds(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "ground" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "本ビルは地上3階・地下38階建てです。"),
        ("ko", EN, "타워는 지하 38층·지상 3층 규모다."),
        ("en", JA, "The building rises three floors above ground and 38 below."),
        ("en", KO, "It spans from 38 floors below ground to three above."),
        ("en", KO, "It is a three-storey complex with 38 basement levels."),
    ],
)
def test_counts_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _grounds(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", EN, "本ビルは地上38階・地下3階建てです。"),
        ("ko", EN, "타워는 지상 38층·지하 3층 규모다."),
        ("en", JA, "The building rises 38 floors above ground and three below."),
        ("en", JA, "It is a 38-storey building with three basement floors."),
        ("en", KO, "It spans from three floors below ground to 38 above."),
        ("en", KO, "The complex has three underground levels and 38 above-ground floors."),
        # a floor's number beside a count of the same figure
        (
            "ja",
            "The fourth-floor lounge looks onto a four-storey atrium.",
            "4階のラウンジは4層吹き抜けのアトリウムに面しています。",
        ),
        ("en", "展望台は地上40階にあります。", "The observation deck is on the 40th floor."),
    ],
)
def test_counts_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _grounds(locale, msgid, msgstr) == []
