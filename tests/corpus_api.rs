//! The HTTP API: a server on 127.0.0.1 port 0 in-process; every endpoint, the
//! OpenAPI document, errors, the write token and the body limit.

mod corpus_common;

use corpus_common::*;
use marsad::server::{spawn, Config};

fn server(dir: &TempDir, token: Option<&str>, max_body: usize) -> marsad::server::RunningServer {
    let db = dir.join("c.db");
    drop(seed(&db));
    let pipeline = token.map(|_| marsad::Pipeline::new().expect("pipeline"));
    spawn(Config { db, write_token: token.map(str::to_string), pipeline, max_body }, "127.0.0.1:0").expect("start server")
}

#[test]
fn every_endpoint_answers() {
    let dir = TempDir::new("api");
    let s = server(&dir, None, 1 << 20);
    let a = s.addr;
    assert!(a.ip().is_loopback());

    // The page and its assets.
    let page = get(a, "/");
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    assert!(page.body.contains("<script src=\"/app.js\">"));
    assert!(page.header("content-security-policy").is_some());
    assert_eq!(get(a, "/app.js").status, 200);
    assert_eq!(get(a, "/style.css").status, 200);

    // OpenAPI: valid JSON that lists every endpoint served here.
    let spec = get(a, "/api/openapi.json").json();
    assert_eq!(spec["openapi"], "3.1.0");
    for p in ["/api/documents", "/api/documents/{id}", "/api/events", "/api/events/{id}", "/api/mentions", "/api/actors", "/api/search", "/api/timeline", "/api/stats"] {
        assert!(spec["paths"][p].is_object(), "{p} missing from openapi.json");
    }

    let stats = get(a, "/api/stats").json();
    assert_eq!(stats["documents"], 5);
    assert_eq!(stats["near_duplicates"], 1);

    let docs = get(a, "/api/documents?limit=2").json();
    assert_eq!(docs["total"], 5);
    assert_eq!(docs["items"].as_array().unwrap().len(), 2);
    let id = docs["items"][0]["id"].as_i64().unwrap();
    let doc = get(a, &format!("/api/documents/{id}")).json();
    assert!(doc["text"].is_string() && doc["annotation"]["sentences"].is_array());

    let events = get(a, "/api/events?actor=IGO").json();
    assert_eq!(events["total"], 1);
    let ev = &events["items"][0];
    assert_eq!(ev["num_mentions"], 3);
    assert_eq!(ev["attribution"]["anonymous"], 1);
    let ev_id = ev["id"].as_i64().unwrap();
    let detail = get(a, &format!("/api/events/{ev_id}")).json();
    let ms = detail["mentions"].as_array().unwrap();
    assert_eq!(ms.len(), 3);
    assert!(ms.iter().all(|m| m["sentence"].as_str().is_some_and(|s| !s.is_empty())));
    assert!(ms.iter().any(|m| m["attribution"]["kind"] == "named_person"));

    // Filters.
    assert_eq!(get(a, "/api/events?root=4").json()["total"], 1);
    assert_eq!(get(a, "/api/events?plover=consult").json()["total"], 1);
    assert_eq!(get(a, "/api/events?country=LBY").json()["total"], 2);
    assert_eq!(get(a, "/api/events?attribution=anonymous").json()["total"], 1);
    assert_eq!(get(a, "/api/events?attribution=named").json()["total"], 2);
    assert_eq!(get(a, "/api/events?attribution=none").json()["total"], 2);
    assert_eq!(get(a, "/api/events?from=2025-05-07&to=2025-05-31").json()["total"], 0, "both events are dated 2025-05-06");
    assert_eq!(get(a, "/api/events?from=2025-05-06&to=2025-05-06").json()["total"], 2);
    assert_eq!(get(a, &format!("/api/events?q={}", enc("الوزير"))).json()["total"], 2);

    let mentions = get(a, &format!("/api/mentions?event={ev_id}&attribution=anonymous")).json();
    assert_eq!(mentions["total"], 1);
    assert_eq!(get(a, "/api/mentions").json()["total"], 5);

    let actors = get(a, "/api/actors").json();
    let codes: Vec<&str> = actors["items"].as_array().unwrap().iter().map(|x| x["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"IGOUNO") && codes.contains(&"LBYGOV"), "{codes:?}");
    assert_eq!(get(a, "/api/actors?prefix=LBY").json()["total"], 2);

    let hits = get(a, &format!("/api/search?q={}", enc("والمهاجرين"))).json();
    assert_eq!(hits["total"], 1);
    assert!(!hits["items"][0]["highlights"].as_array().unwrap().is_empty());
    assert_eq!(get(a, "/api/search?q=Libya&actor=USAGOV").json()["total"], 1);

    let tl = get(a, "/api/timeline").json();
    assert_eq!(tl.as_array().unwrap().len(), 1);
    assert_eq!(tl[0]["key"], "2025-05-06");
    assert_eq!(tl[0]["events"], 2);
    assert_eq!(tl[0]["mentions"], 5);
    let wk = get(a, "/api/timeline?bucket=week").json();
    assert_eq!(wk[0]["key"], "2025-W19");
    assert_eq!(wk[0]["start"], "2025-05-05");

    s.stop();
}

#[test]
fn bad_requests_get_json_errors() {
    let dir = TempDir::new("api-bad");
    let s = server(&dir, None, 1 << 20);
    let a = s.addr;
    for (path, status) in [
        ("/api/events?root=abc", 400),
        ("/api/events?actor=US%27%20OR%201=1", 400),
        ("/api/events?from=yesterday", 400),
        ("/api/events?from=2025-02-30", 400),
        ("/api/events?from=2025-03-20&to=2025-03-01", 400),
        ("/api/events?root=99", 400),
        ("/api/events?root=00", 400),
        ("/api/events?plover=NOPE", 400),
        ("/api/events?actor=12", 400),
        ("/api/actors?prefix=12", 400),
        ("/api/timeline?plover=NOPE", 400),
        ("/api/events?limit=100000", 400),
        ("/api/events?attribution=secret", 400),
        ("/api/events/0", 400),
        ("/api/events/abc", 400),
        ("/api/events/999999", 404),
        ("/api/documents/999999", 404),
        ("/api/search", 400),
        ("/api/search?q=%22%22", 400),
        ("/api/timeline?bucket=year", 400),
        ("/api/nothing", 404),
        ("/api/events?actor=%FF%FE", 400),
    ] {
        let r = get(a, path);
        assert_eq!(r.status, status, "{path}: {}", r.body);
        assert!(r.json()["error"].is_string(), "{path}");
    }
    // the messages say what is wrong
    assert!(get(a, "/api/events?from=2025-02-30").json()["error"].as_str().unwrap().contains("February 2025 has no day 30"));
    assert!(get(a, "/api/events?from=2025-03-20&to=2025-03-01").json()["error"].as_str().unwrap().contains("after"));
    // valid prefixes and short forms still work
    for path in ["/api/events?actor=USA", "/api/events?actor=usagov", "/api/events?root=04", "/api/events?root=4", "/api/events?plover=consult", "/api/events?from=2025-03-01&to=2025-03-01"] {
        assert_eq!(get(a, path).status, 200, "{path}");
    }
    // Read-only without a token.
    let r = http(a, "POST", "/api/documents", &[("Content-Type", "text/plain"), ("Authorization", "Bearer whatever")], b"text");
    assert_eq!(r.status, 403);
}

#[test]
fn posting_needs_the_token_and_respects_the_size_limit() {
    let dir = TempDir::new("api-post");
    let token = "s3cret-token-for-tests";
    let s = server(&dir, Some(token), 4096);
    let a = s.addr;
    let body = br#"{"text": "The United Nations accused Libya of abuses against migrants, sources said.", "title": "Posted", "url": "https://post.example.com/1", "published": "2025-05-09", "lang": "en"}"#;
    let json = ("Content-Type", "application/json");
    let r = http(a, "POST", "/api/documents", &[json], body);
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    let r = http(a, "POST", "/api/documents", &[json, ("Authorization", "Bearer wrong-token-xxxxxx")], body);
    assert_eq!(r.status, 401);
    let auth = format!("Bearer {token}");
    let r = http(a, "POST", "/api/documents", &[json, ("Authorization", &auth)], body);
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let doc = get(a, &format!("/api/documents/{id}")).json();
    assert_eq!(doc["title"], "Posted");
    assert_eq!(doc["published"], "2025-05-09");
    // Again: nothing new.
    let r = http(a, "POST", "/api/documents", &[json, ("Authorization", &auth)], body);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["created"], false);
    assert_eq!(r.json()["id"], id);
    // Plain text works too.
    let r = http(a, "POST", "/api/documents", &[("Content-Type", "text/plain; charset=utf-8"), ("Authorization", &auth)], "اتهمت الأمم المتحدة ليبيا بارتكاب انتهاكات.".as_bytes());
    assert_eq!(r.status, 201, "{}", r.body);
    // Bad input.
    for bad in [&br#"{"text": ""}"#[..], br#"{"text": "x", "published": "2999-01-01"}"#, br#"{"text": "x", "url": "javascript:alert(1)"}"#, br#"{"nope": 1}"#, b"\xff\xfe"] {
        let r = http(a, "POST", "/api/documents", &[json, ("Authorization", &auth)], bad);
        assert_eq!(r.status, 400, "{}: {}", String::from_utf8_lossy(bad), r.body);
    }
    // Over the body limit.
    let big = format!(r#"{{"text": "{}"}}"#, "word ".repeat(2000));
    let r = http(a, "POST", "/api/documents", &[json, ("Authorization", &auth)], big.as_bytes());
    assert_eq!(r.status, 413);
    assert_eq!(r.header("content-type"), Some("application/json"), "413 is a JSON error like the others");
    assert!(r.json()["error"].as_str().unwrap().contains("--max-body"), "{}", r.body);
    assert_eq!(get(a, "/api/stats").json()["documents"], 7);
}

/// A posted HTML page is read as `ingest` and `extract` read one (main text,
/// title, canonical URL, date), not stored as markup; types marsad does not read
/// are a JSON 415 (newuser22).
#[test]
fn posted_html_is_read_as_a_page_and_other_types_are_refused() {
    let dir = TempDir::new("api-html");
    let token = "s3cret-token-for-tests";
    let s = server(&dir, Some(token), 1 << 20);
    let a = s.addr;
    let auth = format!("Bearer {token}");
    let page = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Arrests in Sfax</title>
<link rel="canonical" href="https://h.example.com/sfax"><meta property="article:published_time" content="2025-03-20T01:30:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>Tunisian police arrested 40 migrants in Sfax on Monday, according to Human Rights Watch.</p></article>
<footer>Privacy policy</footer><script>var tracking = 1;</script></body></html>"#;
    // with its type, and without one (told by its first bytes, as `extract -` tells it)
    for (ct, url, place) in [("text/html; charset=utf-8", "https://h.example.com/sfax", "Sfax"), ("", "https://h.example.com/sousse", "Sousse")] {
        let body = page.replace("https://h.example.com/sfax", url).replace("in Sfax", &format!("in {place}"));
        let mut headers = vec![("Authorization", auth.as_str())];
        if !ct.is_empty() {
            headers.push(("Content-Type", ct));
        }
        let r = http(a, "POST", "/api/documents", &headers, body.as_bytes());
        assert_eq!(r.status, 201, "{ct:?}: {}", r.body);
        let doc = get(a, &format!("/api/documents/{}", r.json()["id"])).json();
        let text = doc["text"].as_str().unwrap();
        assert_eq!(text, format!("Tunisian police arrested 40 migrants in {place} on Monday, according to Human Rights Watch."), "{ct:?}: {doc}");
        assert_eq!(doc["title"], format!("Arrests in {place}"));
        assert_eq!(doc["url"], url);
        assert_eq!(doc["published"], "2025-03-20T01:30:00+03:00");
    }
    // A page sent as text/plain is text, as its type says, with a warning in the answer.
    let r = http(a, "POST", "/api/documents", &[("Content-Type", "text/plain"), ("Authorization", &auth)], page.replace("Sfax", "Gabes").as_bytes());
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(r.json()["warnings"][0].as_str().unwrap().contains("text/html"), "{}", r.body);
    // Other types: 415 with a JSON error naming the accepted ones.
    for ct in ["application/xml", "application/x-www-form-urlencoded", "application/octet-stream", "image/png"] {
        let r = http(a, "POST", "/api/documents", &[("Content-Type", ct), ("Authorization", &auth)], b"<doc>Police arrested 40 protesters.</doc>");
        assert_eq!(r.status, 415, "{ct}: {}", r.body);
        let e = r.json()["error"].as_str().unwrap().to_string();
        assert!(e.contains(ct) && e.contains("text/html") && e.contains("application/json"), "{e}");
    }
    // A page without main text is a 400, not an empty document.
    let r = http(a, "POST", "/api/documents", &[("Content-Type", "text/html"), ("Authorization", &auth)], b"<html><body><nav>Home</nav></body></html>");
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(get(a, "/api/stats").json()["documents"], 8, "the seed's 5 and the 3 accepted");
}
