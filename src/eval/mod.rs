//! eval: scoring marsad's output against gold documents (`gold/FORMAT.md`).
//!
//! [`score`] compares one annotated [`Document`] with one [`Gold`] and returns
//! [`Scores`]: per category a [`Counts`] (produced, correct, required, found,
//! hence TP/FP/FN, precision, recall and F1) plus the list of misses and false
//! positives ([`Issue`]). [`run_dir`] finds every `NAME.gold.json` with its
//! `NAME.txt` under a directory, runs the pipeline on each text and scores it;
//! [`render_text`] and [`to_json`] print the result (`marsad eval DIR`).
//!
//! # Rules (FORMAT.md, "Scoring")
//!
//! Paragraphs are 1-based counts of non-empty lines; a produced item's
//! paragraph is the `paragraph` of the sentence it names (`sentence` index into
//! `Document::sentences`; an index out of range gives no paragraph, and such an
//! item matches nothing). Texts are compared in *match form*: each word folded by
//! [`crate::normalize::fold`] (diacritics and tatweel removed, alef variants
//! unified, ى→ي, ة→ه, Latin lower-cased) and white space collapsed to single
//! spaces ([`norm`]); the same folding is applied to both sides.
//!
//! Precision is always *correct produced / produced* where "correct" means
//! matching any gold item, required or not; recall is *required gold found /
//! required gold*. A gold item with `"required": false` therefore never hurts:
//! producing it counts as correct, missing it is not a miss.
//!
//! - **events**: a produced event matches a gold event of the same paragraph
//!   when its source code starts with the gold source, its target code starts
//!   with the gold target (any target, or none, when the gold target is null) and
//!   its `root` is one of the gold roots. Each gold event is matched at most once
//!   and each produced event at most once: the assignment is a *maximum bipartite
//!   matching* (Kuhn's augmenting paths, gold events tried required-first), which
//!   maximises the number of matched produced events and, at the same time, the
//!   number of matched required gold events (see [`max_matching`]).
//! - **entities**: at document level, by type and form. The produced units are
//!   the distinct (type, match form) pairs of `Document::entities` (repeated
//!   mentions of one name count once). A produced pair is correct when it equals
//!   a form of some gold entity of its type; a gold entity is found when some
//!   produced pair of its type equals one of its forms.
//! - **times**: by paragraph and `value` (a null value matches a null value). The
//!   produced units are the distinct (paragraph, value) pairs; a pair is correct
//!   when a gold time has it, a gold time is found when its pair was produced.
//! - **quotes**: a produced quote matches a gold quote of the same paragraph when
//!   its text, in match form, contains the gold `contains` in match form, and its
//!   speaker text equals the gold speaker in match form. A quote without a
//!   speaker matches nothing (it counts as wrong). With
//!   [`ScoreOptions::lenient_speaker`] (off by default; `--lenient-speaker`) the
//!   speaker also matches when one of the two, as a sequence of words, contains
//!   the other: gold "ماركو روبيو" then accepts "وزير الخارجية الأمريكي ماركو
//!   روبيو". Matching is once-only, as for events. A produced quote whose text
//!   contains a `not_quotes` item's `contains` in that paragraph is a *false
//!   quote*, counted in [`Scores::false_quotes`] (it is also a false positive of
//!   the quotes category unless it matched a gold quote); a not-quote marked
//!   `"required": false` is a borderline case and is not counted.
//! - **attributions**: by paragraph and `kind`, with distinct (paragraph, kind)
//!   pairs as produced units, as for times.
//!
//! Undefined ratios (no produced items, no required gold) are `None`.

mod gold;
mod report;
pub mod sets;

pub use gold::{doc_name, Gold, GoldAttribution, GoldEntity, GoldError, GoldEvent, GoldNotQuote, GoldQuote, GoldTime};
pub use report::{eval_file, find_gold_files, render_text, run_dir, to_json, DirReport, DocReport, EvalError, FileError};

use crate::model::{Document, EntityType, SourceKind};
use crate::normalize::fold_phrase;
use serde::ser::SerializeStruct;
use serde::Serialize;
use std::collections::HashSet;

