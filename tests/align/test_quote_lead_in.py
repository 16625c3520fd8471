"""A sentence that only leads in to a quotation ('加藤は次のように述べています。', '김 대표는
다음과 같이 말했다.') is never paired alone with the sentence of the other version that
quotes the words ('“…,” said Mikio Kato.'): they share the speaker's name and title, but
the memory would give the next release's identical lead-in a quotation it does not
have. With the quotation after it, it is the translation of the quoting sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.batch import align_files
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Glossary

SHEET = (
    "en,ja,ko,kind\n"
    "Mikio Kato,加藤 幹雄,가토 미키오,person\n"
    "President,代表取締役社長,사장,title\n"
    "Aoba Foods Co. Ltd.,アオバフーズ株式会社,아오바푸즈,organization\n"
    "Sakai,堺市,사카이,place\n"
)


def _glossary(tmp_path: Path) -> Glossary:
    (tmp_path / "glossary.csv").write_text(SHEET, encoding="utf-8")
    return load_glossaries([tmp_path / "glossary.csv"])


EN = (
    "Aoba Foods to Build a Plant in Sakai\n\n"
    "Aoba Foods Co., Ltd. today announced that it will build a frozen food plant in Sakai.\n\n"
    '"The plant will be the core of our growth strategy," said Mikio Kato, President of '
    'Aoba Foods. "We will deliver safe, high-quality products with the local community."\n'
)
JA = (
    "アオバフーズ、堺に新工場を建設\n\n"
    "アオバフーズ株式会社は本日、堺市に冷凍食品の新工場を建設すると発表しました。\n\n"
    "代表取締役社長の加藤 幹雄は、次のように述べています。\n\n"
    "「新工場は当社の成長戦略の中核を担います。地域の皆様とともに、安全で高品質な製品を"
    "お届けしてまいります。」\n"
)
KO = (
    "아오바푸즈, 사카이에 신공장 건설\n\n"
    "아오바푸즈는 사카이에 냉동식품 신공장을 건설한다고 오늘 발표했다.\n\n"
    "가토 미키오 사장은 다음과 같이 말했다.\n\n"
    '"신공장은 당사 성장 전략의 핵심이 될 것입니다. 지역 사회와 함께 안전하고 품질 높은 '
    '제품을 제공하겠습니다."\n'
)


@pytest.mark.parametrize(("lang", "text"), [("ja", JA), ("ko", KO)])
def test_a_lead_in_is_not_the_quotation(tmp_path: Path, lang: str, text: str) -> None:
    (tmp_path / f"plant.{lang}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plant.en.txt").write_text(EN, encoding="utf-8")
    alignment = align_files(
        tmp_path / f"plant.{lang}.txt", tmp_path / "plant.en.txt", glossary=_glossary(tmp_path)
    )
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    lead_in = "次のように" if lang == "ja" else "다음과 같이"
    alone = [
        pair for pair in accepted if pair[0].endswith(("います。", "말했다.")) and "said" in pair[1]
    ]
    assert not alone
    if lang == "ja":  # one quotation each side, split elsewhere: a 2-2 pair
        assert any(lead_in in source and "said" in target for source, target in accepted)
    # the rest of the release still pairs
    assert any("Sakai" in target for _, target in accepted[1:])


def test_two_lead_ins_pair(tmp_path: Path) -> None:
    # both versions lead in and quote in a paragraph of its own: each pairs with its own
    en = EN.replace(
        '"The plant will be the core of our growth strategy," said Mikio Kato, President of '
        'Aoba Foods. "We',
        "Mikio Kato, President of Aoba Foods, said:\n\n"
        '"The plant will be the core of our growth strategy. We',
    )
    (tmp_path / "plant.ja.txt").write_text(JA, encoding="utf-8")
    (tmp_path / "plant.en.txt").write_text(en, encoding="utf-8")
    alignment = align_files(
        tmp_path / "plant.ja.txt", tmp_path / "plant.en.txt", glossary=_glossary(tmp_path)
    )
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert (
        "代表取締役社長の加藤 幹雄は、次のように述べています。",
        "Mikio Kato, President of Aoba Foods, said:",
    ) in accepted


def test_two_sentences_split_elsewhere_pair_as_two(tmp_path: Path) -> None:
    # the English moves the cost into a sentence of its own: one 2-2 pair, not a merge
    # that loses the cost and a gap
    ja = (
        "アオバフーズ、堺に新工場\n\n"
        "新工場の総投資額は約320億円で、2027年4月に着工し、2028年10月の稼働を予定しています。"
        "稼働後、冷凍食品の生産能力は現在の1.5倍となる見込みです。\n"
    )
    en = (
        "Aoba Foods to Build a Plant in Sakai\n\n"
        "The plant will cost approximately 32 billion yen. Construction will begin in April "
        "2027, and operations will start in October 2028, raising frozen food capacity to 1.5 "
        "times its current level.\n"
    )
    (tmp_path / "plant.ja.txt").write_text(ja, encoding="utf-8")
    (tmp_path / "plant.en.txt").write_text(en, encoding="utf-8")
    alignment = align_files(
        tmp_path / "plant.ja.txt", tmp_path / "plant.en.txt", glossary=_glossary(tmp_path)
    )
    kinds = [(b.kind, b.score > 0.5) for b in alignment.beads]
    assert kinds == [("1-1", True), ("2-2", True)]


def test_a_figure_moved_into_the_other_sentence(tmp_path: Path) -> None:
    # the price moves from the second Japanese sentence into the first English one:
    # two 1-1 pairs would each lose a figure (the first accepted, adding a price)
    ja = (
        "アオバフーズ、新商品を発売\n\n"
        "アオバフーズ株式会社は、冷凍ぎょうざの新商品を12月10日に全国で発売します。"
        "希望小売価格は税込398円で、初年度の販売目標は500万袋です。\n"
    )
    en = (
        "Aoba Foods Launches New Frozen Gyoza\n\n"
        "Aoba Foods Co., Ltd. will launch a new frozen gyoza nationwide on December 10 at a "
        "suggested retail price of 398 yen including tax. The company aims to sell 5 million "
        "bags in the first year.\n"
    )
    (tmp_path / "gyoza.ja.txt").write_text(ja, encoding="utf-8")
    (tmp_path / "gyoza.en.txt").write_text(en, encoding="utf-8")
    alignment = align_files(
        tmp_path / "gyoza.ja.txt", tmp_path / "gyoza.en.txt", glossary=_glossary(tmp_path)
    )
    assert [(b.kind, b.score > 0.5) for b in alignment.beads] == [("1-1", True), ("2-2", True)]


# the quotation of two sentences written as one sentence after the other, the
# attribution after the last: English segments it sentence by sentence
EN_SPLIT = EN.replace(
    '"The plant will be the core of our growth strategy," said Mikio Kato, President of '
    'Aoba Foods. "We will deliver safe, high-quality products with the local community."',
    '"The plant will be the core of our growth strategy. We will deliver safe, '
    'high-quality products with the local community," said Mikio Kato, President of '
    "Aoba Foods, at the ceremony.",
)


@pytest.mark.parametrize(("lang", "text"), [("ja", JA), ("ko", KO)])
def test_a_lead_in_is_not_a_quotation_split_in_sentences(
    tmp_path: Path, lang: str, text: str
) -> None:
    (tmp_path / f"plant.{lang}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plant.en.txt").write_text(EN_SPLIT, encoding="utf-8")
    alignment = align_files(
        tmp_path / f"plant.{lang}.txt", tmp_path / "plant.en.txt", glossary=_glossary(tmp_path)
    )
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    lead_in = "次のように" if lang == "ja" else "다음과 같이"
    # neither half of the quotation is the lead-in's translation alone (it was paired
    # with the first, which opens the quotation and does not close it)
    assert not [
        pair for pair in accepted if lead_in in pair[0] and not {"「", "“", '"'} & set(pair[0])
    ], accepted
    if lang == "ja":  # the lead-in and the quotation, one pair with the English quotation
        assert any(
            lead_in in source and "growth strategy." in target and "said Mikio Kato" in target
            for source, target in accepted
        ), accepted
    else:  # Korean segments the quotation too: its sentences pair one to one
        assert any(
            source.startswith('"신공장은') and target.startswith('"The plant')
            for source, target in accepted
        ), accepted


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ('"The plant will be the core of our growth strategy.', True),  # opens, runs on
        ('We will deliver safe products with the community," said Kato.', True),  # closes
        ('"The plant will be the core of our growth strategy," said Kato.', True),
        ('The "Aoba" brand turns ten.', False),  # a name in quotation marks
        ('"Kumo" launches today.', False),
        ('"신공장은 당사 성장 전략의 핵심이 될 것입니다.', True),  # Korean: opens, runs on
        ('지역 사회와 함께 안전하고 품질 높은 제품을 제공하겠습니다."', True),
        ("'에테르 크로니클'의 사전 등록자가 100만 명을 넘었다.", False),
        # a name in quotation marks after the sentence's first words: two marks, no cut
        ('Byeolbit Games today launched "Aether Chronicle" worldwide.', False),
        ('별빛게임즈는 오늘 신작 모바일 게임 "에테르 크로니클"을 전 세계에 출시했다.', False),
        ("The plant will be the core of our growth strategy.", False),
    ],
)
def test_a_quotation_in_several_sentences_is_speech(text: str, speech: bool) -> None:
    from prlocalize.align.anchors import _quotes_speech

    cjk = any("\uac00" <= c <= "\ud7a3" for c in text)
    assert _quotes_speech(text, cjk=cjk) is speech


# two lead-ins, one in each language, each worded its own way: the Japanese names the
# speaker's title in English and her name in katakana, and ends on its formula; the
# English is a third as long. Their names tie them; their lengths are a formula's
LEAD_SHEET = (
    "en,ja,ko,kind\n"
    "Rachel Okafor,レイチェル・オカフォー,레이철 오카포,person\n"
    "Veridane,ヴェリデイン社,베리데인,org\n"
)
LEAD_JA = (
    "ヴェリデイン社は、同剤の第II相臨床試験を2028年前半に開始する予定です。\n\n"
    "ヴェリデイン社のChief Executive Officerであるレイチェル・オカフォー氏は、"
    "次のように述べています。\n\n"
    "「同剤は、1日1回の経口投与で高い選択性を示す有望な化合物です。」\n"
)
LEAD_EN = (
    "Veridane plans to start a Phase 2 clinical trial of the compound in the first half "
    "of 2028.\n\n"
    "Rachel Okafor, Chief Executive Officer of Veridane, said:\n\n"
    '"The compound is a promising one that shows high selectivity with once-daily oral '
    'dosing."\n'
)


def test_two_lead_ins_worded_apart_pair(tmp_path: Path) -> None:
    (tmp_path / "lead.ja.txt").write_text(LEAD_JA, encoding="utf-8")
    (tmp_path / "lead.en.txt").write_text(LEAD_EN, encoding="utf-8")
    (tmp_path / "g.csv").write_text(LEAD_SHEET, encoding="utf-8")
    glossary = load_glossaries([tmp_path / "g.csv"])
    alignment = align_files(tmp_path / "lead.ja.txt", tmp_path / "lead.en.txt", glossary=glossary)
    pairs = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert any(s.startswith("ヴェリデイン社のChief") and t.startswith("Rachel") for s, t in pairs)
