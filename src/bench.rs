//! bench: the benchmark corpus and the measurements behind `marsad bench`.
//!
//! The corpus is generated at run time, never stored: real sentences are read
//! from the shared data (`MARSAD_SHARED`: ANERcorp, the Arabic event GSR, the
//! Arabic gold documents, PLOVER's English gold records and the CAMEO code
//! book's examples) or, without it, from the repository's `examples/` (embedded
//! in the binary). The sentences of each language are shuffled with a fixed seed,
//! pass after pass, until the requested size is reached, and grouped into
//! documents of [`DOC_UNITS`] sentences, one or two to a paragraph. A document's
//! text is built only when it is annotated, so the corpus costs a few bytes per
//! sentence of memory and the peak RSS measured is the pipeline's own.
//!
//! See `docs/PERFORMANCE.md` for the commands and the numbers.

use crate::model::{Lang, Sentence};
use crate::pipeline::{Options, Pipeline, Probe, Stage};
use crate::text::Text;
use crate::times;
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Sentences (corpus units) per generated document, unless `--doc-sentences` says otherwise.
pub const DOC_UNITS: usize = 20;
/// Every `JOIN_EVERY`-th sentence of a generated document shares its paragraph (line)
/// with the next one; the others are paragraphs of their own, as in news copy (the
/// Arabic gold report has 25 sentences in 24 paragraphs).
pub const JOIN_EVERY: usize = 4;
/// Default seed of the corpus shuffle.
pub const DEFAULT_SEED: u64 = 0x6d61_7273_6164; // "marsad"

const EXAMPLE_AR: &str = include_str!("../examples/ar-migration-talks.txt");
const EXAMPLE_EN: &str = include_str!("../examples/en-border-talks.txt");

/// SplitMix64: a small, fast, deterministic generator (enough for shuffling).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// The real sentences of one language that corpora are drawn from.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    /// Sentences (or short paragraphs), trimmed, without line breaks.
    pub units: Vec<String>,
    /// Where they came from: (source, number of units).
    pub sources: Vec<(String, usize)>,
}

impl Pool {
    fn add(&mut self, source: impl Into<String>, units: impl IntoIterator<Item = String>) {
        let before = self.units.len();
        self.units.extend(units.into_iter().map(|u| u.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|u| u.chars().count() >= 10));
        self.sources.push((source.into(), self.units.len() - before));
    }
    /// Total bytes of the units.
    pub fn bytes(&self) -> usize {
        self.units.iter().map(String::len).sum()
    }
}

/// The Arabic and English pools and a note on what they were built from.
#[derive(Debug, Clone)]
pub struct Pools {
    /// Arabic sentences.
    pub ar: Pool,
    /// English sentences.
    pub en: Pool,
    /// `MARSAD_SHARED=...` or the fallback to the repository examples.
    pub origin: String,
    /// Sources that could not be read.
    pub warnings: Vec<String>,
}

impl Pools {
    /// The pool of `lang`.
    pub fn get(&self, lang: Lang) -> &Pool {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
        }
    }
}

/// The shared data directory from `MARSAD_SHARED`, when it is set and exists.
pub fn shared_dir() -> Option<PathBuf> {
    let d = PathBuf::from(std::env::var_os("MARSAD_SHARED")?);
    d.is_dir().then_some(d)
}

fn lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string)
}

