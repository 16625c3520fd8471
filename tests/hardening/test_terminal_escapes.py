"""Terminal escape injection: control characters from a release, a catalog, a file name
or a server reach the terminal escaped (``\\x1b``), and rich markup in them stays text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from prlocalize.ui import Ui, printable

ESC = "\x1b"
# clear the screen, retitle the window, overwrite the line, C1 CSI
HOSTILE = "\x1b[2J\x1b]0;pwned\x07 back\rover \x9b31m"


def _no_raw_controls(text: str) -> None:
    assert ESC not in text and "\x9b" not in text and "\x07" not in text and "\r" not in text


def test_printable_escapes_controls_and_keeps_text() -> None:
    assert printable("a\x1b[31mb") == "a\\x1b[31mb"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"
    assert printable("湘南アイパーク 오영주") == "湘南アイパーク 오영주"
    assert printable("\r\x00\x7f\x9b") == "\\r\\x00\\x7f\\x9b"


def test_ui_messages_and_tables_escape_controls_and_markup(tmp_path: Path) -> None:
    import io

    out, err = io.StringIO(), io.StringIO()
    ui = Ui(out, err)
    ui.error(f"server said {HOSTILE}")
    ui.warn("[bold red]not markup[/]")
    ui.table(None, ["catalog", "n"], [(f"ja/{HOSTILE}.po", 1), ("[red]x[/red]", 2)])
    _no_raw_controls(out.getvalue() + err.getvalue())
    assert "\\x1b[2J" in err.getvalue()
    assert "[bold red]not markup[/]" in err.getvalue()
    assert "[red]x[/red]" in out.getvalue()


def test_check_report_escapes_release_text_and_file_name(run_cli, tmp_path: Path) -> None:
    release = tmp_path / f"news{ESC}[31m.txt"
    release.write_text(
        f"Title\n\nShonan  iPark [bold]opens[/bold] {HOSTILE}.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "--no-cache", "--fail-on", "info")
    output = result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2), output
    _no_raw_controls(output)
    assert "news\\x1b[31m.txt" in output
    if result.exit_code == 1:  # the doubled space is reported with its source line
        assert "\\x1b[2J" in output and "[bold]opens[/bold]" in output


def test_check_of_a_catalog_escapes_its_text(run_cli, tmp_path: Path) -> None:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "See https://example.com/a for details."\nmsgstr "詳細{HOSTILE}"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "--no-cache", "--fail-on", "info")
    assert result.exit_code in (0, 1, 2)
    _no_raw_controls(result.stdout + result.stderr)


def test_an_error_naming_a_hostile_file_is_escaped(tmp_path: Path) -> None:
    missing = tmp_path / f"gone{ESC}]0;pwned{chr(7)}.txt"
    done = subprocess.run(
        [sys.executable, "-m", "prlocalize", "check", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    _no_raw_controls(done.stdout + done.stderr)
    assert "gone\\x1b]0;pwned\\x07.txt" in done.stderr


@pytest.mark.parametrize("backend", ["deepl", "chatgpt"])
def test_a_backend_error_is_escaped(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "translate"))
    from translate_servers import Behaviour, DeepLServer, OpenAiServer

    class Hostile(DeepLServer if backend == "deepl" else OpenAiServer):  # type: ignore[misc]
        def handle(self, request: dict) -> tuple[int, object]:
            message = f"quota {HOSTILE}"
            return 400, {"message": message, "error": {"message": message}}

    locales = tmp_path / "locales" / "ja" / "LC_MESSAGES"
    locales.mkdir(parents=True)
    (locales / "news.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "The event opens today."\nmsgstr ""\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(f"PRLOCALIZE_{backend.upper()}_API_KEY", "secret-key")
    with Hostile(Behaviour()) as server:
        url = server.url if backend == "deepl" else server.url + "v1"
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", backend, "--backend-url", url
        )
    assert result.exit_code == 2
    _no_raw_controls(result.stdout + result.stderr)
    assert "error:" in result.stderr
