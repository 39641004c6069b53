//! Feature extraction for the NER tagger: each token of a sentence becomes a
//! list of hashed feature keys (64-bit), independent of the labels.
//!
//! The templates (in the spirit of Ratinov & Roth 2009 and of Benajiba et al.
//! 2008 for Arabic), over marsad tokens in their match form
//! ([`crate::normalize::fold`]; digits written `0`):
//!
//! - a bias; the word; the words at −2, −1, +1, +2 and the bigrams (−1, 0), (0, +1);
//! - prefixes and suffixes of 1–4 characters of the word;
//! - every proclitic-stripped base of the word ([`crate::tokenize::Base`]) and its
//!   proclitics, the base without the article ال (the "stem") and the stem's
//!   1–3-character suffixes; the bases of the words at −1 and +1;
//! - the word shape (Arabic, Latin capitalised or not, number, punctuation) of
//!   the word and of its neighbours, and a length bucket;
//! - gazetteer membership from marsad's own lexicons (countries, capitals,
//!   places, nationality adjectives, organisations, people, given names, titles,
//!   role words; clubs, companies, media, given and family names of `ner.ar.tsv`), as begin/inside of a lexicon phrase, for the word and its neighbours;
//! - trigger-word classes (person titles, organisation heads, place heads,
//!   speech verbs) of the word and of the words at −2, −1, +1;
//! - a trailing nisba adjective: for a definite word with a nisba ending (المصري,
//!   الأمريكية, الاشتراكي), the organisation, club, company, media, place and country
//!   gazetteer classes of the previous word and whether it is an organisation head
//!   (الأهلي المصري, حزب الاشتراكي, بيلد الألمانية);
//! - document-level context aggregation ([`DocContext`], feature set 4): whether another
//!   occurrence of the word in the same document lies inside an organisation gazetteer
//!   phrase (from the text, not from predicted labels; [`FeatureExtractor::sentence_in`]).
//!
//! - word classes learnt from unlabelled text ([`super::clusters`]), at every
//!   granularity, of the word (or, for a word without one, of its first
//!   proclitic-stripped base that has one) and of the words at −1 and +1, and
//!   the class bigrams (−1, 0), (0, +1) at the first granularity.
//!
//! Bump [`FEATURE_VERSION`] when any template changes: models record it and a
//! model trained with other features is refused at load.

