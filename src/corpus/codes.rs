//! CAMEO actor codes split into GDELT's actor fields.
//!
//! A CAMEO actor code is a sequence of three-letter parts: a country
//! (ISO 3166-1 alpha-3) or an international/transnational type (`IGO`, `NGO`,
//! `NGM`, `MNC`, `IMG`, `INT`, `UIS`), then role and sector types (`GOV`, `MIL`,
//! `HRI`…), religions (`MOS`, `SUN`…) and known groups (`UNO`, `AMN`, `ARL`…).
//! GDELT 2.0 stores them as CountryCode, KnownGroupCode, EthnicCode,
//! Religion1Code, Religion2Code, Type1Code–Type3Code. [`ActorParts::of`] does
//! that split: a part in the type list is a type, a part in the religion list a
//! religion, a first part not in those lists a country, any other part a known
//! group. Ethnic codes are not told apart (marsad's actors do not carry them).

use serde::Serialize;

/// CAMEO role and sector type codes (CAMEO manual, chapter 2: "Type" codes).
pub const TYPES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
    "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS", "PKO", "REG",
];

/// Types that stand first, in place of a country.
pub const TRANSNATIONAL: &[&str] = &["IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"];

/// CAMEO religion codes.
pub const RELIGIONS: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "ITJ", "JAN", "JEW", "JHW", "MOS", "MRM",
    "PAG", "PRO", "SHI", "SHN", "SIK", "SUF", "SUN", "TAO", "UDO", "ZRO",
];

/// GDELT's actor fields for one actor code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ActorParts {
    /// Country (ISO 3166-1 alpha-3 as CAMEO uses it).
    pub country: Option<String>,
    /// Known group (`UNO`, `AMN`…).
    pub known_group: Option<String>,
    /// Ethnic code (never filled; see the module docs).
    pub ethnic: Option<String>,
    /// First religion code.
    pub religion1: Option<String>,
    /// Second religion code.
    pub religion2: Option<String>,
    /// Up to three type codes.
    pub types: [Option<String>; 3],
}

impl ActorParts {
    /// Splits `code` (see the module docs). Codes that are not a whole number of
    /// three-letter parts are split as far as they go.
    pub fn of(code: &str) -> ActorParts {
        let mut p = ActorParts::default();
        let parts: Vec<&str> = (0..code.len() / 3).filter_map(|i| code.get(i * 3..i * 3 + 3)).collect();
        let mut ntype = 0;
        let mut add_type = |p: &mut ActorParts, t: &str| {
            if ntype < 3 {
                p.types[ntype] = Some(t.to_string());
                ntype += 1;
            }
        };
        for (i, part) in parts.iter().enumerate() {
            if TYPES.contains(part) {
                add_type(&mut p, part);
            } else if RELIGIONS.contains(part) {
                if p.religion1.is_none() {
                    p.religion1 = Some(part.to_string());
                } else if p.religion2.is_none() {
                    p.religion2 = Some(part.to_string());
                }
            } else if i == 0 {
                p.country = Some(part.to_string());
            } else if p.known_group.is_none() {
                p.known_group = Some(part.to_string());
            }
        }
        p
    }
}

/// The country part of an actor code, when it has one.
pub fn country(code: &str) -> Option<String> {
    ActorParts::of(code).country
}

/// True when `s` is a plausible actor-code prefix filter: 1–15 ASCII letters
/// (CAMEO actor codes are three-letter parts; `12` can match no code).
pub fn is_code_filter(s: &str) -> bool {
    !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_codes() {
        let p = ActorParts::of("USAGOV");
        assert_eq!(p.country.as_deref(), Some("USA"));
        assert_eq!(p.types[0].as_deref(), Some("GOV"));
        let p = ActorParts::of("IGOUNO");
        assert_eq!(p.country, None);
        assert_eq!(p.known_group.as_deref(), Some("UNO"));
        assert_eq!(p.types[0].as_deref(), Some("IGO"));
        let p = ActorParts::of("NGOHRIAMN");
        assert_eq!((p.types[0].as_deref(), p.types[1].as_deref(), p.known_group.as_deref()), (Some("NGO"), Some("HRI"), Some("AMN")));
        let p = ActorParts::of("SYRREBSUN");
        assert_eq!((p.country.as_deref(), p.religion1.as_deref()), (Some("SYR"), Some("SUN")));
        assert_eq!(ActorParts::of(""), ActorParts::default());
        assert_eq!(ActorParts::of("LB").country, None);
    }
}
