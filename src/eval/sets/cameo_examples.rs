//! Reader of the CAMEO code book rows (`icews/cameo-codes.csv`).
//!
//! Columns used: `code`, `name`, `example`, `root_code`. Rows with a non-empty
//! `example` (not `NA`) are scored; each example sentence is annotated as
//! English. **root right**: some produced event's `root` equals the row's
//! `root_code` (the first two digits of `code` when that is empty); **code
//! right**: some produced event's `code` equals the row's `code`. Both are
//! shares of all rows with an example, as is **event produced**.
//!
//! *Encoding.* Non-ASCII characters in the upstream file are double mojibake
//! (see `data/eventdata/PROVENANCE.md`); in the shared copy each such character
//! has become a run of U+FFFD replacement characters, so the original cannot be
//! recovered. All of them stand for typographic quotes, so [`repair`] replaces
//! a run between two letters or digits by `'` ("Moscow���s" → "Moscow's") and
//! any other run by `"`. The number of repaired rows is reported as a note.

use super::diagnose::{Diagnoser, NoEventReason};
use super::{annotate_all, arabic::show_event, read_file, squash, Measure, SetIssue, SetReport};
use crate::model::Lang;
use crate::pipeline::Pipeline;
use std::path::Path;

/// Replaces runs of U+FFFD: between alphanumerics by `'`, elsewhere by `"`.
/// Returns the text and whether anything was replaced.
pub fn repair(s: &str) -> (String, bool) {
    if !s.contains('\u{FFFD}') {
        return (s.to_string(), false);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '\u{FFFD}' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] == '\u{FFFD}' {
            i += 1;
        }
        let before = start.checked_sub(1).map(|k| chars[k].is_alphanumeric()).unwrap_or(false);
        let after = chars.get(i).is_some_and(|c| c.is_alphanumeric());
        out.push(if before && after { '\'' } else { '"' });
    }
    (out, true)
}

/// Runs the example sentences.
pub(super) fn run(r: &mut SetReport, file: &Path, pipeline: &Pipeline, diag: &Diagnoser) {
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => return r.errors.push(format!("{}: header: {e}", file.display())),
    };
    let col = |n: &str| headers.iter().position(|h| h.trim() == n);
    let (Some(cc), Some(cn), Some(ce)) = (col("code"), col("name"), col("example")) else {
        return r.errors.push(format!("{}: missing column code, name or example", file.display()));
    };
    let cr = col("root_code");
    // (code, name, root, example)
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    let mut repaired = 0;
    let mut root_names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for (n, rec) in rdr.records().enumerate() {
        r.items += 1;
        let line = n + 2;
        let rec = match rec {
            Ok(x) => x,
            Err(e) => {
                r.errors.push(format!("{} row {line}: {e}", file.display()));
                continue;
            }
        };
        let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        let (code, name, example) = (get(cc), get(cn), get(ce));
        if code.len() == 2 {
            root_names.insert(code.clone(), name.clone());
        }
        if example.is_empty() || example == "NA" {
            continue;
        }
        if code.len() < 2 || !code.chars().all(|c| c.is_ascii_digit()) {
            r.errors.push(format!("{} row {line}: code `{code}` is not a CAMEO event code, skipped", file.display()));
            continue;
        }
        let root = cr.map(get).filter(|x| x.len() == 2).unwrap_or_else(|| code[..2].to_string());
        let (example, fixed) = repair(&example);
        repaired += usize::from(fixed);
        rows.push((code, name, root, squash(&example)));
    }
    if repaired > 0 {
        r.notes.push(format!("{repaired} example sentence(s) with mojibake repaired (U+FFFD runs → ' or \")"));
    }
    let inputs: Vec<(String, Lang, String)> = rows.iter().map(|(c, _, _, t)| (c.clone(), Lang::En, t.clone())).collect();
    let docs = annotate_all(pipeline, &inputs);
    let (mut produced, mut root_right, mut code_right) = (0, 0, 0);
    for ((code, name, root, t), doc) in rows.iter().zip(&docs) {
        let id = format!("{code} {name}");
        if doc.events.is_empty() {
            let why = diag.why_no_event(t, Lang::En, &|c| c.get(..2) == Some(root.as_str()));
            let key = match why.reason {
                NoEventReason::NoTrigger => format!("root {root} {}", root_names.get(root).map(String::as_str).unwrap_or("")),
                NoEventReason::NoSourceActor | NoEventReason::ArgumentRules => {
                    why.triggers.first().map(|h| format!("«{}» {}", h.text, h.code)).unwrap_or_default()
                }
            };
            let label = match why.reason {
                NoEventReason::NoTrigger => "no trigger of the row's root in lexicon",
                other => other.label(),
            };
            r.issues.push(SetIssue {
                class: format!("CAMEO example no event: {label}"),
                key,
                id,
                text: t.clone(),
                detail: why.describe(),
            });
            continue;
        }
        produced += 1;
        let shown = doc.events.iter().map(show_event).collect::<Vec<_>>().join("; ");
        if doc.events.iter().any(|e| e.code == *code) {
            code_right += 1;
            root_right += 1;
        } else if doc.events.iter().any(|e| e.root == *root) {
            root_right += 1;
            let e = doc.events.iter().find(|e| e.root == *root).unwrap_or(&doc.events[0]);
            r.issues.push(SetIssue {
                class: "CAMEO code wrong (root right)".into(),
                key: format!("{code}→{}", e.code),
                id,
                text: t.clone(),
                detail: format!("marsad {shown}"),
            });
        } else {
            let e = &doc.events[0];
            r.issues.push(SetIssue {
                class: "CAMEO root wrong".into(),
                key: format!("{root}→{} («{}»)", e.root, e.trigger.text),
                id,
                text: t.clone(),
                detail: format!("marsad {shown}"),
            });
        }
    }
    let set = r.set;
    let n = rows.len();
    r.measures.push(Measure::share(set, "event_produced", "example sentences with an event produced", produced, n));
    r.measures.push(Measure::share(set, "root_right", "CAMEO root right, of example sentences", root_right, n).target(0.75));
    r.measures.push(Measure::share(set, "code_right", "CAMEO code right, of example sentences", code_right, n));
}
