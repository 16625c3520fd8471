"""PR303 leaves alone the two spaces a Korean official document puts after '붙임', the
label of its attachments ('붙임  1. 사업 개요 1부.  끝.'), as its drafting rules say;
two spaces elsewhere on that line are still reported."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_BODY = (
    "보도자료\n\n국토교통부는 도시재생 뉴딜 사업 대상지 12곳을 선정했다고 3일 밝혔다.\n\n"
    "올해 사업에는 국비 1,200억 원이 투입된다.\n\n"
)


@pytest.mark.parametrize(("format", "path"), [("text", "r.txt"), ("markdown", "r.md")])
@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("붙임  2026년 도시재생 뉴딜 사업 대상지 목록 1부.  끝.", 0),
        ("붙 임  1. 사업 개요 1부.", 0),
        ("붙임 1. 사업 개요 1부.  끝.", 0),
        ("붙임  1. 사업  개요 1부.", 1),
        ("올해  사업에는 국비가 투입된다.", 1),
    ],
)
def test_two_spaces_after_the_attachment_label(
    line: str, found: int, format: str, path: str
) -> None:
    document = parse_text(f"{_BODY}{line}\n", path=path, format=format, lang="ko")
    findings = check_document(document, None, None, select_rules(["PR303"]))
    assert len(findings) == found
