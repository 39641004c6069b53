//! Readers of the Arabic event gold standard (`arabic_event_gsr/`).
//!
//! **Detection** (`assault_gsr.csv`, `protest_gsr.csv`; columns `id`, `label`,
//! `text`, read with the `csv` crate): a sentence is *positive* when marsad
//! codes at least one event of the set's kind in it — ASSAULT: CAMEO roots 18,
//! 19 or 20; PROTEST: root 14. Gold `yes` is positive, `easy no` and
//! `difficult no` are negative; `ambiguous` sentences are not scored but
//! reported apart (how many marsad calls positive). Precision = positives that
//! are `yes` / positives; recall = `yes` sentences called positive / `yes`
//! sentences; F1 their harmonic mean.
//!
//! Arabic protest and assault candidates are judged by the realis model
//! ([`crate::realis`]); so that no sentence is scored by a model trained on it,
//! both the detection and the spans sets are scored by **grouped 5-fold
//! cross-validation** ([`cross_validation`]): each sentence is annotated with the
//! model trained on the folds that do not hold its document. The detection sets
//! also report the F1 of the context rules alone (measure `rules_only_f1`, info).
//!
//! **Spans** (`assault_spans.json`, `protest_spans.json`): an array of records
//! `{source, _id, text, spans: [{source_actor, verb, target_actor,
//! source_role, target_role}], source_gold, verb_gold, target_gold}`, where each
//! element of `spans` is one annotator's reading and `source_role` /
//! `target_role` is `{main, role}` (country code and role code, `"None"` when
//! none), `{}` or the string `"UNKNOWN"`. The gold country of the source is the
//! `main` value given by a strict majority of the record's annotations
//! (`None`, `"None"`, `"UNKNOWN"` and missing count as "no code"); when the
//! majority gives no code, or there is no majority, the record has no gold
//! source country and is not counted for that measure. Likewise for the target
//! and for the roles (`role`). For records where marsad *detects* the event (an
//! event of the set's kind), the source country is right when some such event's
//! source code has the gold code as its first three letters; the target country
//! when some such event has a target whose code does; a role is right when it is
//! one of the three-letter sector parts after the country (`IRQMIL` → `MIL`).

use super::diagnose::Diagnoser;
use super::{clip, read_file, sectors, squash, Measure, SetIssue, SetName, SetReport};
use crate::pipeline::Options;
use crate::realis::data::{bags, load_gold, text_key, cv_models, FOLDS};
use crate::realis::{document_of, fold_of, Decider, Model, TrainOptions};
use rayon::prelude::*;
use std::sync::{Arc, Mutex, OnceLock};
use crate::eval::Counts;
use crate::model::{Document, Event, Lang};
use crate::pipeline::Pipeline;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The event kind of an Arabic set.
#[derive(Clone, Copy)]
struct Kind {
    name: &'static str,
    roots: &'static [&'static str],
}

const ASSAULT: Kind = Kind { name: "ASSAULT", roots: &["18", "19", "20"] };
const PROTEST: Kind = Kind { name: "PROTEST", roots: &["14"] };

impl Kind {
    fn of(set: SetName) -> Kind {
        match set {
            SetName::ArProtest | SetName::ArProtestSpans => PROTEST,
            _ => ASSAULT,
        }
    }
    fn wants(&self, root: &str) -> bool {
        self.roots.contains(&root)
    }
    fn events<'d>(&self, doc: &'d Document) -> Vec<&'d Event> {
        doc.events.iter().filter(|e| self.wants(&e.root)).collect()
    }
}

/// One event in a line: `190 IRQMIL→USA «هاجم»`.
pub(super) fn show_event(e: &Event) -> String {
    let t = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-");
    format!("{} {}→{} «{}»", e.code, e.source.code, t, e.trigger.text)
}

fn show_events(es: &[&Event]) -> String {
    es.iter().map(|e| show_event(e)).collect::<Vec<_>>().join("; ")
}

