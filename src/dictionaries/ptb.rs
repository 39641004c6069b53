//! A small Penn-Treebank bracket reader: a supplied parse `(ROOT (S (NP (NNP Arnor)) …))`
//! becomes a [`CodingInput`] (words, noun phrases, verb slots) for the coder.
//!
//! This reads a parse that comes with the data (the PETRARCH unit-test records
//! carry one); marsad runs no parser itself. Noun phrases follow PETRARCH's
//! reading: a base NP, a possessive NP (`Dagolath 's … Minister`) and an
//! `NP PP NP` phrase are one phrase; an NP holding a coordinating conjunction
//! and several nouns is a compound whose parts are coded separately. Verbs in a
//! relative clause inside a noun phrase are not coded.

use super::coder::{CodingInput, Ne, VerbSlot};

/// A tree node.
#[derive(Debug, Clone)]
struct Node {
    label: String,
    children: Vec<Node>,
    /// Leaf: index of the word.
    word: Option<usize>,
    start: usize,
    end: usize,
}

/// A malformed parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("parse tree: {0}")]
pub struct ParseError(pub String);

fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | ')' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                out.push(c.to_string());
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn parse_node(t: &[String], i: &mut usize, words: &mut Vec<(String, String)>, depth: usize) -> Result<Node, ParseError> {
    if depth > 500 {
        return Err(ParseError("nested too deep".into()));
    }
    if t.get(*i).map(String::as_str) != Some("(") {
        return Err(ParseError(format!("expected `(` at token {}", *i)));
    }
    *i += 1;
    let label = match t.get(*i) {
        Some(l) if l != "(" && l != ")" => {
            *i += 1;
            l.clone()
        }
        _ => String::new(),
    };
    let start = words.len();
    let mut children = Vec::new();
    let mut word = None;
    loop {
        match t.get(*i).map(String::as_str) {
            None => return Err(ParseError("unbalanced brackets".into())),
            Some(")") => {
                *i += 1;
                break;
            }
            Some("(") => children.push(parse_node(t, i, words, depth + 1)?),
            Some(w) => {
                word = Some(words.len());
                words.push((w.to_string(), label.clone()));
                *i += 1;
            }
        }
    }
    Ok(Node { label, children, word, start, end: words.len() })
}

/// Reads a bracketed parse into the coder's input (words upper-cased), dated `date` (YYYYMMDD).
pub fn read(parse: &str, date: u32) -> Result<CodingInput, ParseError> {
    let t = tokens(parse);
    let mut words = Vec::new();
    let mut i = 0;
    let root = parse_node(&t, &mut i, &mut words, 0)?;
    let mut input = CodingInput {
        words: words.iter().map(|(w, _)| w.to_uppercase()).collect(),
        pos: words.iter().map(|(_, p)| p.clone()).collect(),
        nes: Vec::new(),
        verbs: Vec::new(),
        date,
    };
    collect(&root, &mut input, false, None);
    input.nes.sort_by_key(|n| n.start);
    input.verbs.sort_by_key(|v| v.index);
    Ok(input)
}

fn is_noun(n: &Node) -> bool {
    n.label == "NP" || n.label.starts_with("NN")
}

fn has_label(n: &Node, f: &dyn Fn(&str) -> bool) -> bool {
    n.children.iter().any(|c| f(&c.label) || has_label(c, f))
}

const BE: [&str; 9] = ["IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "'S", "AM"];

/// Walks the tree: noun phrases into `nes`, verb slots into `verbs`.
/// `in_np_clause`: inside an SBAR within a noun phrase (no verbs coded).
/// `aux`: the head word of the enclosing verb phrase (for passives).
fn collect(n: &Node, input: &mut CodingInput, in_np_clause: bool, aux: Option<&str>) {
    if n.label == "NP" {
        let cc = n.children.iter().any(|c| c.label == "CC");
        let nouns = n.children.iter().filter(|c| is_noun(c)).count();
        let verbal = has_label(n, &|l| l == "VP" || l == "S");
        if cc && nouns >= 2 && !verbal {
            input.nes.push(Ne { start: n.start, end: n.end, parts: readings(n) });
            return;
        }
        let sub_np = has_label(n, &|l| l == "NP");
        let possessive = has_label(n, &|l| l == "POS");
        let simple_pp = n.children.len() >= 2
            && n.children[0].label == "NP"
            && !has_label(&n.children[0], &|l| l == "NP" || l == "PP")
            && n.children.iter().skip(1).all(|c| c.label == "PP" && !has_label(c, &|l| l == "PP" || l == "SBAR" || l == "S" || l == "VP"));
        let clause = has_label(n, &|l| l == "SBAR" || l == "VP" || l == "S");
        if !sub_np || ((possessive || simple_pp) && !clause) {
            let r = readings(n);
            input.nes.push(Ne { start: n.start, end: n.end, parts: if r.len() > 1 { r } else { Vec::new() } });
            return;
        }
        for c in &n.children {
            let inner = in_np_clause || c.label == "SBAR" || c.label == "VP" || c.label == "S";
            collect(c, input, inner, None);
        }
        return;
    }
    if n.label == "VP" {
        if let Some(first) = n.children.first() {
            if first.label.starts_with("VB") || first.label == "MD" {
                if let Some(w) = first.word {
                    if !in_np_clause {
                        let head = input.words[w].clone();
                        let passive = first.label == "VBN"
                            && aux.is_some_and(|a| BE.contains(&a))
                            && input.words[w + 1..n.end].iter().any(|x| x == "BY");
                        input.verbs.push(VerbSlot { index: w, lower_end: n.end, passive, upper_from: w });
                        for c in &n.children[1..] {
                            collect(c, input, in_np_clause, Some(&head));
                        }
                        return;
                    }
                }
            }
        }
    }
    let before = input.verbs.len();
    for c in &n.children {
        collect(c, input, in_np_clause, if n.label == "VP" { aux } else { None });
    }
    // a coordination of verb phrases: each member's upper sequence starts before the coordination
    if n.label == "VP" && n.children.iter().any(|c| c.label == "CC") {
        let heads: Vec<usize> = n.children.iter().filter(|c| c.label == "VP").map(|c| c.start).collect();
        for v in input.verbs[before..].iter_mut() {
            if heads.contains(&v.index) {
                v.upper_from = n.start;
            }
        }
    }
}

fn is_compound(n: &Node) -> bool {
    n.label == "NP" && n.children.iter().any(|c| c.label == "CC") && n.children.iter().filter(|c| is_noun(c)).count() >= 2
}

/// The readings of a noun phrase holding compounds: one word list per
/// combination of compound members, the words outside them shared (and the
/// modifiers before a compound's first noun given to every member). At most 16.
fn readings(n: &Node) -> Vec<Vec<usize>> {
    if let Some(w) = n.word {
        return vec![vec![w]];
    }
    if is_compound(n) {
        let first = n.children.iter().position(is_noun).unwrap_or(0);
        let pre: Vec<Vec<usize>> = n.children[..first].iter().fold(vec![Vec::new()], |acc, c| product(&acc, &readings(c)));
        let mut out = Vec::new();
        for c in n.children[first..].iter().filter(|c| is_noun(c)) {
            out.extend(product(&pre, &readings(c)));
        }
        out.truncate(16);
        return out;
    }
    let mut acc = vec![Vec::new()];
    for c in &n.children {
        acc = product(&acc, &readings(c));
        acc.truncate(16);
    }
    acc
}

fn product(a: &[Vec<usize>], b: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            let mut z = x.clone();
            z.extend(y);
            out.push(z);
        }
    }
    out
}
