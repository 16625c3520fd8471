"""A short label ('本件に関するお問い合わせ' / 'Media contact', a lead-in 'ケアミの主な機能は
次のとおりです。' / "Carumi's main features:") is off by about a word's length whichever way it is
translated. The length model's floor under the spread was four characters of the target
whatever its language: a Japanese word's length, but a fraction of an English word's,
so the same pair cost almost twice as much aligned from the Japanese as from the English,
and a Japanese release's contact label and a lead-in scored below the threshold against
its official English (0.48, 0.42) while the English-first alignment accepted them."""

from __future__ import annotations

from prlocalize.align.length import LengthModel

RATIO = 2.144  # English characters per Japanese character, as a close translation has


def test_a_short_label_costs_about_the_same_either_way() -> None:
    ja_en = LengthModel(RATIO, 6.8 * RATIO)
    en_ja = LengthModel(1 / RATIO, 6.8 / RATIO)
    # '本件に関するお問い合わせ' (12) and 'Media contact' (12 without the space)
    assert ja_en.cost(12, 12) <= 1.5 * en_ja.cost(12, 12)


def test_a_sentence_keeps_its_cost() -> None:
    # the floor matters for labels only: a sentence's spread is its length's
    ja_en = LengthModel(RATIO, 6.8 * RATIO)
    assert ja_en.cost(40, 86) < 1.0
    assert ja_en.cost(40, 40) > 200
