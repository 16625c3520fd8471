"""Held-out-style releases with planted defects and their ground truth, and a glossary of
the shape teams start from (``en,ja,ko,kind,note`` columns only), for ``bench_check.py``.

Each release is an English press release (plain text, Markdown or HTML) written from
clean templates; some get one to three planted defects of six kinds:

* ``glued-name``: a glossary person written without the space ('NobuyukiTakizawa');
* ``foreign-residue``: link text left in Korean or Japanese on an HTML ``<a href>``
  ('바로가기', 'ここ'), or a glossary place in its Korean or Japanese form inside an
  English sentence ('인천', '新潟');
* ``misspelt-title``: a glossary title with one letter inserted, deleted, substituted
  or two swapped, in any word ('Senir Vice President', 'Chef Executive Officer');
* ``stray-punctuation``: ', .' before a sentence end;
* ``link-no-target``: 'click here' / 'please refer to here' with no link or address;
* ``misspelt-name``: a glossary person quoted with two neighbouring letters of one
  word of the name swapped ('Kenij Morimoto', 'Yuki Hasgeawa').

The ground truth is each defect's file, line and columns, so a finding is a hit when it
overlaps one on the same line.

    python benchmarks/heldout.py [N] [OUT_DIR]
"""

from __future__ import annotations

import csv
import json
import random
import sys
from dataclasses import asdict, dataclass
from html import escape
from pathlib import Path

KINDS = (
    "glued-name",
    "foreign-residue",
    "misspelt-title",
    "stray-punctuation",
    "link-no-target",
    "misspelt-name",
)
COLUMNS = ["en", "ja", "ko", "kind", "note"]

_GIVEN_TEXT = (
    "Nobuyuki Haruto Yuki Kenji Satoshi Akira Hiroshi Takashi Naoko Yumiko Keiko Emi Daisuke "
    "Minjun Seojun Jiwoo Hyunwoo Jiho Sooah Yerin Jimin Daniel Sarah Emily Michael Laura Thomas"
)
_GIVEN = _GIVEN_TEXT.split()
_FAMILY_TEXT = (
    "Takizawa Morimoto Fujiwara Hasegawa Yamaguchi Kobayashi Nakamura Ishikawa Matsumoto "
    "Sakamoto Hayashi Shimizu Yoshida Inoue Kimura Sullivan Whitaker Lindqvist Okonkwo Brennan"
)
_FAMILY = _FAMILY_TEXT.split()
_SYLLABLES_TEXT = "ka ki ku ke ko sa shi su se so ta chi te to na ni no ha hi fu ho ma mi mo ra ri"
_SYLLABLES = _SYLLABLES_TEXT.split()
_TITLE_HEADS = (
    "Chief Executive Officer",
    "Chief Operating Officer",
    "Chief Financial Officer",
    "Chief Technology Officer",
    "Senior Vice President",
    "Executive Vice President",
    "Vice President",
    "Managing Director",
    "General Manager",
    "Group Manager",
    "Team Leader",
    "Founder",
    "Director",
    "Head",
    "Senior Manager",
    "Principal Researcher",
)
_DEPARTMENTS_TEXT = (
    "Sales Marketing Research Operations Finance Engineering Procurement Manufacturing Strategy "
    "Communications Compliance Logistics Development Partnerships Investments Quality Design "
    "Analytics Security Sustainability Innovation Licensing Regulatory Clinical Product"
)
_DEPARTMENTS = _DEPARTMENTS_TEXT.split()
_REGIONS_TEXT = "Japan Korea Asia Europe Americas Tokyo Seoul Osaka Busan Global"
_REGIONS = _REGIONS_TEXT.split()
_PLACES = (
    ("Incheon", "仁川", "인천"),
    ("Niigata", "新潟", "니가타"),
    ("Busan", "釜山", "부산"),
    ("Osaka", "大阪", "오사카"),
    ("Sapporo", "札幌", "삿포로"),
    ("Daegu", "大邱", "대구"),
    ("Yokohama", "横浜", "요코하마"),
    ("Kobe", "神戸", "고베"),
    ("Fukuoka", "福岡", "후쿠오카"),
    ("Gwangju", "光州", "광주"),
    ("Daejeon", "大田", "대전"),
    ("Suwon", "水原", "수원"),
    ("Ulsan", "蔚山", "울산"),
    ("Nagoya", "名古屋", "나고야"),
    ("Kyoto", "京都", "교토"),
    ("Sendai", "仙台", "센다이"),
    ("Seoul", "ソウル", "서울"),
    ("Hiroshima", "広島", "히로시마"),
    ("Pangyo", "板橋", "판교"),
    ("Changwon", "昌原", "창원"),
)
_WORDS_TEXT = "bio cell gene pharma thera medi nova vita cura omics tech lab care mobility"
_WORDS = _WORDS_TEXT.split()
_SUFFIXES = ("Inc.", "Corporation", "Co., Ltd.")
_LINK_TEXTS = ("바로가기", "자세히 보기", "여기", "ここ", "こちら", "詳しくはこちら")
_TOPICS = (
    "cell therapy",
    "regenerative medicine",
    "battery recycling",
    "autonomous driving",
    "digital health",
    "gene editing",
    "smart logistics",
)


