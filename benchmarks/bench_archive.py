"""A newsroom's whole archive (issue #16): every command over N releases, time and peak memory.

Generates N English releases (8 in 10 HTML, the rest plain text and Markdown, 5-10 kB
each, deterministic) once into a cache folder and a 10,000-entry glossary, then runs each
command through the real CLI in a fresh process, in pipeline order::

    check --no-cache --format json   check (cold cache)   check (warm cache)
    extract   update -l ja -l ko   translate -l ja -l ko (glossary, memory: offline)
    compile   build -l ja -l ko   build again   run -l ja -l ko   run again (nothing changed)
    run a third and a fourth time

and prints wall time, CPU time (the command and the workers it waited for) and peak
resident memory: the sum over its process tree (forked workers included) and the
largest single process. At 1,000 and 10,000 releases it also runs translate-toolkit's
``html2po`` (extract's peer) and ``po2html`` (build's peer) on the HTML releases, with
``prlocalize extract``/``build`` on the very same files, and prints peer/our ratios
(issue #16's goal: >= 1.5, i.e. 1.5x as fast). translate-toolkit lives in a separate
venv (``--peer-venv``, default ``.peer-venv`` in the repository; make it with
``python3.11 -m venv .peer-venv && .peer-venv/bin/pip install translate-toolkit``);
without it the peers are skipped with a message.

    python benchmarks/bench_archive.py [--sizes 1000,10000,100000] [--jobs N]
        [--commands check,extract,...] [--timeout 900] [--json FILE] [--work DIR]

A command that runs past ``--timeout`` seconds is killed (with its workers) and reported
as timed out; the commands that need its output are skipped. ``--jobs`` is passed to
every command that takes it (default: none passed, the CLI's own default).

The commands share one cache folder, as a team's runs do: from ``check (cold cache)`` on,
each reads the glossary as the one before stored it. ``check --no-cache`` and ``extract,
no cache`` read it from its file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from tests.perf.archive import Measurement, generate_archive, measure, write_glossary  # noqa: E402

CACHE = HERE / ".corpus-archive"
LOCALES = ("ja", "ko")
KINDS = ("html",) * 8 + ("txt", "md")  # mostly HTML, as a newsroom's archive is
SIZE = 5500  # characters of body text: 5.8-7 kB files
GLOSSARY_ENTRIES = 10_000
PEER_SIZES = (1000, 10_000)
GOAL = 1.5  # issue #16: each command at least 1.5x as fast as its translate-toolkit peer
COMMANDS = (
    "check-nocache",
    "check-cold",
    "check-warm",
    "extract",
    "update",
    "translate",
    "compile",
    "build",
    "build-again",
    "run",
    "run-again",
    "run-third",
    "run-fourth",
)
NEEDS = {
    "update": "extract",
    "translate": "update",
    "compile": "translate",
    "build": "compile",
    "build-again": "build",
    "run-again": "run",
    "run-third": "run-again",
    "run-fourth": "run-third",
}


# -- inputs ------------------------------------------------------------------------------


def releases(n: int, cache: Path) -> Path:
    """A folder of the first ``n`` releases. The largest size asked for is generated once
    into ``cache/pool`` (release i is the same at every size); each size is a folder of
    hard links into it. A stamp marks a complete folder, so reruns start at once."""
    pool = cache / "pool"
    stamp = pool / f".complete-{SIZE}"
    have = int(stamp.read_text()) if stamp.exists() else 0
    if have < n:
        print(f"generating {n:,} releases into {pool} (once) ...", flush=True)
        start = time.perf_counter()
        generate_archive(pool, n, kinds=KINDS, size=SIZE)
        stamp.write_text(str(n))
        print(f"  done in {time.perf_counter() - start:.0f} s", flush=True)
    folder = cache / f"releases-{n}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in sorted(pool.glob("release-*"))[:n]:
            os.link(path, folder / path.name)
        done.touch()
    return folder


def html_only(folder: Path) -> Path:
    """The HTML releases of ``folder`` alone (hard links), for the peers and our side of
    the comparison with them."""
    target = folder.with_name(folder.name + "-html")
    done = target / ".complete"
    if not done.exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        for path in sorted(folder.glob("*.html")):
            os.link(path, target / path.name)
        done.touch()
    return target


# -- running and recording -----------------------------------------------------------------


@dataclass
class Row:
    size: int
    command: str
    status: str  # ok, findings (exit 1), failed (exit N), timed out, skipped (why)
    wall: float | None = None
    cpu: float | None = None
    tree_mb: float | None = None
    process_mb: float | None = None
    note: str = ""
    args: list[str] = field(default_factory=list)


def _status(result: Measurement, timeout: float) -> str:
    if result.timed_out:
        return f"timed out ({timeout:.0f} s)"
    return {0: "ok", 1: "findings"}.get(result.returncode, f"failed (exit {result.returncode})")


def _row(size: int, name: str, result: Measurement, timeout: float, note: str = "") -> Row:
    row = Row(
        size,
        name,
        _status(result, timeout),
        round(result.wall, 2),
        round(result.cpu, 2),
        round(result.tree_kb / 1024, 1),
        round(result.process_kb / 1024, 1),
        note,
        [str(a) for a in result.completed.args],
    )
    print(
        f"  {name:<16} {row.status:<12} wall {row.wall:8.1f} s  cpu {row.cpu:8.1f} s  "
        f"tree {row.tree_mb:7.1f} MB  largest {row.process_mb:7.1f} MB {note}",
        flush=True,
    )
    if result.returncode not in (0, 1) and not result.timed_out:
        print("    " + result.completed.stderr.strip()[-800:].replace("\n", "\n    "))
    return row


_TAKES_JOBS: dict[str, bool] = {}


def takes_jobs(command: str) -> bool:
    """Whether ``prlocalize COMMAND`` has a --jobs option (commands gain it one by one)."""
    if command not in _TAKES_JOBS:
        help_text = subprocess.run(
            [sys.executable, "-m", "prlocalize", command, "--help"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        _TAKES_JOBS[command] = "--jobs" in help_text
    return _TAKES_JOBS[command]


class Runner:
    def __init__(self, jobs: int | None, timeout: float, work: Path) -> None:
        self.jobs, self.timeout, self.work = jobs, timeout, work
        self.env = {**os.environ, "PRLOCALIZE_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1"}

    def prlocalize(self, command: str, *args: str) -> list[str]:
        extra = ["--jobs", str(self.jobs)] if self.jobs is not None and takes_jobs(command) else []
        return [sys.executable, "-m", "prlocalize", command, *args, *extra]

    def measure(self, cmd: list[str], *, cached: bool = True) -> Measurement:
        """``cmd`` run; ``cached=False`` with no cache folder at all (the glossary read
        from its files, as on a team's very first run)."""
        env = self.env if cached else {**self.env, "PRLOCALIZE_NO_CACHE": "1"}
        return measure(cmd, self.work, timeout=self.timeout, env=env, output_tail=4000)


# -- one size: the pipeline, then the peers ----------------------------------------------


def pipeline(size: int, folder: Path, runner: Runner, wanted: set[str], rows: list[Row]) -> None:
    """Append a row per command to ``rows`` as it finishes (an interrupted run keeps them)."""
    rel, t = str(folder), runner.timeout
    locales = [arg for locale in LOCALES for arg in ("-l", locale)]
    steps: dict[str, list[str]] = {
        "check-nocache": runner.prlocalize("check", "--no-cache", "--format", "json", rel),
        "check-cold": runner.prlocalize("check", "--format", "json", rel),
        "check-warm": runner.prlocalize("check", "--format", "json", rel),
        "extract": runner.prlocalize("extract", rel, "-d", "locales"),
        "update": runner.prlocalize("update", "-d", "locales", *locales),
        "translate": runner.prlocalize(
            "translate", "-d", "locales", *locales, "--backend", "glossary,memory"
        ),
        "compile": runner.prlocalize("compile", "-d", "locales"),
        "build": runner.prlocalize("build", rel, "-d", "locales", *locales, "-o", "dist"),
        # the same build again, nothing changed: the gate remembers what it checked
        "build-again": runner.prlocalize("build", rel, "-d", "locales", *locales, "-o", "dist"),
        "run": runner.prlocalize("run", rel, *locales, "-o", "run-out"),
        # a CI job or a PR team running the pipeline again: what unchanged files cost.
        # The memory learns what the first run approved at its end; the second may fill
        # from it (drafts, which teach nothing) and is remembered; the third and fourth
        # take no release through the catalog stages (run_cache)
        "run-again": runner.prlocalize("run", rel, *locales, "-o", "run-out"),
        "run-third": runner.prlocalize("run", rel, *locales, "-o", "run-out"),
        "run-fourth": runner.prlocalize("run", rel, *locales, "-o", "run-out"),
    }
    done: dict[str, bool] = {}
    for name, cmd in steps.items():
        needed = NEEDS.get(name)
        if name not in wanted:
            done[name] = False
            continue
        if needed is not None and not done.get(needed, False):
            rows.append(Row(size, name, f"skipped (needs {needed})"))
            print(f"  {name:<16} skipped: it needs {needed}'s output", flush=True)
            done[name] = False
            continue
        result = runner.measure(cmd)
        rows.append(_row(size, name, result, t))
        done[name] = result.returncode in (0, 1) and not result.timed_out


def _peer_bin(peer_venv: Path, tool: str) -> Path | None:
    path = peer_venv / "bin" / tool
    return path if path.exists() else None


def _combine(results: list[Measurement]) -> Measurement:
    """Processes run one after another (po2html once per locale) as one figure."""
    first = results[0]
    return Measurement(
        max(r.tree_kb for r in results),
        max(r.process_kb for r in results),
        sum(r.wall for r in results),
        sum(r.cpu for r in results),
        any(r.timed_out for r in results),
        next((r.completed for r in results if r.returncode not in (0,)), first.completed),
    )


def _ratio(size: int, what: str, ours: Row, peer: Row) -> Row:
    note = ""
    if ours.status in ("ok", "findings") and peer.status == "ok" and ours.wall and peer.wall:
        wall, cpu = peer.wall / ours.wall, (peer.cpu or 0) / (ours.cpu or 1)
        verdict = "met" if wall >= GOAL else "NOT met"
        note = f"peer/ours: wall {wall:.2f}x, CPU {cpu:.2f}x (goal {GOAL}x by wall: {verdict})"
    else:
        note = "no ratio: a run did not finish"
    print(f"  => {what}: {note}", flush=True)
    return Row(size, f"ratio {what}", "ratio", note=note)


def peers(size: int, folder: Path, runner: Runner, peer_venv: Path, rows: list[Row]) -> None:
    html2po, po2html = _peer_bin(peer_venv, "html2po"), _peer_bin(peer_venv, "po2html")
    if html2po is None or po2html is None:
        print(
            f"  peers skipped: no translate-toolkit in {peer_venv} (python3.11 -m venv "
            f"{peer_venv} && {peer_venv}/bin/pip install translate-toolkit)",
            flush=True,
        )
        rows.append(Row(size, "peers", f"skipped (no translate-toolkit in {peer_venv})"))
        return
    html = html_only(folder)
    count = sum(1 for _ in html.glob("*.html"))
    print(f"  peers on the {count:,} HTML releases (ours on the same files):", flush=True)
    t = runner.timeout
    locales = [arg for locale in LOCALES for arg in ("-l", locale)]

    extract = runner.prlocalize("extract", str(html), "-d", "html-locales")
    # the glossary as the commands before stored it, and as a first run reads it
    rows.append(_row(size, "extract (HTML)", runner.measure(extract), t))
    first = runner.measure(extract, cached=False)
    rows.append(_row(size, "extract, no cache", first, t, note="(glossary read from its file)"))
    peer_cmd = [str(html2po), "--progress", "none", "-P", "-i", str(html), "-o", "peer-pot"]
    rows.append(_row(size, "html2po", runner.measure(peer_cmd), t))
    rows.append(_ratio(size, "extract vs html2po", rows[-3], rows[-1]))
    rows.append(_ratio(size, "extract, no cache, vs html2po", rows[-3], rows[-2]))

    # build's comparison is on catalogs with every message translated on both sides,
    # prepared as bench_build.py prepares them (not timed)
    start = time.perf_counter()
    filled = runner.work / "filled-locales"
    peer_po = runner.work / "peer-po"
    _fill_ours(html, filled, runner.work / "glossaries" / "archive.csv")
    _fill_peer(html, peer_po, peer_venv)
    print(f"  (translated catalogs for both sides, not timed: {time.perf_counter() - start:.0f} s)")
    build = runner.prlocalize("build", str(html), "-d", str(filled), *locales, "-o", "html-dist")
    rows.append(_row(size, "build (HTML)", runner.measure(build), t))
    per_locale = []
    for locale in LOCALES:
        out = runner.work / "peer-dist" / locale
        out.parent.mkdir(parents=True, exist_ok=True)  # po2html makes one level only
        tool = [str(po2html), "--progress", "none", "-t", str(html)]
        per_locale.append(runner.measure([*tool, "-i", str(peer_po / locale), "-o", str(out)]))
    rows.append(_row(size, "po2html", _combine(per_locale), t, note="(ja + ko runs)"))
    rows.append(_ratio(size, "build vs po2html", rows[-2], rows[-1]))


def _fill_ours(html: Path, locales_dir: Path, glossary: Path) -> None:
    from bench_build import _prepare_catalogs

    # the glossary's approved forms in each translation: a team's catalogs follow their
    # glossary; without them build's gate withheld every sentence with a term, and the
    # run printed some 400,000 warnings (a measure of the terminal, not of the build)
    _prepare_catalogs(sorted(html.glob("*.html")), locales_dir, glossary)


def _fill_peer(html: Path, peer_dir: Path, peer_venv: Path) -> None:
    """bench_build's html2po-and-fill, run by the peer venv's interpreter."""
    listing = peer_dir.parent / "peer-html.txt"
    listing.write_text("\n".join(str(p) for p in sorted(html.glob("*.html"))), encoding="utf-8")
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from bench_build import _prepare_peer; "
        "_prepare_peer([Path(p) for p in Path(sys.argv[2]).read_text().split(chr(10))], "
        "Path(sys.argv[3]))"
    )
    python = peer_venv / "bin" / "python"
    subprocess.run([str(python), "-c", script, str(HERE), str(listing), str(peer_dir)], check=True)


