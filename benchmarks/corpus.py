"""Generate a deterministic corpus of realistic press releases for the benchmarks.

Half the releases are plain text in the layout of the seed release (breadcrumb,
headline, dateline, issuer, lead, roster, quotes, "About" sections, contact block),
half are HTML pages with headings, paragraphs, lists and links. Sentences are
built from templates full of the things that trip segmenters up: "Co., Ltd.",
"Inc.", "U.S.", "a.m.", decimals, version numbers, URLs and e-mail addresses.

    python benchmarks/corpus.py [N] [OUT_DIR]

Other benchmarks import :func:`generate_corpus` (insert this folder into ``sys.path``).
"""

from __future__ import annotations

import random
import sys
from html import escape
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent / ".corpus"

PEOPLE = (
    ("Hiroaki Ueno", "President", "Japan Pharmaceutical Manufacturers Association"),
    ("Kenshi Kinoshita", "Director General", "Japan Pharmaceutical Manufacturers Association"),
    ("Yasushi Kajii", "R&D Japan Region Head", "Takeda Pharmaceutical Company Limited"),
    ("Taro Masunaga", "Executive Vice President, Discovery Accelerator", "Astellas Pharma Inc."),
    ("Yuki Abe", "Corporate Officer", "Daiichi Sankyo Company Limited"),
    ("Mikio Kato", "Group Manager, Open Innovation Group", "Daiichi Sankyo Company Limited"),
    ("Ryuichi Totsuka", "Head of Oncology Unit", "Mitsubishi Tanabe Pharma Corporation"),
    ("Keisuke Nagano", "Principal, Scientific Partnering", "Otsuka Pharmaceutical Co., Ltd."),
    ("Toshio Fujimoto", "CEO", "iPark Institute Co., Ltd."),
    ("Keisuke Watanabe", "Head of Public Affairs", "iPark Institute Co., Ltd."),
    ("Oh Youngju", "Minister", "Ministry of SMEs and Startups"),
    ("Lim Jungwook", "Deputy Minister", "Ministry of SMEs and Startups"),
    ("Kim Sangyong", "Senior Vice President", "Ingenium Therapeutics"),
    ("Seungho Yoo", "CEO", "YOUTH BIO GLOBAL"),
    ("Hwang Joonsung", "CEO", "CUePEAK BIO"),
    ("Ju Ji Hyeong", "CEO", "YiPSCELL"),
    ("Song Jihwan", "CEO", "iPS Bio"),
    ("Park Hyun Sook", "CEO", "CEFObio"),
)
ORGS = (
    *sorted({org for _, _, org in PEOPLE}),
    "Mitsubishi Corporation",
    "Northwind Biologics Corp.",
    "Acme Diagnostics Inc.",
    "Harbor Cell Therapeutics Co., Ltd.",
)
PLACES = ("Fujisawa City, Kanagawa Prefecture", "Sejong", "Chungcheongbuk-do", "Tokyo", "Boston")
TOPICS = (
    "cell therapy",
    "regenerative medicine",
    "AI-driven drug discovery",
    "antibody engineering",
    "digital health",
    "gene editing",
    "cellular agriculture",
)
MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
SENTENCES = (
    "{org} (Headquarters: {place}; CEO: {person}) today announced a partnership in {topic}.",
    "The agreement was signed at 10:30 a.m. on {month} {day}, {year}, in {place}.",
    "Under the agreement, {org} will invest U.S. $ {money}.{cents} million over {n} years.",
    "Revenue grew by {pct}.{pctd}% compared with the previous fiscal year.",
    "The platform, version {n}.{day}.{n2}, is available at https://www.example.com/{slug}/news.",
    "Dr. {family} of {org} will lead the joint research team.",
    "Mr. {family} and Ms. {family2} presented the results, e.g. the data on No. {n} compounds.",
    "The program covers early research, i.e. target discovery and validation.",
    "“We are delighted to work with {org},” said {person}, {title} of {org2}.",
    "{person} added: “This is only the beginning... We expect more partners to join.”",
    "Participants discussed {topic}, clinical development and market access in Asia.",
    "For details, please contact press@{slug}.example.com or call +81-3-{n}{n2}{day}-0000.",
    "The roundtable (held in {place}) was attended by about {n}{n2}0 people.",
    "Is {topic} ready for the market? The panel said yes, with conditions.",
    "{org2} has worked with {org} since {year}, first in {topic} and later in {topic2}.",
    "The facility will open in {month} {year} and employ around {n}{n2}0 researchers.",
)
ABOUT = (
    "{org} was founded in {year} and is based in {place}.",
    "It develops {topic} and {topic2} therapies with partners in Japan, Korea and the U.S.",
    "For more information, visit https://www.{slug}.example.com/en/.",
)
SLUGS = ("ipark", "northwind", "acme", "harbor", "youthbio", "cuepeak", "yipscell")


