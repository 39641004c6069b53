//! Reading gold documents (`NAME.gold.json`, described in `gold/FORMAT.md`).
//!
//! Every field of the format is read; fields the format does not name (notes,
//! `source`, `paragraphs`, …) are ignored. Items without `"required"` are
//! required. A gold file that cannot be read, is not valid JSON, does not have
//! the format's shape or has impossible values (paragraph 0, an entity
//! without forms, an unparsable `published` date) gives an [`GoldError`] that
//! names the file; nothing here panics on user input.

use crate::model::{EntityType, Lang, SourceKind};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

fn yes() -> bool {
    true
}

/// A gold document: what a careful human coder finds in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gold {
    /// Document id; when absent it is taken from the file name by [`Gold::from_file`].
    #[serde(default)]
    pub id: Option<String>,
    /// Language of the text (ISO 639-1: `ar` or `en`).
    pub language: Lang,
    /// Publication date `YYYY-MM-DD`, the reference for relative times.
    #[serde(default)]
    pub published: Option<String>,
    /// Named entities, scored at document level.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Time expressions.
    #[serde(default)]
    pub times: Vec<GoldTime>,
    /// Direct speech.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Text in quotation marks that is not speech.
    #[serde(default)]
    pub not_quotes: Vec<GoldNotQuote>,
    /// Who each paragraph's information is credited to.
    #[serde(default)]
    pub attributions: Vec<GoldAttribution>,
    /// CAMEO-coded events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// A gold named entity: a type and the surface forms that each count as a correct mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEntity {
    /// PER, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Surface forms, each a correct mention.
    pub forms: Vec<String>,
    /// False when producing it is acceptable but missing it is not an error.
    #[serde(default = "yes")]
    pub required: bool,
}

/// A gold time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldTime {
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// The expression as written (informative; scoring uses `value`).
    #[serde(default)]
    pub text: String,
    /// ISO 8601 value at the expression's granularity; `None` (`null`) for no calendar value.
    #[serde(default)]
    pub value: Option<String>,
    /// False when producing it is acceptable but missing it is not an error.
    #[serde(default = "yes")]
    pub required: bool,
}

/// A gold quote: direct speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldQuote {
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// A substring of the quoted text.
    pub contains: String,
    /// The speaker's name or role as written.
    pub speaker: String,
    /// What kind of source the speaker is (informative).
    #[serde(default)]
    pub speaker_kind: Option<SourceKind>,
    /// False when producing it is acceptable but missing it is not an error.
    #[serde(default = "yes")]
    pub required: bool,
}

/// Text in quotation marks that is not speech; producing a quote containing it is an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldNotQuote {
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// A substring of the quoted non-speech text.
    pub contains: String,
    /// `false` marks a borderline case: producing a quote here is then not counted as a false quote.
    #[serde(default = "yes")]
    pub required: bool,
}

/// A gold attribution: who a paragraph's information is credited to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldAttribution {
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// Kind of source.
    pub kind: SourceKind,
    /// The words that carry the attribution (informative).
    #[serde(default)]
    pub cue: String,
    /// False when producing it is acceptable but missing it is not an error.
    #[serde(default = "yes")]
    pub required: bool,
}

/// A gold CAMEO event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEvent {
    /// Paragraph number, from 1.
    pub paragraph: usize,
    /// CAMEO actor-code prefix of the source actor (`USA` matches `USAGOV`); empty (`""`,
    /// `null` or absent) for an event whose agent the text does not name («قُتل شخص», "a judge
    /// was shot dead"), which matches only an event with an empty source code.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub source: String,
    /// CAMEO actor-code prefix of the target; `None` (`null` or absent) matches any target or none.
    #[serde(default)]
    pub target: Option<String>,
    /// Acceptable two-digit CAMEO root codes.
    pub roots: Vec<String>,
    /// The most specific code a careful coder would give (informative).
    #[serde(default)]
    pub code: Option<String>,
    /// Kind of the attribution the event is reported under (informative).
    #[serde(default)]
    pub attribution: Option<SourceKind>,
    /// An English paraphrase (informative).
    #[serde(default)]
    pub gloss: Option<String>,
    /// False when producing it is acceptable but missing it is not an error.
    #[serde(default = "yes")]
    pub required: bool,
}

