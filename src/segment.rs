//! segment: paragraphs and sentences.
//!
//! Paragraphs are the non-empty lines of the input (numbered from 1), as in
//! news copy and in the gold format. Inside a paragraph, sentence boundaries
//! come from the Unicode sentence-break rules (UAX #29) as implemented by ICU4X
//! `icu_segmenter`, with one repair on top: a break after a title abbreviation
//! ("Dr.", "Mr.", "Gen.") followed by a name is removed, because UAX #29 has
//! no abbreviation list.

use crate::model::Sentence;
use crate::text::Text;
use icu_segmenter::options::SentenceBreakInvariantOptions;
use icu_segmenter::SentenceSegmenter;

/// Title abbreviations after which a full stop does not end a sentence (lower-case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jr",
    "sr", "no", "vs", "u.s", "u.n", "u.k", "rev", "hon", "pres", "amb", "cmdr", "mt", "ft", "fr",
];

/// Splits `text` into sentences with character offsets and paragraph numbers.
///
/// Leading and trailing white space is trimmed from each sentence; empty
/// sentences are dropped. Runs in O(n) over the text.
pub fn sentences(text: &Text) -> Vec<Sentence> {
    sentences_with(text, true)
}

fn sentences_with(text: &Text, fast_path: bool) -> Vec<Sentence> {
    let seg = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let s = text.as_str();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut line_start = 0usize;
    // a line feed or a paragraph separator (U+2029) ends a paragraph
    for line in s.split_inclusive(['\n', '\u{2029}']) {
        let lstart = line_start;
        line_start += line.len();
        let body = line.trim_end_matches(['\n', '\r', '\u{2029}']);
        if body.trim().is_empty() {
            continue;
        }
        paragraph += 1;
        let from = if fast_path { segmenter_start(body) } else { Some(0) };
        let Some(from) = from else {
            // what the segmenter would find: one sentence, the whole line
            push_trimmed(text, &mut out, lstart, lstart + body.len(), paragraph);
            continue;
        };
        let mut prev = 0usize;
        let mut pending: Option<usize> = None; // start byte (within line) of a sentence merged forward
        for b in seg.segment_str(&body[from..]).map(|b| b + from) {
            if b == from {
                continue;
            }
            let piece = &body[prev..b];
            let start = pending.unwrap_or(prev);
            if b < body.len() && ends_with_abbreviation(piece) {
                pending = Some(start);
                prev = b;
                continue;
            }
            pending = None;
            push_trimmed(text, &mut out, lstart + start, lstart + b, paragraph);
            prev = b;
        }
        if let Some(start) = pending {
            push_trimmed(text, &mut out, lstart + start, lstart + body.len(), paragraph);
        }
    }
    out
}

/// Where the segmenter must start on `line` (one line, without its line break):
/// `None` when UAX #29 can have no sentence break inside it, so the segmenter need not
/// run; otherwise the start of the word (after white space) that holds the first
/// character not known to be safe inside a sentence.
///
/// A sentence break needs a terminator (STerm/ATerm) or a paragraph separator before
/// it. When terminators appear only in the final run of terminators, closing marks and
/// spaces, rules SB8a–SB10 forbid a break inside that run: the line is one sentence (most
/// news paragraphs are). Before the first unsafe character there is no break either,
/// and the rules look back at most one letter before a terminator, which is inside the
/// word the segmenter starts at. Conservative: any character outside a short list of
/// known-safe ones counts as unsafe.
fn segmenter_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let (mut i, mut word) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b == b' ' || b == b'\t' {
                word = i + 1;
            } else if !(0x20..0x7F).contains(&b) || matches!(b, b'.' | b'!' | b'?') {
                break;
            }
            i += 1;
        } else {
            let c = line[i..].chars().next().unwrap_or('\0');
            if !safe_inside(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    if i < bytes.len() && !is_final_run(&line[i..]) {
        return Some(word);
    }
    None
}

/// True when `run` is made of terminators, closing marks and spaces in which UAX #29
/// has no break: after a terminator, closing marks and then spaces (SB9, SB10), or
/// another terminator (SB8a); a closing mark after such spaces starts a new sentence.
fn is_final_run(run: &str) -> bool {
    let (mut term, mut spaces) = (false, false);
    for c in run.chars() {
        match c {
            '.' | '!' | '?' | '؟' => (term, spaces) = (true, false),
            ' ' | '\t' => spaces = term,
            '"' | '\'' | ')' | ']' | '»' | '”' | '’' if !(term && spaces) => {}
            _ => return false,
        }
    }
    true
}

/// `SAFE_0600[k]` is `safe_inside(U+0600 + k)`: Arabic letters, marks and digits, the
/// Arabic comma and semicolon.
const SAFE_0600: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 256 {
        let c = 0x600 + k as u32;
        t[k] = matches!(c, 0x0621..=0x063A | 0x0641..=0x064A | 0x0671..=0x06D3 | 0x06FA..=0x06FF)
            || matches!(c, 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED)
            || matches!(c, 0x0660..=0x066C | 0x06F0..=0x06F9 | 0x060C | 0x061B);
        k += 1;
    }
    t
};

