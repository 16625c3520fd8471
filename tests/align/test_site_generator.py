"""A multilingual website's content tree, as a static site generator keeps it: each
language's page of a release named by a slug in its language and tied to the others by
the ``translationKey`` of its front matter (Hugo; Jekyll's ``lang_ref``), YAML or TOML
front matter, shortcodes. The pages were left without a partner, and the shortcodes'
text ('{{% /notice %}}', '{{< figure src=… >}}') was learnt as pairs of sentences."""

from __future__ import annotations

import json
from pathlib import Path

EN = """\
---
title: "Hoshino Ferry Adds a Night Sailing to Uraga"
date: 2025-03-02T09:00:00+09:00
slug: night-sailing
translationKey: {key}
tags: [ferry]
---

Hoshino Ferry Co., Ltd. will add a night sailing between Hoshino Port and Uraga on April 4.

{{{{< figure src="/img/night.jpg" caption="The ferry leaving Hoshino Port at dusk" >}}}}

{{{{% notice info %}}}}
Tickets go on sale on March 20 at 2,400 yen.
{{{{% /notice %}}}}

The ship carries 180 passengers and 24 cars on each sailing.
"""

JA = """\
+++
title = "星野フェリー、浦賀への夜間便を新設"
date = 2025-03-02T09:00:00+09:00
slug = "yakan-bin"
translationKey = "{key}"
+++

星野フェリー株式会社は、4月4日から星野港と浦賀を結ぶ夜間便を新設します。

{{{{< figure src="/img/night.jpg" caption="夕暮れの星野港を出るフェリー" >}}}}

{{{{% notice info %}}}}
乗船券は3月20日から2,400円で販売します。
{{{{% /notice %}}}}

1便あたり旅客180人、車両24台を運びます。
"""

KO = """\
---
title: "호시노 페리, 우라가행 야간편 신설"
date: 2025-03-02T09:00:00+09:00
slug: yagan-pyeon
translationKey: {key}
---

호시노 페리 주식회사는 4월 4일부터 호시노항과 우라가를 잇는 야간편을 신설합니다.

{{{{< figure src="/img/night.jpg" caption="해 질 녘 호시노항을 떠나는 페리" >}}}}

{{{{% notice info %}}}}
승선권은 3월 20일부터 2,400엔에 판매합니다.
{{{{% /notice %}}}}

한 편당 승객 180명과 차량 24대를 운송합니다.
"""

KO_ONLY = """\
---
title: "호시노항, 외국인 관광객 안내소 운영"
translationKey: guide-desk
---

호시노항은 5월 1일부터 외국인 관광객 안내소를 운영합니다.
"""


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _align(run_cli) -> dict:  # type: ignore[no-untyped-def]
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_pages_tied_by_a_translation_key_pair(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path / "archive",
        {
            "content/en/news/night-sailing.md": EN.format(key="ferry-night"),
            "content/ja/news/yakan-bin.md": JA.format(key="ferry-night"),
            "content/ko/news/yagan-pyeon.md": KO.format(key="ferry-night"),
            "content/ko/news/guide-desk.md": KO_ONLY,
        },
    )
    out = _align(run_cli)
    assert {(p["source"], p["target"]) for p in out["pairs"]} == {
        ("archive/content/en/news/night-sailing.md", "archive/content/ja/news/yakan-bin.md"),
        ("archive/content/en/news/night-sailing.md", "archive/content/ko/news/yagan-pyeon.md"),
    }
    texts = [
        (bead["source"]["text"], bead["target"]["text"])
        for pair in out["pairs"]
        for bead in pair["beads"]
        if bead["accepted"]
    ]
    # the title, the caption and the notice's sentence pair; no shortcode is a sentence
    assert ("The ferry leaving Hoshino Port at dusk", "夕暮れの星野港を出るフェリー") in texts
    assert (
        "Tickets go on sale on March 20 at 2,400 yen.",
        "乗船券は3月20日から2,400円で販売します。",
    ) in texts
    assert (
        "Hoshino Ferry Adds a Night Sailing to Uraga",
        "星野フェリー、浦賀への夜間便を新設",
    ) in texts
    assert not [t for pair in texts for t in pair if "{{" in t or "+++" in t or "slug" in t]


def test_a_key_joins_a_release_its_other_pages_already_make(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    """The English and Japanese pages share a name; the Korean one, named by its own slug,
    joins them by the key."""
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path / "archive",
        {
            "content/en/news/night-sailing.md": EN.format(key="ferry-night"),
            "content/ja/news/night-sailing.md": JA.format(key="ferry-night"),
            "content/ko/news/yagan-pyeon.md": KO.format(key="ferry-night"),
        },
    )
    pairs = {(p["source"], p["target"]) for p in _align(run_cli)["pairs"]}
    assert (
        "archive/content/en/news/night-sailing.md",
        "archive/content/ko/news/yagan-pyeon.md",
    ) in pairs
    assert len(pairs) == 2


def test_a_key_two_pages_of_one_language_share_ties_nothing(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path / "archive",
        {
            "content/en/news/night-sailing.md": EN.format(key="ferry"),
            "content/en/news/night-sailing-update.md": EN.format(key="ferry"),
            "content/ja/news/yakan-bin.md": JA.format(key="ferry"),
        },
    )
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 2 and "no release pairs found" in result.output


def test_a_key_copied_into_a_later_release_ties_that_page_to_nothing(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    """A page made from a copy of another's front matter keeps its key: published a month
    later, it is another release (its caption and headline had paired at 0.89)."""
    monkeypatch.chdir(tmp_path)
    copied = KO_ONLY.replace("translationKey: guide-desk", "translationKey: ferry-night")
    copied = copied.replace("---\ntitle", "---\ndate: 2025-04-08T09:00:00+09:00\ntitle", 1)
    _write(
        tmp_path / "archive",
        {
            "content/en/news/night-sailing.md": EN.format(key="ferry-night"),
            "content/ja/news/yakan-bin.md": JA.format(key="ferry-night"),
            "content/ko/news/guide-desk.md": copied,
        },
    )
    assert {(p["source"], p["target"]) for p in _align(run_cli)["pairs"]} == {
        ("archive/content/en/news/night-sailing.md", "archive/content/ja/news/yakan-bin.md"),
    }


def test_a_page_with_json_front_matter_pairs_by_its_key(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = KO.format(key="ferry-night").split("---\n", 2)[2]
    korean = (
        '{\n  "title": "호시노 페리, 우라가행 야간편 신설",\n  "date": "2025-03-02",\n'
        '  "translationKey": "ferry-night"\n}\n' + body
    )
    _write(
        tmp_path / "archive",
        {
            "content/en/news/night-sailing.md": EN.format(key="ferry-night"),
            "content/ko/news/yagan-pyeon.md": korean,
        },
    )
    out = _align(run_cli)
    assert [(p["source"], p["target"]) for p in out["pairs"]] == [
        ("archive/content/en/news/night-sailing.md", "archive/content/ko/news/yagan-pyeon.md"),
    ]
    texts = [b["target"]["text"] for p in out["pairs"] for b in p["beads"] if b["accepted"]]
    assert "호시노 페리, 우라가행 야간편 신설" in texts and not [t for t in texts if "{" in t]
