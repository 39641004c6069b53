//! Reading NER training data: two-column CoNLL files such as ANERcorp
//! (Benajiba, Rosso & Benedí 2007), their sentence split, the development split,
//! and the projection of corpus tokens onto marsad tokens.
//!
//! # File format
//!
//! One `TOKEN TAG` pair per line, separated by spaces or a TAB. The tag is the
//! last field; it is `O`, or `B-`/`I-` followed by `PERS` (or `PER`), `LOC`,
//! `ORG` or `MISC`. A blank line ends a sentence; so does a token made only of
//! the sentence-final marks `.` `!` `?` `؟` and the middle dots `·` `•` that
//! ANERcorp uses as full stops, or a word with `·`/`•` glued to its end
//! ([`ends_sentence`]; ANERcorp marks no sentence boundaries). The right-to-left mark U+200F, the left-to-right mark
//! U+200E and U+FEFF count as spaces.
//!
//! Known defects of the ANERcorp release are read leniently, not refused: a line
//! whose token is empty (only a tag, or only U+200F and a tag; 5 such lines) is
//! skipped, and a line with more than two fields keeps the last one as the tag
//! and the others, joined by a space, as the token (2 such lines). Anything
//! else that does not fit, notably an unknown tag, is an error naming the line.

use super::{Label, NerError};
use crate::model::{Lang, Sentence};
use crate::text::Text;
use crate::tokenize::{tokenize, Token, TokenKind};
use std::path::Path;

/// One corpus sentence: its tokens as in the file and their gold labels.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusSentence {
    /// Tokens as written in the file.
    pub words: Vec<String>,
    /// One label per word.
    pub labels: Vec<Label>,
    /// 1-based line number of the first word, for messages.
    pub line: usize,
}

/// Counts of lenient repairs made while reading a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Lines skipped because their token was empty.
    pub empty_tokens: usize,
    /// Lines with more than two fields (token fields joined by a space).
    pub joined_tokens: usize,
}

/// True for the characters that separate fields: white space and the invisible direction marks.
fn is_sep(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200F}' | '\u{200E}' | '\u{FEFF}')
}

/// Parses a tag (`O`, `B-PERS`, `I-LOC`, …); `None` when it is not one.
pub fn parse_tag(tag: &str) -> Option<Label> {
    Label::parse(tag)
}

/// Fingerprint of a data file: the 64-bit FNV-1a hash of its bytes. A model
/// records the fingerprint of the file it was trained on
/// ([`super::perceptron::TrainingData`]), so that scoring it on the same file can
/// tell whether the scored part was training data.
///
/// Errors: the file cannot be read ([`NerError::Io`]).
pub fn file_fingerprint(path: &Path) -> Result<u64, NerError> {
    let bytes = std::fs::read(path).map_err(|e| NerError::Io { path: path.display().to_string(), message: e.to_string() })?;
    Ok(fnv1a(&bytes))
}

/// 64-bit FNV-1a of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Reads a two-column CoNLL file (see the module docs).
///
/// Errors: the file cannot be read or is not UTF-8, or a line has no tag or an
/// unknown tag ([`NerError::Data`] with the 1-based line number).
pub fn read_file(path: &Path) -> Result<(Vec<CorpusSentence>, ReadStats), NerError> {
    let bytes = std::fs::read(path).map_err(|e| NerError::Io { path: path.display().to_string(), message: e.to_string() })?;
    let text = String::from_utf8(bytes).map_err(|e| NerError::Data {
        path: path.display().to_string(),
        line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count(),
        message: "not UTF-8".into(),
    })?;
    parse(&text).map_err(|(line, message)| NerError::Data { path: path.display().to_string(), line, message })
}

