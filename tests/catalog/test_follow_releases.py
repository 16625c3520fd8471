"""Catalogs follow their releases: a renamed release keeps its translations, a deleted
one is reported and, with ``update --prune``, retired without losing a translation."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result

Cli = Callable[..., Result]

LAUNCH = (
    "Acme launches the Hikari e-bike\n"
    "\n"
    "TOKYO, May 12, 2025 - Acme Corporation today launched the Hikari, a folding e-bike.\n"
    "\n"
    "The Hikari goes on sale in June.\n"
)
RESULTS = (
    "Acme reports record first-quarter sales\n"
    "\n"
    "TOKYO, May 9, 2025 - Acme Corporation reported record sales for the first quarter.\n"
)


@pytest.fixture
def project(tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two releases, extracted and updated for ja and ko, with every entry translated."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "launch.txt").write_text(LAUNCH, encoding="utf-8")
    (tmp_path / "releases" / "results.txt").write_text(RESULTS, encoding="utf-8")
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    for po_path in (tmp_path / "locales").glob("*/LC_MESSAGES/*.po"):
        po = polib.pofile(str(po_path))
        for entry in po:
            entry.msgstr = f"[{po_path.parent.parent.name}] {entry.msgid}"
        po.save(str(po_path))
    return tmp_path


def _translations(po_path: Path) -> dict[str, str]:
    return {e.msgid: e.msgstr for e in polib.pofile(str(po_path)) if not e.obsolete}


def test_a_renamed_release_takes_its_old_catalogs_translations(project: Path, run_cli: Cli) -> None:
    old_ja = project / "locales" / "ja" / "LC_MESSAGES" / "launch.po"
    before = _translations(old_ja)
    shutil.move(project / "releases" / "launch.txt", project / "releases" / "2025-05-hikari.txt")
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko")
    assert result.exit_code == 0, result.output
    for locale in ("ja", "ko"):
        new = project / "locales" / locale / "LC_MESSAGES" / "2025-05-hikari.po"
        assert _translations(new) == _translations(
            project / "locales" / locale / "LC_MESSAGES" / "launch.po"
        )
        assert all(v.startswith(f"[{locale}]") for v in _translations(new).values())
        assert_valid_catalog(new)
    assert _translations(old_ja) == before  # nothing is taken from the old catalog
    output = " ".join(result.output.split())
    assert "created from" in output  # the table's status column (folded to fit)
    assert "release releases/launch.txt is gone; its translations went to" in output
    assert "update --prune" in output


def test_a_renamed_and_edited_release_keeps_what_still_matches(project: Path, run_cli: Cli) -> None:
    (project / "releases" / "launch.txt").unlink()
    (project / "releases" / "hikari.txt").write_text(
        LAUNCH.replace("in June", "in early June"), encoding="utf-8"
    )
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    po = polib.pofile(str(project / "locales" / "ja" / "LC_MESSAGES" / "hikari.po"))
    edited = po.find("The Hikari goes on sale in early June.")
    assert edited is not None and "fuzzy" in edited.flags
    assert edited.msgstr == "[ja] The Hikari goes on sale in June."
    assert po.find("Acme launches the Hikari e-bike").msgstr.startswith("[ja]")


def test_a_deleted_release_is_reported_and_pruned_into_obsolete_entries(
    project: Path, run_cli: Cli
) -> None:
    assert run_cli("compile", "-d", "locales").exit_code == 0
    (project / "releases" / "results.txt").unlink()
    ja = project / "locales" / "ja" / "LC_MESSAGES" / "results.po"
    before = _translations(ja)
    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko")
    assert result.exit_code == 0
    assert "release releases/results.txt is gone" in " ".join(result.output.split())
    assert _translations(ja) == before  # reported, nothing changed yet

    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko", "--prune")
    assert result.exit_code == 0, result.output
    assert not (project / "locales" / "results.pot").exists()
    assert not ja.with_suffix(".mo").exists()  # it would go on publishing the release
    po = polib.pofile(str(ja))
    assert [e for e in po if not e.obsolete] == []
    assert {e.msgid: e.msgstr for e in po if e.obsolete} == before  # every translation kept
    assert_valid_catalog(ja)
    # the live release is untouched, and a second run has nothing more to say
    assert _translations(project / "locales" / "ja" / "LC_MESSAGES" / "launch.po")
    again = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko")
    assert again.exit_code == 0 and "gone" not in again.output

    # the release comes back: its translations come back with it
    (project / "releases" / "results.txt").write_text(RESULTS, encoding="utf-8")
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    assert _translations(ja) == before


def test_update_from_the_project_folder_or_elsewhere_sees_the_same_releases(
    project: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``#:`` paths are relative to where extract ran; running update from another
    folder (with -d pointing back) must not call every release gone."""
    elsewhere = project / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run_cli("update", "-d", str(project / "locales"), "-l", "ja")
    assert result.exit_code == 0
    assert "gone" not in result.output


def test_a_release_gets_no_catalog_in_its_own_language_but_one_made_is_kept(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "launch.txt").write_text(LAUNCH, encoding="utf-8")
    (tmp_path / "releases" / "kaisetsu.txt").write_text(
        "アクメが電動自転車を発売します。\n\n6月に発売します。\n", encoding="utf-8"
    )
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "en")
    assert result.exit_code == 0, result.output
    made = sorted(p.relative_to(tmp_path / "locales").as_posix() for p in tmp_path.rglob("*.po"))
    assert made == ["en/LC_MESSAGES/kaisetsu.po", "ja/LC_MESSAGES/launch.po"]
    said = " ".join(result.output.split())
    assert "no catalog for a release already in the locale's language" in said
    assert "kaisetsu.pot (ja)" in said and "launch.pot (en)" in said
    # a catalog someone made in the release's own language is theirs: merged, never dropped
    own = tmp_path / "locales" / "ja" / "LC_MESSAGES" / "kaisetsu.po"
    shutil.copyfile(tmp_path / "locales" / "en" / "LC_MESSAGES" / "kaisetsu.po", own)
    catalog = polib.pofile(str(own))
    catalog.metadata["Language"] = "ja"
    catalog[0].msgstr = "アクメが電動アシスト自転車を発売します。"
    catalog.save()
    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "en")
    assert result.exit_code == 0, result.output
    assert "アクメが電動アシスト自転車を発売します。" in own.read_text(encoding="utf-8")
    assert_valid_catalog(own)
