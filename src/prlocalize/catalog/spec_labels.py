"""prlocalize.catalog.spec_labels
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A spec sheet's figures by what each measures: a car's length, width and height ('4,690
mm long, 1,880 mm wide', '全長4,690mm、全幅1,880mm', '전장 4,690mm, 전폭 1,880mm'), a
range by its driving or its test cycle ('571 km city, 484 km highway', 'WLTCモードで612km',
'EPA 기준 330마일'), and the dates orders open and deliveries start ('受注は3月10日…納車は
4月15日'). A translation that gives two of them each other's figure ('全幅1,620mm、全高
1,880mm') keeps every figure, so the figures match; only the label each is paired with
tells it. So does a disaster's toll: the dead and the injured given each other's
figures ('死者2人、負傷者15人' as '15 dead and two injured').

A figure is paired with the nearest label before it in its clause (no other figure, no
comma between), or in English first with one after it ('1,880 mm wide', '330 miles on the
EPA cycle'). Only labels both texts pair are judged, and only where two of them trade
their figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from prlocalize.catalog.figures import Item, items, spelled_counts
from prlocalize.catalog.screens import Screened
from prlocalize.catalog.source_readings import keep_silent, remembered, silent
from prlocalize.lazy_patterns import lazy_compile

_L = r"(?<![A-Za-z])"
_R = r"(?![A-Za-z-])"
_CHECK_IN_OUT = (
    rf"(?P<check_in>チェックイン|체크\s?인|{_L}check[-\s]?in{_R})"
    rf"|(?P<check_out>チェックアウト|체크\s?아웃|{_L}check[-\s]?out{_R})"
)
# each label's words in English, Japanese and Korean (a test cycle is its own label)
_LABELS = lazy_compile(
    rf"(?P<length>全長|전장|{_L}(?:long|length){_R})"
    rf"|(?P<width>全幅|전폭|{_L}(?:wide|width){_R})"
    rf"|(?P<height>全高|전고|{_L}(?:tall|high|height){_R})"
    rf"|(?P<wheelbase>ホイールベース|휠베이스|축간\s?거리|{_L}wheelbase{_R})"
    rf"|(?P<city>市街地|도심|{_L}(?:city|urban){_R})"
    rf"|(?P<highway>高速道路|고속도로|{_L}(?:highway|motorway|freeway){_R})"
    # an insurer's ratios and a policy's premium and cover ('損害率65.2％、コンバインド・
    # レシオ96.8％', '손해율 78.4%, 합산비율 101.2%'; '月額保険料は1,850円から…保険金額は最大
    # 1,000万円'): a combined ratio is not the fuel cycle's 'combined', so it is read first
    rf"|(?P<loss_ratio>損害率|ロス・?レシオ|손해율|{_L}loss\sratios?{_R})"
    rf"|(?P<combined_ratio>コンバインド・?レシオ|합산\s?비율|{_L}combined\sratios?{_R})"
    rf"|(?P<expense_ratio>事業費率|사업비율|{_L}expense\sratios?{_R})"
    rf"|(?P<premium>保険料|보험료|{_L}premiums?{_R})"
    rf"|(?P<coverage>保険金額|保障額|보장\s?금액|가입\s?금액|(?<![가-힣])보험금(?!\s?지급)|"
    rf"{_L}(?:coverage|sum\sinsured|sum\sassured){_R})"
    rf"|(?P<combined>複合|복합|{_L}combined{_R})"
    rf"|{_L}(?P<cycle>WLTC|WLTP|EPA|NEDC|CLTC|JC08){_R}"
    rf"|(?P<order>受注|予約受付|注文|주문|사전\s?계약|계약|{_L}(?:orders?|pre-orders?|ordering){_R})"
    rf"|(?P<delivery>納車|デリバリー|인도|출고|{_L}deliver(?:y|ies){_R})"
    # a disaster's toll: the dead, the injured and the missing ('死者2人、負傷者15人', '사망
    # 2명·부상 15명', 'two dead and 15 injured', '15 have been injured'; not '급부상')
    rf"|(?P<dead>死者|死亡者?|사망자?|숨(?:졌|진|지)|{_L}(?:dead|died|deaths?|killed|fatalities){_R})"
    rf"|(?P<injured>負傷者|けが人|怪我人|重軽傷者|重傷者|(?<!급)부상자?|"
    rf"{_L}(?:injured|injuries|hurt|wounded){_R})"
    rf"|(?P<missing>行方不明者?|실종자?|{_L}missing{_R})"
    # an outbreak's counts: the infected, their close contacts, the hospitalised ('感染者8人、
    # 濃厚接触者42人', '확진자 8명, 밀접접촉자 42명', 'eight infected and 42 close contacts',
    # '3人が入院', 'three have been hospitalized')
    rf"|(?P<infected>感染者|陽性者|확진자|감염자|양성자|"
    rf"{_L}(?:infected|infections?|confirmed\scases?|tested\spositive){_R})"
    rf"|(?P<contacts>濃厚接触者|接触者|밀접\s?접촉자|접촉자|{_L}(?:close[-\s]contacts?|contacts){_R})"
    rf"|(?P<hospitalised>入院(?:患者|者)?|입원(?:\s?환자|자)?|"
    rf"{_L}(?:hospitali[sz]ed|hospitali[sz]ations?|in\shospital|admitted){_R})"
    # a hospital's beds and the intensive care unit's ('病床数は600床、うちICUは24床', '600
    # beds, including 24 in the intensive care unit')
    # ('ICU病床', 'ICU 병상', 'ICU beds': the unit's beds, not the hospital's)
    rf"|(?P<icu>(?:集中治療室|중환자실|ICU)(?:\s?(?:病床|병상))?|"
    rf"{_L}(?:ICU|intensive\scare(?:\sunits?)?)(?:\sbeds?)?{_R})"
    rf"|(?P<beds>病床|병상|{_L}beds?{_R})"
    # a trial's arms: those given the vaccine or the drug, and those given a placebo
    # ('ワクチン群の0.8%、プラセボ群の0.9%', '0.8% of vaccine recipients')
    rf"|(?P<placebo>プラセボ群|偽薬群|위약군|플라시보군|{_L}placebo{_R})"
    rf"|(?P<treated>(?:ワクチン|実薬|投与)群|(?:백신|투약|시험약)군|"
    rf"{_L}(?:vaccine|vaccinated|treatment|active)\s(?:recipients|group|arm){_R})"
    # a loan's two rates, each with its own figures ('변동금리는 연 3.2~4.5%, 고정금리는
    # 연 3.8~4.9%'): English names them before their figures only
    rf"|(?P<fixed_rate>固定金利|固定型|고정\s?금리|고정형|{_L}fixed(?=[- ](?:interest[- ])?rate)"
    rf"|{_L}fixed-rate{_R})"
    rf"|(?P<variable_rate>変動金利|変動型|변동\s?금리|변동형|"
    rf"{_L}(?:variable|floating|adjustable)(?=[- ](?:interest[- ])?rate))"
    # an offering's new shares and the existing shares its holders sell ('公募500万株・売出し
    # 200万株', '신주 500만 주와 구주매출 200만 주', '5,000,000 new shares and 2,000,000
    # existing shares'), and the over-allotment, which is neither (its '売出し' with it)
    rf"|(?P<over_allotment>オーバーアロットメント(?:による売出し)?|초과\s?배정|{_L}over-?allotment{_R})"
    rf"|(?P<new_shares>新株式|新株(?!予約)|新規発行|募集株式|公募(?!価)|신주(?!\s?인수)|"
    rf"{_L}(?:new|newly[- ]issued|primary)\s(?:common\s|ordinary\s)?shares{_R}|"
    rf"{_L}shares\sto\sbe\s(?:newly\s)?issued{_R})"
    rf"|(?P<existing_shares>既存株式|既存株|売出し|売出|旧株|구주(?:\s?매출)?|"
    rf"{_L}(?:existing|secondary)\s(?:common\s|ordinary\s)?shares{_R}|{_L}secondary\soffering{_R}|"
    rf"{_L}shares\sto\sbe\s(?:sold|offered)\sby\s(?:existing|selling|current){_R})"
    # a corporate action's dates: its record date, the date it takes effect, the day the
    # shares go ex, the day it is paid ('基準日は3月31日、効力発生日は4月1日')
    rf"|(?P<record_date>基準日|権利確定日|기준일|{_L}(?:record\sdate|date\sof\srecord|of\srecord){_R})"
    rf"|(?P<effective_date>効力発生日|효력\s?발생일|{_L}(?:effective\sdate|takes?\seffect|"
    rf"effective\s(?:on|as\sof)){_R})"
    rf"|(?P<ex_date>権利落ち?日|배당락일|권리락일|{_L}ex-(?:dividend|rights|date)(?:\sdate)?{_R})"
    rf"|(?P<payment_date>支払(?:開始|予定)日|支払い?開始|지급\s?(?:개시\s?|예정\s?)?일|"
    rf"{_L}(?:payment\s(?:start\s)?date|payable\son|paid\son){_R})"
    # ... and the day the board met to resolve it ('11月8日開催の取締役会', 'at a meeting
    # held on November 8'), which a translation may give the record date's day
    rf"|(?P<meeting>{_L}(?:held|convened)\son{_R})"
    # a network's two directions, each with its own top speed ('下り最大4.9Gbps、上り最大
    # 1.2Gbps', '다운로드 최대 4.9Gbps', 'up to 4.9 Gbps downlink'): not a train's or a
    # road's '上り線', '下り坂', nor Korean '상향'/'하향' (a figure raised or cut)
    rf"|(?P<downlink>下り(?![線坂便列車])|다운로드|다운링크|{_L}(?:downlink|download){_R})"
    rf"|(?P<uplink>上り(?![線坂便列車])|업로드|업링크|{_L}(?:uplink|upload){_R})"
    # an outage's start and its recovery ('2時10分に発生し、9時45分に復旧', '2시 10분께 시작돼
    # 9시 45분 복구됐다', 'began at 2:10 a.m. and was restored at 9:45 a.m.'), each a time
    rf"|(?P<outage_start>発生|발생|{_L}(?:began|begun|started|occurred){_R})"
    rf"|(?P<recovery>復旧|복구|{_L}(?:restored|recovered|recovery|resolved){_R})"
    # aviation: an aircraft's seats by class ('ビジネスクラス8席、エコノミークラス166席',
    # '비즈니스석 8석, 일반석 166석', '8 in Business Class and 166 in Economy'); premium
    # economy is read before economy
    rf"|(?P<first_class>ファーストクラス|일등석|퍼스트\s?클래스|{_L}first\sclass{_R})"
    rf"|(?P<business_class>ビジネスクラス|ビジネス席|비즈니스석|비즈니스\s?클래스|프레스티지석|"
    rf"{_L}business(?:\sclass|\sseats?|\scabin){_R})"
    rf"|(?P<premium_economy>プレミアムエコノミー|프리미엄\s?이코노미|{_L}premium\seconomy{_R})"
    rf"|(?P<economy_class>エコノミークラス|エコノミー席|普通席|일반석|이코노미석|이코노미\s?클래스|"
    rf"{_L}economy(?:\sclass|\sseats?|\scabin){_R})"
    # education: pupils and teachers as Japanese and Korean name them before their count
    # ('학생 120만 명과 교사 4만5000명', '生徒6,800人'; English counts them after, _COUNTED)
    r"|(?P<students>児童・?生徒|児童|生徒|학생(?!회))|(?P<teachers>教員|教師|講師|교사|교원|강사)"
    # ... and schools ('공립학교 42곳'), not a school of a pupil's year ('중학교 3학년',
    # '中学校（1〜3年生）', '고등학교 2학년')
    r"|(?P<schools>(?<![小中중])(?<!초등)(?<!고등)(?<!高等)(?:学校|학교))"
    # hotels: the times of check-in and check-out ('チェックイン午後3時、チェックアウト正午',
    # '체크인 오후 3시부터, 체크아웃 정오까지', 'check-in from 3:00 p.m., check-out until
    # noon'), which a translation may trade
    rf"|{_CHECK_IN_OUT}",
    re.IGNORECASE,
)
# labels English names before their figure, never after it: the next clause's label
# ('4.5% per annum and the fixed rate from 3.8%', 'paid on June 28 to shareholders of
# record as of March 31') is not the figure's
_NAMED_BEFORE = frozenset(
    {
        "fixed_rate",
        "variable_rate",
        "record_date",
        "effective_date",
        "ex_date",
        "payment_date",
        "meeting",
        "loss_ratio",
        "combined_ratio",
        "expense_ratio",
        "premium",
        "coverage",
        "outage_start",
        "recovery",
        # hotels ('check-in at 3 p.m. and check-out at 11 a.m.': 'check-out' is 11 a.m.'s)
        "check_in",
        "check_out",
    }
)
# labels of a level (a ratio, a premium, a cover) that a change in points or a date may
# stand between ('the loss ratio improved 2.3 points to 65.2%', '損害率は2.3ポイント改善して
# 65.2％', 'premium income for FY2025 was', 'the combined ratio for the third quarter'):
# the label is the level's, passed on past them
_OF_A_LEVEL = frozenset({"loss ratio", "combined ratio", "expense ratio", "premium", "coverage"})
_PERIODS = frozenset({"fiscal", "quarter", "half", "half-said", "month"})
_POINTS_AFTER = lazy_compile(
    r"\s?(?:[%％]\s?(?:p(?![A-Za-z])|ポイント)|ポイント|포인트|(?:percentage\s)?points?(?![A-Za-z])|"
    r"pts?(?![A-Za-z]))",
    re.IGNORECASE,
)
_LABEL_NAMES = {
    "fixed_rate": "fixed rate",
    "variable_rate": "variable rate",
    "over_allotment": "over-allotment",
    "new_shares": "new shares",
    "existing_shares": "existing shares",
    "record_date": "record date",
    "effective_date": "effective date",
    "ex_date": "ex-date",
    "payment_date": "payment date",
    "meeting": "meeting date",
    "loss_ratio": "loss ratio",
    "combined_ratio": "combined ratio",
    "expense_ratio": "expense ratio",
    "outage_start": "start",
    "contacts": "close contacts",
    "icu": "intensive care unit",
    "treated": "treated group",
    "placebo": "placebo group",
    # aviation
    "first_class": "First Class",
    "business_class": "Business Class",
    "premium_economy": "Premium Economy",
    "economy_class": "Economy Class",
    # hotels
    "check_in": "check-in",
    "check_out": "check-out",
}
_GATE = lazy_compile(
    r"全[長幅高]|전[장폭고]|ホイールベース|휠베이스|축간|市街地|도심|高速道路|고속도로|複合|복합|"
    r"WLTC|WLTP|EPA|NEDC|CLTC|JC08|受注|予約|注文|주문|계약|納車|デリバリー|인도|출고|"
    r"long|length|wide|width|tall|high|height|wheelbase|city|urban|highway|motorway|freeway|"
    r"combined|order|deliver|固定|変動|고정|변동|fixed|variable|floating|adjustable|"
    r"新株|既存株|売出|旧株|公募|신주|구주|new shares|existing shares|secondary|"
    # (an English date's label by its phrase: 'record', 'effect' and 'held' alone are in
    # too many sentences)
    r"基準日|権利|効力|支払|기준일|효력|락일|지급|of record|record date|effective date|"
    r"effective on|effective as|takes? effect|ex-(?:dividend|rights|date)|payment date|"
    r"payment start|payable on|paid on|held on|convened on|募集|新規|shares to be|開催|개최|"
    r"死|負傷|けが|怪我|傷者|사망|부상|dead|died|death|killed|fatalit|injur|hurt|wounded|"
    r"行方不明|실종|missing|損害率|レシオ|손해율|합산\s?비율|사업비율|loss ratio|combined ratio|"
    r"expense ratio|事業費率|保険料|보험료|premium|"
    r"保険金額|保障額|보장|가입|보험금|coverage|sum insured|sum assured|"
    r"下り|上り|다운|업로드|업링크|downlink|uplink|download|upload|"
    r"発生|발생|復旧|복구|began|begun|started|occurred|restored|recover|resolved|"
    r"感染|陽性|확진|감염|양성|接触|접촉|入院|입원|숨[졌진지]|病床|병상|"
    r"集中治療|중환자|infect|tested positive|confirmed case|close.contact|hospitali[sz]|"
    r"in hospital|admitted|\bICU|intensive care|\bbeds?\b|\bcontacts\b|プラセボ|偽薬|위약|플라시보|"
    r"placebo|"
    # aviation: seats by class
    r"ファースト|ビジネス|エコノミー|普通席|일등석|퍼스트|비즈니스|프레스티지|이코노미|일반석|"
    r"first class|business (?:class|seat|cabin)|economy|"
    r"児童|生徒|학생|教員|教師|講師|교사|교원|강사|学校|학교|"
    # hotels: check-in and check-out
    r"チェック|체크|check",
    re.IGNORECASE,
)
# education: pupils and teachers, counted after their figure ('6,800 students',
# '6,800人の児童・生徒') and named before it in Japanese and Korean ('학생 6,800명', '教員
# 120人'); '学生' is no '留学生' of another count, '생' no '학생회'
_STUDENTS_AFTER = (
    r"(?P<students>児童・?生徒|児童|生徒|学生|학생(?!회)|(?:students|pupils|learners)(?![A-Za-z]))"
)
_TEACHERS_AFTER = (
    r"(?P<teachers>教員|教師|講師|교사|교원|강사|(?:teachers|instructors|educators)(?![A-Za-z]))"
)
# the words every match of _GATE holds (each alternative's literal head): the pattern is
# tried at every character of a text (some 100 µs a sentence; build's gate asks it of every
# msgid and of the msgstrs it pairs with), the words in about 1 µs (see screens.py)
_GATE_WORDS = (
    "全長", "全幅", "全高", "전장", "전폭", "전고", "ホイールベース", "휠베이스", "축간",
    "市街地", "도심", "高速道路", "고속도로", "複合", "복합", "WLTC", "WLTP", "EPA", "NEDC",
    "CLTC", "JC08", "受注", "予約", "注文", "주문", "계약", "納車", "デリバリー", "인도", "출고",
    "long", "length", "wide", "width", "tall", "high", "height", "wheelbase", "city", "urban",
    "highway", "motorway", "freeway", "combined", "order", "deliver", "固定", "変動", "고정",
    "변동", "fixed", "variable", "floating", "adjustable", "新株", "既存株", "売出", "旧株",
    "公募", "신주", "구주", "new shares", "existing shares", "secondary", "基準日", "権利",
    "効力", "支払", "기준일", "효력", "락일", "지급", "of record", "record date",
    "effective date", "effective on", "effective as", "take", "ex-", "payment date",
    "payment start", "payable on", "paid on", "held on", "convened on", "募集", "新規",
    "shares to be", "開催", "개최", "死", "負傷", "けが", "怪我", "傷者", "사망", "부상", "dead",
    "died", "death", "killed", "fatalit", "injur", "hurt", "wounded", "行方不明", "실종",
    "missing", "損害率", "レシオ", "손해율", "합산", "사업비율", "loss ratio", "combined ratio",
    "expense ratio", "事業費率", "保険料", "보험료", "premium", "保険金額", "保障額", "보장",
    "가입", "보험금", "coverage", "sum insured", "sum assured", "下り", "上り", "다운", "업로드",
    "업링크", "downlink", "uplink", "download", "upload", "発生", "발생", "復旧", "복구",
    "began", "begun", "started", "occurred", "restored", "recover", "resolved", "感染", "陽性",
    "확진", "감염", "양성", "接触", "접촉", "入院", "입원", "숨", "病床", "병상", "集中治療",
    "중환자", "infect", "tested positive", "confirmed case", "close", "hospitali",
    "in hospital", "admitted", "ICU", "intensive care", "bed", "contacts", "プラセボ", "偽薬",
    "위약", "플라시보", "placebo",
    # aviation: seats by class
    "ファースト", "ビジネス", "エコノミー", "普通席", "일등석", "퍼스트", "비즈니스", "프레스티지",
    "이코노미", "일반석", "first class", "business", "economy",
    # education: pupils, teachers, schools
    "児童", "生徒", "학생", "教員", "教師", "講師", "교사", "교원", "강사", "学校", "학교",
    # hotels: check-in and check-out
    "チェック", "체크", "check",
)  # fmt: skip
_GATE_SCREENED = Screened(_GATE, _GATE_WORDS)
# what a count counts, right after it in every language ('30 shows in 20 cities', '20都市30
# 公演', '20개 도시에서 30회 공연', 'in 12 countries', '12カ国'): a tour's cities and shows
# given each other's figures keep every figure
_COUNTED = lazy_compile(
    r"\s?(?:개\s?|회\s?|[A-Za-z-]{1,20}\s|[人名]の|명의\s)?"  # (one word between: linear)
    r"(?:(?P<cities>都市|도시|cities(?![A-Za-z]))"
    r"|(?P<shows>公演|공연|(?:shows|concerts|performances)(?![A-Za-z]))"
    r"|(?P<countries>[カか]国|ヶ国|개국|countries(?![A-Za-z]))"
    # education: a school's pupils, its teachers and the schools ('1.2 million students and
    # 45,000 teachers', '120万人の児童・生徒と4万5,000人の教員', '42校', '42개 학교')
    rf"|{_STUDENTS_AFTER}|{_TEACHERS_AFTER}|(?P<schools>校(?![舎長正門庭歌])|"
    r"학교|(?:schools|campuses)(?![A-Za-z]))"
    # hotels: a group's hotels beside its countries ('64 hotels and resorts in 19
    # countries', '19カ国で64軒', '19개국에서 64개 호텔'), which a translation may trade
    r"|(?P<hotels>軒(?!家)|ホテル|호텔|(?:hotels|properties)(?![A-Za-z])))"
)
_COUNTED_GATE = lazy_compile(
    "都市|도시|cities|公演|공연|shows|concerts|performances|国|개국|countries|"
    "students|pupils|learners|teachers|instructors|educators|schools|campuses|"
    "児童|生徒|学生|教員|教師|講師|校|학생|교사|교원|강사|학교|"
    # hotels
    "軒|ホテル|호텔|hotels|properties"
)
# the toll's labels English gives after their figure only ('15 injured and 12 houses':
# 'injured' is not the houses'), and its counts may be spelt out ('two dead')
_NAMED_AFTER = frozenset({"dead", "injured", "missing", "infected", "contacts", "hospitalised"})
_TOLL_GATE = lazy_compile(
    r"dead|died|death|killed|fatalit|injur|hurt|wounded|missing|infect|tested positive|"
    r"confirmed case|close.contact|\bcontacts\b|hospitali[sz]|in hospital|admitted",
    re.I,
)
_TOLL_SCREENED = Screened(
    _TOLL_GATE,
    ("dead", "died", "death", "killed", "fatalit", "injur", "hurt", "wounded", "missing",
     "infect", "tested positive", "confirmed case", "close", "contacts", "hospitali",
     "in hospital", "admitted"),
)  # fmt: skip
# ... which Japanese and Korean may name after the count as what befell it ('3人が入院し',
# '1명이 숨졌다'): the subject's particle joins them
_SUBJECT_OF_A_LABEL = lazy_compile(r"\s?(?:人|名|명)\s?(?:が|は|이|은|가)\s?")
_AFTER_ITS_SUBJECT = frozenset({"dead", "injured", "missing", "hospitalised"})
_EN_AFTER_ITS_SUBJECT = _AFTER_ITS_SUBJECT | {"infected"}
# ... and 'one' of a toll, which spelled_counts leaves out as a pronoun's word: one with a
# verb after it ('one has died', 'one patient was hospitalized')
_ONE_OF_A_TOLL = lazy_compile(
    r"(?<![A-Za-z-])[Oo]ne(?= (?:(?:person|patient|resident|child) )?"
    r"(?:has|had|have|is|was|were|died|remains?)(?![A-Za-z]))"
)
# ... or after the subject the count opens and its verb ('Three participants in the
# placebo group were hospitalized'): a few words, none that opens another clause
_EN_SUBJECT_OF_A_LABEL = lazy_compile(
    r"(?: (?!(?:and|or|but|after|before|since|when|while|than|who|which|that)\b)"
    r"[A-Za-z-]+){1,6}? (?:were|was|have been|has been|had been|are|is|remain(?:s|ed)?) "
)
# an acronym glossed in brackets ('集中治療室（ICU）は24床') is part of its label's clause
_GLOSS = lazy_compile(r"[（(][A-Z]{2,6}[)）]")
# a label stays with its figure within a clause: no other figure, no comma or bracket
_BREAK = lazy_compile(r"[\d,;:()（）、。，；]")
_REACH = 30  # characters a label may stand from its figure
# an English label that heads the next figure's noun ('1.2 Gbps and uplink speeds of up
# to 4.9 Gbps'): not the figure's before it
_HEADS_A_FIGURE = lazy_compile(r"\s(?:speeds?|rates?|throughputs?)\b", re.IGNORECASE)
# what joins a Japanese or Korean figure to the label it is named as, past a weekday's or a
# short note's bracket
_HELD_AFTER = lazy_compile(r"\s?(?:開催|개최)")
_OBJECT_OF_A_LABEL = lazy_compile(r"\s?(?:[（(][^()（）]{0,8}[)）])?\s?(?:を|을|를)\s?")


# a hotel's times set out after their label and a colon, as a fact sheet lists them
# ('Check-in: 3:00 p.m.', 'チェックイン：15:00', '체크아웃: 정오'; a colon parts other labels)
_BEFORE_A_COLON = lazy_compile(rf"(?:{_CHECK_IN_OUT})\s?[:：]\s?$", re.IGNORECASE)


def _label(match: re.Match[str]) -> str:
    group = match.lastgroup or ""
    return match[0].upper() if group == "cycle" else _LABEL_NAMES.get(group, group)


# a Japanese or Korean time named after it by what happened then, past its minutes and
# an approximation ('2時10分ごろに発生', '9시 45분 복구', '2時から発生'; English names it before)
_TIME_THEN = lazy_compile(
    r"(?:\s?\d{1,2}\s?(?:分|분))?\s?(?:ごろ|頃|께|경|쯤)?\s?(?:に|から|에|부터)?\s?"
)


def _value(item: Item) -> frozenset[object]:
    if item.date is not None:
        return frozenset({("date", item.date)})
    if item.kind == "time":
        # by its hour, which every language gives it ('午前2時' and its minutes apart)
        hours = {item.parts[0]} if item.parts else {k for k in item.keys if isinstance(k, Decimal)}
        return frozenset(("hour", int(hour)) for hour in hours)
    return item.keys


# an hour Japanese or Korean writes on the 24-hour clock without its half of the day
# ('15時', '11시'; not '24時間', '3시간'), which the figures read as a number
_AN_HOUR = lazy_compile(r"\s?[時시](?![間간])")


def _as_an_hour(value: frozenset[object]) -> frozenset[object]:
    hours = {int(k) for k in value if isinstance(k, Decimal) and k == int(k) and 0 <= k <= 24}
    return frozenset(("hour", hour) for hour in hours) or value


# aviation: a timetable's leg, its departure and its arrival time ('成田 09:30発 → 釜山
# 12:05着', '부산 13:20 출발 → 나리타 15:40 도착', 'Narita 9:30 a.m. → Busan 12:05 p.m.',
# 'dep. 09:30', 'arriving at 12:05'): by the word after a Japanese or Korean time, before
# an English one, or else by the arrow (the time before it departs, the one after arrives)
_LEG_GATE = lazy_compile(
    r"\d\s?[発着]|出発|到着|출발|도착|→|\bdep(?:\.|art)|\barr(?:\.|iv)", re.IGNORECASE
)
_LEG_AFTER = lazy_compile(
    r"(?:\s?\d{1,2}\s?[分분])?(?:\s?(?:頃|ごろ|께|경))?\s?(?:に|에)?\s?"
    r"(?:(発|出発|출발)|(着(?!手)|到着|도착))"
)
_LEG_BEFORE_EN = lazy_compile(
    r"(?:\b(dep\.|departs?|departing|departure)|\b(arr\.|arrives?|arriving|arrival))"
    r"(?:\s(?:at|in|from))?(?:\s[A-Z][\w-]+){0,2}(?:\s(?:at|time))?\s?$",
    re.IGNORECASE,
)
_ARROW_AFTER = lazy_compile(r"\s?(?:\(\+1\)\s?)?(?:→|->|⇒)")
# the arrow of the leg a time arrives by: within reach before it, no figure between
_ARROW_BEFORE = lazy_compile(r"(?:→|->|⇒)[^\d→]{0,24}$")
_LEG_LABELS = ("departure", "arrival")
_TIMES = frozenset({"time", "timestamp"})


def _leg_label(text: str, item: Item, lang: str) -> str | None:
    """'departure' or 'arrival' for a time of a timetable's leg, else None."""
    if lang in ("ja", "ko"):
        word = _LEG_AFTER.match(text, item.end)
        if word is not None:
            return _LEG_LABELS[0] if word[1] else _LEG_LABELS[1]
    else:
        word = _LEG_BEFORE_EN.search(text, max(0, item.start - 40), item.start)
        if word is not None:
            return _LEG_LABELS[0] if word[1] else _LEG_LABELS[1]
    if _ARROW_AFTER.match(text, item.end) is not None:
        return _LEG_LABELS[0]
    if _ARROW_BEFORE.search(text, max(0, item.start - 30), item.start) is not None:
        return _LEG_LABELS[1]
    return None


