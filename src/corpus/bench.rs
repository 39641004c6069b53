//! `marsad bench-corpus`: a synthetic corpus and measurements.
//!
//! The generator builds documents from the example reports in
//! `examples/corpus/text` (their sentences are reused) and from sentence
//! templates in both languages (actors × actions × attribution phrases), so
//! that the pipeline finds events with every kind of sourcing. Documents are
//! written as files — 75 % plain text with front matter, 20 % HTML pages with
//! meta dates, 5 % items of RSS feeds — with publication dates spread over 90
//! days (5 % month-precise, 5 % undated) and 10 % near-duplicates (a copy with
//! one sentence changed). Then:
//!
//! 1. ingest speed: [`crate::corpus::ingest_paths`] over the files, as
//!    `marsad ingest` runs it (documents stored per second of wall time);
//! 2. query latency: each query kind run `--queries` times with random
//!    parameters, directly on a read-only connection (the API's query
//!    functions) and over HTTP against an in-process server; p50 and p99.

use super::ingest::{ingest_paths, IngestOptions};
use super::query::{self, Filter};
use super::store::Corpus;
use crate::pipeline::Pipeline;
use anyhow::{Context, Result};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Arguments of `marsad bench-corpus`.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// Documents to generate.
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Runs of each query kind.
    #[arg(long, default_value_t = 200)]
    pub queries: usize,
    /// Work directory for the generated files and `corpus.db` (kept); a temporary
    /// directory (removed afterwards) when omitted.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Seed of the generator.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Documents per ingest transaction.
    #[arg(long, default_value_t = 16)]
    pub batch: usize,
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const EXAMPLES: [&str; 5] = [
    include_str!("../../examples/corpus/text/en-2025-05-06-washington-libya-talks.txt"),
    include_str!("../../examples/corpus/text/en-2025-05-20-rwanda-deal.txt"),
    include_str!("../../examples/corpus/text/ar-2025-05-07-libya-washington.txt"),
    include_str!("../../examples/corpus/text/ar-2025-06-02-un-libya.txt"),
    include_str!("../../examples/corpus/text/en-2025-05-06-washington-libya-talks-syndicated.txt"),
];

const EN_ACTORS: [&str; 8] = ["Libya", "Rwanda", "the United States", "the United Nations", "Tunisia", "Italy", "Egypt", "Sudan"];
const AR_ACTORS: [&str; 8] = ["ليبيا", "رواندا", "الولايات المتحدة", "الأمم المتحدة", "تونس", "إيطاليا", "مصر", "السودان"];
const EN_CITIES: [&str; 5] = ["Washington", "Tripoli", "Kigali", "Rome", "Tunis"];
const EN_ACTIONS: [&str; 7] = [
    "{A} accused {B} of abuses against migrants",
    "Officials from {A} met officials from {B} in {C}",
    "{A} and {B} are negotiating an agreement on deportations",
    "{A} criticized {B} over the detention of migrants",
    "{A} urged {B} to release detained migrants",
    "{A} signed an agreement with {B} on migration",
    "{A} offered aid to {B} for refugee camps",
];
const AR_ACTIONS: [&str; 6] = [
    "اتهمت {A} {B} بارتكاب انتهاكات بحق المهاجرين",
    "التقى مسؤولون من {A} بمسؤولين من {B}",
    "تتفاوض {A} مع {B} على اتفاق لترحيل المهاجرين",
    "انتقدت {A} {B} بسبب احتجاز المهاجرين",
    "دعت {A} {B} إلى الإفراج عن المهاجرين المحتجزين",
    "وقعت {A} اتفاقا مع {B} بشأن الهجرة",
];
const EN_SOURCING: [&str; 6] = [", sources said.", ", according to two sources familiar with the talks.", ", a ministry spokesman said.", ", according to a report.", ", officials said.", "."];
const AR_SOURCING: [&str; 6] = ["، بحسب مصادر مطلعة.", "، وفقا لتقرير صدر أمس.", "، بحسب متحدث باسم الوزارة.", "، قال مسؤولون.", "، بحسب مصدر دبلوماسي.", "."];

