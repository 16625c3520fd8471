"""prlocalize.catalog.confidential
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Releases under embargo must not leave the machine before their time: ``extract``
finds the embargo notice and writes it into the template's header comment
(``# prlocalize-confidential: <why>``), so that ``translate`` knows, from the catalog
alone, not to send the release's text to a machine-translation service outside the
machine (see :func:`prlocalize.translate.workflow.translate_catalogs`).

What counts as an embargo notice (any of them marks the release):

- a line that opens with ``EMBARGO`` / ``EMBARGOED`` / ``UNDER EMBARGO`` /
  ``STRICTLY EMBARGOED`` followed by ``UNTIL``, ``TILL``, ``TO``, ``FOR``, a colon, a
  dash or nothing (any case; Markdown emphasis, a heading mark or a bracket before it
  are allowed; HTML tags on the line are ignored). "the embargo on steel imports" in a
  sentence is not one;
- ``報道解禁`` or ``解禁日時`` (Japanese), ``엠바고`` or ``보도 유예`` (Korean) anywhere;
- Markdown front matter (YAML, or Hugo's TOML with ``=``) ``embargo: <anything but
  false/empty>``, ``embargoed: true`` or ``confidential: true``;
- HTML ``<meta name="embargo" content="…">`` or ``<meta name="confidential" content="true">``.

``<meta name="robots" content="noindex">`` is *not* one: published pages use it for
many reasons (archives, print versions), and it says nothing about the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from prlocalize.document import Document
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.readers.front_matter import FRONT_MATTER

MARKER = "prlocalize-confidential"
_MARKER_LINE = lazy_compile(rf"^#\s*{MARKER}:\s*(.*?)\s*$", re.MULTILINE)

_NOTICE = lazy_compile(
    r"^[ \t>*_#\[(【「]*(?:strictly[ \t]+)?(?:under[ \t]+)?embargo(?:ed)?\b"
    r"(?=[ \t]*(?:until|till|to|for|:|：|-|–|—|\*|_|\]|\)|】|$))",
    re.IGNORECASE | re.MULTILINE,
)
_CJK_NOTICE = lazy_compile(r"報道解禁|解禁日時|엠바고|보도[ \t]?유예")
# What either notice pattern needs somewhere in the text (a superset: the patterns decide).
# Each alternative opens with a character of one class, so the search skips the text in C
# between them; the case-insensitive alternation it replaces was tried at every position
# (a quarter of a millisecond on a 6 kB release, for nearly every release in vain).
_ANY_NOTICE = lazy_compile(r"[bB報解엠보](?:[aA][rR][gG][oO]|道解禁|禁日時|바고|도[ \t]?유예)")
_TAG = lazy_compile(r"<[^<>]*>")
_FRONT_KEY = lazy_compile(
    r"^(embargo|embargoed|confidential)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.IGNORECASE | re.M
)
_META = lazy_compile(r"<meta\b[^<>]*>", re.IGNORECASE)
_ATTR = lazy_compile(r"""(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_NO = frozenset({"", "false", "no", "none", "null", "~", "0", "off"})
_YES = frozenset({"true", "yes", "1", "on"})


def embargo_reason(document: Document) -> str | None:
    """Why ``document`` is confidential (its embargo notice, quoted), or None."""
    text = document.text
    if document.format in ("md", "markdown"):
        reason = _front_matter_reason(text)
        if reason:
            return reason
        front = FRONT_MATTER.match(text)
        if front:  # its keys were read above; 'embargo: false' is no notice
            text = _blank(front.group()) + text[front.end() :]
    if document.format == "html":
        reason = _meta_reason(text)
        if reason:
            return reason
    if _ANY_NOTICE.search(text) is None:  # nearly every release: no notice to look for
        return None
    if document.format == "html":
        text = _TAG.sub(lambda m: _blank(m.group()), text)  # lines unchanged
    for pattern in (_NOTICE, _CJK_NOTICE):
        match = pattern.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.start())
            notice = " ".join(text[start : end if end != -1 else len(text)].split())
            return f"embargo notice on line {line}: {_short(notice)!r}"
    return None


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept (so line numbers stay right)."""
    return "".join(c if c == "\n" else " " for c in text)


def _front_matter_reason(text: str) -> str | None:
    front = FRONT_MATTER.match(text)
    if front is None:
        return None
    for key, value in _FRONT_KEY.findall(front["body"]):
        value = value.strip("'\"")
        key = key.lower()
        if (key == "embargo" and value.lower() not in _NO) or value.lower() in _YES:
            return f"front matter {key}: {_short(value)}"
    return None


def _meta_reason(text: str) -> str | None:
    for tag in _META.findall(text):
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}
        name, content = attrs.get("name", "").lower(), attrs.get("content", "").strip()
        if name == "embargo" and content.lower() not in _NO:
            return f'<meta name="embargo" content="{_short(content)}">'
        if name == "confidential" and content.lower() in _YES:
            return '<meta name="confidential" content="true">'
    return None


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def marker_lines(documents: Iterable[Document]) -> list[str]:
    """The header-comment lines that mark a template of these documents as confidential."""
    lines = []
    for document in documents:
        reason = embargo_reason(document)
        if reason:
            where = document.path.replace("\\", "/")
            lines.append(f"# {MARKER}: {where}: {reason}".replace("\n", " "))
    return lines


def catalog_confidential(po: Path) -> str | None:
    """Why the catalog ``po`` must stay on the machine, from its template's header
    (``<dir>/<stem>.pot``, which ``extract`` rewrites whenever the release changes) or,
    with no template, from its own; None when it may be sent out."""
    pot = po.parents[2] / f"{po.stem}.pot" if len(po.parents) > 2 else None
    source = pot if pot is not None and pot.is_file() else po
    try:
        with open(source, encoding="utf-8", errors="replace") as handle:
            head = handle.read(8000)
    except OSError:
        return None
    head = head.split("\nmsgid", 1)[0]  # the header comment only
    match = _MARKER_LINE.search(head)
    if match is None:
        return None
    # the PO writer wraps a long comment: its continuation lines are "# more words"
    parts = [match.group(1)]
    for line in head[match.end() :].splitlines()[1:]:
        if not line.startswith("# ") or not line[2:].strip() or MARKER in line:
            break
        parts.append(line[2:].strip())
    return " ".join(parts)
