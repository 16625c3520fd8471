"""`prlocalize run`: the whole pipeline, offline, on the seed release and the examples."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parents[2]
GLOSSARIES = REPO / "glossaries"


@pytest.fixture
def seed_run(
    tmp_path: Path, seed_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Result]:
    monkeypatch.chdir(tmp_path)  # the translation memory lands in tmp_path/.prlocalize
    shutil.copyfile(seed_path, tmp_path / "release.txt")
    result = run_cli(
        "run", "release.txt", "-l", "ja", "-l", "ko", "-o", "out", "-g", str(GLOSSARIES)
    )
    return tmp_path, result


def _page(root: Path, locale: str) -> str:
    return (root / "out" / "dist" / locale / "release.html").read_text(encoding="utf-8")


def test_seed_release_runs_end_to_end(seed_run: tuple[Path, Result]) -> None:
    root, result = seed_run
    # the seed's defects are errors: reported, the pages written, and exit 1 (--fail-on error)
    assert result.exit_code == 1, result.output
    assert "PR101" in result.output and "glued-name" in result.output
    assert (root / "out/locales/release.pot").is_file()
    for locale in ("ja", "ko"):
        assert (root / f"out/locales/{locale}/LC_MESSAGES/release.po").is_file()
        assert (root / f"out/locales/{locale}/LC_MESSAGES/release.mo").is_file()
    header = next(line for line in result.output.splitlines() if "locale" in line)
    for column in ("segments", "translated", "fuzzy", "glossary", "memory", "MT", "findings"):
        assert column in header


@pytest.mark.parametrize(
    ("locale", "lines", "dateline"),
    [
        (
            "ja",
            [
                "日本製薬工業協会 会長 上野 裕明",
                "アイパークインスティチュート株式会社 代表取締役社長 藤本利夫",
            ],
            '<time datetime="2024-05-10">2024年5月10日</time>',
        ),
        (
            "ko",
            ["일본제약공업협회장 히로아키 우에노", "중소벤처기업부 장관 오영주"],
            '<time datetime="2024-05-10">2024년 5월 10일</time>',
        ),
    ],
)
def test_seed_roster_in_glossary_forms_and_locale_order(
    seed_run: tuple[Path, Result], locale: str, lines: list[str], dateline: str
) -> None:
    root, _ = seed_run
    page = _page(root, locale)
    assert f'<html lang="{locale}">' in page
    assert dateline in page
    groups = page.split('<ul class="roster">')[1:]  # one list per group (<Japan>, <South Korea>)
    roster = "".join(group.split("</ul>", 1)[0] for group in groups)
    assert len(groups) == 2
    for line in lines:
        assert f"<li>{line}</li>" in roster  # title before name: the locale's own order
    assert "Hiroaki Ueno" not in roster


def test_second_run_rewrites_no_page(
    seed_run: tuple[Path, Result], run_cli: Callable[..., Result]
) -> None:
    root, _ = seed_run
    page = root / "out/dist/ja/release.html"
    before = page.stat().st_mtime_ns
    again = run_cli(
        "run", "release.txt", "-l", "ja", "-l", "ko", "-o", "out", "-g", str(GLOSSARIES)
    )
    assert again.exit_code == 1  # the seed's errors, as in the first run
    assert "(0 written)" in again.output
    assert page.stat().st_mtime_ns == before


def test_fail_on_makes_findings_exit_1(
    seed_run: tuple[Path, Result], run_cli: Callable[..., Result]
) -> None:
    result = run_cli(
        "run", "release.txt", "-l", "ja", "-o", "out", "-g", str(GLOSSARIES), "--fail-on", "error"
    )
    assert result.exit_code == 1
    assert (seed_run[0] / "out/dist/ja/release.html").is_file()  # pages are still published


def test_missing_path_exits_2(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("run", "nope.txt", "-l", "ja", "-o", "out")
    assert result.exit_code == 2
    assert result.output == "nope.txt: no such file or folder (check the path)\n"
    assert not (tmp_path / "out").exists()


def test_bundled_examples_run_like_make_run(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    shutil.copytree(GLOSSARIES, tmp_path / "glossaries")
    shutil.copytree(REPO / "locales", tmp_path / "locales")
    monkeypatch.chdir(tmp_path)
    result = run_cli("run", "examples/", "-l", "ja", "-l", "ko", "-o", "out")
    assert result.exit_code == 1, result.output  # the examples' planted defects
    assert "4 catalog(s) started from the project's locales/" in result.output
    # the translator's work in locales/ is what gets published
    assert "<h2>プレスリリース</h2>" in (tmp_path / "out/dist/ja/roundtable-2024.html").read_text(
        encoding="utf-8"
    )
    pages = sorted(
        p.relative_to(tmp_path / "out/dist").as_posix()
        for p in (tmp_path / "out/dist").rglob("*.html")
    )
    assert pages == [
        "en/partnership-note.html",  # the originals, which x-default points to
        "en/roundtable-2024.html",
        "ja/partnership-note.html",
        "ja/roundtable-2024.html",
        "ko/partnership-note.html",
        "ko/roundtable-2024.html",
    ]


def test_output_inside_the_release_folder_is_not_read_back(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note.md").write_text("# Shonan iPark News\n\nMay 10, 2024\n", encoding="utf-8")
    for _ in range(2):  # the second run must not take out/dist/*.html for releases
        result = run_cli("run", ".", "-l", "ja", "-o", "out", "-g", str(GLOSSARIES))
        assert result.exit_code == 0, result.output
    pages = sorted(
        p.relative_to(tmp_path / "out/dist").as_posix()
        for p in (tmp_path / "out/dist").rglob("*.html")
    )
    assert pages == ["en/note.html", "ja/note.html"]


_WARNING_ONLY = (
    "Shonan iPark News\n\nMay 10, 2024\n\nThe park hosts nextgeneration medicine startups.\n"
)


@pytest.mark.parametrize(
    ("flags", "config", "code"),
    [
        ((), "", 0),  # a warning, and the default threshold is error
        (("--fail-on", "warning"), "", 1),
        ((), 'fail-on = "warning"\n', 1),  # the config's threshold, as for `check`
        (("--fail-on", "error"), 'fail-on = "warning"\n', 0),  # the flag wins
    ],
)
def test_fail_on_threshold_as_check_has_it(
    tmp_path: Path,
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
    config: str,
    code: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note.txt").write_text(_WARNING_ONLY, encoding="utf-8")
    if config:
        (tmp_path / "prlocalize.toml").write_text(config, encoding="utf-8")
    result = run_cli("run", "note.txt", "-l", "ja", "-o", "out", "-g", str(GLOSSARIES), *flags)
    assert result.exit_code == code, result.output
    assert "PR304" in result.output
    checked = run_cli("check", "note.txt", "-g", str(GLOSSARIES), *flags)
    assert checked.exit_code == code  # run and check agree


def test_catalog_error_fails_the_run_and_is_shown(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator's catalog with a changed figure: the run publishes, reports and exits 1."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note.txt").write_text(
        "Shonan iPark News\n\nMore than 2,500 people work there.\n", encoding="utf-8"
    )
    po = tmp_path / "locales/ja/LC_MESSAGES/note.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "More than 2,500 people work there."\nmsgstr "250人以上が働いている。"\n',
        encoding="utf-8",
    )
    result = run_cli("run", "note.txt", "-l", "ja", "-o", "out", "-g", str(GLOSSARIES))
    assert result.exit_code == 1, result.output
    assert "PR404" in result.output and "out/locales/ja/LC_MESSAGES/note.po" in result.output
    assert (tmp_path / "out/dist/ja/note.html").is_file()


def test_a_folder_of_releases_in_two_languages_translates_each_from_its_own(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a Japanese company's archive holds its English and its Japanese releases: each is
    # translated from its own language, whichever the first file is written in
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "a-en.txt").write_text(
        "Aoba Robotics opens a plant.\n\nAoba Robotics\n", encoding="utf-8"
    )
    (tmp_path / "rel" / "b-ja.txt").write_text(
        "青葉ロボティクスが工場を開設します。\n\n青葉ロボティクス\n", encoding="utf-8"
    )
    (tmp_path / "g.csv").write_text(
        "en,ja,ko,kind\nAoba Robotics,青葉ロボティクス,아오바 로보틱스,organization\n",
        encoding="utf-8",
    )
    result = run_cli("run", "rel", "-l", "ko", "-o", "out", "-g", "g.csv")
    assert result.exit_code == 0, result.output
    for stem in ("a-en", "b-ja"):
        po = tmp_path / "out" / "locales" / "ko" / "LC_MESSAGES" / f"{stem}.po"
        assert 'msgstr "아오바 로보틱스"' in po.read_text(encoding="utf-8"), stem
    page = (tmp_path / "out" / "dist" / "ko" / "b-ja.html").read_text(encoding="utf-8")
    assert "아오바 로보틱스" in page


def test_a_release_gets_no_catalog_in_its_own_language(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an archive in three languages, published in all three: the Japanese release's
    # Japanese page is the release itself, so no ja→ja catalog is made, filled or counted
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "a-en.txt").write_text(
        "Aoba Robotics opens a plant.\n\nIt will employ 200 people.\n", encoding="utf-8"
    )
    (tmp_path / "rel" / "b-ja.txt").write_text(
        "青葉ロボティクスが工場を開設します。\n\n工場では200人が働きます。\n", encoding="utf-8"
    )
    result = run_cli("run", "rel", "-l", "ja", "-l", "en", "-o", "out")
    assert result.exit_code == 0, result.output
    catalogs = sorted(
        p.relative_to(tmp_path / "out" / "locales").as_posix()
        for p in (tmp_path / "out" / "locales").rglob("*.po")
    )
    assert catalogs == ["en/LC_MESSAGES/b-ja.po", "ja/LC_MESSAGES/a-en.po"]
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines() if "│" in line}
    assert rows["ja"].split("│")[2].strip() == "2" and rows["en"].split("│")[2].strip() == "2"
    page = (tmp_path / "out" / "dist" / "ja" / "b-ja.html").read_text(encoding="utf-8")
    assert "青葉ロボティクスが工場を開設します。" in page
    assert (tmp_path / "out" / "dist" / "en" / "a-en.html").is_file()
