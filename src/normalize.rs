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
//!
//! Invisible format characters ([`is_invisible`]: zero-width space/joiners, bidi
//! marks, embeddings and isolates, U+FEFF) are removed, and Arabic presentation
//! forms (U+FE80–U+FEF4) and fullwidth Latin and digits (U+FF01–U+FF5E) fold like
//! the letters they are forms of (their NFKC decomposition). Not folded: the
//! lam-alef ligatures (U+FEF5–U+FEFC) and Presentation Forms-A, which decompose to
//! several letters, and combining accents (NFD Latin).

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

/// `ARABIC_LETTER_0600[k]` is `is_arabic_letter(U+0600 + k)`.
const ARABIC_LETTER_0600: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 256 {
        let c = 0x600 + k as u32;
        t[k] = matches!(c, 0x0621..=0x063A | 0x0641..=0x064A | 0x0671..=0x06D3 | 0x06FA..=0x06FF);
        k += 1;
    }
    t
};

/// [`fold_char`] of U+0600 + k (`'\0'` when the character is removed), so that the
/// Arabic block folds with one look-up (checked against the rules by a test).
const FOLD_0600: [char; 256] = {
    let mut t = ['\0'; 256];
    let mut k = 0;
    while k < 256 {
        let c = 0x600 + k as u32;
        let f = match c {
            0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED => 0,
            0x0623 | 0x0625 | 0x0622 | 0x0671 => 0x0627,
            0x0649 | 0x06CC => 0x064A,
            0x0629 => 0x0647,
            0x06A9 => 0x0643,
            0x0660..=0x0669 => c - 0x0660 + '0' as u32,
            0x06F0..=0x06F9 => c - 0x06F0 + '0' as u32,
            _ => c,
        };
        t[k] = match char::from_u32(f) {
            Some(x) => x,
            None => '\0',
        };
        k += 1;
    }
    t
};

/// True for invisible format characters that must not break a word or a
/// phrase: zero-width space, non-joiner and joiner, left-to-right and
/// right-to-left marks (U+200B–U+200F), bidi embeddings and overrides
/// (U+202A–U+202E), word joiner (U+2060), bidi isolates (U+2066–U+2069) and the
/// zero-width no-break space / byte-order mark (U+FEFF). Folding removes them;
/// the tokenizer treats them as part of the word around them, or as space.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The base letter of an Arabic presentation form (U+FE80–U+FEF4), the ASCII
/// character of a fullwidth form (U+FF01–U+FF5E): the one-character NFKC
/// mappings (ICU4X `icu_normalizer`, Unicode compatibility decompositions) that
/// text copied from PDFs and East Asian input carry. Other characters: `None`.
fn compatibility_char(c: char) -> Option<char> {
    if !matches!(c, '\u{FE80}'..='\u{FEF4}' | '\u{FF01}'..='\u{FF5E}') {
        return None;
    }
    let mut buf = [0u8; 4];
    let nfkc = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(c.encode_utf8(&mut buf));
    let mut chars = nfkc.chars();
    match (chars.next(), chars.next()) {
        (Some(base), None) => Some(base),
        _ => None,
    }
}

