//! tokenize: words, numbers and punctuation, with Arabic proclitic analyses.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال)
//! attached to the word: "والولايات" is و + الولايات, "للولايات" is ل + الولايات,
//! "بمسؤولين" is ب + مسؤولين. Which split is right depends on the word ("ليبيا"
//! starts with ل but has no proclitic), so a token carries every plausible
//! [`Base`] and the lexicon matcher picks the one the lexicon knows, preferring
//! the least segmented. English tokens split off possessive `'s` and `n't`.

use crate::model::{Lang, Sentence};
use crate::normalize::{fold_char, is_arabic_letter, is_arabic_mark};
use crate::text::Text;

/// Coarse token class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with marks.
    Word,
    /// Digits, possibly with inner separators ("2,000", "17/11/2016").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One reading of a token with its proclitics removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// The base in match form ([`crate::normalize::fold`]); for "لل" the elided article is restored ("للولايات" → "الولايات").
    pub form: String,
    /// The proclitics removed, in match form ("", "و", "وب", "لل").
    pub proclitics: String,
    /// Characters of the original token before the base starts.
    pub skip: usize,
}

/// A token with its offsets and match forms.
#[derive(Debug, Clone)]
pub struct Token {
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// Index of the sentence the token is in.
    pub sentence: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// The whole token in match form.
    pub norm: String,
    /// True when the token begins with an upper-case letter (Latin script).
    pub upper: bool,
    /// True for Arabic-script tokens.
    pub arabic: bool,
    /// Readings without proclitics, the unsegmented one first. Never empty for words.
    pub bases: Vec<Base>,
}

impl Token {
    /// The token's original text.
    pub fn text<'a>(&self, text: &'a Text) -> &'a str {
        text.slice(self.start, self.end)
    }
    /// True for a punctuation token equal to `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.norm.starts_with(c) && self.norm.chars().count() == 1
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Class {
    Space,
    ArabicLetter,
    OtherLetter,
    Digit,
    Punct,
}

fn class(c: char) -> Class {
    if c.is_whitespace() || c == '\u{200F}' || c == '\u{200E}' || c == '\u{FEFF}' {
        Class::Space
    } else if is_arabic_letter(c) || is_arabic_mark(c) || c == '\u{200C}' {
        Class::ArabicLetter
    } else if c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c) {
        Class::Digit
    } else if c.is_alphabetic() || (!c.is_ascii() && unicode_mark(c)) {
        Class::OtherLetter
    } else {
        Class::Punct
    }
}

fn unicode_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Tokenizes every sentence of `text`. Tokens never cross sentence boundaries.
pub fn tokenize(text: &Text, sentences: &[Sentence], lang: Lang) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.chars() / 5);
    for (si, s) in sentences.iter().enumerate() {
        tokenize_span(text, s.start, s.end, si, lang, &mut out);
    }
    out
}

fn tokenize_span(text: &Text, start: usize, end: usize, si: usize, lang: Lang, out: &mut Vec<Token>) {
    let chars: Vec<char> = text.slice(start, end).chars().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match class(c) {
            Class::Space => i += 1,
            Class::Punct => {
                push(out, &chars[i..i + 1], start + i, si, TokenKind::Punct, lang);
                i += 1;
            }
            Class::Digit => {
                let mut j = i + 1;
                while j < n {
                    match class(chars[j]) {
                        Class::Digit => j += 1,
                        Class::Punct if matches!(chars[j], '.' | ',' | '٫' | '٬' | ':') && j + 1 < n && class(chars[j + 1]) == Class::Digit => j += 2,
                        _ => break,
                    }
                }
                push(out, &chars[i..j], start + i, si, TokenKind::Number, lang);
                i = j;
            }
            Class::ArabicLetter => {
                let mut j = i + 1;
                while j < n && class(chars[j]) == Class::ArabicLetter {
                    j += 1;
                }
                push(out, &chars[i..j], start + i, si, TokenKind::Word, lang);
                i = j;
            }
            Class::OtherLetter => {
                let mut j = i + 1;
                loop {
                    while j < n && matches!(class(chars[j]), Class::OtherLetter | Class::Digit) {
                        j += 1;
                    }
                    // inner apostrophe, hyphen or dot between letters: "O'Brien", "al-Sisi", "U.S."
                    if j + 1 < n
                        && matches!(chars[j], '\'' | '\u{2019}' | '-' | '.')
                        && class(chars[j + 1]) == Class::OtherLetter
                        && !(matches!(chars[j], '\'' | '\u{2019}') && is_clitic_s(&chars, j + 1))
                    {
                        j += 2;
                        continue;
                    }
                    break;
                }
                // "U.S." keeps its final dot when it is an initialism
                if j < n && chars[j] == '.' && j >= i + 3 && chars[j - 2] == '.' {
                    j += 1;
                }
                let word = &chars[i..j];
                // split "n't"
                if j - i > 3 && lang == Lang::En {
                    let tail: String = word[word.len() - 3..].iter().collect::<String>().to_ascii_lowercase();
                    if tail == "n't" {
                        push(out, &word[..word.len() - 3], start + i, si, TokenKind::Word, lang);
                        push(out, &word[word.len() - 3..], start + j - 3, si, TokenKind::Word, lang);
                        i = j;
                        continue;
                    }
                }
                push(out, word, start + i, si, TokenKind::Word, lang);
                i = j;
                // possessive 's
                if i + 1 < n && matches!(chars[i], '\'' | '\u{2019}') && is_clitic_s(&chars, i + 1) {
                    push(out, &chars[i..i + 2], start + i, si, TokenKind::Word, lang);
                    i += 2;
                }
            }
        }
    }
}

