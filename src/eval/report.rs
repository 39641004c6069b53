//! Running the scorer over a directory of gold documents and printing the result.

use super::{score_with, Category, Counts, Gold, GoldError, Issue, ScoreOptions, Scores};
use crate::input::{self, InputError};
use crate::pipeline::{Options, Pipeline};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why a document (or the directory) could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The gold file is unreadable or malformed.
    #[error(transparent)]
    Gold(#[from] GoldError),
    /// The gold file has no `NAME.txt` beside it.
    #[error("{}: no text file {} beside it", gold.display(), text.display())]
    MissingText {
        /// The gold file.
        gold: PathBuf,
        /// The text file that was expected.
        text: PathBuf,
    },
    /// The text file could not be used.
    #[error("{}: {cause}", path.display())]
    Text {
        /// The text file.
        path: PathBuf,
        /// Why.
        cause: InputError,
    },
    /// The directory could not be read.
    #[error("{}: cannot read directory: {cause}", path.display())]
    Dir {
        /// The directory.
        path: PathBuf,
        /// The I/O error.
        cause: std::io::Error,
    },
}

/// A file that could not be scored, with the reason (the message names the file).
#[derive(Debug)]
pub struct FileError {
    /// The gold file (or directory) concerned.
    pub path: PathBuf,
    /// What went wrong.
    pub error: EvalError,
}

/// The scores of one gold document.
#[derive(Debug, Clone)]
pub struct DocReport {
    /// The document id (gold `id`, else the file name).
    pub id: String,
    /// The gold file.
    pub gold: PathBuf,
    /// The text file.
    pub text: PathBuf,
    /// The scores, with misses and false positives.
    pub scores: Scores,
    /// Consistency warnings (gold paragraphs beyond the text's last paragraph).
    pub warnings: Vec<String>,
}

/// The result of [`run_dir`]: documents scored, files that failed, and the micro-averaged total.
#[derive(Debug, Default)]
pub struct DirReport {
    /// Scored documents, in path order.
    pub documents: Vec<DocReport>,
    /// Gold files that could not be scored (and unreadable subdirectories).
    pub errors: Vec<FileError>,
    /// Sum of the counts of all scored documents.
    pub total: Scores,
}

/// Every `*.gold.json` under `path`, recursively, sorted; `path` may also be one gold file.
///
/// Unreadable subdirectories are reported in `errors` and skipped; symbolic
/// links to directories are not followed (no cycles). Fails only when `path`
/// itself cannot be read.
pub fn find_gold_files(path: &Path, errors: &mut Vec<FileError>) -> Result<Vec<PathBuf>, EvalError> {
    let meta = std::fs::metadata(path).map_err(|cause| EvalError::Dir { path: path.to_path_buf(), cause })?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    let mut first = true;
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(cause) if first => return Err(EvalError::Dir { path: dir, cause }),
            Err(cause) => {
                errors.push(FileError { path: dir.clone(), error: EvalError::Dir { path: dir, cause } });
                continue;
            }
        };
        first = false;
        for entry in entries.flatten() {
            let p = entry.path();
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(".gold.json")) && p.is_file() {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Number of paragraphs of `text`: its non-empty lines.
fn paragraphs(text: &str) -> usize {
    text.split('\n').filter(|l| !l.trim().is_empty()).count()
}

/// Reads one gold file and its `NAME.txt`, runs `pipeline` on the text and scores it.
///
/// The pipeline gets the gold `language`, `published` date and the text path as id.
pub fn eval_file(gold_path: &Path, pipeline: &Pipeline, opts: &ScoreOptions) -> Result<DocReport, EvalError> {
    let gold = Gold::from_file(gold_path)?;
    let name = super::doc_name(gold_path);
    let text_path = gold_path.with_file_name(format!("{name}.txt"));
    if !text_path.is_file() {
        return Err(EvalError::MissingText { gold: gold_path.to_path_buf(), text: text_path });
    }
    let text = input::read_text(&text_path, input::DEFAULT_MAX_BYTES).map_err(|cause| EvalError::Text { path: text_path.clone(), cause })?;
    let doc = pipeline.annotate(
        &text,
        &Options { lang: Some(gold.language), published: gold.published_date(), id: Some(text_path.display().to_string()), actor_date: None },
    );
    let mut warnings = Vec::new();
    let (n, max) = (paragraphs(&text), gold.max_paragraph());
    if max > n {
        warnings.push(format!("gold refers to paragraph {max} but {} has {n} paragraphs", text_path.display()));
    }
    Ok(DocReport { id: gold.id.clone().unwrap_or(name), gold: gold_path.to_path_buf(), text: text_path, scores: score_with(&doc, &gold, opts), warnings })
}

/// Scores every gold document under `dir` (see [`find_gold_files`] and [`eval_file`]).
///
/// A document that cannot be scored is recorded in [`DirReport::errors`] and the
/// others are still scored. Fails only when `dir` itself cannot be read; an
/// empty [`DirReport::documents`] means nothing could be scored.
pub fn run_dir(dir: &Path, pipeline: &Pipeline, opts: &ScoreOptions) -> Result<DirReport, EvalError> {
    let mut report = DirReport::default();
    for g in find_gold_files(dir, &mut report.errors)? {
        match eval_file(&g, pipeline, opts) {
            Ok(d) => {
                report.total.add(&d.scores);
                report.documents.push(d);
            }
            Err(error) => report.errors.push(FileError { path: g, error }),
        }
    }
    Ok(report)
}

fn ratio(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "-".into())
}

