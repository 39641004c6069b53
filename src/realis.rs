//! realis: is an Arabic protest or assault trigger a report of a specific, actual event?
//!
//! In the ACE/ERE annotation of events, an event mention's *realis* is `actual`
//! (it took place: "قتل مسلحون ثلاثة جنود امس"), `generic` (a kind of event:
//! "الهجمات الانتحارية تستهدف المدنيين") or `other` (future, hypothetical,
//! negated, demanded, a background reference: "منذ اغتيال الحريري", "احتجاجا على").
//! The Arabic event gold standard (`arabic_event_gsr`) counts a sentence as an
//! ASSAULT or PROTEST only when it reports an actual event of that kind, so the
//! hand-written context rules of [`crate::events`] (irrealis, reference and
//! figurative words, verbal-noun readings) leave many judgement calls. This
//! module learns them.
//!
//! **Candidates.** Every Arabic trigger of CAMEO root 14 (PROTEST) or 18–20
//! (ASSAULT) that the event lexicon finds is a candidate, including those the
//! rules reject; the rules' verdicts are features of the candidate, not filters
//! ([`RuleFlags`]). A candidate the model keeps becomes events exactly as a rule
//! event (source and target from the actor logic; with no source, an agentless
//! event). English triggers and other roots never go through the model.
//!
//! **Features** ([`features`]): sparse binary indicators hashed (FNV-1a 64) into
//! 2^[`HASH_BITS`] slots, each conjoined with the event kind (so one file holds
//! two independent linear models): the trigger's pattern code, form and
//! proclitics; the words (and their stems without proclitics) at offsets ±3 and
//! in a bag of ±5; the position in the sentence; verb aspect (imperfect forms);
//! subordinators (عندما، منذ، بعد، إثر…), negation, future and modal particles
//! before the trigger; quote marks; reporting verbs; victim counts and casualty
//! words; time words (أمس، اليوم، الماضي) and dated times; the actor codes of the
//! sentence (sectors MIL, REB, UAF, COP, OPP…) and of the found source; the rule
//! flags and verdict. Since feature version 2 also: the trigger class (verb/noun) and
//! pattern code, trigger and proclitics each crossed with the trigger's aspect (perfect,
//! imperfect, verbal noun, definite or indefinite noun); the stems at ±1, ±2 and ±3–5
//! (position buckets); the character 3–5-grams of the words at ±1 and ±2 (Arabic
//! morphology without a stemmer); the bag of stems of the whole sentence; sentence cues
//! (condemnation verbs before or after the trigger, weapon words, protest words anywhere
//! and near the trigger, future or conditional words anywhere, a number before a
//! casualty word) and the aspect crossed with the trigger's position.
//!
//! **Model.** A linear classifier over the features. The gold labels are per
//! sentence; a sentence is positive when its best-scoring candidate scores above
//! the kind's threshold. Each kind is trained apart. Two trainers: L2-regularised
//! logistic regression over the candidates, each labelled with its sentence's label
//! (the candidates of positive sentences weighted per kind, [`POSITIVE_WEIGHT`];
//! full-batch AdaGrad, [`train_weights_lr`]; the default is the average of the
//! weights of the [`ENSEMBLE`] settings), and a *multiple-instance* averaged
//! perceptron (Collins 2002 averaging; the MI update of Andrews et al. 2003's
//! mi-SVM heuristics: on a positive sentence that scores too low the best
//! candidate is pushed up, on a negative sentence every candidate that scores too
//! high is pushed down; [`train_weights`]). Logistic regression scored higher in
//! the cross-validation (docs/ACCURACY.md). The thresholds are chosen by grouped
//! cross-validation *inside* the training data ([`train_model`]), never on data
//! scored later. Training is deterministic (fixed order and seed; hashing
//! independent of the process).
//!
//! **Cross-validation** ([`document_of`], [`fold_of`]): folds are made of whole
//! documents (the sentence id `AAW_ARB_20081011.0036-10` is sentence 10 of the
//! document `AAW_ARB_20081011.0036`), assigned by a hash of the document id.
//!
//! # Model file (little-endian)
//!
//! | bytes | content |
//! |---|---|
//! | 4 | magic `MRLS` |
//! | 4 | format version (1) |
//! | 4 | feature version ([`FEATURE_VERSION`]) |
//! | 4 × 2 | f32 decision thresholds: ASSAULT, PROTEST |
//! | 4 | number of non-zero weights N |
//! | 4 × N | slot indices, strictly ascending |
//! | 4 × N | f32 weights |

use crate::tokenize::{Token, TokenKind};

pub mod data;

/// Number of bits of the hashed feature space (2^20 slots).
pub const HASH_BITS: u32 = 20;
/// Version of the feature set; a model trained with another version is refused.
pub const FEATURE_VERSION: u32 = 2;
const MAGIC: &[u8; 4] = b"MRLS";
const FORMAT_VERSION: u32 = 1;

/// The trained model compiled into the binary (`marsad train realis`); empty when none was trained.
pub static BUILTIN_MODEL: &[u8] = include_bytes!("../models/realis.ar.bin");

/// The event kinds of the Arabic gold standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// CAMEO roots 18 (assault), 19 (fight), 20 (mass violence).
    Assault,
    /// CAMEO root 14 (protest).
    Protest,
}

impl EventKind {
    /// The kind of a two-digit CAMEO root number, `None` for roots the model does not judge.
    pub fn of_root(root: u8) -> Option<EventKind> {
        match root {
            14 => Some(EventKind::Protest),
            18..=20 => Some(EventKind::Assault),
            _ => None,
        }
    }
    fn index(self) -> usize {
        match self {
            EventKind::Assault => 0,
            EventKind::Protest => 1,
        }
    }
    fn tag(self) -> &'static str {
        match self {
            EventKind::Assault => "A",
            EventKind::Protest => "P",
        }
    }
}

/// The verdicts of the hand-written context rules on a candidate (all false: the rules keep it).
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleFlags {
    /// A negation particle right before the trigger.
    pub negated: bool,
    /// A `needs_report` noun without a reporting verb before it.
    pub unreported: bool,
    /// An irrealis word next to the trigger ("هجوم محتمل").
    pub irrealis: bool,
    /// A reference noun right before the trigger ("قضية خطف").
    pub reference: bool,
    /// A figurative word next to the trigger ("خطف الأنظار").
    pub figurative: bool,
    /// A `needs_support` noun (or verbal-noun reading) without a support word.
    pub unsupported: bool,
    /// A support word near the trigger ("شن", "قتلى").
    pub supported: bool,
    /// A verb form read as its verbal noun (after a preposition, ب or ل).
    pub verbal_noun: bool,
    /// Read as future, habitual or a reference back (imperfect assault verb, definite noun with a relative clause).
    pub not_an_event: bool,
    /// The verb form is imperfect (present, future, subjunctive).
    pub imperfect: bool,
    /// The rules' overall verdict: they code this candidate.
    pub rules_keep: bool,
}

