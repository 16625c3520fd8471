"""Benchmark one very large HTML release through every command (issue #15, item 22).

A generated HTML release of each size given (MB) goes through ``check``, ``extract``,
``build -l ja -l ko`` (with catalogs translated in full) and ``run -l ja -l ko``, each as
the command line a user types, ``--jobs 1``. For each: CPU seconds (user + system of the
whole process tree), wall seconds and the peak resident memory of the tree, with the
memory per byte of HTML. The machine is shared: compare CPU, not wall.

``--src DIR`` (repeatable) runs the same commands with another checkout's ``DIR/src``
first on ``PYTHONPATH`` (e.g. a copy of main before a change): the checkouts are run
interleaved, ``--repeat`` times each, and the medians are printed side by side.

    python benchmarks/bench_large.py 5 50
    python benchmarks/bench_large.py 5 --src /tmp/base --repeat 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.perf.archive: generated releases, measure

WORK = HERE / ".corpus" / "large-work"
LOCALES = ("ja", "ko")
COMMANDS = ("check", "extract", "build", "run")


def _release(megabytes: float) -> Path:
    from tests.perf.archive import generate_archive

    folder = WORK / f"release-{megabytes:g}"
    return generate_archive(folder, 1, kinds=("html",), size=int(megabytes * 1e6))[0]


def _catalogs(release: Path, locales_dir: Path) -> None:
    """Catalogs for ``release``, every entry translated (what build publishes)."""
    from prlocalize.catalog import build_template, merge_catalog, po_path, write_catalog
    from prlocalize.readers import read_document

    marker = locales_dir / ".done"
    if marker.exists():
        return
    template = build_template([read_document(release, lang="en")])
    for locale in LOCALES:
        catalog, _ = merge_catalog(None, template, locale)
        for message in catalog:
            if message.id:
                message.string = f"［{locale}］{message.id}"
        write_catalog(po_path(locales_dir, locale, release.stem), catalog)
    marker.touch()


def _command(name: str, release: Path, locales_dir: Path, out: Path) -> list[str]:
    locales = [arg for locale in LOCALES for arg in ("-l", locale)]
    args = {
        "check": ["check", str(release), "--no-cache", "--format", "json"],
        "extract": ["extract", str(release), "-d", str(out / "pot")],
        "build": ["build", str(release), "-d", str(locales_dir), "-o", str(out), *locales],
        "run": ["run", str(release), "-o", str(out), *locales],
    }[name]
    return [sys.executable, "-m", "prlocalize", *args, "--jobs", "1"]


def _measure(command: list[str], src: str | None, out: Path) -> Any:
    from tests.perf.archive import measure

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = dict(os.environ)
    env["PRLOCALIZE_CACHE_DIR"] = str(out / "cache")
    if src is not None:
        env["PYTHONPATH"] = str(Path(src) / "src")
    run = measure(command, out, timeout=3600, env=env, output_tail=4000)
    assert run.returncode in (0, 1), (command, run.completed.stderr[-2000:])
    return run


def main(argv: list[str]) -> None:
    from installed import as_installed

    as_installed()  # byte code, as a user's install has
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[5.0], metavar="MB")
    parser.add_argument("--src", action="append", default=[], help="another checkout to run")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--commands", default=",".join(COMMANDS))
    args = parser.parse_args(argv[1:])
    checkouts: list[str | None] = [None, *args.src]
    names = ["this", *(Path(s).name for s in args.src)]
    for megabytes in args.sizes:
        release = _release(megabytes)
        size = release.stat().st_size
        locales_dir = WORK / f"locales-{megabytes:g}"
        _catalogs(release, locales_dir)
        print(f"one HTML release of {size / 1e6:.1f} MB")
        for name in args.commands.split(","):
            runs: dict[int, list[Any]] = {i: [] for i in range(len(checkouts))}
            for _ in range(args.repeat):
                for i, src in enumerate(checkouts):  # interleaved: the same load for each
                    out = WORK / f"out-{megabytes:g}-{i}"
                    runs[i].append(_measure(_command(name, release, locales_dir, out), src, out))
            for i in runs:
                cpu = statistics.median(r.cpu for r in runs[i])
                wall = statistics.median(r.wall for r in runs[i])
                peak = statistics.median(r.tree_kb for r in runs[i]) * 1024
                print(
                    f"  {name:8} {names[i]:>12}: {cpu:7.1f} s CPU {wall:7.1f} s wall, "
                    f"peak {peak / 2**20:6.0f} MB ({peak / size:5.0f} bytes a byte)",
                    flush=True,
                )


if __name__ == "__main__":
    main(sys.argv)
