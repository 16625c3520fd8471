"""PR404 on a number an English text spells before its scale word ('one million
households', 'a million homes', 'two billion yen'): the figure '100만 가구' or '100万世帯'
is. Said so for '100만' it is kept; said for '100万' as 'two million' it is changed.
Given in the other language's own words ('백만', '千人') it is left alone, as a count in
words is."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KO = "약 100만 가구에 전력을 공급할 수 있다."
EN = "It can supply about one million households."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "It can supply about one million households."),
        ("en", KO, "It can power about a million homes."),
        ("en", KO, "It can supply about 1 million households."),
        ("en", "총 200만 톤을 줄인다.", "It cuts two million tonnes in all."),
        ("ja", EN, "約100万世帯に電力を供給できる。"),
        ("ko", EN, "약 100만 가구에 전력을 공급할 수 있다."),
        ("ko", EN, "약 백만 가구에 전력을 공급할 수 있다."),
        ("ja", "About a thousand people attended.", "約千人が参加した。"),
        ("ja", "About a thousand people attended.", "約1,000人が参加した。"),
    ],
)
def test_spelled_scale_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", KO, "It can supply about two million households.", "two million"),
        ("ja", EN, "約200万世帯に電力を供給できる。", "200万"),
        ("ko", EN, "약 10만 가구에 전력을 공급할 수 있다.", "10만"),
    ],
)
def test_spelled_scale_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "changed" in m for m in messages), messages
