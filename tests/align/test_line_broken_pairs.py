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


def test_a_headline_over_its_translation_where_paragraphs_take_turns(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """A page whose paragraphs take turns (the Korean, then its English) and whose
    headline gives both on two lines ('…실시<br>… Drill …'): weighed as one block, the
    headline went to one version and paired with nothing."""
    monkeypatch.chdir(tmp_path)
    headline = ("강변 야시장 4월 개장", "Riverside Night Market to Open in April")
    rows = [
        (
            "누리강구청은 4월 5일 강변공원에서 야시장을 연다고 밝혔다.",
            "Nuri River District will open a night market in Riverside Park on April 5.",
        ),
        ("야시장에는 점포 60곳이 들어선다.", "The market will have 60 stalls."),
        ("운영 시간은 오후 6시부터 11시까지다.", "It will be open from 6 p.m. to 11 p.m."),
    ]
    body = "".join(f"<p>{k}</p>\n<p>{e}</p>\n" for k, e in rows)
    page = (
        f'<html lang="ko"><body>\n<h1>{headline[0]}<br>\n{headline[1]}</h1>\n{body}</body></html>\n'
    )
    Path("market.html").write_text(page, encoding="utf-8")
    result = run_cli("align", "market.html", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [(b["target"]["text"], b["source"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == [headline, *rows]
