//! `marsad export`: the corpus as GDELT 2.0 tables, JSON Lines or Parquet.
//!
//! - **gdelt**: the GDELT 2.0 event table, exactly 61 tab-separated columns in
//!   GDELT 2.0's order ([`EVENT_COLUMNS`]), no header line, and the mentions
//!   table, 16 columns ([`MENTION_COLUMNS`]). Codes are written as text with
//!   their leading zeros (`046`, `04`); fields marsad has no value for (tone,
//!   geography, ethnic codes) are empty. Tabs and line breaks inside values
//!   become spaces.
//! - **jsonl**: one event per line with its mentions, as the API returns them.
//! - **parquet**: the same two tables with typed columns — every code column is
//!   `Utf8` (so readers see `"046"`, not 46), counts `Int64`, scores `Float64` —
//!   plus marsad's own columns after GDELT's (PLOVER type/mode/context, the
//!   precision of the event date and where it came from; attribution of
//!   mentions). Snappy-compressed.
//!
//! Undated events (no time of their own and an undated document: `day_source`
//! `added`, dated with the ingest day) are left out of the GDELT tables unless
//! asked for ([`export`]'s `include_undated`): GDELT's columns have no place to
//! say that a SQLDATE is not the event's day, and readers take the columns by
//! position, so no column is added. JSONL and Parquet keep them, marked by
//! `day_source` / `EventDaySource`.
//!
//! Mapping notes: SQLDATE is the first day of the event's period (an event
//! dated only to a month, e.g. from "last month", gets the 1st; the precision is
//! in the JSONL and Parquet exports); Actor*Name is the actor as first written (GDELT upper-cases
//! English names); IsRootEvent is 1 when the first mention lies in the first
//! paragraph; MentionType is 1 (web) for every document; MentionTimeDate is the
//! document's publication time (midnight for a day, the ingest time when
//! unknown); Confidence is the mention's heuristic confidence × 100;
//! MentionDocTranslationInfo is `srclc:ara` for Arabic documents (no machine
//! translation is involved); Extras carries the attribution as
//! `<ATTRIBUTION kind="…" cue="…"/>`.

use super::codes::ActorParts;
use super::query::{self, MENTION_SQL};
use super::store::{Corpus, CorpusError};
use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use rusqlite::Connection;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use crate::output::AtomicFile;

/// Export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GDELT 2.0 event and mention tables (tab-separated).
    Gdelt,
    /// JSON Lines, one event with its mentions per line.
    Jsonl,
    /// Parquet event and mention tables.
    Parquet,
}

/// Column types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Integer.
    Int,
    /// Floating point.
    Float,
    /// Text (all codes).
    Str,
}

use Kind::{Float, Int, Str};

/// GDELT 2.0 event table columns, in order (61).
pub const EVENT_COLUMNS: [(&str, Kind); 61] = [
    ("GlobalEventID", Int),
    ("SQLDATE", Int),
    ("MonthYear", Int),
    ("Year", Int),
    ("FractionDate", Float),
    ("Actor1Code", Str),
    ("Actor1Name", Str),
    ("Actor1CountryCode", Str),
    ("Actor1KnownGroupCode", Str),
    ("Actor1EthnicCode", Str),
    ("Actor1Religion1Code", Str),
    ("Actor1Religion2Code", Str),
    ("Actor1Type1Code", Str),
    ("Actor1Type2Code", Str),
    ("Actor1Type3Code", Str),
    ("Actor2Code", Str),
    ("Actor2Name", Str),
    ("Actor2CountryCode", Str),
    ("Actor2KnownGroupCode", Str),
    ("Actor2EthnicCode", Str),
    ("Actor2Religion1Code", Str),
    ("Actor2Religion2Code", Str),
    ("Actor2Type1Code", Str),
    ("Actor2Type2Code", Str),
    ("Actor2Type3Code", Str),
    ("IsRootEvent", Int),
    ("EventCode", Str),
    ("EventBaseCode", Str),
    ("EventRootCode", Str),
    ("QuadClass", Int),
    ("GoldsteinScale", Float),
    ("NumMentions", Int),
    ("NumSources", Int),
    ("NumArticles", Int),
    ("AvgTone", Float),
    ("Actor1Geo_Type", Int),
    ("Actor1Geo_FullName", Str),
    ("Actor1Geo_CountryCode", Str),
    ("Actor1Geo_ADM1Code", Str),
    ("Actor1Geo_ADM2Code", Str),
    ("Actor1Geo_Lat", Float),
    ("Actor1Geo_Long", Float),
    ("Actor1Geo_FeatureID", Str),
    ("Actor2Geo_Type", Int),
    ("Actor2Geo_FullName", Str),
    ("Actor2Geo_CountryCode", Str),
    ("Actor2Geo_ADM1Code", Str),
    ("Actor2Geo_ADM2Code", Str),
    ("Actor2Geo_Lat", Float),
    ("Actor2Geo_Long", Float),
    ("Actor2Geo_FeatureID", Str),
    ("ActionGeo_Type", Int),
    ("ActionGeo_FullName", Str),
    ("ActionGeo_CountryCode", Str),
    ("ActionGeo_ADM1Code", Str),
    ("ActionGeo_ADM2Code", Str),
    ("ActionGeo_Lat", Float),
    ("ActionGeo_Long", Float),
    ("ActionGeo_FeatureID", Str),
    ("DATEADDED", Int),
    ("SOURCEURL", Str),
];

