//! Read queries over a corpus: documents, events, mentions, actors, full-text
//! search and the timeline. The HTTP API serialises these results as they are.
//!
//! Filters ([`Filter`]) are parsed from query parameters and validated: actor
//! codes are prefixes of 1–15 letters (CAMEO actor codes are three-letter
//! parts), CAMEO roots `01`–`20` (`4` is read as `04`), PLOVER types one of
//! [`crate::cameo::PLOVER_TYPES`] (any case), attribution kinds one of the
//! [`crate::model::SourceKind`] names (or `none` for unattributed mentions,
//! `named` for any non-anonymous source), `country` and `location` three letters, dates real days `YYYY-MM-DD` with
//! `from` not after `to`. A value that can match nothing is an error (HTTP
//! 400), not an empty page. Every SQL statement binds its values as parameters.

use super::codes;
use super::fts;
use super::store::CorpusError;
use jiff::civil::Date;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Largest page size.
pub const MAX_LIMIT: i64 = 500;

/// `events.day_source` of an undated event: neither a time of its own nor a
/// publication date of its document, so it is stored on the ingest day.
pub const UNDATED: &str = "added";

/// Attribution kinds as stored (`SourceKind` in snake case).
pub const ATTRIBUTION_KINDS: &[&str] = &["anonymous", "named_person", "official_role", "organization", "document"];

/// Filters shared by events, mentions, search and the timeline.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor code prefix, source or target (`LBY`, `USAGOV`, `IGO`).
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// Country of the source or target actor (three letters).
    pub country: Option<String>,
    /// CAMEO country code of the event's location in at least one mention (three letters).
    pub location: Option<String>,
    /// CAMEO root code, two digits.
    pub root: Option<String>,
    /// PLOVER event type (`ACCUSE`, `CONSULT`…).
    pub plover: Option<String>,
    /// Attribution kind of at least one mention (`anonymous`, …, `none`, `named`).
    pub attribution: Option<String>,
    /// First day (inclusive).
    pub from: Option<Date>,
    /// Last day (inclusive).
    pub to: Option<Date>,
    /// Full-text query over the documents that mention the event.
    pub q: Option<String>,
    /// Only events mentioned in this document.
    pub doc: Option<i64>,
    /// Page size.
    pub limit: i64,
    /// Page offset.
    pub offset: i64,
}

fn bad(msg: impl Into<String>) -> CorpusError {
    CorpusError::Invalid(msg.into())
}

