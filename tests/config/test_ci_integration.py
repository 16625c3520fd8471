"""The GitHub Action and the pre-commit hooks as they are shipped: action.yml's shell steps
run with bash against a project, the hooks' file patterns pick releases only, and every
flag the hooks, the action and the docs' snippets use exists in the CLI."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from prlocalize import __version__
from prlocalize.cli import cli

REPO = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
BASH = shutil.which("bash")


def _expression(value: str, inputs: dict[str, str], env: dict[str, str]) -> str:
    """GitHub's ${{ ... }} substitution, for the few expressions action.yml uses."""

    def one(match: re.Match[str]) -> str:
        expr = match.group(1).strip()
        if expr.startswith("inputs."):
            return inputs[expr.removeprefix("inputs.")]
        if expr == "github.action_path":
            return str(REPO)
        if expr.startswith("steps.check.outputs."):
            return env.get("STEP_OUTPUT_" + expr.rsplit(".", 1)[1], "")
        raise AssertionError(f"unknown expression {expr!r} in action.yml")

    return re.sub(r"\$\{\{(.*?)\}\}", one, value)


def _inputs(**given: str) -> dict[str, str]:
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update(given)
    return values


def _shim_python(tmp: Path) -> Path:
    """A `python` for the install step: it records the `-m pip install` it was given and
    checks that the target is this project (pyproject.toml naming prlocalize), without
    installing over the test's environment (nor downloading anything)."""
    bin_dir = tmp / "shim"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "python"
    shim.write_text(
        "#!/bin/sh\n"
        '[ "$1 $2 $3" = "-m pip install" ] || exit 97\n'
        "for last; do :; done\n"
        'echo "$@" > "$HOME/pip-args"\n'
        'grep -q \'^name = "prlocalize"\' "$last/pyproject.toml" || exit 98\n',
        encoding="utf-8",
    )
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return bin_dir


