//! `marsad serve`: the corpus over HTTP — a JSON API under `/api` (described by
//! `/api/openapi.json`) and a timeline page at `/` (plain HTML, CSS and JS
//! embedded in the binary).
//!
//! Safety: the server binds 127.0.0.1 unless `--addr` says otherwise; it is
//! read-only unless started with a write token (at least 8 characters), and then
//! `POST /api/documents` needs `Authorization: Bearer TOKEN`; request bodies are
//! capped (`--max-body`, default 1 MiB; over it a JSON 413) and query strings bounded; every query value is
//! validated and bound as an SQL parameter; database errors are logged, not
//! returned in detail.

use crate::corpus::ingest::{ingest_docs, IngestOptions};
use crate::corpus::query::{self, Filter};
use crate::corpus::source::{InputKind, RawDoc};
use crate::corpus::store::{default_path, Corpus, CorpusError};
use crate::corpus::dates::PubDate;
use crate::model::Lang;
use crate::pipeline::Pipeline;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The page and its assets.
const INDEX_HTML: &str = include_str!("../../web/index.html");
const APP_JS: &str = include_str!("../../web/app.js");
const STYLE_CSS: &str = include_str!("../../web/style.css");
/// The OpenAPI 3.1 description of the API.
pub const OPENAPI_JSON: &str = include_str!("../../web/openapi.json");

/// Default cap on request bodies (1 MiB).
pub const DEFAULT_MAX_BODY: usize = 1024 * 1024;

/// Arguments of `marsad serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Corpus database; default `$MARSAD_DB`, else `marsad.db` here.
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Address to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Enable `POST /api/documents` for clients sending `Authorization: Bearer TOKEN`
    /// (also read from `$MARSAD_WRITE_TOKEN`); at least 8 characters. Without it the
    /// server is read-only.
    #[arg(long, value_name = "TOKEN")]
    pub write_token: Option<String>,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BODY)]
    pub max_body: usize,
}

/// What the server needs.
pub struct Config {
    /// Database path (created when a write token is given and it does not exist).
    pub db: PathBuf,
    /// Write token; `None` for a read-only server.
    pub write_token: Option<String>,
    /// Pipeline for `POST /api/documents` (needed only with a write token).
    pub pipeline: Option<Pipeline>,
    /// Largest request body, in bytes.
    pub max_body: usize,
}

/// Shared state of the handlers.
pub struct AppState {
    db: PathBuf,
    readers: Mutex<Vec<Connection>>,
    writer: Option<Mutex<Corpus>>,
    pipeline: Option<Pipeline>,
    write_token: Option<String>,
    max_body: usize,
}

/// An API error: a status and a message, sent as `{"error": "…"}`.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl From<CorpusError> for ApiError {
    fn from(e: CorpusError) -> Self {
        match e {
            CorpusError::Invalid(m) => ApiError(StatusCode::BAD_REQUEST, m),
            CorpusError::NotFound(m) => ApiError(StatusCode::NOT_FOUND, format!("{m} not found")),
            other => {
                eprintln!("marsad serve: {other}");
                ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal error (see the server log)".into())
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.1 }).to_string();
        (self.0, [(header::CONTENT_TYPE, "application/json")], body).into_response()
    }
}

fn json<T: Serialize>(v: &T) -> Response {
    match serde_json::to_string(v) {
        Ok(s) => ([(header::CONTENT_TYPE, "application/json")], s).into_response(),
        Err(e) => ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("serialisation: {e}")).into_response(),
    }
}

impl AppState {
    /// State for `cfg`: checks that the database opens.
    pub fn new(cfg: Config) -> Result<AppState, CorpusError> {
        let writer = match &cfg.write_token {
            Some(_) => Some(Mutex::new(Corpus::open(&cfg.db)?)),
            None => None,
        };
        // Fails early when the database is missing or not a corpus.
        let first = Corpus::open_read_only(&cfg.db)?;
        let readers = vec![reader_conn(first)?];
        Ok(AppState {
            db: cfg.db,
            readers: Mutex::new(readers),
            writer,
            pipeline: cfg.pipeline,
            write_token: cfg.write_token,
            max_body: cfg.max_body,
        })
    }

    /// Runs `f` with a pooled read-only connection.
    fn with_reader<T>(&self, f: impl FnOnce(&Connection) -> Result<T, CorpusError>) -> Result<T, CorpusError> {
        let conn = self.readers.lock().ok().and_then(|mut v| v.pop());
        let conn = match conn {
            Some(c) => c,
            None => reader_conn(Corpus::open_read_only(&self.db)?)?,
        };
        let r = f(&conn);
        if let Ok(mut v) = self.readers.lock() {
            if v.len() < 8 {
                v.push(conn);
            }
        }
        r
    }
}

