//! The page in a real browser: headless Chromium (`/usr/bin/chromium`, installed
//! by `.ci/run`) loads the page from the in-process server with `--dump-dom`;
//! the page reads its state from the URL, so each check is one URL: the page
//! loads and lists events, a search shows results, opening an event shows its
//! mentions with the sentence highlighted and the attribution.

mod corpus_common;

use corpus_common::*;
use marsad::server::{spawn, Config};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

fn dump_dom(url: &str, profile: &Path) -> String {
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 90 s for {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

#[test]
fn page_search_and_event_mentions_in_chromium() {
    if !Path::new(CHROMIUM).exists() {
        println!("skipped: chromium not installed");
        return;
    }
    let dir = TempDir::new("browser");
    let db = dir.join("c.db");
    let event_id: i64 = {
        let c = seed(&db);
        c.conn().query_row("SELECT id FROM events WHERE source_code = 'IGOUNO'", [], |r| r.get(0)).unwrap()
    };
    let s = spawn(Config { db, write_token: None, pipeline: None, max_body: 1 << 20 }, "127.0.0.1:0").unwrap();
    let base = format!("http://{}", s.addr);
    let profile = dir.join("profile");

    // The page loads: stats, the timeline and the event list are rendered.
    let dom = dump_dom(&format!("{base}/"), &profile);
    assert!(dom.contains("data-ready=\"1\""), "page did not finish rendering:\n{dom}");
    assert!(dom.contains("5 documents"), "stats missing:\n{dom}");
    assert_eq!(dom.matches("class=\"event").count(), 2, "events list:\n{dom}");
    assert!(dom.contains("class=\"bar\""), "timeline bars missing");
    assert!(dom.contains("anonymous 20%"), "sourcing summary missing:\n{dom}");

    // A search shows results with the query word highlighted (Arabic, with a proclitic).
    let dom = dump_dom(&format!("{base}/?q={}", enc("والوزير")), &profile);
    assert!(dom.contains("class=\"result\""), "no search result:\n{dom}");
    assert!(dom.contains("<mark class=\"hit\">الوزير</mark>"), "highlight missing:\n{dom}");
    assert_eq!(dom.matches("class=\"event").count(), 2, "events of matching documents");

    // Opening an event shows its mentions, the sentence with trigger and actors marked, and the attribution.
    let dom = dump_dom(&format!("{base}/?event={event_id}"), &profile);
    assert_eq!(dom.matches("class=\"mention\"").count(), 3, "mentions:\n{dom}");
    assert!(dom.contains("<mark class=\"trigger\">"), "trigger highlight missing:\n{dom}");
    assert!(dom.contains("<mark class=\"actor\">United Nations</mark>"), "actor highlight missing:\n{dom}");
    assert!(dom.contains("data-attribution=\"anonymous\"") && dom.contains("data-attribution=\"named_person\""), "attribution missing");
    assert!(dom.contains("data-attribution=\"none\""));
    assert!(dom.contains("dir=\"auto\""));

    // The actor filter narrows the events.
    let dom = dump_dom(&format!("{base}/?actor=USA"), &profile);
    assert_eq!(dom.matches("class=\"event").count(), 1, "actor filter:\n{dom}");
    s.stop();
}
