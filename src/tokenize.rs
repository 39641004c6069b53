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

/// Classes of the ASCII characters (the same answers as the general rule in [`class`]).
const ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Punct; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() {
            Class::OtherLetter
        } else {
            Class::Punct
        };
        i += 1;
    }
    t
};

#[inline]
fn class(c: char) -> Class {
    if c.is_ascii() {
        return ASCII_CLASS[c as usize];
    }
    if c.is_whitespace() || crate::normalize::is_invisible(c) {
        Class::Space
    } else if is_arabic_letter(c) || is_arabic_mark(c) {
        Class::ArabicLetter
    } else if ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c) || ('\u{FF10}'..='\u{FF19}').contains(&c) {
        Class::Digit
    } else if c.is_alphabetic() || unicode_mark(c) {
        Class::OtherLetter
    } else {
        Class::Punct
    }
}

fn unicode_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Buffers reused from token to token and sentence to sentence.
#[derive(Default)]
struct Scratch {
    /// The characters of the current sentence, and their classes.
    chars: Vec<char>,
    classes: Vec<Class>,
    /// Per folded character of the current token: byte offset in `norm`, and index of the original character.
    folded_at: Vec<(u32, u32)>,
}

/// Tokenizes every sentence of `text`. Tokens never cross sentence boundaries.
pub fn tokenize(text: &Text, sentences: &[Sentence], lang: Lang) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.chars() / 5);
    let mut scratch = Scratch::default();
    for (si, s) in sentences.iter().enumerate() {
        tokenize_span(text, s.start, s.end, si, lang, &mut out, &mut scratch);
    }
    out
}

fn tokenize_span(text: &Text, start: usize, end: usize, si: usize, lang: Lang, out: &mut Vec<Token>, scratch: &mut Scratch) {
    let mut chars = std::mem::take(&mut scratch.chars);
    let mut classes = std::mem::take(&mut scratch.classes);
    chars.clear();
    chars.extend(text.slice(start, end).chars());
    classes.clear();
    classes.extend(chars.iter().map(|&c| class(c)));
    let n = chars.len();
    // a run of invisible format characters (zero-width joiner, bidi marks) inside a
    // word belongs to the word ("الحكومة\u{200C}", "Ca\u{200B}iro"); elsewhere it is space
    let mut i = 0;
    while i < n {
        if !crate::normalize::is_invisible(chars[i]) {
            i += 1;
            continue;
        }
        let a = i;
        while i < n && crate::normalize::is_invisible(chars[i]) {
            i += 1;
        }
        if a > 0 && i < n && classes[a - 1] == classes[i] && matches!(classes[i], Class::ArabicLetter | Class::OtherLetter | Class::Digit) {
            let c = classes[i];
            classes[a..i].fill(c);
        }
    }
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match classes[i] {
            Class::Space => i += 1,
            Class::Punct => {
                push(out, &chars[i..i + 1], start + i, si, TokenKind::Punct, scratch);
                i += 1;
            }
            Class::Digit => {
                let mut j = i + 1;
                while j < n {
                    match classes[j] {
                        Class::Digit => j += 1,
                        Class::Punct if matches!(chars[j], '.' | ',' | '٫' | '٬' | ':') && j + 1 < n && classes[j + 1] == Class::Digit => j += 2,
                        _ => break,
                    }
                }
                push(out, &chars[i..j], start + i, si, TokenKind::Number, scratch);
                i = j;
            }
            Class::ArabicLetter => {
                let mut j = i + 1;
                while j < n && classes[j] == Class::ArabicLetter {
                    j += 1;
                }
                push(out, &chars[i..j], start + i, si, TokenKind::Word, scratch);
                i = j;
            }
            Class::OtherLetter => {
                let _ = c;
                let mut j = i + 1;
                loop {
                    while j < n && matches!(classes[j], Class::OtherLetter | Class::Digit) {
                        j += 1;
                    }
                    // inner apostrophe, hyphen or dot between letters: "O'Brien", "al-Sisi", "U.S."
                    if j + 1 < n
                        && matches!(chars[j], '\'' | '\u{2019}' | '-' | '.')
                        && classes[j + 1] == Class::OtherLetter
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
                // split "n't" (ASCII apostrophe, either case)
                if j - i > 3 && lang == Lang::En {
                    let tail = &word[word.len() - 3..];
                    if matches!(tail[0], 'n' | 'N') && tail[1] == '\'' && matches!(tail[2], 't' | 'T') {
                        push(out, &word[..word.len() - 3], start + i, si, TokenKind::Word, scratch);
                        push(out, tail, start + j - 3, si, TokenKind::Word, scratch);
                        i = j;
                        continue;
                    }
                }
                push(out, word, start + i, si, TokenKind::Word, scratch);
                i = j;
                // possessive 's
                if i + 1 < n && matches!(chars[i], '\'' | '\u{2019}') && is_clitic_s(&chars, i + 1) {
                    push(out, &chars[i..i + 2], start + i, si, TokenKind::Word, scratch);
                    i += 2;
                }
            }
        }
    }
    scratch.chars = chars;
    scratch.classes = classes;
}

