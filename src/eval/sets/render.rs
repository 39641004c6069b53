//! Printing a [`SetsReport`]: one table of every number, and with `verbose`
//! the misses and false positives grouped by error class.

use super::{clip, SetIssue, SetsReport};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn ratio(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "-".into())
}

/// Issues of one set grouped by class, largest class first: (class, issues).
fn by_class(issues: &[SetIssue]) -> Vec<(&str, Vec<&SetIssue>)> {
    let mut m: BTreeMap<&str, Vec<&SetIssue>> = BTreeMap::new();
    for i in issues {
        m.entry(i.class.as_str()).or_default().push(i);
    }
    let mut v: Vec<(&str, Vec<&SetIssue>)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(b.0)));
    v
}

/// Keys of `issues` with their counts, most frequent first (ties by key).
fn key_counts<'a>(issues: &[&'a SetIssue]) -> Vec<(&'a str, usize)> {
    let mut m: BTreeMap<&str, usize> = BTreeMap::new();
    for i in issues.iter().filter(|i| !i.key.is_empty()) {
        *m.entry(i.key.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v
}

/// The human-readable report: a table with every measure of every set (value,
/// target, count), the notes and errors of each set, and with `verbose` each
/// set's misses and false positives grouped by error class (largest first, with
/// the most frequent keys of the class: missing trigger words, uncoded actor
/// phrases, wrong type pairs) followed by the error classes over all sets.
pub fn render_text(report: &SetsReport, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "marsad eval-sets (shared data: {})", report.shared.display());
    let _ = writeln!(out);
    let _ = writeln!(out, "{:<18}{:<64}{:>7}{:>8}  count", "set", "measure", "value", "target");
    for s in &report.sets {
        for m in &s.measures {
            let target = m.target.map(|t| format!("{}{t:.2}", if m.higher_is_better { "≥" } else { "≤" })).unwrap_or_default();
            let mark = if m.guarded { "" } else { " (info)" };
            let _ = writeln!(out, "{:<18}{:<64}{:>7}{:>8}  {}{mark}", s.set.name(), clip(&m.label, 63), ratio(m.value), target, m.count);
        }
        if s.measures.is_empty() {
            let _ = writeln!(out, "{:<18}(not scored: see errors)", s.set.name());
        }
    }
    for s in &report.sets {
        for n in &s.notes {
            let _ = writeln!(out, "note: {}: {n}", s.set.name());
        }
        // a set that was scored despite bad records warns; one that could not be scored errs
        let level = if s.measures.is_empty() { "error" } else { "warning" };
        for e in &s.errors {
            let _ = writeln!(out, "{level}: {}: {e}", s.set.name());
        }
    }
    if !verbose {
        return out;
    }
    for s in &report.sets {
        let _ = writeln!(out, "\n== {}: {} misses, false positives and wrong codes ({}) ==", s.set.name(), s.issues.len(), s.file.display());
        for (class, issues) in by_class(&s.issues) {
            let _ = writeln!(out, "\n-- {class} ({}) --", issues.len());
            let keys = key_counts(&issues);
            if keys.iter().any(|k| k.1 > 1) {
                let top: Vec<String> = keys.iter().take(12).map(|(k, n)| format!("{k} ×{n}")).collect();
                let _ = writeln!(out, "   most frequent: {}", top.join(" · "));
            }
            let mut sorted = issues.clone();
            sorted.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.id.cmp(&b.id)));
            for i in sorted {
                let _ = writeln!(out, "   [{}] {} | {}", i.id, i.key, i.detail);
                let _ = writeln!(out, "      «{}»", i.text);
            }
        }
    }
    let _ = writeln!(out, "\n== error classes over all sets, largest first ==");
    for (class, n, ex) in report.error_classes() {
        let _ = writeln!(out, "{n:>5}  {class}   e.g. [{}] {} «{}»", ex.id, ex.key, clip(&ex.text, 100));
    }
    out
}

/// The report as JSON (for CI): `shared`, `sets` (name, file, items, measures
/// with id/label/value/num/den/count/target/higher_is_better/guarded, notes,
/// errors, and with `verbose` the issues), `values` (every measure by id) and,
/// with `verbose`, `error_classes` (class and count, largest first).
pub fn to_json(report: &SetsReport, verbose: bool) -> Value {
    let sets: Vec<Value> = report
        .sets
        .iter()
        .map(|s| {
            let mut v = json!({
                "name": s.set.name(),
                "file": s.file.display().to_string(),
                "items": s.items,
                "measures": s.measures,
                "notes": s.notes,
                "errors": s.errors,
            });
            if verbose {
                v["issues"] = json!(s.issues);
            }
            v
        })
        .collect();
    let mut v = json!({
        "shared": report.shared.display().to_string(),
        "sets": sets,
        "values": report.values(),
    });
    if verbose {
        v["error_classes"] = report.error_classes().into_iter().map(|(c, n, _)| json!({"class": c, "count": n})).collect();
    }
    v
}
