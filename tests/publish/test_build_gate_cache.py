"""Catalogs go through the check cache and the worker pool like releases, and `build`'s
gate reads what to withhold from that cache: a catalog `check` (or `run`) checked as it
is now is not checked again, and the pages are the same bytes either way. The gate
also remembers what it checked itself, so a second build of unchanged catalogs checks
none; those remembered error-only findings never answer `check`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from tests.publish.test_build_jobs import LOCALES, _build, make_archive, tree

from prlocalize import checking, translation_checking
from prlocalize.catalog.io import parse_catalog, read_catalog_text
from prlocalize.checking import check_paths, load_glossary
from prlocalize.config import Settings
from prlocalize.translation_checking import CatalogGate, check_po_text, withheld_from

REPO = Path(__file__).resolve().parents[2]
RELEASES = 24

# entries the generated archive lacks: a context, a suppression, comments, a long
# wrapped msgstr, and errors in neighbouring entries (what the gate must tell apart)
HANDMADE = r"""msgid ""
msgstr ""
"Language: ja\n"
"Content-Type: text/plain; charset=UTF-8\n"
"X-Source-Language: en\n"

#. segment: b1.s1
#: news.txt:1
msgid "Revenue grew by 12% to 3.4 billion yen in 2024."
msgstr "2024年の売上高は15%増の34億円でした。"

#. segment: b2.s1
#: news.txt:3
#, prlocalize-ignore:PR404
msgid "The plant employs 250 people."
msgstr "工場の従業員は300人です。"

msgctxt "heading"
msgid "The plant employs 250 people."
msgstr "工場の従業員は300人。"

#. segment: b3.s1
#: news.txt:5
msgid ""
"The agreement was signed on May 9, 2024, in Tokyo, and runs for 5 years "
"from the date of signing, with 2 options to extend."
msgstr ""
"契約は2024年5月9日に東京で調印され、調印日から5年間有効で、"
"延長オプションが3つあります。"

#, fuzzy
msgid "Sales rose 7%."
msgstr "売上は9%増えました。"

msgid "Visit https://www.example.com/news for details."
msgstr "詳細は https://www.example.org/news をご覧ください。"

msgid "Nothing to see here."
msgstr "特になし。"
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_archive(tmp_path_factory.mktemp("gate-cache"), RELEASES)
    handmade = root / "loc" / "ja" / "LC_MESSAGES" / "handmade.po"
    handmade.write_text(HANDMADE, encoding="utf-8")
    return root


@pytest.fixture
def gate_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The catalogs the build's gate checked itself (in this process: --jobs 1)."""
    paths: list[str] = []
    real = translation_checking.catalog_findings

    def counting(*args: object, **kwargs: object) -> object:
        paths.append(str(kwargs["path"]))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(translation_checking, "catalog_findings", counting)
    yield paths


def _settings() -> Settings:
    return Settings(root=REPO, glossaries=(str(REPO / "glossaries"),))


def _catalogs(root: Path) -> list[Path]:
    return sorted((root / "loc").glob("*/LC_MESSAGES/*.po"))


def test_the_gate_from_checks_findings_withholds_what_it_withholds_itself(archive: Path) -> None:
    settings = _settings()
    gate = CatalogGate(load_glossary(settings), settings)
    withheld_any = 0
    for po in _catalogs(archive):
        text = read_catalog_text(po)
        locale = po.parents[1].name
        catalog = parse_catalog(text, path=str(po), locale=locale)
        fresh = gate.withheld(text, catalog, path=str(po), locale=locale)
        report = check_po_text(
            text, path=str(po), glossary=gate.glossary, rules=gate.rules, settings=settings
        )
        assert withheld_from(report.findings, text, catalog) == fresh, po.name
        withheld_any += bool(fresh)
    assert withheld_any > RELEASES // 2  # the comparison had errors to place
    handmade = archive / "loc" / "ja" / "LC_MESSAGES" / "handmade.po"
    text = read_catalog_text(handmade)
    catalog = parse_catalog(text, path=str(handmade), locale="ja")
    keys = set(gate.withheld(text, catalog, path=str(handmade), locale="ja"))
    # the changed figures are withheld, the suppressed one and the fuzzy one are not
    assert (None, "Revenue grew by 12% to 3.4 billion yen in 2024.") in keys
    assert ("heading", "The plant employs 250 people.") in keys
    assert (None, "The plant employs 250 people.") not in keys
    assert (None, "Sales rose 7%.") not in keys
    assert (None, "Nothing to see here.") not in keys


