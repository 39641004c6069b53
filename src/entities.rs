//! entities: lexicon and rule-based mentions of people, organisations, places and roles.

use crate::lexicon::{LexiconError, Source};
use crate::model::{Entity, Lang};
use crate::text::Text;
use crate::tokenize::Token;

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A country name.
    Country,
}

/// A mention over tokens.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Kind.
    pub kind: MentionKind,
    /// CAMEO code.
    pub code: Option<String>,
}

/// Recognises mentions.
pub struct Recognizer {}

impl Recognizer {
    /// Compiles the lexicons.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(Recognizer {})
    }
    /// Mentions in text order.
    pub fn mentions(&self, _text: &Text, _tokens: &[Token], _lang: Lang) -> Vec<Mention> {
        Vec::new()
    }
}

/// The named entities (PER, ORG, LOC) among `mentions`.
pub fn named_entities(_mentions: &[Mention], _text: &Text) -> Vec<Entity> {
    Vec::new()
}