impl Filter {
    /// Parses query parameters; unknown parameters are ignored.
    pub fn from_params(p: &HashMap<String, String>) -> Result<Filter, CorpusError> {
        let get = |k: &str| p.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let code = |k: &str| -> Result<Option<String>, CorpusError> {
            match get(k) {
                None => Ok(None),
                Some(v) if codes::is_code_filter(v) => Ok(Some(v.to_ascii_uppercase())),
                Some(v) => Err(bad(format!("{k}: `{v}` is not an actor code prefix (1–15 letters, e.g. USA, USAGOV, IGO)"))),
            }
        };
        let date = |k: &str| -> Result<Option<Date>, CorpusError> {
            get(k).map(|v| crate::input::parse_ymd(v).map_err(|e| bad(format!("{k}: {e}")))).transpose()
        };
        let int = |k: &str, default: i64, max: i64| -> Result<i64, CorpusError> {
            match get(k) {
                None => Ok(default),
                Some(v) => v.parse::<i64>().ok().filter(|n| (0..=max).contains(n)).ok_or_else(|| bad(format!("{k}: `{v}` is not a number from 0 to {max}"))),
            }
        };
        let root = match get("root") {
            None => None,
            Some(v) if v.len() <= 2 && v.bytes().all(|b| b.is_ascii_digit()) && v.parse::<u8>().is_ok_and(|n| (1..=20).contains(&n)) => {
                Some(format!("{:0>2}", v))
            }
            Some(v) => return Err(bad(format!("root: `{v}` is not a CAMEO root code (01–20)"))),
        };
        let plover = match get("plover") {
            None => None,
            Some(v) if crate::cameo::PLOVER_TYPES.iter().any(|t| t.eq_ignore_ascii_case(v)) => Some(v.to_ascii_uppercase()),
            Some(v) => return Err(bad(format!("plover: `{v}` is not a PLOVER type ({})", crate::cameo::PLOVER_TYPES.join(", ")))),
        };
        let attribution = match get("attribution") {
            None => None,
            Some(v) if ATTRIBUTION_KINDS.contains(&v) || v == "none" || v == "named" => Some(v.to_string()),
            Some(v) => return Err(bad(format!("attribution: `{v}` is not one of {}, none, named", ATTRIBUTION_KINDS.join(", ")))),
        };
        let country = match code("country")? {
            Some(c) if c.len() == 3 => Some(c),
            Some(c) => return Err(bad(format!("country: `{c}` is not a three-letter code"))),
            None => None,
        };
        let location = match code("location")? {
            Some(c) if c.len() == 3 => Some(c),
            Some(c) => return Err(bad(format!("location: `{c}` is not a three-letter country code"))),
            None => None,
        };
        let q = get("q").map(|q| q.chars().take(500).collect::<String>());
        let (from, to) = (date("from")?, date("to")?);
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(bad(format!("from: {f} is after to: {t} (the range is empty)")));
            }
        }
        Ok(Filter {
            actor: code("actor")?,
            source: code("source")?,
            target: code("target")?,
            country,
            location,
            root,
            plover,
            attribution,
            from,
            to,
            q,
            doc: get("doc").map(|v| v.parse::<i64>().map_err(|_| bad(format!("doc: `{v}` is not a document id")))).transpose()?,
            limit: int("limit", 50, MAX_LIMIT)?,
            offset: int("offset", 0, 10_000_000)?,
        })
    }

    /// SQL conditions on `events e` (joined with `AND`) and their parameters.
    fn event_conditions(&self, with_dates: bool) -> Result<(Vec<String>, Vec<Value>), CorpusError> {
        let mut w = Vec::new();
        let mut v: Vec<Value> = Vec::new();
        if let Some(a) = &self.actor {
            // GLOB (case-sensitive) lets SQLite use the code indexes; codes are upper case.
            w.push("(e.source_code GLOB ? OR e.target_code GLOB ?)".to_string());
            v.push(Value::Text(format!("{a}*")));
            v.push(Value::Text(format!("{a}*")));
        }
        if let Some(a) = &self.source {
            w.push("e.source_code GLOB ?".into());
            v.push(Value::Text(format!("{a}*")));
        }
        if let Some(a) = &self.target {
            w.push("e.target_code GLOB ?".into());
            v.push(Value::Text(format!("{a}*")));
        }
        if let Some(c) = &self.country {
            w.push("(e.source_country = ? OR e.target_country = ?)".into());
            v.push(Value::Text(c.clone()));
            v.push(Value::Text(c.clone()));
        }
        if let Some(c) = &self.location {
            w.push("EXISTS (SELECT 1 FROM mentions ml WHERE ml.event_id = e.id AND ml.location_code = ?)".into());
            v.push(Value::Text(c.clone()));
        }
        if let Some(r) = &self.root {
            w.push("e.root = ?".into());
            v.push(Value::Text(r.clone()));
        }
        if let Some(p) = &self.plover {
            w.push("e.plover_type = ?".into());
            v.push(Value::Text(p.clone()));
        }
        if let Some(a) = &self.attribution {
            w.push(format!("EXISTS (SELECT 1 FROM mentions ma WHERE ma.event_id = e.id AND {})", attribution_sql("ma", a, &mut v)));
        }
        if with_dates {
            if self.from.is_some() || self.to.is_some() {
                // An undated event (stored on its ingest day) is in no date range.
                w.push(format!("e.day_source <> '{UNDATED}'"));
            }
            if let Some(f) = self.from {
                w.push("e.day >= ?".into());
                v.push(Value::Text(f.to_string()));
            }
            if let Some(t) = self.to {
                w.push("e.day <= ?".into());
                v.push(Value::Text(t.to_string()));
            }
        }
        if let Some(q) = &self.q {
            let m = fts::match_expression(q).ok_or_else(|| bad("q: the query has no word to search for"))?;
            w.push("e.id IN (SELECT mq.event_id FROM mentions mq WHERE mq.doc_id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?))".into());
            v.push(Value::Text(m));
        }
        if let Some(d) = self.doc {
            w.push("e.id IN (SELECT md.event_id FROM mentions md WHERE md.doc_id = ?)".into());
            v.push(Value::Integer(d));
        }
        Ok((w, v))
    }

    fn has_event_filters(&self) -> bool {
        self.actor.is_some() || self.source.is_some() || self.target.is_some() || self.country.is_some() || self.location.is_some() || self.root.is_some() || self.plover.is_some()
    }
}

fn attribution_sql(alias: &str, kind: &str, v: &mut Vec<Value>) -> String {
    match kind {
        "none" => format!("{alias}.attribution_kind IS NULL"),
        "named" => format!("{alias}.attribution_kind IS NOT NULL AND {alias}.attribution_kind != 'anonymous'"),
        k => {
            v.push(Value::Text(k.to_string()));
            format!("{alias}.attribution_kind = ?")
        }
    }
}

fn where_sql(w: &[String]) -> String {
    if w.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", w.join(" AND "))
    }
}

/// A page of results.
#[derive(Debug, Serialize)]
pub struct Page<T> {
    /// Matching rows in all.
    pub total: i64,
    /// Page size asked for.
    pub limit: i64,
    /// Offset asked for.
    pub offset: i64,
    /// The rows of this page.
    pub items: Vec<T>,
}

/// An actor of an event.
#[derive(Debug, Serialize)]
pub struct ActorRef {
    /// CAMEO actor code.
    pub code: String,
    /// Name as first written.
    pub name: Option<String>,
    /// Country part of the code.
    pub country: Option<String>,
}

/// PLOVER classification of an event.
#[derive(Debug, Serialize)]
pub struct PloverRef {
    /// Type.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Mode.
    pub mode: Option<String>,
    /// Context.
    pub context: Option<String>,
}

