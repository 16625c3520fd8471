"""``translate`` over an archive streams (issue 16): its peak memory does not grow with
the number of catalogs. The catalogs are written directly (as ``update`` leaves them:
every entry empty), so preparing 2,000 of them takes a second, not minutes; the memory
is seeded with the same units for both runs, so its index is the same size in both."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tests.perf.archive import (
    Measurement,
    assert_flat,
    glossary_entries,
    measure,
    prlocalize,
    write_glossary,
)

SMALL, LARGE = 120, 1200  # catalogs (one locale): translate writes each, ~10 ms apiece
GLOSSARY_ENTRIES = 200
ENTRIES = 20  # per catalog

HEADER = """\
msgid ""
msgstr ""
"Project-Id-Version: archive\\n"
"Language: ja\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Source-Language: en\\n"

"""

SENTENCES = (
    "{person}, {title}, {org}",  # a roster line: the glossary composes it
    "{org} today announced a partnership with {org2} in {place}.",
    "“We are delighted to work with {org2},” said {person}, {title} of {org}.",
    "The agreement was signed in {place} on March {day}, {year}.",
    "Revenue of {org} grew by {pct}% compared with the previous fiscal year.",
)


def _names() -> dict[str, list[str]]:
    stream = glossary_entries()
    by_kind: dict[str, list[str]] = {}
    for _ in range(GLOSSARY_ENTRIES):
        row = next(stream)
        by_kind.setdefault(row["kind"], []).append(row["en"])
    return by_kind


def _sentence(rnd: random.Random, names: dict[str, list[str]]) -> str:
    return rnd.choice(SENTENCES).format(
        person=rnd.choice(names["person"]),
        title=rnd.choice(names["title"]),
        org=rnd.choice(names["org"]),
        org2=rnd.choice(names["org"]),
        place=rnd.choice(names["place"]),
        day=rnd.randint(1, 28),
        year=rnd.randint(2005, 2025),
        pct=rnd.randint(1, 40),
    )


def _project(root: Path, n: int) -> Path:
    """A project with ``n`` untranslated Japanese catalogs, a glossary and a memory TMX."""
    rnd = random.Random(n)
    names = _names()
    folder = root / "locales" / "ja" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for i in range(n):
        msgids = dict.fromkeys(_sentence(rnd, names) for _ in range(ENTRIES))
        body = "".join(
            f'#: release-{i}.html:{k}\nmsgid "{m}"\nmsgstr ""\n\n' for k, m in enumerate(msgids, 1)
        )
        (folder / f"release-{i:06d}.po").write_text(HEADER + body, encoding="utf-8")
    write_glossary(root / "glossary.csv", GLOSSARY_ENTRIES)
    memory = random.Random("memory")  # the same units for every n
    units = "".join(
        f'<tu><tuv xml:lang="en"><seg>{_sentence(memory, names)}</seg></tuv>'
        f'<tuv xml:lang="ja"><seg>訳{k}</seg></tuv></tu>\n'
        for k in range(1000)
    )
    (root / "memory.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" '
        f'creationtool="test" creationtoolversion="1"/><body>\n{units}</body></tmx>\n',
        encoding="utf-8",
    )
    return root


def _translate(root: Path) -> Measurement:
    imported = measure(prlocalize("memory", "import", "memory.tmx"), root)
    assert imported.returncode == 0, imported.completed.stderr
    # one process, as the other memory tests: each worker fills its own bounded caches
    # (the texts' figures, the glossary's matches) up to their caps, once per worker
    args = ("translate", "-d", "locales", "-l", "ja", "-g", "glossary.csv", "--jobs", "1")
    return measure(prlocalize(*args), root, timeout=600)


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("translate-archive")
    return _project(root / "small", SMALL), _project(root / "large", LARGE)


def test_translate_memory_does_not_grow_with_the_catalogs(projects: tuple[Path, Path]) -> None:
    small, large = (_translate(p) for p in projects)
    assert_flat(small, large)
    # it did translate: the roster lines, from the glossary (the memory's units name other
    # people, so its fuzzy matches are looked up and refused)
    po = projects[1] / "locales" / "ja" / "LC_MESSAGES" / f"release-{LARGE - 1:06d}.po"
    text = po.read_text(encoding="utf-8")
    filled = [line for line in text.splitlines() if line.startswith('msgstr "') and "・" in line]
    assert filled, text
