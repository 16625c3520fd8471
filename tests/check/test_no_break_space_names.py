"""PR102: a glossary name with a no-break space for its space ('Erika\u00a0Morishita',
'Kurenai Games\u00a0Inc.', as a writer keeps a name on one line or a pasted Google Docs or
Word text leaves it) is the name as the glossary writes it, not one of another character
width; a name in full-width letters still is."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = "en,kind\nErika Morishita,person\nKurenai Games Inc.,org\nStudio Lumen,org\n"


def test_no_break_spaces_inside_names_pass(run_cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "en.txt"
    release.write_text(
        "Kurenai Games\u00a0Inc. named Erika\u00a0Morishita producer at Studio\u202fLumen.\n\n"
        "Ｋｕｒｅｎａｉ Games Inc. is based in Tokyo.\n",
        encoding="utf-8",
    )
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache"
    )
    found = [(f["code"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("PR102", 3)]
