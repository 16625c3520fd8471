"""Sentences of a paragraph that the translation gives in another order (two people's
quotes, the Japanese leading with the guest), and an English summary that leaves out
sentences of the Japanese: no pair the memory would learn may join a sentence to its
neighbour's translation."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN_HEAD = (
    "<html lang='en'><body>\n"
    "<h1>Shirakaba Brewery to Open Tasting Hall in Otaru</h1>\n"
    "<p>Shirakaba Brewery Co., Ltd. will open a tasting hall beside its Otaru brewery on "
    "March 8, 2025. The hall seats 60 guests and serves eight kinds of sake.</p>\n"
)
JA_HEAD = (
    "<html lang='ja'><body>\n"
    "<h1>白樺酒造、小樽に試飲館を開業</h1>\n"
    "<p>白樺酒造株式会社は、2025年3月8日に小樽の酒蔵の隣に試飲館を開業します。"
    "同館の席数は60席で、8種類の日本酒を提供します。</p>\n"
)
QUOTE_BREWER = (
    '"Visitors have long asked to taste our sake where it is made," said Haruto '
    "Kameyama, President of Shirakaba Brewery."
)
QUOTE_MAYOR = (
    '"We expect the hall to draw 25,000 visitors a year to the canal district," said '
    "Emi Tokiwa, Mayor of Otaru."
)
JA_BREWER = (
    "白樺酒造の代表取締役社長 亀山 陽翔は「酒が造られる場所で味わいたいという声を長く"
    "頂いてきました」と述べました。"
)
JA_MAYOR = (
    "小樽市長の常盤 恵美氏は「試飲館が運河地区に年間2万5000人の来訪者を呼び込むと"
    "期待しています」と述べました。"
)


def _accepted(tmp_path: Path, en: str, ja: str) -> list[tuple[str, str]]:
    (tmp_path / "hall.en.html").write_text(en, encoding="utf-8")
    (tmp_path / "hall.ja.html").write_text(ja, encoding="utf-8")
    alignment = align_files(tmp_path / "hall.en.html", tmp_path / "hall.ja.html")
    return [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]


def test_quotes_given_in_the_other_order_pair_across(tmp_path: Path) -> None:
    en = EN_HEAD + f"<p>{QUOTE_BREWER} {QUOTE_MAYOR}</p>\n</body></html>\n"
    ja = JA_HEAD + f"<p>{JA_MAYOR}{JA_BREWER}</p>\n</body></html>\n"
    pairs = _accepted(tmp_path, en, ja)
    assert (QUOTE_BREWER, JA_BREWER) in pairs
    assert (QUOTE_MAYOR, JA_MAYOR) in pairs
    assert (QUOTE_BREWER, JA_MAYOR) not in pairs


def test_quotes_in_the_same_order_stay_in_order(tmp_path: Path) -> None:
    en = EN_HEAD + f"<p>{QUOTE_BREWER} {QUOTE_MAYOR}</p>\n</body></html>\n"
    ja = JA_HEAD + f"<p>{JA_BREWER}{JA_MAYOR}</p>\n</body></html>\n"
    pairs = _accepted(tmp_path, en, ja)
    assert (QUOTE_BREWER, JA_BREWER) in pairs
    assert (QUOTE_MAYOR, JA_MAYOR) in pairs


def test_sentences_without_anchors_are_not_crossed_by_length(tmp_path: Path) -> None:
    en = (
        EN_HEAD + "<p>The building was once a herring warehouse. Its brick walls were "
        "restored by local craftsmen over two winters.</p>\n</body></html>\n"
    )
    ja = (
        JA_HEAD + "<p>建物はかつてニシンの倉庫でした。"
        "れんがの壁は地元の職人が二冬をかけて修復しました。</p>\n</body></html>\n"
    )
    pairs = _accepted(tmp_path, en, ja)
    first = ("The building was once a herring warehouse.", "建物はかつてニシンの倉庫でした。")
    assert first in pairs


def test_a_summary_sentence_is_not_paired_with_a_sentence_it_left_out(tmp_path: Path) -> None:
    """The English gives one paragraph for three of the Japanese: its sentence with two
    figures must not be learnt beside a Japanese sentence that keeps neither."""
    en = (
        "<html lang='en'><body>\n<h1>Tamagawa Institute Finds Moss That Cools Roofs</h1>\n"
        "<p>Researchers at the Tamagawa Institute of Technology have found a moss that "
        "keeps flat roofs cool in summer. In tests on 12 buildings, roofs covered with "
        "the moss were 9 degrees cooler at noon. The study appeared in Urban Ecology on "
        "June 3, 2025.</p>\n</body></html>\n"
    )
    ja = (
        "<html lang='ja'><body>\n<h1>玉川工業大学、屋根を冷やすコケを発見</h1>\n"
        "<p>玉川工業大学の研究者は、夏に平らな屋根を涼しく保つコケを発見しました。</p>\n"
        "<p>12棟の建物での試験では、このコケで覆った屋根は正午に9度低くなりました。"
        "都市部の屋上は、夏場に周囲より高温になりやすいことが知られています。"
        "研究チームは今後、コケを育てやすくする方法を探ります。</p>\n"
        "<p>この研究は2025年6月3日に「Urban Ecology」に掲載されました。</p>\n"
        "</body></html>\n"
    )
    pairs = _accepted(tmp_path, en, ja)
    figures = "In tests on 12 buildings, roofs covered with the moss were 9 degrees cooler at noon."
    assert all(ja_text.startswith("12棟") for en_text, ja_text in pairs if en_text == figures)
    assert not any(ja_text.startswith("研究チーム") for _, ja_text in pairs)


def test_a_headline_that_says_its_figures_in_words_is_still_paired(tmp_path: Path) -> None:
    en = (
        "<html lang='en'><body>\n<h1>Kitakaze Bus Adds Second Daily Run to Cape Erimo</h1>\n"
        "<p>From April 1, 2025, Kitakaze Bus will run two buses a day between Urakawa and "
        "Cape Erimo.</p>\n</body></html>\n"
    )
    ja = (
        "<html lang='ja'><body>\n<h1>北風バス、襟裳岬線を1日2往復に増便</h1>\n"
        "<p>北風バスは、2025年4月1日から浦河－襟裳岬間を1日2往復に増便します。</p>\n"
        "</body></html>\n"
    )
    heads = [p for p in _accepted(tmp_path, en, ja) if p[0].startswith("Kitakaze Bus Adds")]
    en_head, ja_head = (
        "Kitakaze Bus Adds Second Daily Run to Cape Erimo",
        "北風バス、襟裳岬線を1日2往復に増便",
    )
    assert heads == [(en_head, ja_head)]


def test_a_word_that_may_stand_for_a_number_does_not_cross_pairs(tmp_path: Path) -> None:
    """'daily' or 'the first' beside 1時間 in the neighbour's translation is no reason to
    pair across: spelled numbers tie a pair, they never cross two."""
    en = (
        "<html lang='en'><body>\n<h1>Kitakaze Gas Installs Smart Meters</h1>\n"
        "<p>The new meters report readings every hour over a low-power radio network. "
        "Customers can see their daily use in an app and get an alert when a leak is "
        "suspected.</p>\n"
        "</body></html>\n"
    )
    ja = (
        "<html lang='ja'><body>\n<h1>北風ガス、スマートメーターを設置</h1>\n"
        "<p>新しいメーターは、低消費電力の無線ネットワークで1時間ごとに検針値を送信します。"
        "利用者はアプリで毎日の使用量を確認でき、漏れが疑われる場合には通知を受け取れます。</p>\n"
        "</body></html>\n"
    )
    pairs = _accepted(tmp_path, en, ja)
    assert (
        "Customers can see their daily use in an app and get an alert when a leak is suspected.",
        "利用者はアプリで毎日の使用量を確認でき、漏れが疑われる場合には通知を受け取れます。",
    ) in pairs
