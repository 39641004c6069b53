//! The dictionary-driven coder (PETRARCH semantics, simplified).
//!
//! Input: a sentence as upper-case words with its noun phrases and verb slots
//! ([`CodingInput`]), built either from a supplied parse ([`super::ptb::read`])
//! or from marsad's own tokens ([`CodingInput::from_words`]). For each verb slot
//! in order whose word is a verb of the dictionary:
//!
//! 1. the *upper* sequence is the words before the verb back to the nearest
//!    comma (short comma-delimited insertions, 2–8 words, are removed first),
//!    the *lower* sequence the rest of the verb phrase;
//! 2. the family's patterns are tried (words, `&synsets`, `$` source, `+` target,
//!    `^` skip, `%` compound; `_` joins elements that must follow at once); the
//!    most specific matching pattern gives the code, else the verb's own code;
//! 3. without `$`/`+`, the target is the first coded noun phrase of the lower
//!    sequence (else the first one), the source the coded noun phrase of the upper
//!    sequence nearest the verb whose code differs from the target's;
//! 4. compounds give one event per pair, paired codes `[a:b]` two events, a
//!    passive verb (`was … by`) swaps source and target; events need a source
//!    and a target code and are not self-references.
//!
//! A noun phrase's code is the first actor found in it (longest match, the code
//! in force on the sentence date) with its agents: `~CODE` agents appended,
//! `CODE~` agents prefixed (an agent alone gives `---` + agent, which is not a
//! country: such phrases count as coded only with an actor or as target).

use super::{Dictionaries, ElemKind, EventCode, Pattern};

/// A noun phrase: words `start..end`; a compound has its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ne {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// Readings of a compound (`A and B`, `lawmakers in A and B`): the word
    /// indices of each reading, coded on its own; empty otherwise.
    pub parts: Vec<Vec<usize>>,
}

/// A verb that may code an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbSlot {
    /// The verb's word index.
    pub index: usize,
    /// One past the last word of its verb phrase.
    pub lower_end: usize,
    /// A passive (`was attacked by`): source and target are swapped.
    pub passive: bool,
    /// The upper sequence is the words before this index (the verb's, or the
    /// start of a coordination of verb phrases, whose earlier members are skipped).
    pub upper_from: usize,
}

/// A sentence ready for coding.
#[derive(Debug, Clone, Default)]
pub struct CodingInput {
    /// Upper-case words.
    pub words: Vec<String>,
    /// Part-of-speech tags when known (Penn tags), else empty strings.
    pub pos: Vec<String>,
    /// Noun phrases, sorted, not overlapping.
    pub nes: Vec<Ne>,
    /// Verb slots in text order.
    pub verbs: Vec<VerbSlot>,
    /// The sentence date, YYYYMMDD (for actor date restrictions).
    pub date: u32,
}

/// Coder options (PETRARCH's configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoderOptions {
    /// Keep only events whose source and target both have a code (PETRARCH `require_dyad`, default true).
    pub require_dyad: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions { require_dyad: true }
    }
}

/// One coded event: codes and the word spans they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedEvent {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// CAMEO event code.
    pub code: String,
    /// Verb word index.
    pub verb: usize,
    /// Source noun phrase words.
    pub source_span: (usize, usize),
    /// Target noun phrase words.
    pub target_span: (usize, usize),
}

const SKIP_WORDS: [&str; 13] = ["THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT"];

