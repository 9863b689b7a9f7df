#!/usr/bin/env python3
"""Converts the benchmark lexicon (../shared/bench/lexicon/themes.txt: "[theme]" sections,
one term per line) into a palabre theme file, so that palabre does the same work as the
peers of the benchmark. Terms are lowercased: the peers match every term on its stem, and
palabre matches lowercase words on their stem too (a capital would mean "folded form only").

Usage: scripts/lexicon-to-themes.py LEXICON > bench/bench-themes.json
"""
import json
import sys


def convert(lines):
    themes = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            themes.append({"id": line[1:-1], "label": line[1:-1], "terms": []})
        elif themes:
            term = line.lower()
            if term not in themes[-1]["terms"]:
                themes[-1]["terms"].append(term)
        else:
            sys.exit(f"lexicon-to-themes: term {line!r} before any [theme] section")
    return {"language": "fr",
            "description": "Generated from the benchmark lexicon by scripts/lexicon-to-themes.py",
            "themes": themes}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as lexicon:
        json.dump(convert(lexicon), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
