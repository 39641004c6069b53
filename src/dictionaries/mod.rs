//! dictionaries: PETRARCH/TABARI coding dictionaries (verbs, actors, agents,
//! discards) and a coder that codes sentences with them.
//!
//! Users who maintain such dictionaries pass their folder with
//! `marsad --dictionaries DIR extract …`; the coder then produces marsad's
//! [`crate::model::Event`]s from them instead of the built-in lexicons. The
//! supported format subset is documented in `docs/DICTIONARIES.md`; the
//! semantics follow the PETRARCH (openeventdata/petrarch) reader and coder.
//!
//! Errors: a malformed line that would change what is coded (a code bracket not
//! closed, a verb family or pattern without its code) is a [`DictError`] with
//! the file and line; lines that can simply be ignored (a synonym before any
//! actor, an actor without a code, a pattern without `*`) are skipped with a
//! warning in [`Dictionaries::warnings`].

mod coder;
mod document;
pub mod ptb;
mod reader;

pub use coder::{code_sentence, CoderOptions, CodedEvent, CodingInput, Ne, VerbSlot};
pub use document::code_document;
pub use reader::{read_actors, read_agents, read_discards, read_verbs};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A dictionary file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// The file could not be read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file.
        file: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not text: UTF-16 (byte-order mark) or binary (a NUL byte).
    /// Other bytes that are not UTF-8 (old Latin-1 TABARI files) are read with
    /// U+FFFD in their place.
    #[error("{file}: {reason}")]
    NotText {
        /// The file.
        file: String,
        /// [`crate::input::InputError::Utf16`] or [`crate::input::InputError::Binary`].
        reason: crate::input::InputError,
    },
    /// A line is malformed in a way that would change the coding.
    #[error("{file}:{line}: {message}")]
    Malformed {
        /// The file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Several files of a folder match one role (two verbs files).
    #[error("{dir}: {files} all match the {what} dictionary; keep one of them in the folder (or move the others elsewhere)")]
    Ambiguous {
        /// The folder.
        dir: String,
        /// `verbs`, `agents`, `discards`.
        what: &'static str,
        /// The matching file names, comma-separated.
        files: String,
    },
    /// A verbs file without any verb family, or an actors file without any actor: the
    /// folder would code no event (an empty file, or one holding only comments).
    #[error("{file}: the {what} dictionary has no {items}; with it no sentence gets an event (is it the right file?)")]
    Empty {
        /// The file.
        file: String,
        /// `verbs`, `actors`.
        what: &'static str,
        /// What is missing: `verb family (a \`--- NAME [code] ---\` line)`, `actor (a \`NAME [CODE]\` line)`.
        items: &'static str,
    },
    /// A dictionary folder without one of the required files.
    #[error("{dir}: no {what} dictionary (a file whose name contains `{what}` and ends in .txt)")]
    Missing {
        /// The folder.
        dir: String,
        /// `verbs`, `actors`.
        what: &'static str,
    },
}

/// The event code of a verb or pattern: `[---]`, `[042]`, `[032:033]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventCode {
    /// `---`: the verb or pattern codes no event.
    Null,
    /// One event, source → target.
    Single(String),
    /// Paired events: the first source → target, the second target → source
    /// (either may be empty: `[:173]` codes only the reverse event).
    Paired(String, String),
}

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElemKind {
    /// A literal word (upper case).
    Word(String),
    /// `&NAME`: any member of the synset.
    Synset(String),
    /// `$`: the noun phrase here is the source.
    Source,
    /// `+`: the noun phrase here is the target.
    Target,
    /// `^`: skip a noun phrase.
    Skip,
    /// `%`: a compound noun phrase, both source and target.
    Compound,
}

/// A pattern element with its connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elem {
    /// What it matches.
    pub kind: ElemKind,
    /// True when joined by `_` to the previous element (nearer the verb): it must follow at once.
    pub tight: bool,
}

/// A verb pattern `- WORDS * WORDS [code]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, nearest the verb first.
    pub upper: Vec<Elem>,
    /// Elements after the verb, in text order.
    pub lower: Vec<Elem>,
    /// The code when the pattern matches.
    pub code: EventCode,
    /// Line in the file.
    pub line: usize,
}

