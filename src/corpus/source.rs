//! Input files to raw documents: plain text, HTML pages, RSS/Atom/JSON feeds and
//! WARC archives (CC-NEWS style `response` records holding HTML).
//!
//! The kind of a file is told by its extension and confirmed by its first bytes
//! ([`sniff`]). Each document found is passed to a callback as a [`RawDoc`], or
//! as an [`ItemError`] naming the file (and the feed item or WARC record) when
//! it cannot be used; one bad item never stops the others.
//!
//! Safety: files and WARC records are read with size limits ([`Limits`]); feeds
//! are parsed by `feed-rs` (quick-xml), which does not resolve external entities
//! or fetch DTDs; nothing is fetched from the network.
//!
//! A plain-text file may start with a front-matter block giving its metadata:
//!
//! ```text
//! ---
//! title: Talks in Tripoli
//! url: https://example.com/news/1
//! published: 2025-05-01
//! modified: 2025-05-02T10:00:00Z
//! lang: en
//! site: example.com
//! ---
//! The text…
//! ```

use super::dates::{self, PubDate};
use super::html;
use crate::model::Lang;
use jiff::Timestamp;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What kind of input a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A plain-text file.
    Text,
    /// An HTML page.
    Html,
    /// An item of an RSS, Atom or JSON feed.
    Feed,
    /// A response record of a WARC file.
    Warc,
    /// Posted to the HTTP API.
    Api,
}

impl InputKind {
    /// Lower-case name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Html => "html",
            InputKind::Feed => "feed",
            InputKind::Warc => "warc",
            InputKind::Api => "api",
        }
    }
}

/// A document before annotation.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Where it came from: a path, `path#item-3`, `path#record-12`.
    pub origin: String,
    /// Input kind.
    pub kind: InputKind,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Title, when known.
    pub title: Option<String>,
    /// The text to annotate.
    pub text: String,
    /// Language, when given (else detected).
    pub lang: Option<Lang>,
    /// Publication date at its own granularity.
    pub published: Option<PubDate>,
    /// Where the publication date came from.
    pub published_source: Option<String>,
    /// Modification date at its own granularity.
    pub modified: Option<PubDate>,
    /// The outlet (URL host, feed title or `site:` front matter), used to count GDELT's NumSources.
    pub site: Option<String>,
    /// Problems found while reading that did not stop the document (a front-matter
    /// date that is no date, a WARC body that was not chunked as its header said);
    /// `ingest` reports each on stderr with the document's origin.
    pub warnings: Vec<String>,
}

impl RawDoc {
    /// A document from text alone.
    pub fn from_text(origin: impl Into<String>, kind: InputKind, text: String) -> RawDoc {
        RawDoc {
            origin: origin.into(),
            kind,
            url: None,
            title: None,
            text,
            lang: None,
            published: None,
            published_source: None,
            modified: None,
            site: None,
            warnings: Vec::new(),
        }
    }
}

/// A file, feed item or record that could not be used.
#[derive(Debug, Clone)]
pub struct ItemError {
    /// The path, with `#item-N` / `#record-N` for parts of a file.
    pub origin: String,
    /// What went wrong.
    pub message: String,
}

impl std::fmt::Display for ItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Size limits for reading.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest text, HTML or feed file, in bytes.
    pub max_file_bytes: usize,
    /// Largest WARC record body, in bytes (WARC files themselves may be of any size).
    pub max_record_bytes: usize,
    /// Most documents taken from one feed or WARC file.
    pub max_items_per_file: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_bytes: 32 * 1024 * 1024, max_record_bytes: 8 * 1024 * 1024, max_items_per_file: 1_000_000 }
    }
}

/// Kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text.
    Text,
    /// HTML.
    Html,
    /// RSS, Atom or JSON Feed.
    Feed,
    /// WARC, optionally gzip-compressed.
    Warc,
}

/// Files under `paths`: files as given (`-`, standard input, too), directories
/// walked recursively (sorted, hidden entries and symlinked directories
/// skipped). Paths that do not exist are returned as errors.
pub fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ItemError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            // standard input, read by `read_file`
            files.push(p.clone());
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk_dir(p, &mut files, &mut errors, 0),
            Ok(_) => files.push(p.clone()),
            Err(e) => errors.push(ItemError { origin: p.display().to_string(), message: format!("cannot read: {e}") }),
        }
    }
    (files, errors)
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ItemError>, depth: usize) {
    if depth > 64 {
        errors.push(ItemError { origin: dir.display().to_string(), message: "directories nested too deep".into() });
        return;
    }
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(ItemError { origin: dir.display().to_string(), message: format!("cannot read directory: {e}") });
            return;
        }
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        let Ok(lm) = std::fs::symlink_metadata(&p) else { continue };
        if lm.is_dir() {
            walk_dir(&p, files, errors, depth + 1);
        } else if !is_ingestible_name(&p) {
            continue;
        } else if lm.file_type().is_symlink() {
            if std::fs::metadata(&p).is_ok_and(|m| m.is_file()) {
                files.push(p);
            }
        } else if lm.is_file() {
            files.push(p);
        }
    }
}

/// Extensions taken when walking a directory (files named on the command line
/// are always read): `txt text md html htm xhtml shtml rss atom xml feed warc warc.gz`.
pub fn is_ingestible_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    if name.ends_with(".warc.gz") {
        return true;
    }
    matches!(
        name.rsplit_once('.').map(|x| x.1),
        Some("txt" | "text" | "md" | "html" | "htm" | "xhtml" | "shtml" | "rss" | "atom" | "xml" | "feed" | "warc")
    )
}

