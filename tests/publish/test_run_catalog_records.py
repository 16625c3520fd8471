"""A repeated `run` leaves the catalogs of unchanged releases alone (run_cache):
extract, update, translate and compile skip a release whose text, template, catalogs and
.mo files are what the last run left, made with the same glossaries, settings, options and
memory, and the run says what a full one says. A release edited, a catalog a translator
saved, a deleted .mo, a lesson the memory learnt or a record prlocalize could not have
written sends the release (or every release) through the stages again."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from tests.publish.test_build_jobs import LOCALES, make_archive, tree

from prlocalize import run_cache
from prlocalize.catalog import workflow
from prlocalize.catalog.compile import compile_file
from prlocalize.check_cache import CheckCache
from prlocalize.config import Settings
from prlocalize.run_cache import CatalogRecords, open_records
from prlocalize.translate import workflow as translate_workflow
from prlocalize.translate.memory import TranslationMemory, Unit, units_digest

RELEASES = 6
SAID_WRITTEN = "page(s) in"  # the summary line, whose count of pages written a repeat changes


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("run-records"), RELEASES)


@pytest.fixture
def project(
    archive: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The archive's releases with the repository's glossaries; the memory in the project."""
    root = tmp_path / "project"
    shutil.copytree(archive / "rel", root / "rel")
    shutil.copytree(Path(__file__).resolve().parents[2] / "glossaries", root / "glossaries")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def stages(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    """The stems each catalog stage worked on (in this process: --jobs 1)."""
    seen: dict[str, list[str]] = {"extract": [], "translate": [], "compile": []}
    real_extract, real_fill = workflow._extract_one, translate_workflow.fill_catalog

    def extract_one(held: list[object], *args: object) -> object:
        # (handed the release's document in a list, which it empties)
        seen["extract"].append(Path(held[0].path).stem)  # type: ignore[attr-defined]
        return real_extract(held, *args)  # type: ignore[arg-type]

    def fill(catalog: object, *args: object, **kwargs: object) -> object:
        seen["translate"].append(Path(str(kwargs["path"])).stem)
        return real_fill(catalog, *args, **kwargs)  # type: ignore[arg-type]

    def compile_(path: Path, *args: object, **kwargs: object) -> object:
        seen["compile"].append(path.stem)
        return compile_file(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workflow, "_extract_one", extract_one)
    monkeypatch.setattr(translate_workflow, "fill_catalog", fill)
    monkeypatch.setattr(workflow, "compile_file", compile_)
    yield seen


def _run(run_cli: Callable[..., Result], root: Path) -> Result:
    args = ["run", "rel", "-o", "out", "-g", "glossaries", "--jobs", "1"]
    result = run_cli(*args, *[a for loc in LOCALES for a in ("-l", loc)])
    assert result.exit_code in (0, 1), result.output
    return result


def _said(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if SAID_WRITTEN not in line]


def _clear(stages: dict[str, list[str]]) -> None:
    for seen in stages.values():
        seen.clear()


def _settled(run_cli: Callable[..., Result], root: Path, stages: dict[str, list[str]]) -> Result:
    """Run until a run takes no release through the catalog stages, and return it. The
    first run fills catalogs with approved translations, which the memory learns at its
    end, and is not remembered; the second may fill from them (fuzzy drafts, which teach
    nothing) and is recorded; the third skips."""
    for _ in range(3):
        _clear(stages)
        result = _run(run_cli, root)
        if stages == {"extract": [], "translate": [], "compile": []}:
            return result
    raise AssertionError("every run went through the catalog stages")


def _stems(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "rel").iterdir())


