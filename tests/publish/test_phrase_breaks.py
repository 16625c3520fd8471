"""Japanese headlines break at phrase boundaries on a phone (BudouX ``<wbr>`` and
``word-break: keep-all``); Korean ones between words. Checked in the page itself by a
real browser at a phone's width: every line of the headline ends at a boundary."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result
from lxml import html as lxml_html

from prlocalize.render.linebreak import phrases

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
Cli = Callable[..., Result]

RELEASE = (
    "# Osaka Bio-Venture Centre Welcomes Ten New Companies\n"
    "\n"
    "TOKYO, May 12, 2025 - Ten bio-ventures moved into the Osaka centre today.\n"
    "\n"
    "| Company | Field |\n"
    "|---------|-------|\n"
    "| Hikari Bio | Regenerative medicine |\n"
)
TRANSLATIONS = {
    "ja": {
        "Osaka Bio-Venture Centre Welcomes Ten New Companies": (
            "大阪バイオベンチャーセンター、新たに10社のバイオベンチャー企業の入居を歓迎"
        ),
        "TOKYO, May 12, 2025 - Ten bio-ventures moved into the Osaka centre today.": (
            "本日、10社のバイオベンチャーが大阪のセンターに入居しました。"
        ),
        "Regenerative medicine": "再生医療・細胞治療の研究開発",
    },
    "ko": {
        "Osaka Bio-Venture Centre Welcomes Ten New Companies": (
            "오사카 바이오벤처 센터, 새로 입주한 바이오벤처 기업 열 곳을 환영합니다"
        ),
        "TOKYO, May 12, 2025 - Ten bio-ventures moved into the Osaka centre today.": (
            "오늘 바이오벤처 열 곳이 오사카 센터에 입주했습니다."
        ),
        "Regenerative medicine": "재생 의료",
    },
}

# Headless Chromium keeps its window at least ~500 px wide: the page is laid out at a
# phone's 360 CSS px by giving the root element that width.
PHONE = "<style>html { width: 360px; }</style>"
PROBE = """<script>
(() => {
  const h = document.querySelector('h1');
  const chars = [];
  const bounds = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        for (let i = 0; i < child.data.length; i++) chars.push([child, i]);
      } else if (child.nodeName === 'WBR') {
        bounds.push(chars.length);
      } else {
        walk(child);
      }
    }
  };
  walk(h);
  const tops = chars.map(([node, i]) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rects = range.getClientRects();
    return rects.length ? rects[0].top : null;
  });
  const breaks = [];
  for (let i = 1; i < tops.length; i++) {
    if (tops[i] !== null && tops[i - 1] !== null && tops[i] > tops[i - 1] + 2) breaks.push(i);
  }
  const text = chars.map(([node, i]) => node.data[i]).join('');
  document.documentElement.setAttribute(
    'data-probe', JSON.stringify({text, breaks, bounds, width: h.getBoundingClientRect().width}));
})();
</script>"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The release built for ja and ko through the CLI, in a project folder of its own."""
    from click.testing import CliRunner

    from prlocalize.cli import cli

    project = tmp_path_factory.mktemp("phrase-project")
    (project / "release.md").write_text(RELEASE, encoding="utf-8")
    runner = CliRunner()

    def run(*args: str) -> Result:
        result = runner.invoke(cli, list(args), catch_exceptions=False, env={"NO_COLOR": "1"})
        assert result.exit_code in (0, 1), result.output
        return result

    import os

    here = Path.cwd()
    os.chdir(project)
    try:
        run("extract", "release.md", "-d", "locales")
        run("update", "-d", "locales", "-l", "ja", "-l", "ko")
        for locale, table in TRANSLATIONS.items():
            po_path = project / "locales" / locale / "LC_MESSAGES" / "release.po"
            po = polib.pofile(str(po_path))
            for entry in po:
                entry.msgstr = table.get(entry.msgid, "")
            po.save(str(po_path))
        run("build", "release.md", "-d", "locales", "-l", "ja", "-l", "ko", "-o", "dist")
    finally:
        os.chdir(here)
    return {locale: project / "dist" / locale / "release.html" for locale in TRANSLATIONS}


def test_japanese_headings_and_cells_carry_a_wbr_at_each_phrase(pages: dict[str, Path]) -> None:
    root = lxml_html.fromstring(pages["ja"].read_bytes())
    (h1,) = root.iter("h1")
    headline = TRANSLATIONS["ja"]["Osaka Bio-Venture Centre Welcomes Ten New Companies"]
    assert h1.text_content() == headline
    assert len(list(h1.iter("wbr"))) == len(phrases(headline, "ja")) - 1 >= 3
    cell = next(td for td in root.iter("td") if "再生医療" in td.text_content())
    assert list(cell.iter("wbr"))
    assert all(not list(p.iter("wbr")) for p in root.iter("p"))  # prose breaks as usual
    assert b"</wbr>" not in pages["ja"].read_bytes()  # a void element, no end tag


def test_korean_pages_need_no_wbr(pages: dict[str, Path]) -> None:
    root = lxml_html.fromstring(pages["ko"].read_bytes())
    assert not list(root.iter("wbr"))  # keep-all: Korean breaks at its spaces


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_headline_lines_end_at_phrase_boundaries_on_a_phone(
    locale: str, pages: dict[str, Path], tmp_path: Path
) -> None:
    page = tmp_path / f"{locale}.html"
    page.write_text(
        pages[locale]
        .read_text(encoding="utf-8")
        .replace("</head>", PHONE + "</head>")
        .replace("</body>", PROBE + "</body>"),
        encoding="utf-8",
    )
    common = [
        CHROMIUM or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=360,780",  # a phone
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    out = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    probe = json.loads(lxml_html.fromstring(out.stdout).get("data-probe"))
    shot = tmp_path / f"{locale}.png"
    subprocess.run(
        [*common, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120
    )
    assert shot.is_file() and shot.stat().st_size > 1000  # the screenshot, for a person to see
    text, breaks = probe["text"], probe["breaks"]
    assert probe["width"] <= 360
    assert breaks, f"the headline fits one line at a phone's width: nothing tested ({text})"
    boundaries = set(probe["bounds"]) | {i for i, c in enumerate(text) if c == " "}
    boundaries |= {i + 1 for i, c in enumerate(text) if c == " "}
    line_start = 0
    for at in breaks:
        phrase_start = max((b for b in boundaries if b < at), default=0)
        # a line ends at a boundary, unless one phrase alone is wider than the line
        assert at in boundaries or phrase_start <= line_start, (
            f"line broken inside a phrase: {text[line_start:at]}|{text[at:]}"
        )
        line_start = at
    assert any(at in boundaries for at in breaks), "no line ended at a phrase boundary"
