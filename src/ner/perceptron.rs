//! The averaged structured perceptron (Collins 2002): a first-order linear-chain
//! model over BIO labels, decoded with Viterbi under BIO constraints, trained
//! online with weight averaging (lazy averaging as in Daumé 2006, ch. "The
//! perceptron"), and its compact model file.
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
//! | 4 | number of labels L (9) |
//! | 4 | f32 scale: a stored i16 weight q means `q × scale` |
//! | 4 × (L+1) × L | f32 transition scores, the start row last |
//! | 4 | number of features N |
//! | 4 × N | feature keys: the high 32 bits of the 64-bit hash key, strictly ascending |
//! | 2 × N | bitmask of the labels with a non-zero weight, per feature |
//! | 2 × (sum of mask bits) | i16 weights of those labels, feature by feature |
//! | 4 | number of training-vocabulary words V |
//! | 4 × V | word keys ([`super::features::vocab_key`]), strictly ascending |
//! | V | frequency bucket of each word ([`super::features::freq_bucket`]) |

use super::features::FEATURE_VERSION;
use super::{Label, NerError, N_LABELS};

const MAGIC: &[u8; 4] = b"MNER";
const FORMAT_VERSION: u32 = 2;
const START: usize = N_LABELS;

/// Allowed label transitions under BIO: `I-X` only after `B-X` or `I-X`.
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    match Label::from_index(cur) {
        Label::I(t) => prev.is_some_and(|p| matches!(Label::from_index(p), Label::B(u) | Label::I(u) if u == t)),
        _ => true,
    }
}

/// A trained model, ready to score: feature key → weights per label, and transitions.
#[derive(Debug, Clone)]
pub struct Model {
    /// Open-addressing table of keys (0 = empty slot; key 0 is stored as 1).
    slots: Vec<u32>,
    /// Row index per slot.
    rows: Vec<u32>,
    /// `weights[row * N_LABELS + label]`.
    weights: Vec<f32>,
    /// `trans[prev * N_LABELS + cur]`, prev = START for the first token.
    trans: Vec<f32>,
    /// Number of features.
    n: usize,
    /// Training vocabulary: word key → frequency bucket.
    vocab: std::collections::HashMap<u32, u8>,
}

/// The 32-bit key stored for a 64-bit feature hash (never 0).
#[inline]
fn short_key(k: u64) -> u32 {
    ((k >> 32) as u32).max(1)
}