/// marsad's extra event columns (Parquet only, after GDELT's). `ActionGeoCAMEOCode` is the
/// CAMEO country (or region) code of the event's location, beside GDELT's FIPS 10-4
/// `ActionGeo_CountryCode`, which has no code for regions or for `PSE` ([`super::codes::fips_country`]).
pub const EVENT_EXTRA_COLUMNS: [(&str, Kind); 6] =
    [("PloverType", Str), ("PloverMode", Str), ("PloverContext", Str), ("EventDayPrecision", Str), ("EventDaySource", Str), ("ActionGeoCAMEOCode", Str)];

/// GDELT 2.0 mentions table columns, in order (16).
pub const MENTION_COLUMNS: [(&str, Kind); 16] = [
    ("GlobalEventID", Int),
    ("EventTimeDate", Int),
    ("MentionTimeDate", Int),
    ("MentionType", Int),
    ("MentionSourceName", Str),
    ("MentionIdentifier", Str),
    ("SentenceID", Int),
    ("Actor1CharOffset", Int),
    ("Actor2CharOffset", Int),
    ("ActionCharOffset", Int),
    ("InRawText", Int),
    ("Confidence", Int),
    ("MentionDocLen", Int),
    ("MentionDocTone", Float),
    ("MentionDocTranslationInfo", Str),
    ("Extras", Str),
];

/// marsad's extra mention columns (Parquet only).
pub const MENTION_EXTRA_COLUMNS: [(&str, Kind); 6] = [
    ("DocumentID", Int),
    ("MentionEventCode", Str),
    ("AttributionKind", Str),
    ("AttributionCue", Str),
    ("AttributionSource", Str),
    ("Sentence", Str),
];

/// One value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Integer or empty.
    Int(Option<i64>),
    /// Float or empty.
    Float(Option<f64>),
    /// Float written with exactly four decimals in the TSV, or empty
    /// (FractionDate, which GDELT prints as `2025.2000`, not `2025.2`).
    Fixed4(Option<f64>),
    /// Text or empty.
    Str(Option<String>),
}

/// Writes the first `n` cells as one tab-separated line (with its newline) into `line`.
fn tsv_line(line: &mut String, cells: &[Cell], n: usize) {
    line.clear();
    for (i, c) in cells.iter().take(n).enumerate() {
        if i > 0 {
            line.push('\t');
        }
        c.tsv(line);
    }
    line.push('\n');
}

impl Cell {
    fn tsv(&self, out: &mut String) {
        match self {
            Cell::Int(Some(v)) => out.push_str(&v.to_string()),
            Cell::Float(Some(v)) => out.push_str(&format!("{v:?}")),
            Cell::Fixed4(Some(v)) => out.push_str(&format!("{v:.4}")),
            Cell::Str(Some(s)) => out.extend(s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c })),
            _ => {}
        }
    }
}

fn s(v: Option<String>) -> Cell {
    Cell::Str(v.filter(|x| !x.is_empty()))
}

/// `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DD…` to `YYYYMMDDHHMMSS` (missing parts are zeros).
pub fn gdelt_datetime(s: &str) -> Option<i64> {
    let digits: String = s.chars().take(19).filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 8 {
        return None;
    }
    format!("{digits:0<14}").get(..14)?.parse().ok()
}