impl CodingInput {
    /// Builds the input from plain words (no parse): noun phrases are the runs of
    /// actor and agent phrases (joined by `'s`, `of`, `the`), `A and B` of two such
    /// phrases a compound; every dictionary verb form outside them is a verb slot
    /// whose phrase runs to the next verb or clause end; `be … -ed by` is passive.
    pub fn from_words(words: &[String], date: u32, dict: &Dictionaries) -> CodingInput {
        let words: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
        let n = words.len();
        let mut covered = vec![false; n];
        let mut k = 0;
        while k < n {
            let m = dict.actors.index.match_at(&words[k..]).map(|(_, l)| l).max(dict.agents.index.match_at(&words[k..]).map(|(_, l)| l));
            match m {
                Some(l) => {
                    for c in covered.iter_mut().skip(k).take(l) {
                        *c = true;
                    }
                    k += l;
                }
                None => k += 1,
            }
        }
        // runs of covered words, bridged by 's / of / the
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut k = 0;
        while k < n {
            if !covered[k] {
                k += 1;
                continue;
            }
            let s = k;
            let mut e = k;
            while e < n && covered[e] {
                e += 1;
            }
            loop {
                let mut j = e;
                while j < n && matches!(words[j].as_str(), "'S" | "OF" | "THE" | "'") {
                    j += 1;
                }
                if j > e && j < n && covered[j] {
                    e = j;
                    while e < n && covered[e] {
                        e += 1;
                    }
                } else {
                    break;
                }
            }
            spans.push((s, e));
            k = e;
        }
        let mut nes: Vec<Ne> = Vec::new();
        let mut i = 0;
        while i < spans.len() {
            let (s, e) = spans[i];
            let mut parts = vec![(s, e)];
            let mut end = e;
            let mut j = i + 1;
            while j < spans.len() {
                let gap = &words[end..spans[j].0];
                if !gap.is_empty() && gap.iter().all(|w| w == "," || w == "AND") && gap.iter().any(|w| w == "AND" || w == ",") {
                    parts.push(spans[j]);
                    end = spans[j].1;
                    j += 1;
                    if gap.iter().any(|w| w == "AND") {
                        break;
                    }
                } else {
                    break;
                }
            }
            if parts.len() >= 2 && words[parts[parts.len() - 2].1..parts[parts.len() - 1].0].iter().any(|w| w == "AND") {
                nes.push(Ne { start: s, end, parts: parts.iter().map(|&(a, b)| (a..b).collect()).collect() });
                i = j;
            } else {
                nes.push(Ne { start: s, end: e, parts: Vec::new() });
                i += 1;
            }
        }
        let mut in_ne = vec![false; n];
        for ne in &nes {
            for x in in_ne.iter_mut().take(ne.end).skip(ne.start) {
                *x = true;
            }
        }
        let idx: Vec<usize> = (0..n).filter(|&i| !in_ne[i] && dict.verbs.forms.contains_key(&words[i])).collect();
        let mut verbs = Vec::new();
        for (k, &i) in idx.iter().enumerate() {
            let mut end = idx.get(k + 1).copied().unwrap_or(n);
            if let Some(p) = words[i + 1..end].iter().position(|w| matches!(w.as_str(), ";" | "." | "WHILE" | "BUT")) {
                end = i + 1 + p;
            }
            let prev_be = i > 0 && ["WAS", "WERE", "IS", "ARE", "BEEN", "BE"].contains(&words[i - 1].as_str());
            let passive = prev_be && (words[i].ends_with("ED") || words[i].ends_with("EN")) && words[i + 1..end].iter().any(|w| w == "BY");
            verbs.push(VerbSlot { index: i, lower_end: end, passive, upper_from: i });
        }
        CodingInput { words, pos: vec![String::new(); n], nes, verbs, date }
    }
}

