"""A sheet with Simplified and Traditional Chinese columns named by region ('zh-CN',
'zh-TW', 'zh-HK') or a bare 'zh' beside them: a Traditional catalog (zh_Hant, zh_TW)
took the first Chinese column, the Simplified one, so its correct Traditional
translations were reported and the Simplified forms suggested. A locale that names
its script or region takes the forms written in that script."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.model import Glossary

SHEET = """kind,en,ja,zh-CN,zh-TW
person,Takumi Sawada,澤田拓海,泽田拓海,澤田拓海
org,Tokai Logistics,東海物流,东海物流,東海物流
"""
BARE = """kind,en,zh,zh-HK
org,Tokai Logistics,东海物流,東海物流
"""


@pytest.mark.parametrize("locale", ["zh_Hant", "zh_TW", "zh_HK", "zh_Hant_TW"])
def test_a_traditional_locale_takes_the_traditional_column(locale: str) -> None:
    person, org = parse_csv(SHEET, "names.csv").entries
    assert person.approved(locale) == "澤田拓海"
    assert org.approved(locale) == "東海物流"
    (bare,) = parse_csv(BARE, "names.csv").entries
    assert bare.approved(locale) == "東海物流"


@pytest.mark.parametrize("locale", ["zh_Hans", "zh_CN", "zh_Hans_CN"])
def test_a_simplified_locale_takes_the_simplified_column(locale: str) -> None:
    person, _ = parse_csv(SHEET, "names.csv").entries
    assert person.approved(locale) == "泽田拓海"


def test_chinese_without_its_script_accepts_both() -> None:
    person, _ = parse_csv(SHEET, "names.csv").entries
    assert person.term("zh").accepted == ("泽田拓海", "澤田拓海")  # type: ignore[union-attr]


def test_a_traditional_catalog_is_checked_against_traditional_forms() -> None:
    glossary = Glossary(parse_csv(SHEET, "names.csv").entries)
    msgid = "Takumi Sawada will lead Tokai Logistics from April."
    right = "澤田拓海將自4月起領導東海物流。"
    assert [f.code for f in translation_findings("zh_Hant", msgid, right, glossary=glossary)] == []
    # (the Simplified column's form is forbidden in a Traditional catalog)
    wrong = "泽田拓海將自4月起領導東海物流。"
    found = [f for f in translation_findings("zh_Hant", msgid, wrong, glossary=glossary)]
    assert [(f.code, f.suggestion) for f in found] == [("PR402", "澤田拓海")]
    wrong = "澤田拓海将自4月起领导东海物流。"
    found = [f for f in translation_findings("zh_Hans", msgid, wrong, glossary=glossary)]
    assert [(f.code, f.suggestion) for f in found] == [("PR402", "泽田拓海")]


def test_a_traditional_release_with_a_simplified_name(run_cli, tmp_path) -> None:
    (tmp_path / "names.csv").write_text(SHEET, encoding="utf-8")
    release = tmp_path / "release.md"
    release.write_text("東海物流宣布，澤田拓海將自4月起擔任總經理。\n", encoding="utf-8")
    args = ["check", str(release), "-g", str(tmp_path / "names.csv"), "--source-lang"]
    assert run_cli(*args, "zh-TW").exit_code == 0
    release.write_text("东海物流宣布，泽田拓海將自4月起擔任總經理。\n", encoding="utf-8")
    result = run_cli(*args, "zh-TW", "--format", "json")
    assert result.exit_code == 1
    assert '"found": "泽田拓海"' in result.output and '"suggestion": "澤田拓海"' in result.output
    assert '"found": "东海物流"' in result.output


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("Chinese (PRC)", "Chinese (Taiwan)"),  # (as Trados and Windows name them)
        ("Chinese (Simplified)", "Chinese (Traditional)"),
        ("简体中文", "繁體中文"),
        ("中文（简体）", "中文（繁體）"),
        ("zh-CN", "繁體"),
        ("중국어(간체)", "중국어(번체)"),
        ("Simplified Chinese", "Chinese (Hong Kong SAR)"),
    ],
)
def test_headers_that_name_the_script(simplified: str, traditional: str) -> None:
    sheet = f"kind,English,{simplified},{traditional}\nperson,Takumi Sawada,泽田拓海,澤田拓海\n"
    (person,) = parse_csv(sheet, "names.csv").entries
    assert person.approved("zh_Hans") == "泽田拓海"
    assert person.approved("zh_Hant") == "澤田拓海"
