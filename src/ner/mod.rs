//! ner: a statistical Arabic named-entity tagger over marsad tokens.
//!
//! The model is an averaged structured perceptron (Collins 2002, "Discriminative
//! training methods for hidden Markov models: theory and experiments with
//! perceptron algorithms"): a first-order linear chain over BIO labels for PER,
//! LOC, ORG and MISC, decoded with Viterbi under the BIO constraints, with
//! lexical, affix, proclitic, shape, gazetteer and trigger-word features
//! ([`features`]). It is trained on ANERcorp (Benajiba, Rosso & Benedí 2007)
//! with `marsad train ner` ([`train`]); the trained model (`models/ner.ar.bin`)
//! is compiled into the binary, so nothing is read at run time.
//!
//! ```no_run
//! use marsad::{model::Lang, ner::Tagger, segment, text::Text, tokenize};
//! let tagger = Tagger::builtin().unwrap();
//! let text = Text::new("التقى الرئيس محمود عباس في رام الله.".to_string());
//! let tokens = tokenize::tokenize(&text, &segment::sentences(&text), Lang::Ar);
//! for (first, end, kind) in tagger.tag(&tokens, &text) {
//!     println!("{kind:?}: tokens {first}..{end}");
//! }
//! ```
//!
//! MISC is learnt (it keeps the model from confusing it with the other types)
//! but never returned by [`Tagger::tag`].

pub mod cli;
pub mod clusters;
pub mod consistency;
pub mod corpus;
pub mod eval;
pub mod features;
pub mod perceptron;
pub mod train;

use crate::lexicon::{LexiconError, Source};
use crate::model::EntityType;
use crate::text::Text;
use crate::tokenize::Token;
use features::{FeatureBuf, FeatureExtractor, History};
use perceptron::Model;
use std::path::Path;

/// The model compiled into the binary (trained by `marsad train ner`, see `docs/ACCURACY.md`).
pub static BUILTIN_MODEL: &[u8] = include_bytes!("../../models/ner.ar.bin");

/// Number of labels: O and B-/I- for each of the four [`NerType`]s.
pub const N_LABELS: usize = 9;

/// Entity types of the training data (ANERcorp's PERS, LOC, ORG, MISC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerType {
    /// A person (ANERcorp `PERS`).
    Per,
    /// A location.
    Loc,
    /// An organisation.
    Org,
    /// Anything else named (currencies, religions, events, products); learnt, not returned.
    Misc,
}

impl NerType {
    const ALL: [NerType; 4] = [NerType::Per, NerType::Loc, NerType::Org, NerType::Misc];

    /// The pipeline's entity type; `None` for MISC.
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            NerType::Per => Some(EntityType::PER),
            NerType::Loc => Some(EntityType::LOC),
            NerType::Org => Some(EntityType::ORG),
            NerType::Misc => None,
        }
    }

    /// Short name: PER, LOC, ORG, MISC.
    pub fn name(self) -> &'static str {
        match self {
            NerType::Per => "PER",
            NerType::Loc => "LOC",
            NerType::Org => "ORG",
            NerType::Misc => "MISC",
        }
    }
}

/// A BIO label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(NerType),
    /// Later token of an entity.
    I(NerType),
}

impl Label {
    /// Index 0..[`N_LABELS`]: O = 0, then B, I for PER, LOC, ORG, MISC.
    pub fn index(self) -> usize {
        match self {
            Label::O => 0,
            Label::B(t) => 1 + 2 * t as usize,
            Label::I(t) => 2 + 2 * t as usize,
        }
    }

    /// The label of an index (out-of-range indices are O).
    pub fn from_index(i: usize) -> Label {
        match i {
            1..=8 => {
                let t = NerType::ALL[(i - 1) / 2];
                if i % 2 == 1 {
                    Label::B(t)
                } else {
                    Label::I(t)
                }
            }
            _ => Label::O,
        }
    }

    /// Parses `O`, `B-X`, `I-X` with X one of PERS, PER, LOC, ORG, MISC.
    pub fn parse(tag: &str) -> Option<Label> {
        if tag == "O" {
            return Some(Label::O);
        }
        let (bi, ty) = tag.split_once('-')?;
        let ty = match ty {
            "PERS" | "PER" => NerType::Per,
            "LOC" => NerType::Loc,
            "ORG" => NerType::Org,
            "MISC" => NerType::Misc,
            _ => return None,
        };
        match bi {
            "B" => Some(Label::B(ty)),
            "I" => Some(Label::I(ty)),
            _ => None,
        }
    }

