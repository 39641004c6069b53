//! The `marsad` command line: a thin layer over [`marsad::Pipeline`].

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use marsad::lexicon::Source;
use marsad::model::Lang;
use marsad::{eval, input, Options, Pipeline};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: the pipeline allocates many small strings per token; see docs/PERFORMANCE.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "marsad", version, about = "Arabic and English news reports to coded, source-attributed events")]
struct Cli {
    /// Directory of lexicon files that replace the built-in ones of the same name.
    #[arg(long, global = true, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// Directory of PETRARCH/TABARI dictionaries (`*verbs*.txt`, `*actors*.txt`, `*agents*.txt`,
    /// `*discards*.txt`; docs/DICTIONARIES.md) that code English events instead of the built-in
    /// lexicons (extract, ingest, serve; other commands refuse it).
    #[arg(long, global = true, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
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
    ///
    /// Offsets are characters (Unicode scalar values, end-exclusive) of the text
    /// read: the file itself for plain text, the extracted main text for an HTML
    /// page. A stretch longer than 1200 characters without a sentence end is cut
    /// into sentences of at most that length, at clause boundaries or spaces
    /// (stderr warns).
    Extract {
        /// Language of the input (`auto`: an HTML page's `<html lang>`, else detected per document).
        #[arg(long, value_enum, default_value = "auto")]
        lang: LangArg,
        /// Publication date (YYYY-MM-DD), the reference for relative times (default: an HTML page's own date, else none).
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Largest input file accepted, in bytes.
        #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// UTF-8 text files or HTML pages; `-` reads standard input. A file named
        /// `.html`, `.htm`, `.xhtml` or `.shtml`, or one (or standard input) that starts
        /// with `<!DOCTYPE html`, `<html`, `<head` or `<meta` and is not named `.txt`
        /// or `.md`, is an HTML page: its main text is extracted as `ingest` does
        /// (stderr says so) and every offset in the output counts characters of that
        /// main text, not of the file. Feeds and WARC files are refused (use `ingest`).
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
    /// Score marsad on the public event-data gold sets of the shared data folder (docs/ACCURACY.md).
    EvalSets {
        /// The shared data folder (holding `data/eventdata/`); default: `$MARSAD_SHARED`.
        #[arg(long, value_name = "DIR")]
        shared: Option<PathBuf>,
        /// Sets to run (default all): ar-assault, ar-protest, ar-assault-spans, ar-protest-spans, plover, cameo-examples, petr2, petr-suite.
        #[arg(long = "set", value_name = "NAME", num_args = 1..)]
        sets: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: EvalFormat,
        /// List every miss, false positive and wrong code with its sentence, grouped by error class.
        #[arg(long)]
        verbose: bool,
        /// Recorded values (benchmarks/accuracy.json): exit 1 when a guarded number got worse by more than their tolerance.
        #[arg(long, value_name = "FILE")]
        check: Option<PathBuf>,
        /// Write this run's guarded values to FILE as recorded values (tolerance 0.02).
        #[arg(long, value_name = "FILE")]
        record: Option<PathBuf>,
    },
    /// Train a statistical model (`marsad train ner --data PATH`).
    #[command(subcommand)]
    Train(marsad::ner::cli::TrainCommand),
    /// Score the Arabic NER model on the development part of a CoNLL file (entity-level exact span).
    EvalNer(marsad::ner::cli::EvalNerArgs),
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
    /// Measure throughput (sentences/s, MB/s), start-up time and peak memory on a generated corpus.
    Bench(marsad::bench::BenchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // a closed pipe (`marsad extract … | head`) ends the output quietly
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("marsad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Prints the lines skipped while reading `--dictionaries`: each one when
/// `RUST_LOG` is set, else one summary line with the first and the count.
fn report_dictionary_warnings(warnings: &[String]) {
    if warnings.is_empty() {
        return;
    }
    if std::env::var_os("RUST_LOG").is_some() {
        for w in warnings {
            eprintln!("marsad: warning: {w}");
        }
    } else {
        eprintln!(
            "marsad: warning: {} dictionary line(s) skipped or read with a caveat (first: {}); set RUST_LOG=warn to list them all",
            warnings.len(),
            warnings[0]
        );
    }
}

fn pipeline(dir: &Option<PathBuf>) -> Result<Pipeline> {
    let src = dir.as_deref().map(Source::with_dir).unwrap_or_default();
    for name in src.check().context("loading lexicons")? {
        eprintln!("marsad: warning: {name} in the lexicon directory is not a marsad lexicon and is ignored");
    }
    let p = Pipeline::from_source(&src).context("loading lexicons")?;
    // rows of the user's files that load but can never take effect (docs/LEXICONS.md "Checks")
    for w in marsad::lexicon::schema::check_actor_rows(&src, false).context("loading lexicons")? {
        eprintln!("marsad: warning: {w}");
    }
    Ok(p)
}

/// The pipeline with `--lexicons` and, when given, the `--dictionaries` coder
/// (extract, ingest, serve).
fn coding_pipeline(lexicons: &Option<PathBuf>, dictionaries: &Option<PathBuf>) -> Result<Pipeline> {
    let mut p = pipeline(lexicons)?;
    if let Some(dir) = dictionaries {
        let mut d = marsad::dictionaries::Dictionaries::from_dir(dir).context("loading dictionaries")?;
        let src = lexicons.as_deref().map(Source::with_dir).unwrap_or_default();
        let book = marsad::cameo::CameoBook::load(&src).context("loading lexicons")?;
        d.check_codes(&book).context("loading dictionaries")?;
        report_dictionary_warnings(&d.warnings);
        p = p.with_dictionaries(d, &src).context("loading lexicons")?;
    }
    Ok(p)
}

/// Refuses a global flag the chosen command would ignore: a user who passes
/// `--dictionaries` or `--lexicons` must not get output made without them.
fn refuse_unused_flags(cli: &Cli) -> Result<()> {
    let (name, lexicons, dictionaries) = match &cli.command {
        Command::Extract { .. } => ("extract", true, true),
        Command::Ingest { .. } => ("ingest", true, true),
        // a read-only server annotates nothing
        Command::Serve { args } => {
            let writable = args.write_token.as_deref().or(std::env::var("MARSAD_WRITE_TOKEN").ok().as_deref()).is_some_and(|t| !t.is_empty());
            ("serve without --write-token", writable, writable)
        }
        Command::Eval { .. } => ("eval", true, false),
        Command::EvalSets { .. } => ("eval-sets", true, false),
        Command::Train(_) => ("train", true, false),
        Command::EvalNer(_) => ("eval-ner", true, false),
        Command::BenchCorpus { .. } => ("bench-corpus", true, false),
        Command::Bench(_) => ("bench", true, false),
        Command::Export { .. } => ("export", false, false),
    };
    if !dictionaries && cli.dictionaries.is_some() {
        anyhow::bail!("--dictionaries is not used by `{name}` (it codes events in extract, ingest and a writable serve); leave it out");
    }
    if !lexicons && cli.lexicons.is_some() {
        anyhow::bail!("--lexicons is not used by `{name}` (the corpus already holds the coded events; lexicons apply when documents are ingested); leave it out");
    }
    Ok(())
}

/// One input of `extract`, ready to annotate.
struct ExtractInput {
    /// The text whose characters the output's offsets count: the file's text, or an HTML page's main text.
    text: String,
    /// The language an HTML page declares (`<html lang>`).
    lang: Option<Lang>,
    /// The publication day of an HTML page (meta tags, JSON-LD, URL).
    published: Option<jiff::civil::Date>,
}

/// Reads one `extract` input (`-` is standard input). Its kind is told as
/// `ingest` tells it ([`marsad::corpus::source::sniff`]: the extension, else
/// the first bytes): plain text is used as it is; an HTML page is read by the
/// corpus HTML reader, which extracts its main text (a one-line note on stderr
/// says so); a feed or a WARC archive is refused with a pointer to `ingest`.
fn read_extract_input(f: &std::path::Path, max_bytes: usize) -> Result<ExtractInput, String> {
    use marsad::corpus::source::{self, FileKind};
    let bytes = input::read_bytes(f, max_bytes).map_err(|e| e.to_string())?;
    let head = &bytes[..bytes.len().min(2048)];
    match source::sniff(f, head) {
        FileKind::Text => {
            if source::looks_like_html(head) {
                eprintln!(
                    "marsad: warning: {}: starts like an HTML page, but its name says plain text: read as text, markup included (name it .html, or pipe it to `marsad extract -`, to extract its main text)",
                    f.display()
                );
            }
            let text = input::decode(bytes, max_bytes).map_err(|e| e.to_string())?;
            Ok(ExtractInput { text, lang: None, published: None })
        }
        FileKind::Html => {
            if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                return Err(input::InputError::Utf16.to_string());
            }
            let origin = f.display().to_string();
            let doc = source::read_html(&origin, &bytes, jiff::Timestamp::now()).map_err(|e| e.message)?;
            let published = doc.published.as_ref().and_then(|d| d.as_day());
            let mut note = format!(
                "marsad: note: {origin}: HTML page: its main text ({} characters, as `ingest` extracts it) is annotated, and all offsets count characters of that text, not of the file",
                doc.text.chars().count()
            );
            if let Some(l) = doc.lang {
                note.push_str(&format!("; <html lang> gives language {} (unless --lang)", l.code()));
            }
            if let (Some(d), Some(src)) = (published, doc.published_source.as_deref()) {
                note.push_str(&format!("; published {d} from {src} (unless --published)"));
            }
            eprintln!("{note}");
            Ok(ExtractInput { text: doc.text, lang: doc.lang, published })
        }
        FileKind::Feed => Err("an RSS, Atom or JSON feed: `extract` reads plain text and HTML pages; read the feed's items with `marsad ingest` (docs/CORPUS.md)".into()),
        FileKind::Warc => Err("a WARC archive: `extract` reads plain text and HTML pages; read the archive's pages with `marsad ingest` (docs/CORPUS.md)".into()),
    }
}

fn parse_date(s: &str) -> Result<jiff::civil::Date> {
    input::parse_published(s).map_err(anyhow::Error::msg)
}

fn run(cli: Cli) -> Result<ExitCode> {
    refuse_unused_flags(&cli)?;
    match cli.command {
        Command::Extract { lang, published, format, max_bytes, files } => {
            let published = published.as_deref().map(parse_date).transpose()?;
            let lang = match lang {
                LangArg::Ar => Some(Lang::Ar),
                LangArg::En => Some(Lang::En),
                LangArg::Auto => None,
            };
            let p = coding_pipeline(&cli.lexicons, &cli.dictionaries)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut failed = 0usize;
            let pretty = format == Format::Json && files.len() == 1;
            for f in &files {
                let doc_in = match read_extract_input(f, max_bytes) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("marsad: {}: {e}", f.display());
                        failed += 1;
                        continue;
                    }
                };
                // the user's --lang and --published beat what an HTML page declares
                let opts = Options { lang: lang.or(doc_in.lang), published: published.or(doc_in.published), id: Some(f.display().to_string()), actor_date: None };
                let (doc, long) = p.annotate_counted(&doc_in.text, &opts);
                if long.cut > 0 {
                    eprintln!(
                        "marsad: warning: {}: {} sentence(s) longer than {} characters without a sentence end were cut into {} pieces (at clause boundaries or spaces; a single word longer than that at the limit), each coded as a sentence",
                        f.display(),
                        long.cut,
                        marsad::segment::MAX_SENTENCE_CHARS,
                        long.pieces
                    );
                }
                let foreign = marsad::normalize::foreign_sentences(&doc_in.text, doc.sentences.iter().map(|s| (s.start, s.end)), doc.language);
                if foreign > 0 {
                    let (read, other) = if doc.language == Lang::Ar { ("Arabic", "English") } else { ("English", "Arabic") };
                    eprintln!(
                        "marsad: warning: {}: {foreign} of {} sentences look {other} in a document read as {read}; a document is read in one language, so they are coded with the {read} rules (split the file by language, or pass --lang)",
                        f.display(),
                        doc.sentences.len()
                    );
                }
                if cli.dictionaries.is_some() && doc.language == Lang::Ar {
                    eprintln!("marsad: warning: {}: Arabic document; --dictionaries codes English only, so it has no events", f.display());
                }
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
            // (a gold file that could not be read fails the run, as a bad input fails `extract`:
            // a CI check on the scores must notice it)
            if !report.errors.is_empty() {
                eprintln!("marsad: {} gold file(s) could not be scored (listed above); the scores cover the rest", report.errors.len());
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::EvalSets { shared, sets, format, verbose, check, record } => eval_sets(&cli.lexicons, shared, &sets, format, verbose, check, record),
        Command::Train(cmd) => {
            marsad::ner::cli::run_train(cmd, &cli.lexicons.as_deref().map(Source::with_dir).unwrap_or_default())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::EvalNer(args) => {
            marsad::ner::cli::run_eval(args, &cli.lexicons.as_deref().map(Source::with_dir).unwrap_or_default())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { args } => {
            let p = coding_pipeline(&cli.lexicons, &cli.dictionaries)?;
            if cli.dictionaries.is_some() {
                eprintln!("marsad: note: --dictionaries codes English only: Arabic documents are stored without events");
            }
            Ok(ExitCode::from(marsad::corpus::cli::ingest(&args, p)?))
        }
        Command::Export { args } => Ok(ExitCode::from(marsad::corpus::cli::export(&args)?)),
        Command::Serve { args } => Ok(ExitCode::from(marsad::server::run(&args, || coding_pipeline(&cli.lexicons, &cli.dictionaries))?)),
        Command::BenchCorpus { args } => Ok(ExitCode::from(marsad::corpus::bench::run(&args, pipeline(&cli.lexicons)?)?)),
        Command::Bench(a) => marsad::bench::run_cli(&a, &cli.lexicons).map(|()| ExitCode::SUCCESS),
    }
}

fn eval_sets(
    lexicons: &Option<PathBuf>,
    shared: Option<PathBuf>,
    names: &[String],
    format: EvalFormat,
    verbose: bool,
    check: Option<PathBuf>,
    record: Option<PathBuf>,
) -> Result<ExitCode> {
    use eval::sets::{self, SetName};
    let shared = shared
        .or_else(|| std::env::var_os("MARSAD_SHARED").filter(|s| !s.is_empty()).map(PathBuf::from))
        .context("no shared data folder: pass --shared DIR or set MARSAD_SHARED")?;
    let mut chosen = Vec::new();
    for n in names {
        let all: Vec<&str> = SetName::ALL.iter().map(|s| s.name()).collect();
        chosen.push(SetName::parse(n).with_context(|| format!("unknown set `{n}` (sets: {})", all.join(", ")))?);
    }
    if chosen.is_empty() {
        chosen = SetName::ALL.to_vec();
    }
    let src = lexicons.as_deref().map(Source::with_dir).unwrap_or_default();
    let p = pipeline(lexicons)?;
    let report = sets::run_with(&shared, &chosen, &p, &src);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        EvalFormat::Text => write!(out, "{}", sets::render_text(&report, verbose))?,
        EvalFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &sets::to_json(&report, verbose))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if let Some(path) = record {
        let text = serde_json::to_string_pretty(&sets::record(&report, 0.02))?;
        marsad::output::write_atomically(&path, (text + "\n").as_bytes()).with_context(|| format!("writing {}", path.display()))?;
    }
    let mut code = ExitCode::SUCCESS;
    if report.sets.iter().all(|s| s.measures.is_empty()) {
        eprintln!("marsad: nothing could be scored under {}", shared.display());
        code = ExitCode::from(1);
    }
    if let Some(path) = check {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let recorded: sets::Recorded = serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        let regressions = sets::check(&report, &recorded);
        for r in &regressions {
            let now = r.now.map(|v| format!("{v:.4}")).unwrap_or_else(|| "undefined".into());
            eprintln!("marsad: regression: {} is {now} ({}), recorded {:.4}, tolerance {}", r.id, r.count, r.recorded, recorded.tolerance);
        }
        if !regressions.is_empty() {
            code = ExitCode::from(1);
        }
    }
    Ok(code)
}