use crate::lexicon::schema::{self, arabic_nisba_forms, arabic_with_article, NameKind};
use crate::lexicon::{LexiconError, PhraseMatcher, Source};
use super::clusters::Clusters;
use crate::model::Lang;
use crate::normalize::{fold, fold_phrase};
use crate::tokenize::{Token, TokenKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Version of the feature templates; stored in model files.
pub const FEATURE_VERSION: u32 = 4;

// Gazetteer categories (bits of a mask).
const G_COUNTRY: u16 = 1;
const G_CITY: u16 = 2;
const G_DEMONYM: u16 = 4;
const G_ORG: u16 = 8;
const G_PER: u16 = 16;
const G_GIVEN: u16 = 32;
const G_TITLE: u16 = 64;
const G_ROLE: u16 = 128;
const G_BODY: u16 = 256;
const G_CLUB: u16 = 512;
const G_COMPANY: u16 = 1024;
const G_MEDIA: u16 = 2048;
const G_FAMILY: u16 = 4096;
const N_GAZ: usize = 13;

// Trigger classes (bits).
const TR_PER: u8 = 1;
const TR_ORG: u8 = 2;
const TR_LOC: u8 = 4;
const TR_SAY: u8 = 8;
const TR_PREP: u8 = 16;
const TR_CONN: u8 = 32;

/// Words that join the parts of an Arabic name (folded on load).
const CONN_TRIGGERS: &[&str] = &["بن", "ابن", "بنت", "ال", "ابو", "ابي", "ام", "عبد", "ولد", "اولاد", "ذو", "ذي"];

/// Person titles and roles written before a name (folded on load).
const PER_TRIGGERS: &[&str] = &[
    "السيد", "السيده", "الرئيس", "رئيس", "رئيسه", "الشيخ", "الملك", "الملكه", "الامير", "الاميره", "الدكتور", "الدكتوره", "د",
    "وزير", "الوزير", "وزيره", "النائب", "الجنرال", "اللواء", "العقيد", "العميد", "المشير", "الفريق", "المتحدث", "الناطق",
    "الزعيم", "الامام", "البابا", "السفير", "المستشار", "الكاتب", "الفنان", "الفنانه", "اللاعب", "المدرب", "المخرج",
    "الممثل", "الممثله", "الشاعر", "المطرب", "المطربه", "المغني", "الاستاذ", "البروفيسور", "القاضي", "المحامي", "الصحفي",
    "المدير", "مدير", "الامين", "امين", "نائب", "زعيم", "قائد", "القائد", "مساعد", "المبعوث", "مبعوث", "المرشح", "مرشح",
    "الحاج", "القس", "الكاردينال", "السلطان", "المفتي", "الاخ", "النجم", "الروائي", "المؤرخ", "العالم", "الباحث", "السناتور",
    "المرشد",
];

/// Organisation head nouns (folded on load).
const ORG_TRIGGERS: &[&str] = &[
    "شركه", "الشركه", "جامعه", "الجامعه", "وزاره", "الوزاره", "حزب", "الحزب", "منظمه", "المنظمه", "مجلس", "المجلس", "وكاله",
    "الوكاله", "جمعيه", "الجمعيه", "اتحاد", "الاتحاد", "هيئه", "الهيئه", "بنك", "البنك", "مصرف", "المصرف", "مؤسسه", "المؤسسه",
    "صحيفه", "الصحيفه", "جريده", "الجريده", "مجموعه", "المجموعه", "حركه", "الحركه", "جبهه", "الجبهه", "لجنه", "اللجنه",
    "محكمه", "المحكمه", "مركز", "المركز", "معهد", "المعهد", "نادي", "النادي", "فريق", "منتخب", "المنتخب", "قناه", "القناه",
    "اذاعه", "مجله", "المجله", "برلمان", "البرلمان", "وكالات", "مكتب", "المكتب", "صندوق", "الصندوق", "دائره", "مديريه",
    "كليه", "الكليه", "اكاديميه", "مستشفي", "مجمع", "تنظيم", "التنظيم", "كتائب", "جيش", "الجيش", "قوات", "القوات",
    "شركات", "مصنع", "مجلة", "تلفزيون", "التلفزيون", "منتدي", "رابطه", "نقابه", "الامم", "بورصه",
];

/// Place head nouns (folded on load).
const LOC_TRIGGERS: &[&str] = &[
    "مدينه", "المدينه", "محافظه", "المحافظه", "ولايه", "الولايه", "منطقه", "المنطقه", "بلده", "البلده", "قريه", "القريه",
    "جزيره", "جزر", "نهر", "بحر", "البحر", "جبل", "جبال", "العاصمه", "عاصمه", "اقليم", "الاقليم", "مقاطعه", "دوله", "دولة",
    "بلاد", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "حي", "مخيم", "ميناء", "مطار", "وسط", "ضواحي",
    "قطاع", "الضفه", "صحراء", "خليج", "شبه", "بحيره", "سهل", "وادي", "شارع", "ساحه", "ميدان", "عاصمتها", "جمهوريه", "مملكه",
    "اماره", "سلطنه", "ضاحيه", "مناطق", "مدن", "انحاء",
];

/// Speech and reporting verbs (folded on load).
const SAY_TRIGGERS: &[&str] = &[
    "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "اضاف", "اضافت", "صرح", "صرحت", "ذكر", "ذكرت", "اوضح", "اوضحت", "اشار",
    "اشارت", "افاد", "افادت", "نقلت", "نقل", "اعتبر", "اعتبرت", "يقول", "تقول", "قالوا", "طالب", "طالبت", "دعا", "دعت",
];

/// Prepositions of place and direction (folded on load).
const PREP_TRIGGERS: &[&str] = &["في", "الي", "من", "عن", "علي", "بين", "نحو", "داخل", "خارج", "قرب", "حول", "لدي"];

/// Feature template ids (the first byte hashed into every key).
mod t {
    pub const BIAS: u8 = 0;
    pub const W: u8 = 1;
    pub const WM1: u8 = 2;
    pub const WP1: u8 = 3;
    pub const WM2: u8 = 4;
    pub const WP2: u8 = 5;
    pub const BI_M1: u8 = 6;
    pub const BI_P1: u8 = 7;
    pub const PRE: u8 = 8;
    pub const SUF: u8 = 9;
    pub const BASE: u8 = 10;
    pub const PROC: u8 = 11;
    pub const STEM: u8 = 12;
    pub const STEM_SUF: u8 = 13;
    pub const SHAPE: u8 = 14;
    pub const SHAPE3: u8 = 15;
    pub const LEN: u8 = 16;
    pub const GAZ: u8 = 17;
    pub const GAZ_M1: u8 = 18;
    pub const GAZ_P1: u8 = 19;
    pub const TRIG: u8 = 20;
    pub const TRIG_M1: u8 = 21;
    pub const TRIG_M2: u8 = 22;
    pub const TRIG_P1: u8 = 23;
    pub const BASE_M1: u8 = 24;
    pub const BASE_P1: u8 = 25;
    pub const TRIGRAM: u8 = 26;
    pub const CL: u8 = 27;
    pub const CL_M1: u8 = 28;
    pub const CL_P1: u8 = 29;
    pub const CL_BI: u8 = 32;
    pub const HIST: u8 = 30;
    pub const HIST_O: u8 = 31;
    pub const NISBA_GAZ: u8 = 36;
    pub const DOC_ORG: u8 = 37;
}

/// FNV-1a over a template id and byte strings, finished with a SplitMix64 mix
/// so that the low bits are usable as a hash-table index. Stable across
/// platforms and versions (models store these keys).
#[derive(Clone, Copy)]
struct H(u64);

impl H {
    #[inline]
    fn new(template: u8) -> H {
        H(0xcbf2_9ce4_8422_2325).byte(template)
    }
    #[inline]
    fn byte(mut self, b: u8) -> H {
        self.0 ^= b as u64;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        self
    }
    #[inline]
    fn str(mut self, s: &str) -> H {
        for &b in s.as_bytes() {
            self = self.byte(b);
        }
        self
    }
    /// A separator byte that never occurs in UTF-8.
    #[inline]
    fn sep(self) -> H {
        self.byte(0xff)
    }
    #[inline]
    fn finish(self) -> u64 {
        let mut z = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Hashed features of a sentence: token `j` has keys `keys[start[j]..start[j + 1]]`.
#[derive(Debug, Default, Clone)]
pub struct FeatureBuf {
    /// Offsets into `keys`, one more than the number of tokens.
    pub start: Vec<usize>,
    /// Feature keys.
    pub keys: Vec<u64>,
}

impl FeatureBuf {
    /// The keys of token `j`.
    pub fn token(&self, j: usize) -> &[u64] {
        &self.keys[self.start[j]..self.start[j + 1]]
    }
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }
    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the extractor knows about one token of the sentence.
struct Info<'a> {
    word: Cow<'a, str>,
    shape: u8,
    gaz_begin: u16,
    gaz_inside: u16,
    gaz_single: u16,
    trig: u8,
}

/// Compiled gazetteers and trigger lists; turns sentences into feature keys.
pub struct FeatureExtractor {
    gaz: PhraseMatcher<u16>,
    clusters: Clusters,
    triggers: crate::text::FastMap<String, u8>,
    fingerprint: u64,
}

impl FeatureExtractor {
    /// Compiles the gazetteers from marsad's lexicons in `src` (`countries.tsv`,
    /// `places.tsv`, `organizations.tsv`, `people.tsv`, `names.tsv`, `agents.tsv`, `ner.ar.tsv`;
    /// Arabic forms only) and the built-in trigger lists.
    pub fn new(src: &Source) -> Result<Self, LexiconError> {
        let mut phrases: HashMap<String, u16> = HashMap::new();
        let mut add = |form: &str, bit: u16| {
            let f = fold_phrase(&spaced(form));
            if !f.is_empty() {
                *phrases.entry(f).or_default() |= bit;
            }
        };
        for c in schema::countries(src)? {
            c.ar_names.iter().for_each(|n| add(n, G_COUNTRY));
            c.ar_capitals.iter().for_each(|n| add(n, G_CITY));
            for a in &c.ar_adjectives {
                arabic_nisba_forms(a).iter().for_each(|n| add(n, G_DEMONYM));
            }
        }
        for p in schema::places(src)? {
            p.ar_names.iter().for_each(|n| add(n, G_CITY));
        }
        for o in schema::named_actors(src, "organizations.tsv")? {
            o.ar_names.iter().for_each(|n| add(n, G_ORG));
        }
        for o in schema::named_actors(src, "people.tsv")? {
            o.ar_names.iter().for_each(|n| add(n, G_PER));
        }
        for n in schema::names(src)? {
            if n.lang != Lang::Ar {
                continue;
            }
            let bit = match n.kind {
                NameKind::Given => G_GIVEN,
                NameKind::Title => G_TITLE,
                NameKind::Naming => continue,
            };
            n.forms.iter().for_each(|f| add(f, bit));
        }
        for r in schema::ner_names(src)? {
            let bit = match r.kind {
                schema::NerKind::Club => G_CLUB,
                schema::NerKind::Company => G_COMPANY,
                schema::NerKind::Media => G_MEDIA,
                schema::NerKind::Org => G_ORG,
                schema::NerKind::Loc => G_CITY,
                schema::NerKind::Per => G_PER,
                schema::NerKind::Given => G_GIVEN,
                schema::NerKind::Family => G_FAMILY,
            };
            r.forms.iter().for_each(|n| add(n, bit));
        }
        for a in schema::agents(src)? {
            let bit = if a.kind == schema::AgentKind::Role { G_ROLE } else { G_BODY };
            for f in &a.ar_forms {
                arabic_with_article(f).iter().for_each(|n| add(n, bit));
            }
        }
        let mut gaz = PhraseMatcher::new();
        let mut sorted: Vec<(String, u16)> = phrases.into_iter().collect();
        sorted.sort();
        let mut fp = H::new(0xfd);
        for (p, m) in sorted {
            fp = fp.str(&p).byte(m as u8).byte((m >> 8) as u8).sep();
            gaz.insert(&p, m);
        }
        let mut triggers: crate::text::FastMap<String, u8> = Default::default();
        for (list, bit) in [(PER_TRIGGERS, TR_PER), (ORG_TRIGGERS, TR_ORG), (LOC_TRIGGERS, TR_LOC), (SAY_TRIGGERS, TR_SAY), (PREP_TRIGGERS, TR_PREP), (CONN_TRIGGERS, TR_CONN)] {
            for w in list {
                *triggers.entry(fold(w)).or_default() |= bit;
            }
        }
        Ok(FeatureExtractor { gaz, clusters: Clusters::empty(), triggers, fingerprint: fp.finish() })
    }

    /// A hash of the compiled gazetteer phrases and their categories. A model
    /// records the fingerprint of the lexicons it was trained with; when the
    /// lexicons change, the gazetteer features fire differently and the model
    /// should be retrained (`marsad train ner`).
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Sets the word classes of the cluster features (a model carries its own).
    pub fn set_clusters(&mut self, c: Clusters) {
        self.clusters = c;
    }

    /// The word classes in use.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// The class ids of a token: of its match form, else of its first
    /// proclitic-stripped base that has classes.
    fn classes(&self, tk: &Token, word: &str) -> Option<&[u16]> {
        if self.clusters.is_empty() {
            return None;
        }
        self.clusters.get(word).or_else(|| tk.bases.iter().skip(1).find_map(|b| self.clusters.get(&b.form)))
    }

    /// Number of gazetteer phrases compiled.
    pub fn gazetteer_len(&self) -> usize {
        self.gaz.len()
    }

    /// What the extractor knows about each token of a sentence, gazetteer matches included.
    fn infos<'a>(&self, toks: &'a [Token]) -> Vec<Info<'a>> {
        let n = toks.len();
        let mut info: Vec<Info> = toks.iter().map(|tk| self.info(tk)).collect();
        // gazetteer: longest phrase at every start position
        for i in 0..n {
            if let Some(m) = self.gaz.longest_at(toks, i) {
                let mask = *m.value;
                info[i].gaz_begin |= mask;
                if m.end == i + 1 {
                    info[i].gaz_single |= mask;
                }
                for x in &mut info[i + 1..m.end] {
                    x.gaz_inside |= mask;
                }
            }
        }
        info
    }

    /// The document-level context of `sentences` (the sentences of one document, in
    /// order, this one included): for every word, how many of its occurrences there are and
    /// how many lie inside an organisation gazetteer phrase ([`DocContext`]).
    pub fn document(&self, sentences: &[&[Token]]) -> DocContext {
        let mut ctx = DocContext::default();
        let mut keys = Vec::new();
        let mut org = Vec::new();
        for toks in sentences {
            // the tokens inside an organisation phrase (as `in_org_phrase` of `infos`, without the rest of `infos`)
            org.clear();
            org.resize(toks.len(), false);
            for i in 0..toks.len() {
                if let Some(m) = self.gaz.longest_at(toks, i) {
                    if *m.value & G_ORGS != 0 {
                        org[i..m.end].iter_mut().for_each(|x| *x = true);
                    }
                }
            }
            // (only occurrences inside a phrase are counted: the feature asks for no other)
            for (tk, _) in toks.iter().zip(&org).filter(|(_, &o)| o) {
                doc_readings(tk, &mut keys);
                for &k in &keys {
                    let c = ctx.counts.entry(k).or_default();
                    *c = c.saturating_add(1);
                }
            }
        }
        ctx
    }

    /// Fills `out` with the feature keys of every token of `toks` (one sentence), without
    /// document context (as [`FeatureExtractor::sentence_in`] with `None`).
    pub fn sentence(&self, toks: &[Token], out: &mut FeatureBuf) {
        self.sentence_in(toks, None, out)
    }

    /// Fills `out` with the feature keys of every token of `toks` (one sentence of a
    /// document whose context `doc` was made by [`FeatureExtractor::document`] over all
    /// its sentences, this one included).
    pub fn sentence_in(&self, toks: &[Token], doc: Option<&DocContext>, out: &mut FeatureBuf) {
        out.start.clear();
        out.keys.clear();
        let n = toks.len();
        let info = self.infos(toks);
        let word = |j: isize| -> &str {
            if j < 0 {
                "<S>"
            } else if j as usize >= n {
                "</S>"
            } else {
                &info[j as usize].word
            }
        };
        let shape = |j: isize| -> u8 {
            if j < 0 || j as usize >= n {
                b'S'
            } else {
                info[j as usize].shape
            }
        };
        let trig = |j: isize| -> u8 {
            if j < 0 || j as usize >= n {
                0
            } else {
                info[j as usize].trig
            }
        };
        let cls: Vec<Option<&[u16]>> = toks.iter().zip(&info).map(|(tk, inf)| self.classes(tk, &inf.word)).collect();
        let keys = &mut out.keys;
        for (j, tk) in toks.iter().enumerate() {
            out.start.push(keys.len());
            let ji = j as isize;
            let w = word(ji);
            keys.push(H::new(t::BIAS).finish());
            keys.push(H::new(t::W).str(w).finish());
            keys.push(H::new(t::WM1).str(word(ji - 1)).finish());
            keys.push(H::new(t::WP1).str(word(ji + 1)).finish());
            keys.push(H::new(t::WM2).str(word(ji - 2)).finish());
            keys.push(H::new(t::WP2).str(word(ji + 2)).finish());
            keys.push(H::new(t::BI_M1).str(word(ji - 1)).sep().str(w).finish());
            keys.push(H::new(t::BI_P1).str(w).sep().str(word(ji + 1)).finish());
            if tk.kind == TokenKind::Word {
                // character trigrams inside the word
                let mut it = w.char_indices().map(|(x, _)| x).chain(std::iter::once(w.len()));
                let (mut a, mut b, mut c) = (it.next(), it.next(), it.next());
                for d in it {
                    if let (Some(a), Some(_), Some(_)) = (a, b, c) {
                        keys.push(H::new(t::TRIGRAM).str(&w[a..d]).finish());
                    }
                    (a, b, c) = (b, c, Some(d));
                }
            }
            if tk.kind == TokenKind::Word {
                affixes(w, t::PRE, t::SUF, 4, keys);
            }
            let mut stem: Option<&str> = None;
            for b in tk.bases.iter().skip(1) {
                keys.push(H::new(t::BASE).str(&b.form).finish());
                keys.push(H::new(t::PROC).str(&b.proclitics).finish());
            }
            if tk.arabic {
                for b in tk.bases.iter().rev() {
                    if let Some(s) = b.form.strip_prefix("ال") {
                        if s.chars().count() >= 2 {
                            stem = Some(s);
                            break;
                        }
                    }
                }
            }
            if let Some(s) = stem {
                keys.push(H::new(t::STEM).str(s).finish());
                affixes(s, 0xfe, t::STEM_SUF, 3, keys);
            }
            let sh = shape(ji);
            keys.push(H::new(t::SHAPE).byte(sh).finish());
            keys.push(H::new(t::SHAPE3).byte(shape(ji - 1)).byte(sh).byte(shape(ji + 1)).finish());
            let len = w.chars().count();
            keys.push(H::new(t::LEN).byte(match len {
                0..=5 => len as u8,
                6..=7 => 6,
                _ => 8,
            }).finish());
            let inf = &info[j];
            if j > 0 && definite(tk) && nisba(tk) {
                // a trailing nisba adjective and what it follows
                let p = &info[j - 1];
                let m = (p.gaz_begin | p.gaz_inside) & (G_ORG | G_CLUB | G_COMPANY | G_MEDIA | G_CITY | G_COUNTRY);
                keys.push(H::new(t::NISBA_GAZ).byte(m as u8).byte((m >> 8) as u8).byte(((p.trig & TR_ORG) != 0) as u8).finish());
            }
            gaz_keys(t::GAZ, inf.gaz_begin, inf.gaz_inside, inf.gaz_single, keys);
            if j > 0 {
                let p = &info[j - 1];
                gaz_keys(t::GAZ_M1, p.gaz_begin, p.gaz_inside, p.gaz_single, keys);
            }
            if j + 1 < n {
                let p = &info[j + 1];
                gaz_keys(t::GAZ_P1, p.gaz_begin, p.gaz_inside, p.gaz_single, keys);
            }
            for (tmpl, cls) in [(t::TRIG, trig(ji)), (t::TRIG_M1, trig(ji - 1)), (t::TRIG_M2, trig(ji - 2)), (t::TRIG_P1, trig(ji + 1))] {
                for bit in 0..6 {
                    if cls & (1 << bit) != 0 {
                        keys.push(H::new(tmpl).byte(bit).finish());
                    }
                }
            }
            if let Some(d) = doc {
                if d.org_elsewhere(tk, inf) {
                    keys.push(H::new(t::DOC_ORG).finish());
                }
            }
            if !self.clusters.is_empty() {
                let none: u16 = u16::MAX;
                let c0 = cls[j];
                let cm = if j > 0 { cls[j - 1] } else { None };
                let cp = if j + 1 < n { cls[j + 1] } else { None };
                for (tmpl, c) in [(t::CL, c0), (t::CL_M1, cm), (t::CL_P1, cp)] {
                    if let Some(c) = c {
                        for (g, &id) in c.iter().enumerate() {
                            keys.push(H::new(tmpl).byte(g as u8).byte(id as u8).byte((id >> 8) as u8).finish());
                        }
                    }
                }
                let first = |c: Option<&[u16]>| c.and_then(|c| c.first().copied()).unwrap_or(none);
                let (a, b, c) = (first(cm), first(c0), first(cp));
                keys.push(H::new(t::CL_BI).byte(0).byte(a as u8).byte((a >> 8) as u8).byte(b as u8).byte((b >> 8) as u8).finish());
                keys.push(H::new(t::CL_BI).byte(1).byte(b as u8).byte((b >> 8) as u8).byte(c as u8).byte((c >> 8) as u8).finish());
            }
            if j > 0 {
                for b in toks[j - 1].bases.iter().skip(1) {
                    keys.push(H::new(t::BASE_M1).str(&b.form).finish());
                }
            }
            if j + 1 < n {
                for b in toks[j + 1].bases.iter().skip(1) {
                    keys.push(H::new(t::BASE_P1).str(&b.form).finish());
                }
            }
        }
        out.start.push(keys.len());
    }

    fn info<'a>(&self, tk: &'a Token) -> Info<'a> {
        let word = match_form(tk);
        let shape = match tk.kind {
            TokenKind::Number => b'd',
            TokenKind::Punct => b'p',
            TokenKind::Word if tk.arabic => b'a',
            TokenKind::Word if tk.upper => b'L',
            TokenKind::Word => b'l',
        };
        let mut trig = 0u8;
        if tk.kind == TokenKind::Word {
            for b in &tk.bases {
                if let Some(&c) = self.triggers.get(b.form.as_str()) {
                    trig |= c;
                }
            }
        }
        Info { word, shape, gaz_begin: 0, gaz_inside: 0, gaz_single: 0, trig }
    }
}

