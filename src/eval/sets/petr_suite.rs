//! The PETRARCH functional suite (`petrarch2/PETR.UnitTest.records.xml`) coded
//! with its own `PETR.Validate.*` dictionaries by the dictionary coder
//! ([`crate::dictionaries`]), from the parse each record carries.
//!
//! Each `<Sentence date= id= category=>` record holds expected
//! `<EventCoding sourcecode= targetcode= eventcode=>` elements, or
//! `noevents="True"` (no event expected), or `error=…` (PETRARCH should reject
//! the record: counted as expecting no event). `<Config option="require_dyad">`
//! elements between records switch whether events with a null (`---`) actor are
//! kept, as in PETRARCH. Comments (`<!-- -->`) are ignored.
//!
//! A coding matches when source code, target code and event code are all equal.
//! **found** = expected codings produced / expected codings; **extra** =
//! produced codings that are not expected / produced codings (lower is better);
//! **noevents_clean** = records expecting no event that get none.

use super::{read_file, squash, Measure, SetIssue, SetReport};
use crate::dictionaries::{code_sentence, ptb, Dictionaries};
use regex::Regex;
use std::path::Path;

/// (source, target, event code).
type Coding = (String, String, String);

/// Runs the suite; `file` is the records file, the dictionaries are read from its folder.
pub(super) fn run(r: &mut SetReport, file: &Path) {
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let dir = file.parent().unwrap_or(Path::new("."));
    let dict = match Dictionaries::from_files(
        &dir.join("PETR.Validate.verbs.txt"),
        &[dir.join("PETR.Validate.actors.txt")],
        Some(&dir.join("PETR.Validate.agents.txt")),
        Some(&dir.join("PETR.Validate.discards.txt")),
    ) {
        Ok(d) => d,
        Err(e) => return r.errors.push(e.to_string()),
    };
    r.notes.extend(dict.warnings.iter().take(5).map(|w| format!("dictionary: {w}")));
    let (Ok(comment), Ok(elem), Ok(attr), Ok(coding), Ok(body), Ok(parse)) = (
        Regex::new(r"(?s)<!--.*?-->"),
        Regex::new(r"(?s)<(Sentence|Config)\b([^>]*)>"),
        Regex::new(r#"(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#),
        Regex::new(r"<EventCoding\b([^>]*)>"),
        Regex::new(r"(?s)<Text>(.*?)</Text>"),
        Regex::new(r"(?s)<Parse>(.*?)</Parse>"),
    ) else {
        return r.errors.push("internal: bad regular expression".into());
    };
    let text = comment.replace_all(&text, "");
    let attrs = |s: &str| -> Vec<(String, String)> {
        attr.captures_iter(s)
            .map(|c| (c[1].to_string(), c.get(2).or_else(|| c.get(3)).map(|m| m.as_str().to_string()).unwrap_or_default()))
            .collect()
    };
    let get = |a: &[(String, String)], k: &str| a.iter().find(|(n, _)| n.eq_ignore_ascii_case(k)).map(|(_, v)| v.trim().to_string());
    let heads: Vec<(usize, usize, String, String)> =
        elem.captures_iter(&text).filter_map(|c| c.get(0).map(|m| (m.start(), m.end(), c[1].to_string(), c[2].to_string()))).collect();
    let mut require_dyad = true;
    let (mut found, mut expected_n, mut produced, mut extra, mut none_n, mut none_clean) = (0, 0, 0, 0, 0, 0);
    for (k, (_, end, kind, head)) in heads.iter().enumerate() {
        let a = attrs(head);
        if kind == "Config" {
            if get(&a, "option").is_some_and(|o| o == "require_dyad") {
                require_dyad = !get(&a, "value").unwrap_or_default().to_lowercase().contains("false");
            }
            continue;
        }
        r.items += 1;
        let stop = heads.get(k + 1).map_or(text.len(), |h| h.0);
        let piece = &text[*end..stop];
        let id = get(&a, "id").unwrap_or_else(|| format!("record {}", r.items));
        let category = get(&a, "category").unwrap_or_default();
        let date: u32 = get(&a, "date").and_then(|d| d.parse().ok()).unwrap_or(0);
        let sentence = body.captures(piece).map(|c| squash(&c[1])).unwrap_or_default();
        let Some(tree) = parse.captures(piece).map(|c| c[1].to_string()) else {
            r.errors.push(format!("{} {id}: no <Parse>, skipped", file.display()));
            continue;
        };
        let mut expected: Vec<Coding> = Vec::new();
        let mut none = false;
        for c in coding.captures_iter(piece) {
            let ca = attrs(&c[1]);
            if get(&ca, "noevents").is_some() || get(&ca, "error").is_some() {
                none = true;
                continue;
            }
            match (get(&ca, "sourcecode"), get(&ca, "targetcode"), get(&ca, "eventcode")) {
                (Some(s), Some(t), Some(e)) => expected.push((s, t, e)),
                _ => r.errors.push(format!("{} {id}: EventCoding without its three codes, ignored", file.display())),
            }
        }
        let got: Vec<Coding> = match ptb::read(&tree, date) {
            Ok(input) => {
                let opts = crate::dictionaries::CoderOptions { require_dyad };
                code_sentence(&input, &dict, &opts).into_iter().map(|e| (e.source, e.target, e.code)).collect()
            }
            Err(e) => {
                r.notes.push(format!("{id}: {e}: coded as no event"));
                Vec::new()
            }
        };
        let show = |v: &[Coding]| if v.is_empty() { "none".to_string() } else { v.iter().map(|(s, t, e)| format!("{s}→{t} {e}")).collect::<Vec<_>>().join(", ") };
        for x in &expected {
            expected_n += 1;
            if got.contains(x) {
                found += 1;
            } else {
                r.issues.push(SetIssue {
                    class: format!("petr-suite expected coding not found: {category}"),
                    key: x.2.clone(),
                    id: id.clone(),
                    text: sentence.clone(),
                    detail: format!("expected {}; coded {}", show(std::slice::from_ref(x)), show(&got)),
                });
            }
        }
        if expected.is_empty() && none {
            none_n += 1;
            none_clean += usize::from(got.is_empty());
        }
        for g in &got {
            produced += 1;
            if !expected.contains(g) {
                extra += 1;
                r.issues.push(SetIssue {
                    class: format!("petr-suite extra coding: {category}"),
                    key: g.2.clone(),
                    id: id.clone(),
                    text: sentence.clone(),
                    detail: format!("coded {}; expected {}", show(std::slice::from_ref(g)), show(&expected)),
                });
            }
        }
    }
    let set = r.set;
    r.measures.push(Measure::share(set, "found", "expected codings produced (source, target, event code exact)", found, expected_n).target(0.9));
    r.measures.push(Measure::share(set, "extra", "produced codings that are not expected", extra, produced).lower_is_better().target(0.1));
    r.measures.push(Measure::share(set, "noevents_clean", "records expecting no event that get none", none_clean, none_n));
}
