"""PR410 on a promise that something is not restricted said as allowed ('어선 통항은
제한하지 않을 계획' as 'fishing vessels will still be allowed to sail through', 'There are no
restrictions on entry' as '入場は自由です'): the negation is said, not dropped. A
translation that restricts ('will be restricted', even beside 'allowed') still loses it."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KO = "발전단지 내 어선 통항은 제한하지 않을 계획이다."
EN = "There are no restrictions on entry to the visitor center."


def _negation(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR410" and "Negation" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "Fishing vessels will still be allowed to sail through the wind farm."),
        ("en", KO, "Fishing boats will be permitted to pass through the site."),
        ("ja", KO, "漁船は発電所内を自由に通航できる。"),
        ("ja", EN, "ビジターセンターへの入場は自由です。"),
        ("ko", EN, "방문자 센터는 자유롭게 입장할 수 있다."),
    ],
)
def test_not_restricted_said_as_allowed(locale: str, msgid: str, msgstr: str) -> None:
    assert _negation(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "Fishing vessels will be restricted within the wind farm."),
        ("en", KO, "Passage will be restricted, though some vessels will be allowed in."),
        ("ja", EN, "ビジターセンターへの入場は制限されます。"),
    ],
)
def test_negation_still_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _negation(locale, msgid, msgstr)