/// True for an Arabic word with the article, after any proclitics (الخارجية, والاجتماعي,
/// للنفط).
fn definite(tk: &Token) -> bool {
    tk.arabic && tk.kind == TokenKind::Word && (tk.bases.iter().any(|b| b.form.starts_with("ال") && b.form.chars().count() >= 4) || (tk.norm.starts_with("لل") && tk.norm.chars().count() >= 5))
}

/// True for a word (match form) that ends like a nisba adjective (ي, يه, يين, يون, يات:
/// المصري, الأمريكية, الاشتراكيين), at least 5 letters long.
fn nisba(tk: &Token) -> bool {
    let w = tk.norm.as_str();
    w.chars().count() >= 5 && (w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون") || w.ends_with("يات"))
}

/// A token's form for the word features and the word classes: its match form
/// ([`Token::norm`]), with every ASCII digit of a number written `0`.
pub fn match_form(tk: &Token) -> Cow<'_, str> {
    if tk.kind == TokenKind::Number {
        Cow::Owned(tk.norm.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect())
    } else {
        Cow::Borrowed(tk.norm.as_str())
    }
}

/// The key of a word for the model's list of outside words ([`super::perceptron::Model::outside`]):
/// a hash of its match form ([`match_form`]).
pub fn outside_key(tk: &Token) -> u64 {
    H::new(0xfb).str(&match_form(tk)).finish()
}

