//! Document-level label consistency ("one sense per discourse", Gale, Church &
//! Yarowsky 1992; as a decode-time rule for NER, Mikheev, Moens & Grover 1999):
//! after every sentence of a document is tagged, a word sequence the tagger
//! labelled as an entity of one type somewhere in the document is given that
//! type at its other exact occurrences that the tagger left outside any entity.
//!
//! Occurrences are matched on the words' match forms ([`crate::tokenize::Token::norm`]);
//! the first word may also match through a reading without one proclitic
//! و, ب, ل, ف or ك (ANERcorp keeps proclitics inside the entity's token:
//! «ولبنان» is a LOC token), so «وشيراك» finds «شيراك» and the reverse.

use super::{spans, Label, NerType};
use crate::tokenize::{Token, TokenKind};
use std::collections::{HashMap, HashSet};

/// Which sequences are propagated (experiment switch; see docs/ACCURACY.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Longest sequence propagated, in tokens (1: single-token names only).
    pub max_len: usize,
    /// Fewest letters of a sequence (all its words together).
    pub min_letters: usize,
    /// Skip sequences the tagger labelled with two different types in the document.
    pub single_type: bool,
    /// Skip sequences the tagger left outside entities more often than it labelled them.
    pub majority: bool,
    /// Also match the first word through a reading without one proclitic.
    pub proclitics: bool,
}

const PROCLITICS: [&str; 5] = ["و", "ب", "ل", "ف", "ك"];

/// The forms a token's word can be matched by: its whole match form, and (with
/// `proclitics`) its readings without exactly one proclitic of [`PROCLITICS`].
fn forms(tk: &Token, proclitics: bool) -> Vec<&str> {
    let mut v = vec![tk.norm.as_str()];
    if proclitics {
        for b in &tk.bases {
            if PROCLITICS.contains(&b.proclitics.as_str()) && !v.contains(&b.form.as_str()) {
                v.push(b.form.as_str());
            }
        }
    }
    v
}

/// Applies the rule to one document: `sents[k]` are the tokens of sentence `k`,
/// `labels[k]` their label indices ([`Label::index`]), rewritten in place (left valid under BIO).
/// MISC sequences are propagated like the others; existing entities are never changed.
pub fn apply(sents: &[&[Token]], labels: &mut [Vec<usize>], o: Options) {
    if o.max_len == 0 {
        return;
    }
    // key: the words' forms (first word in any of its forms) -> counts per type
    let mut seen: HashMap<Vec<String>, [u32; 4]> = HashMap::new();
    for (toks, lab) in sents.iter().zip(labels.iter()) {
        let ls: Vec<Label> = lab.iter().map(|&l| Label::from_index(l)).collect();
        for (a, b, t) in spans(&ls) {
            if b - a > o.max_len || toks[a..b].iter().any(|tk| tk.kind != TokenKind::Word) {
                continue;
            }
            let letters: usize = toks[a..b].iter().map(|tk| tk.norm.chars().count()).sum();
            if letters < o.min_letters {
                continue;
            }
            for f in forms(&toks[a], o.proclitics) {
                let mut k = vec![f.to_string()];
                k.extend(toks[a + 1..b].iter().map(|tk| tk.norm.clone()));
                seen.entry(k).or_default()[t as usize] += 1;
            }
        }
    }
    if seen.is_empty() {
        return;
    }
    // the type to give each key
    let mut give: HashMap<&[String], NerType> = HashMap::new();
    for (k, c) in &seen {
        let types: Vec<usize> = (0..4).filter(|&i| c[i] > 0).collect();
        if o.single_type && types.len() > 1 {
            continue;
        }
        let best = (0..4).max_by_key(|&i| (c[i], std::cmp::Reverse(i))).unwrap_or(0);
        give.insert(k.as_slice(), NerType::ALL[best]);
    }
    // the first words of the keys: a token that is none of them starts no occurrence, so
    // the scan below builds no key for it (most tokens of a document)
    let first: HashSet<&str> = give.keys().map(|k| k[0].as_str()).collect();
    if o.majority {
        // count the occurrences left O
        let mut outside: HashMap<&[String], u32> = HashMap::new();
        for (toks, lab) in sents.iter().zip(labels.iter()) {
            for_each_match(toks, lab, &give, &first, o, |k, _, _| *outside.entry(k).or_default() += 1);
        }
        give.retain(|k, _| {
            let tagged: u32 = seen.get(*k).map(|c| c.iter().sum()).unwrap_or(0);
            outside.get(k).copied().unwrap_or(0) <= tagged
        });
    }
    for (toks, lab) in sents.iter().zip(labels.iter_mut()) {
        let mut hits = Vec::new();
        for_each_match(toks, lab, &give, &first, o, |k, a, b| hits.push((a, b, give[k])));
        for (a, b, t) in hits {
            if lab[a..b].iter().all(|&l| l == 0) {
                lab[a] = Label::B(t).index();
                for l in &mut lab[a + 1..b] {
                    *l = Label::I(t).index();
                }
            }
        }
    }
}

