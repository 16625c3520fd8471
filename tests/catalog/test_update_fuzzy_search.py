"""update's fuzzy matching finds, for every changed msgid, the old msgid a scan of all of
them with rapidfuzz finds (the same translation, fuzzy flag and previous msgid), while it
compares each with a few of them: its trigram index and length band only pass over texts
that cannot score as high as a good candidate found first."""

from __future__ import annotations

import random
from typing import Any

import pytest
from babel.messages.catalog import Catalog, Message
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from prlocalize.catalog import update
from prlocalize.catalog.update import (
    FUZZY_CUTOFF,
    FuzzyMatches,
    Key,
    _Closest,
    _fuzzy_sources,
    _text,
    merge_catalog,
)


def _scan(
    pending: list[tuple[int, Message]],
    old_active: dict[Key, Message],
    old_obsolete: dict[Key, Message],
    exact: set[Key],
) -> dict[int, Key]:
    """The search as it was: extractOne over the changed texts, then over all of them."""
    everything = [k for k, m in old_active.items() if m.string and _text(k[0])]
    everything += [k for k, m in old_obsolete.items() if m.string and _text(k[0])]
    left_over = [k for k in everything if k not in exact]
    stages = [(left_over, [k[0] for k in left_over])]
    if len(left_over) < len(everything):
        stages.append((everything, [k[0] for k in everything]))
    found: dict[int, Key] = {}
    for index, tmsg in pending:
        for keys, texts in stages:
            best = process.extractOne(
                str(tmsg.id), texts, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best is not None:
                found[index] = keys[best[2]]
                break
    return found


_WORDS = [
    "Harwick",
    "Port",
    "Authority",
    "said",
    "container",
    "traffic",
    "rose",
    "percent",
    "to",
    "TEU",
    "the",
    "highest",
    "since",
    "terminal",
    "opened",
    "in",
    "March",
    "April",
    "fiscal",
    "year",
    "revenue",
    "grew",
    "by",
    "compared",
    "with",
    "previous",
    "Minato",
    "Holdings",
    "Co.,",
    "Ltd.",
    "will",
    "invest",
    "million",
    "over",
    "months",
    "employ",
    "about",
    "people",
]


def _sentence(rnd: random.Random) -> str:
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(1, 18))]
    if rnd.random() < 0.5:
        words.insert(rnd.randint(0, len(words)), f"{rnd.randint(1, 99)}.{rnd.randint(0, 9)}%")
    return " ".join(words) + rnd.choice((".", "", ":"))


def _edited(rnd: random.Random, text: str) -> str:
    for _ in range(rnd.randint(1, 3)):
        at = rnd.randint(0, len(text))
        if rnd.random() < 0.5 or not text:
            text = text[:at] + rnd.choice(("Updated: ", "x", " new", "2")) + text[at:]
        else:
            text = text[:at] + text[at + rnd.randint(1, 6) :]
    return text or "x"


