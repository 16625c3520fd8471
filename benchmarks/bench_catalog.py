"""Catalog throughput in CPU seconds (wall clock in brackets), best of ``--repeat`` runs.

1. extract alone on the 500 HTML releases, beside translate-toolkit's html2po on the
   same files (issue #5 asks for extract to be 5x as fast);
2. extract + update + compile of 1,000 generated releases (txt + html) for ja and ko;
3. update of a 5,000-sentence catalog after 10% of its messages changed, beside
   GNU ``msgmerge -U`` (issue #5: no slower).

Every timed run is a fresh interpreter working on a fresh copy of its input, as a
``prlocalize`` command would be: nothing one run memoised helps the next, and the
clock starts after the imports and the glossary are loaded. Setup is not timed.

    python benchmarks/bench_catalog.py [--repeat N]

Peers are measured only when present (translate-toolkit importable, msgmerge on PATH).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_DIR, generate_corpus  # noqa: E402

REPO = HERE.parent
LOCALES = ("ja", "ko")
GOAL = 5.0  # issue #5: extract 5x as fast as html2po

# Outputs go to a RAM disk when there is one: every write is fsynced (atomic_write),
# and the figures should show the work, not the disk.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None


# -- one timed phase, run in a child interpreter ------------------------------------


def _phase(name: str, args: list[str]) -> dict[str, float]:
    """Run phase ``name`` and return its CPU and wall-clock seconds."""
    work: Callable[[], object]
    if name in ("extract", "extract-bare"):
        from prlocalize.catalog.workflow import extract
        from prlocalize.glossary.io import load_glossaries

        paths = [Path(p) for p in Path(args[0]).read_text(encoding="utf-8").split("\n")]
        glossary = load_glossaries([REPO / "glossaries"]) if name == "extract" else None

        def work() -> object:  # what `prlocalize extract PATH... -d DIR -l ja -l ko` runs
            return extract(paths, args[1], glossary=glossary, locales=LOCALES)

    elif name == "html2po":
        from translate.convert import html2po

        paths = [Path(p) for p in Path(args[0]).read_text(encoding="utf-8").split("\n")]
        out = Path(args[1])

        def work() -> object:
            out.mkdir(parents=True, exist_ok=True)
            for path in paths:
                with path.open("rb") as source, (out / f"{path.stem}.pot").open("wb") as target:
                    html2po.converthtml(source, target, None, pot=True)
            return None

    elif name == "update":
        from prlocalize.catalog.workflow import update

        def work() -> object:
            return update(args[0], LOCALES)

    elif name == "compile":
        from prlocalize.catalog.workflow import compile_all

        def work() -> object:
            return compile_all(args[0])

    elif name == "merge":
        from prlocalize.catalog import read_catalog, update_catalog

        def work() -> object:
            result = update_catalog(args[0], read_catalog(args[1]), "ja")
            counts = result.counts
            print(json.dumps({"counts": [counts.kept, counts.fuzzy, counts.new, counts.obsolete]}))
            return result

    else:
        raise SystemExit(f"unknown phase {name!r}")
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    work()
    return {"cpu": time.process_time() - start_cpu, "wall": time.perf_counter() - start_wall}


# -- the parent: prepares inputs, runs phases in fresh interpreters -------------------


class Timing:
    def __init__(self, cpu: float, wall: float, extra: dict | None = None) -> None:
        self.cpu, self.wall, self.extra = cpu, wall, extra or {}

    def __str__(self) -> str:
        return f"{self.cpu:.2f} s [{self.wall:.2f} s]"


def _fresh(name: str, prepare: Callable[[Path], list[str]], repeat: int) -> Timing:
    """Best of ``repeat`` runs of phase ``name``, each in a new interpreter on the inputs
    ``prepare(scratch_dir)`` lays out (and returns the arguments for)."""
    runs: list[Timing] = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
            args = prepare(Path(tmp))
            command = [sys.executable, __file__, "--phase", name, *args]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
            result = lines[-1]
            extra = {k: v for line in lines[:-1] for k, v in line.items()}
            runs.append(Timing(result["cpu"], result["wall"], extra))
    return min(runs, key=lambda run: run.cpu)


def _peer(command_for: Callable[[Path], list[str]], repeat: int) -> Timing:
    """Best of ``repeat`` runs of an external command (its CPU time, as a child's)."""
    runs: list[Timing] = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
            command = command_for(Path(tmp))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            runs.append(Timing(cpu, wall))
    return min(runs, key=lambda run: run.cpu)


def _versus(ours: float, peer: float) -> str:
    if ours <= peer:
        return f"prlocalize {peer / ours:.1f}x faster"
    return f"prlocalize {ours / peer:.1f}x slower"


def _list_file(folder: Path, paths: list[Path]) -> str:
    listing = folder / "paths.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    return str(listing)


def extract_versus_html2po(html: list[Path], repeat: int) -> None:
    def inputs(tmp: Path) -> list[str]:
        return [_list_file(tmp, html), str(tmp / "out")]

    ours = _fresh("extract", inputs, repeat)
    bare = _fresh("extract-bare", inputs, repeat)
    print(f"extract  {len(html)} HTML releases (read + POT, glossary hints): {ours}")
    print(f"         without a glossary: {bare}")
    try:
        import translate.convert.html2po  # noqa: F401
    except ImportError:
        print("html2po  (translate-toolkit not installed; pip install translate-toolkit)")
        return
    peer = _fresh("html2po", inputs, repeat)
    ratio = peer.cpu / ours.cpu
    verdict = "met" if ratio >= GOAL else "not met"
    print(f"html2po  same {len(html)} HTML files: {peer}")
    print(
        f"ratio    extract vs html2po: {_versus(ours.cpu, peer.cpu)} "
        f"(goal {GOAL:.0f}x faster: {verdict}); without hints {_versus(bare.cpu, peer.cpu)}"
    )


def pipeline(paths: list[Path], repeat: int) -> None:
    with tempfile.TemporaryDirectory(dir=SCRATCH) as keep:
        listing = _list_file(Path(keep), paths)
        pots, pos = Path(keep) / "pots", Path(keep) / "pos"

        def extract_inputs(tmp: Path) -> list[str]:
            return [listing, str(tmp / "locales")]

        extract = _fresh("extract", extract_inputs, repeat)
        # the inputs of the next phases, made once and copied for every run
        _phase("extract", [listing, str(pots)])
        print(f"extract  {len(paths)} releases (txt + html, glossary hints): {extract}")

        def update_inputs(tmp: Path) -> list[str]:
            shutil.copytree(pots, tmp / "locales")
            return [str(tmp / "locales")]

        update = _fresh("update", update_inputs, repeat)
        shutil.copytree(pots, pos)
        _phase("update", [str(pos)])
        catalogs = sorted(pos.glob("*/LC_MESSAGES/*.po"))
        print(f"update   {len(catalogs)} catalogs, all new ({', '.join(LOCALES)}): {update}")

        def compile_inputs(tmp: Path) -> list[str]:
            shutil.copytree(pos, tmp / "locales")
            return [str(tmp / "locales")]

        compiled = _fresh("compile", compile_inputs, repeat)
        print(f"compile  {len(catalogs)} catalogs: {compiled}")
        total = extract.cpu + update.cpu + compiled.cpu
        print(f"total    extract + update + compile: {total:.2f} s")


def _sentences(paths: list[Path], count: int) -> list[str]:
    from prlocalize.readers import read_document

    seen: dict[str, None] = {}
    for path in paths:
        for segment in read_document(path).segments():
            if len(segment.text) > 40 and "<" not in segment.text:
                seen.setdefault(segment.text, None)
    sentences = list(seen)
    rnd = random.Random(1)
    while len(sentences) < count:  # vary a few words so every msgid is distinct
        words = rnd.choice(sentences[:2000]).split()
        rnd.shuffle(words)
        sentences.append(" ".join(words))
        sentences = list(dict.fromkeys(sentences))
    return sentences[:count]


def _change(sentences: list[str], share: float) -> list[str]:
    rnd = random.Random(2)
    changed = list(sentences)
    for index in rnd.sample(range(len(changed)), int(len(changed) * share)):
        words = changed[index].split()
        position = rnd.randrange(len(words))
        words[position] = words[position].upper() + "s"
        changed[index] = " ".join(words)
    return changed


def _template(sentences: list[str]):  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog

    catalog = Catalog(domain="big", project="big", version="1.0")
    for number, text in enumerate(sentences, 1):
        catalog.add(text, "", locations=[("big.txt", number)])
    return catalog


def merge_versus_msgmerge(paths: list[Path], repeat: int, count: int = 5000) -> None:
    from prlocalize.catalog import write_catalog
    from prlocalize.catalog.update import merge_catalog

    sentences = _sentences(paths, count)
    with tempfile.TemporaryDirectory(dir=SCRATCH) as keep:
        root = Path(keep)
        po, _ = merge_catalog(None, _template(sentences), "ja")
        for message in po:
            if message.id:
                message.string = "訳：" + str(message.id)
        write_catalog(root / "old.po", po)
        new_pot = root / "big.pot"
        write_catalog(new_pot, _template(_change(sentences, 0.10)))

        def inputs(tmp: Path) -> list[str]:
            shutil.copy(root / "old.po", tmp / "big.po")
            return [str(tmp / "big.po"), str(new_pot)]

        ours = _fresh("merge", inputs, repeat)
        kept, fuzzy, new, obsolete = ours.extra["counts"]
        print(
            f"update   {count:,} sentences, 10% changed: {ours} "
            f"(kept {kept}, fuzzy {fuzzy}, new {new}, obsolete {obsolete})"
        )
        msgmerge = shutil.which("msgmerge")
        if msgmerge is None:
            print("msgmerge (not installed; apt-get install gettext)")
            return

        def command(tmp: Path) -> list[str]:
            shutil.copy(root / "old.po", tmp / "big.po")
            return [msgmerge, "-q", "-U", "--backup=none", str(tmp / "big.po"), str(new_pot)]

        peer = _peer(command, repeat)
        print(f"msgmerge -U same catalogs: {peer} -> {_versus(ours.cpu, peer.cpu)}")


def main() -> None:
    from installed import as_installed

    as_installed()  # byte code, as a user's install has
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is shown)")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)  # a child's one job
    options = parser.parse_args()
    if options.phase:
        print(json.dumps(_phase(options.phase[0], options.phase[1:])))
        return
    paths = generate_corpus(DEFAULT_DIR, 1000)
    html = [p for p in paths if p.suffix == ".html"]
    print(f"corpus: {len(paths)} releases in {DEFAULT_DIR}; output in {SCRATCH or 'temp'}")
    print(f"CPU seconds, best of {options.repeat} fresh runs [wall clock of that run]")
    extract_versus_html2po(html, options.repeat)
    pipeline(paths, options.repeat)
    merge_versus_msgmerge(paths, options.repeat)


if __name__ == "__main__":
    main()
