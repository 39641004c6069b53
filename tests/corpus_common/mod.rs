//! Helpers shared by the corpus tests: temporary directories, synthetic annotated
//! documents (so that tests do not depend on the extraction lexicons), and a
//! minimal HTTP/1.1 client for the in-process server.
#![allow(dead_code)]

use marsad::corpus::dates::PubDate;
use marsad::corpus::source::{InputKind, RawDoc};
use marsad::corpus::{AddSettings, Corpus, Prepared};
use marsad::model::{Attribution, Document, Event, EventActor, Lang, Plover, Sentence, SourceKind, Trigger};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let p = std::env::temp_dir().join(format!("marsad-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The fixtures directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus")
}

/// The marsad binary built for the tests.
pub fn marsad() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_marsad"))
}

/// One synthetic event: source code/name, target, CAMEO code, attribution kind.
pub struct Ev<'a> {
    pub source: (&'a str, &'a str),
    pub target: Option<(&'a str, &'a str)>,
    pub code: &'a str,
    pub attribution: Option<SourceKind>,
}

fn char_find(text: &str, needle: &str) -> (usize, usize) {
    match text.find(needle) {
        Some(b) => {
            let s = text[..b].chars().count();
            (s, s + needle.chars().count())
        }
        None => (0, 0),
    }
}

/// A document whose text is `sentences` (one per line) with one event per
/// sentence as given by `events` (same length or shorter).
pub fn synthetic(origin: &str, url: Option<&str>, lang: Lang, published: Option<&str>, sentences: &[&str], events: &[Ev]) -> Prepared {
    let text = sentences.join("\n");
    let mut sents = Vec::new();
    let mut pos = 0;
    for (i, s) in sentences.iter().enumerate() {
        let n = s.chars().count();
        sents.push(Sentence { start: pos, end: pos + n, paragraph: i + 1 });
        pos += n + 1;
    }
    let mut attributions = Vec::new();
    let mut evs = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let s = &sents[i];
        let sentence: &str = sentences[i];
        let (ss, se) = char_find(sentence, e.source.1);
        let target = e.target.map(|(code, name)| {
            let (ts, te) = char_find(sentence, name);
            EventActor { text: name.to_string(), code: code.to_string(), start: s.start + ts, end: s.start + te }
        });
        let attribution = e.attribution.map(|kind| {
            attributions.push(Attribution {
                kind,
                cue: "said".into(),
                start: s.end.saturating_sub(4),
                end: s.end,
                source: Some("sources".into()),
                code: None,
                sentence: i,
            });
            attributions.len() - 1
        });
        let root = e.code[..2].to_string();
        evs.push(Event {
            source: EventActor { text: e.source.1.to_string(), code: e.source.0.to_string(), start: s.start + ss, end: s.start + se },
            target,
            code: e.code.to_string(),
            root: root.clone(),
            quad_class: if root.as_str() < "06" { 1 } else if root.as_str() < "10" { 2 } else if root.as_str() < "14" { 3 } else { 4 },
            goldstein: -2.0,
            plover: Plover { kind: if root == "04" { "CONSULT".into() } else { "ACCUSE".into() }, mode: None, context: None },
            name: format!("code {}", e.code),
            trigger: Trigger { text: "x".into(), start: s.start + se + 1, end: s.start + se + 2 },
            start: s.start,
            end: s.end,
            sentence: i,
            time: None,
            location: None,
            attribution,
        });
    }
    let doc = Document {
        id: Some(origin.to_string()),
        language: lang,
        published: published.map(str::to_string),
        chars: text.chars().count(),
        sentences: sents,
        entities: vec![],
        times: vec![],
        quotes: vec![],
        attributions,
        events: evs,
    };
    let mut raw = RawDoc::from_text(origin, InputKind::Text, text);
    raw.url = url.map(str::to_string);
    raw.site = url.and_then(marsad::corpus::html::host);
    raw.title = Some(sentences[0].chars().take(60).collect());
    raw.lang = Some(lang);
    raw.published = published.and_then(PubDate::parse);
    Prepared::with_annotation(raw, doc)
}

