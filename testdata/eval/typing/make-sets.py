#!/usr/bin/env python3
"""Generates the typing-aid test sets from the bundled reports (run from this folder).

prefixes.tsv     prefix <TAB> the completion meant (a word of the reports, a clitic added to some)
misspellings.tsv kind <TAB> query as misspelt <TAB> query meant (one slip of each kind per word)
layouts.tsv      query typed with the keyboard on English <TAB> query meant (the bundled queries)

Words come from the reports' lines of 60 characters or more (the scraped menus and buttons are
shorter) and are 4 letters long or more; prefixes and run-together pairs use words met twice. Seeded: the files are reproducible.
"""
import glob, json, random, re, unicodedata

rng = random.Random(20261207)
MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def fold(w):
    w = MARKS.sub("", w)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "ء"), ("ئ", "ء")):
        w = w.replace(a, b)
    return w


lines = []
for f in sorted(glob.glob("../../*.txt")):
    if f.endswith("synonyms.txt"):
        continue
    lines += [l for l in open(f, encoding="utf-8").read().split("\n") if len(l) >= 60]
words = [MARKS.sub("", w) for l in lines for w in re.findall(r"[\u0621-\u064A\u0640\u064B-\u0652]+", l)]
count = {}
for w in words:
    count[w] = count.get(w, 0) + 1
folded = {}
for w, c in count.items():
    folded[fold(w)] = folded.get(fold(w), 0) + c
common = sorted(w for w, c in count.items() if c >= 2 and len(w) >= 4)
pairs = sorted({(a, b) for l in lines for a, b in zip(re.findall(r"[\u0621-\u064A]+", MARKS.sub("", l)), re.findall(r"[\u0621-\u064A]+", MARKS.sub("", l))[1:]) if len(a) >= 4 and len(b) >= 4 and count.get(a, 0) >= 2 and count.get(b, 0) >= 2})

# prefixes: 60% of the word (at least 3 letters), a clitic before some words without one
clitics = ["", "", "و", "ب", "وب", "ف"]
with open("prefixes.tsv", "w", encoding="utf-8") as out:
    out.write("# prefix\tcompletion meant\n")
    for w in rng.sample(common, 60):
        c = rng.choice(clitics) if not w.startswith(("و", "ب", "ف", "ل", "ك")) else ""
        n = max(3, round(len(w) * 0.6))
        if n >= len(w):
            continue
        out.write(f"{c + w[:n]}\t{c + w}\n")


def slips(w):
    """Each kind of slip that applies to w, as (kind, misspelt)."""
    out = []
    def sub(kind, a, b):
        i = w.find(a, 1)
        if i > 0:
            out.append((kind, w[:i] + b + w[i + len(a):]))
    sub("dad-zah", "ض", "ظ"); sub("dad-zah", "ظ", "ض")
    sub("dhal-zay-zah", "ذ", "ز"); sub("dhal-zay-zah", "ز", "ذ"); sub("dhal-zay-zah", "ظ", "ز")
    sub("tha-seen", "ث", "س"); sub("tha-seen", "س", "ث")
    sub("qaf-kaf-hamza", "ق", "ك"); sub("qaf-kaf-hamza", "ك", "ق"); sub("qaf-kaf-hamza", "ق", "ء")
    m = re.search(r"(?<=.)([بتجدرزسشصطعفقكلمن])(?=.)", w)
    if m:
        out.append(("doubled", w[:m.end()] + m.group(1) + w[m.end():]))
    m = re.search(r"(?<=..)[اوي](?=.)", w)
    if m:
        out.append(("dropped-alef-waw", w[:m.start()] + w[m.end():]))
    m = re.search(r"(?<=..)[بتجدرزسشصطعفقكلمن](?=[بتجدرزسشصطعفقكلمن])", w)
    if m:
        out.append(("added-alef-waw", w[:m.end()] + rng.choice("او") + w[m.end():]))
    if w.startswith("ا") and not w.startswith("ال"):
        out.append(("hamza", "أ" + w[1:]))
    for a, b in (("أ", "ا"), ("إ", "ا"), ("ؤ", "ئ"), ("ئ", "ي")):
        if a in w:
            out.append(("hamza", w.replace(a, b, 1)))
    if w.endswith("ة"):
        out.append(("teh-marbuta", w[:-1] + "ه"))
    if w.endswith("ى"):
        out.append(("alef-maqsura", w[:-1] + "ي"))
    elif w.endswith("ي") and len(w) > 4:
        out.append(("alef-maqsura", w[:-1] + "ى"))
    if w.startswith("ال") and len(w) >= 6:
        out.append(("split-word", "ال " + w[2:]))
    return out


by_kind = {}
for w in sorted(w for w in count if len(w) >= 4):
    for kind, m in slips(w):
        # a slip that spells another word of the reports is no slip to correct
        if kind not in ("hamza", "teh-marbuta", "alef-maqsura") and fold(m) in folded:
            continue
        by_kind.setdefault(kind, []).append((m, w))
for a, b in rng.sample(pairs, min(40, len(pairs))):
    if fold(a + b) not in folded:
        by_kind.setdefault("missing-space", []).append((a + b, a + " " + b))
with open("misspellings.tsv", "w", encoding="utf-8") as out:
    out.write("# kind\tquery as misspelt\tquery meant\n")
    for kind in sorted(by_kind):
        for m, w in rng.sample(by_kind[kind], min(25, len(by_kind[kind]))):
            out.write(f"{kind}\t{m}\t{w}\n")

# the Arabic (101) layout: which key types each letter; لا is the b key
KEYS = dict(zip("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ", "qwertyuiop[]asdfghjkl;'zxcvnm,./`"))
KEYS.update({"أ": "H", "إ": "Y", "آ": "N", "ـ": "J", "؟": "?", "،": "K"})
with open("layouts.tsv", "w", encoding="utf-8") as out:
    out.write("# query typed with the keyboard on English\tquery meant\n")
    for path in ("../queries.jsonl", "../dev-queries.jsonl"):
        for line in open(path, encoding="utf-8"):
            q = unicodedata.normalize("NFC", json.loads(line)["q"])
            if any(ord(c) < 128 and c.isalnum() for c in q) or MARKS.search(q):
                continue
            q = q.replace("لا", "\x00")
            typed = "".join("b" if c == "\x00" else KEYS.get(c, " " if c.isspace() else "\x01") for c in q)
            if "\x01" not in typed:
                out.write(f"{typed}\t{q.replace(chr(0), 'لا')}\n")