fn is_clitic_s(chars: &[char], k: usize) -> bool {
    k < chars.len() && matches!(chars[k], 's' | 'S') && (k + 1 >= chars.len() || !chars[k + 1].is_alphanumeric())
}

fn push(out: &mut Vec<Token>, chars: &[char], start: usize, sentence: usize, kind: TokenKind, scratch: &mut Scratch) {
    let ascii = chars.iter().all(char::is_ascii);
    let arabic = !ascii && chars.iter().any(|&c| is_arabic_letter(c));
    let upper = chars.first().is_some_and(|c| c.is_uppercase());
    let mut norm = String::with_capacity(if ascii { 0 } else { chars.len() * 2 });
    let bases = if ascii {
        // ASCII folds to lower case, character for character (bytes, then one check)
        let bytes: Vec<u8> = chars.iter().map(|&c| (c as u8).to_ascii_lowercase()).collect();
        norm = String::from_utf8(bytes).unwrap_or_default();
        vec![Base { form: norm.clone(), proclitics: String::new(), skip: 0 }]
    } else if kind == TokenKind::Word && arabic {
        // fold, remembering where each folded char starts in `norm` and which original char it came from
        let folded_at = &mut scratch.folded_at;
        folded_at.clear();
        for (k, &c) in chars.iter().enumerate() {
            if let Some(f) = fold_char(c) {
                folded_at.push((norm.len() as u32, k as u32));
                norm.push(f);
            }
        }
        arabic_bases(&norm, folded_at)
    } else {
        for &c in chars {
            if let Some(f) = fold_char(c) {
                norm.push(f);
            }
        }
        vec![Base { form: norm.clone(), proclitics: String::new(), skip: 0 }]
    };
    out.push(Token { start, end: start + chars.len(), sentence, kind, norm, upper, arabic, bases });
}

/// Proclitic readings of a folded Arabic word: conjunction (و ف), then preposition
/// (ب ك ل, with لل = ل + ال). Each base keeps at least two letters.
///
/// `at[k]` is (byte offset in `norm`, original character index) of folded character `k`.
fn arabic_bases(norm: &str, at: &[(u32, u32)]) -> Vec<Base> {
    let n = at.len();
    let ch = |k: usize| norm[at[k].0 as usize..].chars().next().unwrap_or('\0');
    let byte = |k: usize| if k < n { at[k].0 as usize } else { norm.len() };
    let skip_of = |k: usize| at.get(k).map_or(0, |x| x.1 as usize);
    let mut v = Vec::with_capacity(4);
    v.push(Base { form: norm.to_string(), proclitics: String::new(), skip: 0 });
    let conj = n >= 4 && matches!(ch(0), 'و' | 'ف');
    for c0 in [0usize, 1] {
        if c0 == 1 {
            if !conj {
                break;
            }
            v.push(Base { form: norm[byte(1)..].to_string(), proclitics: norm[..byte(1)].to_string(), skip: skip_of(1) });
        }
        let rest = n - c0;
        if rest >= 4 && ch(c0) == 'ل' && ch(c0 + 1) == 'ل' {
            // لل + noun: ل + ال (للولايات → الولايات); also plain ل + ل-initial word (لليبيا → ليبيا)
            let tail = &norm[byte(c0 + 1)..];
            let mut form = String::with_capacity(tail.len() + 2);
            form.push('ا');
            form.push_str(tail);
            v.push(Base { form, proclitics: norm[..byte(c0 + 2)].to_string(), skip: skip_of(c0 + 1) });
            v.push(Base { form: tail.to_string(), proclitics: norm[..byte(c0 + 1)].to_string(), skip: skip_of(c0 + 1) });
        } else if rest >= 3 && matches!(ch(c0), 'ب' | 'ك' | 'ل') {
            v.push(Base { form: norm[byte(c0 + 1)..].to_string(), proclitics: norm[..byte(c0 + 1)].to_string(), skip: skip_of(c0 + 1) });
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

    /// Zero-width and bidi format characters inside a word join it (and are not in
    /// its match form); between words they are space; offsets stay in the input.
    #[test]
    fn invisible_characters_do_not_break_words() {
        let (t, v) = toks("الحكومة\u{200C} \u{202B}الإيطالية\u{202C} ت\u{200D}ونس Ca\u{200B}iro\u{2069} ２０２５ Ｃａｉｒｏ ﻣﺼﺮ", Lang::Ar);
        let norms: Vec<&str> = v.iter().map(|x| x.norm.as_str()).collect();
        assert_eq!(norms, vec!["الحكومه", "الايطاليه", "تونس", "cairo", "2025", "cairo", "مصر"]);
        assert_eq!(t.slice(v[2].start, v[2].end), "ت\u{200D}ونس");
        assert_eq!(t.slice(v[3].start, v[3].end), "Ca\u{200B}iro");
        assert!(v[4].kind == TokenKind::Number);
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
