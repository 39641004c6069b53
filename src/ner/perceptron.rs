//! The averaged structured perceptron (Collins 2002): a first-order linear-chain
//! model over BIO labels, decoded with Viterbi under BIO constraints, trained
//! online with weight averaging (lazy averaging as in Daumé, "A Course in Machine
//! Learning", ch. 4), and its compact model file.
//!
//! Training decodes cost-augmented (as in the loss-augmented inference of
//! structured SVMs and of Crammer et al. 2006's passive-aggressive learning):
//! a wrong label's score gets `cost` added, or `miss_cost` when it is O where
//! the gold label is an entity, so the perceptron keeps updating until the gold
//! sequence wins by that margin. A larger `miss_cost` trades precision for recall.
//!
//! A score of a label sequence y for a sentence x is
//! `Σ_j Σ_{f ∈ feats(x, j)} w[f, y_j] + Σ_j T[y_{j−1}, y_j]` with `T[start, ·]` for `j = 0`.
//!
//! # Model file (little-endian)
//!
//! | bytes | content |
//! |---|---|
//! | 4 | magic `MNER` |
//! | 4 | file format version (1) |
//! | 4 | feature version ([`super::features::FEATURE_VERSION`]) |
//! | 8 | fingerprint of the gazetteers trained with ([`super::features::FeatureExtractor::fingerprint`]) |
//! | 4 | number of labels L (9) |
//! | 4 | f32 scale: a stored i16 weight q means `q × scale` |
//! | 4 × (L+1) × L | f32 transition scores, the start row last |
//! | 4 | number of features N |
//! | 4 × N | feature keys: the high 32 bits of the 64-bit hash key, strictly ascending |
//! | 2 × N | bitmask of the labels with a non-zero weight, per feature |
//! | 2 × (sum of mask bits) | i16 weights of those labels, feature by feature |
//! | … | the word classes ([`super::clusters::Clusters::write`]; 8 zero bytes when none) |
//! | 4 | (format 4 on) number M of outside words |
//! | 8 × M | (format 4 on) their keys ([`super::features::outside_key`]), strictly ascending |
//! | 1 | (format 5) 1 when a training-data record follows, else 0 |
//! | 24 | (format 5, record) [`TrainingData`]: u64 data fingerprint, u32 sentences in the file, u32 sentences trained on, f64 dev fraction |
//!
//! Formats 3 (no outside words) and 4 (no training-data record) are still read.


#![allow(clippy::needless_range_loop)] // per-label loops index several arrays by label

use super::clusters::Clusters;
use super::features::FEATURE_VERSION;
use super::{Label, NerError, N_LABELS};

const MAGIC: &[u8; 4] = b"MNER";
const FORMAT_VERSION: u32 = 5;
const START: usize = N_LABELS;

/// Allowed label transitions under BIO: `I-X` only after `B-X` or `I-X`.
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    match Label::from_index(cur) {
        Label::I(t) => prev.is_some_and(|p| matches!(Label::from_index(p), Label::B(u) | Label::I(u) if u == t)),
        _ => true,
    }
}

/// `ALLOWED[p][c]`: [`allowed`] as a table, the start row last.
static ALLOWED: std::sync::LazyLock<[[bool; N_LABELS]; N_LABELS + 1]> = std::sync::LazyLock::new(|| {
    let mut a = [[false; N_LABELS]; N_LABELS + 1];
    for (p, row) in a.iter_mut().enumerate() {
        for (c, x) in row.iter_mut().enumerate() {
            *x = allowed(if p == START { None } else { Some(p) }, c);
        }
    }
    a
});

/// What a model was trained on: which file (by fingerprint) and which of its sentences.
///
/// Training always uses the first `train_sentences` sentences of the file (the
/// development part is the last `round(sentences × dev_fraction)`), so a part of
/// the same file that starts at sentence `train_sentences` or later is unseen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainingData {
    /// 64-bit FNV-1a hash of the training file's bytes ([`super::corpus::file_fingerprint`]).
    pub fingerprint: u64,
    /// Sentences in the file ([`super::corpus::read_file`]).
    pub sentences: u32,
    /// Sentences trained on: the first this many of the file.
    pub train_sentences: u32,
    /// The `--dev-fraction` of the run (0: the whole file was training data).
    pub dev_fraction: f64,
}