/// A small bilingual corpus with known events, written to `db`:
/// event A (IGOUNO→LBY, 112) reported in 3 documents over 2 adjacent days
/// (anonymous, named, unattributed), event B (USAGOV→LBYGOV, 046) in 2 documents,
/// one near-duplicate pair, one document with no events.
pub fn seed(db: &Path) -> Corpus {
    let mut c = Corpus::open(db).expect("open db");
    let docs = vec![
        synthetic(
            "a1.txt",
            Some("https://wire.example.com/2025/05/06/un-libya"),
            Lang::En,
            Some("2025-05-06T10:00:00Z"),
            &[
                "The United Nations accused Libya of abuses against migrants, sources said.",
                "Senior officials from Washington negotiated with Libyan officials on the transfer plan.",
            ],
            &[
                Ev { source: ("IGOUNO", "United Nations"), target: Some(("LBY", "Libya")), code: "112", attribution: Some(SourceKind::Anonymous) },
                Ev { source: ("USAGOV", "Washington"), target: Some(("LBYGOV", "Libyan officials")), code: "046", attribution: None },
            ],
        ),
        synthetic(
            "a2.txt",
            Some("https://ar.example.org/2025/05/07/un-libya"),
            Lang::Ar,
            Some("2025-05-07"),
            &["اتهمت الأمم المتحدة ليبيا بارتكاب انتهاكات بحق المهاجرين، وقال الوزير ذلك.", "وتفاوض مسؤولون من واشنطن مع مسؤولين ليبيين."],
            &[
                Ev { source: ("IGOUNO", "الأمم المتحدة"), target: Some(("LBY", "ليبيا")), code: "112", attribution: Some(SourceKind::NamedPerson) },
                Ev { source: ("USAGOV", "واشنطن"), target: Some(("LBYGOV", "مسؤولين ليبيين")), code: "046", attribution: Some(SourceKind::OfficialRole) },
            ],
        ),
        synthetic(
            "a3.txt",
            Some("https://other.example.net/un-accuses-libya"),
            Lang::En,
            Some("2025-05-07T18:00:00Z"),
            &["The United Nations accused Libya of detaining migrants in harsh conditions near Tripoli last week according to a report."],
            &[Ev { source: ("IGOUNO", "United Nations"), target: Some(("LBY", "Libya")), code: "1121", attribution: None }],
        ),
        synthetic(
            "a4-syndicated.txt",
            Some("https://partner.example.com/2025/05/06/un-libya-copy"),
            Lang::En,
            Some("2025-05-06T12:00:00Z"),
            &[
                "The United Nations accused Libya of abuses against migrants, sources said.",
                "Senior officials from Washington negotiated with Libyan officials on the transfer plan.",
                "Partner News contributed.",
            ],
            &[],
        ),
        synthetic("a5.txt", None, Lang::En, Some("2023/12"), &["A year-end review of migration policy in the region, with no coded event at all."], &[]),
    ];
    c.add_batch(&docs, &AddSettings::default(), jiff::Timestamp::now()).expect("add batch");
    c
}

/// A response from [`http`].
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request (`Connection: close`).
pub fn http(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).expect("write");
    let _ = s.write_all(body);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("response head");
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let mut body = buf[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|c| c.parse().ok()).expect("status");
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    if headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked")) {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(p) = rest.windows(2).position(|w| w == b"\r\n") {
            let n = usize::from_str_radix(String::from_utf8_lossy(&rest[..p]).trim(), 16).unwrap_or(0);
            if n == 0 {
                break;
            }
            out.extend_from_slice(&rest[p + 2..p + 2 + n]);
            rest = &rest[p + 2 + n + 2..];
        }
        body = out;
    }
    Resp { status, headers, body: String::from_utf8_lossy(&body).to_string() }
}

/// `GET path`.
pub fn get(addr: SocketAddr, path: &str) -> Resp {
    http(addr, "GET", path, &[], b"")
}

/// Percent-encodes a query value.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
