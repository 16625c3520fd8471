"""prlocalize.report.html
~~~~~~~~~~~~~~~~~~~~~~~

``check --format html``: one self-contained page (no scripts, no external files)
that a PR manager can open in any browser. It starts with every finding grouped
by severity, each linking to its place; below, each file's text is shown line by
line with every finding highlighted in place and its message beneath the line.

The page is written as the files come: each file's section, and each finding's line
in the list by severity, go to temporary files (in memory while small), put together
below the header once the counts are known.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import IO

from prlocalize.document import LineIndex
from prlocalize.findings import FileReport, Finding, Notice, Severity, Tally
from prlocalize.report import StreamingReporter

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}

_STYLE = """
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP",
  "Noto Sans CJK KR", sans-serif; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem;
  color: #1b1b1f; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; }
.counts span { margin-right: 1rem; font-weight: 600; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
ol.findings { padding-left: 1.5rem; } ol.findings li { margin: .2rem 0; }
code, .source { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
  "Noto Sans Mono CJK JP", monospace; font-size: .92em; }
.source { list-style: none; padding: 0; margin: 0; border: 1px solid #ddd; border-radius: 4px;
  overflow-x: auto; }
.source > li { display: grid; grid-template-columns: 4rem 1fr; white-space: pre-wrap;
  overflow-wrap: anywhere; }
.source > li:nth-child(odd) { background: #fafafa; }
.ln { color: #888; text-align: right; padding-right: .75rem; user-select: none; }
.ln a { color: inherit; text-decoration: none; }
.notes { grid-column: 2; margin: .1rem 0 .4rem; padding: 0; list-style: none;
  font-family: system-ui, sans-serif; font-size: .9em; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.error { background: #ffd6d6; box-shadow: inset 0 -2px var(--error); }
mark.warning { background: #ffecc2; box-shadow: inset 0 -2px var(--warning); }
mark.info { background: #d9e8ff; box-shadow: inset 0 -2px var(--info); }
mark.point::after { content: "▴"; color: var(--error); }
.code { font-weight: 600; }
.notice { font-weight: 600; border-left: 4px solid currentColor; padding-left: .5rem; }
.suggestion { color: #2e7d32; }
:target { outline: 2px solid #555; }
"""


@dataclass(frozen=True, slots=True)
class _Placed:
    """A finding with its number on the page and its position."""

    number: int
    file_number: int
    finding: Finding
    line: int
    column: int


def _spool() -> IO[str]:
    spool: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finish()
        max_size=1 << 20, mode="w+", encoding="utf-8", newline=""
    )
    return spool


class HtmlReporter(StreamingReporter):
    """Writes a check run as one self-contained HTML page."""

    needs_text = True  # every line of every file is shown

    def __init__(self) -> None:
        super().__init__()
        self._notices: list[Notice] = []
        self._numbered = 0  # findings numbered so far (their anchors are f1, f2, ...)
        self._file_number = 0
        self._counts = dict.fromkeys(_SEVERITIES, 0)
        self._sections: IO[str] | None = None
        self._lists: dict[Severity, IO[str]] = {}

    def start(self, out: IO[str], notices: Sequence[Notice]) -> None:
        super().start(out, notices)
        self._notices = list(notices)
        self._sections = _spool()
        self._lists = {severity: _spool() for severity in _SEVERITIES}

    def file(self, report: FileReport) -> None:
        if not report.has_text:
            raise ValueError(f"the HTML report shows every line: {report.path} came without text")
        assert self._sections is not None
        self._file_number += 1
        placed = self._place(report)
        for item in placed:
            severity = item.finding.severity
            self._counts[severity] += 1
            self._lists[severity].write(
                f'<li><a href="#f{item.number}">{escape(report.path)}:{item.line}:{item.column}'
                f"</a> {self._describe(item.finding)}</li>\n"
            )
        self._sections.write(self._file(self._file_number, report, placed))

    def finish(self, tally: Tally) -> None:
        assert self._sections is not None
        self._notices += tally.unreadable_notices()
        out = self.out
        out.write(self._header(tally.files))
        out.write('<section id="by-severity">\n<h2>Findings by severity</h2>\n')
        if not self._numbered:
            out.write("<p>No findings.</p>\n")
        for severity in _SEVERITIES:
            listed = self._lists[severity]
            if self._counts[severity]:
                out.write(
                    f'<h3 class="sev-{severity.label}">{_HEADINGS[severity]} '
                    f'({self._counts[severity]})</h3>\n<ol class="findings">\n'
                )
                listed.seek(0)
                shutil.copyfileobj(listed, out)
                out.write("</ol>\n")
            listed.close()
        out.write("</section>\n")
        self._sections.seek(0)
        shutil.copyfileobj(self._sections, out)
        self._sections.close()
        out.write("</main>\n</body>\n</html>\n")

    # -- numbering ------------------------------------------------------------

    def _place(self, report: FileReport) -> list[_Placed]:
        index = LineIndex(report.text)
        placed = []
        for finding in sorted(report.findings, key=Finding.sort_key):
            self._numbered += 1
            position = index.position(min(finding.span.start, len(report.text)))
            placed.append(
                _Placed(self._numbered, self._file_number, finding, position.line, position.column)
            )
        return placed

    # -- parts ----------------------------------------------------------------

    def _header(self, files: int) -> str:
        summary = "".join(
            f'<span class="sev-{s.label}">{self._counts[s]} {_HEADINGS[s].lower()}</span>'
            for s in _SEVERITIES
        )
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>prlocalize check report</title>\n"
            f"<style>{_STYLE}</style>\n</head>\n<body>\n<header>\n"
            "<h1>prlocalize check report</h1>\n"
            f'<p class="counts">{files} file{"s" if files != 1 else ""} checked: {summary}</p>\n'
            + "".join(
                f'<p class="notice sev-{n.severity.label}" role="alert">'
                f"{escape(n.severity.label.capitalize())}: {escape(_where(n) + n.message)}</p>\n"
                for n in self._notices
            )
            + "</header>\n<main>\n"
        )

    @staticmethod
    def _describe(finding: Finding) -> str:
        text = (
            f'<span class="code">{escape(finding.code)}</span> '
            f"<span>{escape(finding.name)}</span>: {escape(finding.message)}"
        )
        if finding.suggestion:
            text += f' <span class="suggestion">→ {escape(finding.suggestion)}</span>'
        return text

    def _file(self, number: int, report: FileReport, placed: Sequence[_Placed]) -> str:
        text = report.text
        index = LineIndex(text)
        by_line: dict[int, list[_Placed]] = {}
        for item in placed:
            end = max(item.finding.span.end - 1, item.finding.span.start)
            last = index.position(min(end, len(text))).line
            for line in range(item.line, max(last, item.line) + 1):
                by_line.setdefault(line, []).append(item)
        lang = f' lang="{escape(report.lang)}"' if report.lang else ""
        parts = [
            f'<section class="file" id="file{number}">\n<h2>{escape(report.path)} '
            f"<small>({len(placed)} finding{'s' if len(placed) != 1 else ''})</small></h2>\n"
            f'<ol class="source"{lang}>\n'
        ]
        anchored: set[int] = set()  # findings whose anchor is written (ids must be unique)
        for line in range(1, len(index) + 1):
            start = index.line_start(line)
            end = index.line_start(line + 1) - 1 if line < len(index) else len(text)
            raw = text[start:end]
            content = raw.rstrip("\r")
            items = by_line.get(line, [])
            anchor = f"file{number}-L{line}"
            parts.append(
                f'<li id="{anchor}"><span class="ln"><a href="#{anchor}">{line}</a></span>'
                f"<span>{self._marked(content, start, items, anchored)}</span>"
            )
            starting_here = [i for i in items if i.line == line]
            if starting_here:
                parts.append('<ul class="notes">')
                parts.extend(
                    f'<li class="sev-{i.finding.severity.label}">{self._describe(i.finding)}</li>'
                    for i in starting_here
                )
                parts.append("</ul>")
            parts.append("</li>\n")
        parts.append("</ol>\n</section>\n")
        return "".join(parts)

    @staticmethod
    def _marked(content: str, offset: int, items: Iterable[_Placed], anchored: set[int]) -> str:
        """``content`` (one line starting at ``offset``) with findings wrapped in <mark>."""
        items = list(items)
        if not items:
            return escape(content)
        end_of_line = offset + len(content)
        cuts = {offset, end_of_line}
        points: dict[int, list[_Placed]] = {}
        for item in items:
            span = item.finding.span
            if span.start == span.end:
                if offset <= span.start <= end_of_line:
                    points.setdefault(span.start, []).append(item)
                continue
            cuts.add(min(max(span.start, offset), end_of_line))
            cuts.add(min(max(span.end, offset), end_of_line))
        cuts.update(points)
        ordered = sorted(cuts)
        out: list[str] = []
        for left, right in zip(ordered, [*ordered[1:], None], strict=True):
            for item in points.get(left, ()):
                out.append(_mark(item, "", anchored, point=True))
            if right is None:
                break
            piece = content[left - offset : right - offset]
            covering = [
                i for i in items if i.finding.span.start < right and i.finding.span.end > left
            ]
            if not covering:
                out.append(escape(piece))
                continue
            worst = max(covering, key=lambda i: i.finding.severity.value)
            ids = "".join(
                f'<span id="f{i.number}"></span>' for i in covering if i.number not in anchored
            )
            anchored.update(i.number for i in covering)
            title = "; ".join(f"{i.finding.code} {i.finding.message}" for i in covering)
            out.append(
                f'{ids}<mark class="{worst.finding.severity.label}" title="{escape(title)}">'
                f"{escape(piece)}</mark>"
            )
        return "".join(out)


def _mark(item: _Placed, text: str, anchored: set[int], *, point: bool) -> str:
    anchor = "" if item.number in anchored else f' id="f{item.number}"'
    anchored.add(item.number)
    title = escape(f"{item.finding.code} {item.finding.message}")
    css = f"{item.finding.severity.label} point" if point else item.finding.severity.label
    return f'<mark{anchor} class="{css}" title="{title}">{escape(text)}</mark>'


def _where(notice: Notice) -> str:
    """``path:line: `` before the message of a notice about one file."""
    if notice.path is None:
        return ""
    return f"{notice.path}:{notice.line}: " if notice.line is not None else f"{notice.path}: "