def _name(rnd: random.Random, parts: int) -> str:
    return "".join(rnd.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def write_minimal_glossary(path: Path, n: int, repo: Path, seed: int = 7) -> dict[str, list[str]]:
    """A glossary of ``n`` entries with only en, ja, ko, kind and note columns: the bundled
    entries cut to those columns, then people, titles, places, organisations and terms.
    Returns the forms the release generator draws from, by kind."""
    rnd = random.Random(seed)
    rows: list[dict[str, str]] = []
    for bundled in sorted((repo / "glossaries").glob("*.csv")):
        with bundled.open(encoding="utf-8", newline="") as fh:
            rows += [{c: row.get(c) or "" for c in COLUMNS} for row in csv.DictReader(fh)]
    used = {row["en"] for row in rows}
    drawn: dict[str, list[str]] = {"person": [], "title": [], "place": [], "org": []}

    def add(row: dict[str, str]) -> None:
        if row["en"] in used or len(rows) >= n:
            return
        used.add(row["en"])
        rows.append(row)
        if row["kind"] in drawn:
            drawn[row["kind"]].append(row["en"])

    for en, ja, ko in _PLACES:
        add({"en": en, "ja": ja, "ko": ko, "kind": "place", "note": ""})
    for head in _TITLE_HEADS:
        add({"en": head, "ja": "", "ko": "", "kind": "title", "note": ""})
    for given in _GIVEN:
        for family in _FAMILY:
            add({"en": f"{given} {family}", "ja": "", "ko": "", "kind": "person", "note": ""})
    heads = [h for h in _TITLE_HEADS if h not in ("Founder",)]
    for head in heads:
        for dept in _DEPARTMENTS:
            add({"en": f"{head} of {dept}", "ja": "", "ko": "", "kind": "title", "note": ""})
        for region in _REGIONS:
            add({"en": f"{head}, {region}", "ja": "", "ko": "", "kind": "title", "note": ""})
    i = 0
    while len(rows) < n:
        i += 1
        kind = ("person", "org", "term")[i % 3]
        if kind == "person":
            en = f"{_name(rnd, 3)} {_name(rnd, 3)}"
        elif kind == "org":
            en = f"{_name(rnd, 2)}{rnd.choice(_WORDS)} {rnd.choice(_SUFFIXES)}"
        else:
            en = f"{rnd.choice(_WORDS)}{_name(rnd, 2).lower()}-{rnd.choice(_WORDS)}"
        add({"en": en, "ja": "", "ko": "", "kind": kind, "note": "synthetic"})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    drawn["person"] = [p for p in drawn["person"] if p.split()[0] in _GIVEN]  # readable ones
    drawn["org"] = drawn["org"][:200]
    return drawn


@dataclass(frozen=True)
class Defect:
    path: str
    kind: str
    line: int  # 1-based
    column: int  # 1-based, first character of the defect
    end_column: int  # 1-based, one past the last character
    text: str


def _swap_letters(rnd: random.Random, person: str) -> tuple[str, str, str] | None:
    """``person`` with two neighbouring letters of one word swapped, as (text before the
    word, the word, text after); None when no word has two different letters to swap
    after its first (a name's first letter is rarely where fingers slip)."""
    words = person.split(" ")
    choices = [
        (k, i)
        for k, word in enumerate(words)
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1] and word.isalpha()
    ]
    if not choices:
        return None
    k, i = rnd.choice(choices)
    word = words[k]
    slipped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return (
        " ".join(words[:k]) + (" " if k else ""),
        slipped,
        (" " if k < len(words) - 1 else "") + " ".join(words[k + 1 :]),
    )