/// Sentences of the example reports (front matter removed).
fn example_sentences() -> (Vec<String>, Vec<String>) {
    let mut en = Vec::new();
    let mut ar = Vec::new();
    for e in EXAMPLES {
        let body = super::source::front_matter(e).1;
        for line in body.lines().map(str::trim).filter(|l| l.len() > 20) {
            if line.chars().any(crate::normalize::is_arabic_letter) {
                ar.push(line.to_string());
            } else {
                en.push(line.to_string());
            }
        }
    }
    (en, ar)
}

/// One generated document.
struct GenDoc {
    lang: &'static str,
    title: String,
    sentences: Vec<String>,
    published: Option<String>,
    url: String,
}

fn generate(n: usize, seed: u64) -> Vec<GenDoc> {
    let mut rng = Rng(seed.max(1));
    let (en_pool, ar_pool) = example_sentences();
    let base = jiff::civil::date(2025, 3, 1);
    let mut docs: Vec<GenDoc> = Vec::with_capacity(n);
    for i in 0..n {
        if i > 10 && rng.below(10) == 0 {
            // Near-duplicate: an earlier document with its last sentence changed.
            let j = rng.below(i);
            let src = &docs[j];
            let mut sentences = src.sentences.clone();
            if let Some(last) = sentences.last_mut() {
                *last = if src.lang == "ar" { format!("وساهم في التغطية مراسل رقم {i}.") } else { format!("Correspondent {i} contributed reporting.") };
            }
            let d = GenDoc { lang: src.lang, title: format!("{} ({i})", src.title), sentences, published: src.published.clone(), url: format!("https://mirror{}.example.com/story/{i}", i % 7) };
            docs.push(d);
            continue;
        }
        let ar = rng.below(2) == 0;
        let k = 4 + rng.below(5);
        let mut sentences = Vec::with_capacity(k + 1);
        for s in 0..k {
            if s % 2 == 0 || rng.below(3) == 0 {
                let (actors, actions, sourcing) = if ar { (&AR_ACTORS[..], &AR_ACTIONS[..], &AR_SOURCING[..]) } else { (&EN_ACTORS[..], &EN_ACTIONS[..], &EN_SOURCING[..]) };
                let a = rng.below(actors.len());
                let b = (a + 1 + rng.below(actors.len() - 1)) % actors.len();
                let mut t = rng.pick(actions).replace("{A}", actors[a]).replace("{B}", actors[b]).replace("{C}", EN_CITIES[rng.below(EN_CITIES.len())]);
                if let Some(c) = t.get(..1) {
                    if !ar {
                        t = c.to_uppercase() + &t[1..];
                    }
                }
                t.push_str(sourcing[rng.below(sourcing.len())]);
                sentences.push(t);
            } else {
                sentences.push(rng.pick(if ar { &ar_pool } else { &en_pool }).clone());
            }
        }
        sentences.push(if ar { format!("وهذا هو التقرير رقم {i} في السلسلة.") } else { format!("This is report number {i} in the series.") });
        let day = base.checked_add(jiff::Span::new().days(rng.below(90) as i64)).unwrap_or(base);
        let published = match rng.below(20) {
            0 => None,
            1 => Some(format!("{:04}-{:02}", day.year(), day.month())),
            _ => Some(day.to_string()),
        };
        let title: String = sentences[0].chars().take(70).collect();
        docs.push(GenDoc { lang: if ar { "ar" } else { "en" }, title, sentences, published, url: format!("https://news{}.example.org/{}/story-{i}", i % 13, if ar { "ar" } else { "en" }) });
    }
    docs
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Writes the documents as files under `dir`; returns the number of files.
fn write_files(docs: &[GenDoc], dir: &Path, seed: u64) -> Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(seed.wrapping_add(7).max(1));
    let mut files = 0;
    let mut feed: Vec<&GenDoc> = Vec::new();
    let flush_feed = |feed: &mut Vec<&GenDoc>, files: &mut usize| -> Result<()> {
        if feed.is_empty() {
            return Ok(());
        }
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Synthetic wire</title><link>https://wire.example.org/</link>\n");
        for d in feed.iter() {
            let date = d.published.as_deref().filter(|p| p.len() == 10).and_then(|p| p.parse::<jiff::civil::Date>().ok());
            let pub_date = date
                .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
                .map(|z| format!("<pubDate>{}</pubDate>", jiff::fmt::rfc2822::to_string(&z).unwrap_or_default()))
                .unwrap_or_default();
            let body: String = d.sentences.iter().map(|s| format!("<p>{}</p>", xml_escape(s))).collect();
            x.push_str(&format!(
                "<item><title>{}</title><link>{}</link>{pub_date}<description>{}</description></item>\n",
                xml_escape(&d.title),
                xml_escape(&d.url),
                xml_escape(&body)
            ));
        }
        x.push_str("</channel></rss>\n");
        std::fs::write(dir.join(format!("feed-{:05}.rss", *files)), x)?;
        *files += 1;
        feed.clear();
        Ok(())
    };
    for (i, d) in docs.iter().enumerate() {
        match rng.below(20) {
            0 => {
                feed.push(d);
                if feed.len() >= 20 {
                    flush_feed(&mut feed, &mut files)?;
                }
            }
            1..=4 => {
                let meta = d.published.as_deref().map(|p| format!("<meta property=\"article:published_time\" content=\"{p}\">")).unwrap_or_default();
                let body: String = d.sentences.iter().map(|s| format!("<p>{}</p>\n", xml_escape(s))).collect();
                let html = format!(
                    "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><link rel=\"canonical\" href=\"{}\">{meta}</head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{}</h1>\n{body}</article><footer>Example</footer></body></html>\n",
                    d.lang,
                    xml_escape(&d.title),
                    xml_escape(&d.url),
                    xml_escape(&d.title)
                );
                std::fs::write(dir.join(format!("doc-{i:06}.html")), html)?;
                files += 1;
            }
            _ => {
                let mut t = format!("---\ntitle: {}\nurl: {}\nlang: {}\n", d.title.replace('\n', " "), d.url, d.lang);
                if let Some(p) = &d.published {
                    t.push_str(&format!("published: {p}\n"));
                }
                t.push_str("---\n");
                t.push_str(&d.sentences.join("\n\n"));
                t.push('\n');
                std::fs::write(dir.join(format!("doc-{i:06}.txt")), t)?;
                files += 1;
            }
        }
    }
    flush_feed(&mut feed, &mut files)?;
    Ok(files)
}

