"""extract, update and compile beside their translate-toolkit peers (issue #16: >= 1.5x).

On the first N HTML releases of the archive corpus (see ``bench_archive.py``; generated
into ``--cache`` once) with bench_archive's 10,000-entry glossary, each command line runs
in a fresh process, ours and the peer's interleaved, ``--repeat`` times; the medians of
CPU time (user + system of the command and its workers) and wall time are printed, with
peer/ours ratios (above 1: ours is faster)::

    extract          prlocalize extract HTML -d locales      html2po -P -i HTML -o pot
    extract again    ... over its own output (nothing changed)   (html2po again)
    update           prlocalize update -l ja -l ko (new .po)  pot2po -i pot -o po/LOCALE (x2)
    update again     ... over translated catalogs, same templates
                                                             pot2po -t po/LOCALE ... (x2)
    compile          prlocalize compile (translated catalogs) pocompile -i po -o mo

Both sides get the same inputs: the peers convert our templates and our catalogs
(setup, not timed). ``--jobs`` lists the settings of ours to measure (``default``: the
CLI's own, one worker per core; the peers always use one).

    python benchmarks/bench_catalog_peers.py [--releases 1000] [--repeat 3]
        [--jobs default,1] [--cases extract,update,compile] [--cache DIR]
        [--python OTHER-CHECKOUT/.venv/bin/python]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from bench_archive import CACHE, GLOSSARY_ENTRIES, KINDS, LOCALES, SIZE  # noqa: E402
from tests.perf.archive import Measurement, generate_archive, measure, write_glossary  # noqa: E402

GOAL = 1.5
PREFIX = {"ja": "【訳】", "ko": "[번역] "}


@dataclass
class Case:
    """One comparison: ``prepare`` readies the inputs (not timed) before each run."""

    name: str
    ours: list[str]
    peers: list[list[str]]  # run one after another, their times summed
    prepare_ours: Callable[[], None]
    prepare_peer: Callable[[], None]
    cpu: dict[str, list[float]] = field(default_factory=lambda: {"ours": [], "peer": []})
    wall: dict[str, list[float]] = field(default_factory=lambda: {"ours": [], "peer": []})


def html_releases(n: int, cache: Path, work: Path) -> Path:
    """The first ``n`` HTML releases of the corpus pool, hard-linked into ``work/html``."""
    pool = cache / "pool"
    html = sorted(pool.glob("release-*.html"))
    if len(html) < n:
        print(f"generating releases into {pool} (once) ...", flush=True)
        total = n * len(KINDS) // KINDS.count("html") + len(KINDS)
        generate_archive(pool, total, kinds=KINDS, size=SIZE)
        html = sorted(pool.glob("release-*.html"))
    folder = work / "html"
    folder.mkdir(parents=True)
    for path in html[:n]:
        os.link(path, folder / path.name)
    return folder


def _fresh(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)


def _empty(path: Path) -> None:
    """An empty folder at ``path`` (the peers make one level of their output only)."""
    _fresh(path)
    path.mkdir()


def _copy(source: Path, target: Path) -> None:
    _fresh(target)
    shutil.copytree(source, target)


def _fill(locales_dir: Path) -> None:
    """Translate every message of every catalog (bench_build's prefixes), with polib."""
    import polib

    for po in sorted(locales_dir.glob("*/LC_MESSAGES/*.po")):
        catalog = polib.pofile(str(po), wrapwidth=76)
        prefix = PREFIX[po.parent.parent.name]
        for entry in catalog:
            entry.msgstr = prefix + entry.msgid
        catalog.save()


def _po_mirror(locales_dir: Path, target: Path) -> None:
    """``target/LOCALE/*.po``: hard links to the catalogs, for a peer that reads folders."""
    _fresh(target)
    for po in sorted(locales_dir.glob("*/LC_MESSAGES/*.po")):
        folder = target / po.parent.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        os.link(po, folder / po.name)


PYTHON = [sys.executable]  # ours' interpreter (--python: another checkout's venv)


def _prlocalize(command: str, *args: str, jobs: str) -> list[str]:
    extra = [] if jobs == "default" else ["--jobs", jobs]
    return [*PYTHON, "-m", "prlocalize", command, *args, *extra]


def cases(work: Path, html: Path, peer_bin: Path, jobs: str, wanted: set[str]) -> list[Case]:
    """The comparisons, with their inputs made once (by our own commands, not timed)."""
    env = _env(work)
    ready = work / "ready"  # templates, then fresh and translated catalogs
    if not ready.exists():
        run = _prlocalize("extract", str(html), "-d", str(ready / "tpl"), jobs="default")
        subprocess.run(run, cwd=work, env=env, check=True, capture_output=True)
        _copy(ready / "tpl", ready / "fresh")
        locales = [a for locale in LOCALES for a in ("-l", locale)]
        run = _prlocalize("update", "-d", str(ready / "fresh"), *locales, jobs="default")
        subprocess.run(run, cwd=work, env=env, check=True, capture_output=True)
        _copy(ready / "fresh", ready / "filled")
        _fill(ready / "filled")
        _po_mirror(ready / "filled", ready / "filled-po")
    out, peer = work / "ours", work / "peer"
    nothing = lambda: None  # noqa: E731
    locales = [a for locale in LOCALES for a in ("-l", locale)]
    found: list[Case] = []

    def tool(name: str) -> str:
        return str(peer_bin / name)

    quiet = ["--progress", "none"]
    if "extract" in wanted:
        found.append(
            Case(
                "extract",
                _prlocalize("extract", str(html), "-d", str(out / "x"), jobs=jobs),
                [[tool("html2po"), *quiet, "-P", "-i", str(html), "-o", str(peer / "x")]],
                lambda: _fresh(out / "x"),
                lambda: _fresh(peer / "x"),
            )
        )
        found.append(
            Case(
                "extract again",
                _prlocalize("extract", str(html), "-d", str(out / "x"), jobs=jobs),
                [[tool("html2po"), *quiet, "-P", "-i", str(html), "-o", str(peer / "x")]],
                nothing,  # its own output of the run before: nothing changed
                lambda: _fresh(peer / "x"),
            )
        )
    if "update" in wanted:
        pots = str(ready / "tpl")
        found.append(
            Case(
                "update",
                _prlocalize("update", "-d", str(out / "u"), *locales, jobs=jobs),
                [
                    [tool("pot2po"), *quiet, "-i", pots, "-o", str(peer / "u" / locale)]
                    for locale in LOCALES
                ],
                lambda: _copy(ready / "tpl", out / "u"),
                lambda: _empty(peer / "u"),
            )
        )
        found.append(
            Case(
                "update again",
                _prlocalize("update", "-d", str(out / "ua"), *locales, jobs=jobs),
                [
                    [
                        tool("pot2po"),
                        *quiet,
                        "-t",
                        str(ready / "filled-po" / locale),
                        *("-i", pots, "-o", str(peer / "ua" / locale)),
                    ]
                    for locale in LOCALES
                ],
                lambda: _copy(ready / "filled", out / "ua"),
                lambda: _empty(peer / "ua"),
            )
        )
    if "compile" in wanted:
        found.append(
            Case(
                "compile",
                _prlocalize("compile", "-d", str(out / "c"), jobs=jobs),
                [
                    [
                        tool("pocompile"),
                        *quiet,
                        "-i",
                        str(ready / "filled-po"),
                        "-o",
                        str(peer / "c"),
                    ]
                ],
                lambda: _copy(ready / "filled", out / "c"),
                lambda: _fresh(peer / "c"),
            )
        )
    return found


def _env(work: Path) -> dict[str, str]:
    return {**os.environ, "PRLOCALIZE_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1"}


def _run(cmds: list[list[str]], work: Path) -> tuple[float, float]:
    cpu = wall = 0.0
    for cmd in cmds:
        result: Measurement = measure(cmd, work, env=_env(work), output_tail=4000)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed:\n{result.completed.stderr}")
        cpu += result.cpu
        wall += result.wall
    return cpu, wall


def bench(case: Case, work: Path, repeat: int) -> None:
    for rep in range(repeat):
        # alternate who goes first: a neighbour's load falls on both sides alike
        sides = ["ours", "peer"] if rep % 2 == 0 else ["peer", "ours"]
        for side in sides:
            if side == "ours":
                case.prepare_ours()
                cpu, wall = _run([case.ours], work)
            else:
                case.prepare_peer()
                cpu, wall = _run(case.peers, work)
            case.cpu[side].append(cpu)
            case.wall[side].append(wall)
    ours_cpu, peer_cpu = (statistics.median(case.cpu[s]) for s in ("ours", "peer"))
    ours_wall, peer_wall = (statistics.median(case.wall[s]) for s in ("ours", "peer"))
    print(
        f"  {case.name:<14} ours cpu {ours_cpu:6.2f} s wall {ours_wall:6.2f} s | "
        f"peer cpu {peer_cpu:6.2f} s wall {peer_wall:6.2f} s | peer/ours: "
        f"CPU {peer_cpu / ours_cpu:4.2f}x, wall {peer_wall / ours_wall:4.2f}x",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    from installed import as_installed

    as_installed()  # byte code, as a user's install has
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="default,1", help="ours: 'default' and/or numbers")
    parser.add_argument("--cases", default="extract,update,compile")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--work", type=Path, help="default: CACHE/peers-N (wiped)")
    parser.add_argument("--peer-venv", type=Path, default=REPO / ".peer-venv")
    parser.add_argument("--python", help="run ours with this interpreter (default: this one)")
    options = parser.parse_args(argv)
    if options.python:
        PYTHON[:] = [options.python]
    peer_bin = options.peer_venv / "bin"
    if not (peer_bin / "html2po").exists():
        raise SystemExit(f"no translate-toolkit in {options.peer_venv} (see bench_archive.py)")
    work = options.work or options.cache / f"peers-{options.releases}"
    _fresh(work)
    work.mkdir(parents=True)
    try:
        html = html_releases(options.releases, options.cache, work)
        write_glossary(work / "glossaries" / "archive.csv", GLOSSARY_ENTRIES)
        wanted = set(options.cases.split(","))
        print(
            f"{options.releases:,} HTML releases, {GLOSSARY_ENTRIES:,}-entry glossary, "
            f"medians of {options.repeat} interleaved runs, {os.cpu_count()} CPUs",
            flush=True,
        )
        for jobs in options.jobs.split(","):
            print(f"ours with --jobs {jobs} (peers: one process):", flush=True)
            for case in cases(work, html, peer_bin, jobs, wanted):
                bench(case, work, options.repeat)
    finally:
        _fresh(work)


if __name__ == "__main__":
    main()
