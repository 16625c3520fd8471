"""What a language model writes round a translation: a label, quotes, a fence or a line
break the source has not are taken off; a note of its own or a second version on another
line is refused. Each used to be written into the catalog as part of the translation."""

from __future__ import annotations

import pytest
from test_deepl_openai import chatgpt_backend
from translate_servers import OpenAiServer

from prlocalize.glossary.model import Glossary
from prlocalize.translate.answer_wrappers import unwrapped
from prlocalize.translate.engine import MtOptions
from prlocalize.translate.protect import ProtectedBackend


@pytest.mark.parametrize(
    ("answer", "source", "expected"),
    [
        ("翻訳：港は午前6時に開きます。", "The port opens at 6 a.m.", "港は午前6時に開きます。"),
        ("Here is the translation: 항구는 연다.", "The port opens.", "항구는 연다."),
        ("Translation: The ferry is free.", "페리는 무료다.", "The ferry is free."),
        ("Sure! Here is the Japanese translation:\n港は開く。", "The port opens.", "港は開く。"),
        ("「港は午前6時に開きます。」", "The port opens at 6 a.m.", "港は午前6時に開きます。"),
        ('"항구는 오전 6시에 연다."', "The port opens at 6 a.m.", "항구는 오전 6시에 연다."),
        ("```\nThe ferry is free.\n```", "페리는 무료다.", "The ferry is free."),
        ("항구는 오전 6시에 연다.\n", "The port opens at 6 a.m.", "항구는 오전 6시에 연다."),
    ],
)
def test_a_models_wrapper_is_taken_off(answer: str, source: str, expected: str) -> None:
    assert unwrapped(answer, source) == (expected, None)


@pytest.mark.parametrize(
    ("answer", "source", "why"),
    [
        ("港は開きます。\n\n（注：港名は原文のままです。）", "The port opens.", "note"),
        ("The ferry is free. (Note: 페리 means ferry.)", "페리는 무료다.", "note"),
        ("문의: port@example.com (참고: 주소는 그대로)", "Contact port@example.com.", "note"),
        ("1. 항구는 연다.\n2. 항구가 문을 연다.", "The port opens.", "2 lines"),
        ("The pier opens at six. The pier opens at six.", "부두는 6시에 연다.", "twice"),
        ("桟橋は毎朝6時に開きます。桟橋は毎朝6時に開きます。", "The pier opens at six.", "twice"),
    ],
)
def test_a_note_or_a_second_version_is_refused(answer: str, source: str, why: str) -> None:
    _, refused = unwrapped(answer, source)
    assert refused is not None and why in refused


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("注：価格は消費税込みです。", "Note: Prices include consumption tax."),
        ("Note: Fares are subject to change.", "참고: 요금은 변동될 수 있다."),
        ("※価格は税抜きです。", "* Prices exclude tax."),
        ("「水はぜいたく品ではない」と述べた。", '"Water is not a luxury," she said.'),
        ('"Sora" means "sky."', "「ソラ」は空を意味します。"),
        ("Japanese companies: three; Korean companies: two.", "日本企業は3社、韓国企業は2社です。"),
        ("日本語：石黒健太、韓国語：朴智媛", "Japanese: Kenta Ishiguro, Korean: Park Ji-won"),
        ("翻訳サービスを40言語で提供開始します。", "Translation services now in 40 languages."),
        ("開場は午前10時30分です。", "Doors open at 10:30 a.m."),
        ("Yes. Yes. We will open the pier.", "はい。はい。桟橋を開きます。"),
        ("Sold out. Sold out again today.", "完売。今日も完売。"),
        ("Please note: fares may change.", "ご注意ください。運賃は変わることがあります。"),
    ],
)
def test_a_translation_of_that_shape_is_left_as_it_is(answer: str, source: str) -> None:
    assert unwrapped(answer, source) == (answer, None)


def test_a_chat_answer_lands_without_its_label_and_a_note_is_rejected(
    openai_server: OpenAiServer,
    options: MtOptions,
    glossary: Glossary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRLOCALIZE_CHATGPT_API_KEY", "sk-test-secret")
    table = openai_server.behaviour.table
    table[("ja", '<x id="0"/> spoke.')] = '翻訳：「<x id="0"/>が話した。」'
    table[("ja", "The port opens.")] = "港は開きます。\n\n（注：港名は原文のままです。）"
    backend = ProtectedBackend(chatgpt_backend(openai_server, options), glossary)
    spoke, port = backend.translate(["Oh Youngju spoke.", "The port opens."], "en", "ja")
    assert spoke is not None and spoke.text == "オ・ヨンジュが話した。" and not spoke.rejected
    assert port is not None and port.rejected and "note of the model's own" in port.rejected
