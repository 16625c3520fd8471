"""Chinese pairs whose language names no script (a release's language told from its
letters, a table's '中文' column) are stored as Simplified or Traditional by the
letters of the translation, else of the rest of the same import: a Traditional
translation is never offered to a Simplified catalog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

JA = (
    "# 東和海運、高雄に物流センターを開設\n\n2026年3月2日\n\n"
    "東和海運は、高雄港に冷凍倉庫を備えた物流センターを開設しました。\n\n"
    "同センターの従業員は約120人です。\n"
)
ZH_HANT = (
    "# 東和海運於高雄設立物流中心\n\n2026年3月2日\n\n"
    "東和海運已於高雄港設立附設冷凍倉庫的物流中心。\n\n"
    "該中心員工約120人。\n"
)
ZH_HANS = (
    "# 东和海运在高雄设立物流中心\n\n2026年3月2日\n\n"
    "东和海运已在高雄港设立配备冷冻仓库的物流中心。\n\n"
    "该中心员工约120人。\n"
)


def stored(tmp_path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        rows = conn.execute("SELECT target_lang, target FROM units")
        return set(rows)


def test_scripts_told_by_their_letters() -> None:
    from prlocalize.scripts import chinese_script

    assert chinese_script("該中心員工約120人。") == "Hant"
    assert chinese_script("该中心员工约120人。") == "Hans"
    assert chinese_script("2026年3月2日") is None


def test_aligned_traditional_release(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ja.md").write_text(JA, encoding="utf-8")
    Path("tw.md").write_text(ZH_HANT, encoding="utf-8")
    Path("cn.md").write_text(ZH_HANS, encoding="utf-8")
    for target in ("tw.md", "cn.md"):
        result = run_cli("align", "ja.md", target, "--memory")
        assert result.exit_code == 0, result.output
    units = stored(tmp_path)
    assert ("zh_hant", "該中心員工約120人。") in units
    assert ("zh_hans", "该中心员工约120人。") in units
    # (a date tells no script: it goes with its release's other sentences)
    assert ("zh_hant", "2026年3月2日") in units
    assert ("zh_hans", "2026年3月2日") in units
    assert not {text for lang, text in units if lang == "zh_hans"} & {
        "東和海運於高雄設立物流中心",
        "東和海運已於高雄港設立附設冷凍倉庫的物流中心。",
    }


def test_table_with_a_chinese_column(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pairs.csv").write_text(
        "日本語,中文\n同センターの従業員は約120人です。,該中心員工約120人。\n"
        "2026年3月2日,2026年3月2日\n",
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "pairs.csv")
    assert result.exit_code == 0, result.output
    assert stored(tmp_path) == {("zh_hant", "該中心員工約120人。"), ("zh_hant", "2026年3月2日")}


def test_tmx_with_a_bare_chinese_language(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("units.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ja" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body>\n'
        '<tu><tuv xml:lang="ja"><seg>同センターの従業員は約120人です。</seg></tuv>'
        '<tuv xml:lang="zh"><seg>該中心員工約120人。</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="ja"><seg>東和海運</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>东和海运</seg></tuv></tu>\n</body></tmx>\n',
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "units.tmx")
    assert result.exit_code == 0, result.output
    assert stored(tmp_path) == {("zh_hant", "該中心員工約120人。"), ("zh_hans", "东和海运")}