/// What the event coder knows about one candidate, for [`features`].
pub struct CandidateContext<'a> {
    /// The document's tokens.
    pub tokens: &'a [Token],
    /// First token of the sentence.
    pub from: usize,
    /// One past the last token of the sentence.
    pub to: usize,
    /// First token of the trigger.
    pub tf: usize,
    /// One past the last token of the trigger.
    pub te: usize,
    /// Index of the trigger token's reading ([`Token::bases`]).
    pub base: usize,
    /// The pattern's CAMEO code.
    pub code: &'a str,
    /// True for noun and phrase patterns, false for verbs.
    pub noun: bool,
    /// The rules' verdicts.
    pub flags: RuleFlags,
    /// The coded actors of the sentence: (first token, end token, code).
    pub actors: Vec<(usize, usize, &'a str)>,
    /// The source code the argument rules found (empty: none or agentless), `None`: no event pair at all.
    pub source: Option<&'a str>,
    /// A victim count right after the trigger ("قتل 3 أشخاص").
    pub count_after: bool,
    /// The sentence has a dated time expression.
    pub dated: bool,
    /// A reporting verb (speech cue) before the trigger in the sentence.
    pub reported: bool,
}

/// A candidate event mention and its features.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Sentence index in the document.
    pub sentence: usize,
    /// Event kind.
    pub kind: EventKind,
    /// Hashed feature slots (sorted, distinct).
    pub features: Vec<u32>,
    /// The rules' verdict.
    pub rules_keep: bool,
}

/// FNV-1a 64-bit hash (stable across processes and platforms).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn slot(kind: EventKind, name: &str) -> u32 {
    let mut h = fnv1a(kind.tag().as_bytes());
    for b in name.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // fold the high bits in: the low bits of FNV alone mix less well
    ((h ^ (h >> 32)) & ((1u64 << HASH_BITS) - 1)) as u32
}

const SUBORDINATORS: &[&str] = &["عندما", "حين", "حينما", "منذ", "بعد", "اثر", "عقب", "قبل", "خلال", "لدي", "بينما", "اذ", "اذا", "لو", "كلما", "حتي", "ريثما", "فيما"];
const FUTURE_MODAL: &[&str] = &["سوف", "لن", "قد", "يجب", "يمكن", "ربما", "ان", "لكي", "كي", "لمنع", "ينبغي", "يتعين", "تهدد", "هدد", "يهدد", "تعتزم", "يعتزم", "تنوي", "ينوي"];
const NEGATIONS: &[&str] = &["لم", "لا", "لن", "ليس", "ما", "غير", "دون", "بدون", "عدم", "ولم", "ولا"];
const TIME_WORDS: &[&str] = &["امس", "اليوم", "الماضي", "الماضيه", "الليله", "صباح", "مساء", "فجر", "ظهر", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "امس،", "الحالي", "الجاري"];
const CASUALTY: &[&str] = &["قتيل", "قتلي", "جريح", "جرحي", "مصرع", "اصابه", "اصيب", "اصيبوا", "لقي", "لقوا", "حتفهم", "حتفه", "مقتل", "جثث", "شهيد", "شهداء", "ضحايا"];
const CONDEMN: &[&str] = &["ادان", "ادانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر", "تستنكر", "ندد", "نددت", "يندد", "تندد", "ادانه", "استنكار", "تنديد", "شجب", "شجبت"];
const WEAPONS: &[&str] = &["سلاح", "اسلحه", "بنادق", "رصاص", "الرصاص", "مسلحون", "مسلحين", "عبوه", "ناسفه", "صاروخ", "صواريخ", "قذائف", "قذيفه", "دبابات", "مروحيه", "طائرات", "مفخخه", "انتحاري", "قنبله"];
const PROTEST_CUES: &[&str] = &["متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "متظاهر", "محتجون", "محتجين", "المحتجون", "المحتجين", "هتافات", "شعارات", "لافتات", "الشوارع", "الشارع", "حشود", "الالاف", "الاف", "مئات", "عشرات", "امام"];
const FUTURE_ANY: &[&str] = &["سوف", "لن", "سيتم", "ستكون", "سيكون", "اذا", "لو", "يعتزم", "تعتزم", "المقرر", "المقبل", "المقبله", "القادم"];
const GENERIC: &[&str] = &["ظاهره", "عمليات", "اعمال", "سلسله", "موجه", "تصاعد", "مكافحه", "ضد", "لمكافحه", "الارهاب", "ادانه", "ادان", "تدين", "يدين", "استنكر", "تستنكر"];

const CUE_CONDEMN: u8 = 1;
const CUE_WEAPON: u8 = 2;
const CUE_PROTEST: u8 = 4;
const CUE_FUTURE: u8 = 8;

/// Word → the sentence cue lists it is in (bit mask of `CUE_*`), built once.
fn cue_sets() -> &'static crate::text::FastMap<&'static str, u8> {
    static S: std::sync::OnceLock<crate::text::FastMap<&'static str, u8>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut m = crate::text::FastMap::default();
        for (list, bit) in [(CONDEMN, CUE_CONDEMN), (WEAPONS, CUE_WEAPON), (PROTEST_CUES, CUE_PROTEST), (FUTURE_ANY, CUE_FUTURE)] {
            for w in list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    })
}

/// Feature names hashed as they are written: one reused buffer instead of a
/// `String` per feature (the slots are those of [`slot`] on the same text).
struct Names {
    kind: EventKind,
    buf: String,
    out: Vec<u32>,
}

impl Names {
    fn push(&mut self, name: std::fmt::Arguments) {
        use std::fmt::Write;
        self.buf.clear();
        let _ = self.buf.write_fmt(name);
        self.out.push(slot(self.kind, &self.buf));
    }

