"""Does a learned line classifier beat kabar's line rules? A measured answer, not a shipped model.

    .venv/bin/python tools/train_lines.py [--folds 5]

Training data: the article-extraction-benchmark pages (../shared/data/dev/article-extraction-benchmark) dumped to
every visible line (as bench/extract.py does); a line is labelled body when at least 80% of its words occur in the
page's ground-truth articleBody. A logistic regression (scikit-learn) over the same per-line features the rules use
(plus the neighbours' and the position) is trained with page-grouped cross-validation, and each held-out page's
body (lines with p >= 0.5) is scored by token F1 beside the rules' body for the same page. kabar ships a model
(kabar/data/models/lines*) only when it wins; so far the rules do (held-out F1 0.896 against 0.804 in the last
run: a per-line model cannot see the block structure the rules are built on; stacking the rules' own decision as a
feature under gradient boosting reached 0.898, not worth a model's weight and its risk on Indonesian pages).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def line_vectors(raw_lines: list[str]):
    """(features, per non-blank line feature vectors) of one dump."""
    from kabar.extract.features import stop_ratio
    from kabar.extract.lines import page_features, title_case_ratio

    feats = page_features(raw_lines)
    n = max(1, len(feats))
    rows = []
    for i, f in enumerate(feats):
        prev = feats[i - 1] if i else None
        nxt = feats[i + 1] if i + 1 < len(feats) else None
        rows.append([
            math.log1p(f.words), float(f.terminal), stop_ratio(f.text), float(f.cue), float(f.caption),
            float(f.list_heading), float(f.end_marker), float(f.date), float(f.meta is not None), float(f.duplicate),
            title_case_ratio(f.text), i / n, float(f.sentence),
            math.log1p(prev.words) if prev else 0.0, float(prev.sentence) if prev else 0.0,
            math.log1p(nxt.words) if nxt else 0.0, float(nxt.sentence) if nxt else 0.0,
        ])
    return feats, rows


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from bench.extract import dump_lines, load_benchmark, token_prf, tokens
    from kabar.extract.lines import classify_lines

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)

    pages = []
    for key, _url, html, truth in load_benchmark():
        raw = dump_lines(html).split("\n")
        feats, rows = line_vectors(raw)
        truth_words = tokens(truth)
        labels = []
        for f in feats:
            words = tokens(f.text)
            inside = sum(min(c, truth_words.get(w, 0)) for w, c in words.items())
            labels.append(int(inside >= 0.8 * max(1, sum(words.values()))))
        rule_body = "\n".join(raw[n - 1] for n in classify_lines(raw).body)
        pages.append((key, raw, feats, rows, labels, truth, rule_body))

    x = np.array([row for page in pages for row in page[3]])
    y = np.array([label for page in pages for label in page[4]])
    groups = np.array([k for k, page in enumerate(pages) for _ in page[3]])
    starts = np.cumsum([0] + [len(page[3]) for page in pages])
    model_f1, rule_f1 = [], []
    for train, test in GroupKFold(n_splits=args.folds).split(x, y, groups):
        model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(x[train], y[train])
        for k in sorted(set(groups[test])):
            _, raw, feats, _, _, truth, rule_body = pages[k]
            proba = model.predict_proba(x[starts[k] : starts[k + 1]])[:, 1]
            body = "\n".join(f.text for f, p in zip(feats, proba, strict=True) if p >= 0.5)
            model_f1.append(token_prf(body, truth)[2])
            rule_f1.append(token_prf(rule_body, truth)[2])
    print(f"{len(pages)} pages, {len(y)} lines, {y.mean():.3f} body")
    print(f"held-out body token F1: rules {sum(rule_f1) / len(rule_f1):.4f}, logistic regression "
          f"{sum(model_f1) / len(model_f1):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
