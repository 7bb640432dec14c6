"""The second set of real-style Indonesian pages (tests/fixtures/real_html2): kabar beside trafilatura, as
bench/real_pages.py reports the first set (HTML and the visible-line dumps resiliparse renders of the same pages).
Run: .venv/bin/python bench/real_pages2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_pages  # noqa: E402

if __name__ == "__main__":
    real_pages.PAGES = real_pages.ROOT / "tests" / "fixtures" / "real_html2"
    real_pages.main()
