"""PR404: a Japanese era's year as English and Korean write it ('Showa 40', '쇼와 40년') is
the Western year '昭和40年' is (1965): '昭和40年（1965年）' for '1965 (Showa 40)' was
reported as the 40 left out. A year a translation gives in both calendars as two years
('昭和41年（1965年）' for 1965) is a conversion gone wrong; the source's year fitted one of
them and the other went unseen."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "wrong"),
    [
        ("ja", "The museum opened in 1965 (Showa 40).", "当館は昭和41年（1965年）に開館しました。",
         "昭和41年"),
        ("ko", "The museum opened in 1965 (Showa 40).",
         "이 미술관은 1965년(쇼와 41년)에 개관했습니다.",
         "쇼와 41년"),
        ("en", "当館は昭和40年に開館しました。", "The museum opened in Showa 41.", "Showa 41"),
        ("en", "令和8年（2026年）に創立100周年を迎えます。",
         "The company marks its centenary in 2026 (Reiwa 7).", "Reiwa 7"),
        ("ja", "The hall was completed in Heisei 3 (1991).",
         "ホールは平成3年（1990年）に完成しました。",
         "1990"),
    ],
)  # fmt: skip
def test_era_year_converted_wrong_is_reported(
    locale: str, msgid: str, msgstr: str, wrong: str
) -> None:
    assert any(wrong in message for message in _pr404(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "The museum opened in 1965 (Showa 40).", "当館は昭和40年（1965年）に開館しました。"),
        ("ja", "The museum opened in Showa 40 (1965).", "当館は1965年（昭和40年）に開館しました。"),
        ("ko", "当館は昭和40年に開館しました。", "이 미술관은 쇼와 40년(1965년)에 개관했습니다."),
        ("en", "当館は昭和40年に開館しました。", "The museum opened in Showa 40 (1965)."),
        ("en", "当館は昭和40年に開館しました。", "The museum opened in 1965."),
        ("en", "令和8年（2026年）4月25日から開催します。",
         "It opens on April 25, 2026 (Reiwa 8)."),
        # the source's own slip, kept as it is, is the source's to mend
        ("en", "昭和41年（1965年）に開館", "opened in Showa 41 (1965)"),
        # no era's year: a university, a project's anniversary count
        ("ja", "The Meiji 150 project ran through 2018.",
         "明治150年記念事業は2018年まで続きました。"),
        ("ko", "Meiji University signed the agreement in 2024.",
         "메이지대학교는 2024년에 협약을 체결했습니다."),
    ],
)  # fmt: skip
def test_era_year_given_right_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []
