//! The CAMEO event code book: each event code's name, Goldstein score and PLOVER
//! classification, with lookups that fall back to the parent code.
//!
//! Standards, and what each contributes:
//!
//! - **CAMEO** — Gerner, Schrodt, Yilmaz et al., *Conflict and Mediation Event
//!   Observations (CAMEO) Codebook*, version 1.1b3 (2012): the 20 cue categories
//!   (root codes `01`–`20`) and their 3- and 4-digit sub-codes.
//! - **Goldstein scale** — Goldstein, J. S. (1992), "A conflict-cooperation scale for
//!   WEIS events data", *Journal of Conflict Resolution* 36:369–385, as assigned to
//!   CAMEO codes and published by GDELT: one score from −10 (most conflictual) to
//!   +10 (most cooperative) per code.
//! - **PLOVER** — Open Event Data Alliance, *PLOVER* codebook, draft 2.0 (2024):
//!   16 event types, their modes and the general contexts.
//! - **QuadClass** — the GDELT/ICEWS grouping of CAMEO roots into four classes.
//!
//! The data is the lexicon file `lexicons/cameo.tsv` (built in, overridable with
//! `--lexicons DIR`); its header documents every mapping decision. The file is read
//! by [`crate::lexicon::schema::cameo`]; a malformed override file is reported as a
//! [`LexiconError`], never a panic.
//!
//! Codes are strings with leading zeros (`"04"`, `"046"`, `"1122"`), as in the
//! CAMEO manual. Lookups take any string and never panic; a string that is not
//! 2 to 4 ASCII digits is simply not a code.

use std::collections::HashMap;

use crate::lexicon::schema::{self, CameoCode};
use crate::lexicon::{LexiconError, Source};
use crate::model::Plover;

/// The 16 PLOVER event types, draft 2.0 (chapter 3), in the manual's order.
///
/// Draft 2.0 folded the older DEMAND into REQUEST, DISAPPROVE and INVESTIGATE into
/// ACCUSE, and FIGHT into ASSAULT; CAMEO's 01 (statements) and 02 (appeals) have no
/// PLOVER type (manual table 7.1).
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// The PLOVER general contexts, draft 2.0 (table 2.1), with the manual's spaces
/// written as `_` (`political_institutions`).
pub const PLOVER_CONTEXTS: [&str; 37] = [
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
];

/// The modes PLOVER draft 2.0 defines for event type `kind` (tables 3.1–3.11);
/// empty for types without modes (AGREE, SUPPORT, CONCEDE, COOPERATE, AID) and for
/// unknown types.
pub fn plover_modes(kind: &str) -> &'static [&'static str] {
    match kind {
        "CONSULT" => &["visit", "third-party", "multilateral", "phone"],
        "RETREAT" => &["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        "REQUEST" | "REJECT" => &["assist", "change", "yield", "meet"],
        "ACCUSE" => &["disapprove", "investigate", "allege"],
        "THREATEN" => &["restrict", "arrest", "relations", "expel", "territory", "violence"],
        "PROTEST" => &["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        "SANCTION" => &["convict", "expel", "withdraw", "discontinue"],
        "MOBILIZE" => &["troops", "weapons", "police", "militia"],
        "COERCE" => &[
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ],
        "ASSAULT" => &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ],
        _ => &[],
    }
}

/// True when `code` has the shape of a CAMEO event code: 2 to 4 ASCII digits with a
/// root from `01` to `20` (CAMEO manual 1.1b3). Says nothing about whether the code
/// book lists it; see [`CameoBook::is_valid`].
pub fn is_code_shape(code: &str) -> bool {
    (2..=4).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_digit())
        && (1..=20).contains(&code[..2].parse::<u8>().unwrap_or(0))
}

/// The CAMEO root (cue category) of `code`: its first two digits (`"1122"` → `"11"`),
/// CAMEO manual 1.1b3. Empty when `code` is not shaped like a CAMEO code
/// ([`is_code_shape`]).
pub fn root(code: &str) -> &str {
    if is_code_shape(code) {
        &code[..2]
    } else {
        ""
    }
}

/// The QuadClass of `code`, by its CAMEO root, in the GDELT/ICEWS convention:
/// roots 01–05 → 1 verbal cooperation, 06–08 → 2 material cooperation, 09–13 → 3
/// verbal conflict, 14–20 → 4 material conflict. 0 when `code` is not shaped like a
/// CAMEO code.
///
/// This follows CAMEO, not PLOVER: PLOVER draft 2.0 (table 7.2) puts SANCTION (CAMEO
/// 16) in verbal conflict, GDELT and ICEWS put root 16 in material conflict.
pub fn quad_class(code: &str) -> u8 {
    match root(code).parse::<u8>() {
        Ok(1..=5) => 1,
        Ok(6..=8) => 2,
        Ok(9..=13) => 3,
        Ok(14..=20) => 4,
        _ => 0,
    }
}