def _labelled(text: str, lang: str) -> dict[str, tuple[frozenset[object], str]]:
    """Each label of ``text`` with the value of the figure it is paired with and how the
    figure is written (a label given to two figures of other values is left out)."""
    counted = _COUNTED_GATE.search(text) is not None
    legs = _LEG_GATE.search(text) is not None
    if not counted and not legs and _GATE_SCREENED.search(text) is None:
        return {}
    found: dict[str, tuple[frozenset[object], str]] = {}
    doubtful: set[str] = set()
    figures = items(text)
    spelled = counted or (lang == "en" and _TOLL_SCREENED.search(text) is not None)
    if spelled and lang == "en":  # ('five shows in 10 cities', 'two dead')
        ones = [
            Item("number", m[0], *m.span(), frozenset({Decimal(1)}))
            for m in _ONE_OF_A_TOLL.finditer(text)
        ]
        figures = sorted([*figures, *spelled_counts(text), *ones], key=lambda item: item.start)
    claimed = 0  # where the last label a figure was named as ends: no later figure's
    passed: tuple[str, int] | None = None  # a level's label passed on, and from where
    for item in figures:
        value = _value(item)
        if item.kind == "number" and _AN_HOUR.match(text, item.end) is not None:
            value = _as_an_hour(value)  # ('チェックインは15時': a time, as '3 p.m.' is)
        if not value:
            continue
        carried, passed = passed, None
        label = _leg_label(text, item, lang) if legs and item.kind in _TIMES else None
        thing = _COUNTED.match(text, item.end) if counted and label is None else None
        if label is not None:
            pass
        elif thing is not None:
            label = thing.lastgroup
        elif lang in ("ja", "ko"):
            # ... or named after it as its object ('2027年3月31日（水）を基準日として',
            # '3월 31일을 기준일로')
            named = _OBJECT_OF_A_LABEL.match(text, item.end)
            match = _LABELS.match(text, named.end()) if named is not None else None
            if match is not None:
                label = _label(match)
                claimed = match.end()
            elif item.date is not None and _HELD_AFTER.match(text, item.end) is not None:
                label = _LABEL_NAMES["meeting"]  # ('2027年11月8日開催の', '11월 8일 개최된')
            else:
                if item.kind == "time":
                    then = _TIME_THEN.match(text, item.end)
                    match = _LABELS.match(text, then.end()) if then is not None else None
                    if match is not None and match.lastgroup in ("outage_start", "recovery"):
                        label = _label(match)
                        claimed = match.end()
                if label is None:
                    subject = _SUBJECT_OF_A_LABEL.match(text, item.end)
                    match = _LABELS.match(text, subject.end()) if subject is not None else None
                    if match is not None and match.lastgroup in _AFTER_ITS_SUBJECT:
                        label = _label(match)
        elif lang == "en" and (toll := _toll_subject(text, item.end, spelled)):
            label = toll
        elif lang == "en":
            # (a label begun within reach is read whole: 'identified as close contacts')
            after = text[item.end : item.end + _REACH + 15]
            stop = _BREAK.search(after)
            match = _LABELS.search(after[: stop.start() if stop else len(after)])
            if match is not None and match.start() > _REACH:
                match = None
            if (
                match is not None
                and match.lastgroup not in _NAMED_BEFORE
                and _HEADS_A_FIGURE.match(after, match.end()) is None
            ):
                label = _label(match)
        if label is None:
            before = text[max(0, item.start - _REACH, claimed) : item.start]
            unglossed = _GLOSS.sub(lambda m: " " * len(m[0]), before)
            cut = max((m.end() for m in _BREAK.finditer(unglossed)), default=0)
            nearest = None
            for match in _LABELS.finditer(before, cut):
                if lang != "en" or match.lastgroup not in _NAMED_AFTER:
                    nearest = match
            label = _label(nearest) if nearest is not None else None
            if label is None and (colon := _BEFORE_A_COLON.search(before)) is not None:
                label = _label(colon)  # ('Check-in: 3:00 p.m.', 'チェックイン：15時')
        if (
            label is None
            and carried is not None
            and item.start - carried[1] <= _REACH
            and _BREAK.search(text, carried[1], item.start) is None
        ):
            label = carried[0]
        if label in _OF_A_LEVEL:
            points = _POINTS_AFTER.match(text, item.end)
            if points is not None or item.date is not None or item.kind in _PERIODS:
                passed = (label, points.end() if points is not None else item.end)
                continue
        if label is None:
            continue
        if label in found and found[label][0] != value:
            doubtful.add(label)
        found.setdefault(label, (value, item.text))
    return {label: said for label, said in found.items() if label not in doubtful}