def run_action(
    project: Path, tmp: Path, **given: str
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Run every `run:` step of action.yml with bash, in order, as the runner would:
    inputs through the step's env, GITHUB_OUTPUT collected, `uses:` steps recorded."""
    inputs = _inputs(**given)
    outputs: dict[str, str] = {}
    ran: list[dict[str, Any]] = []
    path = os.pathsep.join(
        [str(_shim_python(tmp)), str(Path(sys.executable).parent), "/usr/bin", "/bin"]
    )
    for step in ACTION["runs"]["steps"]:
        if "uses" in step:
            condition = step.get("if", "")
            with_ = {k: _expression(str(v), inputs, {}) for k, v in step.get("with", {}).items()}
            ran.append({"uses": step["uses"], "with": with_, "if": condition})
            continue
        output_file = tmp / "github_output"
        output_file.write_text("", encoding="utf-8")
        env = {
            "PATH": path,
            "HOME": str(tmp),
            "GITHUB_OUTPUT": str(output_file),
            "NO_COLOR": "1",
            "PRLOCALIZE_NO_CACHE": "1",
            **{f"STEP_OUTPUT_{k}": v for k, v in outputs.items()},
        }
        step_env = {k: _expression(str(v), inputs, env) for k, v in step.get("env", {}).items()}
        script = step["run"]
        assert "${{" not in script, "inputs must reach a script through env, not be pasted in"
        proc = subprocess.run(
            [BASH, "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
            cwd=project,
            env={**env, **step_env},
            capture_output=True,
            text=True,
            timeout=300,
        )
        for line in output_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            outputs[key] = value
        ran.append({"name": step.get("name"), "rc": proc.returncode, "stderr": proc.stderr})
    return ran, outputs


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "press"
    (root / "releases").mkdir(parents=True)
    (root / "glossaries").mkdir()
    (root / "glossaries" / "people.csv").write_text(
        "id,kind,en,ja\np1,person,Mikio Kato,加藤 幹夫\n", encoding="utf-8"
    )
    (root / "releases" / "launch.md").write_text(
        "# Launch\n\nMikioKato opened the plant today.\n", encoding="utf-8"
    )
    return root


pytestmark = pytest.mark.skipif(BASH is None, reason="bash is needed to run the action's steps")


def test_action_is_a_composite_with_setup_python_and_sarif_upload() -> None:
    assert ACTION["runs"]["using"] == "composite"
    uses = [step.get("uses", "") for step in ACTION["runs"]["steps"]]
    assert uses[0].startswith("actions/setup-python@")
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert {"paths", "glossaries", "fail-on"} <= set(ACTION["inputs"])
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"


def test_action_checks_writes_sarif_and_fails_on_findings(project: Path, tmp_path: Path) -> None:
    ran, outputs = run_action(project, tmp_path, paths="releases/", glossaries="glossaries/")
    install, check, upload, fail = ran[1], ran[2], ran[3], ran[4]
    assert install["rc"] == 0, install["stderr"]
    assert (
        "Would install prlocalize" in install["stderr"] + install.get("stdout", "")
        or install["rc"] == 0
    )
    assert check["rc"] == 0, check["stderr"]  # the step itself records and goes on
    assert outputs["exit-code"] == "1"
    sarif = json.loads((project / "prlocalize.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["PR101"]
    assert upload["with"]["sarif_file"] == "prlocalize.sarif"
    assert "always()" in upload["if"]
    assert fail["rc"] == 1  # the job fails, after the upload


def test_action_passes_fail_on_and_several_paths(project: Path, tmp_path: Path) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "clean.txt").write_text("Press Release\n\nAll is well.\n", "utf-8")
    _, outputs = run_action(
        project,
        tmp_path,
        paths="notes/ releases/launch.md",
        glossaries="glossaries",
        **{"fail-on": "info"},
    )
    assert outputs["exit-code"] == "1"
    sarif = json.loads((project / "prlocalize.sarif").read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"releases/launch.md"}
    clean, _ = run_action(project, tmp_path, paths="notes/", glossaries="glossaries")
    assert clean[2]["rc"] == 0 and clean[4]["rc"] == 0


def test_action_input_error_fails_with_exit_2(project: Path, tmp_path: Path) -> None:
    ran, outputs = run_action(project, tmp_path, paths="missing/")
    assert outputs["exit-code"] == "2"
    assert ran[4]["rc"] == 2


def test_an_input_with_shell_syntax_is_data(project: Path, tmp_path: Path) -> None:
    _, outputs = run_action(project, tmp_path, paths="releases/ $(touch pwned)")
    assert not (project / "pwned").exists()
    assert outputs["exit-code"] == "2"  # '$(touch' is just a path that does not exist


# --- pre-commit ----------------------------------------------------------------------------

RELEASES = ["releases/2026/launch.md", "news.txt", "ja/launch.html", "ko/page.xhtml", "a.htm"]
NOT_RELEASES = [
    "dist/ja/launch.html",
    "out/dist/ko/news.html",
    "site/index.html",
    "build/x.md",
    "locales/ja/LC_MESSAGES/launch.po",
    "locales/launch.pot",
    "README.md",
    "docs/README.md",
    "CHANGELOG.md",
    "glossaries/README.md",
    ".prlocalize/cache/x.txt",
    "LICENSE.txt",
    "src/app.py",
    "glossaries/people.csv",
]


@pytest.mark.parametrize("hook_id", ["prlocalize-check", "prlocalize-fix"])
def test_hooks_pick_release_files_only(hook_id: str) -> None:
    (hook,) = [h for h in HOOKS if h["id"] == hook_id]

    def picked(path: str) -> bool:  # as pre-commit filters: re.search on the path
        return bool(re.search(hook["files"], path)) and not re.search(hook["exclude"], path)

    assert [p for p in RELEASES if not picked(p)] == []
    assert [p for p in NOT_RELEASES if picked(p)] == []


def test_po_hook_picks_catalogs() -> None:
    (hook,) = [h for h in HOOKS if h["id"] == "prlocalize-check-po"]
    assert re.search(hook["files"], "locales/ja/LC_MESSAGES/launch.po")


def test_documented_rev_is_the_version() -> None:
    """The version lives in pyproject.toml alone; the docs' rev is its tag."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    assert __version__ == version
    revs = re.findall(r"rev: (\S+)", (REPO / "docs" / "check.md").read_text(encoding="utf-8"))
    uses = re.findall(
        r"prlocalize/prlocalize@([\w.]+)", (REPO / "docs" / "check.md").read_text("utf-8")
    )
    assert revs and set(revs) == {f"v{version}"}
    assert uses and set(uses) == {f"v{version}"}


# --- every flag used anywhere exists --------------------------------------------------------


def _command_lines() -> list[tuple[str, str]]:
    """(where, command line) for every `prlocalize ...` the hooks, the action and the docs'
    YAML snippets run."""
    found: list[tuple[str, str]] = []
    for hook in HOOKS:
        args = " ".join(shlex.quote(a) for a in hook.get("args", []))
        found.append((f".pre-commit-hooks.yaml {hook['id']}", f"{hook['entry']} {args}".strip()))
    for step in ACTION["runs"]["steps"]:
        for line in step.get("run", "").splitlines():
            if re.match(r"\s*prlocalize \w", line):
                found.append(("action.yml", line.strip()))
    for doc in [*sorted((REPO / "docs").glob("*.md")), REPO / "README.md"]:
        for block in re.findall(r"```ya?ml\n(.*?)```", doc.read_text(encoding="utf-8"), re.S):
            for node in _walk(yaml.safe_load(block)):
                if isinstance(node, dict):
                    for key in ("run", "entry"):
                        command = node.get(key)
                        if isinstance(command, str):
                            found += [
                                (doc.name, line)
                                for line in command.splitlines()
                                if re.match(r"\s*prlocalize \w", line)
                            ]
                    if node.get("id", "").startswith("prlocalize") and "args" in node:
                        (hook,) = [h for h in HOOKS if h["id"] == node["id"]]
                        args = " ".join(shlex.quote(str(a)) for a in node["args"])
                        found.append((doc.name, f"{hook['entry']} {args}"))
    return found


def _walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _check_line(line: str) -> list[str]:
    words = shlex.split(line.split(">")[0].split("|")[0].replace('"${', "X").replace('[@]}"', ""))
    words = words[[w.rsplit("/", 1)[-1] for w in words].index("prlocalize") + 1 :]
    group: click.Command = cli
    ctx = click.Context(cli)
    while isinstance(group, click.Group) and words and not words[0].startswith("-"):
        found = group.get_command(ctx, words[0])
        if found is None:
            return [f"unknown command {words[0]!r}"]
        group, ctx, words = found, click.Context(found, parent=ctx), words[1:]
    opts = {
        o for p in group.params if isinstance(p, click.Option) for o in (*p.opts, *p.secondary_opts)
    }
    return [w for w in words if w.startswith("-") and w.split("=")[0] not in opts]


def test_every_flag_used_by_hooks_action_and_docs_exists() -> None:
    lines = _command_lines()
    sources = {where.split()[0] for where, _ in lines}
    assert {".pre-commit-hooks.yaml", "action.yml", "check.md"} <= sources
    unknown = {f"{where}: {line}": bad for where, line in lines if (bad := _check_line(line))}
    assert unknown == {}


def test_the_flag_check_catches_a_wrong_flag() -> None:
    assert _check_line("prlocalize check releases/ --formt sarif") == ["--formt"]
    assert _check_line("prlocalize chek releases/") == ["unknown command 'chek'"]
    assert _check_line('prlocalize check "${paths[@]}" "${args[@]}" --format sarif') == []
