"""Fixtures of the catalog tests (helpers in catalog_support.py beside this file)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_support import small_glossary

from prlocalize.glossary.model import Glossary


@pytest.fixture
def glossary() -> Glossary:
    return small_glossary()