/// The kind of a file from its name and first bytes.
pub fn sniff(path: &Path, head: &[u8]) -> FileKind {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    if name.ends_with(".warc") || name.ends_with(".warc.gz") || head.starts_with(b"WARC/") {
        return FileKind::Warc;
    }
    let start = head_start(head);
    let looks_feed = start.starts_with("<?xml") && (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf"))
        || start.starts_with("<rss")
        || start.starts_with("<feed")
        || (start.starts_with('{') && start.contains("jsonfeed.org"));
    let looks_html = starts_like_html(&start);
    let ext = name.rsplit('.').next().unwrap_or("");
    match ext {
        "rss" | "atom" | "feed" => FileKind::Feed,
        "html" | "htm" | "xhtml" | "shtml" => FileKind::Html,
        "xml" if looks_feed => FileKind::Feed,
        "txt" | "text" | "md" => FileKind::Text,
        _ if looks_feed => FileKind::Feed,
        _ if looks_html => FileKind::Html,
        _ => FileKind::Text,
    }
}

/// The first 2,048 bytes of a file as lower-case text, without a byte-order mark or leading white space.
fn head_start(head: &[u8]) -> String {
    String::from_utf8_lossy(&head[..head.len().min(2048)]).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase()
}

fn starts_like_html(start: &str) -> bool {
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.starts_with("<head") || start.starts_with("<meta")
}

/// True when `head` (a file's first bytes) starts like an HTML page: `<!DOCTYPE html`,
/// `<html`, `<head` or `<meta`, after a byte-order mark and white space, in any case.
/// [`sniff`] takes such a file as HTML unless its name says otherwise (`.txt`, `.md`).
pub fn looks_like_html(head: &[u8]) -> bool {
    starts_like_html(&head_start(head))
}

/// A document from the bytes of an HTML page, as `marsad ingest` reads one: the
/// page is decoded ([`decode_html`]), its main text extracted ([`html::extract`])
/// and its title, canonical URL, site, language (`<html lang>`) and dates kept.
/// `now` bounds the publication date. The document's `text` is the main text,
/// paragraphs separated by blank lines.
///
/// # Errors
/// An [`ItemError`] naming `origin`: binary content, an undeclared non-UTF-8
/// charset, no main text, or a page too complex to read.
pub fn read_html(origin: &str, buf: &[u8], now: Timestamp) -> Result<RawDoc, ItemError> {
    read_html_typed(origin, buf, None, now)
}

/// [`read_html`] for a page that came with an HTTP `Content-Type` (its charset,
/// when it names one, decodes the page; else UTF-8 or the page's `<meta>`), as
/// `POST /api/documents` receives one.
///
/// # Errors
/// As [`read_html`].
pub fn read_html_typed(origin: &str, buf: &[u8], content_type: Option<&str>, now: Timestamp) -> Result<RawDoc, ItemError> {
    let err = |message: String| ItemError { origin: origin.to_string(), message };
    let h = decode_html(buf, content_type).map_err(err)?;
    page_doc(origin, InputKind::Html, &h, None, now).map_err(err)
}

/// Reads one file (`-` is standard input) and passes each document (or error)
/// in it to `sink`. `now` is the ingest time that bounds publication dates.
///
/// A text, HTML or feed file longer than `limits.max_file_bytes` is refused
/// from its metadata length, before it is read; the read itself is also capped
/// at the limit + 1 byte (for pipes, standard input and files that grow). WARC
/// files may be of any size (their records are limited). Standard input is
/// sniffed by its first bytes; it may hold text, HTML, a feed or an
/// uncompressed WARC file (gzip-compressed input, such as a `.warc.gz`, needs a path).
pub fn read_file(path: &Path, limits: &Limits, now: Timestamp, sink: &mut dyn FnMut(Result<RawDoc, ItemError>)) {
    let origin = path.display().to_string();
    let err = |m: String| ItemError { origin: origin.clone(), message: m };
    let stdin = path.as_os_str() == "-";
    let (mut f, len): (Box<dyn Read>, Option<u64>) = if stdin {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        match std::fs::File::open(path) {
            Ok(f) => {
                let len = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
                (Box::new(f), len)
            }
            Err(e) => return sink(Err(err(format!("cannot read: {e}")))),
        }
    };
    let mut head = [0u8; 2048];
    let n = read_up_to(&mut f, &mut head);
    if stdin && head[..n].starts_with(&[0x1f, 0x8b]) {
        return sink(Err(err("gzip-compressed input (e.g. a .warc.gz) cannot be read from standard input; give its path, or pipe it through `gunzip`".into())));
    }
    let kind = sniff(path, &head[..n]);
    if kind == FileKind::Warc {
        if !stdin {
            drop(f);
            return read_warc(path, limits, now, sink);
        }
        let mut r = warc::WarcReader::new(BufReader::with_capacity(1 << 20, std::io::Cursor::new(head[..n].to_vec()).chain(f)));
        if let Err(m) = warc_records(&origin, &mut r, limits, now, sink) {
            sink(Err(err(m)));
        }
        return;
    }
    let buf = match crate::input::read_capped(head[..n].to_vec(), f, len, limits.max_file_bytes) {
        Ok(b) => b,
        Err(e) => return sink(Err(err(e.to_string()))),
    };
    match kind {
        FileKind::Text => sink(read_text(&origin, buf, limits, now)),
        FileKind::Html => sink(read_html(&origin, &buf, now)),
        FileKind::Feed => read_feed(&origin, &buf, limits, now, sink),
        FileKind::Warc => unreachable!("handled above"),
    }
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> usize {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n
}

/// A plain-text file, with optional front matter (see the module docs). A
/// front-matter block that is not closed or has a line that is not `key: value`,
/// and a value that cannot be used (a date that is no date or later than `now`, an
/// unknown language), give a warning ([`RawDoc::warnings`]); the document is kept.
fn read_text(origin: &str, buf: Vec<u8>, limits: &Limits, now: Timestamp) -> Result<RawDoc, ItemError> {
    let text = crate::input::decode(buf, limits.max_file_bytes)
        .map_err(|e| ItemError { origin: origin.to_string(), message: e.to_string() })?;
    let fm = read_front_matter(&text);
    let body = fm.body.trim();
    if body.is_empty() {
        return Err(ItemError { origin: origin.to_string(), message: "empty input: nothing to analyse".into() });
    }
    let mut doc = RawDoc::from_text(origin, InputKind::Text, body.to_string());
    doc.warnings.extend(fm.problem);
    let date = |k: &str, v: &str, what: &str, warnings: &mut Vec<String>| match PubDate::parse(v) {
        Some(d) if d.not_after(now) => Some(d),
        Some(_) => {
            warnings.push(format!("front matter `{k}: {v}` is later than the ingest time: the {what} is not used"));
            None
        }
        None => {
            warnings.push(format!(
                "front matter `{k}: {v}` is not a date (YYYY-MM-DD, YYYY-MM, YYYY or an ISO 8601 time): the {what} is not used"
            ));
            None
        }
    };
    for (k, v) in fm.meta {
        match k.as_str() {
            "title" => doc.title = Some(v),
            "url" | "link" | "source_url" => doc.url = Some(v),
            "site" | "source" => doc.site = Some(v),
            "lang" | "language" => {
                doc.lang = match v.to_ascii_lowercase().as_str() {
                    "ar" | "ara" | "arabic" => Some(Lang::Ar),
                    "en" | "eng" | "english" => Some(Lang::En),
                    "" | "auto" => None,
                    _ => {
                        doc.warnings.push(format!("front matter `{k}: {v}` is neither ar nor en: the language is detected"));
                        None
                    }
                }
            }
            "published" | "date" | "published_at" => {
                if let Some(d) = date(&k, &v, "publication date", &mut doc.warnings) {
                    doc.published = Some(d);
                    doc.published_source = Some("front-matter".into());
                }
            }
            "modified" | "updated" => doc.modified = date(&k, &v, "modification date", &mut doc.warnings),
            _ => {}
        }
    }
    if doc.title.is_none() {
        // the first line, passing over a `---` line of front matter that was read as text
        doc.title = body.lines().map(str::trim).find(|l| !l.is_empty() && !is_fence(l)).map(|l| truncate_chars(l, 160));
    }
    if doc.site.is_none() {
        doc.site = doc.url.as_deref().and_then(html::host);
    }
    Ok(doc)
}

/// A line of three or more `-` alone: the fence of a front-matter block.
fn is_fence(line: &str) -> bool {
    line.len() >= 3 && line.bytes().all(|b| b == b'-')
}

/// A front-matter block split off a text ([`read_front_matter`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    /// `key: value` pairs, keys lower-case, in order; empty when there is no usable block.
    pub meta: Vec<(String, String)>,
    /// The text after the block (the whole text when there is no usable block).
    pub body: &'a str,
    /// Why a block that was begun could not be used (not closed, a line that is not
    /// `key: value`, too many lines); its text is then read as the body.
    pub problem: Option<String>,
}

/// Most `key: value` lines read in a front-matter block.
const MAX_FRONT_MATTER_KEYS: usize = 64;

/// Splits a `---` front-matter block (`key: value` lines, closed by a `---` line)
/// off the text. A text whose first line is `---` and whose next non-empty line is
/// not `key: value` has no front matter (a rule). A block begun with `key: value`
/// lines that is not closed, or that has a line that is not `key: value` before its
/// closing `---`, is not used: `meta` is empty, `body` the whole text, and `problem`
/// says what is wrong, with the line number.
pub fn read_front_matter(text: &str) -> FrontMatter<'_> {
    let none = |problem: Option<String>| FrontMatter { meta: Vec::new(), body: text, problem };
    let t = text.trim_start_matches('\u{feff}');
    let Some(rest) = t.strip_prefix("---\n").or_else(|| t.strip_prefix("---\r\n")) else { return none(None) };
    let mut meta = Vec::new();
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let line_no = i + 2;
        offset += line.len();
        let l = line.trim();
        if l == "---" {
            return FrontMatter { meta, body: &rest[offset..], problem: None };
        }
        match l.split_once(':') {
            Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                meta.push((k.trim().to_ascii_lowercase(), v.trim().trim_matches('"').to_string()))
            }
            _ if l.is_empty() => {}
            _ if meta.is_empty() => return none(None),
            _ => {
                let closed_later = rest[offset..].lines().any(|x| x.trim() == "---");
                let shown = truncate_chars(l, 40);
                return none(Some(if closed_later {
                    format!("front matter line {line_no} (`{shown}`) is not `key: value`: the block is read as text and its metadata is not used")
                } else {
                    format!(
                        "front matter is not closed: no `---` line ends it before line {line_no} (`{shown}`); the block is read as text and its metadata is not used"
                    )
                }));
            }
        }
        if meta.len() > MAX_FRONT_MATTER_KEYS {
            return none(Some(format!(
                "front matter has more than {MAX_FRONT_MATTER_KEYS} `key: value` lines: the block is read as text and its metadata is not used"
            )));
        }
    }
    if meta.is_empty() {
        return none(None);
    }
    none(Some("front matter is not closed: no `---` line ends it; the block is read as text and its metadata is not used".into()))
}