/// A merged event.
#[derive(Debug, Serialize)]
pub struct EventRow {
    /// Event id (GDELT GlobalEventID).
    pub id: i64,
    /// Day `YYYY-MM-DD` (first day of the period for coarser precisions).
    pub day: String,
    /// `day`, `week`, `month` or `year`.
    pub day_precision: String,
    /// Where the day came from: `event`, `published`, `added`.
    pub day_source: String,
    /// Source actor.
    pub source: ActorRef,
    /// Target actor.
    pub target: Option<ActorRef>,
    /// CAMEO code (of the first mention).
    pub code: String,
    /// CAMEO base code (three digits).
    pub base_code: String,
    /// CAMEO root code.
    pub root: String,
    /// QuadClass 1–4.
    pub quad_class: i64,
    /// Goldstein score.
    pub goldstein: f64,
    /// PLOVER classification.
    pub plover: PloverRef,
    /// Name of the CAMEO code.
    pub name: String,
    /// Mentions.
    pub num_mentions: i64,
    /// Distinct documents.
    pub num_articles: i64,
    /// Distinct outlets.
    pub num_sources: i64,
    /// URL (or path) of the first document.
    pub source_url: Option<String>,
    /// When the event was first stored (RFC 3339).
    pub date_added: String,
    /// Mentions by attribution kind (`none` for unattributed).
    pub attribution: BTreeMap<String, i64>,
}

const EVENT_COLS: &str = "e.id, e.day, e.day_precision, e.day_source, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name, e.target_country,
    e.code, e.base_code, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.plover_context, e.name,
    e.num_mentions, e.num_articles, e.num_sources, e.source_url, e.date_added";

fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    let target_code: String = r.get(7)?;
    Ok(EventRow {
        id: r.get(0)?,
        day: r.get(1)?,
        day_precision: r.get(2)?,
        day_source: r.get(3)?,
        source: ActorRef { code: r.get(4)?, name: r.get(5)?, country: r.get(6)? },
        target: if target_code.is_empty() { None } else { Some(ActorRef { code: target_code, name: r.get(8)?, country: r.get(9)? }) },
        code: r.get(10)?,
        base_code: r.get(11)?,
        root: r.get(12)?,
        quad_class: r.get(13)?,
        // narrowed and widened again: corpora stored before the rounding hold `-5.800000190734863`
        goldstein: crate::model::goldstein_f64(r.get::<_, f64>(14)? as f32),
        plover: PloverRef { kind: r.get(15)?, mode: r.get(16)?, context: r.get(17)? },
        name: r.get(18)?,
        num_mentions: r.get(19)?,
        num_articles: r.get(20)?,
        num_sources: r.get(21)?,
        source_url: r.get(22)?,
        date_added: r.get(23)?,
        attribution: BTreeMap::new(),
    })
}

fn fill_attribution(conn: &Connection, events: &mut [EventRow]) -> Result<(), CorpusError> {
    let mut q = conn.prepare_cached("SELECT coalesce(attribution_kind, 'none'), count(*) FROM mentions WHERE event_id = ?1 GROUP BY 1")?;
    for e in events.iter_mut() {
        for row in q.query_map([e.id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (k, n) = row?;
            e.attribution.insert(k, n);
        }
    }
    Ok(())
}

/// Events matching `f`, by day then id.
pub fn events(conn: &Connection, f: &Filter) -> Result<Page<EventRow>, CorpusError> {
    let (w, v) = f.event_conditions(true)?;
    let wsql = where_sql(&w);
    let total: i64 = conn.query_row(&format!("SELECT count(*) FROM events e {wsql}"), params_from_iter(v.iter()), |r| r.get(0))?;
    let mut v2 = v.clone();
    v2.push(Value::Integer(f.limit));
    v2.push(Value::Integer(f.offset));
    let mut q = conn.prepare(&format!("SELECT {EVENT_COLS} FROM events e {wsql} ORDER BY e.day, e.id LIMIT ? OFFSET ?"))?;
    let mut items = q.query_map(params_from_iter(v2.iter()), event_row)?.collect::<Result<Vec<_>, _>>()?;
    fill_attribution(conn, &mut items)?;
    Ok(Page { total, limit: f.limit, offset: f.offset, items })
}

/// A document in a list.
#[derive(Debug, Serialize)]
pub struct DocSummary {
    /// Document id.
    pub id: i64,
    /// Title.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Path (and item/record) it was read from.
    pub origin: String,
    /// `text`, `html`, `feed`, `warc`, `api`.
    pub kind: String,
    /// `ar` or `en`.
    pub lang: String,
    /// Outlet.
    pub site: Option<String>,
    /// Publication date at its own granularity.
    pub published: Option<String>,
    /// `year`, `month`, `day` or `time`.
    pub published_precision: Option<String>,
    /// Modification date at its own granularity.
    pub modified: Option<String>,
    /// When it was stored.
    pub ingested_at: String,
    /// Length in characters.
    pub chars: i64,
    /// The document it near-duplicates.
    pub dup_of: Option<i64>,
    /// Its story (near-duplicate group).
    pub story_id: Option<i64>,
    /// Event mentions in it.
    pub mentions: i64,
}

const DOC_COLS: &str = "d.id, d.title, d.url, d.origin, d.kind, d.lang, d.site, d.published, d.published_precision, d.modified, d.ingested_at,
    d.chars, d.dup_of, d.story_id, (SELECT count(*) FROM mentions mm WHERE mm.doc_id = d.id)";

fn doc_summary(r: &rusqlite::Row) -> rusqlite::Result<DocSummary> {
    Ok(DocSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        url: r.get(2)?,
        origin: r.get(3)?,
        kind: r.get(4)?,
        lang: r.get(5)?,
        site: r.get(6)?,
        published: r.get(7)?,
        published_precision: r.get(8)?,
        modified: r.get(9)?,
        ingested_at: r.get(10)?,
        chars: r.get(11)?,
        dup_of: r.get(12)?,
        story_id: r.get(13)?,
        mentions: r.get(14)?,
    })
}

