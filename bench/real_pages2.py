"""The second set of real-style pages: the same as `python bench/real_pages.py real_html2` (kept for old commands).
Run: .venv/bin/python bench/real_pages2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_pages  # noqa: E402

if __name__ == "__main__":
    real_pages.main("real_html2")