/// Options of the scorer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Accept a quote speaker when one of produced and gold speaker contains the
    /// other as a word sequence (after normalisation), not only when they are equal.
    /// Off by default: FORMAT.md asks for equality.
    pub lenient_speaker: bool,
}

/// The numbers of one category.
///
/// Precision and recall have different numerators: `correct` produced items
/// (matching any gold item) and `found` required gold items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Produced items (or distinct produced keys, for entities, times and attributions).
    pub produced: usize,
    /// Produced items that match a gold item, required or not.
    pub correct: usize,
    /// Required gold items.
    pub required: usize,
    /// Required gold items that were matched.
    pub found: usize,
}

impl Counts {
    /// True positives: produced items that are correct.
    pub fn tp(&self) -> usize {
        self.correct
    }
    /// False positives: produced items that match no gold item.
    pub fn fp(&self) -> usize {
        self.produced.saturating_sub(self.correct)
    }
    /// False negatives: required gold items not matched.
    pub fn fn_(&self) -> usize {
        self.required.saturating_sub(self.found)
    }
    /// `correct / produced`; `None` when nothing was produced.
    pub fn precision(&self) -> Option<f64> {
        (self.produced > 0).then(|| self.correct as f64 / self.produced as f64)
    }
    /// `found / required`; `None` when there is no required gold item.
    pub fn recall(&self) -> Option<f64> {
        (self.required > 0).then(|| self.found as f64 / self.required as f64)
    }
    /// Harmonic mean of precision and recall (0 when both are 0). When only one
    /// of them is defined, F1 is 0 if that one is 0 (e.g. nothing produced
    /// against required gold) and `None` otherwise; `None` when neither is.
    pub fn f1(&self) -> Option<f64> {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (Some(_), Some(_)) => Some(0.0),
            (Some(x), None) | (None, Some(x)) if x == 0.0 => Some(0.0),
            _ => None,
        }
    }
    /// Adds `other` (micro-averaging: sums the counts).
    pub fn add(&mut self, other: &Counts) {
        self.produced += other.produced;
        self.correct += other.correct;
        self.required += other.required;
        self.found += other.found;
    }
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Counts", 10)?;
        st.serialize_field("produced", &self.produced)?;
        st.serialize_field("tp", &self.tp())?;
        st.serialize_field("fp", &self.fp())?;
        st.serialize_field("required", &self.required)?;
        st.serialize_field("found", &self.found)?;
        st.serialize_field("fn", &self.fn_())?;
        st.serialize_field("precision", &self.precision())?;
        st.serialize_field("recall", &self.recall())?;
        st.serialize_field("f1", &self.f1())?;
        st.end()
    }
}

/// A scoring category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// CAMEO events.
    Events,
    /// Named entities.
    Entities,
    /// Time expressions.
    Times,
    /// Direct quotes.
    Quotes,
    /// Attributions.
    Attributions,
}

impl Category {
    /// All categories in report order.
    pub const ALL: [Category; 5] = [Category::Events, Category::Entities, Category::Times, Category::Quotes, Category::Attributions];

    /// Lower-case name (`"events"`, …).
    pub fn name(self) -> &'static str {
        match self {
            Category::Events => "events",
            Category::Entities => "entities",
            Category::Times => "times",
            Category::Quotes => "quotes",
            Category::Attributions => "attributions",
        }
    }
}

/// What went wrong with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A required gold item that was not produced.
    Miss,
    /// A produced item that matches no gold item.
    FalsePositive,
    /// A produced quote over a gold `not_quotes` item.
    FalseQuote,
}

impl IssueKind {
    /// Short label for reports (`miss`, `false+`, `false-quote`).
    pub fn label(self) -> &'static str {
        match self {
            IssueKind::Miss => "miss",
            IssueKind::FalsePositive => "false+",
            IssueKind::FalseQuote => "false-quote",
        }
    }
}

/// One miss or false positive, for developers improving the extractor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Category of the item.
    pub category: Category,
    /// Miss, false positive or false quote.
    pub kind: IssueKind,
    /// Paragraph (1-based); `None` for document-level items (missed entities) and
    /// for produced items whose sentence index is out of range.
    pub paragraph: Option<usize>,
    /// The item, described in one line.
    pub text: String,
}