/// Non-ASCII characters that are neither sentence terminators nor separators (UAX #29:
/// not STerm, ATerm, Sep, CR or LF): Arabic letters, marks and digits, Latin letters
/// with diacritics, and common punctuation of news copy. Checked against the segmenter
/// by a test.
#[inline]
fn safe_inside(c: char) -> bool {
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return SAFE_0600[c as usize - 0x600];
    }
    crate::normalize::is_arabic_letter(c) && !matches!(c, '\u{FD3E}' | '\u{FD3F}' | '\u{FDFC}' | '\u{FDFD}')
        || crate::normalize::is_arabic_mark(c)
        || matches!(c, '\u{0660}'..='\u{066C}' | '\u{06F0}'..='\u{06F9}' | '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{024F}')
        || matches!(c, '،' | '؛' | '«' | '»' | '‘' | '’' | '“' | '”' | '–' | '—' | '\u{00A0}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '°' | '·')
}

fn ends_with_abbreviation(piece: &str) -> bool {
    let t = piece.trim_end();
    let Some(t) = t.strip_suffix('.') else { return false };
    let word = t.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    let w = word.to_ascii_lowercase();
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())) || ABBREVIATIONS.contains(&w.as_str())
}

/// The longest sentence, in characters, that later stages see. A longer
/// stretch without a sentence end (scraped text or OCR output without
/// punctuation) is cut into pieces of at most this many characters, each at
/// the last clause boundary (`,` `;` `:` `،` `؛` and white space) in the second
/// half of the piece, else at its last white space, else at the limit itself.
/// This bounds the per-sentence work of the actor, attribution and event
/// stages, which compare every trigger with the tokens and actors of its
/// sentence: without the cut, time grows with the square of the sentence
/// length. News sentences are far shorter (the longest in the gold and
/// evaluation sets are a few hundred characters).
pub const MAX_SENTENCE_CHARS: usize = 1200;

fn push_trimmed(text: &Text, out: &mut Vec<Sentence>, bstart: usize, bend: usize, paragraph: usize) {
    let s = &text.as_str()[bstart..bend];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut from, end) = (bstart + lead, bend - trail);
    while let Some(cut) = long_cut(&text.as_str()[from..end]) {
        let piece = &text.as_str()[from..from + cut];
        let t = piece.trim_end();
        if !t.is_empty() {
            out.push(Sentence { start: text.char_at(from), end: text.char_at(from + t.len()), paragraph });
        }
        let rest = &text.as_str()[from + cut..end];
        from += cut + (rest.len() - rest.trim_start().len());
    }
    if from < end {
        out.push(Sentence { start: text.char_at(from), end: text.char_at(end), paragraph });
    }
}

