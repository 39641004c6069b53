//! Longest-match phrase lookup over tokens, aware of Arabic proclitics.

use crate::normalize::fold_phrase;
use crate::tokenize::{Token, TokenKind};
use crate::text::FastMap;

/// A phrase lexicon: folded word sequences mapped to values.
///
/// The first word of a phrase may be matched by any [`crate::tokenize::Base`] of
/// a token (so "لليبيا" matches "ليبيا"); later words must equal the token's
/// whole match form. Lookup is one hash probe per base plus a comparison per
/// candidate phrase.
#[derive(Debug, Clone)]
pub struct PhraseMatcher<T> {
    by_first: FastMap<String, Vec<(Vec<String>, T)>>,
    max_words: usize,
}

impl<T> Default for PhraseMatcher<T> {
    fn default() -> Self {
        PhraseMatcher { by_first: FastMap::default(), max_words: 0 }
    }
}

/// A phrase found at a token position.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a, T> {
    /// Index of the first token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Which base of the first token matched (0 = the whole token).
    pub base: usize,
    /// The phrase's value.
    pub value: &'a T,
}

impl<T> PhraseMatcher<T> {
    /// An empty matcher.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `phrase` (folded here with [`fold_phrase`]); an empty phrase is ignored.
    /// Punctuation inside a phrase must be separated by spaces ("U.S." is one word).
    pub fn insert(&mut self, phrase: &str, value: T) {
        let folded = fold_phrase(phrase);
        let mut words = folded.split(' ').filter(|w| !w.is_empty());
        let Some(first) = words.next() else { return };
        let rest: Vec<String> = words.map(str::to_string).collect();
        self.max_words = self.max_words.max(rest.len() + 1);
        let v = match self.by_first.get_mut(first) {
            Some(v) => v,
            None => self.by_first.entry(first.to_string()).or_default(),
        };
        // longest first; among equally long phrases, in insertion order
        let at = v.partition_point(|(r, _)| r.len() >= rest.len());
        v.insert(at, (rest, value));
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when no phrase was added.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The longest phrase starting at token `i` that stays inside token `i`'s sentence.
    /// Among equally long matches the least segmented base wins.
    pub fn longest_at<'a>(&'a self, tokens: &[Token], i: usize) -> Option<Match<'a, T>> {
        let tok = tokens.get(i)?;
        if tok.kind == TokenKind::Punct && tok.norm != "&" {
            return None;
        }
        let mut best: Option<Match<'a, T>> = None;
        for (bi, base) in tok.bases.iter().enumerate() {
            let Some(cands) = self.by_first.get(base.form.as_str()) else { continue };
            for (rest, value) in cands {
                let end = i + 1 + rest.len();
                if end > tokens.len() {
                    continue;
                }
                let ok = rest.iter().zip(&tokens[i + 1..end]).all(|(w, t)| t.sentence == tok.sentence && t.norm == *w);
                if ok {
                    let better = match &best {
                        None => true,
                        Some(b) => end > b.end,
                    };
                    if better {
                        best = Some(Match { first: i, end, base: bi, value });
                    }
                    break; // candidates are sorted longest first
                }
            }
        }
        best
    }

    /// All non-overlapping longest matches, scanning left to right.
    pub fn find_all<'a>(&'a self, tokens: &[Token]) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(m) = self.longest_at(tokens, i) {
                i = m.end;
                out.push(m);
            } else {
                i += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::segment::sentences;
    use crate::text::Text;
    use crate::tokenize::tokenize;

    #[test]
    fn longest_match_with_proclitics() {
        let mut m = PhraseMatcher::new();
        m.insert("الولايات المتحدة", "USA");
        m.insert("الولايات", "X");
        m.insert("ليبيا", "LBY");
        let t = Text::new("وصل إلى الولايات المتحدة وللولايات المتحدة ولليبيا".to_string());
        let toks = tokenize(&t, &sentences(&t), Lang::Ar);
        let found: Vec<_> = m.find_all(&toks).iter().map(|x| (*x.value, x.first, x.end)).collect();
        assert_eq!(found, vec![("USA", 2, 4), ("USA", 4, 6), ("LBY", 6, 7)]);
    }
}