/// A verb family `--- NAME [code] ---` with its patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbFamily {
    /// Family name (upper case).
    pub name: String,
    /// Default code of its verbs.
    pub code: EventCode,
    /// Its patterns, in file order.
    pub patterns: Vec<Pattern>,
    /// Line of the header.
    pub line: usize,
}

/// One verb form of a family (a multi-word verb has words before/after its head).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// Index into [`VerbDictionary::families`].
    pub family: usize,
    /// Words that must precede the head at once (multi-word verbs).
    pub before: Vec<String>,
    /// Words that must follow the head at once.
    pub after: Vec<String>,
    /// A code of this verb line overriding the family code.
    pub code: Option<EventCode>,
}

/// A verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    /// Synsets by name (without `&`): member word sequences, nested synsets expanded.
    pub synsets: HashMap<String, Vec<Vec<String>>>,
    /// Verb families in file order.
    pub families: Vec<VerbFamily>,
    /// Verb forms (upper case) to their entries.
    pub forms: HashMap<String, Vec<VerbEntry>>,
}

/// A date restriction of an actor code (dates as numbers YYYYMMDD).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRestriction {
    /// Always.
    None,
    /// `<date`: on or before.
    Before(u32),
    /// `>date`: on or after.
    After(u32),
    /// `date - date`: between, inclusive.
    Between(u32, u32),
}

/// An actor code with its date restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The CAMEO actor code (`---` for none).
    pub code: String,
    /// When it applies.
    pub restriction: DateRestriction,
}

/// An actor: its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Codes in file order.
    pub codes: Vec<DatedCode>,
    /// Line of the actor's name.
    pub line: usize,
}

impl ActorEntry {
    /// The code on `date` (YYYYMMDD): the first restricted code that applies,
    /// else the unrestricted one; `None` when neither (or the code is `---`).
    /// Date 0 means unknown: the unrestricted code, else the first.
    pub fn code_on(&self, date: u32) -> Option<&str> {
        if date == 0 {
            let c = self.codes.iter().find(|c| c.restriction == DateRestriction::None).or(self.codes.first())?;
            return (!c.code.starts_with("---")).then_some(c.code.as_str());
        }
        let hit = self.codes.iter().find(|c| match c.restriction {
            DateRestriction::None => false,
            DateRestriction::Before(d) => date <= d,
            DateRestriction::After(d) => date >= d,
            DateRestriction::Between(a, b) => date >= a && date <= b,
        });
        let c = hit.or_else(|| self.codes.iter().rev().find(|c| c.restriction == DateRestriction::None))?;
        (!c.code.starts_with("---")).then_some(c.code.as_str())
    }
}

/// A phrase of a dictionary: words, each with "the next word must follow at once".
pub type Phrase = Vec<(String, bool)>;

/// Phrases indexed by their first word, longest first.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    by_first: HashMap<String, Vec<(Phrase, usize)>>,
}

impl PhraseIndex {
    fn add(&mut self, p: Phrase, entry: usize) {
        if let Some(first) = p.first() {
            self.by_first.entry(first.0.clone()).or_default().push((p, entry));
        }
    }
    fn sort(&mut self) {
        for v in self.by_first.values_mut() {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
    }
    /// The longest phrase starting at `words[0]`: (entry, words consumed).
    /// Words joined by `_` must follow at once; a space allows words between.
    pub fn match_at(&self, words: &[String]) -> Option<(usize, usize)> {
        let first = words.first()?;
        for (p, entry) in self.by_first.get(first)? {
            let mut k = 1;
            let mut ok = true;
            for i in 1..p.len() {
                let tight = p[i - 1].1;
                loop {
                    if k >= words.len() {
                        ok = false;
                        break;
                    }
                    if words[k] == p[i].0 {
                        break;
                    }
                    if tight {
                        ok = false;
                        break;
                    }
                    k += 1;
                }
                if !ok {
                    break;
                }
                k += 1;
            }
            if ok {
                return Some((*entry, k));
            }
        }
        None
    }
}

/// An actor dictionary (several files may be read into one).
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {
    /// Actors.
    pub entries: Vec<ActorEntry>,
    /// Names and synonyms to entries.
    pub index: PhraseIndex,
}

impl ActorDictionary {
    fn add(&mut self, p: Phrase, entry: usize) {
        self.index.add(p, entry);
    }
    fn sort(&mut self) {
        self.index.sort();
    }
}

/// An agent: a sector code added after (`[~GOV]`) or before (`[NGO~]`) the actor's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The code (without `~`).
    pub code: String,
    /// True for a prefix agent (`[NGO~]`).
    pub prefix: bool,
    /// Line in the file.
    pub line: usize,
}

