//! Unit tests of the gold-set readers on small synthetic files (no shared data needed).

use super::*;
use crate::pipeline::Pipeline;
use std::path::PathBuf;

/// A temporary shared folder with `files` (path relative to the folder, content).
fn shared_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("marsad-sets-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn measure<'a>(r: &'a SetsReport, id: &str) -> &'a Measure {
    r.sets.iter().flat_map(|s| &s.measures).find(|m| m.id == id).unwrap_or_else(|| panic!("no measure {id}"))
}

#[test]
fn set_names_round_trip() {
    for s in SetName::ALL {
        assert_eq!(SetName::parse(s.name()), Some(s));
    }
    assert_eq!(SetName::parse("nope"), None);
}

#[test]
fn code_parts() {
    assert_eq!(country3("USAGOV"), "USA");
    assert_eq!(country3("IGOUNO"), "IGO");
    assert_eq!(country3("US"), "US");
    assert_eq!(sectors("USAGOVMIL"), vec!["GOV", "MIL"]);
    assert!(sectors("IRQ").is_empty());
    // a code without a country starts with its sector
    assert_eq!(sectors("UAF"), vec!["UAF"]);
    assert_eq!(sectors("COPSPY"), vec!["COP", "SPY"]);
    assert!(sectors("IMG").is_empty());
    assert_eq!(sectors("IMGREB"), vec!["REB"]);
}

#[test]
fn plover_labels_are_renamed() {
    assert_eq!(plover::current_type("DEMAND"), "REQUEST");
    assert_eq!(plover::current_type("DISAPPROVE"), "ACCUSE");
    assert_eq!(plover::current_type("INVESTIGATE"), "ACCUSE");
    assert_eq!(plover::current_type("FIGHT"), "ASSAULT");
    assert_eq!(plover::current_type("AGREE"), "AGREE");
}

#[test]
fn mojibake_runs_become_quotes() {
    let (s, fixed) = cameo_examples::repair("Moscow\u{FFFD}\u{FFFD}\u{FFFD}s will to \u{FFFD}\u{FFFD}\u{FFFD}agree\u{FFFD}\u{FFFD}\u{FFFD}.");
    assert!(fixed);
    assert_eq!(s, "Moscow's will to \"agree\".");
    assert_eq!(cameo_examples::repair("plain"), ("plain".to_string(), false));
}

#[test]
fn missing_files_are_errors_not_panics() {
    let dir = shared_with("empty", &[]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &SetName::ALL, &p);
    assert_eq!(r.sets.len(), SetName::ALL.len());
    for s in &r.sets {
        assert!(s.measures.is_empty(), "{}", s.set.name());
        assert_eq!(s.errors.len(), 1, "{}: {:?}", s.set.name(), s.errors);
    }
}

const ASSAULT_CSV: &str = "\
,accept,event_type,id,label,reject,text,total
1,3,ASSAULT,a1,yes,0,\"قصفت القوات الإسرائيلية مواقع في لبنان، وقالت إسرائيل إنها هاجمت حزب الله.\",3
2,0,ASSAULT,a2,easy no,3,التقى وزير الخارجية المصري نظيره الأردني في القاهرة.,3
3,2,ASSAULT,a3,ambiguous,1,قتل ثلاثة أشخاص في انفجار.,3
4,0,ASSAULT,a4,maybe,3,نص بعلامة غير معروفة.,3
5,3,ASSAULT,a5,yes,0,,3
6,1,ASSAULT,a6,difficult no,3,وأعلن الجيش أن طائرة مجهولة قصفت الموقع الشهر الماضي.,4
";

#[test]
fn detection_counts_and_bad_rows() {
    let dir = shared_with("detect", &[(SetName::ArAssault.file(), ASSAULT_CSV)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::ArAssault], &p);
    let s = &r.sets[0];
    assert_eq!(s.items, 6);
    // the unknown label and the empty text are reported, not scored
    assert_eq!(s.errors.len(), 2, "{:?}", s.errors);
    assert!(s.errors.iter().any(|e| e.contains("a4")));
    let recall = measure(&r, "ar-assault.recall");
    assert_eq!(recall.den, 1);
    let amb = measure(&r, "ar-assault.ambiguous_positive");
    assert_eq!(amb.den, 1);
    assert!(!amb.guarded);
    let easy = measure(&r, "ar-assault.easy_no_positive");
    assert_eq!(easy.den, 1);
    // every miss and false positive is an issue with a class
    let f1 = measure(&r, "ar-assault.f1");
    assert_eq!(f1.target, Some(0.80));
    let misses = recall.den - recall.num;
    let fps = measure(&r, "ar-assault.precision").den - measure(&r, "ar-assault.precision").num;
    assert_eq!(s.issues.len(), misses + fps);
    assert!(s.issues.iter().all(|i| i.class.starts_with("ASSAULT ")));
    // one annotator: the `yes` always (3 of 3), the `difficult no` one time in four (1 of 4)
    let ann = measure(&r, "ar-assault.annotator_f1");
    assert!(!ann.guarded);
    assert_eq!(ann.den, 3, "yes, easy no and difficult no rows with votes; not ambiguous or skipped ones");
    assert!((ann.value.unwrap() - 2.0 / 2.25).abs() < 1e-9, "{:?}", ann.value);
}

