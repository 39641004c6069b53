//! The pipeline: a document in, stages in order, an annotated [`Document`] out.

use crate::lexicon::{LexiconError, Source};
use crate::model::{Document, Lang};
use crate::text::Text;
use crate::realis::{self, Candidate, Decider};
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
    /// Day for date-dependent actor codes (the `dated` lexicon column) when only the actors
    /// should be dated, not relative times (`eval-sets`: the day in a gold sentence's id);
    /// `None`: `published`.
    pub actor_date: Option<jiff::civil::Date>,
}

/// All lexicons compiled and ready; build once, annotate many documents (it is `Sync`).
pub struct Pipeline {
    entities: entities::Recognizer,
    quotes: quotes::QuoteFinder,
    attribution: attribution::Attributor,
    actors: actors::ActorResolver,
    events: events::EventCoder,
    /// User PETRARCH dictionaries replacing the built-in event coder (`--dictionaries`).
    dictionaries: Option<std::sync::Arc<(crate::dictionaries::Dictionaries, crate::cameo::CameoBook)>>,
    /// The built-in realis model ([`crate::realis`]); `None`: the context rules decide.
    realis: Option<realis::Model>,
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
            dictionaries: None,
            realis: realis::Model::builtin(),
        })
    }

    /// Codes events with the user's PETRARCH/TABARI dictionaries instead of the
    /// built-in lexicons (the other stages are unchanged); `src` gives the CAMEO
    /// code book that describes the codes.
    pub fn with_dictionaries(mut self, dicts: crate::dictionaries::Dictionaries, src: &Source) -> Result<Self, LexiconError> {
        let book = crate::cameo::CameoBook::load(src)?;
        self.dictionaries = Some(std::sync::Arc::new((dicts, book)));
        Ok(self)
    }

    /// Runs every stage on `input` and returns the annotated document.
    pub fn annotate(&self, input: &str, opts: &Options) -> Document {
        self.annotate_probed(input, opts, &mut NoProbe)
    }

    /// [`Pipeline::annotate`] with `probe` told when each stage ends (for `marsad bench --stages`).
    pub fn annotate_probed<P: Probe>(&self, input: &str, opts: &Options, probe: &mut P) -> Document {
        self.run(input, opts, probe, self.decider(), None)
    }

    /// Who judges Arabic protest and assault candidates by default: the built-in realis
    /// model when one is compiled in, else the context rules.
    pub fn decider(&self) -> Decider<'_> {
        match &self.realis {
            Some(m) => Decider::Model(m),
            None => Decider::Rules,
        }
    }

    /// [`Pipeline::annotate`] with Arabic protest and assault candidates judged by `decider`
    /// (the context rules alone, or another realis model: cross-validation, comparisons).
    pub fn annotate_with(&self, input: &str, opts: &Options, decider: Decider) -> Document {
        self.run(input, opts, &mut NoProbe, decider, None)
    }

    /// The Arabic protest and assault candidates of `input` with their realis features
    /// (for `marsad train realis`), in text order.
    pub fn realis_candidates(&self, input: &str, lang: Lang) -> Vec<Candidate> {
        self.realis_candidates_on(input, lang, None)
    }

    /// [`Pipeline::realis_candidates`] for a document published on `published` (relative times and
    /// date-dependent actor codes resolved against it, as `extract --published` does).
    pub fn realis_candidates_on(&self, input: &str, lang: Lang, published: Option<jiff::civil::Date>) -> Vec<Candidate> {
        let mut out = Vec::new();
        let opts = Options { lang: Some(lang), published, ..Options::default() };
        self.run(input, &opts, &mut NoProbe, Decider::Rules, Some(&mut out));
        out
    }

    /// [`Pipeline::annotate`], and how many over-long sentences the segmenter cut
    /// ([`segment::MAX_SENTENCE_CHARS`]), for a warning to the user.
    pub fn annotate_counted(&self, input: &str, opts: &Options) -> (Document, segment::LongSentences) {
        let mut long = segment::LongSentences::default();
        let doc = self.run_counted(input, opts, &mut NoProbe, self.decider(), None, &mut long);
        (doc, long)
    }

    fn run<P: Probe>(&self, input: &str, opts: &Options, probe: &mut P, decider: Decider, sink: Option<&mut Vec<Candidate>>) -> Document {
        self.run_counted(input, opts, probe, decider, sink, &mut segment::LongSentences::default())
    }

    fn run_counted<P: Probe>(
        &self,
        input: &str,
        opts: &Options,
        probe: &mut P,
        decider: Decider,
        sink: Option<&mut Vec<Candidate>>,
        long: &mut segment::LongSentences,
    ) -> Document {
        probe.start();
        let text = Text::new(input.to_string());
        let lang = opts.lang.unwrap_or_else(|| normalize::detect_language(input));
        probe.done(Stage::Normalize);
        let (sentences, counted) = segment::sentences_counted(&text);
        *long = counted;
        probe.done(Stage::Segment);
        let tokens = tokenize::tokenize(&text, &sentences, lang);
        probe.done(Stage::Tokenize);
        let mut mentions = self.entities.mentions_on(&text, &tokens, lang, opts.actor_date.or(opts.published));
        // («المتحدث العسكري باسم الحوثيين»: «باسم» is no person there)
        let bridges: Vec<bool> = (0..mentions.len()).map(|k| actors::is_bridge_name(&tokens, &mentions, k, lang)).collect();
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            !bridges[k - 1]
        });
        probe.done(Stage::Entities);
        let times = times::extract(&text, &sentences, lang, opts.published);
        probe.done(Stage::Times);
        let actors = self.actors.resolve(&text, &tokens, &mentions, lang);
        probe.done(Stage::Actors);
        let quotes = self.quotes.extract(&text, &sentences, &tokens, &actors, lang);
        probe.done(Stage::Quotes);
        let attributions = self.attribution.extract(&text, &sentences, &tokens, &actors, &quotes, lang);
        probe.done(Stage::Attribution);
        let events = match &self.dictionaries {
            Some(d) => {
                let date = opts.published.map_or(0, |p| p.year() as u32 * 10_000 + p.month() as u32 * 100 + p.day() as u32);
                let mut events = crate::dictionaries::code_document(&text, &sentences, &tokens, &d.0, &d.1, date);
                events::link_events(&mut events, &tokens, &sentences, &times, &attributions, lang);
                events
            }
            None => self.events.code_with(&text, &sentences, &tokens, &actors, &times, &attributions, lang, decider, sink),
        };
        probe.done(Stage::Events);
        // a person without a code of their own takes the code of the actor phrase naming them
        // ("Honduran Foreign Minister Enrique Reina" → HNDGOV)
        let mut entities = entities::named_entities(&mentions, &tokens, &text);
        for e in entities.iter_mut().filter(|e| e.kind == crate::model::EntityType::PER && e.code.is_none()) {
            e.code = actors::person_code(&actors, e.start, e.end).map(str::to_string);
        }
        let doc = Document {
            id: opts.id.clone(),
            language: lang,
            published: opts.published.map(|d| d.to_string()),
            chars: text.chars(),
            entities,
            sentences,
            times,
            quotes,
            attributions,
            events,
        };
        probe.done(Stage::Output);
        doc
    }

    /// The entity recognizer (for per-stage benchmarks).
    pub fn entities(&self) -> &entities::Recognizer {
        &self.entities
    }
    /// The actor resolver (for per-stage benchmarks).
    pub fn actors(&self) -> &actors::ActorResolver {
        &self.actors
    }
    /// The quote finder (for per-stage benchmarks).
    pub fn quotes(&self) -> &quotes::QuoteFinder {
        &self.quotes
    }
    /// The attributor (for per-stage benchmarks).
    pub fn attribution(&self) -> &attribution::Attributor {
        &self.attribution
    }
    /// The event coder (for per-stage benchmarks).
    pub fn events(&self) -> &events::EventCoder {
        &self.events
    }
}