fn reader_conn(c: Corpus) -> Result<Connection, CorpusError> {
    let path = c.path().to_path_buf();
    drop(c);
    let conn = Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

type Shared = Arc<AppState>;
type Params = Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>;

/// The query parameters, or a JSON 400 for a query string that does not parse.
fn query_params(p: Params) -> Result<HashMap<String, String>, ApiError> {
    p.map(|Query(p)| p).map_err(|e| ApiError(StatusCode::BAD_REQUEST, format!("query string: {e}")))
}

/// Runs a read query on the blocking pool.
async fn read<T: Serialize + Send + 'static>(
    st: Shared,
    f: impl FnOnce(&Connection) -> Result<T, CorpusError> + Send + 'static,
) -> Response {
    match tokio::task::spawn_blocking(move || st.with_reader(f)).await {
        Ok(Ok(v)) => json(&v),
        Ok(Err(e)) => ApiError::from(e).into_response(),
        Err(_) => ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal error".into()).into_response(),
    }
}

fn parse_id(s: &str, what: &str) -> Result<i64, ApiError> {
    s.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| ApiError(StatusCode::BAD_REQUEST, format!("`{s}` is not a valid {what} id")))
}

fn filter(p: &HashMap<String, String>) -> Result<Filter, ApiError> {
    Filter::from_params(p).map_err(ApiError::from)
}

async fn documents(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    match filter(&p) {
        Ok(f) => read(st, move |c| query::documents(c, &f)).await,
        Err(e) => e.into_response(),
    }
}

async fn document(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    match parse_id(&id, "document") {
        Ok(id) => read(st, move |c| query::document(c, id)).await,
        Err(e) => e.into_response(),
    }
}

async fn events(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    match filter(&p) {
        Ok(f) => read(st, move |c| query::events(c, &f)).await,
        Err(e) => e.into_response(),
    }
}

async fn event(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    match parse_id(&id, "event") {
        Ok(id) => read(st, move |c| query::event(c, id)).await,
        Err(e) => e.into_response(),
    }
}

async fn mentions(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let ev = match p.get("event").map(|e| parse_id(e, "event")).transpose() {
        Ok(e) => e,
        Err(e) => return e.into_response(),
    };
    match filter(&p) {
        Ok(f) => read(st, move |c| query::mentions(c, &f, ev)).await,
        Err(e) => e.into_response(),
    }
}

async fn actors(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let prefix = p.get("prefix").map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    match filter(&p) {
        Ok(f) => read(st, move |c| query::actors(c, &f, prefix.as_deref())).await,
        Err(e) => e.into_response(),
    }
}

async fn search(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    match filter(&p) {
        Ok(f) if f.q.is_none() => ApiError(StatusCode::BAD_REQUEST, "q: a search query is required".into()).into_response(),
        Ok(f) => read(st, move |c| query::search(c, &f)).await,
        Err(e) => e.into_response(),
    }
}

async fn timeline(State(st): State<Shared>, p: Params) -> Response {
    let p = match query_params(p) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let week = match p.get("bucket").map(String::as_str) {
        None | Some("day") | Some("") => false,
        Some("week") => true,
        Some(b) => return ApiError(StatusCode::BAD_REQUEST, format!("bucket: `{b}` is not day or week")).into_response(),
    };
    match filter(&p) {
        Ok(f) => read(st, move |c| query::timeline(c, &f, week)).await,
        Err(e) => e.into_response(),
    }
}

async fn stats(State(st): State<Shared>) -> Response {
    read(st, query::stats).await
}

/// Body of `POST /api/documents` as JSON (a `text/plain` body is the text alone,
/// a `text/html` body a page read as `ingest` reads one).
#[derive(Debug, serde::Deserialize)]
struct NewDocument {
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    site: Option<String>,
}

fn token_ok(expected: &str, headers: &HeaderMap) -> bool {
    let Some(got) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")) else {
        return false;
    };
    let (a, b) = (expected.as_bytes(), got.trim().as_bytes());
    // Constant-time comparison.
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= (a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0xff)) as usize;
    }
    diff == 0
}

/// How a posted body is read, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Json,
    Text,
    Html,
}

/// The kind of a posted body: `application/json` (also `+json` types), `text/plain`,
/// `text/html` or `application/xhtml+xml`; without a `Content-Type` the body's
/// first bytes tell HTML from text, as `marsad extract -` tells them. Any other
/// type is a 415.
fn body_kind(ct: &str, body: &[u8]) -> Result<BodyKind, ApiError> {
    let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "application/json" => Ok(BodyKind::Json),
        m if m.starts_with("application/") && m.ends_with("+json") => Ok(BodyKind::Json),
        "text/plain" => Ok(BodyKind::Text),
        "text/html" | "application/xhtml+xml" => Ok(BodyKind::Html),
        "" if crate::corpus::source::looks_like_html(body) => Ok(BodyKind::Html),
        "" => Ok(BodyKind::Text),
        other => Err(ApiError(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "Content-Type `{other}` is not accepted: send application/json ({{\"text\": …}}), text/plain (UTF-8) or text/html (a page; its main text is read); feeds and WARC files go to `marsad ingest`"
            ),
        )),
    }
}