/// Builds the pools from `shared` (see the module docs), always adding the repository examples.
pub fn load_pools(shared: Option<&Path>) -> Pools {
    let mut ar = Pool::default();
    let mut en = Pool::default();
    let mut warnings = Vec::new();
    let origin = match shared {
        Some(d) => format!("MARSAD_SHARED={}", d.display()),
        None => "MARSAD_SHARED not set: falling back to the repository's examples/ only (two short reports; set MARSAD_SHARED for the real corpus)".to_string(),
    };
    if let Some(d) = shared {
        let mut warn = |what: &str, e: String| warnings.push(format!("{what}: {e}"));
        let p = d.join("data/arabic/anercorp/ANERCorp.train.txt");
        match std::fs::read_to_string(&p) {
            Ok(t) => ar.add("ANERCorp.train.txt", anercorp_sentences(&t)),
            Err(e) => warn(&p.display().to_string(), e.to_string()),
        }
        let gsr = d.join("data/eventdata/arabic_event_gsr");
        match sorted_files(&gsr, "csv") {
            Ok(files) => {
                for f in files {
                    match std::fs::read_to_string(&f) {
                        Ok(t) => ar.add(file_name(&f), csv_column(&t, "text")),
                        Err(e) => warn(&f.display().to_string(), e.to_string()),
                    }
                }
            }
            Err(e) => warn(&gsr.display().to_string(), e.to_string()),
        }
        let gold = d.join("gold/ar");
        if let Ok(files) = sorted_files(&gold, "txt") {
            for f in files {
                if let Ok(t) = std::fs::read_to_string(&f) {
                    ar.add(file_name(&f), lines(&t));
                }
            }
        }
        let p = d.join("data/eventdata/PLOVER/PLOVER_GSR_CAMEO.json");
        match std::fs::read_to_string(&p).map_err(|e| e.to_string()).and_then(|t| serde_json::from_str::<serde_json::Value>(&t).map_err(|e| e.to_string())) {
            Ok(v) => {
                let texts = v.as_array().into_iter().flatten().filter_map(|r| r.get("text")?.as_str().map(str::to_string));
                en.add("PLOVER_GSR_CAMEO.json", texts.collect::<Vec<_>>());
            }
            Err(e) => warn(&p.display().to_string(), e),
        }
        let p = d.join("data/eventdata/icews/cameo-codes.csv");
        match std::fs::read_to_string(&p) {
            Ok(t) => en.add("cameo-codes.csv", csv_column(&t, "example").into_iter().filter(|x| x.trim() != "NA")),
            Err(e) => warn(&p.display().to_string(), e.to_string()),
        }
    }
    ar.add("examples/ar-migration-talks.txt", lines(EXAMPLE_AR));
    en.add("examples/en-border-talks.txt", lines(EXAMPLE_EN));
    Pools { ar, en, origin, warnings }
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn sorted_files(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    v.sort();
    Ok(v)
}

/// Sentences of a token-per-line file (`TOKEN TAG`), split after `.`, `?`, `!`, `؟`.
pub fn anercorp_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut glue_next = false;
    for line in text.lines() {
        let Some(tok) = line.split_whitespace().next() else { continue };
        let closing = matches!(tok, "." | "," | "،" | "؛" | ":" | "?" | "!" | "؟" | ")" | "»");
        if !cur.is_empty() && !closing && !glue_next {
            cur.push(' ');
        }
        cur.push_str(tok);
        glue_next = matches!(tok, "(" | "«");
        if matches!(tok, "." | "?" | "!" | "؟") {
            if cur.split(' ').count() >= 4 {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.clear();
            }
        }
    }
    if cur.split(' ').count() >= 4 {
        out.push(cur);
    }
    out
}

/// Parses CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            _ => field.push(c),
        }
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The non-empty values of column `name` of a CSV text with a header row.
pub fn csv_column(text: &str, name: &str) -> Vec<String> {
    let rows = csv_records(text);
    let Some((header, body)) = rows.split_first() else { return Vec::new() };
    let Some(col) = header.iter().position(|h| h.trim() == name) else { return Vec::new() };
    body.iter().filter_map(|r| r.get(col)).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// A generated corpus of one language: documents of [`DOC_UNITS`] (or a chosen number of) pool sentences.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// Language of every document.
    pub lang: Lang,
    /// Pool sentences per document.
    doc_units: usize,
    units: Vec<String>,
    /// Pool indices, document after document.
    order: Vec<u32>,
    /// Total bytes of all documents' text.
    pub bytes: usize,
}

impl Corpus {
    /// Draws about `target_bytes` of text from `pool`: shuffled passes over the
    /// pool (a new permutation each pass) with `seed`, cut into whole documents.
    pub fn generate(lang: Lang, pool: &Pool, target_bytes: usize, seed: u64) -> Corpus {
        Corpus::generate_docs_of(lang, pool, target_bytes, seed, DOC_UNITS)
    }

