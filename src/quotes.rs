//! quotes: direct speech in quotation marks, and its speaker.
//!
//! Quotation marks: `"…"`, `«…»`, `“…”` (paired within a paragraph).
//! Text in quotation marks is a quote only when speech frames it:
//! * a speech verb before it in the same sentence ("وقال الوزير: «…»", "he said: "…""),
//! * a speech verb right after it (`"…," he added`, «…» قال الوزير),
//! * or a speaker and a colon right before it.
//! Otherwise it is a term, a title or a nickname ("ما يسمى باتفاقية "الدولة الثالثة الآمنة"")
//! and no quote is produced; so is a short name after the ل of whom was told or after a noun
//! of an outlet («لـ"الجزيرة"», «صحيفة "الأهرام"»). A word inside a quote is never its speaker.
//!
//! The speaker is the verb's subject: the actor after the verb (Arabic VSO, English
//! "said Smith"), else the actor before it (SVO), preferring a named person; a
//! pronoun or a subjectless continuation verb ("وأضاف", "he added") carries the
//! previous speaker over: the speaker of the last quote, or of a speech verb without
//! quotation marks in one of the three sentences before (`وقال المتحدث إن …` then
//! `وأضاف أن "…"`), whichever came later. A definite role resolved by anaphora ("المتحدث") is
//! reported as its antecedent ("متحدث باسم وزارة الخارجية الأمريكية").

use crate::actors::{in_sentence, ActorMention};
use crate::entities::MentionKind;
use crate::lexicon::cues::{Cues, SpeechVerb};
use crate::lexicon::{LexiconError, Source};
use crate::model::{Lang, Quote, Sentence, SourceKind, Speaker};
use crate::text::Text;
use crate::tokenize::{Token, TokenKind};

/// Finds quotes; holds the cue lexicon.
pub struct QuoteFinder {
    cues: Cues,
}

/// A pair of quotation marks: character offsets of the opening and closing marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the closing mark.
    pub close: usize,
}

/// Finds paired quotation marks line by line. Unpaired marks are ignored.
pub fn quotation_marks(text: &Text) -> Vec<Marks> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (ci, c) in text.as_str().chars().enumerate() {
        if c == '\n' {
            open = None;
            continue;
        }
        match open {
            None => {
                if matches!(c, '"' | '«' | '“') {
                    open = Some((ci, c));
                }
            }
            Some((o, oc)) => {
                let closes = matches!((oc, c), ('"', '"') | ('«', '»') | ('“', '”') | ('“', '"') | ('"', '”'));
                if closes {
                    out.push(Marks { open: o, close: ci });
                    open = None;
                }
            }
        }
    }
    out
}

/// Who said something: the speaker of a quote or the source of an attribution.
///
/// A role right before a personal name («رئيس حركة النهضة راشد الغنوشي», "party leader Ana
/// Ruiz" when the two are separate actor phrases) is that person, with the person's code or
/// else the role's. The code of a role is its sector alone only for a body of the state: the
/// head of a front, party or movement we cannot code («رئيس جبهة الخلاص الوطني») gets none,
/// and a bare definite «الوزارة» / "the ministry" takes the code of the ministry named last
/// before it in the document (see [`role_code`]).
pub(crate) fn speaker_of(tokens: &[Token], actors: &[ActorMention], a: usize) -> Speaker {
    let act = &actors[a];
    if let Some(b) = named_after_role(actors, a) {
        let p = &actors[b];
        let name = p.person.clone().unwrap_or_else(|| p.text.clone());
        let off = p.text.find(name.as_str()).map(|x| p.text[..x].chars().count()).unwrap_or(0);
        let code = Some(p.code.clone()).filter(|c| !c.is_empty() && p.has_country).or_else(|| role_code(tokens, actors, a));
        return Speaker { kind: SourceKind::NamedPerson, start: p.start + off, end: p.start + off + name.chars().count(), text: name, code };
    }
    if let Some(p) = &act.person {
        // the name inside the phrase
        let off = act.text.find(p.as_str()).map(|b| act.text[..b].chars().count()).unwrap_or(0);
        let start = act.start + off;
        // (a name after a role phrase of its own takes the role's code when it has none)
        let code = role_code(tokens, actors, a).or_else(|| a.checked_sub(1).filter(|&r| named_after_role(actors, r) == Some(a)).and_then(|r| role_code(tokens, actors, r)));
        return Speaker { text: p.clone(), kind: SourceKind::NamedPerson, start, end: start + p.chars().count(), code };
    }
    // (the antecedent names the speaker only when it holds every word of the mention: "the
    // minister" is "Sweden's migration minister", but "the prime minister's office" and "a
    // government spokeswoman" are not the earlier minister whose country they take; an English
    // mention after "a"/"an" is someone new, whatever its code: "said a spokesman" after "a
    // spokesman for the UN mission" is "spokesman", not the earlier phrase)
    let indefinite = act.first > 0 && tokens.get(act.first - 1).is_some_and(|t| t.sentence == act.sentence && !t.arabic && matches!(t.norm.as_str(), "a" | "an"));
    let src = act.antecedent.map(|x| &actors[x]).filter(|x| !indefinite && holds_words(&x.text, &act.text)).unwrap_or(act);
    // (civilians, residents, protesters and refugees named by what they are hold no office:
    // "a resident told Reuters" is an unnamed, anonymous source)
    let unofficial = src.code.ends_with("CVL") || src.code.ends_with("REF");
    let kind = match src.head {
        MentionKind::Role if unofficial && !src.role_last => SourceKind::Anonymous,
        _ if src.role_last => SourceKind::OfficialRole,
        MentionKind::Person => SourceKind::NamedPerson,
        MentionKind::Role => SourceKind::OfficialRole,
        _ => SourceKind::Organization,
    };
    Speaker { text: src.text.clone(), kind, start: src.start, end: src.end_char, code: role_code(tokens, actors, a) }
}

