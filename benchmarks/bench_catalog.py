"""Catalog throughput (CPU seconds; wall clock in brackets).

extract + update + compile on 1,000 generated releases (ja, ko), beside
translate-toolkit's html2po on the same HTML, and update of a 5,000-sentence catalog
after 10% of its messages changed, beside GNU ``msgmerge -U``.

    python benchmarks/bench_catalog.py

Peers are measured only when present (translate-toolkit importable, msgmerge on PATH).
"""

from __future__ import annotations

import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_DIR, generate_corpus

from prlocalize.catalog import read_catalog, update_catalog, write_catalog
from prlocalize.catalog.io import pot_path
from prlocalize.catalog.update import merge_catalog
from prlocalize.catalog.workflow import compile_all, extract_documents, update
from prlocalize.glossary.io import load_glossaries
from prlocalize.readers import read_document

REPO = Path(__file__).resolve().parents[1]
LOCALES = ("ja", "ko")


# Outputs go to a RAM disk when there is one: every write is fsynced (atomic_write),
# and the figures should show the work, not the disk.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None


def _timed(func):  # type: ignore[no-untyped-def]
    """CPU seconds of this process and its children (other jobs on a shared machine do
    not count), and the result; the wall-clock time goes to ``_timed.wall``."""
    start_wall, start_cpu = time.perf_counter(), _cpu()
    result = func()
    _timed.wall = time.perf_counter() - start_wall  # type: ignore[attr-defined]
    return _cpu() - start_cpu, result


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _versus(ours: float, peer: float) -> str:
    if ours <= peer:
        return f"prlocalize {peer / ours:.1f}x faster"
    return f"prlocalize {ours / peer:.1f}x slower"


def _wall() -> str:
    return f" [{_timed.wall:.2f} s]"  # type: ignore[attr-defined]


def _extract(paths: list[Path], out: Path, glossary) -> int:  # type: ignore[no-untyped-def]
    documents = [read_document(p) for p in paths]
    return len(extract_documents(documents, out, glossary=glossary, locales=LOCALES))


def _html2po(paths: list[Path], out: Path) -> int:
    from translate.convert import html2po

    out.mkdir(parents=True, exist_ok=True)
    for path in paths:
        with path.open("rb") as source, (out / f"{path.stem}.pot").open("wb") as target:
            html2po.converthtml(source, target, None, pot=True)
    return len(paths)


def pipeline(paths: list[Path], glossary) -> None:  # type: ignore[no-untyped-def]
    html = [p for p in paths if p.suffix == ".html"]
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        root = Path(tmp)
        seconds, count = _timed(lambda: _extract(paths, root / "locales", glossary))
        print(f"extract  {count} releases (txt + html, glossary hints): {seconds:.2f} s{_wall()}")
        seconds_u, results = _timed(lambda: update(root / "locales", LOCALES))
        messages = sum(len(r.catalog) for r in results)
        print(
            f"update   {len(results)} catalogs ({messages:,} messages), new: "
            f"{seconds_u:.2f} s{_wall()}"
        )
        seconds_c, compiled = _timed(lambda: compile_all(root / "locales"))
        print(f"compile  {len(compiled)} catalogs: {seconds_c:.2f} s{_wall()}")
        print(f"total    extract + update + compile: {seconds + seconds_u + seconds_c:.2f} s")

        ours, _ = _timed(lambda: _extract(html, root / "html-ours", glossary))
        bare, _ = _timed(lambda: _extract(html, root / "html-bare", None))
        print(f"extract  {len(html)} HTML releases: {ours:.2f} s ({bare:.2f} s without glossary)")
        try:
            import translate.convert.html2po  # noqa: F401
        except ImportError:
            print("html2po  (translate-toolkit not installed; pip install translate-toolkit)")
            return
        peer, _ = _timed(lambda: _html2po(html, root / "html2po"))
        print(
            f"html2po  {len(html)} HTML releases: {peer:.2f} s{_wall()} -> "
            f"{_versus(ours, peer)} (without hints {_versus(bare, peer)})"
        )
        all_peer, _ = _timed(lambda: _html2po(paths, root / "html2po-all"))
        print(
            f"html2po  all {len(paths)} files (text read as HTML): {all_peer:.2f} s; "
            f"extract of all 1000: {_versus(seconds, all_peer)}"
        )


def _sentences(paths: list[Path], count: int) -> list[str]:
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


def merge_versus_msgmerge(paths: list[Path], count: int = 5000) -> None:
    sentences = _sentences(paths, count)
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        root = Path(tmp)
        po, _ = merge_catalog(None, _template(sentences), "ja")
        for message in po:
            if message.id:
                message.string = "訳：" + str(message.id)
        write_catalog(root / "ours.po", po)
        shutil.copy(root / "ours.po", root / "gnu.po")
        new_pot = pot_path(root, "big")
        write_catalog(new_pot, _template(_change(sentences, 0.10)))

        def ours() -> object:
            return update_catalog(root / "ours.po", read_catalog(new_pot), "ja")

        seconds, result = _timed(ours)
        print(
            f"update   {count:,} sentences, 10% changed: {seconds:.2f} s "
            f"(kept {result.kept}, fuzzy {result.fuzzy}, new {result.new}, "  # type: ignore[attr-defined]
            f"obsolete {result.obsolete}){_wall()}"  # type: ignore[attr-defined]
        )
        msgmerge = shutil.which("msgmerge")
        if msgmerge is None:
            print("msgmerge (not installed; apt-get install gettext)")
            return
        command = [msgmerge, "-q", "-U", "--backup=none", str(root / "gnu.po"), str(new_pot)]
        peer, _ = _timed(lambda: subprocess.run(command, check=True))
        print(f"msgmerge -U same catalogs: {peer:.2f} s{_wall()} -> {_versus(seconds, peer)}")


def main() -> None:
    paths = generate_corpus(DEFAULT_DIR, 1000)
    glossary = load_glossaries([REPO / "glossaries"])
    print(f"corpus: {len(paths)} releases in {DEFAULT_DIR}; output in {SCRATCH or 'temp'}")
    pipeline(paths, glossary)
    merge_versus_msgmerge(paths)


if __name__ == "__main__":
    main()
