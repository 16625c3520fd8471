"""Fixtures of the translation tests: local service stand-ins and small glossaries."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# the contract suite and the stub servers are plain modules beside the tests
sys.path.insert(0, str(Path(__file__).parent))

from translate_fixtures import small_glossary
from translate_servers import Behaviour, DeepLServer, LibreServer, OpenAiServer

from prlocalize.glossary.model import Glossary
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


@pytest.fixture
def glossary() -> Glossary:
    return small_glossary()
