"""PR404 on a change said before what it changes and 'by' ('cut costs by 12%'): 'up' and
'down' there are a verb's particle ('set up a new office by 38%', 'shut down two lines by
June'), not a rise or a fall, so a translation saying the sentence's real change ('38%
줄였다' for 'cut the time needed to set up a new office by 38%') is no direction flipped."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        (
            "ko",
            "Pilot users cut the time needed to set up a new branch by 41%.",
            "시범 사용자는 새 지점 개설에 드는 시간을 41% 줄였다.",
        ),
        (
            "ja",
            "Pilot users cut the time needed to set up a new branch by 41%.",
            "試験導入企業では、新しい支店の開設にかかる時間が41％短縮されました。",
        ),
        (
            "ko",
            "The tool lets teams back up a full workstation by 60% faster.",
            "이 도구를 쓰면 워크스테이션 전체를 60% 더 빠르게 백업할 수 있다.",
        ),
    ],
)
def test_a_particle_is_no_change(locale: str, source: str, msgstr: str) -> None:
    assert translation_codes(locale, source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        ("ko", "The company cut logistics costs by 12%.", "회사는 물류 비용을 12% 늘렸다."),
        ("ja", "The company raised its list prices by 8%.", "同社は定価を8％引き下げた。"),
    ],
)
def test_a_verb_before_its_object_still_says_the_change(
    locale: str, source: str, msgstr: str
) -> None:
    assert "PR404" in translation_codes(locale, source, msgstr)