fn new_document(headers: &HeaderMap, body: &[u8]) -> Result<RawDoc, ApiError> {
    let bad = |m: String| ApiError(StatusCode::BAD_REQUEST, m);
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mut warnings = Vec::new();
    let nd = match body_kind(ct, body)? {
        BodyKind::Json => serde_json::from_slice::<NewDocument>(body).map_err(|e| bad(format!("body: {e}")))?,
        BodyKind::Html => {
            // the page's main text, title, canonical URL, language and dates, as `ingest` reads a page
            let mut raw = crate::corpus::source::read_html_typed("api", body, Some(ct), jiff::Timestamp::now())
                .map_err(|e| bad(format!("body: {}", e.message)))?;
            raw.kind = InputKind::Api;
            if let Some(u) = raw.url.clone().filter(|u| (u.starts_with("http://") || u.starts_with("https://")) && u.len() <= 2048) {
                raw.origin = u;
            } else {
                raw.url = None;
            }
            return Ok(raw);
        }
        BodyKind::Text => {
            let text = crate::input::decode(body.to_vec(), usize::MAX).map_err(|e| bad(format!("body: {e}")))?;
            if crate::corpus::source::looks_like_html(text.as_bytes()) {
                warnings.push("the text/plain body starts like an HTML page: it was read as text, markup included; send a page as text/html".to_string());
            }
            NewDocument { text, title: None, url: None, published: None, lang: None, site: None }
        }
    };
    let text = crate::input::decode(nd.text.into_bytes(), usize::MAX).map_err(|e| bad(format!("text: {e}")))?;
    let mut raw = RawDoc::from_text("api", InputKind::Api, text.trim().to_string());
    raw.warnings = warnings;
    raw.title = nd.title.map(|t| t.chars().take(500).collect());
    if let Some(u) = nd.url.filter(|u| !u.trim().is_empty()) {
        if !(u.starts_with("http://") || u.starts_with("https://")) || u.len() > 2048 {
            return Err(bad(format!("url: `{u}` is not an http(s) URL")));
        }
        raw.origin = u.clone();
        raw.site = crate::corpus::html::host(&u);
        raw.url = Some(u);
    }
    raw.site = nd.site.or(raw.site);
    if let Some(p) = nd.published.filter(|p| !p.trim().is_empty()) {
        let d = PubDate::parse(&p).ok_or_else(|| bad(format!("published: `{p}` is not a date")))?;
        if !d.not_after(jiff::Timestamp::now()) {
            return Err(bad(format!("published: `{p}` is later than now")));
        }
        raw.published = Some(d);
        raw.published_source = Some("api".into());
    }
    raw.lang = match nd.lang.as_deref() {
        None | Some("") | Some("auto") => None,
        Some("ar") => Some(Lang::Ar),
        Some("en") => Some(Lang::En),
        Some(l) => return Err(bad(format!("lang: `{l}` is not ar, en or auto"))),
    };
    Ok(raw)
}

