//! eval::sets: marsad's accuracy on the public event-data gold sets (`marsad eval-sets`).
//!
//! Each reader loads one public data set from the shared data folder
//! (`$MARSAD_SHARED/data/eventdata/…`, never copied into the repository), runs
//! the [`Pipeline`] on its sentences and returns a [`SetReport`]: a list of
//! [`Measure`]s (a share k of n, or a precision/recall/F1) and, for developers
//! improving the extractor, the misses and false positives as [`SetIssue`]s,
//! each in an *error class* ("ASSAULT missed: trigger not in lexicon").
//!
//! | set | file | what is measured |
//! |---|---|---|
//! | `ar-assault`, `ar-protest` | `arabic_event_gsr/{assault,protest}_gsr.csv` | sentence-level detection: P, R, F1 |
//! | `ar-assault-spans`, `ar-protest-spans` | `arabic_event_gsr/*_spans.json` | source/target country and role of detected events |
//! | `plover` | `PLOVER/PLOVER_GSR_CAMEO.json` | event produced, PLOVER type, source/target country |
//! | `cameo-examples` | `icews/cameo-codes.csv` | CAMEO root and code of the code book's example sentences |
//! | `petr2` | `UniversalPetrarch/PETR2_GSR_validation.xml` | smoke test: expected events found, extra events |
//! | `petr-suite` | `petrarch2/PETR.UnitTest.records.xml` + `PETR.Validate.*` | dictionary coder: expected codings found, extra codings |
//!
//! The exact definitions are in the module of each reader and in
//! `docs/ACCURACY.md`. Malformed rows never stop a reader: they are reported in
//! [`SetReport::errors`] with their row and skipped.
//!
//! [`check`] compares a run with recorded values (`benchmarks/accuracy.json`)
//! and lists the measures that fell by more than the tolerance: the CI
//! regression guard.

mod arabic;
mod cameo_examples;
mod diagnose;
mod petr2;
mod petr_suite;
mod plover;
mod render;

pub use diagnose::{Diagnoser, TriggerHit};
pub use render::{render_text, to_json};

use crate::model::Document;
use crate::pipeline::{Options, Pipeline};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One of the public gold sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum SetName {
    /// Arabic ASSAULT sentence detection (`assault_gsr.csv`).
    ArAssault,
    /// Arabic PROTEST sentence detection (`protest_gsr.csv`).
    ArProtest,
    /// Actors of detected Arabic ASSAULT events (`assault_spans.json`).
    ArAssaultSpans,
    /// Actors of detected Arabic PROTEST events (`protest_spans.json`).
    ArProtestSpans,
    /// English PLOVER gold records (`PLOVER_GSR_CAMEO.json`).
    Plover,
    /// Example sentences of the CAMEO code book (`icews/cameo-codes.csv`).
    CameoExamples,
    /// PETRARCH-2 validation sentences (`PETR2_GSR_validation.xml`): a smoke test.
    Petr2,
    /// The PETRARCH functional suite with its own dictionaries (`PETR.UnitTest.records.xml`).
    PetrSuite,
}

impl SetName {
    /// Every set, in report order.
    pub const ALL: [SetName; 8] = [
        SetName::ArAssault,
        SetName::ArProtest,
        SetName::ArAssaultSpans,
        SetName::ArProtestSpans,
        SetName::Plover,
        SetName::CameoExamples,
        SetName::Petr2,
        SetName::PetrSuite,
    ];

    /// The set's name on the command line and in reports (`ar-assault`, …).
    pub fn name(self) -> &'static str {
        match self {
            SetName::ArAssault => "ar-assault",
            SetName::ArProtest => "ar-protest",
            SetName::ArAssaultSpans => "ar-assault-spans",
            SetName::ArProtestSpans => "ar-protest-spans",
            SetName::Plover => "plover",
            SetName::CameoExamples => "cameo-examples",
            SetName::Petr2 => "petr2",
            SetName::PetrSuite => "petr-suite",
        }
    }

    /// The set named `s` (as printed by [`SetName::name`]).
    pub fn parse(s: &str) -> Option<SetName> {
        SetName::ALL.into_iter().find(|n| n.name() == s)
    }

    /// The data file, relative to the shared folder.
    pub fn file(self) -> &'static str {
        match self {
            SetName::ArAssault => "data/eventdata/arabic_event_gsr/assault_gsr.csv",
            SetName::ArProtest => "data/eventdata/arabic_event_gsr/protest_gsr.csv",
            SetName::ArAssaultSpans => "data/eventdata/arabic_event_gsr/assault_spans.json",
            SetName::ArProtestSpans => "data/eventdata/arabic_event_gsr/protest_spans.json",
            SetName::Plover => "data/eventdata/PLOVER/PLOVER_GSR_CAMEO.json",
            SetName::CameoExamples => "data/eventdata/icews/cameo-codes.csv",
            SetName::Petr2 => "data/eventdata/UniversalPetrarch/PETR2_GSR_validation.xml",
            SetName::PetrSuite => "data/eventdata/petrarch2/PETR.UnitTest.records.xml",
        }
    }
}

