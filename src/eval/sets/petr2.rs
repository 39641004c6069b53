//! Reader of the PETRARCH-2 validation records (`UniversalPetrarch/PETR2_GSR_validation.xml`).
//!
//! A **smoke test, not gold**: the codes are PETRARCH-2 output, hand-corrected.
//! The file is not well-formed XML (`#` comment lines, self-closing
//! `<Sentence …/>` tags followed by their content), so it is read leniently:
//! the text is cut at each `<Sentence `; from each piece the `id` attribute,
//! every `<EventCoding eventcode=… sourcecode=… targetcode=…/>` (or
//! `noevents="True"`) and the `<Text>…</Text>` content are taken. A piece
//! without `<Text>` is reported and skipped.
//!
//! An expected event is **found** when marsad codes, for that sentence, an
//! event with the same CAMEO root whose source and target codes have the same
//! first three letters as the expected ones. **Extra** events are produced events
//! that match no expected event of their sentence, as a share of all produced
//! events (lower is better). The measures mirror UniversalPetrarch's "found" and
//! "extra" on its functional suite (a different set).

use super::{annotate_all, arabic::show_event, country3, read_file, squash, Measure, SetIssue, SetReport};
use crate::model::{Event, Lang};
use crate::pipeline::Pipeline;
use regex::Regex;
use std::path::Path;

/// An expected event: (code, source code, target code).
type Expected = (String, String, String);

fn matches(e: &Event, x: &Expected) -> bool {
    e.root == x.0.get(..2).unwrap_or(&x.0)
        && country3(&e.source.code) == country3(&x.1)
        && (x.2.is_empty() || e.target.as_ref().is_some_and(|t| country3(&t.code) == country3(&x.2)))
}

/// Runs the PETRARCH-2 sentences.
pub(super) fn run(r: &mut SetReport, file: &Path, pipeline: &Pipeline) {
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let (Ok(attr), Ok(coding), Ok(body)) = (
        Regex::new(r#"(\w+)\s*=\s*"([^"]*)""#),
        Regex::new(r"<EventCoding\b([^>]*)>"),
        Regex::new(r"(?s)<Text>(.*?)</Text>"),
    ) else {
        return r.errors.push("internal: bad regular expression".into());
    };
    let attrs = |s: &str| -> Vec<(String, String)> { attr.captures_iter(s).map(|c| (c[1].to_string(), c[2].to_string())).collect() };
    let get = |a: &[(String, String)], k: &str| a.iter().find(|(n, _)| n.eq_ignore_ascii_case(k)).map(|(_, v)| v.trim().to_string());
    // (id, expected events, marked noevents, text)
    let mut recs: Vec<(String, Vec<Expected>, bool, String)> = Vec::new();
    for (n, piece) in text.split("<Sentence ").skip(1).enumerate() {
        r.items += 1;
        let head = piece.split('>').next().unwrap_or("");
        let id = get(&attrs(head), "id").unwrap_or_else(|| format!("sentence {}", n + 1));
        let Some(t) = body.captures(piece).map(|c| squash(&c[1])).filter(|t| !t.is_empty()) else {
            r.errors.push(format!("{} sentence {id}: no <Text>, skipped", file.display()));
            continue;
        };
        let mut expected = Vec::new();
        let mut none = false;
        for c in coding.captures_iter(piece) {
            let a = attrs(&c[1]);
            if get(&a, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                none = true;
                continue;
            }
            match (get(&a, "eventcode"), get(&a, "sourcecode"), get(&a, "targetcode")) {
                (Some(code), Some(s), t) if code.len() >= 2 && !s.is_empty() => expected.push((code, s, t.unwrap_or_default())),
                _ => r.errors.push(format!("{} sentence {id}: EventCoding without eventcode/sourcecode, ignored", file.display())),
            }
        }
        recs.push((id, expected, none, t));
    }
    let inputs: Vec<(String, Lang, String)> = recs.iter().map(|(id, _, _, t)| (id.clone(), Lang::En, t.clone())).collect();
    let docs = annotate_all(pipeline, &inputs);
    let (mut found, mut expected_n, mut produced, mut extra, mut none_n, mut none_clean) = (0, 0, 0, 0, 0, 0);
    for ((id, exp, none, t), doc) in recs.iter().zip(&docs) {
        let shown = || doc.events.iter().map(show_event).collect::<Vec<_>>().join("; ");
        for x in exp {
            expected_n += 1;
            if doc.events.iter().any(|e| matches(e, x)) {
                found += 1;
            } else {
                r.issues.push(SetIssue {
                    class: "PETR2 expected event not found".into(),
                    key: format!("root {}", x.0.get(..2).unwrap_or(&x.0)),
                    id: id.clone(),
                    text: t.clone(),
                    detail: format!("expected {} {}→{}; marsad {}", x.0, x.1, x.2, if doc.events.is_empty() { "no event".into() } else { shown() }),
                });
            }
        }
        if *none && exp.is_empty() {
            none_n += 1;
            none_clean += usize::from(doc.events.is_empty());
        }
        for e in &doc.events {
            produced += 1;
            if !exp.iter().any(|x| matches(e, x)) {
                extra += 1;
                r.issues.push(SetIssue {
                    class: "PETR2 extra event".into(),
                    key: format!("«{}» {}", e.trigger.text, e.code),
                    id: id.clone(),
                    text: t.clone(),
                    detail: format!("marsad {}; expected {}", show_event(e), exp.iter().map(|x| format!("{} {}→{}", x.0, x.1, x.2)).collect::<Vec<_>>().join(", ")),
                });
            }
        }
    }
    let set = r.set;
    r.measures.push(Measure::share(set, "found", "expected events found (root, source and target country)", found, expected_n));
    r.measures.push(Measure::share(set, "extra", "produced events matching no expected event", extra, produced).lower_is_better());
    r.measures.push(Measure::share(set, "noevents_clean", "'noevents' sentences without an event", none_clean, none_n));
}