/// The scores of one document (or, summed, of a directory).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// CAMEO events.
    pub events: Counts,
    /// Named entities.
    pub entities: Counts,
    /// Time expressions.
    pub times: Counts,
    /// Direct quotes.
    pub quotes: Counts,
    /// Attributions.
    pub attributions: Counts,
    /// Produced quotes over gold `not_quotes` items.
    pub false_quotes: usize,
    /// Misses and false positives, by category then paragraph (empty in sums).
    pub issues: Vec<Issue>,
}

impl Scores {
    /// The counts of category `c`.
    pub fn get(&self, c: Category) -> &Counts {
        match c {
            Category::Events => &self.events,
            Category::Entities => &self.entities,
            Category::Times => &self.times,
            Category::Quotes => &self.quotes,
            Category::Attributions => &self.attributions,
        }
    }

    fn get_mut(&mut self, c: Category) -> &mut Counts {
        match c {
            Category::Events => &mut self.events,
            Category::Entities => &mut self.entities,
            Category::Times => &mut self.times,
            Category::Quotes => &mut self.quotes,
            Category::Attributions => &mut self.attributions,
        }
    }

    /// Adds the counts of `other` (not its issues): micro-averaged totals.
    pub fn add(&mut self, other: &Scores) {
        for c in Category::ALL {
            self.get_mut(c).add(other.get(c));
        }
        self.false_quotes += other.false_quotes;
    }

    /// The acceptance-check lines: "required quotes found with right speaker: k of n", …
    pub fn checks(&self) -> Vec<(&'static str, String)> {
        vec![
            ("required quotes found with right speaker", format!("{} of {}", self.quotes.found, self.quotes.required)),
            ("false quotes", self.false_quotes.to_string()),
            ("required attributions found", format!("{} of {}", self.attributions.found, self.attributions.required)),
            ("time values right", format!("{} of {}", self.times.found, self.times.required)),
            ("required events found", format!("{} of {}", self.events.found, self.events.required)),
            ("required entities found", format!("{} of {}", self.entities.found, self.entities.required)),
        ]
    }
}

impl Serialize for Scores {
    /// Counts per category and `false_quotes`; issues are serialised separately by [`to_json`].
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Scores", 6)?;
        st.serialize_field("events", &self.events)?;
        st.serialize_field("entities", &self.entities)?;
        st.serialize_field("times", &self.times)?;
        st.serialize_field("quotes", &self.quotes)?;
        st.serialize_field("attributions", &self.attributions)?;
        st.serialize_field("false_quotes", &self.false_quotes)?;
        st.end()
    }
}

/// The match form of a text: every word folded with [`crate::normalize::fold`],
/// words joined by single spaces.
pub fn norm(s: &str) -> String {
    fold_phrase(s)
}

/// True when the word sequence `needle` occurs contiguously in `hay` (both in match form).
fn contains_words(hay: &str, needle: &str) -> bool {
    let h: Vec<&str> = hay.split(' ').filter(|w| !w.is_empty()).collect();
    let n: Vec<&str> = needle.split(' ').filter(|w| !w.is_empty()).collect();
    !n.is_empty() && h.windows(n.len()).any(|w| w == n.as_slice())
}

