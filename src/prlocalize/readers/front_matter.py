"""prlocalize.readers.front_matter
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The patterns of a Markdown page's front matter, apart from the Markdown reader: the
template's embargo notice looks for it in every release, and importing the reader (and
markdown-it under it) only for two patterns cost every `extract` of an HTML archive a
tenth of a second before its workers could start.
"""

from __future__ import annotations

import re

# front matter at the very start of a file: YAML between '---' lines (the closing one
# may be '...'), or TOML between '+++' lines (Hugo); the same pattern finds an embargo
# there (catalog.confidential)
FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:---|(?P<toml>\+\+\+))[ \t]*\r?\n(?P<body>.*?)"
    r"^(?(toml)\+\+\+|(?:---|\.\.\.))[ \t]*$",
    re.S | re.M,
)
# JSON front matter: an object from the file's first line to a '}' alone on a line
# (align.translation_keys reads its keys too)
JSON_FRONT_MATTER = re.compile(r"\A\ufeff?\{[ \t]*\r?\n.*?^\}[ \t]*$", re.S | re.M)
