#!/usr/bin/env python3
"""Scores palabre's comment-thread extraction against pages whose comments are known.

Runs `palabre parse` on each page and compares the comments it finds with the expected ones:
  pages exact     every expected comment found, nothing else, right author and reply depth
  comments found  expected comments that palabre found (recall)
  are comments    comments palabre found that are expected ones (precision)
  right author    found comments whose author is the expected one (null when anonymous)
  nesting right   found comments at the expected reply depth
  warned          pages whose expected warning (e.g. announced comments missing) was given

Expected comments come either from a MANIFEST.json (a list of {"file", "comments": [...]},
as in ../shared/corpus) or from a folder where each page PAGE.html has a PAGE.json beside
it: {"comments": [{"author", "text_start", "depth", "date"?}], "warns"?: "substring"}.
A found comment matches an expected one when its text, white space runs folded to one
space, starts with the expected text_start; comments are matched in page order.

usage: score-extraction.py PALABRE (--manifest MANIFEST.json [--pages DIR] | --fixtures DIR)
                           [--details] [--json]
"""
import argparse
import json
import os
import re
import subprocess
import sys

SPACE_RUN = re.compile(r"[\s\u00a0\u202f]+")


def plain(text):
    return SPACE_RUN.sub(" ", text or "").strip()


def load_manifest(path, pages_dir):
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    pages_dir = pages_dir or os.path.join(os.path.dirname(path), "pages")
    return [(os.path.join(pages_dir, e["file"]), e) for e in manifest if "file" in e]


def load_fixtures(folder):
    cases = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".html"):
            continue
        page = os.path.join(folder, name)
        expected = page[:-len(".html")] + ".json"
        if not os.path.exists(expected):
            continue
        with open(expected, encoding="utf-8") as f:
            cases.append((page, json.load(f)))
    return cases


def parse_page(palabre, page):
    run = subprocess.run([palabre, "parse", "-q", page], capture_output=True)
    if run.returncode != 0:
        return None, run.stderr.decode("utf-8", "replace").strip()
    return json.loads(run.stdout), ""


def depths(comments):
    by_id = {c["id"]: c for c in comments}
    out = []
    for c in comments:
        depth, at, seen = 0, c, set()
        while at.get("parent") in by_id and at["id"] not in seen:
            seen.add(at["id"])
            at = by_id[at["parent"]]
            depth += 1
        out.append(depth)
    return out


def match_in_order(expected, found):
    """Pairs (expected index, found index), each found comment used once, in page order."""
    pairs, next_found = [], 0
    for i, want in enumerate(expected):
        start = plain(want.get("text_start", ""))
        for j in range(next_found, len(found)):
            if plain(found[j].get("text", "")).startswith(start):
                pairs.append((i, j))
                next_found = j + 1
                break
    return pairs


def score_page(palabre, page, truth):
    record, error = parse_page(palabre, page)
    expected = truth.get("comments", [])
    row = {"page": os.path.basename(page), "expected": len(expected), "found": 0, "matched": 0,
           "author": 0, "depth": 0, "exact": False, "error": error, "problems": []}
    if record is None:
        row["problems"].append("parse failed: " + error)
        return row
    found = record.get("comments", [])
    found_depths = depths(found)
    row["found"] = len(found)
    pairs = match_in_order(expected, found)
    row["matched"] = len(pairs)
    for i, j in pairs:
        want, got = expected[i], found[j]
        if got.get("author") == want.get("author"):
            row["author"] += 1
        else:
            row["problems"].append(f"author #{j + 1}: {got.get('author')!r} != {want.get('author')!r}")
        if found_depths[j] == want.get("depth", 0):
            row["depth"] += 1
        else:
            row["problems"].append(f"depth #{j + 1}: {found_depths[j]} != {want.get('depth', 0)}")
    matched_found = {j for _, j in pairs}
    for j, got in enumerate(found):
        if j not in matched_found:
            row["problems"].append(f"extra #{j + 1}: {plain(got.get('text'))[:50]!r}")
    matched_expected = {i for i, _ in pairs}
    for i, want in enumerate(expected):
        if i not in matched_expected:
            row["problems"].append(f"missed: {plain(want.get('text_start'))[:50]!r}")
    warns = truth.get("warns")
    if warns is not None:
        row["warned"] = any(warns in w for w in record.get("warnings", []))
        if not row["warned"]:
            row["problems"].append(f"no warning containing {warns!r}")
    row["exact"] = (len(found) == len(expected) == len(pairs) and row["author"] == len(pairs)
                    and row["depth"] == len(pairs) and row.get("warned", True))
    return row


def percent(part, whole):
    return f"{100.0 * part / whole:.1f} %" if whole else "—"


def summarize(rows):
    expected = sum(r["expected"] for r in rows)
    found = sum(r["found"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    warned = [r for r in rows if "warned" in r]
    return {
        "pages": len(rows),
        "pages exact": sum(r["exact"] for r in rows),
        "comments found": percent(matched, expected),
        "are comments": percent(matched, found),
        "right author": percent(sum(r["author"] for r in rows), matched),
        "nesting right": percent(sum(r["depth"] for r in rows), matched),
        "warned": f"{sum(r['warned'] for r in warned)}/{len(warned)}",
        "counts": {"expected": expected, "found": found, "matched": matched},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("palabre")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--manifest")
    source.add_argument("--fixtures")
    parser.add_argument("--pages", help="folder of the manifest's pages (default: pages/ beside it)")
    parser.add_argument("--details", action="store_true", help="one line per page, with problems")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    cases = load_manifest(args.manifest, args.pages) if args.manifest else load_fixtures(args.fixtures)
    if not cases:
        sys.exit("score-extraction: no pages with expected comments found")
    rows = [score_page(args.palabre, page, truth) for page, truth in cases]
    summary = summarize(rows)
    if args.json:
        print(json.dumps({"summary": summary, "pages": rows}, ensure_ascii=False, indent=1))
        return
    if args.details:
        for r in rows:
            mark = "ok " if r["exact"] else "BAD"
            print(f"{mark} {r['page']}: {r['matched']}/{r['expected']} found, {r['found']} out")
            for p in r["problems"][:8]:
                print(f"      {p}")
    print(f"pages exact     {summary['pages exact']}/{summary['pages']}")
    for key in ("comments found", "are comments", "right author", "nesting right", "warned"):
        print(f"{key:<15} {summary[key]}")
    c = summary["counts"]
    print(f"(expected {c['expected']}, found {c['found']}, matched {c['matched']})")


if __name__ == "__main__":
    main()
