//! The `marsad ingest` and `marsad export` subcommands (arguments and runs).

use super::dates::PubDate;
use super::export::{self, Format};
use super::ingest::{ingest_paths, IngestOptions};
use super::source::Limits;
use super::store::{default_path, AddSettings, Corpus};
use crate::pipeline::Pipeline;
use anyhow::{Context, Result};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Arguments of `marsad ingest`.
#[derive(Debug, Clone, clap::Args)]
pub struct IngestArgs {
    /// Corpus database (created if missing); default `$MARSAD_DB`, else `marsad.db` here.
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Documents written per transaction (a killed run loses at most one batch).
    #[arg(long, default_value_t = 16)]
    pub batch: usize,
    /// Merge events of the same actors and base CAMEO code (3 digits) at most this many days apart.
    #[arg(long, default_value_t = 1)]
    pub window_days: i64,
    /// MinHash Jaccard estimate at or above which documents are near-duplicates.
    #[arg(long, default_value_t = super::dedup::DEFAULT_THRESHOLD)]
    pub dup_threshold: f64,
    /// Largest text, HTML or feed file accepted, in bytes.
    #[arg(long, default_value_t = crate::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Largest WARC record accepted, in bytes.
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    pub max_record_bytes: usize,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Publication date (YYYY-MM-DD) for documents that carry none of their own
    /// (front matter, HTML metadata or URL and feed item take priority; it replaces the
    /// crawl time WARC-Date that a WARC page without a date otherwise gets);
    /// also the reference for their relative times. Without it such documents are undated.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// Files and directories: `.txt` (optional `---` front matter), `.html`, RSS/Atom feeds, `.warc[.gz]`; `-` is standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Runs `marsad ingest`: exit status 0 when every document was usable, 1 when
/// some were reported and skipped.
pub fn ingest(args: &IngestArgs, pipeline: Pipeline) -> Result<u8> {
    if !(0.0..=1.0).contains(&args.dup_threshold) {
        anyhow::bail!("--dup-threshold must be between 0 and 1");
    }
    if !(0..=366).contains(&args.window_days) {
        anyhow::bail!("--window-days must be between 0 and 366");
    }
    let published = args.published.as_deref().map(crate::input::parse_published).transpose().map_err(anyhow::Error::msg)?;
    let db = args.db.clone().unwrap_or_else(default_path);
    let mut corpus = Corpus::open(&db).with_context(|| format!("opening {}", db.display()))?;
    let opts = IngestOptions {
        batch_size: args.batch.clamp(1, 10_000),
        limits: Limits { max_file_bytes: args.max_bytes, max_record_bytes: args.max_record_bytes, ..Limits::default() },
        settings: AddSettings { dup_threshold: args.dup_threshold, window_days: args.window_days },
        progress: !args.quiet && std::io::stderr().is_terminal(),
        published: published.map(PubDate::day),
    };
    let report = ingest_paths(&mut corpus, &pipeline, &args.paths, &opts, &mut |e| eprintln!("marsad: {e}"), &mut |w| eprintln!("marsad: warning: {w}"))
        .with_context(|| format!("writing {}", db.display()))?;
    eprintln!("marsad: {}: {}", db.display(), report.summary());
    if let Some((origin, stored, given)) = report.redated.first() {
        eprintln!(
            "marsad: warning: {} document(s) already stored with another publication date were left unchanged (first: {origin}, stored {}, given {given}); a stored document is never re-dated: ingest into a new database to use the new date",
            report.redated.len(),
            stored.as_deref().unwrap_or("undated")
        );
    }
    if report.undated > 0 {
        eprintln!(
            "marsad: warning: {} document(s) had no publication date: their events without a date of their own are undated (stored on the ingest day with day_source `added`, left off the timeline and out of date ranges); give a date with front matter `published:` or --published YYYY-MM-DD",
            report.undated
        );
    }
    if report.failed > 0 {
        eprintln!("marsad: {} input(s) could not be used (reported above) and were skipped", report.failed);
        return Ok(1);
    }
    Ok(0)
}

/// Export formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// GDELT 2.0 event table (61 tab-separated columns) and mentions table.
    Gdelt,
    /// One JSON event with its mentions per line.
    Jsonl,
    /// Parquet event and mention tables (codes as Utf8).
    Parquet,
}

/// Arguments of `marsad export`.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// Corpus database; default `$MARSAD_DB`, else `marsad.db` here.
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Events file (standard output when omitted or `-`; a file is required for Parquet).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Mentions file (GDELT, Parquet); default: derived from --out (`x.export.CSV` → `x.mentions.CSV`, `e.parquet` → `e.mentions.parquet`).
    #[arg(long, value_name = "PATH")]
    pub mentions: Option<PathBuf>,
    /// GDELT: also write undated events (no date of their own, from documents without a
    /// publication date), with the ingest day as SQLDATE. Without it they are left out of
    /// both GDELT tables and counted on stderr. JSONL and Parquet always have them
    /// (day_source / EventDaySource `added`).
    #[arg(long)]
    pub include_undated: bool,
}

/// Runs `marsad export`.
pub fn export(args: &ExportArgs) -> Result<u8> {
    let db = args.db.clone().unwrap_or_else(default_path);
    let corpus = Corpus::open_read_only(&db).with_context(|| format!("opening {}", db.display()))?;
    let format = match args.format {
        ExportFormat::Gdelt => Format::Gdelt,
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Parquet => Format::Parquet,
    };
    // `--out -` is standard output, as `-` is standard input for extract and ingest
    let dash = |p: &&std::path::Path| p.as_os_str() == "-";
    let out = args.out.as_deref().filter(|p| !dash(p));
    if args.out.as_deref().is_some_and(|p| dash(&p)) && matches!(format, Format::Parquet) {
        anyhow::bail!("Parquet cannot be written to standard output: give --out FILE");
    }
    if args.mentions.as_deref().is_some_and(|p| dash(&p)) {
        anyhow::bail!("--mentions - is not supported: the events go to standard output; give --mentions FILE");
    }
    if args.include_undated && !matches!(format, Format::Gdelt) {
        anyhow::bail!("--include-undated is for --format gdelt: JSONL and Parquet always have undated events, marked by day_source / EventDaySource `added`");
    }
    let r = export::export(&corpus, format, out, args.mentions.as_deref(), args.include_undated)?;
    if matches!(format, Format::Gdelt) && out.is_none() && args.mentions.is_none() {
        eprintln!("marsad: note: the GDELT mentions table is written only to a file: give --out FILE (the mentions go beside it) or --mentions FILE");
    }
    if r.undated_left_out > 0 {
        eprintln!(
            "marsad: note: {} undated event(s) ({} mention(s)) left out of the GDELT tables: they have no date of their own and their documents no publication date, so SQLDATE could only be the ingest day; --include-undated writes them with that day (JSONL and Parquet have them, with day_source `added`)",
            r.undated_left_out, r.undated_mentions_left_out
        );
    }
    let files: Vec<String> = r.files.iter().map(|p| p.display().to_string()).collect();
    eprintln!(
        "marsad: exported {} event(s), {} mention(s){}",
        r.events,
        r.mentions,
        if files.is_empty() { String::new() } else { format!(" to {}", files.join(", ")) }
    );
    Ok(0)
}