def _fill(template: str, rnd: random.Random) -> str:
    person, title, org = rnd.choice(PEOPLE)
    return template.format(
        org=rnd.choice(ORGS),
        org2=org,
        person=person,
        family=rnd.choice(PEOPLE)[0].split()[-1],
        family2=rnd.choice(PEOPLE)[0].split()[-1],
        title=title,
        place=rnd.choice(PLACES),
        topic=rnd.choice(TOPICS),
        topic2=rnd.choice(TOPICS),
        month=rnd.choice(MONTHS),
        day=rnd.randint(1, 28),
        year=rnd.randint(2015, 2025),
        money=rnd.randint(1, 900),
        cents=rnd.randint(10, 99),
        pct=rnd.randint(1, 40),
        pctd=rnd.randint(0, 9),
        n=rnd.randint(1, 9),
        n2=rnd.randint(0, 9),
        slug=rnd.choice(SLUGS),
    )


def _paragraph(rnd: random.Random, count: int) -> str:
    return " ".join(_fill(rnd.choice(SENTENCES), rnd) for _ in range(count))


def _release_parts(rnd: random.Random) -> dict[str, object]:
    topic = rnd.choice(TOPICS)
    org = rnd.choice(ORGS)
    headline = f"{org} and Partners Launch Joint Program in {topic.title()}"
    roster = rnd.sample(PEOPLE, rnd.randint(4, 10))
    about_org = rnd.choice(ORGS)
    return {
        "headline": headline,
        "date": f"{rnd.choice(('May', 'June', 'July', 'March'))} {rnd.randint(1, 28)}, "
        f"{rnd.randint(2019, 2025)}",
        "issuer": org,
        "paragraphs": [_paragraph(rnd, rnd.randint(3, 7)) for _ in range(rnd.randint(4, 8))],
        "roster": [f"{p}, {t}, {o}" for p, t, o in roster],
        "about_org": about_org,
        "about": " ".join(_fill(s, rnd) for s in ABOUT),
        "contact": [f"{org}, Communications", f"Mail: pr@{rnd.choice(SLUGS)}.example.com"],
    }


def render_text(parts: dict[str, object]) -> str:
    lines = [
        "1. Top",
        "  2. News",
        f"  3. {parts['headline']}",
        "",
        str(parts["headline"]),
        "",
        "Press Release",
        "",
        str(parts["date"]),
        str(parts["issuer"]),
        "",
    ]
    paragraphs = list(parts["paragraphs"])  # type: ignore[call-overload]
    lines += [paragraphs[0], "", "Participants", "<Japan>"]
    lines += list(parts["roster"])  # type: ignore[call-overload]
    lines.append("")
    for paragraph in paragraphs[1:]:
        lines += [paragraph, ""]
    lines += [f"About {parts['about_org']}", str(parts["about"]), "", "Contact:"]
    lines += list(parts["contact"])  # type: ignore[call-overload]
    return "\n".join(lines) + "\n"


def render_html(parts: dict[str, object], rnd: random.Random) -> str:
    e = escape
    paragraphs = list(parts["paragraphs"])  # type: ignore[call-overload]
    body = [
        f"<h1>{e(str(parts['headline']))}</h1>",
        f'<p class="dateline">{e(str(parts["date"]))}</p>',
    ]
    for i, paragraph in enumerate(paragraphs):
        text = e(paragraph)
        if i % 3 == 1:
            text += ' See <a href="https://www.example.com/news">the <em>full</em> story</a>.'
        body.append(f"<p>{text}</p>")
        if i == 0:
            body.append("<h2>Participants</h2>\n<ul>")
            body += [f"  <li>{e(line)}</li>" for line in parts["roster"]]  # type: ignore[attr-defined]
            body.append("</ul>")
    body.append(f'<img src="logo.png" alt="Logo of {e(str(parts["issuer"]))}">')
    body.append(f"<h2>About {e(str(parts['about_org']))}</h2>\n<p>{e(str(parts['about']))}</p>")
    body.append('<script>window.track && track("view");</script>')
    contact = "<br>\n".join(e(line) for line in parts["contact"])  # type: ignore[attr-defined]
    body.append(f"<address>{contact}</address>")
    description = e(paragraphs[0].split(". ")[0])
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(str(parts['headline']))}</title>\n"
        f'<meta name="description" content="{description}">\n</head>\n<body>\n'
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def generate_corpus(out_dir: Path, n: int = 1000, seed: int = 0) -> list[Path]:
    """Write ``n`` releases into ``out_dir`` (half .txt, half .html); same seed, same bytes."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    paths: list[Path] = []
    for i in range(n):
        parts = _release_parts(rnd)
        if i % 2 == 0:
            path, data = out_dir / f"release-{i:04d}.txt", render_text(parts)
        else:
            path, data = out_dir / f"release-{i:04d}.html", render_html(parts, rnd)
        raw = data.encode("utf-8")
        if not path.exists() or path.read_bytes() != raw:
            path.write_bytes(raw)
        paths.append(path)
    return paths


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1000
    out_dir = Path(argv[2]) if len(argv) > 2 else DEFAULT_DIR
    paths = generate_corpus(out_dir, n)
    sizes = [p.stat().st_size for p in paths]
    text = sum(s for p, s in zip(paths, sizes, strict=True) if p.suffix == ".txt")
    print(f"wrote {len(paths)} releases to {out_dir}: {sum(sizes) / 1e6:.2f} MB")
    print(f"  text: {text / 1e6:.2f} MB, html: {(sum(sizes) - text) / 1e6:.2f} MB")


if __name__ == "__main__":
    main(sys.argv)
