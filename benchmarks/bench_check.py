"""Benchmark ``prlocalize check``: the whole command, from process start to exit.

    python benchmarks/bench_check.py [N_RELEASES] [N_GLOSSARY_ENTRIES] [N_HELDOUT]

Generates (once) N releases (default 1,000) with ``corpus.py`` and a synthetic
glossary of N entries (default 10,000: the bundled glossary plus invented people,
organisations and terms), then times ``prlocalize check`` over the corpus with
that glossary, cold (``--no-cache``) and repeated (answered from the check cache),
and ``prlocalize --help`` (the goal is under 0.3 s). When
translate-toolkit is importable, pofilter's time on the same releases (after
html2po/txt2po) is printed for comparison.

Then the held-out run (``heldout.py``): N_HELDOUT releases (default 1,000) with planted
defects and their ground truth, checked with a 10,000-entry glossary of only ``en,ja,
ko,kind,note`` columns (no name parts, variants or forbidden forms, as a spreadsheet or a
TBX export gives); it prints recall per defect kind, precision of error and warning
findings, and the cold-run time next to html2po/txt2po + pofilter on the same releases.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_DIR, generate_corpus  # noqa: E402
from heldout import KINDS, generate, score, write_minimal_glossary  # noqa: E402

PRLOCALIZE = [sys.executable, "-m", "prlocalize"]
RUNS = 3

_SYLLABLES = tuple(
    "ka ki ku ke ko sa shi su se so ta chi tsu te to na ni ne no ha hi fu ho ma mi".split()  # noqa: SIM905
)
_WORDS = tuple("bio cell gene pharma thera medi nova vita cura gen omics tech lab care".split())  # noqa: SIM905
_SUFFIXES = ("Inc.", "Corporation", "Co., Ltd.")


def _name(rnd: random.Random, parts: int) -> str:
    return "".join(rnd.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def write_glossary(path: Path, n: int, seed: int = 0) -> None:
    """The bundled entries plus synthetic people, organisations and terms up to ``n``."""
    rnd = random.Random(seed)
    rows: list[dict[str, str]] = []
    for bundled in sorted((REPO / "glossaries").glob("*.csv")):
        with bundled.open(encoding="utf-8", newline="") as fh:
            rows.extend(dict(row) for row in csv.DictReader(fh))
    columns = [
        "id",
        "kind",
        "en",
        "ja",
        "ko",
        "variants:en",
        "forbidden:en",
        "given:en",
        "family:en",
    ]
    out: list[dict[str, str]] = [
        {c: row.get(c, "") or "" for c in columns} for row in rows if row.get("kind")
    ]
    used = {row["en"] for row in out}
    i = 0
    while len(out) < n:
        i += 1
        kind = ("person", "org", "term")[i % 3]
        row = {**dict.fromkeys(columns, ""), "id": f"{kind}:s{i}", "kind": kind}
        if kind == "person":
            given, family = _name(rnd, 3), _name(rnd, 3)
            row.update({"en": f"{given} {family}", "given:en": given, "family:en": family})
        elif kind == "org":
            name = f"{_name(rnd, 2)}{rnd.choice(_WORDS)} {rnd.choice(_SUFFIXES)}"
            row.update({"en": name, "forbidden:en": name.replace(" ", "", 1)})
        else:
            row["en"] = f"{rnd.choice(_WORDS)}{_name(rnd, 2).lower()}-{rnd.choice(_WORDS)}"
        if row["en"] in used or row["forbidden:en"] in used:
            continue
        used.update(v for v in (row["en"], row["forbidden:en"]) if v)
        out.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(out[:n])


def timed(
    cmd: list[str], runs: int = RUNS, before: Callable[[int], None] | None = None
) -> tuple[float, int]:
    """Median wall time of ``cmd`` over ``runs`` runs, and its exit code; ``before(n)``
    runs untimed before the n-th run."""
    times = []
    code = 0
    for n in range(runs):
        if before is not None:
            before(n)
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - start)
        code = done.returncode
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({code}): {done.stderr.decode()[:500]}")
    return statistics.median(times), code


def peer_pofilter(corpus: Path) -> float | None:
    """translate-toolkit: txt2po/html2po then pofilter, when it is installed."""
    try:
        import translate  # noqa: F401
    except ImportError:
        return None
    work = DEFAULT_DIR / f"{corpus.name}-pofilter"
    shutil.rmtree(work, ignore_errors=True)
    (work / "txt").mkdir(parents=True)
    (work / "html").mkdir()
    for path in corpus.iterdir():  # Markdown is plain text to txt2po
        folder = "html" if path.suffix == ".html" else "txt"
        shutil.copy(path, work / folder / path.name)
    bindir = Path(sys.executable).parent
    start = time.perf_counter()
    subprocess.run(
        [bindir / "txt2po", work / "txt", work / "po-txt"], capture_output=True, check=False
    )
    subprocess.run(
        [bindir / "html2po", work / "html", work / "po-html"], capture_output=True, check=False
    )
    for folder in ("po-txt", "po-html"):
        subprocess.run([bindir / "pofilter", work / folder, work / f"out-{folder}"],
                       capture_output=True, check=False)  # fmt: skip
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    from installed import as_installed

    as_installed()  # byte code, as a user's install has
    n_releases = int(argv[0]) if argv else 1000
    n_entries = int(argv[1]) if len(argv) > 1 else 10_000
    corpus = DEFAULT_DIR / f"check-{n_releases}"  # a folder of releases only
    if len(list(corpus.glob("release-*"))) != n_releases:
        shutil.rmtree(corpus, ignore_errors=True)
        generate_corpus(corpus, n_releases)
    glossary = DEFAULT_DIR / f"check-glossary-{n_entries}.csv"
    if not glossary.exists():
        write_glossary(glossary, n_entries)
    files = sorted(corpus.glob("release-*"))
    size_mb = sum(p.stat().st_size for p in files) / 1e6

    help_time, _ = timed([*PRLOCALIZE, "--help"], runs=5)
    check = [*PRLOCALIZE, "check", str(corpus), "-g", str(glossary), "--format", "json"]
    cold, code = timed([*check, "--no-cache"])
    cache = DEFAULT_DIR / "check-cache"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["PRLOCALIZE_CACHE_DIR"] = str(cache)
    timed(check, runs=1)  # fills the cache
    warm, _ = timed(check)
    print(f"corpus: {len(files)} releases, {size_mb:.2f} MB; glossary: {n_entries} entries")
    print(f"prlocalize --help:  {help_time:.3f} s (goal < 0.3 s)")
    for label, seconds in (("cold (--no-cache)", cold), ("repeated (cache)", warm)):
        print(
            f"prlocalize check, {label}: {seconds:.2f} s  ->  {size_mb / seconds:.2f} MB/s, "
            f"{len(files) / seconds:.0f} releases/s  (exit {code}, median of {RUNS})"
        )
    one_release(files[0], glossary, cache)
    peer = peer_pofilter(corpus)
    if peer is None:
        print("peer: translate-toolkit not installed (pip install translate-toolkit to compare)")
    else:
        print(
            f"peer txt2po/html2po + pofilter: {peer:.2f} s  ->  {peer / cold:.1f}x the cold "
            f"check, {peer / warm:.1f}x the repeated one"
        )
    heldout(int(argv[2]) if len(argv) > 2 else 1000)


def one_release(sample: Path, glossary: Path, cache: Path) -> None:
    """What a team runs before publishing: one new release against its glossary. Each
    run's release is new (a line added), so only the glossary may come from the cache."""
    release = cache.parent / f"one-release{sample.suffix}"
    text = sample.read_text(encoding="utf-8")

    def fresh(n: int) -> None:
        release.write_text(text + f"\nUpdated {n + 1} time(s).\n", encoding="utf-8")

    check = [*PRLOCALIZE, "check", str(release), "-g", str(glossary), "--format", "json"]
    cold, _ = timed([*check, "--no-cache"], before=fresh)
    stored, _ = timed(check, before=fresh)
    print(
        f"prlocalize check, one new release: {cold:.2f} s reading the glossary, "
        f"{stored:.2f} s with it stored from an earlier run (median of {RUNS})"
    )