/// Latency percentiles of one query kind.
#[derive(Debug, Clone)]
pub struct Latency {
    /// Query kind.
    pub name: String,
    /// Runs.
    pub runs: usize,
    /// Median.
    pub p50: Duration,
    /// 99th percentile.
    pub p99: Duration,
    /// Slowest.
    pub max: Duration,
}

fn summarise(name: &str, mut v: Vec<Duration>) -> Latency {
    v.sort();
    let at = |q: f64| v.get(((v.len() as f64 * q).ceil() as usize).saturating_sub(1).min(v.len().saturating_sub(1))).copied().unwrap_or_default();
    Latency { name: name.to_string(), runs: v.len(), p50: at(0.50), p99: at(0.99), max: v.last().copied().unwrap_or_default() }
}

const SEARCH_TERMS: [&str; 12] =
    ["Libya", "migrants", "agreement", "detention", "negotiating", "ليبيا", "المهاجرين", "والمهاجرين", "الأمم المتحدة", "اتفاق", "Rwanda aid", "ترحيل"];
const ACTOR_PREFIXES: [&str; 8] = ["LBY", "USA", "RWA", "IGO", "TUN", "ITA", "EGY", "SDN"];
const KINDS: [&str; 4] = ["anonymous", "named", "none", "official_role"];

