//! quotes: direct speech in quotation marks and its speaker.

use crate::entities::Mention;
use crate::lexicon::{LexiconError, Source};
use crate::model::{Lang, Quote};
use crate::text::Text;
use crate::tokenize::Token;

/// Finds quotes; holds the speech-verb lexicon.
pub struct QuoteFinder {}

impl QuoteFinder {
    /// Compiles the speech verbs of `cues.tsv`.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(QuoteFinder {})
    }
    /// Quotes of the document, in text order.
    pub fn extract(&self, _text: &Text, _tokens: &[Token], _mentions: &[Mention], _lang: Lang) -> Vec<Quote> {
        Vec::new()
    }
}
