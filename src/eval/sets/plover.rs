//! Reader of the English PLOVER gold records (`PLOVER/PLOVER_GSR_CAMEO.json`).
//!
//! The file is a JSON array of records `{id, event, text, source, target, eventText, …}`
//! whose `event` is a PLOVER 0.5b1 type. The labels are mapped to the current
//! draft: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT;
//! the `DOCUMENT` record (file documentation) is skipped. `source` and `target`
//! are lists of `{actorText, code}` or `""` (no such actor); a gold actor's
//! country is the first three letters of its `code`.
//!
//! Per record marsad annotates `text` (English). When it codes events, the
//! *best event* is the first one that maximises (type right, number of actor
//! countries right). Then:
//!
//! - **event produced**: records with at least one event / all records;
//! - **type right**: records whose best event's `plover.type` equals the gold
//!   type (i.e. some produced event has the gold type) / records with an event;
//! - **source country right**: records whose best event's source code begins
//!   with one of the gold source countries / records with an event and a
//!   non-empty gold source (a compound gold source such as Jordan and Britain
//!   accepts either country);
//! - **target country right**: the same for the target; an event without a
//!   target is wrong. Records whose gold target is `""` are not counted.

use super::diagnose::{Diagnoser, NoEventReason};
use super::{annotate_all, arabic::show_event, country3, read_file, Measure, SetIssue, SetReport};
use crate::model::{Event, Lang};
use crate::pipeline::Pipeline;
use serde_json::Value;
use std::path::Path;

/// The PLOVER draft 2.0 name of a 0.5b1 type.
pub fn current_type(old: &str) -> &str {
    match old {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// Gold actors of `v`: (actorText, country) for each `{actorText, code}` of a list;
/// `""` and `null` give none. `Err` when the value has another shape.
fn actors(v: Option<&Value>) -> Result<Vec<(String, String)>, String> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(Vec::new()),
        Some(Value::Array(a)) => Ok(a
            .iter()
            .filter_map(|x| {
                let code = x.get("code")?.as_str()?.trim().to_uppercase();
                let text = x.get("actorText").and_then(Value::as_str).unwrap_or("").to_string();
                (!code.is_empty()).then(|| (text, country3(&code).to_string()))
            })
            .collect()),
        Some(other) => Err(format!("unexpected actor value {other}")),
    }
}

/// The first word of a gold `eventText` that is not an auxiliary ("has agreed" → "agreed"), lower-cased.
fn head_word(event_text: &str) -> String {
    const AUX: &[&str] = &["will", "would", "has", "have", "had", "is", "are", "was", "were", "be", "been", "to", "not", "also", "did", "does", "may", "could", "should", "can"];
    event_text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .find(|w| !w.is_empty() && !AUX.contains(&w.as_str()))
        .unwrap_or_default()
}

struct Rec {
    id: String,
    kind: String,
    old: String,
    text: String,
    event_text: String,
    lang: Lang,
    source: Vec<(String, String)>,
    target: Vec<(String, String)>,
}

