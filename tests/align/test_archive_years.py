# ruff: noqa: E501  (release paragraphs are one line each, as in the files)
"""Years of an archive translate one sentence more than one way (the house style changed,
a desk was renamed): the memory keeps the newest release's translation, whatever the
files' names, and `align --memory` says that there were others."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.translate.memory import TranslationMemory

CLOSING = "Journalists may reach the press desk at +81 3 5550 0142."
RELEASES = {
    # slug names: in alphabetical order the 2021 release comes last
    "tidal-turbine": (
        "OSAKA, May 11, 2021 – Umihara Marine tested a tidal turbine off Awaji Island.\n\n",
        "大阪、2021年5月11日 – 海原マリンは淡路島沖で潮流タービンを試験しました。\n\n",
        "記者の方は報道係（+81 3 5550 0142）までご連絡ください。\n",
    ),
    "buoy-network": (
        "OSAKA, October 3, 2024 – Umihara Marine finished a network of 40 wave buoys.\n\n",
        "大阪、2024年10月3日 – 海原マリンは40基の波浪ブイ網を完成させました。\n\n",
        "報道関係者の方は、メディアリレーションズ担当（+81 3 5550 0142）までお問い合わせください。\n",
    ),
    "harbour-cranes": (
        "OSAKA, February 20, 2023 – Umihara Marine electrified six harbour cranes.\n\n",
        "大阪、2023年2月20日 – 海原マリンは港湾クレーン6基を電動化しました。\n\n",
        "記者の方は報道係（+81 3 5550 0142）までご連絡ください。\n",
    ),
}
NEWEST = "報道関係者の方は、メディアリレーションズ担当（+81 3 5550 0142）までお問い合わせください。"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for slug, (en, ja, ja_closing) in RELEASES.items():
        (folder / f"{slug}.en.txt").write_text(en + CLOSING + "\n", encoding="utf-8")
        (folder / f"{slug}.ja.txt").write_text(ja + ja_closing, encoding="utf-8")
    return folder


def test_the_newest_release_s_translation_is_kept_and_the_others_are_named(
    archive: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(archive.parent)
    result = run_cli("align", "--pairs", "archive", "--memory", "--memory-path", "m.sqlite")
    assert result.exit_code == 0, result.output
    with TranslationMemory("m.sqlite") as memory:
        match = memory.exact(CLOSING, "en", "ja")
    assert match is not None and match.unit.target == NEWEST
    assert "1 sentence(s) translated differently in different releases" in result.output
    assert "buoy-network" in result.output  # where the kept one comes from


def test_a_tmx_of_the_archive_holds_the_newest_translation_last(
    archive: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`memory import` keeps a TMX's last unit of a source: the newest must be last."""
    monkeypatch.chdir(archive.parent)
    result = run_cli("align", "--pairs", "archive", "--format", "tmx", "-o", "a.tmx")
    assert result.exit_code == 0, result.output
    tmx = Path("a.tmx").read_text(encoding="utf-8")
    assert tmx.rindex(NEWEST) > tmx.rindex("記者の方は報道係")


def test_a_release_s_date_comes_from_its_name_its_front_matter_or_its_dateline(
    tmp_path: Path,
) -> None:
    from prlocalize.align.core import Sentence
    from prlocalize.align.release_dates import release_date

    def dated(name: str, text: str, opening: str) -> date | None:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        alignment = _alignment(str(path), [Sentence(opening, opening, 1, 0)])
        return release_date(alignment)

    assert dated("20230220_cranes_en.txt", "x", "No date here.") == date(2023, 2, 20)
    front = '---\ntitle: "Cranes"\ndate: 2022-07-01\n---\n\nText.\n'
    assert dated("cranes.en.md", front, "No date here.") == date(2022, 7, 1)
    assert dated(
        "cranes.en.txt", "x", "OSAKA, May 11, 2021 – A turbine was tested on June 2, 2021."
    ) == date(2021, 5, 11)
    assert dated("cranes2.en.txt", "x", "A turbine was tested.") is None


def _alignment(path: str, sentences: list[object]) -> object:
    from prlocalize.align.core import Alignment

    return Alignment(path, path, "en", "ja", sentences, [], [], 0.5)  # type: ignore[arg-type]
