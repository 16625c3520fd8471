"""The fuzzy memory lookup goes through a trigram index once a language pair holds many
units: it must find what scoring every unit finds (same best unit, same score)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from prlocalize.translate import memory as tm
from prlocalize.translate.memory import TranslationMemory, Unit, normalise

PEOPLE = ("Hiroaki Ueno", "Oh Youngju", "Kim Sangyong", "Mikio Kato", "Yuki Abe", "Ju Ji Hyeong")
ORGS = ("Acme Diagnostics Inc.", "Northwind Biologics Corp.", "Ministry of SMEs and Startups")
PLACES = ("Fujisawa City, Kanagawa Prefecture", "Sejong", "Tokyo", "Boston", "Chungcheongbuk-do")
TOPICS = ("cell therapy", "regenerative medicine", "digital health", "gene editing")
TEMPLATES = (
    "{org} (Headquarters: {place}; CEO: {person}) today announced a partnership in {topic}.",
    "The agreement was signed at 10:30 a.m. on March {day}, {year}, in {place}.",
    "Under the agreement, {org} will invest U.S. $ {n}.{day} million over {n} years.",
    "Revenue grew by {day}.{n}% compared with the previous fiscal year.",
    "“We are delighted to work with {org},” said {person} in {place}.",
    "The facility will open in {year} and employ around {n}{day}0 researchers in {topic}.",
    "{person} of {org} presented the results on {topic} in {place} on May {day}.",
)


def sentence(rnd: random.Random) -> str:
    return rnd.choice(TEMPLATES).format(
        org=rnd.choice(ORGS),
        person=rnd.choice(PEOPLE),
        place=rnd.choice(PLACES),
        topic=rnd.choice(TOPICS),
        day=rnd.randint(1, 28),
        year=rnd.randint(2010, 2025),
        n=rnd.randint(1, 9),
    )


def edited(rnd: random.Random, text: str) -> str:
    """What a later release says instead: a word dropped, added, changed or moved, a
    number changed, or the words shuffled (mostly no match at all)."""
    words = text.split()
    i = rnd.randrange(len(words))
    match rnd.randrange(6):
        case 0:
            del words[i]
        case 1:
            words.insert(i, rnd.choice(("new", "also", "the", "jointly")))
        case 2:
            words[i] = words[i][::-1]
        case 3:
            words[i : i + 2] = reversed(words[i : i + 2])
        case 4:
            return " ".join(rnd.sample(words, len(words)))
        case _:
            return "".join(str(rnd.randint(0, 9)) if c.isdigit() else c for c in text)
    return " ".join(words)


def brute_force(sources: list[str], query: str, threshold: float) -> tuple[set[str], float]:
    """Every unit scored: the best score, and every unit that has it."""
    found = process.extract(query, sources, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
    best = max((score for _, score, _ in found), default=0.0)
    return {sources[i] for _, score, i in found if score == best}, best


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TranslationMemory]:
    """About 8,000 distinct units, looked up through the index (which a memory this
    small would only use past ``SCAN_UP_TO`` units of a close length)."""
    scan_up_to = tm.SCAN_UP_TO
    tm.SCAN_UP_TO = 500
    rnd = random.Random(16)
    path = Path(tmp_path_factory.mktemp("memory")) / "memory.sqlite"
    with TranslationMemory(path) as memory:
        memory.add(Unit("en", "ja", sentence(rnd), f"訳{k}") for k in range(20_000))
        yield memory
    tm.SCAN_UP_TO = scan_up_to


def test_the_index_finds_what_scoring_every_unit_finds(memory: TranslationMemory) -> None:
    index = memory._index("en", "ja")
    assert len(index.sources) > 10 * tm.SCAN_UP_TO
    rnd = random.Random(7)
    queries = [edited(rnd, s) for s in rnd.sample(index.sources, 300)]
    queries += [sentence(rnd) for _ in range(100)]  # new sentences, often close to one known
    found = 0
    for query in queries:
        best, score = brute_force(index.sources, normalise(query), memory.fuzzy_threshold)
        match = memory.fuzzy(query, "en", "ja")
        if not best:
            assert match is None, query
            continue
        # the same score; the same unit, or one as close (a changed number ties many)
        assert match is not None and match.score == score and match.unit.source in best, query
        found += 1
    assert found > 250  # most queries have a match: the comparison is not of two Nones
    assert index._postings is not None  # the lookups went through the index


def test_the_index_agrees_on_the_closest_units_too(memory: TranslationMemory) -> None:
    """With ``accept``, the first accepted of the five closest units, in order."""
    index = memory._index("en", "ja")
    rnd = random.Random(8)
    for source in rnd.sample(index.sources, 100):
        query = normalise(edited(rnd, source))
        found = process.extract(
            query, index.sources, scorer=fuzz.ratio, score_cutoff=75, limit=None
        )
        ranked = sorted((-score, i) for _, score, i in found)[:5]
        expected = [(index.sources[i], -score) for score, i in ranked]
        seen: list[tuple[str, float]] = []

        def accept(unit: str, query: str = query, seen: list[tuple[str, float]] = seen) -> bool:
            seen.append((unit, fuzz.ratio(query, unit)))
            return False  # refuse all: every one of the closest is offered

        assert memory.fuzzy(query, "en", "ja", accept=accept) is None
        assert seen == expected


def test_a_small_memory_is_scored_whole(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add(
            [
                Unit("en", "ja", "The roundtable was lively.", "座談会は盛況だった。"),
                Unit("en", "ja", "The roundtable was quiet.", "座談会は静かだった。"),
            ]
        )
        match = memory.fuzzy("The roundtable was very lively.", "en", "ja")
        assert match is not None and match.unit.target == "座談会は盛況だった。"
        assert match.score == pytest.approx(
            fuzz.ratio("The roundtable was very lively.", "The roundtable was lively.")
        )
        assert memory._index("en", "ja")._postings is None  # no index for two units
