//! Near-duplicate detection: MinHash over word shingles, with LSH banding.
//!
//! Words are folded with [`crate::normalize::fold`] (so Arabic spelling variants
//! and diacritics do not matter) and grouped into overlapping [`SHINGLE`]-word
//! shingles. Each shingle is hashed with a fixed 64-bit hash (FNV-1a, stable
//! across builds and platforms, so signatures stored in a database stay valid),
//! and [`NUM_HASHES`] seeded re-hashes give the MinHash signature. The fraction
//! of equal positions in two signatures estimates the Jaccard similarity of the
//! shingle sets.
//!
//! Candidates are found by LSH: the signature is cut into [`BANDS`] bands of
//! [`ROWS`] values; documents sharing one band hash are compared. With 8 bands of
//! 8 rows, pairs at Jaccard 0.8 are found with probability 1-(1-0.8^8)^8 ≈ 0.83,
//! at 0.9 with ≈ 0.998, at 0.5 with ≈ 0.03.

use crate::corpus::fts::words;

/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Length of a MinHash signature.
pub const NUM_HASHES: usize = 64;
/// LSH bands.
pub const BANDS: usize = 8;
/// Signature values per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Default Jaccard estimate at or above which two documents are near-duplicates.
pub const DEFAULT_THRESHOLD: f64 = 0.8;
/// Fewest shingles a document needs to get a signature (shorter ones are never near-duplicates).
pub const MIN_SHINGLES: usize = 5;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u64; NUM_HASHES]);

fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf29ce484222325u64 ^ seed;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// SplitMix64 finaliser: a strong bijective mix.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

impl Signature {
    /// The signature of `text`; `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(text: &str) -> Option<Signature> {
        let ws = words(text);
        if ws.len() < SHINGLE + MIN_SHINGLES - 1 {
            return None;
        }
        let mut mins = [u64::MAX; NUM_HASHES];
        let mut buf = String::new();
        for win in ws.windows(SHINGLE) {
            buf.clear();
            for w in win {
                buf.push_str(w);
                buf.push(' ');
            }
            let h = fnv1a(buf.as_bytes(), 0);
            for (i, m) in mins.iter_mut().enumerate() {
                let v = mix(h ^ (i as u64).wrapping_mul(0x9e3779b97f4a7c15));
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Signature(mins))
    }

    /// Estimated Jaccard similarity (fraction of equal positions).
    pub fn similarity(&self, other: &Signature) -> f64 {
        let eq = self.0.iter().zip(other.0.iter()).filter(|(a, b)| a == b).count();
        eq as f64 / NUM_HASHES as f64
    }

    /// The band hashes, one per band (as `i64` for SQLite).
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        for (b, chunk) in self.0.chunks(ROWS).enumerate() {
            let mut h = 0xcbf29ce484222325u64 ^ b as u64;
            for v in chunk {
                h = mix(h ^ v);
            }
            out[b] = h as i64;
        }
        out
    }

    /// Little-endian bytes for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads [`Signature::to_bytes`] output; `None` for a blob of the wrong size.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != NUM_HASHES * 8 {
            return None;
        }
        let mut out = [0u64; NUM_HASHES];
        for (i, c) in b.chunks_exact(8).enumerate() {
            out[i] = u64::from_le_bytes(c.try_into().ok()?);
        }
        Some(Signature(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Senior State Department officials met Libyan officials in Washington on Tuesday, according to two sources familiar with the talks. The officials discussed a plan to send migrants with criminal records to Libya, the sources said. A State Department spokesman declined to comment.";

    #[test]
    fn near_duplicates_score_high() {
        let b = A.replace("Tuesday", "Wednesday");
        let s1 = Signature::of(A).unwrap();
        let s2 = Signature::of(&b).unwrap();
        assert!(s1.similarity(&s2) >= 0.7, "{}", s1.similarity(&s2));
        let c = "Rwanda and the United States are negotiating a similar agreement on deportations, officials in Kigali said on Friday after a meeting of ministers.";
        let s3 = Signature::of(c).unwrap();
        assert!(s1.similarity(&s3) < 0.2);
        assert_eq!(Signature::from_bytes(&s1.to_bytes()), Some(s1.clone()));
        assert!(s1.bands().iter().zip(Signature::of(A).unwrap().bands().iter()).all(|(a, b)| a == b));
    }

    #[test]
    fn arabic_spelling_variants_fold() {
        let a = "قالت مصادر دبلوماسية إن الحكومة الإيطالية بحثت مع تونس الأسبوع الماضي اتفاقية لإعادة المهاجرين";
        let b = "قالت مصادر دبلوماسيّة ان الحكومه الايطالية بحثت مع تونس الاسبوع الماضي اتفاقيه لاعادة المهاجرين";
        assert_eq!(Signature::of(a).unwrap().similarity(&Signature::of(b).unwrap()), 1.0);
        assert!(Signature::of("قصير جدا").is_none());
    }
}