/// Labels given earlier in the same document to each word form, for the
/// "extended prediction history" features of Ratinov & Roth (2009): a name
/// found with a clear cue ("الرئيس الفرنسي جاك شيراك") helps its later bare
/// mentions ("شيراك"). Keys are the token's bases (so "وشيراك" finds "شيراك").
#[derive(Debug, Default, Clone)]
pub struct History {
    /// Per form (its 64-bit hash): counts of O, PER, LOC, ORG, MISC.
    counts: HashMap<u64, [u32; 5], BuildHasherDefault<KeyHasher>>,
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

fn form_key(form: &str) -> u64 {
    H::new(0xfc).str(form).finish()
}

impl History {
    /// An empty history (start of a document).
    pub fn new() -> Self {
        Self::default()
    }

    fn usable(tk: &Token) -> bool {
        tk.kind == TokenKind::Word && tk.norm.chars().count() >= 2
    }

    /// Appends the history feature keys of `tk` to `out`.
    pub fn keys(&self, tk: &Token, out: &mut Vec<u64>) {
        if !Self::usable(tk) || self.counts.is_empty() {
            return;
        }
        let mut best: Option<&[u32; 5]> = None;
        for b in &tk.bases {
            if let Some(c) = self.counts.get(&form_key(&b.form)) {
                if best.is_none_or(|x| c.iter().sum::<u32>() > x.iter().sum::<u32>()) {
                    best = Some(c);
                }
            }
        }
        let Some(c) = best else { return };
        let total: u32 = c.iter().sum();
        if c[0] == total {
            out.push(H::new(t::HIST_O).finish());
            return;
        }
        for ty in 1..5u8 {
            let k = c[ty as usize];
            if k > 0 {
                out.push(H::new(t::HIST).byte(ty).byte((2 * k >= total) as u8).finish());
            }
        }
    }