/// The stages of [`Pipeline::annotate`], in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Offset tables and language identification.
    Normalize,
    /// Paragraphs and sentences.
    Segment,
    /// Tokens and proclitic readings.
    Tokenize,
    /// Entity mentions.
    Entities,
    /// Time expressions.
    Times,
    /// Actor phrases.
    Actors,
    /// Direct quotes.
    Quotes,
    /// Attributions.
    Attribution,
    /// Coded events.
    Events,
    /// Named entities and the output document.
    Output,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 10] = [
        Stage::Normalize,
        Stage::Segment,
        Stage::Tokenize,
        Stage::Entities,
        Stage::Times,
        Stage::Actors,
        Stage::Quotes,
        Stage::Attribution,
        Stage::Events,
        Stage::Output,
    ];
    /// Lower-case stage name.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Normalize => "normalize",
            Stage::Segment => "segment",
            Stage::Tokenize => "tokenize",
            Stage::Entities => "entities",
            Stage::Times => "times",
            Stage::Actors => "actors",
            Stage::Quotes => "quotes",
            Stage::Attribution => "attribution",
            Stage::Events => "events",
            Stage::Output => "output",
        }
    }
}

/// Observer of [`Pipeline::annotate_probed`]: `start` before the first stage, `done` after each.
pub trait Probe {
    /// Called once before the first stage.
    fn start(&mut self) {}
    /// Called when `stage` has finished.
    fn done(&mut self, _stage: Stage) {}
}

