//! `marsad ingest`: files and directories into the corpus database.
//!
//! Files are read one after another ([`super::source`]); their documents are
//! gathered into batches of [`IngestOptions::batch_size`]; documents already
//! stored (same URL or content hash) are skipped before annotation; the rest are
//! annotated in parallel (rayon) and written in one transaction per batch
//! ([`Corpus::add_batch`]). A killed ingest loses at most the batch it was
//! writing; a rerun skips what was committed and completes the rest.
//!
//! A bad file, feed item or record is reported through the `on_error` callback
//! and skipped; a panic in the pipeline on one document is caught and reported
//! the same way. A problem that does not stop a document (a front-matter date
//! that is no date, a WARC body not chunked as its header said: [`RawDoc::warnings`])
//! goes to the `on_warning` callback, and the document is kept. A progress bar (indicatif) is drawn on stderr when it is a
//! terminal.

use super::dates::PubDate;
use super::source::{self, ItemError, Limits, RawDoc};
use super::store::{content_hash, AddSettings, Added, Corpus, CorpusError, Prepared};
use crate::pipeline::Pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::Timestamp;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Options of an ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Documents per transaction.
    pub batch_size: usize,
    /// Size limits for reading.
    pub limits: Limits,
    /// Near-duplicate threshold and event merge window.
    pub settings: AddSettings,
    /// Draw a progress bar (only ever on a terminal).
    pub progress: bool,
    /// Publication date given to documents that carry none of their own (front
    /// matter, HTML metadata or URL, feed item take priority; it replaces a WARC
    /// record's crawl time, `WARC-Date`, which only bounds the publication date);
    /// its source is recorded as `--published`. `None`: such documents stay undated.
    pub published: Option<PubDate>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { batch_size: 16, limits: Limits::default(), settings: AddSettings::default(), progress: true, published: None }
    }
}

/// What an ingest run did.
#[derive(Debug, Clone, Default)]
pub struct IngestReport {
    /// Files read.
    pub files: usize,
    /// Documents found in them.
    pub documents: usize,
    /// Documents stored.
    pub added: usize,
    /// Of those, near-duplicates of stored documents.
    pub near_duplicates: usize,
    /// Documents skipped because they were already stored.
    pub already_stored: usize,
    /// Of the documents already stored, those stored with another publication date than the
    /// one given now (`origin`, stored date, given date): ingest leaves a stored document as it
    /// is, so a corrected date needs a new database.
    pub redated: Vec<(String, Option<String>, String)>,
    /// Files, items or records that could not be used.
    pub failed: usize,
    /// Warnings about documents that were kept ([`RawDoc::warnings`]).
    pub warnings: usize,
    /// Event mentions stored.
    pub mentions: usize,
    /// Events created.
    pub new_events: usize,
    /// Documents stored without a publication date: their events without a time
    /// of their own are dated with the ingest day (`day_source` `added`) and kept
    /// off the timeline.
    pub undated: usize,
    /// Wall time.
    pub elapsed: Duration,
}

impl IngestReport {
    /// Stored documents per second of wall time.
    pub fn docs_per_second(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.added as f64 / s
        } else {
            0.0
        }
    }

    /// One-line summary.
    pub fn summary(&self) -> String {
        format!(
            "{} file(s), {} document(s): {} added ({} near-duplicate), {} already stored, {} failed; {} event mention(s), {} new event(s); {:.1}s ({:.1} docs/s)",
            self.files,
            self.documents,
            self.added,
            self.near_duplicates,
            self.already_stored,
            self.failed,
            self.mentions,
            self.new_events,
            self.elapsed.as_secs_f64(),
            self.docs_per_second()
        )
    }
}

/// Batches documents, annotates and stores them.
struct Batcher<'a> {
    corpus: &'a mut Corpus,
    pipeline: &'a Pipeline,
    opts: &'a IngestOptions,
    pending: Vec<RawDoc>,
    report: IngestReport,
}