def test_unchanged_run_goes_through_no_catalog_stage_and_says_the_same(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    settled = _settled(run_cli, project, stages)
    files = tree(project / "out")
    again = _run(run_cli, project)
    assert stages == {"extract": [], "translate": [], "compile": []}
    assert _said(again) == _said(settled)
    assert tree(project / "out") == files


def test_a_catalog_a_translator_saved_is_compiled_again(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    _settled(run_cli, project, stages)
    stem = _stems(project)[2]
    po = project / "out" / "locales" / "ja" / "LC_MESSAGES" / f"{stem}.po"
    mo = po.with_suffix(".mo")
    before = mo.read_bytes()
    text = po.read_text(encoding="utf-8")
    # the translator writes a translation of the first message still untranslated
    entries = text.split("\n\n")
    for n, entry in enumerate(entries[1:], 1):
        if entry.rstrip().endswith('msgstr ""') and "#, fuzzy" not in entry:
            entries[n] = entry.rstrip()[: -len('msgstr ""')] + 'msgstr "翻訳者の訳"'
            break
    else:
        raise AssertionError("no untranslated entry")
    po.write_text("\n\n".join(entries), encoding="utf-8")
    _run(run_cli, project)
    assert stages["compile"] == [stem, stem]  # its catalogs (ja and ko), none other
    assert stages["extract"] == [stem]
    assert "翻訳者の訳".encode() in mo.read_bytes() and mo.read_bytes() != before


def test_an_edited_release_and_a_deleted_mo_go_through_again(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    _settled(run_cli, project, stages)
    edited, unmade = _stems(project)[0], _stems(project)[4]
    release = next((project / "rel").glob(f"{edited}.*"))
    release.write_text(
        release.read_text(encoding="utf-8") + "\n\nA sentence added late.\n", encoding="utf-8"
    )
    (project / "out" / "locales" / "ko" / "LC_MESSAGES" / f"{unmade}.mo").unlink()
    _run(run_cli, project)
    assert sorted(set(stages["extract"])) == sorted([edited, unmade])
    assert "A sentence added late." in (project / "out" / "locales" / f"{edited}.pot").read_text(
        encoding="utf-8"
    )
    assert (project / "out" / "locales" / "ko" / "LC_MESSAGES" / f"{unmade}.mo").is_file()


def test_a_lesson_in_the_memory_sends_every_release_through_again(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    _settled(run_cli, project, stages)
    with TranslationMemory(project / ".prlocalize" / "memory.sqlite") as memory:
        memory.add([Unit("en", "ja", "A sentence nobody wrote.", "誰も書かなかった文。")])
    _run(run_cli, project)
    assert sorted(set(stages["translate"])) == _stems(project)


def test_no_cache_goes_through_every_stage(
    project: Path,
    run_cli: Callable[..., Result],
    stages: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _settled(run_cli, project, stages)
    monkeypatch.setenv("PRLOCALIZE_NO_CACHE", "1")
    _run(run_cli, project)
    assert sorted(stages["extract"]) == _stems(project)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[], CatalogRecords]]]:
    """How each run opened its records: called again, it opens them as the run did."""
    made: list[Callable[[], CatalogRecords]] = []

    def spy(*args: Any, **kwargs: Any) -> CatalogRecords | None:
        def again() -> CatalogRecords:
            found = open_records(*args, **kwargs)
            assert found is not None
            return found

        made.append(again)
        return open_records(*args, **kwargs)

    monkeypatch.setattr(run_cache, "open_records", spy)
    yield made


def test_a_machine_service_keeps_no_records(project: Path) -> None:
    settings = Settings(root=project)
    kept = open_records(
        settings,
        LOCALES,
        project / "out" / "locales",
        backends=("glossary", "libre"),
        use_fuzzy=False,
        allow_external=False,
    )
    assert kept is None


@pytest.mark.parametrize(
    "planted",
    ["not json", "[]", '[["ja", 1, 0, 0], ["ko", 1, 0, -1]]', '[["ko", 1, 0, 0], ["ja", 1, 0, 0]]'],
)
def test_a_record_prlocalize_could_not_have_written_is_a_miss(
    project: Path,
    run_cli: Callable[..., Result],
    stages: dict[str, list[str]],
    opened: list[Callable[[], CatalogRecords]],
    planted: str,
) -> None:
    _settled(run_cli, project, stages)
    release = sorted((project / "rel").iterdir())[1]
    records = opened[-1]()
    assert records.lookup(release) is not None  # what the run recorded, found
    digest = records.digest(release)
    assert digest is not None
    store: CheckCache = records.store
    store.put_record(str(release), digest, planted)
    store.save()
    assert opened[-1]().lookup(release) is None
    _run(run_cli, project)
    assert stages["extract"] == [release.stem]  # and the run takes it through again


def test_a_catalog_saved_after_its_compile_is_not_recorded(
    project: Path,
    run_cli: Callable[..., Result],
    stages: dict[str, list[str]],
    opened: list[Callable[[], CatalogRecords]],
) -> None:
    _settled(run_cli, project, stages)
    release = sorted((project / "rel").iterdir())[3]
    records = opened[-1]()
    compiled = records.lookup(release)
    assert compiled is not None
    results = [compile_file(r.po_path, locale=r.po_path.parents[1].name) for r in compiled]
    made = [r.result(written=False) for r in results]
    assert records.put(release, made)  # the catalogs are what was compiled
    po = made[0].po_path
    po.write_text(po.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # saved meanwhile
    assert not records.put(release, made)


def test_a_run_that_filled_catalogs_is_not_remembered(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    # the approved translations the first run wrote are what the second run's translate
    # learns first, and may fill other catalogs from: the second goes through them all
    (project / "rel" / "roster.txt").write_text(
        "Ministry of SMEs and Startups\n\nShonan iPark\n", encoding="utf-8"
    )
    _run(run_cli, project)
    po = project / "out" / "locales" / "ja" / "LC_MESSAGES" / "roster.po"
    assert 'msgstr "中小ベンチャー企業部"' in po.read_text(encoding="utf-8")  # the glossary's
    _clear(stages)
    _run(run_cli, project)
    assert sorted(set(stages["translate"])) == _stems(project)


def test_the_run_after_the_lesson_is_remembered(
    project: Path, run_cli: Callable[..., Result], stages: dict[str, list[str]]
) -> None:
    # the lesson of the first run's approved translations is learnt at its end: the second
    # run, filling from it, teaches nothing more and is what a third would leave
    (project / "rel" / "roster.txt").write_text(
        "Ministry of SMEs and Startups\n\nShonan iPark\n", encoding="utf-8"
    )
    _run(run_cli, project)
    _clear(stages)
    _run(run_cli, project)
    assert sorted(set(stages["translate"])) == _stems(project)  # the lesson is news
    _clear(stages)
    _run(run_cli, project)
    assert stages == {"extract": [], "translate": [], "compile": []}


def test_no_memory_yet_is_a_memory_with_no_translations(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    absent = units_digest(path)
    with TranslationMemory(path):
        pass
    assert units_digest(path) == absent
    with TranslationMemory(path) as memory:
        memory.add([Unit("en", "ko", "A sentence.", "한 문장.")])
    assert units_digest(path) != absent
