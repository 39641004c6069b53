//! Why did marsad code no event (of the wanted kind) for a sentence?
//!
//! The events stage needs a trigger from `events.ar.tsv` / `events.en.tsv` and
//! a source actor with a country, IGO or NGO code. [`Diagnoser::why_no_event`]
//! tells these cases apart so that misses fall into error classes the
//! extractor developers can act on: *trigger not in lexicon* (add a word),
//! *source actor not coded* (no actor phrase that could be the source has a
//! country code: an actor phrase the actors stage cannot code), *trigger and
//! coded actor present* (the argument rules failed).
//!
//! The trigger check re-reads the event lexicons and generates the verb forms
//! with the events stage's own [`crate::events::arabic_verb_forms`] and
//! [`crate::events::english_verb_forms`], then looks the tokens' proclitic-free
//! readings up. It approximates the events stage's matcher (it ignores
//! negation and the `intent`/`report` rows) and is used only to label errors,
//! never to score.

use crate::cameo::CameoBook;
use crate::entities::MentionKind;
use crate::events::{arabic_verb_forms, english_verb_forms};
use crate::lexicon::{alternatives, Source};
use crate::model::Lang;
use crate::normalize::fold;
use crate::pipeline::Pipeline;
use crate::text::Text;
use crate::tokenize::{self, TokenKind};
use crate::segment;
use std::collections::HashMap;

/// A trigger of the event lexicons found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerHit {
    /// The words as written in the sentence.
    pub text: String,
    /// CAMEO code of the lexicon row.
    pub code: String,
}

impl TriggerHit {
    /// Two-digit CAMEO root of the code.
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// Why no event was coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoEventReason {
    /// No word of the sentence is a trigger (of the wanted roots).
    NoTrigger,
    /// A trigger is there, but no actor phrase that could be the source has a
    /// country, IGO or NGO code: the coded actors, if any, are locations (a
    /// place name, or an actor governed by a preposition: "في البصرة", "in Kabul").
    NoSourceActor,
    /// A trigger and a free coded actor are there; the argument rules found no
    /// source (word order, negation, source and target of one country, …).
    ArgumentRules,
}

impl NoEventReason {
    /// The error-class suffix for reports.
    pub fn label(self) -> &'static str {
        match self {
            NoEventReason::NoTrigger => "trigger not in lexicon",
            NoEventReason::NoSourceActor => "trigger found, source actor not coded (coded actors are only places or after prepositions)",
            NoEventReason::ArgumentRules => "trigger and a coded subject/object actor found, no event (argument rules)",
        }
    }
}

/// An actor phrase of a sentence as the diagnosis sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorInfo {
    /// The phrase as written.
    pub text: String,
    /// Its CAMEO code (a sector alone when no country is known).
    pub code: String,
    /// The code has a country, IGO or NGO part.
    pub has_country: bool,
    /// Not a place name and not governed by a preposition: could be a source.
    pub free: bool,
}

/// The diagnosis of a sentence without the wanted event.
#[derive(Debug, Clone)]
pub struct NoEvent {
    /// Why.
    pub reason: NoEventReason,
    /// Triggers of the wanted roots found in the sentence.
    pub triggers: Vec<TriggerHit>,
    /// Actor phrases of the sentence.
    pub actors: Vec<ActorInfo>,
}

impl NoEvent {
    /// "triggers «هاجم» 190; actors «مسلحون» REB, «في بغداد» IRQGOV (loc)".
    pub fn describe(&self) -> String {
        let t = if self.triggers.is_empty() {
            "no trigger".to_string()
        } else {
            format!("triggers {}", self.triggers.iter().map(|t| format!("«{}» {}", t.text, t.code)).collect::<Vec<_>>().join(", "))
        };
        let a = if self.actors.is_empty() {
            "no actor phrase".to_string()
        } else {
            let show = |a: &ActorInfo| format!("«{}» {}{}", a.text, a.code, if a.free { "" } else { " (loc)" });
            format!("actors {}", self.actors.iter().map(show).collect::<Vec<_>>().join(", "))
        };
        format!("{t}; {a}")
    }
}

/// Looks up lexicon triggers and actor codes for error diagnosis.
pub struct Diagnoser<'a> {
    pipeline: &'a Pipeline,
    /// One-word forms (match form) → CAMEO codes, per language.
    single: HashMap<(Lang, String), Vec<String>>,
    /// Multi-word noun phrases: words (match form) and code, per language.
    multi: Vec<(Lang, Vec<String>, String)>,
    /// The CAMEO code book, for PLOVER types (`None` when it cannot be loaded).
    book: Option<CameoBook>,
}

impl<'a> Diagnoser<'a> {
    /// Builds the trigger index from the built-in event lexicons.
    pub fn new(pipeline: &'a Pipeline) -> Self {
        Self::with_source(pipeline, &Source::builtin())
    }