impl Batcher<'_> {
    fn push(&mut self, mut d: RawDoc, on_error: &mut dyn FnMut(&ItemError), on_warning: &mut dyn FnMut(&ItemError)) -> Result<(), CorpusError> {
        self.report.documents += 1;
        for w in std::mem::take(&mut d.warnings) {
            self.report.warnings += 1;
            on_warning(&ItemError { origin: d.origin.clone(), message: w });
        }
        // the user's date beats a WARC crawl time, which is only an upper bound
        if d.published.is_none() || d.published_source.as_deref() == Some("warc:WARC-Date") {
            if let Some(p) = &self.opts.published {
                d.published = Some(p.clone());
                d.published_source = Some("--published".into());
            }
        }
        self.pending.push(d);
        if self.pending.len() >= self.opts.batch_size.max(1) {
            self.flush(on_error)?;
        }
        Ok(())
    }

    fn flush(&mut self, on_error: &mut dyn FnMut(&ItemError)) -> Result<(), CorpusError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        // Skip what is stored (or repeated in this batch) before annotating.
        let mut seen: HashSet<String> = HashSet::new();
        let mut todo = Vec::with_capacity(batch.len());
        for d in batch {
            let h = content_hash(&d.text);
            let repeat = !seen.insert(h.clone()) || d.url.as_ref().is_some_and(|u| !seen.insert(format!("url:{u}")));
            let existing = if repeat { None } else { self.corpus.find_existing(d.url.as_deref(), &h)? };
            if repeat || existing.is_some() {
                self.report.already_stored += 1;
                if let (Some(id), Some(given)) = (existing, d.published.as_ref().map(|p| p.value())) {
                    let stored = self.corpus.stored_published(id)?;
                    if stored.as_deref() != Some(given.as_str()) {
                        self.report.redated.push((d.origin.clone(), stored, given));
                    }
                }
                continue;
            }
            todo.push(d);
        }
        let pipeline = self.pipeline;
        let results: Vec<Result<Prepared, ItemError>> = todo
            .into_par_iter()
            .map(|d| {
                let origin = d.origin.clone();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Prepared::annotate(d, pipeline)))
                    .map_err(|_| ItemError { origin, message: "internal error: the pipeline panicked on this document".into() })
            })
            .collect();
        let mut ready = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(p) => ready.push(p),
                Err(e) => {
                    self.report.failed += 1;
                    on_error(&e);
                }
            }
        }
        let outcomes = self.corpus.add_batch(&ready, &self.opts.settings, Timestamp::now())?;
        for (o, p) in outcomes.into_iter().zip(&ready) {
            match o {
                Added::New { dup_of, mentions, new_events, .. } => {
                    self.report.added += 1;
                    self.report.undated += p.raw.published.is_none() as usize;
                    self.report.near_duplicates += dup_of.is_some() as usize;
                    self.report.mentions += mentions;
                    self.report.new_events += new_events;
                }
                Added::Duplicate { .. } => self.report.already_stored += 1,
            }
        }
        Ok(())
    }
}

/// Ingests `paths` (files and directories) into `corpus`. Bad items go to
/// `on_error`, warnings about documents that are kept to `on_warning`; only
/// database failures stop the run.
pub fn ingest_paths(
    corpus: &mut Corpus,
    pipeline: &Pipeline,
    paths: &[PathBuf],
    opts: &IngestOptions,
    on_error: &mut dyn FnMut(&ItemError),
    on_warning: &mut dyn FnMut(&ItemError),
) -> Result<IngestReport, CorpusError> {
    let start = Instant::now();
    let (files, walk_errors) = source::walk(paths);
    let mut b = Batcher { corpus, pipeline, opts, pending: Vec::new(), report: IngestReport::default() };
    b.report.failed += walk_errors.len();
    let pb = if opts.progress {
        let pb = ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files {msg}") {
            pb.set_style(style);
        }
        pb
    } else {
        ProgressBar::hidden()
    };
    let mut report_error = |e: &ItemError| pb.suspend(|| on_error(e));
    let mut report_warning = |e: &ItemError| pb.suspend(|| on_warning(e));
    for e in &walk_errors {
        report_error(e);
    }
    for f in &files {
        b.report.files += 1;
        let now = Timestamp::now();
        // Documents go to the batcher as they are read (a WARC file may hold thousands).
        let mut db_error: Option<CorpusError> = None;
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            source::read_file(f, &opts.limits, now, &mut |r| {
                if db_error.is_some() {
                    return;
                }
                match r {
                    Ok(d) => {
                        if let Err(e) = b.push(d, &mut report_error, &mut report_warning) {
                            db_error = Some(e);
                        }
                    }
                    Err(e) => {
                        b.report.failed += 1;
                        report_error(&e);
                    }
                }
            })
        }));
        if let Some(e) = db_error {
            return Err(e);
        }
        if read.is_err() {
            b.report.failed += 1;
            report_error(&ItemError { origin: f.display().to_string(), message: "internal error: reading this file panicked".into() });
        }
        pb.inc(1);
        pb.set_message(format!("{} added, {} failed", b.report.added, b.report.failed));
    }
    b.flush(&mut report_error)?;
    b.corpus.optimize()?;
    pb.finish_and_clear();
    b.report.elapsed = start.elapsed();
    Ok(b.report)
}

/// Ingests documents already in memory (the API's POST, benchmarks). Errors
/// and warnings go to the callbacks as for [`ingest_paths`].
pub fn ingest_docs(
    corpus: &mut Corpus,
    pipeline: &Pipeline,
    docs: impl IntoIterator<Item = RawDoc>,
    opts: &IngestOptions,
    on_error: &mut dyn FnMut(&ItemError),
    on_warning: &mut dyn FnMut(&ItemError),
) -> Result<IngestReport, CorpusError> {
    let start = Instant::now();
    let mut b = Batcher { corpus, pipeline, opts, pending: Vec::new(), report: IngestReport::default() };
    for d in docs {
        b.push(d, on_error, on_warning)?;
    }
    b.flush(on_error)?;
    b.report.elapsed = start.elapsed();
    Ok(b.report)
}
