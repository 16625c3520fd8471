"""The CLI as people and CI logs see it: whole help summaries, help on every option,
locale codes checked against CLDR, tables that never cut a path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from prlocalize.cli import COMMANDS, cli
from prlocalize.locales import UnknownLocale, normalise_locale

Cli = Callable[..., Result]


def _walk(
    group: click.Group, ctx: click.Context, trail: str
) -> Iterator[tuple[str, click.Command]]:
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        yield f"{trail} {name}", command
        if isinstance(command, click.Group):
            yield from _walk(command, click.Context(command, parent=ctx), f"{trail} {name}")


def _all_commands() -> list[tuple[str, click.Command]]:
    return list(_walk(cli, click.Context(cli), "prlocalize"))


def test_every_command_is_listed() -> None:
    names = {trail for trail, _ in _all_commands()}
    assert {f"prlocalize {name}" for name in COMMANDS} <= names
    assert "prlocalize memory export" in names and "prlocalize glossary lint" in names


def test_every_option_has_help_text() -> None:
    missing = [
        f"{trail} {'/'.join(param.opts)}"
        for trail, command in _all_commands()
        for param in command.params
        if isinstance(param, click.Option) and not (param.help or "").strip()
    ]
    assert missing == []


def test_every_command_has_a_whole_one_sentence_summary() -> None:
    for trail, command in _all_commands():
        summary = command.get_short_help_str(limit=10_000)
        assert summary.endswith("."), (trail, summary)
        assert not summary.endswith("..."), (trail, summary)


@pytest.mark.parametrize("args", [[], ["memory"], ["glossary"]])
def test_help_summaries_are_whole_at_80_columns(args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    commands = result.output.split("Commands:\n", 1)[1]
    assert "..." not in commands.replace("PATH...", "")
    assert all(len(line) <= 80 for line in result.output.splitlines())
    group = cli
    ctx = click.Context(cli)
    for name in args:
        found = group.get_command(ctx, name)
        assert isinstance(found, click.Group)
        group, ctx = found, click.Context(found, parent=ctx)
    flat = " ".join(commands.split())
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        assert " ".join(command.get_short_help_str(limit=10_000).split()) in flat


# --- locales -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "normal", "regional"),
    [
        ("ja", "ja", "ja"),
        ("ja_JP", "ja", "ja_JP"),
        ("ja-JP", "ja", "ja_JP"),
        ("ko_KR", "ko", "ko_KR"),
        ("zh_TW", "zh_Hant", "zh_Hant_TW"),
        ("zh_CN", "zh", "zh_Hans_CN"),
        ("en_US", "en", "en_US"),
        ("en_GB", "en_GB", "en_GB"),  # not the usual region of en: its own catalogs
        ("pt_PT", "pt_PT", "pt_PT"),
    ],
)
def test_locale_normal_forms(code: str, normal: str, regional: str) -> None:
    assert normalise_locale(code) == normal
    assert normalise_locale(code, regional=True) == regional


@pytest.mark.parametrize(
    ("code", "suggestion"),
    [("jp", "ja"), ("kr", "ko"), ("cn", "zh"), ("japanese", "ja"), ("Korean", "ko"),
     ("ja_XX", "ja"), ("xyz", None)],
)  # fmt: skip
def test_unknown_locales_get_a_suggestion(code: str, suggestion: str | None) -> None:
    with pytest.raises(UnknownLocale) as caught:
        normalise_locale(code)
    assert caught.value.suggestion == suggestion


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note.txt").write_text("Press Release\n\nThe plant opened.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ["update", "translate", "build note.txt -o out", "config"])
def test_jp_suggests_ja_and_exits_2(project: Path, run_cli: Cli, command: str) -> None:
    result = run_cli(*command.split(), "-l", "jp")
    assert result.exit_code == 2
    assert "unknown locale 'jp': did you mean 'ja'?" in result.output


def test_ja_jp_is_the_ja_catalog_set(project: Path, run_cli: Cli) -> None:
    assert run_cli("extract", "note.txt").exit_code == 0
    assert run_cli("update", "-l", "ja").exit_code == 0
    result = run_cli("update", "-l", "ja_JP")
    assert result.exit_code == 0
    assert "locales/ja/LC_MESSAGES/note.po" in result.output and "unchanged" in result.output
    assert sorted(p.name for p in (project / "locales").iterdir() if p.is_dir()) == ["ja"]


def test_regional_catalogs_when_the_team_asks(project: Path, run_cli: Cli) -> None:
    (project / "prlocalize.toml").write_text("regional-locales = true\n", encoding="utf-8")
    assert run_cli("extract", "note.txt").exit_code == 0
    assert run_cli("update", "-l", "ja_JP", "-l", "ja").exit_code == 0
    assert sorted(p.name for p in (project / "locales").iterdir() if p.is_dir()) == ["ja", "ja_JP"]


# --- tables in CI logs ---------------------------------------------------------------------


def test_tables_fold_long_paths_at_80_columns(project: Path) -> None:
    name = "2026-12-03-sakura-mobility-and-incheon-free-economic-zone-partnership-signing"
    (project / f"{name}.txt").write_text("Press Release\n\nSigned today.\n", encoding="utf-8")
    runner = CliRunner()
    env = {"NO_COLOR": "1", "COLUMNS": "80"}
    assert runner.invoke(cli, ["extract", f"{name}.txt"], env=env).exit_code == 0
    result = runner.invoke(cli, ["update", "-l", "ja", "-l", "ko"], env=env)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "…" not in result.output
    # the path, read back from the folded cells of the first column, is whole
    cells = "".join(line.split("│")[1].strip() for line in lines if line.startswith("│"))
    assert f"locales/ja/LC_MESSAGES/{name}.po" in cells
    assert f"locales/ko/LC_MESSAGES/{name}.po" in cells


# --- version -------------------------------------------------------------------------------


def test_version_is_the_installed_one_and_read_only_when_asked() -> None:
    import subprocess
    import sys
    from importlib.metadata import version

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"prlocalize, version {version('prlocalize')}\n"
    # every other command starts without importlib.metadata (a twentieth of a second)
    probe = (
        "import sys, prlocalize.cli; "
        "print('importlib.metadata' in sys.modules, prlocalize.__version__ == "
        f"{version('prlocalize')!r})"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.split() == ["False", "True"], done.stderr


@pytest.mark.parametrize("args", [["extract", "releases", "-d", "locales"], ["check", "releases"]])
def test_check_and_extract_with_their_caches_do_not_ask_for_the_version(
    tmp_path: Path, args: list[str]
) -> None:
    # the check cache's fingerprint and the stored glossary's digest have prlocalize's code
    # in them: the version too would import importlib.metadata before any worker starts
    import os
    import subprocess
    import sys

    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "launch.txt").write_text(
        "Kaiyo Sensors opens a plant in Sendai.\n\nIts director, Aya Mori, said so.\n",
        encoding="utf-8",
    )
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "team.csv").write_text(
        "en,ja,kind\nKaiyo Sensors,カイヨウセンサーズ,org\n", encoding="utf-8"
    )
    probe = (
        "import sys, prlocalize.cli\n"
        "try:\n"
        f"    prlocalize.cli.main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('importlib.metadata' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "PRLOCALIZE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the caches written, then read back
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env
        )
        assert done.stderr.split()[-1:] == ["False"], done.stderr
    assert list((tmp_path / "cache").glob("glossary-*.json"))