/// Maximum bipartite matching between `left` vertices, tried in the order of
/// `order`, and `n_right` right vertices, with edges given by `adj[l]`.
/// Returns, for each right vertex, the left vertex it is matched to.
///
/// Kuhn's algorithm: one augmenting-path search per left vertex. An
/// augmenting path never unmatches a left vertex, and one pass in any order
/// yields a maximum matching. Trying the required gold items first therefore
/// first matches as many required items as possible (a maximum matching of the
/// required subgraph) and then extends it to a maximum matching of the whole
/// graph while keeping them matched — so the result maximises both the number
/// of matched produced items (precision) and of matched required gold items
/// (recall). Sizes are per document (tens of items), so O(V·E) is nothing.
pub fn max_matching(order: &[usize], adj: &[Vec<usize>], n_right: usize) -> Vec<Option<usize>> {
    fn augment(l: usize, adj: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
        for &r in &adj[l] {
            if seen[r] {
                continue;
            }
            seen[r] = true;
            let free = match owner[r] {
                None => true,
                Some(l2) => augment(l2, adj, seen, owner),
            };
            if free {
                owner[r] = Some(l);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; n_right];
    let mut seen = vec![false; n_right];
    for &l in order {
        seen.iter_mut().for_each(|s| *s = false);
        augment(l, adj, &mut seen, &mut owner);
    }
    owner
}

/// Indices `0..n`, required items first (stable).
fn required_first(required: impl Iterator<Item = bool>) -> Vec<usize> {
    let req: Vec<bool> = required.collect();
    let mut order: Vec<usize> = (0..req.len()).collect();
    order.sort_by_key(|&i| !req[i]);
    order
}

/// Scores `doc` against `gold` with default options (see the module docs for the rules).
pub fn score(doc: &Document, gold: &Gold) -> Scores {
    score_with(doc, gold, &ScoreOptions::default())
}

/// Scores `doc` against `gold` with `opts`.
pub fn score_with(doc: &Document, gold: &Gold, opts: &ScoreOptions) -> Scores {
    let para = |sentence: usize| doc.sentences.get(sentence).map(|s| s.paragraph);
    let mut s = Scores::default();
    let mut issues = Vec::new();
    s.events = score_events(doc, gold, &para, &mut issues);
    s.entities = score_entities(doc, gold, &para, &mut issues);
    s.times = score_keys(
        Category::Times,
        doc.times.iter().map(|t| ((para(t.sentence), t.value.clone()), t.text.as_str())),
        gold.times.iter().map(|t| ((Some(t.paragraph), t.value.clone()), t.text.as_str(), t.required)),
        |v| v.clone().unwrap_or_else(|| "null".into()),
        &mut issues,
    );
    let (quotes, false_quotes) = score_quotes(doc, gold, &para, opts, &mut issues);
    s.quotes = quotes;
    s.false_quotes = false_quotes;
    s.attributions = score_keys(
        Category::Attributions,
        doc.attributions.iter().map(|a| ((para(a.sentence), a.kind), a.cue.as_str())),
        gold.attributions.iter().map(|a| ((Some(a.paragraph), a.kind), a.cue.as_str(), a.required)),
        |k| kind_name(*k).to_string(),
        &mut issues,
    );
    issues.sort_by_key(|i| (i.category, i.paragraph, i.kind));
    s.issues = issues;
    s
}

/// The FORMAT.md name of a source kind (`anonymous`, `named_person`, …).
pub fn kind_name(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Anonymous => "anonymous",
        SourceKind::NamedPerson => "named_person",
        SourceKind::OfficialRole => "official_role",
        SourceKind::Organization => "organization",
        SourceKind::Document => "document",
    }
}

fn type_name(t: EntityType) -> &'static str {
    match t {
        EntityType::PER => "PER",
        EntityType::ORG => "ORG",
        EntityType::LOC => "LOC",
    }
}

