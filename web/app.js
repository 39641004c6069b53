// marsad corpus page: plain JS, no build step. Every text from the corpus is
// inserted with textContent (never innerHTML), so documents cannot inject markup.
"use strict";

const KINDS = ["anonymous", "official_role", "named_person", "organization", "document", "none"];
const KIND_LABEL = {
  anonymous: "anonymous",
  official_role: "official role",
  named_person: "named person",
  organization: "organisation",
  document: "document",
  none: "unattributed",
};
const FILTERS = ["q", "actor", "attribution", "from", "to", "bucket"];

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k === "style") Object.assign(e.style, v); // CSSOM, allowed by the page's CSP (style attributes are not)
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function params() {
  return new URLSearchParams(location.search);
}

function filterQuery(p, extra) {
  const q = new URLSearchParams();
  for (const k of ["q", "actor", "attribution", "from", "to"]) {
    const v = p.get(k);
    if (v) q.set(k, v);
  }
  for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
  return q.toString();
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: "bad response" }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function shares(counts) {
  const total = KINDS.reduce((s, k) => s + (counts[k] || 0), 0);
  return { total, parts: KINDS.filter((k) => counts[k]).map((k) => ({ k, n: counts[k], f: counts[k] / total })) };
}

function stackBar(counts, big) {
  const { total, parts } = shares(counts);
  const bar = el("div", { class: "stack" + (big ? " big" : ""), role: "img" });
  const label = parts.map((p) => `${KIND_LABEL[p.k]} ${Math.round(p.f * 100)}%`).join(", ");
  bar.setAttribute("aria-label", total ? `sourcing: ${label}` : "no mentions");
  bar.title = total ? label : "no mentions";
  for (const p of parts) bar.append(el("span", { class: "k-" + p.k, style: { width: `${(p.f * 100).toFixed(2)}%` } }));
  return bar;
}

function legend() {
  const ul = $("legend");
  ul.replaceChildren(...KINDS.map((k) => el("li", {}, el("i", { class: "k-" + k }), KIND_LABEL[k])));
}

function addCounts(into, from) {
  for (const [k, v] of Object.entries(from || {})) into[k] = (into[k] || 0) + v;
  return into;
}

function renderSourcing(counts) {
  $("sourcing-bar").replaceWith(Object.assign(stackBar(counts, true), { id: "sourcing-bar" }));
  const { total } = shares(counts);
  const anon = counts.anonymous || 0;
  const none = counts.none || 0;
  const named = total - anon - none;
  const pct = (n) => (total ? Math.round((100 * n) / total) : 0) + "%";
  $("sourcing-text").textContent = total
    ? `${total} mentions: anonymous ${pct(anon)} · named or on-record ${pct(named)} · unattributed ${pct(none)}`
    : "No mentions for these filters.";
}

function renderTimeline(buckets, p) {
  const box = $("timeline");
  box.replaceChildren();
  $("bucket-name").textContent = p.get("bucket") === "week" ? "week" : "day";
  if (!buckets.length) {
    box.append(el("p", { class: "empty", text: "No events for these filters." }));
    return;
  }
  const max = Math.max(...buckets.map((b) => b.events));
  for (const b of withGaps(buckets, p.get("bucket") === "week")) {
    if (b.empty) {
      box.append(el("span", { class: "bar gap", title: `${b.key}: no events`, "aria-hidden": "true" }));
      continue;
    }
    const bar = el("button", {
      type: "button",
      class: "bar",
      "data-key": b.key,
      title: `${b.key}: ${b.events} events, ${b.mentions} mentions`,
      "aria-label": `${b.key}: ${b.events} events`,
      onclick: () => {
        const q = params();
        const start = b.start;
        let end = start;
        if (b.key.includes("W")) {
          const d = new Date(start + "T00:00:00Z");
          d.setUTCDate(d.getUTCDate() + 6);
          end = d.toISOString().slice(0, 10);
        }
        q.set("from", start);
        q.set("to", end);
        q.delete("event");
        navigate(q);
      },
    });
    const h = (b.events / max) * 100;
    const { total, parts } = shares(b.attribution);
    for (const part of parts) {
      bar.append(el("span", { class: "k-" + part.k, style: { height: `${((h * part.n) / total).toFixed(2)}%` } }));
    }
    box.append(bar);
  }
  const axis = el("div", { class: "timeline-axis" }, el("span", { text: buckets[0].key }), el("span", { text: buckets[buckets.length - 1].key }));
  box.after(axis);
  const old = box.parentElement.querySelectorAll(".timeline-axis");
  for (let i = 1; i < old.length; i++) old[i].remove();
}

