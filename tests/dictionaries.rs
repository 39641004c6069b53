//! PETRARCH/TABARI dictionaries (`marsad::dictionaries`, `--dictionaries DIR`).

use marsad::dictionaries::{read_actors, read_verbs, ActorDictionary, DictError, Dictionaries};
use marsad::{Options, Pipeline};
use std::path::PathBuf;
use std::process::Command;

const VERBS: &str = "&NEGAUX\n+DID N'T\n+WILL NOT\n\n--- RESTORE [064] ---\nRESTORE\n- &NEGAUX * [112]\n\n--- LEAVE [032:033] ---\nLEAVE {LEFT LEAVING LEAVES}\n";
const ACTORS: &str = "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nHOBBITON\n\t[HOB <19950601]\n\t[HOBGOV >19950602]\n";
const AGENTS: &str = "MINISTER [~GOV]\n";

fn dict_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("marsad-dict-test-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("test.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("test.actors.txt"), ACTORS).unwrap();
    std::fs::write(dir.join("test.agents.txt"), AGENTS).unwrap();
    std::fs::write(dir.join("test.discards.txt"), "+BASEBALL\n").unwrap();
    dir
}

fn codings(text: &str, dir: &PathBuf, published: Option<&str>) -> Vec<(String, String, String)> {
    let d = Dictionaries::from_dir(dir).unwrap();
    let p = Pipeline::new().unwrap().with_dictionaries(d, &marsad::lexicon::Source::builtin()).unwrap();
    let doc = p.annotate(text, &Options { published: published.map(|s| s.parse().unwrap()), ..Options::default() });
    doc.events.iter().map(|e| (e.source.code.clone(), e.target.as_ref().map(|t| t.code.clone()).unwrap_or_default(), e.code.clone())).collect()
}

#[test]
fn malformed_lines_name_file_and_line() {
    let e = read_verbs("--- RESTORE ---\nRESTORE\n", "v.txt").unwrap_err();
    assert!(matches!(e, DictError::Malformed { line: 1, .. }), "{e}");
    assert!(e.to_string().starts_with("v.txt:1:"), "{e}");
    let e = read_verbs("--- RESTORE [064] ---\nRESTORE\n- * TIES\n", "v.txt").unwrap_err();
    assert!(e.to_string().starts_with("v.txt:3:"), "{e}");
    // an unclosed code bracket is named as such, not as a missing code
    let e = read_verbs("--- RESTORE [064] ---\nRESTORE\n- * + TO $ [17\n", "v.txt").unwrap_err();
    assert_eq!(e.to_string(), "v.txt:3: pattern: code bracket `[` not closed");
    let mut a = ActorDictionary::default();
    let e = read_actors("ARNOR [ARN\n", "a.txt", &mut a).unwrap_err();
    assert!(e.to_string().starts_with("a.txt:1:"), "{e}");
    // a synonym before any actor is only a warning
    let w = read_actors("+ORPHAN\nARNOR [ARN]\n", "a.txt", &mut a).unwrap();
    assert_eq!(w.len(), 1);
}

#[test]
fn coder_uses_verbs_patterns_synsets_agents_and_dates() {
    let dir = dict_dir("coder");
    assert_eq!(codings("Arnor is about to restore full diplomatic ties with Gondor.", &dir, None), vec![("ARN".into(), "GON".into(), "064".into())]);
    assert_eq!(codings("Arnor didn't restore ties with Gondor.", &dir, None), vec![("ARN".into(), "GON".into(), "112".into())]);
    // paired code, agent after a possessive, synonym
    let got = codings("Arnor's minister left for Minas Tirith on Wednesday.", &dir, None);
    assert_eq!(got, vec![("ARNGOV".into(), "GON".into(), "032".into()), ("GON".into(), "ARNGOV".into(), "033".into())]);
    // date restrictions follow the publication date
    assert_eq!(codings("Hobbiton restored ties with Gondor.", &dir, Some("1995-01-01"))[0].0, "HOB");
    assert_eq!(codings("Hobbiton restored ties with Gondor.", &dir, Some("1996-01-01"))[0].0, "HOBGOV");
    // discards
    assert!(codings("Arnor restored baseball ties with Gondor.", &dir, None).is_empty());
    // compound actors give one event each
    assert_eq!(codings("Arnor and Hobbiton restored ties with Gondor.", &dir, Some("1996-01-01")).len(), 2);
}