/// Splits a `---` front-matter block (`key: value` lines) off the text: the
/// metadata and the body of [`read_front_matter`], without its problem.
pub fn front_matter(text: &str) -> (Vec<(String, String)>, &str) {
    let fm = read_front_matter(text);
    (fm.meta, fm.body)
}

fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Decodes HTML bytes: UTF-8, else the charset of `content_type` or of a `<meta>` tag.
pub fn decode_html(buf: &[u8], content_type: Option<&str>) -> Result<String, String> {
    if buf.iter().take(8192).any(|&b| b == 0) {
        return Err("binary content, not HTML".into());
    }
    let label = content_type
        .and_then(charset_of)
        .or_else(|| {
            let head = String::from_utf8_lossy(&buf[..buf.len().min(4096)]).to_ascii_lowercase();
            let i = head.find("charset=")?;
            Some(head[i + 8..].trim_start_matches(['"', '\'']).chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect())
        })
        .filter(|l: &String| !l.is_empty());
    match std::str::from_utf8(buf) {
        Ok(s) if label.as_deref().is_none_or(|l| l.eq_ignore_ascii_case("utf-8") || l.eq_ignore_ascii_case("utf8")) || s.is_ascii() => {
            Ok(s.trim_start_matches('\u{feff}').to_string())
        }
        utf8 => {
            let enc = label.as_deref().and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()));
            match (enc, utf8) {
                (Some(enc), _) => Ok(enc.decode(buf).0.into_owned()),
                (None, Ok(s)) => Ok(s.to_string()),
                (None, Err(e)) => Err(format!("not UTF-8 (invalid byte at offset {}) and no known charset declared", e.valid_up_to())),
            }
        }
    }
}

