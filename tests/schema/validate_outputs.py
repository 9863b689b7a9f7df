#!/usr/bin/env python3
"""Checks every JSON output of palabre with python3-jsonschema (draft 2020-12).

Usage: validate_outputs.py PALABRE_BINARY SOURCE_DIR

Validates the schema itself, then the outputs of `parse`, `analyze -f json` and
`analyze -f jsonl` (per thread and per comment) on the samples and on a hand-built thread
read from standard input, and the golden JSON files. Also checks the contract that
scripts rely on: in Python, text[start:end] == evidence["text"]. Exits 77 (skipped) when
python3-jsonschema is missing.
"""
import json
import pathlib
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed (scripts/install-deps.sh test)")
    sys.exit(77)

HAND_BUILT = {
    "schema": "palabre.thread/1",
    "article": {"title": "Chine & France : <le> \"match\""},
    "comments": [
        {"text": "Les artisans d’ici 😀 vendent sur Alibaba, pas sur Amazon.", "author": "李雷"},
        {"text": "Aucun rapport.\nDeuxième ligne, \"entre guillemets\"", "posted_at": "2019-01-02T11:54"},
        {"text": "Les Chinois et la France : des leçons à prendre ?", "parent": "c1"},
    ],
}


def run(binary, args, stdin=""):
    result = subprocess.run([binary, *args], input=stdin, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"palabre {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def check_offsets(name, comment, themes):
    for theme in themes:
        for evidence in theme["evidence"]:
            got = comment["text"][evidence["start"]:evidence["end"]]
            if got != evidence["text"]:
                raise SystemExit(f"{name}: {comment['id']} {theme['id']}: text[start:end] is "
                                 f"{got!r}, evidence says {evidence['text']!r}")


def main():
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
    schema = json.loads((root / "schema" / "thread.schema.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.Draft202012Validator
    validator_class.check_schema(schema)
    thread = validator_class(schema)
    comment_line = validator_class({"$defs": schema["$defs"], "$ref": "#/$defs/comment_line"})

    # The schema must be able to fail.
    if thread.is_valid({"schema": "palabre.thread/1", "source": {}, "article": {},
                        "comments": [{"id": "c1", "author": ""}], "warnings": []}):
        raise SystemExit("the schema accepts a broken document")

    inputs = [(str(p.relative_to(root)), "") for p in sorted((root / "samples").rglob("*"))
              if p.is_file()]
    inputs.append(("-", json.dumps(HAND_BUILT, ensure_ascii=False)))
    checked = 0
    for path, stdin in inputs:
        documents = [json.loads(run(binary, ["parse", path], stdin)),
                     json.loads(run(binary, ["analyze", "-f", "json", path], stdin))]
        documents += [json.loads(line) for line in
                      run(binary, ["analyze", "-f", "jsonl", path], stdin).splitlines()]
        for document in documents:
            thread.validate(document)
            for comment in document["comments"]:
                check_offsets(path, comment, comment.get("themes", []))
            checked += 1
        for line in run(binary, ["analyze", "-f", "jsonl", "--per", "comment", path], stdin).splitlines():
            record = json.loads(line)
            comment_line.validate(record)
            check_offsets(path, record["comment"], record["themes"])
            checked += 1
    for golden in sorted((root / "tests" / "golden").rglob("*.json")):
        thread.validate(json.loads(golden.read_text(encoding="utf-8")))
        checked += 1
    print(f"{checked} JSON documents valid against schema/thread.schema.json ({jsonschema.__file__})")


if __name__ == "__main__":
    main()