const SPANS_JSON: &str = r#"[
 {"source": "s1", "_id": "x1", "text": "قصفت القوات الإسرائيلية مواقع في لبنان.",
  "spans": [
   {"source_actor": ["القوات", "الإسرائيلية"], "verb": ["قصفت"], "target_actor": ["لبنان"],
    "source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "LBN", "role": "None"}},
   {"source_actor": ["القوات"], "verb": ["قصفت"], "target_actor": [],
    "source_role": {"main": "ISR", "role": "MIL"}, "target_role": "UNKNOWN"},
   {"source_actor": [], "verb": ["قصفت"], "target_actor": [],
    "source_role": {}, "target_role": {}}
  ], "source_gold": "القوات", "verb_gold": "قصفت", "target_gold": ""},
 {"source": "s2", "_id": "x2", "spans": []},
 {"source": "s3", "_id": "x3", "text": "نص", "spans": "oops"}
]"#;

#[test]
fn spans_majority_and_malformed_records() {
    let dir = shared_with("spans", &[(SetName::ArAssaultSpans.file(), SPANS_JSON)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::ArAssaultSpans], &p);
    let s = &r.sets[0];
    assert_eq!(s.items, 3);
    assert_eq!(s.errors.len(), 2, "{:?}", s.errors);
    assert_eq!(measure(&r, "ar-assault-spans.detected").den, 1);
    let src = measure(&r, "ar-assault-spans.source_country");
    let tgt = measure(&r, "ar-assault-spans.target_country");
    // ISR is given by 2 of 3 annotations: a gold code; LBN by 1 of 3: none.
    assert_eq!(tgt.den, 0);
    assert!(src.den <= 1);
}

const PLOVER_JSON: &str = r#"[
 {"id": "DOC", "event": "DOCUMENT", "eventText": "docs"},
 {"id": "R1", "event": "FIGHT", "text": "Israeli forces attacked Hezbollah positions in Lebanon.",
  "source": [{"actorText": "Israeli forces", "code": "ISR"}], "target": [{"actorText": "Lebanon", "code": "LBN"}],
  "eventText": "attacked", "language": "en"},
 {"id": "R2", "event": "AGREE", "text": "Jordan and Britain have agreed to hold exercises.",
  "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}], "target": "", "eventText": "have agreed"},
 {"id": "R3", "event": "AGREE", "source": "", "target": ""},
 {"id": "R4", "event": "AGREE", "text": "x", "source": 5, "target": ""}
]"#;

#[test]
fn plover_reader() {
    let dir = shared_with("plover", &[(SetName::Plover.file(), PLOVER_JSON)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::Plover], &p);
    let s = &r.sets[0];
    assert_eq!(s.items, 5);
    assert_eq!(s.errors.len(), 2, "{:?}", s.errors);
    assert!(s.notes.iter().any(|n| n.contains("DOCUMENT")));
    let produced = measure(&r, "plover.event_produced");
    assert_eq!(produced.den, 2);
    let typ = measure(&r, "plover.type_right");
    assert_eq!(typ.den, produced.num);
    // a record without a gold target is not counted for the target measure
    assert!(measure(&r, "plover.target_country").den <= 1);
}

const PETR2_XML: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a comment with <EventCoding...> in it
<Sentences>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="ISRMIL" targetcode="LBN" />
<Text>
Israeli forces attacked
Lebanon on Monday.
</Text>
<Parse>
1	Israeli	...
</Parse>
<Sentence category="AFP" date="20080804" id="S2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
The weather was fine.
</Text>
<Sentence category="AFP" id="S3"/>
<EventCoding eventcode="190" sourcecode="ISR" targetcode="LBN" />
<Text>
</Text>
</Sentences>
</Validation>
"#;