/// One query of a kind, as a query-string for the API and as a function call.
fn query_case(kind: usize, rng: &mut Rng, max_event: i64) -> (String, Filter, Option<i64>) {
    let mut f = Filter { limit: 50, ..Default::default() };
    let mut id = None;
    let path = match kind {
        0 => {
            let q = *rng.pick(&SEARCH_TERMS);
            f.q = Some(q.into());
            f.limit = 20;
            format!("/api/search?limit=20&q={}", pct(q))
        }
        1 => {
            let q = *rng.pick(&SEARCH_TERMS);
            let k = *rng.pick(&KINDS);
            f.q = Some(q.into());
            f.attribution = Some(k.into());
            f.limit = 20;
            format!("/api/search?limit=20&q={}&attribution={k}", pct(q))
        }
        2 => {
            let a = *rng.pick(&ACTOR_PREFIXES);
            f.actor = Some(a.into());
            format!("/api/events?limit=50&actor={a}")
        }
        3 => {
            let e = 1 + rng.below(max_event.max(1) as usize) as i64;
            id = Some(e);
            format!("/api/events/{e}")
        }
        4 => {
            let a = *rng.pick(&ACTOR_PREFIXES);
            f.actor = Some(a.into());
            format!("/api/timeline?bucket=week&actor={a}")
        }
        _ => {
            let d = jiff::civil::date(2025, 3, 1).checked_add(jiff::Span::new().days(rng.below(80) as i64)).unwrap_or(jiff::civil::date(2025, 3, 1));
            let to = d.checked_add(jiff::Span::new().days(7)).unwrap_or(d);
            f.from = Some(d);
            f.to = Some(to);
            format!("/api/documents?limit=50&from={d}&to={to}")
        }
    };
    (path, f, id)
}

const QUERY_NAMES: [&str; 6] = [
    "search (q, 20 hits)",
    "search + attribution filter",
    "events by actor prefix (50)",
    "event with mentions",
    "timeline by week, actor filter",
    "documents in a 7-day range (50)",
];

fn pct(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

fn http_get(addr: std::net::SocketAddr, path: &str) -> Result<u16> {
    let mut s = std::net::TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    let head = String::from_utf8_lossy(&buf[..buf.len().min(64)]).to_string();
    Ok(head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0))
}