/// Conditions on `documents d` for the filter: dates on the publication
/// period (an undated document is in no date range), event filters through mentions.
fn doc_conditions(f: &Filter) -> Result<(Vec<String>, Vec<Value>), CorpusError> {
    let mut w = Vec::new();
    let mut v = Vec::new();
    if f.from.is_some() || f.to.is_some() {
        w.push("d.published IS NOT NULL".into());
    }
    if let Some(from) = f.from {
        w.push("d.day_end >= ?".into());
        v.push(Value::Text(from.to_string()));
    }
    if let Some(to) = f.to {
        w.push("d.day_start <= ?".into());
        v.push(Value::Text(to.to_string()));
    }
    if f.has_event_filters() || f.attribution.is_some() {
        let ef = Filter { q: None, doc: None, attribution: None, from: None, to: None, ..f.clone() };
        let (mut ew, ev) = ef.event_conditions(false)?;
        v.extend(ev);
        if let Some(a) = &f.attribution {
            ew.push(attribution_sql("m", a, &mut v));
        }
        ew.push("m.doc_id = d.id".into());
        w.push(format!("EXISTS (SELECT 1 FROM mentions m JOIN events e ON e.id = m.event_id WHERE {})", ew.join(" AND ")));
    }
    Ok((w, v))
}

/// Documents matching the filter's dates and event filters, newest first.
pub fn documents(conn: &Connection, f: &Filter) -> Result<Page<DocSummary>, CorpusError> {
    let (w, v) = doc_conditions(f)?;
    let wsql = where_sql(&w);
    let total: i64 = conn.query_row(&format!("SELECT count(*) FROM documents d {wsql}"), params_from_iter(v.iter()), |r| r.get(0))?;
    let mut v2 = v.clone();
    v2.push(Value::Integer(f.limit));
    v2.push(Value::Integer(f.offset));
    // Page the ids first, then read the rows of that page only.
    let mut q = conn.prepare(&format!(
        "SELECT {DOC_COLS} FROM (SELECT d.id AS pid, d.day_start AS k FROM documents d {wsql}
            ORDER BY k DESC, d.id DESC LIMIT ? OFFSET ?) p JOIN documents d ON d.id = p.pid ORDER BY p.k DESC, d.id DESC"
    ))?;
    let items = q.query_map(params_from_iter(v2.iter()), doc_summary)?.collect::<Result<Vec<_>, _>>()?;
    Ok(Page { total, limit: f.limit, offset: f.offset, items })
}

/// One document with its text and annotation.
#[derive(Debug, Serialize)]
pub struct DocDetail {
    /// The list fields.
    #[serde(flatten)]
    pub summary: DocSummary,
    /// The text as stored and annotated.
    pub text: String,
    /// The publication date as written.
    pub published_raw: Option<String>,
    /// Where the publication date came from.
    pub published_source: Option<String>,
    /// The modification date as written.
    pub modified_raw: Option<String>,
    /// SHA-256 of the text (white space collapsed).
    pub content_hash: String,
    /// Other documents of the same story.
    pub story: Vec<i64>,
    /// The pipeline's output (`marsad extract` JSON).
    pub annotation: serde_json::Value,
}

