//! The pipeline: a document in, stages in order, an annotated [`Document`] out.

use crate::lexicon::{LexiconError, Source};
use crate::model::{Document, Lang};
use crate::text::Text;
use crate::{actors, attribution, entities, events, normalize, quotes, segment, times, tokenize};

/// Per-document options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Language; detected from the text when `None`.
    pub lang: Option<Lang>,
    /// Publication date, the reference for relative time expressions.
    pub published: Option<jiff::civil::Date>,
    /// Document id to carry into the output (a path, a URL).
    pub id: Option<String>,
}

/// All lexicons compiled and ready; build once, annotate many documents (it is `Sync`).
pub struct Pipeline {
    entities: entities::Recognizer,
    quotes: quotes::QuoteFinder,
    attribution: attribution::Attributor,
    actors: actors::ActorResolver,
    events: events::EventCoder,
}

impl Pipeline {
    /// Compiles the built-in lexicons.
    pub fn new() -> Result<Self, LexiconError> {
        Self::from_source(&Source::builtin())
    }

    /// Compiles lexicons from `src` (user files override built-in ones).
    pub fn from_source(src: &Source) -> Result<Self, LexiconError> {
        Ok(Pipeline {
            entities: entities::Recognizer::new(src)?,
            quotes: quotes::QuoteFinder::new(src)?,
            attribution: attribution::Attributor::new(src)?,
            actors: actors::ActorResolver::new(src)?,
            events: events::EventCoder::new(src)?,
        })
    }

    /// Runs every stage on `input` and returns the annotated document.
    pub fn annotate(&self, input: &str, opts: &Options) -> Document {
        let text = Text::new(input.to_string());
        let lang = opts.lang.unwrap_or_else(|| normalize::detect_language(input));
        let sentences = segment::sentences(&text);
        let tokens = tokenize::tokenize(&text, &sentences, lang);
        let mentions = self.entities.mentions(&text, &tokens, lang);
        let times = times::extract(&text, &sentences, lang, opts.published);
        let actors = self.actors.resolve(&text, &tokens, &mentions, lang);
        let quotes = self.quotes.extract(&text, &sentences, &tokens, &actors, lang);
        let attributions = self.attribution.extract(&text, &sentences, &tokens, &actors, &quotes, lang);
        let events = self.events.code(&text, &sentences, &tokens, &actors, &times, &attributions, lang);
        Document {
            id: opts.id.clone(),
            language: lang,
            published: opts.published.map(|d| d.to_string()),
            chars: text.chars(),
            entities: entities::named_entities(&mentions, &tokens, &text),
            sentences,
            times,
            quotes,
            attributions,
            events,
        }
    }
}

impl Pipeline {
    /// The actor phrases of `input` (for tests and debugging of the actors stage).
    pub fn debug_actors(&self, input: &str, lang: Lang) -> Vec<actors::ActorMention> {
        let text = Text::new(input.to_string());
        let sentences = segment::sentences(&text);
        let tokens = tokenize::tokenize(&text, &sentences, lang);
        let mentions = self.entities.mentions(&text, &tokens, lang);
        self.actors.resolve(&text, &tokens, &mentions, lang)
    }
}