/// Runs the PLOVER records.
pub(super) fn run(r: &mut SetReport, file: &Path, pipeline: &Pipeline, diag: &Diagnoser) {
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let recs = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(a)) => a,
        Ok(_) => return r.errors.push(format!("{}: not a JSON array", file.display())),
        Err(e) => return r.errors.push(format!("{}: {e}", file.display())),
    };
    let mut items: Vec<Rec> = Vec::new();
    let mut skipped_doc = 0;
    for (n, rec) in recs.iter().enumerate() {
        r.items += 1;
        let id = rec.get("id").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| format!("record {n}"));
        let Some(old) = rec.get("event").and_then(Value::as_str) else {
            r.errors.push(format!("{} record {n} ({id}): no `event`, skipped", file.display()));
            continue;
        };
        if old == "DOCUMENT" {
            skipped_doc += 1;
            continue;
        }
        let Some(t) = rec.get("text").and_then(Value::as_str).filter(|t| !t.trim().is_empty()) else {
            r.errors.push(format!("{} record {n} ({id}): no `text`, skipped", file.display()));
            continue;
        };
        let (source, target) = match (actors(rec.get("source")), actors(rec.get("target"))) {
            (Ok(s), Ok(t)) => (s, t),
            (Err(e), _) | (_, Err(e)) => {
                r.errors.push(format!("{} record {n} ({id}): {e}, skipped", file.display()));
                continue;
            }
        };
        let lang = match rec.get("language").and_then(Value::as_str) {
            Some("ar") => Lang::Ar,
            _ => Lang::En,
        };
        items.push(Rec {
            id,
            kind: current_type(old).to_string(),
            old: old.to_string(),
            text: t.trim().to_string(),
            event_text: rec.get("eventText").and_then(Value::as_str).unwrap_or("").to_string(),
            lang,
            source,
            target,
        });
    }
    if skipped_doc > 0 {
        r.notes.push(format!("{skipped_doc} DOCUMENT record(s) skipped"));
    }
    let inputs: Vec<(String, Lang, String)> = items.iter().map(|x| (x.id.clone(), x.lang, x.text.clone())).collect();
    let docs = annotate_all(pipeline, &inputs);
    let (mut produced, mut type_right) = (0, 0);
    let (mut src, mut tgt) = ((0, 0), (0, 0));
    let names = |v: &[(String, String)]| v.iter().map(|(t, c)| format!("«{t}» {c}")).collect::<Vec<_>>().join(", ");
    for (x, doc) in items.iter().zip(&docs) {
        let src_ok = |e: &Event| x.source.iter().any(|(_, c)| country3(&e.source.code) == c);
        let tgt_ok = |e: &Event| e.target.as_ref().is_some_and(|t| x.target.iter().any(|(_, c)| country3(&t.code) == c));
        let gold_line = format!("gold {} ({}) «{}»: source {}; target {}", x.kind, x.old, x.event_text, names(&x.source), names(&x.target));
        let best = doc.events.iter().enumerate().max_by_key(|(i, e)| (e.plover.kind == x.kind, usize::from(src_ok(e)) + usize::from(tgt_ok(e)), std::cmp::Reverse(*i)));
        let Some((_, best)) = best else {
            let why = diag.why_no_event(&x.text, x.lang, &|code| diag.plover_type(code) == x.kind);
            let key = match why.reason {
                NoEventReason::NoTrigger => format!("{} {}", x.kind, head_word(&x.event_text)),
                NoEventReason::NoSourceActor => x.source.first().map(|s| format!("«{}» {}", s.0, s.1)).unwrap_or_else(|| "(no gold source)".into()),
                NoEventReason::ArgumentRules => why.triggers.first().map(|t| format!("«{}»", t.text)).unwrap_or_default(),
            };
            let label = match why.reason {
                NoEventReason::NoTrigger => "no trigger of the gold type in lexicon",
                other => other.label(),
            };
            r.issues.push(SetIssue {
                class: format!("PLOVER no event: {label}"),
                key,
                id: x.id.clone(),
                text: x.text.clone(),
                detail: format!("{}; {gold_line}", why.describe()),
            });
            continue;
        };
        produced += 1;
        let shown = doc.events.iter().map(show_event).collect::<Vec<_>>().join("; ");
        let issue = |class: &str, key: String| SetIssue {
            class: class.to_string(),
            key,
            id: x.id.clone(),
            text: x.text.clone(),
            detail: format!("marsad {shown} [{}]; {gold_line}", best.plover.kind),
        };
        if best.plover.kind == x.kind {
            type_right += 1;
        } else {
            r.issues.push(issue("PLOVER type wrong", format!("{}→{} («{}»)", x.kind, best.plover.kind, best.trigger.text)));
        }
        if !x.source.is_empty() {
            src.1 += 1;
            if src_ok(best) {
                src.0 += 1;
            } else {
                r.issues.push(issue("PLOVER source country wrong", format!("gold «{}» {} → {}", x.source[0].0, x.source[0].1, best.source.code)));
            }
        }
        if !x.target.is_empty() {
            tgt.1 += 1;
            if tgt_ok(best) {
                tgt.0 += 1;
            } else if let Some(t) = &best.target {
                r.issues.push(issue("PLOVER target country wrong", format!("gold «{}» {} → {}", x.target[0].0, x.target[0].1, t.code)));
            } else {
                r.issues.push(issue("PLOVER target missing", format!("gold «{}» {}", x.target[0].0, x.target[0].1)));
            }
        }
    }
    let set = r.set;
    r.measures.push(Measure::share(set, "event_produced", "records with an event produced", produced, items.len()).target(0.80));
    r.measures.push(Measure::share(set, "type_right", "PLOVER type right, of records with an event", type_right, produced).target(0.75));
    r.measures.push(Measure::share(set, "source_country", "source country right, of records with an event and a gold source", src.0, src.1).target(0.85));
    r.measures.push(Measure::share(set, "target_country", "target country right, of records with an event and a gold target", tgt.0, tgt.1).target(0.85));
}
