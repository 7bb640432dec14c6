"""Train the shipped Indonesian NER model (python-crfsuite) on idner-news-2k and report entity F1 on dev.

    .venv/bin/python tools/train_ner.py                      # train on train.txt, evaluate on dev.txt, write model
    .venv/bin/python tools/train_ner.py --also-dev           # ship a model trained on train+dev (after measuring)

Dataset tokens are re-split with kabar's own tokenizer, so the model sees the same tokens at training and at
run time ("(PKB)" becomes "(", "PKB", ")" with the tag kept on the word).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kabar.nlp.ner_features import sentence_features, words_of  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "dev" / "idner-news-2k"
MODEL = ROOT / "kabar" / "data" / "models" / "ner-id.crfsuite"
PARAMS = {"c1": 0.001, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.possible_states": True}


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file (token, POS, IOB tag), re-tokenised with kabar's tokenizer."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        token, tag = parts[0], parts[-1]
        pieces = words_of(token) or [token]
        kind = tag[2:]
        # inside an entity every piece continues it ("Mahkamah Konstitusi (MK)" is one span in this data)
        inside = tag.startswith("I-")
        for piece in pieces:
            if tag == "O" or (not inside and not piece[:1].isalnum()):
                words.append(piece)
                tags.append("O")
                continue
            words.append(piece)
            tags.append(("I-" if inside else "B-") + kind)
            inside = True
    # a sub-token punctuation inside an entity span stays I- only if followed by more of the entity
    return [(w, _fix_trailing(t, w)) for w, t in sentences]


def _fix_trailing(tags: list[str], words: list[str]) -> list[str]:
    out = list(tags)
    for i in range(len(out) - 1, -1, -1):
        if out[i].startswith("I-") and not words[i][:1].isalnum():
            nxt = out[i + 1] if i + 1 < len(out) else "O"
            if not nxt.startswith("I-"):
                out[i] = "O"
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of an IOB tag sequence (an I- after O starts a span, as conlleval does)."""
    out: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision, recall and F1 per type and overall (exact span and type match)."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for kind in {s[2] for s in gs | ps} | {"ALL"}:
            gk = gs if kind == "ALL" else {s for s in gs if s[2] == kind}
            pk = ps if kind == "ALL" else {s for s in ps if s[2] == kind}
            c = counts.setdefault(kind, [0, 0, 0])
            c[0] += len(gk & pk)
            c[1] += len(pk)
            c[2] += len(gk)
    result = {}
    for kind, (tp, npred, ngold) in sorted(counts.items()):
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[kind] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": ngold}
    return result


def train(sentences: list[tuple[list[str], list[str]]], model: Path, params: dict | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(params or PARAMS)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


def evaluate(sentences: list[tuple[list[str], list[str]]], model: Path) -> tuple[dict, float]:
    """Scores of model on sentences and tagging speed in sentences per second (features included)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    start = time.perf_counter()
    pred = [tagger.tag(sentence_features(words)) for words, _ in sentences]
    elapsed = time.perf_counter() - start
    return score([t for _, t in sentences], pred), len(sentences) / max(elapsed, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--also-dev", action="store_true", help="after measuring, train the shipped model on train+dev")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = parser.parse_args(argv)
    params = dict(PARAMS, c1=args.c1, c2=args.c2)
    train_set = read_conll(args.data / "train.txt")
    dev_set = read_conll(args.data / "dev.txt")
    train(train_set, args.model, params)
    result, speed = evaluate(dev_set, args.model)
    for kind, row in result.items():
        print(f"{kind:4s} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f} n={row['support']}")
    print(f"tagging speed: {speed:.0f} sentences/s (dev, features included)")
    trained_on = ["train"]
    if args.also_dev:
        train(train_set + dev_set, args.model, params)
        trained_on.append("dev")
        print(f"shipped model trained on train+dev: {args.model}")
    about = {"trained_on": trained_on, "data": "idner-news-2k", "params": params,
             "dev_scores_of_train_only_model": result, "features": "kabar/nlp/ner_features.py"}
    args.model.with_suffix(".json").write_text(json.dumps(about, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