def _toll_subject(text: str, end: int, toll: bool) -> str | None:
    """The toll's label an English count at ``end`` is the subject of, past the words of
    its subject ('Three participants in the placebo group were hospitalized'), else None."""
    if not toll:
        return None
    subject = _EN_SUBJECT_OF_A_LABEL.match(text, end)
    named = _LABELS.match(text, subject.end()) if subject is not None else None
    if named is None or named.lastgroup not in _EN_AFTER_ITS_SUBJECT:
        return None
    return _label(named)


@dataclass(frozen=True, slots=True)
class LabelSwap:
    """Two labels of the source whose figures the translation gives each other."""

    first: str  # the label ('width', 'WLTC', 'order')
    first_figure: str  # its figure, as the source writes it
    second: str
    second_figure: str
    found: str  # the first label's figure, as the translation writes it


def labels_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> LabelSwap | None:
    """The first two labels whose figures the translation gives each other; None when
    every label both texts pair keeps its figure. ``memo``: a dict kept with ``source``
    (see :mod:`prlocalize.catalog.source_readings`)."""
    if silent(memo, "spec_labels.labels_swapped"):
        return None
    ours = remembered(memo, "spec_labels", lambda text: _labelled(text, source_lang), source)
    if len(ours) < 2:
        keep_silent(memo, "spec_labels.labels_swapped")
        return None
    theirs = _labelled(target, target_lang)
    shared = [label for label in ours if label in theirs]
    for i, first in enumerate(shared):
        for second in shared[i + 1 :]:
            a, b = ours[first][0], ours[second][0]
            if a & b:
                continue  # one figure for both: nothing to trade
            if theirs[first][0] & b and theirs[second][0] & a and not theirs[first][0] & a:
                return LabelSwap(first, ours[first][1], second, ours[second][1], theirs[first][1])
    return None