def _misspell(rnd: random.Random, title: str) -> str | None:
    """``title`` with one letter inserted, deleted, substituted or two transposed in a
    word of three letters or more, anywhere in a title of several words, inside the word
    for a title of one (whose ends are where English inflects). None for a slip that
    is English morphology instead (a plural 's', 'Office' for 'Officer')."""
    words = [(i, w) for i, w in enumerate(title.split(" ")) if len(w.strip(",")) >= 3]
    single = len(title.split(" ")) == 1
    if not words or (single and len(title) < 6):
        return None
    index, word = rnd.choice(words)
    core = word.rstrip(",")
    tail = word[len(core) :]
    op = rnd.choice(("insert", "delete", "substitute", "transpose"))
    at = rnd.randrange(1, len(core) - 1) if single else rnd.randrange(0, len(core))
    letter = rnd.choice("aeiorstnlhc")
    if core[min(at, len(core) - 1)].isupper():
        letter = letter.upper()  # a slip keeps the case of the letter it lands on
    if op == "insert":
        new = core[:at] + letter + core[at:]
    elif op == "delete":
        new = core[:at] + core[at + 1 :]
    elif op == "substitute":
        new = core[:at] + letter + core[at + 1 :]
    elif at + 1 < len(core):
        new = core[:at] + core[at + 1] + core[at] + core[at + 2 :]
    else:
        return None
    a, b = new.casefold(), core.casefold()
    if a == b or a == b + "s" or b == a + "s" or (b.endswith("er") and a == b[:-1]):
        return None
    parts = title.split(" ")
    parts[index] = new + tail
    return " ".join(parts)


