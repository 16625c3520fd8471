"""Encodings, one file at a time: a legacy release is named with the encoding it looks
like, the others are still checked, and --encoding reads legacy files exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.errors import InputError
from prlocalize.readers import decode_source, read_document
from prlocalize.readers.legacy import guess_legacy_encoding

Cli = Callable[..., Result]

JA = (
    "報道関係者各位\n"
    "株式会社さくらモビリティは、本日、新しい配送サービスを開始しました。\n"
    "お問い合わせは広報部までご連絡ください。\n"
)
KO = (
    "보도자료\n"
    "인천경제자유구역청은 오늘 새로운 협력 협약을 체결했다고 밝혔다.\n"
    "자세한 내용은 홍보팀으로 문의하시기 바랍니다.\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "named"),
    [
        (JA, "shift_jis", ("shift_jis", "Shift_JIS")),
        (JA, "euc_jp", ("euc_jp", "EUC-JP")),
        ("①髙﨑 " + JA, "cp932", ("cp932", "CP932")),  # NEC/IBM extensions: not Shift_JIS
        (KO, "euc_kr", ("euc_kr", "EUC-KR")),
        ("똠방각하 " + KO, "cp949", ("cp949", "CP949")),  # Hangul outside KS X 1001
    ],
)
def test_legacy_encodings_are_named(text: str, codec: str, named: tuple[str, str]) -> None:
    assert guess_legacy_encoding(text.encode(codec)) == named


def test_latin1_and_random_bytes_are_not_guessed() -> None:
    assert guess_legacy_encoding("Café déjà vu\n".encode("latin-1")) is None
    assert guess_legacy_encoding(b"Broken \xff byte\n") is None


def test_not_utf8_message() -> None:
    with pytest.raises(InputError) as caught:
        decode_source(JA.encode("shift_jis"), "news/old.txt")
    assert caught.value.render() == (
        "news/old.txt: not UTF-8 (looks like Shift_JIS; convert with iconv -f SHIFT_JIS "
        "-t UTF-8 or pass --encoding shift_jis)"
    )


def test_explicit_encoding_keeps_positions_exact(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(JA.encode("euc_jp"))
    doc = read_document(path, encoding="euc_jp")
    assert doc.text == JA
    for block in doc.blocks:
        for seg in block.segments:
            start = doc.position(seg.span.start)
            line = JA.split("\n")[start.line - 1]
            assert line[start.column - 1 :].startswith(seg.text[:5])


def test_explicit_encoding_refuses_bytes_it_cannot_read() -> None:
    data = "第一行\n".encode("shift_jis") + b"\x82\xff\n"
    with pytest.raises(InputError) as caught:
        decode_source(data, "old.txt", "shift_jis")
    assert caught.value.line == 2
    assert "not valid shift_jis at byte" in caught.value.render()


@pytest.fixture
def releases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Press Release\n\nThe plant  opened today.\n", "utf-8")
    (folder / "b-tokyo.txt").write_bytes(JA.encode("shift_jis"))
    (folder / "c-seoul.txt").write_bytes(KO.encode("cp949"))
    (folder / "d-good.txt").write_text("Press Release\n\nThe office  opened.\n", "utf-8")
    return folder


def test_check_reports_legacy_files_and_checks_the_others(releases: Path, run_cli: Cli) -> None:
    result = run_cli("check", "releases", "--format", "json", "--no-cache")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    checked = sorted(Path(f["path"]).name for f in report["findings"])
    assert checked == ["a-good.txt", "d-good.txt"]
    assert report["summary"]["files"] == 2
    assert result.stderr.splitlines() == [
        "releases/b-tokyo.txt: not UTF-8 (looks like Shift_JIS; convert with iconv -f "
        "SHIFT_JIS -t UTF-8 or pass --encoding shift_jis)",
        "releases/c-seoul.txt: not UTF-8 (looks like EUC-KR; convert with iconv -f EUC-KR "
        "-t UTF-8 or pass --encoding euc_kr)",
        "2 file(s) not checked; the other 2 were",
    ]


def test_check_in_parallel_reports_them_too(releases: Path) -> None:
    from prlocalize.checking import check_paths
    from prlocalize.config import Settings

    for n in range(4):
        (releases / f"e-{n}.txt").write_text("Press Release\n\nFine.\n", encoding="utf-8")
    result = check_paths([releases], Settings(root=releases.parent), jobs=2, cache=False)
    assert len(result.files) == 6
    assert sorted(Path(e.path or "").name for e in result.errors) == ["b-tokyo.txt", "c-seoul.txt"]


def test_encoding_flag_and_setting_read_legacy_releases(tmp_path: Path, run_cli: Cli) -> None:
    import os

    os.chdir(tmp_path)
    (tmp_path / "old.txt").write_bytes("報道資料\n\n本日、発表しました。。\n".encode("shift_jis"))
    flagged = run_cli("check", "old.txt", "--format", "json", "--encoding", "shift_jis")
    assert flagged.exit_code in (0, 1), flagged.output
    assert json.loads(flagged.stdout)["summary"]["files"] == 1
    (tmp_path / "prlocalize.toml").write_text('encoding = "cp932"\n', encoding="utf-8")
    configured = run_cli("segment", "old.txt", "--format", "json")
    assert configured.exit_code == 0
    texts = [s["text"] for b in json.loads(configured.output)["blocks"] for s in b["segments"]]
    assert texts[0] == "報道資料"


def test_fix_writes_a_legacy_file_back_in_its_encoding(tmp_path: Path, run_cli: Cli) -> None:
    import os

    os.chdir(tmp_path)
    text = "発表\n\nThe plant opened  today.\n本日、開始しました。\n"
    (tmp_path / "old.txt").write_bytes(text.encode("euc_jp"))
    result = run_cli("check", "old.txt", "--encoding", "euc_jp", "--fix")
    assert result.exit_code in (0, 1), result.output
    fixed = (tmp_path / "old.txt").read_bytes().decode("euc_jp")  # still EUC-JP
    assert "The plant opened today." in fixed and "本日、開始しました。" in fixed


def test_an_unknown_encoding_flag_is_a_usage_error(tmp_path: Path, run_cli: Cli) -> None:
    import os

    os.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Press Release\n", encoding="utf-8")
    result = run_cli("check", "a.txt", "--encoding", "shift-jiss")
    assert result.exit_code == 2
    assert "unknown encoding 'shift-jiss'" in result.output


def test_a_malformed_file_is_not_an_unreadable_one(releases: Path, run_cli: Cli) -> None:
    """A readable release with a bad suppression stops the check (its own error), unlike
    a release that cannot be decoded. The report streams: what came before it is written,
    but never as a whole report that a reader could take for the run's."""
    import json

    (releases / "e-bad.md").write_text(
        "# Title\n\n<!-- prlocalize: ignore PR2O2 -->\nText.\n", encoding="utf-8"
    )
    result = run_cli("check", "releases", "--format", "json", "--no-cache")
    assert result.exit_code == 2
    with pytest.raises(ValueError):
        json.loads(result.stdout)
    assert "e-bad.md:3:" in result.stderr
