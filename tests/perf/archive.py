"""Archive-scale helpers: generated releases and glossaries, and the peak memory of a command.

Memory tests (issue #16) and ``benchmarks/bench_archive.py`` import this module::

    from tests.perf.archive import generate_archive, peak_rss, write_glossary

(``tests/perf/conftest.py`` puts the repository on ``sys.path``, so put memory tests in
``tests/perf/``.)

The pattern of a "memory does not grow with the number of releases" test: run the same
command, ``--jobs 1``, on ``SMALL`` and ``LARGE`` generated releases (default size, ~1.7 kB)
and assert that the peak resident memory of its process tree grew by less than
``SLACK_KB``; :func:`assert_flat` does it and names both figures when it fails::

    small = measure(prlocalize("extract", str(releases_200), "-d", "l", "--jobs", "1"), work)
    large = measure(prlocalize("extract", str(releases_2000), "-d", "l", "--jobs", "1"), work)
    assert_flat(small, large)

The numbers come from measurements on main when the harness landed (2 shared cores).
Reading releases one at a time grew by under 1 MB from 150 to 1,500 releases; keeping
them grew by 38 MB. The commands, which all held the whole archive then, grew per
release by about 12 kB (check's parent, compile), 38 kB (extract), 55 kB (update),
60 kB (translate), 80 kB (segment) and 130 kB (build): 22 to 230 MB over the 1,800
releases between SMALL and LARGE, against a 15 MB slack. Prepare inputs (templates,
catalogs) with several workers, and keep a test under ~30 s: on a busy machine a
command spends 5 to 20 ms per release.
"""

from __future__ import annotations

import contextlib
import csv
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import IO

SMALL = 200  # releases in the small run of a memory test
LARGE = 2000  # ... and in the large one
SLACK_KB = 15 * 1024  # growth allowed between the two (allocator noise, lists of paths)

# -- glossary --------------------------------------------------------------------------

# Romanised syllables with their katakana and Hangul forms: synthetic names get
# plausible Japanese and Korean renderings, so catalogs carry glossary hints.
_SYLLABLES = (
    ("ka", "カ", "카"),
    ("ki", "キ", "키"),
    ("ko", "コ", "코"),
    ("sa", "サ", "사"),
    ("shi", "シ", "시"),
    ("su", "ス", "스"),
    ("ta", "タ", "타"),
    ("to", "ト", "토"),
    ("na", "ナ", "나"),
    ("ni", "ニ", "니"),
    ("no", "ノ", "노"),
    ("ha", "ハ", "하"),
    ("hi", "ヒ", "히"),
    ("mi", "ミ", "미"),
    ("mo", "モ", "모"),
    ("ra", "ラ", "라"),
    ("ri", "リ", "리"),
    ("yu", "ユ", "유"),
    ("wa", "ワ", "와"),
    ("e", "エ", "에"),
)
_WORDS = (
    ("Bio", "バイオ", "바이오"),
    ("Cell", "セル", "셀"),
    ("Gene", "ジーン", "진"),
    ("Pharma", "ファーマ", "파마"),
    ("Nova", "ノバ", "노바"),
    ("Vita", "ビタ", "비타"),
    ("Tech", "テック", "테크"),
    ("Care", "ケア", "케어"),
)
_SUFFIXES = (
    ("Inc.", "株式会社", "주식회사"),
    ("Corporation", "コーポレーション", "코퍼레이션"),
    ("Co., Ltd.", "株式会社", "㈜"),
)
_TITLES = (
    ("Chief Executive Officer", "最高経営責任者", "최고경영자"),
    ("Chief Technology Officer", "最高技術責任者", "최고기술책임자"),
    ("Senior Vice President", "上級副社長", "수석부사장"),
    ("Managing Director", "代表取締役", "대표이사"),
    ("Head of Research", "研究本部長", "연구본부장"),
    ("General Manager", "本部長", "본부장"),
    ("Director of Communications", "広報部長", "홍보부장"),
    ("Minister of Science and ICT", "科学技術情報通信部長官", "과학기술정보통신부 장관"),
)
_PLACES = (
    ("Tokyo", "東京", "도쿄"),
    ("Osaka", "大阪", "오사카"),
    ("Seoul", "ソウル", "서울"),
    ("Busan", "釜山", "부산"),
    ("Incheon", "仁川", "인천"),
    ("Yokohama", "横浜", "요코하마"),
    ("Sejong", "世宗", "세종"),
    ("Fukuoka", "福岡", "후쿠오카"),
)
_TERMS = (
    ("cell therapy", "細胞治療", "세포치료"),
    ("regenerative medicine", "再生医療", "재생의료"),
    ("clinical trial", "臨床試験", "임상시험"),
    ("drug discovery", "創薬", "신약개발"),
    ("digital health", "デジタルヘルス", "디지털 헬스"),
)
COLUMNS = ("en", "ja", "ko", "kind")