/// One number of a set: a share `num / den`, or a ratio computed from counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// Id, unique over all sets: `<set>.<measure>` (`ar-assault.f1`, `plover.type_right`).
    pub id: String,
    /// What it is, in a few words.
    pub label: String,
    /// The value (0–1); `None` when undefined (empty denominator).
    pub value: Option<f64>,
    /// Numerator (for P/R/F1 the true positives).
    pub num: usize,
    /// Denominator (for F1 the number of items scored).
    pub den: usize,
    /// How the count is shown ("7 of 20", "tp 7 fp 3 fn 12").
    pub count: String,
    /// The project's target for this number, when it has one.
    pub target: Option<f64>,
    /// True when larger is better (false for error rates such as "extra events").
    pub higher_is_better: bool,
    /// True when the regression guard ([`check`]) watches this number.
    pub guarded: bool,
}

impl Measure {
    /// A share `num of den`, guarded, higher is better.
    pub fn share(set: SetName, key: &str, label: &str, num: usize, den: usize) -> Measure {
        Measure {
            id: format!("{}.{key}", set.name()),
            label: label.to_string(),
            value: (den > 0).then(|| num as f64 / den as f64),
            num,
            den,
            count: format!("{num} of {den}"),
            target: None,
            higher_is_better: true,
            guarded: true,
        }
    }
    /// Sets the target.
    pub fn target(mut self, t: f64) -> Measure {
        self.target = Some(t);
        self
    }
    /// Marks the measure as informational: shown, not guarded.
    pub fn info(mut self) -> Measure {
        self.guarded = false;
        self
    }
    /// Marks the measure as an error rate (lower is better).
    pub fn lower_is_better(mut self) -> Measure {
        self.higher_is_better = false;
        self
    }
}

/// One miss, false positive or wrong code, for developers improving the extractor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetIssue {
    /// The error class ("ASSAULT missed: trigger not in lexicon"); the report groups by it.
    pub class: String,
    /// A short key inside the class that the report counts (the missing trigger
    /// word, the actor phrase not coded, "AGREE→CONSULT"); empty when none.
    pub key: String,
    /// Row or record id in the data file.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// What marsad produced and what the gold says.
    pub detail: String,
}

/// The result of one reader.
#[derive(Debug, Clone, Serialize)]
pub struct SetReport {
    /// The set.
    pub set: SetName,
    /// The data file read.
    pub file: PathBuf,
    /// Rows or records read (including those skipped as malformed).
    pub items: usize,
    /// The numbers.
    pub measures: Vec<Measure>,
    /// Misses and false positives.
    pub issues: Vec<SetIssue>,
    /// Malformed rows or an unreadable file: one message each, naming the row.
    pub errors: Vec<String>,
    /// Notes on how the data were read (rows repaired, records skipped on purpose).
    pub notes: Vec<String>,
}

impl SetReport {
    fn new(set: SetName, file: PathBuf) -> SetReport {
        SetReport { set, file, items: 0, measures: Vec::new(), issues: Vec::new(), errors: Vec::new(), notes: Vec::new() }
    }
}

/// The result of [`run`]: one report per set, in the order asked.
#[derive(Debug, Clone, Serialize)]
pub struct SetsReport {
    /// The shared data folder.
    pub shared: PathBuf,
    /// The sets.
    pub sets: Vec<SetReport>,
}

impl SetsReport {
    /// Every measure's value by id (undefined values as `None`).
    pub fn values(&self) -> BTreeMap<String, Option<f64>> {
        self.sets.iter().flat_map(|s| s.measures.iter().map(|m| (m.id.clone(), m.value))).collect()
    }

