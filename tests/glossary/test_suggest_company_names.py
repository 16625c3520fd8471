"""``glossary suggest``: a company's name whose words read like a person's in Hangul or
katakana ('Kumo Dynamics Inc.' and '쿠모 다이내믹스', the Korean without its legal form)
was proposed as a person 'Kumo Dynamics' with name parts, and its words kept the
department after it ('쿠모 다이내믹스 홍보실') out of no title or organisation. A legal
form right after the English name makes it a company's: proposed as one, by reading."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

ROWS = [
    ("Kumo Dynamics Inc. makes drones in Busan.", "쿠모 다이내믹스는 부산에서 드론을 만든다."),
    (
        "Kumo Dynamics Inc. and Hanul Bank signed an agreement.",
        "쿠모 다이내믹스와 하늘은행은 협약을 체결했다.",
    ),
    ("Seo Ji-woo, CEO of Kumo Dynamics Inc., spoke.", "서지우 쿠모 다이내믹스 대표가 말했다."),
]


def test_a_company_before_its_legal_form_is_no_person() -> None:
    pairs = [SentencePair("en", en, "ko", ko, f"r{i}") for i, (en, ko) in enumerate(ROWS)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    assert "Kumo Dynamics" not in found
    assert found["Kumo Dynamics Inc."].kind is Kind.ORG
    assert found["Kumo Dynamics Inc."].forms["ko"] == "쿠모 다이내믹스"


def test_a_company_written_in_katakana_is_read_on_its_consonants() -> None:
    """Katakana adds vowels ('ケストレル・ロボティクス' reads gesudorerurobodigusu against
    Kestrel Robotics' gesdrerobodigs: 82 of 100, under the bar), so the company was
    proposed in Korean only; compared on their consonants, as foreign persons' names
    are, the two read alike."""
    rows = [
        (
            "Falstrom Robotics Inc. will open a plant in Kumamoto.",
            "ファルストロム・ロボティクス株式会社は、熊本に工場を開設します。",
        ),
    ]
    pairs = [SentencePair("en", en, "ja", ja, f"r{i}") for i, (en, ja) in enumerate(rows)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    assert found["Falstrom Robotics Inc."].forms.get("ja") == "ファルストロム・ロボティクス株式会社"


def test_a_subsidiary_named_after_the_company_is_no_person() -> None:
    """'Kumo Dynamics Korea' read like '쿠모 다이내믹스 코리아': its last two words were a
    person 'Dynamics Korea'; a founder whose name the company bears is still a person."""
    rows = [
        (
            "Kumo Dynamics Inc. has opened Kumo Dynamics Korea in Busan.",
            "쿠모 다이내믹스는 부산에 쿠모 다이내믹스 코리아를 설립했다.",
        ),
        (
            "Kenji Honda founded Honda Seiki Co., Ltd. in 1962.",
            "혼다 겐지는 1962년 혼다 세이키를 창업했다.",
        ),
        ("Kenji Honda was its first president.", "혼다 겐지는 초대 사장이었다."),
    ]
    pairs = [SentencePair("en", en, "ko", ko, f"r{i}") for i, (en, ko) in enumerate(rows)]
    persons = {c.forms["en"] for c in suggest(pairs).candidates if c.kind is Kind.PERSON}
    assert "Dynamics Korea" not in persons
    assert "Kenji Honda" in persons
