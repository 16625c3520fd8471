"""One company's legal form written with and without its comma in one release
('Hanbit Energy America, Inc.' and 'Hanbit Energy America Inc.') is PR105, the glossary's
form proposed; a release that writes it one way throughout is left alone (both are
house styles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    path = tmp_path_factory.mktemp("glossary") / "g.csv"
    path.write_text(
        'en,ja,ko,kind\n"Hanbit Energy America, Inc.",ハンビットエナジーアメリカ,,org\n'
        '"Kaiyo Denki Co., Ltd.",海洋電機株式会社,,org\n',
        encoding="utf-8",
    )
    return Settings(root=REPO, glossaries=(str(path),))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Hanbit Energy America, Inc. opened a plant.\n\n"
            "Hanbit Energy America Inc. hired 40 people.\n",
            [("PR105", "Hanbit Energy America Inc.", "Hanbit Energy America, Inc.")],
        ),
        (
            "Kaiyo Denki Co., Ltd. and its partner signed.\n\n"
            "Kaiyo Denki Co. Ltd. will deliver the units.\n",
            [("PR105", "Kaiyo Denki Co. Ltd.", "Kaiyo Denki Co., Ltd.")],
        ),
        # the suffix's stop dropped beside it (British style alone is a house style)
        (
            "Kaiyo Denki Co., Ltd (TSE: 6001) signed.\n\nKaiyo Denki Co., Ltd. will deliver.\n",
            [("PR105", "Kaiyo Denki Co., Ltd", "Kaiyo Denki Co., Ltd.")],
        ),
        ("Kaiyo Denki Co., Ltd (TSE: 6001) signed. Kaiyo Denki Co., Ltd will deliver.\n", []),
        # ending a headline or a description cut short: the stop may have gone with the end
        (
            "Aoba Robotics Partners with Kaiyo Denki Co., Ltd\n\n"
            "Aoba Robotics and Kaiyo Denki Co., Ltd. signed.\n\n"
            "Contact: Kaiyo Denki Co., Ltd\n",
            [],
        ),
        ("Hanbit Energy America Inc. opened a plant. Hanbit Energy America Inc. hired.\n", []),
        ("Hanbit Energy America, Inc. opened a plant.\n", []),
    ],
)
def test_a_legal_form_with_and_without_its_comma(
    text: str, found: list[tuple[str, str, str]], settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    findings = check_paths([path], settings).findings
    assert [(f.code, f.found, f.suggestion) for f in findings] == found