/// `code` followed by its ancestors, most specific first: `"0469"` → `"0469"`,
/// `"046"`, `"04"`; `"046"` → `"046"`, `"04"`. Empty when `code` is not shaped like a
/// CAMEO code. The CAMEO hierarchy is positional (manual 1.1b3): a 4-digit code's
/// parent is its first three digits, a 3-digit code's parent its root.
pub fn lineage(code: &str) -> impl Iterator<Item = &str> {
    let ok = is_code_shape(code);
    (2..=code.len()).rev().filter(move |_| ok).map(move |n| &code[..n])
}

/// The CAMEO code book (CAMEO manual 1.1b3) with Goldstein (1992) scores and PLOVER
/// draft 2.0 classifications, read from `cameo.tsv`.
///
/// [`get`](Self::get), [`goldstein`](Self::goldstein) and [`plover`](Self::plover)
/// fall back to the parent code when a code is not in the book (4-digit → 3-digit →
/// root), so a finer code than the book knows still gets its parent's values;
/// [`exact`](Self::exact) and [`is_valid`](Self::is_valid) do not fall back.
#[derive(Debug, Clone, Default)]
pub struct CameoBook {
    codes: Vec<CameoCode>,
    index: HashMap<String, usize>,
}

impl CameoBook {
    /// Reads `cameo.tsv` from `src` (the user's `--lexicons DIR` first, the built-in
    /// copy otherwise). Errors: an unreadable override file, or any row that is not a
    /// CAMEO code of 2–4 digits with root 01–20, a Goldstein score in −10..10 and an
    /// empty or PLOVER 2.0 type, or that repeats a code ([`schema::cameo`]).
    pub fn load(src: &Source) -> Result<Self, LexiconError> {
        Ok(Self::from_codes(schema::cameo(src)?))
    }

    /// The built-in code book (`lexicons/cameo.tsv` as compiled in).
    pub fn builtin() -> Result<Self, LexiconError> {
        Self::load(&Source::builtin())
    }

    /// A book of already-parsed rows; a later row with a code already present
    /// replaces the earlier one.
    pub fn from_codes(codes: Vec<CameoCode>) -> Self {
        let mut book = CameoBook::default();
        for c in codes {
            match book.index.get(&c.code) {
                Some(&i) => book.codes[i] = c,
                None => {
                    book.index.insert(c.code.clone(), book.codes.len());
                    book.codes.push(c);
                }
            }
        }
        book
    }