def _word(rnd: random.Random, parts: int) -> tuple[str, str, str]:
    chosen = [rnd.choice(_SYLLABLES) for _ in range(parts)]
    return (
        "".join(s[0] for s in chosen).capitalize(),
        "".join(s[1] for s in chosen),
        "".join(s[2] for s in chosen),
    )


def glossary_entries(seed: int = 0) -> Iterator[dict[str, str]]:
    """An endless, deterministic stream of glossary rows (en, ja, ko, kind), all distinct:
    fixed titles, places and terms first, then people and organisations. Any glossary of
    n entries is the first n rows, so the names a release uses are in every larger one."""
    for kind, rows in (("title", _TITLES), ("place", _PLACES), ("term", _TERMS)):
        for en, ja, ko in rows:
            yield {"en": en, "ja": ja, "ko": ko, "kind": kind}
    rnd = random.Random(f"glossary-{seed}")
    seen: set[str] = set()
    while True:
        given, family = _word(rnd, rnd.randint(2, 3)), _word(rnd, rnd.randint(2, 3))
        person = {
            "en": f"{given[0]} {family[0]}",
            "ja": f"{given[1]}・{family[1]}",
            "ko": f"{given[2]} {family[2]}",
            "kind": "person",
        }
        stem, word, suffix = _word(rnd, 2), rnd.choice(_WORDS), rnd.choice(_SUFFIXES)
        ja = f"{stem[1]}{word[1]}"  # 株式会社 after the name for Inc., before it for Co., Ltd.
        org = {
            "en": f"{stem[0]}{word[0].lower()} {suffix[0]}",
            "ja": f"{suffix[1]}{ja}" if suffix[0] == "Co., Ltd." else f"{ja}{suffix[1]}",
            "ko": f"{stem[2]}{word[2]} {suffix[2]}",
            "kind": "org",
        }
        for row in (person, org):
            if row["en"] not in seen:
                seen.add(row["en"])
                yield row


def _first(n: int, seed: int = 0) -> list[dict[str, str]]:
    stream = glossary_entries(seed)
    return [next(stream) for _ in range(n)]


