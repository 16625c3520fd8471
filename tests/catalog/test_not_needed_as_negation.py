"""PR410: a Japanese source that says something is not needed or not allowed by its
predicate ('申請は不要です', '持ち込みは不可です') negates it; a translation that says it
is needed ('an application is required', '신청이 필요하다') is reported. '不要不急の外出'
(non-essential outings) names a thing and is no negation."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

NO_APPLICATION = "接種は市内の指定医療機関で受けられ、事前の申請は不要です。"
NO_PETS = "ペットの同伴は不可です。"
OUTINGS = "台風の接近に伴い、不要不急の外出を控えるよう呼びかけました。"


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            NO_APPLICATION,
            "Shots are given at designated clinics; an application is required.",
        ),
        (
            "ko",
            NO_APPLICATION,
            "접종은 시내 지정 의료기관에서 받을 수 있으며, 사전 신청이 필요하다.",
        ),
        ("en", NO_PETS, "Pets are allowed."),
    ],
)
def test_not_needed_said_as_needed(locale: str, msgid: str, msgstr: str) -> None:
    messages = _negations(locale, msgid, msgstr)
    assert len(messages) == 1 and "missing from the translation" in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NO_APPLICATION, "Shots are given at designated clinics; no application is needed."),
        (
            "ko",
            NO_APPLICATION,
            "접종은 시내 지정 의료기관에서 받을 수 있으며, 사전 신청은 필요 없다.",
        ),
        (
            "ko",
            NO_APPLICATION,
            "접종은 시내 지정 의료기관에서 받을 수 있으며, 사전 신청은 불필요하다.",
        ),
        ("en", NO_PETS, "Pets are not allowed."),
        ("en", OUTINGS, "The city urged residents to stay indoors as the typhoon approached."),
        ("ko", OUTINGS, "태풍이 다가옴에 따라 불필요한 외출을 삼가 달라고 당부했다."),
    ],
)
def test_not_needed_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []
