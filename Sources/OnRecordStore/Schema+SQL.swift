// Generated from schema.sql by scripts/generate-schema-swift.sh. Do not edit by hand.
// swift-format-ignore-file

extension DatabaseSchema {
    /// The full text of `schema.sql`, applied verbatim to a new database.
    static let sql = #"""
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

    -- Roles an actor holds over time, so that "the Ukrainian president" in an article resolves to whoever held
    -- the role on the article's date. `role_key` is the normalized role (`president of ukraine` for "Ukraine
    -- president", "Ukrainian president" and "president of Ukraine"). A `curated` role was set by a person and
    -- its dates are bounds (NULL: open). A `learned` role was read from an apposition in an article
    -- ("Ukraine president Volodymyr Zelensky"); its dates are the first and last article dates it was seen.
    CREATE TABLE actor_roles (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        role_key TEXT NOT NULL,
        starts_on TEXT,
        ends_on TEXT,
        source TEXT NOT NULL CHECK (source IN ('learned', 'curated')),
        created_at TEXT NOT NULL,
        CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
    );
    CREATE INDEX actor_roles_by_key ON actor_roles(role_key);
    CREATE INDEX actor_roles_by_actor ON actor_roles(actor_id);

    -- Name keys a person said do not belong to an actor (`actors alias remove`, `actors split`): automatic
    -- linking never gives that actor a statement through this key again, including after re-extraction.
    CREATE TABLE actor_alias_blocks (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (actor_id, alias_key)
    );

    -- Roles a person said an actor does not hold (`actors role remove`): never learned for that actor again.
    CREATE TABLE actor_role_blocks (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (actor_id, role_key)
    );

