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
# '{% … %}' (Liquid); a tag may run over lines, and is read in one pass (every
# character of its inside is either no closing mark or one not followed by the braces)
_TAG = re.compile(
    r"\{\{<(?P<angle>(?:[^>]|>(?!\}\})){0,2000})>\}\}"
    r"|\{\{%(?P<percent>(?:[^%]|%(?!\}\})){0,2000})%\}\}"
    r"|\{%(?P<liquid>(?:[^%]|%(?!\})){0,2000})%\}"
)
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
    for tag in _TAG.finditer(text):
        inside = next(g for g in ("angle", "percent", "liquid") if tag[g] is not None)
        name = _NAME.match(tag[inside])
        element = name[1] if name is not None else ""
        for param in _PARAM.finditer(text, tag.start(inside), tag.end(inside)):
            if param[1].casefold() not in _TEXT_PARAMS:
                continue
            group = next(g for g in (2, 3, 4) if param[g] is not None)
            value = param[group].strip()
            if not value or "{{" in value:  # a template expression, not text
                continue
            start = param.start(group) + (len(param[group]) - len(param[group].lstrip()))
            drafts.append(
                Draft(
                    BlockKind.ATTRIBUTE,
                    value,
                    start,
                    Span(start, start + len(value)),
                    attrs=(("attr", param[1].casefold()), ("shortcode", element)),
                )
            )
        pieces += [text[done : tag.start()], _blanked(tag, inside, element)]
        done = tag.end()
    if not pieces:
        return text, drafts
    pieces.append(text[done:])
    return "".join(pieces), drafts


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


def _blanked(tag: re.Match[str], inside: str, element: str) -> str:
    """The tag as spaces; a tag that gives a page's address (a link's destination,
    '[the plan]({{< ref "news/plan.md" >}})') keeps its address in place."""
    blank = _blank(tag.group())
    if element.casefold() not in _ADDRESS_TAGS:
        return blank
    name = _NAME.match(tag[inside])
    target = _TARGET.search(tag[inside], name.end() if name is not None else 0)
    if target is None:
        return blank
    group = next(g for g in (1, 2, 3) if target[g] is not None)
    at = tag.start(inside) - tag.start() + target.start(group)
    return blank[:at] + target[group] + blank[at + len(target[group]) :]


# tags that stand for a page's address: Hugo's ref/relref, Jekyll's link/post_url
_ADDRESS_TAGS = frozenset({"ref", "relref", "link", "post_url"})
_TARGET = re.compile(r"""\s*(?:"([^"\s]+)"|'([^'\s]+)'|([^\s"'=]+)(?=\s|$))""")


def _blank(text: str) -> str:
    # line breaks inside a tag go too: a tag over lines in a paragraph ends no paragraph
    # (the copy keeps its length, so offsets stay; its lines are only the parser's)
    return " " * len(text)
