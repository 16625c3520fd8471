"""PR201: a word of another script inside a quotation of the release's own language (a
comment: '"We will open the 대강당 every weekend," said the mayor', '「새로운 環境で…」') is
as untranslated as it is outside one. A quotation wholly in the other script is a
mention (a slogan, a title: '"함께 가는 서림"', '『별이 내리는 항구』'), and so are a title
that mixes the two scripts ('"Love Me 사랑해"') and a bracket, which glosses a word
('(중소벤처기업부)')."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(sentence: str, lang: str) -> list[str]:
    title = {"en": "Notice", "ja": "お知らせ", "ko": "알림"}[lang]
    document = parse_text(f"{title}\n\n{sentence}\n", path="r.txt", format="text", lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR201"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("sentence", "lang", "found"),
    [
        ('"We will open the 대강당 every weekend," said the mayor.', "en", ["대강당"]),
        ("The mayor said, “This park is our 약속 to the city.”", "en", ["약속"]),
        ("監督は「새로운 環境で挑戦したい」と語りました。", "ja", ["새로운"]),
        ("감독은 “새로운 チーム에서 뛰고 싶다”고 말했다.", "ko", ["チーム"]),
    ],
)
def test_a_foreign_word_inside_a_quoted_comment(sentence: str, lang: str, found: list[str]) -> None:
    assert _found(sentence, lang) == found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ('The city unveiled its slogan "함께 가는 서림" on Monday.', "en"),
        ("The film 《별이 내리는 항구》 opens in May.", "en"),
        ("The ministry (중소벤처기업부) hosted the event.", "en"),
        ("市は新しいスローガン「함께 가는 서림」を発表しました。", "ja"),
        ("그는 일본어로 “ありがとう”라고 인사했다.", "ko"),
    ],
)
def test_a_quotation_wholly_in_the_other_script_is_a_mention(sentence: str, lang: str) -> None:
    assert _found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The group's new single “Love Me 사랑해” tops the chart.", "en"),
        ("The single “Dream Of 꿈 And Stars” is out now.", "en"),
        ("新曲「사랑해～愛してる～」を配信します。", "ja"),
    ],
)
def test_a_title_that_mixes_the_two_scripts_is_a_mention(sentence: str, lang: str) -> None:
    assert _found(sentence, lang) == []