/// One document by id.
pub fn document(conn: &Connection, id: i64) -> Result<DocDetail, CorpusError> {
    let row = conn
        .query_row(
            &format!("SELECT {DOC_COLS}, t.text, d.published_raw, d.published_source, d.modified_raw, d.content_hash, t.annotation
              FROM documents d JOIN doc_texts t ON t.doc_id = d.id WHERE d.id = ?1"),
            [id],
            |r| Ok((doc_summary(r)?, r.get::<_, String>(15)?, r.get(16)?, r.get(17)?, r.get(18)?, r.get::<_, String>(19)?, r.get::<_, String>(20)?)),
        )
        .optional()?
        .ok_or_else(|| CorpusError::NotFound(format!("document {id}")))?;
    let (summary, text, published_raw, published_source, modified_raw, content_hash, annotation) = row;
    let mut story = Vec::new();
    if let Some(s) = summary.story_id {
        let mut q = conn.prepare_cached("SELECT id FROM documents WHERE story_id = ?1 AND id != ?2 ORDER BY id LIMIT 200")?;
        story = q.query_map(params![s, id], |r| r.get(0))?.collect::<Result<Vec<i64>, _>>()?;
    }
    Ok(DocDetail { summary, text, published_raw, published_source, modified_raw, content_hash, story, annotation: serde_json::from_str(&annotation)? })
}

/// A span relative to the start of the mention's sentence (characters).
#[derive(Debug, Serialize, Clone, Copy)]
pub struct RelSpan {
    /// Start, in characters from the sentence start.
    pub start: i64,
    /// End (exclusive).
    pub end: i64,
}

/// Attribution of a mention.
#[derive(Debug, Serialize)]
pub struct MentionAttribution {
    /// Kind of source.
    pub kind: String,
    /// Attribution cue as written.
    pub cue: Option<String>,
    /// The source as written.
    pub source: Option<String>,
    /// CAMEO code of the source.
    pub code: Option<String>,
    /// The cue's span in the sentence, when it lies inside it.
    pub span: Option<RelSpan>,
}

/// Where a mention says the event happened (see [`crate::model::Location`]).
#[derive(Debug, Serialize)]
pub struct MentionLocation {
    /// The place as written.
    pub text: String,
    /// CAMEO country (or region) code of the place.
    pub code: Option<String>,
    /// `country`, `capital` or `place`.
    pub kind: String,
    /// The place's span in the sentence, when it lies inside it.
    pub span: Option<RelSpan>,
}

/// One mention of an event.
#[derive(Debug, Serialize)]
pub struct MentionRow {
    /// Mention id.
    pub id: i64,
    /// Event id.
    pub event_id: i64,
    /// Document id.
    pub doc_id: i64,
    /// Document title.
    pub doc_title: Option<String>,
    /// Document URL.
    pub doc_url: Option<String>,
    /// Document publication date.
    pub doc_published: Option<String>,
    /// Outlet.
    pub site: Option<String>,
    /// Document language.
    pub lang: String,
    /// The document it near-duplicates.
    pub dup_of: Option<i64>,
    /// Sentence index in the document.
    pub sentence_index: i64,
    /// Sentence start (characters into the document).
    pub sentence_start: i64,
    /// Sentence end (exclusive).
    pub sentence_end: i64,
    /// The sentence text.
    pub sentence: String,
    /// Trigger span within the sentence.
    pub trigger: RelSpan,
    /// Source actor as written and its span within the sentence.
    pub source_text: String,
    /// Source actor span within the sentence, when inside it.
    pub source_span: Option<RelSpan>,
    /// Target actor as written.
    pub target_text: Option<String>,
    /// Target actor span within the sentence, when inside it.
    pub target_span: Option<RelSpan>,
    /// The mention's own CAMEO code.
    pub code: String,
    /// The mention's time expression value.
    pub time: Option<String>,
    /// How the report attributes it (`None`: unattributed).
    pub attribution: Option<MentionAttribution>,
    /// Where the event took place, when the sentence names the place.
    pub location: Option<MentionLocation>,
    /// Heuristic confidence 0–1 (see `store::confidence`).
    pub confidence: f64,
}

/// The sentence of a mention in [`MENTION_SQL`], cut from its document's text (SQLite's substr
/// counts characters, as marsad's offsets do).
pub(crate) const MENTION_SENTENCE_SQL: &str = "substr(t.text, max(m.sentence_start, 0) + 1, max(m.sentence_end - max(m.sentence_start, 0), 0))";

pub(crate) const MENTION_SQL: &str = "SELECT m.id, m.event_id, m.doc_id, d.title, d.url, d.published, d.site, d.lang, d.dup_of, m.sentence, m.sentence_start,
    m.sentence_end, m.trigger_start, m.trigger_end, m.source_text, m.source_start, m.target_text, m.target_start, m.code, m.time,
    m.attribution_kind, m.attribution_cue, m.attribution_source, m.attribution_code, m.attribution_start, m.attribution_end, m.confidence,
    substr(t.text, max(m.sentence_start, 0) + 1, max(m.sentence_end - max(m.sentence_start, 0), 0)),
    m.location_text, m.location_code, m.location_kind, m.location_start, m.location_end
    FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN doc_texts t ON t.doc_id = m.doc_id";

pub(crate) fn mention_row(r: &rusqlite::Row) -> rusqlite::Result<MentionRow> {
    let s_start: i64 = r.get(10)?;
    let s_end: i64 = r.get(11)?;
    // (the sentence is cut from the document's text by SQLite's substr, which counts characters
    // as marsad's offsets do: a row never carries a whole document, which made a sorted query of
    // a large document's mentions fill SQLite's temporary store)
    let sentence: String = r.get(27)?;
    let rel = |a: i64, len: i64| -> Option<RelSpan> {
        let (s, e) = (a - s_start, a - s_start + len);
        (s >= 0 && e <= s_end - s_start && e > s).then_some(RelSpan { start: s, end: e })
    };
    let t_start: i64 = r.get(12)?;
    let t_end: i64 = r.get(13)?;
    let source_text: String = r.get(14)?;
    let target_text: Option<String> = r.get(16)?;
    let target_start: Option<i64> = r.get(17)?;
    let kind: Option<String> = r.get(20)?;
    let a_start: Option<i64> = r.get(24)?;
    let a_end: Option<i64> = r.get(25)?;
    Ok(MentionRow {
        id: r.get(0)?,
        event_id: r.get(1)?,
        doc_id: r.get(2)?,
        doc_title: r.get(3)?,
        doc_url: r.get(4)?,
        doc_published: r.get(5)?,
        site: r.get(6)?,
        lang: r.get(7)?,
        dup_of: r.get(8)?,
        sentence_index: r.get(9)?,
        sentence_start: s_start,
        sentence_end: s_end,
        trigger: rel(t_start, t_end - t_start).unwrap_or(RelSpan { start: 0, end: 0 }),
        source_span: rel(r.get(15)?, source_text.chars().count() as i64),
        source_text,
        target_span: match (&target_text, target_start) {
            (Some(t), Some(s)) => rel(s, t.chars().count() as i64),
            _ => None,
        },
        target_text,
        code: r.get(18)?,
        time: r.get(19)?,
        attribution: match kind {
            Some(kind) => Some(MentionAttribution {
                kind,
                cue: r.get(21)?,
                source: r.get(22)?,
                code: r.get(23)?,
                span: match (a_start, a_end) {
                    (Some(s), Some(e)) => rel(s, e - s),
                    _ => None,
                },
            }),
            None => None,
        },
        location: match (r.get::<_, Option<String>>(28)?, r.get::<_, Option<String>>(30)?) {
            (Some(text), Some(kind)) => {
                let span = match (r.get::<_, Option<i64>>(31)?, r.get::<_, Option<i64>>(32)?) {
                    (Some(s), Some(e)) => rel(s, e - s),
                    _ => None,
                };
                Some(MentionLocation { text, code: r.get(29)?, kind, span })
            }
            _ => None,
        },
        confidence: r.get(26)?,
        sentence,
    })
}

/// One event with (up to [`MAX_LIMIT`]) mentions.
#[derive(Debug, Serialize)]
pub struct EventDetail {
    /// The event.
    #[serde(flatten)]
    pub event: EventRow,
    /// Its mentions, by document date then id.
    pub mentions: Vec<MentionRow>,
}

/// One event by id, with its mentions.
pub fn event(conn: &Connection, id: i64) -> Result<EventDetail, CorpusError> {
    let mut ev = conn
        .query_row(&format!("SELECT {EVENT_COLS} FROM events e WHERE e.id = ?1"), [id], event_row)
        .optional()?
        .ok_or_else(|| CorpusError::NotFound(format!("event {id}")))?;
    fill_attribution(conn, std::slice::from_mut(&mut ev))?;
    let mut q = conn.prepare_cached(&format!("{MENTION_SQL} WHERE m.event_id = ?1 ORDER BY d.published_start, m.id LIMIT {MAX_LIMIT}"))?;
    let mentions = q.query_map([id], mention_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(EventDetail { event: ev, mentions })
}

/// Mentions of events matching `f` (with `event` and `doc` parameters), by id.
pub fn mentions(conn: &Connection, f: &Filter, event: Option<i64>) -> Result<Page<MentionRow>, CorpusError> {
    let mut w = Vec::new();
    let mut v: Vec<Value> = Vec::new();
    if let Some(e) = event {
        w.push("m.event_id = ?".to_string());
        v.push(Value::Integer(e));
    }
    if let Some(d) = f.doc {
        w.push("m.doc_id = ?".into());
        v.push(Value::Integer(d));
    }
    if let Some(a) = &f.attribution {
        w.push(attribution_sql("m", a, &mut v));
    }
    let ef = Filter { doc: None, attribution: None, ..f.clone() };
    let (ew, ev) = ef.event_conditions(true)?;
    if !ew.is_empty() {
        w.push(format!("m.event_id IN (SELECT e.id FROM events e WHERE {})", ew.join(" AND ")));
        v.extend(ev);
    }
    let wsql = where_sql(&w);
    let total: i64 = conn.query_row(&format!("SELECT count(*) FROM mentions m {wsql}"), params_from_iter(v.iter()), |r| r.get(0))?;
    v.push(Value::Integer(f.limit));
    v.push(Value::Integer(f.offset));
    let mut q = conn.prepare(&format!("{MENTION_SQL} {wsql} ORDER BY m.id LIMIT ? OFFSET ?"))?;
    let items = q.query_map(params_from_iter(v.iter()), mention_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(Page { total, limit: f.limit, offset: f.offset, items })
}

/// An actor code with its counts.
#[derive(Debug, Serialize)]
pub struct ActorRow {
    /// CAMEO actor code.
    pub code: String,
    /// Most frequent name written for it.
    pub name: Option<String>,
    /// Country part of the code.
    pub country: Option<String>,
    /// Events with it as source or target.
    pub events: i64,
    /// Mentions of those events.
    pub mentions: i64,
}

/// Actor codes (source or target of events matching `f`), most mentioned first;
/// `prefix` restricts the codes.
pub fn actors(conn: &Connection, f: &Filter, prefix: Option<&str>) -> Result<Page<ActorRow>, CorpusError> {
    let (w, v) = f.event_conditions(true)?;
    let wsql = where_sql(&w);
    // The conditions appear twice (source and target halves of the union).
    let mut v_all = v.clone();
    v_all.extend(v);
    let mut pre = String::new();
    if let Some(p) = prefix {
        if !codes::is_code_filter(p) {
            return Err(bad(format!("prefix: `{p}` is not an actor code")));
        }
        pre = "WHERE code GLOB ?".into();
        v_all.push(Value::Text(format!("{}*", p.to_ascii_uppercase())));
    }
    let sql = format!(
        "SELECT code, name, count(*) AS n_names, sum(nm) FROM (
            SELECT e.source_code AS code, e.source_name AS name, e.num_mentions AS nm FROM events e {wsql}
            UNION ALL
            SELECT e.target_code, e.target_name, e.num_mentions FROM events e {wsql} {and} e.target_code != ''
         ) {pre} GROUP BY code, name",
        and = if wsql.is_empty() { "WHERE" } else { "AND" }
    );
    let mut agg: HashMap<String, (i64, i64, Option<String>, i64)> = HashMap::new(); // events, mentions, best name, best count
    let mut q = conn.prepare(&sql)?;
    let rows = q.query_map(params_from_iter(v_all.iter()), |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?)))?;
    for row in rows {
        let (code, name, n, m) = row?;
        if code.is_empty() {
            continue;
        }
        let a = agg.entry(code).or_insert((0, 0, None, 0));
        a.0 += n;
        a.1 += m;
        if n > a.3 {
            a.2 = name;
            a.3 = n;
        }
    }
    let mut items: Vec<ActorRow> = agg
        .into_iter()
        .map(|(code, (events, mentions, name, _))| ActorRow { country: codes::country(&code), code, name, events, mentions })
        .collect();
    items.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(b.events.cmp(&a.events)).then(a.code.cmp(&b.code)));
    let total = items.len() as i64;
    let items = items.into_iter().skip(f.offset as usize).take(f.limit as usize).collect();
    Ok(Page { total, limit: f.limit, offset: f.offset, items })
}