fn is_clitic_s(chars: &[char], k: usize) -> bool {
    k < chars.len() && matches!(chars[k], 's' | 'S') && (k + 1 >= chars.len() || !chars[k + 1].is_alphanumeric())
}

fn push(out: &mut Vec<Token>, chars: &[char], start: usize, sentence: usize, kind: TokenKind, _lang: Lang) {
    let mut norm = String::with_capacity(chars.len() * 2);
    // fold, remembering how many original chars precede each folded char
    let mut orig_index: Vec<usize> = Vec::with_capacity(chars.len());
    for (k, &c) in chars.iter().enumerate() {
        if let Some(f) = fold_char(c) {
            norm.push(f);
            orig_index.push(k);
        }
    }
    let arabic = chars.iter().any(|&c| is_arabic_letter(c));
    let upper = chars.first().is_some_and(|c| c.is_uppercase());
    let bases = if kind == TokenKind::Word && arabic {
        arabic_bases(&norm, &orig_index)
    } else {
        vec![Base { form: norm.clone(), proclitics: String::new(), skip: 0 }]
    };
    out.push(Token { start, end: start + chars.len(), sentence, kind, norm, upper, arabic, bases });
}

/// Proclitic readings of a folded Arabic word: conjunction (و ف), then preposition
/// (ب ك ل, with لل = ل + ال). Each base keeps at least two letters.
fn arabic_bases(norm: &str, orig_index: &[usize]) -> Vec<Base> {
    let f: Vec<char> = norm.chars().collect();
    let mut v = vec![Base { form: norm.to_string(), proclitics: String::new(), skip: 0 }];
    let skip_of = |k: usize| orig_index.get(k).copied().unwrap_or(0);
    let mut conj_starts = vec![0usize];
    if f.len() >= 4 && matches!(f[0], 'و' | 'ف') {
        conj_starts.push(1);
    }
    for &c0 in &conj_starts {
        if c0 > 0 {
            v.push(Base { form: f[c0..].iter().collect(), proclitics: f[..c0].iter().collect(), skip: skip_of(c0) });
        }
        let rest = &f[c0..];
        if rest.len() >= 4 && rest[0] == 'ل' && rest[1] == 'ل' {
            // لل + noun: ل + ال (للولايات → الولايات); also plain ل + ل-initial word (لليبيا → ليبيا)
            let mut form = String::from("ا");
            form.extend(rest[1..].iter());
            v.push(Base { form, proclitics: f[..c0 + 2].iter().collect(), skip: skip_of(c0 + 1) });
            v.push(Base { form: rest[1..].iter().collect(), proclitics: f[..c0 + 1].iter().collect(), skip: skip_of(c0 + 1) });
        } else if rest.len() >= 3 && matches!(rest[0], 'ب' | 'ك' | 'ل') {
            v.push(Base { form: rest[1..].iter().collect(), proclitics: f[..c0 + 1].iter().collect(), skip: skip_of(c0 + 1) });
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::sentences;

    fn toks(s: &str, lang: Lang) -> (Text, Vec<Token>) {
        let t = Text::new(s.to_string());
        let ss = sentences(&t);
        let v = tokenize(&t, &ss, lang);
        (t, v)
    }

    #[test]
    fn arabic_proclitics_are_offered_as_bases() {
        let (_, v) = toks("والولايات للولايات لليبيا بمسؤولين", Lang::Ar);
        let forms = |i: usize| v[i].bases.iter().map(|b| b.form.clone()).collect::<Vec<_>>();
        assert!(forms(0).contains(&"الولايات".to_string()));
        assert!(forms(1).contains(&"الولايات".to_string()));
        assert!(forms(2).contains(&"ليبيا".to_string()));
        assert!(forms(3).contains(&"مسؤولين".to_string()));
        let b = v[3].bases.iter().find(|b| b.form == "مسؤولين").unwrap();
        assert_eq!((b.proclitics.as_str(), b.skip), ("ب", 1));
    }

    #[test]
    fn english_possessive_and_initialisms() {
        let (t, v) = toks("Libya's U.S. talks don't end in al-Jufra.", Lang::En);
        let words: Vec<&str> = v.iter().map(|x| x.text(&t)).collect();
        assert_eq!(words, vec!["Libya", "'s", "U.S.", "talks", "do", "n't", "end", "in", "al-Jufra", "."]);
    }

    #[test]
    fn numbers_and_punctuation_in_arabic() {
        let (t, v) = toks("في ١٧/١١/٢٠١٦، قال: «نعم»", Lang::Ar);
        let words: Vec<&str> = v.iter().map(|x| x.text(&t)).collect();
        assert_eq!(words, vec!["في", "١٧", "/", "١١", "/", "٢٠١٦", "،", "قال", ":", "«", "نعم", "»"]);
        assert_eq!(v[5].norm, "2016");
    }
}