def test_catalogs_are_answered_from_the_cache_and_checked_alike_by_workers(
    archive: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real = checking._check_catalog

    def counting(run: object, path: Path) -> object:
        checked.append(path.name)
        return real(run, path)  # type: ignore[arg-type]

    monkeypatch.setattr(checking, "_check_catalog", counting)
    catalogs = _catalogs(archive)
    one = check_paths([archive / "loc"], _settings(), jobs=1)
    assert len(checked) == len(catalogs)
    checked.clear()
    again = check_paths([archive / "loc"], _settings(), jobs=1)
    assert checked == []  # every catalog from the cache
    uncached = check_paths([archive / "loc"], _settings(), jobs=2, cache=False)

    def summary(result: checking.CheckResult) -> list[tuple[str, str, str, list[object]]]:
        return [(r.path, r.kind, r.lang, r.findings) for r in result.files]

    assert summary(again) == summary(one) == summary(uncached)
    assert {r.kind for r in one.files} == {"catalog"}
    assert sum(len(r.findings) for r in one.files) > RELEASES


def test_a_build_after_check_checks_no_catalog_again_and_writes_the_same(
    archive: Path,
    cache_dir: Path,
    gate_checks: list[str],
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as env:  # the gate remembers nothing: check's cache answers
        env.setenv("PRLOCALIZE_NO_CACHE", "1")
        cold = _build(run_cli, archive, "cold", "--jobs", "1")
    assert cold.exit_code == 0, cold.output
    assert len(gate_checks) == RELEASES * len(LOCALES)
    checked = run_cli("check", str(archive / "loc"), "--format", "json")
    assert checked.exit_code == 1  # the archive's withheld translations are errors
    gate_checks.clear()
    warm = _build(run_cli, archive, "warm", "--jobs", "1")
    assert gate_checks == []
    assert warm.output == cold.output
    assert tree(archive / "warm") == tree(archive / "cold")
    # an edited catalog is checked again, and what it now gets wrong is withheld
    po = _edit_a_catalog(archive)
    page = f"ja/{po.stem}.html"
    third = _build(run_cli, archive, "third", "--jobs", "1")
    assert gate_checks == [str(po)]
    added = set(third.output.splitlines()) - set(cold.output.splitlines())
    assert any(str(po) in line and "PR404" in line for line in added), added
    pages = tree(archive / "third")
    cold_pages = tree(archive / "cold")
    assert pages[page] != cold_pages[page]
    assert {k: v for k, v in pages.items() if k != page} == {
        k: v for k, v in cold_pages.items() if k != page
    }


def test_a_second_build_checks_no_unchanged_catalog_and_writes_the_same(
    archive: Path,
    cache_dir: Path,
    gate_checks: list[str],
    run_cli: Callable[..., Result],
    tmp_path: Path,
) -> None:
    import shutil

    root = tmp_path / "project"
    shutil.copytree(archive, root, ignore=shutil.ignore_patterns("cold", "warm", "third"))
    first = _build(run_cli, root, "first", "--jobs", "2")  # workers check, the parent stores
    assert first.exit_code == 0, first.output
    assert "not published" in first.output  # withheld translations, to be said again
    again = _build(run_cli, root, "again", "--jobs", "1")
    assert gate_checks == []  # every catalog answered from what the first build found
    assert again.output == first.output.replace(str(root / "first"), str(root / "again"))
    assert tree(root / "again") == tree(root / "first")
    # an edited catalog is checked again, and only it
    po = _edit_a_catalog(root)
    third = _build(run_cli, root, "third", "--jobs", "1")
    assert gate_checks == [str(po)]
    added = set(third.output.splitlines()) - set(first.output.splitlines())
    assert any(str(po) in line and "PR404" in line for line in added), added
    # what the gate remembered (errors only) never stands in for check's whole report
    settings = Settings(root=root, glossaries=(str(REPO / "glossaries"),))
    cached = check_paths([root / "loc"], settings, jobs=1)
    fresh = check_paths([root / "loc"], settings, jobs=1, cache=False)
    assert [(r.path, r.findings) for r in cached.files] == [
        (r.path, r.findings) for r in fresh.files
    ]
    assert any(f.severity.name != "ERROR" for r in fresh.files for f in r.findings)


def test_a_build_without_a_cache_remembers_nothing(
    archive: Path,
    cache_dir: Path,
    gate_checks: list[str],
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRLOCALIZE_NO_CACHE", "1")
    _build(run_cli, archive, "nocache1", "--jobs", "1")
    _build(run_cli, archive, "nocache2", "--jobs", "1")
    assert len(gate_checks) == 2 * RELEASES * len(LOCALES)
    assert not cache_dir.exists()


def _edit_a_catalog(root: Path) -> Path:
    """The first Japanese catalog of ``root`` that :func:`_change_a_figure` changes,
    changed."""
    po, edited = next(
        (po, edited)
        for po in sorted((root / "loc" / "ja" / "LC_MESSAGES").glob("news-*.po"))
        if (edited := _change_a_figure(po.read_text(encoding="utf-8"))) is not None
    )
    po.write_text(edited, encoding="utf-8")
    return po


def _change_a_figure(text: str) -> str | None:
    """``text`` with the figures of its first published translation of a sentence with
    figures (no URL) changed to 7s, an error the gate withholds; None without one."""
    entries = text.split("\n\n")
    for n, entry in enumerate(entries):
        lines = entry.splitlines()
        msgid = next((line for line in lines if line.startswith("msgid ")), "")
        msgstr = next((line for line in lines if line.startswith('msgstr "［訳］')), "")
        if "#, fuzzy" in entry or not msgstr or "http" in msgid:
            continue
        changed = re.sub(r"\d", "7", msgstr)
        if changed != msgstr and re.search(r"\d", msgid):
            entries[n] = entry.replace(msgstr, changed)
            return "\n\n".join(entries)
    return None


def test_run_checks_each_catalog_once(
    archive: Path,
    cache_dir: Path,
    gate_checks: list[str],
    run_cli: Callable[..., Result],
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    args = ["run", str(archive / "rel"), "-o", str(out), "--jobs", "1"]
    result = run_cli(*args, *[a for loc in LOCALES for a in ("-l", loc)])
    assert result.exit_code in (0, 1), result.output
    catalogs = sorted(str(p) for p in (out / "locales").glob("*/LC_MESSAGES/*.po"))
    assert len(catalogs) == RELEASES * len(LOCALES)
    # the catalog checks of the run, and nothing again by the build's gate
    assert sorted(gate_checks) == catalogs


def test_run_counts_withheld_translations_without_holding_their_findings(
    archive: Path, cache_dir: Path, tmp_path: Path
) -> None:
    import shutil

    from prlocalize.pipeline import run

    project = tmp_path / "project"
    shutil.copytree(archive / "loc", project / "locales")  # the translators' catalogs
    settings = Settings(root=project, glossaries=(str(REPO / "glossaries"),))
    result = run([archive / "rel"], LOCALES, tmp_path / "out", settings, jobs=1)
    assert result.build.withheld_entries > RELEASES  # withheld, and counted
    assert result.build.withheld == ()  # reported by the catalog check, not held
    assert result.translation_check is not None
    assert result.translation_check.findings >= result.build.withheld_entries
