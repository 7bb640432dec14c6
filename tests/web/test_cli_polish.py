"""Command-line polish: progress only on a terminal, --version, one-line errors with the fix."""

from __future__ import annotations

import json
import os
import pty
import select
import socket
import subprocess
import sys

from kabar import __version__
from kabar.progress import TerminalProgress, wants_progress
from tests.conftest import ROOT, SEEDS, run_kabar


def _run_with_tty_stderr(*args: str) -> tuple[int, bytes, bytes]:
    """Run kabar with stderr on a pseudo-terminal (as in an interactive shell) and stdout on a pipe."""
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100")
    for forced in ("NO_COLOR", "TTY_INTERACTIVE", "TTY_COMPATIBLE", "FORCE_TERMINAL"):  # as a plain interactive shell
        env.pop(forced, None)
    proc = subprocess.Popen([sys.executable, "-m", "kabar", *args], stdout=subprocess.PIPE, stderr=slave,
                            stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed its end
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    out = proc.stdout.read()
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, out, seen


def test_progress_draws_on_a_terminal_and_keeps_stdout_clean():
    code, out, tty = _run_with_tty_stderr("digest", str(SEEDS), "--format", "json", "--workers", "1")
    assert code == 0
    assert b"\x1b[" in tty  # rich drew (and then removed) its bar on the terminal
    assert json.loads(out)["documents"]  # nothing of the bar leaked into the document


def test_quiet_silences_the_bar_even_on_a_terminal():
    code, out, tty = _run_with_tty_stderr("digest", str(SEEDS), "--format", "json", "--workers", "1", "--quiet")
    assert code == 0
    assert tty == b""
    assert json.loads(out)["documents"]


def test_ingest_shows_progress_only_on_a_terminal(tmp_path):
    code, out, tty = _run_with_tty_stderr("ingest", str(SEEDS), "--db", str(tmp_path / "a.db"), "--workers", "1")
    assert code == 0
    assert b"\x1b[" in tty
    piped = run_kabar("ingest", str(SEEDS), "--db", str(tmp_path / "b.db"), "--workers", "1")
    assert piped.returncode == 0
    assert b"\x1b[" not in piped.stderr and b"\x1b[" not in piped.stdout


def test_no_bar_when_stderr_is_piped():
    proc = run_kabar("digest", str(SEEDS), "--format", "json", "--workers", "1")
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_wants_progress_follows_the_stream(tmp_path):
    with open(tmp_path / "log", "w") as fh:
        assert wants_progress(False, fh) is False
    assert wants_progress(True, sys.stderr) is False


def test_terminal_progress_writes_to_its_stream_only(tmp_path, capsys):
    with open(tmp_path / "bar", "w") as fh, TerminalProgress(stream=fh) as bar:
        bar(1, 3)
        bar(3, 3)
    assert capsys.readouterr().out == ""


def test_version():
    proc = run_kabar("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"kabar {__version__}"


def test_help_has_examples():
    proc = run_kabar("serve", "--help")
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert "--port" in text and "examples:" in text and "kabar serve --db" in text


def test_serve_without_a_store_says_so_in_one_line(tmp_path):
    proc = run_kabar("serve", "--db", str(tmp_path / "none.db"), "--port", "0")
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kabar: error:") and "none.db" in lines[0]
    assert not (tmp_path / "none.db").exists()  # serving never creates a store


def test_serve_on_a_busy_port_says_how_to_fix_it(tmp_path):
    db = tmp_path / "s.db"
    assert run_kabar("ingest", str(SEEDS), "--db", str(db), "--quiet", "--workers", "1").returncode == 0
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = run_kabar("serve", "--db", str(db), "--port", str(port))
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "--port" in lines[0] and str(port) in lines[0]


def test_serve_prints_its_url_and_stops_cleanly_on_ctrl_c(tmp_path):
    import signal
    import urllib.request

    db = tmp_path / "s.db"
    assert run_kabar("ingest", str(SEEDS), "--db", str(db), "--quiet", "--workers", "1").returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "kabar", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        url = line.split(" at ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert resp.status == 200 and b"story-link" in resp.read()
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Traceback" not in err