impl TrainingData {
    /// True when every sentence of the file was training data.
    pub fn whole_file(&self) -> bool {
        self.train_sentences >= self.sentences
    }

    /// Number of training sentences among the last `n_scored` sentences of a file
    /// with this record's fingerprint and `sentences` sentences (0: an honest held-out score).
    pub fn seen_among_last(&self, n_scored: usize) -> usize {
        let n = self.sentences as usize;
        let first_scored = n.saturating_sub(n_scored);
        (self.train_sentences as usize).min(n).saturating_sub(first_scored)
    }
}

/// A trained model, ready to score: feature key → weights per label, and transitions.
///
/// Keys are kept sorted with an index of where each value of their top 16 bits
/// starts, so a lookup is one index read and a scan of about two keys (the keys
/// are uniform hashes), and loading needs no hashing or sorting.
#[derive(Debug, Clone)]
pub struct Model {
    /// Feature keys (high 32 bits of the 64-bit hash), strictly ascending.
    keys: Vec<u32>,
    /// `starts[b]..starts[b + 1]` are the keys whose top 16 bits are `b`.
    starts: Vec<u32>,
    /// Quantised weights: `weights[row * N_LABELS + label] × scale`, row = position in `keys`.
    weights: Vec<i16>,
    /// Value of one quantisation step.
    scale: f32,
    /// `trans[prev * N_LABELS + cur]`, prev = START for the first token.
    trans: Vec<f32>,
    /// Fingerprint of the gazetteers the model was trained with.
    pub lexicon_fingerprint: u64,
    /// Word classes the model's cluster features refer to.
    pub clusters: Clusters,
    /// Keys ([`super::features::outside_key`]) of the words that the training part has
    /// often and never inside a PER, LOC or ORG entity, strictly ascending: a predicted
    /// entity does not end on one of them ([`super::trim_outside`]).
    pub outside: Vec<u64>,
    /// The data the model was trained on (None for format 3 and 4 files, which do not record it).
    pub training: Option<TrainingData>,
}

/// The 32-bit key stored for a 64-bit feature hash.
#[inline]
fn short_key(k: u64) -> u32 {
    (k >> 32) as u32
}