/// A stored publication date as GDELT's `YYYYMMDDHHMMSS` at UTC: times with an
/// offset are converted, days get midnight, months and years give `None`.
fn utc_datetime(published: &str) -> Option<i64> {
    let d = super::dates::PubDate::parse(published)?;
    match d.precision {
        super::dates::Precision::Time if d.offset_seconds.is_some() => {
            let ts = d.earliest_instant()?;
            gdelt_datetime(&super::dates::rfc3339(ts))
        }
        super::dates::Precision::Time | super::dates::Precision::Day => gdelt_datetime(&d.value()),
        _ => None,
    }
}

/// SQLDATE, MonthYear, Year and FractionDate of a stored day (`YYYY-MM-DD`).
///
/// FractionDate follows the GDELT 1.0 and 2.0 event codebooks (GDELT Event
/// Codebook V2.0, "FractionDate"): YEAR + (MONTH × 30 + DAY) / 365, rounded to
/// four decimals, so 2025-03-19 gives 2025.2986 as in GDELT's own files. The
/// formula is kept as GDELT has it, quirks included: Jan 31 and Feb 1 share a
/// value, and from December 6 on the value passes YEAR + 1 (2025-12-31 gives
/// 2026.0712, still before 2026-01-01's 2026.0849).
fn day_fields(day: &str) -> (Option<i64>, Option<i64>, Option<i64>, Option<f64>) {
    let Ok(d) = day.parse::<jiff::civil::Date>() else { return (None, None, None, None) };
    let y = d.year() as i64;
    let sql = y * 10000 + d.month() as i64 * 100 + d.day() as i64;
    let frac = (d.month() as f64 * 30.0 + d.day() as f64) / 365.0;
    let fd = ((y as f64 + frac) * 10000.0).round() / 10000.0;
    (Some(sql), Some(y * 100 + d.month() as i64), Some(y), Some(fd))
}

fn actor_cells(code: Option<String>, name: Option<String>) -> Vec<Cell> {
    let p = ActorParts::of(code.as_deref().unwrap_or(""));
    let [t1, t2, t3] = p.types;
    vec![s(code), s(name), s(p.country), s(p.known_group), s(p.ethnic), s(p.religion1), s(p.religion2), s(t1), s(t2), s(t3)]
}

const EVENT_SQL: &str = "SELECT id, day, source_code, source_name, target_code, target_name, is_root, code, base_code, root, quad_class,
    goldstein, num_mentions, num_sources, num_articles, date_added, source_url, plover_type, plover_mode, plover_context, day_precision, day_source,
    l.location_text, l.location_kind, l.location_code
    FROM events LEFT JOIN (SELECT event_id, location_text, location_kind, location_code, min(id) FROM mentions
        WHERE location_text IS NOT NULL GROUP BY event_id) l ON l.event_id = events.id
    WHERE ?1 OR day_source <> ?2
    ORDER BY id";

/// GDELT's `ActionGeo_Type` for a location kind and its CAMEO country code: 1 a country,
/// 3 a city of the United States, 4 a city (or region) elsewhere (GDELT 2.0 event codebook;
/// marsad does not tell cities from regions, GDELT's 2 and 5).
fn geo_type(kind: &str, code: Option<&str>) -> Option<i64> {
    match kind {
        "country" => Some(1),
        "capital" | "place" if code == Some("USA") => Some(3),
        "capital" | "place" => Some(4),
        _ => None,
    }
}

