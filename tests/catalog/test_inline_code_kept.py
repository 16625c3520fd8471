"""Inline code in a translation (a command, an endpoint, a setting in ``<code>``): no text
of the source's language left (PR408), written again where the translation repeats its
noun (no markup added, PR406), and its text kept character for character: a value
changed inside it is a different command (PR406)."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

COMMAND = "Preview the changes with the <code>relay deploy --dry-run</code> command."
ENDPOINTS = (
    "The <code>GET /v4/orders</code> endpoint replaces <code>GET /v3/orders</code>, "
    "which will stop working on June 30, 2027."
)
SETTING = "Until the patch is installed, set <code>sso.legacy_tokens = off</code> on each node."
LABEL = "Open <kbd>Settings</kbd> and choose the region."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", COMMAND, "変更内容は<code>relay deploy --dry-run</code>コマンドで確認できます。"),
        ("ko", COMMAND, "변경 사항은 <code>relay deploy --dry-run</code> 명령으로 볼 수 있다."),
        (
            "ja",
            ENDPOINTS,
            "<code>GET /v4/orders</code>エンドポイントは<code>GET /v3/orders</code>に代わるもので、"
            "<code>GET /v3/orders</code>は2027年6月30日に利用できなくなります。",
        ),
        (
            "ko",
            SETTING,
            "패치를 설치할 때까지 각 노드에서 <code>sso.legacy_tokens = off</code>로 설정한다.",
        ),
        # a key's caption translated, as the screen the reader sees shows it
        ("ja", LABEL, "<kbd>設定</kbd>を開き、リージョンを選択します。"),
    ],
)
def test_code_kept_is_no_finding(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            SETTING,
            "パッチを適用するまで、各ノードで<code>sso.legacy_tokens = on</code>に設定します。",
        ),
        ("ko", COMMAND, "변경 사항은 <code>relay deploy</code> 명령으로 미리 볼 수 있다."),
        (
            "ja",
            ENDPOINTS,
            "<code>GET /v4/orders</code>エンドポイントは<code>GET /v3/order</code>に代わるもので、"
            "2027年6月30日に利用できなくなります。",
        ),
    ],
)
def test_code_altered_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR406"]


def test_a_new_command_in_the_translation_is_still_markup_added() -> None:
    msgstr = "変更は<code>relay deploy --dry-run</code>と<code>relay diff</code>で確認できます。"
    assert "PR406" in translation_codes("ja", COMMAND, msgstr, with_info=False)


# code a plain-text release names without markup
FUNCTION = "開発ツールはAPI「kestrel_rt.build()」から呼び出せます。"
SETTING_PLAIN = "Raise max_batch_size to 64 before the upgrade."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FUNCTION, "The tools are called through the API kestrel_rt.build()."),
        ("ko", SETTING_PLAIN, "업그레이드 전에 max_batch_size를 64로 올린다."),
        ("ja", SETTING_PLAIN, "アップグレード前にmax_batch_sizeを64に上げます。"),
        # a file's or an address's underscore is no code
        ("en", "資料はreport_2026.pdfをご覧ください。", "See report_2027.pdf for the material."),
    ],
)
def test_plain_code_kept_is_no_finding(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR406" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FUNCTION, "The tools are called through the API kestrel.build()."),
        ("ko", SETTING_PLAIN, "업그레이드 전에 max_batch_sizes를 64로 올린다."),
    ],
)
def test_plain_code_altered_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR406" in translation_codes(locale, msgid, msgstr, with_info=False)