#[test]
fn extract_with_dictionaries_option() {
    let dir = dict_dir("cli");
    let input = dir.join("in.txt");
    std::fs::write(&input, "Arnor is about to restore full diplomatic ties with Gondor.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_marsad")).arg("--dictionaries").arg(&dir).args(["extract", "--lang", "en", "--format", "jsonl"]).arg(&input).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &doc["events"][0];
    assert_eq!((e["source"]["code"].as_str(), e["target"]["code"].as_str(), e["code"].as_str()), (Some("ARN"), Some("GON"), Some("064")));
    assert_eq!(e["trigger"]["text"].as_str(), Some("restore"));
    // a folder without a verbs file is a clear error
    let empty = std::env::temp_dir().join(format!("marsad-dict-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_marsad")).arg("--dictionaries").arg(&empty).args(["extract", "--lang", "en"]).arg(&input).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no verbs dictionary"));
}

/// `ingest` codes with `--dictionaries` as `extract` does; a folder that does
/// not exist is an error, and commands that do not code refuse the flag
/// (it used to be ignored silently, exit 0).
#[test]
fn ingest_uses_dictionaries_and_other_commands_refuse_them() {
    let dir = dict_dir("ingest");
    let input = dir.join("in.txt");
    std::fs::write(&input, "Arnor is about to restore full diplomatic ties with Gondor.\n").unwrap();
    let db = dir.join("c.db");
    let _ = std::fs::remove_file(&db);
    let marsad = || Command::new(env!("CARGO_BIN_EXE_marsad"));
    let out = marsad().arg("--dictionaries").arg(dir.join("missing")).args(["ingest", "--quiet", "--db"]).arg(&db).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dictionaries"));
    let out = marsad().arg("--dictionaries").arg(&dir).args(["ingest", "--quiet", "--published", "2025-03-20", "--db"]).arg(&db).arg(&input).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = marsad().args(["export", "--format", "jsonl", "--db"]).arg(&db).output().unwrap();
    let line = String::from_utf8(out.stdout).unwrap();
    let ev: serde_json::Value = serde_json::from_str(line.lines().next().expect("one event")).unwrap();
    assert_eq!((ev["source"]["code"].as_str(), ev["target"]["code"].as_str(), ev["code"].as_str()), (Some("ARN"), Some("GON"), Some("064")));
    for flag in ["--dictionaries", "--lexicons"] {
        let out = marsad().arg(flag).arg(&dir).args(["export", "--format", "jsonl", "--db"]).arg(&db).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{flag} is not used by `export`")), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let out = marsad().arg("--dictionaries").arg(&dir).args(["eval", "--format", "json"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--dictionaries is not used by `eval`"));
}

fn shared() -> Option<PathBuf> {
    std::env::var_os("MARSAD_SHARED").filter(|s| !s.is_empty()).map(|s| PathBuf::from(s).join("data/eventdata/petrarch2")).filter(|p| p.is_dir())
}

/// The production dictionaries of PETRARCH-2 load without error (when `MARSAD_SHARED` is set).
#[test]
fn production_dictionaries_load() {
    let Some(dir) = shared() else { return };
    let actors: Vec<PathBuf> = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"].iter().map(|f| dir.join(f)).collect();
    let d = Dictionaries::from_files(&dir.join("CAMEO.2.0.txt"), &actors, Some(&dir.join("Phoenix.agents.txt")), Some(&dir.join("Phoenix.discards.txt"))).unwrap();
    assert!(d.verbs.families.len() > 100, "{}", d.verbs.families.len());
    assert!(d.actors.entries.len() > 1000);
    assert!(d.agents.entries.len() > 100);
    assert!(!d.discards.phrases.is_empty());
    // every code is a CAMEO code (`[080!]` is read as 080, with a warning)
    let mut d = d;
    d.check_codes(&book()).unwrap();
    assert!(d.warnings.iter().any(|w| w.contains("[080!] read as [080]")));
    // the TABARI file's legacy `--- DEFEND  ###` header is not an error
    let tabari = std::fs::read_to_string(dir.join("CAMEO.verbpatterns.150430.txt")).unwrap();
    let head: String = tabari.lines().take(5000).collect::<Vec<_>>().join("\n");
    let (_, w) = read_verbs(&head, "tabari").unwrap();
    assert!(w.iter().any(|w| w.starts_with("tabari:4875: legacy TABARI code [###]")));
    let v = Dictionaries::from_files(&dir.join("PETR.Validate.verbs.txt"), &[dir.join("PETR.Validate.actors.txt")], Some(&dir.join("PETR.Validate.agents.txt")), None).unwrap();
    // a suite-like sentence with the Validate dictionaries
    let p = Pipeline::new().unwrap().with_dictionaries(v, &marsad::lexicon::Source::builtin()).unwrap();
    let doc = p.annotate("Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday.", &Options { published: Some("1995-01-03".parse().unwrap()), ..Options::default() });
    let got: Vec<(String, String, String)> = doc.events.iter().map(|e| (e.source.code.clone(), e.target.as_ref().unwrap().code.clone(), e.code.clone())).collect();
    assert!(got.contains(&("DAGGOV".into(), "GON".into(), "032".into())), "{got:?}");
}

