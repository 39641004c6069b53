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
    let seg = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let s = text.as_str();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut line_start = 0usize;
    for line in s.split_inclusive('\n') {
        let lstart = line_start;
        line_start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        paragraph += 1;
        let mut prev = 0usize;
        let mut pending: Option<usize> = None; // start byte (within line) of a sentence merged forward
        for b in seg.segment_str(body) {
            if b == 0 {
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

fn ends_with_abbreviation(piece: &str) -> bool {
    let t = piece.trim_end();
    let Some(t) = t.strip_suffix('.') else { return false };
    let word = t.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    let w = word.to_ascii_lowercase();
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())) || ABBREVIATIONS.contains(&w.as_str())
}

fn push_trimmed(text: &Text, out: &mut Vec<Sentence>, bstart: usize, bend: usize, paragraph: usize) {
    let s = &text.as_str()[bstart..bend];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    out.push(Sentence { start: text.char_at(bstart + lead), end: text.char_at(bend - trail), paragraph });
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

    #[test]
    fn empty_input_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("\n \n").is_empty());
    }
}
