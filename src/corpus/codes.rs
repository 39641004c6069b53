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

/// GDELT's geographic country code (FIPS 10-4, as in GDELT 2.0's `ActionGeo_CountryCode`) of a
/// CAMEO country code, `None` for codes that have none. Sources: FIPS PUB 10-4 (withdrawn in
/// 2008, still GDELT's standard) and the codes GDELT and the CIA World Factbook use for later
/// states: `OD` South Sudan, `KV` Kosovo, `RI` Serbia, `MJ` Montenegro. CAMEO `PSE` has none:
/// FIPS splits it into the West Bank (`WE`) and the Gaza Strip (`GZ`), which a country code
/// cannot tell apart.
pub fn fips_country(cameo: &str) -> Option<&'static str> {
    FIPS.binary_search_by(|(c, _)| (*c).cmp(cameo)).ok().map(|i| FIPS[i].1)
}

/// (CAMEO country code, FIPS 10-4 code), sorted by the CAMEO code.
const FIPS: &[(&str, &str)] = &[
    ("AFG", "AF"), ("AGO", "AO"), ("ALB", "AL"), ("AND", "AN"), ("ARE", "AE"), ("ARG", "AR"), ("ARM", "AM"), ("ATG", "AC"),
    ("AUS", "AS"), ("AUT", "AU"), ("AZE", "AJ"), ("BDI", "BY"), ("BEL", "BE"), ("BEN", "BN"), ("BFA", "UV"), ("BGD", "BG"),
    ("BGR", "BU"), ("BHR", "BA"), ("BHS", "BF"), ("BIH", "BK"), ("BLR", "BO"), ("BLZ", "BH"), ("BOL", "BL"), ("BRA", "BR"),
    ("BRB", "BB"), ("BRN", "BX"), ("BTN", "BT"), ("BWA", "BC"), ("CAF", "CT"), ("CAN", "CA"), ("CHE", "SZ"), ("CHL", "CI"),
    ("CHN", "CH"), ("CIV", "IV"), ("CMR", "CM"), ("COD", "CG"), ("COG", "CF"), ("COL", "CO"), ("COM", "CN"), ("CPV", "CV"),
    ("CRI", "CS"), ("CUB", "CU"), ("CYP", "CY"), ("CZE", "EZ"), ("DEU", "GM"), ("DJI", "DJ"), ("DMA", "DO"), ("DNK", "DA"),
    ("DOM", "DR"), ("DZA", "AG"), ("ECU", "EC"), ("EGY", "EG"), ("ERI", "ER"), ("ESH", "WI"), ("ESP", "SP"), ("EST", "EN"),
    ("ETH", "ET"), ("FIN", "FI"), ("FJI", "FJ"), ("FRA", "FR"), ("FSM", "FM"), ("GAB", "GB"), ("GBR", "UK"), ("GEO", "GG"),
    ("GHA", "GH"), ("GIN", "GV"), ("GMB", "GA"), ("GNB", "PU"), ("GNQ", "EK"), ("GRC", "GR"), ("GRD", "GJ"), ("GTM", "GT"),
    ("GUY", "GY"), ("HND", "HO"), ("HRV", "HR"), ("HTI", "HA"), ("HUN", "HU"), ("IDN", "ID"), ("IND", "IN"), ("IRL", "EI"),
    ("IRN", "IR"), ("IRQ", "IZ"), ("ISL", "IC"), ("ISR", "IS"), ("ITA", "IT"), ("JAM", "JM"), ("JOR", "JO"), ("JPN", "JA"),
    ("KAZ", "KZ"), ("KEN", "KE"), ("KGZ", "KG"), ("KHM", "CB"), ("KIR", "KR"), ("KNA", "SC"), ("KOR", "KS"), ("KSV", "KV"),
    ("KWT", "KU"), ("LAO", "LA"), ("LBN", "LE"), ("LBR", "LI"), ("LBY", "LY"), ("LCA", "ST"), ("LIE", "LS"), ("LKA", "CE"),
    ("LSO", "LT"), ("LTU", "LH"), ("LUX", "LU"), ("LVA", "LG"), ("MAR", "MO"), ("MCO", "MN"), ("MDA", "MD"), ("MDG", "MA"),
    ("MDV", "MV"), ("MEX", "MX"), ("MHL", "RM"), ("MKD", "MK"), ("MLI", "ML"), ("MLT", "MT"), ("MMR", "BM"), ("MNE", "MJ"),
    ("MNG", "MG"), ("MOZ", "MZ"), ("MRT", "MR"), ("MUS", "MP"), ("MWI", "MI"), ("MYS", "MY"), ("NAM", "WA"), ("NER", "NG"),
    ("NGA", "NI"), ("NIC", "NU"), ("NLD", "NL"), ("NOR", "NO"), ("NPL", "NP"), ("NRU", "NR"), ("NZL", "NZ"), ("OMN", "MU"),
    ("PAK", "PK"), ("PAN", "PM"), ("PER", "PE"), ("PHL", "RP"), ("PLW", "PS"), ("PNG", "PP"), ("POL", "PL"), ("PRK", "KN"),
    ("PRT", "PO"), ("PRY", "PA"), ("QAT", "QA"), ("ROU", "RO"), ("RUS", "RS"), ("RWA", "RW"), ("SAU", "SA"), ("SDN", "SU"),
    ("SEN", "SG"), ("SGP", "SN"), ("SLB", "BP"), ("SLE", "SL"), ("SLV", "ES"), ("SMR", "SM"), ("SOM", "SO"), ("SRB", "RI"),
    ("SSD", "OD"), ("STP", "TP"), ("SUR", "NS"), ("SVK", "LO"), ("SVN", "SI"), ("SWE", "SW"), ("SWZ", "WZ"), ("SYC", "SE"),
    ("SYR", "SY"), ("TCD", "CD"), ("TGO", "TO"), ("THA", "TH"), ("TJK", "TI"), ("TKM", "TX"), ("TMP", "TT"), ("TON", "TN"),
    ("TTO", "TD"), ("TUN", "TS"), ("TUR", "TU"), ("TUV", "TV"), ("TWN", "TW"), ("TZA", "TZ"), ("UGA", "UG"), ("UKR", "UP"),
    ("URY", "UY"), ("USA", "US"), ("UZB", "UZ"), ("VAT", "VT"), ("VCT", "VC"), ("VEN", "VE"), ("VNM", "VM"), ("VUT", "NH"),
    ("WSM", "WS"), ("YEM", "YM"), ("ZAF", "SF"), ("ZMB", "ZA"), ("ZWE", "ZI"),
];

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

    #[test]
    fn fips_codes() {
        // sorted, so that the binary search finds every row
        assert!(FIPS.windows(2).all(|w| w[0].0 < w[1].0));
        for (cameo, fips) in [("USA", "US"), ("LBY", "LY"), ("RWA", "RW"), ("IRQ", "IZ"), ("DEU", "GM"), ("GBR", "UK"), ("SSD", "OD"), ("SDN", "SU"), ("ISR", "IS")] {
            assert_eq!(fips_country(cameo), Some(fips), "{cameo}");
        }
        assert_eq!(fips_country("PSE"), None);
        // every country of the built-in lexicon but PSE has one
        let missing: Vec<&str> = include_str!("../../lexicons/countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code\t") && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .filter(|c| *c != "PSE" && fips_country(c).is_none())
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(fips_country("IGO"), None);
        assert_eq!(fips_country(""), None);
    }
}
