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
pub const MAX_ELEMENTS: usize = 100_000;

/// Reads an HTML page. `url` is where it was fetched from (a WARC target URI),
/// used to absolutise a relative canonical link and as a date source of last
/// resort; `now` bounds publication dates (see [`PubDate::not_after`]).
pub fn extract(html: &str, url: Option<&str>, now: Timestamp) -> Result<HtmlPage, HtmlError> {
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

/// Text of an HTML fragment (a feed item's content), paragraphs on their own lines.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return clean_text(html);
    }
    let dom = Dom::fragment(html);
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
    fn hosts() {
        assert_eq!(host("https://www.Example.com:8080/a?b").as_deref(), Some("example.com"));
        assert_eq!(host("file.txt"), None);
    }
}