# -- the report ----------------------------------------------------------------------------


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def table(rows: list[Row]) -> str:
    head = f"{'size':>7}  {'command':<20} {'status':<14} {'wall s':>8} {'CPU s':>8}"
    head += f" {'tree MB':>8} {'largest MB':>10}"
    lines = [head, "-" * len(head)]
    for row in rows:
        if row.status == "ratio":
            lines.append(f"{row.size:>7}  {row.command:<20} {row.note}")
            continue
        lines.append(
            f"{row.size:>7}  {row.command:<20} {row.status:<14} {_fmt(row.wall, '8.1f')} "
            f"{_fmt(row.cpu, '8.1f')} {_fmt(row.tree_mb, '8.1f')} {_fmt(row.process_mb, '10.1f')}"
        )
    return "\n".join(lines)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    from installed import as_installed

    as_installed()  # byte code, as a user's install has
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated release counts")
    parser.add_argument("--jobs", type=int, help="passed to every command that takes --jobs")
    parser.add_argument("--commands", default=",".join(COMMANDS), help="subset, in order")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per command")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--cache", type=Path, default=CACHE, help="generated releases")
    parser.add_argument("--work", type=Path, help="outputs (default: CACHE/work-N, wiped)")
    parser.add_argument("--peer-venv", type=Path, default=REPO / ".peer-venv")
    parser.add_argument(
        "--peer-sizes",
        default=",".join(map(str, PEER_SIZES)),
        help="sizes at which html2po/po2html run too ('' for none)",
    )
    options = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in options.sizes.split(",")]
    peer_sizes = {int(s.replace("_", "")) for s in options.peer_sizes.split(",") if s}
    wanted = set(options.commands.split(","))
    unknown = wanted - set(COMMANDS)
    if unknown:
        parser.error(f"unknown command(s) {', '.join(sorted(unknown))}; known: {COMMANDS}")
    rows: list[Row] = []
    # SIGTERM ends the run as Ctrl-C does: the running command and its workers are
    # killed (measure), and the figures so far are printed and written all the same
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        for size in sizes:
            folder = releases(size, options.cache)
            work = (options.work or options.cache) / f"work-{size}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            write_glossary(work / "glossaries" / "archive.csv", GLOSSARY_ENTRIES)
            runner = Runner(options.jobs, options.timeout, work)
            megabytes = sum(p.stat().st_size for p in folder.glob("release-*")) / 1e6
            jobs = options.jobs if options.jobs is not None else "CLI default"
            print(
                f"\n{size:,} releases ({megabytes:.0f} MB), {GLOSSARY_ENTRIES:,}-entry glossary, "
                f"--jobs {jobs}, work in {work}",
                flush=True,
            )
            pipeline(size, folder, runner, wanted, rows)
            if size in peer_sizes:
                peers(size, folder, runner, options.peer_venv, rows)
            shutil.rmtree(work, ignore_errors=True)
    except KeyboardInterrupt:
        print("\ninterrupted: the figures so far", flush=True)
    finally:
        print("\n" + table(rows))
        if options.json:
            payload = {
                "jobs": options.jobs,
                "cpus": os.cpu_count(),
                "rows": [vars(r) for r in rows],
            }
            options.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
            print(f"figures written to {options.json}")


if __name__ == "__main__":
    main()
