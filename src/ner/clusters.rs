//! Word classes learnt from unlabelled text, for the tagger's distributional
//! features: words that occur in similar contexts ("شيراك", "بوش", "بلير") share a
//! class, so a name never seen in the labelled data can still look like one.
//!
//! The classes are those of the exchange algorithm for a class bigram language
//! model (Kneser & Ney 1993; Martin, Liermann & Ney 1998, "Algorithms for bigram
//! and trigram word clustering"), the flat counterpart of Brown clusters (Brown
//! et al. 1992) used for NER by Miller et al. (2004) and Ratinov & Roth (2009).
//! Every word of frequency at least `min_count` is moved, in turn, to the class
//! that maximises the likelihood
//! `Σ_{c,d} N(c,d) log N(c,d) − Σ_c N(c,·) log N(c,·) − Σ_d N(·,d) log N(·,d)`
//! of the class bigram counts `N`, for a fixed number of passes. Several class
//! counts (granularities) may be learnt over one vocabulary; the learning is
//! deterministic (words visited by decreasing frequency, ties by spelling).
//!
//! Words are in the tagger's match form ([`crate::normalize::fold`], digits
//! written `0`); sentence boundaries count as a word.

use std::collections::HashMap;

/// The largest class count (the learner keeps a dense class × class table: 128 MB at 4,096).
pub const MAX_CLASSES: usize = 4096;

/// Word → class ids, one per granularity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    /// Number of granularities (class counts).
    levels: usize,
    /// Word → row in `ids`.
    index: HashMap<String, u32>,
    /// `ids[row * levels + g]`: the class of the word at granularity `g`.
    ids: Vec<u16>,
    /// Words in row order (for serialisation).
    words: Vec<String>,
}

#[inline]
fn xlogx(x: i64) -> f64 {
    if x <= 0 {
        0.0
    } else {
        let x = x as f64;
        x * x.ln()
    }
}

impl Clusters {
    /// No classes (the tagger then has no cluster features).
    pub fn empty() -> Self {
        Self::default()
    }

    /// Number of words with a class.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no word has a class.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Number of granularities.
    pub fn levels(&self) -> usize {
        self.levels
    }

    /// The class ids of `word` (one per granularity), or `None` when it has none.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&[u16]> {
        let r = *self.index.get(word)? as usize;
        Some(&self.ids[r * self.levels..(r + 1) * self.levels])
    }

    /// Learns classes from `sentences` (words in match form): for each class
    /// count in `ks` (each clamped to 2..=[`MAX_CLASSES`]), `iters` passes of the exchange algorithm
    /// over the words seen at least `min_count` times.
    pub fn learn(sentences: &[Vec<String>], ks: &[usize], min_count: u32, iters: usize) -> Clusters {
        let mut freq: HashMap<&str, u32> = HashMap::new();
        for s in sentences {
            for w in s {
                *freq.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut vocab: Vec<(&str, u32)> = freq.into_iter().filter(|&(_, c)| c >= min_count).collect();
        vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        // word ids: 0 = boundary, 1 = rare words, then the vocabulary
        let mut id: HashMap<&str, u32> = HashMap::with_capacity(vocab.len());
        for (i, (w, _)) in vocab.iter().enumerate() {
            id.insert(w, i as u32 + 2);
        }
        let nw = vocab.len() + 2;
        let mut bigrams: HashMap<(u32, u32), u32> = HashMap::new();
        for s in sentences {
            let mut prev = 0u32;
            for w in s {
                let cur = id.get(w.as_str()).copied().unwrap_or(1);
                *bigrams.entry((prev, cur)).or_default() += 1;
                prev = cur;
            }
            *bigrams.entry((prev, 0)).or_default() += 1;
        }
        let mut pairs: Vec<((u32, u32), u32)> = bigrams.into_iter().collect();
        pairs.sort_unstable();
        let mut right: Vec<Vec<(u32, u32)>> = vec![Vec::new(); nw];
        let mut left: Vec<Vec<(u32, u32)>> = vec![Vec::new(); nw];
        for &((a, b), c) in &pairs {
            right[a as usize].push((b, c));
            left[b as usize].push((a, c));
        }
        let mut levels = Vec::new();
        for &k in ks {
            let k = k.clamp(2, MAX_CLASSES);
            levels.push(exchange(&right, &left, k, iters));
        }
        let mut out = Clusters { levels: levels.len(), ..Default::default() };
        for (i, (w, _)) in vocab.iter().enumerate() {
            out.index.insert(w.to_string(), i as u32);
            out.words.push(w.to_string());
            for l in &levels {
                out.ids.push(l[i + 2] as u16);
            }
        }
        out
    }

    /// Appends the serialised table to `out`: u32 levels, u32 words, then per
    /// word a u8 byte length, its UTF-8 bytes and `levels` u16 class ids (little-endian).
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.levels as u32).to_le_bytes());
        let kept: Vec<usize> = (0..self.words.len()).filter(|&r| self.words[r].len() <= 255).collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        for r in kept {
            let w = &self.words[r];
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            for g in 0..self.levels {
                out.extend_from_slice(&self.ids[r * self.levels + g].to_le_bytes());
            }
        }
    }

    /// Reads a table written by [`Clusters::write`] from the start of `b`;
    /// returns it and the number of bytes read, `None` when it is truncated or not UTF-8.
    pub fn read(b: &[u8]) -> Option<(Clusters, usize)> {
        let u32_at = |p: usize| -> Option<u32> { b.get(p..p + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]])) };
        let levels = u32_at(0)? as usize;
        let n = u32_at(4)? as usize;
        if levels > 16 {
            return None;
        }
        let mut pos = 8;
        let mut out = Clusters { levels, ..Default::default() };
        for r in 0..n {
            let len = *b.get(pos)? as usize;
            let w = std::str::from_utf8(b.get(pos + 1..pos + 1 + len)?).ok()?;
            pos += 1 + len;
            for _ in 0..levels {
                let s = b.get(pos..pos + 2)?;
                out.ids.push(u16::from_le_bytes([s[0], s[1]]));
                pos += 2;
            }
            out.index.insert(w.to_string(), r as u32);
            out.words.push(w.to_string());
        }
        Some((out, pos))
    }
}

