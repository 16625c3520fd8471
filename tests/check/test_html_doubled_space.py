"""A non-breaking space beside a space between words of an HTML release ('open&nbsp; a',
as Word saves two typed spaces) shows as two spaces in the browser: PR303. A run of
ordinary spaces collapses to one, a non-breaking space alone is one, three or more are
layout, and two after a sentence end or a colon are typewriter style."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Run = Callable[..., Result]

RELEASE = (
    "<html><body>\n"
    "<p class=MsoNormal>The airline will open<span style='mso-spacerun:yes'>&nbsp; </span>"
    "a daily service.</p>\n"
    "<p class=MsoNormal>Tickets go on&#160;&#160;sale today.</p>\n"
    "<p>Tel.&nbsp; 03-5555-0177. Fax:&nbsp; 03-5555-0178. We  collapse.</p>\n"
    "<p>One&nbsp;space, and&nbsp;&nbsp;&nbsp; three for layout.</p>\n"
    "<p class=MsoNormal>붙임<span style='mso-spacerun:yes'>&nbsp; </span>"
    "일정표 1부.&nbsp; 끝.</p>\n"
    "</body></html>\n"
)


def test_a_non_breaking_space_beside_a_space_is_a_doubled_space(
    tmp_path: Path, run_cli: Run
) -> None:
    release = tmp_path / "release.html"
    release.write_text(RELEASE, encoding="utf-8")
    result = run_cli("check", str(release), "--select", "PR303", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["line"], f["found"]) for f in findings] == [(2, "&nbsp; "), (3, "&#160;&#160;")]
    run_cli("check", str(release), "--select", "PR303", "--fix")
    fixed = release.read_text(encoding="utf-8")
    assert "open<span style='mso-spacerun:yes'> </span>a daily" in fixed
    assert "go on sale" in fixed
    assert "Tel.&nbsp; 03" in fixed and "and&nbsp;&nbsp;&nbsp; three" in fixed
