"""``glossary suggest``: the heading of a release's boilerplate ('About Hoshizora Robotics
Korea Co., Ltd.' over '호시조라로보틱스코리아 소개') names the company, not an organisation
called 'About …': before, it was proposed as one, with '소개' (introduction) in its name."""

from __future__ import annotations

from prlocalize.glossary.suggest import SentencePair, suggest


def test_an_about_heading_proposes_no_organisation_named_about() -> None:
    rows = [("About Hoshizora Robotics Korea Co., Ltd.", "호시조라로보틱스코리아 소개")] * 4
    rows += [("Hoshizora Robotics Korea Co., Ltd. opened.", "호시조라로보틱스코리아가 열었다.")]
    pairs = [SentencePair("en", en, "ko", ko, f"r{i}") for i, (en, ko) in enumerate(rows)]
    found = {c.forms["en"]: c.forms.get("ko") for c in suggest(pairs).candidates}
    assert not [en for en in found if en.startswith("About")]
    assert found.get("Hoshizora Robotics Korea Co., Ltd.") == "호시조라로보틱스코리아"
