"""A check cache planted or damaged by someone else is never trusted: findings outside
the text or of unknown rules drop the whole cache, special files, oversized files and
deeply nested JSON in its place are not read, and links in the cache folder (the
database or SQLite's files beside it) are never followed."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.check_cache import CheckCache, text_digest
from prlocalize.checking import check_paths
from prlocalize.config import Settings
from prlocalize.findings import FileReport

REPO = Path(__file__).resolve().parents[2]
RELEASE = "Press Release\n\nThe event was held , in Tokyo.\n\nMikioKato spoke.\n"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "releases" / "r.txt"
    path.parent.mkdir()
    path.write_text(RELEASE, encoding="utf-8")
    return path


def _settings() -> Settings:
    return Settings(root=REPO, glossaries=(str(REPO / "glossaries"),))


def _findings(release: Path) -> list[tuple[str, int, int]]:
    result = check_paths([release], _settings(), jobs=1)
    return [(f.code, f.span.start, f.span.end) for f in result.findings]


def _record(cache_file: Path) -> list[object]:
    """[lang, findings] of the one release the cache holds."""
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        ((record,),) = db.execute("SELECT record FROM entries").fetchall()
    value: list[object] = json.loads(record)
    return value


def _plant(cache_dir: Path, change: Callable[[list[list[object]]], None]) -> Path:
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    lang, records = _record(cache_file)
    change(records)  # type: ignore[arg-type]
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        db.execute("UPDATE entries SET record = ?", (json.dumps([lang, records]),))
        db.commit()
    return cache_file


def _shift(offset: int) -> Callable[[list[list[object]]], None]:
    def change(records: list[list[object]]) -> None:
        records[0][0] = offset

    return change


def _set(index: int, value: object) -> Callable[[list[list[object]]], None]:
    def change(records: list[list[object]]) -> None:
        records[0][index] = value

    return change


def _fix_edit(start: int, end: int) -> Callable[[list[list[object]]], None]:
    def change(records: list[list[object]]) -> None:
        fixable = next(r for r in records if r[8] is not None)
        fixable[8][2] = [[start, end, "x"]]  # type: ignore[index]

    return change


@pytest.mark.parametrize(
    "plant",
    [
        pytest.param(_shift(-5), id="negative-offset"),
        pytest.param(_set(1, 10_000), id="past-the-end"),
        pytest.param(_set(0, True), id="bool-offset"),
        pytest.param(_set(2, "PR999"), id="unknown-rule"),
        pytest.param(_set(4, "FATAL"), id="unknown-severity"),
        pytest.param(_set(5, ["not", "text"]), id="message-not-text"),
        pytest.param(_fix_edit(-1, 3), id="fix-before-the-text"),
        pytest.param(_fix_edit(0, 10_000), id="fix-past-the-end"),
    ],
)
def test_a_planted_finding_drops_the_cache(
    release: Path, cache_dir: Path, plant: Callable[[list[list[object]]], None]
) -> None:
    honest = _findings(release)
    assert honest
    cache_file = _plant(cache_dir, plant)
    assert _findings(release) == honest
    _, records = _record(cache_file)
    assert [(r[2], r[0], r[1]) for r in records] == honest  # type: ignore[attr-defined]


def test_a_planted_cache_never_reaches_the_html_report(
    release: Path, cache_dir: Path, run_cli: Callable[..., Result]
) -> None:
    args = ("check", str(release), "-g", str(REPO / "glossaries"), "--format", "html")
    honest = run_cli(*args)
    _plant(cache_dir, _shift(-40))
    result = run_cli(*args)
    assert (result.exit_code, result.output) == (honest.exit_code, honest.output)


def test_a_deeply_nested_cache_entry_is_treated_as_damaged(tmp_path: Path) -> None:
    cache = CheckCache.open(tmp_path, "0" * 32)
    cache.put(FileReport(str(tmp_path / "r.txt"), RELEASE, []), text_digest(RELEASE))
    cache.save()
    with contextlib.closing(sqlite3.connect(next(tmp_path.glob("check-*.sqlite")))) as db:
        db.execute("UPDATE entries SET record = ?", ("[" * 200_000,))
        db.commit()
    again = CheckCache.open(tmp_path, "0" * 32)
    assert again.lookup(str(tmp_path / "r.txt"), RELEASE) is None
    assert again.damaged


def test_an_oversized_cache_file_is_not_read(
    release: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize import check_cache

    check_paths([release], _settings(), jobs=1)
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    monkeypatch.setattr(check_cache, "MAX_BYTES", cache_file.stat().st_size - 1)
    opened: list[object] = []
    real = sqlite3.connect

    def connect(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(Path(str(path)).stat().st_size if Path(str(path)).exists() else None)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert _findings(release)
    assert opened[0] is None  # removed before it was opened, then started afresh


def test_a_planted_trigger_never_runs(release: Path, cache_dir: Path) -> None:
    check_paths([release], _settings(), jobs=1)
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        db.execute("CREATE TABLE seen (path TEXT)")
        db.execute(
            "CREATE TRIGGER spy AFTER INSERT ON entries BEGIN "
            "INSERT INTO seen VALUES (new.path); END"
        )
        db.commit()
    release.write_text(RELEASE + "\nMore.\n", encoding="utf-8")  # stored anew
    check_paths([release], _settings(), jobs=1)
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        names = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert "spy" not in names and "seen" not in names  # started afresh, without them


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_link_beside_the_cache_file_is_not_followed(
    release: Path, cache_dir: Path, tmp_path: Path, side: str
) -> None:
    check_paths([release], _settings(), jobs=1)
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    link = cache_file.with_name(cache_file.name + side)
    link.unlink(missing_ok=True)
    link.symlink_to(victim)
    release.write_text(RELEASE + "\nMore.\n", encoding="utf-8")  # a write to the cache
    assert _findings(release)
    assert victim.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_special_file_in_place_of_the_cache_is_not_read(
    release: Path, cache_dir: Path, kind: str
) -> None:
    check_paths([release], _settings(), jobs=1)
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    cache_file.unlink()
    if kind == "fifo":
        os.mkfifo(cache_file)
    else:
        cache_file.symlink_to("/dev/zero")
    env = {**os.environ, "PRLOCALIZE_CACHE_DIR": str(cache_dir)}
    run = subprocess.run(
        [sys.executable, "-m", "prlocalize", "check", str(release), "-g", str(REPO / "glossaries")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    assert "PR301" in run.stdout and "Traceback" not in run.stderr


def test_a_dangling_gitignore_link_is_not_followed(
    release: Path, cache_dir: Path, tmp_path: Path
) -> None:
    cache_dir.mkdir()
    planted = tmp_path / "elsewhere" / "cron"
    planted.parent.mkdir()
    (cache_dir / ".gitignore").symlink_to(planted)
    check_paths([release], _settings(), jobs=1)
    assert not planted.exists()
    assert list(cache_dir.glob("check-*.sqlite"))


def test_a_link_in_place_of_the_cache_file_is_replaced_not_followed(
    release: Path, cache_dir: Path, tmp_path: Path
) -> None:
    check_paths([release], _settings(), jobs=1)
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    cache_file.unlink()
    cache_file.symlink_to(victim)
    check_paths([release], _settings(), jobs=1)
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not cache_file.is_symlink()
