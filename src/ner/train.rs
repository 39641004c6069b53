//! Training the tagger: read a CoNLL file, hold out the development part,
//! train the averaged perceptron for a number of epochs, score the dev part,
//! and serialise the model.
//!
//! The development split is [`super::corpus::split_dev`]: the last
//! `round(n × dev_fraction)` sentences of the file (sentences end at `.` `!`
//! `?` `؟` `·` `•` tokens or blank lines). Training visits the other sentences
//! in pseudo-documents of [`DOC_SENTENCES`] consecutive sentences (each with its
//! own prediction history, as a document has at tagging time), in an order
//! reshuffled every epoch by a seeded generator, so a run is reproducible.
//! `bags` such runs with seeds `seed`, `seed + 1`, … are averaged into one model.

use super::corpus::{align, read_file, split_dev, ReadStats};
use super::eval::{evaluate_parts, Scores};
use super::clusters::Clusters;
use super::eval::DOC_SENTENCES;
use super::features::{match_form, FeatureBuf, FeatureExtractor, History};
use super::perceptron::{Model, Trainer};
use super::{NerError, Tagger};
use crate::lexicon::Source;
use std::path::PathBuf;
use std::time::Instant;

/// Options of a training run.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Two-column CoNLL file (ANERcorp format).
    pub data: PathBuf,
    /// Fraction of sentences, from the end of the file, held out for development (0..1;
    /// 0: train on the whole file, the way the shipped model is made).
    pub dev_fraction: f64,
    /// Fraction (0 < f ≤ 1) of the sentences before the development part that are
    /// trained on, from the start of the file (below 1: a learning curve on the same dev part).
    pub train_fraction: f64,
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Seed of the shuffling generator.
    pub seed: u64,
    /// Features whose largest absolute averaged weight is below this are dropped from the model.
    pub prune: f32,
    /// Score the dev part after every epoch (slower), not only at the end.
    pub dev_every_epoch: bool,
    /// Training margin against a wrong entity label (see [`super::perceptron`]).
    pub cost: f32,
    /// Training margin against O where the gold label is an entity.
    pub miss_cost: f32,
    /// Models trained on different sentence orders (seeds `seed`, `seed + 1`, …)
    /// whose weights are averaged into the final model (bagging; ≥ 1).
    pub bags: usize,
    /// Class counts of the word classes learnt for the cluster features (one
    /// granularity each; empty: no cluster features). See [`super::clusters`].
    pub clusters: Vec<usize>,
    /// Unlabelled text the word classes are learnt from, besides the training
    /// sentences: plain text, or CoNLL-style `TOKEN TAG` lines (the tags are ignored).
    pub unlabelled: Vec<PathBuf>,
    /// Words seen fewer times than this get no class.
    pub cluster_min_count: u32,
    /// Passes of the exchange algorithm.
    pub cluster_iters: usize,
    /// A word (match form) seen at least this often in the training part and never
    /// inside a PER, LOC or ORG entity goes into the model's outside list: a predicted
    /// entity does not end on it ([`super::trim_outside`]). 0: no list.
    pub outside_min_count: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { data: PathBuf::new(), dev_fraction: 0.2, train_fraction: 1.0, epochs: 8, seed: 1, prune: 0.0, dev_every_epoch: false, bags: 4, cost: 3.0, miss_cost: 15.0, clusters: Vec::new(), unlabelled: Vec::new(), cluster_min_count: 2, cluster_iters: 10, outside_min_count: 3 }
    }
}

/// What a training run produced.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// Lenient repairs made while reading the data.
    pub read: ReadStats,
    /// Training sentences and their corpus tokens.
    pub train_sentences: usize,
    /// Corpus tokens in training sentences.
    pub train_tokens: usize,
    /// Development sentences.
    pub dev_sentences: usize,
    /// Distinct features seen in training.
    pub features_seen: usize,
    /// Features kept in the model after pruning and quantisation.
    pub features_kept: usize,
    /// Dev scores after each epoch of each bag (when asked for), as (epoch, scores).
    pub epochs: Vec<(usize, Scores)>,
    /// Dev scores of the final model, read back from its serialised bytes.
    pub dev: Scores,
    /// The serialised model.
    pub model: Vec<u8>,
    /// Training time in seconds.
    pub seconds: f64,
}

