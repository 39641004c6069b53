#!/usr/bin/env python3
"""Time normalisation speed: marsad's times stage against Python dateparser.

Both run on the same list of Arabic and English time expressions
(benchmarks/time_expressions.tsv, reference date 2025-05-01), in the same run:

* in-process throughput: `marsad bench --times FILE --json` (times::extract on each
  expression as a one-sentence document, best of --repeat) against
  `dateparser.parse(expr, languages=[lang], settings={"RELATIVE_BASE": ...})`
  (best of --repeat, after one warm-up pass that loads dateparser's language data);
* whole process, start-up included: `marsad extract --lang L` on a file with one
  expression per line (the whole pipeline, not only the times stage) against a
  `python3 -c "import dateparser; ..."` that parses every expression once.

Prints expressions/s of both, how many expressions each gave a value for, and the
ratios. Needs `pip install dateparser` and a release build (`cargo build --release`).
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = datetime.datetime(2025, 5, 1)


def read_list(path):
    exprs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            lang, expr = line.split("\t", 1)
            exprs.append((lang, expr.strip()))
    return exprs


def dateparser_rate(exprs, lang, repeat, min_time):
    import dateparser

    settings = {"RELATIVE_BASE": REFERENCE}
    items = [e for l, e in exprs if l == lang]
    found = sum(1 for e in items if dateparser.parse(e, languages=[lang], settings=settings) is not None)
    best, worst = 0.0, float("inf")
    for _ in range(repeat):
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < min_time:
            for e in items:
                dateparser.parse(e, languages=[lang], settings=settings)
                n += 1
        rate = n / (time.perf_counter() - t0)
        best, worst = max(best, rate), min(worst, rate)
    return {"expressions": len(items), "with_value": found, "per_sec_best": best, "per_sec_worst": worst}


def best_wall(cmd, repeat, **kw):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--marsad", default=os.path.join(HERE, "..", "target", "release", "marsad"), help="marsad binary")
    ap.add_argument("--list", default=os.path.join(HERE, "time_expressions.tsv"), help="LANG<TAB>EXPRESSION file")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is reported)")
    ap.add_argument("--min-time", type=float, default=0.5, help="seconds per in-process run")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()

    exprs = read_list(a.list)
    out = subprocess.run([a.marsad, "bench", "--times", a.list, "--json", "--repeat", str(a.repeat)], check=True, capture_output=True, text=True)
    marsad = {r["lang"]: r for r in json.loads(out.stdout)}

    results = {}
    for lang in ("ar", "en"):
        if lang not in marsad:
            continue
        dp = dateparser_rate(exprs, lang, a.repeat, a.min_time)
        items = [e for l, e in exprs if l == lang]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")
            doc = f.name
        script = (
            "import dateparser, datetime\n"
            f"s = {{'RELATIVE_BASE': datetime.datetime(2025, 5, 1)}}\n"
            f"for e in {items!r}:\n"
            f"    dateparser.parse(e, languages=[{lang!r}], settings=s)\n"
        )
        m_wall = best_wall([a.marsad, "extract", "--lang", lang, "--published", "2025-05-01", doc], a.repeat)
        p_wall = best_wall([sys.executable, "-c", script], a.repeat)
        os.unlink(doc)
        m = marsad[lang]
        results[lang] = {
            "expressions": len(items),
            "marsad": {"with_value": m["with_value"], "per_sec_best": m["per_sec_best"], "per_sec_worst": m["per_sec_worst"], "whole_process_s": m_wall},
            "dateparser": {**{k: dp[k] for k in ("with_value", "per_sec_best", "per_sec_worst")}, "whole_process_s": p_wall},
            "throughput_ratio": m["per_sec_best"] / dp["per_sec_best"] if dp["per_sec_best"] else None,
            "whole_process_ratio": p_wall / m_wall if m_wall else None,
        }

    if a.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    import dateparser

    print(f"time expressions: {a.list}; reference date {REFERENCE.date()}; best of {a.repeat}; dateparser {dateparser.__version__}")
    print(f"{'lang':<4} {'n':>3} {'marsad found':>12} {'dateparser found':>16} {'marsad expr/s':>14} {'dateparser expr/s':>18} {'ratio':>8} {'marsad proc s':>14} {'python proc s':>14} {'ratio':>7}")
    for lang, r in results.items():
        print(
            f"{lang:<4} {r['expressions']:>3} {r['marsad']['with_value']:>12} {r['dateparser']['with_value']:>16} "
            f"{r['marsad']['per_sec_best']:>14.0f} {r['dateparser']['per_sec_best']:>18.0f} {r['throughput_ratio']:>7.0f}x "
            f"{r['marsad']['whole_process_s']:>14.3f} {r['dateparser']['whole_process_s']:>14.3f} {r['whole_process_ratio']:>6.1f}x"
        )
        if r["marsad"]["with_value"] == 0:
            print(f"  note: marsad's times stage gave no value for any {lang} expression: it is not implemented yet, so the throughput ratio measures an empty stage")
    print("ratio = marsad / dateparser throughput (in-process) and python / marsad wall time (whole process; marsad runs its whole pipeline)")


if __name__ == "__main__":
    main()
