"""The seed release end to end, with the bundled glossary: every defect reported, nothing else.

The seed is read from ../shared/seed (never copied into the repository); expectations
name only positions, codes and the short fragments the messages quote.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from prlocalize.checking import check_paths
from prlocalize.config import Settings
from prlocalize.findings import CheckResult

REPO = Path(__file__).resolve().parents[2]

EXPECTED = [
    "14:526:PR301:Stray punctuation ', .'",
    "20:39:PR105:'Takeda Pharmaceutical Co., Ltd.' also written "
    "'Takeda Pharmaceutical Company Limited' in this release",
    "23:1:PR101:Glued name 'MikioKato'",
    "30:13:PR103:Forbidden variant 'Minitster, Ministry of SMEs and Startups'",
    "35:1:PR104:Name 'Seungho Yoo' in reversed order",
    "41:253:PR304:Compound spelled 'bio ventures' against the glossary",
    "47:43:PR105:'Takeda Pharmaceutical Co., Ltd.' also written "
    "'Takeda Pharmaceutical Company Limited' in this release",
    # one defect, one finding: the untranslated link word (PR204) is also a foreign
    # fragment (PR201) and a link phrase with no target (PR202), which it supersedes
    "59:45:PR204:Untranslated link: Korean text '여기에서' in an English release "
    "(and no link target)",
    "62:421:PR202:Link phrase 'click here' has no link target",
    "65:580:PR304:Compound spelled 'nextgeneration' against the glossary",
    "67:1:PR202:Link phrase 'Click here' has no link target",
    "69:77:PR202:Link phrase 'click here' has no link target",
    "71:24:PR202:Social network names 'YouTube / Facebook / X (former Twitter) / LinkedIn' "
    "listed without links",
]

# (line, written, fixed): the certain fixes, and nothing else changes
SAFE_FIXES = [
    (14, "ventures, .", "ventures."),
    (23, "MikioKato", "Mikio Kato"),
    (30, "Minitster", "Minister"),
    (41, "bio ventures", "bioventures"),
    (65, "nextgeneration", "next-generation"),
]


def _settings() -> Settings:
    return Settings(root=REPO, glossaries=(str(REPO / "glossaries"),))


def _lines(result: CheckResult) -> list[str]:
    out = []
    for report in result.files:
        index = report.line_index()
        for f in report.findings:
            pos = index.position(f.span.start)
            out.append(f"{pos.line}:{pos.column}:{f.code}:{f.message}")
    return out


def test_seed_findings_are_exactly_the_defects(seed_path: Path) -> None:
    assert _lines(check_paths([seed_path], _settings())) == EXPECTED


def test_seed_fix_applies_only_the_certain_fixes(seed_path: Path, tmp_path: Path) -> None:
    work = tmp_path / seed_path.name
    shutil.copy(seed_path, work)
    result = check_paths([work], _settings(), fix=True)
    assert result.fixed == len(SAFE_FIXES)
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    for number, written, fixed in SAFE_FIXES:
        assert lines[number - 1].count(written) == 1
        lines[number - 1] = lines[number - 1].replace(written, fixed)
    assert work.read_text(encoding="utf-8") == "\n".join(lines)
    assert not any(f.fixable for f in result.findings)


@pytest.mark.parametrize("glossary", ["fixtures/glossary.csv", "bundled"])
def test_clean_releases_get_no_finding(glossary: str) -> None:
    """Precision: well-written releases (en text, ja text, Markdown, HTML) stay silent."""
    path = REPO / "glossaries" if glossary == "bundled" else Path(__file__).parent / glossary
    settings = Settings(root=REPO, glossaries=(str(path),))
    result = check_paths([Path(__file__).parent / "fixtures" / "clean"], settings)
    assert len(result.files) == 9
    assert _lines(result) == []


def test_parallel_check_gives_the_serial_result(seed_path: Path, tmp_path: Path) -> None:
    for i in range(3):
        shutil.copy(seed_path, tmp_path / f"release-{i}.txt")
    for clean in (Path(__file__).parent / "fixtures" / "clean").iterdir():
        shutil.copy(clean, tmp_path / clean.name)
    serial = check_paths([tmp_path], _settings(), jobs=1)
    parallel = check_paths([tmp_path], _settings(), jobs=2)
    assert [r.path for r in parallel.files] == [r.path for r in serial.files]
    assert [r.findings for r in parallel.files] == [r.findings for r in serial.files]


def test_seed_with_its_reference_sheet_as_the_glossary(
    seed_path: Path, shared_file: Callable[[Path, str], Path]
) -> None:
    """The seed's reference sheet (en,ja,ko,kind, with sources) is a team's plain sheet:
    it loads (it gives a company in full and by its short form with one Korean form, the
    same company with two legal forms, and 'CEO' in two contexts as 대표), and every
    defect of the seed that concerns no term the sheet lacks is reported. The roster
    line 'Seungho Yoo', whom the sheet writes so, is reported without a fix."""
    sheet = shared_file(seed_path.parents[1] / "reference" / "seed-entities.csv", "reference sheet")
    settings = Settings(root=REPO, glossaries=(str(sheet),))
    lines = _lines(check_paths([seed_path], settings))
    reported = {(int(line.split(":")[0]), line.split(":")[2]) for line in lines}
    assert {
        (14, "PR301"),
        (23, "PR101"),
        (30, "PR102"),
        (35, "PR104"),
        (59, "PR204"),
        (62, "PR202"),
        (67, "PR202"),
        (69, "PR202"),
        (71, "PR202"),
    } <= reported, lines
    # the compounds are the bundled glossary's terms: the sheet has no term rows
    assert {code for _, code in reported} <= {
        "PR101",
        "PR102",
        "PR104",
        "PR105",
        "PR202",
        "PR204",
        "PR301",
    }
    order = next(line for line in lines if ":PR104:" in line)
    assert "the glossary writes it so" in order
