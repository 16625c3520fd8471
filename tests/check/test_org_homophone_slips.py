"""PR102: an organisation's Japanese name of five kanji or more with one word inside it
typed as its homophone ('宇宙技術新興機構' for '宇宙技術振興機構', '南大坂大学' for
'南大阪大学') is misspelt where the release also writes the name right; a company of
a homophone name in a release that never writes the glossary's ('北浜精密興業' beside
'北浜精密工業'), and a name written right, stay silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,kind\n"
    "Space Technology Promotion Agency,宇宙技術振興機構,org\n"
    "Minami-Osaka University,南大阪大学,org\n"
    "Kitahama Precision Industries,北浜精密工業,org\n"
)
RIGHT = "本研究は、宇宙技術振興機構の支援を受け、南大阪大学が実施しました。\n\n"


def test_homophone_inside_a_name_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = RIGHT + "宇宙技術新興機構と南大坂大学は、成果を発表しました。\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR102") == [
        ("PR102", "宇宙技術新興機構"),
        ("PR102", "南大坂大学"),
    ]


def test_another_company_and_the_name_as_written_pass(run_cli: Cli, tmp_path: Path) -> None:
    text = RIGHT + "部品は北浜精密興業が納入しました。\n"
    assert cli_found(run_cli, tmp_path, GLOSSARY, "ja.txt", text, "PR102") == []


# a place's long name too: an airport's, typed as its homophone where the release also
# writes it right
PLACES = "en,ja,kind\nNarita International Airport,成田国際空港,place\n"
AIRPORT = "新路線は成田国際空港から就航します。\n\n"


def test_homophone_inside_a_place_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = AIRPORT + "成田国債空港の第2ターミナルを使用します。\n"
    assert cli_found(run_cli, tmp_path, PLACES, "ja.txt", text, "PR102") == [
        ("PR102", "成田国債空港")
    ]


def test_a_place_written_right_passes(run_cli: Cli, tmp_path: Path) -> None:
    text = AIRPORT + "成田国際空港の第2ターミナルを使用します。\n"
    assert cli_found(run_cli, tmp_path, PLACES, "ja.txt", text, "PR102") == []


# a name of a katakana head and kanji: its kanji typed as others of their sound
HEADED = "en,ja,kind\nMinase Pharmaceuticals,ミナセ創薬,org\nAoba Denko,アオバ電工,org\n"
HEADED_RIGHT = "株式会社ミナセ創薬とアオバ電工は、提携を発表しました。\n\n"


def test_homophone_after_a_katakana_head_is_reported(run_cli: Cli, tmp_path: Path) -> None:
    text = HEADED_RIGHT + "ミナセ総薬のチームとアオバ電光の技術者が参加します。\n"
    assert cli_found(run_cli, tmp_path, HEADED, "ja.txt", text, "PR102") == [
        ("PR102", "ミナセ総薬"),
        ("PR102", "アオバ電光"),
    ]


def test_another_name_after_a_katakana_head_passes(run_cli: Cli, tmp_path: Path) -> None:
    # another reading ('製薬'), the name as written, and a homophone in a release that
    # never writes the glossary's name (another company)
    text = HEADED_RIGHT + "ミナセ製薬とは別会社です。ミナセ創薬のチームが参加します。\n"
    assert cli_found(run_cli, tmp_path, HEADED, "ja.txt", text, "PR102") == []
    alone = "ミナセ総薬のチームが参加します。\n"
    assert cli_found(run_cli, tmp_path, HEADED, "ja.txt", alone, "PR102") == []
