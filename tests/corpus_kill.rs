//! A killed ingest (SIGKILL) loses no committed document; the database opens
//! and passes SQLite's integrity check; a rerun completes the rest with no
//! duplicates.

mod corpus_common;

use corpus_common::*;
use rusqlite::{Connection, OpenFlags};
use std::time::{Duration, Instant};

const DOCS: usize = 1500;

fn doc_text(i: usize) -> String {
    let actors = [("Libya", "Tripoli"), ("Rwanda", "Kigali"), ("the United States", "Washington")];
    let (a, city) = actors[i % actors.len()];
    format!(
        "---\ntitle: Report {i}\npublished: 2025-05-{:02}\n---\nOfficials from {a} met delegates in {city} on day {i}, according to two sources familiar with the talks.\n\nThe United Nations accused Libya of abuses against migrants in report number {i}, a spokesman said.\n",
        1 + i % 28
    )
}

fn count(db: &std::path::Path) -> i64 {
    let c = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    c.busy_timeout(Duration::from_secs(5)).unwrap();
    c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap_or(0)
}

#[test]
fn kill_9_loses_nothing_committed_and_rerun_completes() {
    let dir = TempDir::new("kill");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for i in 0..DOCS {
        std::fs::write(docs.join(format!("doc-{i:05}.txt")), doc_text(i)).unwrap();
    }
    let db = dir.join("c.db");
    let mut child = marsad().args(["ingest", "--quiet", "--batch", "4", "--db"]).arg(&db).arg(&docs).spawn().expect("spawn ingest");
    // Wait until some batches are committed, then SIGKILL (Child::kill sends SIGKILL on Unix).
    let start = Instant::now();
    let mut seen = 0;
    while start.elapsed() < Duration::from_secs(120) {
        if db.exists() {
            seen = count(&db);
            if seen >= 40 {
                break;
            }
        }
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().expect("kill");
    let status = child.wait().unwrap();
    assert!(!status.success(), "ingest finished before it could be killed (saw {seen} documents)");

    // The database opens (the WAL is recovered), is consistent, and committed documents are intact.
    let conn = Connection::open(&db).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let n: i64 = conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
    assert!(n >= seen && (n as usize) < DOCS, "after kill: {n} documents (saw {seen})");
    let rows: Vec<(String, String, String)> = conn
        .prepare("SELECT d.origin, t.text, t.annotation FROM documents d JOIN doc_texts t ON t.doc_id = d.id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (origin, text, ann) in &rows {
        let i: usize = origin.rsplit("doc-").next().unwrap().trim_end_matches(".txt").parse().unwrap();
        let expected = doc_text(i);
        let body = expected.split("---\n").nth(2).unwrap().trim();
        assert_eq!(text, body, "{origin}");
        let v: serde_json::Value = serde_json::from_str(ann).unwrap();
        assert!(v["sentences"].as_array().is_some_and(|s| !s.is_empty()), "{origin}");
    }
    // Every document's mentions and the FTS rows were committed with it.
    let orphans: i64 = conn.query_row("SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.id = m.doc_id WHERE d.id IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(orphans, 0);
    let fts: i64 = conn.query_row("SELECT count(*) FROM doc_fts WHERE doc_fts MATCH 'report'", [], |r| r.get(0)).unwrap();
    assert_eq!(fts, n);
    drop(conn);

    // A rerun completes the rest, with no duplicates.
    let out = marsad().args(["ingest", "--quiet", "--db"]).arg(&db).arg(&docs).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let conn = Connection::open(&db).unwrap();
    let total: i64 = conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
    assert_eq!(total as usize, DOCS);
    let distinct: i64 = conn.query_row("SELECT count(DISTINCT origin) FROM documents", [], |r| r.get(0)).unwrap();
    assert_eq!(distinct as usize, DOCS);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{} added", DOCS as i64 - n)), "{stderr}");
}
