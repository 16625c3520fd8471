"""Writers hold a lock for their folder and re-read before replacing: `update` during
`translate` is refused, a translator's save during `translate` is merged, an editor's
save during `check --fix` is kept (exit 2); nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from prlocalize import checking, fsutil
from prlocalize.catalog import read_catalog, write_catalog
from prlocalize.errors import Busy
from prlocalize.translate import workflow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translate"))
from translate_servers import Behaviour, LibreServer

GLOSSARY = (
    "id,kind,en,ja,given:en,family:en\n"
    "person:oh-youngju,person,Oh Youngju,オ・ヨンジュ,Youngju,Oh\n"
    "place:shonan-ipark,place,Shonan iPark,湘南アイパーク,,\n"
)
RELEASE = """\
Press Release

May 10, 2024

Oh Youngju visited Shonan iPark.

The roundtable was lively.

Ten startups showed their products.

The next meeting is in June.

June 3, 2024
"""
DATE = "May 10, 2024"
VISIT = "Oh Youngju visited Shonan iPark."
ROUNDTABLE = "The roundtable was lively."
NEXT_DATE = "June 3, 2024"


@pytest.fixture
def project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    return tmp_path


def _po(project: Path) -> Path:
    return project / "locales" / "ja" / "LC_MESSAGES" / "r.po"


def _strings(path: Path) -> dict[str, tuple[str, bool]]:
    return {m.id: (m.string, m.fuzzy) for m in read_catalog(path, "ja") if m.id}


def _prlocalize(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    return subprocess.Popen(
        [sys.executable, "-m", "prlocalize", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class GatedLibre(LibreServer):
    """A LibreTranslate stand-in that holds every answer until the test opens the gate."""

    def __init__(self) -> None:
        super().__init__(Behaviour(tag_unknown=True))
        self.gate = threading.Event()

    def handle(self, request: dict[str, Any]) -> tuple[int, object]:
        self.gate.wait(120)
        return super().handle(request)


def test_update_during_translate_is_refused_and_loses_nothing(project: Path) -> None:
    """Two real processes: `translate`, waiting on a local MT server, holds the catalog
    folder; an `update` started meanwhile stops with exit 2 and names the holder."""
    with GatedLibre() as server:
        translating = _prlocalize(
            "translate", "-d", "locales", "-l", "ja", "--backend", "libre",
            "--backend-url", server.url, "--workers", "1", cwd=project,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while not server.requests and translating.poll() is None:
            assert time.monotonic() < deadline, "translate never reached the server"
            time.sleep(0.02)
        updating = _prlocalize("update", "-d", "locales", "-l", "ja", cwd=project)
        _, err = updating.communicate(timeout=120)
        server.gate.set()
        _out, terr = translating.communicate(timeout=120)
    assert updating.returncode == 2, err
    assert "another prlocalize" in err and "translate" in err and "Traceback" not in err
    assert translating.returncode == 0, terr
    strings = _strings(_po(project))
    assert strings[ROUNDTABLE] == (f"[ja] {ROUNDTABLE}", True)  # the machine drafts all kept
    assert not (project / "locales" / fsutil.LOCK_NAME).exists()


def test_a_translators_save_during_translate_is_merged(
    project: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    po = _po(project)
    real = workflow.fill_catalog

    def translator_saves_meanwhile(catalog, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(catalog, *args, **kwargs)
        disk = read_catalog(po, "ja")  # what Poedit saves while the machine is busy
        disk.get(ROUNDTABLE).string = "座談会は盛況だった。"
        disk.get(DATE).string = "2024年5月10日（金）"  # the glossary fills it too: hers wins
        write_catalog(po, disk)
        return result

    monkeypatch.setattr(workflow, "fill_catalog", translator_saves_meanwhile)
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0, result.output
    strings = _strings(po)
    assert strings[ROUNDTABLE] == ("座談会は盛況だった。", False)
    assert strings[DATE] == ("2024年5月10日（金）", False)
    assert strings[NEXT_DATE] == ("2024年6月3日", False)  # this run's own fill, merged in


def test_a_catalog_broken_by_a_concurrent_save_stops_with_exit_2(
    project: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    po = _po(project)
    real = workflow.fill_catalog

    def half_saved(catalog, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(catalog, *args, **kwargs)
        po.write_text(po.read_text(encoding="utf-8") + 'msgid "unterminated\n', encoding="utf-8")
        return result

    monkeypatch.setattr(workflow, "fill_catalog", half_saved)
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 2
    assert "unterminated" in po.read_text(encoding="utf-8")  # the save is not overwritten


def test_an_update_merges_a_save_made_while_it_ran(
    project: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    from prlocalize.catalog import workflow as catalog_workflow

    po = _po(project)
    real = catalog_workflow.merge_catalog
    saved = []

    def save_first(old, template, locale, **kwargs):  # type: ignore[no-untyped-def]
        if not saved:
            disk = read_catalog(po, "ja")
            disk.get(ROUNDTABLE).string = "座談会は盛況だった。"
            write_catalog(po, disk)
            saved.append(True)
        return real(old, template, locale, **kwargs)

    monkeypatch.setattr(catalog_workflow, "merge_catalog", save_first)
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    assert _strings(po)[ROUNDTABLE] == ("座談会は盛況だった。", False)


def test_an_editors_save_during_check_fix_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    release = tmp_path / "r.txt"
    release.write_text("Press Release\n\nThe event was held , in Tokyo.\n", encoding="utf-8")
    saved = "Press Release\n\nThe event was held in Tokyo and Osaka.\n"
    real = checking.fix_document

    def editor_saves_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.write_text(saved, encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(checking, "fix_document", editor_saves_meanwhile)
    result = run_cli("check", str(release), "--fix", "--no-cache")
    assert result.exit_code == 2
    assert "changed on disk" in result.output and "Traceback" not in result.output
    assert release.read_text(encoding="utf-8") == saved


def test_the_lock_names_its_holder_and_is_reentrant(tmp_path: Path) -> None:
    with fsutil.folder_lock(tmp_path, "translate"):
        with fsutil.folder_lock(tmp_path, "compile"):  # same process: nested, not refused
            pass
        assert (tmp_path / fsutil.LOCK_NAME).exists()
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from prlocalize import fsutil\n"
                "with fsutil.folder_lock(sys.argv[1], 'update'): pass",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
        )
        assert other.returncode != 0
        assert f"another prlocalize (process {os.getpid()}, translate)" in other.stderr
    assert not (tmp_path / fsutil.LOCK_NAME).exists()
    with fsutil.folder_lock(tmp_path, "update"):
        pass


def test_busy_is_an_input_error_with_exit_2() -> None:
    from prlocalize.errors import InputError

    assert issubclass(Busy, InputError)
