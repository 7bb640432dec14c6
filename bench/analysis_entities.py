"""Entity F1 of kabar.nlp.entities.find_mentions on the idner-news-2k dev split, and tagging speed.

    .venv/bin/python bench/analysis_entities.py [--data DIR] [--json]

main() also writes bench/out/analysis_entities.json and .txt, like the other bench modules.

Each dev sentence is given to find_mentions as plain text (tokens joined by spaces); a mention counts when its
character span and type equal a gold entity's (PER/ORG/LOC), as conlleval counts exact matches.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "dev" / "idner-news-2k"
OUT = ROOT / "bench" / "out"
KINDS = {"person": "PER", "organization": "ORG", "location": "LOC"}


def read_sentences(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(text, gold character spans with type) of each sentence of a CoNLL file."""
    out = []
    tokens: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts:
            tokens.append((parts[0], parts[-1]))
            continue
        if not tokens:
            continue
        text, gold, pos = [], set(), 0
        start, kind, end = None, None, 0
        for token, tag in [*tokens, ("", "O")]:
            if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
                if start is not None:
                    gold.add(_trim(" ".join(text), start, end, kind))
                start, kind = (pos, tag[2:]) if tag != "O" else (None, None)
            if token:
                text.append(token)
                end = pos + len(token)
                pos = end + 1
        out.append((" ".join(text), gold))
        tokens = []
    return out


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int, str]:
    """Gold span without the brackets or quotes glued to its tokens ("(PKB)" -> "PKB")."""
    while start < end - 1 and not text[start].isalnum():
        start += 1
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    while end > start + 1 and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    return start, end, kind


def measure(sentences) -> dict:
    from kabar.nlp.entities import find_mentions

    find_mentions("Presiden Joko Widodo tiba di Bandung.")  # load the model outside the timing
    counts = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC", "ALL")}
    start = time.perf_counter()
    predicted = [find_mentions(text) for text, _ in sentences]
    elapsed = time.perf_counter() - start
    for (_, gold), mentions in zip(sentences, predicted, strict=True):
        pred = {(m.start, m.end, KINDS.get(m.type, "OTHER")) for m in mentions}
        for kind in ("PER", "ORG", "LOC", "ALL"):
            g = gold if kind == "ALL" else {x for x in gold if x[2] == kind}
            p = pred if kind == "ALL" else {x for x in pred if x[2] == kind}
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)
    result: dict = {}
    for kind, (tp, npred, ngold) in counts.items():
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[kind] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": ngold}
    tokens = sum(len(text.split()) for text, _ in sentences)
    result["speed"] = {"sentences_per_s": round(len(sentences) / elapsed), "tokens_per_s": round(tokens / elapsed),
                       **article_speed()}
    return result


def article_speed(repeat: int = 5) -> dict:
    """find_mentions over whole page texts (the seed dumps, boilerplate included): articles per second."""
    from kabar.nlp.entities import find_mentions

    seeds = ROOT.parent / "shared" / "data" / "seeds"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        return {}
    from kabar.nlp.ner_features import _phrase_matches

    best = float("inf")
    for _ in range(repeat):
        _phrase_matches.cache_clear()  # each round sees the sentences as new
        start = time.perf_counter()
        for text in texts:
            find_mentions(text)
        best = min(best, time.perf_counter() - start)
    return {"page_texts_per_s": round(len(texts) / best), "page_words": round(sum(len(t.split()) for t in texts)
                                                                              / len(texts))}


def with_train_only_model(data: Path, run):
    """run() with a model that has not seen dev: the shipped one, or one trained here when the shipped model
    was trained on train+dev (see kabar/data/models/ner-id.json)."""
    about_path = ROOT / "kabar" / "data" / "models" / "ner-id.json"
    about = json.loads(about_path.read_text()) if about_path.exists() else {}
    if "dev" not in about.get("trained_on", []):
        result = run()
        result["model"] = "shipped (trained on train only)"
        return result
    import os
    import tempfile

    sys.path.insert(0, str(ROOT / "tools"))
    import train_ner

    from kabar.nlp import entities

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "ner-train-only.crfsuite"
        train_ner.train(train_ner.read_conll(data / "train.txt"), model, about.get("params"))
        old = os.environ.get("KABAR_NER_MODEL")
        os.environ["KABAR_NER_MODEL"] = str(model)
        entities._tagger.cache_clear()
        try:
            result = run()
        finally:
            if old is None:
                os.environ.pop("KABAR_NER_MODEL", None)
            else:
                os.environ["KABAR_NER_MODEL"] = old
            entities._tagger.cache_clear()
    result["model"] = "trained on train only for this bench (the shipped model also saw dev)"
    return result


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark, print a short table (or JSON) and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv if argv is not None else [])
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    result = with_train_only_model(args.data, lambda: measure(read_sentences(args.data / "dev.txt")))
    lines = [f"entities {kind}: P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f} (n={row['support']})"
             for kind, row in ((k, result[k]) for k in ("PER", "ORG", "LOC", "ALL"))]
    speed = result["speed"]
    lines.append(f"entities speed: {speed['sentences_per_s']} sentences/s, {speed['tokens_per_s']} tokens/s, "
                 f"{speed.get('page_texts_per_s')} whole pages/s ({speed.get('page_words')} words each)")
    lines.append(f"entities model: {result['model']}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "analysis_entities.json").write_text(json.dumps(result, indent=2))
    (OUT / "analysis_entities.txt").write_text("\n".join(lines) + "\n")
    print(json.dumps(result) if args.json else "\n".join(lines))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
