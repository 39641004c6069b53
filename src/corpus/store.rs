//! The corpus database: opening, and adding annotated documents.
//!
//! One SQLite file in WAL mode with `synchronous=NORMAL`: a committed batch
//! survives the process being killed (kill -9); an uncommitted one is rolled
//! back on the next open. [`Corpus::add_batch`] writes a batch of documents in
//! one transaction:
//!
//! 1. a document whose URL or content hash is already stored is skipped
//!    ([`Added::Duplicate`]): ingest is idempotent;
//! 2. near-duplicates are found by MinHash/LSH ([`super::dedup`]): the document
//!    is stored with `dup_of` (the first document of its group) and joins that
//!    document's story; otherwise it starts a story of its own;
//! 3. each coded event is merged into an existing event with the same source
//!    actor code, target actor code and base code (3-digit CAMEO code) whose
//!    day is within the window (default ±1 day) — never into one its own
//!    document reports under another code, and a one-sided event without a day
//!    of its own only within its story or at the same location (`MERGE`) —
//!    else a new event is created; either way a
//!    mention row records the document, sentence, offsets, attribution and a
//!    confidence; the event's NumMentions/NumArticles/NumSources are recounted.

use super::dates::{self, PubDate};
use super::dedup::{Signature, BANDS};
use super::source::RawDoc;
use super::{codes, fts, schema};
use crate::model::{Document, Event};
use crate::pipeline::{Options, Pipeline};
use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Errors of the corpus database.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// SQLite failed.
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    /// The database was written by a newer marsad.
    #[error("database schema version {0} is newer than this marsad understands ({1})")]
    NewerSchema(i64, i64),
    /// JSON (de)serialisation failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// A request was not valid.
    #[error("{0}")]
    Invalid(String),
    /// Something was not found.
    #[error("{0} not found")]
    NotFound(String),
    /// Writing a file failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Settings for adding documents.
#[derive(Debug, Clone, Copy)]
pub struct AddSettings {
    /// Jaccard estimate at or above which a document is a near-duplicate.
    pub dup_threshold: f64,
    /// Events of the same dyad and base code at most this many days apart are merged.
    pub window_days: i64,
}

impl Default for AddSettings {
    fn default() -> Self {
        AddSettings { dup_threshold: super::dedup::DEFAULT_THRESHOLD, window_days: 1 }
    }
}

/// A document ready to be stored: raw input plus its annotation.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The input document.
    pub raw: RawDoc,
    /// SHA-256 of the text with white space collapsed (hex).
    pub hash: String,
    /// The pipeline's output.
    pub annotation: Document,
    /// MinHash signature, when the text is long enough.
    pub signature: Option<Signature>,
}

/// SHA-256 (hex) of `text` with runs of white space collapsed to one space.
pub fn content_hash(text: &str) -> String {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(w.as_bytes());
        first = false;
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Prepared {
    /// Annotates `raw` with `pipeline`.
    pub fn annotate(raw: RawDoc, pipeline: &Pipeline) -> Prepared {
        let published = raw.published.as_ref().and_then(|d| d.as_day());
        let annotation = pipeline.annotate(&raw.text, &Options { lang: raw.lang, published, id: Some(raw.url.clone().unwrap_or_else(|| raw.origin.clone())), actor_date: None });
        Prepared::with_annotation(raw, annotation)
    }

    /// Wraps an annotation made elsewhere (tests, other extractors).
    pub fn with_annotation(raw: RawDoc, annotation: Document) -> Prepared {
        Prepared { hash: content_hash(&raw.text), signature: Signature::of(&raw.text), raw, annotation }
    }
}

/// What [`Corpus::add_batch`] did with one document.
#[derive(Debug, Clone, PartialEq)]
pub enum Added {
    /// Stored as a new document.
    New {
        /// Its id.
        id: i64,
        /// The document it near-duplicates, if any.
        dup_of: Option<i64>,
        /// Event mentions stored.
        mentions: usize,
        /// Events created (the other mentions were merged into existing events).
        new_events: usize,
    },
    /// Already stored (same URL or same content hash): nothing written.
    Duplicate {
        /// The stored document.
        existing: i64,
    },
}

/// An open corpus database.
pub struct Corpus {
    conn: Connection,
    path: PathBuf,
}

/// Default database path: `$MARSAD_DB`, else `marsad.db` in the current directory.
pub fn default_path() -> PathBuf {
    std::env::var_os("MARSAD_DB").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("marsad.db"))
}

