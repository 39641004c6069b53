//! HTML pages: main text (readability, via `dom_smoothie`), title, canonical URL,
//! site name and publication/modification dates from meta tags and JSON-LD.
//!
//! Date sources, in order of preference (the first that parses and is not later
//! than the ingest or crawl time wins; its source is recorded):
//! JSON-LD `datePublished`; `article:published_time`; `og:published_time`;
//! `itemprop=datePublished`; `<meta name>` `date`, `pubdate`, `publishdate`,
//! `publish-date`, `DC.date.issued`, `dcterms.issued`, `dcterms.date`, `DC.date`,
//! `sailthru.date`, `parsely-pub-date`; `<time pubdate datetime>`; a date in the
//! URL path (`/2023/12/05/`, `/2023/12/` at month precision). Modification dates:
//! JSON-LD `dateModified`, `article:modified_time`, `og:updated_time`,
//! `itemprop=dateModified`, `<meta name>` `lastmod`, `last-modified`, `dcterms.modified`.

use super::dates::{self, PubDate};
use dom_query::Document as Dom;
use jiff::Timestamp;

/// What was read from one HTML page.
#[derive(Debug, Clone, Default)]
pub struct HtmlPage {
    /// Title: `og:title`, JSON-LD `headline`, `<title>` or the first `<h1>`.
    pub title: Option<String>,
    /// Main text, paragraphs separated by blank lines.
    pub text: String,
    /// Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute.
    pub canonical: Option<String>,
    /// Site name (`og:site_name`, JSON-LD `publisher.name`).
    pub site_name: Option<String>,
    /// Publication date at its own granularity.
    pub published: Option<PubDate>,
    /// Where the publication date came from (`json-ld`, `meta:article:published_time`, `url`, …).
    pub published_source: Option<String>,
    /// Modification date at its own granularity.
    pub modified: Option<PubDate>,
    /// Candidate dates rejected because they were later than the ingest time (raw text).
    pub rejected_dates: Vec<String>,
    /// `lang` attribute of `<html>`.
    pub lang: Option<String>,
}

/// Why a page gave no document.
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    /// Readability found no article and the body has no text either.
    #[error("no main text found in the HTML page")]
    NoText,
    /// The page has more elements than the parser accepts.
    #[error("HTML page too complex: {0}")]
    TooComplex(String),
}

/// Largest number of elements readability scores (bounds the work on hostile pages).
/// Checked twice: first on the raw page by a linear scan of its start tags
/// ([`scan_tags`]), before anything is parsed, then by the readability library.
pub const MAX_ELEMENTS: usize = 100_000;

/// Deepest element nesting passed to the HTML parser. The parser and the
/// readability scoring take time that grows with the square of the depth
/// (12,500 nested `<div>`s took 36 s), and unclosed tags in broken pages nest
/// the same way. Start tags deeper than this (estimated by [`scan_tags`]) and
/// the end tags at that depth are dropped before parsing: their text is kept,
/// flattened into the element at the limit. Real pages nest a few dozen deep.
pub const MAX_DEPTH: usize = 256;

/// What [`scan_tags`] found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TagStats {
    /// Start tags (every element, void ones included).
    pub elements: usize,
    /// Deepest nesting seen (estimated: void elements, self-closing tags and
    /// elements an HTML parser closes implicitly, like `p` and `li`, do not nest).
    pub depth: usize,
    /// Start and end tags dropped because they lay deeper than the limit.
    pub dropped: usize,
}

/// Elements that never have content.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"];
/// Elements an HTML parser closes implicitly (a new `<p>` closes the open one), or
/// that exist once: they are not counted as nesting.
const IMPLICIT: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body"];
/// Elements whose content is text up to their end tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "plaintext"];

