"""PR411: a Korean particle that does not fit the glossary name before it in a msgstr."""

from __future__ import annotations

import pytest
from catalog_support import small_glossary, translation_findings


def _pr411(msgid: str, msgstr: str, locale: str = "ko") -> list[tuple[str, str | None]]:
    found = translation_findings(locale, msgid, msgstr, glossary=small_glossary())
    return [(f.found or "", f.suggestion) for f in found if f.code == "PR411"]


@pytest.mark.parametrize(
    ("msgstr", "expected"),
    [
        # '우에노' ends in a vowel: '는', '가', '를', '와'
        ("히로아키 우에노은 아이파크 인스티튜트를 방문했다.", [("은", "는")]),
        ("히로아키 우에노이 아이파크 인스티튜트을 방문했다.", [("이", "가"), ("을", "를")]),
        ("아이파크 인스티튜트으로 히로아키 우에노과 함께 갔다.", [("으로", "로"), ("과", "와")]),
    ],
)
def test_a_particle_that_does_not_fit_the_name_is_reported(
    msgstr: str, expected: list[tuple[str, str]]
) -> None:
    msgid = "Hiroaki Ueno visited iPark Institute."
    assert _pr411(msgid, msgstr) == expected


@pytest.mark.parametrize(
    "msgstr",
    [
        "히로아키 우에노는 아이파크 인스티튜트를 방문했다.",
        "아이파크 인스티튜트로 히로아키 우에노와 함께 갔다.",
        "히로아키 우에노(上野 裕明)가 <b>아이파크 인스티튜트</b>를 방문했다.",
        "히로아키 우에노이다.",  # a copula, not the particle '이'
    ],
)
def test_fitting_particles_are_left_alone(msgstr: str) -> None:
    assert _pr411("Hiroaki Ueno visited iPark Institute.", msgstr) == []


def test_other_locales_are_not_judged() -> None:
    assert _pr411("Hiroaki Ueno spoke.", "上野 裕明は述べた。", locale="ja") == []


def test_the_finding_points_at_the_particle_and_is_a_warning() -> None:
    (finding,) = [
        f
        for f in translation_findings(
            "ko", "Hiroaki Ueno spoke.", "히로아키 우에노은 말했다.", glossary=small_glossary()
        )
        if f.code == "PR411"
    ]
    assert finding.severity.label == "warning"
    assert "'히로아키 우에노' takes '는'" in finding.message
