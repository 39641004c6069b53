//! The SQLite schema of a corpus database.
//!
//! GDELT's split is kept: `events` holds one row per merged event (dyad, base
//! CAMEO code, day) and `mentions` one row per sentence of a document that reports it.
//! Documents keep their metadata in `documents` (with `day_start`/`day_end`, the
//! publication period or else the ingest day, for date filters) and their text,
//! annotation (the JSON of [`crate::model::Document`]) and MinHash signature in
//! `doc_texts`; entity mentions and
//! attributions get their own tables for querying; `doc_fts` is the FTS5 index
//! (see [`super::fts`]); `lsh` holds the MinHash band hashes (see [`super::dedup`]).

/// Schema version stored in `PRAGMA user_version`. Version 2 added the event
/// location of each mention (`mentions.location_*`); see [`MIGRATIONS`].
pub const VERSION: i64 = 2;

/// The statements that bring a corpus of version `i + 1` to version `i + 2`, in order
/// (run by [`crate::corpus::Corpus::open`] in one transaction with the version update).
pub const MIGRATIONS: &[&str] = &["ALTER TABLE mentions ADD COLUMN location_text TEXT;
ALTER TABLE mentions ADD COLUMN location_code TEXT;
ALTER TABLE mentions ADD COLUMN location_kind TEXT;
ALTER TABLE mentions ADD COLUMN location_start INTEGER;
ALTER TABLE mentions ADD COLUMN location_end INTEGER;"];

/// The statements that create an empty corpus.
pub const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS documents (
    id                  INTEGER PRIMARY KEY,
    url                 TEXT UNIQUE,
    origin              TEXT NOT NULL,
    kind                TEXT NOT NULL,
    content_hash        TEXT NOT NULL UNIQUE,
    title               TEXT,
    lang                TEXT NOT NULL,
    site                TEXT,
    published           TEXT,
    published_precision TEXT,
    published_raw       TEXT,
    published_source    TEXT,
    published_start     TEXT,
    published_end       TEXT,
    day_start           TEXT NOT NULL,
    day_end             TEXT NOT NULL,
    modified            TEXT,
    modified_precision  TEXT,
    modified_raw        TEXT,
    ingested_at         TEXT NOT NULL,
    chars               INTEGER NOT NULL,
    dup_of              INTEGER REFERENCES documents(id),
    story_id            INTEGER
);
CREATE INDEX IF NOT EXISTS documents_day ON documents(day_start);

-- The large columns live apart, so that scans of `documents` stay cheap.
CREATE TABLE IF NOT EXISTS doc_texts (
    doc_id     INTEGER PRIMARY KEY REFERENCES documents(id),
    text       TEXT NOT NULL,
    annotation TEXT NOT NULL,
    minhash    BLOB
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story_id);

CREATE TABLE IF NOT EXISTS lsh (
    band   INTEGER NOT NULL,
    hash   INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, hash, doc_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS entities (
    id       INTEGER PRIMARY KEY,
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    type     TEXT NOT NULL,
    text     TEXT NOT NULL,
    code     TEXT,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id);
CREATE INDEX IF NOT EXISTS entities_code ON entities(code);

CREATE TABLE IF NOT EXISTS attributions (
    id       INTEGER PRIMARY KEY,
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    idx      INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    cue      TEXT NOT NULL,
    source   TEXT,
    code     TEXT,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS attributions_doc ON attributions(doc_id);

CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    day             TEXT NOT NULL,
    day_precision   TEXT NOT NULL DEFAULT 'day',
    day_source      TEXT NOT NULL,
    source_code     TEXT NOT NULL,
    source_name     TEXT NOT NULL,
    source_country  TEXT,
    target_code     TEXT NOT NULL,
    target_name     TEXT,
    target_country  TEXT,
    code            TEXT NOT NULL,
    base_code       TEXT NOT NULL,
    root            TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    plover_type     TEXT,
    plover_mode     TEXT,
    plover_context  TEXT,
    name            TEXT NOT NULL,
    is_root         INTEGER NOT NULL DEFAULT 0,
    num_mentions    INTEGER NOT NULL DEFAULT 0,
    num_articles    INTEGER NOT NULL DEFAULT 0,
    num_sources     INTEGER NOT NULL DEFAULT 0,
    first_doc_id    INTEGER NOT NULL REFERENCES documents(id),
    source_url      TEXT,
    date_added      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_key ON events(source_code, target_code, root, day_precision, day);
CREATE INDEX IF NOT EXISTS events_day ON events(day);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);

CREATE TABLE IF NOT EXISTS mentions (
    id                 INTEGER PRIMARY KEY,
    event_id           INTEGER NOT NULL REFERENCES events(id),
    doc_id             INTEGER NOT NULL REFERENCES documents(id),
    event_index        INTEGER NOT NULL,
    sentence           INTEGER NOT NULL,
    sentence_start     INTEGER NOT NULL,
    sentence_end       INTEGER NOT NULL,
    trigger_text       TEXT NOT NULL,
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    source_text        TEXT NOT NULL,
    source_start       INTEGER NOT NULL,
    target_text        TEXT,
    target_start       INTEGER,
    code               TEXT NOT NULL,
    time               TEXT,
    attribution_kind   TEXT,
    attribution_cue    TEXT,
    attribution_source TEXT,
    attribution_code   TEXT,
    attribution_start  INTEGER,
    attribution_end    INTEGER,
    confidence         REAL NOT NULL,
    location_text      TEXT,
    location_code      TEXT,
    location_kind      TEXT,
    location_start     INTEGER,
    location_end       INTEGER,
    UNIQUE (doc_id, event_index)
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);

CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(
    title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
"#;
