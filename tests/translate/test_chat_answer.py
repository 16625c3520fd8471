"""A chat model's message read through the wrappers models put round the JSON asked for:
a code fence, a line of their own before it, another key, a bare array. An error inside
an HTTP 200 is the service's failure; a message with no translations rejects each text
with the reason, where it used to leave the catalog untranslated without a word."""

from __future__ import annotations

import pytest
from test_deepl_openai import chatgpt_backend
from translate_servers import OpenAiServer

from prlocalize.errors import BackendError
from prlocalize.translate.chat_answer import ModelError, Unreadable, chat_translations
from prlocalize.translate.engine import MtOptions

ANSWERS = ["船は毎日出ます。", "料金は無料です。"]


@pytest.mark.parametrize(
    "content",
    [
        '```json\n{"translations": ["船は毎日出ます。", "料金は無料です。"]}\n```',
        'Here are the translations:\n\n{"translations": ["船は毎日出ます。", "料金は無料です。"]}',
        'Sure!\n```\n{"translations": ["船は毎日出ます。", "料金は無料です。"]}\n```\nLet me know.',
        '{"translation": ["船は毎日出ます。", "料金は無料です。"]}',
        '["船は毎日出ます。", "料金は無料です。"]',
    ],
)
def test_the_translations_are_read_through_the_models_wrapper(content: str) -> None:
    assert chat_translations(content) == ANSWERS


def test_a_json_object_with_an_error_is_the_services_failure() -> None:
    with pytest.raises(ModelError, match="overloaded"):
        chat_translations('{"error": {"message": "The model is overloaded.", "code": 503}}')


@pytest.mark.parametrize(
    "content",
    ["", "I'm sorry, but I can't help with that.", '{"a": [1], "b": [2]}', "{not json}"],
)
def test_a_message_without_translations_is_unreadable(content: str) -> None:
    with pytest.raises(Unreadable):
        chat_translations(content)


@pytest.fixture
def fenced(openai_server: OpenAiServer, monkeypatch: pytest.MonkeyPatch) -> OpenAiServer:
    monkeypatch.setenv("PRLOCALIZE_CHATGPT_API_KEY", "sk-test-secret")
    openai_server.behaviour.tag_unknown = True
    return openai_server


def test_a_batch_answered_in_a_fence_lands_in_one_request(
    fenced: OpenAiServer, options: MtOptions
) -> None:
    fenced.behaviour.chat_wrap = "Here are the translations:\n```json\n{}\n```"
    texts = ["Ferries leave daily.", "Parking is free."]
    got = chatgpt_backend(fenced, options).translate(texts, "en", "ja")
    assert [c.text if c else None for c in got] == [f"[ja] {t}" for t in texts]
    assert fenced.count() == 1  # not asked again text by text


def test_a_message_without_translations_rejects_each_text_with_the_reason(
    fenced: OpenAiServer, options: MtOptions
) -> None:
    fenced.behaviour.chat_wrap = "I'm sorry, but I can't help with that."
    texts = ["Ferries leave daily.", "Parking is free."]
    got = chatgpt_backend(fenced, options).translate(texts, "en", "ja")
    assert all(c is not None and c.rejected for c in got)
    assert "no translation in the model's answer" in (got[0].rejected if got[0] else "")
    assert "can't help" in (got[1].rejected if got[1] else "")


def test_an_error_inside_a_200_stops_the_run_with_its_message(
    fenced: OpenAiServer, options: MtOptions
) -> None:
    fenced.behaviour.chat_wrap = '{"error": {"message": "Model is loading, retry later"}}'
    with pytest.raises(BackendError, match="the model answered with an error: Model is loading"):
        chatgpt_backend(fenced, options).translate(["Ferries leave daily."], "en", "ja")


def test_a_key_the_message_echoes_is_never_shown_even_in_part(
    fenced: OpenAiServer, options: MtOptions
) -> None:
    # the reason quotes the message's start, cut at 60 characters: the key's head would show
    refusal = "Sorry, this gateway rejects requests made with key sk-test-secret."
    fenced.behaviour.chat_wrap = refusal
    (got,) = chatgpt_backend(fenced, options).translate(["Ferries leave daily."], "en", "ja")
    assert got is not None and got.rejected and "***" in got.rejected
    assert "sk-test" not in got.rejected


def test_each_translation_written_as_an_object_is_read() -> None:
    content = (
        '[{"id": 0, "translation": "船は毎日出ます。"}, {"id": 1, "text": "料金は無料です。"}]'
    )
    assert chat_translations(content) == ANSWERS


def test_an_answer_that_is_no_text_rejects_its_text_with_the_reason(
    fenced: OpenAiServer, options: MtOptions
) -> None:
    fenced.behaviour.chat_wrap = '{"translations": [{"ja": "船", "en": "ship"}]}'
    (got,) = chatgpt_backend(fenced, options).translate(["Ferries leave daily."], "en", "ja")
    assert got is not None and got.rejected == "the model's answer for it is no text (dict)"


def test_a_translation_written_as_a_json_object_in_a_string_is_read() -> None:
    inner = '"{\\"translation\\": \\"船は毎日出ます。\\"}"'
    assert chat_translations(f'{{"translations": [{inner}, "料金は無料です。"]}}') == ANSWERS
    braces = '{"translations": ["{船} は毎日出ます。"]}'  # braces of the text's own
    assert chat_translations(braces) == ["{船} は毎日出ます。"]
