"""PR408 on an author list or a citation in a Japanese or Korean translation: a person
named with initials as the source writes it ('R. K. Mensah', 'Daniel P. Oyelaran',
'J.-W. Seo') is a name kept as written, no English words left; English words beside it
are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found or "" for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Authors: Mika Tanabe¹, R. K. Mensah² and Lena Ortiz³",
            "著者：田辺 美香¹、R. K. Mensah²、Lena Ortiz³",
        ),
        (
            "ko",
            "The samples came from Daniel P. Oyelaran of the University of Lagos.",
            "시료는 라고스대학교의 Daniel P. Oyelaran이 제공했다.",
        ),
        (
            "ja",
            "See Tanabe, M. & J.-W. Seo, J. Catal. 412, 115 (2026).",
            "Tanabe, M. & J.-W. Seo, J. Catal. 412, 115 (2026)を参照。",
        ),
    ],
)
def test_a_name_with_initials_kept_as_written(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "left"),
    [
        (
            "R. K. Mensah talked about advanced biotechnology.",
            "R. K. Mensahは talked about advanced biotechnology について話した。",
            ["talked about advanced biotechnology"],
        ),
    ],
)
def test_english_words_beside_it_are_still_reported(
    msgid: str, msgstr: str, left: list[str]
) -> None:
    assert _left("ja", msgid, msgstr) == left
