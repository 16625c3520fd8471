"""A bilingual notice whose every paragraph gives the Japanese and, after a line break,
its English ('<p>…発表しました。<br>… announced ….</p>'): `--pairs` took it for one
file of two versions but `align` refused it as 'one file that holds one language'. A
headline with its translation on the next line (no full stop to cut at) is cut at the
break too: kept whole, it paired with a sentence and its own translation glued
together."""

from __future__ import annotations

import json
from pathlib import Path

ROWS = [
    (
        "白浜町は3月2日、海水浴場の監視塔を2基新設すると発表しました。",
        "Shirahama Town announced on March 2 that it will build two new lifeguard towers "
        "at its beach.",
    ),
    ("塔は7月1日から使用します。", "The towers will be in use from July 1."),
    (
        "費用は約1,800万円で、県の補助金を活用します。",
        "The cost of about 18 million yen will be partly covered by a prefectural grant.",
    ),
]
HEADLINE = ("白浜町、監視塔を新設", "Shirahama Town to Build Lifeguard Towers")


def test_each_paragraph_and_its_translation_after_a_break(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paragraphs = "\n".join(f"<p>{ja}<br>{en}</p>" for ja, en in [HEADLINE, *ROWS])
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "notice.html").write_text(
        f'<html lang="ja"><body>\n{paragraphs}\n</body></html>\n', encoding="utf-8"
    )
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == [(en, ja) for ja, en in [HEADLINE, *ROWS]]


def test_check_reads_each_version_in_its_language(run_cli, tmp_path: Path) -> None:
    """`check` took the English lines for text left untranslated in a Japanese release
    (PR201); a slip in one of them is still found where it is."""
    paragraphs = "\n".join(f"<p>{ja}<br>{en}</p>" for ja, en in [HEADLINE, *ROWS])
    page = tmp_path / "notice.html"
    page.write_text(
        f'<html lang="ja"><body>\n{paragraphs.replace("July 1.", "July 1 ,.")}\n</body></html>\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(page), "--no-cache", "--format", "json")
    found = [(f["code"], f["line"], f["found"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("PR301", 4, " ,.")]