/// Hints from a spans record for diagnosing a miss: the gold verb and source phrase.
#[derive(Debug, Clone, Default)]
struct Hints {
    verb: String,
    source: String,
}

/// The most frequent token of the lists `key` over the annotations (first seen on ties), or the gold string.
fn hint(rec: &Value, gold_key: &str, key: &str) -> String {
    if let Some(g) = rec.get(gold_key).and_then(Value::as_str).filter(|s| !s.trim().is_empty()) {
        return g.trim().to_string();
    }
    let mut counts: Vec<(String, usize)> = Vec::new();
    for s in rec.get("spans").and_then(Value::as_array).into_iter().flatten() {
        let words: Vec<&str> = s.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if words.is_empty() {
            continue;
        }
        let phrase = words.join(" ");
        match counts.iter_mut().find(|(p, _)| *p == phrase) {
            Some(c) => c.1 += 1,
            None => counts.push((phrase, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    counts.into_iter().find(|c| c.1 == best).map(|c| c.0).unwrap_or_default()
}

fn load_hints(file: &Path) -> HashMap<String, Hints> {
    let Ok(text) = read_file(file) else { return HashMap::new() };
    let Ok(Value::Array(recs)) = serde_json::from_str::<Value>(&text) else { return HashMap::new() };
    recs.iter()
        .filter_map(|r| {
            let t = r.get("text")?.as_str()?;
            Some((squash(t), Hints { verb: hint(r, "verb_gold", "verb"), source: hint(r, "source_gold", "source_actor") }))
        })
        .collect()
}

/// Ids longer than 40 characters (the protest set's hashes) shortened to
/// their first 12 and last 8 characters.
fn short_id(id: &str) -> String {
    let c: Vec<char> = id.chars().collect();
    if c.len() <= 40 {
        return id.to_string();
    }
    format!("{}…{}", c[..12].iter().collect::<String>(), c[c.len() - 8..].iter().collect::<String>())
}

/// Sentence detection: `assault_gsr.csv` / `protest_gsr.csv`.
pub(super) fn detection(r: &mut SetReport, file: &Path, pipeline: &Pipeline, diag: &Diagnoser, shared: &Path) {
    let kind = Kind::of(r.set);
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let spans_set = if kind.name == "PROTEST" { SetName::ArProtestSpans } else { SetName::ArAssaultSpans };
    let hints = load_hints(&shared.join(spans_set.file()));
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => return r.errors.push(format!("{}: header: {e}", file.display())),
    };
    let col = |n: &str| headers.iter().position(|h| h.trim() == n);
    let (Some(ci), Some(cl), Some(ct)) = (col("id"), col("label"), col("text")) else {
        return r.errors.push(format!("{}: missing column id, label or text", file.display()));
    };
    let (ca, cn) = (col("accept"), col("total"));
    // expected true and false positives of one annotator drawn at random (from `accept` / `total`)
    let (mut ann_tp, mut ann_fp, mut ann_fn, mut ann_rows) = (0.0f64, 0.0f64, 0.0f64, 0usize);
    // (id, label, text)
    let mut rows: Vec<(String, String, String)> = Vec::new();
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
        let (id, label, t) = (get(ci), get(cl).to_lowercase(), get(ct));
        if t.is_empty() {
            r.errors.push(format!("{} row {line} (id {id}): empty text, skipped", file.display()));
            continue;
        }
        if !matches!(label.as_str(), "yes" | "easy no" | "difficult no" | "ambiguous") {
            r.errors.push(format!("{} row {line} (id {id}): unknown label `{label}`, skipped", file.display()));
            continue;
        }
        if let (Some(ca), Some(cn)) = (ca, cn) {
            let votes = (get(ca).parse::<u32>(), get(cn).parse::<u32>());
            if let (Ok(a), Ok(n)) = votes {
                if n > 0 && a <= n && label != "ambiguous" {
                    let p = f64::from(a) / f64::from(n);
                    ann_rows += 1;
                    if label == "yes" {
                        ann_tp += p;
                        ann_fn += 1.0 - p;
                    } else {
                        ann_fp += p;
                    }
                }
            }
        }
        rows.push((if id.is_empty() { format!("row {line}") } else { short_id(&id) }, label, t));
    }
    let texts: Vec<&str> = rows.iter().map(|(_, _, t)| t.as_str()).collect();
    let ids: Vec<&str> = rows.iter().map(|(id, _, _)| id.as_str()).collect();
    let cv = cross_validation(pipeline, shared);
    if let Err(e) = &cv {
        r.notes.push(format!("realis cross-validation unavailable ({e}): scored with the context rules alone"));
    }
    let docs = annotate_held_out(pipeline, cv.ok().as_deref(), &ids, &texts);
    // the context rules alone, for comparison
    let rules_docs: Vec<Document> = texts
        .par_iter()
        .zip(ids.par_iter())
        .map(|(t, id)| pipeline.annotate_with(t, &Options { lang: Some(Lang::Ar), published: crate::realis::published_of(id), ..Options::default() }, Decider::Rules))
        .collect();
    let mut rules = Counts::default();
    for ((_, label, _), doc) in rows.iter().zip(&rules_docs) {
        let positive = !kind.events(doc).is_empty();
        match label.as_str() {
            "yes" => {
                rules.required += 1;
                rules.found += usize::from(positive);
                rules.correct += usize::from(positive);
                rules.produced += usize::from(positive);
            }
            "ambiguous" => {}
            _ => rules.produced += usize::from(positive),
        }
    }
    let mut c = Counts::default();
    let (mut amb, mut amb_pos) = (0, 0);
    let mut neg: HashMap<&str, (usize, usize)> = HashMap::new();
    for ((id, label, t), doc) in rows.iter().zip(&docs) {
        let hits = kind.events(doc);
        let positive = !hits.is_empty();
        match label.as_str() {
            "ambiguous" => {
                amb += 1;
                amb_pos += usize::from(positive);
            }
            "yes" => {
                c.required += 1;
                if positive {
                    c.found += 1;
                    c.produced += 1;
                    c.correct += 1;
                } else {
                    r.issues.push(miss(kind, id, t, doc, diag, hints.get(&squash(t))));
                }
            }
            _ => {
                let e = neg.entry(if label == "easy no" { "easy no" } else { "difficult no" }).or_default();
                e.0 += 1;
                if positive {
                    e.1 += 1;
                    c.produced += 1;
                    r.issues.push(SetIssue {
                        class: format!("{} false positive ({label})", kind.name),
                        key: format!("«{}» {}", hits[0].trigger.text, hits[0].code),
                        id: id.clone(),
                        text: t.clone(),
                        detail: show_events(&hits),
                    });
                }
            }
        }
    }
    let set = r.set;
    let scored = c.required + neg.values().map(|v| v.0).sum::<usize>();
    let target = if kind.name == "PROTEST" { 0.75 } else { 0.80 };
    let ratio = |key: &str, label: &str, v: Option<f64>, num: usize, den: usize| Measure {
        value: v,
        ..Measure::share(set, key, label, num, den)
    };
    r.measures.push(ratio("precision", &format!("{} detection precision", kind.name), c.precision(), c.correct, c.produced));
    r.measures.push(ratio("recall", &format!("{} detection recall", kind.name), c.recall(), c.found, c.required));
    let mut f1 = ratio("f1", &format!("{} detection F1", kind.name), c.f1(), c.tp(), scored).target(target);
    f1.count = format!("tp {} fp {} fn {} of {scored}", c.tp(), c.fp(), c.fn_());
    r.measures.push(f1);
    let mut rf = ratio("rules_only_f1", &format!("{} detection F1, context rules alone (no realis model)", kind.name), rules.f1(), rules.tp(), scored).info();
    rf.count = format!("P {:.3} R {:.3}; tp {} fp {} fn {}", rules.precision().unwrap_or(0.0), rules.recall().unwrap_or(0.0), rules.tp(), rules.fp(), rules.fn_());
    r.measures.push(rf);
    for l in ["easy no", "difficult no"] {
        let (n, k) = neg.get(l).copied().unwrap_or_default();
        let key = format!("{}_positive", l.replace(' ', "_"));
        r.measures.push(Measure::share(set, &key, &format!("'{l}' sentences called positive"), k, n).lower_is_better().info());
    }
    r.measures.push(Measure::share(set, "ambiguous_positive", "'ambiguous' sentences called positive", amb_pos, amb).info());
    if ann_rows > 0 {
        // `yes` needs every annotator; one annotator's own votes, scored against that label
        let f = if ann_tp > 0.0 { Some(2.0 * ann_tp / (2.0 * ann_tp + ann_fp + ann_fn)) } else { None };
        let mut m = ratio("annotator_f1", &format!("{} F1 of one annotator (expected, from the votes)", kind.name), f, 0, ann_rows).info();
        m.count = format!("tp {ann_tp:.1} fp {ann_fp:.1} fn {ann_fn:.1} of {ann_rows}");
        r.measures.push(m);
    }
}

fn miss(kind: Kind, id: &str, t: &str, doc: &Document, diag: &Diagnoser, hints: Option<&Hints>) -> SetIssue {
    let h = hints.cloned().unwrap_or_default();
    let gold = format!("gold verb «{}», source «{}»", h.verb, h.source);
    if let Some(e) = doc.events.first() {
        let all: Vec<&Event> = doc.events.iter().collect();
        return SetIssue {
            class: format!("{} missed: coded as another event", kind.name),
            key: format!("«{}» {}", e.trigger.text, e.code),
            id: id.to_string(),
            text: t.to_string(),
            detail: format!("marsad {}; {gold}", show_events(&all)),
        };
    }
    let why = diag.why_no_event(t, Lang::Ar, &|code| kind.wants(code.get(..2).unwrap_or(code)));
    use super::diagnose::NoEventReason::*;
    // No annotator marked a source: an agentless report ("قتل 13 عراقياً في انفجار").
    let agentless = hints.is_some() && h.source.is_empty();
    // The annotators' source phrase is known but no country-coded actor covers it.
    let source_uncoded = !h.source.is_empty() && !why.actors.iter().any(|a| a.has_country && shares_word(&a.text, &h.source));
    let (class, key) = match why.reason {
        NoTrigger => (why.reason.label().to_string(), h.verb.clone()),
        _ if agentless => (
            "agentless report (no source in gold either: passive or 'killed in an explosion')".to_string(),
            why.triggers.first().map(|t| t.text.clone()).unwrap_or_default(),
        ),
        _ if source_uncoded => ("trigger found, gold source phrase not coded".to_string(), h.source.clone()),
        NoSourceActor => (why.reason.label().to_string(), "(no gold source)".to_string()),
        ArgumentRules => (why.reason.label().to_string(), why.triggers.first().map(|t| t.text.clone()).unwrap_or_default()),
    };
    SetIssue {
        class: format!("{} missed: {class}", kind.name),
        key,
        id: id.to_string(),
        text: t.to_string(),
        detail: format!("{}; {gold}", why.describe()),
    }
}

/// True when the two phrases share a word of three letters or more (match
/// form, compared without the article and the proclitics و ف ب ل).
pub(super) fn shares_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(crate::normalize::fold)
            .map(|w| {
                let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']).to_string();
                w.strip_prefix("ال").map(str::to_string).unwrap_or(w)
            })
            .filter(|w| w.chars().count() >= 3)
            .collect()
    };
    let wb = words(b);
    words(a).iter().any(|w| wb.contains(w))
}

