//! End-to-end tests of `marsad extract` as a user runs it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn marsad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad")).args(args).output().expect("marsad runs")
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("marsad-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn extract_json(text: &str, published: &str, lang: &str) -> serde_json::Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(["extract", "--lang", lang, "--published", published, "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let good = tmp("good.txt", "قالت مصادر إن الحكومة الليبية بحثت مع رواندا الاتفاق.".as_bytes());
    let bad_utf8 = tmp("bad.txt", &[b'a', 0xC3, 0x28, b'b']);
    let empty = tmp("empty.txt", b"");
    let binary = tmp("binary.bin", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2]);
    let missing = PathBuf::from("/nonexistent/marsad/file.txt");
    let out = marsad(&["extract", "--format", "jsonl", good.to_str().unwrap(), bad_utf8.to_str().unwrap(), empty.to_str().unwrap(), binary.to_str().unwrap(), missing.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("bad.txt") && stderr.contains("not UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.txt") && stderr.contains("empty"), "{stderr}");
    assert!(stderr.contains("binary.bin") && stderr.contains("binary"), "{stderr}");
    assert!(stderr.contains("file.txt") && stderr.contains("cannot read"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "the good file is still processed");
    let doc: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(doc["language"], "ar");
}

#[test]
fn a_50_mb_file_is_refused_with_a_clear_message() {
    let big = tmp("big.txt", &vec![b'a'; 50 * 1024 * 1024]);
    let out = marsad(&["extract", big.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("too large") && stderr.contains("--max-bytes"), "{stderr}");
    std::fs::remove_file(big).ok();
}

#[test]
fn a_bad_published_date_is_a_usage_error() {
    let good = tmp("g2.txt", b"Officials met.");
    let out = marsad(&["extract", "--published", "2025-13-40", good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--published"));
    // of the form, but no such day: the message says so
    let out = marsad(&["extract", "--published", "2025-02-30", good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("February 2025 has no day 30"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn english_consultation_with_anonymous_attribution_and_time() {
    let d = extract_json(
        "Senior State Department officials met Libyan officials in Washington on Tuesday, according to two sources familiar with the talks.",
        "2025-05-01",
        "en",
    );
    let events = d["events"].as_array().unwrap();
    let e = events.iter().find(|e| e["root"] == "04").unwrap_or_else(|| panic!("a root-04 event: {d:#}"));
    assert_eq!(e["source"]["code"], "USAGOV", "{e:#}");
    assert_eq!(e["target"]["code"], "LBYGOV", "{e:#}");
    let a = e["attribution"].as_u64().expect("the event is attributed") as usize;
    assert_eq!(d["attributions"][a]["kind"], "anonymous");
    assert_eq!(e["time"], "2025-04-29", "{e:#}");
}

#[test]
fn english_quotes_carry_the_speaker_over_he_added() {
    let d = extract_json("Dr. Lee, a surgeon, said: \"They need treatment now.\" \"Without it they will die,\" he added.", "2025-05-01", "en");
    let q = d["quotes"].as_array().unwrap();
    assert_eq!(q.len(), 2, "{d:#}");
    for x in q {
        assert_eq!(x["speaker"]["text"], "Dr. Lee", "{x:#}");
    }
}

#[test]
fn offsets_are_characters_into_the_input() {
    let text = "وقال وزير الخارجية الأمريكي ماركو روبيو: \"نحن نبحث عن دول أخرى\".";
    let d = extract_json(text, "2025-05-01", "ar");
    let chars: Vec<char> = text.chars().collect();
    for q in d["quotes"].as_array().unwrap() {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), q["text"].as_str().unwrap());
    }
    for x in d["entities"].as_array().unwrap() {
        let (s, e) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), x["text"].as_str().unwrap());
    }
}

#[test]
fn several_files_give_json_lines_in_input_order() {
    let a = tmp("a.txt", "ليبيا".as_bytes());
    let b = tmp("b.txt", b"Libya");
    let out = marsad(&["extract", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["language"], "ar");
    assert_eq!(lines[1]["language"], "en");
}

#[test]
fn a_user_lexicon_overrides_the_built_in_one() {
    let dir = std::env::temp_dir().join(format!("marsad-lex-{}", std::process::id()));
    // a folder left by an earlier run whose process had the same id holds other files
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("countries.tsv"),
        "code\ten_names\tar_names\ten_adjectives\tar_adjectives\ten_capitals\tar_capitals\nXYZ\tFreedonia\tفريدونيا\tFreedonian\tفريدوني\tFredville\t\n",
    )
    .unwrap();
    let doc = tmp("freedonia.txt", b"Freedonian officials met in Fredville.");
    let out = marsad(&["--lexicons", dir.to_str().unwrap(), "extract", "--format", "jsonl", doc.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ents = d["entities"].as_array().unwrap();
    assert!(ents.iter().any(|e| e["text"] == "Fredville" && e["code"] == "XYZ"), "{d:#}");

    // a malformed user file is a clear error naming the file and line, not a panic
    std::fs::write(dir.join("cameo.tsv"), "code\tgoldstein\tplover_type\tplover_mode\tname\n04x\tone\tCONSULT\t\tbad\n").unwrap();
    let out = marsad(&["--lexicons", dir.to_str().unwrap(), "extract", doc.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cameo.tsv:2"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    std::fs::remove_file(dir.join("cameo.tsv")).unwrap();
    // places: a code that is no CAMEO code, an unknown type, a Latin "Arabic" name
    for (row, what) in [("PAKK	city	Torkham	", "PAKK"), ("PAK	town	Torkham	", "town"), ("PAK	city	Torkham	Torkham", "Arabic script")] {
        std::fs::write(dir.join("places.tsv"), format!("code\ttype\ten_names\tar_names\n{row}\n")).unwrap();
        let out = marsad(&["--lexicons", dir.to_str().unwrap(), "extract", doc.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("places.tsv:2") && stderr.contains(what), "{stderr}");
    }
}

/// Zero-width and bidi characters give the same entities and events as the
/// plain text, with offsets into the text as given (newuser report 3.7).
#[test]
fn invisible_characters_do_not_change_the_coding() {
    let plain = "Egyptian police arrested 30 protesters in Cairo on Tuesday, the interior ministry said.";
    let marked = "Egyptian\u{200B} police arrested 30 protesters in Ca\u{200B}iro on Tuesday, the \u{202B}interior\u{202C} ministry said.";
    let summary = |v: &serde_json::Value, text: &str| {
        let chars: Vec<char> = text.chars().collect();
        for e in v["entities"].as_array().unwrap() {
            let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            assert_eq!(chars[s..t].iter().collect::<String>(), e["text"].as_str().unwrap());
        }
        let ev: Vec<(String, String, String)> = v["events"].as_array().unwrap().iter().map(|e| (e["code"].to_string(), e["source"]["code"].to_string(), e["time"].to_string())).collect();
        let ents: Vec<String> = v["entities"].as_array().unwrap().iter().map(|e| e["type"].to_string()).collect();
        (ev, ents, v["attributions"].as_array().unwrap().len())
    };
    let a = summary(&extract_json(plain, "2025-05-01", "en"), plain);
    let b = summary(&extract_json(marked, "2025-05-01", "en"), marked);
    assert!(!a.0.is_empty());
    assert_eq!(a, b);
    let plain = "قال مصدر إن الحكومة الإيطالية رفضت استقبال المهاجرين من تونس.";
    let marked = "قال\u{200D} مصدر إن الحكومة\u{200C} \u{202B}الإيطالية\u{202C} رفضت استقبال المهاجرين من ت\u{200D}ونس.";
    let a = summary(&extract_json(plain, "2025-05-01", "ar"), plain);
    let b = summary(&extract_json(marked, "2025-05-01", "ar"), marked);
    assert!(!a.1.is_empty());
    assert_eq!(a, b);
}

/// "declined to comment" in Arabic is CAMEO 011 (Decline comment), not 014 (report 3.1).
#[test]
fn arabic_declined_to_comment_is_011() {
    let v = extract_json("الحكومة المصرية رفضت التعليق على الاتفاق.", "2025-05-01", "ar");
    let codes: Vec<&str> = v["events"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, vec!["011"]);
}

/// A user `organizations.tsv` saved with a byte-order mark and CRLF line ends gives the
/// dated codes of the publication date; a malformed `dated` value is an error naming
/// file and line, without a panic.
#[test]
fn user_dated_codes_follow_published_and_malformed_ones_are_errors() {
    let dir = std::env::temp_dir().join(format!("marsad-dated-cli-{}", std::process::id()));
    // a folder left by an earlier run whose process had the same id holds other files
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let org = |dated: &str| format!("\u{feff}# user file\r\ncode\ten_names\tar_names\tdated\r\nAFGGOV\tTaliban\tطالبان\t{dated}\r\n");
    std::fs::write(dir.join("organizations.tsv"), org("IMGREB 2001-11-13..2021-08-15")).unwrap();
    let code_of = |file: &str, text: &str, published: &str| -> String {
        let doc = tmp(file, text.as_bytes());
        let out = marsad(&["--lexicons", dir.to_str().unwrap(), "extract", "--published", published, "--format", "jsonl", doc.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let e = d["entities"].as_array().unwrap().iter().find(|e| e["text"] == "Taliban" || e["text"] == "طالبان").cloned();
        e.map(|e| e["code"].as_str().unwrap_or("").to_string()).unwrap_or_default()
    };
    let en = "Taliban fighters attacked a police checkpoint in Kandahar.";
    let ar = "هاجم مقاتلو طالبان نقطة تفتيش للشرطة في قندهار.";
    assert_eq!(code_of("t-en.txt", en, "2008-03-14"), "IMGREB");
    assert_eq!(code_of("t-en.txt", en, "2023-01-01"), "AFGGOV");
    assert_eq!(code_of("t-ar.txt", ar, "2008-03-14"), "IMGREB");
    assert_eq!(code_of("t-ar.txt", ar, "2023-01-01"), "AFGGOV");

    let doc = tmp("t-en.txt", en.as_bytes());
    for bad in ["IMGREB 2021-08-15..2001-11-13", "IMGREB 2001-02-30..", "IMGREB ..2030-01-01|AFGREB 2001-11-13..2021-08-15", "imgreb 2001-11-13..", "IMGREB 2001-11-13..2021-08-15 12:00"] {
        std::fs::write(dir.join("organizations.tsv"), org(bad)).unwrap();
        let out = marsad(&["--lexicons", dir.to_str().unwrap(), "extract", doc.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}: {stderr}");
        assert!(stderr.contains("organizations.tsv:3: dated code"), "{bad}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// `marsad train realis` on a shared folder without usable gold sentences is an error naming
/// the file and writes no model.
#[test]
fn train_realis_with_a_bad_shared_folder_writes_no_model() {
    let dir = std::env::temp_dir().join(format!("marsad-realis-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let gsr = dir.join("data/eventdata/arabic_event_gsr");
    std::fs::create_dir_all(&gsr).unwrap();
    std::fs::write(gsr.join("assault_gsr.csv"), "id,label,text\nX-1,maybe,\"abc\n").unwrap();
    let out = dir.join("realis.bin");
    for cv in [false, true] {
        let mut args = vec!["train", "realis", "--shared", dir.to_str().unwrap(), "--out", out.to_str().unwrap()];
        if cv {
            args.push("--cv");
        }
        let o = marsad(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("assault_gsr.csv") || stderr.contains("protest_gsr.csv"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out.exists());
    }
}

/// `marsad train ner` needs `--out` (no default that could overwrite the shipped model), writes
/// the model through a temporary file (no leftovers), and refuses a target that is a directory
/// without touching it.
#[test]
fn train_ner_output_is_required_and_written_whole() {
    let dir = std::env::temp_dir().join(format!("marsad-ner-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("tiny.txt");
    let mut text = String::new();
    for _ in 0..6 {
        text.push_str("قال O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n. O\n");
    }
    std::fs::write(&data, text).unwrap();
    let d = data.to_str().unwrap();
    let o = marsad(&["train", "ner", "--data", d]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--out"), "{}", String::from_utf8_lossy(&o.stderr));
    let model = dir.join("models").join("m.bin");
    let o = marsad(&["train", "ner", "--data", d, "--epochs", "1", "--bags", "1", "--out", model.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::metadata(&model).unwrap().len() > 16);
    let names: Vec<String> = std::fs::read_dir(model.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["m.bin".to_string()], "leftover files: {names:?}");
    let o = marsad(&["train", "ner", "--data", d, "--epochs", "1", "--bags", "1", "--out", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("directory") && !stderr.contains("panicked"), "{stderr}");
    assert!(dir.join("tiny.txt").is_file());
    // nothing to score is an error, not a table of zeros
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "\n\n").unwrap();
    let o = marsad(&["eval-ner", "--data", empty.to_str().unwrap(), "--model", model.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("empty.txt") && stderr.contains("nothing to score"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `marsad extract ARGS…` with `stdin` on standard input.
fn marsad_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad")).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><title>Talks in Tripoli</title>
<meta property="article:published_time" content="2025-05-01T09:00:00Z">
<script>var msg = "Police arrested 5 men";</script></head>
<body><nav>Home | World | Police arrested 5 men</nav><article><h1>Talks in Tripoli</h1>
<p>Senior officials met in Tripoli on Tuesday to discuss migration, according to two sources familiar with the talks.</p>
<p>Libyan forces detained ten migrants near Sirte, a spokesman said.</p></article></body></html>
"#;

/// Every item's `text` is the extracted text at its offsets, and nothing comes from the markup.
fn check_page_doc(d: &serde_json::Value, stderr: &str) {
    assert!(stderr.contains("HTML page") && stderr.contains("main text") && stderr.contains("offsets"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one note: {stderr}");
    let triggers: Vec<&str> = d["events"].as_array().unwrap().iter().map(|e| e["trigger"]["text"].as_str().unwrap()).collect();
    assert!(triggers.contains(&"detained"), "{triggers:?}");
    assert!(!triggers.contains(&"arrested"), "the script and the navigation are not text: {triggers:?}");
    // the page's own date is the reference when --published is not given
    assert_eq!(d["published"], "2025-05-01");
    assert_eq!(d["language"], "en");
    // offsets count characters of the main text: its length is `chars`, and every
    // sentence lies inside it
    let chars = d["chars"].as_u64().unwrap();
    assert!(chars < PAGE.chars().count() as u64 / 2, "{chars}");
    for s in d["sentences"].as_array().unwrap() {
        assert!(s["end"].as_u64().unwrap() <= chars);
    }
}

#[test]
fn an_html_page_is_read_through_its_main_text() {
    let page = tmp("page.html", PAGE.as_bytes());
    let out = marsad(&["extract", "--format", "jsonl", page.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    check_page_doc(&serde_json::from_slice(&out.stdout).unwrap(), &stderr);
    // standard input is sniffed: the same page piped in is read the same way
    let out = marsad_stdin(&["extract", "--format", "jsonl", "-"], PAGE.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    check_page_doc(&d, &stderr);
    assert_eq!(d["id"], "-");
    // so is a file without an extension that starts like a page; --published and --lang win
    let bare = tmp("page-no-ext", format!("\u{feff}  {}", PAGE.replacen("<!DOCTYPE html>", "<!doctype HTML>", 1)).as_bytes());
    let out = marsad(&["extract", "--published", "2025-06-02", "--format", "jsonl", bare.to_str().unwrap()]);
    assert!(out.status.success());
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["published"], "2025-06-02");
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTML page"));
    // a page named .txt is read as text, as the name says, with a warning
    let named_txt = tmp("page.txt", PAGE.as_bytes());
    let out = marsad(&["extract", "--format", "jsonl", named_txt.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.contains("warning") && stderr.contains("starts like an HTML page"), "{stderr}");
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["chars"].as_u64().unwrap(), PAGE.chars().count() as u64);
}

#[test]
fn pages_without_text_feeds_and_warc_files_are_refused_with_reasons() {
    let empty_page = tmp("empty.html", b"<html><body><script>Police arrested 5 men</script></body></html>");
    let feed = tmp("news.rss", b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    let warc = tmp("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n");
    let utf16 = tmp("utf16.html", &[0xFF, 0xFE, b'<', 0, b'h', 0]);
    let good = tmp("good2.txt", b"Libyan forces detained ten migrants near Sirte, a spokesman said.");
    let out = marsad(&["extract", "--format", "jsonl", empty_page.to_str().unwrap(), feed.to_str().unwrap(), warc.to_str().unwrap(), utf16.to_str().unwrap(), good.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("empty.html: no main text"), "{stderr}");
    assert!(stderr.contains("news.rss: an RSS, Atom or JSON feed") && stderr.contains("marsad ingest"), "{stderr}");
    assert!(stderr.contains("crawl.warc: a WARC archive") && stderr.contains("marsad ingest"), "{stderr}");
    assert!(stderr.contains("utf16.html: UTF-16"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1, "the good file is still processed");
}

#[test]
fn a_long_line_is_cut_between_words_with_a_warning() {
    let clause = "Police arrested two journalists in Cairo on Tuesday, a security source said, and ";
    let line = clause.repeat(20_000);
    let out = marsad_stdin(&["extract", "--published", "2025-05-01", "--format", "jsonl", "-"], line.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = d["sentences"].as_array().unwrap();
    assert!(sentences.len() > 1000);
    assert!(stderr.contains(&format!("1 sentence(s) longer than 1200 characters without a sentence end were cut into {} pieces", sentences.len())), "{stderr}");
    let chars: Vec<char> = line.chars().collect();
    for (k, s) in sentences.iter().enumerate() {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert!(b - a <= 1200);
        assert!(a == 0 || chars[a - 1] == ' ', "starts inside a word at {a}");
        assert!(b == chars.len() || chars[b] == ' ', "ends inside a word at {b}");
        if k + 1 < sentences.len() {
            assert_eq!(chars[b - 1], ',', "cut after a clause");
        }
    }
    // ordinary text: no warning
    let out = marsad_stdin(&["extract", "-"], b"Police arrested two journalists in Cairo on Tuesday, a security source said.");
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