/// Where to cut `s` (trimmed, non-empty) when it has more than
/// [`MAX_SENTENCE_CHARS`] characters: a byte offset after a clause boundary or
/// white space (see [`MAX_SENTENCE_CHARS`]); `None` when `s` is short enough.
fn long_cut(s: &str) -> Option<usize> {
    let (limit, _) = s.char_indices().nth(MAX_SENTENCE_CHARS)?;
    let window = &s[..limit];
    let half = window.char_indices().nth(MAX_SENTENCE_CHARS / 2).map_or(0, |(i, _)| i);
    let mut clause = None;
    let mut space = None;
    let mut prev: Option<char> = None;
    for (i, c) in window.char_indices() {
        if c.is_whitespace() {
            if i > 0 {
                space = Some(i);
            }
            if i >= half && matches!(prev, Some(',' | ';' | ':' | '،' | '؛')) {
                clause = Some(i);
            }
        }
        prev = Some(c);
    }
    Some(clause.or(space).unwrap_or(limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<(String, usize)> {
        let t = Text::new(s.to_string());
        sentences(&t).iter().map(|x| (t.slice(x.start, x.end).to_string(), x.paragraph)).collect()
    }

    #[test]
    fn paragraphs_and_sentences() {
        let v = split("قال مسؤول إن المحادثات جرت. وأضاف أنها ستستمر؟\n\nSecond line here.\n");
        assert_eq!(v.len(), 3);
        assert_eq!(v[0], ("قال مسؤول إن المحادثات جرت.".to_string(), 1));
        assert_eq!(v[1].1, 1);
        assert_eq!(v[2], ("Second line here.".to_string(), 2));
    }

    #[test]
    fn title_abbreviation_does_not_end_sentence() {
        let v = split("Dr. Lee, a surgeon, said it. Then he left.");
        assert_eq!(v.len(), 2);
        assert!(v[0].0.starts_with("Dr. Lee"));
    }

    /// Every character `segmenter_start` trusts, in many contexts, and random lines made
    /// of them and of terminators: the fast path must agree with the segmenter.
    #[test]
    fn safe_table_matches_the_rule() {
        for k in 0..256u32 {
            let c = char::from_u32(0x600 + k).unwrap();
            let rule = crate::normalize::is_arabic_letter(c) || crate::normalize::is_arabic_mark(c) || matches!(c, '\u{0660}'..='\u{066C}' | '\u{06F0}'..='\u{06F9}' | '،' | '؛');
            assert_eq!(SAFE_0600[k as usize], rule, "{c:?}");
        }
    }

    #[test]
    fn fast_path_agrees_with_the_segmenter() {
        let mut safe: Vec<char> = (0x20u32..0x7F).filter_map(char::from_u32).collect();
        safe.extend((0x80u32..0x10000).filter_map(char::from_u32).filter(|&c| safe_inside(c)));
        let ends = ['.', '!', '?', '؟', ' ', '"', '\'', ')', ']', '»', '”', '’', '\t'];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut rnd = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut lines: Vec<String> = Vec::new();
        for &c in &safe {
            for ctx in ["a{c}b", "Ab {c} Cd.", "قال {c}ب", "{c}", "x{c}. Y", "1{c}2 a"] {
                lines.push(ctx.replace("{c}", &c.to_string()));
            }
        }
        for _ in 0..3000 {
            let mut l = String::new();
            for _ in 0..1 + rnd(40) {
                l.push(match rnd(10) {
                    0 | 1 => ends[rnd(ends.len())],
                    2 => ' ',
                    3 => ['A', 'b', 'Z', 'q', '5', 'م'][rnd(6)],
                    _ => safe[rnd(safe.len())],
                });
            }
            for _ in 0..rnd(4) {
                l.push(ends[rnd(ends.len())]);
            }
            lines.push(l);
        }
        for l in &lines {
            let t = Text::new(format!("{l}\nSecond line. Two.\n"));
            assert_eq!(sentences_with(&t, true), sentences_with(&t, false), "line {l:?}");
        }
    }

    #[test]
    fn over_long_sentences_are_cut_at_a_clause_boundary_or_space() {
        // no sentence end at all: pieces of at most the limit, cut at spaces
        let text = "threatened and ".repeat(1000);
        let t = Text::new(text.clone());
        let v = sentences(&t);
        assert!(v.len() >= text.chars().count() / MAX_SENTENCE_CHARS, "{}", v.len());
        for x in &v {
            assert!(x.end - x.start <= MAX_SENTENCE_CHARS, "{}", x.end - x.start);
            let piece = t.slice(x.start, x.end);
            assert!(piece.starts_with("threatened") && piece.ends_with("and"), "{piece:?}");
        }
        // the pieces cover the text without gaps other than white space
        let joined: String = v.iter().map(|x| t.slice(x.start, x.end)).collect::<Vec<_>>().join(" ");
        assert_eq!(joined, text.trim_end());
        // a comma in the second half of the window is preferred to the last space
        let mut s = "word ".repeat(200);
        s.push_str("Cairo, ");
        s.push_str(&"word ".repeat(200));
        let v = split(&s);
        assert!(v.len() >= 2);
        assert!(v[0].0.ends_with("Cairo,"), "{:?}", &v[0].0[v[0].0.len() - 20..]);
        // one word longer than the limit is cut at the limit
        let v = split(&"x".repeat(MAX_SENTENCE_CHARS * 2 + 5));
        assert_eq!(v.iter().map(|p| p.0.len()).collect::<Vec<_>>(), vec![MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
        // short sentences are untouched
        assert_eq!(split("Iran threatened Israel, officials said.").len(), 1);
    }

    #[test]
    fn paragraph_separator_ends_a_paragraph() {
        let v = split("Iran threatened Israel\u{2029}Egypt arrested protesters.\n");
        assert_eq!(v, vec![("Iran threatened Israel".to_string(), 1), ("Egypt arrested protesters.".to_string(), 2)]);
    }

    #[test]
    fn empty_input_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("\n \n").is_empty());
    }
}
