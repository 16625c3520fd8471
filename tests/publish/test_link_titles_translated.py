"""A Markdown link's title ('[the plan](/plan/ "Harbour plan")', '[kit]: url "Press kit"')
is written in its sentence's markup, so the translator sees it in the msgid and
translates it, as the tooltip of the page in their language should read. PR406 called
that an altered link and build refused the sentence: the English sentence was
published instead. A title is text; the link's target and other attributes are markup."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog

RELEASE = """\
# Kestrel Bay Publishes Its Harbour Plan

Read [the harbour plan](/plan/ "Harbour plan 2030") or the [press kit][kit].

[kit]: https://kestrelbay.example/kit.zip "Press kit (ZIP)"
"""
SENTENCE = (
    'Read <a href="/plan/" title="Harbour plan 2030">the harbour plan</a> or the '
    '<a href="https://kestrelbay.example/kit.zip" title="Press kit (ZIP)">press kit</a>.'
)
TRANSLATED = (
    '<a href="/plan/" title="港湾計画2030">港湾計画</a>または'
    '<a href="https://kestrelbay.example/kit.zip" title="プレスキット（ZIP）">プレスキット</a>'
    "をご覧ください。"
)


def _catalog(run_cli: Callable[..., Result], tmp_path: Path, msgstr: str) -> Path:
    tmp_path.mkdir(exist_ok=True)
    release = tmp_path / "harbour-plan.md"
    release.write_text(RELEASE, encoding="utf-8")
    locales = tmp_path / "loc"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    path = po_path(locales, "ja", release.stem)
    catalog = read_catalog(path)
    assert SENTENCE in {m.id for m in catalog}
    for message in catalog:
        if message.id == SENTENCE:
            message.string = msgstr
        elif message.id:
            message.string = "キストレル湾、港湾計画を公表"
    write_catalog(path, catalog)
    return path


def _pr406(run_cli: Callable[..., Result], path: Path) -> list[str]:
    result = run_cli("check", str(path), "--format", "json", "--select", "PR406")
    return [f["message"] for f in json.loads(result.output)["findings"]]


def test_a_translated_link_title_is_no_markup_change_and_is_published(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    path = _catalog(run_cli, tmp_path, TRANSLATED)
    assert _pr406(run_cli, path) == []
    dist = tmp_path / "dist"
    result = run_cli(
        "build", str(tmp_path / "harbour-plan.md"), "-d", str(tmp_path / "loc"), "-l", "ja",
        "-o", str(dist),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = (dist / "ja" / "harbour-plan.html").read_text(encoding="utf-8")
    assert 'title="港湾計画2030">港湾計画</a>' in page
    assert 'title="プレスキット（ZIP）">プレスキット</a>をご覧ください。' in page
    assert "Harbour plan 2030" not in page


def test_a_changed_target_or_a_dropped_title_is_still_reported(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    moved = TRANSLATED.replace('href="/plan/"', 'href="/plans/"')
    assert len(_pr406(run_cli, _catalog(run_cli, tmp_path / "a", moved))) == 1
    dropped = TRANSLATED.replace(' title="港湾計画2030"', "")
    assert len(_pr406(run_cli, _catalog(run_cli, tmp_path / "b", dropped))) == 1
    added = TRANSLATED.replace("または", '<a href="/x/" title="x">または</a>')
    assert _pr406(run_cli, _catalog(run_cli, tmp_path / "c", added))
