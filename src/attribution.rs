//! attribution: who each sentence's information is credited to.

use crate::entities::Mention;
use crate::lexicon::{LexiconError, Source};
use crate::model::{Attribution, Lang, Quote, Sentence};
use crate::text::Text;
use crate::tokenize::Token;

/// Finds attribution cues; holds the cue lexicon.
pub struct Attributor {}

impl Attributor {
    /// Compiles the cues of `cues.tsv`.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(Attributor {})
    }
    /// Attributions in text order, at most one per sentence.
    pub fn extract(&self, _text: &Text, _sentences: &[Sentence], _tokens: &[Token], _mentions: &[Mention], _quotes: &[Quote], _lang: Lang) -> Vec<Attribution> {
        Vec::new()
    }
}
