"""The translation checks' pair readings (rules/pair_readings and the catalog modules it
loads: some 1,300 patterns, about half a CPU second to compile) are imported once, by
the parent, before `build`'s or `check`'s workers fork to check catalogs (issue 16):
each worker inherits them instead of compiling its own copy at its first pair. A fresh
interpreter runs each case: a test process has imported them long before."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from prlocalize.parallel import can_fork

REPO = Path(__file__).resolve().parents[2]
READINGS = "prlocalize.rules.pair_readings"

SCRIPT = """
import json, os, sys
from pathlib import Path

sys.path.insert(0, {repo!r})
from tests.publish.test_build_jobs import LOCALES, make_archive

from prlocalize import checking, pipeline
from prlocalize.config import Settings

root = make_archive(Path({tmp!r}), 6)
settings = Settings(root=root, glossaries=({glossaries!r},))
before = set()
os.register_at_fork(after_in_child=lambda: before.update(sys.modules))
seen = Path({tmp!r}) / "seen"
seen.mkdir()


def recording(task):
    def run(*args, **kwargs):
        result = task(*args, **kwargs)
        new = sorted(set(sys.modules) - before)
        (seen / str(os.getpid())).write_text("\\n".join(new), encoding="utf-8")
        return result
    return run


if {command!r} == "build":
    from prlocalize.render import batch

    batch.ReleaseBuilder.__call__ = recording(batch.ReleaseBuilder.__call__)
    pipeline.build(
        [root / "rel"], root / "loc", LOCALES, root / "out", workers=2, settings=settings
    )
else:
    checking._Job.__call__ = recording(checking._Job.__call__)
    checking.check_paths([root / "loc"], settings, jobs=2, cache=False)
files = [f for f in seen.iterdir() if int(f.name) != os.getpid()]
print(json.dumps({{
    "workers": len(files),
    "imported": sorted({{n for f in files for n in f.read_text(encoding="utf-8").split()}}),
    "parent": {readings!r} in sys.modules,
}}))
"""


@pytest.mark.skipif(not can_fork(), reason="workers need fork")
@pytest.mark.parametrize("command", ["build", "check"])
def test_workers_inherit_the_pair_readings(tmp_path: Path, command: str) -> None:
    script = SCRIPT.format(
        repo=str(REPO),
        tmp=str(tmp_path),
        glossaries=str(REPO / "glossaries"),
        command=command,
        readings=READINGS,
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PRLOCALIZE_NO_CACHE": "1", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["workers"] >= 1  # the catalogs were checked in workers
    assert seen["parent"]
    assert READINGS not in seen["imported"]
    assert "prlocalize.catalog.directions" not in seen["imported"]  # (which it loads)