    /// The entity type, `None` for O.
    pub fn entity(self) -> Option<NerType> {
        match self {
            Label::O => None,
            Label::B(t) | Label::I(t) => Some(t),
        }
    }

    /// `I-` of type `t`.
    pub fn inside(t: NerType) -> Label {
        Label::I(t)
    }
}

/// Entity spans of a label sequence, CoNLL style (as conlleval reads IOB2): an
/// entity starts at `B-X`, or at `I-X` not preceded by `B-X`/`I-X`, and runs over
/// the following `I-X`. Returns `(first, end, type)` with `end` exclusive.
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, NerType)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, NerType)> = None;
    for (j, &l) in labels.iter().enumerate() {
        let continues = matches!((l, cur), (Label::I(t), Some((_, u))) if t == u);
        if !continues {
            if let Some((s, t)) = cur.take() {
                out.push((s, j, t));
            }
            if let Some(t) = l.entity() {
                cur = Some((j, t));
            }
        }
    }
    if let Some((s, t)) = cur {
        out.push((s, labels.len(), t));
    }
    out
}

/// Errors of training, evaluation and model loading.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// Training or evaluation data does not fit the format.
    #[error("{path}:{line}: {message}")]
    Data {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file is corrupt or was made for other features.
    #[error("NER model: {0}")]
    Model(String),
    /// A lexicon used for gazetteer features could not be read.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// An option is out of range.
    #[error("{0}")]
    Option(String),
    /// `marsad train realis` failed: the gold sentences could not be read or do not cover
    /// both event kinds, or the model could not be written (the message names the file).
    #[error("train realis: {0}")]
    Realis(String),
}

/// The Arabic NER tagger: a model and the feature extractor it was trained with.
///
/// Build once (about 10–20 ms: model tables and gazetteers) and share: it is `Sync`.
pub struct Tagger {
    model: Model,
    fx: FeatureExtractor,
}

impl Tagger {
    /// The built-in model with the built-in lexicons.
    pub fn builtin() -> Result<Tagger, NerError> {
        Tagger::new(BUILTIN_MODEL, &Source::builtin())
    }

    /// A model from its bytes (a file written by `marsad train ner`), with the
    /// gazetteers of the lexicons in `src`.
    pub fn new(model: &[u8], src: &Source) -> Result<Tagger, NerError> {
        let mut model = Model::from_bytes(model)?;
        let mut fx = FeatureExtractor::new(src)?;
        fx.set_clusters(std::mem::take(&mut model.clusters));
        Ok(Tagger { model, fx })
    }

    /// A model read from `path` (the user's override of the built-in model).
    pub fn from_file(path: &Path, src: &Source) -> Result<Tagger, NerError> {
        let b = std::fs::read(path).map_err(|e| NerError::Io { path: path.display().to_string(), message: e.to_string() })?;
        Tagger::new(&b, src)
    }

    pub(crate) fn from_parts(model: Model, fx: FeatureExtractor) -> Tagger {
        Tagger { model, fx }
    }

    /// True when the gazetteers compiled from the lexicons are the ones the model
    /// was trained with. When false (the lexicons were edited since), the tagger
    /// still works, but its accuracy is no longer the recorded one: retrain with
    /// `marsad train ner`.
    pub fn lexicons_match(&self) -> bool {
        self.model.lexicon_fingerprint == self.fx.fingerprint()
    }

    /// What the model was trained on (file fingerprint and sentences), when its file
    /// records it (model format 5 on).
    pub fn training_data(&self) -> Option<&perceptron::TrainingData> {
        self.model.training.as_ref()
    }

    /// Number of feature weights in the model.
    pub fn model_features(&self) -> usize {
        self.model.len()
    }

    /// True when `tk` is a word of the model's outside list ([`perceptron::Model::outside`]): a
    /// word its training part has often and never inside a PER, LOC or ORG entity (a common
    /// word such as «الماضي» or «الرسمي»). False for a model without such a list.
    pub fn is_outside_word(&self, tk: &Token) -> bool {
        tk.kind == crate::tokenize::TokenKind::Word && self.model.outside.binary_search(&features::outside_key(tk)).is_ok()
    }

    /// Named entities (PER, LOC, ORG) over `tokens`, as `(first_token, end_token, type)`
    /// with `end_token` exclusive, in token order, never crossing a sentence.
    ///
    /// `tokens` are marsad tokens of `text` ([`crate::tokenize::tokenize`]), any
    /// number of sentences; sentences without an Arabic-script token are skipped
    /// (the model knows only Arabic). Pass a whole document at once: the tokens
    /// are one document for the history features (a name found with a clear cue
    /// helps its later bare mentions), so the result for a sentence can depend
    /// on the sentences before it. Spans include a token's proclitics
    /// ("والعراق" is one LOC token); the caller trims them with the token's
    /// [`crate::tokenize::Base`] if it wants. `text` is currently unused; it is
    /// part of the signature so that later models may look at the original spelling.
    pub fn tag(&self, tokens: &[Token], text: &Text) -> Vec<(usize, usize, EntityType)> {
        let _ = text;
        let labels = self.labels(tokens);
        spans(&labels).into_iter().filter_map(|(a, b, t)| t.entity_type().map(|e| (a, b, e))).collect()
    }

