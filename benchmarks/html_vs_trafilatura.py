#!/usr/bin/env python3
"""Main-text extraction speed: marsad's HTML reader against Python trafilatura.

Builds news-like HTML pages (navigation, header, related links, footer around the
article) from the repository's example reports and HTML fixtures, then times, on the
same pages in the same run:

* marsad: `marsad bench --html DIR` (corpus::html::extract, as `marsad ingest` does it;
  best of --repeat), in-process;
* trafilatura: `trafilatura.extract(html)` on each page (best of --repeat, after one
  warm-up pass).

Prints pages/s of both, the extracted text length of each, and the ratio.
Needs `pip install trafilatura` and a release build (`cargo build --release`).
"""

import argparse
import glob
import html
import json
import os
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BOILER = """<html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2025-05-01T09:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<aside><h3>Most read</h3><ul>{related}</ul></aside>
<main><article><h1>{title}</h1>{body}</article></main>
<footer><p>© 2025 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def pages(n):
    texts = []
    for f in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt"))):
        texts.append(open(f, encoding="utf-8").read())
    out = []
    for i in range(n):
        t = texts[i % len(texts)]
        paras = [p for p in t.splitlines() if p.strip()]
        body = "".join("<p>%s</p>" % html.escape(p) for p in paras * 3)
        related = "".join('<li><a href="/a/%d">Related story %d</a></li>' % (k, k) for k in range(10))
        out.append(BOILER.format(title=html.escape(paras[0][:60]), body=body, related=related))
    for f in sorted(glob.glob(os.path.join(ROOT, "examples", "corpus", "html", "*.html"))):
        out.append(open(f, encoding="utf-8", errors="replace").read())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--marsad", default=os.path.join(ROOT, "target", "release", "marsad"))
    a = ap.parse_args()
    import trafilatura

    ps = pages(a.pages)
    with tempfile.TemporaryDirectory() as d:
        for i, p in enumerate(ps):
            open(os.path.join(d, "p%04d.html" % i), "w", encoding="utf-8").write(p)
        m = json.loads(subprocess.check_output([a.marsad, "bench", "--html", d, "--repeat", str(a.repeat)]))
    for p in ps[:5]:
        trafilatura.extract(p)
    best = float("inf")
    chars = 0
    for _ in range(a.repeat):
        t = time.perf_counter()
        chars = sum(len(trafilatura.extract(p) or "") for p in ps)
        best = min(best, time.perf_counter() - t)
    t_rate = len(ps) / best
    print("pages %d (%.1f MB); trafilatura %s" % (len(ps), m["bytes"] / 1e6, trafilatura.__version__ if hasattr(trafilatura, "__version__") else "?"))
    print("marsad      %10.0f pages/s  %6.1f MB/s  text %d chars" % (m["pages_per_s"], m["mb_per_s"], m["text_chars"]))
    print("trafilatura %10.0f pages/s  %6.1f MB/s  text %d chars" % (t_rate, m["bytes"] / 1e6 / best, chars))
    print("ratio (marsad / trafilatura pages/s): %.1fx" % (m["pages_per_s"] / t_rate))


if __name__ == "__main__":
    main()
