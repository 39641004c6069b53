//! The compiled cue lexicon (`cues.tsv`): speech verbs, quote frames, "according to" phrases,
//! source nouns and negation particles, shared by the quotes and attribution stages.

use super::{alternatives, LexiconError, PhraseMatcher, Source};
use crate::model::{Lang, SourceKind};
use crate::tokenize::{Token, TokenKind};
use std::collections::HashSet;

/// A speech verb entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeechVerb {
    /// True for verbs that continue the previous speaker ("أضاف", "added").
    pub carry: bool,
    /// True for English verbs whose object is the person told ("told reporters",
    /// "briefed diplomats"): the actor after the verb is the addressee, the speaker is
    /// the subject before it (kind `addressee`).
    pub addressee: bool,
    /// True for a quote frame (role `quote_frame`, "calling it", «معتبرة»): its speaker is the
    /// subject of the clause before it, in both languages.
    pub frame: bool,
    /// What a verb of declaring does with a noun-phrase object (kinds `announce`, `declare`):
    /// reports speech, or performs the act the object names.
    pub declares: Declares,
}

/// How a speech verb reads before a noun-phrase object (not a complementiser, a colon, a
/// quotation or an English bare clause, after which every speech verb reports speech).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Declares {
    /// Always speech ("said", «قال»).
    #[default]
    Never,
    /// Kind `announce` («أعلن», "announced"): an act when its object is an act noun (role
    /// `act_noun`: «أعلن الوالي حالة الطوارئ», "announced a curfew"); speech otherwise, also
    /// before the noun of a reported happening («أعلنت الشرطة مقتل ثلاثة أشخاص»).
    ActNoun,
    /// Kind `declare` (English "declared"): an act before any noun phrase ("declared a state of
    /// emergency", "declared the vote void").
    AnyNoun,
}

/// Role nouns (match form) that head an English unnamed inverted subject speaking for a body
/// ("said the head of the …", "said a spokesman for the group").
const EN_ROLE_HEADS: &[&str] = &["head", "chief", "director", "president", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "leader", "secretary", "coordinator", "founder", "lawyer"];

/// Arabic words (match form) that may stand between a speech verb and its complementiser
/// without being its subject: adverbs of time and manner, weekdays, and prepositions with a
/// pronoun («وقال أمس إن», «وأضاف أيضا أن», «وقال له إن»).
const AR_NOT_SUBJECTS: &[&str] = &[
    "امس", "اليوم", "الليله", "ايضا", "كذلك", "مجددا", "لاحقا", "سابقا", "حينها", "وقتها", "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
    "السبت", "له", "لها", "لهم", "لنا", "لي", "فيه", "فيها", "عنه", "عنها", "عنهم", "صراحه", "مؤكدا", "مؤكده", "مضيفا", "مضيفه", "موضحا", "موضحه", "مشيرا", "مشيره", "بدوره", "بدورها", "امام", "خلال", "عبر",
];

/// Cue phrases of both languages, compiled for token matching.
pub struct Cues {
    /// Speech and reporting verbs.
    pub speech: PhraseMatcher<SpeechVerb>,
    /// Verbs of denial (speech verbs of kind `denial`, «نفى», "denied"): attribution cues only
    /// before a complementiser («نفى مصدر أمني أن …»); with a noun object they are events.
    pub denials: PhraseMatcher<SpeechVerb>,
    /// Words that frame a quotation inside the clause of another verb, whose subject is the
    /// speaker ("…, calling it "…"", «…، معتبرة أنها «…»»); they make no attribution.
    pub quote_frames: PhraseMatcher<()>,
    /// "according to" phrases.
    pub according: PhraseMatcher<()>,
    /// Nouns naming a source: anonymous sources, documents, or news agencies (kind
    /// `Organization`: the agency named with the noun is the source).
    pub source_nouns: PhraseMatcher<SourceKind>,
    /// Phrases after a source that make it anonymous ("on condition of anonymity").
    pub anonymity: PhraseMatcher<()>,
    /// Nouns of acts that declaring performs (role `act_noun`: «حالة الطوارئ», «حظر التجول»,
    /// "curfew", "ceasefire", "his resignation"): the object of a verb of kind `announce`.
    pub act_nouns: PhraseMatcher<()>,
    negation: HashSet<String>,
}

