"""``glossary suggest`` from an archive whose pages end in the same copyright line in
each language ('© Hokuto Marine Transport Co., Ltd.' on each page): the line pairs with
itself, and each such pair counted against the company's Japanese name as a pair where
it was missing, so a company whose name is translated (北斗海運株式会社), proposed by
co-occurrence, fell under the default confidence."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

NAMED = [
    (
        "Hokuto Marine Transport Co., Ltd. will run a night ferry between Otaru and Niigata.",
        "北斗海運株式会社は、小樽－新潟間で夜行フェリーを運航します。",
    ),
    (
        "Hokuto Marine Transport Co., Ltd. has won a regional safety award.",
        "北斗海運株式会社は、地域の安全賞を受賞しました。",
    ),
    (
        "Hokuto Marine Transport Co., Ltd. will add two ships in 2026.",
        "北斗海運株式会社は、2026年に2隻の船を導入します。",
    ),
]
KEPT = [("© Hokuto Marine Transport Co., Ltd.", "© Hokuto Marine Transport Co., Ltd.")] * 4


def test_a_line_kept_as_written_is_no_evidence_against_a_name() -> None:
    rows = NAMED + KEPT
    pairs = [SentencePair("en", en, "ja", ja, f"r{i}") for i, (en, ja) in enumerate(rows)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    company = found["Hokuto Marine Transport Co., Ltd."]
    assert company.kind is Kind.ORG
    assert company.forms["ja"] == "北斗海運株式会社"
    assert company.confidence >= 0.6
