"""Shared test helpers: paths to the sample, the schema, and a runner for the real ``kabar`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "data" / "seeds"
SCHEMA = SHARED / "spec" / "digest.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_kabar(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI as a user would (python -m kabar, same interpreter)."""
    return subprocess.run([sys.executable, "-m", "kabar", *args], input=input, capture_output=True, cwd=cwd,
                          timeout=600)


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA.read_text())


@pytest.fixture(scope="session")
def seeds_digest() -> dict:
    """The JSON digest of the five seed pages, computed once."""
    proc = run_kabar("digest", str(SEEDS), "--format", "json", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)