/// A search hit.
#[derive(Debug, Serialize)]
pub struct SearchHit {
    /// The document.
    #[serde(flatten)]
    pub doc: DocSummary,
    /// BM25 rank (lower is better).
    pub rank: f64,
    /// The first sentence with a query word (else the first sentence).
    pub snippet: String,
    /// Character spans of the query words in the snippet.
    pub highlights: Vec<(usize, usize)>,
}

/// Full-text search over documents (title and text), ranked by BM25, with the
/// filter's dates and event filters.
pub fn search(conn: &Connection, f: &Filter) -> Result<Page<SearchHit>, CorpusError> {
    let q = f.q.as_deref().ok_or_else(|| bad("q: a search query is required"))?;
    let m = fts::match_expression(q).ok_or_else(|| bad("q: the query has no word to search for"))?;
    let (mut w, dv) = doc_conditions(f)?;
    w.insert(0, "doc_fts MATCH ?".into());
    let mut v = vec![Value::Text(m)];
    v.extend(dv);
    let wsql = where_sql(&w);
    let from = "FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid";
    let total: i64 = conn.query_row(&format!("SELECT count(*) {from} {wsql}"), params_from_iter(v.iter()), |r| r.get(0))?;
    v.push(Value::Integer(f.limit));
    v.push(Value::Integer(f.offset));
    // Rank and page the ids first; read texts and annotations for that page only.
    let mut st = conn.prepare(&format!(
        "SELECT {DOC_COLS}, p.rank, t.text, t.annotation FROM (SELECT d.id AS pid, bm25(doc_fts, 2.0, 1.0) AS rank {from} {wsql}
            ORDER BY rank LIMIT ? OFFSET ?) p JOIN documents d ON d.id = p.pid JOIN doc_texts t ON t.doc_id = p.pid ORDER BY p.rank"
    ))?;
    let qf = fts::query_forms(q);
    let rows = st.query_map(params_from_iter(v.iter()), |r| Ok((doc_summary(r)?, r.get::<_, f64>(15)?, r.get::<_, String>(16)?, r.get::<_, String>(17)?)))?;
    let mut items = Vec::new();
    for row in rows {
        let (doc, rank, text, annotation) = row?;
        let (snippet, highlights) = snippet(&text, &annotation, &qf);
        items.push(SearchHit { doc, rank, snippet, highlights });
    }
    Ok(Page { total, limit: f.limit, offset: f.offset, items })
}

