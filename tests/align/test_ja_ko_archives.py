"""Japanese and Korean versions of one release with no English (a Korean company's
Japanese subsidiary, a Japanese company in Korea): the pairs they give the memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.anchors import _date_alone
from prlocalize.align.batch import align_files

# the Korean published on the 10th, its Japanese on the 12th: each line gives its own date
KO_LATE = (
    "다온바이오 일본법인, 정하윤 신임 대표 선임\n\n"
    "2026년 4월 6일\n\n"
    "다온바이오 주식회사는 일본 법인 다온바이오재팬의 신임 대표에 정하윤 상무를 4월 6일 자로 "
    "선임했다고 밝혔다.\n\n"
    "정 대표는 1975년생으로 2003년 입사해 글로벌사업부장을 지냈다.\n\n"
    "다온바이오재팬은 2018년 설립됐으며, 직원 수는 64명이다.\n"
)
JA_LATE = (
    "ダオンバイオの日本法人、鄭夏潤新代表を選任\n\n"
    "2026年4月8日\n\n"
    "ダオンバイオ株式会社は、日本法人ダオンバイオジャパンの新代表に、鄭 夏潤（チョン・ハユン）"
    "常務を4月6日付で選任したと発表しました。\n\n"
    "鄭代表は1975年生まれで、2003年に入社し、グローバル事業部長を務めました。\n\n"
    "ダオンバイオジャパンは2018年に設立され、従業員数は64人です。\n"
)


def _accepted(tmp_path: Path, ja: str, ko: str) -> list[tuple[str, str]]:
    (tmp_path / "release.ja.txt").write_text(ja, encoding="utf-8")
    (tmp_path / "release.ko.txt").write_text(ko, encoding="utf-8")
    alignment = align_files(tmp_path / "release.ja.txt", tmp_path / "release.ko.txt")
    return [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]


def test_datelines_of_other_dates_are_no_pair(tmp_path: Path) -> None:
    # in the memory, '2026年4月8日' would be translated '2026년 4월 6일' from then on
    accepted = _accepted(tmp_path, JA_LATE, KO_LATE)
    assert ("2026年4月8日", "2026년 4월 6일") not in accepted
    # the rest of the release pairs, its body's date (4月6日付) included
    assert len(accepted) == 4
    assert any("4月6日付" in ja and "4월 6일 자로" in ko for ja, ko in accepted)


def test_datelines_of_one_date_pair(tmp_path: Path) -> None:
    ja = JA_LATE.replace("2026年4月8日", "2026年4月6日（月）")
    accepted = _accepted(tmp_path, ja, KO_LATE.replace("2026년 4월 6일\n", "2026년 4월 6일(월)\n"))
    assert ("2026年4月6日（月）", "2026년 4월 6일(월)") in accepted


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026年4月8日", (2026, 4, 8)),
        ("2026년 4월 6일(월)", (2026, 4, 6)),
        ("令和8年4月8日（水）", (2026, 4, 8)),
        ("Wednesday, April 8, 2026", (2026, 4, 8)),
        ("4月8日", (None, 4, 8)),
        ("2026年4月8日 発表", None),  # a date with more to say
        ("2026년 4월 6일 오후 2시", None),
        ("2026年度上半期", None),
    ],
)
def test_a_date_alone(text: str, date: tuple[int | None, ...] | None) -> None:
    assert _date_alone(text) == date


# a results page: a table of figures (cells translated word for word) and a lead that
# the Japanese writes out (the parent's legal form, 'の韓国法人である', 'と明らかにしました')
_TABLE_ROWS = [
    ("区分", "구분"),
    ("2025年第3四半期", "2025년 3분기"),
    ("2026年第3四半期", "2026년 3분기"),
    ("売上高", "매출"),
    ("154億ウォン", "154억 원"),
    ("187億ウォン", "187억 원"),
    ("営業利益", "영업이익"),
    ("12億ウォン", "12억 원"),
    ("19億ウォン", "19억 원"),
]
JA_LEAD = (
    "ミナセ製菓株式会社の韓国法人であるミナセコリア（代表：松浦 沙織）は3日、第3四半期の"
    "韓国での売上高が前年同期比21%増の187億ウォンになったと明らかにしました。"
)
KO_LEAD = (
    "미나세코리아(대표 마쓰우라 사오리)는 3분기 한국 매출이 187억 원으로 전년 같은 기간보다 "
    "21% 늘었다고 3일 밝혔다."
)


def _page(lang: str, lead: str, rows: list[str]) -> str:
    head, rest = rows[:3], rows[3:]
    cells = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in rest[k : k + 3]) + "</tr>"
        for k in range(0, len(rest), 3)
    )
    body = (
        "<h1>ミナセコリア、第3四半期の売上高187億ウォン</h1><p>2026年11月3日</p>"
        if lang == "ja"
        else "<h1>미나세코리아, 3분기 매출 187억 원</h1><p>2026년 11월 3일</p>"
    )
    return (
        f'<html lang="{lang}"><body>{body}<p>{lead}</p>'
        f"<table><tr>{''.join(f'<th>{c}</th>' for c in head)}</tr>{cells}</table></body></html>"
    )


def test_a_reworded_lead_pairs_beside_a_table(tmp_path: Path) -> None:
    ja = _page("ja", JA_LEAD, [j for j, _ in _TABLE_ROWS])
    ko = _page("ko", KO_LEAD, [k for _, k in _TABLE_ROWS])
    (tmp_path / "q3.ja.html").write_text(ja, encoding="utf-8")
    (tmp_path / "q3.ko.html").write_text(ko, encoding="utf-8")
    alignment = align_files(tmp_path / "q3.ja.html", tmp_path / "q3.ko.html")
    accepted = [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]
    assert (JA_LEAD, KO_LEAD) in accepted
    assert all(pair in accepted for pair in _TABLE_ROWS)


# a Japanese notice says 本日 where its Korean version, written as news, says the day
JA_TODAY = (
    "執行役員の選任に関するお知らせ\n\n"
    "2026年6月18日\n\n"
    "当社は、本日開催の取締役会において、下記のとおり執行役員の選任を決議しましたので"
    "お知らせいたします。\n\n"
    "新任執行役員：大西 隆（現 生産本部副本部長）\n"
    "就任予定日：2026年7月1日\n"
)
KO_TODAY = (
    "집행임원 선임 안내\n\n"
    "2026년 6월 18일\n\n"
    "미쓰바기공은 18일 열린 이사회에서 다음과 같이 집행임원 선임을 결의했다.\n\n"
    "신임 집행임원: 오니시 다카시(현 생산본부 부본부장)\n"
    "취임 예정일: 2026년 7월 1일\n"
)


def test_today_and_the_day_alone_are_one_day(tmp_path: Path) -> None:
    # the one sentence of prose paired: the files are versions of one release
    accepted = _accepted(tmp_path, JA_TODAY, KO_TODAY)
    assert any("本日開催" in ja and "18일 열린" in ko for ja, ko in accepted)
    assert len(accepted) == 5


@pytest.mark.parametrize(
    ("ja", "ko", "lost"),
    [
        ("当社は本日、新工場の建設を決議しました。", "회사는 18일 신공장 건설을 결의했다.", 0),
        ("当社は18日、新工場の建設を決議しました。", "회사는 오늘 신공장 건설을 결의했다.", 0),
        # a day of a month, or a number of days, is no "today"
        ("当社は本日、新工場の建設を決議しました。", "회사는 6월 18일 신공장 건설을 결의했다.", 2),
        ("本日から受け付けます。", "18일간 접수한다.", 1),
    ],
)
def test_today_in_the_anchors(ja: str, ko: str, lost: int) -> None:
    from prlocalize.align import anchors

    one, other = anchors.extract(ja, lang="ja"), anchors.extract(ko, lang="ko")
    assert anchors.agreement(one, other)[1] == lost


# the Korean page was updated after the Japanese was published: a sentence added
JA_PROFILE = (
    "ソラ精密の韓国法人、新社長に河野 恵美氏\n\n"
    "ソラ精密株式会社は、韓国法人ソラ精密コリアの新社長に河野 恵美が就任したと発表しました。\n\n"
    "河野は1978年生まれで、2002年に入社し、品質保証本部長などを務めました。\n\n"
    "ソラ精密コリアは2012年に設立され、従業員数は140人です。\n"
)
KO_PROFILE = (
    "소라정밀 한국법인, 신임 사장에 고노 에미\n\n"
    "소라정밀 주식회사는 한국 법인 소라정밀코리아의 신임 사장에 고노 에미가 취임했다고 밝혔다.\n\n"
    "고노 사장은 1978년생으로 2002년 입사해 품질보증본부장 등을 지냈다. "
    "2021년부터는 창원 공장장을 맡아 왔다.\n\n"
    "소라정밀코리아는 2012년 설립됐으며, 직원 수는 140명이다.\n"
)


def test_a_sentence_one_version_added_is_no_part_of_a_pair(tmp_path: Path) -> None:
    accepted = _accepted(tmp_path, JA_PROFILE, KO_PROFILE)
    assert (
        "河野は1978年生まれで、2002年に入社し、品質保証本部長などを務めました。",
        "고노 사장은 1978년생으로 2002년 입사해 품질보증본부장 등을 지냈다.",
    ) in accepted
    assert not any("2021년" in ko for _, ko in accepted)


def test_a_sentence_split_in_two_keeps_its_figures_together(tmp_path: Path) -> None:
    # each Korean sentence gives figures of the Japanese one: one 1-2 pair
    ko = KO_PROFILE.replace(
        "고노 사장은 1978년생으로 2002년 입사해 품질보증본부장 등을 지냈다. "
        "2021년부터는 창원 공장장을 맡아 왔다.",
        "고노 사장은 1978년생이다. 2002년 입사해 품질보증본부장 등을 지냈다.",
    )
    accepted = _accepted(tmp_path, JA_PROFILE, ko)
    assert (
        "河野は1978年生まれで、2002年に入社し、品質保証本部長などを務めました。",
        "고노 사장은 1978년생이다. 2002년 입사해 품질보증본부장 등을 지냈다.",
    ) in accepted


# a roster whose Korean version lists the directors in another order; Korean writes the
# Japanese names by their sound (高田 恵子 → 다카다 게이코)
JA_ROSTER = (
    "役員人事のお知らせ\n\n"
    "2026年3月10日\n\n"
    "ミツバ工機韓国株式会社は、下記のとおり役員人事を決定しました。\n\n"
    "記\n\n"
    "代表取締役社長　金 在勲（キム・ジェフン）\n"
    "取締役営業本部長　高田 恵子\n"
    "取締役技術本部長　崔 允美（チェ・ユンミ）\n"
    "監査役　森本 浩\n\n"
    "就任日は4月1日です。\n"
)
KO_ROSTER = (
    "임원 인사 안내\n\n"
    "2026년 3월 10일\n\n"
    "미쓰바공기코리아는 다음과 같이 임원 인사를 결정했다.\n\n"
    "- 다음 -\n\n"
    "대표이사 사장 김재훈\n"
    "이사 기술본부장 최윤미\n"
    "이사 영업본부장 다카다 게이코\n"
    "감사 모리모토 히로시\n\n"
    "취임일은 4월 1일이다.\n"
)


def test_japanese_names_written_in_hangul_pair_a_reordered_roster(tmp_path: Path) -> None:
    accepted = _accepted(tmp_path, JA_ROSTER, KO_ROSTER)
    assert ("取締役営業本部長　高田 恵子", "이사 영업본부장 다카다 게이코") in accepted
    assert ("監査役　森本 浩", "감사 모리모토 히로시") in accepted
    assert not any("高田" in ja and "최윤미" in ko for ja, ko in accepted)


@pytest.mark.parametrize(
    ("ja", "ko", "matched"),
    [
        ("高田 恵子は", "다카다 게이코는", 2),
        ("監査役　森本 浩", "감사 모리모토 히로시", 2),
        ("取締役営業本部長　高田 恵子", "이사 기술본부장 최윤미", 0),
    ],
)
def test_a_japanese_name_read_in_hangul(ja: str, ko: str, matched: int) -> None:
    from prlocalize.align import anchors

    one = anchors.extract(ja, lang="ja", readings=True)
    other = anchors.extract(ko, lang="ko", readings=True)
    assert anchors.agreement(one, other)[0] == matched


def test_a_reordered_roster_among_the_first_lines_of_a_short_notice(tmp_path: Path) -> None:
    # no dateline and no 記: the roster's first lines are among the page's first blocks
    ja = JA_ROSTER.replace("2026年3月10日\n\n", "").replace("記\n\n", "")
    ko = KO_ROSTER.replace("2026년 3월 10일\n\n", "").replace("- 다음 -\n\n", "")
    accepted = _accepted(tmp_path, ja, ko)
    assert ("取締役営業本部長　高田 恵子", "이사 영업본부장 다카다 게이코") in accepted
    assert not any("高田" in ja and "최윤미" in ko for ja, ko in accepted)