    /// The slot of the name `prefix` + `word` without formatting (the same slot as [`Names::push`]).
    fn push2(&mut self, prefix: &str, word: &str) {
        let mut h = fnv1a(self.kind.tag().as_bytes());
        for b in prefix.bytes().chain(word.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.out.push(((h ^ (h >> 32)) & ((1u64 << HASH_BITS) - 1)) as u32);
    }
}

/// The sparse features of a candidate, sorted and distinct.
pub fn features(kind: EventKind, c: &CandidateContext) -> Vec<u32> {
    let mut names = Names { kind, buf: String::with_capacity(64), out: Vec::with_capacity(96) };
    let t = c.tokens;
    let tok = &t[c.tf];
    let b = tok.bases.get(c.base).or(tok.bases.first());
    let (form, procl) = b.map(|b| (b.form.as_str(), b.proclitics.as_str())).unwrap_or(("", ""));
    let trig: Vec<&str> = t[c.tf..c.te].iter().map(|x| x.norm.as_str()).collect();
    names.push(format_args!("bias"));
    names.push(format_args!("code={}", c.code));
    names.push(format_args!("code3={}", c.code.get(..3).unwrap_or(c.code)));
    names.push(format_args!("noun={}", c.noun));
    names.push(format_args!("form={form}"));
    names.push(format_args!("trig={}", trig.join("_")));
    names.push(format_args!("procl={procl}"));
    names.push(format_args!("def={}", form.starts_with("ال") || procl.ends_with("ال") || procl.ends_with("لل")));
    names.push(format_args!("multi={}", c.te - c.tf > 1));
    let f = c.flags;
    for (n, v) in [
        ("negated", f.negated),
        ("unreported", f.unreported),
        ("irrealis", f.irrealis),
        ("reference", f.reference),
        ("figurative", f.figurative),
        ("unsupported", f.unsupported),
        ("supported", f.supported),
        ("verbal_noun", f.verbal_noun),
        ("not_event", f.not_an_event),
        ("imperfect", f.imperfect),
    ] {
        if v {
            names.push(format_args!("flag={n}"));
            names.push(format_args!("flag={n}&noun={}", c.noun));
        }
    }
    names.push(format_args!("rules_keep={}", f.rules_keep));
    names.push(format_args!("rules_keep={}&code3={}", f.rules_keep, c.code.get(..3).unwrap_or(c.code)));
    // verb suffix: plural / feminine / object pronoun endings
    if !c.noun {
        let n = form.chars().count();
        let suf: String = form.chars().skip(n.saturating_sub(2)).collect();
        names.push(format_args!("vsuf={suf}"));
        names.push(format_args!("vpre={}", form.chars().next().unwrap_or(' ')));
    }
    // position
    let pos = c.tf - c.from;
    let len = c.to - c.from;
    let bucket = |n: usize| match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    };
    names.push(format_args!("pos={}", bucket(pos)));
    names.push(format_args!("len={}", bucket(len / 2)));
    names.push(format_args!("relpos={}", if len == 0 { 0 } else { 4 * pos / len }));
    // context words at offsets and in a bag
    // the last reading's form (the stem without proclitics), else the word
    fn stem_ref(x: &Token) -> &str {
        x.bases.last().map(|b| b.form.as_str()).unwrap_or(x.norm.as_str())
    }
    for d in 1..=3usize {
        if c.tf >= c.from + d {
            let x = &t[c.tf - d];
            names.push(format_args!("w-{d}={}", x.norm));
            names.push(format_args!("s-{d}={}", stem_ref(x)));
        } else {
            names.push(format_args!("w-{d}=<s>"));
        }
        if c.te + d - 1 < c.to {
            let x = &t[c.te + d - 1];
            names.push(format_args!("w+{d}={}", x.norm));
            names.push(format_args!("s+{d}={}", stem_ref(x)));
        } else {
            names.push(format_args!("w+{d}=</s>"));
        }
    }
    if c.tf > c.from {
        names.push(format_args!("w-1_trig={}_{}", t[c.tf - 1].norm, form));
    }
    let lo = c.tf.saturating_sub(5).max(c.from);
    let hi = (c.te + 5).min(c.to);
    for i in lo..hi {
        if i >= c.tf && i < c.te {
            continue;
        }
        names.push2(if i < c.tf { "bagL=" } else { "bagR=" }, stem_ref(&t[i]));
    }
    // cue words before the trigger (in the sentence, up to 8 tokens back)
    let back = c.tf.saturating_sub(8).max(c.from);
    let before = &t[back..c.tf];
    let has = |set: &[&str], xs: &[Token]| xs.iter().any(|x| set.contains(&x.norm.as_str()) || x.bases.iter().any(|b| set.contains(&b.form.as_str())));
    for x in before.iter().rev().take(4) {
        if SUBORDINATORS.contains(&x.norm.as_str()) || x.bases.iter().any(|b| SUBORDINATORS.contains(&b.form.as_str())) {
            names.push(format_args!("subord={}", x.bases.last().map(|b| b.form.as_str()).unwrap_or("")));
        }
    }
    if has(SUBORDINATORS, before) {
        names.push(format_args!("subord_before"));
    }
    if has(FUTURE_MODAL, &t[c.tf.saturating_sub(3).max(c.from)..c.tf]) {
        names.push(format_args!("modal_before"));
    }
    if form.starts_with('س') && c.flags.imperfect {
        names.push(format_args!("future_prefix"));
    }
    if has(NEGATIONS, &t[c.tf.saturating_sub(3).max(c.from)..c.tf]) {
        names.push(format_args!("neg_near"));
    }
    let sent = &t[c.from..c.to];
    if has(GENERIC, &t[c.tf.saturating_sub(3).max(c.from)..(c.te + 2).min(c.to)]) {
        names.push(format_args!("generic_near"));
    }
    // quotes
    let quote = |x: &Token| x.kind == TokenKind::Punct && matches!(x.norm.as_str(), "«" | "»" | "\"" | "“" | "”");
    let qbefore = t[c.from..c.tf].iter().filter(|x| quote(x)).count();
    if sent.iter().any(quote) {
        names.push(format_args!("quotes"));
    }
    if qbefore % 2 == 1 {
        names.push(format_args!("in_quote"));
    }
    if c.reported {
        names.push(format_args!("reported_before"));
    }
    // casualties and counts
    if c.count_after {
        names.push(format_args!("count_after"));
    }
    if has(CASUALTY, sent) {
        names.push(format_args!("casualty_words"));
    }
    if sent.iter().any(|x| x.kind == TokenKind::Number) {
        names.push(format_args!("number"));
    }
    // time
    if has(TIME_WORDS, sent) {
        names.push(format_args!("time_word"));
    }
    for x in sent {
        if TIME_WORDS.contains(&x.norm.as_str()) {
            names.push(format_args!("tw={}", x.norm));
        }
    }
    if c.dated {
        names.push(format_args!("dated"));
    }
    // actors
    let sect = |code: &str| -> Vec<String> {
        let mut v = Vec::new();
        let mut i = 0;
        while i + 3 <= code.len() {
            if let Some(s) = code.get(i..i + 3) {
                v.push(s.to_string());
            }
            i += 3;
        }
        v
    };
    for (first, end, code) in &c.actors {
        let side = if *end <= c.tf { "L" } else if *first >= c.te { "R" } else { "I" };
        let near = (*end <= c.tf && c.tf - end <= 4) || (*first >= c.te && first - c.te <= 4);
        for s in sect(code).into_iter().skip(1).chain(std::iter::once(if code.len() == 3 { "CTRY".to_string() } else { String::new() })) {
            if s.is_empty() {
                continue;
            }
            names.push(format_args!("actor{side}={s}"));
            if near {
                names.push(format_args!("actor_near={s}"));
            }
        }
    }
    names.push(format_args!("nactors={}", bucket(c.actors.len())));
    match c.source {
        None => names.push(format_args!("src=none")),
        Some("") => names.push(format_args!("src=agentless")),
        Some(code) => {
            names.push(format_args!("src=coded"));
            for s in sect(code).into_iter().skip(1) {
                names.push(format_args!("src_sector={s}"));
            }
        }
    }