/// The rows of the event table: 61 GDELT cells and the extra cells; undated
/// events (`day_source` [`query::UNDATED`]) only when `include_undated`.
fn event_rows(conn: &Connection, include_undated: bool, mut f: impl FnMut(Vec<Cell>) -> Result<(), CorpusError>) -> Result<usize, CorpusError> {
    let mut q = conn.prepare(EVENT_SQL)?;
    let mut rows = q.query(rusqlite::params![include_undated, query::UNDATED])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let day: String = r.get(1)?;
        let (sql, my, y, fd) = day_fields(&day);
        let mut cells = vec![Cell::Int(r.get(0)?), Cell::Int(sql), Cell::Int(my), Cell::Int(y), Cell::Fixed4(fd)];
        cells.extend(actor_cells(r.get(2)?, r.get(3)?));
        cells.extend(actor_cells(r.get::<_, Option<String>>(4)?.filter(|c| !c.is_empty()), r.get(5)?));
        cells.push(Cell::Int(r.get(6)?));
        cells.push(s(r.get(7)?));
        cells.push(s(r.get(8)?));
        cells.push(s(r.get(9)?));
        cells.push(Cell::Int(r.get(10)?));
        // the code book's decimal, also for corpora stored with the f32 widened (`-5.800000190734863`)
        cells.push(Cell::Float(Some(crate::model::goldstein_f64(r.get::<_, f64>(11)? as f32))));
        cells.push(Cell::Int(r.get(12)?));
        cells.push(Cell::Int(r.get(13)?));
        cells.push(Cell::Int(r.get(14)?));
        cells.push(Cell::Float(None)); // AvgTone
        for _ in 0..2 {
            // Actor1Geo_*, Actor2Geo_*: Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID
            cells.extend([Cell::Int(None), s(None), s(None), s(None), s(None), Cell::Float(None), Cell::Float(None), s(None)]);
        }
        // ActionGeo_*: the location of the event's first mention that names one, as written,
        // and its country's FIPS 10-4 code; for a country (type 1) GDELT repeats that code as
        // ADM1Code and FeatureID. No coordinates, and no ADM1 or feature id of a city (marsad
        // has no gazetteer of them).
        let (place, kind, place_code): (Option<String>, Option<String>, Option<String>) = (r.get(22)?, r.get(23)?, r.get(24)?);
        let gtype = kind.as_deref().and_then(|k| geo_type(k, place_code.as_deref()));
        let fips = place_code.as_deref().and_then(super::codes::fips_country).map(str::to_string);
        let country_level = if gtype == Some(1) { fips.clone() } else { None };
        cells.extend([Cell::Int(gtype), s(place), s(fips), s(country_level.clone()), s(None), Cell::Float(None), Cell::Float(None), s(country_level)]);
        let added: String = r.get(15)?;
        cells.push(Cell::Int(gdelt_datetime(&added)));
        cells.push(s(r.get(16)?));
        debug_assert_eq!(cells.len(), 61);
        cells.extend([s(r.get(17)?), s(r.get(18)?), s(r.get(19)?), s(r.get(20)?), s(r.get(21)?), s(place_code)]);
        f(cells)?;
        n += 1;
    }
    Ok(n)
}

const MENTION_EXPORT_SQL: &str = "SELECT m.event_id, e.date_added, d.published, d.ingested_at, d.site, coalesce(d.url, d.origin), m.sentence,
    CASE WHEN m.source_text = '' THEN -1 ELSE m.source_start END, CASE WHEN coalesce(m.target_text, '') = '' THEN -1 ELSE m.target_start END, m.trigger_start, m.confidence, d.chars, d.lang, m.attribution_kind, m.attribution_cue,
    m.attribution_source, m.doc_id, m.code, m.sentence_start, m.sentence_end
    FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.doc_id
    WHERE ?1 OR e.day_source <> ?2
    ORDER BY m.event_id, m.id";

/// The texts of the documents whose mentions are being written, indexed by character, so that
/// a mention's sentence is cut in constant time; the [`DocTexts::KEEP`] most recently used are kept
/// (mentions come by event, and an event's mentions mostly share few documents). A sorted query
/// that carried each mention's whole document text filled SQLite's temporary store on a corpus
/// holding one 12 MB document with 120,000 mentions.
struct DocTexts<'c> {
    query: rusqlite::Statement<'c>,
    /// (document id, text, byte offset of each character and of the end), most recent last.
    docs: Vec<(i64, String, Vec<usize>)>,
}

impl<'c> DocTexts<'c> {
    const KEEP: usize = 8;

    fn new(conn: &'c Connection) -> Result<Self, CorpusError> {
        Ok(DocTexts { query: conn.prepare("SELECT text FROM doc_texts WHERE doc_id = ?1")?, docs: Vec::new() })
    }

    /// The characters `start..end` (Unicode scalar values, clamped to the text) of document `doc`;
    /// empty when the document has no stored text.
    fn slice(&mut self, doc: i64, start: i64, end: i64) -> Result<String, CorpusError> {
        match self.docs.iter().position(|d| d.0 == doc) {
            Some(i) => {
                let d = self.docs.remove(i);
                self.docs.push(d);
            }
            None => {
                let text: String = self.query.query_row([doc], |r| r.get(0)).or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(String::new()) } else { Err(e) })?;
                let index: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
                if self.docs.len() >= Self::KEEP {
                    self.docs.remove(0);
                }
                self.docs.push((doc, text, index));
            }
        }
        let Some((_, text, index)) = self.docs.last() else { return Ok(String::new()) };
        let n = (index.len() - 1) as i64;
        let s = start.clamp(0, n);
        let e = end.clamp(s, n);
        Ok(text[index[s as usize]..index[e as usize]].to_string())
    }
}

