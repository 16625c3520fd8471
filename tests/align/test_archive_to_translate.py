# ruff: noqa: E501  (release paragraphs are one line each, as in the files)
"""End to end: an archive aligned into the memory fills a new release's catalogs offline."""

from __future__ import annotations

from pathlib import Path

import polib

NEW_RELEASE = """\
Nordlicht Robotics Opens a Service Centre in Nagoya

NAGOYA, September 9, 2025 -- Nordlicht Robotics K.K. opened its first service centre outside Tokyo today.

The Kestrel K2 lifts up to 35 kg and runs for 11 hours on one charge. It costs 30% less to operate than the first model.

The list price is 4.8 million yen per unit.

Media contact: Aiko Brandt, press@nordlicht.example
"""


def test_aligned_archive_fills_a_new_release(archive: Path, run_cli, monkeypatch) -> None:
    project = archive.parent
    monkeypatch.chdir(project)
    result = run_cli("align", "--pairs", "archive", "--memory", "--format", "json")
    assert result.exit_code == 0, result.output
    Path("new.txt").write_text(NEW_RELEASE, encoding="utf-8")
    assert run_cli("extract", "new.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0, result.output
    catalog = {e.msgid: e for e in polib.pofile("locales/ja/LC_MESSAGES/new.po")}
    repeated = {
        "The list price is 4.8 million yen per unit.": "希望小売価格は1台480万円です。",
        "Media contact: Aiko Brandt, press@nordlicht.example": (
            "報道関係のお問い合わせ：アイコ・ブラント、press@nordlicht.example"
        ),
    }
    for msgid, msgstr in repeated.items():
        assert catalog[msgid].msgstr == msgstr
        assert not catalog[msgid].fuzzy  # an exact memory match is final
    # the archive merged these two sentences into one Japanese sentence: the pair is in
    # the memory under both together, which is not a msgid here, so they stay open
    assert catalog["It costs 30% less to operate than the first model."].msgstr in {"", None} or (
        catalog["It costs 30% less to operate than the first model."].fuzzy
    )
    # sentences the archive never had stay untranslated
    opened = "NAGOYA, September 9, 2025 -- Nordlicht Robotics K.K. opened its first " + (
        "service centre outside Tokyo today."
    )
    assert catalog[opened].msgstr == "" or catalog[opened].fuzzy