    // ---- richer context (feature version 2)
    let aspect = if c.noun {
        if form.starts_with("ال") || procl.ends_with("ال") || procl.ends_with("لل") { "ndef" } else { "nindef" }
    } else if c.flags.verbal_noun {
        "masdar"
    } else if c.flags.imperfect {
        "imperf"
    } else {
        "perf"
    };
    {
        let cls = if c.noun { "noun" } else { "verb" };
        names.push(format_args!("cls={cls}&aspect={aspect}"));
        names.push(format_args!("code3={}&aspect={aspect}", c.code.get(..3).unwrap_or(c.code)));
        names.push(format_args!("trig={}&aspect={aspect}", trig.join("_")));
        names.push(format_args!("procl={procl}&aspect={aspect}"));
    }
    {
        let pb = |d: usize, left: bool| match (d, left) {
            (1, true) => "wb-1=",
            (2, true) => "wb-2=",
            (_, true) => "wb-3-5=",
            (1, false) => "wb+1=",
            (2, false) => "wb+2=",
            (_, false) => "wb+3-5=",
        };
        for d in 1..=5usize {
            if c.tf >= c.from + d {
                names.push2(pb(d, true), stem_ref(&t[c.tf - d]));
            }
            if c.te + d - 1 < c.to {
                names.push2(pb(d, false), stem_ref(&t[c.te + d - 1]));
            }
        }
    }
    {
        let mut grams = |side: &'static str, w: &str| {
            // char boundaries, so a gram is a slice of the word
            let bounds: Vec<usize> = w.char_indices().map(|(i, _)| i).chain(std::iter::once(w.len())).collect();
            let nc = bounds.len() - 1;
            for n in 3..=5usize.min(nc) {
                for i in 0..=nc - n {
                    names.push2(side, &w[bounds[i]..bounds[i + n]]);
                }
            }
        };
        for d in 1..=2usize {
            if c.tf >= c.from + d {
                grams("ngL=", &t[c.tf - d].norm);
            }
            if c.te + d - 1 < c.to {
                grams("ngR=", &t[c.te + d - 1].norm);
            }
        }
    }
    // one pass over the sentence: its bag of stems and the cue lists each word is in
    let cues = cue_sets();
    let (mut condemn, mut any) = ([false; 2], 0u8);
    let mut protest_near = false;
    for (i, x) in sent.iter().enumerate() {
        if x.kind != TokenKind::Punct && x.kind != TokenKind::Number {
            names.push2("sb=", stem_ref(x));
        }
        let at = c.from + i;
        if at >= c.tf && at < c.te {
            continue;
        }
        let mut m = cues.get(x.norm.as_str()).copied().unwrap_or(0);
        for b in &x.bases {
            m |= cues.get(b.form.as_str()).copied().unwrap_or(0);
        }
        any |= m;
        if m & CUE_CONDEMN != 0 {
            condemn[usize::from(at >= c.te)] = true;
        }
        if m & CUE_PROTEST != 0 && at + 4 >= c.tf && at < c.te + 4 {
            protest_near = true;
        }
    }
    {
        for (flag, name) in [(condemn[0], "condemn_before"), (condemn[1], "condemn_after"), (any & CUE_WEAPON != 0, "weapons"), (any & CUE_PROTEST != 0, "protest_cue"), (protest_near, "protest_cue_near"), (any & CUE_FUTURE != 0, "future_any")] {
            if flag {
                names.push(format_args!("{name}"));
            }
        }
        let count_casualty = sent.windows(3).any(|w| w[0].kind == TokenKind::Number && (CASUALTY.contains(&w[1].norm.as_str()) || CASUALTY.contains(&w[2].norm.as_str())));
        if count_casualty {
            names.push(format_args!("count_casualty"));
        }
        let ntrig_before = c.tf - c.from;
        names.push(format_args!("aspect={aspect}&pos={}", bucket(ntrig_before)));
    }
    let mut out = names.out;
    out.sort_unstable();
    out.dedup();
    out
}

