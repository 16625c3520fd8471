"""Glossaries kept in the cache folder between runs (prlocalize.glossary.stored)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.errors import InputErrors
from prlocalize.glossary import io as glossary_io
from prlocalize.glossary import stored
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Entry, PersonName, Source, Term
from prlocalize.glossary.stored import load_stored

SHEET = """en,ja,ko,kind,variants:en,forbidden:en,given:en,family:en,note
Mirae Aerospace Co.,ミレ航空宇宙株式会社,미래항공우주(주),org,Mirae Aerospace,,,,satellite maker
Hana Yoon,ユン・ハナ,윤하나,person,,,Hana,Yoon,CEO since 2024
Chief Executive Officer,最高経営責任者,최고경영자,title,CEO,Cheif Executive Officer,,,
Daejeon,大田,대전,place,,Taejon,,,
"""


CODE = "the reader's code"


def _sheet(folder: Path, text: str = SHEET) -> Path:
    path = folder / "glossaries" / "team.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _entries(glossary: object) -> list[tuple[object, object]]:
    return [(entry, entry.source) for entry in glossary]  # type: ignore[attr-defined]


def _stored_files(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{stored.PREFIX}*{stored.SUFFIX}"))


def _parse_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> object:
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(glossary_io, "parse_file", refuse)


def test_a_stored_glossary_is_the_one_the_files_give_and_no_file_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    read = load_glossaries([sheet])
    first = load_stored([sheet], cache, CODE)
    assert _entries(first) == _entries(read)
    assert len(_stored_files(cache)) == 1
    _parse_refused(monkeypatch)
    again = load_stored([sheet], cache, CODE)
    assert _entries(again) == _entries(read)
    assert [e.forms for e in again] == [e.forms for e in read]


def test_another_reader_reads_the_files_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    load_stored([sheet], cache, CODE)
    calls: list[Path] = []
    real = glossary_io.parse_file

    def counting(path: Path) -> object:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(glossary_io, "parse_file", counting)
    load_stored([sheet], cache, CODE + " changed")
    assert calls == [sheet]


def test_every_field_of_the_glossary_model_is_stored() -> None:
    # a field added to the model must be added to the stored record too (and FORMAT
    # bumped), or a stored glossary would come back without it
    assert [f.name for f in fields(Entry)] == ["id", "kind", "forms", "dnt", "note", "source"]
    assert [f.name for f in fields(Term)] == ["text", "variants", "forbidden", "name"]
    assert [f.name for f in fields(PersonName)] == ["given", "family"]
    assert [f.name for f in fields(Source)] == ["path", "line"]


def test_a_changed_sheet_is_read_again(tmp_path: Path) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    load_stored([sheet], cache, CODE)
    _sheet(tmp_path, SHEET.replace("Taejon", "Daejon"))
    changed = load_stored([sheet], cache, CODE)
    place = changed.get(next(e.id for e in changed if e.kind.value == "place"))
    assert place is not None and place.forms["en"].forbidden == ("Daejon",)


@pytest.mark.parametrize(
    "planted",
    [
        b"not json {",
        b"[]",
        json.dumps([stored.FORMAT, "entries"]).encode(),
        json.dumps([stored.FORMAT, [["id", "no-such-kind", {}, False, "", None]]]).encode(),
        json.dumps(
            [stored.FORMAT, [["id", "org", {"en": ["A", "B", [], None]}, 0, "", 1]]]
        ).encode(),
        json.dumps(
            [stored.FORMAT, [["id", "person", {"en": ["A", [], [], ["A"]]}, False, "", None]]]
        ).encode(),
        json.dumps([999, []]).encode(),
        b"[" * 100_000,
    ],
    ids=["not-json", "empty", "no-list", "kind", "types", "name", "format", "deep"],
)
def test_a_planted_or_damaged_record_is_a_miss_and_is_replaced(
    tmp_path: Path, planted: bytes
) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    load_stored([sheet], cache, CODE)
    (record,) = _stored_files(cache)
    record.write_bytes(planted)
    glossary = load_stored([sheet], cache, CODE)
    assert _entries(glossary) == _entries(load_glossaries([sheet]))
    assert record.read_bytes() != planted


def test_a_link_or_fifo_in_place_of_the_record_is_not_followed(tmp_path: Path) -> None:
    sheet, cache = _sheet(tmp_path), tmp_path / "cache"
    load_stored([sheet], cache, CODE)
    (record,) = _stored_files(cache)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(record.read_bytes().replace(b"Taejon", b"Planted"))
    record.unlink()
    record.symlink_to(elsewhere)
    glossary = load_stored([sheet], cache, CODE)
    assert not any("Planted" in e.forms["en"].forbidden for e in glossary)
    assert b"Planted" in elsewhere.read_bytes()  # the link's target is left as it was
    record.unlink()
    os.mkfifo(record)
    assert _entries(load_stored([sheet], cache, CODE)) == _entries(load_glossaries([sheet]))


def test_a_glossary_with_a_blocking_problem_raises_and_is_not_stored(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "en,ja,kind\nAcme,アクメ,gadget\n")
    with pytest.raises(InputErrors):
        load_stored([sheet], tmp_path / "cache", CODE)
    assert _stored_files(tmp_path / "cache") == []


def test_a_folder_that_cannot_be_written_still_gives_the_glossary(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert _entries(load_stored([sheet], blocker, CODE)) == _entries(load_glossaries([sheet]))


def test_only_the_most_recent_stored_glossaries_are_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for n in range(stored.KEEP + 3):
        load_stored(
            [_sheet(tmp_path / str(n), SHEET + f"Term {n},用語{n},용어{n},term\n")], cache, CODE
        )
    assert len(_stored_files(cache)) == stored.KEEP


# -- through the commands ------------------------------------------------------------------


RELEASE = """Mirae Aerospace Co. names a new Cheif Executive Officer

