//! Entity-level exact-span evaluation, CoNLL style (Tjong Kim Sang & De Meulder
//! 2003, conlleval): a predicted entity is correct when its type and its exact
//! span of corpus tokens equal a gold entity's. Scored for PER, LOC and ORG;
//! MISC is ignored on both sides. Micro-averaged P/R/F1 pools the three types.
//!
//! Predictions are made over marsad tokens ([`super::corpus::align`]) and
//! mapped back to the corpus tokens they lie in, so that the gold standard is
//! the corpus's own tokenization and the scores are comparable with published ones.

use super::corpus::{align, CorpusSentence};
use super::features::{FeatureBuf, FeatureExtractor, History};

/// Sentences per pseudo-document: ANERcorp marks no article boundaries, so the
/// evaluation (and training) treats each run of this many consecutive sentences
/// as one document for the document-level history features (ANERcorp averages
/// about 15 sentences per article).
pub const DOC_SENTENCES: usize = 16;
use super::perceptron::Model;
use super::{label_sentence, spans, Label, NerType, Tagger};
use std::collections::HashSet;
use std::fmt::Write;

/// Counts for one entity type: true positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Prf {
    /// Predicted entities that match a gold entity.
    pub tp: usize,
    /// Predicted entities that match none.
    pub fp: usize,
    /// Gold entities not predicted.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    /// Precision, 0..=1 (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall, 0..=1 (0 when there is no gold entity).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Balanced F-score, 0..=1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of PER, LOC and ORG.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Scores {
    /// Persons.
    pub per: Prf,
    /// Locations.
    pub loc: Prf,
    /// Organisations.
    pub org: Prf,
    /// Sentences scored.
    pub sentences: usize,
    /// Corpus tokens scored.
    pub tokens: usize,
}

impl Scores {
    /// The three types pooled (micro average).
    pub fn micro(&self) -> Prf {
        let mut m = Prf::default();
        for p in [&self.per, &self.loc, &self.org] {
            m.add(p);
        }
        m
    }

    fn of(&mut self, t: NerType) -> Option<&mut Prf> {
        match t {
            NerType::Per => Some(&mut self.per),
            NerType::Loc => Some(&mut self.loc),
            NerType::Org => Some(&mut self.org),
            NerType::Misc => None,
        }
    }

    /// Adds one sentence's gold and predicted spans (over corpus tokens).
    pub fn add_sentence(&mut self, gold: &[(usize, usize, NerType)], pred: &[(usize, usize, NerType)], tokens: usize) {
        self.sentences += 1;
        self.tokens += tokens;
        let g: HashSet<_> = gold.iter().filter(|s| s.2 != NerType::Misc).copied().collect();
        let p: HashSet<_> = pred.iter().filter(|s| s.2 != NerType::Misc).copied().collect();
        for s in &p {
            let c = self.of(s.2).expect("MISC filtered");
            if g.contains(s) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for s in g.difference(&p) {
            self.of(s.2).expect("MISC filtered").fn_ += 1;
        }
    }

    /// A text table: P, R, F1 and counts per type and micro-averaged.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "type     P       R       F1      gold  pred  correct");
        for (name, p) in [("PER", self.per), ("LOC", self.loc), ("ORG", self.org), ("micro", self.micro())] {
            let _ = writeln!(
                s,
                "{name:<6} {:>6.4}  {:>6.4}  {:>6.4}  {:>5} {:>5} {:>5}",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp + p.fn_,
                p.tp + p.fp,
                p.tp
            );
        }
        let _ = write!(s, "({} sentences, {} tokens; entity-level exact span, MISC ignored)", self.sentences, self.tokens);
        s
    }
}

/// Gold spans of a corpus sentence over its own tokens.
pub fn gold_spans(s: &CorpusSentence) -> Vec<(usize, usize, NerType)> {
    spans(&s.labels)
}