    /// Number of codes in the book.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when the book has no codes.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// All codes, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.iter()
    }

    /// The row for exactly `code`, without falling back to a parent.
    pub fn exact(&self, code: &str) -> Option<&CameoCode> {
        self.index.get(code).map(|&i| &self.codes[i])
    }

    /// The row for `code`, or for its nearest ancestor in the book (4-digit →
    /// 3-digit → root; CAMEO manual 1.1b3 hierarchy): `get("0469")` is the row of
    /// `046`. Compare the returned row's `code` to see whether it fell back. `None`
    /// when neither the code nor any ancestor is in the book, or `code` is not shaped
    /// like a CAMEO code.
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        lineage(code).find_map(|c| self.exact(c))
    }

    /// True when the book lists exactly `code` (no fallback).
    pub fn is_valid(&self, code: &str) -> bool {
        self.index.contains_key(code)
    }

    /// The CAMEO root of `code` (first two digits; CAMEO manual 1.1b3); see [`root`].
    pub fn root<'a>(&self, code: &'a str) -> &'a str {
        root(code)
    }

    /// The GDELT/ICEWS QuadClass of `code` (1–4, 0 when not a code); see [`quad_class`].
    pub fn quad_class(&self, code: &str) -> u8 {
        quad_class(code)
    }

    /// The Goldstein (1992) score of `code` as GDELT assigns it to CAMEO codes, −10 to
    /// +10, falling back to the parent code ([`get`](Self::get)). `None` when no
    /// ancestor is in the book.
    pub fn goldstein(&self, code: &str) -> Option<f32> {
        self.get(code).map(|c| c.goldstein)
    }

    /// The PLOVER draft 2.0 classification of `code`: type, mode (when the CAMEO code
    /// fixes one) and context (when the CAMEO code names one), falling back to the
    /// parent code ([`get`](Self::get)).
    ///
    /// The type is empty for CAMEO 01x (statements) and 02x (appeals), which PLOVER
    /// 2.0 drops (manual table 7.1), and when no ancestor of `code` is in the book.
    pub fn plover(&self, code: &str) -> Plover {
        match self.get(code) {
            Some(c) => {
                Plover { kind: c.plover_type.clone(), mode: c.plover_mode.clone(), context: c.plover_context.clone() }
            }
            None => Plover { kind: String::new(), mode: None, context: None },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Table;
    use std::path::PathBuf;

    fn book() -> CameoBook {
        CameoBook::builtin().expect("built-in cameo.tsv loads")
    }

    #[test]
    fn root_and_quad_class() {
        for (code, r, q) in [("046", "04", 1), ("1122", "11", 3), ("174", "17", 4), ("20", "20", 4), ("0874", "08", 2)]
        {
            assert_eq!(root(code), r, "{code}");
            assert_eq!(quad_class(code), q, "{code}");
            assert_eq!(book().root(code), r);
            assert_eq!(book().quad_class(code), q);
        }
        assert_eq!(
            (quad_class("05"), quad_class("06"), quad_class("09"), quad_class("13"), quad_class("14")),
            (1, 2, 3, 3, 4)
        );
    }

    #[test]
    fn malformed_codes_are_not_codes() {
        let b = book();
        for bad in ["", "4", "00", "21", "99", "04690", "04a", "٠٤٦", "046 ", "-46", "+46"] {
            assert_eq!(root(bad), "", "{bad:?}");
            assert_eq!(quad_class(bad), 0, "{bad:?}");
            assert!(b.get(bad).is_none(), "{bad:?}");
            assert!(!b.is_valid(bad), "{bad:?}");
            assert_eq!(b.goldstein(bad), None);
            assert_eq!(b.plover(bad).kind, "");
        }
    }

    #[test]
    fn goldstein_scores() {
        let b = book();
        for (code, g) in
            [("046", 7.0), ("011", -0.1), ("1823", -10.0), ("0874", 10.0), ("20", -10.0), ("145", -7.5), ("016", -2.0)]
        {
            assert_eq!(b.goldstein(code), Some(g), "{code}");
        }
    }

    #[test]
    fn plover_of_046_190_145() {
        let b = book();
        let p = b.plover("046");
        assert_eq!((p.kind.as_str(), p.mode.as_deref(), p.context.as_deref()), ("CONSULT", None, Some("diplomatic")));
        let p = b.plover("190");
        assert_eq!((p.kind.as_str(), p.mode.as_deref(), p.context.as_deref()), ("ASSAULT", None, None));
        let p = b.plover("145");
        assert_eq!((p.kind.as_str(), p.mode.as_deref()), ("PROTEST", Some("riot")));
        assert_eq!(b.plover("042").mode.as_deref(), Some("visit"));
        assert_eq!(b.plover("1822").mode.as_deref(), Some("torture"));
        assert_eq!(b.plover("010").kind, "", "statements have no PLOVER 2.0 type");
        assert_eq!(b.plover("0231").kind, "", "appeals have no PLOVER 2.0 type");
    }

    #[test]
    fn unknown_code_falls_back_to_parent() {
        let b = book();
        assert!(!b.is_valid("0469"));
        assert!(b.exact("0469").is_none());
        assert_eq!(b.get("0469").map(|c| c.code.as_str()), Some("046"));
        assert_eq!(b.goldstein("0469"), Some(7.0));
        assert_eq!(b.plover("0469"), b.plover("046"));
        // A 3-digit code unknown to the book falls back to its root.
        assert_eq!(b.get("047").map(|c| c.code.as_str()), Some("04"));
        assert_eq!(b.get("0479").map(|c| c.code.as_str()), Some("04"));
        assert_eq!(lineage("0469").collect::<Vec<_>>(), ["0469", "046", "04"]);
        assert_eq!(lineage("x").count(), 0);
    }

    #[test]
    fn builtin_book_is_complete() {
        let b = book();
        assert_eq!(b.len(), 311);
        let roots: Vec<&str> = b.iter().filter(|c| c.code.len() == 2).map(|c| c.code.as_str()).collect();
        let want: Vec<String> = (1..=20).map(|n| format!("{n:02}")).collect();
        assert_eq!(roots, want);
        for c in b.iter() {
            // Every code's ancestors are in the book, and a code shares its root's
            // type except where the file header documents an exception.
            for a in lineage(&c.code).skip(1) {
                assert!(b.is_valid(a), "{} lacks parent {a}", c.code);
            }
            assert!(!c.name.is_empty(), "{} has no name", c.code);
            let statement_or_appeal = matches!(root(&c.code), "01" | "02");
            assert_eq!(c.plover_type.is_empty(), statement_or_appeal, "{}", c.code);
            if let Some(m) = &c.plover_mode {
                assert!(
                    plover_modes(&c.plover_type).contains(&m.as_str()),
                    "{}: {m} is not a {} mode",
                    c.code,
                    c.plover_type
                );
            }
            if let Some(x) = &c.plover_context {
                assert!(PLOVER_CONTEXTS.contains(&x.as_str()), "{}: {x} is not a PLOVER context", c.code);
            }
            let root_type = &b.exact(root(&c.code)).unwrap().plover_type;
            let documented = [
                "055", "116", "1712", "175", "191", "192", "084", "0841", "0842", "085", "086", "0861", "0862", "0863",
                "087", "0871", "0872", "0873", "0874",
            ];
            if &c.plover_type != root_type {
                assert!(
                    documented.contains(&c.code.as_str()),
                    "{}: {} differs from root {}",
                    c.code,
                    c.plover_type,
                    root_type
                );
            }
        }
    }

    /// A directory under the system temp dir holding one override `cameo.tsv`.
    fn override_dir(tag: &str, text: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("marsad-cameo-{}-{tag}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cameo.tsv"), text).unwrap();
        dir
    }

    #[test]
    fn malformed_override_is_an_error_not_a_panic() {
        let header = "code\tgoldstein\tplover_type\tplover_mode\tname\n";
        let cases = [
            ("fields", format!("{header}04\t1.0\tCONSULT\t\tConsult\textra\n")),
            ("goldstein", format!("{header}04\tone\tCONSULT\t\tConsult\n")),
            ("range", format!("{header}04\t11\tCONSULT\t\tConsult\n")),
            ("nan", format!("{header}04\tNaN\tCONSULT\t\tConsult\n")),
            ("code", format!("{header}4a\t1.0\tCONSULT\t\tConsult\n")),
            ("long", format!("{header}04611\t1.0\tCONSULT\t\tConsult\n")),
            ("root", format!("{header}21\t1.0\tCONSULT\t\tConsult\n")),
            ("nonascii", format!("{header}٠٤\t1.0\tCONSULT\t\tConsult\n")),
            ("type", format!("{header}19\t-10\tFIGHT\t\tFight\n")),
            ("twice", format!("{header}04\t1.0\tCONSULT\t\tConsult\n04\t1.0\tCONSULT\t\tConsult\n")),
            ("column", "code\tgoldstein\tname\n04\t1.0\tConsult\n".to_string()),
        ];
        for (tag, text) in &cases {
            let dir = override_dir(tag, text);
            let err = CameoBook::load(&Source::with_dir(&dir));
            std::fs::remove_dir_all(&dir).ok();
            let err = err.expect_err(tag);
            assert!(matches!(err, LexiconError::Syntax { .. }), "{tag}: {err}");
            assert!(err.to_string().starts_with("cameo.tsv:"), "{tag}: {err}");
        }
        // The shared parser alone already rejects a row wider than the header.
        assert!(Table::parse("cameo.tsv", &cases[0].1).is_err());
    }

    #[test]
    fn override_without_context_column_loads() {
        let dir = override_dir("old", "# old format\ncode\tgoldstein\tplover_type\tplover_mode\tname\n04\t1.0\tCONSULT\t\tConsult\n042\t1.9\tCONSULT\tvisit\tVisit\n");
        let b = CameoBook::load(&Source::with_dir(&dir));
        std::fs::remove_dir_all(&dir).ok();
        let b = b.unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b.plover("0421").mode.as_deref(), Some("visit"));
        assert_eq!(b.plover("042").context, None);
        assert_eq!(b.goldstein("046"), Some(1.0), "046 falls back to 04");
        assert_eq!(b.goldstein("10"), None);
    }

    #[test]
    fn from_codes_keeps_the_last_duplicate() {
        let row = |g| CameoCode {
            code: "04".into(),
            goldstein: g,
            plover_type: "CONSULT".into(),
            plover_mode: None,
            plover_context: None,
            name: "Consult".into(),
        };
        let b = CameoBook::from_codes(vec![row(1.0), row(2.0)]);
        assert_eq!((b.len(), b.goldstein("04")), (1, Some(2.0)));
    }
}
