"""``glossary suggest``: a headline in title case capitalises every word, and a Korean
release writes loanwords as they sound ('Battery Module' and '배터리 모듈'): two such words
read like a person's name and were proposed as the person 'Battery Module'. Names are
not read from such a headline; the persons of the body still are."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

ROWS = [
    (
        "Hanul Bank and Kumo Dynamics Agree to Automate Battery Module Assembly",
        "하늘은행·쿠모 다이내믹스, 배터리 모듈 조립 자동화 협력",
    ),
    (
        "Smart Sensor Module Ships to Ulsan Plant",
        "스마트 센서 모듈, 울산 공장에 출하",
    ),
    ("Kang Min-ho will head the Ulsan plant.", "강민호 상무가 울산 공장을 맡는다."),
    ("Kang Min-ho joined in 2003.", "강민호 상무는 2003년 입사했다."),
]


def test_words_of_a_title_case_headline_are_no_person() -> None:
    pairs = [SentencePair("en", en, "ko", ko, f"r{i}") for i, (en, ko) in enumerate(ROWS)]
    persons = {c.forms["en"] for c in suggest(pairs).candidates if c.kind is Kind.PERSON}
    assert persons == {"Kang Min-ho"}


def test_what_is_a_headline() -> None:
    from prlocalize.glossary.suggest import _headline_case

    assert _headline_case("Kestrel Robotics to Build Second Plant in Kitakyushu")
    assert not _headline_case("Kang Min-ho will head the Ulsan plant.")
    assert not _headline_case("Yui Nakamura Named CFO")  # (too short to tell)
    assert not _headline_case("Hana Ilves, Director, Baltic Offshore Wind Institute")