fn snippet(text: &str, annotation: &str, qf: &[Vec<String>]) -> (String, Vec<(usize, usize)>) {
    #[derive(serde::Deserialize)]
    struct S {
        start: usize,
        end: usize,
    }
    #[derive(serde::Deserialize)]
    struct A {
        sentences: Vec<S>,
    }
    let chars: Vec<char> = text.chars().collect();
    let sentences: Vec<(usize, usize)> = serde_json::from_str::<A>(annotation)
        .map(|a| a.sentences.into_iter().map(|s| (s.start.min(chars.len()), s.end.min(chars.len()))).collect())
        .unwrap_or_default();
    let sentences = if sentences.is_empty() { vec![(0, chars.len().min(300))] } else { sentences };
    let pick = sentences
        .iter()
        .map(|&(s, e)| chars[s..e.max(s)].iter().collect::<String>())
        .find(|s| fts::sentence_matches(s, qf))
        .unwrap_or_else(|| chars[sentences[0].0..sentences[0].1.max(sentences[0].0)].iter().collect());
    let pick: String = pick.chars().take(600).collect();
    let h = fts::highlights(&pick, qf);
    (pick, h)
}

/// One bucket of the timeline.
#[derive(Debug, Serialize)]
pub struct Bucket {
    /// `YYYY-MM-DD` for days, `YYYY-Www` (ISO week) for weeks.
    pub key: String,
    /// First day of the bucket.
    pub start: String,
    /// Events dated in it.
    pub events: i64,
    /// Their mentions.
    pub mentions: i64,
    /// Mentions by attribution kind (`none` for unattributed).
    pub attribution: BTreeMap<String, i64>,
}

