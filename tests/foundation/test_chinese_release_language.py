"""The language of a Chinese release that quotes some Japanese: letters only Chinese
writes (这, 们, 發, 會) outnumbering its kana and Japanese-only letters keep it Chinese,
so that its glossary checks and script checks run as a Chinese release's. A Japanese
release, kana on every line, stays Japanese whatever Chinese name it quotes."""

from __future__ import annotations

import pytest

from prlocalize.readers import parse_text
from prlocalize.readers._build import detect_language_fast
from prlocalize.scripts import detect_language

CHINESE_WITH_JAPANESE = (
    "# 南岳物产发布2027年度中期经营计划\n\n"
    "南岳物产今天发布了为期三年的中期经营计划，目标是将海外营业收入提高到总收入的一半。"
    "该公司表示，将重点投资东南亚的物流设施，并加强与当地合作伙伴的关系。\n\n"
    "詳しくは当社ウェブサイトをご覧ください。\n"
)
TRADITIONAL_WITH_JAPANESE_NAME = (
    "南嶽物產社長関口誠表示，這項計畫將協助集團擴大海外營業收入，並強化與當地夥伴的關係。"
)
JAPANESE_QUOTING_CHINESE = (
    "南岳物産は本日、上海の合弁会社「南岳物产（上海）有限公司」の設立を発表しました。"
    "同社は現地の物流需要の拡大に対応するため、倉庫の増設を進めています。"
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (CHINESE_WITH_JAPANESE, "zh"),
        (TRADITIONAL_WITH_JAPANESE_NAME, "zh"),
        (JAPANESE_QUOTING_CHINESE, "ja"),
        ("代表取締役社長 関口誠", "ja"),  # (a roster line: no kana, a Japanese-only letter)
        ("北沢電機の新工場", "ja"),
    ],
)
def test_release_language(text: str, lang: str) -> None:
    assert parse_text(text, path="release.md", format="markdown").lang == lang
    assert detect_language(text) == detect_language_fast(text) == lang
