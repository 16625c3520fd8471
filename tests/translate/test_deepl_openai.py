"""DeepL through the official ``deepl`` client and ChatGPT through the official
``openai`` client, each against a local server speaking that service's API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from contract import CASES, MASKED, MachineBackendContract
from translate_servers import DeepLServer, OpenAiServer

from prlocalize.errors import BackendError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.cache import MtCache
from prlocalize.translate.deepl_backend import DeepLBackend
from prlocalize.translate.engine import MtOptions
from prlocalize.translate.openai_backend import ChatGptBackend
from prlocalize.translate.protect import ProtectedBackend

DEEPL_KEY = "deepl-secret-key:fx"
OPENAI_KEY = "sk-test-secret"


def _table(server) -> None:  # DeepLServer | OpenAiServer
    server.behaviour.table.update({(t, text): out for _, t, text, out in (*CASES, MASKED)})


@pytest.fixture
def deepl_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRLOCALIZE_DEEPL_API_KEY", DEEPL_KEY)


@pytest.fixture
def openai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRLOCALIZE_CHATGPT_API_KEY", OPENAI_KEY)


def deepl_backend(
    server: DeepLServer, options: MtOptions, glossary: Glossary | None = None
) -> DeepLBackend:
    options.url = server.url
    return DeepLBackend(options, glossary=glossary)


def chatgpt_backend(server: OpenAiServer, options: MtOptions) -> ChatGptBackend:
    options.url = server.url + "v1"
    return ChatGptBackend(options)


# ---------------------------------------------------------------- DeepL


@pytest.mark.usefixtures("deepl_env")
class TestDeepLBackend(MachineBackendContract):
    @pytest.fixture
    def backend(self, deepl_server: DeepLServer, options: MtOptions) -> DeepLBackend:
        _table(deepl_server)
        return deepl_backend(deepl_server, options)


@pytest.mark.usefixtures("deepl_env")
def test_deepl_key_travels_in_the_header_only(
    deepl_server: DeepLServer, options: MtOptions
) -> None:
    _table(deepl_server)
    deepl_backend(deepl_server, options).translate(["Shonan iPark"], "en", "ja")
    (request,) = deepl_server.requests
    assert request["headers"]["Authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    assert DEEPL_KEY not in request["body"] and not request["query"]
    body = json.loads(request["body"])
    assert (body["source_lang"], body["target_lang"], body["tag_handling"]) == ("EN", "JA", "xml")


@pytest.mark.usefixtures("deepl_env")
def test_deepl_glossary_is_created_once_and_reused(
    deepl_server: DeepLServer, options: MtOptions, glossary: Glossary
) -> None:
    deepl_server.behaviour.table[("ja", "The ministry of SMEs.")] = "中小企業の省。"
    for _ in range(2):  # a second run (new backend) finds the glossary by name
        backend = ProtectedBackend(deepl_backend(deepl_server, options, glossary), glossary)
        backend.translate(["The ministry of SMEs."], "en", "ja")
    assert len(deepl_server.glossaries) == 1
    (created,) = deepl_server.glossaries.values()
    assert created["entries"]["Shonan iPark"] == "湘南アイパーク"
    assert created["entries"]["YouTube"] == "YouTube"  # do-not-translate stays as written
    assert "Mikio Kato" not in created["entries"]  # no approved ja form
    translate_bodies = [
        json.loads(r["body"]) for r in deepl_server.requests if r["path"] == "/v2/translate"
    ]
    assert all(b["glossary_id"] == created["id"] for b in translate_bodies)


@pytest.mark.usefixtures("deepl_env")
def test_deepl_without_glossaries_for_the_pair_still_translates(
    deepl_server: DeepLServer, options: MtOptions, glossary: Glossary
) -> None:
    deepl_server.no_glossaries_for.add("ko")
    deepl_server.behaviour.table[("ko", 'Hello from <x id="0"/>.')] = (
        '<x id="0"/>에서 인사드립니다.'
    )
    backend = ProtectedBackend(deepl_backend(deepl_server, options, glossary), glossary)
    (candidate,) = backend.translate(["Hello from Shonan iPark."], "en", "ko")
    assert candidate is not None and candidate.text == "쇼난 아이파크에서 인사드립니다."
    assert not deepl_server.glossaries


@pytest.mark.usefixtures("deepl_env")
def test_deepl_masks_and_applies_terms(
    deepl_server: DeepLServer, options: MtOptions, glossary: Glossary
) -> None:
    deepl_server.behaviour.table[("ja", 'Hello from <x id="0"/>.')] = '<x id="0"/>からこんにちは。'
    backend = ProtectedBackend(deepl_backend(deepl_server, options, glossary), glossary)
    (candidate,) = backend.translate(["Hello from Shonan iPark."], "en", "ja")
    assert candidate is not None and candidate.text == "湘南アイパークからこんにちは。"
    assert candidate.origin == "deepl"


@pytest.mark.usefixtures("deepl_env")
def test_deepl_wrong_key_and_quota(deepl_server: DeepLServer, options: MtOptions) -> None:
    deepl_server.behaviour.key = "someone-else"
    with pytest.raises(BackendError) as caught:
        deepl_backend(deepl_server, options).translate(["x"], "en", "ja")
    assert str(caught.value) == "deepl: authorisation failed: check PRLOCALIZE_DEEPL_API_KEY"
    deepl_server.behaviour.key = None
    deepl_server.behaviour.fail_after, deepl_server.behaviour.fail_status = 0, 456
    with pytest.raises(BackendError, match="quota for this billing period"):
        deepl_backend(deepl_server, options).translate(["y"], "en", "ja")


@pytest.mark.usefixtures("deepl_env")
def test_deepl_429_is_retried(deepl_server: DeepLServer, options: MtOptions, sleeps) -> None:
    _table(deepl_server)
    deepl_server.behaviour.throttle = 1
    got = deepl_backend(deepl_server, options).translate(["Shonan iPark"], "en", "ko")
    assert [c.text for c in got if c] == ["쇼난 아이파크"]
    assert len(sleeps) == 1


def test_deepl_missing_key_names_the_variable() -> None:
    with pytest.raises(BackendError, match="set the environment variable PRLOCALIZE_DEEPL_API_KEY"):
        DeepLBackend(MtOptions())


# ---------------------------------------------------------------- ChatGPT


@pytest.mark.usefixtures("openai_env")
class TestChatGptBackend(MachineBackendContract):
    @pytest.fixture
    def backend(self, openai_server: OpenAiServer, options: MtOptions) -> ChatGptBackend:
        _table(openai_server)
        return chatgpt_backend(openai_server, options)


@pytest.mark.usefixtures("openai_env")
def test_chatgpt_prompt_names_the_protected_terms(
    openai_server: OpenAiServer, options: MtOptions, glossary: Glossary
) -> None:
    openai_server.behaviour.table[("ja", '<x id="0"/> spoke.')] = '<x id="0"/>が話した。'
    backend = ProtectedBackend(chatgpt_backend(openai_server, options), glossary)
    (candidate,) = backend.translate(["Oh Youngju spoke."], "en", "ja")
    assert candidate is not None and candidate.text == "オ・ヨンジュが話した。"
    (prompt,) = openai_server.prompts
    assert "<x id=\"0\"/> in input 0: 'Oh Youngju' → 'オ・ヨンジュ'" in prompt
    (request,) = openai_server.requests
    assert request["headers"]["Authorization"] == f"Bearer {OPENAI_KEY}"
    assert OPENAI_KEY not in request["body"]


@pytest.mark.usefixtures("openai_env")
def test_chatgpt_honours_retry_after(
    openai_server: OpenAiServer, options: MtOptions, sleeps
) -> None:
    _table(openai_server)
    openai_server.behaviour.throttle, openai_server.behaviour.retry_after = 2, "3"
    got = chatgpt_backend(openai_server, options).translate(["Shonan iPark"], "en", "ja")
    assert [c.text for c in got if c] == ["湘南アイパーク"]
    assert sleeps == [3.0, 3.0]


@pytest.mark.usefixtures("openai_env")
def test_chatgpt_batches_and_caches(
    openai_server: OpenAiServer, options: MtOptions, tmp_path: Path
) -> None:
    openai_server.behaviour.tag_unknown = True
    options.cache = MtCache(tmp_path / "cache.sqlite")
    texts = [f"Line {n}" for n in range(45)]
    first = chatgpt_backend(openai_server, options).translate(texts, "en", "ko")
    assert [c.text for c in first if c] == [f"[ko] Line {n}" for n in range(45)]
    assert openai_server.count() == 3  # batches of 20
    chatgpt_backend(openai_server, options).translate(texts, "en", "ko")
    assert openai_server.count() == 3
    assert OPENAI_KEY.encode() not in (tmp_path / "cache.sqlite").read_bytes()


@pytest.mark.usefixtures("openai_env")
def test_chatgpt_batch_answered_with_two_texts_merged_is_asked_again_text_by_text(
    openai_server: OpenAiServer, options: MtOptions
) -> None:
    # a model that merges two inputs leaves one translation short: which answer belongs
    # to which text is unknown, and the whole batch used to be left untranslated, silently
    openai_server.behaviour.tag_unknown = True
    openai_server.behaviour.merge_last = True
    texts = ["Check-in opens early.", "Lounges open daily.", "Meals are free."]
    got = chatgpt_backend(openai_server, options).translate(texts, "en", "ja")
    assert [c.text if c else None for c in got] == [f"[ja] {t}" for t in texts]
    assert openai_server.count() == 1 + len(texts)


@pytest.mark.usefixtures("openai_env")
def test_chatgpt_wrong_key_is_reported_without_it(
    openai_server: OpenAiServer, options: MtOptions
) -> None:
    openai_server.behaviour.key = "sk-other"
    with pytest.raises(BackendError) as caught:
        chatgpt_backend(openai_server, options).translate(["x"], "en", "ja")
    assert str(caught.value) == "chatgpt: authorisation failed: check PRLOCALIZE_CHATGPT_API_KEY"


def test_chatgpt_missing_key_names_the_variable() -> None:
    with pytest.raises(BackendError, match="PRLOCALIZE_CHATGPT_API_KEY"):
        ChatGptBackend(MtOptions())


@pytest.mark.usefixtures("deepl_env", "openai_env")
def test_keys_never_reach_the_logs(
    deepl_server: DeepLServer,
    openai_server: OpenAiServer,
    options: MtOptions,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    _table(deepl_server)
    _table(openai_server)
    with caplog.at_level(logging.DEBUG):
        deepl_backend(deepl_server, options).translate(["Shonan iPark"], "en", "ja")
        chatgpt_backend(openai_server, options).translate(["Shonan iPark"], "en", "ja")
    assert caplog.records  # the clients did log their requests
    assert DEEPL_KEY not in caplog.text and OPENAI_KEY not in caplog.text
