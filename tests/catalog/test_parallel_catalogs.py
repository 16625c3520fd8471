"""extract, update and compile over an archive in worker processes (issue 16): the same
files, byte for byte, with one worker or several; a broken release or catalog anywhere
stops the command with nothing written and no temp file left; a translator's save made
while the catalogs were being merged is merged too; Ctrl-C leaves nothing behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result

from prlocalize import fsutil
from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.parallel import can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers need fork")

Cli = Callable[..., Result]
RELEASES = 240  # more than parallel.PARALLEL_FROM: the default (no --jobs) uses workers too
EPOCH = "1764000000"  # SOURCE_DATE_EPOCH: both runs stamp their catalogs alike

GLOSSARY = (
    "id,kind,en,ja,ko\n"
    "person:hiroaki-ueno,person,Hiroaki Ueno,上野 裕明,히로아키 우에노\n"
    '"org:ipark",org,"iPark Institute Co., Ltd.",アイパークインスティチュート株式会社,\n'
    "place:fujisawa,place,Fujisawa,藤沢,후지사와\n"
    "term:cell-therapy,term,cell therapy,細胞治療,세포치료\n"
)
SENTENCES = (
    "Hiroaki Ueno visited the new plant in Fujisawa on May {day}, 2024.",
    "The company will invest {n} million yen in cell therapy over five years.",
    "Representatives of {n} startups attended the roundtable at iPark Institute Co., Ltd.",
    "Sales rose {n}% compared with the previous fiscal year.",
    "The agreement covers research, development and market access in Asia.",
    "Release number {i} was approved by the board on June {day}.",
    "“We are delighted to work with our partners,” said Hiroaki Ueno.",
    "The program starts in {month} and runs for {n} months.",
)
MONTHS = ("January", "March", "June", "October")


def _paragraphs(i: int) -> list[str]:
    rnd = random.Random(i)
    paragraphs = []
    for _ in range(rnd.randint(2, 4)):
        picked = rnd.sample(SENTENCES, rnd.randint(1, 3))
        paragraphs.append(
            " ".join(
                s.format(
                    i=i, n=rnd.randint(2, 90), day=rnd.randint(1, 28), month=rnd.choice(MONTHS)
                )
                for s in picked
            )
        )
    return paragraphs


def _release(i: int, paragraphs: list[str]) -> tuple[str, str]:
    title = f"Press Release {i}: Partnership in Cell Therapy"
    kind = ("txt", "md", "html")[i % 3]
    if kind == "txt":
        return kind, "\n\n".join([title, *paragraphs]) + "\n"
    if kind == "md":
        return kind, "\n\n".join([f"# {title}", *paragraphs]) + "\n"
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>{title}</h1>\n{body}\n</body>\n</html>\n'
    )
    return kind, page


def _write_releases(
    folder: Path, edit: Callable[[int, list[str]], list[str]] | None = None
) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(RELEASES):
        paragraphs = _paragraphs(i)
        if edit is not None:
            paragraphs = edit(i, paragraphs)
        kind, text = _release(i, paragraphs)
        (folder / f"release-{i:03d}.{kind}").write_text(text, encoding="utf-8")


def _edited(i: int, paragraphs: list[str]) -> list[str]:
    """The second version of the archive: some sentences edited (fuzzy), some paragraphs
    dropped (obsolete), some added (new)."""
    if i % 7 == 0:
        paragraphs[0] = paragraphs[0].replace(" the ", " our ", 1) + " Details follow."
    if i % 11 == 0 and len(paragraphs) > 2:
        del paragraphs[1]
    if i % 13 == 0:
        paragraphs.append(f"A new paragraph about release {i} was added.")
    return paragraphs


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    _write_releases(tmp_path / "releases")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


def _tree(folder: Path) -> dict[str, bytes]:
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert not [name for name in files if name.endswith(".tmp")], "a temp file was left"
    return files


def _translate_half(folder: Path) -> None:
    """A translator's work: every other message of every ja catalog translated."""
    for po in sorted(folder.glob("ja/LC_MESSAGES/*.po")):
        catalog = read_catalog(po, "ja")
        for index, message in enumerate(m for m in catalog if m.id):
            if index % 2 == 0:
                message.string = f"訳{index}：{message.id}"
        write_catalog(po, catalog)


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def test_the_same_files_with_one_worker_or_three(archive: Path, run_cli: Cli) -> None:
    for jobs in ("1", "3"):
        out = f"loc{jobs}"
        _ok(run_cli("extract", "releases", "-d", out, "-g", "g.csv", "-l", "ja", "-l", "ko",
                    "-j", jobs))  # fmt: skip
        _ok(run_cli("update", "-d", out, "-l", "ja", "-l", "ko", "-j", jobs))
        _translate_half(archive / out)
    assert _tree(archive / "loc1") == _tree(archive / "loc3")

    # the archive changes: edited sentences (fuzzy), dropped ones (obsolete), new ones
    _write_releases(archive / "releases", _edited)
    for jobs in ("1", "3"):
        out = f"loc{jobs}"
        _ok(run_cli("extract", "releases", "-d", out, "-g", "g.csv", "-l", "ja", "-l", "ko",
                    "-j", jobs))  # fmt: skip
        updated = _ok(run_cli("update", "-d", out, "-l", "ja", "-l", "ko", "-j", jobs))
        _ok(run_cli("compile", "-d", out, "-j", jobs))
    one, three = _tree(archive / "loc1"), _tree(archive / "loc3")
    assert sorted(one) == sorted(three)
    assert len([n for n in one if n.endswith(".mo")]) == 2 * RELEASES
    for name in one:
        assert one[name] == three[name], name
    # the update did merge: fuzzy and obsolete entries came out of the edits
    ja = (archive / "loc3" / "ja" / "LC_MESSAGES" / "release-000.po").read_text("utf-8")
    assert "#, fuzzy" in ja and "#| msgid" in ja
    ja_catalogs = [
        text for name, text in three.items() if name.startswith("ja/") and name.endswith(".po")
    ]
    assert any(b"#~ msgid" in text for text in ja_catalogs)
    # more than 200 catalogs: the table gives totals by status, not a row per catalog
    assert "loc3/ja/LC_MESSAGES" not in updated.output
    header = updated.output.splitlines()[1]
    assert "files" in header and "status" in header
    for po in sorted((archive / "loc3").glob("*/LC_MESSAGES/release-00*.po")):
        assert_valid_catalog(po)