/// Events and mentions per day or ISO week, for events matching `f`. Undated
/// events (no time of their own and no publication date: `day_source` `added`)
/// are left out; [`Stats::undated_events`] counts them.
pub fn timeline(conn: &Connection, f: &Filter, week: bool) -> Result<Vec<Bucket>, CorpusError> {
    let (mut w, v) = f.event_conditions(true)?;
    w.push(format!("e.day_source <> '{UNDATED}'"));
    let wsql = where_sql(&w);
    let mut q = conn.prepare(&format!(
        "SELECT e.day, coalesce(m.attribution_kind, 'none'), count(DISTINCT e.id), count(m.id)
         FROM events e JOIN mentions m ON m.event_id = e.id {wsql} GROUP BY 1, 2 ORDER BY 1"
    ))?;
    let mut out: BTreeMap<String, Bucket> = BTreeMap::new();
    let mut events_per_bucket: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    let rows = q.query_map(params_from_iter(v.iter()), |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?)))?;
    let mut day_events: BTreeMap<String, i64> = BTreeMap::new();
    for row in rows {
        let (day, kind, _ev, n) = row?;
        let d: Date = day.parse().map_err(|_| bad(format!("bad day {day} in database")))?;
        let (key, start) = if week {
            let iw = d.iso_week_date();
            let monday = d.checked_sub(jiff::Span::new().days(iw.weekday().to_monday_zero_offset() as i64)).unwrap_or(d);
            (format!("{:04}-W{:02}", iw.year(), iw.week()), monday.to_string())
        } else {
            (day.clone(), day.clone())
        };
        let b = out.entry(key.clone()).or_insert_with(|| Bucket { key: key.clone(), start, events: 0, mentions: 0, attribution: BTreeMap::new() });
        b.mentions += n;
        *b.attribution.entry(kind).or_insert(0) += n;
        events_per_bucket.entry(key).or_default().insert(day.clone());
        day_events.entry(day).or_insert(0);
    }
    // Distinct events per day (not per day and kind).
    let mut q = conn.prepare(&format!("SELECT e.day, count(*) FROM events e {wsql} GROUP BY 1"))?;
    for row in q.query_map(params_from_iter(v.iter()), |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (day, n) = row?;
        if let Some(x) = day_events.get_mut(&day) {
            *x = n;
        }
    }
    for (key, days) in events_per_bucket {
        if let Some(b) = out.get_mut(&key) {
            b.events = days.iter().map(|d| day_events.get(d).copied().unwrap_or(0)).sum();
        }
    }
    Ok(out.into_values().collect())
}

/// Counts for the page header.
#[derive(Debug, Serialize)]
pub struct Stats {
    /// Documents.
    pub documents: i64,
    /// Of which near-duplicates.
    pub near_duplicates: i64,
    /// Stories (near-duplicate groups).
    pub stories: i64,
    /// Events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
    /// Documents per language.
    pub languages: BTreeMap<String, i64>,
    /// Mentions per attribution kind (`none` for unattributed).
    pub attribution: BTreeMap<String, i64>,
    /// First and last day of the dated events.
    pub days: Option<(String, String)>,
    /// Events with no date (no time of their own, documents without a
    /// publication date): stored on their ingest day, left off the timeline.
    pub undated_events: i64,
}

/// Corpus-wide counts.
pub fn stats(conn: &Connection) -> Result<Stats, CorpusError> {
    let one = |sql: &str| -> Result<i64, CorpusError> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    let mut languages = BTreeMap::new();
    let mut q = conn.prepare("SELECT lang, count(*) FROM documents GROUP BY 1")?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (k, n) = r?;
        languages.insert(k, n);
    }
    let mut attribution = BTreeMap::new();
    let mut q = conn.prepare("SELECT coalesce(attribution_kind, 'none'), count(*) FROM mentions GROUP BY 1")?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (k, n) = r?;
        attribution.insert(k, n);
    }
    let days = conn
        .query_row(&format!("SELECT min(day), max(day) FROM events WHERE day_source <> '{UNDATED}'"), [], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?)))?;
    Ok(Stats {
        documents: one("SELECT count(*) FROM documents")?,
        near_duplicates: one("SELECT count(*) FROM documents WHERE dup_of IS NOT NULL")?,
        stories: one("SELECT count(DISTINCT story_id) FROM documents")?,
        events: one("SELECT count(*) FROM events")?,
        mentions: one("SELECT count(*) FROM mentions")?,
        undated_events: one(&format!("SELECT count(*) FROM events WHERE day_source = '{UNDATED}'"))?,
        languages,
        attribution,
        days: match days {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        },
    })
}