/// Runs the benchmark and prints a Markdown report on stdout.
pub fn run(args: &BenchArgs, pipeline: Pipeline) -> Result<u8> {
    let temp = args.dir.is_none();
    let dir = args.dir.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("marsad-bench-{}", std::process::id())));
    let files_dir = dir.join("docs");
    let db = dir.join("corpus.db");
    if db.exists() {
        anyhow::bail!("{} exists: give an empty --dir", db.display());
    }
    eprintln!("marsad: generating {} documents in {}", args.docs, files_dir.display());
    let t = Instant::now();
    let docs = generate(args.docs, args.seed);
    let nfiles = write_files(&docs, &files_dir, args.seed)?;
    drop(docs);
    eprintln!("marsad: {nfiles} files written in {:.1}s; ingesting", t.elapsed().as_secs_f64());

    let mut corpus = Corpus::open(&db)?;
    let opts = IngestOptions { batch_size: args.batch.max(1), progress: std::io::IsTerminal::is_terminal(&std::io::stderr()), ..IngestOptions::default() };
    let mut failures = 0;
    let report = ingest_paths(&mut corpus, &pipeline, std::slice::from_ref(&files_dir), &opts, &mut |e| {
        failures += 1;
        if failures <= 5 {
            eprintln!("marsad: {e}");
        }
    }, &mut |w| eprintln!("marsad: warning: {w}"))
    .context("ingest")?;
    drop(corpus);
    let db_bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);

    let ro = Corpus::open_read_only(&db)?;
    let stats = query::stats(ro.conn())?;
    let max_event = stats.events;
    let mut rng = Rng(args.seed.wrapping_mul(31).max(1));
    let mut direct = Vec::new();
    let mut timings: Vec<Vec<Duration>> = vec![Vec::new(); QUERY_NAMES.len()];
    let mut cases: Vec<(usize, String)> = Vec::new();
    for _ in 0..args.queries {
        for (kind, times) in timings.iter_mut().enumerate() {
            let (path, f, id) = query_case(kind, &mut rng, max_event);
            let c = ro.conn();
            let t = Instant::now();
            let ok = match kind {
                0 | 1 => query::search(c, &f).map(|_| ()),
                2 => query::events(c, &f).map(|_| ()),
                3 => query::event(c, id.unwrap_or(1)).map(|_| ()).or_else(|e| if matches!(e, super::CorpusError::NotFound(_)) { Ok(()) } else { Err(e) }),
                4 => query::timeline(c, &f, true).map(|_| ()),
                _ => query::documents(c, &f).map(|_| ()),
            };
            times.push(t.elapsed());
            ok.with_context(|| format!("query {path}"))?;
            cases.push((kind, path));
        }
    }
    for (k, t) in timings.into_iter().enumerate() {
        direct.push(summarise(QUERY_NAMES[k], t));
    }

    // The same queries over HTTP.
    let server = crate::server::spawn(crate::server::Config { db: db.clone(), write_token: None, pipeline: None, max_body: 1 << 20 }, "127.0.0.1:0")?;
    let mut http_t: Vec<Vec<Duration>> = vec![Vec::new(); QUERY_NAMES.len()];
    for (kind, path) in &cases {
        let t = Instant::now();
        let status = http_get(server.addr, path)?;
        http_t[*kind].push(t.elapsed());
        if status != 200 && status != 404 {
            anyhow::bail!("GET {path}: HTTP {status}");
        }
    }
    server.stop();
    let over_http: Vec<Latency> = http_t.into_iter().enumerate().map(|(k, t)| summarise(QUERY_NAMES[k], t)).collect();

    let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1000.0);
    let mut out = String::new();
    out.push_str(&format!(
        "## marsad bench-corpus: {} documents (seed {}), {} build\n\n",
        args.docs,
        args.seed,
        if cfg!(debug_assertions) { "debug" } else { "release" }
    ));
    out.push_str(&format!(
        "- ingest: {} files, {} documents stored ({} near-duplicates, {} skipped as already stored, {} failed) in {:.1} s: **{:.0} documents/s**\n",
        nfiles,
        report.added,
        report.near_duplicates,
        report.already_stored,
        report.failed,
        report.elapsed.as_secs_f64(),
        report.docs_per_second()
    ));
    out.push_str(&format!(
        "- corpus: {} events, {} mentions, {} stories; database {:.1} MiB\n- machine: {} logical CPUs\n\n",
        stats.events,
        stats.mentions,
        stats.stories,
        db_bytes as f64 / 1048576.0,
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    ));
    out.push_str("| query | runs | p50 ms (direct) | p99 ms (direct) | p50 ms (HTTP) | p99 ms (HTTP) |\n|---|---:|---:|---:|---:|---:|\n");
    for (d, h) in direct.iter().zip(over_http.iter()) {
        out.push_str(&format!("| {} | {} | {} | {} | {} | {} |\n", d.name, d.runs, ms(d.p50), ms(d.p99), ms(h.p50), ms(h.p99)));
    }
    print!("{out}");
    std::io::stdout().flush()?;
    if temp {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_is_deterministic_and_varied() {
        let a = generate(200, 1);
        let b = generate(200, 1);
        assert_eq!(a.iter().map(|d| d.sentences.join(" ")).collect::<Vec<_>>(), b.iter().map(|d| d.sentences.join(" ")).collect::<Vec<_>>());
        assert!(a.iter().any(|d| d.lang == "ar") && a.iter().any(|d| d.lang == "en"));
        assert!(a.iter().any(|d| d.published.as_deref().is_some_and(|p| p.len() == 7)));
        let l = summarise("x", (1..=100).map(Duration::from_millis).collect());
        assert_eq!((l.p50, l.p99), (Duration::from_millis(50), Duration::from_millis(99)));
    }
}
