"""PR204: a link whose whole text asks the reader to act ('予約する', 'Unsubscribe', '수신
거부'), the buttons and footers of a newsletter, left in another language than the
release's is untranslated, on a working link too: no name reads so. In running text the
same words are common nouns ('예약은 6월 10일부터'), and names, the release's own
language and a design label in capitals stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.html",
            '<html lang="en"><body>\n'
            "<p>Fares from 9,800 yen. "
            '<a href="https://air.example.jp/book">予約する</a></p>\n'
            '<p>Visit <a href="https://air.example.jp/shop">星空書店</a> or '
            '<a href="https://air.example.jp/join">Join</a> today.</p>\n'
            "</body></html>\n",
            ["予約する"],
        ),
        (
            "ko.md",
            "# 뉴스레터\n\n예약은 6월 10일부터 [새벽에어 누리집](https://air.example.kr)에서 "
            "할 수 있다.\n\n"
            "이 메일은 구독자에게 발송됩니다. [Unsubscribe](https://air.example.kr/u) · "
            "[BOOK NOW](https://air.example.kr/b)\n",
            ["Unsubscribe"],
        ),
        (
            "ja.md",
            "# お知らせ\n\n詳しくは[公式サイト](https://lumi.example.jp)をご覧ください。\n\n"
            "[Buy tickets](https://lumi.example.jp/t)　[LUMIRISE](https://lumi.example.jp)\n",
            ["Buy tickets"],
        ),
        # a menu labelled in English: 'Shop' alone is a label, 'Shop now' a call
        (
            "menu.ja.md",
            "# お知らせ\n\n新しい商品を発売しました。詳しくは公式サイトをご覧ください。\n\n"
            "[Shop](https://x.example.jp/s) [Join](https://x.example.jp/j) "
            "[Shop now](https://x.example.jp/s)\n",
            ["Shop now"],
        ),
    ],
)
def test_calls_to_action_in_another_language(
    run_cli: Run, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["found"] for f in findings if f["code"] == "PR204"] == found
    assert not [f for f in findings if f["code"] in {"PR201", "PR202", "PR203"}]