/// Shortens `s` to at most `max` characters for one-line reports.
fn clip(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

fn score_events(doc: &Document, gold: &Gold, para: &dyn Fn(usize) -> Option<usize>, issues: &mut Vec<Issue>) -> Counts {
    let adj: Vec<Vec<usize>> = gold
        .events
        .iter()
        .map(|g| {
            doc.events
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    para(e.sentence) == Some(g.paragraph)
                        && (if g.source.trim().is_empty() { e.source.code.is_empty() } else { e.source.code.starts_with(g.source.as_str()) })
                        && match (&g.target, &e.target) {
                            (None, _) => true,
                            (Some(gt), Some(et)) => et.code.starts_with(gt.as_str()),
                            (Some(_), None) => false,
                        }
                        && g.roots.contains(&e.root)
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let order = required_first(gold.events.iter().map(|g| g.required));
    let owner = max_matching(&order, &adj, doc.events.len());
    let mut matched_gold = vec![false; gold.events.len()];
    for g in owner.iter().flatten() {
        matched_gold[*g] = true;
    }
    let c = Counts {
        produced: doc.events.len(),
        correct: owner.iter().filter(|o| o.is_some()).count(),
        required: gold.events.iter().filter(|g| g.required).count(),
        found: gold.events.iter().zip(&matched_gold).filter(|(g, m)| g.required && **m).count(),
    };
    for (g, m) in gold.events.iter().zip(&matched_gold) {
        if g.required && !m {
            let code = g.code.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
            let gloss = g.gloss.as_deref().map(|x| format!(": {x}")).unwrap_or_default();
            issues.push(Issue {
                category: Category::Events,
                kind: IssueKind::Miss,
                paragraph: Some(g.paragraph),
                text: format!("{}→{} roots {}{code}{gloss}", g.source, g.target.as_deref().unwrap_or("*"), g.roots.join("|")),
            });
        }
    }
    for (e, o) in doc.events.iter().zip(&owner) {
        if o.is_none() {
            let target = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-");
            issues.push(Issue {
                category: Category::Events,
                kind: IssueKind::FalsePositive,
                paragraph: para(e.sentence),
                text: format!("{}→{} {} {} «{}»", e.source.code, target, e.code, e.name, clip(&e.trigger.text, 60)),
            });
        }
    }
    c
}

fn score_entities(doc: &Document, gold: &Gold, para: &dyn Fn(usize) -> Option<usize>, issues: &mut Vec<Issue>) -> Counts {
    let gold_forms: Vec<(EntityType, Vec<String>, bool)> =
        gold.entities.iter().map(|g| (g.kind, g.forms.iter().map(|f| norm(f)).filter(|f| !f.is_empty()).collect(), g.required)).collect();
    // Distinct produced (type, match form), first mention kept for the report.
    let mut seen = HashSet::new();
    let mut produced = Vec::new();
    for e in &doc.entities {
        let key = (e.kind, norm(e.name.as_deref().unwrap_or(&e.text)));
        if seen.insert(key.clone()) {
            produced.push((key, e));
        }
    }
    let mut c = Counts { produced: produced.len(), ..Counts::default() };
    for ((kind, form), e) in &produced {
        if gold_forms.iter().any(|(k, forms, _)| k == kind && forms.contains(form)) {
            c.correct += 1;
        } else {
            issues.push(Issue {
                category: Category::Entities,
                kind: IssueKind::FalsePositive,
                paragraph: para(e.sentence),
                text: format!("{} {}", type_name(*kind), e.text),
            });
        }
    }
    for ((kind, forms, required), g) in gold_forms.iter().zip(&gold.entities) {
        if !required {
            continue;
        }
        c.required += 1;
        if forms.iter().any(|f| seen.contains(&(*kind, f.clone()))) {
            c.found += 1;
        } else {
            issues.push(Issue {
                category: Category::Entities,
                kind: IssueKind::Miss,
                paragraph: None,
                text: format!("{} {}", type_name(*kind), g.forms.join(" | ")),
            });
        }
    }
    c
}

/// Scores items compared by a key `(paragraph, K)` (times by value, attributions by kind):
/// distinct produced keys are the produced units.
fn score_keys<'a, K: Eq + std::hash::Hash + Clone>(
    category: Category,
    produced: impl Iterator<Item = ((Option<usize>, K), &'a str)>,
    gold: impl Iterator<Item = ((Option<usize>, K), &'a str, bool)>,
    show: impl Fn(&K) -> String,
    issues: &mut Vec<Issue>,
) -> Counts {
    let gold: Vec<_> = gold.collect();
    let gold_keys: HashSet<&(Option<usize>, K)> = gold.iter().map(|(k, _, _)| k).collect();
    let mut seen = HashSet::new();
    let mut c = Counts::default();
    for (key, text) in produced {
        if !seen.insert(key.clone()) {
            continue;
        }
        c.produced += 1;
        if key.0.is_some() && gold_keys.contains(&key) {
            c.correct += 1;
        } else {
            issues.push(Issue { category, kind: IssueKind::FalsePositive, paragraph: key.0, text: format!("{} «{}»", show(&key.1), clip(text, 80)) });
        }
    }
    for (key, text, required) in &gold {
        if !required {
            continue;
        }
        c.required += 1;
        if seen.contains(key) {
            c.found += 1;
        } else {
            issues.push(Issue { category, kind: IssueKind::Miss, paragraph: key.0, text: format!("{} «{}»", show(&key.1), clip(text, 80)) });
        }
    }
    c
}

fn speaker_matches(produced: &str, gold: &str, lenient: bool) -> bool {
    let (p, g) = (norm(produced), norm(gold));
    if p.is_empty() {
        return false;
    }
    p == g || (lenient && (contains_words(&p, &g) || contains_words(&g, &p)))
}

fn score_quotes(
    doc: &Document,
    gold: &Gold,
    para: &dyn Fn(usize) -> Option<usize>,
    opts: &ScoreOptions,
    issues: &mut Vec<Issue>,
) -> (Counts, usize) {
    let texts: Vec<String> = doc.quotes.iter().map(|q| norm(&q.text)).collect();
    let paras: Vec<Option<usize>> = doc.quotes.iter().map(|q| para(q.sentence)).collect();
    let text_hit = |g: &GoldQuote, i: usize| paras[i] == Some(g.paragraph) && texts[i].contains(&norm(&g.contains));
    let adj: Vec<Vec<usize>> = gold
        .quotes
        .iter()
        .map(|g| {
            (0..doc.quotes.len())
                .filter(|&i| {
                    text_hit(g, i)
                        && doc.quotes[i].speaker.as_ref().is_some_and(|sp| speaker_matches(&sp.text, &g.speaker, opts.lenient_speaker))
                })
                .collect()
        })
        .collect();
    let order = required_first(gold.quotes.iter().map(|g| g.required));
    let owner = max_matching(&order, &adj, doc.quotes.len());
    let mut matched_gold = vec![false; gold.quotes.len()];
    for g in owner.iter().flatten() {
        matched_gold[*g] = true;
    }
    let c = Counts {
        produced: doc.quotes.len(),
        correct: owner.iter().filter(|o| o.is_some()).count(),
        required: gold.quotes.iter().filter(|g| g.required).count(),
        found: gold.quotes.iter().zip(&matched_gold).filter(|(g, m)| g.required && **m).count(),
    };
    let speaker_of = |i: usize| match &doc.quotes[i].speaker {
        Some(sp) => format!("speaker «{}»", sp.text),
        None => "no speaker".to_string(),
    };
    for (g, m) in gold.quotes.iter().zip(&matched_gold) {
        if g.required && !m {
            let why = match (0..doc.quotes.len()).find(|&i| text_hit(g, i)) {
                Some(i) => format!(" [text found, {}]", speaker_of(i)),
                None => String::new(),
            };
            issues.push(Issue {
                category: Category::Quotes,
                kind: IssueKind::Miss,
                paragraph: Some(g.paragraph),
                text: format!("«{}» speaker «{}»{why}", clip(&g.contains, 80), g.speaker),
            });
        }
    }
    let not_quotes: Vec<(usize, String)> = gold.not_quotes.iter().filter(|n| n.required).map(|n| (n.paragraph, norm(&n.contains))).collect();
    let mut false_quotes = 0;
    for (i, q) in doc.quotes.iter().enumerate() {
        let fq = not_quotes.iter().find(|(p, t)| paras[i] == Some(*p) && texts[i].contains(t.as_str()));
        if fq.is_some() {
            false_quotes += 1;
            issues.push(Issue {
                category: Category::Quotes,
                kind: IssueKind::FalseQuote,
                paragraph: paras[i],
                text: format!("«{}» (not speech)", clip(&q.text, 80)),
            });
        } else if owner[i].is_none() {
            issues.push(Issue {
                category: Category::Quotes,
                kind: IssueKind::FalsePositive,
                paragraph: paras[i],
                text: format!("«{}» {}", clip(&q.text, 80), speaker_of(i)),
            });
        }
    }
    (c, false_quotes)
}

#[cfg(test)]
mod tests;
