"""``update`` keeps the style of a catalog that another tool saved: diff-friendly commits.

Catalogs are saved here the way Poedit, Weblate, msgmerge/msgcat and Babel write them
(header order and generator fields, wrapping width, no wrapping, CRLF), then updated:
an unchanged template changes no byte, and one changed sentence changes only its entry.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result

from prlocalize.catalog.restyle import _chunks, detect_style

Cli = Callable[..., Result]

RELEASE = (
    "Acme opens a research centre in Osaka\n"
    "\n"
    "TOKYO, April 1, 2025 - Acme Corporation today announced that it will open a new "
    "research and development centre in Osaka next spring, bringing together more than two "
    "hundred engineers from its laboratories in Kyoto, Nagoya and Fukuoka under one roof.\n"
    "\n"
    "The centre will focus on batteries.\n"
    "\n"
    "“We chose Osaka for its universities,” said Taro Yamada, President of Acme.\n"
    "\n"
    "Media contact: press@acme.example\n"
)

POEDIT_HEADER = {
    "Project-Id-Version": "release 1.0",
    "Report-Msgid-Bugs-To": "",
    "PO-Revision-Date": "2026-12-01 10:00+0900",
    "Last-Translator": "Hanako Sato <hanako@example.jp>",
    "Language-Team": "Japanese",
    "Language": "ja",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
    "X-Generator": "Poedit 3.4.2",
    "X-Poedit-SourceCharset": "UTF-8",
}
WEBLATE_HEADER = {
    **{k: v for k, v in POEDIT_HEADER.items() if not k.startswith("X-")},
    "Language-Team": "Japanese <https://hosted.weblate.org/projects/acme/release/ja/>",
    "X-Generator": "Weblate 5.8",
}

# (tool, msgcat options that write the file as that tool does, header fields it keeps)
STYLES = [
    ("poedit", ["--width=79"], POEDIT_HEADER),
    ("weblate", ["--width=77"], WEBLATE_HEADER),
    ("msgmerge", [], {k: v for k, v in POEDIT_HEADER.items() if not k.startswith("X-")}),
    ("no-wrap", ["--no-wrap"], WEBLATE_HEADER),
]


def _project(tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "release.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    return tmp_path / "locales" / "ja" / "LC_MESSAGES" / "release.po"


def _save_as(po_path: Path, options: list[str], header: dict[str, str]) -> None:
    """Translate every entry and save the catalog the way the tool would."""
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = "（訳）アクメ株式会社は本日、次のように発表しました。" + entry.msgid * (
            2 if len(entry.msgid) > 60 else 1
        )
    # the tools keep the X- fields they do not know, as prlocalize's X-Source-Language
    kept = {k: v for k, v in po.metadata.items() if k == "X-Source-Language"}
    po.metadata = {"POT-Creation-Date": po.metadata["POT-Creation-Date"], **header, **kept}
    po.save(str(po_path))
    msgcat = shutil.which("msgcat")
    assert msgcat, "GNU gettext (msgcat) is needed: apt-get install gettext"
    subprocess.run([msgcat, *options, "-o", str(po_path), str(po_path)], check=True)


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.parametrize(("tool", "options", "header"), STYLES, ids=[s[0] for s in STYLES])
def test_updating_an_unchanged_catalog_changes_no_byte(
    tool: str,
    options: list[str],
    header: dict[str, str],
    tmp_path: Path,
    run_cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(po_path, options, header)
    saved = po_path.read_bytes()
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0
    assert po_path.read_bytes() == saved
    assert "unchanged" in result.output


@pytest.mark.parametrize(("tool", "options", "header"), STYLES, ids=[s[0] for s in STYLES])
def test_one_changed_sentence_changes_only_its_entry(
    tool: str,
    options: list[str],
    header: dict[str, str],
    tmp_path: Path,
    run_cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(po_path, options, header)
    before = po_path.read_text(encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(
        RELEASE.replace(
            "The centre will focus on batteries.",
            "The centre will focus on solid-state batteries and on recycling the materials "
            "that go into them, together with partners from universities across Kansai.",
        ),
        encoding="utf-8",
    )
    assert run_cli("extract", "release.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    after = po_path.read_text(encoding="utf-8")
    old_entries, new_entries = list(_chunks(before)), list(_chunks(after))
    # the header: at most the template's date moves
    assert all("POT-Creation-Date" in c for c in _changed_lines(old_entries[0], new_entries[0]))
    # every other entry is byte for byte what the tool wrote, except the changed sentence's
    untouched = [c for c in old_entries[1:] if "focus on batteries" not in c]
    assert all(c in new_entries for c in untouched)
    assert len(new_entries) == len(old_entries) + 1  # + the old sentence, obsolete (#~)
    if "X-Generator" in header:
        assert f'"X-Generator: {header["X-Generator"]}\\n"' in after
    width = detect_style(before).width
    for line in after.splitlines():
        if "Kansai" in line or "recycling" in line:  # the new entry, wrapped as the file is
            assert width is None or len(line) <= width
    if width is None:
        assert any(len(line) > 100 and "Kansai" in line for line in after.splitlines())
    assert_valid_catalog(po_path)
    # the new entry is wrapped exactly as gettext itself wraps the file
    subprocess.run([shutil.which("msgcat") or "msgcat", *options, "-o", "again.po", str(po_path)])
    assert Path("again.po").read_text(encoding="utf-8") == after


def test_crlf_catalog_keeps_its_line_endings(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(po_path, ["--width=79"], POEDIT_HEADER)
    crlf = po_path.read_bytes().replace(b"\n", b"\r\n")
    po_path.write_bytes(crlf)
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    assert po_path.read_bytes() == crlf


def test_header_fields_of_the_generator_are_kept_in_their_order(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Babel does not read X-* fields: they used to vanish on every update."""
    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(po_path, ["--width=79"], POEDIT_HEADER)
    text = po_path.read_text(encoding="utf-8")
    po_path.write_text(text.replace('"Language-Team: Japanese\\n"\n', ""), encoding="utf-8")
    saved = list(polib.pofile(str(po_path)).metadata)
    assert "X-Generator" in saved and "Language-Team" not in saved
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    fields = list(polib.pofile(str(po_path)).metadata)
    assert fields == [*saved, "Language-Team"]  # the file's order; a field we fill goes last