DAEJEON, March 3, 2026 - Mirae Aerospace Co. today named Hana Yoon as its CEO.
"""


def _release(folder: Path) -> Path:
    release = folder / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    return release


def test_check_answers_the_same_from_a_stored_glossary(
    tmp_path: Path,
    cache_dir: Path,
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet, release = _sheet(tmp_path), _release(tmp_path)
    first = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    assert first.exit_code == 1, first.output
    assert len(_stored_files(cache_dir)) == 1
    release.write_text(RELEASE + "\n", encoding="utf-8")  # not answered from the check cache
    _parse_refused(monkeypatch)
    again = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    assert again.exit_code == 1, again.output
    assert json.loads(again.output) == json.loads(first.output)


def test_no_cache_neither_reads_nor_stores_the_glossary(
    tmp_path: Path, cache_dir: Path, run_cli: Callable[..., Result]
) -> None:
    sheet, release = _sheet(tmp_path), _release(tmp_path)
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache")
    assert result.exit_code == 1, result.output
    assert _stored_files(cache_dir) == []


def test_extract_reads_the_glossary_check_stored(
    tmp_path: Path,
    cache_dir: Path,
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet, release = _sheet(tmp_path), _release(tmp_path)
    run_cli("check", str(release), "-g", str(sheet))
    _parse_refused(monkeypatch)
    locales = tmp_path / "locales"
    result = run_cli("extract", str(release), "-g", str(sheet), "-d", str(locales))
    assert result.exit_code == 0, result.output
    assert (locales / "release.pot").exists()


def test_a_glossary_read_back_does_not_import_the_readers(tmp_path: Path) -> None:
    # the files are listed and hashed, the stored record read: the CSV reader (and its
    # patterns) is imported only when the files have to be read
    import subprocess
    import sys

    sheet = _sheet(tmp_path)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from prlocalize.glossary.stored import load_stored\n"
        f"glossary = load_stored([{str(sheet)!r}], Path({str(tmp_path / 'cache')!r}), 'code')\n"
        "print(len(glossary), 'prlocalize.glossary.csvfile' in sys.modules)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [run.stdout.split() for run in runs] == [["4", "True"], ["4", "False"]]