/// Keys ([`super::features::outside_key`]), ascending, of the words seen at least
/// `min_count` times in `sentences` and never inside a PER, LOC or ORG entity there
/// (none when `min_count` is 0).
fn outside_words(sentences: &[super::corpus::Aligned], min_count: u32) -> Vec<u64> {
    if min_count == 0 {
        return Vec::new();
    }
    let mut counts: std::collections::HashMap<u64, (u32, bool)> = std::collections::HashMap::new();
    for a in sentences {
        for (tk, l) in a.tokens.iter().zip(&a.labels) {
            if tk.kind != crate::tokenize::TokenKind::Word {
                continue;
            }
            let c = counts.entry(super::features::outside_key(tk)).or_default();
            c.0 += 1;
            c.1 |= matches!(l.entity(), Some(super::NerType::Per | super::NerType::Loc | super::NerType::Org));
        }
    }
    let mut out: Vec<u64> = counts.into_iter().filter(|(_, (n, inside))| *n >= min_count && !inside).map(|(k, _)| k).collect();
    out.sort_unstable();
    out
}

/// Trains a model as described by `opts`, with gazetteers from `src`. `log`
/// receives progress lines.
pub fn train(opts: &TrainOptions, src: &Source, log: &mut dyn FnMut(&str)) -> Result<TrainReport, NerError> {
    if !(0.0..1.0).contains(&opts.dev_fraction) {
        return Err(NerError::Option(format!("--dev-fraction must be at least 0 and below 1, not {}", opts.dev_fraction)));
    }
    if !(opts.cost >= 0.0 && opts.miss_cost >= 0.0 && opts.cost.is_finite() && opts.miss_cost.is_finite()) {
        return Err(NerError::Option("--cost and --miss-cost must be finite and at least 0".into()));
    }
    if !(opts.train_fraction > 0.0 && opts.train_fraction <= 1.0) {
        return Err(NerError::Option(format!("--train-fraction must be above 0 and at most 1, not {}", opts.train_fraction)));
    }
    if opts.epochs == 0 || opts.bags == 0 {
        return Err(NerError::Option("--epochs and --bags must be at least 1".into()));
    }
    let t0 = Instant::now();
    let (sentences, read) = read_file(&opts.data)?;
    let data_fingerprint = super::corpus::file_fingerprint(&opts.data)?;
    let (train, dev) = split_dev(&sentences, opts.dev_fraction);
    let train = &train[..((train.len() as f64 * opts.train_fraction).round() as usize).min(train.len())];
    if train.is_empty() {
        return Err(NerError::Option(format!("{}: no training sentences", opts.data.display())));
    }
    let mut fx = FeatureExtractor::new(src)?;
    let mut aligned = Vec::with_capacity(train.len());
    for s in train {
        let a = align(s);
        if !a.tokens.is_empty() {
            aligned.push(a);
        }
    }
    if !aligned.iter().any(|a| a.labels.iter().any(|l| l.entity().is_some())) {
        return Err(NerError::Option(format!(
            "{}: the {} training sentences have no entity (every tag is O); a model trained on them would tag nothing",
            opts.data.display(),
            aligned.len()
        )));
    }
    let outside = outside_words(&aligned, opts.outside_min_count);
    if !opts.clusters.is_empty() {
        let tc = Instant::now();
        let mut text: Vec<Vec<String>> = aligned.iter().map(|a| a.tokens.iter().map(|t| match_form(t).into_owned()).collect()).collect();
        for p in &opts.unlabelled {
            text.extend(read_unlabelled(p)?);
        }
        let words: usize = text.iter().map(|s| s.len()).sum();
        let c = Clusters::learn(&text, &opts.clusters, opts.cluster_min_count, opts.cluster_iters);
        log(&format!("word classes {:?} for {} words learnt from {} sentences ({} tokens) in {:.1} s", opts.clusters, c.len(), text.len(), words, tc.elapsed().as_secs_f64()));
        fx.set_clusters(c);
    }
    log(&format!(
        "{} sentences read ({} empty-token lines skipped, {} multi-field tokens joined); train {} sentences, dev {} sentences; {} gazetteer phrases",
        sentences.len(),
        read.empty_tokens,
        read.joined_tokens,
        train.len(),
        dev.len(),
        fx.gazetteer_len()
    ));
    let mut trainer = Trainer::new();
    let mut buf = FeatureBuf::default();
    let mut examples = Vec::with_capacity(train.len());
    let mut toks = Vec::with_capacity(train.len());
    // the same pseudo-documents as below, for the document-level context features
    for chunk in aligned.chunks(DOC_SENTENCES) {
        let sents: Vec<&[crate::tokenize::Token]> = chunk.iter().map(|a| a.tokens.as_slice()).collect();
        let ctx = fx.document(&sents);
        for a in chunk {
            fx.sentence_in(&a.tokens, Some(&ctx), &mut buf);
            examples.push(trainer.example(&buf.start, &buf.keys, a.labels.iter().map(|l| l.index()).collect()));
        }
    }
    for a in aligned {
        toks.push(a.tokens);
    }
    log(&format!("{} features from {} training sentences", trainer.features(), examples.len()));
    // documents: runs of DOC_SENTENCES consecutive sentences, visited in shuffled order,
    // each with its own prediction history
    let ds = DOC_SENTENCES;
    let docs: Vec<std::ops::Range<usize>> = (0..examples.len()).step_by(ds).map(|s| s..(s + ds).min(examples.len())).collect();
    let mut base = trainer;
    base.cost = opts.cost;
    base.miss_cost = opts.miss_cost;
    let mut models = Vec::with_capacity(opts.bags);
    let mut epochs = Vec::new();
    let mut features_seen = 0;
    for bag in 0..opts.bags {
        let mut trainer = base.clone();
        let mut order: Vec<usize> = (0..docs.len()).collect();
        let mut rng = opts.seed.wrapping_add(bag as u64) ^ 0x9E37_79B9_7F4A_7C15;
        for ep in 1..=opts.epochs {
            shuffle(&mut order, &mut rng);
            let (mut wrong, mut total) = (0usize, 0usize);
            let mut hk = Vec::new();
            for &d in &order {
                let mut hist = History::new();
                for i in docs[d].clone() {
                    let extra: Vec<Vec<u32>> = toks[i]
                        .iter()
                        .map(|tk| {
                            hk.clear();
                            hist.keys(tk, &mut hk);
                            hk.iter().map(|&k| trainer.index(k)).collect()
                        })
                        .collect();
                    let (w, pred) = trainer.step_with(&examples[i], &extra);
                    hist.record(&toks[i], &pred);
                    wrong += w;
                    total += examples[i].gold.len();
                }
            }
            let mut line = format!("bag {}/{}, epoch {ep}: {:.2}% training tokens mislabelled", bag + 1, opts.bags, 100.0 * wrong as f64 / total.max(1) as f64);
            if opts.dev_every_epoch && !dev.is_empty() {
                let sc = evaluate_parts(&trainer.averaged(opts.prune), &fx, dev);
                let m = sc.micro();
                line += &format!("; dev P {:.4} R {:.4} F1 {:.4} (PER {:.4} LOC {:.4} ORG {:.4})", m.precision(), m.recall(), m.f1(), sc.per.f1(), sc.loc.f1(), sc.org.f1());
                epochs.push((ep, sc));
            }
            log(&line);
        }
        features_seen = features_seen.max(trainer.features());
        models.push(trainer.averaged(opts.prune));
    }
    let mut m = Model::mean(&models);
    m.lexicon_fingerprint = fx.fingerprint();
    m.clusters = fx.clusters().clone();
    m.outside = outside;
    m.training = Some(super::perceptron::TrainingData {
        fingerprint: data_fingerprint,
        sentences: u32::try_from(sentences.len()).unwrap_or(u32::MAX),
        train_sentences: u32::try_from(train.len()).unwrap_or(u32::MAX),
        dev_fraction: opts.dev_fraction,
    });
    let bytes = m.to_bytes();
    // score the model as it will be loaded: from its quantised bytes
    let model = Model::from_bytes(&bytes)?;
    let features_kept = model.len();
    let tagger = Tagger::from_parts(model, fx);
    let dev_scores = super::eval::evaluate(&tagger, dev);
    Ok(TrainReport {
        read,
        train_sentences: train.len(),
        train_tokens: train.iter().map(|s| s.words.len()).sum(),
        dev_sentences: dev.len(),
        features_seen,
        features_kept,
        epochs,
        dev: dev_scores,
        model: bytes,
        seconds: t0.elapsed().as_secs_f64(),
    })
}

