"""translate on the worker pool (issue 16): with glossary and memory backends the
catalogs are filled by forked workers, and the catalogs, the report and the memory are
the same, byte for byte, with one worker or several; a chain with a machine service
stays in one process; Ctrl-C leaves no temp file and no catalog half-written."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.parallel import can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers need fork")

Cli = Callable[..., Result]
RELEASES = 40  # 80 catalogs in two locales: more than parallel.PARALLEL_FROM
EPOCH = "1764000000"

GLOSSARY = (
    "id,kind,en,ja,ko\n"
    "person:hiroaki-ueno,person,Hiroaki Ueno,上野 裕明,우에노 히로아키\n"
    "title:president,title,President,社長,사장\n"
    '"org:ipark",org,"iPark Institute Co., Ltd.",アイパークインスティチュート株式会社,'
    "아이파크 인스티튜트\n"
    "place:fujisawa,place,Fujisawa,藤沢,후지사와\n"
)
# sentences the releases share: the first release's Japanese catalog is translated by
# hand, so the memory answers them exactly elsewhere, and nearly (fuzzy) where a word
# differs
SHARED = (
    "The new research building in Fujisawa opens to partner companies next spring.",
    "The agreement covers joint research, development and market access in Asia.",
    "More information is available on the company's website.",
)
NEARLY = "The company will invest 10 million yen in the {word} programme over five years."
WORDS = ("new", "joint", "regional", "national")
OWN = (
    "Release {i} describes a partnership with a regional university hospital.",
    "The programme admitted {n} startups in its {i}th round.",
)


def _release(i: int) -> str:
    rnd = random.Random(i)
    lines = [
        f"Partnership announcement number {i}",
        "Hiroaki Ueno, President, iPark Institute Co., Ltd.",  # a roster line: glossary
        f"May {rnd.randint(1, 28)}, 2024",  # a date: glossary
        *rnd.sample(SHARED, 2),
        NEARLY.format(word=rnd.choice(WORDS)),
        *(s.format(i=i, n=rnd.randint(2, 90)) for s in OWN),
    ]
    return "\n\n".join(lines) + "\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Cli) -> Path:
    """Catalogs ready to translate in ``pristine``, and ja/release-00 done by hand."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    (tmp_path / "releases").mkdir()
    for i in range(RELEASES):
        (tmp_path / "releases" / f"release-{i:02d}.txt").write_text(_release(i), "utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    _ok(run_cli("extract", "releases", "-d", "pristine", "-j", "1"))
    _ok(run_cli("update", "-d", "pristine", "-l", "ja", "-l", "ko", "-j", "1"))
    po = tmp_path / "pristine" / "ja" / "LC_MESSAGES" / "release-00.po"
    catalog = read_catalog(po, "ja")
    done = {
        **dict.fromkeys(SHARED, "共有の訳文。"),
        NEARLY.format(word="new"): "当社は5年間で新プログラムに1,000万円を投資します。",
    }
    for message in catalog:
        if message.id in done:
            message.string = done[message.id]
    write_catalog(po, catalog)
    return tmp_path


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def _tree(folder: Path) -> dict[str, bytes]:
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert not [name for name in files if name.endswith(".tmp")], "a temp file was left"
    return files


def _memory_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT * FROM units ORDER BY source_key, target_lang").fetchall()


def test_the_same_catalogs_report_and_memory_with_one_worker_or_three(
    project: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize import parallel

    asked: list[int] = []
    real = parallel.worker_count

    def counted(items: int, jobs: int | None, **kwargs: int) -> int:
        asked.append(real(items, jobs, **kwargs))
        return asked[-1]

    monkeypatch.setattr(parallel, "worker_count", counted)
    outputs = {}
    for jobs in ("1", "3"):
        shutil.copytree(project / "pristine", project / f"loc{jobs}")
        memory = f"memory{jobs}.sqlite"
        result = _ok(run_cli("translate", "-d", f"loc{jobs}", "-l", "ja", "-l", "ko", "-g",
                             "g.csv", "--memory", memory, "-j", jobs))  # fmt: skip
        outputs[jobs] = result.output.replace(f"loc{jobs}", "loc")
    assert asked == [1, 3]
    assert outputs["1"] == outputs["3"]
    one, three = _tree(project / "loc1"), _tree(project / "loc3")
    assert one == three
    assert _memory_rows(project / "memory1.sqlite") == _memory_rows(project / "memory3.sqlite")

    # every kind of answer was made by the workers: a roster line and a date from the
    # glossary, exact and fuzzy memory matches
    strings = {
        (po.name, m.id): (m.string, m.fuzzy)
        for po in (project / "loc3" / "ja" / "LC_MESSAGES").glob("*.po")
        for m in read_catalog(po, "ja")
        if m.id
    }
    roster = "Hiroaki Ueno, President, iPark Institute Co., Ltd."
    composed = "アイパークインスティチュート株式会社 社長 上野 裕明"
    assert strings["release-07.po", roster] == (composed, False)
    assert any(s == "共有の訳文。" and not fuzzy for s, fuzzy in strings.values())
    assert any(fuzzy and "1,000万円" in str(s) for s, fuzzy in strings.values())
    assert any(str(s).startswith("2024年5月") for s, _ in strings.values())
    ko = read_catalog(project / "loc3" / "ko" / "LC_MESSAGES" / "release-07.po", "ko")
    composed = "아이파크 인스티튜트 사장 우에노 히로아키"
    assert {m.id: m.string for m in ko if m.id}[roster] == composed
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    for po in sorted((project / "loc3").glob("*/LC_MESSAGES/release-0*.po")):
        check = subprocess.run([msgfmt, "--check", "-o", os.devnull, str(po)], capture_output=True)
        assert check.returncode == 0, check.stderr


def test_a_machine_service_keeps_the_catalogs_in_one_process(
    project: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its requests already run concurrently under one --max-chars budget and one cache:
    workers would each have their own."""
    from prlocalize import parallel

    pools: list[int] = []
    real = parallel.ordered_map

    def recorded(task, items, workers, **kwargs):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return real(task, items, workers, **kwargs)

    monkeypatch.setattr(parallel, "ordered_map", recorded)
    shutil.copytree(project / "pristine", project / "loc")
    sys.path.insert(0, str(Path(__file__).parent))
    from translate_servers import Behaviour, LibreServer

    with LibreServer(Behaviour()) as server:
        result = run_cli("translate", "-d", "loc", "-l", "ko", "-g", "g.csv", "--backend",
                         "glossary,libre", "--backend-url", server.url, "-j", "3")  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    assert pools == [1]


# the CLI with each catalog's filling slowed down, so that Ctrl-C comes in the middle
SLOWED = """
import sys, time
from prlocalize.translate import workflow
from prlocalize.cli import main
real = workflow.fill_catalog
def slow(*args, **kwargs):
    time.sleep(0.1)
    return real(*args, **kwargs)
workflow.fill_catalog = slow
sys.argv[0] = "prlocalize"
main()
"""


def test_ctrl_c_during_a_pooled_translate_leaves_whole_catalogs_and_no_temp_file(
    project: Path,
) -> None:
    """SIGINT to the whole process group (as a terminal sends it) while workers fill."""
    shutil.copytree(project / "pristine", project / "loc")
    before = _tree(project / "loc")

    def catalogs() -> dict[str, bytes]:
        """The catalogs as they are now (a worker's temp file may stand beside them while
        it writes: the tree is checked for those once the run is over)."""
        folder = project / "loc"
        found = {}
        for po in folder.rglob("*.po"):
            try:
                found[str(po.relative_to(folder))] = po.read_bytes()
            except FileNotFoundError:  # replaced by its worker this very moment
                continue
        return found

    pristine = catalogs()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    command = [sys.executable, "-c", SLOWED, "translate", "-d", "loc", "-l", "ja", "-l",
               "ko", "-g", "g.csv", "--memory", "m.sqlite", "-j", "2"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=project, env=env, stderr=subprocess.PIPE, start_new_session=True, text=True
    )
    deadline = time.monotonic() + 60
    while catalogs() == pristine:  # until the workers wrote their first catalog
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "translate never started"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    after = _tree(project / "loc")  # and no temp file left
    assert sorted(after) == sorted(before)
    changed = [name for name, data in after.items() if data != before[name]]
    assert 0 < len(changed) < len(before) - 2  # stopped in the middle
    for name in changed:  # what was filled before the interrupt is whole, and valid
        catalog = read_catalog(project / "loc" / name, name.split("/")[0])
        assert any(m.string for m in catalog if m.id), name
    _memory_rows(project / "m.sqlite")
