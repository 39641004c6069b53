//! The `marsad` command line: a thin layer over [`marsad::Pipeline`].

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use marsad::lexicon::Source;
use marsad::model::Lang;
use marsad::{eval, input, Options, Pipeline};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "marsad", version, about = "Arabic and English news reports to coded, source-attributed events")]
struct Cli {
    /// Directory of lexicon files that replace the built-in ones of the same name.
    #[arg(long, global = true, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Ar,
    En,
    Auto,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    /// One pretty-printed JSON object per document (JSON Lines when several files are given).
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// Output format of `marsad eval`.
#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum EvalFormat {
    /// A table per document and a total.
    Text,
    /// The numbers as JSON (for CI regression checks).
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events, entities, times, quotes and attributions from news reports.
    Extract {
        /// Language of the input (`auto` detects it per document).
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        /// Publication date (YYYY-MM-DD), the reference for relative times.
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Largest input file accepted, in bytes.
        #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// UTF-8 text files; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Score marsad against gold documents: every NAME.gold.json with its NAME.txt under DIR.
    Eval {
        /// Directory searched recursively for `*.gold.json` (or one gold file).
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: EvalFormat,
        /// List every miss and false positive (paragraph, category, text).
        #[arg(long)]
        verbose: bool,
        /// Also accept a quote speaker when one of gold and produced speaker contains the other.
        #[arg(long)]
        lenient_speaker: bool,
    },
    /// Ingest text, HTML, RSS/Atom and WARC files (directories are walked) into a corpus database.
    Ingest {
        #[command(flatten)]
        args: marsad::corpus::cli::IngestArgs,
    },
    /// Export the corpus: GDELT 2.0 event and mention tables, JSON Lines or Parquet.
    Export {
        #[command(flatten)]
        args: marsad::corpus::cli::ExportArgs,
    },
    /// Serve the corpus: JSON API under /api and a timeline page at /.
    Serve {
        #[command(flatten)]
        args: marsad::server::ServeArgs,
    },
    /// Generate a synthetic corpus, ingest it and measure ingest speed and query latency.
    BenchCorpus {
        #[command(flatten)]
        args: marsad::corpus::bench::BenchArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn pipeline(dir: &Option<PathBuf>) -> Result<Pipeline> {
    let src = dir.as_deref().map(Source::with_dir).unwrap_or_default();
    Pipeline::from_source(&src).context("loading lexicons")
}

fn parse_date(s: &str) -> Result<jiff::civil::Date> {
    s.parse::<jiff::civil::Date>().with_context(|| format!("--published `{s}` is not a date of the form YYYY-MM-DD"))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract { lang, published, format, max_bytes, files } => {
            let published = published.as_deref().map(parse_date).transpose()?;
            let lang = match lang {
                LangArg::Ar => Some(Lang::Ar),
                LangArg::En => Some(Lang::En),
                LangArg::Auto => None,
            };
            let p = pipeline(&cli.lexicons)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut failed = 0usize;
            let pretty = format == Format::Json && files.len() == 1;
            for f in &files {
                let text = match input::read_text(f, max_bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("marsad: {}: {e}", f.display());
                        failed += 1;
                        continue;
                    }
                };
                let doc = p.annotate(&text, &Options { lang, published, id: Some(f.display().to_string()) });
                if pretty {
                    serde_json::to_writer_pretty(&mut out, &doc)?;
                } else {
                    serde_json::to_writer(&mut out, &doc)?;
                }
                writeln!(out)?;
            }
            out.flush()?;
            if failed > 0 {
                eprintln!("marsad: {failed} of {} input(s) could not be processed", files.len());
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { dir, format, verbose, lenient_speaker } => {
            let p = pipeline(&cli.lexicons)?;
            let report = eval::run_dir(&dir, &p, &eval::ScoreOptions { lenient_speaker })?;
            for e in &report.errors {
                eprintln!("marsad: {}", e.error);
            }
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match format {
                EvalFormat::Text => write!(out, "{}", eval::render_text(&report, verbose))?,
                EvalFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &eval::to_json(&report, verbose))?;
                    writeln!(out)?;
                }
            }
            out.flush()?;
            if report.documents.is_empty() {
                eprintln!("marsad: nothing could be scored: no usable NAME.gold.json with NAME.txt under {}", dir.display());
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { args } => Ok(ExitCode::from(marsad::corpus::cli::ingest(&args, pipeline(&cli.lexicons)?)?)),
        Command::Export { args } => Ok(ExitCode::from(marsad::corpus::cli::export(&args)?)),
        Command::Serve { args } => Ok(ExitCode::from(marsad::server::run(&args, || pipeline(&cli.lexicons))?)),
        Command::BenchCorpus { args } => Ok(ExitCode::from(marsad::corpus::bench::run(&args, pipeline(&cli.lexicons)?)?)),
    }
}
