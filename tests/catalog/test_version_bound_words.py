"""A security notice's or a spec's versions bounded after their figure in English ('4.8
and earlier', '7.2.4 and later', 'or newer', 'and prior'): a translation that turns the
bound round ('4.8以降', '2.2 이상') is reported (PR404), and so is one that states the
figure alone ('SecureGate 7.2.4' for '7.2.4 and later', PR410); one that keeps the bound
in its own words ('以前', '以降', '이후', 'またはそれ以降', '까지') is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

AFFECTED = "Orbit Client for Windows 4.8 and earlier"
FIXED = "Orbit Gateway 7.2.4 and later"
MIGRATE = "Installations on release 2.2 and earlier must first move to 2.4."
SUPPORT = "The agent runs on Ubuntu 22.04 or newer."
SEATS = "Plans with 50 or more seats include a named support engineer."


def _codes(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    found = translation_findings(locale, msgid, msgstr)
    return [(f.code, f.found) for f in found if f.code in ("PR404", "PR410")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", AFFECTED, "Orbit Client for Windows 4.8以前"),
        ("ko", AFFECTED, "Orbit Client for Windows 4.8 이하"),
        ("ja", FIXED, "Orbit Gateway 7.2.4以降"),
        ("ko", FIXED, "Orbit Gateway 7.2.4 이후 버전"),
        ("ja", MIGRATE, "リリース2.2以前のインストール環境は、先に2.4へ移行する必要があります。"),
        ("ko", MIGRATE, "릴리스 2.2 이하 설치 환경은 먼저 2.4로 이전해야 한다."),
        # the bound joined to its figure by 'and', a next figure after it
        ("ko", MIGRATE, "릴리스 2.2 및 이전 버전은 먼저 2.4로 이전해야 한다."),
        ("ja", MIGRATE, "リリース2.2およびそれ以前は、先に2.4へ移行する必要があります。"),
        ("ja", SUPPORT, "エージェントはUbuntu 22.04またはそれ以降で動作します。"),
        ("ko", SUPPORT, "에이전트는 Ubuntu 22.04 이상에서 실행된다."),
        ("ja", SEATS, "50席以上のプランには専任の担当者が付きます。"),
    ],
)
def test_bound_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", AFFECTED, "Orbit Client for Windows 4.8以降", ("PR404", "4.8以降")),
        ("ko", AFFECTED, "Orbit Client for Windows 4.8 이상", ("PR404", "4.8 이상")),
        (
            "ko",
            MIGRATE,
            "릴리스 2.2 이상 설치 환경은 먼저 2.4로 이전해야 한다.",
            ("PR404", "2.2 이상"),
        ),
        ("ja", FIXED, "Orbit Gateway 7.2.4", ("PR410", "7.2.4 and later")),
        # 'subsequently' opening the sentence bounds no figure after it
        (
            "ko",
            "その後の点検で、最大約4,800台に不具合の可能性があることが分かりました。",
            "이후 점검 결과, 약 4,800대에 결함 가능성이 있는 것으로 확인됐다.",
            ("PR410", "最大約4,800"),
        ),
        ("ko", SUPPORT, "에이전트는 Ubuntu 22.04에서 실행된다.", ("PR410", "22.04 or newer")),
        ("ja", SEATS, "50席のプランには専任の担当者が付きます。", ("PR410", "50 or more")),
    ],
)
def test_bound_turned_or_dropped(
    locale: str, msgid: str, msgstr: str, found: tuple[str, str]
) -> None:
    assert _codes(locale, msgid, msgstr) == [found]