    /// As [`Corpus::generate`], with documents of `doc_units` pool sentences (at least 1):
    /// long documents show whether a stage's cost grows faster than the document.
    pub fn generate_docs_of(lang: Lang, pool: &Pool, target_bytes: usize, seed: u64, doc_units: usize) -> Corpus {
        let doc_units = doc_units.max(1);
        let units = pool.units.clone();
        let mut order = Vec::new();
        let mut bytes = 0usize;
        let mut rng = Rng::new(seed ^ (lang as u64 + 1).wrapping_mul(0x1234_5678_9abc_def1));
        let mut perm: Vec<u32> = (0..units.len() as u32).collect();
        if !units.is_empty() {
            while bytes < target_bytes.max(1) || order.len() % doc_units != 0 {
                if order.len() % perm.len().max(1) == 0 {
                    rng.shuffle(&mut perm);
                }
                let u = perm[order.len() % perm.len()];
                let k = order.len() % doc_units;
                bytes += units[u as usize].len() + usize::from(k > 0);
                order.push(u);
            }
        }
        Corpus { lang, doc_units, units, order, bytes }
    }

    /// Number of documents.
    pub fn docs(&self) -> usize {
        self.order.len() / self.doc_units
    }

    /// Number of pool sentences in all documents.
    pub fn units(&self) -> usize {
        self.order.len()
    }

    /// Writes document `i` into `buf` (cleared first): one paragraph (line) per
    /// sentence, except that every [`JOIN_EVERY`]-th sentence is joined with the next.
    pub fn doc_into(&self, i: usize, buf: &mut String) {
        buf.clear();
        for (k, &u) in self.order[i * self.doc_units..(i + 1) * self.doc_units].iter().enumerate() {
            if k > 0 {
                buf.push(if k % JOIN_EVERY == 0 { ' ' } else { '\n' });
            }
            buf.push_str(&self.units[u as usize]);
        }
    }

    /// Document `i` as a new string.
    pub fn doc(&self, i: usize) -> String {
        let mut s = String::new();
        self.doc_into(i, &mut s);
        s
    }
}

/// Counts from annotating a corpus.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    /// Documents annotated.
    pub docs: usize,
    /// Sentences found by the segmenter.
    pub sentences: usize,
    /// Input bytes.
    pub bytes: usize,
    /// Named entities in the output.
    pub entities: usize,
    /// Coded events in the output.
    pub events: usize,
    /// Quotes in the output.
    pub quotes: usize,
}

impl Counts {
    fn add(mut self, o: Counts) -> Counts {
        self.docs += o.docs;
        self.sentences += o.sentences;
        self.bytes += o.bytes;
        self.entities += o.entities;
        self.events += o.events;
        self.quotes += o.quotes;
        self
    }
}

fn options() -> Options {
    Options { lang: None, published: Some(jiff::civil::date(2025, 5, 1)), id: None, actor_date: None }
}

fn annotate_counts<P: Probe>(p: &Pipeline, text: &str, probe: &mut P) -> Counts {
    let d = p.annotate_probed(text, &options(), probe);
    Counts { docs: 1, sentences: d.sentences.len(), bytes: text.len(), entities: d.entities.len(), events: d.events.len(), quotes: d.quotes.len() }
}

/// Time taken by a run.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Wall-clock time.
    pub wall: Duration,
    /// CPU time of the process (all threads) during the run.
    pub cpu: Duration,
}