async fn post_document(State(st): State<Shared>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let Some(token) = st.write_token.as_deref() else {
        return ApiError(StatusCode::FORBIDDEN, "read-only server: start `marsad serve` with --write-token to accept documents".into()).into_response();
    };
    if !token_ok(token, &headers) {
        let mut r = ApiError(StatusCode::UNAUTHORIZED, "missing or wrong `Authorization: Bearer TOKEN`".into()).into_response();
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return r;
    }
    // a body over --max-body (or one that cannot be read) is a JSON error like any other
    let body = match body {
        Ok(b) => b,
        Err(rej) if rej.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return ApiError(StatusCode::PAYLOAD_TOO_LARGE, format!("request body larger than {} bytes (the server's --max-body)", st.max_body)).into_response()
        }
        Err(rej) => return ApiError(rej.status(), format!("request body: {}", rej.body_text())).into_response(),
    };
    let raw = match new_document(&headers, &body) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let st2 = st.clone();
    let res = tokio::task::spawn_blocking(move || -> Result<serde_json::Value, CorpusError> {
        let (Some(writer), Some(pipeline)) = (st2.writer.as_ref(), st2.pipeline.as_ref()) else {
            return Err(CorpusError::Invalid("this server cannot annotate documents".into()));
        };
        let mut corpus = writer.lock().map_err(|_| CorpusError::Invalid("writer unavailable".into()))?;
        let url = raw.url.clone();
        let hash = crate::corpus::store::content_hash(&raw.text);
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let opts = IngestOptions { progress: false, ..IngestOptions::default() };
        let report =
            ingest_docs(&mut corpus, pipeline, [raw], &opts, &mut |e| errors.push(e.to_string()), &mut |w| warnings.push(w.message.clone()))?;
        if let Some(e) = errors.into_iter().next() {
            return Err(CorpusError::Invalid(e));
        }
        let id = corpus.find_existing(url.as_deref(), &hash)?;
        Ok(serde_json::json!({
            "id": id,
            "created": report.added == 1,
            "near_duplicate": report.near_duplicates == 1,
            "mentions": report.mentions,
            "new_events": report.new_events,
            "warnings": warnings,
        }))
    })
    .await;
    match res {
        Ok(Ok(v)) => {
            let status = if v["created"].as_bool() == Some(true) { StatusCode::CREATED } else { StatusCode::OK };
            (status, [(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
        }
        Ok(Err(e)) => ApiError::from(e).into_response(),
        Err(_) => ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal error".into()).into_response(),
    }
}

fn asset(ct: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, ct),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

async fn not_found() -> Response {
    ApiError(StatusCode::NOT_FOUND, "no such endpoint (see /api/openapi.json)".into()).into_response()
}

/// The router: API, page and assets.
pub fn router(state: Arc<AppState>, max_body: usize) -> Router {
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }))
        .route("/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/style.css", get(|| async { asset("text/css; charset=utf-8", STYLE_CSS) }))
        .route("/api/openapi.json", get(|| async { asset("application/json", OPENAPI_JSON) }))
        .route("/api/stats", get(stats))
        .route("/api/documents", get(documents).post(post_document))
        .route("/api/documents/{id}", get(document))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/mentions", get(mentions))
        .route("/api/actors", get(actors))
        .route("/api/search", get(search))
        .route("/api/timeline", get(timeline))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// A server running on its own thread (tests, embedding).
pub struct RunningServer {
    /// The address it listens on.
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RunningServer {
    /// Stops the server and waits for its thread.
    pub fn stop(mut self) {
        self.stop_inner();
    }

    fn stop_inner(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        self.stop_inner();
    }
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_io().thread_name("marsad-serve").build()
}

/// Starts a server on `addr` (`127.0.0.1:0` picks a free port) on a thread of its own.
pub fn spawn(cfg: Config, addr: &str) -> Result<RunningServer, CorpusError> {
    let max_body = cfg.max_body;
    let state = Arc::new(AppState::new(cfg)?);
    let std_listener = std::net::TcpListener::bind(addr)?;
    std_listener.set_nonblocking(true)?;
    let local = std_listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let rt = runtime()?;
    let thread = std::thread::spawn(move || {
        rt.block_on(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(std_listener) else { return };
            let _ = axum::serve(listener, router(state, max_body))
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
    });
    Ok(RunningServer { addr: local, shutdown: Some(tx), thread: Some(thread) })
}

/// Runs `marsad serve` until Ctrl-C.
pub fn run(args: &ServeArgs, make_pipeline: impl FnOnce() -> anyhow::Result<Pipeline>) -> anyhow::Result<u8> {
    use anyhow::Context;
    let db = args.db.clone().unwrap_or_else(default_path);
    let write_token = args.write_token.clone().or_else(|| std::env::var("MARSAD_WRITE_TOKEN").ok()).filter(|t| !t.is_empty());
    if let Some(t) = &write_token {
        if t.chars().count() < 8 {
            anyhow::bail!("--write-token (or $MARSAD_WRITE_TOKEN) must be at least 8 characters");
        }
    }
    let pipeline = if write_token.is_some() { Some(make_pipeline()?) } else { None };
    let writable = write_token.is_some();
    let state = Arc::new(
        AppState::new(Config { db: db.clone(), write_token, pipeline, max_body: args.max_body })
            .with_context(|| format!("opening {}", db.display()))?,
    );
    let rt = runtime()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.addr).await.with_context(|| format!("listening on {}", args.addr))?;
        let local = listener.local_addr()?;
        eprintln!(
            "marsad: serving {} at http://{local}/ ({})",
            db.display(),
            if writable { "POST /api/documents enabled with the write token" } else { "read-only" }
        );
        if !local.ip().is_loopback() {
            eprintln!("marsad: warning: listening on a non-loopback address: the corpus is reachable from other machines");
        }
        axum::serve(listener, router(state, args.max_body))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("serving")?;
        anyhow::Ok(())
    })?;
    Ok(0)
}