// Empty buckets between the first and the last, so that bar positions are proportional
// to time (skipped for spans over 400 buckets, e.g. a stray old document).
function withGaps(buckets, week) {
  const step = week ? 7 : 1;
  const first = new Date(buckets[0].start + "T00:00:00Z");
  const last = new Date(buckets[buckets.length - 1].start + "T00:00:00Z");
  const n = Math.round((last - first) / 86400000 / step);
  if (!(n < 400)) return buckets;
  const byStart = new Map(buckets.map((b) => [b.start, b]));
  const out = [];
  for (let i = 0; i <= n; i++) {
    const d = new Date(first.getTime() + i * step * 86400000);
    const start = d.toISOString().slice(0, 10);
    out.push(byStart.get(start) || { key: week ? "week of " + start : start, start, events: 0, mentions: 0, attribution: {}, empty: true });
  }
  return out;
}

function highlighted(text, spans) {
  // spans: [{start, end, cls}] in code points; later entries win on overlap.
  const chars = Array.from(text);
  const cls = new Array(chars.length).fill("");
  for (const s of spans) {
    if (!s || s.end <= s.start) continue;
    for (let i = Math.max(0, s.start); i < Math.min(chars.length, s.end); i++) cls[i] = s.cls;
  }
  const frag = el("span", { dir: "auto" });
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && cls[j] === cls[i]) j++;
    const piece = chars.slice(i, j).join("");
    frag.append(cls[i] ? el("mark", { class: cls[i] }, piece) : piece);
    i = j;
  }
  return frag;
}

function dyad(ev) {
  const s = ev.source;
  const t = ev.target;
  return el(
    "span",
    { class: "dyad", dir: "ltr" },
    el("bdi", {}, s.name || s.code),
    " ",
    el("span", { class: "code" }, s.code),
    t ? " → " : "",
    t ? el("bdi", {}, t.name || t.code) : null,
    t ? " " : "",
    t ? el("span", { class: "code" }, t.code) : null
  );
}

function renderEvents(page, p, append) {
  const ol = $("events");
  if (!append) ol.replaceChildren();
  $("events-count").textContent = `(${page.total})`;
  const selected = p.get("event");
  for (const ev of page.items) {
    const li = el(
      "li",
      { class: "event" + (String(ev.id) === selected ? " selected" : ""), "data-id": ev.id, tabindex: "0" },
      el(
        "div",
        { class: "line1" },
        el("time", { datetime: ev.day, text: ev.day }),
        dyad(ev),
        el("span", { class: "code", title: ev.name }, ev.code),
        el("span", { dir: "auto" }, ev.name),
        ev.plover && ev.plover.type ? el("span", { class: "plover" }, ev.plover.type) : null,
        el("span", { class: "muted" }, `${ev.num_mentions} mention${ev.num_mentions === 1 ? "" : "s"} · ${ev.num_articles} doc${ev.num_articles === 1 ? "" : "s"}`)
      ),
      stackBar(ev.attribution)
    );
    const open = () => {
      const q = params();
      q.set("event", ev.id);
      navigate(q, true);
    };
    li.addEventListener("click", open);
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter") open();
    });
    ol.append(li);
  }
  const more = $("more-events");
  const shown = ol.children.length;
  more.hidden = shown >= page.total;
  more.onclick = async () => {
    const next = await api("/api/events?" + filterQuery(params(), { limit: 100, offset: shown }));
    renderEvents(next, params(), true);
  };
}

function renderResults(page, p) {
  const sec = $("results-section");
  const q = p.get("q");
  sec.hidden = !q;
  if (!q) return;
  $("results-query").textContent = q;
  $("results-count").textContent = `(${page.total})`;
  const ol = $("results");
  ol.replaceChildren();
  for (const hit of page.items) {
    const spans = hit.highlights.map(([s, e]) => ({ start: s, end: e, cls: "hit" }));
    ol.append(
      el(
        "li",
        { class: "result", "data-id": hit.id },
        el(
          "div",
          {},
          el("a", { href: hit.url || "#", dir: "auto", target: "_blank", rel: "noopener noreferrer" }, hit.title || hit.origin),
          " ",
          el("span", { class: "muted" }, [hit.site, hit.published, hit.lang].filter(Boolean).join(" · ")),
          hit.dup_of ? el("span", { class: "muted" }, ` (near-duplicate of #${hit.dup_of})`) : null
        ),
        el("div", { class: "snippet" }, highlighted(hit.snippet, spans))
      )
    );
  }
  if (!page.items.length) ol.append(el("li", { class: "muted", text: "No documents match." }));
}