    /// The error classes over all sets with their sizes, largest first
    /// (ties by name): `(class, count, an example issue)`.
    pub fn error_classes(&self) -> Vec<(String, usize, &SetIssue)> {
        let mut by: BTreeMap<&str, (usize, &SetIssue)> = BTreeMap::new();
        for i in self.sets.iter().flat_map(|s| &s.issues) {
            by.entry(i.class.as_str()).or_insert((0, i)).0 += 1;
        }
        let mut v: Vec<(String, usize, &SetIssue)> = by.into_iter().map(|(c, (n, i))| (c.to_string(), n, i)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}

/// Runs the readers of `sets` on the data under `shared` (the folder holding
/// `data/`), with `pipeline` built from the built-in lexicons.
///
/// Never fails: a missing or unreadable file becomes an entry of that set's
/// [`SetReport::errors`] (and its measures are then absent).
pub fn run(shared: &Path, sets: &[SetName], pipeline: &Pipeline) -> SetsReport {
    run_with(shared, sets, pipeline, &crate::lexicon::Source::builtin())
}

/// [`run`] for a pipeline built from `lexicons` (used to diagnose misses).
pub fn run_with(shared: &Path, sets: &[SetName], pipeline: &Pipeline, lexicons: &crate::lexicon::Source) -> SetsReport {
    let diag = Diagnoser::with_source(pipeline, lexicons);
    let reports = sets
        .iter()
        .map(|&set| {
            let file = shared.join(set.file());
            let mut r = SetReport::new(set, file.clone());
            match set {
                SetName::ArAssault | SetName::ArProtest => arabic::detection(&mut r, &file, pipeline, &diag, shared),
                SetName::ArAssaultSpans | SetName::ArProtestSpans => arabic::spans(&mut r, &file, pipeline, shared),
                SetName::Plover => plover::run(&mut r, &file, pipeline, &diag),
                SetName::CameoExamples => cameo_examples::run(&mut r, &file, pipeline, &diag),
                SetName::Petr2 => petr2::run(&mut r, &file, pipeline),
                SetName::PetrSuite => petr_suite::run(&mut r, &file),
            }
            r
        })
        .collect();
    SetsReport { shared: shared.to_path_buf(), sets: reports }
}

/// Annotates every text (in parallel; results in input order).
fn annotate_all(pipeline: &Pipeline, texts: &[(String, crate::model::Lang, String)]) -> Vec<Document> {
    texts
        .par_iter()
        .map(|(id, lang, text)| pipeline.annotate(text, &Options { lang: Some(*lang), published: None, id: Some(id.clone()), actor_date: None }))
        .collect()
}

/// Reads a data file as UTF-8 (invalid bytes replaced), or an error message naming it.
fn read_file(path: &Path) -> Result<String, String> {
    std::fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned()).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

/// The country part of an actor code: its first three letters (`USAGOV` → `USA`,
/// `IGOUNO` → `IGO`).
pub fn country3(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// The sector parts of an actor code after the country: `USAGOVMIL` → `[GOV, MIL]`. A code
/// without a country (marsad's sub-state actors whose country is unknown: `UAF` gunmen,
/// `CVL` protesters) starts with its sector, which counts: `UAF` → `[UAF]`, `COPSPY` →
/// `[COP, SPY]`. `IGO`, `NGO`, `IMG` and `MNC` are primary parts, not sectors.
pub fn sectors(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let countryless = code.get(..3).is_some_and(|p| BARE_SECTORS.contains(&p));
    let mut i = if countryless { 0 } else { 3 };
    while i + 3 <= code.len() {
        if let Some(s) = code.get(i..i + 3) {
            out.push(s);
        }
        i += 3;
    }
    out
}

/// CAMEO sector codes that marsad writes without a country when none is known (as in
/// `src/actors.rs`).
const BARE_SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "REF", "HLH", "LAB", "AGR", "ELI", "HRI", "UAF", "SEP", "MOD", "RAD",
    "ENV", "RES", "DEV", "ATH", "JEW", "MUS", "CHR",
];

/// Recorded values: the contents of `benchmarks/accuracy.json`.
#[derive(Debug, Clone, serde::Deserialize, Serialize)]
pub struct Recorded {
    /// What the file is (free text, kept when re-recording by hand).
    #[serde(default)]
    pub about: String,
    /// Largest drop allowed before [`check`] reports a regression.
    pub tolerance: f64,
    /// Recorded value of each guarded measure, by id.
    pub values: BTreeMap<String, Option<f64>>,
}

/// A guarded measure that got worse by more than the tolerance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regression {
    /// The measure id.
    pub id: String,
    /// The recorded value.
    pub recorded: f64,
    /// The value now (`None`: it could not be computed any more).
    pub now: Option<f64>,
    /// The count now ("7 of 20").
    pub count: String,
}

/// The guarded measures of `report` that are worse than `recorded` by more than
/// its tolerance (lower for higher-is-better measures, higher for error rates),
/// or undefined now though a value was recorded. Measures without a recorded
/// value, and sets not run, are not checked.
pub fn check(report: &SetsReport, recorded: &Recorded) -> Vec<Regression> {
    let mut out = Vec::new();
    for m in report.sets.iter().flat_map(|s| &s.measures).filter(|m| m.guarded) {
        let Some(Some(old)) = recorded.values.get(&m.id) else { continue };
        let bad = match m.value {
            None => true,
            Some(v) if m.higher_is_better => v < old - recorded.tolerance - 1e-9,
            Some(v) => v > old + recorded.tolerance + 1e-9,
        };
        if bad {
            out.push(Regression { id: m.id.clone(), recorded: *old, now: m.value, count: m.count.clone() });
        }
    }
    out
}

/// The values of the guarded measures of `report`, rounded to 4 decimals, as
/// [`Recorded`] with `tolerance` (to write `benchmarks/accuracy.json`).
pub fn record(report: &SetsReport, tolerance: f64) -> Recorded {
    let values = report
        .sets
        .iter()
        .flat_map(|s| &s.measures)
        .filter(|m| m.guarded)
        .map(|m| (m.id.clone(), m.value.map(|v| (v * 10_000.0).round() / 10_000.0)))
        .collect();
    let about = "Recorded values of `marsad eval-sets` (docs/ACCURACY.md). tests/eval_sets.rs fails when a \
                 guarded number gets worse than its value here by more than `tolerance`. Raise the values when \
                 the extractor improves: `marsad eval-sets --record benchmarks/accuracy.json`."
        .to_string();
    Recorded { about, tolerance, values }
}

/// Cuts `s` to at most `n` characters, with an ellipsis.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Collapses white space runs to single spaces and trims.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