/// The code of the words `w` (a noun phrase): its first actor with its agents.
/// `None` when it holds neither; `Some("---GOV")`-like codes when only agents.
fn phrase_code(w: &[String], date: u32, dict: &Dictionaries) -> Option<String> {
    let w: Vec<String> = w.iter().filter(|x| x.as_str() != "'S" && x.as_str() != "'").cloned().collect();
    let mut actor: Option<(String, usize, usize)> = None;
    for k in 0..w.len() {
        if let Some((e, l)) = dict.actors.index.match_at(&w[k..]) {
            if let Some(c) = dict.actors.entries.get(e).and_then(|a| a.code_on(date)) {
                actor = Some((c.to_string(), k, k + l));
            } else {
                actor = Some(("---".to_string(), k, k + l));
            }
            break;
        }
    }
    let mut agents = Vec::new();
    let mut k = 0;
    while k < w.len() {
        if actor.as_ref().is_some_and(|(_, a, b)| k >= *a && k < *b) {
            k += 1;
            continue;
        }
        if let Some((e, l)) = dict.agents.index.match_at(&w[k..]) {
            if let Some(a) = dict.agents.entries.get(e) {
                agents.push(a.clone());
            }
            k += l.max(1);
        } else {
            k += 1;
        }
    }
    if actor.is_none() && agents.is_empty() {
        return None;
    }
    let mut code = actor.map(|a| a.0).unwrap_or_else(|| "---".to_string());
    for a in agents {
        // skip an agent whose code is already there (3-letter blocks)
        let present = (0..code.len()).step_by(3).any(|i| code.get(i..i + a.code.len()) == Some(a.code.as_str()));
        if present {
            break;
        }
        if a.prefix {
            code = format!("{}{code}", a.code);
        } else {
            code.push_str(&a.code);
        }
    }
    Some(code)
}

/// Splits a compound code `FRO/BIL/SAM` into its codes.
fn split_codes(c: String, span: (usize, usize)) -> Vec<(String, (usize, usize))> {
    if c.contains('/') {
        c.split('/').filter(|x| !x.is_empty()).map(|x| (x.to_string(), span)).collect()
    } else {
        vec![(c, span)]
    }
}

fn null(code: &str) -> bool {
    code.starts_with("---")
}

/// What a pattern element bound.
#[derive(Debug, Clone, Default)]
struct Binding {
    source: Option<usize>,
    target: Option<usize>,
    /// `%` matched: the compound is the source, and the target when no other is found.
    compound: bool,
    score: usize,
}

/// Matches `elems` against `seq` (word indices in matching order) from `from`.
#[allow(clippy::too_many_arguments)]
fn match_elems(elems: &[super::Elem], seq: &[usize], from: usize, rev: bool, input: &CodingInput, ne_of: &[Option<usize>], dict: &Dictionaries, b: &mut Binding) -> bool {
    let Some(e) = elems.first() else { return true };
    let words = &input.words;
    let tight = e.tight;
    let mut i = from;
    loop {
        if i > seq.len() {
            return false;
        }
        let ok_here: Option<(usize, Binding)> = match &e.kind {
            ElemKind::Word(w) => (i < seq.len() && &words[seq[i]] == w).then(|| (i + 1, Binding { score: b.score + 2, ..b.clone() })),
            ElemKind::Synset(name) => dict.verbs.synsets.get(name).and_then(|members| {
                let mut best: Option<usize> = None;
                for m in members {
                    let l = m.len();
                    if i + l <= seq.len() && m.iter().enumerate().all(|(k, w)| &words[seq[i + if rev { l - 1 - k } else { k }]] == w) {
                        best = Some(best.map_or(m.len(), |x: usize| x.max(m.len())));
                    }
                }
                best.map(|l| (i + l, Binding { score: b.score + 2, ..b.clone() }))
            }),
            ElemKind::Source | ElemKind::Target | ElemKind::Skip | ElemKind::Compound => {
                match (i < seq.len()).then(|| ne_of[seq[i]]).flatten() {
                    Some(ne) => {
                        let compound = !input.nes[ne].parts.is_empty();
                        if matches!(e.kind, ElemKind::Compound) && !compound {
                            None
                        } else {
                            let mut nb = b.clone();
                            nb.score += 1;
                            match e.kind {
                                ElemKind::Source => nb.source = Some(ne),
                                ElemKind::Target => nb.target = Some(ne),
                                ElemKind::Compound => {
                                    nb.source = Some(ne);
                                    nb.compound = true;
                                }
                                _ => {}
                            }
                            // move past the phrase
                            let mut j = i;
                            while j < seq.len() && ne_of[seq[j]] == Some(ne) {
                                j += 1;
                            }
                            Some((j, nb))
                        }
                    }
                    None => None,
                }
            }
        };
        if let Some((next, nb)) = ok_here {
            let mut nb2 = nb;
            if match_elems(&elems[1..], seq, next, rev, input, ne_of, dict, &mut nb2) {
                *b = nb2;
                return true;
            }
        }
        if i >= seq.len() {
            return false;
        }
        // may we skip this word?
        if tight && !SKIP_WORDS.contains(&words[seq[i]].as_str()) {
            return false;
        }
        i += 1;
    }
}