/// Errors reading a model file.
#[derive(Debug)]
pub enum ModelError {
    /// Not a realis model, or truncated.
    Malformed(&'static str),
    /// Trained with another feature version.
    Version(u32),
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::Malformed(w) => write!(f, "realis model: {w}"),
            ModelError::Version(v) => write!(f, "realis model: feature version {v}, this build uses {FEATURE_VERSION}; retrain with `marsad train realis`"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A trained realis model: sparse weights and a decision threshold per kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Slot indices, strictly ascending.
    keys: Vec<u32>,
    /// Weight of each slot.
    weights: Vec<f32>,
    /// Decision threshold per kind (ASSAULT, PROTEST): keep a candidate when its score is above it.
    pub thresholds: [f32; 2],
}

impl Model {
    /// The model from dense weights (zero weights dropped).
    pub fn from_dense(w: &[f32], thresholds: [f32; 2]) -> Model {
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        for (i, &x) in w.iter().enumerate() {
            if x != 0.0 {
                keys.push(i as u32);
                weights.push(x);
            }
        }
        Model { keys, weights, thresholds }
    }

    /// The linear score of a candidate's features.
    pub fn score(&self, features: &[u32]) -> f32 {
        features.iter().filter_map(|f| self.keys.binary_search(f).ok().map(|i| self.weights[i])).sum()
    }

    /// True when the model judges the candidate an actual event.
    pub fn keep(&self, kind: EventKind, features: &[u32]) -> bool {
        self.score(features) > self.thresholds[kind.index()]
    }

    /// Number of non-zero weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The model file (format in the module documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(24 + 8 * self.keys.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        for t in self.thresholds {
            out.extend_from_slice(&t.to_le_bytes());
        }
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Reads a model file. Errors: wrong magic, truncated, unsorted keys, other feature version.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let u32_at = |i: usize| -> Result<u32, ModelError> {
            b.get(i..i + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]])).ok_or(ModelError::Malformed("truncated"))
        };
        if b.get(..4) != Some(MAGIC.as_slice()) {
            return Err(ModelError::Malformed("not a realis model (magic)"));
        }
        if u32_at(4)? != FORMAT_VERSION {
            return Err(ModelError::Malformed("unknown format version"));
        }
        let fv = u32_at(8)?;
        if fv != FEATURE_VERSION {
            return Err(ModelError::Version(fv));
        }
        let thresholds = [f32::from_bits(u32_at(12)?), f32::from_bits(u32_at(16)?)];
        let n = u32_at(20)? as usize;
        if b.len() != 24 + 8 * n {
            return Err(ModelError::Malformed("length does not match the weight count"));
        }
        let keys: Vec<u32> = (0..n).map(|i| u32_at(24 + 4 * i)).collect::<Result<_, _>>()?;
        let weights: Vec<f32> = (0..n).map(|i| u32_at(24 + 4 * n + 4 * i).map(f32::from_bits)).collect::<Result<_, _>>()?;
        if keys.windows(2).any(|w| w[0] >= w[1]) || keys.last().is_some_and(|&k| k >= 1 << HASH_BITS) {
            return Err(ModelError::Malformed("keys not strictly ascending or out of range"));
        }
        Ok(Model { keys, weights, thresholds })
    }

    /// The built-in model, `None` when none was compiled in (the rules decide then).
    pub fn builtin() -> Option<Model> {
        Model::from_bytes(BUILTIN_MODEL).ok()
    }
}

/// Who decides whether an Arabic protest or assault candidate is an event.
#[derive(Debug, Clone, Copy)]
pub enum Decider<'a> {
    /// The hand-written context rules alone ([`RuleFlags::rules_keep`]).
    Rules,
    /// A trained model (kept candidates without a source become agentless events).
    Model(&'a Model),
}

/// A training example: one gold sentence of a kind, with its candidates of that kind.
#[derive(Debug, Clone)]
pub struct Bag {
    /// Event kind of the gold set.
    pub kind: EventKind,
    /// Gold label: the sentence reports an event of the kind.
    pub label: bool,
    /// Feature slots of each candidate (may be empty: then the sentence is never positive).
    pub instances: Vec<Vec<u32>>,
    /// Cross-validation fold of the sentence's document.
    pub fold: usize,
    /// Share of the sentence's annotators who said it reports an event of `kind` (0..=1;
    /// the file's `accept` / `total`, or 1 / 0 by `label` when the file has no votes): the
    /// target of the logistic loss under soft labels ([`TrainOptions::soft_labels`]).
    pub target: f32,
    /// Whether the sentence has a label (`yes`, `easy no`, `difficult no`): only those set
    /// thresholds and are scored; an `ambiguous` one (`label` false) trains under soft
    /// labels only.
    pub scored: bool,
}

/// Training options.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the data (perceptron); logistic regression takes 10 × as many full-batch steps.
    pub epochs: usize,
    /// Margin demanded of the training updates (perceptron).
    pub margin: f32,
    /// Seed of the shuffle (perceptron).
    pub seed: u64,
    /// L2 penalty (logistic regression).
    pub l2: f32,
    /// Train logistic regression (the default) instead of the multiple-instance perceptron.
    pub lr: bool,
    /// Train the average of the [`ENSEMBLE`] logistic regressions (the default; `epochs`
    /// and `l2` are then those of each member) instead of one.
    pub ensemble: bool,
    /// Weight of the candidates of a positive sentence in the logistic loss, per kind
    /// (ASSAULT, PROTEST; negatives weigh 1). Default [`POSITIVE_WEIGHT`].
    pub pos_weight: [f32; 2],
    /// Soft labels per kind (ASSAULT, PROTEST; logistic regression only): train on the
    /// annotators' share [`Bag::target`] instead of the 1 / 0 label, and on the `ambiguous`
    /// sentences too. Default [`SOFT_LABELS`].
    pub soft_labels: [bool; 2],
}

/// The default [`TrainOptions::soft_labels`]: none, both kinds train on the 1 / 0 labels.
/// Measured by the grouped cross-validation over six fold assignments (`marsad train realis
/// --cv --cv-salt N --soft-labels protest`, docs/ACCURACY.md): soft PROTEST labels raised the
/// PROTEST F1 mean 0.538 → 0.562 (better under four of six, precision 0.591 → 0.639) but
/// lowered it under assignment 0, the one of `eval-sets` (0.581 → 0.552), and cut the PROTEST
/// span records detected 73 → 61 of 170; soft ASSAULT labels lowered ASSAULT (mean 0.730 →
/// 0.707–0.717 over three assignments). A gain within the spread of the assignments is no gain.
pub const SOFT_LABELS: [bool; 2] = [false, false];

/// The default [`TrainOptions::pos_weight`]: PROTEST positives (60 of 1127 scored sentences)
/// weigh 3, ASSAULT positives (160 of 1548) 1. Chosen by the grouped cross-validation over
/// five fold assignments (docs/ACCURACY.md): PROTEST F1 mean 0.508 → 0.547 (better under
/// every assignment; weights 2, 5 and 10 also better than 1), ASSAULT 0.711 → 0.706 with
/// weight 3, so ASSAULT keeps 1.
pub const POSITIVE_WEIGHT: [f32; 2] = [1.0, 3.0];

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { epochs: 20, margin: 1.0, seed: 7, l2: 0.0001, lr: true, ensemble: true, pos_weight: POSITIVE_WEIGHT, soft_labels: SOFT_LABELS }
    }
}

fn xorshift(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}