/// One linear scan over `html`'s tags (comments, `<!…>`, `<?…>` and the content
/// of `script`, `style` and other raw-text elements skipped): counts elements,
/// estimates the nesting depth, and returns the page with start tags deeper
/// than `max_depth` and their end tags removed (borrowed when nothing was
/// removed). Quotes inside tags are honoured; a `<` not starting a tag is text.
pub fn scan_tags(html: &str, max_depth: usize) -> (std::borrow::Cow<'_, str>, TagStats) {
    let b = html.as_bytes();
    let mut stats = TagStats::default();
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already handled for `out`
    let mut i = 0usize;
    let find = |from: usize, pat: &[u8]| -> Option<usize> { b.get(from..)?.windows(pat.len()).position(|w| w.eq_ignore_ascii_case(pat)).map(|p| from + p) };
    while let Some(p) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        let lt = i + p;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if b[lt + 1..].starts_with(b"!--") {
            i = find(lt + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if next == b'!' || next == b'?' {
            i = find(lt + 1, b">").map_or(b.len(), |e| e + 1);
            continue;
        }
        let end_tag = next == b'/';
        let name_start = lt + 1 + usize::from(end_tag);
        if !b.get(name_start).is_some_and(|c| c.is_ascii_alphabetic()) {
            i = lt + 1;
            continue;
        }
        let mut j = name_start;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        // the end of the tag: the first `>` outside a quoted attribute value
        let mut quote = 0u8;
        let mut k = j;
        while k < b.len() {
            let c = b[k];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'"' || c == b'\'' {
                if b[k - 1] == b'=' || (b[k - 1] == b' ' && b[..k].iter().rev().find(|&&x| x != b' ') == Some(&b'=')) {
                    quote = c;
                }
            } else if c == b'>' {
                break;
            }
            k += 1;
        }
        let close = (k + 1).min(b.len());
        let self_closing = k > lt && b[k - 1] == b'/';
        let nests = !VOID.contains(&name.as_str()) && !IMPLICIT.contains(&name.as_str()) && !self_closing;
        let mut drop = false;
        if end_tag {
            if nests {
                drop = depth > max_depth;
                depth = depth.saturating_sub(1);
            }
        } else {
            stats.elements += 1;
            if nests {
                depth += 1;
                stats.depth = stats.depth.max(depth);
                drop = depth > max_depth;
            }
        }
        if drop {
            stats.dropped += 1;
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = close;
        }
        i = close;
        if !end_tag && !self_closing && RAW.contains(&name.as_str()) {
            let pat = format!("</{name}");
            i = find(close, pat.as_bytes()).unwrap_or(b.len());
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            (std::borrow::Cow::Owned(o), stats)
        }
        None => (std::borrow::Cow::Borrowed(html), stats),
    }
}

/// Reads an HTML page. `url` is where it was fetched from (a WARC target URI),
/// used to absolutise a relative canonical link and as a date source of last
/// resort; `now` bounds publication dates (see [`PubDate::not_after`]).
///
/// Broken pages: an unclosed `<title>` is, by HTML5's rules, text up to the end
/// of the page (RCDATA), so the body is lost. When no main text is found and the
/// page has a `<title>` without `</title>`, the page is read again with the title
/// closed at the first tag after it, or at the end of its line
/// ([`close_unclosed_title`]).
pub fn extract(html: &str, url: Option<&str>, now: Timestamp) -> Result<HtmlPage, HtmlError> {
    match extract_page(html, url, now) {
        Err(HtmlError::NoText) => match close_unclosed_title(html) {
            Some(fixed) => extract_page(&fixed, url, now),
            None => Err(HtmlError::NoText),
        },
        r => r,
    }
}

/// `html` with an unclosed `<title>` closed, or `None` when the page has no
/// `<title>` start tag or has a `</title>` end tag (ASCII case-insensitive).
/// `</title>` is inserted before the first `<` after the start tag that begins a
/// tag (a letter, `/` or `!` follows it) or before the end of that line,
/// whichever comes first.
pub fn close_unclosed_title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase(); // same byte offsets: ASCII only is changed
    if lower.contains("</title") {
        return None;
    }
    let open = lower.match_indices("<title").map(|(i, _)| i).find(|&i| {
        lower.as_bytes().get(i + 6).is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
    })?;
    let content = open + lower[open..].find('>')? + 1;
    let rest = &html.as_bytes()[content..];
    let tag = rest.windows(2).position(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'));
    let eol = rest.iter().position(|&b| b == b'\n' || b == b'\r');
    let cut = content + match (tag, eol) {
        (Some(t), Some(e)) => t.min(e),
        (Some(t), None) => t,
        (None, Some(e)) => e,
        (None, None) => rest.len(),
    };
    // `cut` is at an ASCII byte or the end, so it is a char boundary.
    Some(format!("{}</title>{}", &html[..cut], &html[cut..]))
}

fn extract_page(html: &str, url: Option<&str>, now: Timestamp) -> Result<HtmlPage, HtmlError> {
    let (html, stats) = scan_tags(html, MAX_DEPTH);
    if stats.elements > MAX_ELEMENTS {
        return Err(HtmlError::TooComplex(format!("{} elements, the limit is {MAX_ELEMENTS}", stats.elements)));
    }
    let html = html.as_ref();
    let dom = Dom::from(html);
    let mut page = HtmlPage::default();
    let ld = json_ld(&dom);

    page.lang = attr(&dom, "html", "lang");
    page.title = meta_content(&dom, &["og:title", "twitter:title"])
        .or_else(|| ld.headline.clone())
        .or_else(|| text_of(&dom, "title"))
        .or_else(|| text_of(&dom, "h1"))
        .map(|t| clean_space(&t))
        .filter(|t| !t.is_empty());
    let canonical = attr(&dom, "link[rel=canonical]", "href")
        .or_else(|| meta_content(&dom, &["og:url"]))
        .or_else(|| ld.url.clone());
    page.canonical = canonical.and_then(|c| absolutise(c.trim(), url)).or_else(|| url.and_then(|u| absolutise(u, None)));
    page.site_name = meta_content(&dom, &["og:site_name", "application-name"]).or_else(|| ld.publisher.clone());

    // Publication date candidates, best first.
    let mut cands: Vec<(String, String)> = Vec::new();
    if let Some(d) = &ld.published {
        cands.push(("json-ld:datePublished".into(), d.clone()));
    }
    for key in [
        "article:published_time",
        "og:published_time",
        "datePublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "DC.date.issued",
        "dcterms.issued",
        "dcterms.date",
        "DC.date",
        "sailthru.date",
        "parsely-pub-date",
    ] {
        if let Some(v) = meta_content(&dom, &[key]) {
            cands.push((format!("meta:{key}"), v));
        }
    }
    for sel in ["time[itemprop=datePublished]", "time[pubdate]"] {
        if let Some(v) = attr(&dom, sel, "datetime") {
            cands.push((format!("html:{sel}"), v));
        }
    }
    for (source, raw) in cands {
        match PubDate::parse(&raw) {
            Some(d) if d.not_after(now) => {
                page.published = Some(d);
                page.published_source = Some(source);
                break;
            }
            Some(_) => page.rejected_dates.push(raw),
            None => {}
        }
    }
    if page.published.is_none() {
        if let Some(d) = page.canonical.as_deref().and_then(dates::from_url).filter(|d| d.not_after(now)) {
            page.published = Some(d);
            page.published_source = Some("url".into());
        }
    }
    let mut mods: Vec<String> = ld.modified.iter().cloned().collect();
    for key in ["article:modified_time", "og:updated_time", "dateModified", "lastmod", "last-modified", "dcterms.modified"] {
        mods.extend(meta_content(&dom, &[key]));
    }
    page.modified = mods.iter().filter_map(|m| PubDate::parse(m)).find(|d| d.not_after(now));

    page.text = main_text(dom, html, url)?;
    Ok(page)
}

/// Main text with readability; the whole body's text when readability finds no article.
fn main_text(dom: Dom, html: &str, url: Option<&str>) -> Result<String, HtmlError> {
    let fallback = || {
        let copy = Dom::from(html);
        copy.select("script, style, noscript, template, nav, header, footer, aside").remove();
        clean_text(&copy.select("body").formatted_text())
    };
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let text = match dom_smoothie::Readability::with_document(dom, url, Some(cfg)).and_then(|mut r| r.parse()) {
        Ok(article) => clean_text(&article.text_content),
        Err(dom_smoothie::ReadabilityError::TooManyElements(n, max)) => {
            return Err(HtmlError::TooComplex(format!("{n} elements, the limit is {max}")))
        }
        Err(_) => String::new(),
    };
    let text = if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 { fallback() } else { text };
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
        return Err(HtmlError::NoText);
    }
    Ok(text)
}

