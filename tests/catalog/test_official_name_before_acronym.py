"""PR408: an English name the source spells out before its acronym ('the Ocean Plastics
Reduction Alliance (OPRA)', 'Task Force on Nature-related Financial Disclosures (TNFD)')
is an official name a Japanese or Korean translation may keep as it is, whole or by its
opening words ('OPRA（Ocean Plastics Reduction Allianceの略）'); other English the
translation leaves is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ALLIANCE = "In May 2027 the Company joined the Ocean Plastics Reduction Alliance (OPRA)."
TNFD = "The report follows the Task Force on Nature-related Financial Disclosures (TNFD)."


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            ALLIANCE,
            "当社は2027年5月、OPRA（Ocean Plastics Reductionアライアンス）に加盟しました。",
        ),
        ("ja", ALLIANCE, "当社は2027年5月、Ocean Plastics Reduction Allianceに加盟しました。"),
        ("ko", ALLIANCE, "회사는 2027년 5월 Ocean Plastics Reduction Alliance(OPRA)에 가입했다."),
        (
            "ja",
            TNFD,
            "本報告書はTask Force on Nature-related Financial Disclosuresの提言に沿っています。",
        ),
    ],
)
def test_name_spelled_before_its_acronym_may_be_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            ALLIANCE,
            "2027年5月、the Company joined the Ocean Plastics Reduction Allianceしました。",
        ),
        ("ko", TNFD, "이 보고서는 The report follows the 권고를 따른다."),
    ],
)
def test_other_english_left_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) != []