/// Annotates every document of `corpus` with `threads` threads (1: on the calling thread;
/// more: documents in parallel on a rayon pool of that size). Returns the counts and the times.
pub fn run(p: &Pipeline, corpus: &Corpus, threads: usize) -> (Counts, Timing) {
    if threads <= 1 {
        let (c0, t0) = (process_cpu_time(), Instant::now());
        let mut buf = String::new();
        let mut c = Counts::default();
        for i in 0..corpus.docs() {
            corpus.doc_into(i, &mut buf);
            c = c.add(annotate_counts(p, &buf, &mut crate::pipeline::NoProbe));
        }
        return (c, Timing { wall: t0.elapsed(), cpu: process_cpu_time().saturating_sub(c0) });
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("rayon thread pool");
    pool.install(|| {
        let (c0, t0) = (process_cpu_time(), Instant::now());
        let c = (0..corpus.docs())
            .into_par_iter()
            .map_init(String::new, |buf, i| {
                corpus.doc_into(i, buf);
                annotate_counts(p, buf, &mut crate::pipeline::NoProbe)
            })
            .reduce(Counts::default, Counts::add);
        (c, Timing { wall: t0.elapsed(), cpu: process_cpu_time().saturating_sub(c0) })
    })
}

/// How many cores a CPU-bound loop gets right now: the same loop is timed on one
/// thread and on `threads` threads at once; returns `threads × t(1) / t(threads)` (the
/// ideal is `threads`). On a machine shared with other work this tells how much
/// parallel speed-up `marsad bench` could have shown at that moment.
pub fn parallel_capacity(threads: usize) -> f64 {
    fn spin() -> u64 {
        let mut x = 0u64;
        for i in 0..60_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        x
    }
    let t0 = Instant::now();
    std::hint::black_box(spin());
    let one = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    std::thread::scope(|s| {
        let hs: Vec<_> = (0..threads).map(|_| s.spawn(spin)).collect();
        for h in hs {
            std::hint::black_box(h.join().ok());
        }
    });
    threads as f64 * one / t0.elapsed().as_secs_f64()
}

/// Wall time per stage, summed over documents.
#[derive(Debug, Clone, Default)]
pub struct StageTimer {
    last: Option<Instant>,
    /// Time per stage, in [`Stage::ALL`] order.
    pub total: [Duration; Stage::ALL.len()],
}

impl Probe for StageTimer {
    fn start(&mut self) {
        self.last = Some(Instant::now());
    }
    fn done(&mut self, stage: Stage) {
        let now = Instant::now();
        if let Some(l) = self.last {
            let k = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
            self.total[k] += now - l;
        }
        self.last = Some(now);
    }
}

/// Annotates `corpus` on one thread, timing each stage.
pub fn profile_stages(p: &Pipeline, corpus: &Corpus) -> (Counts, StageTimer) {
    let mut t = StageTimer::default();
    let mut buf = String::new();
    let mut c = Counts::default();
    for i in 0..corpus.docs() {
        corpus.doc_into(i, &mut buf);
        c = c.add(annotate_counts(p, &buf, &mut t));
    }
    (c, t)
}

/// A field of `/proc/self/status` in kB (`VmHWM`: peak resident set; `VmRSS`: current).
pub fn proc_status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))?;
    line[field.len() + 1..].split_whitespace().next()?.parse().ok()
}

/// Peak resident set size in bytes: `VmHWM`, or `getrusage` maxrss where /proc is missing.
pub fn peak_rss_bytes() -> Option<u64> {
    if let Some(kb) = proc_status_kb("VmHWM") {
        return Some(kb * 1024);
    }
    maxrss_kb().map(|kb| kb * 1024)
}

#[cfg(unix)]
fn rusage() -> Option<[i64; 18]> {
    // struct rusage on 64-bit Unix: ru_utime and ru_stime (timevals: seconds, microseconds),
    // then 14 longs starting with ru_maxrss (kB on Linux).
    #[repr(C)]
    struct RUsage {
        fields: [i64; 18],
    }
    extern "C" {
        fn getrusage(who: i32, usage: *mut RUsage) -> i32;
    }
    let mut r = RUsage { fields: [0; 18] };
    // SAFETY: `r` has the size and layout of struct rusage on 64-bit Unix; RUSAGE_SELF = 0.
    let rc = unsafe { getrusage(0, &mut r) };
    (rc == 0).then_some(r.fields)
}

#[cfg(not(unix))]
fn rusage() -> Option<[i64; 18]> {
    None
}

fn maxrss_kb() -> Option<u64> {
    rusage().map(|f| f[4]).filter(|&k| k > 0).map(|k| k as u64)
}

/// CPU time (user + system) used by the whole process so far; zero where unknown.
pub fn process_cpu_time() -> Duration {
    match rusage() {
        Some(f) if cfg!(target_pointer_width = "64") => {
            let us = (f[0] * 1_000_000 + f[1] + f[2] * 1_000_000 + f[3]).max(0) as u64;
            Duration::from_micros(us)
        }
        _ => Duration::ZERO,
    }
}