/// Multiple-instance averaged perceptron over `bags`: dense averaged weights (2^HASH_BITS).
pub fn train_weights(bags: &[&Bag], o: &TrainOptions) -> Vec<f32> {
    let n = 1usize << HASH_BITS;
    let mut w = vec![0f32; n];
    let mut u = vec![0f32; n]; // sum of c × update, for lazy averaging
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..bags.len()).collect();
    let mut seed = o.seed.max(1);
    let score = |w: &[f32], f: &[u32]| -> f32 { f.iter().map(|&k| w[k as usize]).sum() };
    for _ in 0..o.epochs {
        for i in (1..order.len()).rev() {
            let j = (xorshift(&mut seed) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &bi in &order {
            let bag = bags[bi];
            if bag.instances.is_empty() || !bag.scored {
                c += 1.0;
                continue;
            }
            let scores: Vec<f32> = bag.instances.iter().map(|f| score(&w, f)).collect();
            let update = |f: &[u32], d: f32, w: &mut [f32], u: &mut [f32]| {
                for &k in f {
                    w[k as usize] += d;
                    u[k as usize] += c * d;
                }
            };
            if bag.label {
                let (best, s) = scores.iter().enumerate().fold((0, f32::MIN), |a, (i, &s)| if s > a.1 { (i, s) } else { a });
                if s <= o.margin {
                    update(&bag.instances[best], 1.0, &mut w, &mut u);
                }
            } else {
                for (f, &s) in bag.instances.iter().zip(&scores) {
                    if s >= -o.margin {
                        update(f, -1.0, &mut w, &mut u);
                    }
                }
            }
            c += 1.0;
        }
    }
    w.iter().zip(&u).map(|(w, u)| w - u / c).collect()
}

/// L2-regularised logistic regression over the candidates, each labelled with its
/// sentence's label and the candidates of positive sentences weighted by
/// [`TrainOptions::pos_weight`] of their kind (the loss is the weighted mean over the
/// candidates; full-batch AdaGrad, deterministic): dense weights (2^HASH_BITS).
pub fn train_weights_lr(bags: &[&Bag], o: &TrainOptions) -> Vec<f32> {
    let n = 1usize << HASH_BITS;
    let mut w = vec![0f32; n];
    let mut g2 = vec![1e-8f32; n];
    // (features, target, weight); a weight that is not a finite positive number counts as 1
    // soft labels: the annotators' share, ambiguous sentences included; else the label
    let soft = |b: &Bag| o.soft_labels[b.kind.index()];
    let target = |b: &Bag| match (soft(b), b.label) {
        (true, _) => b.target.clamp(0.0, 1.0),
        (false, true) => 1.0,
        (false, false) => 0.0,
    };
    // positive weight for a bag whose target is at least one half
    let weight = |b: &Bag| if target(b) >= 0.5 { o.pos_weight[b.kind.index()] } else { 1.0 };
    let weight = |b: &Bag| Some(weight(b)).filter(|w| w.is_finite() && *w > 0.0).unwrap_or(1.0);
    let data: Vec<(&[u32], f32, f32)> =
        bags.iter().filter(|b| b.scored || soft(b)).flat_map(|b| b.instances.iter().map(move |f| (f.as_slice(), target(b), weight(b)))).collect();
    let m = data.iter().map(|d| d.2).sum::<f32>().max(1.0);
    let mut used: Vec<u32> = data.iter().flat_map(|d| d.0.iter().copied()).collect();
    used.sort_unstable();
    used.dedup();
    let mut grad = vec![0f32; n];
    for _ in 0..o.epochs * 10 {
        for (f, y, wt) in &data {
            let z: f32 = f.iter().map(|&k| w[k as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for &k in *f {
                grad[k as usize] += wt * (p - y) / m;
            }
        }
        for &k in &used {
            let k = k as usize;
            let g = grad[k] + o.l2 * w[k];
            g2[k] += g * g;
            w[k] -= 0.5 * g / g2[k].sqrt();
            grad[k] = 0.0;
        }
    }
    w
}

/// The best score of a bag under dense weights (`None` without candidates).
fn bag_score(w: &[f32], bag: &Bag) -> Option<f32> {
    bag.instances.iter().map(|f| f.iter().map(|&k| w[k as usize]).sum::<f32>()).reduce(f32::max)
}

/// The threshold that maximises sentence-level F1 over (best score, gold label) pairs; 0 when there are no positives.
pub fn best_threshold(scored: &[(Option<f32>, bool)]) -> f32 {
    let positives = scored.iter().filter(|s| s.1).count();
    let mut xs: Vec<(f32, bool)> = scored.iter().filter_map(|&(s, l)| s.map(|s| (s, l))).collect();
    xs.sort_by(|a, b| b.0.total_cmp(&a.0));
    if positives == 0 || xs.is_empty() {
        return 0.0;
    }
    let (mut best_f, mut best_t) = (-1.0f64, 0.0f32);
    let (mut tp, mut fp) = (0usize, 0usize);
    for i in 0..xs.len() {
        if xs[i].1 {
            tp += 1;
        } else {
            fp += 1;
        }
        // cut between xs[i] and xs[i+1] (ties stay together)
        if i + 1 < xs.len() && xs[i + 1].0 == xs[i].0 {
            continue;
        }
        let f = 2.0 * tp as f64 / (2 * tp + fp + (positives - tp)) as f64;
        if f > best_f {
            best_f = f;
            best_t = if i + 1 < xs.len() { (xs[i].0 + xs[i + 1].0) / 2.0 } else { xs[i].0 - 1.0 };
        }
    }
    best_t
}

fn train_weights_with(bags: &[&Bag], o: &TrainOptions) -> Vec<f32> {
    if o.lr {
        train_weights_lr(bags, o)
    } else {
        train_weights(bags, o)
    }
}

/// The members of the default ensemble (L2 penalty, epochs): logistic regressions whose
/// weights are averaged. Chosen by the grouped cross-validation of `marsad eval-sets`
/// (docs/ACCURACY.md); averaging spares choosing one setting on 60 positive sentences.
pub const ENSEMBLE: &[(f32, usize)] = &[(1e-4, 20), (1e-3, 20), (1e-2, 20), (1e-3, 50), (1e-2, 50)];

/// The weights of one training run under `o` (the ensemble average, one logistic
/// regression, or the multiple-instance perceptron).
fn fit(bags: &[&Bag], o: &TrainOptions) -> Vec<f32> {
    if !(o.lr && o.ensemble) {
        return train_weights_with(bags, o);
    }
    let mut acc = vec![0f32; 1usize << HASH_BITS];
    for &(l2, epochs) in ENSEMBLE {
        for (a, w) in acc.iter_mut().zip(train_weights_with(bags, &TrainOptions { l2, epochs, ..*o })) {
            *a += w / ENSEMBLE.len() as f32;
        }
    }
    acc
}

/// Trains a model on `bags`, each event kind apart (the features of the two kinds are
/// disjoint, so the two weight vectors add up to one model). For each kind the decision
/// threshold is chosen by grouped cross-validation over the folds present in `bags`
/// (each fold scored by a model trained on the others), then the weights are trained on
/// all of the kind's bags. With fewer than two folds the threshold is 0.
pub fn train_model(bags: &[&Bag], o: &TrainOptions) -> Model {
    let mut dense = vec![0f32; 1usize << HASH_BITS];
    let mut thresholds = [0f32; 2];
    for kind in [EventKind::Assault, EventKind::Protest] {
        let kb: Vec<&Bag> = bags.iter().copied().filter(|b| b.kind == kind).collect();
        if kb.is_empty() {
            continue;
        }
        let mut folds: Vec<usize> = kb.iter().map(|b| b.fold).collect();
        folds.sort_unstable();
        folds.dedup();
        if folds.len() >= 2 {
            let mut scored: Vec<(Option<f32>, bool)> = Vec::new();
            for &f in &folds {
                let train: Vec<&Bag> = kb.iter().copied().filter(|b| b.fold != f).collect();
                let w = fit(&train, o);
                for b in kb.iter().filter(|b| b.fold == f && b.scored) {
                    scored.push((bag_score(&w, b), b.label));
                }
            }
            thresholds[kind.index()] = best_threshold(&scored);
        }
        for (d, w) in dense.iter_mut().zip(fit(&kb, o)) {
            *d += w;
        }
    }
    Model::from_dense(&dense, thresholds)
}

/// The document of a gold sentence id: the id without its trailing sentence number
/// (`AAW_ARB_20081011.0036-10` → `AAW_ARB_20081011.0036`, `e687…dd_36` → `e687…dd`).
pub fn document_of(id: &str) -> &str {
    match id.rfind(['-', '_']) {
        Some(i) if i > 0 && i + 1 < id.len() && id[i + 1..].bytes().all(|b| b.is_ascii_digit()) => &id[..i],
        _ => id,
    }
}

/// The publication day of a gold sentence whose id names its document by the Arabic
/// Gigaword convention `SRC_LNG_YYYYMMDD.NNNN` (`AAW_ARB_20081011.0036-10` → 2008-10-11);
/// `None` for other ids (the protest file's hashes) and impossible dates. Used so that
/// date-dependent actor codes (the `dated` lexicon column) are read as of the report.
pub fn published_of(id: &str) -> Option<jiff::civil::Date> {
    let mut parts = id.split('_');
    let (src, lng, rest) = (parts.next()?, parts.next()?, parts.next()?);
    if src.len() != 3 || lng.len() != 3 || !src.bytes().chain(lng.bytes()).all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let ymd = rest.get(..8)?;
    if !ymd.bytes().all(|b| b.is_ascii_digit()) || rest.as_bytes().get(8).is_some_and(|b| *b != b'.') {
        return None;
    }
    let (y, m, d) = (ymd[..4].parse().ok()?, ymd[4..6].parse().ok()?, ymd[6..].parse().ok()?);
    jiff::civil::Date::new(y, m, d).ok()
}

/// The cross-validation fold (0..k) of a document: a hash of its id, so every
/// sentence of a document is in the same fold, whatever file it comes from.
pub fn fold_of(doc: &str, k: usize) -> usize {
    (fnv1a(doc.as_bytes()) % k.max(1) as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bag(kind: EventKind, label: bool, inst: Vec<Vec<u32>>, fold: usize) -> Bag {
        Bag { kind, label, instances: inst, fold, target: if label { 1.0 } else { 0.0 }, scored: true }
    }

    #[test]
    fn learns_a_separable_toy_set() {
        // feature 1 marks actual events, 2 generic mentions; 3 is noise present everywhere
        let mut bags = Vec::new();
        for i in 0..40 {
            let pos = i % 3 == 0;
            let inst = if pos { vec![vec![1, 3], vec![2, 3]] } else { vec![vec![2, 3]] };
            bags.push(bag(EventKind::Assault, pos, inst, i % 4));
        }
        let refs: Vec<&Bag> = bags.iter().collect();
        for lr in [true, false] {
            let m = train_model(&refs, &TrainOptions { lr, ..TrainOptions::default() });
            for b in &bags {
                let kept = b.instances.iter().any(|f| m.keep(EventKind::Assault, f));
                assert_eq!(kept, b.label, "lr {lr}");
            }
            assert!(m.keep(EventKind::Assault, &[1, 3]));
            assert!(!m.keep(EventKind::Assault, &[2, 3]));
            // training is deterministic
            assert_eq!(train_model(&refs, &TrainOptions { lr, ..TrainOptions::default() }), m);
        }
    }

    #[test]
    fn soft_labels_train_on_the_annotators_share_and_ambiguous_sentences() {
        // feature 5 occurs only in ambiguous sentences that most annotators accepted
        let mut bags = Vec::new();
        for i in 0..30 {
            bags.push(bag(EventKind::Protest, i % 2 == 0, vec![vec![if i % 2 == 0 { 1 } else { 2 }]], i % 3));
            let mut amb = bag(EventKind::Protest, false, vec![vec![5]], i % 3);
            (amb.scored, amb.target) = (false, 2.0 / 3.0);
            bags.push(amb);
        }
        let refs: Vec<&Bag> = bags.iter().collect();
        let hard = TrainOptions { ensemble: false, soft_labels: [false, false], ..TrainOptions::default() };
        let soft = TrainOptions { soft_labels: [false, true], ..hard };
        assert_eq!(train_weights_lr(&refs, &hard)[5], 0.0, "hard labels skip ambiguous sentences");
        assert!(train_weights_lr(&refs, &soft)[5] > 0.0, "a 2/3 share pulls its features up");
        // the option is per kind: soft ASSAULT leaves PROTEST bags hard
        assert_eq!(train_weights_lr(&refs, &TrainOptions { soft_labels: [true, false], ..hard })[5], 0.0);
    }

    #[test]
    fn model_round_trips_and_rejects_garbage() {
        let mut w = vec![0f32; 16];
        w[3] = 1.5;
        w[9] = -0.25;
        let m = Model::from_dense(&w, [0.5, -1.0]);
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).expect("round trip");
        assert_eq!(back, m);
        assert_eq!(back.score(&[3, 9, 11]), 1.25);
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Model::from_bytes(b"nope").is_err());
        let mut other = b.clone();
        other[8] = 99;
        assert!(matches!(Model::from_bytes(&other), Err(ModelError::Version(99))));
    }

    #[test]
    fn publication_day_from_gigaword_ids_only() {
        assert_eq!(published_of("AAW_ARB_20081011.0036-10"), Some(jiff::civil::date(2008, 10, 11)));
        assert_eq!(published_of("AAW_ARB_20081311.0036-10"), None);
        assert_eq!(published_of("5b6757616203c433883a1e0f"), None);
        assert_eq!(published_of("e687dd_36"), None);
    }

    #[test]
    fn folds_keep_documents_together() {
        assert_eq!(document_of("AAW_ARB_20081011.0036-10"), "AAW_ARB_20081011.0036");
        assert_eq!(document_of("e6874d82b9c4d0_36"), "e6874d82b9c4d0");
        assert_eq!(document_of("no-number-here"), "no-number-here");
        let ids = ["AAW_ARB_20081011.0036-1", "AAW_ARB_20081011.0036-10", "AAW_ARB_20081011.0036-23", "AAW_ARB_20070906.0027-2", "AAW_ARB_20070906.0027-7"];
        for k in [2, 5, 10] {
            let f: Vec<usize> = ids.iter().map(|i| fold_of(document_of(i), k)).collect();
            assert!(f.iter().all(|&x| x < k));
            assert!(f[0] == f[1] && f[1] == f[2]);
            assert_eq!(f[3], f[4]);
        }
        // many documents spread over all folds
        let mut seen = [0usize; 5];
        for i in 0..200 {
            seen[fold_of(&format!("DOC{i}"), 5)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 20));
    }

    #[test]
    fn builtin_model_loads() {
        let m = Model::builtin().expect("models/realis.ar.bin is a realis model of this feature version");
        assert!(m.len() > 1000);
        assert!(m.thresholds.iter().all(|t| t.is_finite()));
    }

    #[test]
    fn ensemble_averages_its_members_and_kinds_train_apart() {
        let mut bags = Vec::new();
        for i in 0..30 {
            let pos = i % 3 == 0;
            bags.push(bag(EventKind::Assault, pos, vec![if pos { vec![1, 3] } else { vec![2, 3] }], i % 3));
            bags.push(bag(EventKind::Protest, !pos, vec![if pos { vec![5, 6] } else { vec![7, 6] }], i % 3));
        }
        let refs: Vec<&Bag> = bags.iter().collect();
        let o = TrainOptions::default();
        assert!(o.ensemble && o.lr);
        let w = fit(&refs, &o);
        let mut mean = vec![0f32; 1 << HASH_BITS];
        for &(l2, epochs) in ENSEMBLE {
            for (m, x) in mean.iter_mut().zip(train_weights_lr(&refs, &TrainOptions { l2, epochs, ..o })) {
                *m += x / ENSEMBLE.len() as f32;
            }
        }
        assert_eq!(w, mean);
        // the protest bags do not move the assault features and the other way round
        let m = train_model(&refs, &o);
        let assault_only: Vec<&Bag> = bags.iter().filter(|b| b.kind == EventKind::Assault).collect();
        let ma = train_model(&assault_only, &o);
        assert_eq!(m.score(&[1, 3]), ma.score(&[1, 3]));
        assert!(m.keep(EventKind::Protest, &[7, 6]) && !m.keep(EventKind::Protest, &[5, 6]));
        assert_eq!(m.thresholds[0], ma.thresholds[0]);
    }

    #[test]
    fn positive_weight_moves_the_fit_towards_positives_of_its_kind_only() {
        // a shared feature (2; protest 12) is in one positive and three negatives of each kind:
        // its weight is negative, and less so when the positive weighs 3
        let mut bags = Vec::new();
        for kind in [EventKind::Assault, EventKind::Protest] {
            let (a, b) = if kind == EventKind::Assault { (2, 1) } else { (12, 11) };
            bags.push(bag(kind, true, vec![vec![a, b]], 0));
            for _ in 0..3 {
                bags.push(bag(kind, false, vec![vec![a]], 0));
            }
        }
        let refs: Vec<&Bag> = bags.iter().collect();
        let single = |pos_weight| TrainOptions { ensemble: false, l2: 1e-3, epochs: 50, pos_weight, ..TrainOptions::default() };
        let w1 = train_weights_lr(&refs, &single([1.0, 1.0]));
        let w3 = train_weights_lr(&refs, &single([1.0, 3.0]));
        assert!(w1[12] < -0.1, "{}", w1[12]);
        assert!(w3[12] > w1[12] + 0.1 && w3[11] > w1[11], "{} {}", w3[12], w1[12]);
        // kinds train apart: the assault model does not depend on the protest weight
        let m1 = train_model(&refs, &single([1.0, 1.0]));
        let m3 = train_model(&refs, &single([1.0, 3.0]));
        assert_eq!(m1.score(&[1, 2]), m3.score(&[1, 2]));
        assert!(m3.score(&[11, 12]) > m1.score(&[11, 12]));
        // a weight that is not a positive number counts as 1
        for bad in [0.0, -2.0, f32::NAN] {
            assert_eq!(train_weights_lr(&refs, &single([1.0, bad])), w1);
        }
        assert_eq!(TrainOptions::default().pos_weight, POSITIVE_WEIGHT);
    }

    #[test]
    fn sentence_cues_are_looked_up_once() {
        let c = cue_sets();
        assert_eq!(c.get("ادان").copied(), Some(CUE_CONDEMN));
        assert_eq!(c.get("صواريخ").copied(), Some(CUE_WEAPON));
        assert_eq!(c.get("المتظاهرين").copied(), Some(CUE_PROTEST));
        assert_eq!(c.get("سوف").copied(), Some(CUE_FUTURE));
        assert!(!c.contains_key("قال"));
    }

    #[test]
    fn threshold_maximises_f1() {
        let s = vec![(Some(3.0), true), (Some(2.0), true), (Some(1.0), false), (Some(-1.0), false), (None, true)];
        let t = best_threshold(&s);
        assert!(t > 1.0 && t < 2.0, "{t}");
    }
}