class _Writer:
    """Builds one release as pieces, remembering where each planted defect lands."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.pieces: list[str] = []
        self.length = 0
        self.marks: list[tuple[str, int, str]] = []  # (kind, offset, text)

    def put(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def defect(self, kind: str, text: str) -> None:
        self.marks.append((kind, self.length, text))
        self.put(text)

    def finish(self) -> tuple[str, list[Defect]]:
        text = "".join(self.pieces)
        defects = []
        for kind, offset, piece in self.marks:
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            defects.append(Defect(self.path, kind, line, column, column + len(piece), piece))
        return text, defects


def _release(
    rnd: random.Random, path: str, fmt: str, drawn: dict[str, list[str]], plant: list[str]
) -> tuple[str, list[Defect]]:
    w = _Writer(path)
    org = rnd.choice(drawn["org"])
    topic = rnd.choice(_TOPICS)
    people = rnd.sample(drawn["person"], 4)
    titles = rnd.sample([t for t in drawn["title"] if "," not in t], 4)
    place = rnd.choice(_PLACES)
    html, md = fmt == "html", fmt == "md"

    def para_open() -> None:
        w.put("<p>" if html else "")

    def para_close() -> None:
        w.put("</p>\n" if html else "\n\n")

    headline = f"{org} Announces Partnership in {topic.title()}"
    if html:
        title = escape(headline)
        w.put('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
        w.put(f"<title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n")
    else:
        w.put(("# " if md else "") + headline + "\n\n")
    para_open()
    w.put(f"{place[0].upper()}, June {rnd.randint(1, 28)}, {rnd.randint(2021, 2025)} -- ")
    w.put(f"{org} today announced a partnership in {topic} with research groups in {place[0]}")
    if "foreign-residue" in plant and rnd.random() < 0.5:
        plant.remove("foreign-residue")
        w.put(" and ")
        w.defect("foreign-residue", rnd.choice(place[1:]))
    if "stray-punctuation" in plant:
        plant.remove("stray-punctuation")
        w.put(" this year")
        w.defect("stray-punctuation", ", .")
    else:
        w.put(".")
    w.put(f" The program will run for {rnd.randint(2, 5)} years.")
    para_close()
    # the roster: one person a line
    w.put("<h2>Speakers</h2>\n<ul>\n" if html else ("## Speakers\n\n" if md else "Speakers\n\n"))
    for k, (person, title) in enumerate(zip(people, titles, strict=True)):
        w.put("<li>" if html else ("- " if md else ""))
        if k == 0 and "glued-name" in plant:
            plant.remove("glued-name")
            w.defect("glued-name", person.replace(" ", ""))
        else:
            w.put(person)
        w.put(", ")
        wrong = None
        if k == 1 and "misspelt-title" in plant:
            for _attempt in range(10):  # some titles or slips are out of scope; draw again
                wrong = _misspell(rnd, title)
                if wrong is not None:
                    break
                title = rnd.choice(drawn["title"])
        if wrong is not None:
            plant.remove("misspelt-title")
            w.defect("misspelt-title", wrong)
        else:
            w.put(title)
        w.put(f", {org}")
        w.put("</li>\n" if html else "\n")
    w.put("</ul>\n" if html else "\n")
    para_open()
    w.put("“We are delighted to work with partners across Asia,” said ")
    slipped = _swap_letters(rnd, people[0]) if "misspelt-name" in plant else None
    if slipped is not None:
        plant.remove("misspelt-name")
        w.put(slipped[0])
        w.defect("misspelt-name", slipped[1])
        w.put(slipped[2])
    else:
        w.put(people[0])
    w.put(". The first results are expected next year.")
    para_close()
    para_open()
    if "foreign-residue" in plant:
        plant.remove("foreign-residue")
        if html:
            w.put('The full report is available <a href="https://www.example.com/report">')
            w.defect("foreign-residue", rnd.choice(_LINK_TEXTS))
            w.put("</a>.")
        else:
            w.put("The new laboratory in ")
            w.defect("foreign-residue", rnd.choice(place[1:]))
            w.put(" will open next spring.")
    else:
        w.put(f"The new laboratory in {place[0]} will open next spring.")
    para_close()
    para_open()
    if "link-no-target" in plant:
        plant.remove("link-no-target")
        w.put("For details on the program, ")
        w.defect("link-no-target", rnd.choice(("click here", "please refer to here")))
        w.put(".")
    elif html:
        w.put('Details are on the <a href="https://www.example.com/program">program page</a>.')
    else:
        w.put("Details are at https://www.example.com/program.")
    para_close()
    para_open()
    w.put(
        f"About {org}: founded in {rnd.randint(1950, 2020)}, the company develops "
        f"{topic} products for customers in Japan and Korea."
    )
    para_close()
    if html:
        w.put("</body>\n</html>\n")
    return w.finish()


def generate(out_dir: Path, n: int, drawn: dict[str, list[str]], seed: int = 11) -> list[Defect]:
    """Write ``n`` releases into ``out_dir``; return the ground truth of every planted defect."""
    rnd = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    truth: list[Defect] = []
    for i in range(n):
        fmt = ("txt", "md", "html")[i % 3]
        plant = rnd.sample(KINDS, rnd.randint(0, 3))
        path = out_dir / f"heldout-{i:04d}.{fmt}"
        text, defects = _release(rnd, str(path), fmt, drawn, plant)
        raw = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != raw:
            path.write_bytes(raw)
        truth += defects
    return truth


def score(truth: list[Defect], findings: list[dict[str, object]]) -> dict[str, object]:
    """Recall per defect kind and precision of error and warning findings."""
    by_line: dict[tuple[str, int], list[Defect]] = {}
    for d in truth:
        by_line.setdefault((d.path, d.line), []).append(d)
    hit: set[Defect] = set()
    true_positive = false_positive = 0
    for f in findings:
        if f["severity"] not in ("error", "warning"):
            continue
        line, start, end = int(f["line"]), int(f["column"]), int(f["end_column"])  # type: ignore[call-overload]
        if int(f["end_line"]) != line:  # type: ignore[call-overload]
            end = 10**9
        matched = [
            d
            for d in by_line.get((str(f["path"]), line), [])
            if start < d.end_column and d.column < max(end, start + 1)
        ]
        if matched:
            true_positive += 1
            hit.update(matched)
        else:
            false_positive += 1
    recall = {
        kind: (
            sum(1 for d in truth if d.kind == kind and d in hit),
            sum(1 for d in truth if d.kind == kind),
        )
        for kind in KINDS
    }
    flagged = true_positive + false_positive
    return {
        "recall": recall,
        "precision": true_positive / flagged if flagged else 1.0,
        "false_positives": false_positive,
        "flagged": flagged,
    }


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 100
    out_dir = (
        Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent / ".corpus" / "heldout"
    )
    repo = Path(__file__).resolve().parents[1]
    drawn = write_minimal_glossary(out_dir.parent / "heldout-glossary.csv", 10_000, repo)
    truth = generate(out_dir, n, drawn)
    print(json.dumps([asdict(d) for d in truth[:5]], ensure_ascii=False, indent=1))
    print(f"{n} releases, {len(truth)} planted defects in {out_dir}")


if __name__ == "__main__":
    main(sys.argv)
