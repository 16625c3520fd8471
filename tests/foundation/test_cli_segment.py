"""`prlocalize segment`: whole outputs in both formats, and every exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SMALL = (
    "Press Release\n\nMay 10, 2024\niPark Institute Co., Ltd.\n\n"
    "iPark Institute Co., Ltd. welcomed the minister. Talks began.\n"
)


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    Path("small.txt").write_text(SMALL, encoding="utf-8")
    return "small.txt"


def test_text_output(run_cli, small: str) -> None:
    result = run_cli("segment", small)
    assert result.exit_code == 0
    assert (
        result.output
        == """\
small.txt: en, text, 4 blocks, 5 segments
┏━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ segment ┃ kind      ┃ line:col ┃ text                                             ┃
┡━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ b1.s1   │ heading   │      1:1 │ Press Release                                    │
│ b2.s1   │ dateline  │      3:1 │ May 10, 2024                                     │
│ b3.s1   │ line      │      4:1 │ iPark Institute Co., Ltd.                        │
│ b4.s1   │ paragraph │      6:1 │ iPark Institute Co., Ltd. welcomed the minister. │
│ b4.s2   │           │     6:50 │ Talks began.                                     │
└─────────┴───────────┴──────────┴──────────────────────────────────────────────────┘
"""
    )


def test_json_output(run_cli, small: str) -> None:
    result = run_cli("segment", small, "--format", "json")
    assert result.exit_code == 0

    def seg(seg_id: str, text: str, line: int, column: int) -> dict[str, object]:
        return {"id": seg_id, "text": text, "line": line, "column": column,
                "end_line": line, "end_column": column + len(text)}  # fmt: skip

    lead = "iPark Institute Co., Ltd. welcomed the minister."
    assert json.loads(result.output) == {
        "path": "small.txt",
        "lang": "en",
        "format": "text",
        "blocks": [
            {"id": "b1", "kind": "heading", "line": 1,
             "segments": [seg("b1.s1", "Press Release", 1, 1)]},
            {"id": "b2", "kind": "dateline", "line": 3,
             "segments": [seg("b2.s1", "May 10, 2024", 3, 1)]},
            {"id": "b3", "kind": "line", "line": 4,
             "segments": [seg("b3.s1", "iPark Institute Co., Ltd.", 4, 1)]},
            {"id": "b4", "kind": "paragraph", "line": 6,
             "segments": [seg("b4.s1", lead, 6, 1), seg("b4.s2", "Talks began.", 6, 50)]},
        ],
    }  # fmt: skip
    assert seg("x", lead, 6, 1)["end_column"] == 49


def test_json_keeps_inline_markup_and_non_ascii(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("See [the site](https://example.com) — 여기에서.\n", encoding="utf-8")
    result = run_cli("segment", str(path), "--format", "json")
    assert result.exit_code == 0
    assert (
        '"text": "See <a href=\\"https://example.com\\">the site</a> — 여기에서."' in result.output
    )


def test_source_lang_overrides_detection(run_cli, small: str) -> None:
    result = run_cli("segment", small, "--format", "json", "--source-lang", "ko")
    assert json.loads(result.output)["lang"] == "ko"


def test_folder_gives_one_object_per_release(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Two.</p>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    result = run_cli("segment", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert [(Path(d["path"]).name, d["format"]) for d in payload] == [
        ("a.txt", "text"),
        ("b.html", "html"),
    ]


def test_empty_file_is_not_an_error(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_cli("segment", str(path))
    assert result.exit_code == 0
    assert result.output == f"{path}: en, text, 0 blocks, 0 segments\n"


def test_invalid_utf8_exits_2_with_path_and_line(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Fine line\nBad \xe9 line\n")
    result = run_cli("segment", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"{path}:2: invalid UTF-8 at byte 14 (line 2, byte 5 of the line): 0xe9 "
        "(invalid continuation byte) (save the file as UTF-8)\n"
    )


def test_binary_file_exits_2(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "logo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_cli("segment", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:3: binary file (NUL byte at byte 8)")


def test_missing_path_exits_2(run_cli, tmp_path: Path) -> None:
    result = run_cli("segment", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.txt'}: no such file or folder (check the path)\n"


def test_usage_errors_exit_2(run_cli, small: str) -> None:
    assert run_cli("segment", small, "--format", "xml").exit_code == 2
    result = run_cli("segment", small, "--source-lang", "xx-nonsense")
    assert result.exit_code == 2
    assert "unknown locale" in result.stderr
    assert run_cli("segment").exit_code == 2


def test_folder_in_text_format_lists_each_release(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/a.txt").write_text("One.\n", encoding="utf-8")
    Path("news/b.md").write_text("", encoding="utf-8")
    result = run_cli("segment", "news")
    assert result.exit_code == 0
    assert (
        result.output
        == """\
news/a.txt: en, text, 1 blocks, 1 segments
┏━━━━━━━━━┳━━━━━━┳━━━━━━━━━━┳━━━━━━┓
┃ segment ┃ kind ┃ line:col ┃ text ┃
┡━━━━━━━━━╇━━━━━━╇━━━━━━━━━━╇━━━━━━┩
│ b1.s1   │ line │      1:1 │ One. │
└─────────┴──────┴──────────┴──────┘

news/b.md: en, markdown, 0 blocks, 0 segments
"""
    )


def test_folder_json_is_the_list_of_each_release_json(run_cli, tmp_path: Path) -> None:
    """Written release by release, the folder's JSON is byte for byte the list of the
    objects each file gives on its own."""
    (tmp_path / "a.txt").write_text("One. Two.\n\nThree 여기에서.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<h1>Title</h1><p>Two <b>bold</b>.</p>", encoding="utf-8")
    (tmp_path / "c.md").write_text("# Head\n\n- item\n", encoding="utf-8")
    each = [
        json.loads(run_cli("segment", str(tmp_path / name), "--format", "json").output)
        for name in ("a.txt", "b.html", "c.md")
    ]
    result = run_cli("segment", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    assert result.output == json.dumps(each, ensure_ascii=False, indent=2) + "\n"


def test_empty_folder_json_is_an_empty_list(run_cli, tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    result = run_cli("segment", str(tmp_path), "--format", "json")
    assert (result.exit_code, result.output) == (0, "[]\n")


def test_unreadable_release_in_a_folder_is_named_and_the_others_shown(
    run_cli, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Fine\nBad \xe9 line\n")
    (tmp_path / "c.txt").write_text("Three.\n", encoding="utf-8")
    result = run_cli("segment", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    assert [Path(d["path"]).name for d in json.loads(result.stdout)] == ["a.txt", "c.txt"]
    assert result.stderr.startswith(f"{tmp_path / 'b.txt'}:2: invalid UTF-8")
    assert result.stderr.endswith("1 release(s) could not be read; the others are shown\n")
    text = run_cli("segment", str(tmp_path))
    assert text.exit_code == 2 and "c.txt: en, text, 1 blocks" in text.stdout