impl Model {
    /// Builds the lookup table from (key, weights) pairs. Pairs whose short keys collide are summed.
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
        let n = feats.len();
        let cap = (n * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; cap];
        let mut rows = vec![0u32; cap];
        let mut weights = Vec::with_capacity(n * N_LABELS);
        for (r, (k, w)) in feats.iter().enumerate() {
            let mut s = (*k as usize).wrapping_mul(0x9E37_79B9) & (cap - 1);
            while slots[s] != 0 {
                s = (s + 1) & (cap - 1);
            }
            slots[s] = *k;
            rows[s] = r as u32;
            weights.extend_from_slice(w);
        }
        Model { slots, rows, weights, trans, n, vocab: Default::default() }
    }

    /// Sets the training vocabulary (word key → frequency bucket, buckets 1..=4).
    pub fn set_vocab(&mut self, vocab: std::collections::HashMap<u32, u8>) {
        self.vocab = vocab;
    }

    /// Frequency bucket of a word key in the training vocabulary (0 when unseen).
    #[inline]
    pub fn vocab_bucket(&self, key: u32) -> u8 {
        self.vocab.get(&key).copied().unwrap_or(0)
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.n
    }

    /// True when the model has no feature weights.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    #[inline]
    fn row(&self, key: u64) -> Option<&[f32]> {
        let k = short_key(key);
        let mask = self.slots.len() - 1;
        let mut s = (k as usize).wrapping_mul(0x9E37_79B9) & mask;
        loop {
            let v = self.slots[s];
            if v == k {
                let r = self.rows[s] as usize * N_LABELS;
                return Some(&self.weights[r..r + N_LABELS]);
            }
            if v == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// Emission scores of one token.
    #[inline]
    pub fn emission(&self, keys: &[u64]) -> [f32; N_LABELS] {
        let mut e = [0f32; N_LABELS];
        for &k in keys {
            if let Some(w) = self.row(k) {
                for l in 0..N_LABELS {
                    e[l] += w[l];
                }
            }
        }
        e
    }

    /// Best label sequence for precomputed emission scores.
    pub fn viterbi(&self, em: &[[f32; N_LABELS]]) -> Vec<usize> {
        viterbi(em, &self.trans)
    }

    /// Serialises the model (see the module docs); weights are quantised to i16.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut order: Vec<(u32, usize)> = self.slots.iter().zip(&self.rows).filter(|(k, _)| **k != 0).map(|(k, r)| (*k, *r as usize)).collect();
        order.sort();
        let mut out = Vec::with_capacity(64 + order.len() * 12);
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, FEATURE_VERSION, N_LABELS as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        for t in &self.trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let q = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) as i16;
        let kept: Vec<&(u32, usize)> = order.iter().filter(|(_, r)| self.weights[r * N_LABELS..(r + 1) * N_LABELS].iter().any(|&w| q(w) != 0)).collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        for (k, _) in &kept {
            out.extend_from_slice(&k.to_le_bytes());
        }
        let mut vals = Vec::new();
        for (_, r) in &kept {
            let mut mask = 0u16;
            for l in 0..N_LABELS {
                let v = q(self.weights[r * N_LABELS + l]);
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
        let mut voc: Vec<(u32, u8)> = self.vocab.iter().map(|(k, b)| (*k, *b)).filter(|(_, b)| *b > 0).collect();
        voc.sort();
        out.extend_from_slice(&(voc.len() as u32).to_le_bytes());
        for (k, _) in &voc {
            out.extend_from_slice(&k.to_le_bytes());
        }
        out.extend(voc.iter().map(|(_, b)| *b));
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
        if fv != FORMAT_VERSION {
            return Err(bad(&format!("model file format {fv}, expected {FORMAT_VERSION}")));
        }
        let feat = r.u32().ok_or_else(|| bad("truncated header"))?;
        if feat != FEATURE_VERSION {
            return Err(bad(&format!("model trained with feature set {feat}, this marsad extracts feature set {FEATURE_VERSION}: retrain it")));
        }
        let nl = r.u32().ok_or_else(|| bad("truncated header"))?;
        if nl as usize != N_LABELS {
            return Err(bad(&format!("model has {nl} labels, expected {N_LABELS}")));
        }
        let scale = f32::from_bits(r.u32().ok_or_else(|| bad("truncated header"))?);
        if !scale.is_finite() {
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
        let mut feats = Vec::with_capacity(n);
        let mut prev = 0u32;
        for i in 0..n {
            let k = u32::from_le_bytes([keys[4 * i], keys[4 * i + 1], keys[4 * i + 2], keys[4 * i + 3]]);
            if k <= prev {
                return Err(bad("feature keys are not strictly ascending"));
            }
            prev = k;
            let mask = u16::from_le_bytes([masks[2 * i], masks[2 * i + 1]]);
            let mut w = [0f32; N_LABELS];
            for (l, x) in w.iter_mut().enumerate() {
                if mask & (1 << l) != 0 {
                    let v = r.take(2).ok_or_else(|| bad("truncated weights"))?;
                    *x = i16::from_le_bytes([v[0], v[1]]) as f32 * scale;
                }
            }
            feats.push((k, w));
        }
        let nv = r.u32().ok_or_else(|| bad("truncated vocabulary size"))? as usize;
        let vk = r.take(nv.checked_mul(4).ok_or_else(|| bad("vocabulary too large"))?).ok_or_else(|| bad("truncated vocabulary"))?;
        let vb = r.take(nv).ok_or_else(|| bad("truncated vocabulary buckets"))?;
        let mut vocab = std::collections::HashMap::with_capacity(nv);
        let mut prev: Option<u32> = None;
        for i in 0..nv {
            let k = u32::from_le_bytes([vk[4 * i], vk[4 * i + 1], vk[4 * i + 2], vk[4 * i + 3]]);
            if prev.is_some_and(|p| k <= p) {
                return Err(bad("vocabulary keys are not strictly ascending"));
            }
            prev = Some(k);
            vocab.insert(k, vb[i]);
        }
        if r.pos != b.len() {
            return Err(bad("trailing bytes after the vocabulary"));
        }
        let mut m = Model::build(feats, trans);
        m.vocab = vocab;
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

/// Viterbi decoding under the BIO constraints; `trans[prev * L + cur]`, start row `L`.
pub fn viterbi(em: &[[f32; N_LABELS]], trans: &[f32]) -> Vec<usize> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let mut score = vec![[NEG; N_LABELS]; n];
    let mut back = vec![[0u8; N_LABELS]; n];
    for c in 0..N_LABELS {
        if allowed(None, c) {
            score[0][c] = em[0][c] + trans[START * N_LABELS + c];
        }
    }
    for j in 1..n {
        for c in 0..N_LABELS {
            let mut best = NEG;
            let mut arg = 0u8;
            for p in 0..N_LABELS {
                if score[j - 1][p] == NEG || !allowed(Some(p), c) {
                    continue;
                }
                let s = score[j - 1][p] + trans[p * N_LABELS + c];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[j][c] = if best == NEG { NEG } else { best + em[j][c] };
            back[j][c] = arg;
        }
    }
    let mut last = 0;
    for c in 1..N_LABELS {
        if score[n - 1][c] > score[n - 1][last] {
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
pub struct Trainer {
    keys: Vec<u64>,
    index: std::collections::HashMap<u64, u32>,
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
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
        Trainer { keys: Vec::new(), index: Default::default(), w: Vec::new(), u: Vec::new(), tw: vec![0.0; nt], tu: vec![0.0; nt], c: 1.0 }
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

    fn token_feats<'e>(ex: &'e Example, j: usize) -> &'e [u32] {
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
