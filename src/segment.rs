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
    sentences_with(text, true, &mut LongSentences::default())
}

/// How many sentences [`sentences`] cut because they were longer than
/// [`MAX_SENTENCE_CHARS`] (see there), so a command can tell its user.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LongSentences {
    /// Stretches without a sentence end longer than the limit, each cut into pieces.
    pub cut: usize,
    /// The pieces they were cut into (each a sentence of the output).
    pub pieces: usize,
}

/// [`sentences`], and how many over-long sentences were cut.
pub fn sentences_counted(text: &Text) -> (Vec<Sentence>, LongSentences) {
    let mut long = LongSentences::default();
    let v = sentences_with(text, true, &mut long);
    (v, long)
}

fn sentences_with(text: &Text, fast_path: bool, long: &mut LongSentences) -> Vec<Sentence> {
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
            push_trimmed(text, &mut out, long, lstart, lstart + body.len(), paragraph);
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
            push_trimmed(text, &mut out, long, lstart + start, lstart + b, paragraph);
            prev = b;
        }
        if let Some(start) = pending {
            push_trimmed(text, &mut out, long, lstart + start, lstart + body.len(), paragraph);
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
/// stretch without a sentence end (scraped text, OCR output without
/// punctuation, a whole report on one line joined by commas) is cut into
/// pieces of at most this many characters, never inside a word: each piece
/// ends at the last clause boundary in the second half of the window (white
/// space after `,` `;` `:` `،` `؛`, else white space before a conjunction of
/// [`CLAUSE_WORDS`]), else at its last white space, else (a single word longer
/// than the limit) at the limit itself, moved back so that a letter keeps its
/// combining marks. The pieces' offsets are offsets into the input, like any
/// sentence's; [`sentences_counted`] says how many sentences were cut, and
/// `marsad extract` warns about them. This bounds the per-sentence work of the
/// actor, attribution and event stages, which compare every trigger with the
/// tokens and actors of its sentence: without the cut, time grows with the
/// square of the sentence length. News sentences are far shorter (the longest
/// in the gold and evaluation sets are a few hundred characters).
pub const MAX_SENTENCE_CHARS: usize = 1200;

fn push_trimmed(text: &Text, out: &mut Vec<Sentence>, long: &mut LongSentences, bstart: usize, bend: usize, paragraph: usize) {
    let s = &text.as_str()[bstart..bend];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut from, end) = (bstart + lead, bend - trail);
    let before = out.len();
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
    if out.len() > before + 1 {
        long.cut += 1;
        long.pieces += out.len() - before;
    }
}

/// Words that start a new clause: an over-long sentence is cut before one of
/// them when no clause punctuation is near the limit. Arabic «و» and «ف» are
/// proclitics written on the next word (and begin many other words, «وزير»),
/// so only the separate conjunctions count.
pub const CLAUSE_WORDS: &[&str] = &["and", "but", "or", "while", "whereas", "although", "because", "then", "و", "ثم", "بينما", "لكن", "لكنّ", "حيث", "أو", "أم", "إذ"];

