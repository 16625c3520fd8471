"""Guards on the rule table: codes, names, families, documentation, generated docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from check_support import GLOSSARY

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.readers import parse_text
from prlocalize.rules.base import Rule
from prlocalize.rules.docs import docs_path, render_markdown
from prlocalize.rules.registry import RULES, rule_for, select_rules

REPO = Path(__file__).resolve().parents[2]
FAMILY_MODULES = {
    "1": "prlocalize.rules.names",
    "2": "prlocalize.rules.language",
    "3": "prlocalize.rules.typography",
    "4": "prlocalize.rules.translation",
}
SECTIONS = ("Why is this bad?", "Example", "Use instead", "Fix safety")


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"PR[1-9]\d\d", rule.code), rule.code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name), rule.name
        assert not rule.name.startswith(("no-", "avoid-", "disallow-")), rule.name


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_code_family_matches_module(rule: type[Rule]) -> None:
    assert rule.__module__ == FAMILY_MODULES[rule.code[2]]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_has_every_section(rule: type[Rule]) -> None:
    sections = rule.doc_sections()
    assert rule.summary(), rule.code
    for title in SECTIONS:
        assert sections.get(title), f"{rule.code} lacks '{title}'"


SOURCE_RULES = [r for r in RULES if r.target == "source"]


@pytest.mark.parametrize("rule", SOURCE_RULES, ids=lambda r: r.code)
def test_docstring_example_triggers_its_rule(rule: type[Rule]) -> None:
    """Executable docs: the Example fires the rule, and 'Use instead' does not.

    The test glossary is used (the bundled one may list an example's typo as forbidden,
    which rightly hands it to PR103).
    """
    glossary = load_glossaries([GLOSSARY])
    sections = rule.doc_sections()

    def codes(text: str) -> set[str]:
        fmt = "html" if text.lstrip().startswith("<") else "text"
        # in the language the example is written in (a Korean rule's example is Korean)
        document = parse_text(text + "\n", path=f"example.{fmt}", format=fmt)
        matcher = TermMatcher.build(glossary, document.lang)
        return {f.code for f in check_document(document, glossary, matcher, [rule])}

    assert rule.code in codes(sections["Example"])
    assert rule.code not in codes(sections["Use instead"])


def test_selection_by_prefix_and_name() -> None:
    assert {r.code[:3] for r in select_rules(["PR1"])} == {"PR1"}
    assert "PR303" not in {r.code for r in select_rules(["PR3"], ["doubled-space"])}
    assert rule_for("glued-name").code == "PR101"


def test_docs_rules_md_is_up_to_date() -> None:
    path = docs_path(REPO)
    assert path.read_text(encoding="utf-8") == render_markdown(RULES), (
        "docs/rules.md is out of date: run `python -m prlocalize.rules.docs`"
    )


def test_pre_commit_hooks_run_the_check_command() -> None:
    yaml = pytest.importorskip("yaml")

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} >= {"prlocalize-check", "prlocalize-fix"}
    for hook in hooks:
        assert hook["entry"].startswith("prlocalize check")
        assert hook["language"] == "python"


def test_a_failing_rule_is_reported_with_its_code_and_file() -> None:
    from prlocalize.checking import RuleError
    from prlocalize.findings import Severity

    class Broken(Rule):
        """Always fails."""

        code = "PR399"
        name = "broken"
        severity = Severity.INFO

        def check(self, ctx: object) -> list[object]:  # type: ignore[override]
            raise ValueError("boom")

    glossary = load_glossaries([GLOSSARY])
    document = parse_text("Text.\n", path="r.txt", format="text", lang="en")
    with pytest.raises(RuleError, match=r"PR399 failed on r\.txt"):
        check_document(document, glossary, TermMatcher.build(glossary, "en"), [Broken])


def test_docs_command_parses_options_instead_of_writing_into_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `python -m prlocalize.rules.docs --help` once wrote ./--help/docs/rules.md
    from prlocalize.rules.docs import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "usage:" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path)])  # no docs/ folder: refuse rather than create one
    assert exit_.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_docs_command_check_mode(tmp_path: Path) -> None:
    from prlocalize.rules.docs import main

    assert main([str(REPO), "--check"]) == 0
    (tmp_path / "docs").mkdir()
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path), "--check"])
    assert exit_.value.code == 1
    assert main([str(tmp_path)]) == 0
    assert main([str(tmp_path), "--check"]) == 0
    assert docs_path(tmp_path).read_text(encoding="utf-8") == render_markdown(RULES)