/// The strict-majority value of `role_key[field]` over the annotations, or `None`
/// (no code, no majority). Values `None`, `"None"`, `"UNKNOWN"`, `""` mean "no code".
pub(super) fn majority(spans: &[Value], role_key: &str, field: &str) -> Option<String> {
    if spans.is_empty() {
        return None;
    }
    let vals: Vec<Option<String>> = spans
        .iter()
        .map(|s| {
            s.get(role_key)
                .and_then(|r| r.get(field))
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|v| !v.is_empty() && *v != "None" && *v != "UNKNOWN")
                .map(str::to_string)
        })
        .collect();
    let mut best: Option<(&Option<String>, usize)> = None;
    for v in &vals {
        let n = vals.iter().filter(|w| *w == v).count();
        if best.is_none_or(|b| n > b.1) {
            best = Some((v, n));
        }
    }
    let (v, n) = best?;
    if n * 2 > vals.len() {
        v.clone()
    } else {
        None
    }
}

/// Actor codes of detected events: `*_spans.json`.
pub(super) fn spans(r: &mut SetReport, file: &Path, pipeline: &Pipeline, shared: &Path) {
    let kind = Kind::of(r.set);
    let text = match read_file(file) {
        Ok(t) => t,
        Err(e) => return r.errors.push(e),
    };
    let recs = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(a)) => a,
        Ok(_) => return r.errors.push(format!("{}: not a JSON array", file.display())),
        Err(e) => return r.errors.push(format!("{}: {e}", file.display())),
    };
    struct Rec {
        id: String,
        text: String,
        gold: [Option<String>; 4],
        phrase: [String; 2],
    }
    let mut items: Vec<Rec> = Vec::new();
    for (n, rec) in recs.iter().enumerate() {
        r.items += 1;
        let id = match (rec.get("source").and_then(Value::as_str), rec.get("_id").and_then(Value::as_str)) {
            (Some(s), _) if !s.contains(' ') && !s.is_empty() => s.to_string(),
            (_, Some(i)) => i.to_string(),
            _ => format!("record {n}"),
        };
        let Some(t) = rec.get("text").and_then(Value::as_str).filter(|t| !t.trim().is_empty()) else {
            r.errors.push(format!("{} record {n} ({id}): no text, skipped", file.display()));
            continue;
        };
        let Some(spans) = rec.get("spans").and_then(Value::as_array) else {
            r.errors.push(format!("{} record {n} ({id}): no `spans` array, skipped", file.display()));
            continue;
        };
        let gold = [
            majority(spans, "source_role", "main"),
            majority(spans, "target_role", "main"),
            majority(spans, "source_role", "role"),
            majority(spans, "target_role", "role"),
        ];
        let phrase = [hint(rec, "source_gold", "source_actor"), hint(rec, "target_gold", "target_actor")];
        items.push(Rec { id, text: t.trim().to_string(), gold, phrase });
    }
    let texts: Vec<&str> = items.iter().map(|x| x.text.as_str()).collect();
    let ids: Vec<&str> = items.iter().map(|x| x.id.as_str()).collect();
    let cv = cross_validation(pipeline, shared);
    if let Err(e) = &cv {
        r.notes.push(format!("realis cross-validation unavailable ({e}): scored with the context rules alone"));
    }
    let docs = annotate_held_out(pipeline, cv.ok().as_deref(), &ids, &texts);
    let mut detected = 0;
    // per measure: (right, with gold)
    let mut tally = [(0usize, 0usize); 4];
    let names = ["source country", "target country", "source role", "target role"];
    for (x, doc) in items.iter().zip(&docs) {
        let hits = kind.events(doc);
        if hits.is_empty() {
            continue;
        }
        detected += 1;
        for (m, gold) in x.gold.iter().enumerate() {
            let Some(g) = gold else { continue };
            tally[m].1 += 1;
            let code_of = |e: &&Event| -> Option<String> {
                if m % 2 == 0 {
                    Some(e.source.code.clone())
                } else {
                    e.target.as_ref().map(|t| t.code.clone())
                }
            };
            let right = hits.iter().filter_map(code_of).any(|c| if m < 2 { super::country3(&c) == g } else { sectors(&c).contains(&g.as_str()) });
            if right {
                tally[m].0 += 1;
                continue;
            }
            let got: Vec<String> = hits.iter().filter_map(code_of).collect();
            let (class, key) = if got.is_empty() {
                (format!("{} {} missing", kind.name, names[m]), format!("gold «{}» {g}", x.phrase[m % 2]))
            } else {
                let shown: Vec<String> = got
                    .iter()
                    .map(|c| match (m < 2, sectors(c).join("")) {
                        (true, _) => super::country3(c).to_string(),
                        (false, s) if s.is_empty() => format!("{c} (no sector)"),
                        (false, s) => s,
                    })
                    .collect();
                (format!("{} {} wrong", kind.name, names[m]), format!("gold {g} → {}", shown.join("/")))
            };
            r.issues.push(SetIssue {
                class,
                key,
                id: x.id.clone(),
                text: x.text.clone(),
                detail: format!("gold {} «{}» {g}; marsad {}", if m % 2 == 0 { "source" } else { "target" }, clip(&x.phrase[m % 2], 60), show_events(&hits)),
            });
        }
    }
    let set = r.set;
    r.measures.push(Measure::share(set, "detected", &format!("records with a {} event detected", kind.name), detected, items.len()));
    let keys = ["source_country", "target_country", "source_role", "target_role"];
    for m in 0..4 {
        let mut me = Measure::share(set, keys[m], &format!("{} right, of detected with a gold code", names[m]), tally[m].0, tally[m].1);
        if m == 0 {
            me = me.target(0.80);
        }
        r.measures.push(me);
    }
}