/// Why a gold file could not be used. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file could not be read.
    #[error("{}: cannot read gold file: {cause}", path.display())]
    Io {
        /// The gold file.
        path: PathBuf,
        /// The I/O error.
        cause: std::io::Error,
    },
    /// Not JSON, or not the shape of FORMAT.md (the message has line and column).
    #[error("{}: malformed gold file: {cause}", path.display())]
    Parse {
        /// The gold file.
        path: PathBuf,
        /// The JSON error (with line and column).
        cause: serde_json::Error,
    },
    /// Valid JSON of the right shape with an impossible value.
    #[error("{}: invalid gold file: {message}", path.display())]
    Invalid {
        /// The gold file.
        path: PathBuf,
        /// What is wrong, and where.
        message: String,
    },
}

impl Gold {
    /// Parses a gold document from JSON text; `path` is only used in error messages.
    pub fn from_json(json: &str, path: &Path) -> Result<Gold, GoldError> {
        let gold: Gold = serde_json::from_str(json).map_err(|cause| GoldError::Parse { path: path.to_path_buf(), cause })?;
        gold.validate().map_err(|message| GoldError::Invalid { path: path.to_path_buf(), message })?;
        Ok(gold)
    }

    /// Reads and checks `path`; a missing `id` is taken from the file name (`NAME` of `NAME.gold.json`).
    pub fn from_file(path: &Path) -> Result<Gold, GoldError> {
        let json = std::fs::read_to_string(path).map_err(|cause| GoldError::Io { path: path.to_path_buf(), cause })?;
        let mut gold = Gold::from_json(&json, path)?;
        if gold.id.is_none() {
            gold.id = Some(doc_name(path));
        }
        Ok(gold)
    }

    /// The publication date, when given (already checked by [`Gold::from_json`]).
    pub fn published_date(&self) -> Option<jiff::civil::Date> {
        self.published.as_deref().and_then(|s| s.parse().ok())
    }

    /// Largest paragraph number any item refers to (0 when there are no items).
    pub fn max_paragraph(&self) -> usize {
        let p = self.times.iter().map(|t| t.paragraph);
        let p = p.chain(self.quotes.iter().map(|q| q.paragraph));
        let p = p.chain(self.not_quotes.iter().map(|q| q.paragraph));
        let p = p.chain(self.attributions.iter().map(|a| a.paragraph));
        let p = p.chain(self.events.iter().map(|e| e.paragraph));
        p.max().unwrap_or(0)
    }

    fn validate(&self) -> Result<(), String> {
        if let Some(p) = &self.published {
            if p.parse::<jiff::civil::Date>().is_err() {
                return Err(format!("`published` {p:?} is not a date of the form YYYY-MM-DD"));
            }
        }
        let para = |what: &str, i: usize, p: usize| {
            if p == 0 {
                Err(format!("{what}[{i}]: paragraph 0 (paragraphs are numbered from 1)"))
            } else {
                Ok(())
            }
        };
        for (i, e) in self.entities.iter().enumerate() {
            if e.forms.iter().all(|f| f.trim().is_empty()) {
                return Err(format!("entities[{i}]: no non-empty `forms`"));
            }
        }
        for (i, t) in self.times.iter().enumerate() {
            para("times", i, t.paragraph)?;
        }
        for (i, q) in self.quotes.iter().enumerate() {
            para("quotes", i, q.paragraph)?;
            if q.contains.trim().is_empty() {
                return Err(format!("quotes[{i}]: empty `contains`"));
            }
            if q.speaker.trim().is_empty() {
                return Err(format!("quotes[{i}]: empty `speaker`"));
            }
        }
        for (i, q) in self.not_quotes.iter().enumerate() {
            para("not_quotes", i, q.paragraph)?;
            if q.contains.trim().is_empty() {
                return Err(format!("not_quotes[{i}]: empty `contains`"));
            }
        }
        for (i, a) in self.attributions.iter().enumerate() {
            para("attributions", i, a.paragraph)?;
        }
        for (i, e) in self.events.iter().enumerate() {
            para("events", i, e.paragraph)?;
            if e.roots.is_empty() {
                return Err(format!("events[{i}]: empty `roots`"));
            }
        }
        Ok(())
    }
}

