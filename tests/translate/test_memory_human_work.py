"""The memory keeps human work: an exact match of an approved translation is always used
(fuzzy, with the findings, when today's checks object), and the flags a translator set
on it (``prlocalize-ignore:PR404``) travel with it, through the memory and TMX."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import read_catalog
from prlocalize.translate.memory import TranslationMemory, Unit
from prlocalize.translate.tmx import read_tmx, tmx_bytes

SOURCE = "More than 2,500 people work at Shonan iPark."
# the approved translation leaves the figure out ("many people"): PR404 objects today
APPROVED = "湘南アイパークでは多くの人が働いている。"
HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: r 1.0\\n"\n"Language: ja\\n"\n'
    '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n"X-Source-Language: en\\n"\n\n'
)


def _msgfmt_check(path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    done = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True)
    assert done.returncode == 0, done.stderr


def _po(path: Path, entry: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + entry, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossaries").mkdir()  # no glossary: only the figures matter here
    return tmp_path


def test_approved_match_the_checks_object_to_is_kept_fuzzy_with_findings(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    with TranslationMemory(project / ".prlocalize/memory.sqlite") as memory:
        memory.add([Unit("en", "ja", SOURCE, APPROVED, "tmx:agency.tmx")])
    po = _po(project / "locales/ja/LC_MESSAGES/b.po", f'msgid "{SOURCE}"\nmsgstr ""\n')
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0, result.output  # nothing rejected: nothing thrown away
    message = read_catalog(po, "ja").get(SOURCE)
    assert message.string == APPROVED
    assert message.fuzzy
    comments = " ".join(message.auto_comments)
    assert "prlocalize: memory" in comments and "PR404" in comments and "2,500" in comments
    _msgfmt_check(po)


def test_ignore_flag_travels_with_the_memory_entry(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    # the translator approved it and said why the number may go: the flag is part of the work
    _po(
        project / "locales/ja/LC_MESSAGES/a.po",
        f'#, prlocalize-ignore:PR404\nmsgid "{SOURCE}"\nmsgstr "{APPROVED}"\n',
    )
    other = _po(project / "locales/ja/LC_MESSAGES/b.po", f'msgid "{SOURCE}"\nmsgstr ""\n')
    assert run_cli("translate", "-d", "locales", "-l", "ja").exit_code == 0
    message = read_catalog(other, "ja").get(SOURCE)
    assert message.string == APPROVED and not message.fuzzy
    assert "prlocalize-ignore:PR404" in message.flags
    _msgfmt_check(other)
    checked = run_cli("check", str(other), "--format", "json")
    assert json.loads(checked.output)["findings"] == [] and checked.exit_code == 0

    # through TMX and into another project's memory: the flag is still there
    assert run_cli("memory", "export", "-o", "tm.tmx").exit_code == 0
    assert 'type="x-prlocalize-flags">prlocalize-ignore:PR404<' in (project / "tm.tmx").read_text(
        encoding="utf-8"
    )
    fresh = project / "fresh.sqlite"
    assert run_cli("memory", "import", "tm.tmx", "--memory", str(fresh)).exit_code == 0
    with TranslationMemory(fresh) as memory:
        match = memory.exact(SOURCE, "en", "ja")
        assert match is not None and match.unit.flags == ("prlocalize-ignore:PR404",)
    third = _po(project / "locales/ja/LC_MESSAGES/c.po", f'msgid "{SOURCE}"\nmsgstr ""\n')
    (project / "locales/ja/LC_MESSAGES/a.po").unlink()
    (project / "locales/ja/LC_MESSAGES/b.po").unlink()
    assert run_cli("translate", "-d", "locales", "-l", "ja", "--memory", str(fresh)).exit_code == 0
    message = read_catalog(third, "ja").get(SOURCE)
    assert (message.string, message.fuzzy) == (APPROVED, False)
    assert "prlocalize-ignore:PR404" in message.flags


def test_codes_babel_split_at_a_comma_travel_too(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale="ja")
    catalog.add(SOURCE, APPROVED, flags=["prlocalize-ignore:PR404", "PR401"])
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add_catalog(catalog, "en", "ja", origin="po:a.po")
        unit = next(memory.units())
    assert unit.flags == ("PR401", "prlocalize-ignore:PR404")
    back = list(read_tmx(_write(tmp_path / "x.tmx", tmx_bytes([unit]))))
    assert back == [Unit("en", "ja", SOURCE, APPROVED, "tmx:x.tmx", unit.flags)]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_memory_from_before_flags_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE units (source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, "
        "source_key TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, "
        "origin TEXT NOT NULL DEFAULT '', PRIMARY KEY (source_lang, target_lang, source_key));"
    )
    conn.close()
    with TranslationMemory(path) as memory:
        memory.add([Unit("en", "ja", SOURCE, APPROVED, "po:a.po", ("prlocalize-ignore:PR404",))])
        match = memory.exact(SOURCE, "en", "ja")
    assert match is not None and match.unit.flags == ("prlocalize-ignore:PR404",)
