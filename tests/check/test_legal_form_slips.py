"""PR102: a glossary company's legal form written one letter off beside its name
('湊川システムズ株式会杜' for '…株式会社', '한별전자 주시회사', 'Hanbyeol Electronics Co., Ldt.')
is a misspelt term, the glossary's form suggested: the name alone is a form of the
company (a short form's row, or the form without its legal form), so the slip after it
was no near miss of anything; so is a Latin legal form run on to the name ('Kiyose
DevicesCo., Ltd.'). The legal form with or without a space before 株式会社 or 주식회사,
in capitals, without its stop or its comma's space, or another legal form (PR103's) is
not reported so."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    '"Kiyose Devices Co., Ltd.",清瀬デバイス株式会社,기요세디바이스 주식회사,org\n'
    "Kiyose Devices,清瀬デバイス,기요세디바이스,org\n"
    "Saerom Therapeutics Inc.,株式会社セロム・セラピューティクス,새롬테라퓨틱스 주식회사,org\n"
)


def _found(run: Run, tmp_path: Path, lang: str, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / f"release.{lang}.txt"
    release.write_text("Release\n\n" + text + "\n", encoding="utf-8")
    result = run(
        "check", str(release), "-g", str(glossary), "--source-lang", lang, "--format", "json",
        "--no-cache", "--select", "PR102",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    return [(f["found"], f["suggestion"]) for f in findings if "Legal form" in f["message"]]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "ja",
            "清瀬デバイス株式会杜（東証スタンダード：3987）は本日発表しました。",
            [("清瀬デバイス株式会杜", "清瀬デバイス株式会社")],
        ),
        (
            "ja",
            "株式会仕セロム・セラピューティクスは本日発表しました。",
            [("株式会仕セロム・セラピューティクス", "株式会社セロム・セラピューティクス")],
        ),
        (
            "ko",
            "새롬테라퓨틱스 주시회사는 기요세디바이스의 지분 19.9%를 보유하고 있다.",
            [("새롬테라퓨틱스 주시회사", "새롬테라퓨틱스 주식회사")],
        ),
        (
            "en",
            "Kiyose Devices Co., Ldt. holds 19.9% of Saerom Therapeutics Inc.",
            [("Kiyose Devices Co., Ldt.", "Kiyose Devices Co., Ltd.")],
        ),
        (
            "en",
            "Kiyose DevicesCo., Ltd. and Saerom TherapeuticsInc. signed.",
            [
                ("Kiyose DevicesCo., Ltd.", "Kiyose Devices Co., Ltd."),
                ("Saerom TherapeuticsInc.", "Saerom Therapeutics Inc."),
            ],
        ),
    ],
)
def test_slip_reported(
    run_cli: Run, tmp_path: Path, lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(run_cli, tmp_path, lang, text) == found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "清瀬デバイス株式会社は、清瀬デバイスの名で発表しました。"),
        ("ko", "기요세디바이스주식회사와 새롬테라퓨틱스 주식회사는 발표했다."),
        ("ja", "清瀬デバイス有限会社は本日発表しました。"),
        ("en", "KIYOSE DEVICES CO., LTD. and Saerom Therapeutics Inc signed."),
        ("en", "Kiyose Devices Co. Ltd. and Kiyose Devices, the brand, signed."),
        ("en", "Kiyose Devices Co.,Ltd. and Saerom Therapeutics Incorporated signed."),
    ],
)
def test_no_slip(run_cli: Run, tmp_path: Path, lang: str, text: str) -> None:
    assert _found(run_cli, tmp_path, lang, text) == []