fn xml_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The rows of the mentions table: 16 GDELT cells and the extra cells; the
/// mentions of undated events only when `include_undated`.
fn mention_rows(conn: &Connection, include_undated: bool, mut f: impl FnMut(Vec<Cell>) -> Result<(), CorpusError>) -> Result<usize, CorpusError> {
    let mut q = conn.prepare(MENTION_EXPORT_SQL)?;
    let mut texts = DocTexts::new(conn)?;
    let mut rows = q.query(rusqlite::params![include_undated, query::UNDATED])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let published: Option<String> = r.get(2)?;
        let ingested: String = r.get(3)?;
        let mention_time = published.as_deref().and_then(utc_datetime).or_else(|| gdelt_datetime(&ingested));
        let lang: String = r.get(12)?;
        let kind: Option<String> = r.get(13)?;
        let cue: Option<String> = r.get(14)?;
        let extras = kind.as_ref().map(|k| format!("<ATTRIBUTION kind=\"{}\" cue=\"{}\"/>", xml_attr(k), xml_attr(cue.as_deref().unwrap_or(""))));
        let url: String = r.get(5)?;
        let site: Option<String> = r.get::<_, Option<String>>(4)?.or_else(|| super::html::host(&url));
        let confidence: f64 = r.get(10)?;
        let sentence: i64 = r.get(6)?;
        let (ss, se): (i64, i64) = (r.get(18)?, r.get(19)?);
        let sentence_text = texts.slice(r.get(16)?, ss, se)?;
        let added: String = r.get(1)?;
        let cells = vec![
            Cell::Int(r.get(0)?),
            Cell::Int(gdelt_datetime(&added)),
            Cell::Int(mention_time),
            Cell::Int(Some(1)),
            s(site),
            s(Some(url)),
            Cell::Int(Some(sentence + 1)),
            Cell::Int(r.get(7)?),
            Cell::Int(Some(r.get::<_, Option<i64>>(8)?.unwrap_or(-1))),
            Cell::Int(r.get(9)?),
            Cell::Int(Some(1)),
            Cell::Int(Some((confidence * 100.0).round() as i64)),
            Cell::Int(r.get(11)?),
            Cell::Float(None),
            s((lang == "ar").then(|| "srclc:ara".to_string())),
            s(extras),
            Cell::Int(r.get(16)?),
            s(r.get(17)?),
            s(kind),
            s(cue),
            s(r.get(15)?),
            s(Some(sentence_text)),
        ];
        f(cells)?;
        n += 1;
    }
    Ok(n)
}

/// Where the mentions table goes when only the events path is given:
/// `x.export.CSV` → `x.mentions.CSV`, `events.parquet` → `events.mentions.parquet`.
pub fn mentions_path(events: &Path) -> PathBuf {
    let name = events.file_name().and_then(|n| n.to_str()).unwrap_or("events");
    let new = if name.contains(".export.") {
        name.replacen(".export.", ".mentions.", 1)
    } else {
        match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.mentions.{ext}"),
            None => format!("{name}.mentions"),
        }
    };
    events.with_file_name(new)
}

/// Counts written by [`export`].
#[derive(Debug, Clone, Default)]
pub struct ExportReport {
    /// Event rows.
    pub events: usize,
    /// Mention rows.
    pub mentions: usize,
    /// Files written.
    pub files: Vec<PathBuf>,
    /// Undated events left out of the GDELT tables (see the module docs).
    pub undated_left_out: usize,
    /// Their mentions, left out of the GDELT mentions table.
    pub undated_mentions_left_out: usize,
}