/// Codes one sentence. Returns the events (deduplicated).
pub fn code_sentence(input: &CodingInput, dict: &Dictionaries, opts: &CoderOptions) -> Vec<CodedEvent> {
    let words = &input.words;
    if dict.discards.find(words).is_some() {
        return Vec::new();
    }
    let n = words.len();
    let mut ne_of: Vec<Option<usize>> = vec![None; n];
    for (k, ne) in input.nes.iter().enumerate() {
        for x in ne_of.iter_mut().take(ne.end.min(n)).skip(ne.start) {
            *x = Some(k);
        }
    }
    // codes of each noun phrase (one per part for compounds)
    let codes: Vec<Vec<(String, (usize, usize))>> = input
        .nes
        .iter()
        .map(|ne| {
            if ne.parts.is_empty() {
                split_codes(phrase_code(&words[ne.start..ne.end.min(n)], input.date, dict).unwrap_or_else(|| "---".into()), (ne.start, ne.end))
            } else {
                let mut v: Vec<(String, (usize, usize))> = Vec::new();
                for part in &ne.parts {
                    let w: Vec<String> = part.iter().filter(|&&i| i < n).map(|&i| words[i].clone()).collect();
                    let span = (part.first().copied().unwrap_or(ne.start), part.last().map_or(ne.end, |&l| l + 1));
                    if let Some(c) = phrase_code(&w, input.date, dict).filter(|c| !null(c)) {
                        for x in split_codes(c, span) {
                            if !v.iter().any(|y| y.0 == x.0) {
                                v.push(x);
                            }
                        }
                    }
                }
                if v.is_empty() {
                    vec![("---".to_string(), (ne.start, ne.end))]
                } else {
                    v
                }
            }
        })
        .collect();
    let coded = |k: usize| -> bool { codes[k].iter().any(|(c, _)| !null(c)) };
    // words removed as short comma insertions (commas outside noun phrases)
    let mut removed = vec![false; n];
    let commas: Vec<usize> = (0..n).filter(|&i| words[i] == "," && ne_of[i].is_none()).collect();
    for w in commas.windows(2) {
        let inner = (w[0] + 1..w[1]).filter(|&i| words[i].chars().any(|c| c.is_alphabetic())).count();
        if (2..=8).contains(&inner) {
            for r in removed.iter_mut().take(w[1]).skip(w[0]) {
                *r = true;
            }
        }
    }
    let mut events: Vec<CodedEvent> = Vec::new();
    let mut skip_until = 0usize;
    for v in &input.verbs {
        if v.index < skip_until || v.index >= n || removed[v.index] {
            continue;
        }
        let Some(entries) = dict.verbs.forms.get(&words[v.index]) else { continue };
        // the entry whose particles are there, the longest first
        let mut best: Option<(&super::VerbEntry, usize, usize)> = None;
        for e in entries {
            let bs = v.index.checked_sub(e.before.len());
            let Some(bs) = bs else { continue };
            let after_end = v.index + 1 + e.after.len();
            if after_end > n || words[bs..v.index] != e.before[..] || words[v.index + 1..after_end] != e.after[..] {
                continue;
            }
            let len = e.before.len() + e.after.len();
            if best.is_none_or(|(b, _, _)| len > b.before.len() + b.after.len()) {
                best = Some((e, bs, after_end));
            }
        }
        let Some((entry, vstart, vend)) = best else { continue };
        let Some(family) = dict.verbs.families.get(entry.family) else { continue };
        let verb_code = entry.code.clone().unwrap_or_else(|| family.code.clone());
        // upper: back to the nearest comma; lower: the rest of the verb phrase
        let mut upper = Vec::new();
        let mut i = if v.upper_from < v.index { v.upper_from } else { vstart };
        while i > 0 {
            i -= 1;
            if removed[i] {
                continue;
            }
            if words[i] == "," && ne_of[i].is_none() {
                break;
            }
            upper.push(i);
        }
        let lower: Vec<usize> = (vend..v.lower_end.min(n)).filter(|&i| !removed[i]).collect();
        // patterns
        let mut matched: Option<(&Pattern, Binding)> = None;
        for p in &family.patterns {
            let mut b = Binding::default();
            if !match_elems(&p.lower, &lower, 0, false, input, &ne_of, dict, &mut b) {
                continue;
            }
            if !match_elems(&p.upper, &upper, 0, true, input, &ne_of, dict, &mut b) {
                continue;
            }
            if matched.as_ref().is_none_or(|(_, mb)| b.score > mb.score) {
                matched = Some((p, b));
            }
        }
        let (code, bind) = match matched {
            Some((p, b)) if p.code != EventCode::Null => (p.code.clone(), b),
            Some((_, b)) if verb_code != EventCode::Null => (verb_code.clone(), b),
            None if verb_code != EventCode::Null => (verb_code.clone(), Binding::default()),
            _ => continue,
        };
        skip_until = v.lower_end;
        // target: pattern, else first coded phrase in lower, else first phrase
        let lower_nes: Vec<usize> = dedup(lower.iter().filter_map(|&i| ne_of[i]));
        let upper_nes: Vec<usize> = dedup(upper.iter().filter_map(|&i| ne_of[i]));
        let target = bind
            .target
            .or_else(|| lower_nes.iter().copied().find(|&k| coded(k)))
            .or_else(|| lower_nes.first().copied())
            .or_else(|| if bind.compound { bind.source } else { None });
        let Some(target) = target else { continue };
        let tcode: Option<&str> = codes[target].first().map(|c| c.0.as_str());
        let differs = |k: usize| -> bool { (k != target || bind.compound) && (codes[k].first().map(|c| c.0.as_str()) != tcode || !input.nes[k].parts.is_empty()) };
        let source = bind
            .source
            .or_else(|| upper_nes.iter().copied().find(|&k| coded(k) && differs(k)))
            .or_else(|| upper_nes.iter().copied().find(|&k| differs(k)));
        let Some(source) = source else { continue };
        let (mut srcs, mut tgts) = (codes[source].clone(), codes[target].clone());
        if v.passive {
            std::mem::swap(&mut srcs, &mut tgts);
        }
        let mut push = |s: &[(String, (usize, usize))], t: &[(String, (usize, usize))], c: &str| {
            for (sc, ss) in s {
                for (tc, ts) in t {
                    if sc == tc || (opts.require_dyad && (null(sc) || null(tc))) {
                        continue;
                    }
                    let ev = CodedEvent { source: sc.clone(), target: tc.clone(), code: c.to_string(), verb: v.index, source_span: *ss, target_span: *ts };
                    if !events.iter().any(|x| x.source == ev.source && x.target == ev.target && x.code == ev.code) {
                        events.push(ev);
                    }
                }
            }
        };
        match &code {
            EventCode::Single(c) => push(&srcs, &tgts, c),
            EventCode::Paired(a, b) => {
                let s_null = srcs.iter().all(|(c, _)| null(c));
                let t_null = tgts.iter().all(|(c, _)| null(c));
                if t_null {
                    tgts = srcs.clone();
                } else if s_null {
                    srcs = tgts.clone();
                }
                if !a.is_empty() && !a.starts_with("---") {
                    push(&srcs, &tgts, a);
                }
                if !b.is_empty() && !b.starts_with("---") {
                    push(&tgts, &srcs, b);
                }
            }
            EventCode::Null => {}
        }
    }
    events
}

fn dedup(it: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::new();
    for x in it {
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}
