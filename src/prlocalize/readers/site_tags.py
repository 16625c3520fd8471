"""A static site generator's tags in a Markdown release: Hugo shortcodes
(``{{< figure src="…" caption="…" >}}``, ``{{% note %}} … {{% /note %}}``) and Jekyll's
Liquid tags (``{% include figure.html caption="…" %}``).

They are the site's markup, never text: the reader parses a copy of the release with
each tag blanked out (same length, so offsets stay), and the
text a tag hands to the page in a named parameter (a figure's ``caption``, ``alt`` or
``title``) becomes an attribute block at its own offsets, as an image's alt text is.
What a paired shortcode wraps (``{{% note %}}`` … ``{{% /note %}}``) stays text.
"""

from __future__ import annotations

import re

from prlocalize.document import BlockKind, Span
from prlocalize.readers._build import Draft

# '{{< … >}}', '{{% … %}}' (Hugo; the inner '<' / '%' may be spaced or trimmed) and
# '{% … %}' (Liquid); a tag may run over lines. Each opening is closed by the first
# closing after it (found with str.find, so a page of unclosed openings stays linear)
_OPENING = re.compile(r"\{\{[<%]|\{%")
_CLOSING = {"{{<": ">}}", "{{%": "%}}", "{%": "%}"}
_LONGEST = 2000  # a tag's inside, at most (a figure's parameters over a few lines)
_NAME = re.compile(r"[\s/*-]*([\w.-]+)")
# a named parameter whose value is quoted ('caption="…"', Hugo's raw string in backticks)
_PARAM = re.compile(
    r"""(?<![\w.-])([\w-]+)[ \t]*=[ \t]*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`]*)`)"""
)
# the parameters whose value a reader sees (Hugo's figure, Jekyll includes' captions;
# the same words a page's front matter and an <img> give as text)
_TEXT_PARAMS = frozenset({"alt", "caption", "title", "description"})


def site_tags(text: str) -> tuple[str, list[Draft]]:
    """``text`` with each site tag blanked out, and the drafts of their text parameters."""
    drafts: list[Draft] = []
    pieces: list[str] = []
    done = 0
    for start, inner, end in _tags(text):
        name = _NAME.match(text, inner[0], inner[1])
        element = name[1] if name is not None else ""
        for param in _PARAM.finditer(text, inner[0], inner[1]):
            if param[1].casefold() not in _TEXT_PARAMS:
                continue
            group = next(g for g in (2, 3, 4) if param[g] is not None)
            value = param[group].strip()
            if not value or "{{" in value:  # a template expression, not text
                continue
            at = param.start(group) + (len(param[group]) - len(param[group].lstrip()))
            drafts.append(
                Draft(
                    BlockKind.ATTRIBUTE,
                    value,
                    at,
                    Span(at, at + len(value)),
                    attrs=(("attr", param[1].casefold()), ("shortcode", element)),
                )
            )
        pieces += [text[done:start], _blanked(text, start, inner, end, element)]
        done = end
    if not pieces:
        return text, drafts
    pieces.append(text[done:])
    return "".join(pieces), drafts


def _tags(text: str) -> list[tuple[int, tuple[int, int], int]]:
    """(start, (inside's start, inside's end), end) of each site tag in ``text``."""
    found = []
    unclosed: set[str] = set()  # openings no closing follows anywhere
    at = 0
    while (opening := _OPENING.search(text, at)) is not None:
        mark = opening.group()
        closing = _CLOSING[mark]
        close = -1
        if mark not in unclosed:
            close = text.find(closing, opening.end(), opening.end() + _LONGEST + len(closing))
            if close == -1 and text.find(closing, opening.end()) == -1:
                unclosed.add(mark)
        if close == -1:
            at = opening.start() + 1
            continue
        end = close + len(closing)
        found.append((opening.start(), (opening.end(), close), end))
        at = end
    return found


def merged(drafts: list[Draft], tags: list[Draft]) -> list[Draft]:
    """The reader's drafts with the tags' drafts each put before the first block that
    starts after it (the reader's own order, as an image's alt after its paragraph, kept)."""
    out: list[Draft] = []
    pending = iter(tags)
    nxt = next(pending, None)
    for draft in drafts:
        while nxt is not None and nxt.start < draft.start:
            out.append(nxt)
            nxt = next(pending, None)
        out.append(draft)
    if nxt is not None:
        out.append(nxt)
    out += pending
    return out


def _blanked(text: str, start: int, inner: tuple[int, int], end: int, element: str) -> str:
    """The tag as spaces; a tag that gives a page's address (a link's destination,
    '[the plan]({{< ref "news/plan.md" >}})') keeps its address in place."""
    # line breaks inside a tag go too: a tag over lines in a paragraph ends no paragraph
    # (the copy keeps its length, so offsets stay; its lines are only the parser's)
    blank = " " * (end - start)
    if element.casefold() not in _ADDRESS_TAGS:
        return blank
    name = _NAME.match(text, inner[0], inner[1])
    target = _TARGET.match(text, name.end() if name is not None else inner[0], inner[1])
    if target is None:
        return blank
    group = next(g for g in (1, 2, 3) if target[g] is not None)
    at = target.start(group) - start
    return blank[:at] + target[group] + blank[at + len(target[group]) :]


# tags that stand for a page's address: Hugo's ref/relref, Jekyll's link/post_url
_ADDRESS_TAGS = frozenset({"ref", "relref", "link", "post_url"})
_TARGET = re.compile(r"""\s*(?:"([^"\s]+)"|'([^'\s]+)'|([^\s"'=]+)(?=\s|$))""")
