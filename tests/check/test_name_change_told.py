"""A release that tells of a change of name says the old name: 'Kisaragi Denko Co., Ltd.
changed its trade name to Kisaragi Group Inc.', '木更電工株式会社は…商号を木更グループ
株式会社に変更しました', '기사라기전공은 … 기사라기그룹으로 변경했다'. The sentence goes
on to give the current name: PR103 reported the old one, and PR402 reported its
translation, which says what the source says. A sentence that uses the old name alone,
or names the current one first, is still reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
SHEET = (
    "en,ja,ko,kind\n"
    '"Kisaragi Group (formerly Kisaragi Denko)",木更グループ（旧社名：木更電工）,'
    "기사라기그룹(구 기사라기전공),org\n"
)


def _check(run_cli: Run, tmp_path: Path, *files: Path) -> list[tuple[str, str]]:
    sheet = tmp_path / "g.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    args = ["check", *map(str, files), "-g", str(sheet), "--no-cache", "--format", "json"]
    result = run_cli(*args)
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kisaragi Denko Co., Ltd. changed its trade name to Kisaragi Group Inc. on July 1.\n", []),
        ("木更電工株式会社は7月1日付で商号を木更グループ株式会社に変更しました。\n", []),
        ("기사라기전공은 7월 1일 상호를 기사라기그룹으로 변경했다.\n", []),
        ("Kisaragi Denko will open a plant in Chiba.\n", [("PR103", "Kisaragi Denko")]),
        # the current name first, the old one after: no change told
        ("Kisaragi Group sells what Kisaragi Denko made.\n", [("PR103", "Kisaragi Denko")]),
    ],
)
def test_a_release_telling_of_the_change(
    run_cli: Run, tmp_path: Path, text: str, found: list[tuple[str, str]]
) -> None:
    release = tmp_path / "news.txt"
    release.write_text(text, encoding="utf-8")
    assert [f for f in _check(run_cli, tmp_path, release) if f[0] == "PR103"] == found


def _po(tmp_path: Path, msgid: str, msgstr: str) -> Path:
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    return po


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (
            "Kisaragi Denko Co., Ltd. changed its trade name to Kisaragi Group Inc.",
            "木更電工株式会社は商号を木更グループ株式会社に変更しました。",
            [],
        ),
        (
            "Kisaragi Group will open a plant in Chiba.",
            "木更電工は千葉に工場を開設します。",
            [("PR402", "木更電工")],
        ),
    ],
)
def test_a_translation_saying_the_old_name_the_source_says(
    run_cli: Run, tmp_path: Path, msgid: str, msgstr: str, found: list[tuple[str, str]]
) -> None:
    po = _po(tmp_path, msgid, msgstr)
    assert [f for f in _check(run_cli, tmp_path, po) if f[0] == "PR402"] == found


def test_the_new_name_after_it_without_a_change_is_no_change(run_cli: Run, tmp_path: Path) -> None:
    # the entry's own form in brackets after a misnamed agency tells of no change
    sheet = tmp_path / "g.csv"
    sheet.write_text(
        "id,kind,en,ja,ko,forbidden:en\n"
        "org:kcsa,org,Korea Coastal Safety Agency,韓国沿岸安全庁,해양연안안전청,"
        "Korean Coastal Safety Agency\n",
        encoding="utf-8",
    )
    release = tmp_path / "news.txt"
    release.write_text(
        "The Korean Coastal Safety Agency (Korea Coastal Safety Agency) opened a station.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    codes = [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]
    assert ("PR103", "Korean Coastal Safety Agency") in codes