/// Collapses runs of spaces inside lines and of blank lines; trims.
pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let l = clean_space(line);
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&l);
    }
    out
}

/// Collapses white space to single spaces and trims.
pub fn clean_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text of an HTML fragment (a feed item's content), paragraphs on their own
/// lines. Nesting deeper than [`MAX_DEPTH`] is flattened first (see [`scan_tags`]).
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return clean_text(html);
    }
    let (html, _) = scan_tags(html, MAX_DEPTH);
    let dom = Dom::fragment(html.as_ref());
    clean_text(&dom.select("html").formatted_text())
}

fn attr(dom: &Dom, sel: &str, name: &str) -> Option<String> {
    dom.select(sel).iter().find_map(|n| n.attr(name).map(|v| v.to_string()).filter(|v| !v.trim().is_empty()))
}

fn text_of(dom: &Dom, sel: &str) -> Option<String> {
    let s = dom.select(sel).first();
    if s.is_empty() {
        return None;
    }
    Some(s.text().to_string()).filter(|t| !t.trim().is_empty())
}

/// `<meta property=KEY content>` or `<meta name=KEY content>` or `<meta itemprop=KEY content>`.
fn meta_content(dom: &Dom, keys: &[&str]) -> Option<String> {
    for node in dom.select("meta").iter() {
        let k = node.attr("property").or_else(|| node.attr("name")).or_else(|| node.attr("itemprop"));
        let Some(k) = k else { continue };
        if keys.iter().any(|key| k.eq_ignore_ascii_case(key)) {
            if let Some(v) = node.attr("content").filter(|v| !v.trim().is_empty()) {
                return Some(v.trim().to_string());
            }
        }
    }
    None
}