impl Cues {
    /// Compiles `cues.tsv` (columns `lang role kind forms`). Errors on an unknown role or kind.
    pub fn new(src: &Source) -> Result<Self, LexiconError> {
        let t = src.table("cues.tsv")?;
        let (lang, role, kind, forms) = (t.column("lang")?, t.column("role")?, t.column("kind")?, t.column("forms")?);
        let mut c = Cues { speech: PhraseMatcher::new(), denials: PhraseMatcher::new(), quote_frames: PhraseMatcher::new(), according: PhraseMatcher::new(), source_nouns: PhraseMatcher::new(), anonymity: PhraseMatcher::new(), act_nouns: PhraseMatcher::new(), negation: HashSet::new() };
        for (line, r) in &t.rows {
            if !matches!(r[lang].as_str(), "ar" | "en") {
                return Err(t.error(*line, format!("lang must be ar or en, not `{}`", r[lang])));
            }
            for f in alternatives(&r[forms]) {
                match (r[role].as_str(), r[kind].as_str()) {
                    ("speech_verb", k @ ("" | "carry" | "addressee" | "announce" | "declare")) => {
                        let declares = match k {
                            "announce" => Declares::ActNoun,
                            "declare" => Declares::AnyNoun,
                            _ => Declares::Never,
                        };
                        c.speech.insert(f, SpeechVerb { carry: k == "carry", addressee: k == "addressee", frame: false, declares })
                    }
                    ("speech_verb", "denial") => c.denials.insert(f, SpeechVerb { carry: false, addressee: false, frame: false, declares: Declares::Never }),
                    ("act_noun", "") => {
                        c.act_nouns.insert(f, ());
                        if r[lang] == "ar" && !f.starts_with("ال") {
                            c.act_nouns.insert(&format!("ال{f}"), ());
                        }
                    }
                    ("quote_frame", "") => c.quote_frames.insert(f, ()),
                    ("according_to", _) => c.according.insert(f, ()),
                    ("anonymity", _) => c.anonymity.insert(f, ()),
                    ("source_noun", k @ ("anonymous" | "document" | "organization")) => {
                        let kind = match k {
                            "anonymous" => SourceKind::Anonymous,
                            "document" => SourceKind::Document,
                            _ => SourceKind::Organization,
                        };
                        c.source_nouns.insert(f, kind);
                        if r[lang] == "ar" && !f.starts_with("ال") {
                            c.source_nouns.insert(&format!("ال{f}"), kind);
                        }
                    }
                    ("negation", _) => {
                        c.negation.insert(crate::normalize::fold_phrase(f));
                    }
                    (r2, k) => return Err(t.error(*line, format!("unknown role/kind `{r2}`/`{k}`"))),
                }
            }
        }
        Ok(c)
    }

