//! Offsets between bytes and characters of a document's input text.
//!
//! Rust strings are indexed by UTF-8 byte; marsad's output is indexed by
//! Unicode scalar value. [`Text`] keeps both views of one input.

/// The input text with a character→byte offset table.
#[derive(Debug, Clone)]
pub struct Text {
    text: String,
    /// `char_to_byte[c]` is the byte offset of character `c`; last entry is `text.len()`.
    /// Byte→character lookups binary-search it (they are rare: sentence bounds).
    char_to_byte: Vec<u32>,
}

impl Text {
    /// Builds the offset table (O(n) in bytes).
    ///
    /// Texts are limited to 4 GiB by the `u32` table; callers reject larger input first.
    pub fn new(text: String) -> Self {
        let bytes = text.as_bytes();
        let mut char_to_byte = Vec::with_capacity(bytes.len() + 1);
        // a character starts at every byte but a UTF-8 continuation byte; runs of
        // ASCII (16 bytes at a time) are 16 characters
        let mut b = 0;
        for chunk in bytes.chunks(16) {
            if chunk.is_ascii() {
                char_to_byte.extend(b as u32..(b + chunk.len()) as u32);
            } else {
                for (k, &x) in chunk.iter().enumerate() {
                    if (x as i8) >= -0x40 {
                        char_to_byte.push((b + k) as u32);
                    }
                }
            }
            b += chunk.len();
        }
        char_to_byte.push(bytes.len() as u32);
        Text { text, char_to_byte }
    }

    /// The whole text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of characters (Unicode scalar values).
    pub fn chars(&self) -> usize {
        self.char_to_byte.len() - 1
    }

    /// Character offset of byte offset `b` (must be a char boundary or `len()`).
    pub fn char_at(&self, b: usize) -> usize {
        // the last character starting at or before `b` (`chars()` for `b == len()`)
        self.char_to_byte.partition_point(|&x| x as usize <= b) - 1
    }

    /// Byte offset of character offset `c` (`c <= chars()`).
    pub fn byte_at(&self, c: usize) -> usize {
        self.char_to_byte[c] as usize
    }

    /// The text between two character offsets (end-exclusive).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_at(start)..self.byte_at(end)]
    }
}

/// FxHash (the hash of rustc's own tables): a multiply-rotate hash that is several
/// times faster than the standard library's SipHash on the short word keys of the
/// lexicons. It is not resistant to collision attacks, which is acceptable for
/// tables built from lexicon files and only probed with input words.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut b = bytes;
        while b.len() >= 8 {
            self.add(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]));
            b = &b[8..];
        }
        if b.len() >= 4 {
            self.add(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64);
            b = &b[4..];
        }
        for &x in b {
            self.add(x as u64);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuildHasher = std::hash::BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`] (create with `FastMap::default()`).
pub type FastMap<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;
/// A `HashSet` with [`FxHasher`] (create with `FastSet::default()`).
pub type FastSet<K> = std::collections::HashSet<K, FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_on_mixed_scripts() {
        let t = Text::new("قال CNN: «نعم»".to_string());
        assert_eq!(t.chars(), 14);
        assert_eq!(t.slice(0, 3), "قال");
        assert_eq!(t.slice(4, 7), "CNN");
        assert_eq!(t.slice(10, 13), "نعم");
        assert_eq!(t.char_at(t.byte_at(10)), 10);
        assert_eq!(t.byte_at(t.chars()), t.as_str().len());
        for (c, (b, ch)) in t.as_str().char_indices().enumerate() {
            for k in 0..ch.len_utf8() {
                assert_eq!(t.char_at(b + k), c);
            }
        }
        assert_eq!(t.char_at(t.as_str().len()), t.chars());
        let long = "Officials said on Tuesday that قالت مصادر إن the talks «continued» in Rome, 2025.\n".repeat(5);
        let t = Text::new(long.clone());
        assert_eq!(t.chars(), long.chars().count());
        for (c, (b, _)) in long.char_indices().enumerate() {
            assert_eq!((t.byte_at(c), t.char_at(b)), (b, c));
        }
        let e = Text::new(String::new());
        assert_eq!((e.chars(), e.char_at(0), e.byte_at(0)), (0, 0, 0));
    }
}