    /// Records the labels (indices, see [`super::Label::index`]) given to a sentence's tokens.
    pub fn record(&mut self, toks: &[Token], labels: &[usize]) {
        for (tk, &l) in toks.iter().zip(labels) {
            if !Self::usable(tk) {
                continue;
            }
            let ty = if l == 0 { 0 } else { 1 + (l - 1) / 2 };
            for b in &tk.bases {
                self.counts.entry(form_key(&b.form)).or_default()[ty] += 1;
            }
        }
    }
}

/// True when a token lies inside an organisation gazetteer phrase (organisations, clubs,
/// companies, media).
fn in_org_phrase(inf: &Info) -> bool {
    (inf.gaz_begin | inf.gaz_inside) & G_ORGS != 0
}

/// The organisation gazetteer categories.
const G_ORGS: u16 = G_ORG | G_CLUB | G_COMPANY | G_MEDIA;

/// The key of a word form for [`DocContext`]: the form without a leading article ال (when
/// at least 3 letters remain); `None` when fewer than 3 letters are left.
fn doc_form_key(form: &str) -> Option<u64> {
    let f = form.strip_prefix("ال").filter(|s| s.chars().count() >= 3).unwrap_or(form);
    (f.chars().count() >= 3).then(|| H::new(0xfa).str(f).finish())
}

/// The key under which a token is looked up in [`DocContext`]: its whole match form
/// ([`doc_form_key`]), for Arabic words only.
fn doc_key(tk: &Token) -> Option<u64> {
    (tk.arabic && tk.kind == TokenKind::Word).then(|| doc_form_key(&tk.norm)).flatten()
}

/// The keys under which a token's occurrence is recorded in [`DocContext`]: those of all
/// its proclitic readings ([`Token::bases`]: «وحماس» counts for «وحماس» and «حماس»), for
/// Arabic words only. `out` is cleared first.
fn doc_readings(tk: &Token, out: &mut Vec<u64>) {
    out.clear();
    if !tk.arabic || tk.kind != TokenKind::Word {
        return;
    }
    for b in &tk.bases {
        if let Some(k) = doc_form_key(&b.form) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
}

/// Document-level context aggregation (Chieu & Ng 2002 "global features"; Ratinov & Roth
/// 2009 §5): for every word of a document, the number of its occurrences inside an
/// organisation gazetteer phrase (organisations, clubs, companies, media).
/// A token gets a feature when ANOTHER occurrence of its word in the document lies inside
/// such a phrase («الرابطة» alone, when «الرابطة الاسلامية» of the gazetteer is written
/// elsewhere). Occurrences are recorded under every proclitic reading ([`Token::bases`]), a
/// token is looked up by its whole form, both without the article (so «وبرشلونة» elsewhere
/// counts for a bare «برشلونة», not the other way round). Computed from the text only (not from
/// predicted labels), so training and tagging see the same thing. Made by
/// [`FeatureExtractor::document`] over a whole document (16-sentence pseudo-documents,
/// [`super::eval::DOC_SENTENCES`], in training and evaluation; the whole input in
/// [`super::Tagger::tag`]).
#[derive(Debug, Default, Clone)]
pub struct DocContext {
    /// Per word key ([`doc_key`]): occurrences inside an organisation phrase.
    counts: HashMap<u64, u16, BuildHasherDefault<KeyHasher>>,
}

impl DocContext {
    /// True when some other occurrence of `tk`'s word (`inf`: its own info) lies inside an
    /// organisation gazetteer phrase.
    fn org_elsewhere(&self, tk: &Token, inf: &Info) -> bool {
        let Some(c) = doc_key(tk).and_then(|k| self.counts.get(&k)) else { return false };
        *c > in_org_phrase(inf) as u16
    }
}

/// Puts spaces around punctuation inside a lexicon phrase so that it matches marsad tokens.
fn spaced(form: &str) -> String {
    let mut s = String::with_capacity(form.len() + 4);
    for c in form.chars() {
        // ASCII and Arabic letters first: `is_alphanumeric` searches a Unicode table
        let word_char = c.is_ascii_alphanumeric() || ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphanumeric();
        if !word_char && !c.is_whitespace() && !crate::normalize::is_arabic_mark(c) {
            s.push(' ');
            s.push(c);
            s.push(' ');
        } else {
            s.push(c);
        }
    }
    s
}

/// Keys for the prefixes and suffixes of 1..=`max` characters of `w` (those shorter than `w`'s length or equal to it).
fn affixes(w: &str, pre: u8, suf: u8, max: usize, keys: &mut Vec<u64>) {
    let mut bounds = [0usize; 64];
    let mut nch = 0;
    for (b, _) in w.char_indices() {
        if nch + 1 >= bounds.len() {
            break;
        }
        bounds[nch] = b;
        nch += 1;
    }
    bounds[nch] = w.len();
    if w.char_indices().nth(nch).is_some() {
        // very long word: suffixes need the true end positions
        let ends: Vec<usize> = w.char_indices().map(|(b, _)| b).collect();
        for k in 1..=max.min(ends.len()) {
            if pre != 0xfe {
                keys.push(H::new(pre).byte(k as u8).str(&w[..bounds[k]]).finish());
            }
            keys.push(H::new(suf).byte(k as u8).str(&w[ends[ends.len() - k]..]).finish());
        }
        return;
    }
    for k in 1..=max.min(nch) {
        if pre != 0xfe {
            keys.push(H::new(pre).byte(k as u8).str(&w[..bounds[k]]).finish());
        }
        keys.push(H::new(suf).byte(k as u8).str(&w[bounds[nch - k]..]).finish());
    }
}

fn gaz_keys(tmpl: u8, begin: u16, inside: u16, single: u16, keys: &mut Vec<u64>) {
    // only the categories that fire, in ascending order
    let mut any = (begin | inside | single) & ((1u16 << N_GAZ) - 1);
    while any != 0 {
        let bit = any.trailing_zeros() as u8;
        any &= any - 1;
        let m = 1u16 << bit;
        if single & m != 0 {
            keys.push(H::new(tmpl).byte(b'S').byte(bit).finish());
        } else if begin & m != 0 {
            keys.push(H::new(tmpl).byte(b'B').byte(bit).finish());
        }
        if inside & m != 0 {
            keys.push(H::new(tmpl).byte(b'I').byte(bit).finish());
        }
    }
}

#[cfg(test)]
pub(crate) fn key_of_word(w: &str) -> u64 {
    H::new(t::W).str(w).finish()
}

#[cfg(test)]
pub(crate) fn key_of_gaz(begin_or_single: u8, bit: u16) -> u64 {
    H::new(t::GAZ).byte(begin_or_single).byte(bit.trailing_zeros() as u8).finish()
}

#[cfg(test)]
pub(crate) fn key_of_trigger_m1(bit: u8) -> u64 {
    H::new(t::TRIG_M1).byte(bit.trailing_zeros() as u8).finish()
}

#[cfg(test)]
pub(crate) const GAZ_COUNTRY: u16 = G_COUNTRY;
#[cfg(test)]
pub(crate) const TRIG_ORG: u8 = TR_ORG;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::sentences;
    use crate::text::Text;
    use crate::tokenize::tokenize;

    fn feats(s: &str) -> (Vec<Token>, FeatureBuf) {
        let t = Text::new(s.to_string());
        let toks = tokenize(&t, &sentences(&t), Lang::Ar);
        let fx = FeatureExtractor::new(&Source::builtin()).unwrap();
        let mut buf = FeatureBuf::default();
        fx.sentence(&toks, &mut buf);
        (toks, buf)
    }

    #[test]
    fn trailing_nisba_feature_names_what_it_follows() {
        let key = |m: u16, head: bool| H::new(t::NISBA_GAZ).byte(m as u8).byte((m >> 8) as u8).byte(head as u8).finish();
        // a club of the gazetteer, then a definite nisba adjective
        let (toks, buf) = feats("فاز الزمالك المصري");
        assert_eq!(toks.len(), 3);
        assert!(buf.token(2).contains(&key(G_CLUB, false)));
        assert!(!buf.token(1).contains(&key(G_CLUB, false)));
        // an organisation head noun before it
        let (_, buf) = feats("قال الحزب الاشتراكي");
        assert!(buf.token(2).iter().any(|k| (0..1u16 << 13).any(|m| *k == key(m, true))));
        // not for an indefinite word or a word that is no nisba
        let (_, buf) = feats("فاز الزمالك مصري");
        assert!(!buf.token(2).iter().any(|k| (0..1u16 << 13).any(|m| *k == key(m, false) || *k == key(m, true))));
        let (_, buf) = feats("فاز الزمالك الكبير");
        assert!(!buf.token(2).iter().any(|k| (0..1u16 << 13).any(|m| *k == key(m, false) || *k == key(m, true))));
    }

    #[test]
    fn document_context_marks_words_seen_inside_an_organisation_phrase_elsewhere() {
        let t = Text::new("أعلنت وكالة الأنباء القطرية الخبر. وقالت الأنباء إن الوكالة وصلت. ثم وصلت الوكالة.".to_string());
        let toks = tokenize(&t, &sentences(&t), Lang::Ar);
        let fx = FeatureExtractor::new(&Source::builtin()).unwrap();
        let sents: Vec<&[Token]> = toks.chunk_by(|a, b| a.sentence == b.sentence).collect();
        assert_eq!(sents.len(), 3);
        let key = H::new(t::DOC_ORG).finish();
        let has = |fx: &FeatureExtractor, doc: Option<&DocContext>, s: usize, w: &str| {
            let mut buf = FeatureBuf::default();
            fx.sentence_in(sents[s], doc, &mut buf);
            let j = sents[s].iter().position(|x| x.norm == w).unwrap();
            buf.token(j).contains(&key)
        };
        let ctx = fx.document(&sents);
        let org_phrase = fx.infos(sents[0]).iter().any(|i| in_org_phrase(i));
        assert!(org_phrase, "وكالة الأنباء القطرية is an organisation of the gazetteer");
        // «الأنباء» alone in the second sentence: another occurrence is inside the phrase
        assert!(has(&fx, Some(&ctx), 1, "الانباء"));
        // the phrase's own occurrence has no OTHER occurrence inside a phrase
        assert!(!has(&fx, Some(&ctx), 0, "الانباء"));
        // no document context, no feature; a word never inside a phrase gets none
        assert!(!has(&fx, None, 1, "الانباء"));
        assert!(!has(&fx, Some(&ctx), 2, "وصلت"));
        // with the article or without it: «الوكالة» finds «وكالة» of the phrase
        assert!(has(&fx, Some(&ctx), 2, "الوكاله"));
        // proclitic readings are recorded: «وقالت» counts for «قالت», not the reverse
        let mut k = Vec::new();
        doc_readings(&sents[1][0], &mut k);
        assert!(k.contains(&doc_form_key("قالت").unwrap()) && doc_key(&sents[1][0]) == doc_form_key("وقالت"));
    }

    #[test]
    fn hashing_is_stable() {
        // models store these keys: a change here invalidates every trained model
        assert_eq!(H::new(t::W).str("ليبيا").finish(), 0xb54f_2647_75c4_b742);
    }

    #[test]
    fn word_affix_and_context_features() {
        let (toks, buf) = feats("وصلت شركة أرامكو إلى ليبيا");
        assert_eq!(buf.len(), toks.len());
        let k = buf.token(2);
        assert!(k.contains(&key_of_word("ارامكو")), "folded word");
        assert!(k.contains(&H::new(t::PRE).byte(2).str("ار").finish()));
        assert!(k.contains(&H::new(t::SUF).byte(3).str("مكو").finish()));
        assert!(k.contains(&H::new(t::WM1).str("شركه").finish()));
        assert!(k.contains(&key_of_trigger_m1(TRIG_ORG)), "شركة before it is an organisation trigger");
        let k = buf.token(0);
        assert!(k.contains(&H::new(t::WM1).str("<S>").finish()));
        assert!(k.contains(&H::new(t::BASE).str("صلت").finish()), "proclitic-stripped base");
        assert!(k.contains(&H::new(t::PROC).str("و").finish()));
    }

    #[test]
    fn gazetteer_and_stem_features() {
        let (_, buf) = feats("وصل وفد إلى لليبيا والعراق");
        assert!(buf.token(3).contains(&key_of_gaz(b'S', GAZ_COUNTRY)), "ليبيا behind لل is a country");
        assert!(buf.token(4).contains(&H::new(t::STEM).str("عراق").finish()), "article stripped after و");
    }

    #[test]
    fn given_and_family_names_of_ner_lexicon() {
        let (_, buf) = feats("وصرح فولكر شتاينماير أمس");
        assert!(buf.token(1).contains(&key_of_gaz(b'S', G_GIVEN)), "فولكر is a given name");
        assert!(buf.token(2).contains(&key_of_gaz(b'S', G_FAMILY)), "شتاينماير is a family name");
        assert!(buf.token(2).contains(&H::new(t::GAZ_M1).byte(b'S').byte(G_GIVEN.trailing_zeros() as u8).finish()), "after a given name");
        assert!(!buf.token(3).contains(&key_of_gaz(b'S', G_FAMILY)), "أمس is no name");
    }

    #[test]
    fn trigrams_connectors_and_history() {
        let (toks, buf) = feats("التقى شيراك بن علي ثم قال وشيراك");
        assert!(buf.token(1).contains(&H::new(t::TRIGRAM).str("يرا").finish()), "inner trigram of شيراك");
        assert!(buf.token(3).contains(&H::new(t::TRIG_M1).byte(TR_CONN.trailing_zeros() as u8).finish()), "بن joins name parts");
        let mut h = History::new();
        let mut k = Vec::new();
        h.keys(&toks[6], &mut k);
        assert!(k.is_empty(), "nothing recorded yet");
        // شيراك was labelled B-PER (index 1) earlier in the document
        let labels = [0, 1, 0, 0, 0, 0, 0];
        h.record(&toks[..6], &labels[..6]);
        h.keys(&toks[6], &mut k);
        assert_eq!(k, vec![H::new(t::HIST).byte(1).byte(1).finish()], "وشيراك finds شيراك through its base");
        k.clear();
        h.keys(&toks[5], &mut k);
        assert_eq!(k, vec![H::new(t::HIST_O).finish()], "قال was always O");
    }

    #[test]
    fn fingerprint_follows_the_lexicons() {
        let dir = std::env::temp_dir().join(format!("marsad-ner-fp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("places.tsv"), "code\ttype\ten_names\tar_names\nLBY\tcity\tSabha\tسبها\n").unwrap();
        let a = FeatureExtractor::new(&Source::builtin()).unwrap();
        let b = FeatureExtractor::new(&Source::builtin()).unwrap();
        let c = FeatureExtractor::new(&Source::with_dir(&dir)).unwrap();
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_ne!(a.fingerprint(), c.fingerprint());
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn word_class_features_fire_when_classes_are_set() {
        let (toks, plain) = feats("قال شيراك امس");
        let sents: Vec<Vec<String>> = (0..5).flat_map(|_| ["قال شيراك امس", "قال بوش امس"]).map(|s| s.split(' ').map(String::from).collect()).collect();
        let c = Clusters::learn(&sents, &[2], 2, 5);
        let id = c.get("شيراك").unwrap()[0];
        let mut fx = FeatureExtractor::new(&Source::builtin()).unwrap();
        fx.set_clusters(c);
        let mut buf = FeatureBuf::default();
        fx.sentence(&toks, &mut buf);
        let key = H::new(t::CL).byte(0).byte(id as u8).byte((id >> 8) as u8).finish();
        assert!(buf.token(1).contains(&key), "class of شيراك");
        assert!(!plain.token(1).contains(&key), "no classes, no class features");
        assert!(buf.token(1).len() > plain.token(1).len());
    }

    #[test]
    fn numbers_are_written_with_zeros() {
        let (_, buf) = feats("في عام 2006");
        assert!(buf.token(2).contains(&key_of_word("0000")));
    }
}