/// Calls `f(key, first, end)` for each longest occurrence of a key of `give` over tokens all labelled O.
/// `first` holds the first words of the keys (a filter: the result is the same without it).
fn for_each_match<'k>(
    toks: &[Token],
    lab: &[usize],
    give: &HashMap<&'k [String], NerType>,
    first: &HashSet<&str>,
    o: Options,
    mut f: impl FnMut(&'k [String], usize, usize),
) {
    let starts = |tk: &Token| {
        first.contains(tk.norm.as_str())
            || (o.proclitics && tk.bases.iter().any(|b| PROCLITICS.contains(&b.proclitics.as_str()) && first.contains(b.form.as_str())))
    };
    let mut i = 0;
    while i < toks.len() {
        let mut found = None;
        if lab[i] == 0 && toks[i].kind == TokenKind::Word && starts(&toks[i]) {
            'len: for n in (1..=o.max_len.min(toks.len() - i)).rev() {
                if lab[i..i + n].iter().any(|&l| l != 0) {
                    continue;
                }
                for fm in forms(&toks[i], o.proclitics) {
                    let mut k = vec![fm.to_string()];
                    k.extend(toks[i + 1..i + n].iter().map(|tk| tk.norm.clone()));
                    if let Some((kk, _)) = give.get_key_value(k.as_slice()) {
                        found = Some((*kk, n));
                        break 'len;
                    }
                }
            }
        }
        match found {
            Some((k, n)) => {
                f(k, i, i + n);
                i += n;
            }
            None => i += 1,
        }
    }
}

impl Options {
    /// The rule as shipped: sequences of up to 4 words with at least 3 letters, labelled with
    /// one type only in the document, the first word matched also without a proclitic.
    /// Chosen on the ANERcorp dev part and the rotated split (docs/ACCURACY.md).
    pub const SHIPPED: Options = Options { max_len: 4, min_letters: 3, single_type: true, majority: false, proclitics: true };
    /// The rule switched off.
    pub const OFF: Options = Options { max_len: 0, min_letters: 0, single_type: false, majority: false, proclitics: false };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::segment::sentences;
    use crate::text::Text;
    use crate::tokenize::tokenize;
    use Label::*;
    use NerType::*;

    fn idx(l: &[Label]) -> Vec<usize> {
        l.iter().map(|x| x.index()).collect()
    }

    #[test]
    fn propagates_to_bare_and_proclitic_occurrences_only_where_outside() {
        let text = Text::new("قال جاك شيراك كلاما.\nوقابل شيراك وزيرا.\nثم رحب وشيراك بالضيف.\nوشكر شيراك جاك.".to_string());
        let toks = tokenize(&text, &sentences(&text), Lang::Ar);
        let sents: Vec<&[Token]> = toks.chunk_by(|a, b| a.sentence == b.sentence).collect();
        assert_eq!(sents.len(), 4);
        let mut labels = vec![
            idx(&[O, B(Per), I(Per), O, O]),
            idx(&[O, O, O, O]),
            idx(&[O, O, O, O, O]),
            idx(&[O, O, B(Org), O]),
        ];
        let before = labels.clone();
        apply(&sents, &mut labels, Options::SHIPPED);
        assert_eq!(labels[0], before[0]);
        // bare «شيراك» is not a key (only «جاك شيراك» was tagged); the full name is
        assert_eq!(labels[1], before[1]);
        assert_eq!(labels[3], before[3], "an existing entity is never changed");
        // now tag a bare mention: it reaches «وشيراك» through the proclitic reading
        let mut labels = vec![idx(&[O, B(Per), I(Per), O, O]), idx(&[O, B(Per), O, O]), idx(&[O, O, O, O, O]), idx(&[O, O, O, O])];
        apply(&sents, &mut labels, Options::SHIPPED);
        assert_eq!(labels[2], idx(&[O, O, B(Per), O, O]));
        assert_eq!(labels[3], idx(&[O, B(Per), O, O]));
        let mut off = vec![idx(&[O, B(Per), I(Per), O, O]), idx(&[O, B(Per), O, O]), idx(&[O, O, O, O, O]), idx(&[O, O, O, O])];
        let keep = off.clone();
        apply(&sents, &mut off, Options::OFF);
        assert_eq!(off, keep);
    }

    #[test]
    fn two_types_in_a_document_are_not_propagated() {
        let text = Text::new("زار قطر وفدا.\nوفاز قطر بالكأس.\nوقال قطر ذلك.".to_string());
        let toks = tokenize(&text, &sentences(&text), Lang::Ar);
        let sents: Vec<&[Token]> = toks.chunk_by(|a, b| a.sentence == b.sentence).collect();
        let mut labels = vec![idx(&[O, B(Loc), O, O]), idx(&[O, B(Org), O, O]), idx(&[O, O, O, O])];
        apply(&sents, &mut labels, Options::SHIPPED);
        assert_eq!(labels[2], idx(&[O, O, O, O]));
        let mut labels = vec![idx(&[O, B(Loc), O, O]), idx(&[O, O, O, O]), idx(&[O, O, O, O])];
        apply(&sents, &mut labels, Options::SHIPPED);
        assert_eq!(labels[1], idx(&[O, B(Loc), O, O]));
        assert_eq!(labels[2], idx(&[O, B(Loc), O, O]));
    }
}