/// A time expression to normalise, with its language.
#[derive(Debug, Clone)]
pub struct TimeExpr {
    /// Language of the expression.
    pub lang: Lang,
    /// The expression.
    pub text: String,
}

/// Reads `LANG<TAB>EXPRESSION` lines (`ar` or `en`; a line without a tab has its language detected).
pub fn read_time_exprs(text: &str) -> Vec<TimeExpr> {
    lines(text)
        .filter(|l| !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some(("ar", e)) => TimeExpr { lang: Lang::Ar, text: e.trim().to_string() },
            Some(("en", e)) => TimeExpr { lang: Lang::En, text: e.trim().to_string() },
            _ => TimeExpr { lang: crate::normalize::detect_language(&l), text: l.clone() },
        })
        .collect()
}

/// Result of normalising a list of time expressions repeatedly.
#[derive(Debug, Clone, Serialize)]
pub struct TimesResult {
    /// Language.
    pub lang: &'static str,
    /// Expressions in the list.
    pub expressions: usize,
    /// Expressions for which `times::extract` found a time with a calendar value.
    pub with_value: usize,
    /// Best throughput over the repetitions (expressions per second).
    pub per_sec_best: f64,
    /// Slowest repetition's throughput.
    pub per_sec_worst: f64,
}

/// Runs [`times::extract`] over `exprs` (each as a one-sentence document, `published` as
/// reference) for at least `min_time` per repetition, `repeat` times.
pub fn bench_times(exprs: &[TimeExpr], lang: Lang, published: jiff::civil::Date, repeat: usize, min_time: Duration) -> TimesResult {
    let texts: Vec<(Text, Vec<Sentence>)> = exprs
        .iter()
        .filter(|e| e.lang == lang)
        .map(|e| {
            let t = Text::new(e.text.clone());
            let s = vec![Sentence { start: 0, end: t.chars(), paragraph: 1 }];
            (t, s)
        })
        .collect();
    let with_value = texts.iter().filter(|(t, s)| times::extract(t, s, lang, Some(published)).iter().any(|x| x.value.is_some())).count();
    let (mut best, mut worst) = (0f64, f64::INFINITY);
    if !texts.is_empty() {
        for _ in 0..repeat.max(1) {
            let t0 = Instant::now();
            let mut n = 0usize;
            let mut sink = 0usize;
            while t0.elapsed() < min_time {
                for (t, s) in &texts {
                    // The text is rebuilt as in a real call (offset tables included).
                    let t2 = Text::new(t.as_str().to_string());
                    sink += times::extract(&t2, s, lang, Some(published)).len();
                    n += 1;
                }
            }
            std::hint::black_box(sink);
            let rate = n as f64 / t0.elapsed().as_secs_f64();
            best = best.max(rate);
            worst = worst.min(rate);
        }
    } else {
        worst = 0.0;
    }
    TimesResult { lang: lang.code(), expressions: texts.len(), with_value, per_sec_best: best, per_sec_worst: worst }
}

/// `marsad bench` options.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// A text file or a directory of `.txt` files whose lines are the sentences to draw from
    /// (language detected per line) instead of the shared data.
    pub corpus: Option<PathBuf>,
    /// Threads for the parallel run (default: all cores); the one-thread run always happens.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Megabytes of text per language.
    #[arg(long, default_value_t = 4.0, value_name = "M")]
    pub size_mb: f64,
    /// Runs per configuration; the best is reported with the spread.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
    /// Seed of the corpus shuffle.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Only this language (`ar` or `en`).
    #[arg(long, value_name = "ar|en")]
    pub lang: Option<String>,
    /// Also time each stage (one thread, one pass).
    #[arg(long)]
    pub stages: bool,
    /// Print the results as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Sentences per generated document (default 20, as news reports): a large number
    /// (`--doc-sentences 20000`) checks that long documents cost no more per sentence.
    #[arg(long, default_value_t = DOC_UNITS, value_name = "N")]
    pub doc_sentences: usize,
    /// Also write the generated documents to DIR as `ar-00000.txt`, `en-00000.txt`, ... (for other tools).
    #[arg(long, value_name = "DIR")]
    pub dump: Option<PathBuf>,
    /// Instead of the pipeline, time `times::extract` on the expressions of FILE (`LANG<TAB>EXPR` lines).
    #[arg(long, value_name = "FILE")]
    pub times: Option<PathBuf>,
    /// Time only the main-text extraction of the HTML pages in DIR (`corpus::html::extract`,
    /// as `marsad ingest` does it), for the comparison with trafilatura; prints pages/s and MB/s.
    #[arg(long, value_name = "DIR")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct RunReport {
    lang: &'static str,
    threads: usize,
    docs: usize,
    sentences: usize,
    mb: f64,
    seconds_best: f64,
    seconds_worst: f64,
    sentences_per_sec: f64,
    mb_per_sec: f64,
    spread_pct: f64,
    cpu_seconds_best: f64,
    sentences_per_cpu_sec: f64,
    /// For runs on several threads: cores a CPU-bound loop got just before (see [`parallel_capacity`]).
    machine_cores_available: Option<f64>,
    entities: usize,
    events: usize,
    quotes: usize,
}

