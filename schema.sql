-- OnRecord database schema. This file is the single source of truth: the code applies exactly this
-- text to a new database (Sources/OnRecordStore/Schema+SQL.swift is generated from it by
-- scripts/generate-schema-swift.sh, and a test fails when the two differ).
--
-- Conventions: tables are plural snake_case, every table has an integer primary key `id`, foreign
-- keys are `<singular>_id`, dates and times are ISO-8601 text (`2022-03-20`, `2022-03-20T10:00:00Z`).
-- Character offsets are Unicode scalar (code point) indices into documents.text, end-exclusive:
-- substr(documents.text, char_start + 1, char_end - char_start) = statements.text.

-- One row per `onrecord ingest` invocation.
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    extractor TEXT NOT NULL,
    documents_new INTEGER NOT NULL DEFAULT 0,
    documents_unchanged INTEGER NOT NULL DEFAULT 0,
    documents_failed INTEGER NOT NULL DEFAULT 0,
    statements_stored INTEGER NOT NULL DEFAULT 0
);

-- Articles exactly as stored; statement offsets refer to `text`.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    content_sha256 TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published_at TEXT,
    published_raw TEXT,
    ingested_at TEXT NOT NULL,
    source_path TEXT,
    source_sha256 TEXT,
    format TEXT NOT NULL DEFAULT 'text',
    ingest_run_id INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL
);
CREATE INDEX documents_by_published_at ON documents(published_at);
CREATE INDEX documents_by_url ON documents(url);

-- (section: document versions)

-- Successive texts of one URL. When an article's URL is already stored with different text, the new
-- text is stored as a new document and linked here to the one it replaces (version = previous + 1).
-- Every document with a URL has a row (version 1 has no previous). Rows are only ever inserted, so a
-- kill mid-ingest cannot leave a chain half-updated: a document is superseded exactly when a later
-- version points at it, and listings show the latest version of each URL by default.
CREATE TABLE document_versions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    previous_document_id INTEGER UNIQUE REFERENCES documents(id) ON DELETE SET NULL,
    UNIQUE (url, version)
);

-- People, organizations and places that speak.
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person', 'organization', 'unknown')),
    description TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX actors_by_name ON actors(name COLLATE NOCASE);

-- Every name an actor goes by. `alias_key` is the folded matching key (case, accents, punctuation,
-- honorifics and transliteration variants removed), so "Zelenskyy" and "Zelensky" share a key.
CREATE TABLE actor_aliases (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'extracted' CHECK (source IN ('extracted', 'curated')),
    UNIQUE (actor_id, alias_key)
);
CREATE INDEX actor_aliases_by_key ON actor_aliases(alias_key);

-- (section: actor roles and curation log)

-- Attributed statements with their provenance.
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL CHECK (char_start >= 0),
    char_end INTEGER NOT NULL CHECK (char_end >= char_start),
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    stated_on TEXT,
    extractor TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- 'retracted' and 'rejected' statements are kept (nothing is deleted) but left out of listings.
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retracted', 'rejected')),
    -- 1 once a person logged, edited, confirmed or retracted the statement: re-extraction never
    -- replaces or deletes a locked statement.
    is_locked INTEGER NOT NULL DEFAULT 0 CHECK (is_locked IN (0, 1))
);
CREATE INDEX statements_by_document ON statements(document_id, char_start);
CREATE INDEX statements_by_actor_date ON statements(actor_id, stated_on);
CREATE INDEX statements_by_date ON statements(stated_on);

-- (section: statement edits, reviews and checks)

-- Full-text index over statements (external content; kept in sync by the triggers below).
-- `content="statements"` is written with double quotes so that Datasette detects the index.
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    speaker_mention,
    content="statements",
    content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER statements_fts_after_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, speaker_mention)
    VALUES (new.id, new.text, new.speaker_mention);
END;
CREATE TRIGGER statements_fts_after_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker_mention)
    VALUES ('delete', old.id, old.text, old.speaker_mention);
END;
CREATE TRIGGER statements_fts_after_update AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker_mention)
    VALUES ('delete', old.id, old.text, old.speaker_mention);
    INSERT INTO statements_fts(rowid, text, speaker_mention)
    VALUES (new.id, new.text, new.speaker_mention);
END;

-- (section: topics)

-- One readable row per statement, for people browsing the file in sqlite3 or Datasette.
CREATE VIEW statement_view AS
SELECT
    s.id AS id,
    s.stated_on AS stated_on,
    a.name AS actor,
    a.kind AS actor_kind,
    s.speaker_mention AS speaker_mention,
    s.kind AS kind,
    s.cue AS cue,
    s.text AS text,
    d.outlet AS outlet,
    d.title AS title,
    d.url AS url,
    d.published_at AS published_at,
    d.source_path AS source_path,
    s.document_id AS document_id,
    s.char_start AS char_start,
    s.char_end AS char_end,
    s.rule AS rule,
    s.confidence AS confidence,
    s.extractor AS extractor,
    s.created_at AS created_at,
    s.status AS status
FROM statements s
JOIN documents d ON d.id = s.document_id
LEFT JOIN actors a ON a.id = s.actor_id;

PRAGMA user_version = 1;