def test_the_default_uses_workers_and_gives_the_same_templates(
    archive: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize import parallel

    counts: list[int] = []
    real = parallel.worker_count

    def counted(items: int, jobs: int | None, **kwargs: int) -> int:
        counts.append(real(items, jobs, **kwargs))
        return counts[-1]

    monkeypatch.setattr(parallel, "_cpus", lambda: 2)
    monkeypatch.setattr(parallel, "worker_count", counted)
    _ok(run_cli("extract", "releases", "-d", "default", "-g", "g.csv", "-l", "ja"))
    assert counts == [2]
    _ok(run_cli("extract", "releases", "-d", "one", "-g", "g.csv", "-l", "ja", "-j", "1"))
    assert _tree(archive / "default") == _tree(archive / "one")
    result = _ok(run_cli("extract", "releases", "-d", "one", "-g", "g.csv", "-l", "ja"))
    # unchanged releases: no template rewritten, and the totals say so
    (row,) = [line for line in result.output.splitlines() if "unchanged" in line]
    assert row.split("│")[2].strip() == str(RELEASES)  # status, files, messages


def _break_release(path: Path) -> int:
    """Put a byte that is not UTF-8 on the third line of ``path``; that line's number."""
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2][:5] + b"\xff" + lines[2][5:]
    path.write_bytes(b"\n".join(lines))
    return 3


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_a_broken_release_in_the_middle_writes_nothing(
    archive: Path, run_cli: Cli, jobs: str
) -> None:
    _ok(run_cli("extract", "releases", "-d", "locales", "-g", "g.csv", "-l", "ja", "-j", jobs))
    before = _tree(archive / "locales")
    _write_releases(archive / "releases", _edited)  # every template would change...
    broken = archive / "releases" / "release-120.txt"
    line = _break_release(broken)  # ...but one release in the middle cannot be read
    result = run_cli("extract", "releases", "-d", "locales", "-g", "g.csv", "-j", jobs)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"releases/release-120.txt:{line}: "), result.stderr
    assert "Traceback" not in result.output
    assert _tree(archive / "locales") == before  # no template replaced, no temp file left

    shutil.rmtree(archive / "locales")  # a first extract: not even one template appears
    result = run_cli("extract", "releases", "-d", "locales", "-g", "g.csv", "-j", jobs)
    assert result.exit_code == 2
    assert _tree(archive / "locales") == {}


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_a_broken_catalog_in_the_middle_stops_update_and_compile(
    archive: Path, run_cli: Cli, jobs: str
) -> None:
    _ok(run_cli("extract", "releases", "-d", "locales", "-g", "g.csv", "-l", "ja", "-j", jobs))
    _ok(run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko", "-j", jobs))
    po = archive / "locales" / "ko" / "LC_MESSAGES" / "release-117.po"
    text = po.read_text("utf-8")
    broken = text.replace('msgstr ""\n\n#.', 'msgstr ""\n"oops\n\n#.', 1)  # unterminated
    po.write_text(broken, encoding="utf-8")
    line = broken[: broken.index('"oops')].count("\n") + 1
    _write_releases(archive / "releases", _edited)
    _ok(run_cli("extract", "releases", "-d", "locales", "-g", "g.csv", "-l", "ja", "-j", jobs))
    before = _tree(archive / "locales")

    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko", "-j", jobs)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"locales/ko/LC_MESSAGES/release-117.po:{line}: ")
    assert _tree(archive / "locales") == before

    result = run_cli("compile", "-d", "locales", "-j", jobs)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"locales/ko/LC_MESSAGES/release-117.po:{line}: ")
    assert _tree(archive / "locales") == before  # not one .mo


