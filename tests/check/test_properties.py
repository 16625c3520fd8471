"""Property tests: checking never crashes, and fixing is idempotent."""

from __future__ import annotations

import tempfile
from pathlib import Path

from check_support import GLOSSARY, settings_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prlocalize.checking import check_document, check_paths
from prlocalize.errors import InputError
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = load_glossaries([GLOSSARY])
_RULES = select_rules(target="source")

# pieces that trigger rules, mixed with ordinary words, CJK, markup and whitespace
_PIECES = st.sampled_from(
    [
        "MikioKato",
        "Mikio Kato",
        ", .",
        ",,",
        " .",
        "  ",
        "nextgeneration",
        "next generation",
        "Takeda Pharmaceutical Co., Ltd.",
        "Takeda Pharmaceutical Company Limited",
        "Co.,Ltd.",
        "click here",
        "여기에서",
        "アイパーク",
        "ｉＰａｒｋ",
        "Youtube",
        "You Tube",
        "Minitster",
        "Presdient",
        "end.Next",
        "a,b",
        "Attn:Name",
        "https://example.com/x",
        "pr@example.com",
        "\n",
        "\n\n",
        "。。",
        "、。",
        " ",
        "The",
        "roundtable",
        "Lim Jungwook,",
        "Jiwon Baek,",
        "<a>x</a>",
        "[x]()",
        "**b**",
        "# ",
        "- ",
        "…",
        "\t",
        "\r\n",
    ]
)
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=150, deadline=None)
@given(
    text=_TEXT,
    fmt=st.sampled_from(["text", "markdown", "html"]),
    lang=st.sampled_from(["en", "ja", "ko"]),
)
def test_check_never_crashes(text: str, fmt: str, lang: str) -> None:
    try:
        document = parse_text(text, path=f"r.{fmt}", format=fmt, lang=lang)
    except InputError:
        return
    matcher = TermMatcher.build(_GLOSSARY, lang)
    for finding in check_document(document, _GLOSSARY, matcher, _RULES):
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        if finding.fix is not None:
            for edit in finding.fix.edits:
                assert 0 <= edit.span.start <= edit.span.end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_PIECES, max_size=30), suffix=st.sampled_from([".txt", ".md"]))
def test_fixing_twice_changes_nothing_the_second_time(pieces: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"release{suffix}"
        path.write_text("".join(pieces), encoding="utf-8")
        config = settings_for(Path(folder))
        check_paths([path], config, fix=True)
        once = path.read_bytes()
        second = check_paths([path], config, fix=True)
        assert path.read_bytes() == once
        assert second.fixed == 0
