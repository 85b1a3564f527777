#!/usr/bin/env python3
"""Writes a synthetic corpus of news-like documents as JSON Lines, for the ingest benchmark
and the crash test. Each document is a few paragraphs drawn, with a fixed seed, from the
paragraphs of the bundled sample reports (samples/*.jsonl, written for Vigie), under a
publication date spread over ten years, so that documents differ, code into events, and
some of them merge. Usage: make-corpus.py SAMPLES_DIR COUNT [SEED [MIN_PARAGRAPHS MAX_PARAGRAPHS]]
> corpus.jsonl (3 to 6 paragraphs by default, about 1.2 KB; 10 to 16 give 3 to 5 KB)."""
import json
import random
import sys
from pathlib import Path

samples, count = Path(sys.argv[1]), int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
low, high = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (3, 6)
FRENCH = {"le", "la", "les", "des", "du", "une", "et", "dans", "est", "ont", "été", "sur"}
ENGLISH = {"the", "of", "and", "in", "was", "were", "have", "has", "on", "by", "with", "said"}


def language(text):
    words = text.lower().split()
    return "fr" if sum(w in FRENCH for w in words) >= sum(w in ENGLISH for w in words) else "en"


paragraphs = {}
for path in sorted(samples.glob("*.jsonl")):
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if record.get("text"):
            for p in record["text"].split("\n\n"):
                if len(p) > 80:
                    paragraphs.setdefault(language(p), []).append(p)
if not paragraphs:
    sys.exit("make-corpus.py: no paragraphs under " + str(samples))
languages = sorted(paragraphs)
weights = [len(paragraphs[code]) for code in languages]
out = sys.stdout
for i in range(count):
    day = 1 + rng.randrange(3650)
    year, rest = 2015 + day // 365, day % 365
    month, dom = 1 + rest // 31 % 12, 1 + rest % 28
    pool = paragraphs[rng.choices(languages, weights)[0]]
    body = rng.sample(pool, k=min(len(pool), rng.randint(low, high)))
    out.write(json.dumps({"id": "synthetic-%06d" % i, "url": "https://synthetic.example/%d" % i,
                          "title": body[0][:70], "published": "%04d-%02d-%02d" % (year, month, dom),
                          "text": "\n\n".join(body)}, ensure_ascii=False) + "\n")
