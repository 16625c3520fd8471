"""A line the glossary composes of several terms ('Laura Chen, Halvorsen Robotics') gives
way to a person's exact memory match of it that holds every approved form: a contact
line's order and separators are the translator's to keep. A match with a form the sheet
no longer approves, a fuzzy one, and a line of one term stay the glossary's."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.model import Glossary
from prlocalize.translate.chain import ChainBackend
from prlocalize.translate.glossary import GlossaryBackend
from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit

GLOSSARY = """en,ja,ko,kind
Laura Chen,ローラ・チェン,로라 첸,person
Halvorsen Robotics,ハルヴォーセン・ロボティクス,할보르센 로보틱스,org
Nagoya,名古屋,나고야,place
"""
LINE = "Laura Chen, Halvorsen Robotics"


@pytest.fixture
def chain(tmp_path: Path) -> ChainBackend:
    memory = TranslationMemory(tmp_path / "m.sqlite")
    memory.add(
        [
            Unit("en", "ja", LINE, "ローラ・チェン、ハルヴォーセン・ロボティクス"),
            # a translator's line with a name the sheet has since changed
            Unit("en", "ko", LINE, "로라 천, 할보르센 로보틱스"),
            Unit("en", "ja", "Nagoya", "名古屋市"),
            Unit("en", "ja", "Laura Chen, Halvorsen Robotics Japan", "ローラ・チェン（日本法人）"),
        ]
    )
    glossary = Glossary(parse_csv(GLOSSARY, "g.csv").entries)
    return ChainBackend([GlossaryBackend(glossary), MemoryBackend(memory, glossary=glossary)])


def test_a_persons_line_of_the_same_terms_is_kept(chain: ChainBackend) -> None:
    (answer,) = chain.translate([LINE], "en", "ja")
    assert answer is not None
    assert (answer.text, answer.origin, answer.approved) == (
        "ローラ・チェン、ハルヴォーセン・ロボティクス",
        "memory",
        True,
    )


def test_a_line_without_an_approved_form_stays_the_glossarys(chain: ChainBackend) -> None:
    (answer,) = chain.translate([LINE], "en", "ko")
    assert answer is not None
    assert (answer.text, answer.origin) == ("할보르센 로보틱스 로라 첸", "glossary")


def test_one_term_and_a_fuzzy_match_stay_the_glossarys(chain: ChainBackend) -> None:
    term, composed = chain.translate(["Nagoya", "Laura Chen, Halvorsen Robotics"], "en", "ko")
    assert term is not None and (term.text, term.origin) == ("나고야", "glossary")
    assert composed is not None and composed.origin == "glossary"
    (answer,) = chain.translate(["Nagoya"], "en", "ja")
    assert answer is not None and (answer.text, answer.origin) == ("名古屋", "glossary")
