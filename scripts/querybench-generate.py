#!/usr/bin/env python3
"""Fills an OnRecord database (schema.sql already applied) with generated statements for the query benchmark.

Usage: querybench-generate.py DB STATEMENTS [SEED]

Rows are written directly with SQL (the FTS index is kept in sync by the schema's triggers), not through
ingest, so a million statements take a minute or two. The text is made to behave like news quotes for the
full-text index: sentences built from templates over a small set of frequent news words, plus a long tail
of rarer words drawn with a Zipf-like distribution from a 30,000-word vocabulary, so some words are in
half the statements and most in very few. About 50 actors (a few quoted far more than the rest), 20
outlets, five statements per document, dates spread over three years (2022-2024). About 3% of the
statements repeat an earlier statement from another outlet, a third of those with one word changed,
so `origin` has syndicated quotes and misquotes to find.
"""
import random
import sqlite3
import sys
from datetime import date, timedelta

if len(sys.argv) < 3:
    sys.exit(__doc__)
path, total = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)

FIRST = ["Alice", "Marcus", "Helena", "Tomas", "Grace", "Victor", "Nadia", "Oliver", "Priya", "Samuel",
         "Elena", "Jonas", "Farah", "Henrik", "Lucia", "Daniel", "Mira", "Robert", "Amara", "Felix",
         "Ingrid", "Kofi", "Lena", "Martin", "Sofia"]
LAST = ["Morgan", "Hale", "Brandt", "Okafor", "Lindqvist", "Duarte", "Castell", "Whitaker", "Rahman",
        "Moreau", "Adeyemi", "Fischer", "Navarro", "Holm", "Tanaka", "Barros", "Keller", "Osei", "Quinn",
        "Laurent", "Sato", "Varga", "Bianchi", "Mendez", "Novak"]
ACTORS = []
while len(ACTORS) < 50:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if name not in ACTORS:
        ACTORS.append(name)
OUTLETS = ["Harbor Ledger", "The Morning Courier", "Daily Meridian", "Northgate Wire", "Lakeside Gazette",
           "Continental Review", "The Evening Post", "Capital Dispatch", "Riverside Times", "Summit Herald",
           "Western Chronicle", "Eastern Observer", "The Citizen", "Metro Bulletin", "Global Report",
           "Union Tribune", "Coastal News", "Highland Journal", "The Standard", "Press Agency"]
SUBJECTS = ["we", "our government", "the ministry", "this country", "our partners", "the alliance", "Russia",
            "Ukraine", "the delegation", "the president", "the parliament", "our soldiers", "the people",
            "the negotiators", "the sanctions", "the agreement", "the council", "the union", "the talks"]
VERBS = ["will not accept", "are ready for", "cannot ignore", "must support", "will defend", "reject",
         "welcome", "call for", "are discussing", "will never sign", "need", "have proposed", "demand",
         "are preparing", "will continue", "oppose", "expect", "want", "must prevent", "are open to"]
OBJECTS = ["peace talks", "a ceasefire", "new sanctions", "security guarantees", "the grain corridor",
           "negotiations", "a referendum", "more weapons", "humanitarian corridors", "the occupation",
           "a diplomatic solution", "the energy crisis", "reconstruction funds", "the prisoner exchange",
           "a frozen conflict", "our territorial integrity", "the peace formula", "winter supplies",
           "the nuclear plant", "an international tribunal"]
TAILS = ["before the winter", "without conditions", "at any table", "in the coming weeks", "this year",
         "for our children", "as long as it takes", "with our allies", "under any circumstances",
         "on our land", "at the summit", "in good faith", "without delay", "by the end of the month"]
SYLLABLES = ["ka", "lo", "mi", "ran", "tes", "vor", "dun", "pel", "sha", "tri", "gol", "ben", "cor", "fal",
             "nis", "ump", "ero", "qua", "zel", "hom", "jat", "wix", "yen", "bru", "dra", "ple", "sto", "ven"]
vocabulary = set()
while len(vocabulary) < 30_000:
    vocabulary.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
vocabulary = sorted(vocabulary)
rng.shuffle(vocabulary)
# Zipf-like: cumulative weights 1/rank, sampled with bisect through random.choices.
cumulative, running = [], 0.0
for rank in range(len(vocabulary)):
    running += 1 / (rank + 1)
    cumulative.append(running)
actor_cumulative, running = [], 0.0
for rank in range(len(ACTORS)):
    running += 1 / (rank + 1) ** 0.6
    actor_cumulative.append(running)


def sentence():
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.6:
        words.append(rng.choice(TAILS))
    words += rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(2, 6))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def statement_text():
    return " ".join(sentence() for _ in range(rng.choice([1, 1, 2])))


db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")
now = "2025-01-01T00:00:00Z"
with db:
    for index, name in enumerate(ACTORS, start=1):
        db.execute("INSERT INTO actors (id, name, kind, created_at) VALUES (?, ?, 'person', ?)", (index, name, now))
        db.execute("INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (?, ?, ?)",
                   (index, name, name.lower()))
start = date(2022, 1, 1)
documents = (total + 4) // 5
recent = []
statement_id = 0
batch_docs, batch_statements = [], []


def flush():
    with db:
        db.executemany(
            "INSERT INTO documents (id, text, content_sha256, url, title, outlet, published_at, ingested_at, format)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'text')", batch_docs)
        db.executemany(
            "INSERT INTO statements (id, document_id, actor_id, kind, text, char_start, char_end, speaker_mention,"
            " cue, rule, confidence, stated_on, extractor, created_at) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, 'generated', 0.9, ?, 'querybench@1', ?)", batch_statements)
    batch_docs.clear()
    batch_statements.clear()


for doc in range(1, documents + 1):
    day = (start + timedelta(days=(doc - 1) * 1096 // documents)).isoformat()
    outlet = OUTLETS[doc % len(OUTLETS)]
    batch_docs.append((doc, f"generated document {doc}", f"{doc:064x}", f"https://news.example/{doc}",
                       f"Report {doc}", outlet, day, now))
    offset = 0
    for _ in range(5):
        if statement_id >= total:
            break
        statement_id += 1
        actor = rng.choices(range(1, len(ACTORS) + 1), cum_weights=actor_cumulative)[0]
        if recent and rng.random() < 0.03:
            actor, text = rng.choice(recent)
            if rng.random() < 0.33:
                words = text.split(" ")
                words[rng.randrange(len(words))] = rng.choice(vocabulary[:2000])
                text = " ".join(words)
        else:
            text = statement_text()
        if rng.random() < 0.02:
            recent.append((actor, text))
            recent = recent[-500:]
        kind = "direct" if rng.random() < 0.6 else "reported"
        batch_statements.append((statement_id, doc, actor, kind, text, offset, offset + len(text),
                                 ACTORS[actor - 1].split(" ")[1], rng.choice(["said", "told", "added", "urged"]),
                                 day, now))
        offset += len(text) + 20
    if len(batch_statements) >= 20_000:
        flush()
flush()
db.execute("PRAGMA optimize")
db.close()
print(f"{path}: {statement_id} statements, {documents} documents, {len(ACTORS)} actors", file=sys.stderr)
