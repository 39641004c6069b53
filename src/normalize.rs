//! normalize: orthographic folding used for matching, and language identification.
//!
//! Folding never changes the input text or its offsets; it produces the *match
//! form* of a word that lexicon keys and tokens are compared in. The same
//! [`fold`] is applied to lexicon entries when they are compiled, so both sides
//! always agree.
//!
//! Arabic folding (the usual normalisation of Arabic IR, e.g. Larkey et al. 2002):
//! diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) are removed; alef
//! variants أ إ آ ٱ become ا; alef maqsura ى becomes ي; ta marbuta ة becomes ه;
//! Arabic-Indic and Extended Arabic-Indic digits become ASCII digits. Latin letters
//! are lower-cased.

use crate::model::Lang;

/// True for Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// True for letters of the Arabic script (including Persian/Urdu extensions).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Folds one character: `None` when it is removed (a diacritic or tatweel).
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if is_arabic_mark(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ی' => 'ي',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{2019}' | '\u{2018}' => '\'',
        _ => {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            }
        }
    })
}

/// Folds a string into its match form (see the module docs).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Folds `s` and appends the match form to `out` (no allocation when `out` has room).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
}

/// Folds every word of a phrase and joins them with single spaces.
pub fn fold_phrase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        fold_into(w, &mut out);
    }
    out
}

/// Guesses the language of a text from its letters: Arabic when Arabic letters
/// make up at least 30% of the letters in the first 20,000 characters, English otherwise.
pub fn detect_language(text: &str) -> Lang {
    let (mut ar, mut latin) = (0usize, 0usize);
    let bytes = text.as_bytes();
    if bytes.len() <= 20_000 {
        // every character is looked at: count ASCII letters in one (vectorised) pass,
        // and decode only the characters that start with a UTF-8 lead byte
        latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        for (i, &b) in bytes.iter().enumerate() {
            if b >= 0xC0 {
                ar += usize::from(text[i..].chars().next().is_some_and(is_arabic_letter));
            }
        }
        return if ar * 10 >= (ar + latin) * 3 && ar > 0 { Lang::Ar } else { Lang::En };
    }
    let (mut i, mut n) = (0usize, 0usize);
    while i < bytes.len() && n < 20_000 {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII: never an Arabic letter
            latin += usize::from(b.is_ascii_alphabetic());
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or('\0');
            ar += usize::from(is_arabic_letter(c));
            i += c.len_utf8();
        }
        n += 1;
    }
    if ar * 10 >= (ar + latin) * 3 && ar > 0 {
        Lang::Ar
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arabic_orthography() {
        assert_eq!(fold("الأمريكيّة"), "الامريكيه");
        assert_eq!(fold("مؤخرًا"), "مؤخرا");
        assert_eq!(fold("إلى"), "الي");
        assert_eq!(fold("٢٠٢٤"), "2024");
        assert_eq!(fold("CNN"), "cnn");
        assert_eq!(fold("اعتُبرت"), "اعتبرت");
    }

    #[test]
    fn detects_language() {
        assert_eq!(detect_language("قالت مصادر لشبكة CNN إن"), Lang::Ar);
        assert_eq!(detect_language("Officials said on Tuesday."), Lang::En);
        assert_eq!(detect_language(""), Lang::En);
    }
}