/// Scores `tagger` on `sentences`.
pub fn evaluate(tagger: &Tagger, sentences: &[CorpusSentence]) -> Scores {
    evaluate_parts(&tagger.model, &tagger.fx, sentences)
}

pub(crate) fn evaluate_parts(model: &Model, fx: &FeatureExtractor, sentences: &[CorpusSentence]) -> Scores {
    let mut sc = Scores::default();
    let mut buf = FeatureBuf::default();
    for doc in sentences.chunks(DOC_SENTENCES) {
        for (s, pred) in doc.iter().zip(predict_document(model, fx, doc, &mut buf)) {
            sc.add_sentence(&gold_spans(s), &pred, s.words.len());
        }
    }
    sc
}

/// Predicted spans (over corpus tokens) of each sentence of one pseudo-document,
/// with the history features and the document-level consistency pass.
pub(crate) fn predict_document(model: &Model, fx: &FeatureExtractor, doc: &[CorpusSentence], buf: &mut FeatureBuf) -> Vec<Vec<(usize, usize, NerType)>> {
    let mut hist = History::new();
    let al: Vec<_> = doc.iter().map(align).collect();
    let toks: Vec<&[crate::tokenize::Token]> = al.iter().map(|a| a.tokens.as_slice()).collect();
    let ctx = fx.document(&toks);
    let mut labels: Vec<Vec<usize>> = al
        .iter()
        .map(|a| if a.tokens.is_empty() { Vec::new() } else { label_sentence(model, fx, &a.tokens, Some(&ctx), buf, Some(&mut hist)) })
        .collect();
    super::consistency::apply(&toks, &mut labels, super::consistency::Options::SHIPPED);
    al.iter()
        .zip(labels)
        .map(|(a, l)| {
            let l: Vec<Label> = l.into_iter().map(Label::from_index).collect();
            spans(&l).into_iter().map(|(f, e, t)| (a.owner[f], a.owner[e - 1] + 1, t)).collect()
        })
        .collect()
}

/// Development aid: every false negative and false positive of `sentences`, one per line,
/// as `FN|FP TYPE words  ‖ sentence context`.
pub fn errors(tagger: &Tagger, sentences: &[CorpusSentence]) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = FeatureBuf::default();
    let preds: Vec<Vec<(usize, usize, NerType)>> = sentences.chunks(DOC_SENTENCES).flat_map(|doc| predict_document(&tagger.model, &tagger.fx, doc, &mut buf)).collect();
    for (s, pred) in sentences.iter().zip(preds) {
        let g: HashSet<_> = gold_spans(s).into_iter().filter(|x| x.2 != NerType::Misc).collect();
        let p: HashSet<_> = pred.into_iter().filter(|x| x.2 != NerType::Misc).collect();
        let ctx = |a: usize, b: usize| {
            let lo = a.saturating_sub(4);
            let hi = (b + 4).min(s.words.len());
            format!("{} [{}] {}", s.words[lo..a].join(" "), s.words[a..b].join(" "), s.words[b..hi].join(" "))
        };
        for x in g.difference(&p) {
            out.push(format!("FN {} {}", x.2.name(), ctx(x.0, x.1)));
        }
        for x in p.difference(&g) {
            out.push(format!("FP {} {}", x.2.name(), ctx(x.0, x.1)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use NerType::*;

    #[test]
    fn exact_span_and_type_must_match() {
        let mut sc = Scores::default();
        let gold = [(0, 2, Per), (3, 4, Loc), (5, 7, Org), (8, 9, Misc)];
        let pred = [(0, 2, Per), (3, 4, Org), (5, 6, Org), (8, 9, Misc), (10, 11, Loc)];
        sc.add_sentence(&gold, &pred, 12);
        assert_eq!(sc.per, Prf { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(sc.loc, Prf { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(sc.org, Prf { tp: 0, fp: 2, fn_: 1 });
        let m = sc.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (1, 3, 2));
        assert!((m.precision() - 0.25).abs() < 1e-9);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
