//! Regression guard of marsad's accuracy on the public event-data gold sets.
//!
//! Runs every reader of `marsad::eval::sets` on the shared data folder and
//! fails when a guarded number is worse than its recorded value in
//! `benchmarks/accuracy.json` by more than the file's tolerance (0.02). It is a
//! regression guard, not a timed test (all sets take about a second, debug build).
//!
//! The data live outside the repository: set `MARSAD_SHARED` to the folder that
//! holds `data/eventdata/` (`MARSAD_SHARED=/work/shared cargo test`). Without it
//! the tests print "skipped: MARSAD_SHARED not set" and pass.
//!
//! When the extractor gets better, raise the recorded values:
//! `cargo run -- eval-sets --record benchmarks/accuracy.json`.

use marsad::eval::sets::{self, Recorded, SetName};
use marsad::Pipeline;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    match std::env::var_os("MARSAD_SHARED") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => {
            eprintln!("skipped: MARSAD_SHARED not set");
            None
        }
    }
}

fn recorded_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benchmarks/accuracy.json")
}

fn recorded() -> Recorded {
    let text = std::fs::read_to_string(recorded_path()).expect("benchmarks/accuracy.json is readable");
    serde_json::from_str(&text).expect("benchmarks/accuracy.json is well-formed")
}

#[test]
fn accuracy_does_not_regress() {
    let Some(dir) = shared() else { return };
    let pipeline = Pipeline::new().expect("built-in lexicons compile");
    let report = sets::run(&dir, &SetName::ALL, &pipeline);
    for s in &report.sets {
        for e in &s.errors {
            eprintln!("{}: {e}", s.set.name());
        }
        assert!(!s.measures.is_empty(), "{}: nothing scored (is MARSAD_SHARED right? {})", s.set.name(), dir.display());
    }
    let rec = recorded();
    assert!((0.0..=0.1).contains(&rec.tolerance), "tolerance {} out of range", rec.tolerance);
    let unrecorded: Vec<&str> =
        report.sets.iter().flat_map(|s| &s.measures).filter(|m| m.guarded && !rec.values.contains_key(&m.id)).map(|m| m.id.as_str()).collect();
    assert!(unrecorded.is_empty(), "guarded measures missing from benchmarks/accuracy.json: {unrecorded:?}");
    let regressions = sets::check(&report, &rec);
    let lines: Vec<String> = regressions
        .iter()
        .map(|r| {
            let now = r.now.map(|v| format!("{v:.4}")).unwrap_or_else(|| "undefined".into());
            format!("  {}: now {now} ({}), recorded {:.4}", r.id, r.count, r.recorded)
        })
        .collect();
    assert!(
        regressions.is_empty(),
        "accuracy regressions beyond {} (run `marsad eval-sets --verbose` to see the errors):\n{}",
        rec.tolerance,
        lines.join("\n")
    );
}

#[test]
fn every_set_reads_cleanly() {
    let Some(dir) = shared() else { return };
    let pipeline = Pipeline::new().expect("built-in lexicons compile");
    let report = sets::run(&dir, &SetName::ALL, &pipeline);
    let count = |set: SetName| report.sets.iter().find(|s| s.set == set).map(|s| s.items).unwrap_or(0);
    // sizes of the development parts in shared/ (README, PROVENANCE)
    assert_eq!(count(SetName::ArAssault), 1629);
    assert_eq!(count(SetName::ArProtest), 1290);
    assert_eq!(count(SetName::Plover), 169, "168 records and the DOCUMENT record");
    assert_eq!(count(SetName::Petr2), 78);
    for s in &report.sets {
        match s.set {
            // one record of the PETR2 file has an empty <Text>
            SetName::Petr2 => assert!(s.errors.len() <= 1, "{:?}", s.errors),
            _ => assert!(s.errors.is_empty(), "{}: {:?}", s.set.name(), s.errors),
        }
    }
    let n = |id: &str| report.sets.iter().flat_map(|s| &s.measures).find(|m| m.id == id).map(|m| m.den).unwrap_or(0);
    assert_eq!(n("ar-assault.recall"), 160, "ASSAULT 'yes' sentences");
    assert_eq!(n("ar-protest.recall"), 60, "PROTEST 'yes' sentences");
    assert_eq!(n("cameo-examples.root_right"), 158, "code book rows with an example sentence");
    assert_eq!(n("plover.event_produced"), 168);
}

#[test]
fn command_line_json_and_check() {
    let Some(dir) = shared() else { return };
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(["eval-sets", "--format", "json", "--set", "plover", "cameo-examples", "--check"])
        .arg(recorded_path())
        .arg("--shared")
        .arg(&dir)
        .output()
        .expect("marsad runs");
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    assert_eq!(v["sets"].as_array().map(Vec::len), Some(2));
    assert!(v["values"]["plover.type_right"].is_number() || v["values"]["plover.type_right"].is_null());
    let bad = Command::new(env!("CARGO_BIN_EXE_marsad")).args(["eval-sets", "--set", "no-such-set", "--shared"]).arg(&dir).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown set"));
}