/// The personal name right after the role phrase `actors[a]`, as the next actor phrase: a
/// person (head and name) starting at the token after the role, with nothing between. `None`
/// when `a` names a person itself or is no role.
pub(crate) fn named_after_role(actors: &[ActorMention], a: usize) -> Option<usize> {
    let act = &actors[a];
    if act.person.is_some() || act.head != MentionKind::Role {
        return None;
    }
    let b = a + 1;
    let p = actors.get(b)?;
    (p.first == act.end && p.sentence == act.sentence && p.head == MentionKind::Person && p.person.is_some()).then_some(b)
}

/// Folded heads of non-state organisations whose head or spokesman is no government official
/// (a front, party, movement, current, coalition, alliance, bloc).
const NON_STATE_GROUPS: &[&str] = &["جبهه", "حزب", "حركه", "تيار", "ائتلاف", "تحالف", "تكتل", "front", "party", "movement", "coalition", "alliance", "bloc"];

/// The code of the actor phrase `actors[a]` as a source: its own, except for a phrase with a
/// sector and no country, CAMEO `GOV`, that names a non-state organisation we cannot code
/// ([`NON_STATE_GROUPS`]: «رئيس جبهة الخلاص الوطني», "the front's chairman"), which gets none,
/// and for one that ends in a bare definite ministry («المتحدث باسم الوزارة», "the ministry's
/// spokesman"), which refers back to the last ministry with a country named before it in the
/// document («وزارة الخارجية العراقية» → `IRQGOV`) and takes its code.
pub(crate) fn role_code(tokens: &[Token], actors: &[ActorMention], a: usize) -> Option<String> {
    let act = &actors[a];
    let code = Some(act.code.clone()).filter(|c| !c.is_empty());
    if act.has_country || act.end > tokens.len() {
        return code;
    }
    let forms = |k: usize| tokens[k].bases.iter().map(|b| b.form.strip_prefix("ال").unwrap_or(&b.form).to_string()).chain(std::iter::once(tokens[k].norm.clone())).collect::<Vec<_>>();
    if act.code == "GOV" && (act.first..act.end).any(|k| forms(k).iter().any(|f| NON_STATE_GROUPS.contains(&f.as_str()))) {
        return None;
    }
    let ministry = |k: usize| tokens[k].bases.iter().any(|b| matches!(b.form.strip_prefix("ال").unwrap_or(&b.form), "وزاره")) || tokens[k].norm == "ministry";
    let bare = (act.first..act.end).any(|k| {
        let t = &tokens[k];
        if t.arabic {
            // («الوزارة» closing the phrase, with its article: no name or adjective after it)
            k + 1 == act.end && t.bases.iter().any(|b| b.form == "الوزاره")
        } else {
            // ("the ministry", "the ministry's", not "the Ministry of Interior")
            t.norm == "ministry" && k > 0 && tokens[k - 1].norm == "the" && tokens.get(k + 1).is_none_or(|n| !matches!(n.norm.as_str(), "of" | "for"))
        }
    });
    // ("the ministry's spokesman": the possessive before the role phrase)
    let possessive = act.first >= 3 && tokens[act.first - 1].norm == "'s" && tokens[act.first - 2].norm == "ministry" && tokens[act.first - 3].norm == "the" && tokens[act.first - 3].sentence == act.sentence;
    if bare || possessive {
        let named = actors[..a].iter().rev().find(|p| p.has_country && !p.code.is_empty() && (p.first..p.end.min(tokens.len())).any(ministry));
        if let Some(p) = named {
            return Some(p.code.clone());
        }
    }
    code
}

/// True when every word of `mention` (folded, without an article or the Arabic ال) is a word
/// of `antecedent`.
fn holds_words(antecedent: &str, mention: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '\'')
            .map(crate::normalize::fold)
            .map(|w| w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).map(str::to_string).unwrap_or(w))
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "a" | "an" | "s"))
            .collect()
    };
    let held = words(antecedent);
    words(mention).iter().all(|w| held.contains(w))
}

/// English words that open an unnamed speaker's noun phrase ("one detainee", "a witness").
const EN_UNNAMED_OPENERS: &[&str] = &["a", "an", "one", "another", "two", "three", "several", "some", "the"];

