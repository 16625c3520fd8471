"""extract / update / compile / check on catalogs through the CLI: outputs and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_support import assert_valid_catalog


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("Press Release\n\nIt opened on May 10, 2024.\n", "utf-8")
    return tmp_path


EXTRACTED = """\
┏━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━┓
┃ template      ┃ messages ┃  status ┃
┡━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━┩
│ locales/r.pot │        2 │ written │
└───────────────┴──────────┴─────────┘
"""

REEXTRACTED = """\
┏━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━┓
┃ template      ┃ messages ┃    status ┃
┡━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━┩
│ locales/r.pot │        2 │ unchanged │
└───────────────┴──────────┴───────────┘
"""

UPDATED = """\
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━┳━━━━━━━┳━━━━━━━━━━┳━━━━━━┳━━━━━━━━━┓
┃ catalog                     ┃ new ┃ fuzzy ┃ obsolete ┃ kept ┃  status ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━╇━━━━━━━╇━━━━━━━━━━╇━━━━━━╇━━━━━━━━━┩
│ locales/ja/LC_MESSAGES/r.po │   2 │     0 │        0 │    0 │ created │
│ locales/ko/LC_MESSAGES/r.po │   2 │     0 │        0 │    0 │ created │
└─────────────────────────────┴─────┴───────┴──────────┴──────┴─────────┘
"""

COMPILED = """\
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━┓
┃ catalog                     ┃ translated ┃ fuzzy ┃ untranslated ┃ done ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━┩
│ locales/ja/LC_MESSAGES/r.mo │          1 │     0 │            1 │  50% │
│ locales/ko/LC_MESSAGES/r.mo │          0 │     0 │            2 │   0% │
└─────────────────────────────┴────────────┴───────┴──────────────┴──────┘
"""


def _translate_ja(project: Path, msgstr: str) -> Path:
    po = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    text = po.read_text("utf-8").replace(
        'msgid "It opened on May 10, 2024."\nmsgstr ""',
        f'msgid "It opened on May 10, 2024."\nmsgstr "{msgstr}"',
    )
    po.write_text(text, "utf-8")
    return po


def test_extract_update_compile_check(project: Path, run_cli) -> None:
    result = run_cli("extract", "r.txt", "-d", "locales")
    assert (result.exit_code, result.stdout) == (0, EXTRACTED)
    result = run_cli("extract", "r.txt", "-d", "locales")
    assert (result.exit_code, result.stdout) == (0, REEXTRACTED)

    result = run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko")
    assert (result.exit_code, result.stdout) == (0, UPDATED)
    for written in sorted((project / "locales").rglob("*.po*")):
        assert_valid_catalog(written)

    po = _translate_ja(project, "2024年5月10日に開所した。")
    result = run_cli("compile", "-d", "locales")
    assert (result.exit_code, result.stdout) == (0, COMPILED)
    assert (project / "locales" / "ja" / "LC_MESSAGES" / "r.mo").is_file()

    result = run_cli("check", "locales")
    assert result.exit_code == 0, result.output

    _translate_ja(project, "2024年5月11日に開所した。")
    po.write_text(po.read_text("utf-8").replace("5月10日", "5月11日"), "utf-8")
    result = run_cli("check", "locales/ja/LC_MESSAGES/r.po", "--format", "json")
    assert result.exit_code == 1
    assert '"code": "PR404"' in result.stdout
    assert '"path": "locales/ja/LC_MESSAGES/r.po"' in result.stdout


def test_broken_catalog_exits_2_and_writes_nothing(project: Path, run_cli) -> None:
    run_cli("extract", "r.txt", "-d", "locales")
    run_cli("update", "-d", "locales", "-l", "ja")
    po = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    broken = po.read_text("utf-8").replace('msgstr ""\n\n#.', 'msgstr "oops\n\n#.', 1)
    po.write_text(broken, "utf-8")
    line = broken.splitlines().index('msgstr "oops') + 1
    before = sorted(p.name for p in po.parent.iterdir())
    for args in (["update", "-d", "locales", "-l", "ja"], ["compile", "-d", "locales"]):
        result = run_cli(*args)
        assert result.exit_code == 2
        assert result.stderr == (
            f"locales/ja/LC_MESSAGES/r.po:{line}: invalid catalog: string not enclosed in "
            'double quotes (each string is "...", with \\" for a quote inside it)\n'
        )
        assert po.read_text("utf-8") == broken
        assert sorted(p.name for p in po.parent.iterdir()) == before
    result = run_cli("check", "locales")
    assert result.exit_code == 2
    assert f"r.po:{line}: invalid catalog" in result.stderr


def test_catalog_for_another_language_exits_2(project: Path, run_cli) -> None:
    run_cli("extract", "r.txt", "-d", "locales")
    run_cli("update", "-d", "locales", "-l", "ja")
    po = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    ko = project / "locales" / "ko" / "LC_MESSAGES" / "r.po"
    ko.parent.mkdir(parents=True)
    ko.write_bytes(po.read_bytes())
    result = run_cli("update", "-d", "locales", "-l", "ko")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "locales/ko/LC_MESSAGES/r.po:11: catalog header says Language: ja, but this is the ko"
    )


def test_usage_errors_exit_2(project: Path, run_cli) -> None:
    result = run_cli("update", "-d", "nowhere", "-l", "ja")
    assert result.exit_code == 2
    assert result.stderr == "nowhere: no such locales folder (run `prlocalize extract` first)\n"
    result = run_cli("update", "-d", "locales", "-l", "xx-nonsense")
    assert result.exit_code == 2
    assert "unknown locale 'xx-nonsense'" in result.stderr
    result = run_cli("compile", "-d", "nowhere")
    assert (result.exit_code, result.stderr) == (2, "nowhere: no such locales folder\n")
    result = run_cli("extract", "missing.txt", "-d", "locales")
    assert result.exit_code == 2
    assert result.stderr.startswith("missing.txt: no such file or folder")
    assert not (project / "locales").exists()


@pytest.mark.parametrize(
    ("damage", "message", "marker"),
    [
        (
            lambda t: t.replace("charset=utf-8", "charset=EUC-JP"),
            "catalog charset is EUC-JP",
            "charset=EUC-JP",
        ),
        (
            lambda t: t + '\nmsgid "Press Release"\nmsgstr "x"\n',
            "duplicate entry for msgid",
            'msgid "Press Release"\nmsgstr "x"',
        ),
        (
            lambda t: t.replace('"Language: ja\\n"', '"Language: ko\\n"'),
            "Language: ko",
            "Language: ko",
        ),
        (
            lambda t: t.replace('msgstr ""\n\n#.', 'msgstr ""\n"oops\n\n#.', 1),
            "double quotes",
            '"oops',
        ),
    ],
    ids=["charset", "duplicate", "language", "syntax"],
)
def test_every_kind_of_bad_catalog_stops_update(
    project: Path, run_cli, damage, message: str, marker: str
) -> None:
    run_cli("extract", "r.txt", "-d", "locales")
    run_cli("update", "-d", "locales", "-l", "ja")
    po = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    broken = damage(po.read_text("utf-8"))
    po.write_text(broken, "utf-8")
    (project / "r.txt").write_text("Press Release\n\nA new sentence.\n", "utf-8")
    run_cli("extract", "r.txt", "-d", "locales")
    result = run_cli("update", "-d", "locales", "-l", "ja")
    assert result.exit_code == 2
    assert result.stderr.startswith("locales/ja/LC_MESSAGES/r.po:")
    assert message in result.stderr
    line = broken[: broken.rindex(marker)].count("\n") + 1
    assert result.stderr.startswith(f"locales/ja/LC_MESSAGES/r.po:{line}: ")
    assert po.read_text("utf-8") == broken