fn book() -> marsad::cameo::CameoBook {
    marsad::cameo::CameoBook::builtin().unwrap()
}

/// Codes that are not CAMEO event codes are errors naming the file and line;
/// a code with a listed parent is a warning; `---` and paired codes are checked too.
#[test]
fn event_codes_are_checked_against_the_code_book() {
    for bad in ["ABC", "9999", "-173", "1 3 0", "173:XYZ"] {
        let text = format!("--- RESTORE [064] ---\nRESTORE\n- * TIES [{bad}]\n");
        let (v, _) = read_verbs(&text, "v.txt").unwrap();
        let mut d = Dictionaries { verbs: v, verbs_file: "v.txt".into(), ..Dictionaries::default() };
        let e = d.check_codes(&book()).unwrap_err();
        assert!(e.to_string().starts_with("v.txt:3: unknown event code"), "{bad}: {e}");
    }
    let (v, _) = read_verbs("--- RESTORE [ABC] ---\nRESTORE\n", "v.txt").unwrap();
    let mut d = Dictionaries { verbs: v, verbs_file: "v.txt".into(), ..Dictionaries::default() };
    assert!(d.check_codes(&book()).unwrap_err().to_string().starts_with("v.txt:1:"));
    let (v, _) = read_verbs("--- RESTORE [064] ---\nRESTORE\n- * TIES [0649]\n- * BONDS [---]\n- * LINKS [:173]\n", "v.txt").unwrap();
    let mut d = Dictionaries { verbs: v, verbs_file: "v.txt".into(), ..Dictionaries::default() };
    d.check_codes(&book()).unwrap();
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(d.warnings[0].contains("[0649]"));
}

/// A UTF-16 or binary dictionary file is refused with its name (it used to be
/// read as nothing, without a message).
#[test]
fn utf16_and_binary_dictionary_files_are_refused() {
    for (name, bytes) in [("utf16", &b"\xff\xfe#\x00x\x00"[..]), ("nul", &b"+BASEBALL\n\x00\x01"[..])] {
        let dir = dict_dir(&format!("enc-{name}"));
        std::fs::write(dir.join("test.discards.txt"), bytes).unwrap();
        let e = Dictionaries::from_dir(&dir).err().expect("refused");
        assert!(matches!(e, DictError::NotText { .. }), "{e}");
        let msg = e.to_string();
        assert!(msg.contains("test.discards.txt") && (msg.contains("UTF-16") || msg.contains("binary")), "{msg}");
    }
}

/// A byte-order mark is skipped; the legacy TABARI header `--- DEFEND  ###`
/// is read as a family that codes no event, with a warning.
#[test]
fn bom_and_legacy_family_header() {
    let (v, w) = read_verbs("\u{FEFF}--- ARREST [173] ---\nARREST\n--- DEFEND  ###\nDEFEND\n- * AGAINST + [173]\n", "v.txt").unwrap();
    assert_eq!(v.families.len(), 2, "{w:?}");
    assert_eq!(v.families[0].name, "ARREST");
    assert_eq!(v.families[1].name, "DEFEND");
    assert_eq!(v.families[1].code, marsad::dictionaries::EventCode::Null);
    assert_eq!(v.families[1].patterns.len(), 1);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].starts_with("v.txt:3: legacy TABARI code [###]"), "{w:?}");
    // an unclosed code bracket says so
    let e = read_verbs("--- ARREST [173 ---\nARREST\n", "v.txt").unwrap_err();
    assert!(e.to_string().contains("not closed"), "{e}");
}