    /// The speech verb at token `i`, unless it is written as an Arabic verbal noun: a form
    /// behind the preposition ب («وطالب بكشف الجناة», «بذكر»), or a perfect form behind ل
    /// («لكشف», while «ليقول» is a verb), is the noun of the act, no verb.
    pub fn speech_verb_at<'a>(&'a self, tokens: &[Token], i: usize) -> Option<super::Match<'a, SpeechVerb>> {
        let m = self.speech.longest_at(tokens, i)?;
        let t = &tokens[i];
        let noun = t.arabic
            && t.bases.get(m.base).is_some_and(|b| b.proclitics.contains('ب') || (b.proclitics.ends_with('ل') && !b.form.starts_with(['ي', 'ت', 'ن'])));
        (!noun).then_some(m)
    }

    /// The Arabic subject of a speech verb ending at token `ve` that names no actor and no
    /// source noun: one word right after the verb and right before the complementiser or colon
    /// that opens what was said («وقالت عائلته إنه …», «وقال محاموه إن …»: his family, his
    /// lawyers), not an adverb of time or manner or a pronoun-holding preposition
    /// ([`AR_NOT_SUBJECTS`]), nor a word behind a preposition («لوكالة», «للصحفيين»). Its
    /// token index, or `None`. Such a subject is the speaker: an unnamed one, neither the
    /// subject of the clause before nor an earlier speaker.
    pub fn ar_unnamed_subject(&self, tokens: &[Token], ve: usize) -> Option<usize> {
        let t = tokens.get(ve)?;
        let next = tokens.get(ve + 1)?;
        let s = tokens.get(ve.checked_sub(1)?)?.sentence;
        if !t.arabic || t.kind != TokenKind::Word || t.sentence != s || next.sentence != s {
            return None;
        }
        let opens_speech = matches!(next.norm.as_str(), "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | ":");
        let governed = t.bases.iter().skip(1).any(|b| b.proclitics.ends_with('ل') || b.proclitics.ends_with('ب'));
        (opens_speech && !governed && !AR_NOT_SUBJECTS.contains(&t.norm.as_str()) && self.source_nouns.longest_at(tokens, ve).is_none()).then_some(ve)
    }

    /// The English subject of an inverted speech verb ending at token `ve` that names no actor
    /// we code, when it is a role and runs to the end of the sentence (`…, said the head of the
    /// "Tunisian League for Human Rights".`, `"…," said a spokesman for the group.`): an article,
    /// a role noun ([`EN_ROLE_HEADS`]) and at most eleven more words, none a verb of a
    /// reported clause. Its end token (the source is an `official_role`), or `None` (", said the
    /// attack killed 12 people" is a reported clause). `end` is the sentence's end token.
    pub fn en_inverted_role(&self, tokens: &[Token], ve: usize, end: usize) -> Option<usize> {
        let rest = tokens.get(ve..end)?;
        let n = rest.iter().take_while(|t| !(t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | ";" | ":" | "!" | "?"))).count();
        let words = &rest[..n];
        if words.len() < 2 || words.len() > 13 || n + 1 < rest.len() || !matches!(words[0].norm.as_str(), "the" | "a" | "an") || !EN_ROLE_HEADS.contains(&words[1].norm.as_str()) {
            return None;
        }
        if words.iter().any(|t| matches!(t.norm.as_str(), "that" | "would" | "will" | "was" | "were" | "had" | "has" | "have" | "is" | "are" | "could" | "should" | "must")) {
            return None;
        }
        Some(ve + n)
    }

    /// True when the verb of telling at `i` is an English passive ("the court was told",
    /// "reporters were told"): its subject is the addressee, and the teller is not named.
    pub fn passive_telling(&self, tokens: &[Token], i: usize, verb: &SpeechVerb) -> bool {
        verb.addressee && i > 0 && tokens[i - 1].sentence == tokens[i].sentence && matches!(tokens[i - 1].norm.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got")
    }

    /// True when the token before `i` (same sentence) is a negation particle
    /// ("لم تعلن", «ولم تعلن», "did not say", "declined to comment"). A particle that ends an
    /// "according to" phrase is no negation: the ما of "وفق ما أعلنت", "بحسب ما ذكرت" is
    /// the relative "what". In Arabic «لم» / «لن» also negate a trigger that is the object of
    /// the verb right after them, its subject between («لم تطلق الشرطة الغاز المسيل للدموع»).
    pub fn negated(&self, tokens: &[Token], i: usize, lang: Lang) -> bool {
        let s = tokens[i].sentence;
        if (i.saturating_sub(3)..i).any(|k| tokens[k].sentence == s && self.according.longest_at(tokens, k).is_some_and(|m| m.end == i)) {
            return false;
        }
        let prev = |k: usize| if i >= k && tokens[i - k].sentence == s { Some(tokens[i - k].norm.as_str()) } else { None };
        if prev(1).is_some_and(|w| self.negation.contains(w)) {
            return true;
        }
        // Arabic «ولم», «فلم», «ولن»: the conjunction و / ف is written on the particle
        if prev(1).and_then(|w| w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))).is_some_and(|w| !w.is_empty() && self.negation.contains(w)) {
            return true;
        }
        if let (Some(a), Some(b)) = (prev(2), prev(1)) {
            if self.negation.contains(&format!("{a} {b}")) {
                return true;
            }
            // "did not say": a negation two tokens back with an auxiliary between
            if matches!(a, "not" | "n't" | "never") || self.negation.contains(b) {
                return true;
            }
        }
        // «لم تطلق الشرطة الغاز المسيل للدموع»: «لم» / «لن» (with و / ف) before the verb that
        // governs the trigger, its subject between, at most four words back and no punctuation
        if lang == Lang::Ar {
            for k in 2..=4 {
                if (1..k).any(|j| prev(j).is_none() || tokens[i - j].kind == crate::tokenize::TokenKind::Punct) {
                    break;
                }
                let particle = prev(k).map(|w| w.trim_start_matches(['و', 'ف'])).is_some_and(|w| matches!(w, "لم" | "لن"));
                let verb = prev(k - 1).is_some_and(|w| w.chars().count() >= 3 && matches!(w.chars().next(), Some('ي' | 'ت' | 'ن' | 'ا')));
                if particle && verb {
                    return true;
                }
            }
        }
        false
    }
}