fn table(out: &mut String, s: &Scores) {
    let _ = writeln!(
        out,
        "  {:<13}{:>9}{:>5}{:>5}{:>10}{:>7}{:>5}{:>8}{:>8}{:>8}",
        "category", "produced", "TP", "FP", "required", "found", "FN", "P", "R", "F1"
    );
    for c in Category::ALL {
        let k: &Counts = s.get(c);
        let _ = writeln!(
            out,
            "  {:<13}{:>9}{:>5}{:>5}{:>10}{:>7}{:>5}{:>8}{:>8}{:>8}",
            c.name(),
            k.produced,
            k.tp(),
            k.fp(),
            k.required,
            k.found,
            k.fn_(),
            ratio(k.precision()),
            ratio(k.recall()),
            ratio(k.f1())
        );
    }
    for (label, value) in s.checks() {
        let _ = writeln!(out, "  {label}: {value}");
    }
}

fn issue_line(out: &mut String, i: &Issue) {
    let p = i.paragraph.map(|p| format!("p{p}")).unwrap_or_else(|| "doc".into());
    let _ = writeln!(out, "    {:<5} {:<13} {:<12} {}", p, i.category.name(), i.kind.label(), i.text);
}

/// The human-readable report: a table per document and the total; with
/// `verbose`, every miss and false positive (paragraph, category, kind, text).
pub fn render_text(report: &DirReport, verbose: bool) -> String {
    let mut out = String::new();
    for d in &report.documents {
        let _ = writeln!(out, "{}  ({})", d.id, d.gold.display());
        table(&mut out, &d.scores);
        for w in &d.warnings {
            let _ = writeln!(out, "  warning: {w}");
        }
        if verbose {
            if d.scores.issues.is_empty() {
                let _ = writeln!(out, "  no misses or false positives");
            } else {
                let _ = writeln!(out, "  misses and false positives:");
                for i in &d.scores.issues {
                    issue_line(&mut out, i);
                }
            }
        }
        out.push('\n');
    }
    let n = report.documents.len();
    let _ = writeln!(
        out,
        "TOTAL  ({n} document{} scored, {} failed; micro-averaged)",
        if n == 1 { "" } else { "s" },
        report.errors.len()
    );
    if n > 0 {
        table(&mut out, &report.total);
    }
    out
}

/// The report as JSON (for CI regression checks): `documents` (id, files,
/// `scores` per category with produced/tp/fp/required/found/fn/precision/recall/f1,
/// `false_quotes`, `checks`, `warnings`, and with `verbose` the `issues`),
/// `errors` (file and message) and `total`. Undefined ratios are `null`.
pub fn to_json(report: &DirReport, verbose: bool) -> Value {
    let checks = |s: &Scores| -> Value { s.checks().into_iter().map(|(k, v)| (k.to_string(), Value::String(v))).collect() };
    let documents: Vec<Value> = report
        .documents
        .iter()
        .map(|d| {
            let mut v = json!({
                "id": d.id,
                "gold": d.gold.display().to_string(),
                "text": d.text.display().to_string(),
                "scores": d.scores,
                "checks": checks(&d.scores),
                "warnings": d.warnings,
            });
            if verbose {
                v["issues"] = json!(d.scores.issues);
            }
            v
        })
        .collect();
    let errors: Vec<Value> =
        report.errors.iter().map(|e| json!({"file": e.path.display().to_string(), "error": e.error.to_string()})).collect();
    json!({
        "documents": documents,
        "errors": errors,
        "total": {
            "documents": report.documents.len(),
            "failed": report.errors.len(),
            "scores": report.total,
            "checks": checks(&report.total),
        },
    })
}