/// Two files for one role are an error naming both.
#[test]
fn two_verbs_files_are_an_error() {
    let dir = dict_dir("ambiguous");
    std::fs::write(dir.join("other.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("more.agents.txt"), AGENTS).unwrap();
    let e = Dictionaries::from_dir(&dir).unwrap_err().to_string();
    assert!(e.contains("other.verbs.txt") && e.contains("test.verbs.txt"), "{e}");
    std::fs::remove_file(dir.join("other.verbs.txt")).unwrap();
    let e = Dictionaries::from_dir(&dir).unwrap_err().to_string();
    assert!(e.contains("more.agents.txt") && e.contains("test.agents.txt"), "{e}");
    std::fs::remove_file(dir.join("more.agents.txt")).unwrap();
    assert!(Dictionaries::from_dir(&dir).is_ok());
}

/// Events coded with dictionaries get the same time and attribution links as
/// the built-in coder's; a bad code in the folder stops `extract` (exit 2).
#[test]
fn dictionary_events_have_time_and_attribution() {
    let dir = dict_dir("links");
    let d = Dictionaries::from_dir(&dir).unwrap();
    let p = Pipeline::new().unwrap().with_dictionaries(d, &marsad::lexicon::Source::builtin()).unwrap();
    let doc = p.annotate(
        "Arnor restored ties with Gondor on Tuesday, the foreign ministry said.",
        &Options { published: Some("2025-05-01".parse().unwrap()), ..Options::default() },
    );
    assert!(!doc.events.is_empty());
    assert!(!doc.attributions.is_empty());
    let e = &doc.events[0];
    assert_eq!(e.time.as_deref(), Some("2025-04-29"));
    assert_eq!(e.attribution, Some(0));
    // CLI: an unknown code is fatal with file:line
    std::fs::write(dir.join("test.verbs.txt"), "--- ARREST [ABC] ---\nARREST\n").unwrap();
    let input = dir.join("in.txt");
    std::fs::write(&input, "Arnor arrested Gondor.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_marsad")).arg("--dictionaries").arg(&dir).args(["extract", "--lang", "en"]).arg(&input).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("test.verbs.txt:1: unknown event code [ABC]"), "{err}");
}

/// An empty verbs or actors file is an error naming it (it used to code nothing, silently).
#[test]
fn empty_verbs_or_actors_file_is_an_error() {
    for (file, what) in [("test.verbs.txt", "verbs"), ("test.actors.txt", "actors")] {
        let dir = dict_dir(&format!("empty-{what}"));
        for text in ["", "# only a comment\n\n"] {
            std::fs::write(dir.join(file), text).unwrap();
            let e = Dictionaries::from_dir(&dir).err().expect("refused");
            assert!(matches!(e, DictError::Empty { .. }), "{e}");
            let msg = e.to_string();
            assert!(msg.contains(file) && msg.contains(&format!("the {what} dictionary has no")), "{msg}");
        }
        std::fs::remove_dir_all(&dir).ok();
    }
}

/// An actor code no CAMEO code looks like is an error with file and line; an actor date
/// that is not a calendar day is a warning naming it, and the code is not used.
#[test]
fn actor_codes_and_dates_are_checked() {
    let mut a = ActorDictionary::default();
    let e = read_actors("BANGLADESH [BGD]\nARAKAN_ARMY [mmr-reb]\n", "a.txt", &mut a).unwrap_err();
    assert_eq!(e.to_string(), "a.txt:2: actor code [mmr-reb] is not a CAMEO code (letters in groups of three, like MMRREB; `---` for none)");
    let e = read_actors("ARAKAN_ARMY\n\t[MMR.REB]\n", "a.txt", &mut ActorDictionary::default()).unwrap_err();
    assert!(e.to_string().starts_with("a.txt:2: actor code [MMR.REB]"), "{e}");
    // the validation suite's codes, `---`, split codes and lower case stay readable
    let w = read_actors("A [G77]\nB [---]\nC [ELR/GAL]\nD [pse]\nE [+++]\n", "a.txt", &mut ActorDictionary::default()).unwrap();
    assert!(w.is_empty(), "{w:?}");
    for (bad, day) in [("BGD <20251399", "20251399"), ("BGD >20250230", "20250230"), ("BGD 951301-960101", "951301"), ("BGD <2025x399", "2025x399")] {
        let mut a = ActorDictionary::default();
        let w = read_actors(&format!("BANGLADESH [BGD]\n\t[{bad}]\n"), "a.txt", &mut a).unwrap();
        assert_eq!(w.len(), 1, "{bad}: {w:?}");
        assert!(w[0].starts_with("a.txt:2: unreadable actor date") && w[0].contains(&format!("`{day}` is not a calendar day")), "{w:?}");
        assert_eq!(a.entries[0].codes.len(), 1, "{bad}: the bad date's code is not used");
    }
    // a leap day is a day
    let w = read_actors("BANGLADESH [BGD >20240229]\n", "a.txt", &mut ActorDictionary::default()).unwrap();
    assert!(w.is_empty(), "{w:?}");
}