fn configure(conn: &Connection) -> Result<(), CorpusError> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

impl Corpus {
    /// Opens (creating if needed) the database at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<Corpus, CorpusError> {
        let conn = Connection::open(path)?;
        configure(&conn)?;
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(CorpusError::Invalid(format!("cannot switch {} to WAL mode (got {mode})", path.display())));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::VERSION {
            return Err(CorpusError::NewerSchema(version, schema::VERSION));
        }
        if version == 0 {
            conn.execute_batch(&format!("BEGIN; {} PRAGMA user_version = {}; COMMIT;", schema::CREATE, schema::VERSION))?;
        } else if version < schema::VERSION {
            // an older corpus: its tables are altered in place, nothing is re-ingested
            // (events coded before the upgrade have no location)
            let steps: String = schema::MIGRATIONS[(version - 1) as usize..].concat();
            conn.execute_batch(&format!("BEGIN; {steps} PRAGMA user_version = {}; COMMIT;", schema::VERSION))?;
        }
        Ok(Corpus { conn, path: path.to_path_buf() })
    }

    /// Opens an existing database read-only (queries, exports, the server's readers).
    pub fn open_read_only(path: &Path) -> Result<Corpus, CorpusError> {
        if !path.exists() {
            return Err(CorpusError::NotFound(format!("database {}", path.display())));
        }
        if path.is_dir() {
            return Err(CorpusError::Invalid(format!("{} is a directory, not a marsad corpus", path.display())));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        configure(&conn)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::VERSION {
            return Err(CorpusError::NewerSchema(version, schema::VERSION));
        }
        if version == 0 {
            return Err(CorpusError::Invalid(format!("{} is not a marsad corpus (run `marsad ingest` first)", path.display())));
        }
        if version < schema::VERSION {
            return Err(CorpusError::Invalid(format!(
                "{} was written by an older marsad (schema version {version}, now {}): `marsad ingest --db {} PATH` (any file or folder, even one already stored) upgrades it in place; events stored before keep no location (ingest into a new database to get them)",
                path.display(),
                schema::VERSION,
                path.display()
            )));
        }
        Ok(Corpus { conn, path: path.to_path_buf() })
    }

    /// The SQLite connection (for queries).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The database path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The id of a stored document with this URL or content hash.
    pub fn find_existing(&self, url: Option<&str>, hash: &str) -> Result<Option<i64>, CorpusError> {
        if let Some(u) = url {
            if let Some(id) = self.conn.query_row("SELECT id FROM documents WHERE url = ?1", [u], |r| r.get(0)).optional()? {
                return Ok(Some(id));
            }
        }
        Ok(self.conn.query_row("SELECT id FROM documents WHERE content_hash = ?1", [hash], |r| r.get(0)).optional()?)
    }

    /// The publication date (ISO 8601 at its own precision, [`PubDate::value`]) stored for
    /// document `id`; `None` when it has none or no such document exists.
    pub fn stored_published(&self, id: i64) -> Result<Option<String>, CorpusError> {
        Ok(self.conn.query_row("SELECT published FROM documents WHERE id = ?1", [id], |r| r.get::<_, Option<String>>(0)).optional()?.flatten())
    }

    /// Lets SQLite refresh its query-planner statistics (`PRAGMA optimize`);
    /// cheap, run at the end of an ingest.
    pub fn optimize(&self) -> Result<(), CorpusError> {
        self.conn.execute_batch("PRAGMA optimize;")?;
        Ok(())
    }

    /// Number of stored documents.
    pub fn count_documents(&self) -> Result<i64, CorpusError> {
        Ok(self.conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }

    /// Stores a batch of documents in one transaction (see the module docs).
    /// `now` is the ingest time.
    pub fn add_batch(&mut self, docs: &[Prepared], settings: &AddSettings, now: Timestamp) -> Result<Vec<Added>, CorpusError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(docs.len());
        let mut touched: BTreeSet<i64> = BTreeSet::new();
        for d in docs {
            out.push(add_one(&tx, d, settings, now, &mut touched)?);
        }
        recount(&tx, &touched)?;
        tx.commit()?;
        Ok(out)
    }
}