/// An agent dictionary.
#[derive(Debug, Clone, Default)]
pub struct AgentDictionary {
    /// Agents.
    pub entries: Vec<AgentEntry>,
    /// Names, plurals and substitution variants to entries.
    pub index: PhraseIndex,
}

impl AgentDictionary {
    fn add(&mut self, p: Phrase, entry: usize) {
        self.index.add(p, entry);
    }
    fn sort(&mut self) {
        self.index.sort();
    }
}

/// A discard phrase: a sentence (or with `+`, its whole story) containing it is not coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// Upper-case words, consecutive.
    pub words: Vec<String>,
    /// `+`: story-level.
    pub story: bool,
}

/// A discard list.
#[derive(Debug, Clone, Default)]
pub struct DiscardList {
    /// The phrases.
    pub phrases: Vec<Discard>,
}

impl DiscardList {
    /// The first phrase found in `words` (upper case), if any.
    pub fn find(&self, words: &[String]) -> Option<&Discard> {
        self.phrases.iter().find(|d| !d.words.is_empty() && words.windows(d.words.len()).any(|w| w == d.words.as_slice()))
    }
}

/// The four dictionaries.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// Verbs.
    pub verbs: VerbDictionary,
    /// Actors (all actor files).
    pub actors: ActorDictionary,
    /// Agents.
    pub agents: AgentDictionary,
    /// Discards.
    pub discards: DiscardList,
    /// Lines skipped, `file:line: why`.
    pub warnings: Vec<String>,
    /// The verb dictionary's file (for messages).
    pub verbs_file: String,
}

fn read(path: &Path) -> Result<String, DictError> {
    let file = || path.display().to_string();
    let b = std::fs::read(path).map_err(|source| DictError::Io { file: file(), source })?;
    if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
        return Err(DictError::NotText { file: file(), reason: crate::input::InputError::Utf16 });
    }
    if let Some(p) = b.iter().position(|&c| c == 0) {
        return Err(DictError::NotText { file: file(), reason: crate::input::InputError::Binary(p) });
    }
    Ok(String::from_utf8_lossy(&b).into_owned())
}

impl Dictionaries {
    /// Reads the given files: one verb file, any number of actor files, an
    /// optional agent and discard file.
    pub fn from_files(verbs: &Path, actors: &[PathBuf], agents: Option<&Path>, discards: Option<&Path>) -> Result<Dictionaries, DictError> {
        let mut d = Dictionaries::default();
        let name = |p: &Path| p.display().to_string();
        let (v, w) = read_verbs(&read(verbs)?, &name(verbs))?;
        if v.families.is_empty() {
            return Err(DictError::Empty { file: name(verbs), what: "verbs", items: "verb family (a `--- NAME [code] ---` line)" });
        }
        d.verbs = v;
        d.verbs_file = name(verbs);
        d.warnings.extend(w);
        for a in actors {
            let before = d.actors.entries.len();
            let w = read_actors(&read(a)?, &name(a), &mut d.actors)?;
            if d.actors.entries.len() == before {
                return Err(DictError::Empty { file: name(a), what: "actors", items: "actor with a code (a `NAME [CODE]` line)" });
            }
            d.warnings.extend(w);
        }
        if let Some(a) = agents {
            let (g, w) = read_agents(&read(a)?, &name(a))?;
            d.agents = g;
            d.warnings.extend(w);
        }
        if let Some(p) = discards {
            let (g, w) = read_discards(&read(p)?, &name(p))?;
            d.discards = g;
            d.warnings.extend(w);
        }
        Ok(d)
    }

