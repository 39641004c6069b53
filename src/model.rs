//! The shared data model: one annotated [`Document`] with spans and annotations.
//!
//! Every `start`/`end` pair in this module is a **character offset** into the
//! document's input text, counted in Unicode scalar values, end-exclusive
//! (`text.chars().skip(start).take(end - start)` is the covered text).
//! Stages fill the model in pipeline order (see [`crate::pipeline`]); a later
//! stage reads earlier annotations only through these types.

use serde::{Deserialize, Serialize};

/// Language of a document (ISO 639-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic (Modern Standard Arabic news prose).
    Ar,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code, `"ar"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// A character span, end-exclusive, in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Span {
    /// First character of the span.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (character offsets, end-exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one character.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A sentence: a span plus the paragraph (1-based, counting non-empty lines) it lies in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// Paragraph number, from 1, counting only non-empty lines.
    pub paragraph: usize,
}

/// Named-entity type (the CoNLL/ACE core three).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    PER,
    /// An organisation: government body, company, IGO, NGO, news outlet.
    ORG,
    /// A location: country, city, region.
    LOC,
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// PER, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The mention as written (without attached clitics such as و or ب): exactly the
    /// input between `start` and `end`.
    pub text: String,
    /// The name when the written form hides part of it: Arabic ل + ال is written
    /// "لل", so "للأمم المتحدة" holds the name "الأمم المتحدة" while `text` is "لأمم المتحدة".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub name: Option<String>,
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// CAMEO actor code when known (country `LBY`, IGO `IGOUNO`, person's country+sector).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub code: Option<String>,
    /// Index of the sentence holding the mention.
    pub sentence: usize,
}

/// A normalised time expression (TIMEX3-style).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// The expression as written.
    pub text: String,
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// ISO 8601 value at the expression's own granularity: `2025`, `2025-04`,
    /// `2025-04-30`, `2025-W18`; for a span back from the publication date ("the past
    /// three days", «خلال الأشهر الستة الماضية») an ISO 8601 interval of its first and
    /// last period, both included: `2025-04-28/2025-05-01`, `2024-11/2025-05`,
    /// `2022/2025`; `None` when it has no calendar value.
    pub value: Option<String>,
    /// Calendar the expression was written in when it was not Gregorian
    /// (`"islamic-umalqura"` for Hijri dates, converted with ICU4X's Umm al-Qura rules).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// True when the expression is the start of a period that runs to the time of writing:
    /// "since April last year", «منذ عام 2016» (TimeML's signal "since", a `BEGUN_BY` link).
    /// It dates a state or a running total ("has deported 13,000 since April"), so no event is
    /// dated by it. An offset with «منذ» («منذ يومين», two days ago) is not such a start.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub since: bool,
    /// Index of the sentence holding the expression.
    pub sentence: usize,
}

/// Who a quote or attribution is credited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Unnamed sources ("sources said", "according to one source").
    Anonymous,
    /// A person named in the text.
    NamedPerson,
    /// An on-record role without a name ("a ministry spokesman").
    OfficialRole,
    /// An organisation speaking as a body ("the ministry said").
    Organization,
    /// A document: report, ruling, statement, letter.
    Document,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker's name or role as written.
    pub text: String,
    /// What kind of source the speaker is.
    pub kind: SourceKind,
    /// Start character offset of the speaker mention (the earlier mention when carried over).
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// CAMEO actor code of the speaker when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub code: Option<String>,
}

/// Direct speech in quotation marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted text, without the quotation marks.
    pub text: String,
    /// Start character offset of the quoted text (after the opening mark).
    pub start: usize,
    /// End character offset (before the closing mark).
    pub end: usize,
    /// Who said it; `None` when no speaker was found.
    pub speaker: Option<Speaker>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
}

/// The source a sentence's information is credited to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Kind of source.
    pub kind: SourceKind,
    /// The words that carry the attribution ("قالت مصادر", "according to two sources").
    pub cue: String,
    /// Start character offset of the cue.
    pub start: usize,
    /// End character offset of the cue (exclusive).
    pub end: usize,
    /// The source as written ("مصادر مطلعة", "a State Department spokesman"), when separable from the cue.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    /// CAMEO actor code of the source when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub code: Option<String>,
    /// Index of the sentence the attribution covers.
    pub sentence: usize,
}

/// An actor as a participant of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// The actor mention as written.
    pub text: String,
    /// CAMEO actor code: country (ISO 3166-1 alpha-3) or IGO/NGO prefix, then sector codes (`USAGOV`, `LBYMIL`, `IGOUNO`).
    pub code: String,
    /// Start character offset of the mention.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
}

/// A PLOVER classification (PLOVER codebook, draft 2.0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plover {
    /// Event type (`CONSULT`, `AGREE`, `ASSAULT`, …); empty (and left out of the JSON)
    /// for CAMEO 01 statements and 02 appeals, which PLOVER 2.0 does not cover.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty", default)]
    pub kind: String,
    /// Mode within the type, when the CAMEO code determines one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mode: Option<String>,
    /// Context, when the CAMEO code determines one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub context: Option<String>,
}

/// The word or phrase that signals an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    /// The trigger as written.
    pub text: String,
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
}

/// What kind of place an event [`Location`] is, as far as marsad's lexicons tell
/// (GDELT's `ActionGeo_Type`: 1 for a country, 4 for a city elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationKind {
    /// A country ("ليبيا", "Libya").
    Country,
    /// A capital city ("طرابلس", "Tunis").
    Capital,
    /// Another city or region of `places.tsv`, or a place the NER tagger found.
    Place,
}

/// Where an event took place: a place phrase of its sentence governed by a locative
/// preposition ("في طرابلس", "ببغداد", "in Tunis", "outside Geneva"), never the event's
/// source or target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The place as written (without proclitics); an Arabic place noun with a nationality
    /// adjective keeps both words ("العاصمة التونسية").
    pub text: String,
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// CAMEO country (or region) code of the place; for a place the lexicons do not know, that of
    /// the nearest known place of its clause («قرية العباسي … غرب كركوك» → IRQ), else `None`.
    pub code: Option<String>,
    /// Country, capital or other place.
    pub kind: LocationKind,
}

/// A Goldstein score (stored as `f32`) as the `f64` with the same shortest
/// decimal form: `-5.8f32` gives `-5.8`, not the plain widening
/// `-5.800000190734863`. The CAMEO code book (CAMEO manual 1.1b3, Goldstein 1992)
/// gives every score with one decimal; exports and the corpus store use this so
/// that `1.9` stays `1.9` in the GDELT TSV, Parquet and JSON. A value read back
/// from `f64` storage can be narrowed with `as f32` first (idempotent).
pub fn goldstein_f64(g: f32) -> f64 {
    g.to_string().parse().unwrap_or(g as f64)
}

/// A coded event: who did what to whom, when, where, according to whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The agent (CAMEO "source actor").
    pub source: EventActor,
    /// The patient (CAMEO "target actor"), `None` for events without one.
    pub target: Option<EventActor>,
    /// CAMEO event code with leading zeros (`"046"`, `"1122"`), CAMEO manual 1.1b3.
    pub code: String,
    /// Two-digit CAMEO root code (`"04"`).
    pub root: String,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein (1992) conflict–cooperation score, −10 to +10.
    pub goldstein: f32,
    /// PLOVER type and mode.
    pub plover: Plover,
    /// Name of the CAMEO code.
    pub name: String,
    /// The trigger word or phrase.
    pub trigger: Trigger,
    /// Start character offset of the event's sentence.
    pub start: usize,
    /// End character offset of the event's sentence (exclusive).
    pub end: usize,
    /// Index of the event's sentence.
    pub sentence: usize,
    /// TIMEX value of the event's time, when the sentence gives one.
    pub time: Option<String>,
    /// Where the event took place, when its sentence names the place (see [`Location`]).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<Location>,
    /// Index into the document's `attributions`, `None` when the event is reported without attribution.
    pub attribution: Option<usize>,
}

/// An annotated document: the pipeline's output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Where the document came from (a file path, `-` for stdin), when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<String>,
    /// Detected or given language.
    pub language: Lang,
    /// Publication date `YYYY-MM-DD`, the reference for relative times; `None` when unknown.
    pub published: Option<String>,
    /// Length of the text in characters.
    pub chars: usize,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Named entities in text order.
    pub entities: Vec<Entity>,
    /// Time expressions in text order.
    pub times: Vec<Timex>,
    /// Quotes in text order.
    pub quotes: Vec<Quote>,
    /// Attributions in text order.
    pub attributions: Vec<Attribution>,
    /// Coded events in text order.
    pub events: Vec<Event>,
}
