"""A company named with another legal form than the glossary's ('Seorin Materials Inc.'
for 'Seorin Materials Co., Ltd.', 'アオバ有限会社' for 'アオバ株式会社', '하나 유한회사'
for '하나 주식회사') is a forbidden variant (PR103) with the glossary's form as a
suggestion, though the glossary does not list it; the comma's place ('America Inc.') is
PR105's, and a form another entry of the glossary writes is that entry's."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind,variants:en\n"
    '"Seorin Materials Co., Ltd.",ソリンマテリアルズ株式会社,서린머티리얼즈 주식회사,org\n'
    '"Aoba Energy, Inc.",アオバエナジー株式会社,아오바에너지 주식회사,org,Aoba Energy\n'
    '"Hanbit Energy Co., Ltd.",,,org\n'
    '"Hanbit Energy, Inc.",,,org\n'
    "Tsubame Works Corporation,,,org\n"
    "Kaede Trading Ltd.,,,org\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "en",
            "Seorin Materials Inc. and Aoba Energy Corporation signed. Aoba Energy said so.",
            [
                ("Seorin Materials Inc.", "Seorin Materials Co., Ltd."),
                ("Aoba Energy Corporation", "Aoba Energy, Inc."),
            ],
        ),
        (
            "ja",
            "アオバエナジー合同会社は本日発表しました。",
            [("アオバエナジー合同会社", "アオバエナジー株式会社")],
        ),
        (
            "ko",
            "서린머티리얼즈 유한회사는 발표했다.",
            [("서린머티리얼즈 유한회사", "서린머티리얼즈 주식회사")],
        ),
        # as the glossary writes them; the comma otherwise; another entry's form; the
        # glossary's form in the same release (one company two ways: PR105)
        ("en", "Seorin Materials Co., Ltd. (Seorin Materials Inc. in the US) signed.", []),
        ("en", "Seorin Materials Co., Ltd. and Aoba Energy Inc. signed.", []),
        ("en", "Hanbit Energy, Inc. is the US arm of Hanbit Energy Co., Ltd.", []),
        # one legal form in full or abbreviated: a style
        ("en", "Tsubame Works Corp. and Kaede Trading Limited signed.", []),
    ],
)
def test_another_legal_form(
    run_cli: Run, tmp_path: Path, lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / f"release.{lang}.txt"
    release.write_text("Release\n\n" + text + "\n", encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--source-lang", lang, "--format", "json"
    )
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR103"] == found
    assert not any(f["fixable"] for f in findings if f["code"] == "PR103")


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "ja",
            "アオバエナジー株式会社は本日、新工場を公開しました。\n\n"
            "お問い合わせ：アオバエナジー合同会社　広報部",
            [("アオバエナジー合同会社", "アオバエナジー株式会社")],
        ),
        (
            "ko",
            "서린머티리얼즈 주식회사는 14일 밝혔다.\n\n문의: 서린머티리얼즈 유한회사 홍보팀",
            [("서린머티리얼즈 유한회사", "서린머티리얼즈 주식회사")],
        ),
        # the glossary's form alone, or only its short form beside another: not two ways
        ("ja", "アオバエナジー株式会社は発表しました。アオバエナジーは横浜にあります。", []),
        ("ja", "アオバエナジーは発表しました。アオバエナジー合同会社は横浜にあります。", []),
    ],
)
def test_another_cjk_legal_form_beside_the_glossarys(
    run_cli: Run, tmp_path: Path, lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    """A Japanese or Korean company written with its legal form and another in one
    release is one company two ways (PR105): PR103 leaves it to PR105, which reads
    Latin suffixes only, so neither said anything."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / f"release.{lang}.txt"
    release.write_text("Release\n\n" + text + "\n", encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--source-lang", lang, "--format", "json"
    )
    findings = json.loads(result.stdout)["findings"]
    assert [(f["found"], f["suggestion"]) for f in findings if f["code"] == "PR105"] == found
