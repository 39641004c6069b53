//! The `marsad train ner` and `marsad eval-ner` commands (argument types and
//! drivers; `main.rs` only dispatches to them).

use super::corpus::{align, read_file, split_dev};
use super::eval::{evaluate, Scores};
use super::train::{train, TrainOptions};
use super::{NerError, Tagger};
use crate::lexicon::Source;
use std::path::PathBuf;
use std::time::Instant;

/// What `marsad train` trains.
#[derive(clap::Subcommand, Debug)]
pub enum TrainCommand {
    /// Arabic named entities (averaged perceptron, Collins 2002) from a two-column CoNLL file such as ANERcorp.
    Ner(TrainNerArgs),
    /// Arabic protest/assault event realis (L2 logistic regression by default; src/realis.rs) from the Arabic event gold standard.
    Realis(crate::realis::data::TrainRealisArgs),
}

/// Arguments of `marsad train ner`.
#[derive(clap::Args, Debug)]
pub struct TrainNerArgs {
    /// Training file: one `TOKEN TAG` per line, IOB tags with PERS/PER, LOC, ORG, MISC.
    #[arg(long, value_name = "PATH")]
    pub data: PathBuf,
    /// Fraction of sentences, taken from the end of the file, held out as the development part
    /// (0: train on every sentence, as for the shipped model; the model records the file's
    /// fingerprint and the sentences it saw, and `eval-ner` refuses to score those).
    #[arg(long, default_value_t = 0.2)]
    pub dev_fraction: f64,
    /// Train on only this fraction of the sentences before the development part, from the
    /// start of the file (a learning curve scored on the same development part).
    #[arg(long, default_value_t = 1.0)]
    pub train_fraction: f64,
    /// Passes over the training sentences.
    #[arg(long, default_value_t = 8)]
    pub epochs: usize,
    /// Training margin demanded against a wrong entity label (cost-augmented decoding).
    #[arg(long, default_value_t = 3.0)]
    pub cost: f32,
    /// Training margin demanded against O where the gold label is an entity (higher: more recall).
    #[arg(long, default_value_t = 15.0)]
    pub miss_cost: f32,
    /// Models trained on different sentence orders and averaged into one (bagging).
    #[arg(long, default_value_t = 4)]
    pub bags: usize,
    /// Seed of the shuffling of training sentences.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Drop features whose largest absolute averaged weight is below this (model size vs accuracy).
    #[arg(long, default_value_t = 0.0)]
    pub prune: f32,
    /// Also score the development part after every epoch.
    #[arg(long)]
    pub dev_every_epoch: bool,
    /// Class counts of the word classes learnt for the cluster features, comma-separated (empty: none).
    #[arg(long, value_delimiter = ',', default_value = "")]
    pub clusters: Vec<String>,
    /// Unlabelled text (plain, or `TOKEN TAG` lines) the word classes are also learnt from; repeatable.
    #[arg(long, value_name = "PATH")]
    pub unlabelled: Vec<PathBuf>,
    /// Words seen fewer times than this in the text get no class.
    #[arg(long, default_value_t = 2)]
    pub cluster_min_count: u32,
    /// Passes of the clustering (exchange algorithm).
    #[arg(long, default_value_t = 10)]
    pub cluster_iters: usize,
    /// A word seen at least this often in the training part and never inside a PER, LOC or
    /// ORG entity there is never the last word of a predicted entity (0: no such list).
    #[arg(long, default_value_t = 3)]
    pub outside_min_count: u32,
    /// Where to write the model (required: the shipped `models/ner.ar.bin` is trained with
    /// `--dev-fraction 0`, and a default would overwrite it with a model of another kind).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

/// Arguments of `marsad eval-ner`.
#[derive(clap::Args, Debug)]
pub struct EvalNerArgs {
    /// Two-column CoNLL file, as for `marsad train ner`.
    #[arg(long, value_name = "PATH")]
    pub data: PathBuf,
    /// Fraction of sentences from the end of the file that are scored (the development part);
    /// 1 scores the whole file (e.g. a separate test file).
    #[arg(long, default_value_t = 0.2)]
    pub dev_fraction: f64,
    /// Model file to score instead of the built-in model.
    #[arg(long, value_name = "PATH")]
    pub model: Option<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every missed and spurious entity on standard error.
    #[arg(long)]
    pub errors: bool,
    /// Score even when the model was trained on part of the scored sentences (the model
    /// records its training file's fingerprint); the result is marked as not held out.
    #[arg(long)]
    pub allow_seen: bool,
}

/// Runs `marsad train ner`: trains, prints dev scores, writes the model.
pub fn run_train(cmd: TrainCommand, src: &Source) -> Result<(), NerError> {
    let a = match cmd {
        TrainCommand::Ner(a) => a,
        TrainCommand::Realis(a) => {
            let p = crate::pipeline::Pipeline::from_source(src).map_err(|e| NerError::Io { path: "lexicons".into(), message: e.to_string() })?;
            return crate::realis::data::run_train(&a, &p).map_err(NerError::Realis);
        }
    };
    let opts = TrainOptions {
        data: a.data,
        dev_fraction: a.dev_fraction,
        train_fraction: a.train_fraction,
        epochs: a.epochs,
        seed: a.seed,
        prune: a.prune,
        dev_every_epoch: a.dev_every_epoch,
        bags: a.bags,
        cost: a.cost,
        miss_cost: a.miss_cost,
        clusters: a
            .clusters
            .iter()
            .filter(|c| !c.trim().is_empty())
            .map(|c| c.trim().parse::<usize>().ok().filter(|&k| (2..=super::clusters::MAX_CLASSES).contains(&k)).ok_or_else(|| NerError::Option(format!("--clusters: `{c}` is not a class count from 2 to {}", super::clusters::MAX_CLASSES))))
            .collect::<Result<_, _>>()?,
        unlabelled: a.unlabelled,
        cluster_min_count: a.cluster_min_count,
        cluster_iters: a.cluster_iters,
        outside_min_count: a.outside_min_count,
    };
    let rep = train(&opts, src, &mut |l| eprintln!("{l}"))?;
    // a temporary file renamed into place: a failed write never leaves half a model
    crate::output::write_atomically(&a.out, &rep.model).map_err(|e| NerError::Io { path: a.out.display().to_string(), message: e.to_string() })?;
    println!(
        "trained on {} sentences ({} tokens) in {:.1} s; {} features seen, {} kept; model {} bytes written to {}",
        rep.train_sentences,
        rep.train_tokens,
        rep.seconds,
        rep.features_seen,
        rep.features_kept,
        rep.model.len(),
        a.out.display()
    );
    if rep.dev_sentences > 0 {
        println!("dev: last {} sentences (--dev-fraction {})", rep.dev_sentences, opts.dev_fraction);
        println!("{}", rep.dev.table());
    } else {
        println!("trained on the whole file (--dev-fraction 0): no development score; the dev number of record is that of the same options with --dev-fraction 0.2");
    }
    Ok(())
}

/// Runs `marsad eval-ner`: scores a model on the development part and measures tagging speed.
pub fn run_eval(a: EvalNerArgs, src: &Source) -> Result<Scores, NerError> {
    if !(a.dev_fraction > 0.0 && a.dev_fraction <= 1.0) {
        return Err(NerError::Option(format!("--dev-fraction must be above 0 and at most 1, not {}", a.dev_fraction)));
    }
    let t0 = Instant::now();
    let tagger = match &a.model {
        Some(p) => Tagger::from_file(p, src)?,
        None => Tagger::new(super::BUILTIN_MODEL, src)?,
    };
    let load_ms = t0.elapsed().as_secs_f64() * 1e3;
    if !tagger.lexicons_match() {
        eprintln!("marsad: note: the lexicons differ from those the NER model was trained with; retrain it with `marsad train ner` for the best accuracy");
    }
    let (sentences, _) = read_file(&a.data)?;
    if sentences.is_empty() {
        return Err(NerError::Data { path: a.data.display().to_string(), line: 1, message: "no `token TAG` lines: nothing to score".into() });
    }
    let (_, dev) = split_dev(&sentences, a.dev_fraction);
    let seen = seen_in_training(&tagger, &a.data, sentences.len(), dev.len())?;
    if seen > 0 {
        let what = match tagger.training_data() {
            Some(t) if t.whole_file() => "was trained on the whole file".to_string(),
            Some(t) => format!("was trained on its first {} of {} sentences", t.train_sentences, t.sentences),
            None => "was trained on it".to_string(),
        };
        let msg = format!(
            "the NER model ({}) {what}: {seen} of the {} scored sentences were training data, so the score would not be a held-out number. \
             For an honest development score, train with the same options and --dev-fraction {} (`marsad train ner --data FILE --dev-fraction {} --out dev.bin`) \
             and score that model (`marsad eval-ner --data FILE --dev-fraction {} --model dev.bin`); --allow-seen scores anyway",
            a.model.as_ref().map_or("built-in".to_string(), |p| p.display().to_string()),
            dev.len(),
            a.dev_fraction,
            a.dev_fraction,
            a.dev_fraction
        );
        if !a.allow_seen {
            return Err(NerError::Option(msg));
        }
        eprintln!("marsad: WARNING: {msg}");
    }
    let scores = evaluate(&tagger, dev);
    if a.errors {
        for e in super::eval::errors(&tagger, dev) {
            eprintln!("{e}");
        }
    }
    // speed: tagging only, over marsad tokens, tokenization excluded
    let aligned: Vec<_> = dev.iter().map(align).collect();
    let ntok: usize = aligned.iter().map(|x| x.tokens.len()).sum();
    let t1 = Instant::now();
    let mut sink = 0usize;
    for x in &aligned {
        sink += tagger.labels(&x.tokens).len();
    }
    let secs = t1.elapsed().as_secs_f64().max(1e-9);
    debug_assert_eq!(sink, ntok);
    if a.json {
        let v = serde_json::json!({
            "per": scores.per, "loc": scores.loc, "org": scores.org, "micro": scores.micro(),
            "f1": { "per": scores.per.f1(), "loc": scores.loc.f1(), "org": scores.org.f1(), "micro": scores.micro().f1() },
            "sentences": scores.sentences, "tokens": scores.tokens,
            "model_load_ms": load_ms, "tokens_per_second": ntok as f64 / secs, "lexicons_match": tagger.lexicons_match(),
            "seen_in_training": seen, "held_out": seen == 0,
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    } else {
        println!("model: {} ({} features; loaded in {load_ms:.1} ms)", a.model.as_ref().map_or("built-in".to_string(), |p| p.display().to_string()), tagger.model_features());
        println!("scored: last {} sentences of {} (--dev-fraction {})", dev.len(), a.data.display(), a.dev_fraction);
        println!("{}", scores.table());
        if seen > 0 {
            println!("NOT HELD OUT: {seen} of the {} scored sentences were training data of this model", dev.len());
        }
        println!("tagging speed: {:.0} tokens/s ({ntok} marsad tokens in {:.3} s, one thread)", ntok as f64 / secs, secs);
    }
    Ok(scores)
}

/// How many of the last `n_scored` of the `n_sentences` sentences of `data` the tagger's
/// model was trained on: 0 when the model records another file (by fingerprint) or none.
pub fn seen_in_training(tagger: &Tagger, data: &std::path::Path, n_sentences: usize, n_scored: usize) -> Result<usize, NerError> {
    let Some(t) = tagger.training_data() else { return Ok(0) };
    if t.fingerprint != super::corpus::file_fingerprint(data)? || t.sentences as usize != n_sentences {
        return Ok(0);
    }
    Ok(t.seen_among_last(n_scored))
}