def write_glossary(path: Path, n: int, *, seed: int = 0) -> Path:
    """Write a glossary CSV of ``n`` entries (columns en, ja, ko, kind) to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(_first(n, seed))
    return path


# -- releases --------------------------------------------------------------------------

_SENTENCES = (
    "{org} (Headquarters: {place}; CEO: {person}) today announced a partnership in {term}.",
    "The agreement was signed at 10:30 a.m. on {month} {day}, {year}, in {place}.",
    "Under the agreement, {org} will invest U.S. $ {money}.{cents} million over {n}0 months.",
    "Revenue grew by {pct}.{pctd}% compared with the previous fiscal year.",
    "{person}, {title} of {org}, will lead the joint {term} team.",
    "“We are delighted to work with {org2},” said {person}, {title} of {org}, in {place}.",
    "{person2} added: “This is only the beginning of our work in {term}.”",
    "Participants discussed {term}, {term2} and market access in Asia.",
    "The facility in {place} will open in {month} {year} and employ about {n}{n2}0 people.",
    "{org2} has worked with {org} since {year}, first in {term} and later in {term2}.",
    "The results of the {term} program were presented in {place} on {month} {day}.",
    "Release No. {number} of {year}: the board of {org} approved the plan.",
)
_MONTHS = ("January", "March", "April", "June", "July", "September", "October", "December")


class _Draw:
    """The names a release draws from: the first entries of the glossary stream."""

    def __init__(self, seed: int) -> None:
        rows = _first(400, seed)
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            by_kind.setdefault(row["kind"], []).append(row["en"])
        self.by_kind = by_kind

    def fill(self, template: str, rnd: random.Random, number: int) -> str:
        k = self.by_kind
        return template.format(
            org=rnd.choice(k["org"]),
            org2=rnd.choice(k["org"]),
            person=rnd.choice(k["person"]),
            person2=rnd.choice(k["person"]),
            title=rnd.choice(k["title"]),
            place=rnd.choice(k["place"]),
            term=rnd.choice(k["term"]),
            term2=rnd.choice(k["term"]),
            month=rnd.choice(_MONTHS),
            day=rnd.randint(1, 28),
            year=rnd.randint(2005, 2025),
            money=rnd.randint(1, 900),
            cents=rnd.randint(10, 99),
            pct=rnd.randint(1, 40),
            pctd=rnd.randint(0, 9),
            n=rnd.randint(1, 9),
            n2=rnd.randint(0, 9),
            number=number,
        )


def _parts(draw: _Draw, rnd: random.Random, number: int, size: int) -> dict[str, object]:
    org, term = rnd.choice(draw.by_kind["org"]), rnd.choice(draw.by_kind["term"])
    paragraphs: list[str] = []
    length = 0
    while length < size or len(paragraphs) < 2:
        sentences = [
            draw.fill(rnd.choice(_SENTENCES), rnd, number) for _ in range(rnd.randint(2, 5))
        ]
        if rnd.random() < 0.05:  # an archive has its typos: a doubled space now and then
            sentences[0] = sentences[0].replace(" ", "  ", 1)
        paragraphs.append(" ".join(sentences))
        length += len(paragraphs[-1]) + 1
    return {
        "headline": f"{org} Expands Its Work in {term.title()} (No. {number})",
        "date": f"{rnd.choice(_MONTHS)} {rnd.randint(1, 28)}, {rnd.randint(2005, 2025)}",
        "issuer": org,
        "paragraphs": paragraphs,
        "contact": f"{org}, Communications: press{number}@example.com",
    }


def _text(parts: dict[str, object]) -> str:
    paragraphs: list[str] = parts["paragraphs"]  # type: ignore[assignment]
    lines = [str(parts["headline"]), "", str(parts["date"]), str(parts["issuer"]), ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += ["Contact:", str(parts["contact"])]
    return "\n".join(lines) + "\n"


def _markdown(parts: dict[str, object]) -> str:
    paragraphs: list[str] = parts["paragraphs"]  # type: ignore[assignment]
    lines = [f"# {parts['headline']}", "", f"*{parts['date']}*", ""]
    for i, paragraph in enumerate(paragraphs):
        if i == len(paragraphs) // 2:
            lines += [f"## About {parts['issuer']}", ""]
        lines += [paragraph, ""]
    lines += ["**Contact:** " + str(parts["contact"])]
    return "\n".join(lines) + "\n"


def _html(parts: dict[str, object]) -> str:
    e = escape
    paragraphs: list[str] = parts["paragraphs"]  # type: ignore[assignment]
    body = [f"<h1>{e(str(parts['headline']))}</h1>", f'<p class="date">{e(str(parts["date"]))}</p>']
    for i, paragraph in enumerate(paragraphs):
        extra = ' See <a href="https://www.example.com/news">the full story</a>.' if i == 1 else ""
        body.append(f"<p>{e(paragraph)}{extra}</p>")
    body.append(f"<address>{e(str(parts['contact']))}</address>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(str(parts['headline']))}</title>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


_RENDER = {"html": _html, "txt": _text, "md": _markdown}


def generate_archive(
    folder: Path,
    n: int,
    *,
    seed: int = 0,
    kinds: Sequence[str] = ("html", "txt", "md"),
    size: int = 1500,
) -> list[Path]:
    """Write ``n`` distinct English releases into ``folder`` and return their paths.

    Release i is ``release-<i>.<kind>`` with ``kinds`` taken in turn (repeat a kind to
    weight it: ``("html",) * 8 + ("txt", "md")``); each has about ``size`` characters of
    body text built from glossary people, titles, organisations, places and terms (those
    of :func:`write_glossary` with the same seed). Same arguments, same bytes; files that
    already hold them are not rewritten, so a cached archive is reused as it is."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    draw = _Draw(seed)
    width = max(6, len(str(n - 1)))
    paths: list[Path] = []
    for i in range(n):
        rnd = random.Random(f"{seed}-{i}")
        kind = kinds[i % len(kinds)]
        data = _RENDER[kind](_parts(draw, rnd, i, size)).encode("utf-8")
        path = folder / f"release-{i:0{width}d}.{kind}"
        if not path.exists() or path.stat().st_size != len(data) or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


