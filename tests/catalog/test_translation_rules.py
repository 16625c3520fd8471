"""PR4xx: each translation rule with Japanese and Korean fixtures, on .po text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prlocalize.errors import InputError
from prlocalize.findings import FileReport
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import RULES as ALL_RULES
from prlocalize.rules.translation import RULES
from prlocalize.translation_checking import check_po, check_po_text, example_findings, example_po


def _po(locale: str, entries: list[tuple[str, str]], flags: str = "") -> str:
    out = [
        'msgid ""',
        'msgstr ""',
        f'"Language: {locale}\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        "",
    ]
    for msgid, msgstr in entries:
        if flags:
            out.append(f"#, {flags}")
        out += [f'msgid "{msgid}"', f'msgstr "{msgstr}"', ""]
    return "\n".join(out)


def _check(glossary: Glossary, locale: str, msgid: str, msgstr: str, flags: str = "") -> FileReport:
    text = _po(locale, [(msgid, msgstr)], flags)
    return check_po_text(text, path=f"{locale}.po", glossary=glossary, rules=RULES)


def _codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


CASES = [
    # (code or None for clean, locale, msgid, msgstr)
    ("PR401", "ja", "Hiroaki Ueno opened the meeting.", "Hiroaki Ueno氏が開会を宣言した。"),
    ("PR401", "ko", "Hiroaki Ueno opened the meeting.", "Hiroaki Ueno 씨가 개회를 선언했다."),
    (None, "ja", "Hiroaki Ueno opened the meeting.", "上野 裕明氏が開会を宣言した。"),
    (
        "PR401",
        "ja",
        "Hiroaki Ueno opened the meeting.",
        "裕明 上野氏が開会を宣言した。",
    ),  # reversed
    ("PR401", "ko", "Hiroaki Ueno opened the meeting.", "우에노 히로아키 씨가 개회를 선언했다."),
    (None, "ko", "Hiroaki Ueno opened the meeting.", "히로아키 우에노 씨가 개회를 선언했다."),
    (
        "PR402",
        "ja",
        "iPark Institute Co., Ltd. hosted it.",
        "アイパークインスティテュート株式会社が主催した。",
    ),
    ("PR402", "ko", "iPark Institute Co., Ltd. hosted it.", "아이파크 연구소가 주최했다."),
    (None, "ko", "iPark Institute Co., Ltd. hosted it.", "아이파크 인스티튜트가 주최했다."),
    ("PR403", "ja", "Follow us on LinkedIn.", "リンクトインでフォローしてください。"),
    ("PR403", "ko", "Follow us on LinkedIn.", "링크드인에서 팔로우하세요."),
    (None, "ko", "Follow us on LinkedIn.", "LinkedIn에서 팔로우하세요."),
    ("PR404", "ja", "It opened on May 10, 2024.", "2024年5月11日に開所した。"),
    ("PR404", "ko", "More than 2,500 people work there.", "250명 이상이 일한다."),
    (None, "ja", "It opened on May 10, 2024.", "2024年5月10日に開所した。"),
    (None, "ko", "It opened on May 10, 2024.", "2024년 5월 10일에 문을 열었다."),
    (None, "ko", "More than 2,500 people work there.", "2500명 이상이 일한다."),
    (None, "ja", "It raised 25,000 yen in April 2018.", "2018年4月に2万5000円を集めた。"),
    (None, "ja", "The doors open at 10:00 and close at 3 p.m.", "10時に開場し、15時に閉場する。"),
    (
        None,
        "ko",
        "The doors open at 10:00 and close at 3 p.m.",
        "오전 10시에 열고 오후 3시에 닫는다.",
    ),
    (None, "ja", "It starts at 9:30 a.m.", "午前9時30分に始まる。"),
    (None, "ja", "It raised $1.5 million.", "150万ドルを調達した。"),
    (None, "ko", "It raised $2 billion.", "20억 달러를 모았다."),
    ("PR404", "ko", "It raised $2 billion.", "2억 달러를 모았다."),
    ("PR404", "ja", "It starts at 9:30 a.m.", "午前9時に始まる。"),
    ("PR405", "ja", "Write to pr@example.com.", "pr@example.jpまでご連絡ください。"),
    (
        "PR405",
        "ko",
        "See https://example.com/news for more.",
        "자세한 내용은 https://example.kr/news 참조.",
    ),
    (None, "ko", "Write to pr@example.com.", "pr@example.com으로 연락하십시오."),
    # a Japanese source glues addresses to its particles: the address ends at the Japanese
    (None, "en", "詳細はhttps://example.com/newsをご覧ください。", "See https://example.com/news."),
    (None, "en", "お問い合わせはpr@example.comまで。", "Write to pr@example.com."),
    ("PR405", "en", "詳細はhttps://example.com/newsをご覧ください。", "See https://example.com/."),
    (
        None,
        "ja",
        "The site (https://example.com) is open.",
        "サイト（https://example.com）は公開中。",
    ),
    ("PR406", "ja", 'See the <a href=\\"https://x.jp/\\">site</a>.', "サイトをご覧ください。"),
    (
        "PR406",
        "ko",
        'See the <a href=\\"https://x.jp/\\">site</a>.',
        '<a href=\\"https://y.jp/\\">사이트</a>를 보십시오.',
    ),
    (
        "PR406",
        "ko",
        'See the <a href=\\"https://x.jp/\\">site</a>.',
        '<a href=\\"https://x.jp/\\">사이트를 보십시오.',
    ),
    (
        None,
        "ja",
        'See the <a href=\\"https://x.jp/\\">site</a>.',
        '<a href=\\"https://x.jp/\\">サイト</a>をご覧ください。',
    ),
    (None, "ja", "<Japan>", "<日本>"),  # a literal bracket, not markup
    ("PR407", "ja", "Press Release", "Press Release"),
    ("PR407", "ko", "Press Release", "Press Release"),
    (None, "ja", "CEFObio", "CEFObio"),  # do-not-translate
    (None, "ko", "Yasushi Kajii", "Yasushi Kajii"),  # no approved form to use yet
    (None, "ja", "2024", "2024"),
    (
        "PR408",
        "ja",
        "They talked about advanced biotech.",
        "参加者は talked about advanced biotech について議論した。",
    ),
    (
        "PR408",
        "ko",
        "They talked about advanced biotech.",
        "참가자들은 talked about advanced biotech 논의했다.",
    ),
    (None, "ja", "Yasushi Kajii and CEFObio signed.", "Yasushi KajiiとCEFObioが署名した。"),
    (None, "ko", "AI and R&D grew.", "AI와 R&D가 성장했다."),
]


@pytest.mark.parametrize(("code", "locale", "msgid", "msgstr"), CASES)
def test_rule(glossary: Glossary, code: str | None, locale: str, msgid: str, msgstr: str) -> None:
    report = _check(glossary, locale, msgid, msgstr)
    assert _codes(report) == ([code] if code else [])
    assert report.kind == "catalog" and report.lang == locale


@pytest.mark.parametrize(
    ("locale", "msgstr", "codes"),
    [
        ("ja", "オ・ヨンジュ長官が率いる代表団", []),  # the ministry's own title, not 大臣
        ("ja", "オ・ヨンジュ大臣が率いる代表団", []),
        ("ja", "オ・ヨンジュ氏が率いる代表団", ["PR401"]),
        ("ko", "오영주 장관이 이끄는 대표단", []),
    ],
)
def test_specific_title_covers_the_general_one(
    repo_root: Path, locale: str, msgstr: str, codes: list[str]
) -> None:
    glossary = load_glossaries([repo_root / "glossaries"])
    report = _check(glossary, locale, "A delegation led by Minister Oh Youngju.", msgstr)
    assert _codes(report) == codes


def test_findings_point_at_the_po_lines(glossary: Glossary) -> None:
    text = _po(
        "ko",
        [
            ("Press Release", "보도자료"),
            ("iPark Institute Co., Ltd. hosted it.", "아이파크 연구소가 주최했다."),
        ],
    )
    report = check_po_text(text, path="ko.po", glossary=glossary, rules=RULES)
    (finding,) = report.findings
    position = report.line_index().position(finding.span.start)
    assert text.splitlines()[position.line - 1] == 'msgstr "아이파크 연구소가 주최했다."'
    assert (position.line, position.column) == (10, 9)
    assert text[finding.span.start : finding.span.end] == "아이파크 연구소"
    assert finding.suggestion == "아이파크 인스티튜트"


def test_spans_follow_escapes_and_wrapped_lines(glossary: Glossary) -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n\n'
        'msgid "iPark Institute Co., Ltd. said \\"hello\\"."\n'
        'msgstr ""\n"「こんにちは」と\\"言った\\" "\n"アイパークインスティテュート株式会社。"\n'
    )
    report = check_po_text(text, path="ja.po", glossary=glossary, rules=RULES)
    (finding,) = report.findings
    assert text[finding.span.start : finding.span.end] == "アイパークインスティテュート株式会社"
    assert report.line_index().position(finding.span.start).line == 8


def test_fuzzy_and_empty_messages_are_not_checked(glossary: Glossary) -> None:
    assert _codes(_check(glossary, "ja", "In 2024.", "2023年に。", flags="fuzzy")) == []
    assert _codes(_check(glossary, "ja", "Press Release", "")) == []


def test_ignore_flag_suppresses_the_named_code_only(glossary: Glossary) -> None:
    flags = "prlocalize-ignore:PR404"
    assert _codes(_check(glossary, "ja", "In 2024.", "2023年に。", flags=flags)) == []
    report = _check(glossary, "ja", "In 2024 at pr@x.com.", "2023年にpr@y.comで。", flags=flags)
    assert _codes(report) == ["PR405"]
    report = _check(
        glossary, "ja", "In 2024 at pr@x.com.", "2023年に。", flags="prlocalize-ignore:PR404 PR405"
    )
    assert _codes(report) == []
    # a family prefix is not a suppression: it names no code exactly
    with pytest.raises(InputError, match="'PR40' is a family prefix"):
        _check(glossary, "ja", "In 2024.", "2023年に。", flags="prlocalize-ignore:PR40")


def test_check_po_reads_the_locale_from_the_folder(glossary: Glossary, tmp_path: Path) -> None:
    po = tmp_path / "ko" / "LC_MESSAGES" / "r.po"
    po.parent.mkdir(parents=True)
    po.write_text(_po("ko", [("Press Release", "Press Release")]).replace(
        '"Language: ko\\n"\n', ""), encoding="utf-8")  # fmt: skip
    report = check_po(po, glossary, RULES)
    assert report.lang == "ko" and _codes(report) == ["PR407"]
    assert report.path == str(po)


def test_source_rules_are_ignored_for_catalogs(glossary: Glossary) -> None:
    text = _po("ja", [("Press Release", "Press Release")])
    report = check_po_text(text, path="ja.po", glossary=glossary, rules=ALL_RULES)
    assert _codes(report) == ["PR407"]


# -- the docstrings: every Example triggers its rule, every "Use instead" is clean --------


@pytest.fixture(scope="module")
def bundled(repo_root: Path) -> Glossary:
    return load_glossaries([repo_root / "glossaries"])


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_example_triggers_its_rule(rule, bundled: Glossary) -> None:
    findings = example_findings(rule, bundled)
    assert [f.code for f in findings] == [rule.code]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_use_instead_is_clean(rule, bundled: Glossary) -> None:
    text, locale = example_po(rule)
    fixed = re.search(r'msgstr ".*"', rule.doc_sections()["Use instead"]).group()
    text = re.sub(r'msgstr ".*"\n$', fixed + "\n", text)
    report = check_po_text(text, path="x.po", glossary=bundled, rules=RULES, locale=locale)
    assert report.findings == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule) -> None:
    assert re.fullmatch(r"PR4\d\d", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.target == "translation"
    assert {"Why is this bad?", "Example", "Use instead", "Fix safety"} <= set(rule.doc_sections())


def test_locale_from_the_file_name_or_an_error(glossary: Glossary, tmp_path: Path) -> None:
    text = _po("ko", [("Press Release", "Press Release")]).replace('"Language: ko\\n"\n', "")
    (tmp_path / "ko.po").write_text(text, encoding="utf-8")
    assert check_po(tmp_path / "ko.po", glossary, RULES).lang == "ko"
    (tmp_path / "release.po").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the catalog's locale"):
        check_po(tmp_path / "release.po", glossary, RULES)


def test_per_file_ignores_apply_to_catalogs(glossary: Glossary, tmp_path: Path) -> None:
    from prlocalize.config import Settings

    settings = Settings(root=tmp_path, per_file_ignores={"ko/LC_MESSAGES/*.po": ("PR407",)})
    po = tmp_path / "ko" / "LC_MESSAGES" / "r.po"
    po.parent.mkdir(parents=True)
    po.write_text(_po("ko", [("Press Release", "Press Release")]), encoding="utf-8")
    assert _codes(check_po(po, glossary, RULES, settings)) == []
    assert _codes(check_po(po, glossary, RULES, Settings(root=tmp_path))) == ["PR407"]