fn charset_of(content_type: &str) -> Option<String> {
    let lc = content_type.to_ascii_lowercase();
    let i = lc.find("charset=")?;
    Some(lc[i + 8..].trim_matches(['"', '\'', ' ']).split(';').next()?.trim().to_string())
}

/// A document from an HTML page.
fn page_doc(origin: &str, kind: InputKind, html_text: &str, url: Option<&str>, now: Timestamp) -> Result<RawDoc, String> {
    let page = html::extract(html_text, url, now).map_err(|e| e.to_string())?;
    let mut doc = RawDoc::from_text(origin, kind, page.text);
    doc.site = page.site_name.clone().or_else(|| page.canonical.as_deref().and_then(html::host));
    doc.site = page.canonical.as_deref().and_then(html::host).or(doc.site);
    doc.url = page.canonical;
    doc.title = page.title;
    doc.published = page.published;
    doc.published_source = page.published_source;
    doc.modified = page.modified;
    doc.lang = match page.lang.as_deref().map(|l| l.get(..2).unwrap_or(l).to_ascii_lowercase()) {
        Some(l) if l == "ar" => Some(Lang::Ar),
        Some(l) if l == "en" => Some(Lang::En),
        _ => None,
    };
    Ok(doc)
}

/// The date texts of each entry of a feed, as written: (published, updated).
///
/// `feed-rs` gives dates as UTC instants, which loses the offset they were written
/// with and so the local day of publication (`2025-03-20T01:30:00+03:00` is
/// 2025-03-19 at UTC). Its parser takes a custom timestamp parser, called with the
/// text of every date element; this one keeps each text and returns its index as a
/// stand-in instant, so that the entries of a second parse of the same bytes tell
/// which text each date came from. `None` when the feed does not parse.
fn feed_date_texts(buf: &[u8]) -> Option<Vec<(Option<String>, Option<String>)>> {
    let seen: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let keep = seen.clone();
    let parser = feed_rs::parser::Builder::new()
        .timestamp_parser(move |text: &str| {
            let mut v = keep.lock().ok()?;
            v.push(text.to_string());
            chrono::DateTime::from_timestamp(v.len() as i64 - 1, 0)
        })
        .build();
    let feed = parser.parse(buf).ok()?;
    let texts = seen.lock().ok()?;
    let text_of = |dt: Option<&chrono::DateTime<chrono::Utc>>| dt.and_then(|d| usize::try_from(d.timestamp()).ok()).and_then(|i| texts.get(i).cloned());
    Some(feed.entries.iter().map(|e| (text_of(e.published.as_ref()), text_of(e.updated.as_ref()))).collect())
}

/// A feed entry's date from `feed-rs`'s UTC instant and the text it was read from
/// (see [`feed_date_texts`]): the text itself when [`PubDate::parse`] reads it as the
/// same instant (or as the same day, for a date without a time), else the instant
/// in the offset the text ends with ([`dates::trailing_offset`]; UTC when it names
/// none). Either way the date's day is the local day where it was written, and its
/// `raw` is the text as written. Without `feed-rs`'s instant (a text it could not
/// read), the text when [`PubDate::parse`] reads it.
fn feed_date(utc: Option<&chrono::DateTime<chrono::Utc>>, text: Option<&str>) -> Option<PubDate> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    let parsed = text.and_then(PubDate::parse);
    let Some(ts) = utc.and_then(|dt| Timestamp::from_second(dt.timestamp()).ok()) else { return parsed };
    if let Some(p) = parsed {
        let same = match p.precision {
            dates::Precision::Time => p.offset_seconds.is_some() && p.earliest_instant() == Some(ts),
            dates::Precision::Day => p.start == dates::utc_day(ts),
            _ => false,
        };
        if same {
            return Some(p);
        }
    }
    match text {
        Some(t) => Some(PubDate::from_timestamp_at(ts, dates::trailing_offset(t).unwrap_or(0), t)),
        None => Some(PubDate::from_timestamp(ts, ts.to_string())),
    }
}

