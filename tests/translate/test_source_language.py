"""The language of the msgids travels with the catalogs: extract writes X-Source-Language,
update keeps it, translate, check and the memory read it, --source-lang overrides it.
A Korean → Japanese round trip never passes --source-lang."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parents[2]
GLOSSARIES = REPO / "glossaries"

KOREAN_RELEASE = (
    "보도자료\n\n"
    "중소벤처기업부는 2024년 5월 10일 쇼난 아이파크에서 간담회를 열었다.\n\n"
    "참가 기업들은 공동 연구 계획을 논의했다.\n"
)
SENTENCE = "중소벤처기업부는 2024년 5월 10일 쇼난 아이파크에서 간담회를 열었다."
TRANSLATION = "中小ベンチャー企業部は2024年5月10日、湘南アイパークで懇談会を開催した。"
TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko-KR" segtype="sentence" adminlang="en"
 datatype="plaintext" creationtool="test" creationtoolversion="1" o-tmf="test"/>
<body><tu><tuv xml:lang="ko-KR"><seg>{SENTENCE}</seg></tuv>
<tuv xml:lang="ja-JP"><seg>{TRANSLATION}</seg></tuv></tu></body></tmx>
"""


def _msgfmt_check(path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    done = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def korean_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kr.txt").write_text(KOREAN_RELEASE, encoding="utf-8")
    (tmp_path / "tm.tmx").write_text(TMX, encoding="utf-8")
    assert run_cli("memory", "import", "tm.tmx").exit_code == 0
    assert run_cli("extract", "kr.txt", "-d", "locales").exit_code == 0  # Korean, as read
    # from here on the project's config says English: the catalogs' header must win over it
    (tmp_path / "prlocalize.toml").write_text(
        f'source-lang = "en"\nglossaries = ["{GLOSSARIES.as_posix()}"]\n', encoding="utf-8"
    )
    return tmp_path


def test_korean_to_japanese_round_trip_without_source_lang(
    korean_project: Path, run_cli: Callable[..., Result]
) -> None:
    pot = korean_project / "locales/kr.pot"
    assert '"X-Source-Language: ko\\n"' in pot.read_text(encoding="utf-8")
    _msgfmt_check(pot)

    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    po = korean_project / "locales/ja/LC_MESSAGES/kr.po"
    assert '"X-Source-Language: ko\\n"' in po.read_text(encoding="utf-8")
    _msgfmt_check(po)

    # the memory's unit is ko → ja: found only when the catalog's language is read
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0, result.output
    from prlocalize.catalog import read_catalog

    catalog = read_catalog(po, "ja")
    assert catalog.get(SENTENCE).string == TRANSLATION
    assert not catalog.get(SENTENCE).fuzzy
    text = po.read_text(encoding="utf-8")
    assert '"X-Source-Language: ko\\n"' in text  # translate kept it too
    _msgfmt_check(po)

    # a translator approves another entry; the next run stores it as Korean in the memory
    second = "참가 기업들은 공동 연구 계획을 논의했다."
    po.write_text(
        text.replace(
            f'msgid "{second}"\nmsgstr ""',
            f'msgid "{second}"\nmsgstr "参加企業は共同研究計画を議論した。"',
        ),
        encoding="utf-8",
    )
    assert run_cli("translate", "-d", "locales", "-l", "ja").exit_code == 0
    assert run_cli("memory", "export", "-o", "out.tmx", "--source-lang", "ko").exit_code == 0
    from prlocalize.translate.tmx import read_tmx

    units = {(u.source_lang, u.target_lang, u.source) for u in read_tmx("out.tmx")}
    assert ("ko", "ja", second) in units
    assert all(source_lang == "ko" for source_lang, _, _ in units)

    # check reads the header: the Korean name of the ministry is looked up in Korean
    wrong = po.read_text(encoding="utf-8").replace("中小ベンチャー企業部は", "中小企業庁は")
    po.write_text(wrong, encoding="utf-8")
    checked = run_cli("check", str(po), "--format", "json")
    codes = [f["code"] for f in json.loads(checked.output)["findings"]]
    assert codes == ["PR401"], checked.output
    # --source-lang overrides the header (here wrongly: English finds no Korean name)
    overridden = run_cli("check", str(po), "--format", "json", "--source-lang", "en")
    assert [f["code"] for f in json.loads(overridden.output)["findings"]] == []


def test_update_keeps_the_x_fields_translators_tools_set(
    korean_project: Path, run_cli: Callable[..., Result]
) -> None:
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    po = korean_project / "locales/ja/LC_MESSAGES/kr.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            '"X-Source-Language: ko\\n"', '"X-Source-Language: ko\\n"\n"X-Generator: Poedit 3.4\\n"'
        ),
        encoding="utf-8",
    )
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    text = po.read_text(encoding="utf-8")
    assert '"X-Source-Language: ko\\n"' in text and '"X-Generator: Poedit 3.4\\n"' in text
    _msgfmt_check(po)