/// The exchange algorithm: class of each word id (0 = boundary, 1 = rare words, fixed classes for neither).
fn exchange(right: &[Vec<(u32, u32)>], left: &[Vec<(u32, u32)>], k: usize, iters: usize) -> Vec<usize> {
    let nw = right.len();
    let mut cls: Vec<usize> = (0..nw).map(|i| i % k).collect();
    let mut n = vec![0i64; k * k];
    let mut nl = vec![0i64; k];
    let mut nr = vec![0i64; k];
    for (a, r) in right.iter().enumerate() {
        for &(b, c) in r {
            n[cls[a] * k + cls[b as usize]] += c as i64;
            nl[cls[a]] += c as i64;
            nr[cls[b as usize]] += c as i64;
        }
    }
    let mut rd = vec![0i64; k];
    let mut ld = vec![0i64; k];
    let mut rnz: Vec<usize> = Vec::new();
    let mut lnz: Vec<usize> = Vec::new();
    for _ in 0..iters {
        let mut moved = 0usize;
        for w in 0..nw {
            // class counts of w's neighbours (w itself apart)
            let (mut self_loop, mut cr, mut cl) = (0i64, 0i64, 0i64);
            for &(b, c) in &right[w] {
                cr += c as i64;
                if b as usize == w {
                    self_loop += c as i64;
                } else {
                    let d = cls[b as usize];
                    if rd[d] == 0 {
                        rnz.push(d);
                    }
                    rd[d] += c as i64;
                }
            }
            for &(a, c) in &left[w] {
                cl += c as i64;
                if a as usize != w {
                    let d = cls[a as usize];
                    if ld[d] == 0 {
                        lnz.push(d);
                    }
                    ld[d] += c as i64;
                }
            }
            let old = cls[w];
            // take w out of its class
            for &d in &rnz {
                n[old * k + d] -= rd[d];
            }
            for &c in &lnz {
                n[c * k + old] -= ld[c];
            }
            n[old * k + old] -= self_loop;
            nl[old] -= cr;
            nr[old] -= cl;
            let gain = |t: usize, n: &[i64]| -> f64 {
                let mut g = 0.0;
                for &d in &rnz {
                    if d != t {
                        let x = n[t * k + d];
                        g += xlogx(x + rd[d]) - xlogx(x);
                    }
                }
                for &c in &lnz {
                    if c != t {
                        let x = n[c * k + t];
                        g += xlogx(x + ld[c]) - xlogx(x);
                    }
                }
                let x = n[t * k + t];
                g += xlogx(x + rd[t] + ld[t] + self_loop) - xlogx(x);
                g -= xlogx(nl[t] + cr) - xlogx(nl[t]);
                g -= xlogx(nr[t] + cl) - xlogx(nr[t]);
                g
            };
            let mut best = old;
            let mut best_gain = gain(old, &n);
            if w >= 2 {
                for t in 0..k {
                    if t != old {
                        let g = gain(t, &n);
                        if g > best_gain + 1e-9 {
                            best = t;
                            best_gain = g;
                        }
                    }
                }
            }
            // put w into its best class
            for &d in &rnz {
                n[best * k + d] += rd[d];
            }
            for &c in &lnz {
                n[c * k + best] += ld[c];
            }
            n[best * k + best] += self_loop;
            nl[best] += cr;
            nr[best] += cl;
            if best != old {
                cls[w] = best;
                moved += 1;
            }
            for &d in &rnz {
                rd[d] = 0;
            }
            for &c in &lnz {
                ld[c] = 0;
            }
            rnz.clear();
            lnz.clear();
        }
        if moved == 0 {
            break;
        }
    }
    cls
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Vec<String> {
        x.split(' ').map(String::from).collect()
    }

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut sents = Vec::new();
        for _ in 0..30 {
            for name in ["بوش", "شيراك", "بلير"] {
                sents.push(s(&format!("قال الرئيس {name} في المؤتمر")));
            }
            for city in ["بغداد", "القاهرة", "دمشق"] {
                sents.push(s(&format!("وصل الوفد الى {city} امس")));
            }
        }
        let c = Clusters::learn(&sents, &[4], 2, 10);
        let id = |w: &str| c.get(w).unwrap()[0];
        assert_eq!(id("بوش"), id("شيراك"));
        assert_eq!(id("بوش"), id("بلير"));
        assert_eq!(id("بغداد"), id("دمشق"));
        assert_ne!(id("بوش"), id("بغداد"));
        assert!(c.get("غير").is_none());
        let mut b = Vec::new();
        c.write(&mut b);
        b.push(7);
        let (c2, used) = Clusters::read(&b).unwrap();
        assert_eq!(used, b.len() - 1);
        assert_eq!(c2, c);
        assert!(Clusters::read(&b[..b.len() - 3]).is_none());
    }
}