    -- How each statement's actor was chosen: the speaker name the extractor resolved (statements keep only the
    -- mention as written) and the linking rule (alias, surname, initials, role, new, curated, ambiguous, none).
    CREATE TABLE statement_links (
        statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        speaker TEXT,
        speaker_key TEXT,
        speaker_kind TEXT NOT NULL DEFAULT 'unknown' CHECK (speaker_kind IN ('person', 'organization', 'unknown')),
        rule TEXT NOT NULL
    );
    CREATE INDEX statement_links_by_speaker_key ON statement_links(speaker_key);

    -- Every curation change (merge, split, rename, alias add/remove, role add/remove): who, when, what. Rows are never
    -- updated or deleted; actor ids stay as recorded even after the actor was merged away.
    CREATE TABLE actor_changes (
        id INTEGER PRIMARY KEY,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        action TEXT NOT NULL CHECK (
            action IN ('merge', 'split', 'rename', 'alias-add', 'alias-remove', 'role-add', 'role-remove')
        ),
        actor_id INTEGER NOT NULL,
        other_actor_id INTEGER,
        summary TEXT NOT NULL,
        details TEXT
    );
    CREATE INDEX actor_changes_by_actor ON actor_changes(actor_id);

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
    -- No (actor_id, stated_on) index: every listing of an actor filters on status and uses
    -- statements_by_actor_status_date below, which also serves lookups by actor_id alone (curation, the
    -- foreign key); a second index on actor_id only made every ingested statement cost one more b-tree insert.
    CREATE INDEX statements_by_date ON statements(stated_on);

    -- (section: statement edits, reviews and checks)

    -- What people added to a statement that its source document does not say; one row per statement a person
    -- logged, edited, confirmed, reviewed, rejected or retracted. `statements.text` always stays the source's
    -- words at its offsets (provenance); a person's correction of the wording lives in `corrected_text`, which
    -- listings show as the statement's current wording.
    CREATE TABLE statement_curations (
        id INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL UNIQUE REFERENCES statements(id) ON DELETE CASCADE,
        corrected_text TEXT,
        note TEXT,
        logged_by TEXT,
        checked_by TEXT,
        checked_at TEXT,
        updated_at TEXT NOT NULL
    );

    -- Every change a person made to a statement, oldest first: who, when, why, which field, old and new value.
    -- Nothing is overwritten or deleted without a row here. `field` is one of speaker, text, kind, stated_on,
    -- note, status, rating; 'log' and 'confirm' rows name no field.
    CREATE TABLE statement_edits (
        id INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('log', 'edit', 'retract', 'confirm', 'reject', 'review')),
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        edited_by TEXT NOT NULL,
        reason TEXT,
        edited_at TEXT NOT NULL
    );
    CREATE INDEX statement_edits_by_statement ON statement_edits(statement_id, id);

    -- Rating scales for verdicts, best rating first. `rating_value` is the number ClaimReview publishes; a
    -- scale's bestRating is its highest value and worstRating its lowest (at least 1, as Google requires).
    -- NULL marks a rating outside the true-false axis (Unverifiable): it is published by name only.
    CREATE TABLE rating_scales (
        id INTEGER PRIMARY KEY,
        scale TEXT NOT NULL,
        position INTEGER NOT NULL,
        rating TEXT NOT NULL,
        rating_value INTEGER CHECK (rating_value IS NULL OR rating_value >= 1),
        UNIQUE (scale, rating COLLATE NOCASE)
    );
    INSERT INTO rating_scales (scale, position, rating, rating_value) VALUES
        ('default', 1, 'True', 6),
        ('default', 2, 'Mostly true', 5),
        ('default', 3, 'Half true', 4),
        ('default', 4, 'Mostly false', 3),
        ('default', 5, 'False', 2),
        ('default', 6, 'Pants on fire', 1),
        ('default', 7, 'Unverifiable', NULL);

    -- Verdicts on statements; a statement may have several (other organizations, revised verdicts). The
    -- rating's numbers are copied from its scale when the review is recorded, so a later change to a scale
    -- never changes a published verdict.
    CREATE TABLE statement_reviews (
        id INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        rating TEXT NOT NULL,
        rating_value INTEGER,
        best_rating INTEGER,
        worst_rating INTEGER,
        scale TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reviewer_url TEXT,
        url TEXT NOT NULL,
        summary TEXT NOT NULL,
        reviewed_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (rating_value IS NULL OR (worst_rating <= rating_value AND rating_value <= best_rating))
    );
    CREATE INDEX statement_reviews_by_statement ON statement_reviews(statement_id);

    -- One readable row per change a person made, with the statement's current wording, speaker and status, for
    -- people browsing the file in sqlite3 or Datasette.
    CREATE VIEW statement_edit_view AS
    SELECT
        e.id AS id,
        e.statement_id AS statement_id,
        e.edited_at AS edited_at,
        e.edited_by AS edited_by,
        e.action AS action,
        e.field AS field,
        e.old_value AS old_value,
        e.new_value AS new_value,
        e.reason AS reason,
        COALESCE(c.corrected_text, s.text) AS current_text,
        a.name AS actor,
        s.status AS status
    FROM statement_edits e
    JOIN statements s ON s.id = e.statement_id
    LEFT JOIN statement_curations c ON c.statement_id = s.id
    LEFT JOIN actors a ON a.id = s.actor_id;

    -- Full-text index over statements (external content; kept in sync by the triggers below).
    -- `content="statements"` is written with double quotes so that Datasette detects the index.
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text,
        speaker_mention,
        content="statements",
        content_rowid="id",
        tokenize="unicode61 remove_diacritics 2"
    );

    -- Empty except inside an ingest batch's own write transaction, which inserts the row when it begins and
    -- deletes it before it commits (a kill rolls both back), so no other connection ever sees it. While the row
    -- is there, statements with an id above `after_statement_id` were added by the batch: the triggers below
    -- leave them alone, and the batch indexes them all in one `INSERT INTO statements_fts … SELECT` before it
    -- commits (one FTS5 segment per batch instead of one per article). Rows at or below the mark keep their
    -- triggers, so the index stays exact whatever the batch does.
    CREATE TABLE statements_fts_deferred (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        after_statement_id INTEGER NOT NULL
    );
    CREATE TRIGGER statements_fts_after_insert AFTER INSERT ON statements
    WHEN NOT EXISTS (SELECT 1 FROM statements_fts_deferred WHERE new.id > after_statement_id)
    BEGIN
        INSERT INTO statements_fts(rowid, text, speaker_mention)
        VALUES (new.id, new.text, new.speaker_mention);
    END;
    CREATE TRIGGER statements_fts_after_delete AFTER DELETE ON statements
    WHEN NOT EXISTS (SELECT 1 FROM statements_fts_deferred WHERE old.id > after_statement_id)
    BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text, speaker_mention)
        VALUES ('delete', old.id, old.text, old.speaker_mention);
    END;
    CREATE TRIGGER statements_fts_after_update AFTER UPDATE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text, speaker_mention)
        SELECT 'delete', old.id, old.text, old.speaker_mention
        WHERE NOT EXISTS (SELECT 1 FROM statements_fts_deferred WHERE old.id > after_statement_id);
        INSERT INTO statements_fts(rowid, text, speaker_mention)
        SELECT new.id, new.text, new.speaker_mention
        WHERE NOT EXISTS (SELECT 1 FROM statements_fts_deferred WHERE new.id > after_statement_id);
    END;

    -- (section: topics)

    -- Named subjects ("negotiations"), each defined by an FTS5 query over statement texts. Statements are
    -- tagged when they are stored and re-tagged whenever a topic is added, edited or removed.
    CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        -- An FTS5 query (phrases, prefix*, OR, NOT, NEAR), matched against statements_fts.text only.
        fts_query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    -- Which statements a topic's query matches. A link table keyed by the pair (no `id`): the pair is the
    -- identity, and WITHOUT ROWID keeps the (topic_id, statement_id) lookups of `--topic` in one b-tree.
    CREATE TABLE statement_topics (
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        PRIMARY KEY (topic_id, statement_id)
    ) WITHOUT ROWID;
    -- Deleting a statement (re-extraction) looks its tags up by statement.
    CREATE INDEX statement_topics_by_statement ON statement_topics(statement_id);

    -- Listings of one actor (timeline, compare, actor counts) read only active statements in date order:
    -- with status in the key they walk the index in order and count without visiting the table.
    CREATE INDEX statements_by_actor_status_date ON statements(actor_id, status, stated_on);

    -- How many statements contain each indexed term (read-only, computed by FTS5). `origin` looks up its
    -- quote's words here and searches by the rarest ones; it also lets people browse the vocabulary.
    CREATE VIRTUAL TABLE statements_fts_vocab USING fts5vocab(statements_fts, row);

    -- `--outlet` filters (search, export, timeline) find an outlet's documents without scanning them all.
    CREATE INDEX documents_by_outlet ON documents(outlet COLLATE NOCASE);

    -- One row per actor with how often and when they were quoted (active statements only), for browsing.
    CREATE VIEW actor_summary AS
    SELECT
        a.id AS id,
        a.name AS name,
        a.kind AS kind,
        count(s.id) AS statements,
        min(s.stated_on) AS first_stated_on,
        max(s.stated_on) AS last_stated_on,
        (SELECT group_concat(al.alias, '; ') FROM actor_aliases al WHERE al.actor_id = a.id AND al.alias != a.name)
            AS aliases
    FROM actors a
    LEFT JOIN statements s ON s.actor_id = a.id AND s.status = 'active'
    GROUP BY a.id;

    -- One row per topic with its query and how many active statements it tags, for browsing.
    CREATE VIEW topic_summary AS
    SELECT
        t.id AS id,
        t.name AS name,
        t.fts_query AS fts_query,
        count(s.id) AS statements,
        min(s.stated_on) AS first_stated_on,
        max(s.stated_on) AS last_stated_on
    FROM topics t
    LEFT JOIN statement_topics st ON st.topic_id = t.id
    LEFT JOIN statements s ON s.id = st.statement_id AND s.status = 'active'
    GROUP BY t.id;

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
    """#
}
