"""A real ``kabar ingest`` killed with SIGKILL mid-run, then rerun, ends with the same database as an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.gen_corpus import generate
from tests.conftest import ROOT
from tests.store.test_store import dump


def _ingest_cmd(pages: list[str], db: Path) -> list[str]:
    return [sys.executable, "-m", "kabar", "ingest", *pages, "--db", str(db), "--quiet", "--workers", "1"]


def _env() -> dict[str, str]:
    return {**os.environ, "KABAR_INGEST_CHUNK": "10"}  # small transactions so the kill lands between commits


def _committed_pages(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus"
    generate(corpus, 120, seed=3)
    pages = sorted(str(p) for p in corpus.glob("pages-*.jsonl"))

    killed_db = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest_cmd(pages, killed_db), cwd=ROOT, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _committed_pages(killed_db) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    partial = _committed_pages(killed_db)
    assert 0 < partial < 120
    conn = sqlite3.connect(killed_db)
    # every committed page has its article: nothing half-written
    assert conn.execute("SELECT count(*) FROM pages p LEFT JOIN articles a ON a.id = p.article_id"
                        " WHERE a.id IS NULL").fetchone()[0] == 0
    conn.close()

    rerun = subprocess.run(_ingest_cmd(pages, killed_db), cwd=ROOT, env=_env(), capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()

    clean_db = tmp_path / "clean.db"
    clean = subprocess.run(_ingest_cmd(pages, clean_db), cwd=ROOT, env=_env(), capture_output=True, timeout=300)
    assert clean.returncode == 0, clean.stderr.decode()

    assert dump(killed_db) == dump(clean_db)
