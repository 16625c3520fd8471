"""Benchmark one very large release through every command (issue #15, item 22).

A generated release of each size given (MB) and each ``--shapes`` goes through ``check``,
``extract``, ``update``, ``translate`` (memory backend), ``compile``, ``build -l ja -l ko``
(with catalogs translated in full) and ``run -l ja -l ko``, each as the command line a
user types, ``--jobs 1``. For each: CPU seconds (user + system of the whole process tree),
wall seconds and the peak resident memory of the tree, with the memory per byte of the
release. The machine is shared: compare CPU, not wall. Sizes 1, 5, 25, 50 show whether
a command is linear (twice the size, twice the time).

Shapes (realistic ones first, then hostile ones):

- ``archive``: a long archive page, paragraphs of release sentences (HTML);
- ``table``: one huge results table, a row per item with a date, a linked title, figures;
- ``paragraph``: one enormous ``<p>`` of sentences;
- ``links``: a news index, thousands of linked headlines in lists;
- ``nested``: sections in ``<div>`` nested hundreds deep;
- ``markdown`` and ``text``: the archive's sentences as a Markdown and a text release;
- ``noend``: one line of words with no sentence end (text);
- ``tiny``: a million tiny ``<p>`` (HTML).

``--src DIR`` (repeatable) runs the same commands with another checkout's ``DIR/src``
first on ``PYTHONPATH`` (e.g. a copy of main before a change): the checkouts are run
interleaved, ``--repeat`` times each, and the medians are printed side by side.

    python benchmarks/bench_large.py 5 50
    python benchmarks/bench_large.py 5 --src /tmp/base --repeat 3
    python benchmarks/bench_large.py 1 5 25 --shapes table,tiny --commands check,build
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests.perf.archive: generated releases, measure

WORK = HERE / ".corpus" / "large-work"
LOCALES = ("ja", "ko")
COMMANDS = ("check", "extract", "update", "translate", "compile", "build", "run")
SHAPES = ("archive", "table", "paragraph", "links", "nested", "markdown", "text")
HOSTILE = ("noend", "tiny")
_HEAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    "<title>{}</title>\n</head>\n<body>\n"
)
_TAIL = "</body>\n</html>\n"


def _sentences(size: int, seed: str) -> Iterator[str]:
    """Release sentences (the archive generator's) until about ``size`` characters."""
    import random

    from tests.perf.archive import _SENTENCES, _Draw

    draw, rnd, length, number = _Draw(0), random.Random(seed), 0, 0
    while length < size:
        number += 1
        sentence = draw.fill(rnd.choice(_SENTENCES), rnd, number)
        length += len(sentence) + 1
        yield sentence


def _table(size: int) -> str:
    from html import escape

    rows = []
    for i, sentence in enumerate(_sentences(size * 48 // 100, "table")):
        rows.append(
            f'<tr><td>2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}</td><td><a href="/ir/{i}.html">'
            f"{escape(sentence)}</a></td><td>{i % 977},{i % 1000:03d}</td>"
            f"<td>{i % 91}.{i % 10}%</td></tr>"
        )
    head = "".join(f"<th>{name}</th>" for name in ("Date", "Item", "Units", "Change"))
    body = f"<h1>Quarterly results by item</h1>\n<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
    return _HEAD.format("Results") + body + "\n".join(rows) + "\n</tbody>\n</table>\n" + _TAIL


def _paragraph(size: int) -> str:
    from html import escape

    text = escape(" ".join(_sentences(size, "paragraph")))
    return (
        _HEAD.format("One paragraph") + "<h1>Annual statement</h1>\n<p>" + text + "</p>\n" + _TAIL
    )


def _links(size: int) -> str:
    from html import escape

    items, out = [], []
    for i, sentence in enumerate(_sentences(size * 56 // 100, "links")):
        items.append(
            f'<li><a href="https://news.example.com/en/2024/{i:06d}.html">{escape(sentence)}</a></li>'
        )
        if len(items) == 50:
            out.append(f"<h2>Page {i // 50 + 1}</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
    out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return _HEAD.format("News index") + "<h1>News index</h1>\n" + "\n".join(out) + "\n" + _TAIL


def _nested(size: int) -> str:
    from html import escape

    out: list[str] = []
    chunk: list[str] = []
    for sentence in _sentences(size * 60 // 100, "nested"):
        chunk.append(escape(sentence))
        if len(chunk) == 40:
            depth = 100
            paragraphs = "".join(f"<p>{s}</p>" for s in chunk)
            out.append('<div class="s">' * depth + paragraphs + "</div>" * depth)
            chunk = []
    out.append("<p>" + " ".join(chunk) + "</p>")
    return _HEAD.format("Nested") + "<h1>Nested sections</h1>\n" + "\n".join(out) + "\n" + _TAIL


def _paragraphs(size: int, seed: str) -> list[str]:
    sentences, paragraphs = list(_sentences(size, seed)), []
    for start in range(0, len(sentences), 4):
        paragraphs.append(" ".join(sentences[start : start + 4]))
    return paragraphs


def _markdown(size: int) -> str:
    lines = ["# Archive of statements", ""]
    for i, paragraph in enumerate(_paragraphs(size, "markdown")):
        if i % 25 == 0:
            lines += [f"## Part {i // 25 + 1}", ""]
        lines += [f"- {paragraph}" if i % 7 == 3 else paragraph, ""]
    return "\n".join(lines) + "\n"


def _text(size: int) -> str:
    return "Archive of statements\n\n" + "\n\n".join(_paragraphs(size, "text")) + "\n"


def _noend(size: int) -> str:
    words = " ".join(s.rstrip(".").replace(".", "") for s in _sentences(size, "noend"))
    return words.replace(".", "") + "\n"


def _tiny(size: int) -> str:
    count = size // 20
    return _HEAD.format("Tiny") + "".join(f"<p>Item {i}.</p>\n" for i in range(count)) + _TAIL


_SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "table": ("html", _table),
    "paragraph": ("html", _paragraph),
    "links": ("html", _links),
    "nested": ("html", _nested),
    "markdown": ("md", _markdown),
    "text": ("txt", _text),
    "noend": ("txt", _noend),
    "tiny": ("html", _tiny),
}


def _release(megabytes: float, shape: str = "archive") -> Path:
    """The release of ``shape`` and about ``megabytes`` MB (written once, then reused)."""
    from tests.perf.archive import generate_archive

    folder = WORK / f"release-{shape}-{megabytes:g}"
    size = int(megabytes * 1e6)
    if shape == "archive":
        return generate_archive(folder, 1, kinds=("html",), size=size)[0]
    suffix, generate = _SHAPES[shape]
    path = folder / f"{shape}.{suffix}"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(generate(size), encoding="utf-8")
    return path


def _catalogs(release: Path, locales_dir: Path) -> None:
    """The template and catalogs for ``release`` in ``locales_dir``: every entry translated
    (what build publishes), and untranslated ones in ``locales_dir/blank`` (translate)."""
    from prlocalize.catalog import build_template, merge_catalog, po_path, write_catalog
    from prlocalize.catalog.io import pot_path
    from prlocalize.readers import read_document

    marker = locales_dir / ".done"
    if marker.exists():
        return
    template = build_template([read_document(release, lang="en")])
    write_catalog(pot_path(locales_dir, release.stem), template)
    write_catalog(pot_path(locales_dir / "blank", release.stem), template)
    for locale in LOCALES:
        catalog, _ = merge_catalog(None, template, locale)
        write_catalog(po_path(locales_dir / "blank", locale, release.stem), catalog)
        for message in catalog:
            if message.id:
                message.string = f"［{locale}］{message.id}"
        write_catalog(po_path(locales_dir, locale, release.stem), catalog)
    marker.touch()


def _command(name: str, release: Path, locales_dir: Path, out: Path) -> list[str]:
    """The command line of ``name``; update, translate and compile work on a copy of the
    catalogs in ``out`` (made here), so every run starts from the same files."""
    locales = [arg for locale in LOCALES for arg in ("-l", locale)]
    work = out / "locales"
    if name in ("update", "translate", "compile"):
        source = locales_dir / "blank" if name == "translate" else locales_dir
        shutil.copytree(source, work, ignore=shutil.ignore_patterns(".done", "blank"))
    args = {
        "check": ["check", str(release), "--no-cache", "--format", "json"],
        "extract": ["extract", str(release), "-d", str(out / "pot")],
        "update": ["update", "-d", str(work), *locales],
        "translate": ["translate", "-d", str(work), *locales, "--backend", "glossary,memory"],
        "compile": ["compile", "-d", str(work)],
        "build": ["build", str(release), "-d", str(locales_dir), "-o", str(out), *locales],
        "run": ["run", str(release), "-o", str(out), *locales],
    }[name]
    return [sys.executable, "-m", "prlocalize", *args, "--jobs", "1"]


def _measure(name: str, release: Path, locales_dir: Path, src: str | None, out: Path) -> Any:
    from tests.perf.archive import measure

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    command = _command(name, release, locales_dir, out)
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
    parser.add_argument(
        "--shapes", default="archive", help=f"comma-separated, of {', '.join(SHAPES + HOSTILE)}"
    )
    args = parser.parse_args(argv[1:])
    checkouts: list[str | None] = [None, *args.src]
    names = ["this", *(Path(s).name for s in args.src)]
    for shape, megabytes in ((s, m) for s in args.shapes.split(",") for m in args.sizes):
        release = _release(megabytes, shape)
        size = release.stat().st_size
        locales_dir = WORK / f"locales-{shape}-{megabytes:g}"
        _catalogs(release, locales_dir)
        print(f"one {shape} release ({release.suffix}) of {size / 1e6:.1f} MB")
        for name in args.commands.split(","):
            runs: dict[int, list[Any]] = {i: [] for i in range(len(checkouts))}
            for _ in range(args.repeat):
                for i, src in enumerate(checkouts):  # interleaved: the same load for each
                    out = WORK / f"out-{shape}-{megabytes:g}-{i}"
                    runs[i].append(_measure(name, release, locales_dir, src, out))
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