    /// The BIO label of every token (MISC included), decoded sentence by sentence, then
    /// made consistent over the document ([`consistency`]: a word sequence labelled as an
    /// entity of one type somewhere is given that type at its other occurrences left outside).
    pub fn labels(&self, tokens: &[Token]) -> Vec<Label> {
        let mut out = vec![Label::O; tokens.len()];
        let mut buf = FeatureBuf::default();
        let mut hist = History::new();
        let (mut sents, mut labels, mut starts) = (Vec::new(), Vec::new(), Vec::new());
        let mut i = 0;
        while i < tokens.len() {
            let mut e = i + 1;
            while e < tokens.len() && tokens[e].sentence == tokens[i].sentence {
                e += 1;
            }
            let sent = &tokens[i..e];
            if sent.iter().any(|t| t.arabic) {
                sents.push(sent);
                starts.push(i);
            }
            i = e;
        }
        let ctx = self.fx.document(&sents);
        for sent in &sents {
            labels.push(label_sentence(&self.model, &self.fx, sent, Some(&ctx), &mut buf, Some(&mut hist)));
        }
        consistency::apply(&sents, &mut labels, consistency::Options::SHIPPED);
        for (s, l) in starts.into_iter().zip(labels) {
            for (j, l) in l.into_iter().enumerate() {
                out[s + j] = Label::from_index(l);
            }
        }
        out
    }
}

/// Label indices of one sentence.
pub(crate) fn label_sentence(model: &Model, fx: &FeatureExtractor, toks: &[Token], doc: Option<&features::DocContext>, buf: &mut FeatureBuf, hist: Option<&mut History>) -> Vec<usize> {
    fx.sentence_in(toks, doc, buf);
    let mut em: Vec<[f32; N_LABELS]> = (0..toks.len()).map(|j| model.emission(buf.token(j))).collect();
    let mut hk = Vec::new();
    if let Some(h) = hist.as_deref() {
        for (j, tk) in toks.iter().enumerate() {
            hk.clear();
            h.keys(tk, &mut hk);
            if !hk.is_empty() {
                let e = model.emission(&hk);
                for l in 0..N_LABELS {
                    em[j][l] += e[l];
                }
            }
        }
    }
    let mut out = model.viterbi(&em);
    trim_outside(model, toks, &mut out);
    drop_future_verbs(toks, &mut out);
    place_head_names(toks, &mut out);
    if let Some(h) = hist {
        h.record(toks, &out);
    }
    out
}

/// Boundary post-pass: a PER, LOC or ORG entity of two or more tokens does not end on a
/// word of the model's outside list ([`perceptron::Model::outside`]: frequent in the
/// training part and never inside such an entity there); such final words are given
/// the label O (so «عزت أبو عوف برنامجا» ends before the common noun). `labels` are
/// label indices ([`Label::index`]) of `toks`, left valid under BIO.
pub(crate) fn trim_outside(model: &Model, toks: &[Token], labels: &mut [usize]) {
    if model.outside.is_empty() {
        return;
    }
    let is_outside = |tk: &Token| tk.kind == crate::tokenize::TokenKind::Word && model.outside.binary_search(&features::outside_key(tk)).is_ok();
    for (a, mut b, t) in spans(&labels.iter().map(|&l| Label::from_index(l)).collect::<Vec<_>>()) {
        if t == NerType::Misc {
            continue;
        }
        while b - a > 1 && is_outside(&toks[b - 1]) {
            labels[b - 1] = Label::O.index();
            b -= 1;
        }
    }
}