/// Writes the corpus in `format`. `out` is the events file (stdout when `None`,
/// not allowed for Parquet); `mentions_out` the mentions file (GDELT and
/// Parquet; derived from `out` when `None`, see [`mentions_path`]; skipped when
/// both are `None`). `include_undated` writes undated events (and their
/// mentions) to the GDELT tables too, with the ingest day as SQLDATE; without it
/// they are left out and counted in the report. JSONL and Parquet always have them.
pub fn export(
    corpus: &Corpus,
    format: Format,
    out: Option<&Path>,
    mentions_out: Option<&Path>,
    include_undated: bool,
) -> Result<ExportReport, CorpusError> {
    let conn = corpus.conn();
    let mut report = ExportReport::default();
    let mpath = mentions_out.map(Path::to_path_buf).or_else(|| out.map(mentions_path));
    let mpath = match format {
        Format::Jsonl => None,
        Format::Gdelt => mpath,
        Format::Parquet => {
            let out = out.ok_or_else(|| CorpusError::Invalid("parquet export needs --out PATH".into()))?;
            Some(mpath.unwrap_or_else(|| mentions_path(out)))
        }
    };
    check_outputs(corpus.path(), out, mpath.as_deref())?;
    match format {
        Format::Gdelt => {
            // both files are opened (as temporary files) before either is
            // written, and renamed into place only when both are complete
            let mut w = open_out(out)?;
            let mut mw = mpath.as_deref().map(|mp| open_out(Some(mp))).transpose()?;
            let mut line = String::new();
            if !include_undated {
                let count = |sql: &str| conn.query_row(sql, [query::UNDATED], |r| r.get::<_, i64>(0));
                report.undated_left_out = count("SELECT count(*) FROM events WHERE day_source = ?1")? as usize;
                report.undated_mentions_left_out =
                    count("SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.day_source = ?1")? as usize;
            }
            report.events = event_rows(conn, include_undated, |cells| {
                tsv_line(&mut line, &cells, 61);
                w.write_all(line.as_bytes())?;
                Ok(())
            })?;
            if let Some(mw) = mw.as_mut() {
                report.mentions = mention_rows(conn, include_undated, |cells| {
                    tsv_line(&mut line, &cells, 16);
                    mw.write_all(line.as_bytes())?;
                    Ok(())
                })?;
            }
            w.finish()?;
            report.files.extend(out.map(Path::to_path_buf));
            if let (Some(mw), Some(mp)) = (mw, mpath) {
                mw.finish()?;
                report.files.push(mp);
            }
        }
        Format::Jsonl => {
            let mut w = open_out(out)?;
            report.events = write_jsonl(conn, &mut w, &mut report.mentions)?;
            w.finish()?;
            report.files.extend(out.map(Path::to_path_buf));
        }
        Format::Parquet => {
            let out = out.ok_or_else(|| CorpusError::Invalid("parquet export needs --out PATH".into()))?;
            let cols: Vec<(&str, Kind)> = EVENT_COLUMNS.iter().chain(EVENT_EXTRA_COLUMNS.iter()).copied().collect();
            report.events = write_parquet(out, &cols, |f| event_rows(conn, true, f))?;
            report.files.push(out.to_path_buf());
            let mp = mpath.unwrap_or_else(|| mentions_path(out));
            let cols: Vec<(&str, Kind)> = MENTION_COLUMNS.iter().chain(MENTION_EXTRA_COLUMNS.iter()).copied().collect();
            report.mentions = write_parquet(&mp, &cols, |f| mention_rows(conn, true, f))?;
            report.files.push(mp);
        }
    }
    Ok(report)
}

/// The absolute, symlink-free form of `p` (for an existing file), or of its
/// directory joined with its name (for a file still to be created).
fn resolved(p: &Path) -> PathBuf {
    if let Ok(c) = std::fs::canonicalize(p) {
        return c;
    }
    let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (std::fs::canonicalize(parent), p.file_name()) {
        (Ok(d), Some(name)) => d.join(name),
        _ => p.to_path_buf(),
    }
}