/// When an event happened, as well as the corpus knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDay {
    /// First day of the period.
    pub start: Date,
    /// `day`, `week`, `month` or `year`.
    pub precision: &'static str,
    /// Where it came from: `event` (the event's own time expression),
    /// `published` (the document's publication date), `added` (undated: the
    /// ingest day; see [`super::query::UNDATED`]; left off the timeline).
    pub source: &'static str,
}

fn period(value: &str) -> Option<(Date, &'static str)> {
    // an interval ("the past three days", `2025-04-28/2025-05-01`) or a season (`2024-SU`)
    // names no one period of the timeline: the event is dated by its document instead
    if value.contains('/') || ["-SP", "-SU", "-FA", "-WI"].iter().any(|s| value.ends_with(s)) {
        return None;
    }
    if let Some((y, w)) = value.split_once("-W") {
        let (y, w) = (y.parse::<i16>().ok()?, w.get(..2)?.parse::<i8>().ok()?);
        let d = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday).ok()?.date();
        return Some((d, "week"));
    }
    let p = PubDate::parse(value)?;
    Some((
        p.start,
        match p.precision {
            super::dates::Precision::Year => "year",
            super::dates::Precision::Month => "month",
            _ => "day",
        },
    ))
}

/// The period an event is dated to: the event's own time expression (at its
/// granularity: day, ISO week, month, year; an interval such as "the past three
/// days" is no one period and is skipped), else the document's publication
/// date (at its granularity), else the ingest day (an undated event, `added`). A period is stored as its
/// first day plus its precision; GDELT's SQLDATE gets that first day.
pub fn event_day(ev: &Event, published: Option<&PubDate>, now: Timestamp) -> EventDay {
    if let Some((start, precision)) = ev.time.as_deref().and_then(period) {
        return EventDay { start, precision, source: "event" };
    }
    if let Some(p) = published {
        if let Some((start, precision)) = period(&p.value()) {
            return EventDay { start, precision, source: "published" };
        }
    }
    EventDay { start: dates::utc_day(now), precision: "day", source: "added" }
}

/// Heuristic confidence of a mention in [0, 1] — not a calibrated probability:
/// 0.6, +0.2 when the event has a target actor, +0.1 when the event's sentence
/// carries its own day-precise time, +0.1 when the report attributes it to a
/// named or on-record source (person, role, organisation, document).
pub fn confidence(ev: &Event, doc: &Document) -> f64 {
    let mut c: f64 = 0.6;
    if ev.target.is_some() {
        c += 0.2;
    }
    if ev.time.as_deref().and_then(period).is_some_and(|p| p.1 == "day") {
        c += 0.1;
    }
    if let Some(a) = ev.attribution.and_then(|i| doc.attributions.get(i)) {
        if a.kind != crate::model::SourceKind::Anonymous {
            c += 0.1;
        }
    }
    c.min(1.0)
}

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The event a new mention joins, if any (parameters: ?1 source code, ?2 target code
/// (empty when none), ?3 CAMEO root, ?4..?5 the day window, ?6 the mention's day, ?7 its
/// precision, ?8 its day source, ?9 its base code, ?10 its document, ?11 its CAMEO code,
/// ?12 one-sided (no target), ?13 dated to a day by its own time expression, ?14 the
/// document's story, ?15 the CAMEO country code of its location). An event joins when:
///
/// - same source, target, base code (3-digit CAMEO code: 173 "arrest" and 175 "repress"
///   share the root 17 but are different acts; 1121 joins 112) and precision, a day within
///   the window, undated only with undated;
/// - it has no mention of this document under another code: one report naming two
///   acts ("fired tear gas …, arresting 47") reports two events, even in one sentence;
/// - a one-sided mention joins only an event dated to a day by its own time expression
///   when the mention is too, else one with a mention in the same story (this document
///   or a near-duplicate of it) or at the same location: "the UN called for calm", dated
///   by its publication day, is no evidence of one appeal across unrelated stories.
///
/// The nearest day wins, then the same full code, then the oldest event.
const MERGE: &str = "SELECT e.id FROM events e
     WHERE e.source_code = ?1 AND e.target_code = ?2 AND e.root = ?3 AND e.day_precision = ?7
       AND e.day BETWEEN ?4 AND ?5 AND (e.day_source = 'added') = (?8 = 'added') AND e.base_code = ?9
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.doc_id = ?10 AND m.code <> ?11)
       AND (NOT ?12
            OR (?13 AND e.day_source = 'event' AND e.day_precision = 'day')
            OR EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc_id
                       WHERE m.event_id = e.id AND (d.story_id = ?14 OR m.location_code = ?15)))
     ORDER BY abs(julianday(e.day) - julianday(?6)), e.code <> ?11, e.id LIMIT 1";