/// True when `form` (match form, one proclitic و or ف allowed) is an Arabic imperfect verb
/// with the future prefix and a dual or plural ending: «س» + person prefix ي/ت/ن/أ + a stem of
/// three or more letters + «ان»/«ون» («سيستضيفان», "the two will host"; «سيواصلون»). A
/// stem ending in a long vowel before the ending is left out, the shape of transcribed names
/// («سيباستيان», «سيراليون»); names short enough to match («سيمون», «ستيفان») have shorter
/// stems. No PER token of ANERcorp's training part has this shape.
pub fn is_future_verb(form: &str) -> bool {
    let w = form.strip_prefix('و').or_else(|| form.strip_prefix('ف')).filter(|w| w.starts_with('س')).unwrap_or(form);
    let c: Vec<char> = w.chars().collect();
    if c.len() < 7 || c[0] != 'س' || !matches!(c[1], 'ي' | 'ت' | 'ن' | 'أ' | 'ا') || !c.iter().all(|ch| ('\u{0621}'..='\u{064A}').contains(ch)) {
        return false;
    }
    let n = c.len();
    let dual_or_plural = matches!((c[n - 2], c[n - 1]), ('ا', 'ن') | ('و', 'ن'));
    dual_or_plural && !matches!(c[n - 3], 'ي' | 'و' | 'ا')
}

/// Decode-time filter: a token labelled as part of an entity that is a future verb
/// ([`is_future_verb`]) is set outside; an entity continuing after it starts anew.
/// `labels` are label indices ([`Label::index`]) of `toks`.
pub(crate) fn drop_future_verbs(toks: &[Token], labels: &mut [usize]) {
    for j in 0..toks.len().min(labels.len()) {
        if labels[j] == Label::O.index() || !toks[j].arabic || !is_future_verb(&toks[j].norm) {
            continue;
        }
        labels[j] = Label::O.index();
        if let Some(Label::I(t)) = labels.get(j + 1).map(|&l| Label::from_index(l)) {
            labels[j + 1] = Label::B(t).index();
        }
    }
}

/// Arabic nouns of a place that a name after them belongs to (match form): airport, street,
/// square, port, bridge, crossing. ANERcorp labels the name after them a location («مطار/O
/// بيروت/B-LOC», «شارع/O المنارة/B-LOC»).
const AR_PLACE_HEADS: &[&str] = &["مطار", "شارع", "ميدان", "ساحه", "ميناء", "جسر", "معبر", "مرفا"];