/// Parses the text of a two-column CoNLL file. Errors are `(1-based line, message)`.
pub fn parse(text: &str) -> Result<(Vec<CorpusSentence>, ReadStats), (usize, String)> {
    let mut out = Vec::new();
    let mut stats = ReadStats::default();
    let mut cur = CorpusSentence { words: Vec::new(), labels: Vec::new(), line: 1 };
    let flush = |cur: &mut CorpusSentence, next_line: usize, out: &mut Vec<CorpusSentence>| {
        if !cur.words.is_empty() {
            out.push(std::mem::replace(cur, CorpusSentence { words: Vec::new(), labels: Vec::new(), line: next_line }));
        } else {
            cur.line = next_line;
        }
    };
    for (i, line) in text.lines().enumerate() {
        let ln = i + 1;
        let fields: Vec<&str> = line.split(is_sep).filter(|f| !f.is_empty()).collect();
        let Some((&tag, words)) = fields.split_last() else {
            flush(&mut cur, ln + 1, &mut out);
            continue;
        };
        let Some(label) = parse_tag(tag) else {
            let message = if words.is_empty() {
                format!("expected `TOKEN TAG`, found one field `{}`", short(tag))
            } else {
                format!("unknown tag `{}` (expected O, or B-/I- with PERS, PER, LOC, ORG or MISC)", short(tag))
            };
            return Err((ln, message));
        };
        if words.is_empty() {
            stats.empty_tokens += 1;
            continue;
        }
        if words.len() > 1 {
            stats.joined_tokens += 1;
        }
        if cur.words.is_empty() {
            cur.line = ln;
        }
        cur.words.push(words.join(" "));
        cur.labels.push(label);
        if words.len() == 1 && ends_sentence(words[0]) {
            flush(&mut cur, ln + 1, &mut out);
        }
    }
    flush(&mut cur, 0, &mut out);
    Ok((out, stats))
}

/// True for a sentence-final token: one made only of `.` `!` `?` `؟` `·` `•`
/// ("." , "..."), or a word with `·` or `•` glued to its end ("المبارك·").
pub fn ends_sentence(w: &str) -> bool {
    let fin = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '·' | '•');
    (!w.is_empty() && w.chars().all(fin)) || w.ends_with(['·', '•'])
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(40).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// Splits sentences into (train, dev): the dev part is the last
/// `round(n × dev_fraction)` sentences of the file, in file order; the rest is train.
///
/// `dev_fraction` is clamped to 0..=1. With ANERcorp's `ANERCorp.train.txt` and
/// 0.2 the dev part is the last 20% of its sentences (whole news articles
/// from the end of the corpus, none of them in train).
pub fn split_dev(sentences: &[CorpusSentence], dev_fraction: f64) -> (&[CorpusSentence], &[CorpusSentence]) {
    let f = if dev_fraction.is_finite() { dev_fraction.clamp(0.0, 1.0) } else { 0.0 };
    let n_dev = ((sentences.len() as f64) * f).round() as usize;
    sentences.split_at(sentences.len() - n_dev.min(sentences.len()))
}

/// A corpus sentence laid out as text and tokenized by marsad, with the gold
/// labels projected onto marsad tokens.
#[derive(Debug, Clone)]
pub struct Aligned {
    /// The words joined by single spaces.
    pub text: Text,
    /// marsad tokens of `text` (one sentence, index 0).
    pub tokens: Vec<Token>,
    /// Gold label per marsad token.
    pub labels: Vec<Label>,
    /// For each marsad token, the index of the corpus word it lies in.
    pub owner: Vec<usize>,
}