fn add_one(tx: &rusqlite::Transaction, d: &Prepared, settings: &AddSettings, now: Timestamp, touched: &mut BTreeSet<i64>) -> Result<Added, CorpusError> {
    let raw = &d.raw;
    // 1. Idempotence.
    if let Some(u) = raw.url.as_deref() {
        if let Some(id) = tx.query_row("SELECT id FROM documents WHERE url = ?1", [u], |r| r.get(0)).optional()? {
            return Ok(Added::Duplicate { existing: id });
        }
    }
    if let Some(id) = tx.query_row("SELECT id FROM documents WHERE content_hash = ?1", [&d.hash], |r| r.get(0)).optional()? {
        return Ok(Added::Duplicate { existing: id });
    }
    // 2. Near-duplicates.
    let mut dup: Option<(i64, Option<i64>, Option<i64>, f64)> = None; // (id, dup_of, story, sim)
    if let Some(sig) = &d.signature {
        let mut cands: BTreeSet<i64> = BTreeSet::new();
        let mut q = tx.prepare_cached("SELECT doc_id FROM lsh WHERE band = ?1 AND hash = ?2")?;
        for (b, h) in sig.bands().iter().enumerate() {
            for id in q.query_map(params![b as i64, h], |r| r.get::<_, i64>(0))? {
                cands.insert(id?);
            }
        }
        drop(q);
        let mut q = tx.prepare_cached("SELECT t.minhash, d.dup_of, d.story_id FROM documents d JOIN doc_texts t ON t.doc_id = d.id WHERE d.id = ?1")?;
        for c in cands.into_iter().take(256) {
            let (blob, dup_of, story): (Option<Vec<u8>>, Option<i64>, Option<i64>) = q.query_row([c], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let Some(other) = blob.as_deref().and_then(Signature::from_bytes) else { continue };
            let sim = sig.similarity(&other);
            if sim >= settings.dup_threshold && dup.as_ref().is_none_or(|x| sim > x.3) {
                dup = Some((c, dup_of, story, sim));
            }
        }
    }
    let dup_of = dup.as_ref().map(|x| x.1.unwrap_or(x.0));
    let story = dup.as_ref().and_then(|x| x.2);

    // 3. The document.
    let doc = &d.annotation;
    let p = raw.published.as_ref();
    let m = raw.modified.as_ref();
    let title = raw.title.clone().filter(|t| !t.trim().is_empty());
    tx.execute(
        "INSERT INTO documents (url, origin, kind, content_hash, title, lang, site, published, published_precision, published_raw,
            published_source, published_start, published_end, day_start, day_end, modified, modified_precision, modified_raw, ingested_at,
            chars, dup_of, story_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
        params![
            raw.url,
            raw.origin,
            raw.kind.as_str(),
            d.hash,
            title,
            doc.language.code(),
            raw.site,
            p.map(|p| p.value()),
            p.map(|p| p.precision.as_str()),
            p.map(|p| p.raw.clone()),
            raw.published_source,
            p.map(|p| p.start.to_string()),
            p.map(|p| p.end().to_string()),
            p.map(|p| p.start).unwrap_or_else(|| dates::utc_day(now)).to_string(),
            p.map(|p| p.end()).unwrap_or_else(|| dates::utc_day(now)).to_string(),
            m.map(|m| m.value()),
            m.map(|m| m.precision.as_str()),
            m.map(|m| m.raw.clone()),
            dates::rfc3339(now),
            doc.chars as i64,
            dup_of,
            story,
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO doc_texts (doc_id, text, annotation, minhash) VALUES (?1, ?2, ?3, ?4)",
        params![id, raw.text, serde_json::to_string(doc)?, d.signature.as_ref().map(|s| s.to_bytes())],
    )?;
    if story.is_none() {
        tx.execute("UPDATE documents SET story_id = ?1 WHERE id = ?1", [id])?;
    }
    if let Some(sig) = &d.signature {
        let mut q = tx.prepare_cached("INSERT OR IGNORE INTO lsh (band, hash, doc_id) VALUES (?1, ?2, ?3)")?;
        for (b, h) in sig.bands().iter().enumerate().take(BANDS) {
            q.execute(params![b as i64, h, id])?;
        }
    }
    tx.execute(
        "INSERT INTO doc_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
        params![id, fts::index_text(title.as_deref().unwrap_or("")), fts::index_text(&raw.text)],
    )?;

    // 4. Entities and attributions.
    {
        let mut q = tx.prepare_cached("INSERT INTO entities (doc_id, type, text, code, start, end, sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        for e in &doc.entities {
            q.execute(params![id, enum_str(&e.kind), e.text, e.code, e.start as i64, e.end as i64, e.sentence as i64])?;
        }
        let mut q = tx.prepare_cached(
            "INSERT INTO attributions (doc_id, idx, kind, cue, source, code, start, end, sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (i, a) in doc.attributions.iter().enumerate() {
            q.execute(params![id, i as i64, enum_str(&a.kind), a.cue, a.source, a.code, a.start as i64, a.end as i64, a.sentence as i64])?;
        }
    }

    // 5. Events and mentions.
    let mut new_events = 0;
    let mut mentions = 0;
    let source_url = raw.url.clone().unwrap_or_else(|| raw.origin.clone());
    for (i, ev) in doc.events.iter().enumerate() {
        let when = event_day(ev, p, now);
        let day = when.start;
        // Day-precise events merge within the window; coarser ones only with the same
        // period; undated ones (on the ingest day) only with undated ones.
        let window = if when.precision == "day" { settings.window_days } else { 0 };
        let target_code = ev.target.as_ref().map(|t| t.code.clone()).unwrap_or_default();
        let base = ev.code.get(..3).unwrap_or(&ev.code).to_string();
        // A one-sided event (no target) is weakly identified; unless both it and the
        // candidate are dated to a day by their own time expression, it merges only with an
        // event reported in the same story or at the same location (see `MERGE`).
        let one_sided = target_code.is_empty();
        let own_day = when.source == "event" && when.precision == "day";
        let location = ev.location.as_ref().and_then(|l| l.code.as_deref()).filter(|c| !c.is_empty());
        let mut existing: Option<i64> = None;
        if !ev.source.code.is_empty() {
            let lo = dates::add_days(day, -window).to_string();
            let hi = dates::add_days(day, window).to_string();
            existing = tx
                .prepare_cached(MERGE)?
                .query_row(
                    params![
                        ev.source.code,
                        target_code,
                        ev.root,
                        lo,
                        hi,
                        day.to_string(),
                        when.precision,
                        when.source,
                        base,
                        id,
                        ev.code,
                        one_sided,
                        own_day,
                        story.unwrap_or(id),
                        location
                    ],
                    |r| r.get(0),
                )
                .optional()?;
        }
        let event_id = match existing {
            Some(e) => e,
            None => {
                new_events += 1;
                tx.prepare_cached(
                    "INSERT INTO events (day, day_precision, day_source, source_code, source_name, source_country, target_code, target_name, target_country,
                        code, base_code, root, quad_class, goldstein, plover_type, plover_mode, plover_context, name, first_doc_id, source_url, date_added, is_root)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                )?
                .execute(params![
                    day.to_string(),
                    when.precision,
                    when.source,
                    ev.source.code,
                    ev.source.text,
                    codes::country(&ev.source.code),
                    target_code,
                    ev.target.as_ref().map(|t| t.text.clone()),
                    ev.target.as_ref().and_then(|t| codes::country(&t.code)),
                    ev.code,
                    base,
                    ev.root,
                    ev.quad_class as i64,
                    crate::model::goldstein_f64(ev.goldstein),
                    Some(ev.plover.kind.clone()).filter(|k| !k.is_empty()),
                    ev.plover.mode,
                    ev.plover.context,
                    ev.name,
                    id,
                    source_url,
                    dates::rfc3339(now),
                    doc.sentences.get(ev.sentence).is_some_and(|s| s.paragraph == 1) as i64,
                ])?;
                tx.last_insert_rowid()
            }
        };
        touched.insert(event_id);
        let attr = ev.attribution.and_then(|k| doc.attributions.get(k));
        tx.prepare_cached(
            "INSERT INTO mentions (event_id, doc_id, event_index, sentence, sentence_start, sentence_end, trigger_text, trigger_start, trigger_end,
                source_text, source_start, target_text, target_start, code, time, attribution_kind, attribution_cue, attribution_source,
                attribution_code, attribution_start, attribution_end, confidence, location_text, location_code, location_kind, location_start, location_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
        )?
        .execute(params![
            event_id,
            id,
            i as i64,
            ev.sentence as i64,
            ev.start as i64,
            ev.end as i64,
            ev.trigger.text,
            ev.trigger.start as i64,
            ev.trigger.end as i64,
            ev.source.text,
            ev.source.start as i64,
            ev.target.as_ref().map(|t| t.text.clone()),
            ev.target.as_ref().map(|t| t.start as i64),
            ev.code,
            ev.time,
            attr.map(|a| enum_str(&a.kind)),
            attr.map(|a| a.cue.clone()),
            attr.and_then(|a| a.source.clone()),
            attr.and_then(|a| a.code.clone()),
            attr.map(|a| a.start as i64),
            attr.map(|a| a.end as i64),
            confidence(ev, doc),
            ev.location.as_ref().map(|l| l.text.clone()),
            ev.location.as_ref().and_then(|l| l.code.clone()),
            ev.location.as_ref().map(|l| enum_str(&l.kind)),
            ev.location.as_ref().map(|l| l.start as i64),
            ev.location.as_ref().map(|l| l.end as i64),
        ])?;
        mentions += 1;
    }
    Ok(Added::New { id, dup_of, mentions, new_events })
}

/// Recounts NumMentions, NumArticles and NumSources (distinct outlets: the
/// document's site, else the document itself) of the given events.
fn recount(tx: &rusqlite::Transaction, events: &BTreeSet<i64>) -> Result<(), CorpusError> {
    let mut q = tx.prepare_cached(
        "UPDATE events SET
            num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),
            num_articles = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = ?1),
            num_sources = (SELECT count(DISTINCT coalesce(d.site, 'doc:' || d.id)) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ?1)
         WHERE id = ?1",
    )?;
    for e in events {
        q.execute([e])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::period;

    #[test]
    fn an_interval_time_value_is_no_period() {
        assert_eq!(period("2025-04-28/2025-05-01"), None);
        assert_eq!(period("2024-11/2025-05"), None);
        // a season ("last summer") is no calendar period of the timeline either
        assert_eq!(period("2024-SU"), None);
        assert_eq!(period("2024-WI"), None);
        // (a publication time in UTC ends with a letter too, and is a day)
        assert_eq!(period("2023-12-05T10:00:00Z").map(|p| p.1), Some("day"));
        assert_eq!(period("2025-04").map(|p| p.1), Some("month"));
        assert_eq!(period("2025-W18").map(|p| p.1), Some("week"));
    }
}