/// An English speaker that is no coded actor, right before the speech verb at `vi` (from `lo`
/// on): a short lower-case noun phrase opened by an article or a number ("one detainee told
/// the group", "a witness said"). It names nobody, so it is `anonymous`, without a code.
fn unnamed_subject(tokens: &[Token], lo: usize, vi: usize, lang: Lang) -> Option<Speaker> {
    if lang != Lang::En || vi == 0 {
        return None;
    }
    let s = tokens[vi].sentence;
    let words = (lo..vi).rev().take_while(|&i| tokens[i].sentence == s && tokens[i].kind == TokenKind::Word && (!tokens[i].upper || EN_UNNAMED_OPENERS.contains(&tokens[i].norm.as_str()))).take(4).count();
    let first = (vi - words..vi).find(|&i| EN_UNNAMED_OPENERS.contains(&tokens[i].norm.as_str()))?;
    // (the opener starts the phrase, and a noun follows it)
    if first + 1 >= vi || (first > lo && tokens[first - 1].kind == TokenKind::Word && !tokens[first - 1].upper && first > vi - words) {
        return None;
    }
    let text = tokens[first..vi].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
    Some(Speaker { text, kind: SourceKind::Anonymous, start: tokens[first].start, end: tokens[vi - 1].end, code: None })
}

/// Arabic nouns of outlets and bodies whose name news prose writes in quotation marks after
/// them («صحيفة "الأهرام"», «حركة "حماس"»), in match form.
const AR_NAMED_NOUNS: &[&str] = &["صحيفه", "جريده", "قناه", "موقع", "وكاله", "مجله", "شبكه", "اذاعه", "حركه", "حزب", "منظمه", "جماعه", "عمليه", "تنظيم", "ميليشيا", "مركز", "برنامج"];
/// English nouns of outlets of the same kind ("the newspaper "Al-Ahram"").
const EN_NAMED_NOUNS: &[&str] = &["newspaper", "daily", "channel", "broadcaster", "website", "magazine", "programme", "program"];
/// How many words a name in quotation marks has at most.
const NAME_WORDS: usize = 4;
/// How many words an English name in quotation marks written in title case has at most
/// ("the "Tunisian League for Human Rights"").
const NAME_WORDS_MAX: usize = 8;

/// True when the quotation marks at tokens `oi` (opening) and `ci` (closing) hold a name, not
/// speech: at most [`NAME_WORDS`] words with no punctuation between them, right after the
/// preposition ل written apart («وأكد مصدر عسكري لـ"الجزيرة" أن …», who was told), English
/// "told" ("told "Al-Monitor""), or a noun of an outlet or body in construct with the name
/// («صحيفة "الشرق الأوسط"», «حركة "حماس"», "the newspaper "Al-Ahram""; an English name is
/// capitalised).
fn name_in_marks(tokens: &[Token], oi: usize, ci: usize) -> bool {
    if oi == 0 || ci <= oi + 1 || ci - oi - 1 > NAME_WORDS_MAX || tokens[oi + 1..ci].iter().any(|t| t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "-" | "." | "'")) {
        return false;
    }
    let p = &tokens[oi - 1];
    if p.sentence != tokens[oi].sentence || p.kind != TokenKind::Word {
        return false;
    }
    // (the longer names are English ones in title case only)
    if ci - oi - 1 > NAME_WORDS && (p.arabic || !en_title_case(&tokens[oi + 1..ci])) {
        return false;
    }
    // (the noun is in construct with the name, without its article: «الحركة "لن تقبل"» is a
    // partial quote of the movement; an English name is capitalised: "the newspaper "regrets …""
    // is one too)
    if p.arabic {
        p.norm == "ل" || p.bases.iter().any(|b| !b.form.starts_with("ال") && AR_NAMED_NOUNS.contains(&b.form.as_str()))
    } else {
        tokens[oi + 1].upper && (p.norm == "told" || EN_NAMED_NOUNS.contains(&p.norm.as_str()) || (matches!(p.norm.as_str(), "the" | "a" | "an") && en_title_case(&tokens[oi + 1..ci])))
    }
}

/// True when English words are written as a name: every word capitalised but the function
/// words of names ("of", "for", "the", "and", "in", "on", "al") — `the "Tunisian League for
/// Human Rights"`, `the "Free Tunisia" group`; after an article such a phrase is a name.
fn en_title_case(words: &[Token]) -> bool {
    !words.is_empty() && words.iter().all(|t| t.kind != TokenKind::Word || t.upper || matches!(t.norm.as_str(), "of" | "for" | "the" | "and" | "in" | "on" | "al" | "el" | "de" | "to"))
}

/// How many tokens before a quote its speech verb is looked for in.
const SPEECH_WINDOW: usize = 40;
/// How many sentences before a quote a previous speaker without quotation marks is looked for in.
const PREVIOUS_SENTENCES: usize = 3;

const PRONOUNS: &[&str] = &["he", "she", "they", "هو", "هي", "هم"];

impl QuoteFinder {
    /// Compiles the speech verbs of `cues.tsv`.
    pub fn new(src: &Source) -> Result<Self, LexiconError> {
        Ok(QuoteFinder { cues: Cues::new(src)? })
    }