/// Lays out `s` as text, tokenizes it with [`crate::tokenize::tokenize`], and
/// projects the labels: a marsad token inside an `O` word is `O`; inside an
/// entity word, the tokens from the first to the last non-punctuation token get
/// the word's label (the first its `B-`/`I-`, the rest `I-`), and punctuation
/// split off at either edge ("(" of "(الأهرام") is `O`.
pub fn align(s: &CorpusSentence) -> Aligned {
    let mut buf = String::new();
    let mut word_start = Vec::with_capacity(s.words.len());
    let mut chars = 0usize;
    for (i, w) in s.words.iter().enumerate() {
        if i > 0 {
            buf.push(' ');
            chars += 1;
        }
        word_start.push(chars);
        buf.push_str(w);
        chars += w.chars().count();
    }
    let text = Text::new(buf);
    let sent = Sentence { start: 0, end: text.chars(), paragraph: 1 };
    let tokens = tokenize(&text, &[sent], Lang::Ar);
    let owner: Vec<usize> = tokens.iter().map(|t| word_start.partition_point(|&ws| ws <= t.start).saturating_sub(1)).collect();
    let mut labels = vec![Label::O; tokens.len()];
    let mut k = 0;
    while k < tokens.len() {
        let w = owner[k];
        let mut e = k;
        while e < tokens.len() && owner[e] == w {
            e += 1;
        }
        let lab = s.labels[w];
        if let Some(ty) = lab.entity() {
            let core: Vec<usize> = (k..e).filter(|&j| tokens[j].kind != TokenKind::Punct).collect();
            if let (Some(&a), Some(&b)) = (core.first(), core.last()) {
                labels[a] = lab;
                for l in labels.iter_mut().take(b + 1).skip(a + 1) {
                    *l = Label::inside(ty);
                }
            }
        }
        k = e;
    }
    Aligned { text, tokens, labels, owner }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::NerType;

    #[test]
    fn reads_anercorp_lines_and_splits_sentences() {
        let data = "فرانكفورت B-LOC\n(د O\nأ) O\n. O\nاتحاد\tB-ORG\n \u{200F} O\nالأمن\u{200F}1706 \u{200F} I-ORG\n؟ O\nقال O\n";
        let (s, st) = parse(data).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].words, vec!["فرانكفورت", "(د", "أ)", "."]);
        assert_eq!(s[0].labels[0], Label::B(NerType::Loc));
        assert_eq!(s[1].words, vec!["اتحاد", "الأمن 1706", "؟"]);
        assert_eq!(s[1].line, 5);
        assert_eq!(s[2].line, 9);
        assert_eq!(st, ReadStats { empty_tokens: 1, joined_tokens: 1 });
    }

    #[test]
    fn middle_dots_end_sentences() {
        assert!(ends_sentence("المبارك·") && ends_sentence("•") && ends_sentence("...") && ends_sentence("؟"));
        assert!(!ends_sentence("U.S") && !ends_sentence("") && !ends_sentence("،"));
        let (s, _) = parse("رمضان O\nالمبارك· O\nوتقدم O\n").unwrap();
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn blank_lines_end_sentences() {
        let (s, _) = parse("a O\nb B-PER\n\n\nc I-PERS\n").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].labels, vec![Label::I(NerType::Per)]);
    }

    #[test]
    fn malformed_lines_name_their_line() {
        assert_eq!(parse("a O\nb X-LOC\n").unwrap_err().0, 2);
        assert_eq!(parse("a O\n\nbare\n").unwrap_err().0, 3);
        assert!(parse("a B-DATE\n").unwrap_err().1.contains("unknown tag"));
    }

    #[test]
    fn dev_split_is_the_tail() {
        let (s, _) = parse("a O\n.\tO\nb O\n. O\nc O\n. O\nd O\n. O\ne O\n").unwrap();
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        let (tr, dev) = split_dev(&s, 0.2);
        assert_eq!((tr.len(), dev.len()), (4, 1));
        assert_eq!(dev[0].words, vec!["e"]);
        assert_eq!(split_dev(&s, f64::NAN).1.len(), 0);
    }

    #[test]
    fn labels_project_onto_marsad_tokens() {
        let (s, _) = parse("قالت O\n(الأهرام) B-ORG\nفي O\nجنيف-2 B-MISC\n").unwrap();
        let a = align(&s[0]);
        let toks: Vec<&str> = a.tokens.iter().map(|t| t.text(&a.text)).collect();
        assert_eq!(toks, vec!["قالت", "(", "الأهرام", ")", "في", "جنيف", "-", "2"]);
        use Label::*;
        assert_eq!(a.labels, vec![O, O, B(NerType::Org), O, O, B(NerType::Misc), I(NerType::Misc), I(NerType::Misc)]);
        assert_eq!(a.owner, vec![0, 1, 1, 1, 2, 3, 3, 3]);
    }
}