def heldout(n_releases: int) -> None:
    """Recall and precision on releases with planted defects, minimal glossary, vs the peer."""
    glossary = DEFAULT_DIR / "heldout-glossary-10000.csv"
    drawn = write_minimal_glossary(glossary, 10_000, REPO)
    corpus = DEFAULT_DIR / f"heldout-{n_releases}"
    if len(list(corpus.glob("heldout-*"))) != n_releases:
        shutil.rmtree(corpus, ignore_errors=True)
    truth = generate(corpus, n_releases, drawn)
    check = [*PRLOCALIZE, "check", str(corpus), "-g", str(glossary), "--format", "json"]
    start = time.perf_counter()
    done = subprocess.run([*check, "--no-cache"], capture_output=True, text=True, check=False)
    cold = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"check failed ({done.returncode}): {done.stderr[:500]}")
    findings = json.loads(done.stdout)["findings"]
    scores = score(truth, findings)
    print(
        f"held-out: {n_releases} releases (txt, md, html), {len(truth)} planted defects; "
        "glossary: 10000 entries, columns en,ja,ko,kind,note"
    )
    recall: dict[str, tuple[int, int]] = scores["recall"]  # type: ignore[assignment]
    for kind in KINDS:
        found, planted = recall[kind]
        print(f"  recall {kind:<18} {found / planted if planted else 1:.3f}  ({found}/{planted})")
    print(
        f"  precision (error+warning)  {scores['precision']:.3f}  "
        f"({scores['false_positives']} false of {scores['flagged']})"
    )
    print(f"  prlocalize check, cold (--no-cache): {cold:.2f} s")
    peer = peer_pofilter(corpus)
    if peer is None:
        print("  peer: translate-toolkit not installed (pip install translate-toolkit to compare)")
    else:
        print(
            f"  peer txt2po/html2po + pofilter: {peer:.2f} s  ->  {peer / cold:.1f}x the cold check"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