/// Items of an RSS/Atom/JSON feed: content (else summary) as text.
fn read_feed(origin: &str, buf: &[u8], limits: &Limits, now: Timestamp, sink: &mut dyn FnMut(Result<RawDoc, ItemError>)) {
    let feed = match feed_rs::parser::parse(buf) {
        Ok(f) => f,
        Err(e) => return sink(Err(ItemError { origin: origin.to_string(), message: format!("not a readable feed: {e}") })),
    };
    let feed_title = feed.title.as_ref().map(|t| html::clean_space(&html::fragment_text(&t.content))).filter(|t| !t.is_empty());
    let has_dates = feed.entries.iter().any(|e| e.published.is_some() || e.updated.is_some());
    let date_texts = if has_dates { feed_date_texts(buf).filter(|t| t.len() == feed.entries.len()) } else { None };
    for (i, entry) in feed.entries.iter().enumerate().take(limits.max_items_per_file) {
        let item_origin = format!("{origin}#item-{}", i + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
        let text = body.map(|b| html::fragment_text(&b)).unwrap_or_default();
        if text.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
            sink(Err(ItemError { origin: item_origin, message: "feed item has no content or summary text".into() }));
            continue;
        }
        let mut doc = RawDoc::from_text(item_origin, InputKind::Feed, text);
        doc.title = entry.title.as_ref().map(|t| html::clean_space(&html::fragment_text(&t.content))).filter(|t| !t.is_empty());
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.trim().to_string())
            .filter(|h| h.starts_with("http://") || h.starts_with("https://"));
        doc.site = link.as_deref().and_then(html::host).or_else(|| feed_title.clone());
        doc.url = link;
        let texts = date_texts.as_ref().and_then(|t| t.get(i));
        let published = feed_date(entry.published.as_ref(), texts.and_then(|t| t.0.as_deref()));
        let updated = feed_date(entry.updated.as_ref(), texts.and_then(|t| t.1.as_deref()));
        match (published, updated) {
            (Some(p), u) => {
                doc.published = Some(p);
                doc.published_source = Some("feed:published".into());
                doc.modified = u;
            }
            (None, Some(u)) => {
                doc.published = Some(u);
                doc.published_source = Some("feed:updated".into());
            }
            (None, None) => {}
        }
        if doc.published.as_ref().is_some_and(|d| !d.not_after(now)) {
            doc.published = None;
            doc.published_source = None;
        }
        if doc.modified.as_ref().is_some_and(|d| !d.not_after(now)) {
            doc.modified = None;
        }
        if doc.published.is_none() {
            if let Some(d) = doc.url.as_deref().and_then(dates::from_url).filter(|d| d.not_after(now)) {
                doc.published = Some(d);
                doc.published_source = Some("url".into());
            }
        }
        doc.lang = match entry.language.as_deref().or(feed.language.as_deref()).map(|l| l.get(..2).unwrap_or(l).to_ascii_lowercase()) {
            Some(l) if l == "ar" => Some(Lang::Ar),
            Some(l) if l == "en" => Some(Lang::En),
            _ => None,
        };
        sink(Ok(doc));
    }
}

/// Response records of a WARC file (plain or gzip), HTML only, status 200.
fn read_warc(path: &Path, limits: &Limits, now: Timestamp, sink: &mut dyn FnMut(Result<RawDoc, ItemError>)) {
    let origin = path.display().to_string();
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(Err(ItemError { origin, message: format!("cannot read: {e}") })),
    };
    let mut magic = [0u8; 2];
    let n = read_up_to(&mut f, &mut magic);
    drop(f);
    let gz = n == 2 && magic == [0x1f, 0x8b];
    if !gz && origin.to_ascii_lowercase().ends_with(".gz") {
        return sink(Err(ItemError { origin, message: "not a gzip file (a .warc.gz must be gzip-compressed WARC)".into() }));
    }
    let result = if gz {
        match warc::WarcReader::from_path_gzip(path) {
            Ok(mut r) => warc_records(&origin, &mut r, limits, now, sink),
            Err(e) => Err(format!("cannot read gzip WARC: {e}")),
        }
    } else {
        match std::fs::File::open(path) {
            Ok(file) => warc_records(&origin, &mut warc::WarcReader::new(BufReader::with_capacity(1 << 20, file)), limits, now, sink),
            Err(e) => Err(format!("cannot read: {e}")),
        }
    };
    if let Err(m) = result {
        sink(Err(ItemError { origin, message: m }));
    }
}