/// Sentences of words in match form from an unlabelled file: plain text, or
/// CoNLL-style lines `TOKEN TAG` (two fields, the last `O` or `B-…`/`I-…`), whose
/// tokens are joined into text and whose blank lines end paragraphs.
pub fn read_unlabelled(path: &std::path::Path) -> Result<Vec<Vec<String>>, NerError> {
    let bytes = std::fs::read(path).map_err(|e| NerError::Io { path: path.display().to_string(), message: e.to_string() })?;
    let raw = String::from_utf8_lossy(&bytes);
    let mut text = String::with_capacity(raw.len());
    for line in raw.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let tag = |t: &str| t == "O" || t.starts_with("B-") || t.starts_with("I-");
        if f.is_empty() {
            text.push('\n');
        } else if f.len() == 2 && tag(f[1]) {
            text.push_str(f[0]);
            text.push(' ');
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    let t = crate::text::Text::new(text);
    let toks = crate::tokenize::tokenize(&t, &crate::segment::sentences(&t), crate::model::Lang::Ar);
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut last = usize::MAX;
    for tk in &toks {
        if tk.sentence != last {
            out.push(Vec::new());
            last = tk.sentence;
        }
        if let Some(s) = out.last_mut() {
            s.push(match_form(tk).into_owned());
        }
    }
    Ok(out)
}

/// Fisher–Yates with xorshift64*.
fn shuffle(v: &mut [usize], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        v.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trains_on_a_tiny_corpus_and_reports_bad_options() {
        let dir = std::env::temp_dir().join(format!("marsad-ner-train-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("tiny.txt");
        let mut data = String::new();
        for _ in 0..20 {
            data += "قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n. O\n";
            data += "زار O\nكريم B-PERS\nالقاهرة B-LOC\nمع O\nالأمم B-ORG\nالمتحدة I-ORG\n. O\n";
        }
        std::fs::write(&p, data).unwrap();
        let opts = TrainOptions { data: p.clone(), epochs: 3, dev_fraction: 0.25, ..Default::default() };
        let rep = train(&opts, &Source::builtin(), &mut |_| {}).unwrap();
        assert_eq!((rep.train_sentences, rep.dev_sentences), (30, 10));
        assert!(rep.dev.micro().f1() > 0.99, "{}", rep.dev.table());
        let td = Model::from_bytes(&rep.model).unwrap().training.unwrap();
        assert_eq!((td.sentences, td.train_sentences, td.dev_fraction), (40, 30, 0.25));
        assert_eq!(td.fingerprint, super::super::corpus::file_fingerprint(&p).unwrap());
        let half = train(&TrainOptions { train_fraction: 0.5, ..opts.clone() }, &Source::builtin(), &mut |_| {}).unwrap();
        assert_eq!((half.train_sentences, half.dev_sentences), (15, 10));
        assert!(train(&TrainOptions { train_fraction: 0.0, ..opts.clone() }, &Source::builtin(), &mut |_| {}).is_err());
        let whole = train(&TrainOptions { dev_fraction: 0.0, ..opts.clone() }, &Source::builtin(), &mut |_| {}).unwrap();
        assert_eq!((whole.train_sentences, whole.dev_sentences), (40, 0));
        assert!(Model::from_bytes(&whole.model).unwrap().training.unwrap().whole_file());
        let bad = TrainOptions { dev_fraction: 1.5, ..opts.clone() };
        assert!(train(&bad, &Source::builtin(), &mut |_| {}).is_err());
        std::fs::write(&p, "قال O\nبوش B-PERSON\n").unwrap();
        let e = train(&opts, &Source::builtin(), &mut |_| {}).unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("unknown tag"), "{e}");
        std::fs::write(&p, "قال O\nالرئيس O\n. O\n".repeat(10)).unwrap();
        let e = train(&opts, &Source::builtin(), &mut |_| {}).unwrap_err().to_string();
        assert!(e.contains("no entity"), "{e}");
        std::fs::remove_dir_all(dir).ok();
    }
}
