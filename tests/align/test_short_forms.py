"""Short forms a release defines are alignment anchors from their definition on."""

from __future__ import annotations

from prlocalize.align import anchors
from prlocalize.align.core import Sentence, _extract
from prlocalize.glossary.model import Glossary

EN = [
    'Kirameki Robotics Inc. (hereafter "Kirameki") today opened a plant in Sendai.',
    "Kirameki will hire three hundred people there by the end of next year.",
    "The plant runs on solar power.",
]
JA = [
    "キラメキ・ロボティクス株式会社（以下「キラメキ」）は本日、仙台に工場を開設しました。",
    "キラメキは来年末までに同工場で300人を採用します。",
    "工場は太陽光発電で稼働します。",
]


def _sentences(texts: list[str]) -> list[Sentence]:
    return [Sentence(t, t, i + 1, i) for i, t in enumerate(texts)]


def test_a_defined_short_form_ties_the_sentences_that_use_it() -> None:
    source = _extract(_sentences(EN), "en", Glossary(), readings=False)
    target = _extract(_sentences(JA), "ja", Glossary(), readings=False)
    assert source[1].terms == target[1].terms == ("defined:0",)
    matched, _, missed = anchors.agreement(source[1], target[1])
    assert matched >= 1 and missed == 0
    assert "defined:0" not in source[2].terms + target[2].terms  # not used there
    # a sentence that does not use the form on the other side is told apart
    assert anchors.cost(source[1], target[2]) > anchors.cost(source[1], target[1])


def test_a_form_inside_a_longer_word_is_not_a_use() -> None:
    source = _extract(
        _sentences(['Acme Corp. (the "Acme") grew.', "Acmeville is a town."]),
        "en",
        Glossary(),
        readings=False,
    )
    assert source[1].terms == ()