/// True for a character that belongs to the character before it (a combining
/// mark, a joiner, a variation selector): a cut at the limit never falls before it.
fn continues_previous(c: char) -> bool {
    crate::normalize::is_arabic_mark(c) || matches!(c, '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

/// Where to cut `s` (trimmed, non-empty) when it has more than
/// [`MAX_SENTENCE_CHARS`] characters: a byte offset at white space after clause
/// punctuation or before a conjunction, else at the last white space, else
/// (one word longer than the limit) at the limit (see [`MAX_SENTENCE_CHARS`]);
/// `None` when `s` is short enough. Never 0, so every cut makes progress.
fn long_cut(s: &str) -> Option<usize> {
    let (limit, _) = s.char_indices().nth(MAX_SENTENCE_CHARS)?;
    let window = &s[..limit];
    let half = window.char_indices().nth(MAX_SENTENCE_CHARS / 2).map_or(0, |(i, _)| i);
    let mut clause = None;
    let mut conjunction = None;
    let mut space = None;
    let mut prev: Option<char> = None;
    for (i, c) in window.char_indices() {
        if c.is_whitespace() {
            if i > 0 {
                space = Some(i);
            }
            if i >= half && matches!(prev, Some(',' | ';' | ':' | '،' | '؛')) {
                clause = Some(i);
            } else if i >= half && i > 0 && !prev.is_some_and(char::is_whitespace) {
                // the next word, whole within `s` (the cut goes before it)
                let rest = &s[i + c.len_utf8()..];
                let word = rest.split(char::is_whitespace).next().unwrap_or("");
                if word.len() < rest.len() && CLAUSE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                    conjunction = Some(i);
                }
            }
        }
        prev = Some(c);
    }
    Some(clause.or(conjunction).or(space).unwrap_or_else(|| {
        // one word longer than the limit: cut at the limit, but not between a letter and its marks
        let mut cut = limit;
        while s[cut..].chars().next().is_some_and(continues_previous) {
            match s[..cut].char_indices().next_back() {
                Some((p, _)) if p > 0 => cut = p,
                _ => return limit,
            }
        }
        cut
    }))
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
            assert_eq!(sentences_with(&t, true, &mut LongSentences::default()), sentences_with(&t, false, &mut LongSentences::default()), "line {l:?}");
        }
    }

    #[test]
    fn over_long_sentences_are_cut_at_a_clause_boundary_or_space() {
        // no sentence end at all: pieces of at most the limit, cut at spaces
        let text = "threatened and ".repeat(1000);
        let t = Text::new(text.clone());
        let (v, long) = sentences_counted(&t);
        assert!(v.len() >= text.chars().count() / MAX_SENTENCE_CHARS, "{}", v.len());
        assert_eq!(long, LongSentences { cut: 1, pieces: v.len() });
        for (k, x) in v.iter().enumerate() {
            assert!(x.end - x.start <= MAX_SENTENCE_CHARS, "{}", x.end - x.start);
            let piece = t.slice(x.start, x.end);
            // cut before the conjunction: a piece ends with a verb, the next starts with "and"
            assert!(piece.ends_with("threatened") || k == v.len() - 1, "{piece:?}");
            assert!(piece.starts_with(if k == 0 { "threatened" } else { "and" }), "{piece:?}");
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
        // short sentences are untouched, and not counted
        assert_eq!(split("Iran threatened Israel, officials said.").len(), 1);
        assert_eq!(sentences_counted(&Text::new("Iran threatened Israel. Egypt agreed.".into())).1, LongSentences::default());
        // a long word of Arabic letters with their marks is cut at the limit, but not before a mark
        let v = split(&"بَ".repeat(MAX_SENTENCE_CHARS));
        assert_eq!(v[0].0.chars().count(), MAX_SENTENCE_CHARS);
        assert!(v[0].0.ends_with('\u{064E}'), "the letter keeps its fatha");
        let odd = format!("x{}", "بَ".repeat(MAX_SENTENCE_CHARS));
        let v = split(&odd);
        assert_eq!(v[0].0.chars().count(), MAX_SENTENCE_CHARS - 1);
        assert_eq!(v.iter().map(|p| p.0.as_str()).collect::<String>(), odd);
    }

    /// A long line of report clauses: every sentence is the input at its character
    /// offsets (checked against the input's own characters, not through [`Text`]),
    /// at most the limit long, and starts and ends between words; the pieces cover
    /// every character that is not white space.
    fn check_long_line(line: &str, expect_clause_ends: &[char]) {
        let input = format!("Headline\n{line}\nLast paragraph.\n");
        let t = Text::new(input.clone());
        let chars: Vec<char> = input.chars().collect();
        let (v, long) = sentences_counted(&t);
        assert_eq!(long.cut, 1);
        assert_eq!(long.pieces, v.len() - 2);
        let mut covered = String::new();
        for x in &v {
            let want: String = chars[x.start..x.end].iter().collect();
            assert_eq!(t.slice(x.start, x.end), want);
            assert!(x.end - x.start <= MAX_SENTENCE_CHARS, "{}", x.end - x.start);
            assert!(x.start == 0 || chars[x.start - 1].is_whitespace(), "starts inside a word: {:?}", &want[..20]);
            assert!(x.end == chars.len() || chars[x.end].is_whitespace(), "ends inside a word at {}", x.end);
            assert!(!want.starts_with(char::is_whitespace) && !want.ends_with(char::is_whitespace));
            covered.extend(want.chars().filter(|c| !c.is_whitespace()));
        }
        assert_eq!(covered, input.chars().filter(|c| !c.is_whitespace()).collect::<String>());
        // the pieces of the long line end at clause punctuation (or before a conjunction)
        let pieces = &v[1..v.len() - 1];
        for x in &pieces[..pieces.len() - 1] {
            let last = chars[x.end - 1];
            let next: String = chars[x.end..].iter().skip(1).take_while(|c| !c.is_whitespace()).collect();
            assert!(expect_clause_ends.contains(&last) || CLAUSE_WORDS.contains(&next.as_str()), "{last:?} before {next:?}");
        }
    }

    #[test]
    fn long_generated_lines_keep_offsets_and_words() {
        let en = "Police arrested two journalists in Cairo on Tuesday, a security source said, and ";
        check_long_line(&en.repeat(3000), &[',']);
        // without commas: before "and"
        check_long_line(&"Police arrested two journalists in Cairo on Tuesday a security source said and ".repeat(3000), &[]);
        let ar = "اعتقلت الشرطةُ صحفيَّين اثنين في القاهرة يوم الثلاثاء، حسبما قال مصدر أمني؛ و";
        check_long_line(&ar.repeat(3000), &['،', '؛']);
        // without punctuation, long words mixed in: at white space
        let mut seed = 7u64;
        let mut mixed = String::new();
        for _ in 0..40_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let w = ["قال", "مصدرٌ", "Cairo", "journalists", "٢٠٢٥", "وزير", "x\u{0301}y", "تعديلات"][(seed >> 33) as usize % 8];
            mixed.push_str(w);
            mixed.push(if (seed >> 40) % 5 == 0 { '\u{00A0}' } else { ' ' });
        }
        let t = Text::new(mixed.clone());
        let chars: Vec<char> = mixed.chars().collect();
        let (v, long) = sentences_counted(&t);
        assert_eq!((long.cut, long.pieces), (1, v.len()));
        for x in &v {
            assert_eq!(t.slice(x.start, x.end), chars[x.start..x.end].iter().collect::<String>());
            assert!(x.end - x.start <= MAX_SENTENCE_CHARS);
            assert!(x.start == 0 || chars[x.start - 1].is_whitespace());
            assert!(x.end == chars.len() || chars[x.end].is_whitespace());
        }
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