fn warc_records<R: BufRead>(
    origin: &str,
    reader: &mut warc::WarcReader<R>,
    limits: &Limits,
    now: Timestamp,
    sink: &mut dyn FnMut(Result<RawDoc, ItemError>),
) -> Result<(), String> {
    let mut iter = reader.stream_records();
    let mut i = 0usize;
    let mut docs = 0usize;
    while let Some(item) = iter.next_item() {
        i += 1;
        let rec_origin = format!("{origin}#record-{i}");
        let mut record = match item {
            Ok(r) => r,
            Err(e) => return Err(format!("record {i}: malformed WARC ({e}); the rest of the file is skipped")),
        };
        if !matches!(record.warc_type(), warc::RecordType::Response | warc::RecordType::Resource) {
            continue;
        }
        let uri = record.header(warc::WarcHeader::TargetURI).map(|u| u.trim().trim_matches(['<', '>']).to_string());
        let crawled = Timestamp::from_second(record.date().timestamp()).unwrap_or(now).min(now);
        let len = record.content_length() as usize;
        if len > limits.max_record_bytes {
            sink(Err(ItemError { origin: rec_origin, message: format!("record too large: {len} bytes, the limit is {} (raise it with --max-record-bytes)", limits.max_record_bytes) }));
            continue;
        }
        let mut body = Vec::with_capacity(len);
        if let Err(e) = (&mut record).take(len as u64).read_to_end(&mut body) {
            return Err(format!("record {i}: cannot read body ({e})"));
        }
        if body.len() < len {
            return Err(format!("record {i}: truncated ({} of {len} bytes); the rest of the file is skipped", body.len()));
        }
        let is_response = matches!(record.warc_type(), warc::RecordType::Response);
        let (content_type, http_headers, payload) = if is_response {
            match split_http(&body) {
                Some((status, headers, payload)) => {
                    if !(200..300).contains(&status) {
                        continue;
                    }
                    (header_value(&headers, "content-type"), Some(headers), payload)
                }
                None => {
                    sink(Err(ItemError { origin: rec_origin, message: "response record without an HTTP header".into() }));
                    continue;
                }
            }
        } else {
            (record.header(warc::WarcHeader::ContentType).map(|c| c.to_string()), None, &body[..])
        };
        if let Some(ct) = &content_type {
            let ct = ct.to_ascii_lowercase();
            if !(ct.contains("html") || ct.starts_with("text/plain")) {
                continue;
            }
        }
        docs += 1;
        if docs > limits.max_items_per_file {
            break;
        }
        // a response body as it came over the wire: de-chunked and decompressed first
        let mut warnings = Vec::new();
        let decoded;
        let payload = match &http_headers {
            Some(h) => match super::http::decode_payload(h, payload, limits.max_file_bytes) {
                Ok(d) => {
                    decoded = d.body;
                    warnings = d.warnings;
                    &decoded[..]
                }
                Err(m) => {
                    sink(Err(ItemError { origin: format!("{rec_origin} ({})", uri.as_deref().unwrap_or("no URI")), message: m }));
                    continue;
                }
            },
            None => payload,
        };
        let text = match decode_html(payload, content_type.as_deref()) {
            Ok(t) => t,
            Err(m) => {
                sink(Err(ItemError { origin: rec_origin, message: m }));
                continue;
            }
        };
        let doc = page_doc(&rec_origin, InputKind::Warc, &text, uri.as_deref(), crawled)
            .map(|mut d| {
                // A page without a date of its own is dated by its crawl (an upper bound).
                if d.published.is_none() {
                    d.published = Some(PubDate::from_timestamp(crawled, crawled.to_string()));
                    d.published_source = Some("warc:WARC-Date".into());
                }
                d.warnings.extend(warnings);
                d
            })
            .map_err(|m| ItemError { origin: format!("{rec_origin} ({})", uri.as_deref().unwrap_or("no URI")), message: m });
        sink(doc);
    }
    if i == 0 {
        return Err("not a WARC file: no WARC record in it (empty, or not WARC data)".into());
    }
    Ok(())
}

/// Splits an HTTP response into status, header lines and payload.
fn split_http(body: &[u8]) -> Option<(u16, String, &[u8])> {
    let end = body.windows(4).position(|w| w == b"\r\n\r\n").map(|p| (p, p + 4)).or_else(|| body.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&body[..end.0]).to_string();
    let status_line = head.lines().next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, head, &body[end.1..]))
}

