#!/usr/bin/env python3
"""Measures palabre's theme tagging against labelled comments, end to end.

Builds a palabre.thread/1 record from a gold file (one JSON line per comment: "text",
"themes", optionally "author"), runs `palabre analyze --format json` on it with the given
theme files, and prints per-theme precision, recall and F1 and the micro-F1 over all
(comment, theme) pairs. The figures come from palabre's own JSON output, as a script
using palabre would see them.

usage: measure-gold.py PALABRE GOLD.jsonl [--themes FILE]... [--article TITLE] [--json]
                      [--errors] [--min-micro F1]
With --min-micro, exits 1 when the micro-F1 is below it (the accuracy test of ctest).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_thread(gold, title):
    comments = []
    for i, row in enumerate(gold):
        comments.append({"id": f"c{i + 1}", "author": row.get("author"), "text": row["text"]})
    article = {"title": title} if title else {}
    return {"schema": "palabre.thread/1", "article": article, "comments": comments}


def theme_ids(palabre, themes):
    args = [palabre, "themes", "list", "--format", "json"]
    for t in themes:
        args += ["--themes", t]
    listing = json.loads(subprocess.run(args, check=True, capture_output=True).stdout)
    return [t["id"] for t in listing["themes"]]


def measure(gold, predicted, ids):
    per_theme = {}
    tp_all = fp_all = fn_all = 0
    for theme in ids:
        tp = fp = fn = 0
        for row, pred in zip(gold, predicted):
            want, got = theme in row["themes"], theme in pred
            tp += want and got
            fp += got and not want
            fn += want and not got
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_theme[theme] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f,
                            "support": tp + fn}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 1.0
    r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 1.0
    micro = 2 * p * r / (p + r) if p + r else 0.0
    return per_theme, {"precision": p, "recall": r, "f1": micro}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("palabre")
    ap.add_argument("gold")
    ap.add_argument("--themes", action="append", default=[])
    ap.add_argument("--article", default=None, help="article title for the thread record")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the misclassified comments")
    ap.add_argument("--min-micro", type=float, default=None, help="fail below this micro-F1")
    a = ap.parse_args()

    gold = load_gold(a.gold)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(build_thread(gold, a.article), f, ensure_ascii=False)
        record = f.name
    try:
        args = [a.palabre, "analyze", record, "--format", "json"]
        for t in a.themes:
            args += ["--themes", t]
        out = json.loads(subprocess.run(args, check=True, capture_output=True).stdout)
    finally:
        os.unlink(record)
    predicted = [{t["id"] for t in c.get("themes", [])} for c in out["comments"]]
    ids = theme_ids(a.palabre, a.themes)
    per_theme, micro = measure(gold, predicted, ids)

    if a.json:
        print(json.dumps({"gold": a.gold, "themes": per_theme, "micro": micro}, indent=2))
    else:
        print(f"{os.path.basename(a.gold)}: {len(gold)} comments")
        print(f"  {'theme':28} {'P':>5} {'R':>5} {'F1':>5}  tp fp fn")
        for theme, m in per_theme.items():
            print(f"  {theme:28} {m['precision']:5.2f} {m['recall']:5.2f} {m['f1']:5.2f}"
                  f"  {m['tp']:2} {m['fp']:2} {m['fn']:2}")
        print(f"  {'micro':28} {micro['precision']:5.2f} {micro['recall']:5.2f} {micro['f1']:5.2f}")
        # With no gold positive, recall is 1 by convention and F1 only says whether the theme
        # fired anywhere: 1.00 with no false positive, 0.00 with one. Said, not changed.
        for theme, m in per_theme.items():
            if m["support"] == 0 and m["fp"] > 0:
                print(f"  note: {theme} has no gold positive; its F1 of 0.00 comes from "
                      f"{m['fp']} false positive(s) alone")
    if a.errors:
        for row, pred, c in zip(gold, predicted, out["comments"]):
            want = set(row["themes"])
            if want != pred:
                ev = {t["id"]: [e["text"] for e in t["evidence"]] for t in c.get("themes", [])}
                print(f"- {row.get('id', row.get('index'))}: missing {sorted(want - pred)} "
                      f"extra {sorted(pred - want)} ev={ev}\n  {row['text'][:300]}")
    if a.min_micro is not None and micro["f1"] < a.min_micro:
        print(f"micro-F1 {micro['f1']:.3f} is below {a.min_micro}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
