"""A catalog a translator sends back (.po, saved by any tool) into the memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

RETURNED = """\ufeff# Translators: Mina Okabe
msgid ""
msgstr ""
"Project-Id-Version: ropeway-2027\\n"
"Language: ko-KR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"X-Generator: Transifex\\n"

#: rel/ropeway.txt:1
msgid "Tsukimi Ropeway adds a night run on Fridays."
msgstr "쓰키미 로프웨이가 금요일 야간 운행을 추가한다."

#: rel/ropeway.txt:3
#, fuzzy
msgid "Tickets cost 2,400 yen."
msgstr "요금은 2,000엔이다."

#: rel/ropeway.txt:5
msgid "The last car leaves the summit at 9 p.m."
msgstr "The last car leaves the summit at 9 p.m."

#: rel/ropeway.txt:7
msgid "Pets are not allowed in the cars."
msgstr ""

#~ msgid "Service stops in heavy wind."
#~ msgstr "강풍 시에는 운행을 중단한다."
"""


def stored(tmp_path: Path) -> set[tuple[str, ...]]:
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        return set(conn.execute("SELECT source_lang, target_lang, source, target FROM units"))


def test_a_returned_catalog_gives_its_approved_translations(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """It was refused as 'not well-formed XML (is it a TMX file?)'. Fuzzy, empty and
    obsolete entries, and a msgstr a tool filled with its msgid, are not taken."""
    monkeypatch.chdir(tmp_path)
    Path("ko.po").write_bytes(RETURNED.replace("\n", "\r\n").encode("utf-8"))
    result = run_cli("memory", "import", "ko.po")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "imported 1 unit(s) from ko.po (1 fuzzy entry(ies) passed over; "
        "1 entry(ies) whose msgstr is their msgid passed over)\n"
    )
    assert stored(tmp_path) == {
        (
            "en",
            "ko",
            "Tsukimi Ropeway adds a night run on Fridays.",
            "쓰키미 로프웨이가 금요일 야간 운행을 추가한다.",
        )
    }


def test_the_locale_folder_and_the_template_say_the_languages(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """Without a Language header, <locale>/LC_MESSAGES/ names the translations' language;
    the template's X-Source-Language the msgids'."""
    monkeypatch.chdir(tmp_path)
    folder = Path("loc/ja/LC_MESSAGES")
    folder.mkdir(parents=True)
    Path("loc/ropeway.pot").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"X-Source-Language: ko\\n"\n',
        encoding="utf-8",
    )
    (folder / "ropeway.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "요금은 2,400엔이다."\nmsgstr "料金は2,400円です。"\n',
        encoding="utf-8",
    )
    result = run_cli("memory", "import", str(folder / "ropeway.po"))
    assert result.exit_code == 0, result.output
    assert stored(tmp_path) == {("ko", "ja", "요금은 2,400엔이다.", "料金は2,400円です。")}


def test_a_catalog_that_says_no_language_is_refused_clearly(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("sent.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Hello."\nmsgstr "こんにちは。"\n',
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "sent.po")
    assert result.exit_code == 2
    assert result.output.startswith("sent.po: the catalog says no language")
    assert "Language: ja" in result.output
