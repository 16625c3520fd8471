"""A CAT tool's TMX export holds one source translated anew over the years, in no order
of time (by its own ids, or alphabetically): the memory keeps the translation the tool
changed last, by its changedate (else creationdate), not the one the file lists last."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.translate.memory import TranslationMemory

SOURCE = "Reporters may call the press office on weekdays."
NEW, OLD = "広報室へ平日にお電話ください。", "広報課へ平日にお電話ください。"


def _tu(target: str, changed: str) -> str:
    dated = f' changedate="{changed}"' if changed else ""
    return (
        f'<tu creationdate="20200101T000000Z"{dated}>'
        f'<tuv xml:lang="en-US"><seg>{SOURCE}</seg></tuv>'
        f'<tuv xml:lang="ja-JP"><seg>{target}</seg></tuv></tu>\n'
    )


def _tmx(*tus: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4"><header srclang="en-US" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" '
        'creationtool="x" creationtoolversion="1"/><body>\n' + "".join(tus) + "</body></tmx>\n"
    )


@pytest.mark.parametrize(
    ("tus", "kept"),
    [
        # the newest first in the file: before, the older one, listed last, was kept
        (((NEW, "20250301T090000Z"), (OLD, "20210615T090000Z")), NEW),
        # no dates: the file's order, as before
        (((NEW, ""), (OLD, "")), OLD),
    ],
)
def test_the_translation_changed_last_is_kept(
    tmp_path: Path,
    run_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    tus: tuple[tuple[str, str], ...],
    kept: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in.tmx").write_text(_tmx(*(_tu(t, d) for t, d in tus)), encoding="utf-8")
    result = run_cli("memory", "import", "in.tmx", "--memory", "tm.sqlite")
    assert result.exit_code == 0, result.output
    with TranslationMemory("tm.sqlite") as memory:
        match = memory.exact(SOURCE, "en", "ja")
    assert match is not None and match.unit.target == kept