/// An absolute http(s) URL from `href`, resolved against `base` when relative.
fn absolutise(href: &str, base: Option<&str>) -> Option<String> {
    if href.starts_with("http://") || href.starts_with("https://") {
        return Some(href.to_string());
    }
    let base = base.filter(|b| b.starts_with("http://") || b.starts_with("https://"))?;
    let scheme_end = base.find("://")? + 3;
    let host_end = base[scheme_end..].find('/').map(|i| i + scheme_end).unwrap_or(base.len());
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{}{}", &base[..scheme_end], rest));
    }
    if href.starts_with('/') {
        return Some(format!("{}{}", &base[..host_end], href));
    }
    None
}

/// The host of an http(s) URL, without `www.`.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let h = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let h = h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase();
    (!h.is_empty()).then_some(h)
}

/// Fields gathered from the page's JSON-LD blocks.
#[derive(Debug, Default)]
struct JsonLd {
    published: Option<String>,
    modified: Option<String>,
    headline: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

fn json_ld(dom: &Dom) -> JsonLd {
    let mut out = JsonLd::default();
    for node in dom.select("script[type=\"application/ld+json\"]").iter() {
        let text = node.text();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(text.trim()) else { continue };
        let mut objs = Vec::new();
        collect_objects(&v, &mut objs, 0);
        // Articles first, then anything else with a date.
        objs.sort_by_key(|o| !is_article(o));
        for o in objs {
            let s = |k: &str| o.get(k).and_then(|x| x.as_str()).map(str::to_string);
            if out.published.is_none() {
                out.published = s("datePublished").or_else(|| s("dateCreated"));
            }
            if out.modified.is_none() {
                out.modified = s("dateModified");
            }
            if out.headline.is_none() && is_article(o) {
                out.headline = s("headline");
            }
            if out.url.is_none() && is_article(o) {
                out.url = s("url").or_else(|| match o.get("mainEntityOfPage") {
                    Some(serde_json::Value::String(u)) => Some(u.clone()),
                    Some(serde_json::Value::Object(m)) => m.get("@id").and_then(|x| x.as_str()).map(str::to_string),
                    _ => None,
                });
            }
            if out.publisher.is_none() {
                out.publisher = o.get("publisher").and_then(|p| p.get("name")).and_then(|n| n.as_str()).map(str::to_string);
            }
        }
    }
    out
}

fn is_article(o: &serde_json::Map<String, serde_json::Value>) -> bool {
    let t = |s: &str| s.contains("Article") || s == "BlogPosting" || s == "Report";
    match o.get("@type") {
        Some(serde_json::Value::String(s)) => t(s),
        Some(serde_json::Value::Array(a)) => a.iter().any(|x| x.as_str().is_some_and(t)),
        _ => false,
    }
}

fn collect_objects<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Map<String, serde_json::Value>>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_objects(x, out, depth + 1)),
        serde_json::Value::Object(m) => {
            out.push(m);
            if let Some(g) = m.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2025-06-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn tag_scan_counts_elements_and_bounds_depth() {
        let (same, st) = scan_tags("<html><body><div class='a>b'><p>x<br>y<p>z</div><!-- <div><div> --><script>if (a<b) {'<div>'}</script><img src=x /></body></html>", 4);
        assert!(matches!(same, std::borrow::Cow::Borrowed(_)));
        assert_eq!(st, TagStats { elements: 8, depth: 1, dropped: 0 });
        // 5,000 nested divs, as in a hostile or broken page: only MAX_DEPTH are kept
        let n = 5000;
        let deep = format!("<html><body>{}<p>Iran threatened Israel yesterday, officials said.</p>{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
        let (flat, st) = scan_tags(&deep, MAX_DEPTH);
        assert_eq!(st.depth, n);
        assert_eq!(st.dropped, 2 * (n - MAX_DEPTH));
        let (_, again) = scan_tags(&flat, MAX_DEPTH);
        assert_eq!((again.depth, again.dropped), (MAX_DEPTH, 0));
        assert!(flat.contains("<p>Iran threatened Israel yesterday, officials said.</p>"));
        // unclosed tags nest too
        let unclosed = format!("<html><body>{}<p>Iran threatened Israel yesterday, officials said.", "<div><font>".repeat(n));
        let (flat, st) = scan_tags(&unclosed, MAX_DEPTH);
        assert_eq!((st.depth, st.dropped), (2 * n, 2 * n - MAX_DEPTH));
        assert!(scan_tags(&flat, MAX_DEPTH).1.depth <= MAX_DEPTH);
        // the text survives extraction of the flattened page
        let p = extract(&deep, None, now()).unwrap();
        assert!(p.text.contains("Iran threatened Israel yesterday"), "{}", p.text);
        assert!(fragment_text(&unclosed).contains("Iran threatened Israel yesterday"));
    }

    #[test]
    fn too_many_elements_is_found_by_the_scan() {
        let page = format!("<html><body><p>Iran threatened Israel yesterday, officials said.</p>{}</body></html>", "<br>".repeat(MAX_ELEMENTS + 1));
        assert_eq!(scan_tags(&page, MAX_DEPTH).1.elements, MAX_ELEMENTS + 4);
        match extract(&page, None, now()) {
            Err(HtmlError::TooComplex(m)) => assert!(m.starts_with(&format!("{} elements", MAX_ELEMENTS + 4)), "{m}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn meta_and_json_ld() {
        let html = r#"<html lang="en"><head><title>T | Site</title>
<meta property="og:title" content="Talks in Tripoli">
<link rel="canonical" href="/news/2025/05/talks">
<meta property="article:published_time" content="2030-01-01T00:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","datePublished":"2025-05-01T09:30:00+02:00","dateModified":"2025-05-02T10:00:00+02:00","headline":"H"}]}</script>
</head><body><article><p>Senior officials met in Tripoli on Tuesday to discuss migration, according to two sources familiar with the talks.</p>
<p>The talks will continue next week, the sources said.</p></article></body></html>"#;
        let p = extract(html, Some("https://example.com/x"), now()).unwrap();
        assert_eq!(p.title.as_deref(), Some("Talks in Tripoli"));
        assert_eq!(p.canonical.as_deref(), Some("https://example.com/news/2025/05/talks"));
        assert_eq!(p.published.as_ref().unwrap().value(), "2025-05-01T09:30:00+02:00");
        assert_eq!(p.published_source.as_deref(), Some("json-ld:datePublished"));
        assert_eq!(p.modified.as_ref().unwrap().value(), "2025-05-02T10:00:00+02:00");
        assert!(p.text.contains("Senior officials met in Tripoli"), "{}", p.text);
        assert!(p.text.contains("\n"), "paragraphs kept: {}", p.text);
    }

    #[test]
    fn future_and_partial_dates() {
        let html = r#"<html><head><meta name="date" content="2031-02-02"><meta name="DC.date" content="2023/12"></head>
<body><p>Some text of the report here, long enough to count as text.</p></body></html>"#;
        let p = extract(html, None, now()).unwrap();
        let d = p.published.unwrap();
        assert_eq!(d.value(), "2023-12");
        assert_eq!(p.rejected_dates, vec!["2031-02-02".to_string()]);
    }

    #[test]
    fn unclosed_title_is_closed_and_the_page_read() {
        // An unclosed <title> swallows the page (HTML5: RCDATA to the end);
        // also an unclosed nav, <b>, an unclosed comment and document.write.
        let html = "<html><head><title>Talks in Tripoli<script>var a = 1;</script></head>\n\
<body><div class=\"nav\"><a href=\"/\">Home</a><p>Menu <b>open\n\
<script>document.write(\"<p>The army attacked the rebels</p>\")</script>\n\
<article><h1>Minister in Tripoli</h1>\n\
<p>The Egyptian foreign minister visited Tripoli on Wednesday, officials said.\n\
<p>Libyan forces detained ten migrants <div> near Sirte</span>, a spokesman said.\n\
<style>p{color:red}</style><!-- a comment never closed\n\
</body>";
        assert!(matches!(extract_page(html, None, now()), Err(HtmlError::NoText)), "HTML5 parsing loses the body");
        let p = extract(html, None, now()).unwrap();
        assert_eq!(p.title.as_deref(), Some("Talks in Tripoli"));
        assert!(p.text.contains("visited Tripoli on Wednesday"), "{}", p.text);
        assert!(p.text.contains("ten migrants"), "{}", p.text);
        assert!(!p.text.contains("var a") && !p.text.contains("document.write"), "{}", p.text);
        // Closed at the end of the line when no tag follows on it.
        assert_eq!(close_unclosed_title("<title>A title\n<p>x").as_deref(), Some("<title>A title</title>\n<p>x"));
        assert_eq!(close_unclosed_title("<TITLE lang=ar>عنوان < 3<b>x").as_deref(), Some("<TITLE lang=ar>عنوان < 3</title><b>x"));
        assert_eq!(close_unclosed_title("<title>ok</TITLE><p>x"), None);
        assert_eq!(close_unclosed_title("<p>no title</p>"), None);
        assert_eq!(close_unclosed_title("<titlex>"), None);
        assert_eq!(close_unclosed_title("<title"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.Example.com:8080/a?b").as_deref(), Some("example.com"));
        assert_eq!(host("file.txt"), None);
    }
}