    /// Builds the trigger index from the event lexicons of `src`. A lexicon that
    /// cannot be read gives an empty index for its language (diagnosis only).
    pub fn with_source(pipeline: &'a Pipeline, src: &Source) -> Self {
        let mut d = Diagnoser { pipeline, single: HashMap::new(), multi: Vec::new(), book: CameoBook::load(src).ok() };
        for (lang, file) in [(Lang::Ar, "events.ar.tsv"), (Lang::En, "events.en.tsv")] {
            let Ok(t) = src.table(file) else { continue };
            let (Ok(ci), Ok(pi), Ok(fi)) = (t.column("code"), t.column("pos"), t.column("forms")) else { continue };
            for (_, row) in &t.rows {
                let (code, pos) = (&row[ci], row[pi].as_str());
                for form in alternatives(&row[fi]) {
                    let words: Vec<String> = form.split_whitespace().map(fold).collect();
                    match (pos, words.len()) {
                        ("verb", 1) => {
                            let forms: Vec<String> = match lang {
                                Lang::Ar => arabic_verb_forms(&words[0]).into_iter().map(|(f, _)| f).collect(),
                                Lang::En => english_verb_forms(&words[0]),
                            };
                            for f in forms {
                                d.add(lang, f, code);
                            }
                        }
                        ("noun", 1) => {
                            if lang == Lang::Ar {
                                d.add(lang, format!("ال{}", words[0]), code);
                            }
                            d.add(lang, words[0].clone(), code);
                        }
                        ("verb" | "noun", n) if n > 1 => d.multi.push((lang, words, code.clone())),
                        _ => {}
                    }
                }
            }
        }
        d
    }

    fn add(&mut self, lang: Lang, form: String, code: &str) {
        let v = self.single.entry((lang, form)).or_default();
        if !v.iter().any(|c| c == code) {
            v.push(code.to_string());
        }
    }

    /// The lexicon triggers in `sentence` (approximate: see the module documentation).
    pub fn triggers(&self, sentence: &str, lang: Lang) -> Vec<TriggerHit> {
        let text = Text::new(sentence.to_string());
        let sents = segment::sentences(&text);
        let toks = tokenize::tokenize(&text, &sents, lang);
        let has = |i: usize, w: &str| {
            toks.get(i).is_some_and(|t| t.bases.iter().any(|b| b.form == w || (lang == Lang::Ar && b.form.strip_prefix("ال") == Some(w))))
        };
        let mut out: Vec<TriggerHit> = Vec::new();
        for (i, tok) in toks.iter().enumerate() {
            if tok.kind != TokenKind::Word {
                continue;
            }
            for (l, words, code) in &self.multi {
                if *l == lang && words.iter().enumerate().all(|(k, w)| has(i + k, w)) {
                    let end = toks[i + words.len() - 1].end;
                    out.push(TriggerHit { text: text.slice(tok.start, end).to_string(), code: code.clone() });
                }
            }
            for b in &tok.bases {
                if let Some(codes) = self.single.get(&(lang, b.form.clone())) {
                    for c in codes {
                        if !out.iter().any(|h| h.code == *c && h.text == tok.text(&text)) {
                            out.push(TriggerHit { text: tok.text(&text).to_string(), code: c.clone() });
                        }
                    }
                    break;
                }
            }
        }
        out
    }

    /// The actor phrases of `sentence` with their codes, and whether each is
    /// free (neither a place name nor governed by a preposition).
    pub fn actors(&self, sentence: &str, lang: Lang) -> Vec<ActorInfo> {
        let text = Text::new(sentence.to_string());
        let sents = segment::sentences(&text);
        let toks = tokenize::tokenize(&text, &sents, lang);
        self.pipeline
            .debug_actors(sentence, lang)
            .into_iter()
            .map(|a| {
                let free = a.head != MentionKind::Place && a.governed_by(&toks, lang).is_none();
                ActorInfo { free, text: a.text, code: a.code, has_country: a.has_country }
            })
            .collect()
    }

    /// The PLOVER type of CAMEO `code` in marsad's code book (empty when unknown).
    pub fn plover_type(&self, code: &str) -> String {
        self.book.as_ref().map(|b| b.plover(code).kind).unwrap_or_default()
    }

    /// Why `sentence` has no event whose CAMEO code satisfies `wanted`
    /// (only triggers with such a code count).
    pub fn why_no_event(&self, sentence: &str, lang: Lang, wanted: &dyn Fn(&str) -> bool) -> NoEvent {
        let triggers: Vec<TriggerHit> = self.triggers(sentence, lang).into_iter().filter(|t| wanted(&t.code)).collect();
        let actors = self.actors(sentence, lang);
        let reason = if triggers.is_empty() {
            NoEventReason::NoTrigger
        } else if !actors.iter().any(|a| a.has_country && a.free) {
            NoEventReason::NoSourceActor
        } else {
            NoEventReason::ArgumentRules
        };
        NoEvent { reason, triggers, actors }
    }
}
