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
    let v = Dictionaries::from_files(&dir.join("PETR.Validate.verbs.txt"), &[dir.join("PETR.Validate.actors.txt")], Some(&dir.join("PETR.Validate.agents.txt")), None).unwrap();
    // a suite-like sentence with the Validate dictionaries
    let p = Pipeline::new().unwrap().with_dictionaries(v, &marsad::lexicon::Source::builtin()).unwrap();
    let doc = p.annotate("Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday.", &Options { published: Some("1995-01-03".parse().unwrap()), ..Options::default() });
    let got: Vec<(String, String, String)> = doc.events.iter().map(|e| (e.source.code.clone(), e.target.as_ref().unwrap().code.clone(), e.code.clone())).collect();
    assert!(got.contains(&("DAGGOV".into(), "GON".into(), "032".into())), "{got:?}");
}