@pytest.mark.parametrize(
    ("language", "team"),
    [("ja_JP", "Japanese"), ("ja-JP", "Japanese"), ("ja", ""), ("ja_JP", "")],
)
def test_a_tools_language_with_its_region_and_an_emptied_team_are_kept(
    language: str, team: str, tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Poedit and Crowdin write 'Language: ja_JP' and may leave 'Language-Team' empty:
    update rewrote them to 'ja' and 'Japanese', and the tool's next save back, so every
    round trip changed two header lines."""
    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(
        po_path, ["--width=79"], {**POEDIT_HEADER, "Language": language, "Language-Team": team}
    )
    saved = po_path.read_bytes()
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    assert po_path.read_bytes() == saved


def test_another_language_in_the_header_is_still_the_folders(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a region is let be: 'ja_JP' is kept in the ja folder, 'jv' (Javanese) is not."""
    from prlocalize.catalog.restyle import _same_field

    assert _same_field("Language", "ja_JP", "ja") and _same_field("Language", "ko-KR", "ko")
    assert _same_field("Language", "es_419", "es")
    assert not _same_field("Language", "zh_TW", "zh_CN")
    assert not _same_field("Language", "jv", "ja") and not _same_field("Language", "ja", "ko")
    assert not _same_field("Language", "ja_Latn", "ja")
    assert not _same_field("Language-Team", "LANGUAGE <LL@li.org>", "Japanese")


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ('"X-Generator: Poedit 3.4\\n"\n', 79),
        ('"X-Generator: Weblate 5.8\\n"\n', 77),
        ('"Generated-By: Babel 2.16.0\\n"\n', 76),
        ('msgid "' + "x" * 90 + '"\n', None),
    ],
)
def test_detect_style(text: str, width: int | None) -> None:
    assert detect_style('msgid ""\nmsgstr ""\n' + text).width == width


def test_an_update_with_nothing_to_change_renders_nothing_and_a_moved_sentence_is_written(
    tmp_path: Path, run_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize.catalog import render

    po_path = _project(tmp_path, run_cli, monkeypatch)
    _save_as(po_path, ["--width=79"], POEDIT_HEADER)
    saved = po_path.read_bytes()
    rendered: list[object] = []
    real = render.render_po
    monkeypatch.setattr(
        render, "render_po", lambda c, texts=None: rendered.append(c) or real(c, texts)
    )
    assert run_cli("update", "-d", "locales", "-l", "ja", "--jobs", "1").exit_code == 0
    assert po_path.read_bytes() == saved
    assert rendered == []  # the merge equals the file: nothing to render, nothing to write
    # a sentence that moved (its location changed, nothing else) is written
    release = tmp_path / "release.txt"
    release.write_text("\n\n" + RELEASE, encoding="utf-8")
    assert run_cli("extract", "release.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja", "--jobs", "1").exit_code == 0
    moved = po_path.read_text(encoding="utf-8")
    assert "#: release.txt:3" in moved and "#: release.txt:1\n" not in moved
    assert _changed_lines(saved.decode("utf-8"), moved)
    assert all(
        line.lstrip("+-").startswith(("#:", '"PO-Revision-Date'))
        for line in _changed_lines(saved.decode("utf-8"), moved)
    ), _changed_lines(saved.decode(), moved)