    /// Quotes of the document, in text order.
    pub fn extract(&self, text: &Text, sentences: &[Sentence], tokens: &[Token], actors: &[ActorMention], lang: Lang) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        // the previous speaker and the token where it spoke
        let mut last: Option<(usize, Speaker)> = None;
        let at = |c: usize| Some(tokens.partition_point(|t| t.start < c)).filter(|&k| k < tokens.len() && tokens[k].start == c);
        // (a name in quotation marks, «لـ"الجزيرة"», is a word of its clause: no quote, and no
        // clause boundary for the quote after it, «وقال الوزير لـ"الجزيرة": "…"»)
        let marks: Vec<Marks> = quotation_marks(text).into_iter().filter(|m| !matches!((at(m.open), at(m.close)), (Some(oi), Some(ci)) if name_in_marks(tokens, oi, ci))).collect();
        let closes: std::collections::HashSet<usize> = marks.iter().map(|m| m.close).collect();
        for m in &marks {
            let Some(oi) = at(m.open) else { continue };
            let Some(ci) = at(m.close) else { continue };
            let (qs, qe) = trim(text, m.open + 1, m.close);
            if qs >= qe {
                continue;
            }
            // a speaker of an earlier sentence who spoke without quotation marks after the last
            // quote («وقال المتحدث إن …» then «وأضاف أن "…"») is the previous speaker
            let sentence_start = (0..oi).rev().find(|&k| tokens[k].sentence != tokens[oi].sentence).map_or(0, |k| k + 1);
            if let Some(p) = self.speaker_before(tokens, actors, sentence_start, lang).filter(|p| last.as_ref().is_none_or(|l| p.0 > l.0)) {
                last = Some(p);
            }
            let prev = last.as_ref().map(|l| l.1.clone());
            let speaker = self.speaker(tokens, actors, oi, ci, lang, &prev, &closes);
            let Some(mut sp) = speaker else { continue };
            // "an official, speaking on condition of anonymity, said", «دبلوماسي لم يكشف عن اسمه»:
            // a speaker followed by an anonymity phrase is anonymous (as for attributions)
            if sp.kind != SourceKind::Anonymous {
                let after = tokens.partition_point(|t| t.start < sp.end);
                let anonymous = (after..(after + 4).min(tokens.len())).take_while(|&k| tokens[k].sentence == tokens[after.min(tokens.len() - 1)].sentence).any(|k| self.cues.anonymity.longest_at(tokens, k).is_some());
                if anonymous {
                    sp.kind = SourceKind::Anonymous;
                }
            }
            last = Some((ci, sp.clone()));
            let sentence = tokens[oi].sentence.min(sentences.len().saturating_sub(1));
            out.push(Quote { text: text.slice(qs, qe).to_string(), start: qs, end: qe, speaker: Some(sp), sentence });
        }
        out
    }

    /// The speaker of the last speech verb with a subject in the [`PREVIOUS_SENTENCES`]
    /// sentences before token `start` (a sentence start), with the verb's token.
    fn speaker_before(&self, tokens: &[Token], actors: &[ActorMention], start: usize, lang: Lang) -> Option<(usize, Speaker)> {
        let s = tokens.get(start.checked_sub(1)?)?.sentence;
        let lo = (0..start).rev().find(|&k| tokens[k].sentence + PREVIOUS_SENTENCES <= s).map_or(0, |k| k + 1);
        let mut found = None;
        let mut i = lo;
        while i < start {
            if let Some(m) = self.cues.speech_verb_at(tokens, i) {
                if !self.cues.negated(tokens, i, lang) && !self.cues.passive_telling(tokens, i, m.value) {
                    let end = (m.end..start).find(|&k| tokens[k].sentence != tokens[m.first].sentence).unwrap_or(start);
                    if let Some(sp) = self.subject(tokens, actors, lo, m.first, m.end, end, *m.value, lang, &None) {
                        found = Some((m.first, sp));
                    }
                }
                i = m.end.max(i + 1);
            } else {
                i += 1;
            }
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    fn speaker(&self, tokens: &[Token], actors: &[ActorMention], oi: usize, ci: usize, lang: Lang, last: &Option<Speaker>, closes: &std::collections::HashSet<usize>) -> Option<Speaker> {
        let s = tokens[oi].sentence;
        // start of the clause: sentence start or the end of the previous quote in it
        // (at most SPEECH_WINDOW tokens back, so that long sentences stay linear)
        let mut from = oi;
        while from > 0 && oi - from < SPEECH_WINDOW && tokens[from - 1].sentence == s && !closes.contains(&tokens[from - 1].start) {
            from -= 1;
        }
        // a speech verb before the quote
        let mut verb: Option<(usize, usize, SpeechVerb)> = None;
        let mut i = from;
        while i < oi {
            if let Some(m) = self.cues.speech_verb_at(tokens, i) {
                if m.end <= oi && !self.cues.negated(tokens, i, lang) && !self.cues.passive_telling(tokens, i, m.value) {
                    verb = Some((m.first, m.end, *m.value));
                }
                i = m.end;
            } else if let Some(m) = self.cues.quote_frames.longest_at(tokens, i).filter(|m| m.end <= oi) {
                // «…، معتبرة أنها «…»», "…, calling it "…"": the subject of the clause before is the
                // speaker (looked for before the frame only, as for a verb of telling)
                verb = Some((m.first, m.end, SpeechVerb { carry: false, addressee: false, frame: true, declares: Default::default() }));
                i = m.end;
            } else {
                i += 1;
            }
        }
        if let Some((vi, ve, sv)) = verb {
            if oi - ve <= 25 {
                return self.subject(tokens, actors, from, vi, ve, oi, sv, lang, last).or_else(|| unnamed_subject(tokens, from, vi, lang));
            }
        }
        // a speech verb right after the quote: «…» قال الوزير, "…," he added, "…," the minister said
        let mut j = ci + 1;
        while j < tokens.len() && tokens[j].kind == TokenKind::Punct && j <= ci + 2 {
            j += 1;
        }
        for k in j..(j + 12).min(tokens.len()) {
            if tokens[k].sentence != tokens[ci].sentence && tokens[k].sentence != s || closes.contains(&tokens[k].start) || tokens[k].is_punct('"') {
                break;
            }
            if let Some(m) = self.cues.speech_verb_at(tokens, k) {
                // the subject between the quote and the verb ("…," the Iranian foreign minister said)
                let r = in_sentence(actors, tokens[k].sentence);
                if let Some(a) = actors[r.clone()].iter().rposition(|a| a.first >= j && a.end <= k && a.governed_by(tokens, lang).is_none()) {
                    return Some(speaker_of(tokens, actors, r.start + a));
                }
                if let Some(sp) = unnamed_subject(tokens, j, k, lang) {
                    return Some(sp);
                }
                let end = tokens.iter().skip(m.end).position(|t| t.kind == TokenKind::Punct).map(|p| m.end + p).unwrap_or(tokens.len());
                // (the subject is never a word inside the quote: «"… two soldiers," said a spokesman»)
                return self.subject(tokens, actors, ci + 1, m.first, m.end, end.max(m.end), *m.value, lang, last)
                    .or_else(|| last.clone());
            }
        }
        // "X: "…""
        if oi > 0 && tokens[oi - 1].is_punct(':') {
            let r = in_sentence(actors, s);
            if let Some(a) = actors[r.clone()].iter().rposition(|a| a.end == oi - 1) {
                return Some(speaker_of(tokens, actors, r.start + a));
            }
        }
        None
    }

    /// The subject of the speech verb at `vi..ve`, looking in `ve..limit` after it and in its sentence before it,
    /// from token `lo` on (after the quote, for a verb that follows one: a word inside the quote is never its
    /// speaker). After an English verb of telling ("told reporters", `sv.addressee`) the actor is the addressee,
    /// so the subject is looked for only before the verb.
    #[allow(clippy::too_many_arguments)]
    fn subject(&self, tokens: &[Token], actors: &[ActorMention], lo: usize, vi: usize, ve: usize, limit: usize, sv: SpeechVerb, lang: Lang, last: &Option<Speaker>) -> Option<Speaker> {
        let carry = sv.carry;
        let addressee = (sv.addressee && lang == Lang::En) || sv.frame;
        let s = tokens[vi].sentence;
        // an anonymous source noun right after the verb: "قال مصدر"
        if let Some(m) = self.cues.source_nouns.longest_at(tokens, ve).filter(|_| !addressee) {
            if *m.value == SourceKind::Anonymous {
                let t0 = &tokens[m.first];
                let start = t0.start + t0.bases[m.base].skip;
                let end = tokens[m.end - 1].end;
                let text = tokens[m.first..m.end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
                return Some(Speaker { text, kind: SourceKind::Anonymous, start, end, code: None });
            }
        }
        // pronoun subject: carry the previous speaker
        let pron_after = !addressee && tokens.get(ve).is_some_and(|t| PRONOUNS.contains(&t.norm.as_str()));
        let pron_before = vi > 0 && PRONOUNS.contains(&tokens[vi - 1].norm.as_str());
        if pron_after || pron_before {
            return last.clone();
        }
        // after the verb (VSO / "said Smith"), not governed by a preposition, and in Arabic before
        // a complementiser (in «وأضاف أن الجيش التركي "…"» the actor is the reported clause's subject)
        let r = in_sentence(actors, s);
        let complementiser = |a: &ActorMention| lang == Lang::Ar && tokens[ve.min(a.first)..a.first].iter().any(|t| matches!(t.norm.as_str(), "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها"));
        // (English "said X" is inverted only after the quote or a comma, as in attribution: in
        // "Italy's interior minister Matteo Piantedosi said Rome would not "…"" Rome is the
        // reported clause's subject)
        let inverted = lang == Lang::Ar || (vi > 0 && matches!(tokens[vi - 1].norm.as_str(), "," | "\"" | "”" | "»" | "'"));
        let after = actors[r.clone()]
            .iter()
            .position(|a| !addressee && inverted && a.first >= ve && a.first < limit && a.governed_by(tokens, lang).is_none() && (lang == Lang::Ar || a.first == ve || (a.first == ve + 1 && matches!(tokens[ve].norm.as_str(), "a" | "an" | "the"))) && !complementiser(a))
            .map(|k| r.start + k);
        if let Some(a) = after {
            return Some(speaker_of(tokens, actors, a));
        }
        // `"…," said the head of the delegation`: an inverted role we do not code speaks
        if lang == Lang::En && inverted && !addressee {
            let end = (ve..tokens.len()).find(|&k| tokens[k].sentence != s).unwrap_or(tokens.len());
            if let Some(stop) = self.cues.en_inverted_role(tokens, ve, end) {
                let text = tokens[ve..stop].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
                return Some(Speaker { text, kind: SourceKind::OfficialRole, start: tokens[ve].start, end: tokens[stop - 1].end, code: None });
            }
        }
        // «وقالت عائلته إنه «…»»: an unnamed subject right after the verb speaks, anonymous
        if lang == Lang::Ar && !addressee {
            if let Some(k) = self.cues.ar_unnamed_subject(tokens, ve) {
                return Some(Speaker { text: tokens[k].norm.clone(), kind: SourceKind::Anonymous, start: tokens[k].start, end: tokens[k].end, code: None });
            }
        }
        // before the verb (SVO): the nearest actor, preferring a named person in the same stretch
        // (a frame's subject is its clause's, never a nationality adjective of a noun in it:
        // «رحبت منظمة هيومن رايتس ووتش بالقرار التركي، ووصفته بأنه «…»»)
        let before: Vec<usize> = r.filter(|&k| {
            let a = &actors[k];
            a.first >= lo && a.end <= vi && vi - a.end <= 12 && a.governed_by(tokens, lang).is_none() && !(sv.frame && a.head == MentionKind::Demonym)
        })
        .collect();
        if let Some(&a) = before.iter().rev().find(|&&k| actors[k].person.is_some()).or(before.last()) {
            // a surname alone that is one of the previous speaker's later words is that speaker,
            // named in full ("Ahmed Hassan … Hassan told Reuters")
            let w = &tokens[actors[a].first].norm;
            if lang == Lang::En && actors[a].end == actors[a].first + 1 && actors[a].head == MentionKind::Person {
                if let Some(sp) = previous_by_surname(last, w) {
                    return Some(sp);
                }
            }
            if !(carry && lang == Lang::Ar && actors[a].head != MentionKind::Person && actors[a].person.is_none()) {
                return Some(speaker_of(tokens, actors, a));
            }
        }
        if carry || lang == Lang::Ar {
            return last.clone();
        }
        // a surname alone names the speaker introduced in full before it ("Ahmed Hassan …
        // Hassan told Reuters"); the word is capitalised and one of the previous speaker's words
        if vi > 0 && tokens[vi - 1].sentence == s && tokens[vi - 1].upper && tokens[vi - 1].norm.chars().count() > 1 {
            let w = &tokens[vi - 1].norm;
            return previous_by_surname(last, w);
        }
        None
    }
}

/// The previous speaker when `word` (match form) is one of their later name words: a
/// surname alone names the speaker introduced in full before it ("Ahmed Hassan … Hassan told Reuters").
fn previous_by_surname(last: &Option<Speaker>, word: &str) -> Option<Speaker> {
    last.clone().filter(|sp| sp.kind == SourceKind::NamedPerson && sp.text.split_whitespace().skip(1).any(|p| crate::normalize::fold(p) == word))
}

fn trim(text: &Text, mut s: usize, mut e: usize) -> (usize, usize) {
    let chars: Vec<char> = text.slice(s, e).chars().collect();
    let mut a = 0;
    let mut b = chars.len();
    while a < b && chars[a].is_whitespace() {
        a += 1;
    }
    while b > a && chars[b - 1].is_whitespace() {
        b -= 1;
    }
    e = s + b;
    s += a;
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, Pipeline};

    fn quotes(s: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        let p = Pipeline::new().unwrap();
        let d = p.annotate(s, &Options { lang: Some(lang), ..Default::default() });
        d.quotes.into_iter().map(|q| (q.text, q.speaker.map(|s| s.text))).collect()
    }

    #[test]
    fn a_role_before_a_name_gives_the_named_speaker() {
        let p = Pipeline::new().unwrap();
        let d = p.annotate("وقال رئيس جبهة الخلاص الوطني أحمد نجيب الشابي خلال تجمع: «سنواصل النضال السلمي».", &Options { lang: Some(Lang::Ar), ..Default::default() });
        let sp = d.quotes.first().and_then(|q| q.speaker.clone()).expect("a quote with a speaker");
        assert_eq!(sp.kind, SourceKind::NamedPerson, "{sp:?}");
        assert!(sp.text.contains("الشابي"), "{sp:?}");
        assert_ne!(sp.code.as_deref(), Some("GOV"), "{sp:?}");
    }

    #[test]
    fn marks_pair_per_line() {
        let t = Text::new("قال: «نعم» و\"لا\"\n\"open".to_string());
        assert_eq!(quotation_marks(&t).len(), 2);
    }

    #[test]
    fn a_quoted_clause_after_that_takes_the_speaker_of_an_unquoted_earlier_sentence() {
        let v = quotes("The spokesman said the deal was signed. He added that \"the army bears full responsibility.\"", Lang::En);
        assert_eq!(v, vec![("the army bears full responsibility.".to_string(), Some("spokesman".to_string()))]);
        let v = quotes("وقال المتحدث باسم الجيش إن الاتفاق وقع أمس.\nوأضاف أن \"الجيش يتحمل المسؤولية\".", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].1.as_deref().is_some_and(|s| s.contains("المتحدث")), "{v:?}");
        // without any speaker before, a quoted term after «أن» is still no quote
        assert!(quotes("وأضاف أن \"الجيش يتحمل المسؤولية\".", Lang::Ar).is_empty());
    }

    #[test]
    fn english_added_carries_speaker() {
        let v = quotes("Dr. Lee, a surgeon, said: \"They need treatment now.\" \"Without it they will die,\" he added.", Lang::En);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v.iter().all(|(_, s)| s.as_deref() == Some("Dr. Lee")), "{v:?}");
    }

    #[test]
    fn english_unnamed_speaker_is_anonymous() {
        let q = |t: &str| {
            let p = crate::pipeline::Pipeline::new().unwrap();
            p.annotate(t, &crate::pipeline::Options { lang: Some(Lang::En), published: None, id: None, actor_date: None }).quotes
        };
        let v = q("\"We will not eat until we are released,\" one detainee told the group.");
        assert_eq!(v.len(), 1);
        let sp = v[0].speaker.as_ref().expect("a speaker");
        assert_eq!((sp.text.as_str(), sp.kind), ("one detainee", SourceKind::Anonymous));
        let v = q("A detainee said: \"We are starving.\"");
        assert_eq!(v.iter().map(|x| x.speaker.as_ref().map(|s| s.text.as_str())).collect::<Vec<_>>(), [Some("a detainee")]);
        // still no quote without speech around it
        assert!(q("He said the word \"terrorism\" was misused by the press.").is_empty());
    }

    #[test]
    fn a_speaker_who_asked_not_to_be_named_is_anonymous() {
        let p = crate::pipeline::Pipeline::new().unwrap();
        let kinds = |t: &str, lang: Lang| -> Vec<SourceKind> {
            p.annotate(t, &crate::pipeline::Options { lang: Some(lang), published: None, id: None, actor_date: None }).quotes.into_iter().filter_map(|q| q.speaker.map(|s| s.kind)).collect()
        };
        assert_eq!(kinds("\"The talks are stuck,\" an official, speaking on condition of anonymity, said.", Lang::En), [SourceKind::Anonymous]);
        assert_eq!(kinds("وقال دبلوماسي غربي لم يُكشف عن اسمه: «المفاوضات متعثرة».", Lang::Ar), [SourceKind::Anonymous]);
        assert_eq!(kinds("وقال دبلوماسي غربي: «المفاوضات متعثرة».", Lang::Ar), [SourceKind::OfficialRole]);
    }

    #[test]
    fn a_term_in_quotation_marks_is_not_a_quote() {
        let v = quotes("يأمل المسؤولون في إبرام ما يسمى باتفاقية \"الدولة الثالثة الآمنة\"، وفقًا لأحد المصادر.", Lang::Ar);
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn english_told_has_its_addressee_after_it() {
        // the person told ("reporters", "Reuters", "the BBC") is never the speaker
        let v = quotes("Interior Ministry spokesman Ahmed Hassan told reporters: \"We will not accept forced returns.\"", Lang::En);
        assert_eq!(v, vec![("We will not accept forced returns.".to_string(), Some("Ahmed Hassan".to_string()))]);
        let v = quotes("Egyptian Foreign Minister Badr Abdelatty told the BBC: \"We support the talks.\"", Lang::En);
        assert_eq!(v[0].1.as_deref(), Some("Badr Abdelatty"), "{v:?}");
        let v = quotes("Foreign Minister Ayman Safadi briefed diplomats in Amman, saying: \"Jordan will not accept displacement.\"", Lang::En);
        assert!(v.iter().all(|(_, s)| s.as_deref() != Some("diplomats")), "{v:?}");
        // after an aside and in a later sentence naming the speaker by the surname alone
        let v = quotes("Ahmed Hassan, the ministry spokesman, told journalists in Tripoli: \"The border will stay closed.\" Hassan told Reuters that \"the deal is dead.\"", Lang::En);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v.iter().all(|(_, s)| s.as_deref() == Some("Ahmed Hassan")), "{v:?}");
        // a surname that is not the previous speaker's gives no speaker
        let v = quotes("Ahmed Hassan told reporters: \"No.\" Carter told Reuters that \"the deal is dead.\"", Lang::En);
        assert!(v.iter().all(|(_, s)| s.as_deref() != Some("Reuters")), "{v:?}");
    }

    #[test]
    fn arabic_said_to_journalists_keeps_the_speaker() {
        let v = quotes("وقال المتحدث باسم وزارة الداخلية الليبية محمد حمودة للصحفيين إن \"الاتفاق لن يمر\".", Lang::Ar);
        assert_eq!(v[0].1.as_deref(), Some("محمد حمودة"), "{v:?}");
        // Arabic أبلغ is VSO: the subject follows the verb, the addressee after it
        let v = quotes("أبلغ وزير الخارجية الصحفيين أن \"المفاوضات مستمرة\".", Lang::Ar);
        assert_eq!(v[0].1.as_deref(), Some("وزير الخارجية"), "{v:?}");
    }

    #[test]
    fn arabic_continuation_carries_speaker() {
        let v = quotes("وقال وزير الخارجية الأمريكي ماركو روبيو، الأربعاء: \"نحن نبحث عن دول أخرى\".\nوأضاف: \"نعمل مع دول أخرى\".", Lang::Ar);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v.iter().all(|(_, s)| s.as_deref() == Some("ماركو روبيو")), "{v:?}");
    }

    #[test]
    fn an_actor_after_the_complementiser_is_no_speaker() {
        // «وأضاف أن الجيش التركي "…"»: the army is the reported clause's subject; the speaker is carried
        let q = quotes("وقال وزير الدفاع التركي يشار غولر إن العملية ستبدأ قريبا. وأضاف أن الجيش التركي \"مستعد لكل السيناريوهات\".", Lang::Ar);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.as_deref().is_some_and(|s| s.contains("غولر")), "{q:?}");
    }


    #[test]
    fn english_subject_before_said_is_the_speaker_not_the_reported_subject_after_it() {
        let q = quotes("Italy's interior minister Matteo Piantedosi said Rome would not \"take responsibility for a rescue in another country's waters\".", Lang::En);
        assert!(q.len() == 1 && q[0].1.as_deref().is_some_and(|s| s.contains("Piantedosi")), "{q:?}");
        // inverted after the quote, the actor after "said" speaks
        let q = quotes("\"We will not take them,\" said Matteo Piantedosi, Italy's interior minister.", Lang::En);
        assert!(q.len() == 1 && q[0].1.as_deref().is_some_and(|s| s.contains("Piantedosi")), "{q:?}");
    }

    #[test]
    fn a_name_in_title_case_after_an_article_is_no_quote_and_an_uncoded_subject_speaks() {
        // `the "Tunisian League for Human Rights"` is a name, even after "said"
        assert!(quotes("Police arrested 40 protesters in Tunis on Monday, said the head of the \"Tunisian League for Human Rights\".", Lang::En).is_empty());
        assert!(quotes("Police arrested 40 protesters in Tunis on Monday, the \"Free Tunisia\" group said.", Lang::En).is_empty());
        // an inverted role we do not code speaks
        let v = quotes("\"We will not accept this,\" said the head of the delegation.", Lang::En);
        assert_eq!(v.first().and_then(|q| q.1.as_deref()), Some("the head of the delegation"), "{v:?}");
        // Arabic: his family, not the authorities of the clause before
        let v = quotes("أفرجت السلطات المصرية عن الناشط علاء عبد الفتاح، وقالت عائلته إنه «حر أخيرا».", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].1.as_deref().is_some_and(|s| s.contains("عائلته")), "{v:?}");
    }

    #[test]
    fn a_speaker_is_never_a_word_inside_the_quote() {
        // the verb after the quote speaks for the phrase after it ("said a spokesman"), not for
        // an actor of the quote ("soldiers", "policemen")
        let v = quotes("\"Three policemen were wounded in the attack,\" said an officer.", Lang::En);
        assert_eq!(v, vec![("Three policemen were wounded in the attack,".to_string(), Some("officer".to_string()))]);
        let v = quotes("The convoy left Gao on Monday. \"We have lost contact with two drivers,\" said a spokesman.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1.as_deref(), Some("spokesman"), "{v:?}");
        // an indefinite speaker is someone new: not the earlier phrase its code may come from
        let v = quotes("The road was closed, said a spokesman for the army. \"Nobody answers,\" said a spokesman.", Lang::En);
        assert_eq!(v.last().and_then(|q| q.1.as_deref()), Some("spokesman"), "{v:?}");
    }

    #[test]
    fn a_name_in_quotation_marks_is_no_quote() {
        // after the ل of whom was told, or after a noun of an outlet or body
        assert!(quotes("وأكد مصدر عسكري لـ\"الجزيرة\" أن الجيش قصف مواقع المتمردين.", Lang::Ar).is_empty());
        assert!(quotes("وصرح مصدر دبلوماسي لـ\"العربية\" بأن الوفد غادر.", Lang::Ar).is_empty());
        assert!(quotes("وقال مسؤول لصحيفة \"الشرق الأوسط\" إن المفاوضات مستمرة.", Lang::Ar).is_empty());
        assert!(quotes("The minister told the newspaper \"Al-Ahram\" that talks would resume.", Lang::En).is_empty());
        // a definite body or a lower-case phrase after the noun is a partial quote
        assert_eq!(quotes("وقال المتحدث باسم الحركة إن الحركة \"لن تقبل بأي تسوية\".", Lang::Ar).len(), 1);
        assert_eq!(quotes("The editor said the newspaper \"regrets the error\".", Lang::En).len(), 1);
        // the quote after such a name is still found, with its speaker
        let v = quotes("وقال الوزير لـ\"الجزيرة\": \"المفاوضات مستمرة\".", Lang::Ar);
        assert_eq!(v, vec![("المفاوضات مستمرة".to_string(), Some("الوزير".to_string()))]);
    }

    #[test]
    fn a_quote_framed_by_a_participle_or_calling_it_is_the_clause_subjects() {
        let q = quotes("ونددت منظمة العفو الدولية بالرحلة، معتبرة أنها «انتهاك صريح لمبدأ عدم الإعادة القسرية».", Lang::Ar);
        assert!(q.len() == 1 && q[0].1.as_deref().is_some_and(|s| s.contains("العفو الدولية")), "{q:?}");
        let q = quotes("Syria's foreign minister Asaad al-Shaibani welcomed the decision, calling it \"a long-overdue step.\"", Lang::En);
        assert!(q.len() == 1 && q[0].1.as_deref().is_some_and(|s| s.contains("Shaibani")), "{q:?}");
        // a nationality adjective of a noun in the clause is not its subject
        let q = quotes("رحبت منظمة هيومن رايتس ووتش بالقرار التركي، ووصفته بأنه «انتصار لحرية التعبير».", Lang::Ar);
        assert!(q.len() == 1 && q[0].1.as_deref().is_some_and(|s| s.contains("هيومن")), "{q:?}");
        // a term in quotation marks with no frame stays no quote
        assert!(quotes("ووقعت الحكومة ما يسمى باتفاقية \"الدولة الثالثة الآمنة\".", Lang::Ar).is_empty());
    }

}