/// Folds one character: `None` when it is removed (a diacritic, tatweel or an
/// invisible format character, see [`is_invisible`]). Arabic presentation forms
/// and fullwidth Latin fold like the character they are a form of.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        let f = FOLD_0600[c as usize - 0x600];
        return (f != '\0').then_some(f);
    }
    if is_arabic_mark(c) || is_invisible(c) {
        return None;
    }
    if let Some(base) = compatibility_char(c) {
        return fold_char(base);
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
        // scripts and blocks without case (Hebrew to Arabic Extended, Arabic presentation
        // forms, general punctuation): skip the lower-case table (checked by a test)
        '\u{0590}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{2000}'..='\u{206F}' => c,
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

/// The number of sentences (character ranges `start..end` of `text`, Unicode scalar values,
/// end-exclusive) written in the other language than `lang`: at least 20 letters, and more
/// than three times as many letters of the other script (Latin for Arabic, Arabic for
/// English) as of its own. A document is read in one language, so such sentences are read
/// with the wrong rules (`marsad extract` warns about them).
pub fn foreign_sentences(text: &str, sentences: impl Iterator<Item = (usize, usize)>, lang: Lang) -> usize {
    let chars: Vec<char> = text.chars().collect();
    sentences
        .filter(|&(start, end)| {
            let (mut ar, mut latin) = (0usize, 0usize);
            for &c in &chars[start.min(chars.len())..end.min(chars.len())] {
                if c.is_ascii_alphabetic() {
                    latin += 1;
                } else if is_arabic_letter(c) {
                    ar += 1;
                }
            }
            let (own, other) = if lang == Lang::Ar { (ar, latin) } else { (latin, ar) };
            other >= 20 && other > 3 * own
        })
        .count()
}

/// Guesses the language of a text from its letters: Arabic when Arabic letters
/// make up at least 30% of the letters in the first 20,000 characters, English otherwise.
///
/// A text with no letters at all there is Arabic when it holds any character of
/// the Arabic script blocks ([`is_arabic_script`]: diacritics, tatweel,
/// Arabic-Indic digits, Arabic punctuation), English otherwise: a file of only
/// harakat and tatweel is labelled `ar`, an empty or punctuation-only one `en`.
pub fn detect_language(text: &str) -> Lang {
    let (mut ar, mut latin) = (0usize, 0usize);
    let bytes = text.as_bytes();
    if bytes.len() <= 20_000 {
        // every character is looked at: count ASCII letters in one (vectorised) pass,
        // and decode only the characters that start with a UTF-8 lead byte
        latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0xC0 {
                i += 1;
            } else if b < 0xE0 {
                // two-byte sequence (U+0080..U+07FF): an Arabic letter there is in U+0600..U+06FF
                if (0xD8..=0xDB).contains(&b) {
                    ar += usize::from(ARABIC_LETTER_0600[(usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F)]);
                }
                i += 2;
            } else {
                let c = text[i..].chars().next().unwrap_or('\0');
                ar += usize::from(is_arabic_letter(c));
                i += c.len_utf8();
            }
        }
        if ar == 0 && latin == 0 {
            return script_only(text);
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
    if ar == 0 && latin == 0 {
        return script_only(text);
    }
    if ar * 10 >= (ar + latin) * 3 && ar > 0 {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// True for a character of the Arabic script blocks: Arabic (U+0600–U+06FF),
/// Arabic Supplement (U+0750–U+077F), Arabic Extended-A (U+08A0–U+08FF) and the
/// presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, less the BOM U+FEFF).
pub fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The language of a text without letters in its first 20,000 characters.
fn script_only(text: &str) -> Lang {
    if text.chars().take(20_000).any(is_arabic_script) {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// True when the last letter of `word` (diacritics and tatweel skipped) is ta marbuta «ة».
/// Match forms write «ة» as «ه», so a word that ends in «ة» («رحلة», «مالية») is told apart here
/// from a form with the object or possessive pronoun «ه» («رحّله», «ماليه»).
pub fn ends_in_ta_marbuta(word: &str) -> bool {
    word.chars().rev().find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')) == Some('ة')
}

#[cfg(test)]
mod tests {
    #[test]
    fn foreign_sentences_are_those_mostly_in_the_other_script() {
        let t = "اعتقلت الشرطة المصرية عشرة صحفيين في القاهرة. The army arrested five men in Gaza, sources said. وقال مصدر أمني إن Reuters نقلت الخبر.";
        let n = t.chars().count();
        let first = t.chars().position(|c| c == 'T').unwrap();
        let second = t.chars().position(|c| c == 'و').unwrap();
        let sents = [(0, first), (first, second), (second, n)];
        assert_eq!(foreign_sentences(t, sents.iter().copied(), Lang::Ar), 1);
        // the same sentences read as English: two are Arabic
        assert_eq!(foreign_sentences(t, sents.iter().copied(), Lang::En), 2);
        assert_eq!(foreign_sentences("", std::iter::once((0, 10)), Lang::Ar), 0);
    }

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

    /// The rules of `fold_char` for the Arabic block, written out.
    fn fold_arabic_reference(c: char) -> Option<char> {
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
            _ => c,
        })
    }

    #[test]
    fn arabic_block_table_follows_the_rules() {
        for c in (0x0600u32..=0x06FF).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_arabic_reference(c), "{c:?}");
        }
    }

    #[test]
    fn caseless_blocks_fold_like_the_lower_case_table() {
        for r in [0x0590u32..=0x08FF, 0xFB50..=0xFDFF, 0xFE70..=0xFEFF, 0x2000..=0x206F] {
            for c in r.filter_map(char::from_u32) {
                let mut l = c.to_lowercase();
                assert_eq!((l.next(), l.next()), (Some(c), None), "{c:?} has a lower case");
            }
        }
    }

    #[test]
    fn arabic_letter_table_matches_the_ranges() {
        for k in 0..256u32 {
            let c = char::from_u32(0x600 + k).unwrap();
            assert_eq!(ARABIC_LETTER_0600[k as usize], is_arabic_letter(c), "{c:?}");
        }
        for c in (0x80u32..0x800).filter_map(char::from_u32) {
            assert!(!is_arabic_letter(c) || ('\u{0600}'..='\u{06FF}').contains(&c));
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(detect_language("قالت مصادر لشبكة CNN إن"), Lang::Ar);
        assert_eq!(detect_language("Officials said on Tuesday."), Lang::En);
        assert_eq!(detect_language(""), Lang::En);
        // no letters: Arabic marks (harakat, shadda, tatweel) between invisible marks make it Arabic
        let marks = "\u{200D}\u{064E}\u{0651}\u{0640}\u{0640}\u{200C}\u{064F}\u{200F}\u{0652}\u{200E}\n";
        assert_eq!(detect_language(marks), Lang::Ar);
        assert_eq!(detect_language(&marks.repeat(3000)), Lang::Ar, "the long-text path too");
        assert_eq!(detect_language("\u{200D}\u{200F} ... 2025 !"), Lang::En);
        // a few marks do not outweigh English letters
        assert_eq!(detect_language("Officials said \u{0640}\u{064E} on Tuesday."), Lang::En);
    }
}

#[cfg(test)]
mod compatibility_tests {
    #[test]
    fn presentation_and_fullwidth_forms_fold_like_their_letters() {
        // spot checks across both blocks: first and last forms, a four-form letter, hamza carriers
        for (form, base) in [('\u{FE80}', 'ء'), ('\u{FE85}', 'ؤ'), ('\u{FE8D}', 'ا'), ('\u{FEB3}', 'س'), ('\u{FEF4}', 'ي'), ('\u{FF21}', 'A'), ('\u{FF10}', '0'), ('\u{FF5E}', '~')] {
            assert_eq!(super::compatibility_char(form), Some(base), "U+{:04X}", form as u32);
        }
        // every form of the two blocks maps to one character; others are left alone
        assert!(('\u{FE80}'..='\u{FEF4}').chain('\u{FF01}'..='\u{FF5E}').all(|c| super::compatibility_char(c).is_some()));
        assert_eq!(super::compatibility_char('\u{FEF5}'), None);
        assert_eq!(super::compatibility_char('ب'), None);
    }
}