function renderEventDetail(d) {
  const sec = $("event-detail");
  sec.hidden = false;
  sec.replaceChildren(
    el("h2", {}, "Event ", el("span", { class: "code" }, "#" + d.id), " ", dyad(d)),
    el(
      "p",
      {},
      el("time", { datetime: d.day, text: d.day }),
      el("span", { class: "muted" }, ` (date from ${d.day_source}) · `),
      el("span", { class: "code" }, d.code),
      " ",
      el("span", { dir: "auto" }, d.name),
      d.plover && d.plover.type ? el("span", { class: "plover" }, " · PLOVER " + d.plover.type + (d.plover.mode ? "/" + d.plover.mode : "")) : null,
      el("span", { class: "muted" }, ` · QuadClass ${d.quad_class} · Goldstein ${d.goldstein}`)
    ),
    el("p", { class: "muted" }, `${d.num_mentions} mentions in ${d.num_articles} documents from ${d.num_sources} sources`),
    stackBar(d.attribution, true)
  );
  const list = el("div", { id: "mentions" });
  for (const m of d.mentions) {
    const spans = [];
    if (m.attribution && m.attribution.span) spans.push({ ...m.attribution.span, cls: "cue k-" + m.attribution.kind });
    if (m.source_span) spans.push({ ...m.source_span, cls: "actor" });
    if (m.target_span) spans.push({ ...m.target_span, cls: "actor" });
    if (m.trigger) spans.push({ ...m.trigger, cls: "trigger" });
    const kind = m.attribution ? m.attribution.kind : "none";
    const who = m.attribution ? [m.attribution.source, m.attribution.cue && `“${m.attribution.cue}”`].filter(Boolean).join(" ") : "";
    list.append(
      el(
        "div",
        { class: "mention", "data-id": m.id, "data-attribution": kind },
        el(
          "div",
          { class: "meta" },
          el("span", { class: "badge k-" + kind, title: "attribution" }, KIND_LABEL[kind] || kind),
          who ? el("bdi", { dir: "auto" }, who) : null,
          el("a", { href: m.doc_url || "/api/documents/" + m.doc_id, target: "_blank", rel: "noopener noreferrer", dir: "auto" }, m.doc_title || "document " + m.doc_id),
          el("span", {}, [m.site, m.doc_published, m.lang].filter(Boolean).join(" · ")),
          m.dup_of ? el("span", {}, `near-duplicate of #${m.dup_of}`) : null,
          el("span", { title: "heuristic confidence" }, `conf. ${Math.round(m.confidence * 100)}%`)
        ),
        el("p", { class: "sentence", dir: "auto" }, highlighted(m.sentence, spans))
      )
    );
  }
  if (!d.mentions.length) list.append(el("p", { class: "muted", text: "No mentions." }));
  sec.append(list);
}

function fillForm(p) {
  for (const k of FILTERS) {
    const input = $(k);
    if (input) input.value = p.get(k) || (k === "bucket" ? "day" : "");
  }
}

function navigate(q, keepScroll) {
  history.pushState(null, "", "?" + q.toString());
  render(!keepScroll);
}

async function render(full) {
  const p = params();
  fillForm(p);
  const errors = [];
  const guard = (promise) => promise.catch((e) => errors.push(e.message));
  const bucket = p.get("bucket") === "week" ? "week" : "day";
  const jobs = [];
  if (full !== false) {
    jobs.push(
      guard(
        api("/api/timeline?" + filterQuery(p, { bucket })).then((buckets) => {
          renderTimeline(buckets, p);
          renderSourcing(buckets.reduce((acc, b) => addCounts(acc, b.attribution), {}));
        })
      )
    );
    jobs.push(guard(api("/api/events?" + filterQuery(p, { limit: 100 })).then((page) => renderEvents(page, p))));
    if (p.get("q")) jobs.push(guard(api("/api/search?" + filterQuery(p, { limit: 20 })).then((page) => renderResults(page, p))));
    else renderResults({ items: [], total: 0 }, p);
  } else {
    for (const li of document.querySelectorAll("li.event")) li.classList.toggle("selected", li.dataset.id === p.get("event"));
  }
  const ev = p.get("event");
  if (ev) jobs.push(guard(api("/api/events/" + encodeURIComponent(ev)).then(renderEventDetail)));
  else $("event-detail").hidden = true;
  await Promise.all(jobs);
  const status = $("stats");
  if (errors.length) {
    status.className = "error";
    status.textContent = "Error: " + errors.join("; ");
  }
  document.body.dataset.ready = "1";
}

async function loadStats() {
  try {
    const s = await api("/api/stats");
    const langs = Object.entries(s.languages).map(([k, v]) => `${v} ${k}`).join(", ");
    $("stats").textContent =
      `${s.documents} documents (${langs || "none"}; ${s.near_duplicates} near-duplicates in ${s.stories} stories) · ` +
      `${s.events} events · ${s.mentions} mentions` +
      (s.days ? ` · ${s.days[0]} – ${s.days[1]}` : "") +
      (s.undated_events ? ` · ${s.undated_events} undated events (not on the timeline)` : "");
  } catch (e) {
    $("stats").textContent = "Error: " + e.message;
  }
}

async function loadActors() {
  try {
    const page = await api("/api/actors?limit=200");
    $("actor-list").replaceChildren(...page.items.map((a) => el("option", { value: a.code }, `${a.name || ""} (${a.mentions})`)));
  } catch (e) {
    /* the filter still works without suggestions */
  }
}

$("controls").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = new URLSearchParams();
  for (const k of FILTERS) {
    const v = $(k).value.trim();
    if (v && !(k === "bucket" && v === "day")) q.set(k, v);
  }
  navigate(q);
});
$("reset").addEventListener("click", () => navigate(new URLSearchParams()));
window.addEventListener("popstate", () => render(true));

legend();
loadStats();
loadActors();
render(true);
