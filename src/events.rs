//! events: CAMEO/PLOVER-coded events from verb and noun patterns.

use crate::actors::ActorMention;
use crate::lexicon::{LexiconError, Source};
use crate::model::{Attribution, Event, Lang, Sentence, Timex};
use crate::text::Text;
use crate::tokenize::Token;

/// Codes events; holds the event patterns and the CAMEO code book.
pub struct EventCoder {}

impl EventCoder {
    /// Compiles the event lexicons.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(EventCoder {})
    }
    /// Events in text order.
    #[allow(clippy::too_many_arguments)]
    pub fn code(&self, _text: &Text, _sentences: &[Sentence], _tokens: &[Token], _actors: &[ActorMention], _times: &[crate::model::Timex], _attributions: &[Attribution], _lang: Lang) -> Vec<Event> {
        let _ = std::marker::PhantomData::<Timex>;
        Vec::new()
    }
}
