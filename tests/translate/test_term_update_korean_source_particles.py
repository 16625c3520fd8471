"""A fuzzy memory match from a Korean source that names another glossary entry than the
sentence, with the particle each name takes ('하세가와 아키라는' for '정유진은'), differs
from it in that name only: the stored translation gets the sentence's name. The two
particles used to count as other words, so no draft was offered."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.translate.term_update import update_terms

GLOSSARY = """en,ja,ko,kind
,長谷川明,하세가와 아키라,person
,チョン・ユジン,정유진,person
,アラタ食品,아라타식품,org
,セボム流通,새봄유통,org
"""


@pytest.fixture(scope="module")
def matchers() -> dict[str, TermMatcher]:
    glossary = Glossary(parse_csv(GLOSSARY, "g.csv").entries)
    return {locale: TermMatcher.build(glossary, locale) for locale in ("ja", "ko")}


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target", "expected"),
    [
        (
            "하세가와 아키라는 신제품 발표회에서 인사말을 했다.",
            "정유진은 신제품 발표회에서 인사말을 했다.",
            "チョン・ユジンは新製品発表会であいさつした。",
            "長谷川明は新製品発表会であいさつした。",
        ),
        (
            "정유진이 일본 법인 대표로 취임한다.",
            "하세가와 아키라가 일본 법인 대표로 취임한다.",
            "長谷川明が日本法人の代表に就任する。",
            "チョン・ユジンが日本法人の代表に就任する。",
        ),
        (
            "새봄유통과 공급 계약을 맺었다.",
            "아라타식품과 공급 계약을 맺었다.",
            "アラタ食品と供給契約を結んだ。",
            "セボム流通と供給契約を結んだ。",
        ),
    ],
)
def test_the_name_is_replaced_whatever_particle_it_takes(
    matchers: dict[str, TermMatcher],
    text: str,
    memory_source: str,
    memory_target: str,
    expected: str,
) -> None:
    updated = update_terms(text, memory_source, memory_target, matchers["ko"], matchers["ja"])
    assert updated is not None and updated.text == expected
    assert updated.source == text  # the figures need no change


def test_another_particle_is_another_word(matchers: dict[str, TermMatcher]) -> None:
    # '을' (object) for '은' (topic): the sentence says something else of the person
    updated = update_terms(
        "하세가와 아키라를 신임 대표로 선임했다.",
        "정유진은 신임 대표로 선임했다.",
        "チョン・ユジンは新代表に選任した。",
        matchers["ko"],
        matchers["ja"],
    )
    assert updated is None
