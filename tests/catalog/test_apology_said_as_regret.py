"""PR410 on an apology of the source ('深くお詫び申し上げます', '깊이 사과드립니다', 'we
apologize') said as mere regret ('遺憾に思います', '유감', 'we regret') in a translation with
no word of apology; and an apology the source says with 'ございません' ('申し訳ございません')
is no negation."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SORRY = "多大なるご心配をおかけしましたことを、心より深くお詫び申し上げます。"
KO_SORRY = "이용자 여러분께 큰 불편을 드려 깊이 사과드립니다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SORRY, "We sincerely and deeply apologize for the great concern we have caused."),
        ("ko", SORRY, "큰 심려를 끼쳐 드린 점 진심으로 깊이 사과드립니다."),
        ("ja", KO_SORRY, "利用者の皆様に多大なご不便をおかけし、深くお詫び申し上げます。"),
        ("en", KO_SORRY, "We are deeply sorry for the great inconvenience to our users."),
        ("en", "ご不便をおかけし、誠に申し訳ございません。", "We are truly sorry for the trouble."),
        ("ko", "ご不便をおかけし、誠に申し訳ございません。", "불편을 드려 대단히 죄송합니다."),
        # the source regrets, and so does the translation
        ("ko", "We regret any inconvenience.", "불편을 드린 점 유감스럽게 생각합니다."),
        # Korean 사과 as an apple
        ("en", "사과 수확량이 12% 줄었다.", "The apple harvest fell 12%; growers regret it."),
    ],
)
def test_the_apology_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SORRY, "We deeply regret the great concern we have caused."),
        ("ko", SORRY, "큰 심려를 끼쳐 드린 점 유감스럽게 생각합니다."),
        ("ja", KO_SORRY, "利用者の皆様に多大なご不便をおかけしたことを遺憾に思います。"),
        ("en", KO_SORRY, "We regret the great inconvenience to our users."),
        ("ja", "We apologize for the delay.", "遅延については遺憾です。"),
    ],
)
def test_an_apology_said_as_regret_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
