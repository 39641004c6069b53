//! Coding a document's sentences (marsad's own tokens, no parse) with the
//! dictionaries into [`crate::model::Event`]s, the same shape as the built-in coder's.

use super::coder::{code_sentence, CoderOptions, CodingInput};
use super::Dictionaries;
use crate::cameo::CameoBook;
use crate::model::{Event, EventActor, Sentence, Trigger};
use crate::text::Text;
use crate::tokenize::{Token, TokenKind};

/// Codes every sentence of a document. `date` is the publication date as
/// YYYYMMDD (0 when unknown: actors then take their unrestricted code).
/// Event codes are described with `book` (root, quad class, Goldstein, PLOVER).
pub fn code_document(text: &Text, sentences: &[Sentence], tokens: &[Token], dict: &Dictionaries, book: &CameoBook, date: u32) -> Vec<Event> {
    let mut out = Vec::new();
    for (si, sent) in sentences.iter().enumerate() {
        // words of the sentence and the character span of each (a possessive 's becomes its own word)
        let mut words: Vec<String> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for t in tokens.iter().filter(|t| t.sentence == si) {
            let s = t.text(text).to_uppercase().replace('’', "'");
            if t.kind == TokenKind::Word && s.len() > 2 && (s.ends_with("'S")) {
                words.push(s[..s.len() - 2].to_string());
                spans.push((t.start, t.end - 2));
                words.push("'S".into());
                spans.push((t.end - 2, t.end));
            } else if t.kind == TokenKind::Word && s.ends_with("N'T") && s.len() > 3 {
                words.push(s[..s.len() - 3].to_string());
                spans.push((t.start, t.end - 3));
                words.push("N'T".into());
                spans.push((t.end - 3, t.end));
            } else {
                words.push(s);
                spans.push((t.start, t.end));
            }
        }
        if words.is_empty() {
            continue;
        }
        let input = CodingInput::from_words(&words, date, dict);
        for e in code_sentence(&input, dict, &CoderOptions::default()) {
            let actor = |(a, b): (usize, usize), code: String| -> EventActor {
                let start = spans.get(a).map_or(sent.start, |s| s.0);
                let end = spans.get(b.saturating_sub(1)).map_or(start, |s| s.1);
                EventActor { text: text.slice(start, end).to_string(), code, start, end }
            };
            let (vs, ve) = spans.get(e.verb).copied().unwrap_or((sent.start, sent.start));
            let info = book.get(&e.code);
            out.push(Event {
                source: actor(e.source_span, e.source.clone()),
                target: Some(actor(e.target_span, e.target.clone())),
                root: book.root(&e.code).to_string(),
                quad_class: book.quad_class(&e.code),
                goldstein: book.goldstein(&e.code).unwrap_or(0.0),
                plover: book.plover(&e.code),
                name: info.map(|c| c.name.clone()).unwrap_or_default(),
                code: e.code,
                trigger: Trigger { text: text.slice(vs, ve).to_string(), start: vs, end: ve },
                start: sent.start,
                end: sent.end,
                sentence: si,
                time: None,
                location: None,
                attribution: None,
            });
        }
    }
    out
}