fn header_value(headers: &str, name: &str) -> Option<String> {
    headers.lines().skip(1).find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read() {
        let (m, body) = front_matter("---\ntitle: T\npublished: 2023/12\n---\nBody text");
        assert_eq!(m, vec![("title".into(), "T".into()), ("published".into(), "2023/12".into())]);
        assert_eq!(body, "Body text");
        let (m, body) = front_matter("---\nnot front matter at all\n---\nx");
        assert!(m.is_empty());
        assert!(body.starts_with("---"));
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(Path::new("a.xml"), b"<?xml version=\"1.0\"?><rss>"), FileKind::Feed);
        assert_eq!(sniff(Path::new("a"), b"<!DOCTYPE html><html>"), FileKind::Html);
        assert_eq!(sniff(Path::new("a.warc.gz"), b"\x1f\x8b"), FileKind::Warc);
        assert_eq!(sniff(Path::new("a.txt"), b"<html>"), FileKind::Text);
        assert_eq!(sniff(Path::new("-"), b"\xef\xbb\xbf\n  <!doctype HTML>"), FileKind::Html);
        assert!(looks_like_html(b"\n<HTML lang=ar>") && looks_like_html(b"<!DOCTYPE html>"));
        assert!(!looks_like_html(b"Police arrested 5 men <html>") && !looks_like_html(b""));
    }

    /// One WARC response record holding `http` (an HTTP response, head and body).
    fn warc_record(uri: &str, http: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\nWARC-Date: 2025-03-20T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            uri.len(),
            http.len()
        )
        .into_bytes();
        r.extend_from_slice(http);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn chunk(parts: &[&[u8]]) -> Vec<u8> {
        let mut v = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            // sizes in either case, one with an extension
            let size = if i % 2 == 0 { format!("{:x}", p.len()) } else { format!("{:X};ext=1", p.len()) };
            v.extend_from_slice(size.as_bytes());
            v.extend_from_slice(b"\r\n");
            v.extend_from_slice(p);
            v.extend_from_slice(b"\r\n");
        }
        v.extend_from_slice(b"0\r\nX-Trailer: t\r\n\r\n");
        v
    }

    fn response(extra_headers: &str, body: &[u8]) -> Vec<u8> {
        let mut h = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra_headers}\r\n").into_bytes();
        h.extend_from_slice(body);
        h
    }

    /// The documents and errors of an in-memory WARC file.
    fn read_warc_bytes(data: Vec<u8>) -> (Vec<RawDoc>, Vec<ItemError>) {
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        let mut r = warc::WarcReader::new(BufReader::new(std::io::Cursor::new(data)));
        let now: Timestamp = "2025-03-21T00:00:00Z".parse().unwrap();
        let res = warc_records("mem.warc", &mut r, &Limits::default(), now, &mut |d| match d {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        });
        assert!(res.is_ok(), "{res:?}");
        (docs, errors)
    }

    const PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><article><p>Tunisian police arrested 40 migrants in Sfax on Monday, according to Human Rights Watch.</p></article></body></html>";

    #[test]
    fn warc_chunked_and_gzip_bodies_are_decoded() {
        let p = PAGE.as_bytes();
        let mut gz = libflate::gzip::Encoder::new(Vec::new()).unwrap();
        std::io::Write::write_all(&mut gz, p).unwrap();
        let gz = gz.finish().into_result().unwrap();
        let mut warc = Vec::new();
        // chunked, cut inside a word as a server cuts it
        warc.extend(warc_record("https://a.example/chunked", &response("Transfer-Encoding: chunked\r\n", &chunk(&[&p[..50], &p[50..100], &p[100..150], &p[150..]]))));
        // chunked gzip
        let (a, b) = gz.split_at(gz.len() / 2);
        warc.extend(warc_record("https://a.example/chunked-gzip", &response("Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", &chunk(&[a, b]))));
        // gzip alone
        warc.extend(warc_record("https://a.example/gzip", &response("Content-Encoding: gzip\r\n", &gz)));
        let (docs, errors) = read_warc_bytes(warc);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 3);
        for d in &docs {
            assert_eq!(d.text, "Tunisian police arrested 40 migrants in Sfax on Monday, according to Human Rights Watch.", "{}", d.origin);
            assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        }
    }

    #[test]
    fn warc_malformed_chunks_are_reported_per_record() {
        let p = PAGE.as_bytes();
        let mut warc = Vec::new();
        // sizes that do not match the data: an error for this record only
        let mut bad = format!("{:x}\r\n", p.len() - 40).into_bytes();
        bad.extend_from_slice(p);
        bad.extend_from_slice(b"\r\n0\r\n\r\n");
        warc.extend(warc_record("https://a.example/bad-size", &response("Transfer-Encoding: chunked\r\n", &bad)));
        // labelled chunked but stored de-chunked: read as it is, with a warning
        warc.extend(warc_record("https://a.example/not-chunked", &response("Transfer-Encoding: chunked\r\n", p)));
        // Brotli: no decoder, a clear error
        warc.extend(warc_record("https://a.example/br", &response("Content-Encoding: br\r\n", b"\x1b\x03\x00")));
        // a good record after the bad ones is still read
        warc.extend(warc_record("https://a.example/ok", &response("Transfer-Encoding: chunked\r\n", &chunk(&[p]))));
        let (docs, errors) = read_warc_bytes(warc);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].origin.contains("#record-1") && errors[0].origin.contains("bad-size"), "{}", errors[0]);
        assert!(errors[0].message.contains("malformed chunked body"), "{}", errors[0]);
        assert!(errors[1].origin.contains("#record-3") && errors[1].message.contains("Brotli"), "{}", errors[1]);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].url.as_deref(), Some("https://a.example/not-chunked"));
        assert!(docs[0].warnings[0].contains("not chunked"), "{:?}", docs[0].warnings);
        assert!(docs[0].text.starts_with("Tunisian police"));
        assert_eq!(docs[1].url.as_deref(), Some("https://a.example/ok"));
        assert!(docs[1].warnings.is_empty());
    }

    #[test]
    fn front_matter_problems_are_named() {
        let now: Timestamp = "2025-03-21T00:00:00Z".parse().unwrap();
        let read = |t: &str| read_text("f.txt", t.as_bytes().to_vec(), &Limits::default(), now).unwrap();
        // an impossible date: kept undated, with a warning naming the value
        let d = read("---\ntitle: x\npublished: 2025-02-30\n---\nPolice arrested 40 protesters in Tunis on Monday.");
        assert_eq!(d.title.as_deref(), Some("x"));
        assert!(d.published.is_none());
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
        assert!(d.warnings[0].contains("`published: 2025-02-30`") && d.warnings[0].contains("not a date"), "{}", d.warnings[0]);
        // a future date and an unknown language
        let d = read("---\npublished: 2025-04-01\nlang: fr\n---\nPolice arrested 40 protesters.");
        assert!(d.published.is_none() && d.lang.is_none());
        assert!(d.warnings[0].contains("later than the ingest time"), "{:?}", d.warnings);
        assert!(d.warnings[1].contains("`lang: fr`"), "{:?}", d.warnings);
        // unclosed: the whole text is kept as the body, the title is not the fence
        let t = "---\ntitle: unclosed front matter\nPolice arrested 40 protesters.";
        let d = read(t);
        assert_eq!(d.text, t);
        assert_eq!(d.title.as_deref(), Some("title: unclosed front matter"));
        assert!(d.published.is_none());
        assert!(d.warnings[0].contains("not closed") && d.warnings[0].contains("line 3"), "{:?}", d.warnings);
        let d = read("---\ntitle: x\npublished: 2025-03-01\n");
        assert!(d.warnings[0].contains("not closed"), "{:?}", d.warnings);
        assert!(d.published.is_none(), "an unclosed block's metadata is not used");
        // a line that is not `key: value` before the closing fence
        let d = read("---\ntitle: x\nsome prose here\n---\nBody.");
        assert!(d.warnings[0].contains("line 3") && d.warnings[0].contains("not `key: value`"), "{:?}", d.warnings);
        // good front matter and a text that merely starts with a rule: no warning
        let d = read("---\ntitle: T\npublished: 2025-03-20\n---\nBody text.");
        assert!(d.warnings.is_empty() && d.published.is_some() && d.text == "Body text.");
        let d = read("---\nA text that starts with a rule.\n---\nMore.");
        assert!(d.warnings.is_empty() && d.title.as_deref() == Some("A text that starts with a rule."));
    }

    fn feed_docs(xml: &str) -> Vec<RawDoc> {
        let now: Timestamp = "2025-03-21T00:00:00Z".parse().unwrap();
        let mut docs = Vec::new();
        read_feed("f.xml", xml.as_bytes(), &Limits::default(), now, &mut |d| docs.push(d.unwrap()));
        docs
    }

    #[test]
    fn feed_dates_keep_their_offset_and_text() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>AR</title><id>urn:x</id><updated>2025-03-20T00:00:00Z</updated>
