//! `marsad export`: GDELT 2.0 tables (61 and 16 tab-separated columns, codes
//! with leading zeros), JSON Lines, and Parquet read back with arrow (Utf8 codes).

mod corpus_common;

use arrow_array::{Array, StringArray};
use arrow_schema::DataType;
use corpus_common::*;
use marsad::corpus::export::{EVENT_COLUMNS, MENTION_COLUMNS};
use marsad::corpus::{AddSettings, Corpus};
use marsad::model::{Lang, SourceKind};

/// A corpus with codes that have leading zeros (046, 04, 0231) beside the seed.
fn corpus(dir: &TempDir) -> std::path::PathBuf {
    let db = dir.join("c.db");
    let mut c = seed(&db);
    let mut extra = synthetic(
        "z.txt",
        Some("https://z.example.com/appeal"),
        Lang::En,
        Some("2025-05-08"),
        &["Rwanda appealed to the United Nations for aid,\tofficials said.", "Libya asked\nthe United States for help."],
        &[
            Ev { source: ("RWAGOV", "Rwanda"), target: Some(("IGOUNO", "United Nations")), code: "0231", attribution: Some(SourceKind::OfficialRole) },
            Ev { source: ("LBY", "Libya"), target: None, code: "020", attribution: None },
        ],
    );
    // Code-book scores that f32 does not hold exactly (3.4f32 widens to 3.4000000953674316).
    extra.annotation.events[0].goldstein = 3.4;
    extra.annotation.events[1].goldstein = -5.8;
    c.add_batch(&[extra], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    db
}

fn run_export(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    let out = marsad().arg("export").arg("--db").arg(db).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn gdelt_tables_have_fixed_columns_and_keep_leading_zeros() {
    let dir = TempDir::new("gdelt");
    let db = corpus(&dir);
    let out = dir.join("20250508.export.CSV");
    run_export(&db, &["--format", "gdelt", "--out", out.to_str().unwrap()]);
    let events = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = events.lines().collect();
    let c = Corpus::open_read_only(&db).unwrap();
    let n: i64 = c.conn().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
    assert_eq!(lines.len() as i64, n);
    let col = |name: &str| EVENT_COLUMNS.iter().position(|(c, _)| *c == name).unwrap();
    let mut seen_046 = false;
    for l in &lines {
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(f.len(), 61, "{l}");
        assert_eq!(f[col("EventRootCode")].len(), 2, "{l}");
        assert_eq!(f[col("SQLDATE")].len(), 8);
        assert_eq!(f[col("DATEADDED")].len(), 14);
        assert!(f[col("AvgTone")].is_empty() && f[col("ActionGeo_Lat")].is_empty());
        if f[col("EventCode")] == "046" {
            seen_046 = true;
            assert_eq!(f[col("EventBaseCode")], "046");
            assert_eq!(f[col("EventRootCode")], "04");
            assert_eq!(f[col("Actor1Code")], "USAGOV");
            assert_eq!(f[col("Actor1CountryCode")], "USA");
            assert_eq!(f[col("Actor1Type1Code")], "GOV");
            assert_eq!(f[col("QuadClass")], "1");
            assert_eq!(f[col("NumMentions")], "2");
            assert_eq!(f[col("NumArticles")], "2");
            assert_eq!(f[col("SQLDATE")], "20250506");
            assert_eq!(f[col("MonthYear")], "202505");
            assert_eq!(f[col("Year")], "2025");
            assert!(f[col("SOURCEURL")].starts_with("https://"));
        }
        if f[col("EventCode")] == "0231" {
            assert_eq!(f[col("EventBaseCode")], "023");
            assert_eq!(f[col("EventRootCode")], "02");
            assert_eq!(f[col("Actor2Code")], "IGOUNO");
            assert_eq!(f[col("Actor2KnownGroupCode")], "UNO");
            assert_eq!(f[col("Actor2Type1Code")], "IGO");
            assert_eq!(f[col("Actor2CountryCode")], "");
        }
        if f[col("EventCode")] == "0231" {
            assert_eq!(f[col("GoldsteinScale")], "3.4", "the code book's decimal, not the f32 widened");
        }
        if f[col("EventCode")] == "020" {
            assert_eq!(f[col("GoldsteinScale")], "-5.8");
            assert_eq!(f[col("Actor2Code")], "", "no target: empty Actor2 fields");
        }
    }
    assert!(seen_046);
    // The mentions table sits beside it, 16 columns.
    let mentions = std::fs::read_to_string(dir.join("20250508.mentions.CSV")).unwrap();
    let m: i64 = c.conn().query_row("SELECT count(*) FROM mentions", [], |r| r.get(0)).unwrap();
    assert_eq!(mentions.lines().count() as i64, m);
    for l in mentions.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(f.len(), MENTION_COLUMNS.len(), "{l}");
        assert_eq!(f[3], "1", "MentionType");
        assert!(f[11].parse::<i64>().is_ok_and(|c| (0..=100).contains(&c)), "Confidence {l}");
    }
    assert!(mentions.contains("<ATTRIBUTION kind=\"anonymous\""), "{mentions}");
    assert!(mentions.contains("srclc:ara"));
    // Standard output works too, with the same lines.
    let stdout = run_export(&db, &["--format", "gdelt"]).stdout;
    assert_eq!(String::from_utf8(stdout).unwrap(), events);
}

#[test]
fn gdelt_export_reads_with_pandas_when_available() {
    let has_pandas = std::process::Command::new("python3").args(["-c", "import pandas"]).output().is_ok_and(|o| o.status.success());
    if !has_pandas {
        println!("skipped: python3 with pandas not available (the Rust checks above cover the format)");
        return;
    }
    let dir = TempDir::new("pandas");
    let db = corpus(&dir);
    let out = dir.join("e.tsv");
    run_export(&db, &["--format", "gdelt", "--out", out.to_str().unwrap()]);
    let script = format!(
        "import pandas as pd\ndf = pd.read_csv({:?}, sep='\\t', header=None, dtype=str, keep_default_na=False)\nassert df.shape[1] == 61, df.shape\nassert '046' in set(df[26]), set(df[26])\nassert all(len(x) == 2 for x in df[28])\nprint('ok')",
        out.display().to_string()
    );
    let o = std::process::Command::new("python3").args(["-c", &script]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn parquet_reads_back_with_utf8_codes() {
    let dir = TempDir::new("parquet");
    let db = corpus(&dir);
    let out = dir.join("events.parquet");
    run_export(&db, &["--format", "parquet", "--out", out.to_str().unwrap()]);
    let read = |p: &std::path::Path| {
        let f = std::fs::File::open(p).unwrap();
        let b = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        let schema = b.schema().clone();
        let batches: Vec<_> = b.build().unwrap().map(Result::unwrap).collect();
        (schema, batches)
    };
    let (schema, batches) = read(&out);
    assert_eq!(&schema.fields()[..61].iter().map(|f| f.name().as_str()).collect::<Vec<_>>(), &EVENT_COLUMNS.iter().map(|c| c.0).collect::<Vec<_>>());
    for name in ["EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "Actor2Code", "Actor1CountryCode"] {
        assert_eq!(schema.field_with_name(name).unwrap().data_type(), &DataType::Utf8, "{name}");
    }
    assert_eq!(schema.field_with_name("GlobalEventID").unwrap().data_type(), &DataType::Int64);
    assert_eq!(schema.field_with_name("GoldsteinScale").unwrap().data_type(), &DataType::Float64);
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    let c = Corpus::open_read_only(&db).unwrap();
    let n: i64 = c.conn().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
    assert_eq!(rows as i64, n);
    let mut codes = Vec::new();
    for b in &batches {
        let a = b.column_by_name("EventCode").unwrap().as_any().downcast_ref::<StringArray>().unwrap();
        let r = b.column_by_name("EventRootCode").unwrap().as_any().downcast_ref::<StringArray>().unwrap();
        for i in 0..a.len() {
            codes.push((a.value(i).to_string(), r.value(i).to_string()));
        }
        let g = b.column_by_name("GoldsteinScale").unwrap().as_any().downcast_ref::<arrow_array::Float64Array>().unwrap();
        for i in 0..a.len() {
            if a.value(i) == "0231" {
                assert_eq!(g.value(i), 3.4, "the code book's decimal, not 3.4f32 widened");
            }
        }
        let t = b.column_by_name("Actor2Code").unwrap();
        assert!(t.null_count() >= 1, "an event without target has a null Actor2Code");
    }
    assert!(codes.contains(&("046".into(), "04".into())), "{codes:?}");
    assert!(codes.contains(&("0231".into(), "02".into())), "{codes:?}");
    // The mentions table.
    let (ms, mb) = read(&dir.join("events.mentions.parquet"));
    assert_eq!(&ms.fields()[..16].iter().map(|f| f.name().as_str()).collect::<Vec<_>>(), &MENTION_COLUMNS.iter().map(|c| c.0).collect::<Vec<_>>());
    assert_eq!(ms.field_with_name("MentionEventCode").unwrap().data_type(), &DataType::Utf8);
    let m: i64 = c.conn().query_row("SELECT count(*) FROM mentions", [], |r| r.get(0)).unwrap();
    assert_eq!(mb.iter().map(|b| b.num_rows()).sum::<usize>() as i64, m);
}

#[test]
fn jsonl_has_one_event_per_line_with_mentions() {
    let dir = TempDir::new("jsonl");
    let db = corpus(&dir);
    let out = run_export(&db, &["--format", "jsonl"]).stdout;
    let text = String::from_utf8(out).unwrap();
    let c = Corpus::open_read_only(&db).unwrap();
    let n: i64 = c.conn().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
    let m: i64 = c.conn().query_row("SELECT count(*) FROM mentions", [], |r| r.get(0)).unwrap();
    let mut mentions = 0;
    let mut lines = 0;
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["code"].is_string() && v["root"].as_str().is_some_and(|r| r.len() == 2));
        if v["code"] == "020" {
            assert_eq!(v["goldstein"].to_string(), "-5.8", "{l}");
        }
        let ms = v["mentions"].as_array().unwrap();
        assert_eq!(ms.len() as i64, v["num_mentions"].as_i64().unwrap());
        for mm in ms {
            assert_eq!(mm["event_id"], v["id"]);
            assert!(mm["sentence"].as_str().is_some_and(|s| !s.is_empty()));
        }
        mentions += ms.len() as i64;
        lines += 1;
    }
    assert_eq!((lines, mentions), (n, m));
}

#[test]
fn parquet_needs_an_output_path() {
    let dir = TempDir::new("pq-noout");
    let db = corpus(&dir);
    let out = marsad().arg("export").arg("--db").arg(&db).args(["--format", "parquet"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
}

#[test]
fn out_dash_is_standard_output() {
    let dir = TempDir::new("dash");
    let db = corpus(&dir);
    let out = marsad().current_dir(&dir.0).arg("export").arg("--db").arg(&db).args(["--format", "jsonl", "--out", "-"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() >= 1);
    assert!(!dir.join("-").exists() && !dir.join("-.mentions").exists());
    let gdelt = marsad().current_dir(&dir.0).arg("export").arg("--db").arg(&db).args(["--format", "gdelt", "--out", "-"]).output().unwrap();
    assert!(gdelt.status.success());
    assert!(String::from_utf8_lossy(&gdelt.stderr).contains("mentions table is written only to a file"));
    assert!(!dir.join("-").exists());
    let pq = marsad().arg("export").arg("--db").arg(&db).args(["--format", "parquet", "--out", "-"]).output().unwrap();
    assert!(!pq.status.success() && String::from_utf8_lossy(&pq.stderr).contains("standard output"));
}

/// Runs `marsad export` expecting a refusal (exit 2); returns stderr.
fn refused(db: &std::path::Path, args: &[&str]) -> String {
    let out = marsad().arg("export").arg("--db").arg(db).args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{err}");
    err
}

#[test]
fn export_refuses_to_overwrite_the_database_or_its_other_output() {
    let dir = TempDir::new("overwrite-db");
    let db = corpus(&dir);
    let before = std::fs::read(&db).unwrap();
    let dbs = db.to_str().unwrap();
    // the database itself, also spelled through `./` and a `..` detour
    let detour = dir.join("sub");
    std::fs::create_dir_all(&detour).unwrap();
    let via = format!("{}/../c.db", detour.display());
    for args in [
        vec!["--format", "jsonl", "--out", dbs],
        vec!["--format", "parquet", "--out", dbs],
        vec!["--format", "gdelt", "--out", &via],
    ] {
        let err = refused(&db, &args);
        assert!(err.contains("corpus database"), "{err}");
    }
    let x = dir.join("x.CSV");
    let err = refused(&db, &["--format", "gdelt", "--out", x.to_str().unwrap(), "--mentions", dbs]);
    assert!(err.contains("--mentions"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database must be untouched");
    assert!(!x.exists(), "nothing is written before the check");
    // events and mentions into one file
    let same = x.to_str().unwrap();
    let err = refused(&db, &["--format", "gdelt", "--out", same, "--mentions", same]);
    assert!(err.contains("same file"), "{err}");
    assert!(!x.exists());
    // the corpus still opens and exports
    run_export(&db, &["--format", "jsonl", "--out", dir.join("ok.jsonl").to_str().unwrap()]);
}

#[test]
fn failed_export_leaves_an_existing_file_alone() {
    let dir = TempDir::new("atomic");
    let db = corpus(&dir);
    let out = dir.join("ev.CSV");
    std::fs::write(&out, "previous export\n").unwrap();
    // the mentions file cannot be created (its directory is missing): the
    // error names it, and the events file from before is unchanged
    let missing = dir.join("no-such-dir").join("m.CSV");
    let err = refused(&db, &["--format", "gdelt", "--out", out.to_str().unwrap(), "--mentions", missing.to_str().unwrap()]);
    assert!(err.contains("m.CSV"), "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous export\n");
    // no temporary files remain
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().contains("marsad-tmp")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // a directory as output is an error naming it
    let err = refused(&db, &["--format", "jsonl", "--out", dir.0.to_str().unwrap()]);
    assert!(err.contains("directory"), "{err}");
}

/// Regression: the JSONL export merged events (by day, then id) with mentions
/// (by event id), so an event whose id was lower than one already written got
/// `mentions: []` though `num_mentions` > 0. Here the second batch adds events
/// with later ids but earlier days than the first batch's, and several reports
/// of each, so the export order differs from the id order.
#[test]
fn jsonl_keeps_every_mention_when_day_order_differs_from_id_order() {
    let dir = TempDir::new("jsonl-order");
    let db = dir.join("c.db");
    let mut c = Corpus::open(&db).unwrap();
    let report = |origin: &str, published: &str, n: usize| {
        synthetic(
            origin,
            Some(&format!("https://news{n}.example.com/{origin}")),
            Lang::En,
            Some(published),
            // a different text per report: identical texts are skipped as duplicates
            &[&format!("Rwanda appealed to the United Nations for aid, officials said ({origin})."), &format!("Libya accused Tunisia of abuses, report {n}.")],
            &[
                Ev { source: ("RWAGOV", "Rwanda"), target: Some(("IGOUNO", "United Nations")), code: "0231", attribution: Some(SourceKind::OfficialRole) },
                Ev { source: ("LBY", "Libya"), target: Some(("TUN", "Tunisia")), code: "112", attribution: None },
            ],
        )
    };
    // first batch: late days, low ids; second batch: early days, high ids
    let late: Vec<_> = (0..3).map(|i| report(&format!("late{i}.txt"), "2025-06-20", i)).collect();
    c.add_batch(&late, &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    let early: Vec<_> = (0..2).map(|i| report(&format!("early{i}.txt"), "2025-03-02", i + 10)).collect();
    c.add_batch(&early, &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    drop(c);

    let text = String::from_utf8(run_export(&db, &["--format", "jsonl"]).stdout).unwrap();
    let c = Corpus::open_read_only(&db).unwrap();
    let m: i64 = c.conn().query_row("SELECT count(*) FROM mentions", [], |r| r.get(0)).unwrap();
    let mut ids = Vec::new();
    let mut mentions = 0;
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let ms = v["mentions"].as_array().unwrap();
        let num = v["num_mentions"].as_i64().unwrap();
        assert!(num > 0);
        assert_eq!(ms.len() as i64, num, "event {} has {} of its {} mentions", v["id"], ms.len(), num);
        for mm in ms {
            assert_eq!(mm["event_id"], v["id"]);
        }
        mentions += ms.len() as i64;
        ids.push(v["id"].as_i64().unwrap());
    }
    // the case this guards: written in an order other than by id
    assert!(ids.windows(2).any(|w| w[0] > w[1]), "export order {ids:?} is the id order; the test no longer covers the bug");
    assert_eq!(ids.len(), 4);
    assert_eq!(mentions, m);
    assert_eq!(m, 10);
}

/// Ingests `files` (name, text) into `db` with the CLI, dated 2025-05-01.
fn ingest_texts(dir: &TempDir, db: &std::path::Path, files: &[(&str, &str)]) {
    let paths: Vec<std::path::PathBuf> = files
        .iter()
        .map(|(name, text)| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let out = marsad().arg("ingest").arg("--db").arg(db).args(["--published", "2025-05-01"]).args(&paths).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn event_locations_fill_action_geo_and_the_mentions() {
    let dir = TempDir::new("geo");
    let db = dir.join("g.db");
    ingest_texts(&dir, &db, &[("a.txt", "قتل خمسة أشخاص في انفجار سيارة مفخخة ببغداد يوم الأحد.\n"), ("b.txt", "Protesters rallied in Libya on Monday.\n")]);
    let out = run_export(&db, &["--format", "gdelt"]);
    let rows: Vec<Vec<String>> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.split('\t').map(str::to_string).collect()).collect();
    let col = |name: &str| EVENT_COLUMNS.iter().position(|c| c.0 == name).unwrap();
    let geo: Vec<(String, String, String)> = rows.iter().map(|r| (r[col("ActionGeo_Type")].clone(), r[col("ActionGeo_FullName")].clone(), r[col("ActionGeo_CountryCode")].clone())).collect();
    // a city elsewhere is type 4, a country 1, each with its country's FIPS 10-4 code (Iraq IZ,
    // Libya LY); a country repeats it as ADM1Code and FeatureID, a city has neither
    assert!(geo.contains(&("4".into(), "بغداد".into(), "IZ".into())), "{geo:?}");
    assert!(geo.contains(&("1".into(), "Libya".into(), "LY".into())), "{geo:?}");
    for r in &rows {
        let (adm1, feature) = (&r[col("ActionGeo_ADM1Code")], &r[col("ActionGeo_FeatureID")]);
        match r[col("ActionGeo_Type")].as_str() {
            "1" => assert!(adm1 == &r[col("ActionGeo_CountryCode")] && feature == adm1, "{r:?}"),
            _ => assert!(adm1.is_empty() && feature.is_empty(), "{r:?}"),
        }
    }
    let out = run_export(&db, &["--format", "jsonl"]);
    let locs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .flat_map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["mentions"].as_array().unwrap().clone())
        .map(|m| m["location"].clone())
        .collect();
    assert!(locs.iter().any(|l| l["text"] == "بغداد" && l["code"] == "IRQ" && l["kind"] == "capital"), "{locs:?}");
    // the API filter by location: events that happened in Iraq, none in Tunisia; a bad code is refused
    let c = Corpus::open_read_only(&db).unwrap();
    let by = |code: &str| {
        let mut p = std::collections::HashMap::new();
        p.insert("location".to_string(), code.to_string());
        marsad::corpus::query::Filter::from_params(&p).and_then(|f| marsad::corpus::query::events(c.conn(), &f)).map(|page| page.total)
    };
    assert_eq!(by("IRQ").unwrap(), 1);
    assert_eq!(by("LBY").unwrap(), 1);
    assert_eq!(by("TUN").unwrap(), 0);
    assert!(by("IRAQ").is_err());
}

#[test]
fn a_corpus_of_schema_version_1_is_upgraded_in_place() {
    let dir = TempDir::new("schema1");
    let db = dir.join("old.db");
    ingest_texts(&dir, &db, &[("a.txt", "Protesters rallied in Libya on Monday.\n")]);
    {
        // make it what marsad wrote before event locations
        let c = rusqlite::Connection::open(&db).unwrap();
        for col in ["location_text", "location_code", "location_kind", "location_start", "location_end"] {
            c.execute_batch(&format!("ALTER TABLE mentions DROP COLUMN {col}")).unwrap();
        }
        c.execute_batch("PRAGMA user_version = 1").unwrap();
    }
    // readers refuse it with the way out; ingest upgrades it, keeping what was stored
    let out = marsad().arg("export").arg("--db").arg(&db).args(["--format", "jsonl"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("older marsad"), "{}", String::from_utf8_lossy(&out.stderr));
    ingest_texts(&dir, &db, &[("b.txt", "قتل خمسة أشخاص في انفجار سيارة مفخخة ببغداد يوم الأحد.\n")]);
    let c = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, marsad::corpus::schema::VERSION);
    let (n, located): (i64, i64) = c.query_row("SELECT count(*), count(location_text) FROM mentions", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((n, located), (2, 1), "the old mention kept, without a location; the new one has its place");
}

/// Undated events (no time of their own, a document without a publication date:
/// `day_source` `added`) would get the ingest day as SQLDATE, which GDELT's 61
/// columns cannot mark: they are left out of both GDELT tables unless
/// `--include-undated` is given, with a note on stderr counting them (newuser22).
#[test]
fn undated_events_are_left_out_of_gdelt_unless_asked_for() {
    let dir = TempDir::new("gdelt-undated");
    let db = corpus(&dir);
    let mut c = Corpus::open(&db).unwrap();
    let undated = synthetic(
        "undated.txt",
        Some("https://u.example.com/story"),
        Lang::En,
        None,
        &["Egypt accused Libya of abuses.", "Egypt criticized Libya again."],
        &[
            Ev { source: ("EGY", "Egypt"), target: Some(("LBY", "Libya")), code: "112", attribution: None },
            Ev { source: ("EGY", "Egypt"), target: Some(("LBY", "Libya")), code: "112", attribution: None },
        ],
    );
    c.add_batch(&[undated], &AddSettings::default(), jiff::Timestamp::now()).unwrap();
    let count = |sql: &str| -> i64 { c.conn().query_row(sql, [], |r| r.get(0)).unwrap() };
    let (events, undated_events) = (count("SELECT count(*) FROM events"), count("SELECT count(*) FROM events WHERE day_source = 'added'"));
    let (mentions, undated_mentions) =
        (count("SELECT count(*) FROM mentions"), count("SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.day_source = 'added'"));
    assert_eq!((undated_events, undated_mentions), (1, 2));
    drop(c);
    let urls = |tsv: &str, col: usize| -> Vec<String> { tsv.lines().map(|l| l.split('\t').nth(col).unwrap().to_string()).collect() };

    // By default: left out of events and mentions, and counted on stderr.
    let out = dir.join("d.export.CSV");
    let r = run_export(&db, &["--format", "gdelt", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(stderr.contains("note: 1 undated event(s) (2 mention(s)) left out of the GDELT tables"), "{stderr}");
    assert!(stderr.contains("--include-undated"), "{stderr}");
    let ev = std::fs::read_to_string(&out).unwrap();
    let me = std::fs::read_to_string(dir.join("d.mentions.CSV")).unwrap();
    assert_eq!(ev.lines().count() as i64, events - 1);
    assert_eq!(me.lines().count() as i64, mentions - 2);
    assert!(!urls(&ev, 60).iter().any(|u| u.contains("u.example.com")), "{ev}");
    assert!(!urls(&me, 5).iter().any(|u| u.contains("u.example.com")), "{me}");
    // every mention left belongs to an event of the table
    let ids: std::collections::HashSet<String> = urls(&ev, 0).into_iter().collect();
    assert!(urls(&me, 0).iter().all(|id| ids.contains(id)));

    // Asked for: all of them, the undated one with the ingest day as SQLDATE.
    let out = dir.join("a.export.CSV");
    let r = run_export(&db, &["--format", "gdelt", "--include-undated", "--out", out.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&r.stderr).contains("left out"));
    let ev = std::fs::read_to_string(&out).unwrap();
    assert_eq!(ev.lines().count() as i64, events);
    assert_eq!(std::fs::read_to_string(dir.join("a.mentions.CSV")).unwrap().lines().count() as i64, mentions);
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().strftime("%Y%m%d").to_string();
    let row = ev.lines().find(|l| l.ends_with("https://u.example.com/story")).expect("the undated event");
    assert_eq!(row.split('\t').nth(1), Some(today.as_str()));

    // JSONL and Parquet always have them; the option is refused there.
    let jsonl = String::from_utf8(run_export(&db, &["--format", "jsonl"]).stdout).unwrap();
    assert_eq!(jsonl.lines().count() as i64, events);
    let bad = marsad().arg("export").arg("--db").arg(&db).args(["--format", "jsonl", "--include-undated"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--include-undated is for --format gdelt"));
}
