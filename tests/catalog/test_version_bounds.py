"""PR404 on the versions an app or a device supports: '以降', '이상', '이후' and 'or later'
bound a version from below, '以前', '이전', 'or earlier' from above; a translation saying
the other ('iOS 16以降' as 'iOS 16 or earlier', '16 이하') is reported, one saying the
same, or naming a date after which ('2027年4月1日以降' as 'from April 1, 2027'), is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

APP = "専用アプリはiOS 16以降、Android 11以降に対応します。"
KO_APP = "앱은 안드로이드 10 이상, iOS 15 이후 버전에서 쓸 수 있다."
LEGACY = "The old driver supports Windows 10 or earlier."
DATE = "2027年4月1日以降に申し込みを受け付けます。"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", APP, "The app supports iOS 16 or later and Android 11 or later."),
        ("ko", APP, "전용 앱은 iOS 16 이상, 안드로이드 11 이상을 지원한다."),
        ("en", KO_APP, "The app runs on Android 10 or later and iOS 15 and later."),
        ("ja", KO_APP, "アプリはAndroid 10以上、iOS 15以降で利用できる。"),
        ("ja", LEGACY, "旧ドライバーはWindows 10以前に対応します。"),
        ("en", DATE, "Applications are accepted from April 1, 2027."),
        ("en", DATE, "Applications are accepted on or after April 1, 2027."),
    ],
)
def test_same_bound(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", APP, "The app supports iOS 16 or earlier and Android 11 or later.", "16 or earlier"),
        ("ko", APP, "전용 앱은 iOS 16 이하, 안드로이드 11 이상을 지원한다.", "16 이하"),
        (
            "en",
            KO_APP,
            "The app runs on Android 10 or later and iOS 15 or earlier.",
            "15 or earlier",
        ),
        ("ko", LEGACY, "구 드라이버는 Windows 10 이후를 지원한다.", "10 이후"),
    ],
)
def test_bound_turned(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "the other way" in m for m in messages), messages