/// The probe that observes nothing (what [`Pipeline::annotate`] uses).
pub struct NoProbe;

impl Probe for NoProbe {}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(p: &Pipeline, text: &str, opts: &Options) -> Vec<String> {
        p.annotate(text, opts).entities.into_iter().filter_map(|e| e.code).collect()
    }

    #[test]
    fn a_person_takes_the_code_of_the_phrase_naming_them_and_so_does_their_surname_later() {
        let p = Pipeline::new().unwrap();
        let opts = Options { lang: Some(Lang::En), ..Options::default() };
        let d = p.annotate("Honduran Foreign Minister Enrique Reina met officials in Washington on Tuesday. Reina said the deal was fair.", &opts);
        let per: Vec<(String, Option<String>)> = d.entities.iter().filter(|e| e.kind == crate::model::EntityType::PER).map(|e| (e.text.clone(), e.code.clone())).collect();
        assert_eq!(per, vec![("Enrique Reina".to_string(), Some("HNDGOV".to_string())), ("Reina".to_string(), Some("HNDGOV".to_string()))], "{per:?}");
        // a name in no coded phrase keeps no code
        let d = p.annotate("Enrique Reina arrived on Tuesday.", &opts);
        assert!(d.entities.iter().all(|e| e.code.is_none()), "{:?}", d.entities);
    }

    #[test]
    fn dated_actor_codes_follow_the_document_date() {
        let p = Pipeline::new().unwrap();
        let s = "قالت حركة طالبان إنها هاجمت القافلة.";
        let undated = Options { lang: Some(Lang::Ar), ..Options::default() };
        assert!(codes(&p, s, &undated).contains(&"AFGGOV".to_string()));
        let in_2008 = Options { lang: Some(Lang::Ar), published: Some(jiff::civil::date(2008, 3, 14)), ..Options::default() };
        assert!(codes(&p, s, &in_2008).contains(&"IMGREB".to_string()));
        // the actor date alone dates the actors and leaves relative times unresolved
        let actors_only = Options { lang: Some(Lang::Ar), actor_date: Some(jiff::civil::date(2008, 3, 14)), ..Options::default() };
        let d = p.annotate("قالت حركة طالبان أمس إنها هاجمت القافلة.", &actors_only);
        assert!(d.entities.iter().any(|e| e.code.as_deref() == Some("IMGREB")));
        assert!(d.times.iter().all(|t| t.value.is_none()));
    }

    #[test]
    fn a_named_ministry_is_an_org_entity_and_a_bare_body_is_not() {
        let p = Pipeline::new().unwrap();
        let orgs = |text: &str| -> Vec<String> {
            p.annotate(text, &Options::default()).entities.into_iter().filter(|e| e.kind == crate::model::EntityType::ORG).map(|e| e.text).collect()
        };
        assert_eq!(orgs("وقالت وزارة الدفاع إن القوات انسحبت."), vec!["وزارة الدفاع"]);
        assert_eq!(orgs("The Interior Ministry said the border was closed."), vec!["Interior Ministry"]);
        assert!(orgs("وقالت الوزارة إن الجيش انسحب.").is_empty());
        assert!(orgs("The ministry said the army had withdrawn.").is_empty());
    }
}