impl Model {
    /// Builds the model from (key, weights) pairs in any order. Pairs whose short keys collide are summed.
    fn build(mut feats: Vec<(u32, [f32; N_LABELS])>, trans: Vec<f32>) -> Model {
        feats.sort_by_key(|f| f.0);
        feats.dedup_by(|a, b| {
            if a.0 == b.0 {
                for l in 0..N_LABELS {
                    b.1[l] += a.1[l];
                }
                true
            } else {
                false
            }
        });
        let max = feats.iter().flat_map(|f| f.1).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let keys = feats.iter().map(|f| f.0).collect();
        let weights = feats.iter().flat_map(|f| f.1).map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16).collect();
        Model::from_sorted(keys, weights, scale, trans)
    }

    /// `keys` strictly ascending, `weights` N_LABELS per key.
    fn from_sorted(keys: Vec<u32>, weights: Vec<i16>, scale: f32, trans: Vec<f32>) -> Model {
        let mut starts = vec![0u32; (1 << 16) + 1];
        let mut i = 0usize;
        for (b, st) in starts.iter_mut().enumerate() {
            while i < keys.len() && ((keys[i] >> 16) as usize) < b {
                i += 1;
            }
            *st = i as u32;
        }
        Model { keys, starts, weights, scale, trans, lexicon_fingerprint: 0, clusters: Clusters::empty(), outside: Vec::new(), training: None }
    }

    /// The mean of several models (bagging over training orders): weights and
    /// transitions averaged, the lexicon fingerprint of the first kept.
    pub fn mean(models: &[Model]) -> Model {
        let mut acc: std::collections::HashMap<u32, [f32; N_LABELS]> = Default::default();
        let k = models.len().max(1) as f32;
        let mut trans = vec![0f32; (N_LABELS + 1) * N_LABELS];
        for m in models {
            for (r, &key) in m.keys.iter().enumerate() {
                let e = acc.entry(key).or_insert([0.0; N_LABELS]);
                for l in 0..N_LABELS {
                    e[l] += m.weights[r * N_LABELS + l] as f32 * m.scale / k;
                }
            }
            for (t, x) in trans.iter_mut().zip(&m.trans) {
                *t += x / k;
            }
        }
        let mut out = Model::build(acc.into_iter().collect(), trans);
        if let Some(m) = models.first() {
            out.lexicon_fingerprint = m.lexicon_fingerprint;
        }
        out
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the model has no feature weights.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    #[inline]
    fn row(&self, key: u64) -> Option<&[i16]> {
        let k = short_key(key);
        let b = (k >> 16) as usize;
        let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        let r = lo + self.keys[lo..hi].iter().position(|&x| x == k)?;
        Some(&self.weights[r * N_LABELS..(r + 1) * N_LABELS])
    }

    /// Emission scores of one token.
    #[inline]
    pub fn emission(&self, keys: &[u64]) -> [f32; N_LABELS] {
        let mut acc = [0i32; N_LABELS];
        for &k in keys {
            if let Some(w) = self.row(k) {
                for l in 0..N_LABELS {
                    acc[l] += w[l] as i32;
                }
            }
        }
        acc.map(|a| a as f32 * self.scale)
    }

    /// Best label sequence for precomputed emission scores.
    pub fn viterbi(&self, em: &[[f32; N_LABELS]]) -> Vec<usize> {
        viterbi(em, &self.trans)
    }

    /// Serialises the model (see the module docs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let scale = self.scale;
        let order: Vec<(u32, usize)> = self.keys.iter().enumerate().map(|(r, k)| (*k, r)).collect();
        let mut out = Vec::with_capacity(64 + order.len() * 12);
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, FEATURE_VERSION] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.lexicon_fingerprint.to_le_bytes());
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for t in &self.trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let kept: Vec<&(u32, usize)> = order.iter().filter(|(_, r)| self.weights[r * N_LABELS..(r + 1) * N_LABELS].iter().any(|&w| w != 0)).collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        for (k, _) in &kept {
            out.extend_from_slice(&k.to_le_bytes());
        }
        let mut vals = Vec::new();
        for (_, r) in &kept {
            let mut mask = 0u16;
            for l in 0..N_LABELS {
                let v = self.weights[r * N_LABELS + l];
                if v != 0 {
                    mask |= 1 << l;
                    vals.push(v);
                }
            }
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for v in vals {
            out.extend_from_slice(&v.to_le_bytes());
        }
        self.clusters.write(&mut out);
        out.extend_from_slice(&(self.outside.len() as u32).to_le_bytes());
        for k in &self.outside {
            out.extend_from_slice(&k.to_le_bytes());
        }
        match &self.training {
            None => out.push(0),
            Some(t) => {
                out.push(1);
                out.extend_from_slice(&t.fingerprint.to_le_bytes());
                out.extend_from_slice(&t.sentences.to_le_bytes());
                out.extend_from_slice(&t.train_sentences.to_le_bytes());
                out.extend_from_slice(&t.dev_fraction.to_le_bytes());
            }
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`]. Errors: wrong magic, version,
    /// label count or feature version; truncated data.
    pub fn from_bytes(b: &[u8]) -> Result<Model, NerError> {
        let bad = |m: &str| NerError::Model(m.to_string());
        let mut r = Reader { b, pos: 0 };
        if r.take(4).ok_or_else(|| bad("empty or truncated file"))? != MAGIC {
            return Err(bad("not a marsad NER model (bad magic)"));
        }
        let fv = r.u32().ok_or_else(|| bad("truncated header"))?;
        if !(3..=FORMAT_VERSION).contains(&fv) {
            return Err(bad(&format!("model file format {fv}, expected 3 to {FORMAT_VERSION}")));
        }
        let feat = r.u32().ok_or_else(|| bad("truncated header"))?;
        if feat != FEATURE_VERSION {
            return Err(bad(&format!("model trained with feature set {feat}, this marsad extracts feature set {FEATURE_VERSION}: retrain it")));
        }
        let fp_lo = r.u32().ok_or_else(|| bad("truncated header"))? as u64;
        let fp_hi = r.u32().ok_or_else(|| bad("truncated header"))? as u64;
        let nl = r.u32().ok_or_else(|| bad("truncated header"))?;
        if nl as usize != N_LABELS {
            return Err(bad(&format!("model has {nl} labels, expected {N_LABELS}")));
        }
        let scale = f32::from_bits(r.u32().ok_or_else(|| bad("truncated header"))?);
        if !(scale.is_finite() && scale > 0.0) {
            return Err(bad("scale is not a finite number"));
        }
        let mut trans = Vec::with_capacity((N_LABELS + 1) * N_LABELS);
        for _ in 0..(N_LABELS + 1) * N_LABELS {
            let t = f32::from_bits(r.u32().ok_or_else(|| bad("truncated transitions"))?);
            trans.push(if t.is_finite() { t } else { 0.0 });
        }
        let n = r.u32().ok_or_else(|| bad("truncated feature count"))? as usize;
        let keys = r.take(n.checked_mul(4).ok_or_else(|| bad("feature count too large"))?).ok_or_else(|| bad("truncated keys"))?;
        let masks = r.take(n * 2).ok_or_else(|| bad("truncated label masks"))?;
        let mut ks = Vec::with_capacity(n);
        let mut weights = vec![0i16; n * N_LABELS];
        for i in 0..n {
            let k = u32::from_le_bytes([keys[4 * i], keys[4 * i + 1], keys[4 * i + 2], keys[4 * i + 3]]);
            if ks.last().is_some_and(|&p| k <= p) {
                return Err(bad("feature keys are not strictly ascending"));
            }
            ks.push(k);
            let mask = u16::from_le_bytes([masks[2 * i], masks[2 * i + 1]]);
            for l in 0..N_LABELS {
                if mask & (1 << l) != 0 {
                    let v = r.take(2).ok_or_else(|| bad("truncated weights"))?;
                    weights[i * N_LABELS + l] = i16::from_le_bytes([v[0], v[1]]);
                }
            }
        }
        let (clusters, used) = Clusters::read(&b[r.pos..]).ok_or_else(|| bad("truncated or corrupt word classes"))?;
        r.pos += used;
        let mut outside = Vec::new();
        if fv >= 4 {
            let n = r.u32().ok_or_else(|| bad("truncated outside words"))? as usize;
            let ks = r.take(n.checked_mul(8).ok_or_else(|| bad("outside word count too large"))?).ok_or_else(|| bad("truncated outside words"))?;
            for c in ks.chunks_exact(8) {
                let k = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
                if outside.last().is_some_and(|&p| k <= p) {
                    return Err(bad("outside word keys are not strictly ascending"));
                }
                outside.push(k);
            }
        }
        let mut training = None;
        if fv >= 5 {
            match r.take(1).ok_or_else(|| bad("truncated training-data record"))?[0] {
                0 => {}
                1 => {
                    let t = r.take(24).ok_or_else(|| bad("truncated training-data record"))?;
                    let u64_at = |i: usize| u64::from_le_bytes([t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5], t[i + 6], t[i + 7]]);
                    let u32_at = |i: usize| u32::from_le_bytes([t[i], t[i + 1], t[i + 2], t[i + 3]]);
                    let dev_fraction = f64::from_bits(u64_at(16));
                    if !(0.0..=1.0).contains(&dev_fraction) {
                        return Err(bad("training-data record: dev fraction out of range"));
                    }
                    training = Some(TrainingData { fingerprint: u64_at(0), sentences: u32_at(8), train_sentences: u32_at(12), dev_fraction });
                }
                _ => return Err(bad("corrupt training-data record")),
            }
        }
        if r.pos != b.len() {
            return Err(bad("trailing bytes at the end of the model"));
        }
        let mut m = Model::from_sorted(ks, weights, scale, trans);
        m.training = training;
        m.clusters = clusters;
        m.outside = outside;
        m.lexicon_fingerprint = fp_lo | (fp_hi << 32);
        Ok(m)
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.b.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

/// `PREDECESSORS[c]`: the labels allowed before label `c` (not the start), in
/// ascending order, and their number: all for O and `B-X`, `B-X` and `I-X` for `I-X`.
static PREDECESSORS: std::sync::LazyLock<[([u8; N_LABELS], usize); N_LABELS]> = std::sync::LazyLock::new(|| {
    let ok = &*ALLOWED;
    let mut out = [([0u8; N_LABELS], 0usize); N_LABELS];
    for (c, (list, k)) in out.iter_mut().enumerate() {
        for p in 0..N_LABELS {
            if ok[p][c] {
                list[*k] = p as u8;
                *k += 1;
            }
        }
    }
    out
});

/// Viterbi decoding under the BIO constraints; `trans[prev * L + cur]`, start row `L`.
pub fn viterbi(em: &[[f32; N_LABELS]], trans: &[f32]) -> Vec<usize> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let ok = &*ALLOWED;
    let preds = &*PREDECESSORS;
    // the transition table as fixed-size rows (the model's table always has them all)
    let tr: [[f32; N_LABELS]; N_LABELS + 1] = std::array::from_fn(|p| std::array::from_fn(|c| trans.get(p * N_LABELS + c).copied().unwrap_or(0.0)));
    // scores of the previous and the current position only; back pointers for all
    let mut prev = [NEG; N_LABELS];
    let mut back = vec![[0u8; N_LABELS]; n];
    for c in 0..N_LABELS {
        if ok[START][c] {
            prev[c] = em[0][c] + tr[START][c];
        }
    }
    for j in 1..n {
        let mut cur = [NEG; N_LABELS];
        for c in 0..N_LABELS {
            let mut best = NEG;
            let mut arg = 0u8;
            // the allowed predecessors in ascending order, as a scan of all would visit
            // them. A predecessor scored −∞ needs no test: its sum is −∞ (or NaN for a
            // +∞ transition), never above `best`.
            let (list, k) = &preds[c];
            if *k == N_LABELS {
                for p in 0..N_LABELS {
                    let s = prev[p] + tr[p][c];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            } else {
                for &p in &list[..*k] {
                    let p = p as usize % N_LABELS;
                    let s = prev[p] + tr[p][c];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            }
            cur[c] = if best == NEG { NEG } else { best + em[j][c] };
            back[j][c] = arg;
        }
        prev = cur;
    }
    let mut last = 0;
    for c in 1..N_LABELS {
        if prev[c] > prev[last] {
            last = c;
        }
    }
    let mut out = vec![0usize; n];
    out[n - 1] = last;
    for j in (1..n).rev() {
        out[j - 1] = back[j][out[j]] as usize;
    }
    out
}

/// A training sentence: feature indices per token (CSR) and gold label indices.
#[derive(Debug, Clone)]
pub struct Example {
    /// Offsets into `feats`, one more than the number of tokens.
    pub start: Vec<u32>,
    /// Feature indices into the trainer's table.
    pub feats: Vec<u32>,
    /// Gold label index per token.
    pub gold: Vec<usize>,
}

/// Online trainer of the averaged structured perceptron.
#[derive(Clone)]
pub struct Trainer {
    keys: Vec<u64>,
    index: std::collections::HashMap<u64, u32>,
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
    /// Margin demanded against a wrong entity label (cost-augmented decoding).
    pub cost: f32,
    /// Margin demanded against O where the gold label is an entity (a miss).
    pub miss_cost: f32,
}

impl Default for Trainer {
    fn default() -> Self {
        Self::new()
    }
}

impl Trainer {
    /// An empty trainer.
    pub fn new() -> Self {
        let nt = (N_LABELS + 1) * N_LABELS;
        Trainer { keys: Vec::new(), index: Default::default(), w: Vec::new(), u: Vec::new(), tw: vec![0.0; nt], tu: vec![0.0; nt], c: 1.0, cost: 0.0, miss_cost: 0.0 }
    }

    /// Number of distinct features seen.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// The feature index of hashed key `k`, added to the table when unseen.
    pub fn index(&mut self, k: u64) -> u32 {
        let next = self.keys.len() as u32;
        let id = *self.index.entry(k).or_insert(next);
        if id == next {
            self.keys.push(k);
            self.w.extend_from_slice(&[0.0; N_LABELS]);
            self.u.extend_from_slice(&[0.0; N_LABELS]);
        }
        id
    }

    /// Turns hashed keys into an [`Example`], adding unseen keys to the table.
    pub fn example(&mut self, start: &[usize], keys: &[u64], gold: Vec<usize>) -> Example {
        let feats = keys.iter().map(|&k| self.index(k)).collect();
        Example { start: start.iter().map(|&s| s as u32).collect(), feats, gold }
    }

    fn token_feats(ex: &Example, j: usize) -> &[u32] {
        &ex.feats[ex.start[j] as usize..ex.start[j + 1] as usize]
    }

    /// One perceptron step on `ex`: decode with the current weights, update on a
    /// mismatch. Returns the number of tokens whose label was wrong.
    pub fn step(&mut self, ex: &Example) -> usize {
        self.step_with(ex, &[]).0
    }

    /// [`Trainer::step`] with extra features per token (`extra[j]`, may be empty);
    /// also returns the predicted labels.
    pub fn step_with(&mut self, ex: &Example, extra: &[Vec<u32>]) -> (usize, Vec<usize>) {
        let n = ex.gold.len();
        let none: Vec<u32> = Vec::new();
        let ext = |j: usize| extra.get(j).unwrap_or(&none);
        let mut em = vec![[0f32; N_LABELS]; n];
        for (j, e) in em.iter_mut().enumerate() {
            for &f in Self::token_feats(ex, j).iter().chain(ext(j)) {
                let r = f as usize * N_LABELS;
                for l in 0..N_LABELS {
                    e[l] += self.w[r + l];
                }
            }
        }
        // cost-augmented decoding: wrong labels get a head start, so updates
        // continue until the gold sequence wins by a margin
        let (cost, miss) = (self.cost, self.miss_cost);
        if cost > 0.0 || miss > 0.0 {
            for (j, e) in em.iter_mut().enumerate() {
                let g = ex.gold[j];
                for (l, x) in e.iter_mut().enumerate() {
                    if l != g {
                        *x += if l == 0 { miss } else { cost };
                    }
                }
            }
        }
        let pred = viterbi(&em, &self.tw);
        let mut wrong = 0;
        let c = self.c;
        for j in 0..n {
            let (g, p) = (ex.gold[j], pred[j]);
            if g != p {
                wrong += 1;
                for &f in Self::token_feats(ex, j).iter().chain(ext(j)) {
                    let r = f as usize * N_LABELS;
                    self.w[r + g] += 1.0;
                    self.u[r + g] += c;
                    self.w[r + p] -= 1.0;
                    self.u[r + p] -= c;
                }
            }
            let gp = if j == 0 { START } else { ex.gold[j - 1] };
            let pp = if j == 0 { START } else { pred[j - 1] };
            if (gp, g) != (pp, p) {
                self.tw[gp * N_LABELS + g] += 1.0;
                self.tu[gp * N_LABELS + g] += c;
                self.tw[pp * N_LABELS + p] -= 1.0;
                self.tu[pp * N_LABELS + p] -= c;
            }
        }
        self.c += 1.0;
        (wrong, pred)
    }

    /// The averaged model. Features whose largest absolute averaged weight is below
    /// `prune` are dropped.
    pub fn averaged(&self, prune: f32) -> Model {
        let c = self.c;
        let avg = |w: f32, u: f64| (w as f64 - u / c) as f32;
        let mut feats = Vec::new();
        for (i, &k) in self.keys.iter().enumerate() {
            let mut row = [0f32; N_LABELS];
            let mut m = 0f32;
            for l in 0..N_LABELS {
                row[l] = avg(self.w[i * N_LABELS + l], self.u[i * N_LABELS + l]);
                m = m.max(row[l].abs());
            }
            if m > 0.0 && m >= prune {
                feats.push((short_key(k), row));
            }
        }
        let trans = self.tw.iter().zip(&self.tu).map(|(&w, &u)| avg(w, u)).collect();
        Model::build(feats, trans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::NerType;

    fn idx(l: Label) -> usize {
        l.index()
    }

    #[test]
    fn viterbi_respects_bio_constraints() {
        // emissions prefer I-PER at the start and after O: the decoder must not produce it
        let mut em = vec![[0f32; N_LABELS]; 3];
        em[0][idx(Label::I(NerType::Per))] = 5.0;
        em[0][idx(Label::B(NerType::Per))] = 1.0;
        em[1][idx(Label::I(NerType::Per))] = 5.0;
        em[2][idx(Label::O)] = 1.0;
        let trans = vec![0f32; (N_LABELS + 1) * N_LABELS];
        let path = viterbi(&em, &trans);
        assert_eq!(path, vec![idx(Label::B(NerType::Per)), idx(Label::I(NerType::Per)), idx(Label::O)]);
        assert!(viterbi(&[], &trans).is_empty());
    }

    #[test]
    fn perceptron_learns_and_round_trips() {
        let mut t = Trainer::new();
        // two "words": key 10 is a person, key 20 is not
        let (a, b) = (10u64 << 32, 20u64 << 32);
        let ex1 = t.example(&[0, 1, 2], &[a, b], vec![idx(Label::B(NerType::Per)), 0]);
        let ex2 = t.example(&[0, 1, 2], &[b, a], vec![0, idx(Label::B(NerType::Per))]);
        for _ in 0..5 {
            t.step(&ex1);
            t.step(&ex2);
        }
        let m = t.averaged(0.0);
        let em: Vec<_> = [20u64 << 32, 10u64 << 32].iter().map(|k| m.emission(&[*k])).collect();
        assert_eq!(m.viterbi(&em), vec![0, idx(Label::B(NerType::Per))]);
        let bytes = m.to_bytes();
        let m2 = Model::from_bytes(&bytes).unwrap();
        let em2: Vec<_> = [20u64 << 32, 10u64 << 32].iter().map(|k| m2.emission(&[*k])).collect();
        assert_eq!(m2.viterbi(&em2), vec![0, idx(Label::B(NerType::Per))]);
        for (a, b) in em.iter().flatten().zip(em2.iter().flatten()) {
            assert!((a - b).abs() < 1e-3);
        }
    }

    #[test]
    fn bagged_models_average_their_weights() {
        let a = Model::build(vec![(7, [2.0; N_LABELS]), (9, [1.0; N_LABELS])], vec![1.0; (N_LABELS + 1) * N_LABELS]);
        let b = Model::build(vec![(7, [0.0; N_LABELS])], vec![3.0; (N_LABELS + 1) * N_LABELS]);
        let m = Model::mean(&[a, b]);
        assert_eq!(m.len(), 2);
        let e = m.emission(&[7u64 << 32]);
        assert!((e[0] - 1.0).abs() < 1e-3, "{e:?}");
        let e = m.emission(&[9u64 << 32, 5u64 << 32]);
        assert!((e[3] - 0.5).abs() < 1e-3, "unknown keys add nothing: {e:?}");
        assert!(m.trans.iter().all(|t| (t - 2.0).abs() < 1e-6));
    }

    /// Viterbi over all predecessors, checking [`allowed`] inside the loop (the
    /// decoder before the predecessor lists), for comparison.
    fn viterbi_full_scan(em: &[[f32; N_LABELS]], trans: &[f32]) -> Vec<usize> {
        let n = em.len();
        let mut score = vec![[f32::NEG_INFINITY; N_LABELS]; n];
        let mut back = vec![[0u8; N_LABELS]; n];
        for c in 0..N_LABELS {
            if allowed(None, c) {
                score[0][c] = em[0][c] + trans[START * N_LABELS + c];
            }
        }
        for j in 1..n {
            for c in 0..N_LABELS {
                let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
                for p in 0..N_LABELS {
                    if score[j - 1][p] == f32::NEG_INFINITY || !allowed(Some(p), c) {
                        continue;
                    }
                    let s = score[j - 1][p] + trans[p * N_LABELS + c];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                score[j][c] = if best == f32::NEG_INFINITY { best } else { best + em[j][c] };
                back[j][c] = arg;
            }
        }
        let mut last = 0;
        for c in 1..N_LABELS {
            if score[n - 1][c] > score[n - 1][last] {
                last = c;
            }
        }
        let mut out = vec![last; n];
        for j in (1..n).rev() {
            out[j - 1] = back[j][out[j]] as usize;
        }
        out
    }

    #[test]
    fn viterbi_equals_the_full_scan_including_ties() {
        // small integer scores make ties frequent: the tie-breaking must not change
        let mut state = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 5) as f32 - 2.0
        };
        for len in 1..12 {
            for _ in 0..200 {
                let em: Vec<[f32; N_LABELS]> = (0..len).map(|_| std::array::from_fn(|_| next())).collect();
                // some transitions forbidden outright (−∞), so that whole columns can be −∞
                let trans: Vec<f32> = (0..(N_LABELS + 1) * N_LABELS).map(|i| if (i + len) % 7 == 3 { f32::NEG_INFINITY } else { next() }).collect();
                assert_eq!(viterbi(&em, &trans), viterbi_full_scan(&em, &trans), "{em:?}");
            }
        }
    }

    #[test]
    fn outside_words_round_trip_and_format_3_still_loads() {
        let mut t = Trainer::new();
        let ex = t.example(&[0, 1], &[10], vec![1]);
        t.step(&ex);
        let mut m = t.averaged(0.0);
        let plain = m.to_bytes();
        m.outside = vec![3, 99, u64::MAX];
        let bytes = m.to_bytes();
        assert_eq!(bytes.len(), plain.len() + 24);
        assert_eq!(Model::from_bytes(&bytes).unwrap().outside, vec![3, 99, u64::MAX]);
        for cut in plain.len() - 5..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        // a format-4 file: version 4 and no training-data flag at the end
        let mut v4 = bytes[..bytes.len() - 1].to_vec();
        v4[4..8].copy_from_slice(&4u32.to_le_bytes());
        let m4 = Model::from_bytes(&v4).unwrap();
        assert_eq!((m4.outside.len(), m4.training), (3, None));
        // a format-3 file: version 3 and no list at the end
        let mut v3 = plain[..plain.len() - 5].to_vec();
        v3[4..8].copy_from_slice(&3u32.to_le_bytes());
        assert!(Model::from_bytes(&v3).unwrap().outside.is_empty());
        let mut v6 = plain.clone();
        v6[4..8].copy_from_slice(&6u32.to_le_bytes());
        assert!(Model::from_bytes(&v6).is_err());
        m.outside = vec![99, 3];
        assert!(Model::from_bytes(&m.to_bytes()).unwrap_err().to_string().contains("ascending"));
    }

    #[test]
    fn training_data_record_round_trips_and_locates_seen_sentences() {
        let mut t = Trainer::new();
        let ex = t.example(&[0, 1], &[10], vec![1]);
        t.step(&ex);
        let mut m = t.averaged(0.0);
        let td = TrainingData { fingerprint: 0xDEAD_BEEF_0123_4567, sentences: 100, train_sentences: 80, dev_fraction: 0.2 };
        m.training = Some(td);
        let bytes = m.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).unwrap().training, Some(td));
        for cut in bytes.len() - 25..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut b = bytes.clone();
        let n = b.len();
        b[n - 8..].copy_from_slice(&2.0f64.to_le_bytes());
        assert!(Model::from_bytes(&b).is_err());
        // the last 20 sentences are unseen, the last 30 hold 10 training sentences
        assert_eq!((td.seen_among_last(20), td.seen_among_last(30), td.seen_among_last(1000)), (0, 10, 80));
        assert!(!td.whole_file());
        let whole = TrainingData { train_sentences: 100, dev_fraction: 0.0, ..td };
        assert!(whole.whole_file());
        assert_eq!(whole.seen_among_last(20), 20);
    }

    #[test]
    fn corrupt_models_are_errors_not_panics() {
        let mut t = Trainer::new();
        let ex = t.example(&[0, 1], &[10], vec![1]);
        t.step(&ex);
        let bytes = t.averaged(0.0).to_bytes();
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
        let mut b = bytes.clone();
        b[0] = b'X';
        assert!(Model::from_bytes(&b).is_err());
        let mut b = bytes.clone();
        b.push(0);
        assert!(Model::from_bytes(&b).is_err());
    }
}