# -- peak memory of a command ------------------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    """What :func:`measure` saw. Memory in kB (1024 bytes), times in seconds."""

    tree_kb: int  # the largest sum of resident memory of the process and its descendants
    process_kb: int  # the largest resident memory of any one of them
    wall: float
    cpu: float  # user + system time of the process and the descendants it waited for
    timed_out: bool
    completed: subprocess.CompletedProcess[str]

    @property
    def returncode(self) -> int:
        return self.completed.returncode


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process (no /proc/PID/task/TID/children here: the
    kernel may not have it, so the whole table is read; it is a few hundred files)."""
    table: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        table[int(entry.name)] = int(fields[1])
    return table


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    found, todo = [root], [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def _rss_kb(pid: int) -> tuple[int, int]:
    """Resident memory of ``pid`` now and its high-water mark since its exec, in kB."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            status = fh.read()
    except OSError:  # exited between listing and reading
        return 0, 0
    found = {b"VmRSS:": 0, b"VmHWM:": 0}
    for line in status.splitlines():
        key = line[:6]
        if key in found:
            found[key] = int(line.split()[1])
    return found[b"VmRSS:"], found[b"VmHWM:"]


# Runs the command as its own child and reports that child's rusage. The kernel's
# ru_maxrss of a process also holds the memory of whatever it was before its exec; a
# command started straight from a big test process (pytest after hundreds of tests) would
# carry that process's mark, so it is started from this small interpreter instead.
_LAUNCHER = """
import os, signal, sys
report, cmd = sys.argv[1], sys.argv[2:]
try:
    pid = os.posix_spawnp(cmd[0], cmd, os.environ)
except OSError as error:
    sys.stderr.write(f"{cmd[0]}: {error}\\n")
    sys.exit(127)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as fh:
    fh.write(f"{usage.ru_maxrss} {usage.ru_utime} {usage.ru_stime}")
code = os.waitstatus_to_exitcode(status)
if code < 0:
    signal.signal(-code, signal.SIG_DFL)
    os.kill(os.getpid(), -code)
sys.exit(code)
"""