#[test]
fn petr2_lenient_reader() {
    let dir = shared_with("petr2", &[(SetName::Petr2.file(), PETR2_XML)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::Petr2], &p);
    let s = &r.sets[0];
    assert_eq!(s.items, 3);
    assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
    assert!(s.errors[0].contains("S3"));
    assert_eq!(measure(&r, "petr2.found").den, 1);
    assert_eq!(measure(&r, "petr2.noevents_clean").den, 1);
    assert!(!measure(&r, "petr2.extra").higher_is_better);
}

const CAMEO_CSV: &str = "\
,eventtype_ID,name,code,goldstein,nsLeft,nsRight,description,usage_notes,example,root_code,order
1,1,ENGAGE IN UNCONVENTIONAL MASS VIOLENCE,19,0,1,2,NA,NA,,19,1
2,2,Fight,190,-10,2,3,d,u,Israeli forces attacked Hezbollah in Lebanon\u{FFFD}\u{FFFD}\u{FFFD}s south.,19,2
3,3,Bad,XX1,0,4,5,d,u,Some example.,XX,3
4,4,No example,191,0,4,5,d,u,NA,19,4
";

#[test]
fn cameo_examples_reader() {
    let dir = shared_with("cameo", &[(SetName::CameoExamples.file(), CAMEO_CSV)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::CameoExamples], &p);
    let s = &r.sets[0];
    assert_eq!(s.items, 4);
    assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
    assert_eq!(measure(&r, "cameo-examples.root_right").den, 1);
    assert!(s.notes.iter().any(|n| n.contains("repaired")));
}

#[test]
fn check_flags_drops_beyond_tolerance() {
    let mk = |id: &str, v: Option<f64>, hib: bool| Measure {
        id: id.into(),
        label: id.into(),
        value: v,
        num: 0,
        den: 0,
        count: String::new(),
        target: None,
        higher_is_better: hib,
        guarded: true,
    };
    let report = SetsReport {
        shared: PathBuf::new(),
        sets: vec![SetReport {
            measures: vec![
                mk("a", Some(0.50), true),
                mk("b", Some(0.47), true),
                mk("c", Some(0.60), false),
                mk("d", None, true),
                mk("e", Some(0.10), true),
            ],
            ..SetReport::new(SetName::Plover, PathBuf::new())
        }],
    };
    let mut values = BTreeMap::new();
    values.insert("a".to_string(), Some(0.52)); // -0.02: allowed
    values.insert("b".to_string(), Some(0.50)); // -0.03: regression
    values.insert("c".to_string(), Some(0.55)); // error rate +0.05: regression
    values.insert("d".to_string(), Some(0.30)); // now undefined: regression
    values.insert("e".to_string(), None); // nothing recorded: not checked
    let bad: Vec<String> = check(&report, &Recorded { about: String::new(), tolerance: 0.02, values }).into_iter().map(|r| r.id).collect();
    assert_eq!(bad, vec!["b", "c", "d"]);
    let rec = record(&report, 0.02);
    assert_eq!(rec.values.get("a"), Some(&Some(0.5)));
}

#[test]
fn text_and_json_reports() {
    let dir = shared_with("render", &[(SetName::Plover.file(), PLOVER_JSON)]);
    let p = Pipeline::new().unwrap();
    let r = run(&dir, &[SetName::Plover], &p);
    let t = render_text(&r, true);
    assert!(t.contains("plover.") || t.contains("plover "));
    assert!(t.contains("error classes over all sets"));
    let j = to_json(&r, true);
    assert!(j["values"]["plover.event_produced"].is_number());
    assert!(j["sets"][0]["issues"].is_array());
}

#[test]
fn gold_codes_need_a_strict_majority() {
    let spans: Vec<serde_json::Value> = serde_json::from_str(
        r#"[{"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "LBN", "role": "None"}},
            {"source_role": {"main": "ISR", "role": "None"}, "target_role": "UNKNOWN"},
            {"source_role": {}, "target_role": {"main": "SYR", "role": "GOV"}}]"#,
    )
    .unwrap();
    assert_eq!(arabic::majority(&spans, "source_role", "main").as_deref(), Some("ISR"));
    assert_eq!(arabic::majority(&spans, "target_role", "main"), None);
    assert_eq!(arabic::majority(&spans, "source_role", "role"), None);
    assert_eq!(arabic::majority(&[], "source_role", "main"), None);
    assert!(arabic::shares_word("والجنود الإسرائيليين", "الجنود"));
    assert!(!arabic::shares_word("بغداد", "مسلحون"));
}