/// The realis models of the grouped cross-validation ([`crate::realis`]): model `f` was
/// trained on every gold sentence (of both files) whose document is not in fold `f`.
pub(super) struct CrossValidation {
    models: Vec<Model>,
    /// Text key → document, for sentences of the two sentence files.
    doc_of: HashMap<String, String>,
}

impl CrossValidation {
    /// The model that never saw the sentence `text` (id `id`) nor its document.
    fn model_for(&self, id: &str, text: &str) -> &Model {
        let doc = self.doc_of.get(&text_key(text)).map(String::as_str).unwrap_or_else(|| document_of(id));
        &self.models[fold_of(doc, self.models.len())]
    }
}

/// The cross-validation models, trained once per shared data folder and process
/// (by the first pipeline asking; `eval-sets` uses one pipeline). Errors: neither
/// sentence file can be read.
pub(super) fn cross_validation(pipeline: &Pipeline, shared: &Path) -> Result<Arc<CrossValidation>, String> {
    type Cache = Mutex<HashMap<std::path::PathBuf, Result<Arc<CrossValidation>, String>>>;
    static CV: OnceLock<Cache> = OnceLock::new();
    let cache = CV.get_or_init(Default::default);
    if let Some(r) = cache.lock().map_err(|_| "cache poisoned".to_string())?.get(shared) {
        return r.clone();
    }
    let built = load_gold(shared).map(|(gold, doc_of)| {
        let bags = bags(pipeline, &gold, FOLDS);
        Arc::new(CrossValidation { models: cv_models(&bags, FOLDS, &TrainOptions::default()), doc_of })
    });
    cache.lock().map_err(|_| "cache poisoned".to_string())?.insert(shared.to_path_buf(), built.clone());
    built
}

/// Annotates each text with the held-out model of its document (or the rules when `cv` is `None`).
fn annotate_held_out(pipeline: &Pipeline, cv: Option<&CrossValidation>, ids: &[&str], texts: &[&str]) -> Vec<Document> {
    ids.par_iter()
        .zip(texts.par_iter())
        .map(|(id, t)| {
            let d = match cv {
                Some(cv) => Decider::Model(cv.model_for(id, t)),
                None => Decider::Rules,
            };
            pipeline.annotate_with(t, &Options { lang: Some(Lang::Ar), published: crate::realis::published_of(id), id: Some(id.to_string()), actor_date: None }, d)
        })
        .collect()
}