    /// Checks every event code of the verb dictionary against `book` (marsad's
    /// CAMEO code table, `src/cameo.rs`): a code that is not a CAMEO code
    /// (`[ABC]`, `[9999]`, `[-173]`, `[1 3 0]`) is a [`DictError::Malformed`]
    /// with the verbs file and line. A well-formed code missing from the book
    /// whose parent is listed (`0469` under `046`) is accepted with a warning.
    /// `---` (no event) is always valid.
    pub fn check_codes(&mut self, book: &crate::cameo::CameoBook) -> Result<(), DictError> {
        let file = self.verbs_file.clone();
        let mut warnings = Vec::new();
        let mut check_one = |c: &mut String, line: usize| -> Result<(), DictError> {
            if c.is_empty() || c.chars().all(|x| x == '-') || book.is_valid(c) {
                return Ok(());
            }
            // a valid code with stray trailing symbols (`[080!]` in CAMEO.2.0.txt)
            let digits = c.trim_end_matches(|x: char| !x.is_alphanumeric());
            if digits.len() < c.len() && book.is_valid(digits) {
                warnings.push(format!("{file}:{line}: event code [{c}] read as [{digits}]"));
                *c = digits.to_string();
                return Ok(());
            }
            if crate::cameo::is_code_shape(c) && book.get(c).is_some() {
                warnings.push(format!("{file}:{line}: event code [{c}] is not in the CAMEO code book; described as its parent {}", book.get(c).map(|x| x.code.as_str()).unwrap_or("")));
                return Ok(());
            }
            Err(DictError::Malformed { file: file.clone(), line, message: format!("unknown event code [{c}]: not a CAMEO event code (2 to 4 digits, root 01 to 20, listed in the CAMEO code book)") })
        };
        let mut check = |code: &mut EventCode, line: usize| -> Result<(), DictError> {
            match code {
                EventCode::Null => Ok(()),
                EventCode::Single(c) => check_one(c, line),
                EventCode::Paired(a, b) => check_one(a, line).and_then(|()| check_one(b, line)),
            }
        };
        for f in &mut self.verbs.families {
            check(&mut f.code, f.line)?;
            for p in &mut f.patterns {
                check(&mut p.code, p.line)?;
            }
        }
        let family_line: Vec<usize> = self.verbs.families.iter().map(|f| f.line).collect();
        let mut forms: Vec<_> = self.verbs.forms.iter_mut().collect();
        forms.sort_by(|a, b| a.0.cmp(b.0));
        for (_, entries) in forms {
            for e in entries {
                if let Some(c) = &mut e.code {
                    check(c, family_line.get(e.family).copied().unwrap_or(0))?;
                }
            }
        }
        warnings.sort();
        warnings.dedup();
        self.warnings.extend(warnings);
        Ok(())
    }

    /// Reads a folder by the conventional names: the `*.txt` files whose name
    /// (case-insensitive) contains `verbs` (exactly one; else a file named
    /// `CAMEO*.txt`), `actors` (all of them), `agents` and `discards` (optional).
    pub fn from_dir(dir: &Path) -> Result<Dictionaries, DictError> {
        let rd = std::fs::read_dir(dir).map_err(|source| DictError::Io { file: dir.display().to_string(), source })?;
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))).collect();
        files.sort();
        files.retain(|p| !p.is_dir());
        let lname = |p: &PathBuf| p.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        // at most one file per role: two candidates are an error naming both
        let one = |what: &'static str, pick: &dyn Fn(&PathBuf) -> bool| -> Result<Option<&PathBuf>, DictError> {
            let hits: Vec<&PathBuf> = files.iter().filter(|p| pick(p)).collect();
            if hits.len() > 1 {
                let names: Vec<String> = hits.iter().map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).collect();
                return Err(DictError::Ambiguous { dir: dir.display().to_string(), what, files: names.join(", ") });
            }
            Ok(hits.first().copied())
        };
        let verbs = match one("verbs", &|p| lname(p).contains("verbs"))? {
            Some(v) => v,
            None => one("verbs", &|p| lname(p).starts_with("cameo"))?.ok_or(DictError::Missing { dir: dir.display().to_string(), what: "verbs" })?,
        };
        let actors: Vec<PathBuf> = files.iter().filter(|p| lname(p).contains("actors")).cloned().collect();
        if actors.is_empty() {
            return Err(DictError::Missing { dir: dir.display().to_string(), what: "actors" });
        }
        let agents = one("agents", &|p| lname(p).contains("agents"))?;
        let discards = one("discards", &|p| lname(p).contains("discards"))?;
        Dictionaries::from_files(verbs, &actors, agents.map(|p| p.as_path()), discards.map(|p| p.as_path()))
    }
}

