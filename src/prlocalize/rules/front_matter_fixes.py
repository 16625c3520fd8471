"""prlocalize.rules.front_matter_fixes
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Markdown release's front matter is YAML, read by the site generator, and its title and
description are checked as text. A fix there must leave the YAML as it was: in a plain
(unquoted) value, a space after a colon ('update:New' → 'update: New') makes the line a
second mapping and the site no longer builds (``mapping values are not allowed here``),
and ' #' starts a comment that cuts the title; in a quoted one, the quote character ends
the value. Such a fix is withdrawn (the finding stays, for a person to quote the value).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from prlocalize.document import Document
from prlocalize.findings import Finding
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["withdraw_fixes_breaking_front_matter"]

_KEY_NAME = lazy_compile(r"[\w.-]+")


def withdraw_fixes_breaking_front_matter(
    document: Document, findings: Iterable[Finding]
) -> list[Finding]:
    """``findings``, each fix that would break the YAML of ``document``'s front matter
    withdrawn (a Markdown release's only; the others are returned as they are)."""
    findings = list(findings)
    if document.format != "markdown":
        return findings
    from prlocalize.readers.front_matter import FRONT_MATTER, JSON_FRONT_MATTER

    text = document.text
    front = FRONT_MATTER.match(text)
    if front is not None:
        end, breaks = front.end("body"), _breaks
    elif (json := JSON_FRONT_MATTER.match(text)) is not None:
        end, breaks = json.end(), _breaks_json  # Hugo's JSON front matter
    else:
        return findings
    return [
        dataclasses.replace(f, fix=None)
        if f.fix is not None
        and any(
            e.span.start < end and breaks(text, e.span.start, e.span.end, e.replacement)
            for e in f.fix.edits
        )
        else f
        for f in findings
    ]


def _breaks_json(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether the replacement could end a JSON string or escape in it."""
    return any(c in replacement for c in '"\\\n')


def _breaks(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether replacing ``text[start:end]`` changes how its YAML line reads."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].rstrip("\r")
    value_at = _value_start(line)
    if value_at is None or "\n" in replacement:
        return True  # not a one-line 'key: value': no fix is certain
    value_at += line_start
    if start < value_at:
        return True  # the key itself
    old = text[value_at : line_start + len(line)]
    new = text[value_at:start] + replacement + text[end : line_start + len(line)]
    quote = old[:1]
    if quote in ("'", '"'):
        inner = replacement.replace("''", "") if quote == "'" else replacement
        return quote in inner or (quote == '"' and "\\" in replacement)
    return _comment(new) != _comment(old)


def _value_start(line: str) -> int | None:
    """Where the value of a ``key: value`` line starts, or None for another line."""
    colon = line.find(":")
    key = line[:colon].strip(" \t")
    if colon == -1 or _KEY_NAME.fullmatch(key) is None:
        return None
    return len(line) - len(line[colon + 1 :].lstrip(" \t"))


def _comment(value: str) -> str | None:
    """The comment that ends a plain YAML scalar ('' for none), or None where the value
    cannot be one plain scalar (': ' inside it, or a colon at its end)."""
    at = min((i for i in (value.find(" #"), value.find("\t#")) if i != -1), default=len(value))
    body = value[:at]
    if ": " in body or ":\t" in body or body.rstrip().endswith(":"):
        return None
    return value[at:]
