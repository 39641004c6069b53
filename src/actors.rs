//! actors: CAMEO actor codes for noun phrases (country + sector).

use crate::entities::Mention;
use crate::lexicon::{LexiconError, Source};
use crate::model::Lang;
use crate::text::Text;
use crate::tokenize::Token;

/// An actor mention with its CAMEO code.
#[derive(Debug, Clone)]
pub struct ActorMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end_char: usize,
    /// CAMEO actor code.
    pub code: String,
    /// Sentence index.
    pub sentence: usize,
}

/// Composes mentions into coded actors.
pub struct ActorResolver {}

impl ActorResolver {
    /// Compiles the actor lexicons.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(ActorResolver {})
    }
    /// Actor mentions in text order.
    pub fn resolve(&self, _text: &Text, _tokens: &[Token], _mentions: &[Mention], _lang: Lang) -> Vec<ActorMention> {
        Vec::new()
    }
}