/// True when `a` and `b` name the same file: same resolved path, or (Unix)
/// the same device and inode (hard links).
fn same_file(a: &Path, b: &Path) -> bool {
    if resolved(a) == resolved(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// Refuses output paths that would destroy the corpus or each other: an
/// output that is the database (or its `-wal`/`-shm`/`-journal` companion),
/// or events and mentions written to one file.
fn check_outputs(db: &Path, out: Option<&Path>, mentions: Option<&Path>) -> Result<(), CorpusError> {
    let mut guarded = vec![db.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut s = db.as_os_str().to_owned();
        s.push(suffix);
        guarded.push(PathBuf::from(s));
    }
    for (flag, p) in [("--out", out), ("--mentions", mentions)] {
        let Some(p) = p else { continue };
        if guarded.iter().any(|g| same_file(p, g)) {
            return Err(CorpusError::Invalid(format!(
                "{flag} {} is the corpus database {}; refusing to overwrite it",
                p.display(),
                db.display()
            )));
        }
    }
    if let (Some(o), Some(m)) = (out, mentions) {
        if same_file(o, m) {
            return Err(CorpusError::Invalid(format!(
                "--out and --mentions are the same file ({}); the mentions table would overwrite the events table",
                o.display()
            )));
        }
    }
    Ok(())
}

/// Where a text export goes: standard output or an [`AtomicFile`].
enum Out {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File(std::io::BufWriter<AtomicFile>),
}

impl Out {
    /// Flushes and, for a file, renames it into place.
    fn finish(self) -> Result<(), CorpusError> {
        match self {
            Out::Stdout(mut w) => Ok(w.flush()?),
            Out::File(w) => {
                let target = w.get_ref().target().to_path_buf();
                let f = w.into_inner().map_err(|e| CorpusError::Invalid(format!("cannot write {}: {}", target.display(), e.error())))?;
                f.commit().map_err(|e| write_error(&target, e))
            }
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::Stdout(w) => w.write(buf),
            Out::File(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::Stdout(w) => w.flush(),
            Out::File(w) => w.flush(),
        }
    }
}

/// The error of a failed export write, naming the file.
fn write_error(path: &Path, e: std::io::Error) -> CorpusError {
    CorpusError::Invalid(format!("cannot write {}: {e}", path.display()))
}

fn open_out(path: Option<&Path>) -> Result<Out, CorpusError> {
    Ok(match path {
        Some(p) => Out::File(std::io::BufWriter::new(AtomicFile::create(p).map_err(|e| write_error(p, e))?)),
        None => Out::Stdout(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// One event per line: the API's event object with `mentions` (the API's mention
/// objects, in the API's order: document date, then mention id; all of them,
/// not capped at [`query::MAX_LIMIT`] as the API is).
///
/// Events come by day then id, so the mentions are looked up per event (by the
/// `mentions_event` index) rather than merged from a scan sorted by event id,
/// which would lose the mentions of every event whose id is lower than one
/// already written.
fn write_jsonl(conn: &Connection, w: &mut dyn Write, n_mentions: &mut usize) -> Result<usize, CorpusError> {
    let all = query::Filter { limit: query::MAX_LIMIT, ..Default::default() };
    // (the sentences are cut here from the cached document texts: SQLite's substr walks the
    // text from its start for every mention)
    let sql = MENTION_SQL.replacen(query::MENTION_SENTENCE_SQL, "''", 1);
    let mut mq = conn.prepare(&format!("{sql} WHERE m.event_id = ?1 ORDER BY d.published_start, m.id"))?;
    let mut texts = DocTexts::new(conn)?;
    let mut n = 0;
    let mut offset = 0;
    loop {
        let page = query::events(conn, &query::Filter { offset, ..all.clone() })?;
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len() as i64;
        for ev in page.items {
            let mut ms = mq.query_map([ev.id], query::mention_row)?.collect::<Result<Vec<_>, _>>()?;
            for m in ms.iter_mut() {
                m.sentence = texts.slice(m.doc_id, m.sentence_start, m.sentence_end)?;
            }
            *n_mentions += ms.len();
            let mut v = serde_json::to_value(&ev)?;
            v["mentions"] = serde_json::to_value(&ms)?;
            serde_json::to_writer(&mut *w, &v)?;
            w.write_all(b"\n")?;
            n += 1;
        }
    }
    Ok(n)
}

/// Rows per Parquet record batch.
const BATCH_ROWS: usize = 4096;

fn write_parquet(
    path: &Path,
    cols: &[(&str, Kind)],
    rows: impl FnOnce(&mut dyn FnMut(Vec<Cell>) -> Result<(), CorpusError>) -> Result<usize, CorpusError>,
) -> Result<usize, CorpusError> {
    let schema = Arc::new(Schema::new(
        cols.iter()
            .map(|(name, kind)| {
                let dt = match kind {
                    Int => DataType::Int64,
                    Float => DataType::Float64,
                    Str => DataType::Utf8,
                };
                Field::new(*name, dt, true)
            })
            .collect::<Vec<_>>(),
    ));
    let mut atomic = AtomicFile::create(path).map_err(|e| write_error(path, e))?;
    let file = atomic.file().and_then(|f| f.try_clone()).map_err(|e| CorpusError::Invalid(format!("cannot write {}: {e}", path.display())))?;
    let props = parquet::file::properties::WriterProperties::builder().set_compression(parquet::basic::Compression::SNAPPY).build();
    let perr = |e: parquet::errors::ParquetError| CorpusError::Invalid(format!("parquet: {e}"));
    let writer = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), Some(props)).map_err(perr)?;
    let mut buf: Vec<Vec<Cell>> = Vec::with_capacity(BATCH_ROWS);
    let flush = |buf: &mut Vec<Vec<Cell>>, writer: &mut parquet::arrow::ArrowWriter<std::fs::File>| -> Result<(), CorpusError> {
        if buf.is_empty() {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = cols
            .iter()
            .enumerate()
            .map(|(i, (_, kind))| -> ArrayRef {
                match kind {
                    Int => Arc::new(buf.iter().map(|r| if let Cell::Int(v) = &r[i] { *v } else { None }).collect::<Int64Array>()),
                    Float => Arc::new(buf.iter().map(|r| if let Cell::Float(v) | Cell::Fixed4(v) = &r[i] { *v } else { None }).collect::<Float64Array>()),
                    Str => Arc::new(buf.iter().map(|r| if let Cell::Str(v) = &r[i] { v.as_deref() } else { None }).collect::<StringArray>()),
                }
            })
            .collect();
        let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| CorpusError::Invalid(format!("arrow: {e}")))?;
        writer.write(&batch).map_err(perr)?;
        buf.clear();
        Ok(())
    };
    let mut sink_writer = writer;
    let n = {
        let w = &mut sink_writer;
        let b = &mut buf;
        let mut push = |cells: Vec<Cell>| -> Result<(), CorpusError> {
            b.push(cells);
            if b.len() >= BATCH_ROWS {
                flush(b, w)?;
            }
            Ok(())
        };
        rows(&mut push)?
    };
    flush(&mut buf, &mut sink_writer)?;
    sink_writer.close().map_err(perr)?;
    atomic.commit().map_err(|e| write_error(path, e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_counts_and_dates() {
        assert_eq!(EVENT_COLUMNS.len(), 61);
        assert_eq!(MENTION_COLUMNS.len(), 16);
        assert_eq!(gdelt_datetime("2025-05-01T09:30:00Z"), Some(20250501093000));
        assert_eq!(gdelt_datetime("2025-05-01"), Some(20250501000000));
        assert_eq!(gdelt_datetime("2025-05"), None);
        let (sql, my, y, fd) = day_fields("2013-04-01");
        assert_eq!((sql, my, y), (Some(20130401), Some(201304), Some(2013)));
        // GDELT codebook: 2013 + (4 × 30 + 1) / 365 = 2013.3315
        assert_eq!(fd, Some(2013.3315));
        assert_eq!(day_fields("2025-03-19").3, Some(2025.2986), "the report's example, as GDELT prints it");
        assert_eq!(day_fields("2025-12-31").3, Some(2026.0712), "GDELT's formula passes the year end");
        assert!(day_fields("2025-12-31").3 < day_fields("2026-01-01").3);
        let mut line = String::new();
        tsv_line(&mut line, &[Cell::Fixed4(Some(2025.2)), Cell::Float(Some(-5.8))], 2);
        assert_eq!(line, "2025.2000\t-5.8\n", "FractionDate padded to four decimals");
        assert_eq!(mentions_path(Path::new("/x/20250501.export.CSV")), PathBuf::from("/x/20250501.mentions.CSV"));
        assert_eq!(mentions_path(Path::new("ev.parquet")), PathBuf::from("ev.mentions.parquet"));
        assert!(MENTION_SQL.contains(query::MENTION_SENTENCE_SQL), "the JSONL export blanks this expression");
    }

    #[test]
    fn sentences_are_cut_by_character_from_cached_document_texts() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE doc_texts (doc_id INTEGER PRIMARY KEY, text TEXT NOT NULL);").unwrap();
        conn.execute("INSERT INTO doc_texts VALUES (1, ?1), (2, 'Libya said.')", ["قال الوزير. Then more."]).unwrap();
        let mut t = DocTexts::new(&conn).unwrap();
        // offsets are characters, not bytes
        assert_eq!(t.slice(1, 0, 11).unwrap(), "قال الوزير.");
        assert_eq!(t.slice(1, 12, 22).unwrap(), "Then more.");
        assert_eq!(t.slice(2, 0, 5).unwrap(), "Libya");
        // out-of-range and reversed offsets are clamped; a missing document is empty
        assert_eq!(t.slice(2, 6, 500).unwrap(), "said.");
        assert_eq!(t.slice(2, 9, 3).unwrap(), "");
        assert_eq!(t.slice(7, 0, 3).unwrap(), "");
        // more documents than are kept: the evicted one is read again
        for d in 10..10 + DocTexts::KEEP as i64 {
            t.slice(d, 0, 1).unwrap();
        }
        assert_eq!(t.slice(1, 4, 10).unwrap(), "الوزير");
        assert!(t.docs.len() <= DocTexts::KEEP);
    }
}