<entry><title>a</title><id>urn:e1</id><link href="https://ar.example.org/e1"/><published>2025-03-20T01:30:00+03:00</published><updated>2025-03-20T02:00:00+03:00</updated>
<content type="html">&lt;p&gt;اعتقلت الشرطة التونسية 40 متظاهرا في العاصمة تونس أمس.&lt;/p&gt;</content></entry>
<entry><title>b</title><id>urn:e2</id><link href="https://ar.example.org/e2"/><published>2025-03-19T23:30:00-05:00</published>
<content type="html">&lt;p&gt;Police arrested 40 protesters in Tunis yesterday.&lt;/p&gt;</content></entry>
<entry><title>c</title><id>urn:e3</id><link href="https://ar.example.org/e3"/><updated>2025-03-18</updated>
<content type="html">&lt;p&gt;Police arrested 40 protesters in Sfax yesterday.&lt;/p&gt;</content></entry>
</feed>"#;
        let docs = feed_docs(atom);
        assert_eq!(docs.len(), 3);
        let p = docs[0].published.as_ref().unwrap();
        assert_eq!((p.value(), p.start.to_string(), p.raw.as_str()), ("2025-03-20T01:30:00+03:00".into(), "2025-03-20".into(), "2025-03-20T01:30:00+03:00"));
        assert_eq!(docs[0].modified.as_ref().unwrap().raw, "2025-03-20T02:00:00+03:00");
        // west of UTC the day is the local one too (2025-03-20 at UTC)
        let p = docs[1].published.as_ref().unwrap();
        assert_eq!((p.start.to_string(), p.raw.as_str()), ("2025-03-19".into(), "2025-03-19T23:30:00-05:00"));
        // a date without a time stays a day
        let p = docs[2].published.as_ref().unwrap();
        assert_eq!((p.value(), docs[2].published_source.as_deref()), ("2025-03-18".into(), Some("feed:updated")));

        let rss = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>W</title><link>https://w.example</link><description>d</description>
<item><title>t</title><link>https://w.example/1</link><pubDate>Thu, 20 Mar 2025 00:30:00 +0300</pubDate>
<description>اعتقلت الشرطة التونسية عشرات المتظاهرين في العاصمة تونس أمس.</description></item>
<item><title>u</title><link>https://w.example/2</link><pubDate>Wed, 20 Mar 2025 00:30:00 +0300</pubDate>
<description>Police arrested dozens of protesters in Tunis yesterday.</description></item>
<item><title>v</title><link>https://w.example/3</link>
<description>Police arrested dozens of protesters in Sousse yesterday.</description></item>
</channel></rss>"#;
        let docs = feed_docs(rss);
        let p = docs[0].published.as_ref().unwrap();
        assert_eq!((p.value(), p.start.to_string(), p.raw.as_str()), ("2025-03-20T00:30:00+03:00".into(), "2025-03-20".into(), "Thu, 20 Mar 2025 00:30:00 +0300"));
        // a wrong weekday (jiff refuses it, feed-rs does not): the offset is still kept
        let p = docs[1].published.as_ref().unwrap();
        assert_eq!((p.value(), p.raw.as_str()), ("2025-03-20T00:30:00+03:00".into(), "Wed, 20 Mar 2025 00:30:00 +0300"));
        assert!(docs[2].published.is_none());
    }

    #[test]
    fn windows_1256_html_is_decoded() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("<html><head><meta charset=\"windows-1256\"></head><body>مرحبا</body></html>");
        let s = decode_html(&bytes, None).unwrap();
        assert!(s.contains("مرحبا"));
    }
}