def test_a_save_made_while_update_ran_is_merged_when_the_catalogs_are_put_in_place(
    archive: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker merged the catalog as it was; the translator saved it before the
    command put the new text in place: her save is read and merged again."""
    _ok(run_cli("extract", "releases/release-001.md", "-d", "locales", "-g", "g.csv"))
    _ok(run_cli("update", "-d", "locales", "-l", "ja"))
    po = archive / "locales" / "ja" / "LC_MESSAGES" / "release-001.po"
    first = next(m.id for m in read_catalog(po, "ja") if m.id)
    (archive / "releases" / "release-001.md").write_text(
        "# A new title\n\nA new sentence.\n", encoding="utf-8"
    )
    _ok(run_cli("extract", "releases/release-001.md", "-d", "locales"))
    real = fsutil.StagedWrite.put_in_place
    saved: list[bool] = []

    def translator_saves_first(self: fsutil.StagedWrite) -> None:
        if not saved and self.target.endswith("release-001.po"):
            saved.append(True)  # (her save goes through here too)
            disk = read_catalog(po, "ja")
            disk.get(first).string = "彼女の訳"
            write_catalog(po, disk)
        real(self)

    monkeypatch.setattr(fsutil.StagedWrite, "put_in_place", translator_saves_first)
    _ok(run_cli("update", "-d", "locales", "-l", "ja", "-j", "1"))
    assert saved
    merged = {m.id: m.string for m in read_catalog(po, "ja").obsolete.values()}
    assert merged[first] == "彼女の訳"  # her translation kept (obsolete: its text is gone)
    assert read_catalog(po, "ja").get("A new sentence.") is not None
    assert_valid_catalog(po)


def test_ctrl_c_during_extract_leaves_no_template_and_no_temp_file(archive: Path) -> None:
    """SIGINT to the whole process group (as a terminal sends it) while workers run."""
    releases = archive / "many"
    releases.mkdir()
    for i in range(4000):  # long enough to be stopped in the middle
        kind, text = _release(i, _paragraphs(i) * 3)
        (releases / f"r{i:04d}.{kind}").write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    process = subprocess.Popen(
        [sys.executable, "-m", "prlocalize", "extract", "many", "-d", "locales",
         "-g", "g.csv", "-j", "2"],
        cwd=archive, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    lock = archive / "locales" / fsutil.LOCK_NAME
    deadline = time.monotonic() + 120
    while not lock.exists():  # the workers are at it once the folder is locked
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "extract never started"
        time.sleep(0.02)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert sorted(p.name for p in (archive / "locales").iterdir()) == []
