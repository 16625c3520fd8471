"""Fixtures of the translation tests: local service stand-ins and small glossaries."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# the contract suite and the stub servers are plain modules beside the tests
sys.path.insert(0, str(Path(__file__).parent))

from servers import Behaviour, DeepLServer, LibreServer, OpenAiServer

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term
from prlocalize.translate.engine import MtOptions
from prlocalize.translate.policy import RetryPolicy


class Sleeps(list[float]):
    """A stand-in for time.sleep that records the delays asked for."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def options(sleeps: Sleeps) -> MtOptions:
    """Options for a machine backend: no real sleeping between retries, two workers."""
    return MtOptions(workers=2, retry=RetryPolicy(attempts=4, sleep=sleeps))


@pytest.fixture
def libre() -> Iterator[LibreServer]:
    with LibreServer(Behaviour()) as server:
        yield server


@pytest.fixture
def deepl_server() -> Iterator[DeepLServer]:
    with DeepLServer(Behaviour(key="deepl-secret-key:fx")) as server:
        yield server


@pytest.fixture
def openai_server() -> Iterator[OpenAiServer]:
    with OpenAiServer(Behaviour(key="sk-test-secret")) as server:
        yield server


def small_glossary() -> Glossary:
    """Entries with en/ja/ko forms, a DNT brand and a person with no ja form."""
    return Glossary(
        [
            Entry(
                "place:shonan-ipark",
                Kind.PLACE,
                {
                    "en": Term("Shonan iPark"),
                    "ja": Term("湘南アイパーク"),
                    "ko": Term("쇼난 아이파크"),
                },
            ),
            Entry(
                "org:mss",
                Kind.ORG,
                {
                    "en": Term("Ministry of SMEs and Startups"),
                    "ja": Term("中小ベンチャー企業部"),
                    "ko": Term("중소벤처기업부"),
                },
            ),
            Entry("brand:youtube", Kind.BRAND, {"en": Term("YouTube")}, dnt=True),
            Entry(
                "person:oh-youngju",
                Kind.PERSON,
                {
                    "en": Term("Oh Youngju", name=PersonName("Youngju", "Oh")),
                    "ja": Term("オ・ヨンジュ"),
                    "ko": Term("오영주", name=PersonName("영주", "오")),
                },
            ),
            Entry(
                "person:mikio-kato",
                Kind.PERSON,
                {"en": Term("Mikio Kato", name=PersonName("Mikio", "Kato"))},
            ),
            Entry(
                "title:minister-mss",
                Kind.TITLE,
                {
                    "en": Term("Minister, Ministry of SMEs and Startups"),
                    "ja": Term("中小ベンチャー企業部長官"),
                    "ko": Term("중소벤처기업부 장관"),
                },
            ),
        ]
    )


@pytest.fixture
def glossary() -> Glossary:
    return small_glossary()
