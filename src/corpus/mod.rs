//! The corpus service: news reports in many files, stored and grouped so that a
//! story can be followed over weeks and across Arabic and English sources.
//!
//! ```text
//! files ─ source (text, HTML, feeds, WARC) ─ ingest (annotate in batches) ─ store (SQLite)
//!                                                       │
//!        query (events, mentions, actors, search, timeline) ─ crate::server (HTTP API, page)
//!        export (GDELT 2.0 TSV, JSON Lines, Parquet)
//! ```
//!
//! - [`source`]: input files to raw documents, with [`html`] for main text and
//!   metadata, [`dates`] for publication dates at their own granularity and
//!   [`http`] for the chunked and compressed HTTP bodies of WARC records.
//! - [`store`]: the SQLite database ([`schema`]); idempotent, crash-safe batches;
//!   near-duplicates ([`dedup`]) and event merging (dyad, base CAMEO code, day window).
//! - [`fts`]: Arabic-aware full-text index forms (folding, proclitics).
//! - [`query`]: the read side used by the API; [`export`]: GDELT/JSONL/Parquet.
//! - [`bench`](mod@bench): a synthetic corpus and measurements of ingest speed and query latency.

pub mod bench;
pub mod cli;
pub mod codes;
pub mod dates;
pub mod dedup;
pub mod export;
pub mod fts;
pub mod html;
pub mod http;
pub mod ingest;
pub mod query;
pub mod schema;
pub mod source;
pub mod store;

pub use ingest::{ingest_docs, ingest_paths, IngestOptions, IngestReport};
pub use source::{InputKind, ItemError, Limits, RawDoc};
pub use store::{AddSettings, Added, Corpus, CorpusError, Prepared};
