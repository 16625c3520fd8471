"""An official English version of a Japanese release, as such versions are written: the
quotation in two sentences with the attribution in the second (the Japanese leads in to
it in a sentence of its own), the company's profile added, a note left out.

A section's label ('About Minamoto Seiki', 'Media contact') is translated by a label of
its section, or with the lines it heads: it is never merged into a pair with the last
sentence of the paragraph before it, and two labels of one section pair."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

# a Japanese release and its official English: the English quotes in two sentences and
# adds the company's profile; the Japanese leads in to the quote and adds a note
EN = (
    "Minamoto Seiki Opens Its First Southeast Asian Plant in Thailand\n"
    "Company aims for annual capacity of 500,000 units by 2028\n"
    "\n"
    'NAGOYA, Japan, November 18, 2026 – Minamoto Seiki Co., Ltd. ("Minamoto Seiki") today '
    "announced that it has opened a new plant in Chonburi Province, Thailand, and held an "
    "opening ceremony on November 17.\n"
    "\n"
    "The plant sits on a site of about 120,000 square meters and has a total floor area of "
    "about 38,000 square meters. The total investment is approximately 8.5 billion yen. The "
    "plant will initially produce 200,000 small industrial motors a year, increasing to "
    "500,000 by 2028.\n"
    "\n"
    "Plant overview\n"
    "Name: Minamoto Seiki (Thailand) Co., Ltd.\n"
    "Location: Amata City Industrial Estate, a large industrial estate in eastern Thailand, "
    "Chonburi Province, Thailand\n"
    "Products: Small industrial motors and speed reducers\n"
    "Employees: Approximately 400 (planned for 2028)\n"
    "\n"
    "About 150 guests attended the ceremony, including Kyoko Yamaguchi, Minister at the "
    "Embassy of Japan in Thailand, and Somchai Wongsawat, Vice Governor of Chonburi Province.\n"
    "\n"
    '"Thailand will be the center of our business in Southeast Asia. We will grow together '
    'with the local community," said Seiji Hasebe, President and CEO of Minamoto Seiki, at the '
    "ceremony.\n"
    "\n"
    "Minamoto Seiki aims to raise its overseas production ratio to 40% by 2030.\n"
    "\n"
    "About Minamoto Seiki\n"
    "Founded in 1962 and headquartered in Nagoya, Minamoto Seiki manufactures precision motors "
    "for industrial equipment. For more information, visit "
    "https://www.minamoto-seiki.example.jp/en/.\n"
    "\n"
    "Media contact\n"
    "Public Relations Department, Minamoto Seiki Co., Ltd.\n"
    "press@minamoto-seiki.example.jp\n"
    "\n"
    "This is an English translation of a press release originally issued in Japanese. In case "
    "of any discrepancy, the Japanese original shall prevail.\n"
)
JA = (
    "2026年11月18日\n"
    "株式会社ミナモト精機\n"
    "\n"
    "ミナモト精機、タイに東南アジア初の生産拠点を開設\n"
    "～2028年までに年産50万台体制を構築～\n"
    "\n"
    "株式会社ミナモト精機（本社：愛知県名古屋市、代表取締役社長：長谷部 "
    "誠司、以下「ミナモト精機」）は、タイ・チョンブリー県に新工場を開設し、11月17日に開所式を行"
    "いましたのでお知らせいたします。\n"
    "\n"
    "新工場は敷地面積約12万平方メートル、延床面積約3万8千平方メートルで、総投資額は約85億円です"
    "。当初は産業用小型モーターを年間20万台生産し、2028年までに50万台に引"
    "き上げる計画です。\n"
    "\n"
    "■新工場の概要\n"
    "名称：Minamoto Seiki (Thailand) Co., Ltd.\n"
    "所在地：タイ王国チョンブリー県アマタシティ工業団地※1\n"
    "生産品目：産業用小型モーター、減速機\n"
    "従業員数：約400名（2028年時点の予定）\n"
    "\n"
    "開所式には、在タイ日本国大使館の山口 恭子公使、チョンブリー県のソムチャイ・ウォンサワット"
    "副知事をはじめ、約150名が出席しました。\n"
    "\n"
    "長谷部社長は式典で次のように述べました。\n"
    "「タイは当社にとって東南アジア市場の中心となる拠点です。地域の皆様とともに成長してまいりま"
    "す。」\n"
    "\n"
    "ミナモト精機は今後も、海外生産比率を2030年までに40％に高めることを目指します。\n"
    "\n"
    "※1 アマタシティ工業団地：タイ東部にある大規模な工業団地。\n"
    "\n"
    "本件に関するお問い合わせ先\n"
    "株式会社ミナモト精機\u3000広報部\u3000佐伯\n"
    "TEL：052-123-4567\u3000E-mail：press@minamoto-seiki.example.jp\n"
)


def test_a_label_is_not_merged_with_the_sentence_before_it(tmp_path: Path) -> None:
    (tmp_path / "plant.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "plant.ja.txt").write_text(JA, encoding="utf-8")
    alignment = align_files(tmp_path / "plant.en.txt", tmp_path / "plant.ja.txt")
    pairs = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.pairs()]
    ratio = [p for p in pairs if "production ratio" in p[0]]
    assert ratio == [
        (
            "Minamoto Seiki aims to raise its overseas production ratio to 40% by 2030.",
            "ミナモト精機は今後も、海外生産比率を2030年までに40％に高めることを目指します。",
        )
    ], pairs
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert ("Media contact", "本件に関するお問い合わせ先") in accepted, pairs


def test_a_label_with_the_lines_it_heads_is_one_pair(tmp_path: Path) -> None:
    # the label and its content on one line in English, the address on a line of its
    # own in Japanese: one 1-2 pair (the guard above leaves a label's own lines alone)
    en = EN.replace(
        "Media contact\nPublic Relations Department, Minamoto Seiki Co., Ltd.\n"
        "press@minamoto-seiki.example.jp\n",
        "Contact: Public Relations, Minamoto Seiki press@minamoto-seiki.example.jp\n",
    )
    ja = JA.replace(
        "本件に関するお問い合わせ先\n株式会社ミナモト精機　広報部　佐伯\n"
        "TEL：052-123-4567　E-mail：press@minamoto-seiki.example.jp\n",
        "お問い合わせ先：株式会社ミナモト精機　広報部\npress@minamoto-seiki.example.jp\n",
    )
    (tmp_path / "plant.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "plant.ja.txt").write_text(ja, encoding="utf-8")
    alignment = align_files(tmp_path / "plant.en.txt", tmp_path / "plant.ja.txt")
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert any(s.startswith("Contact:") and "広報部" in t and "press@" in t for s, t in accepted), (
        accepted
    )


def test_a_lead_in_and_its_quotation_pair_with_the_quotation_in_sentences(
    tmp_path: Path,
) -> None:
    # without a glossary, length made the Japanese quotation the second English
    # sentence's translation and left the lead-in and the first sentence unpaired: the
    # memory then gave the whole quotation half its English
    (tmp_path / "plant.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "plant.ja.txt").write_text(JA, encoding="utf-8")
    # (English first, as `align --pairs` takes them)
    alignment = align_files(tmp_path / "plant.en.txt", tmp_path / "plant.ja.txt")
    quoted = [b for b in alignment.pairs() if "「タイは" in alignment.target_text(b)]
    assert len(quoted) == 1
    bead = quoted[0]
    assert alignment.target_text(bead).startswith("長谷部社長は式典で次のように述べました。")
    assert alignment.source_text(bead).startswith('"Thailand will be')
    assert "said Seiji Hasebe" in alignment.source_text(bead)
    assert bead.score >= alignment.min_score
