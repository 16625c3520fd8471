"""``glossary suggest``: the heading of a release's boilerplate names the company without
its legal form ('About Kumo Dynamics' beside '쿠모 다이내믹스 소개'), read like a person's
two words; the archive writes it elsewhere with its legal form ('Kumo Dynamics Inc.'),
so it is the company's name, never a person's."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

ROWS = [
    ("About Kumo Dynamics", "쿠모 다이내믹스 소개"),
    ("About Kumo Dynamics", "쿠모 다이내믹스 소개"),
    ("Kumo Dynamics Inc. makes drones for farms.", "쿠모 다이내믹스는 농업용 드론을 만든다."),
    ("Ji-woo Seo joined the board in 2024.", "서지우는 2024년 이사회에 합류했다."),
    ("Ji-woo Seo leads the drone division.", "서지우는 드론 사업부를 이끈다."),
]


def test_a_company_named_in_a_heading_is_no_person() -> None:
    pairs = [SentencePair("en", en, "ko", ko, f"r{i}") for i, (en, ko) in enumerate(ROWS)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    assert "Kumo Dynamics" not in found
    assert found["Ji-woo Seo"].kind is Kind.PERSON