/// Reads a string that may be `null` as the empty string.
fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// `NAME` of a path `DIR/NAME.gold.json` (the file name itself when it has another ending).
pub fn doc_name(path: &Path) -> String {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    match file.strip_suffix(".gold.json") {
        Some(name) => name.to_string(),
        None => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_extra_fields() {
        let g = Gold::from_json(
            r#"{"language":"ar","extra":1,"events":[{"paragraph":2,"source":"USA","roots":["04"],"note":"x"}],
                "times":[{"paragraph":1,"text":"x","value":null,"required":false}]}"#,
            Path::new("x.gold.json"),
        )
        .unwrap();
        assert!(g.events[0].required);
        assert_eq!(g.events[0].target, None);
        assert!(!g.times[0].required);
        assert_eq!(g.published_date(), None);
    }

    #[test]
    fn errors_name_the_file() {
        let p = Path::new("dir/bad.gold.json");
        for json in [
            "{",
            r#"{"language":"fr"}"#,
            r#"{"language":"ar","published":"May 1"}"#,
            r#"{"language":"ar","times":[{"paragraph":0,"value":null}]}"#,
            r#"{"language":"ar","entities":[{"type":"PER","forms":[]}]}"#,
            r#"{"language":"ar","entities":[{"type":"GPE","forms":["x"]}]}"#,
            r#"{"language":"ar","events":[{"paragraph":1,"source":"USA","roots":[]}]}"#,
            "[]",
        ] {
            let e = Gold::from_json(json, p).unwrap_err().to_string();
            assert!(e.starts_with("dir/bad.gold.json: "), "{e}");
        }
        let e = Gold::from_file(Path::new("/nonexistent/x.gold.json")).unwrap_err().to_string();
        assert!(e.contains("/nonexistent/x.gold.json"), "{e}");
    }

    #[test]
    fn reads_the_seed_shape() {
        let g = Gold::from_json(
            r#"{"id":"d","language":"ar","published":"2025-05-01",
                "entities":[{"type":"PER","forms":["ترامب"]},{"type":"ORG","forms":["x"],"required":false}],
                "quotes":[{"paragraph":6,"contains":"a","speaker":"b","speaker_kind":"official_role"}],
                "not_quotes":[{"paragraph":4,"contains":"c","note":"n"}],
                "attributions":[{"paragraph":1,"kind":"anonymous","cue":"قالت مصادر"}],
                "events":[{"paragraph":1,"source":"USA","target":"LBY","roots":["04"],"code":"040","required":true,"attribution":"anonymous","gloss":"g"}]}"#,
            Path::new("d.gold.json"),
        )
        .unwrap();
        assert_eq!(g.published_date(), Some(jiff::civil::date(2025, 5, 1)));
        assert_eq!(g.entities[0].kind, EntityType::PER);
        assert!(!g.entities[1].required);
        assert_eq!(g.quotes[0].speaker_kind, Some(SourceKind::OfficialRole));
        assert_eq!(g.events[0].attribution, Some(SourceKind::Anonymous));
        assert_eq!(g.max_paragraph(), 6);
        assert_eq!(doc_name(Path::new("a/b/seed.gold.json")), "seed");
    }
}