/// Decode-time filter: a person entity right after an Arabic place head ([`AR_PLACE_HEADS`],
/// «مطار شارل ديغول», «شارع جمال عبد الناصر») is a location: its labels become LOC.
/// `labels` are label indices ([`Label::index`]) of `toks`.
pub(crate) fn place_head_names(toks: &[Token], labels: &mut [usize]) {
    let n = toks.len().min(labels.len());
    for j in 1..n {
        if labels[j] != Label::B(NerType::Per).index() || !toks[j - 1].arabic || toks[j - 1].sentence != toks[j].sentence {
            continue;
        }
        let head = &toks[j - 1];
        if !head.bases.iter().any(|b| AR_PLACE_HEADS.contains(&b.form.as_str())) && !AR_PLACE_HEADS.contains(&head.norm.as_str()) {
            continue;
        }
        labels[j] = Label::B(NerType::Loc).index();
        let mut k = j + 1;
        while k < n && labels[k] == Label::I(NerType::Per).index() {
            labels[k] = Label::I(NerType::Loc).index();
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::segment::sentences;
    use crate::tokenize::tokenize;

    #[test]
    fn a_person_name_after_a_place_head_is_a_location() {
        use Label::*;
        use NerType::*;
        for (t, n) in [("وصل الوفد إلى مطار شارل ديغول", 6), ("تظاهروا في شارع جمال عبد الناصر", 6), ("وصل إلى مطار محمد", 4)] {
            let text = crate::text::Text::new(t.to_string());
            let toks = tokenize(&text, &sentences(&text), Lang::Ar);
            assert_eq!(toks.len(), n, "{t}");
            let mut l = vec![O.index(); n];
            let head = toks.iter().position(|x| x.bases.iter().any(|b| AR_PLACE_HEADS.contains(&b.form.as_str()))).unwrap_or(0);
            l[head + 1] = B(Per).index();
            for x in l.iter_mut().skip(head + 2) {
                *x = I(Per).index();
            }
            place_head_names(&toks, &mut l);
            assert_eq!(l[head + 1], B(Loc).index(), "{t}");
            assert!(l[head + 2..].iter().all(|&x| x == I(Loc).index()), "{t}");
        }
        // a person after another noun stays a person
        let text = crate::text::Text::new("قال الرئيس محمد".to_string());
        let toks = tokenize(&text, &sentences(&text), Lang::Ar);
        let mut l = vec![O.index(), O.index(), B(Per).index()];
        place_head_names(&toks, &mut l);
        assert_eq!(l[2], B(Per).index());
    }

    #[test]
    fn future_verbs_are_no_names() {
        for w in ["سيستضيفان", "وسيواصلون", "ستوقعان", "سنعملون", "سيكونون"] {
            assert!(is_future_verb(&crate::normalize::fold(w)), "{w}");
        }
        // names with a «سي/ست/سن» onset: a long vowel before the ending, a short stem, or another ending
        for w in ["سيباستيان", "وسيراليون", "سيمون", "ستيفان", "ستالين", "سيف", "سيرين", "سيتروين", "سلمان", "سي.ان.ان"] {
            assert!(!is_future_verb(&crate::normalize::fold(w)), "{w}");
        }
        use Label::*;
        use NerType::*;
        let text = crate::text::Text::new("سيستضيفان محمد".to_string());
        let toks = tokenize(&text, &sentences(&text), Lang::Ar);
        let mut l = vec![B(Per).index(), I(Per).index()];
        drop_future_verbs(&toks, &mut l);
        assert_eq!(l, vec![O.index(), B(Per).index()]);
    }

    #[test]
    fn label_indices_round_trip() {
        for i in 0..N_LABELS {
            assert_eq!(Label::from_index(i).index(), i);
        }
        assert_eq!(Label::parse("B-PERS"), Some(Label::B(NerType::Per)));
        assert_eq!(Label::parse("I-MISC"), Some(Label::I(NerType::Misc)));
        assert_eq!(Label::parse("B-"), None);
        assert_eq!(Label::parse("E-LOC"), None);
    }

    #[test]
    fn bio_decoding_follows_conlleval() {
        use Label::*;
        use NerType::*;
        let l = [B(Per), I(Per), O, I(Loc), I(Loc), B(Loc), B(Org), I(Per), O, B(Misc)];
        assert_eq!(spans(&l), vec![(0, 2, Per), (3, 5, Loc), (5, 6, Loc), (6, 7, Org), (7, 8, Per), (9, 10, Misc)]);
        assert_eq!(spans(&[I(Org)]), vec![(0, 1, Org)]);
        assert!(spans(&[]).is_empty());
    }

    #[test]
    fn builtin_tagger_finds_entities_and_skips_english() {
        let tagger = Tagger::builtin().unwrap();
        let text = Text::new("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة ستجتمع.\nPresident Bush spoke in Washington.".to_string());
        let tokens = tokenize(&text, &sentences(&text), Lang::Ar);
        let found = tagger.tag(&tokens, &text);
        let words = |a: usize, b: usize| tokens[a..b].iter().map(|t| t.text(&text)).collect::<Vec<_>>().join(" ");
        let got: Vec<(String, EntityType)> = found.iter().map(|&(a, b, t)| (words(a, b), t)).collect();
        assert!(got.contains(&("جورج بوش".to_string(), EntityType::PER)), "{got:?}");
        assert!(got.contains(&("واشنطن".to_string(), EntityType::LOC)), "{got:?}");
        assert!(found.iter().all(|&(a, _, _)| tokens[a].arabic), "English sentence skipped: {got:?}");
    }

    #[test]
    fn entities_do_not_end_on_outside_words() {
        use Label::*;
        use NerType::*;
        let text = Text::new("قدم الفنان عزت أبو عوف برنامجا وبرنامجا".to_string());
        let toks = tokenize(&text, &sentences(&text), Lang::Ar);
        assert_eq!(toks.len(), 7);
        let mut m = perceptron::Trainer::new().averaged(0.0);
        m.outside = vec![features::outside_key(&toks[5]), features::outside_key(&toks[1])];
        m.outside.sort_unstable();
        let idx = |l: &[Label]| l.iter().map(|x| x.index()).collect::<Vec<_>>();
        let mut l = idx(&[O, B(Per), I(Per), I(Per), I(Per), I(Per), B(Org)]);
        trim_outside(&m, &toks, &mut l);
        // the final برنامجا leaves the person; a leading outside word is kept; a one-word entity stays
        assert_eq!(l, idx(&[O, B(Per), I(Per), I(Per), I(Per), O, B(Org)]));
        let mut l = idx(&[O, O, O, O, O, B(Misc), I(Misc)]);
        trim_outside(&m, &toks, &mut l);
        assert_eq!(l, idx(&[O, O, O, O, O, B(Misc), I(Misc)]), "MISC is left alone");
        let mut l = idx(&[O, O, O, O, O, B(Loc), O]);
        trim_outside(&m, &toks, &mut l);
        assert_eq!(l, idx(&[O, O, O, O, O, B(Loc), O]), "one-word entities stay");
    }

    #[test]
    fn empty_input_tags_nothing() {
        let tagger = Tagger::builtin().unwrap();
        let text = Text::new(String::new());
        assert!(tagger.tag(&[], &text).is_empty());
    }
}
