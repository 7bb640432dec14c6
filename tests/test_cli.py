import json

import jsonschema

from tests.conftest import SEEDS, run_kabar


def test_digest_of_seeds_validates_against_schema(seeds_digest, schema):
    jsonschema.Draft202012Validator(schema).validate(seeds_digest)
    assert len(seeds_digest["documents"]) == 5


def test_every_non_blank_line_is_classified_once(seeds_digest):
    for doc in seeds_digest["documents"]:
        raw = open(doc["source"], encoding="utf-8").read().split("\n")
        expected = {i for i, line in enumerate(raw, start=1) if line.strip()}
        lines = doc["lines"]
        got = list(lines["body"]) + list(lines["meta"]) + list(lines["boilerplate"])
        got += [n for n in (lines["title"], lines["description"]) if n is not None]
        assert sorted(got) == sorted(expected), doc["source"]


def test_ids_are_stable_across_runs(seeds_digest):
    again = json.loads(run_kabar("digest", str(SEEDS), "--quiet").stdout)
    assert [d["id"] for d in again["documents"]] == [d["id"] for d in seeds_digest["documents"]]


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "good.txt").write_text("Judul berita\n\n" + "Isi berita yang cukup panjang untuk dianggap paragraf. " * 3)
    proc = run_kabar("digest", str(tmp_path), str(tmp_path / "missing.txt"), "--quiet")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 3
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    assert any("binary.bin" in ln and "binary" in ln for ln in lines)
    assert any("missing.txt" in ln for ln in lines)
    assert len(json.loads(proc.stdout)["documents"]) == 1


def test_usage_error_exits_2():
    assert run_kabar("digest").returncode == 2


def test_stdin_is_read_with_dash():
    page = "Judul berita hari ini\n\n" + "Ini adalah paragraf isi berita yang cukup panjang sekali. " * 3
    proc = run_kabar("digest", "-", "--quiet", input=page.encode())
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["documents"]) == 1
