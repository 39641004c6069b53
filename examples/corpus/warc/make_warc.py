#!/usr/bin/env python3
"""Writes the WARC fixtures of examples/corpus (CC-NEWS style response records).

Run from this directory: python3 make_warc.py  (writes news.warc, news.warc.gz,
../malformed/truncated.warc). The outputs are committed; this script documents them.
"""
import gzip

EN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Libya and US officials hold new round of talks</title>
<meta property="og:title" content="Libya and US officials hold new round of talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-05-12T16:05:00Z","headline":"Libya and US officials hold new round of talks"}</script>
</head><body><nav>Home | World</nav><article>
<p>Libyan officials met senior State Department officials in Washington on Monday, according to two diplomats briefed on the meeting.</p>
<p>The United Nations accused Libya of abuses against migrants last week, a UN spokesman said.</p>
<p>The talks will continue next month, the diplomats said.</p>
</article><footer>Example Crawl News</footer></body></html>"""

AR = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الأمم المتحدة تتهم ليبيا</title>
<meta property="article:published_time" content="2025-05-13T09:00:00+02:00">
</head><body><div class="content">
<p>اتهمت الأمم المتحدة ليبيا بارتكاب انتهاكات بحق المهاجرين في مراكز الاحتجاز، بحسب تقرير صدر الثلاثاء.</p>
<p>وقالت مصادر دبلوماسية إن واشنطن تتابع الملف عن كثب.</p>
</div></body></html>"""

EMPTY = "<!DOCTYPE html><html><head><title></title></head><body><script>1</script></body></html>"


def record(wtype, uri, payload, date, rid, extra=b""):
    head = (
        f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Date: {date}\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
    ).encode() + extra + f"Content-Length: {len(payload)}\r\n\r\n".encode()
    return head + payload + b"\r\n\r\n"


def http(status, ctype, body):
    body = body.encode("utf-8")
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    )


def records():
    d = "2025-05-14T10:00:00Z"
    yield record("warcinfo", None, b"software: marsad fixture\r\n", d, "00000000-0000-0000-0000-000000000001",
                 b"Content-Type: application/warc-fields\r\n")
    yield record("request", "https://cc.example.com/2025/05/12/libya-talks.html",
                 b"GET /2025/05/12/libya-talks.html HTTP/1.1\r\nHost: cc.example.com\r\n\r\n", d,
                 "00000000-0000-0000-0000-000000000002", b"Content-Type: application/http; msgtype=request\r\n")
    yield record("response", "https://cc.example.com/2025/05/12/libya-talks.html", http("200 OK", "text/html; charset=utf-8", EN), d,
                 "00000000-0000-0000-0000-000000000003", b"Content-Type: application/http; msgtype=response\r\n")
    yield record("response", "https://ar.cc.example.com/news/un-libya", http("200 OK", "text/html", AR), d,
                 "00000000-0000-0000-0000-000000000004", b"Content-Type: application/http; msgtype=response\r\n")
    yield record("response", "https://cc.example.com/old", http("301 Moved Permanently", "text/html", ""), d,
                 "00000000-0000-0000-0000-000000000005", b"Content-Type: application/http; msgtype=response\r\n")
    yield record("response", "https://cc.example.com/logo.png", http("200 OK", "image/png", "PNG"), d,
                 "00000000-0000-0000-0000-000000000006", b"Content-Type: application/http; msgtype=response\r\n")
    yield record("response", "https://cc.example.com/empty", http("200 OK", "text/html", EMPTY), d,
                 "00000000-0000-0000-0000-000000000007", b"Content-Type: application/http; msgtype=response\r\n")


if __name__ == "__main__":
    recs = list(records())
    with open("news.warc", "wb") as f:
        f.write(b"".join(recs))
    with open("news.warc.gz", "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))
    bad = recs[2]
    with open("../malformed/truncated.warc", "wb") as f:
        # The record claims more bytes than the file holds.
        f.write(bad[: len(bad) // 2])
