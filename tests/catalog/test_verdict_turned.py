"""PR410 on a judgment's or an order's word turned into its other in the translation: who
won ('勝訴' as '敗訴', '원고 패소' as 'ruled in favor of …, the plaintiff'), which side a party
was ('原告' as '被告'), which appeal ('控訴' as '上告', an appeal to a High Court as '상고')
and which order (a cease-and-desist order as a surcharge order, a surcharge as a criminal
fine). Every figure, name and date stays, so nothing else sees it."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

HEADLINE = "Hoshizora Pharmaceutical Wins Patent Infringement Lawsuit Against Kitamura Medical"
AS_PLAINTIFF = "In the suit, Hoshizora, as plaintiff, had sought damages of 1.2 billion yen."
APPEAL_EN = "Kitamura Medical may appeal the judgment to the Intellectual Property High Court."
KO_LOST = "서울고등법원은 2월 12일 한빛전자가 제기한 소송의 항소심에서 원고 패소 판결을 내렸다."
KO_FINAL = "한빛전자는 이 판결에 불복해 대법원에 상고했다."
JA_ORDER = "公正取引委員会は、東和化成に対し、独占禁止法第3条違反で排除措置命令を行いました。"
HIGH_RULING = "Hanbit Electronics will appeal the Seoul High Court's ruling."
JA_SURCHARGE = "公正取引委員会は、東和化成に対し、課徴金12億円の納付を命じました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", HEADLINE, "星空製薬、北村メディカルに対する特許侵害訴訟で敗訴"),
        ("ko", HEADLINE, "호시조라제약, 기타무라메디컬 상대 특허침해 소송에서 패소"),
        ("en", "星空製薬、特許侵害訴訟で勝訴", "Hoshizora Pharmaceutical loses patent lawsuit"),
        (
            "en",
            KO_LOST,
            "On February 12, the Seoul High Court ruled in favor of Hanbit Electronics, the "
            "plaintiff, on appeal.",
        ),
        (
            "en",
            KO_LOST,
            "On February 12, the Seoul High Court ruled against Hanbit Electronics, the "
            "defendant, on appeal.",
        ),
        (
            "ja",
            AS_PLAINTIFF,
            "本訴訟において、被告である星空製薬は12億円の損害賠償を求めていました。",
        ),
        ("ko", AS_PLAINTIFF, "이번 소송에서 피고인 호시조라는 12억 엔의 손해배상을 청구했다."),
        ("ja", APPEAL_EN, "北村メディカルは、知的財産高等裁判所へ上告することができます。"),
        ("ko", APPEAL_EN, "기타무라메디컬은 지적재산고등재판소에 상고할 수 있다."),
        ("ja", KO_FINAL, "ハンビット電子はこの判決を不服として控訴しました。"),
        ("en", KO_FINAL, "Hanbit Electronics has appealed the ruling to the Seoul High Court."),
        (
            "en",
            JA_ORDER,
            "The JFTC issued a surcharge payment order to Towa Kasei for violating Article 3 "
            "of the Antimonopoly Act.",
        ),
        (
            "en",
            JA_SURCHARGE,
            "The JFTC ordered Towa Kasei to pay a criminal fine of 1.2 billion yen.",
        ),
        ("ko", JA_SURCHARGE, "공정거래위원회는 도와카세이에 벌금 12억 엔의 납부를 명령했다."),
        # an appeal against the High Court's ruling goes to the Supreme Court
        ("ja", HIGH_RULING, "ハンビット電子はソウル高等法院の判決を不服として控訴する方針です。"),
        # a claim or an appeal dismissed said as upheld, or the other way round
        ("en", "知財高裁は、控訴を棄却しました。", "The IP High Court upheld the appeal."),
        ("en", "대법원은 상고를 기각했다.", "The Supreme Court of Korea accepted the appeal."),
        ("ja", "The court dismissed the plaintiff's claims.", "裁判所は原告の請求を認容しました。"),
        ("ko", "The appeal was allowed.", "항소는 기각됐다."),
    ],
)
def test_a_decision_turned_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", HEADLINE, "星空製薬、北村メディカルに対する特許侵害訴訟で勝訴"),
        ("ko", HEADLINE, "호시조라제약, 기타무라메디컬 상대 특허침해 소송에서 승소"),
        (
            "en",
            KO_LOST,
            "On February 12, the Seoul High Court ruled against Hanbit Electronics, the "
            "plaintiff, on appeal.",
        ),
        # the plaintiff's loss is the defendant's win, by either role
        ("en", KO_LOST, "The Seoul High Court ruled in favor of the defendant on February 12."),
        (
            "ja",
            "The Court ruled in favor of Kitamura Medical, the defendant, in a related case.",
            "本裁判所は、北村メディカルが被告となった関連訴訟において、原告敗訴の判決を言い渡しました。",
        ),
        # a bare outcome beside a role is someone's: not compared
        ("en", KO_LOST, "Hanbit Electronics lost the case on appeal on February 12."),
        (
            "ja",
            AS_PLAINTIFF,
            "本訴訟において、原告である星空製薬は12億円の損害賠償を求めていました。",
        ),
        # a role compared only where no decision is said in any words
        (
            "ja",
            "The court dismissed the claims of the plaintiff, Hoshizora.",
            "裁判所は星空製薬の請求を棄却し、被告勝訴とした。",
        ),
        ("ja", APPEAL_EN, "北村メディカルは、知的財産高等裁判所へ控訴することができます。"),
        (
            "en",
            KO_FINAL,
            "Hanbit Electronics has appealed the ruling to the Supreme Court of Korea.",
        ),
        (
            "en",
            "東和化成は上告受理申立てを行いました。",
            "Towa Kasei filed a petition for acceptance of a final appeal with the Supreme Court.",
        ),
        (
            "en",
            "東京高等裁判所は、控訴を棄却しました。",
            "The Tokyo High Court dismissed the appeal.",
        ),
        # 'fine' alone is either: a surcharge, as the press writes it, or a court's fine
        ("en", JA_SURCHARGE, "The JFTC fined Towa Kasei 1.2 billion yen."),
        (
            "en",
            "被告人である元役員には罰金500万円が言い渡されました。",
            "The former officer, the defendant, was sentenced to a fine of 5 million yen.",
        ),
        (
            "en",
            "公正取引委員会は、排除措置命令及び課徴金納付命令を行いました。",
            "The JFTC issued a cease-and-desist order and a surcharge payment order.",
        ),
        # 'won' the currency, 'lost profits', 'won' an award: no lawsuit's outcome
        (
            "ja",
            "The damages cover lost profits in the lawsuit's period, and Hoshizora won on "
            "every claim it pursued.",
            "損害賠償は訴訟期間中の逸失利益を対象としており、星空製薬は主張したすべての請求で勝訴しました。",
        ),
        ("ja", "Sales rose to 12 billion won.", "売上高は120億ウォンに増加しました。"),
        ("en", "同社は勝訴した。", "The company won the case."),
        ("ja", HIGH_RULING, "ハンビット電子はソウル高等法院の判決を不服として上告する方針です。"),
        ("ko", HIGH_RULING, "한빛전자는 서울고등법원 판결에 불복해 상고할 방침이다."),
        # the ruling upheld is the appeal dismissed: neither is read as the other
        (
            "en",
            "知財高裁は、控訴を棄却しました。",
            "The IP High Court upheld the lower court's ruling.",
        ),
        ("en", "知財高裁は、控訴を棄却しました。", "The IP High Court dismissed the appeal."),
        (
            "en",
            "請求の一部を認容し、その余を棄却した。",
            "The court upheld some of the claims and dismissed the rest.",
        ),
        ("en", "원고의 청구를 인용했다.", "The court granted the plaintiff's request."),
        # Korean 인용 is also a quotation
        (
            "en",
            "보고서를 인용해 기각 사유를 설명했다.",
            "It quoted the report to explain the dismissal.",
        ),
    ],
)
def test_the_decision_kept_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