def measure(
    cmd: Sequence[str],
    cwd: Path | str | None = None,
    *,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
    interval: float = 0.02,
    output_tail: int | None = None,
) -> Measurement:
    """Run ``cmd`` and sample the resident memory of it and every descendant (forked
    workers included) every ``interval`` seconds until it exits.

    The tree figure sums each process's RSS, so pages a forked worker still shares with
    its parent count twice: it is what the machine must be able to hold at worst. The
    largest single process is each one's high-water mark (VmHWM), so peaks shorter than
    the interval count too, and the kernel's ``ru_maxrss`` of the command covers the last
    moments before exit. After ``timeout`` seconds the whole process group is killed and
    ``timed_out`` is set. Output is collected in files (no pipe can fill up and stall the
    command); with ``output_tail``, only its last that many bytes are kept."""
    import tempfile

    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as scratch,
    ):
        report = Path(scratch, "rusage")
        start = time.perf_counter()
        launcher = subprocess.Popen(
            [sys.executable, "-S", "-c", _LAUNCHER, str(report), *cmd],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        tree_kb = process_kb = 0
        timed_out = False
        try:
            while launcher.poll() is None:
                # the launcher itself (a bare interpreter, ~10 MB) is not the command's
                sizes = [_rss_kb(p) for p in _tree(launcher.pid)[1:]]
                if sizes:
                    tree_kb = max(tree_kb, sum(now for now, _ in sizes))
                    process_kb = max(process_kb, *(high for _, high in sizes))
                if timeout is not None and time.perf_counter() - start > timeout:
                    if not timed_out:
                        os.killpg(launcher.pid, signal.SIGKILL)
                    timed_out = True
                time.sleep(interval)
        except BaseException:  # interrupted (Ctrl-C, SIGTERM): take the command down too
            with contextlib.suppress(ProcessLookupError):
                os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait()
            raise
        wall = time.perf_counter() - start
        if timed_out:  # the group was killed: leave no orphaned worker behind either
            with contextlib.suppress(ProcessLookupError):
                os.killpg(launcher.pid, signal.SIGKILL)
        cpu = 0.0
        with contextlib.suppress(FileNotFoundError):  # none when the launcher was killed
            maxrss, utime, stime = report.read_text().split()
            process_kb = max(process_kb, int(maxrss))  # kB on Linux
            cpu = float(utime) + float(stime)
        tree_kb = max(tree_kb, process_kb)
        completed = subprocess.CompletedProcess(
            list(cmd), launcher.returncode, _read(out, output_tail), _read(err, output_tail)
        )
    return Measurement(tree_kb, process_kb, wall, cpu, timed_out, completed)


def _read(file: IO[bytes], tail: int | None) -> str:
    size = file.seek(0, os.SEEK_END)
    file.seek(max(0, size - tail) if tail is not None else 0)
    return file.read().decode("utf-8", "replace")


def peak_rss(
    cmd: Sequence[str], cwd: Path | str | None = None, **options: object
) -> tuple[int, subprocess.CompletedProcess[str]]:
    """Peak resident memory in kB of ``cmd``'s whole process tree, and how it ended
    (``options`` as for :func:`measure`)."""
    result = measure(cmd, cwd, **options)  # type: ignore[arg-type]
    return result.tree_kb, result.completed


def prlocalize(*args: str) -> list[str]:
    """The command line of ``prlocalize ARGS`` with this interpreter."""
    return [sys.executable, "-m", "prlocalize", *args]


def assert_flat(small: Measurement, large: Measurement, slack_kb: int = SLACK_KB) -> None:
    """Fail, with both figures, when memory grew by ``slack_kb`` or more from ``small``
    to ``large`` (or either run failed with exit code 2 or more)."""
    for run in (small, large):
        assert run.returncode in (0, 1), (run.completed.args, run.completed.stderr[-2000:])
    growth = large.tree_kb - small.tree_kb
    assert growth < slack_kb, (
        f"peak memory grew by {growth / 1024:.1f} MB from the small run "
        f"({small.tree_kb / 1024:.1f} MB) to the large one ({large.tree_kb / 1024:.1f} MB); "
        f"allowed: {slack_kb / 1024:.0f} MB"
    )