#[derive(Debug, Serialize)]
struct Report {
    corpus: String,
    seed: u64,
    cores: usize,
    startup_ms_first: f64,
    startup_ms_best: f64,
    rss_mb_after_startup: f64,
    runs: Vec<RunReport>,
    stages: Vec<serde_json::Value>,
    peak_rss_mb: f64,
}

const MB: f64 = 1024.0 * 1024.0;

fn load_pipeline(lexicons: &Option<PathBuf>) -> Result<Pipeline, crate::lexicon::LexiconError> {
    let src = lexicons.as_deref().map(crate::lexicon::Source::with_dir).unwrap_or_default();
    Pipeline::from_source(&src)
}

/// Runs `marsad bench` and prints its report.
pub fn run_cli(a: &BenchArgs, lexicons: &Option<PathBuf>) -> anyhow::Result<()> {
    use anyhow::Context;
    // start-up: the first load (cold caches, page faults of the binary's data), then the best of 5.
    let t0 = Instant::now();
    let p = load_pipeline(lexicons).context("loading lexicons")?;
    let first = t0.elapsed();
    let mut best = first;
    for _ in 0..4 {
        let t = Instant::now();
        let q = load_pipeline(lexicons)?;
        best = best.min(t.elapsed());
        drop(q);
    }
    let rss_startup = proc_status_kb("VmRSS").unwrap_or(0) as f64 * 1024.0;

    if let Some(dir) = &a.html {
        let mut pages: Vec<String> = Vec::new();
        for e in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "html" || x == "htm") {
                pages.push(String::from_utf8_lossy(&std::fs::read(&p)?).into_owned());
            }
        }
        anyhow::ensure!(!pages.is_empty(), "no .html pages in {}", dir.display());
        let bytes: usize = pages.iter().map(String::len).sum();
        let now = jiff::Timestamp::now();
        let mut best = f64::INFINITY;
        let mut chars = 0usize;
        for _ in 0..a.repeat.max(1) {
            let t = Instant::now();
            chars = 0;
            for p in &pages {
                if let Ok(page) = crate::corpus::html::extract(p, None, now) {
                    chars += page.text.chars().count();
                }
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        let out = serde_json::json!({"pages": pages.len(), "bytes": bytes, "text_chars": chars, "seconds": best, "pages_per_s": pages.len() as f64 / best, "mb_per_s": bytes as f64 / 1e6 / best});
        println!("{out}");
        return Ok(());
    }
    if let Some(f) = &a.times {
        let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let exprs = read_time_exprs(&text);
        let published = jiff::civil::date(2025, 5, 1);
        let results: Vec<TimesResult> =
            [Lang::Ar, Lang::En].into_iter().map(|l| bench_times(&exprs, l, published, a.repeat, Duration::from_millis(500))).filter(|r| r.expressions > 0).collect();
        if a.json {
            println!("{}", serde_json::to_string(&results)?);
        } else {
            for r in &results {
                println!(
                    "times {}: {} expressions, {} with a value, {:.0} expressions/s (best of {}; worst {:.0})",
                    r.lang, r.expressions, r.with_value, r.per_sec_best, a.repeat, r.per_sec_worst
                );
            }
        }
        return Ok(());
    }

    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let threads = a.threads.unwrap_or(cores).max(1);
    let pools = match &a.corpus {
        Some(path) => pools_from_path(path)?,
        None => load_pools(shared_dir().as_deref()),
    };
    for w in &pools.warnings {
        eprintln!("marsad bench: warning: {w}");
    }
    let langs: Vec<Lang> = match a.lang.as_deref() {
        None => vec![Lang::Ar, Lang::En],
        Some("ar") => vec![Lang::Ar],
        Some("en") => vec![Lang::En],
        Some(x) => anyhow::bail!("--lang {x}: expected ar or en"),
    };
    let target = (a.size_mb * MB) as usize;
    if !a.json {
        println!("corpus: {}", pools.origin);
        for l in &langs {
            let pool = pools.get(*l);
            let src: Vec<String> = pool.sources.iter().map(|(s, n)| format!("{s} {n}")).collect();
            println!("  {} pool: {} sentences, {:.2} MB ({})", l.code(), pool.units.len(), pool.bytes() as f64 / MB, src.join(", "));
        }
        println!(
            "  {:.1} MB per language, documents of {} sentences, seed {:#x}; {cores} cores; repeat {}",
            a.size_mb, a.doc_sentences.max(1), a.seed, a.repeat
        );
        println!(
            "start-up (lexicons compiled, pipeline ready): first {:.1} ms, best of 5 {:.1} ms; RSS after start-up {:.1} MB",
            ms(first),
            ms(best),
            rss_startup / MB
        );
        println!(
            "{:<4} {:>7} {:>6} {:>9} {:>6} {:>8} {:>11} {:>7} {:>7} {:>8} {:>13}",
            "lang", "threads", "docs", "sentences", "MB", "best s", "sentences/s", "MB/s", "spread", "CPU s", "sentences/CPU-s"
        );
    }
    let mut runs = Vec::new();
    let mut stages = Vec::new();
    for &lang in &langs {
        let corpus = Corpus::generate_docs_of(lang, pools.get(lang), target, a.seed, a.doc_sentences);
        if corpus.docs() == 0 {
            eprintln!("marsad bench: no {} sentences to draw from", lang.code());
            continue;
        }
        if let Some(dir) = &a.dump {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            for i in 0..corpus.docs() {
                let f = dir.join(format!("{}-{i:05}.txt", lang.code()));
                std::fs::write(&f, corpus.doc(i) + "\n").with_context(|| format!("writing {}", f.display()))?;
            }
        }
        // warm-up: a few documents, untimed
        for i in 0..corpus.docs().min(4) {
            std::hint::black_box(p.annotate(&corpus.doc(i), &options()));
        }
        let mut counts_sets = vec![1usize];
        if threads > 1 {
            counts_sets.push(threads);
        }
        for th in counts_sets {
            let capacity = (th > 1).then(|| parallel_capacity(th));
            let mut times = Vec::new();
            let mut cpus = Vec::new();
            let mut counts = Counts::default();
            for _ in 0..a.repeat.max(1) {
                let (c, t) = run(&p, &corpus, th);
                counts = c;
                times.push(t.wall.as_secs_f64());
                cpus.push(t.cpu.as_secs_f64());
            }
            let bestt = times.iter().cloned().fold(f64::INFINITY, f64::min);
            let worst = times.iter().cloned().fold(0.0, f64::max);
            let bestcpu = cpus.iter().cloned().fold(f64::INFINITY, f64::min);
            let r = RunReport {
                lang: lang.code(),
                threads: th,
                docs: counts.docs,
                sentences: counts.sentences,
                mb: counts.bytes as f64 / MB,
                seconds_best: bestt,
                seconds_worst: worst,
                sentences_per_sec: counts.sentences as f64 / bestt,
                mb_per_sec: counts.bytes as f64 / MB / bestt,
                spread_pct: (worst - bestt) / bestt * 100.0,
                cpu_seconds_best: bestcpu,
                sentences_per_cpu_sec: if bestcpu > 0.0 { counts.sentences as f64 / bestcpu } else { 0.0 },
                machine_cores_available: capacity,
                entities: counts.entities,
                events: counts.events,
                quotes: counts.quotes,
            };
            if !a.json {
                println!(
                    "{:<4} {:>7} {:>6} {:>9} {:>6.1} {:>8.3} {:>11.0} {:>7.2} {:>6.1}% {:>8.3} {:>13.0}",
                    r.lang,
                    r.threads,
                    r.docs,
                    r.sentences,
                    r.mb,
                    r.seconds_best,
                    r.sentences_per_sec,
                    r.mb_per_sec,
                    r.spread_pct,
                    r.cpu_seconds_best,
                    r.sentences_per_cpu_sec
                );
                if let Some(c) = r.machine_cores_available {
                    println!("{:<4} {:>7} (a CPU-bound loop got {c:.2} of {th} cores just before this run: the machine is shared)", "", "");
                }
            }
            runs.push(r);
        }
        if a.stages {
            let (c, t) = profile_stages(&p, &corpus);
            let total: f64 = t.total.iter().map(Duration::as_secs_f64).sum();
            let mut obj = serde_json::Map::new();
            obj.insert("lang".into(), lang.code().into());
            let mut line = format!("  stages {} (1 thread, {} sentences):", lang.code(), c.sentences);
            for (s, d) in Stage::ALL.iter().zip(&t.total) {
                let sec = d.as_secs_f64();
                obj.insert(s.name().into(), serde_json::json!({"seconds": sec, "pct": sec / total * 100.0, "us_per_sentence": sec * 1e6 / c.sentences.max(1) as f64}));
                line.push_str(&format!(" {} {:.1}%", s.name(), sec / total * 100.0));
            }
            if !a.json {
                println!("{line}");
            }
            stages.push(serde_json::Value::Object(obj));
        }
    }
    let peak = peak_rss_bytes().unwrap_or(0) as f64;
    if a.json {
        let rep = Report {
            corpus: pools.origin.clone(),
            seed: a.seed,
            cores,
            startup_ms_first: ms(first),
            startup_ms_best: ms(best),
            rss_mb_after_startup: rss_startup / MB,
            runs,
            stages,
            peak_rss_mb: peak / MB,
        };
        println!("{}", serde_json::to_string_pretty(&rep)?);
    } else {
        println!("peak RSS (VmHWM, whole process): {:.1} MB", peak / MB);
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Pools from a user file or directory: every non-empty line of every `.txt` file, by detected language.
fn pools_from_path(path: &Path) -> anyhow::Result<Pools> {
    use anyhow::Context;
    let files = if path.is_dir() { sorted_files(path, "txt")? } else { vec![path.to_path_buf()] };
    let mut ar = Pool::default();
    let mut en = Pool::default();
    for f in &files {
        let t = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let (a, e): (Vec<String>, Vec<String>) = lines(&t).partition(|l| crate::normalize::detect_language(l) == Lang::Ar);
        ar.add(file_name(f), a);
        en.add(file_name(f), e);
    }
    Ok(Pools { ar, en, origin: format!("{}", path.display()), warnings: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_newlines() {
        let r = csv_records("a,text,b\n1,\"x, \"\"y\"\"\nz\",2\n3,plain,4");
        assert_eq!(r.len(), 3);
        assert_eq!(r[1][1], "x, \"y\"\nz");
        assert_eq!(csv_column("a,text\n1,hi\n2,\n", "text"), vec!["hi".to_string()]);
    }

    #[test]
    fn anercorp_tokens_join_into_sentences() {
        let s = anercorp_sentences("قال O\nالوزير O\n( O\nأمس O\n) O\nإن O\nالمحادثات O\n. O\nذهب O\n");
        assert_eq!(s, vec!["قال الوزير (أمس) إن المحادثات.".to_string()]);
    }

    #[test]
    fn corpus_is_deterministic_and_whole_documents() {
        let pools = load_pools(None);
        let a = Corpus::generate(Lang::Ar, &pools.ar, 20_000, 7);
        let b = Corpus::generate(Lang::Ar, &pools.ar, 20_000, 7);
        assert!(a.docs() > 0);
        assert_eq!(a.units() % DOC_UNITS, 0);
        assert_eq!(a.doc(0), b.doc(0));
        let total: usize = (0..a.docs()).map(|i| a.doc(i).len()).sum();
        assert_eq!(total, a.bytes);
        assert!(a.bytes >= 20_000);
    }
}
