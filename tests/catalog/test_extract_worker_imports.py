"""extract's workers import nothing (issue 16): what the task needs on its first release
(the readers of the archive's formats, the bilingual split, the PO writer) is imported
by the parent before it forks, not once in every worker; and the template's embargo
notice does not bring in the Markdown reader (markdown-it) for an archive without any."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from prlocalize.catalog import workflow
from prlocalize.parallel import can_fork

PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>Release {i}</title></head>\n<body>\n'
    "<h1>Minato Bio opens its plant in Fujisawa (No. {i})</h1>\n"
    "<p>“We are delighted,” said Hiroaki Ueno. The plant employs {i} people.</p>\n"
    "</body>\n</html>\n"
)


def _imported_by_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffixes: tuple[str, ...]
) -> set[str]:
    releases = tmp_path / "releases"
    releases.mkdir()
    for i in range(12):
        suffix = suffixes[i % len(suffixes)]
        text = PAGE.format(i=i) if suffix == ".html" else f"# Release {i}\n\nSales rose {i}%.\n"
        (releases / f"release-{i:02}{suffix}").write_text(text, encoding="utf-8")
    seen = tmp_path / "seen"
    seen.mkdir()
    before: set[str] = set()
    # the modules a worker holds as it is forked (a handler cannot be unregistered: it
    # only refills a set that no other test reads)
    os.register_at_fork(after_in_child=lambda: before.update(sys.modules))
    extract_one = workflow._extract_one

    def recording_one(*args: Any, **kwargs: Any) -> Any:
        result = extract_one(*args, **kwargs)
        new = sorted(set(sys.modules) - before)
        (seen / str(os.getpid())).write_text("\n".join(new), encoding="utf-8")
        return result

    monkeypatch.setattr(workflow, "_extract_one", recording_one)
    results = workflow.extract([releases], tmp_path / "locales", jobs=2)
    assert len(list(results)) == 12
    files = list(seen.iterdir())
    assert files and all(int(f.name) != os.getpid() for f in files)
    return {name for f in files for name in f.read_text(encoding="utf-8").split()}


@pytest.mark.skipif(not can_fork(), reason="workers need fork")
@pytest.mark.parametrize("suffixes", [(".html",), (".html", ".md", ".txt")])
def test_workers_import_nothing_the_parent_could(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffixes: tuple[str, ...]
) -> None:
    assert _imported_by_workers(tmp_path, monkeypatch, suffixes) == set()


def test_the_template_does_not_import_the_markdown_reader() -> None:
    code = (
        "import sys, prlocalize.catalog.workflow, prlocalize.catalog.template; "
        "print(sorted(m for m in sys.modules if m.startswith(('markdown_it', "
        "'prlocalize.readers.markdown'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_front_matter_is_still_found_where_the_markdown_reader_looked() -> None:
    from prlocalize.readers import parse_text
    from prlocalize.readers.front_matter import FRONT_MATTER, JSON_FRONT_MATTER

    page = "---\ntitle: Launch of Minato Bio\nlayout: post\n---\n\nSales rose 5%.\n"
    document = parse_text(page, path="p.md", format="markdown")
    texts = [segment.text for block in document.blocks for segment in block.segments]
    assert texts == ["Launch of Minato Bio", "Sales rose 5%."]
    assert FRONT_MATTER.match("---\ntitle: Launch\nembargo: true\n---\n\n# Launch\n")
    assert FRONT_MATTER.match("+++\ntitle = 'Launch'\n+++\n") is not None
    assert FRONT_MATTER.match("# Launch\n\n---\n") is None  # a rule, not front matter
    assert JSON_FRONT_MATTER.match('{\n  "title": "Launch"\n}\n') is not None
