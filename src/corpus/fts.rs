//! Arabic-aware full-text indexing for SQLite FTS5.
//!
//! Text is indexed in a *search form* computed here, not by SQLite: every word is
//! folded with [`crate::normalize::fold`] (diacritics and tatweel removed, alef
//! variants unified, ta marbuta → ha, Arabic-Indic digits → ASCII, Latin lower-cased),
//! and for an Arabic word every way of stripping its proclitics is indexed too:
//! an optional conjunction و/ف, then an optional preposition ب/ل/ك, then an
//! optional article ال (`لل` counts as ل + ال), as long as at least two letters
//! remain. `والوزير` is indexed as `والوزير الوزير وزير`.
//!
//! A query term gets the same treatment, and matches when any of its forms is
//! indexed ([`match_expression`] ORs them). So `الوزير`, `وزير`, `للوزير` and
//! `والوزير` find each other. English words are folded (lower-cased) only.
//!
//! Limitation: phrases in quotes are searched as all of their words (AND), not
//! as adjacent words, because the extra forms break FTS5 phrase adjacency.

use crate::normalize::{fold, is_arabic_letter};

/// The words of `text`, folded, split at every character that is neither a
/// letter nor a digit.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// All search forms of one folded word: itself, and for Arabic words each
/// proclitic stripping (see the module docs). The word itself comes first.
pub fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if !word.chars().next().is_some_and(is_arabic_letter) {
        return out;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut push = |s: &[char]| {
        if s.len() >= 2 {
            let w: String = s.iter().collect();
            if !out.contains(&w) {
                out.push(w);
            }
        }
    };
    // Conjunction, preposition, article: each optional.
    let conj: &[usize] = if matches!(chars.first(), Some('و') | Some('ف')) { &[0, 1] } else { &[0] };
    for &c in conj {
        let a = &chars[c..];
        let mut preps = vec![0usize];
        if matches!(a.first(), Some('ب') | Some('ل') | Some('ك')) {
            preps.push(1);
        }
        for p in preps {
            let b = &a[p..];
            if p + c > 0 {
                push(b);
            }
            if b.len() > 2 && b[0] == 'ا' && b[1] == 'ل' {
                push(&b[2..]);
            }
            // لل = ل + ال (للوزير → وزير)
            if p == 1 && a[0] == 'ل' && b.first() == Some(&'ل') && b.len() > 1 {
                push(&b[1..]);
            }
        }
    }
    out
}

/// The text stored in the FTS5 index for `text`: every form of every word,
/// separated by spaces.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for w in words(text) {
        for f in forms(&w) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&f);
        }
    }
    out
}

/// An FTS5 MATCH expression for a user query: every word must match, each
/// through any of its forms. `None` when the query has no word. Words are
/// quoted, so FTS5 syntax in user input has no effect.
pub fn match_expression(query: &str) -> Option<String> {
    let terms: Vec<String> = words(query)
        .into_iter()
        .take(32)
        .map(|w| {
            let fs: Vec<String> = forms(&w).into_iter().map(|f| format!("\"{f}\"")).collect();
            if fs.len() == 1 {
                fs.into_iter().next().unwrap_or_default()
            } else {
                format!("({})", fs.join(" OR "))
            }
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// True when `sentence` contains a word sharing a form with one of the query's words.
pub fn sentence_matches(sentence: &str, query_forms: &[Vec<String>]) -> bool {
    let ws: Vec<Vec<String>> = words(sentence).iter().map(|w| forms(w)).collect();
    query_forms.iter().any(|q| ws.iter().any(|w| w.iter().any(|f| q.contains(f))))
}

/// The forms of each word of a query (for [`sentence_matches`]).
pub fn query_forms(query: &str) -> Vec<Vec<String>> {
    words(query).iter().map(|w| forms(w)).collect()
}

/// Character spans (start, end) of the words of `sentence` that share a form
/// with one of the query's words (for highlighting).
pub fn highlights(sentence: &str, query_forms: &[Vec<String>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut word = String::new();
    let n = sentence.chars().count();
    for (i, c) in sentence.chars().chain(std::iter::once(' ')).enumerate() {
        if c.is_alphanumeric() || crate::normalize::is_arabic_mark(c) {
            if start.is_none() {
                start = Some(i);
            }
            word.push(c);
        } else if let Some(s) = start.take() {
            let folded = fold(&word);
            let fs = forms(&folded);
            if query_forms.iter().any(|q| fs.iter().any(|f| q.contains(f))) {
                out.push((s, i.min(n)));
            }
            word.clear();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitics_are_stripped_both_ways() {
        assert_eq!(forms("والوزير"), vec!["والوزير", "الوزير", "وزير"]);
        assert!(forms("للوزير").contains(&"وزير".to_string()));
        assert!(forms("بالحكومه").contains(&"حكومه".to_string()));
        assert!(forms("وزير").contains(&"وزير".to_string()));
        assert_eq!(forms("talks"), vec!["talks"]);
        // Diacritics and hamza forms fold away.
        assert_eq!(words("الوَزِيرُ أحمد"), vec!["الوزير", "احمد"]);
    }

    #[test]
    fn queries_are_quoted() {
        assert_eq!(match_expression("Libya talks"), Some("\"libya\" AND \"talks\"".into()));
        assert_eq!(match_expression("\" OR NEAR(*"), Some("\"or\" AND \"near\"".into()));
        assert_eq!(match_expression("  ...  "), None);
        let e = match_expression("الوزير").unwrap();
        assert!(e.contains("\"وزير\""), "{e}");
    }

    #[test]
    fn sentences_match_by_form() {
        let q = query_forms("الحكومة");
        assert!(sentence_matches("وقالت الحكومةُ إن…", &q));
        assert!(sentence_matches("بحثت حكومة تونس", &q));
        assert!(!sentence_matches("لا شيء هنا", &q));
        assert_eq!(highlights("وقالت الحكومةُ إن", &q), vec![(6, 14)]);
        assert_eq!(highlights("The Libya talks", &query_forms("libya")), vec![(4, 9)]);
    }
}
