"""The matcher's forms kept beside a stored glossary (prlocalize.glossary.stored's derived
files, read back by prlocalize.glossary.matcher): found the same as worked out, worked out
again whenever the file is not exactly what was written for that glossary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prlocalize.glossary import matcher as matcher_module
from prlocalize.glossary import stored
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.glossary.stored import load_stored

SHEET = """en,ja,ko,kind,variants:en,forbidden:en,given:en,family:en
Hanul Robotics Co.,ハヌルロボティクス株式会社,하늘로보틱스(주),org,Hanul Robotics,,,
Seorin Materials Co.,ソリン素材株式会社,서린소재(주),org,,,,
Sora Min,ミン・ソラ,민소라,person,,,Sora,Min
Chief Technology Officer,最高技術責任者,최고기술책임자,title,CTO,Cheif Technology Officer,,
Gwangju,光州,광주,place,,Kwangju,,
"""

TEXT = (
    "Hanul Robotics Co. named SoraMin, its Cheif Technology Officer, and Min Sora "
    "met the CTO of Seorin Materials Inc. in Kwangju; ハヌルロボティクス株式会社と민소라."
)
CODE = "the reader's code"


def _sheet(folder: Path) -> Path:
    path = folder / "glossaries" / "team.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SHEET, encoding="utf-8")
    return path


def _derived(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{stored.DERIVED_PREFIX}*{stored.SUFFIX}"))


def _found(glossary: Glossary, locale: str = "en") -> list[tuple[str, str, str, int, int]]:
    matcher = TermMatcher._build(glossary, locale)
    return [(m.entry.id, m.form, m.kind.value, m.start, m.end) for m in matcher.find(TEXT)]


def _worked_out(glossary: Glossary, locale: str = "en") -> list[tuple[str, str, str, int, int]]:
    matcher = TermMatcher._from_tables(locale, TermMatcher._forms_by_key(glossary, locale))
    return [(m.entry.id, m.form, m.kind.value, m.start, m.end) for m in matcher.find(TEXT)]


def _refuse_working_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(glossary: Glossary, locale: str) -> object:
        raise AssertionError("the forms were worked out again")

    monkeypatch.setattr(TermMatcher, "_forms_by_key", classmethod(refuse))


def test_the_forms_kept_beside_a_stored_glossary_find_what_working_them_out_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    expected = {loc: _worked_out(load_glossaries([sheet]), loc) for loc in ("en", "ja", "ko")}
    assert {"glued", "reversed", "forbidden", "variant"} <= {f[2] for f in expected["en"]}
    first = load_stored([sheet], cache, CODE)
    assert {loc: _found(first, loc) for loc in expected} == expected  # worked out, kept
    assert len(_derived(cache)) == 3
    _refuse_working_out(monkeypatch)
    again = load_stored([sheet], cache, CODE)
    for locale in expected:
        assert _found(again, locale) == expected[locale]
        kept = TermMatcher._build(again, locale)
        assert (kept.has_forbidden, kept.has_legal_swaps) == (
            TermMatcher._build(first, locale).has_forbidden,
            TermMatcher._build(first, locale).has_legal_swaps,
        )


def test_a_glossary_not_stored_or_changed_since_keeps_nothing_and_reads_nothing(
    tmp_path: Path,
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    _found(load_stored([sheet], None, CODE))
    assert not cache.exists()
    glossary = load_stored([sheet], cache, CODE)
    _found(glossary)
    (kept,) = _derived(cache)
    before = kept.read_bytes()
    changed = load_stored([sheet], cache, CODE)
    entry = next(e for e in changed if e.kind.value == "place")
    changed.add(entry)  # its revision moves: the forms kept are no longer its own
    assert stored.read_derived(changed, "matcher forms en") is None
    _found(changed)
    assert _derived(cache) == [kept] and kept.read_bytes() == before


def _planted(record: bytes) -> list[bytes]:
    head, _, payload = record.partition(b"\n")
    header = json.loads(head)
    value = json.loads(payload)

    def signed(new_value: object) -> bytes:
        body = json.dumps(new_value).encode()
        new_header = [*header[:3], len(body), stored._payload_digest(body)]
        return json.dumps(new_header).encode() + b"\n" + body

    rows = value[4]
    first = rows[0]
    return [
        record[: len(record) // 2],  # truncated
        record.replace(b"Kwangju", b"Planted"),  # changed without its digest
        b"",
        b"[" * 100_000,
        signed([*value[:4], [[first[0], len(list(rows)) + 10_000, *first[2:6]]]]),
        signed([*value[:4], [[first[0], True, *first[2:6]]]]),
        signed([*value[:4], [[first[0], -1, *first[2:6]]]]),
        signed([*value[:4], [[first[0], first[1], first[2], 99, *first[4:6]]]]),
        signed([*value[:4], [[first[0], first[1], first[2], first[3], first[4], 4]]]),
        signed([*value[:4], [[first[0], first[1], first[2], first[3], True, 0]]]),
        signed([*value[:4], [[first[0], *first[1:5]]]]),
        signed([*value[:4], [[first[0]]]]),
        signed([*value[:4], [["", *first[1:6]]]]),
        signed([value[0], value[1] + 1, *value[2:]]),
        signed([value[0], value[1], 1, *value[3:]]),
        signed([999, *value[1:]]),
        signed({"rows": rows}),
    ]


@pytest.mark.parametrize("case", range(17))
def test_a_planted_or_damaged_derived_file_is_a_miss_and_is_written_again(
    tmp_path: Path, case: int
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    expected = _worked_out(load_glossaries([sheet]))
    _found(load_stored([sheet], cache, CODE))
    (kept,) = _derived(cache)
    good = kept.read_bytes()
    planted = _planted(good)
    assert len(planted) == 17
    kept.write_bytes(planted[case])
    assert _found(load_stored([sheet], cache, CODE)) == expected
    assert kept.read_bytes() == good  # worked out and written again


def test_a_derived_file_of_another_glossary_or_name_is_not_taken(tmp_path: Path) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    glossary = load_stored([sheet], cache, CODE)
    _found(glossary, "en")
    _found(glossary, "ja")
    en, ja = (
        stored._derived_target(glossary, f"matcher forms {loc}")[0]  # type: ignore[index]
        for loc in ("en", "ja")
    )
    en.write_bytes(ja.read_bytes())  # another name's header: refused, worked out again
    assert stored.read_derived(load_stored([sheet], cache, CODE), "matcher forms en") is None
    assert _found(load_stored([sheet], cache, CODE)) == _worked_out(load_glossaries([sheet]))


def test_a_link_in_place_of_a_derived_file_is_not_followed(tmp_path: Path) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    _found(load_stored([sheet], cache, CODE))
    (kept,) = _derived(cache)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(kept.read_bytes())
    kept.unlink()
    kept.symlink_to(elsewhere)
    assert stored.read_derived(load_stored([sheet], cache, CODE), "matcher forms en") is None


def test_only_the_most_recent_derived_files_are_kept(tmp_path: Path) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    glossary = load_stored([sheet], cache, CODE)
    for n in range(stored.DERIVED_KEEP + 3):
        stored.store_derived(glossary, f"name {n}", lambda: [1])
    assert len(_derived(cache)) == stored.DERIVED_KEEP
    assert matcher_module._tables_from([1], glossary) is None