def _catalogs(
    seed: int, size: int
) -> tuple[list[tuple[int, Message]], dict[Key, Message], dict[Key, Message], set[Key]]:
    """Old catalogs full of near-duplicates (sentences of a few words, figures changed,
    the same text under two contexts, untranslated ones) and a template that edits some,
    keeps most and adds a few."""
    rnd = random.Random(seed)
    texts = [_sentence(rnd) for _ in range(size)]
    texts += [_edited(rnd, rnd.choice(texts)) for _ in range(size // 2)]  # near-duplicates
    old_active: dict[Key, Message] = {}
    for i, text in enumerate(texts):
        context = "heading" if i % 13 == 0 else None
        old_active[(text, context)] = Message(text, "訳" if i % 7 else "", context=context)
    old_obsolete = {(t, None): Message(t, "旧訳") for t in (_sentence(rnd) for _ in range(5))}
    pending: list[tuple[int, Message]] = []
    exact: set[Key] = set()
    for i, key in enumerate(old_active):
        if i % 4 == 1:
            pending.append((i, Message(_edited(rnd, key[0]), context=key[1])))
        elif i % 9 == 2:
            pending.append((i, Message(_sentence(rnd))))
        else:
            exact.add(key)
    return pending, old_active, old_obsolete, exact


def test_the_index_finds_what_a_scan_of_every_old_msgid_finds() -> None:
    for seed in range(6):
        pending, old_active, old_obsolete, exact = _catalogs(seed, 300)
        expected = _scan(pending, old_active, old_obsolete, exact)
        assert _fuzzy_sources(pending, old_active, old_obsolete, exact) == expected
        assert len(expected) > len(pending) // 2  # most of them are matched, some are not


def test_of_texts_that_score_the_same_the_first_is_taken() -> None:
    # the same text twice (two contexts), and two texts as far from the query both ways
    texts = ["The plant opens in May.", "The plant opens in May.", "The plant opens in June."]
    search = _Closest(texts)
    assert search.closest("The plant opens in May!") == 0
    ties = ["Revenue rose 12%.", "Revenue rose 13%.", "Revenue rose 14%."]
    assert _Closest(ties).closest("Revenue rose 1%.") == 0
    # what rapidfuzz's own scan takes, for texts spread over lengths in any order
    rnd = random.Random(3)
    others = [_sentence(rnd) for _ in range(400)]
    for query in others[:60]:
        hit = process.extractOne(query + "!", others, scorer=fuzz.ratio, score_cutoff=60)
        assert _Closest(others).closest(query + "!") == (None if hit is None else hit[2])


def test_a_text_nothing_comes_close_to_is_not_matched() -> None:
    search = _Closest(["Alpha beta gamma delta.", "Press contact: pr@example.com"])
    assert search.closest("株式会社ミナト") is None
    assert search.closest("a") is None


_SHORT = st.text(alphabet="abc 12.é", min_size=1, max_size=14)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SHORT, min_size=1, max_size=40), st.lists(_SHORT, min_size=1, max_size=10))
def test_any_texts_and_queries_give_the_scan_s_choice(texts: list[str], queries: list[str]) -> None:
    search = _Closest(texts)
    for query in queries:
        hit = process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        assert search.closest(query) == (None if hit is None else hit[2])


_PHRASE = st.lists(
    st.sampled_from([*_WORDS[:12], "12.5%", "x", "Updated:"]), min_size=1, max_size=16
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=60), st.lists(_PHRASE, min_size=1, max_size=10))
def test_near_duplicate_sentences_give_the_scan_s_choice(
    texts: list[list[str]], queries: list[list[str]]
) -> None:
    choices = [" ".join(words) for words in texts]
    search = _Closest(choices)
    for words in queries:
        query = " ".join(words)
        hit = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        assert search.closest(query) == (None if hit is None else hit[2])


def _locale_catalogs(untranslated: str | None = None) -> tuple[Catalog, Catalog]:
    old, template = Catalog(locale="ja"), Catalog()
    for text in ("The plant opens in May.", "Revenue rose 12%.", "Contact: pr@example.com"):
        old.add(text, "" if text == untranslated else "訳")
        template.add(text.replace(".", " in Osaka.", 1) if text.startswith("The") else text)
    template.add("Revenue rose 13%.")
    return old, template


def test_the_locales_of_a_template_share_one_search_when_their_msgids_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[int] = []
    real = update._search

    def counting(*args: Any) -> dict[int, int]:
        searched.append(1)
        return real(*args)

    monkeypatch.setattr(update, "_search", counting)
    matched = FuzzyMatches()
    ja, template = _locale_catalogs()
    ko = _locale_catalogs()[0]
    first = merge_catalog(ja, template, "ja", matched=matched)[0]
    second = merge_catalog(ko, template, "ko", matched=matched)[0]
    assert len(searched) == 1
    assert [(m.id, m.fuzzy, m.previous_id) for m in second] == [
        (m.id, m.fuzzy, m.previous_id) for m in first
    ]
    assert first.get("The plant opens in May in Osaka.").previous_id == ["The plant opens in May."]
    # a locale whose catalog has another msgid untranslated is searched again
    other = _locale_catalogs(untranslated="The plant opens in May.")[0]
    third = merge_catalog(other, template, "zh", matched=matched)[0]
    assert len(searched) == 2
    assert not third.get("The plant opens in May in Osaka.").fuzzy
