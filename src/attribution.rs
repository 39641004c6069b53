//! attribution: who each sentence's information is credited to.
//!
//! A sentence is attributed by its first cue outside quotation marks:
//! * "according to" phrases with their source ("وفقًا لأحد المصادر", "according to two sources");
//! * a speech or reporting verb with its subject, after it (Arabic VSO: "وأفادت مصادر
//!   مطلعة", "وصرح متحدث باسم وزارة الخارجية الأمريكية") or before it ("مصادر أشارت",
//!   "officials said");
//! * a direct quote's speaker (a sentence holding a quote is credited to its speaker).
//!
//! The kind comes from the source: a source noun (مصادر, sources → `anonymous`;
//! تقرير, report → `document`), else the actor phrase (a named person →
//! `named_person`, a role → `official_role`, a body, organisation or country →
//! `organization`). A subjectless verb ("وأفادت بأن", "وأضاف") carries the
//! previous attribution's source over. Negated verbs ("لم تعلن") are not cues, nor is an
//! English agentless passive ("violations have been reported"; with "by X", X is the source).
//! A verb of declaring whose object is the act it performs («أعلن المحافظ حظر التجوال»,
//! "declared a state of emergency", `cues.tsv` kinds `announce` and `declare`) reports no
//! speech, nor does an Arabic verbal noun («وطالب بكشف الجناة»); an Arabic subject before its
//! verb is never across another clause («واستنكرت المنظمة الحكم وأكدت …»: the verb joined by و
//! shares the first clause's subject).
//! An "according to" phrase that closes a sentence reporting nobody's words is scanned first
//! («وأعلنت أحزاب معارضة …، وفقا لبيان مشترك»), and whom a source spoke to («لوكالة رويترز»,
//! «لصحيفة …») is never the source nor its owner.

use crate::actors::{in_sentence, ActorMention};
use crate::lexicon::cues::{Cues, Declares};
use crate::lexicon::{LexiconError, Source};
use crate::model::{Attribution, Lang, Quote, Sentence, SourceKind};
use crate::normalize::fold;
use crate::quotes::{named_after_role, speaker_of};
use crate::text::Text;
use crate::tokenize::Token;

/// Finds attribution cues; holds the cue lexicon.
pub struct Attributor {
    cues: Cues,
}

/// A source found for a cue: its kind, text as written, code, and token span.
struct Source_ {
    kind: SourceKind,
    text: String,
    code: Option<String>,
    start: usize,
    end: usize,
}

impl Attributor {
    /// Compiles the cues of `cues.tsv`.
    pub fn new(src: &Source) -> Result<Self, LexiconError> {
        Ok(Attributor { cues: Cues::new(src)? })
    }

    /// Attributions in text order, at most one per sentence.
    pub fn extract(&self, text: &Text, sentences: &[Sentence], tokens: &[Token], actors: &[ActorMention], quotes: &[Quote], lang: Lang) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = Vec::new();
        // per-token lookups, so that the stage stays linear in the document's length
        let mut in_quote = vec![false; tokens.len()];
        let mut qi = 0;
        for (k, t) in tokens.iter().enumerate() {
            while qi < quotes.len() && quotes[qi].end < t.end {
                qi += 1;
            }
            in_quote[k] = qi < quotes.len() && quotes[qi].start <= t.start && t.end <= quotes[qi].end;
        }
        let mut actor_at: Vec<Option<usize>> = vec![None; tokens.len() + 1];
        // tokens inside an actor phrase are not cue words ("United States" is no "states")
        let mut in_actor = vec![false; tokens.len()];
        for (k, a) in actors.iter().enumerate() {
            if a.first < actor_at.len() && actor_at[a.first].is_none() {
                actor_at[a.first] = Some(k);
            }
            for t in a.first..a.end.min(tokens.len()) {
                in_actor[t] = true;
            }
        }
        let mut quote_of: Vec<Option<usize>> = vec![None; sentences.len()];
        for (k, q) in quotes.iter().enumerate().rev() {
            if q.sentence < sentences.len() {
                quote_of[q.sentence] = Some(k);
            }
        }
        let mut ti = 0;
        for (si, _) in sentences.iter().enumerate() {
            let from = ti;
            while ti < tokens.len() && tokens[ti].sentence == si {
                ti += 1;
            }
            let toks = from..ti;
            let mut found: Option<Attribution> = None;
            // English: a reporting clause closing the sentence after a comma (", officials
            // said.") is its attribution, before any speech verb inside the reported clause
            // ("Soldiers detained X and announced …, officials said."): it is scanned first
            let tail = if lang == Lang::En { self.postposed_clause(tokens, &in_quote, toks.start, toks.end) } else { None };
            // («وأعلنت أحزاب معارضة مقاطعة الانتخابات، وفقا لبيان مشترك», "Rebels announced a truce,
            // according to a statement": an "according to" clause closing a sentence that reports no
            // speech of its own credits the whole sentence, before the verb that opens it)
            let according_tail = self.postposed_according(tokens, &in_quote, toks.start, toks.end);
            for scan_from in according_tail.into_iter().chain(tail).chain(std::iter::once(toks.start)) {
            if found.is_some() {
                break;
            }
            let mut i = scan_from;
            while i < toks.end && found.is_none() {
                if in_quote[i] || in_actor[i] {
                    i += 1;
                    continue;
                }
                if let Some(m) = self.cues.according.longest_at(tokens, i) {
                    if let Some(src) = self.source_after(text, tokens, actors, &actor_at, m.end, toks.end, false) {
                        let src = self.spokesman_of_unnamed(text, tokens, actors, src, toks.end);
                        let end = src.end;
                        found = Some(cue(text, tokens, i, end, src, si));
                        break;
                    }
                }
                // (a verb of denial reports only what follows a complementiser: «نفى مصدر أمني أن …»,
                // "the ministry denied that …"; «نفت الحكومة أي تورط» is an event, no attribution)
                let speech = self.cues.speech_verb_at(tokens, i).or_else(|| self.cues.denials.longest_at(tokens, i).filter(|m| complement_follows(tokens, m.end, toks.end)));
                // («وأعلن والي الولاية حالة الطوارئ», "declared a state of emergency": a verb of
                // declaring with the act as its object performs it, and reports nobody's words)
                if let Some(m) = speech.filter(|m| self.performs_act(tokens, &in_actor, m.first, m.end, toks.end, m.value.declares, lang)) {
                    i = m.end;
                    continue;
                }
                if let Some(m) = speech.filter(|_| !(lang == Lang::En && en_noun_reading(tokens, i))) {
                    // English "continued", "added", "went on" report speech only beside a quote or
                    // with what was said after them ("added that", "continued:"), not in "the
                    // fighting continued", "prices added 3%"
                    let quoted = |k: &Token| k.kind == crate::tokenize::TokenKind::Punct && matches!(k.norm.as_str(), "\"" | "“" | "”" | "«" | "»" | "'");
                    let idle_carry = lang == Lang::En
                        && m.value.carry
                        && !tokens[toks.clone()].iter().any(quoted)
                        && !tokens.get(m.end).is_some_and(|t| t.sentence == tokens[i].sentence && (t.norm == "that" || t.is_punct(':') || t.is_punct(',')));
                    // "violations have been reported", "it was announced": an English passive names no
                    // source, except an agent after "by" ("was reported by residents")
                    let passive = lang == Lang::En && en_passive(tokens, i);
                    if passive && !self.cues.negated(tokens, i, lang) && tokens.get(m.end).is_some_and(|t| t.norm == "by" && t.sentence == tokens[i].sentence) {
                        if let Some(src) = self.source_after(text, tokens, actors, &actor_at, m.end + 1, toks.end, false) {
                            let end = src.end;
                            found = Some(cue(text, tokens, i, end, src, si));
                            break;
                        }
                    }
                    if !passive && !idle_carry && !self.cues.negated(tokens, i, lang) && !self.cues.passive_telling(tokens, i, m.value) {
                        // Arabic VSO ("قالت مصادر"); English only inverted after a quote or comma
                        // ("…," said Raila Odinga), and never for a verb of telling, whose
                        // addressee follows it ("…, told reporters")
                        let inverted = lang == Lang::Ar || (!m.value.addressee && i > toks.start && matches!(tokens[i - 1].norm.as_str(), "," | "\"" | "”" | "»" | "'"));
                        let after = if inverted {
                            self.source_after(text, tokens, actors, &actor_at, m.end, toks.end, true).and_then(|s| {
                                if lang == Lang::Ar || (s.start <= m.end + 1 && ends_inverted_source(&tokens[s.end.min(toks.end)..toks.end])) {
                                    return Some(s);
                                }
                                // "…, said a spokesman for the UN mission.": nouns that go on after the actor
                                // phrase of an article-opened source belong to it
                                let n = en_source_continues(tokens, m.end, s.start, s.end.min(toks.end), toks.end)?;
                                let more = text.slice(tokens[s.end - 1].end, tokens[s.end + n - 1].end).to_string();
                                Some(Source_ { text: s.text.clone() + &more, end: s.end + n, ..s })
                            })
                        } else {
                            None
                        };
                        // Arabic SVO («وزارة الخزانة الأمريكية أعلنت فرض عقوبات على … بالحوثيين»): a coded
                        // actor opening the clause right before the verb is its subject, and an actor
                        // found further on after the verb is its object or inside its complement
                        let svo_subject = lang == Lang::Ar
                            && actors[in_sentence(actors, si)].iter().any(|a| !a.code.is_empty() && a.first >= toks.start && (a.end == i || (a.end + 1 == i && tokens[a.end].norm == "قد")) && a.governed_by(tokens, lang).is_none());
                        let after = after.filter(|s| !(svo_subject && s.start > m.end + 1));
                        // English "X did Y, officials said": the subject is in the stretch after the comma
                        let zone = if lang == Lang::En && after.is_none() { reporting_clause(tokens, toks.start, i) } else { None };
                        let had_after = after.is_some();
                        // «وقالت عائلته إنه …»: an unnamed subject right after the verb is the source
                        // (anonymous), not the subject of the clause before it
                        let ar_unnamed = if lang == Lang::Ar && !had_after { self.cues.ar_unnamed_subject(tokens, m.end).filter(|&k| k < toks.end) } else { None };
                        let unnamed_src = ar_unnamed.map(|k| Source_ { kind: SourceKind::Anonymous, text: tokens[k].text(text).to_string(), code: None, start: k, end: k + 1 });
                        // English ", said the head of the "…"": an inverted subject we do not code;
                        // never the subject or object of the clause before the comma
                        let en_inverted = if lang == Lang::En && inverted && !had_after && !m.value.addressee {
                            self.cues.en_inverted_role(tokens, m.end, toks.end).map(|stop| Source_ { kind: SourceKind::OfficialRole, text: written(text, tokens, m.end, 0, stop), code: None, start: m.end, end: stop })
                        } else {
                            None
                        };
                        let mut src = after.or(unnamed_src).or(en_inverted).or_else(|| self.source_before(text, tokens, actors, zone.unwrap_or(toks.start), i, lang));
                        // "France accused Rwanda …, but said …": a coordinated verb shares the sentence's subject
                        let coordinated = zone.is_some_and(|z| matches!(tokens[z].norm.as_str(), "and" | "but" | "yet" | "or" | "then" | "while"));
                        // "Soldiers detained X on Friday and announced …": a verb right after "and"
                        // with no comma before it shares the subject of the clause it continues, and
                        // the actor before "and" is the first verb's object, never the speaker
                        let joined = lang == Lang::En && zone.is_none() && i > toks.start && matches!(tokens[i - 1].norm.as_str(), "and" | "but" | "then");
                        if joined && src.as_ref().is_some_and(|s| s.end <= i && s.start > toks.start) {
                            src = None;
                        }
                        // Arabic «وانتقدت منظمة العفو الدولية السلطات الفرنسية، وقالت إن …», «واستنكرت المنظمة
                        // الحكم وأكدت …»: a speech verb joined by و/ف, with no source after it, shares the
                        // subject of the clause it continues (a verb joined by و has no subject before it);
                        // the noun right before it is that clause's object
                        let ar_joined = lang == Lang::Ar
                            && !had_after
                            && ar_unnamed.is_none()
                            && i > toks.start + 1
                            && tokens[i].bases.get(m.base).is_some_and(|b| b.proclitics.starts_with('و') || b.proclitics.starts_with('ف'))
                            && src.as_ref().is_some_and(|s| s.start > toks.start);
                        let mut from_main = false;
                        if ar_joined {
                            if let Some(main) = main_subject(actors, tokens, toks.start, i, lang).filter(|m| src.as_ref().is_some_and(|s| m.start < s.start)) {
                                src = Some(main);
                                from_main = true;
                            }
                        }
                        // Arabic «واستنكرت المنظمة الحكم وأكدت أنه جائر»: a speech verb joined by و / ف inside
                        // the sentence, with no subject next to it, shares the subject of the clause it continues
                        let ar_continues = lang == Lang::Ar && i > toks.start && tokens[i].bases.get(m.base).is_some_and(|b| b.proclitics.starts_with('و') || b.proclitics.starts_with('ف'));
                        let from_main = from_main || (src.is_none() && (coordinated || joined || ar_continues));
                        if from_main {
                            src = main_subject(actors, tokens, toks.start, zone.unwrap_or(i), lang);
                        }
                        if let Some(src) = src {
                            let src = self.spokesman_of_unnamed(text, tokens, actors, src, toks.end);
                            // (a coordinated verb's cue is the verb alone: its subject opens the sentence)
                            let begin = if src.end <= i && !from_main { src.start } else { i };
                            let end_tok = src.end.max(m.end);
                            found = Some(cue(text, tokens, begin, end_tok, src, si));
                        } else if !coordinated && zone.is_some_and(|z| tokens[z..i].iter().any(|t| !PRONOUNS.contains(&t.norm.as_str()))) {
                            // a subject that names no source we know ("…, the newspaper's editor said"):
                            // neither the sentence's subject nor an earlier source is credited; unnamed
                            // people ("…, economists said", "…, a witness said") are an anonymous source
                            // (a group's name in quotation marks ends no clause: `…, the "Free Tunisia" group said`)
                            let comma_zone = (toks.start..i).rev().take(12).find(|&k| tokens[k].is_punct(',')).map(|k| k + 1);
                            if let Some(src) = zone.and_then(|z| en_unnamed_people(text, tokens, z, i)).or_else(|| comma_zone.and_then(|z| en_named_group(text, tokens, z, i))) {
                                found = Some(cue(text, tokens, src.start, m.end, src, si));
                            }
                        } else if lang == Lang::Ar && impersonal(tokens, toks.start, i, m.end) {
                            // «يُذكر أن …» ("it is worth recalling that"): the writer's own background, no source
                        } else if let Some(prev) = out.iter().rev().find(|a| if lang == Lang::En { english_carries(tokens, toks.start, i, a) } else { agrees(&tokens[i], a) }) {
                            // subjectless: "وأفادت بأن", "وأضاف": the latest source whose gender the verb agrees with;
                            // English "he said", "Hassan told" (the surname of the latest source)
                            let src = Source_ { kind: prev.kind, text: prev.source.clone().unwrap_or_default(), code: prev.code.clone(), start: i, end: m.end };
                            found = Some(cue(text, tokens, i, m.end, src, si));
                        }
                    }
                    i = m.end;
                    continue;
                }
                i += 1;
            }
            }
            // "قال مسؤول أمريكي طلب عدم الكشف عن هويته", "an official who spoke on condition of anonymity"
            if let Some(a) = found.as_mut() {
                let cue_first = tokens[toks.clone()].iter().position(|t| t.start >= a.start).map(|p| p + toks.start).unwrap_or(toks.end);
                let from_tok = tokens[toks.clone()].iter().position(|t| t.end >= a.end).map(|p| p + toks.start).unwrap_or(toks.end);
                for k in cue_first..toks.end.min(from_tok + 4) {
                    if let Some(m) = self.cues.anonymity.longest_at(tokens, k) {
                        a.kind = SourceKind::Anonymous;
                        a.end = tokens[m.end - 1].end;
                        a.cue = text.slice(a.start, a.end).to_string();
                        break;
                    }
                }
            }
            // «وأضاف المسؤول», "the official added": a bare definite role that names again the
            // head of a recent anonymous source («مسؤول في الشرطة طلب عدم الكشف عن هويته») is that
            // source, and stays anonymous
            if let Some(a) = found.as_mut() {
                let src_start = a.source.as_deref().and_then(|s| text.slice(a.start, a.end).find(s).map(|b| a.start + text.slice(a.start, a.end)[..b].chars().count())).unwrap_or(a.start);
                let before = text.slice(src_start.saturating_sub(4), src_start).to_string();
                if let Some(prev) = anonymous_antecedent(a, &before, &out) {
                    a.kind = SourceKind::Anonymous;
                    a.code = prev.code.clone().or(a.code.take());
                }
            }
            if found.is_none() {
                // a quote's speaker credits its sentence (not a quote framed inside another verb's
                // clause, «… ووصفها بأنها "خدعة"», "calling it "…"": the clause is the writer's)
                let framed = toks.clone().any(|i| self.cues.quote_frames.longest_at(tokens, i).is_some());
                if let Some(q) = quote_of[si].map(|k| &quotes[k]).filter(|_| !framed) {
                    if let Some(sp) = &q.speaker {
                        found = Some(Attribution { kind: sp.kind, cue: sp.text.clone(), start: sp.start, end: sp.end, source: Some(sp.text.clone()), code: sp.code.clone(), sentence: si });
                    }
                }
            }
            out.extend(found);
        }
        out
    }

    /// True when the verb of declaring at tokens `verb..end` performs an act rather than
    /// reporting speech (see [`Declares`]): no complementiser, colon or quotation mark follows
    /// it in its clause (up to [`DECLARED_REACH`] tokens, before other punctuation and `to`),
    /// nor, in English, a finite auxiliary of a bare clause ("declared the war was over"), and
    /// its object is an act noun outside any actor phrase («أعلن محافظ الإقليم حظر التجول», "announced a nationwide
    /// curfew") or, for [`Declares::AnyNoun`], any English noun phrase right after it ("declared
    /// the results void"). Announcing what happened («أعلنت الشرطة مقتل ثلاثة أشخاص») reports speech.
    #[allow(clippy::too_many_arguments)]
    fn performs_act(&self, tokens: &[Token], in_actor: &[bool], verb: usize, end: usize, to: usize, declares: Declares, lang: Lang) -> bool {
        if declares == Declares::Never {
            return false;
        }
        let stop = end + tokens[end.min(to)..to.min(end + DECLARED_REACH)].iter().take_while(|t| t.kind != crate::tokenize::TokenKind::Punct || t.is_punct(',') || t.is_punct('،')).count();
        let clause = &tokens[end.min(stop)..stop];
        let reported = |t: &Token| {
            matches!(t.norm.as_str(), "ان" | "بان" | "وان" | "انه" | "بانه" | "انها" | "بانها" | "that" | "what" | "how" | "whether")
                || (lang == Lang::En && matches!(t.norm.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will" | "could" | "can" | "should" | "must" | "might" | "may"))
        };
        // (a quotation or a colon closing the clause: «أعلن الوزير: "…"», "announced: …")
        let quoted = stop < end + DECLARED_REACH && tokens.get(stop).is_some_and(|t| t.sentence == tokens[verb].sentence && matches!(t.norm.as_str(), ":" | "\"" | "«" | "“"));
        if clause.is_empty() || quoted || clause.iter().any(reported) {
            return false;
        }
        // (an act noun inside an actor phrase names who acts: «وزير الحرب», "the War Ministry")
        let act_noun = (end..stop).any(|k| !in_actor[k] && self.cues.act_nouns.longest_at(tokens, k).is_some_and(|m| (m.first..m.end).all(|j| !in_actor[j])));
        // (an English verb inverted after a comma or a quotation, "…," declared the minister, has its subject after it)
        let inverted = verb > 0 && matches!(tokens[verb - 1].norm.as_str(), "," | "\"" | "”" | "'");
        let any_noun = declares == Declares::AnyNoun && lang == Lang::En && !inverted && clause[0].kind == crate::tokenize::TokenKind::Word;
        act_noun || any_noun
    }

    /// English: the first token of a short reporting clause that closes the sentence after
    /// its last comma outside quotation marks (", officials said.", ", a UN spokesman said on
    /// Monday.", ", said a foreign ministry spokesman."): at most eight tokens before a speech
    /// verb and four words after it. `None` when the sentence has no such clause. `from..to`:
    /// the sentence's tokens.
    fn postposed_clause(&self, tokens: &[Token], in_quote: &[bool], from: usize, to: usize) -> Option<usize> {
        let comma = (from + 1..to).rev().find(|&k| !in_quote[k] && tokens[k].is_punct(','))?;
        let start = comma + 1;
        let verb = (start..to.min(start + 9)).find(|&k| self.cues.speech.longest_at(tokens, k).is_some())?;
        let m = self.cues.speech.longest_at(tokens, verb)?;
        let words_after = tokens[m.end.min(to)..to].iter().filter(|t| t.kind == crate::tokenize::TokenKind::Word).count();
        (words_after <= 4 && start > from).then_some(start)
    }

    /// The first token of an "according to" phrase that closes the sentence after its last comma
    /// outside quotation marks («…، وفقا لبيان مشترك», "…, according to state radio"), when the
    /// sentence before it reports nobody's words: no complementiser («أن», «إن», "that"), colon,
    /// quotation or English verb of saying with a bare clause ("said", "told") is there (in «وقال الوزير إن …، بحسب التقرير» the phrase is part of what the minister
    /// said). `None` otherwise. `from..to`: the sentence's tokens.
    fn postposed_according(&self, tokens: &[Token], in_quote: &[bool], from: usize, to: usize) -> Option<usize> {
        let comma = (from + 1..to).rev().find(|&k| !in_quote[k] && (tokens[k].is_punct(',') || tokens[k].is_punct('،')))?;
        let start = comma + 1;
        self.cues.according.longest_at(tokens, start)?;
        let reported = tokens[from..comma].iter().zip(&in_quote[from..comma]).any(|(t, &q)| {
            q || matches!(t.norm.as_str(), "ان" | "بان" | "وان" | "انه" | "بانه" | "انها" | "بانها" | "that" | ":" | "\"" | "«" | "“")
                // (English verbs that take a bare clause: "The army said ten were killed, according to AP")
                || matches!(t.norm.as_str(), "said" | "says" | "say" | "told" | "tells" | "added" | "stated" | "wrote")
        });
        (!reported).then_some(start)
    }

    /// The source after a cue: within a few tokens and before any complementiser
    /// ("أن", "that"); a source noun anywhere in that noun phrase wins over an actor
    /// in it, because English heads come last ("a leaked Justice Department memo").
    fn source_after(&self, text: &Text, tokens: &[Token], actors: &[ActorMention], actor_at: &[Option<usize>], from: usize, to: usize, speech: bool) -> Option<Source_> {
        let mut first_actor: Option<usize> = None;
        let mut skip_to = from;
        for k in from..to.min(from + 7) {
            let t = &tokens[k];
            if k < skip_to {
                continue;
            }
            // the addressee of an Arabic speech verb, after ل («وقال العباسي للصحفيين», «وقال
            // لـ«الشرق الأوسط» مصدر أمني»), is no source (after «وفقا/نقلا» the ل governs the source)
            if let Some(a) = actor_at[k].filter(|&a| speech && first_actor.is_none() && actors[a].first == k && tokens[k].arabic && actors[a].governed_by(tokens, Lang::Ar).as_deref() == Some("ل")) {
                skip_to = actors[a].end;
                continue;
            }
            if matches!(t.norm.as_str(), "ان" | "بان" | "وان" | "انه" | "بانه" | "انها" | "بانها" | "that" | ":" | ";") {
                break;
            }
            // an actor in a relative clause is not the source ("وفق الخطة التي أعدتها الحكومة",
            // "according to the plan which the government drew up")
            if first_actor.is_none() && matches!(t.norm.as_str(), "التي" | "الذي" | "الذين" | "اللذين" | "اللتين" | "which" | "who" | "whom") {
                // "according to a parent who spoke to Reuters": an unnamed person before "who"
                return en_unnamed_person(text, tokens, from, k);
            }
            // (a source noun after the ل of a speech verb is whom the source spoke to: «وقال مسؤول
            // لصحيفة "الشرق الأوسط"», «وقال شهود لوكالة رويترز»)
            let told_noun = |m: &crate::lexicon::Match<SourceKind>| speech && t.arabic && t.bases.get(m.base).is_some_and(|b| b.proclitics.ends_with('ل'));
            if let Some(m) = self.cues.source_nouns.longest_at(tokens, k).filter(|m| !told_noun(m)) {
                if *m.value == SourceKind::Organization {
                    return Some(self.agency_source(text, tokens, actors, m.first, m.base, m.end));
                }
                if let Some(a) = en_agency_organisation(tokens, actors, m.first, m.end) {
                    let sp = speaker_of(tokens, actors, a);
                    return Some(Source_ { kind: sp.kind, text: sp.text, code: sp.code, start: actors[a].first.min(m.first), end: actors[a].end.max(m.end) });
                }
                // "تقرير للأمم المتحدة", "a UN report": a document of an organisation keeps the organisation's code
                let owner = first_actor.map(|a| &actors[a]).filter(|a| a.has_country).or_else(|| document_owner(tokens, actors, m.first, m.end, *m.value));
                let code = owner.map(|a| a.code.clone());
                // (not the addressee of a noun of people: «شهود عيان لوكالة رويترز» are the witnesses alone)
                let next = actor_at.get(m.end).copied().flatten().filter(|&a| !(*m.value == SourceKind::Anonymous && told(tokens, &actors[a])));
                let end = next.map(|a| actors[a].end).or(owner.map(|a| a.end)).unwrap_or(m.end).max(m.end);
                let start = first_actor.map(|a| actors[a].first).unwrap_or(m.first);
                // the text spans the owner too ("وكالة رويترز", "صحيفة الأهرام", "a UN report")
                let base = if start == m.first { m.base } else { 0 };
                return Some(Source_ { kind: *m.value, text: written(text, tokens, start, base, end), code, start, end });
            }
            if first_actor.is_none() {
                // an actor after «مع / بين / ضد», "with / between / against" is a party to the noun
                // before it, not a source («وفق اتفاق ثنائي مع نيامي»: in accordance with an agreement)
                if actor_at[k].is_some_and(|a| actors[a].first == k && actors[a].governed_by(tokens, if t.arabic { Lang::Ar } else { Lang::En }).is_some_and(|g| matches!(g.as_str(), "مع" | "بين" | "ضد" | "with" | "between" | "against"))) {
                    break;
                }
                first_actor = actor_at[k];
            }
            if let Some(a) = first_actor {
                // an actor phrase ends the search unless a source noun follows it at once ("Justice Department memo")
                if k + 1 >= actors[a].end && !tokens.get(actors[a].end).is_some_and(|n| self.cues.source_nouns.longest_at(tokens, actors[a].end).is_some_and(|m| !(speech && n.arabic && n.bases.get(m.base).is_some_and(|b| b.proclitics.ends_with('ل')))) && n.sentence == t.sentence) {
                    let sp = speaker_of(tokens, actors, a);
                    return Some(Source_ { kind: sp.kind, text: sp.text, code: sp.code, start: actors[a].first, end: source_end(actors, a) });
                }
                continue;
            }
            if t.kind == crate::tokenize::TokenKind::Punct && !matches!(t.norm.as_str(), "," | "،") {
                break;
            }
        }
        None
    }

    /// The source before a speech verb (SVO: "مصادر أشارت", "officials said", "A senior
    /// official, speaking on condition of anonymity, said"): the nearest source noun or
    /// ungoverned actor in the clause, skipping a comma-delimited aside.
    fn source_before(&self, text: &Text, tokens: &[Token], actors: &[ActorMention], from: usize, verb: usize, lang: Lang) -> Option<Source_> {
        let reach = if lang == Lang::En { 12 } else { 6 };
        let lo = verb.saturating_sub(reach).max(from);
        for k in (lo..verb).rev() {
            if let Some(m) = self.cues.source_nouns.longest_at(tokens, k) {
                if m.end <= verb && *m.value == SourceKind::Organization {
                    // (scanning backwards meets "agency" before "state news agency": take the longest)
                    let m = (k.saturating_sub(2).max(lo)..k)
                        .find_map(|j| self.cues.source_nouns.longest_at(tokens, j).filter(|w| w.end == m.end && *w.value == SourceKind::Organization))
                        .unwrap_or(m);
                    let src = self.agency_source(text, tokens, actors, m.first, m.base, m.end);
                    if src.end <= verb {
                        return Some(src);
                    }
                }
                if m.end <= verb {
                    if let Some(a) = en_agency_organisation(tokens, actors, m.first, m.end).filter(|&a| actors[a].end <= verb) {
                        let sp = speaker_of(tokens, actors, a);
                        return Some(Source_ { kind: sp.kind, text: sp.text, code: sp.code, start: actors[a].first.min(m.first), end: actors[a].end.max(m.end) });
                    }
                    // "A UN report said", "تقرير للأمم المتحدة أشار": the document's organisation gives the code
                    let owner = document_owner(tokens, actors, m.first, m.end, *m.value).filter(|a| a.end <= verb);
                    let code = owner.map(|a| a.code.clone());
                    let start = owner.map(|a| a.first).unwrap_or(m.first).min(m.first);
                    let end = owner.map(|a| a.end).unwrap_or(m.end).max(m.end);
                    return Some(Source_ { kind: *m.value, text: written(text, tokens, m.first, m.base, m.end), code, start, end });
                }
            }
        }
        let r = in_sentence(actors, tokens[verb].sentence);
        let near = if lang == Lang::En { reach } else { 3 };
        // (an Arabic subject before its verb is next to it: a word joined by و / ف or punctuation
        // between opens another clause, «ودان المجلس عملية الاغتيال وطالب …», whose subject is not there)
        let clause_break = |t: &Token| t.kind == crate::tokenize::TokenKind::Punct || (!t.bases.is_empty() && t.bases.iter().all(|b| b.proclitics.starts_with('و') || b.proclitics.starts_with('ف')));
        let fits = |a: &ActorMention| {
            a.end <= verb && a.first >= from && verb - a.end <= near && (lang == Lang::Ar || a.governed_by(tokens, lang).is_none()) && !(lang == Lang::Ar && tokens[a.end..verb].iter().any(clause_break))
        };
        // a named person in reach is the subject rather than the role in apposition to it ("Dr. Lee, a surgeon, said")
        let cands = &actors[r.clone()];
        let a = r.start + cands.iter().rposition(|a| fits(a) && a.person.is_some()).or_else(|| cands.iter().rposition(fits))?;
        let sp = speaker_of(tokens, actors, a);
        Some(Source_ { kind: sp.kind, text: sp.text, code: sp.code, start: actors[a].first, end: source_end(actors, a) })
    }

    /// The source of a news-agency noun at tokens `first..end` (a `cues.tsv` source noun of
    /// kind `organization`: «وكالة», «وكالة الأنباء», "agency", "state news agency"; `base`
    /// the analysis of `first` that matched). A news agency is an organisation, and its name is
    /// the source: an actor named right after the noun ("state news agency IRNA" → "IRNA"), one
    /// that holds it («وكالة الأنباء السعودية», «وكالة رويترز», "the Reuters news agency"), or
    /// in English the organisation an "agency" belongs to ("the UN refugee agency" → UNHCR).
    /// With no known actor the text is the noun with the name written after it («وكالة سبأ»,
    /// «وكالة الأنباء الرسمية», "news agency Petra" → "Petra"), uncoded; a bare «الوكالة» /
    /// "the agency" is the noun alone.
    fn agency_source(&self, text: &Text, tokens: &[Token], actors: &[ActorMention], first: usize, base: usize, end: usize) -> Source_ {
        let org = |a: usize| {
            let sp = speaker_of(tokens, actors, a);
            Source_ { kind: SourceKind::Organization, text: sp.text, code: sp.code, start: actors[a].first.min(first), end: actors[a].end.max(end) }
        };
        if let Some(a) = en_agency_organisation(tokens, actors, end - 1, end) {
            return org(a);
        }
        let sentence = tokens[first].sentence;
        let r = in_sentence(actors, sentence);
        let named = |a: &ActorMention| a.has_country && !a.code.is_empty() && a.person.is_none();
        // a name right after the noun, then a phrase that holds the noun
        if let Some(a) = r.clone().find(|&a| named(&actors[a]) && actors[a].first == end).or_else(|| r.clone().find(|&a| named(&actors[a]) && actors[a].first <= first && end <= actors[a].end)) {
            return org(a);
        }
        let t0 = &tokens[first];
        if !t0.arabic {
            // "news agency Petra": capitalised words right after the noun
            let n = tokens[end.min(tokens.len())..].iter().take(4).take_while(|t| t.sentence == sentence && t.kind == crate::tokenize::TokenKind::Word && t.upper).count();
            if n > 0 {
                return Source_ { kind: SourceKind::Organization, text: written(text, tokens, end, 0, end + n), code: None, start: first, end: end + n };
            }
            return Source_ { kind: SourceKind::Organization, text: written(text, tokens, first, base, end), code: None, start: first, end };
        }
        // Arabic: «وكالة» in construct with the name after it («وكالة سبأ»), «وكالة الأنباء» with its
        // adjective («وكالة الأنباء الرسمية»); a definite «الوكالة» takes an adjective only
        let definite = t0.bases.get(base).map_or(t0.norm.as_str(), |b| b.form.as_str()).starts_with("ال");
        let construct = end == first + 1 && !definite;
        let mut stop = end;
        for k in end..tokens.len().min(end + 2) {
            let t = &tokens[k];
            let article = t.norm.starts_with("ال");
            if t.sentence != sentence || !t.arabic || t.kind != crate::tokenize::TokenKind::Word || !(article || (construct && k == end)) || !self.name_word(tokens, k) {
                break;
            }
            stop = k + 1;
        }
        Source_ { kind: SourceKind::Organization, text: written(text, tokens, first, base, stop), code: None, start: first, end: stop }
    }

    /// Whether Arabic token `k` may continue a name or a noun phrase after a source's head
    /// («وكالة سبأ», «المتحدث باسم الاتحاد العام لطلبة تونس»): not a complementiser, a
    /// preposition, a time word, an addressee («للصحفيين»), a speech verb, an anonymity phrase
    /// or a word joined by و / ف.
    fn name_word(&self, tokens: &[Token], k: usize) -> bool {
        const STOP: &[&str] = &[
            "إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها", "وأن", "عن", "في", "من", "على", "إلى", "مع", "خلال", "عبر", "بعد", "قبل", "يوم", "أمس", "اليوم",
            "مساء", "صباح", "ليلة", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "للصحفيين", "للصحافيين", "للصحافة", "لوسائل", "لوكالة", "لقناة",
            "لصحيفة", "لموقع", "الذي", "التي", "الذين",
        ];
        let t = &tokens[k];
        let joined = !t.bases.is_empty() && t.bases.iter().all(|b| b.proclitics.starts_with('و') || b.proclitics.starts_with('ف'));
        !joined && !STOP.iter().any(|w| fold(w) == t.norm) && self.cues.speech.longest_at(tokens, k).is_none() && self.cues.anonymity.longest_at(tokens, k).is_none()
    }

    /// Arabic: a role's source that ends at «باسم» ("in the name of", «المتحدث باسم») with no
    /// organisation we know after it («وقال المتحدث باسم الاتحاد العام لطلبة تونس إن …»): the
    /// source spans the organisation's name as written (at most six words, up to `limit`, see
    /// [`Attributor::name_word`]), and takes the code of an actor that opens that name, else
    /// none: the role's bare sector (GOV of nobody) would credit a government that is not
    /// there. Any other source is returned as it is.
    fn spokesman_of_unnamed(&self, text: &Text, tokens: &[Token], actors: &[ActorMention], src: Source_, limit: usize) -> Source_ {
        if src.kind != SourceKind::OfficialRole || src.end == 0 || src.end > tokens.len() || src.start >= src.end || !tokens[src.start].arabic {
            return src;
        }
        let bi = if tokens[src.end - 1].norm == "باسم" {
            src.end
        } else if src.end < limit && tokens[src.end].norm == "باسم" {
            src.end + 1
        } else {
            return src;
        };
        let sentence = tokens[src.start].sentence;
        let mut stop = bi;
        while stop < limit.min(bi + 6) && tokens[stop].sentence == sentence && tokens[stop].arabic && tokens[stop].kind == crate::tokenize::TokenKind::Word && self.name_word(tokens, stop) && !actors.iter().any(|a| a.first == stop && a.person.is_some()) {
            stop += 1;
        }
        if stop == bi {
            return src;
        }
        let r = in_sentence(actors, sentence);
        let code = r.clone().find(|&a| actors[a].first == bi && actors[a].has_country).map(|a| actors[a].code.clone());
        let start_char = r.clone().find(|&a| actors[a].first == src.start).map(|a| actors[a].start).unwrap_or(tokens[src.start].start);
        Source_ { kind: src.kind, text: text.slice(start_char, tokens[stop - 1].end).to_string(), code, start: src.start, end: stop }
    }
}

/// One past the last token of the source that actor phrase `actors[a]` opens: the phrase, or
/// the personal name right after a role phrase («رئيس الحزب سامي بن علي», see
/// [`crate::quotes::named_after_role`]).
fn source_end(actors: &[ActorMention], a: usize) -> usize {
    named_after_role(actors, a).map_or(actors[a].end, |b| actors[b].end)
}

/// How many tokens after a verb of declaring its object is looked for in
/// ([`Attributor::performs_act`]).
const DECLARED_REACH: usize = 8;

/// How many sentences back a bare definite role may name again an anonymous source.
const ANAPHORA_SENTENCES: usize = 3;

/// The earlier anonymous attribution that the `official_role` attribution `a` names again: its
/// source is one definite role word («المسؤول», "the official", "the officer") that is a word of
/// the source of an `anonymous` attribution at most [`ANAPHORA_SENTENCES`] sentences before
/// (the latest such one; «مسؤول في الشرطة», "a police official"), with no attribution of
/// another source in between. `before`: the text right before the source (its article "the "
/// in English, where the source text leaves it out). `None` otherwise.
fn anonymous_antecedent<'a>(a: &Attribution, before: &str, out: &'a [Attribution]) -> Option<&'a Attribution> {
    if a.kind != SourceKind::OfficialRole {
        return None;
    }
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(fold).filter(|w| !matches!(w.as_str(), "the" | "a" | "an")).collect() };
    let src = a.source.as_deref()?;
    let own = words(src);
    let [head] = own.as_slice() else { return None };
    let definite = src.trim_start().to_lowercase().starts_with("the ") || before.eq_ignore_ascii_case("the ") || (head.starts_with("ال") && head.chars().count() > 3);
    if !definite {
        return None;
    }
    let bare = head.strip_prefix("ال").filter(|_| !src.is_ascii()).unwrap_or(head);
    // the latest attribution before this one must be the anonymous source itself or carry it
    let prev = out.last()?;
    if prev.kind != SourceKind::Anonymous || a.sentence.saturating_sub(prev.sentence) > ANAPHORA_SENTENCES {
        return None;
    }
    let held = words(prev.source.as_deref().unwrap_or("")).iter().any(|w| w == bare || w.strip_prefix("ال") == Some(bare));
    held.then_some(prev)
}

/// English: an unnamed person opening tokens/// English: an unnamed person opening tokens `from..who` before a relative "who"
/// ("according to a parent who spoke to Reuters", "a resident who fled"): an opener ("a",
/// "one", "two", "several", …) and one to three lower-case words. Such a source names
/// nobody, so it is `anonymous` (as quotes credit "a witness said"), without a code.
fn en_unnamed_person(text: &Text, tokens: &[Token], from: usize, who: usize) -> Option<Source_> {
    let t = tokens.get(from)?;
    if t.arabic || who <= from + 1 || who - from > 4 || tokens.get(who).is_none_or(|w| w.norm != "who") {
        return None;
    }
    let opener = matches!(t.norm.as_str(), "a" | "an" | "one" | "another" | "two" | "three" | "several" | "some" | "the");
    let words = tokens[from + 1..who].iter().all(|w| w.kind == crate::tokenize::TokenKind::Word && !w.upper && w.sentence == t.sentence);
    (opener && words).then(|| Source_ { kind: SourceKind::Anonymous, text: written(text, tokens, from, 0, who), code: None, start: from, end: who })
}

/// English nouns of kin and counsel (match form) that speak for a person after "his", "her",
/// "their" ("his family said", "her lawyer said").
const EN_KIN: &[&str] = &["family", "families", "relatives", "relative", "lawyer", "lawyers", "attorney", "attorneys", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "parents", "friends", "colleagues", "supporters"];

/// English nouns (match form) of a body named by the noun alone after "the", its name given
/// before ("the bloc said", "the group said", "the agency said").
const EN_BODY_NOUNS: &[&str] = &["bloc", "group", "organisation", "organization", "agency", "alliance", "movement", "coalition", "union", "association", "network", "charity", "body", "committee", "council", "league", "party", "militia", "company", "firm"];

/// English: unnamed people that are the whole subject `from..verb` of a reporting clause after a
/// comma ("…, economists said", "…, local journalists said", "…, a witness said"): one to three
/// lower-case words, none a pronoun or a possessive, either opened by an article or a number
/// ("a", "two", "several") with a noun after it, or ending in a plural noun in -s. Such a
/// source names nobody, so it is `anonymous`, without a code. `None` otherwise ("…, the
/// newspaper's editor said" names someone we cannot code, and is not credited).
fn en_unnamed_people(text: &Text, tokens: &[Token], from: usize, verb: usize) -> Option<Source_> {
    let words = tokens.get(from..verb)?;
    // "…, his family said", "…, their lawyer said": relatives or counsel of someone named
    if words.len() == 2 && matches!(words[0].norm.as_str(), "his" | "her" | "their") && EN_KIN.contains(&words[1].norm.as_str()) {
        return Some(Source_ { kind: SourceKind::Anonymous, text: written(text, tokens, from, 0, verb), code: None, start: from, end: verb });
    }
    // "…, the bloc said", "…, the group said": a body named by a noun alone, whose name the
    // text gave before: an organisation (its code is not resolved here)
    if words.len() == 2 && words[0].norm == "the" && EN_BODY_NOUNS.contains(&words[1].norm.as_str()) {
        return Some(Source_ { kind: SourceKind::Organization, text: written(text, tokens, from + 1, 0, verb), code: None, start: from, end: verb });
    }
    if words.is_empty() || words.len() > 3 || words.iter().any(|t| t.kind != crate::tokenize::TokenKind::Word || t.upper || t.arabic || PRONOUNS.contains(&t.norm.as_str()) || t.norm.contains('\'')) {
        return None;
    }
    const OPENERS: &[&str] = &["a", "an", "one", "two", "three", "four", "several", "some", "many", "the"];
    let opened = words.len() >= 2 && OPENERS.contains(&words[0].norm.as_str());
    let last = words[words.len() - 1].norm.as_str();
    let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !words.iter().any(|t| OPENERS.contains(&t.norm.as_str()) && t.norm != words[0].norm);
    (opened || plural).then(|| Source_ { kind: SourceKind::Anonymous, text: written(text, tokens, from, 0, verb), code: None, start: from, end: verb })
}

/// Nouns (match form) that head an English group's name after it ("the "Free Tunisia" group",
/// "the Free Tunisia movement").
const EN_GROUP_NOUNS: &[&str] = &["group", "movement", "party", "coalition", "organisation", "organization", "association", "network", "campaign", "collective", "committee", "alliance", "front", "union", "league", "initiative", "society", "council", "centre", "center"];

/// English: a group named in the whole subject `from..verb` of a reporting clause after a
/// comma, that the lexicons do not know: an article, a name in quotation marks or in title
/// case, and a group noun ([`EN_GROUP_NOUNS`]): `…, the "Free Tunisia" group said`. Such a
/// source is an `organization`, without a code.
fn en_named_group(text: &Text, tokens: &[Token], from: usize, verb: usize) -> Option<Source_> {
    let words = tokens.get(from..verb)?;
    if words.len() < 3 || words.len() > 10 || !matches!(words[0].norm.as_str(), "the" | "a") || !EN_GROUP_NOUNS.contains(&words[words.len() - 1].norm.as_str()) {
        return None;
    }
    let name = &words[1..words.len() - 1];
    let quoted = |t: &Token| matches!(t.norm.as_str(), "\"" | "“" | "”");
    let named = name.iter().filter(|t| !quoted(t)).all(|t| t.kind == crate::tokenize::TokenKind::Word && (t.upper || matches!(t.norm.as_str(), "of" | "for" | "and" | "the")))
        && name.iter().any(|t| t.upper);
    named.then(|| Source_ { kind: SourceKind::Organization, text: written(text, tokens, from + 1, 0, verb), code: None, start: from, end: verb })
}

/// True when the English speech cue at token `i` is a noun: "claims", "reports", "statements"
/// after a determiner, a possessive or a noun that heads such a noun phrase ("whose asylum
/// claims had been rejected", "the reports", "media reports").
fn en_noun_reading(tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].norm.as_str();
    if !matches!(w, "claim" | "claims" | "report" | "reports" | "statement" | "statements" | "comment" | "comments" | "warning" | "warnings") {
        return false;
    }
    i > 0
        && tokens[i - 1].sentence == tokens[i].sentence
        && matches!(
            tokens[i - 1].norm.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "such" | "asylum" | "compensation" | "territorial" | "media" | "news" | "press" | "unconfirmed" | "earlier" | "similar"
        )
}

/// How many tokens after a verb of denial its complementiser is looked for in (past its subject:
/// «نفى مصدر أمني عراقي أن …»).
const DENIAL_REACH: usize = 8;

/// True when a complementiser («أن», «بأن», «أنه», "that") follows token `from` within
/// [`DENIAL_REACH`] tokens, before any punctuation and the sentence end `to`.
fn complement_follows(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from.min(to)..to.min(from + DENIAL_REACH)]
        .iter()
        .take_while(|t| t.kind != crate::tokenize::TokenKind::Punct)
        .any(|t| matches!(t.norm.as_str(), "ان" | "بان" | "انه" | "بانه" | "انها" | "بانها" | "that"))
}

/// English subject pronouns: a reporting verb after one of them ("…, he said") carries
/// the previous source over.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// True when the Arabic speech verb at tokens `verb..end` is the impersonal passive «يُذكر أن»
/// ("it is worth recalling that", also «ويذكر أن»): it opens the sentence starting at `from`
/// and the complementiser «أن» follows at once, with no subject between.
fn impersonal(tokens: &[Token], from: usize, verb: usize, end: usize) -> bool {
    verb == from && end == verb + 1 && tokens[verb].bases.iter().any(|b| b.form == "يذكر") && tokens.get(end).is_some_and(|t| t.sentence == tokens[verb].sentence && matches!(t.norm.as_str(), "ان" | "انه" | "انها"))
}

/// Whether an English speech verb at `verb` with no source found carries the previous
/// attribution `prev` over: its subject is a pronoun ("he said"), it has none written
/// (sentence start, after a quotation mark or comma), or a capitalised word before it is
/// one of the later words of `prev`'s named source ("Ahmed Hassan … Hassan told").
/// Another name ("Carter told") is someone else, and carries nothing.
fn english_carries(tokens: &[Token], from: usize, verb: usize, prev: &Attribution) -> bool {
    if verb == from {
        return true;
    }
    let t = &tokens[verb - 1];
    if t.kind == crate::tokenize::TokenKind::Punct || PRONOUNS.contains(&t.norm.as_str()) {
        return true;
    }
    t.upper && prev.kind == SourceKind::NamedPerson && prev.source.as_deref().is_some_and(|s| s.split_whitespace().skip(1).any(|w| fold(w) == t.norm))
}

/// The English reporting clause that closes a sentence after a comma ("X visited Tripoli
/// on Wednesday, officials said", "…, a UN spokesman said on Monday"): the first token
/// after the last comma, semicolon or closing quotation mark before the speech verb at
/// `verb`, when that stretch is its subject. `None` when the verb follows the mark at
/// once (an aside: "Dr. Lee, a surgeon, said") or no mark is within 12 tokens of it
/// (`from` is the sentence's first token).
fn reporting_clause(tokens: &[Token], from: usize, verb: usize) -> Option<usize> {
    let lo = verb.saturating_sub(12).max(from);
    let mark = (lo..verb).rev().find(|&k| matches!(tokens[k].norm.as_str(), "," | ";" | "\"" | "”" | "“"))?;
    (mark + 1 < verb).then_some(mark + 1)
}

/// The subject of the clause that starts the sentence: its first actor in tokens
/// `from..to` that no preposition governs ("France accused Rwanda …, but said …" → France).
fn main_subject(actors: &[ActorMention], tokens: &[Token], from: usize, to: usize, lang: Lang) -> Option<Source_> {
    let r = in_sentence(actors, tokens[from].sentence);
    let a = r.clone().find(|&k| actors[k].first >= from && actors[k].end <= to && actors[k].governed_by(tokens, lang).is_none())?;
    let sp = speaker_of(tokens, actors, a);
    Some(Source_ { kind: sp.kind, text: sp.text, code: sp.code, start: actors[a].first, end: source_end(actors, a) })
}

/// Whether the English words after a candidate inverted source (", said X …") let X
/// be the speaker: the clause ends there, or goes on with a preposition, a time word or
/// a relative clause ("said the minister on Monday", "said Smith, who …"). A following
/// verb or other word makes X the subject of the reported clause instead (", said Israel
/// had rejected …"), and the speaker is then before the verb. `rest`: the tokens after X
/// up to the end of the sentence.
fn ends_inverted_source(rest: &[Token]) -> bool {
    // "said the WFP's country director, Leni Kinzli": a role of X (lower-case words after the
    // possessive) ends the clause like X itself; the speaker speaks for X
    let rest = match rest.first() {
        Some(p) if p.norm == "'s" => {
            let role = rest[1..].iter().take(4).take_while(|t| t.kind == crate::tokenize::TokenKind::Word && !t.upper).count();
            // (a verb among them makes X the reported clause's subject: "said Libya's government had decided")
            let verb = rest[1..1 + role].iter().any(|t| t.norm.ends_with("ed") || matches!(t.norm.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"));
            let closes = rest.get(1 + role).is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
            if role == 0 || verb || !closes {
                return false;
            }
            &rest[1 + role..]
        }
        _ => rest,
    };
    let Some(next) = rest.first() else { return true };
    if next.kind == crate::tokenize::TokenKind::Punct {
        return true;
    }
    INVERTED_FOLLOWERS.contains(&next.norm.as_str())
}

/// English words that may follow an inverted source and end its phrase (", said the minister
/// on Monday", ", said Smith, who …"); see [`ends_inverted_source`].
const INVERTED_FOLLOWERS: &[&str] = &[
    "in", "on", "at", "during", "from", "after", "before", "to", "via", "while", "when", "who", "whose", "which", "adding", "according", "told", "late", "earlier", "yesterday",
    "today", "tonight", "this", "last", "and", "but", "as", "by", "with", "for", "of",
];

/// English: how many lower-case nouns after the actor phrase `src..src_end` of an inverted
/// source continue its noun phrase (", said a spokesman for the UN mission." → 1 for
/// "mission"), when the source is opened by an article right after the verb ending at `verb_end`
/// and the phrase then ends as [`ends_inverted_source`] asks. At most three words, none of them
/// a verb form ("had", "would", "-ed": ", said the army attacked …" is the reported clause).
/// `None` when no such words follow. `to`: the sentence's end.
fn en_source_continues(tokens: &[Token], verb_end: usize, src: usize, src_end: usize, to: usize) -> Option<usize> {
    if src != verb_end + 1 || !tokens.get(verb_end).is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the")) {
        return None;
    }
    let verbal = |t: &Token| {
        t.norm.ends_with("ed")
            || matches!(t.norm.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must" | "did" | "does" | "do" | "that")
    };
    let n = tokens[src_end..to]
        .iter()
        .take(3)
        .take_while(|t| t.kind == crate::tokenize::TokenKind::Word && !t.upper && !t.arabic && !verbal(t) && !INVERTED_FOLLOWERS.contains(&t.norm.as_str()))
        .count();
    (n > 0 && ends_inverted_source(&tokens[src_end + n..to])).then_some(n)
}

/// True when the English speech verb at `i` is a passive ("violations have been reported",
/// "it was announced", "was widely reported"): a form of "be" right before it, or before one
/// adverb in -ly. Its subject is what was reported, not who reported it.
fn en_passive(tokens: &[Token], i: usize) -> bool {
    let s = tokens[i].sentence;
    let be = |k: usize| tokens[k].sentence == s && matches!(tokens[k].norm.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be" | "am");
    let v = tokens[i].norm.as_str();
    // (a present form after "is" is no participle: "the report is says" does not occur, but "what he says is")
    if v.ends_with('s') && !v.ends_with("ss") {
        return false;
    }
    (i >= 1 && be(i - 1)) || (i >= 2 && tokens[i - 1].sentence == s && tokens[i - 1].norm.ends_with("ly") && be(i - 2))
}

/// The attribution whose cue runs from token `first` to token `end_tok` (exclusive),
/// proclitics included as written ("وصرح متحدث …").
fn cue(text: &Text, tokens: &[Token], first: usize, end_tok: usize, src: Source_, si: usize) -> Attribution {
    let start = tokens[first].start;
    let end = tokens[end_tok.max(first + 1) - 1].end;
    Attribution { kind: src.kind, cue: text.slice(start, end).to_string(), start, end, source: Some(src.text).filter(|s| !s.is_empty()), code: src.code, sentence: si }
}

/// Grammatical gender, for subject–verb agreement in Arabic.
#[derive(PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
}

/// Gender marked on an Arabic 3rd-person verb: perfect -ت ("أفادت") or imperfect ت- ("تقول") is feminine.
fn verb_gender(verb: &Token) -> Gender {
    let f = verb.bases.last().map(|b| b.form.as_str()).unwrap_or(&verb.norm);
    if f.ends_with('ت') || (f.starts_with('ت') && !f.ends_with("ون")) {
        Gender::Feminine
    } else {
        Gender::Masculine
    }
}

/// Gender of a source phrase: feminine when its head ends in ة or ات, when it is a
/// non-human broken plural (مصادر), or when it is an organisation or a country
/// (which take feminine agreement in Arabic news prose).
fn source_gender(a: &Attribution) -> Gender {
    let src = a.source.as_deref().unwrap_or("");
    let head = fold(src.split_whitespace().next().unwrap_or(""));
    let head = head.strip_prefix("ال").unwrap_or(&head);
    if a.kind == SourceKind::Organization || head.ends_with('ه') || head.ends_with("ات") || head == "مصادر" {
        Gender::Feminine
    } else {
        Gender::Masculine
    }
}

fn agrees(verb: &Token, a: &Attribution) -> bool {
    verb_gender(verb) == source_gender(a)
}

/// English "agency" (tokens `first..end`, a source noun that also names news agencies) headed
/// by an organisation: the index of the organisation's actor when one with a country, IGO or
/// NGO code holds the noun ("the UN refugee agency", listed whole), is named right after it
/// ("the UN refugee agency UNHCR", "the EU border agency Frontex") or stands before it as its
/// modifier, with at most two lower-case words or a possessive between ("the UN's food agency",
/// "the EU border agency"). Such an agency is that organisation, not a news agency. `None`
/// for any other noun, for Arabic, for a media organisation (`…MED`) and for an agency with no
/// such organisation.
fn en_agency_organisation(tokens: &[Token], actors: &[ActorMention], first: usize, end: usize) -> Option<usize> {
    let t = tokens.get(first)?;
    if t.arabic || end != first + 1 || !matches!(t.norm.as_str(), "agency" | "agencies") {
        return None;
    }
    let r = in_sentence(actors, t.sentence);
    // (a news organisation's agency stays a news agency: "the Reuters news agency")
    let org = |a: &ActorMention| a.has_country && a.code.len() >= 3 && !a.code.ends_with("MED");
    // held or named right after
    if let Some(k) = r.clone().find(|&k| org(&actors[k]) && ((actors[k].first <= first && first < actors[k].end) || actors[k].first == end)) {
        return Some(k);
    }
    // a modifier before it
    r.clone().rev().find(|&k| {
        let a = &actors[k];
        org(a) && a.end <= first && first - a.end <= 2 && tokens[a.end..first].iter().all(|x| x.sentence == t.sentence && (matches!(x.norm.as_str(), "'s" | "'" | "’s") || (x.kind == crate::tokenize::TokenKind::Word && !x.upper)))
    })
}

/// The organisation or country a document noun (tokens `first..end`) belongs to, when it
/// has a country, IGO or NGO code: in English an actor just before it as its modifier ("a UN
/// report", "Amnesty's report"); one inside the noun phrase ("تقرير للأمم المتحدة", listed whole in
/// `cues.tsv`), or one just after it, directly or after "by"/"of"/"from" and an article
/// ("تقرير المفوضية", "a report by the United Nations"). After a noun of people (`kind`
/// anonymous: «شهود عيان», "sources") an actor governed by ل / "to" is whom they spoke to
/// («بحسب ما أفاد شهود عيان لوكالة رويترز», "sources told to Reuters"), not whose they are.
fn document_owner<'a>(tokens: &[Token], actors: &'a [ActorMention], first: usize, end: usize, kind: SourceKind) -> Option<&'a ActorMention> {
    let sentence = tokens.get(first)?.sentence;
    let r = in_sentence(actors, sentence);
    let cands = &actors[r];
    // a modifier before the noun, an article or possessive aside
    let before = cands.iter().rev().find(|a| {
        !tokens[first].arabic && a.end <= first && tokens[a.end..first].iter().all(|t| matches!(t.norm.as_str(), "'s" | "'" | "’s"))
    });
    // after: inside the phrase or right after it
    let mut after_from = end;
    while after_from < tokens.len() && after_from < end + 2 && tokens[after_from].sentence == sentence && matches!(tokens[after_from].norm.as_str(), "by" | "of" | "from" | "the") {
        after_from += 1;
    }
    let after = cands.iter().find(|a| a.first >= first && (a.first < end || a.first == after_from || a.first == end) && !(kind == SourceKind::Anonymous && a.first >= end && told(tokens, a)));
    before.filter(|a| a.has_country).or(after.filter(|a| a.has_country))
}

/// True when actor `a` is governed by the ل of the person told (written on it, «لوكالة رويترز»,
/// or apart, «لـ"الجزيرة"») or by English "to": the addressee of a source that spoke to it.
fn told(tokens: &[Token], a: &ActorMention) -> bool {
    let lang = if tokens.get(a.first).is_some_and(|t| t.arabic) { Lang::Ar } else { Lang::En };
    matches!(a.governed_by(tokens, lang).as_deref(), Some("ل" | "to")) || (a.first > 0 && tokens[a.first - 1].sentence == a.sentence && tokens[a.first - 1].norm == "ل")
}

/// The text of tokens `a..b` as written, without the proclitics of base `base` of the first.
fn written(text: &Text, tokens: &[Token], a: usize, base: usize, b: usize) -> String {
    let t0 = &tokens[a];
    let start = t0.start + t0.bases.get(base).map(|x| x.skip).unwrap_or(0);
    text.slice(start, tokens[b - 1].end).to_string()
}

#[cfg(test)]
mod tests {
    use crate::model::{Lang, SourceKind};
    use crate::pipeline::{Options, Pipeline};

    fn kinds(s: &str, lang: Lang) -> Vec<SourceKind> {
        let p = Pipeline::new().unwrap();
        p.annotate(s, &Options { lang: Some(lang), ..Default::default() }).attributions.into_iter().map(|a| a.kind).collect()
    }

    #[test]
    fn english_continued_is_speech_only_beside_what_was_said() {
        // "the fighting … continued" credits nobody; "continued:" / a quote does
        assert!(kinds("The fighting between Israel and Hezbollah continued.", Lang::En).is_empty());
        assert!(kinds("Egypt's foreign minister continued: the talks will resume.", Lang::En).len() == 1);
    }

    fn cues(s: &str, lang: Lang) -> Vec<(SourceKind, String, Option<String>)> {
        let p = Pipeline::new().unwrap();
        p.annotate(s, &Options { lang: Some(lang), ..Default::default() }).attributions.into_iter().map(|a| (a.kind, a.cue, a.code)).collect()
    }

    #[test]
    fn declaring_an_act_is_no_attribution() {
        // a verb of declaring with the act as its object performs it
        assert!(cues("Governor Maria Lopez declared a curfew across the northern districts.", Lang::En).is_empty());
        assert!(cues("The interior minister announced a nationwide lockdown on Sunday.", Lang::En).is_empty());
        assert!(cues("The electoral court declared the vote in two districts void.", Lang::En).is_empty());
        assert!(cues("وأعلن محافظ البصرة حظر التجوال في المدينة حتى إشعار آخر.", Lang::Ar).is_empty());
        assert!(cues("وأعلنت الحكومة الحداد ثلاثة أيام على أرواح الضحايا.", Lang::Ar).is_empty());
        // before a complementiser, a bare clause, a quotation, or a noun of what happened, they report speech
        assert_eq!(cues("The interior minister announced that the border would reopen.", Lang::En).len(), 1);
        assert_eq!(cues("The electoral court declared the results were final.", Lang::En).len(), 1);
        assert_eq!(cues("\"The border stays shut,\" declared the interior minister.", Lang::En).len(), 1);
        assert_eq!(cues("وأعلن محافظ البصرة أن حظر التجوال سيرفع غدا.", Lang::Ar).len(), 1);
        assert_eq!(cues("وأعلنت وزارة الصحة مقتل خمسة أشخاص في القصف.", Lang::Ar).len(), 1);
        // an act noun inside the subject's phrase is no object
        assert_eq!(cues("وأعلن وزير الحرب الأمريكي مقتل جنديين في الهجوم.", Lang::Ar).len(), 1);
    }

    #[test]
    fn an_arabic_verbal_noun_is_no_speech_verb_and_a_cue_spans_no_clause() {
        // «بكشف», «لذكر»: a speech verb's form behind ب, or a perfect behind ل, is the noun of the act
        assert!(cues("وندد الاتحاد الأوروبي بالهجوم وطالب بكشف المسؤولين عنه.", Lang::Ar).is_empty());
        // a speech verb joined by و after the first clause's object has that clause's subject,
        // and its cue is the verb alone
        let v = cues("واستنكرت منظمة العفو الدولية الحكم وأكدت أنه جائر.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, SourceKind::Organization, "{v:?}");
        assert!(!v[0].1.contains("الحكم"), "{v:?}");
    }

    #[test]
    fn a_role_before_a_personal_name_is_that_named_person_and_a_non_state_group_is_no_government() {
        // the head of a front we cannot code: the named person, uncoded (not GOV)
        let v = cues("وصرح رئيس جبهة الخلاص الوطني أحمد نجيب الشابي للصحفيين بأن الحوار انتهى.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, SourceKind::NamedPerson, "{v:?}");
        assert!(v[0].1.contains("الشابي"), "{v:?}");
        assert_ne!(v[0].2.as_deref(), Some("GOV"), "{v:?}");
        // (also when the role and the name are one actor phrase)
        let v = cues("وقال رئيس التيار الديمقراطي محمد عبو إن الحوار انتهى.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::NamedPerson, None), "{v:?}");
        // a known movement keeps its code for the named person after its head's role
        let v = cues("وأكد رئيس حركة النهضة راشد الغنوشي أن الحزب سيقاطع الانتخابات البلدية.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::NamedPerson, Some("TUNOPP")), "{v:?}");
        assert!(v[0].1.contains("الغنوشي"), "{v:?}");
    }

    #[test]
    fn a_bare_definite_ministry_takes_the_code_of_the_ministry_named_before() {
        let v = cues("ونشرت وزارة الداخلية المصرية صورا للمتهمين.\nوقال المتحدث باسم الوزارة إن التحقيق مستمر.", Lang::Ar);
        assert!(v.last().and_then(|a| a.2.as_deref()).is_some_and(|c| c.starts_with("EGY")), "{v:?}");
        let v = cues("The Jordanian Foreign Ministry summoned the Israeli envoy on Monday. The ministry's spokesman said the move was unacceptable.", Lang::En);
        assert!(v.last().and_then(|a| a.2.as_deref()).is_some_and(|c| c.starts_with("JOR")), "{v:?}");
        // with no ministry named before, the sector alone stays
        let v = cues("وقال المتحدث باسم الوزارة إن التحقيق مستمر.", Lang::Ar);
        assert!(v.last().and_then(|a| a.2.as_deref()).is_none_or(|c| c.len() == 3), "{v:?}");
    }

    #[test]
    fn arabic_cues() {
        assert_eq!(kinds("وأفادت مصادر مطلعة أن محادثات جرت.", Lang::Ar), vec![SourceKind::Anonymous]);
        assert_eq!(kinds("ووفقا لأحد المصادر، التقى مسؤولون.", Lang::Ar), vec![SourceKind::Anonymous]);
        assert_eq!(kinds("وأشار تقرير للأمم المتحدة إلى انتهاكات.", Lang::Ar), vec![SourceKind::Document]);
        assert!(kinds("وهو ما لم تعلن عنه الحكومة بعد.", Lang::Ar).is_empty());
    }

    #[test]
    fn subjectless_verb_carries_the_source_it_agrees_with() {
        // أفادت (feminine) goes back past the masculine spokesman to the sources
        let v = kinds("قالت مصادر إن الحكومة بحثت الخطة.\nوصرح متحدث باسم الوزارة بأن الخطة قائمة.\nوأفادت بأن المحادثات مستمرة.", Lang::Ar);
        assert_eq!(v, vec![SourceKind::Anonymous, SourceKind::OfficialRole, SourceKind::Anonymous]);
    }

    #[test]
    fn english_inverted_source_is_not_the_reported_clause_subject() {
        let p = Pipeline::new().unwrap();
        let doc = p.annotate("A government official, speaking on condition of anonymity, said Israel had rejected the proposal.", &Options { lang: Some(Lang::En), ..Default::default() });
        assert_eq!(doc.attributions.len(), 1);
        assert_eq!(doc.attributions[0].kind, SourceKind::Anonymous);
        assert_ne!(doc.attributions[0].code.as_deref(), Some("ISR"));
        // a real inversion keeps its speaker
        let doc = p.annotate("\"We will not accept it,\" said Israel's prime minister on Monday.", &Options { lang: Some(Lang::En), ..Default::default() });
        assert_eq!(doc.attributions.len(), 1);
        assert_eq!(doc.attributions[0].code.as_deref(), Some("ISRGOV"));
    }

    fn attr(s: &str, lang: Lang) -> Vec<(SourceKind, Option<String>, Option<String>, String)> {
        let p = Pipeline::new().unwrap();
        p.annotate(s, &Options { lang: Some(lang), ..Default::default() }).attributions.into_iter().map(|a| (a.kind, a.source, a.code, a.cue)).collect()
    }

    #[test]
    fn english_trailing_reporting_clause_credits_its_own_subject() {
        // the sentence's subject is the actor of what is reported, not its source
        let v = attr("Kenyan President William Ruto flew to Addis Ababa on Monday, officials said.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].3.as_str()), (SourceKind::OfficialRole, Some("officials"), "officials said"), "{v:?}");
        let v = attr("Jordan's King Abdullah received the Iraqi prime minister in Amman, an army spokesman said on Sunday.", Lang::En);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::OfficialRole, Some("MIL")), "{v:?}");
        let v = attr("Pope Leo met Lebanese officials in Rome, a UN spokesman said.", Lang::En);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::OfficialRole, Some("IGOUNO")), "{v:?}");
        let v = attr("Turkish Foreign Minister Hakan Fidan visited Damascus, sources said.", Lang::En);
        assert_eq!(v[0].0, SourceKind::Anonymous, "{v:?}");
        let v = attr("Egypt's president received the Libyan prime minister Abdul Hamid Dbeibah in Cairo, a ministry spokesman said.", Lang::En);
        assert_eq!((v[0].0, v[0].2.as_deref(), v[0].3.as_str()), (SourceKind::OfficialRole, Some("GOV"), "ministry spokesman said"), "{v:?}");
        // inverted and "according to"
        let v = attr("French President Emmanuel Macron arrived in Algiers on Monday, said a foreign ministry spokesman.", Lang::En);
        assert_eq!((v[0].0, v[0].1.as_deref()), (SourceKind::OfficialRole, Some("foreign ministry spokesman")), "{v:?}");
        let v = attr("Qatar's emir hosted the delegation in Doha, according to a foreign ministry spokesman.", Lang::En);
        assert_eq!(v[0].0, SourceKind::OfficialRole, "{v:?}");
        // a subject we cannot name is not replaced by the sentence's subject
        let v = attr("Israeli Prime Minister Benjamin Netanyahu flew to Washington, the blogger's uncle said.", Lang::En);
        assert!(v.iter().all(|a| a.0 != SourceKind::NamedPerson && a.2.as_deref() != Some("ISRGOV")), "{v:?}");
    }

    #[test]
    fn english_asides_coordination_and_pronouns_keep_their_subject() {
        // an aside between subject and verb
        let v = attr("Dr. Lee, a surgeon, said the wounded needed treatment.", Lang::En);
        assert_eq!((v[0].0, v[0].1.as_deref()), (SourceKind::NamedPerson, Some("Dr. Lee")), "{v:?}");
        // a coordinated verb shares the first clause's subject, and its cue is the verb alone
        let v = attr("France accused Rwanda of lying, but said it was still determined to mend ties.", Lang::En);
        assert_eq!((v[0].2.as_deref(), v[0].3.as_str()), (Some("FRA"), "said"), "{v:?}");
        // a pronoun carries the previous source over
        let v = attr("\"We will not accept it,\" the Iranian foreign minister said. The talks failed, he said.", Lang::En);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1].2.as_deref(), Some("IRNGOV"), "{v:?}");
    }

    #[test]
    fn a_surname_alone_after_the_full_name_is_the_same_named_person() {
        // the earlier sentence credits someone else: the surname is found as a person and
        // takes the code of the phrase that named him in full
        let t = "Honduran Foreign Minister Enrique Reina met U.S. Secretary of State Marco Rubio in Washington on Tuesday, the sources said. Reina said the agreement would protect Honduran workers.";
        let v = attr(t, Lang::En);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[1].0, v[1].1.as_deref(), v[1].2.as_deref()), (SourceKind::NamedPerson, Some("Reina"), Some("HNDGOV")), "{v:?}");
        // another surname is nobody known
        let v = attr("Honduran Foreign Minister Enrique Reina met officials in Washington, the sources said. Castro said the deal was fair.", Lang::En);
        assert!(v.iter().all(|a| a.2.as_deref() != Some("HNDGOV") || a.1.as_deref() != Some("Castro")), "{v:?}");
        let v = attr("وقال وزير الداخلية الألماني ألكسندر دوبريندت إن الاتفاق مهم. وأضاف دوبريندت أن العمل مستمر.", Lang::Ar);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!((v[1].0, v[1].2.as_deref()), (SourceKind::NamedPerson, Some("DEUGOV")), "{v:?}");
    }

    #[test]
    fn arabic_addressee_after_la_is_no_source() {
        // «للصحفيين» is who was told, not who told; after it the speaker may still follow
        let v = attr("وقال العباسي للصحفيين إن الصفقة مهمة.", Lang::Ar);
        assert!(v.iter().all(|a| a.2.as_deref() != Some("MED")), "{v:?}");
        let v = attr("وقال للصحفيين مصدر أمني عراقي إن الهجوم وقع ليلا.", Lang::Ar);
        assert!(v.len() == 1 && v[0].0 == SourceKind::Anonymous, "{v:?}");
        // after «وفقا» the ل governs the source itself
        let v = attr("وفقا لوزارة الداخلية العراقية، قتل ثلاثة أشخاص.", Lang::Ar);
        assert_eq!(v[0].2.as_deref(), Some("IRQGOV"), "{v:?}");
    }

    #[test]
    fn english_inverted_source_may_be_a_role_of_an_organisation() {
        let v = attr("\"Every day of delay means children go hungry,\" said the UN's country director, Leni Kinzli.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].2.as_deref(), Some("IGOUNO"), "{v:?}");
    }

    #[test]
    fn english_told_credits_the_teller_not_the_listener() {
        let v = attr("Ahmed Hassan, the ministry spokesman, told reporters in Tripoli: \"The border will stay closed.\"", Lang::En);
        assert_eq!((v[0].0, v[0].1.as_deref()), (SourceKind::NamedPerson, Some("Ahmed Hassan")), "{v:?}");
        let v = attr("\"We have not received any request,\" a Rwandan official told reporters.", Lang::En);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::OfficialRole, Some("RWAGOV")), "{v:?}");
        // a passive "was told" names the addressee as its subject: no source
        assert!(attr("The military court was told the soldiers had fired first.", Lang::En).is_empty());
    }

    #[test]
    fn arabic_according_to_what_a_source_announced() {
        // وفق ما / حسبما / بحسب ما + reporting verb + source: ما is the relative, not the negation
        let v = attr("قتل ثلاثة جنود في هجوم قرب مدينة سرت، وفق ما أعلنت وزارة الدفاع.", Lang::Ar);
        assert_eq!((v[0].0, v[0].1.as_deref()), (SourceKind::Organization, Some("وزارة الدفاع")), "{v:?}");
        let v = attr("اعتقلت الشرطة عشرين متظاهرا في تونس، وفق ما ذكرت وزارة الداخلية التونسية.", Lang::Ar);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::Organization, Some("TUNGOV")), "{v:?}");
        let v = attr("وصل الرئيس الفرنسي إلى الجزائر، حسبما أعلن قصر الإليزيه.", Lang::Ar);
        assert_eq!(v[0].2.as_deref(), Some("FRAGOV"), "{v:?}");
        let v = attr("وقصفت الطائرات مواقع المسلحين، بحسب ما قالت مصادر أمنية.", Lang::Ar);
        assert_eq!(v[0].0, SourceKind::Anonymous, "{v:?}");
        // an actor in a relative clause after the cue is no source, and ما still negates elsewhere
        assert!(attr("وتم تنفيذ العملية وفق الخطة التي أعدتها الحكومة.", Lang::Ar).is_empty());
        assert!(attr("وهذا ما لم تعلن عنه الوزارة.", Lang::Ar).is_empty());
    }

    #[test]
    fn arabic_svo_subject_before_its_verb_is_the_source_not_an_actor_after_it() {
        let code = |s: &str| attr(s, Lang::Ar).into_iter().map(|a| a.2).collect::<Vec<_>>();
        assert_eq!(code("وزارة الخزانة الأمريكية أعلنت فرض عقوبات على خمسة أفراد مرتبطين بالحوثيين."), vec![Some("USAGOV".to_string())]);
        // VSO still takes the actor after the verb
        assert_eq!(code("وأعلنت وزارة الخزانة الأمريكية فرض عقوبات على خمسة أفراد مرتبطين بالحوثيين."), vec![Some("USAGOV".to_string())]);
    }

    #[test]
    fn a_document_keeps_its_organisations_code() {
        let code = |s: &str, lang: Lang| attr(s, lang).into_iter().map(|a| (a.0, a.2)).collect::<Vec<_>>();
        let un = vec![(SourceKind::Document, Some("IGOUNO".to_string()))];
        // the organisation as the English noun's modifier, before or after the reporting verb
        assert_eq!(code("A UN report said 300 migrants died at sea.", Lang::En), un);
        assert_eq!(code("A United Nations report published last month warned that the scheme breaches refugee law.", Lang::En), un);
        assert_eq!(code("According to a UN report, 300 migrants died at sea.", Lang::En), un);
        assert_eq!(code("A report by the United Nations said 300 migrants died at sea.", Lang::En), un);
        // the Arabic phrase listed whole in cues.tsv still names its organisation
        assert_eq!(code("وبحسب تقرير للأمم المتحدة، توفي 300 مهاجر في البحر.", Lang::Ar), un);
        // a document of nobody named has no code
        assert_eq!(code("The report said 300 migrants died at sea.", Lang::En), vec![(SourceKind::Document, None)]);
    }

    #[test]
    fn arabic_speech_verb_joined_after_a_comma_shares_the_subject_not_the_object() {
        let v = attr("وانتقدت منظمة هيومن رايتس ووتش الحكومة المصرية، وقالت إن حملة الاعتقالات طالت المئات.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].1.as_deref().is_some_and(|s| s.contains("هيومن")), "{v:?}");
        // (its cue is the verb alone: the object stands between)
        assert_eq!(v[0].3, "وقالت", "{v:?}");
        // a source after the verb still wins
        let v = attr("وصل الوفد المصري إلى الدوحة، وقالت مصادر إن المحادثات ستبدأ غدا.", Lang::Ar);
        assert_eq!(v[0].0, SourceKind::Anonymous, "{v:?}");
    }

    #[test]
    fn a_document_source_names_its_owner_and_wafq_is_according_to() {
        // the source text spans the outlet's name after the noun (a news agency is an organisation)
        let v = attr("وتعثرت المحادثات، بحسب ما نقلت وكالة رويترز عن مسؤولين.", Lang::Ar);
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::Organization, Some("وكالة رويترز"), Some("GBRMED")), "{v:?}");
        let v = attr("وقالت صحيفة الأهرام إن الوفد غادر القاهرة.", Lang::Ar);
        assert_eq!(v[0].1.as_deref(), Some("صحيفة الأهرام"), "{v:?}");
        // «وفق» + the source, like «بحسب»; «وفق الاتفاق» names a rule, not a source
        let v = attr("قتل 12 شخصا في القصف، وفق وزارة الصحة السودانية.", Lang::Ar);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::Organization, Some("SDNGOV")), "{v:?}");
        assert!(attr("سيعاد المهاجرون وفق الاتفاق الموقع بين البلدين.", Lang::Ar).is_empty());
        // a party to the agreement is no source
        let v = attr("وقال مسؤول إن العمليات تتم وفق اتفاق ثنائي مع نيامي.", Lang::Ar);
        assert!(v.iter().all(|a| !a.2.as_deref().is_some_and(|c| c.starts_with("NER"))), "{v:?}");
        assert!(attr("تتم العمليات وفق اتفاق ثنائي مع النيجر.", Lang::Ar).is_empty());
    }

    #[test]
    fn english_postposed_reporting_clause_wins_over_a_speech_verb_inside_the_report() {
        // "… detained X and announced …, officials said": the closing clause is the source,
        // and the object of the first verb is never the speaker of the coordinated one
        let v = attr("Soldiers detained the opposition leader Ali Kamara on Friday and announced on television that they had dissolved parliament, officials said.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].3.as_str()), (SourceKind::OfficialRole, "officials said"), "{v:?}");
        let v = attr("Rebels seized the governor Paul Mbeki on Monday and announced that they controlled the city.", Lang::En);
        assert!(v.iter().all(|a| a.1.as_deref() != Some("Paul Mbeki")), "{v:?}");
    }

    #[test]
    fn english_according_to() {
        assert_eq!(kinds("Officials met on Tuesday, according to two sources familiar with the talks.", Lang::En), vec![SourceKind::Anonymous]);
    }

    #[test]
    fn english_agency_of_an_organisation_is_that_organisation() {
        let code = |s: &str| attr(s, Lang::En).into_iter().map(|a| (a.0, a.2)).collect::<Vec<_>>();
        let hcr = vec![(SourceKind::Organization, Some("IGOUNOREFHCR".to_string()))];
        assert_eq!(code("The UN refugee agency UNHCR said 2,000 people crossed the border."), hcr);
        assert_eq!(code("The UN refugee agency warned that camps in Chad were overcrowded."), hcr);
        // an organisation before "agency" as its modifier
        let v = code("The EU border agency said crossings fell by a third.");
        assert_eq!(v, vec![(SourceKind::Organization, Some("IGOEUREEC".to_string()))]);
        // a news agency is an organisation too, uncoded when it is not named
        let v = code("The agency said 300 migrants died at sea.");
        assert_eq!(v, vec![(SourceKind::Organization, None)]);
    }

    #[test]
    fn arabic_impersonal_yudhkar_is_no_source() {
        let t = "وقالت مصادر أمنية إن الجيش يستعد لعملية جديدة. وأضافت المصادر أن الطائرات حلقت فوق المنطقة. يُذكر أن الطائرات التركية قصفت مواقع في العراق الأسبوع الماضي.";
        assert_eq!(kinds(t, Lang::Ar).len(), 2);
    }


    #[test]
    fn a_quote_framed_inside_another_clause_credits_no_attribution() {
        // the quote is found (quotes stage), but the sentence stays the writer's
        let t = "وأوقف رئيس الوزراء البريطاني كير ستارمر الخطة العام الماضي، ووصفها بأنها \"خدعة\".";
        assert!(kinds(t, Lang::Ar).is_empty());
    }


    #[test]
    fn english_claims_and_reports_as_nouns_are_no_speech() {
        assert!(attr("The agreement allowed Greece to return Egyptian nationals whose asylum claims had been rejected.", Lang::En).is_empty());
        assert!(attr("The ministry rejected 300 asylum claims last year.", Lang::En).is_empty());
        // the verb still reports
        let v = attr("Hamas claims that its fighters shot down a drone.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_role_takes_an_earlier_mentions_country_not_its_name() {
        let v = attr("Sweden's migration minister resigned on Thursday after a week of protests, the prime minister's office said.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].1.as_deref().is_some_and(|s| s.contains("prime minister")), "{v:?}");
        assert_eq!(v[0].2.as_deref(), Some("SWEGOV"), "{v:?}");
    }

    #[test]
    fn a_news_agency_is_an_organisation_named_by_its_name() {
        let one = |s: &str, lang: Lang| {
            let v = attr(s, lang);
            assert_eq!(v.len(), 1, "{s}: {v:?}");
            (v[0].0, v[0].1.clone().unwrap_or_default(), v[0].2.clone())
        };
        let org = |name: &str, code: Option<&str>| (SourceKind::Organization, name.to_string(), code.map(str::to_string));
        assert_eq!(one("Prices rose sharply, state news agency IRNA reported.", Lang::En), org("IRNA", Some("IRNMED")));
        assert_eq!(one("Iran's state news agency IRNA reported that the talks failed.", Lang::En), org("IRNA", Some("IRNMED")));
        assert_eq!(one("Prices rose, news agency Petra reported.", Lang::En), org("Petra", None));
        assert_eq!(one("وارتفعت الأسعار، حسبما أفادت وكالة الأنباء الجزائرية.", Lang::Ar), org("وكالة الأنباء الجزائرية", Some("DZAMED")));
        assert_eq!(one("وتعثرت المحادثات، بحسب ما نقلت وكالة رويترز عن مسؤولين.", Lang::Ar), org("وكالة رويترز", Some("GBRMED")));
        assert_eq!(one("وارتفعت الأسعار، وفقا لوكالة الأنباء السعودية الرسمية.", Lang::Ar), org("وكالة الأنباء السعودية", Some("SAUMED")));
        // an agency we do not know: the noun with the name after it, uncoded
        assert_eq!(one("وقالت وكالة معا إن الوفد وصل.", Lang::Ar), org("وكالة معا", None));
        assert_eq!(one("وقالت الوكالة إن الوفد وصل.", Lang::Ar), org("الوكالة", None));
        // unchanged: a report is a document, an agency of the UN is the UN body
        assert_eq!(one("According to a UN report, 300 migrants died at sea.", Lang::En).0, SourceKind::Document);
        assert_eq!(one("The UN refugee agency UNHCR said 2,000 people crossed the border.", Lang::En).2.as_deref(), Some("IGOUNOREFHCR"));
    }

    #[test]
    fn an_unnamed_person_before_who_is_an_anonymous_source() {
        let v = attr("Dozens were arrested, according to a parent who spoke to Reuters.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::Anonymous, Some("a parent"), None), "{v:?}");
        // a relative clause after a thing is still no source
        assert!(attr("The talks failed, according to the plan which the government drew up.", Lang::En).is_empty());
        assert!(attr("The talks failed, according to the Reuters reporter who covered them.", Lang::En).iter().all(|a| a.1.as_deref() != Some("the Reuters reporter")));
    }

    #[test]
    fn arabic_spokesman_of_an_uncoded_organisation_spans_its_name_without_gov() {
        let v = attr("وقال المتحدث باسم الاتحاد العام لطلبة تونس إن الإضراب مستمر.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::OfficialRole, Some("المتحدث باسم الاتحاد العام لطلبة تونس"), None), "{v:?}");
        // a time phrase after the name is not part of it
        let v = attr("وقال المتحدث باسم الاتحاد العام لطلبة تونس يوم الاثنين إن الإضراب مستمر.", Lang::Ar);
        assert_eq!(v[0].1.as_deref(), Some("المتحدث باسم الاتحاد العام لطلبة تونس"), "{v:?}");
        // a known body or organisation keeps its phrase and code
        let v = attr("وقال المتحدث باسم الحكومة إن الإضراب مستمر.", Lang::Ar);
        assert_eq!((v[0].1.as_deref(), v[0].2.as_deref()), (Some("المتحدث باسم الحكومة"), Some("GOV")), "{v:?}");
        let v = attr("وصرح متحدث باسم وزارة الخارجية الأمريكية بأن المحادثات مستمرة.", Lang::Ar);
        assert_eq!((v[0].0, v[0].2.as_deref()), (SourceKind::OfficialRole, Some("USAGOV")), "{v:?}");
    }

    #[test]
    fn a_later_definite_role_naming_an_anonymous_source_stays_anonymous() {
        let v = attr("وقال مسؤول في الشرطة طلب عدم الكشف عن هويته إن الهجوم وقع ليلا. وأضاف المسؤول أن التحقيق مستمر.", Lang::Ar);
        assert_eq!(v.iter().map(|a| (a.0, a.2.as_deref())).collect::<Vec<_>>(), vec![(SourceKind::Anonymous, Some("COP")), (SourceKind::Anonymous, Some("COP"))], "{v:?}");
        let v = attr("A police official who asked not to be named said the attack happened at night. The official added that an investigation was under way.", Lang::En);
        assert_eq!(v.iter().map(|a| a.0).collect::<Vec<_>>(), vec![SourceKind::Anonymous, SourceKind::Anonymous], "{v:?}");
        // an official on the record stays one
        let v = attr("وقال مسؤول في الشرطة إن الهجوم وقع ليلا. وأضاف المسؤول أن التحقيق مستمر.", Lang::Ar);
        assert_eq!(v.iter().map(|a| a.0).collect::<Vec<_>>(), vec![SourceKind::OfficialRole, SourceKind::OfficialRole], "{v:?}");
    }

    #[test]
    fn english_inverted_source_keeps_the_nouns_after_its_actor_phrase() {
        // ", said a spokesman for the UN mission.": "mission" is the end of the source's phrase
        let v = attr("Two aid workers were freed on Sunday, said a spokeswoman for the UN peacekeeping mission.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::OfficialRole, Some("spokeswoman for the UN peacekeeping mission"), Some("IGOUNO")), "{v:?}");
        let v = attr("The border crossing reopened on Friday, said a spokesman for the UN mission in Mali.", Lang::En);
        assert_eq!(v.first().map(|a| a.2.as_deref()), Some(Some("IGOUNO")), "{v:?}");
        // a later indefinite "a spokesman" is not the earlier phrase, and takes nothing from the sentence before
        let v = attr("The road to Gao was closed, said a spokesman for the UN mission. \"Nobody answers our calls,\" said a spokesman.", Lang::En);
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1].1.as_deref(), Some("spokesman"), "{v:?}");
        // a verb after the words makes them the reported clause: no source
        assert!(attr("The talks failed on Monday, said the army attacked the camp.", Lang::En).is_empty());
    }

    #[test]
    fn an_uncoded_subject_of_a_speech_verb_is_never_the_clause_before_it() {
        // Arabic «وقالت عائلته إنه …»: his family speaks, not the authorities that released him
        let v = attr("أفرجت السلطات المصرية عن الناشط علاء عبد الفتاح، وقالت عائلته إنه حر أخيرا.", Lang::Ar);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::Anonymous, Some("عائلته"), None), "{v:?}");
        // a subjectless joined verb still shares the subject of the clause it continues
        let v = attr("وانتقدت منظمة العفو الدولية السلطات الفرنسية، وقالت إن الترحيل غير قانوني.", Lang::Ar);
        assert_eq!(v.first().map(|a| a.2.as_deref()), Some(Some("NGOHRIAMN")), "{v:?}");
        // English ", said the head of the …": a role we do not code, never the arrested protesters
        let v = attr("Police arrested 40 protesters in Tunis on Monday, said the head of the \"Tunisian League for Human Rights\".", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, SourceKind::OfficialRole, "{v:?}");
        assert!(v[0].1.as_deref().is_some_and(|s| s.starts_with("the head of")) && v[0].2.is_none(), "{v:?}");
        // a group named in quotation marks before "said" is an organisation
        let v = attr("Police arrested 40 protesters in Tunis on Monday, the \"Free Tunisia\" group said.", Lang::En);
        assert_eq!(v.first().map(|a| a.0), Some(SourceKind::Organization), "{v:?}");
        // an aside before the verb keeps its speaker
        let v = attr("Dr. Lee, a surgeon, said the attack killed 12 people.", Lang::En);
        assert_eq!(v.first().map(|a| a.1.as_deref()), Some(Some("Dr. Lee")), "{v:?}");
    }

    #[test]
    fn english_kinds_of_unnamed_sources() {
        let kind = |s: &str| attr(s, Lang::En).first().map(|a| a.0);
        // a body named by its noun alone is an organisation, not an anonymous source
        assert_eq!(kind("The agreement is illegal, the bloc said."), Some(SourceKind::Organization));
        assert_eq!(kind("The attack was unjustified, the group said in a statement."), Some(SourceKind::Organization));
        // relatives, residents and an official who would not be identified are anonymous
        assert_eq!(kind("He was released on Monday, his family said."), Some(SourceKind::Anonymous));
        assert_eq!(kind("The shelling lasted all night, a resident told Reuters."), Some(SourceKind::Anonymous));
        assert_eq!(kind("The talks failed, an official who declined to be identified said."), Some(SourceKind::Anonymous));
        // health officials of a named people hold an office, coded with their country
        let v = attr("Ten people were killed, according to Palestinian health officials.", Lang::En);
        assert_eq!(v.first().map(|a| (a.0, a.2.as_deref())), Some((SourceKind::OfficialRole, Some("PSEHLH"))), "{v:?}");
    }

    #[test]
    fn a_closing_according_to_phrase_credits_a_sentence_that_reports_no_speech() {
        let one = |s: &str, lang: Lang| {
            let v = attr(s, lang);
            assert_eq!(v.len(), 1, "{s}: {v:?}");
            (v[0].0, v[0].1.clone())
        };
        assert_eq!(one("وأعلن الجيش السيطرة على المدينة، بحسب بيان رسمي.", Lang::Ar).0, SourceKind::Document);
        assert_eq!(one("وأعلنت النقابات إضرابا عاما، وفقا لبيان مشترك.", Lang::Ar).0, SourceKind::Document);
        assert_eq!(one("Opposition parties announced a boycott of the vote, according to a joint statement.", Lang::En).0, SourceKind::Document);
        // what a speaker said stays the speaker's, the phrase inside it included
        assert_eq!(one("وقال الوزير إن عشرة أشخاص قتلوا، بحسب حصيلة رسمية.", Lang::Ar), (SourceKind::OfficialRole, Some("الوزير".to_string())));
        assert_eq!(one("The army said ten soldiers were killed, according to AP.", Lang::En).1.as_deref(), Some("army"));
    }

    #[test]
    fn unnamed_people_and_state_radio_are_sources() {
        let one = |s: &str, lang: Lang| {
            let v = attr(s, lang);
            assert_eq!(v.len(), 1, "{s}: {v:?}");
            (v[0].0, v[0].1.clone().unwrap_or_default())
        };
        let anon = |t: &str| (SourceKind::Anonymous, t.to_string());
        // a listed noun of people
        assert_eq!(one("The ceasefire talks in Doha broke down on Friday, mediators said.", Lang::En), anon("mediators"));
        assert_eq!(one("The truce held overnight, according to residents.", Lang::En), anon("residents"));
        assert_eq!(one("وتراجعت الليرة أمام الدولار، وفقا لخبراء اقتصاديين.", Lang::Ar), anon("خبراء"));
        assert_eq!(one("وارتفعت أسعار الخبز في العاصمة، بحسب محللين.", Lang::Ar), anon("محللين"));
        assert_eq!(one("وقال مراقبون إن الانتخابات شابتها مخالفات.", Lang::Ar), anon("مراقبون"));
        // English: any short unnamed subject of a closing reporting clause
        assert_eq!(one("Bread prices doubled in a month, economists said.", Lang::En), anon("economists"));
        assert_eq!(one("The road was reopened at noon, a witness said.", Lang::En), anon("a witness"));
        // state radio is an organisation
        assert_eq!(one("The strike killed four people, according to state radio.", Lang::En), (SourceKind::Organization, "state radio".to_string()));
    }

    #[test]
    fn a_denial_is_an_attribution() {
        let v = attr("نفى مصدر عسكري أن تكون الطائرات قد قصفت المستشفى.", Lang::Ar);
        assert_eq!(v.iter().map(|a| a.0).collect::<Vec<_>>(), vec![SourceKind::Anonymous], "{v:?}");
        let v = attr("ونفت وزارة الدفاع التركية أن تكون قواتها قد قصفت مواقع مدنية.", Lang::Ar);
        assert_eq!(v.first().map(|a| a.2.as_deref()), Some(Some("TURGOV")), "{v:?}");
        let v = attr("The interior ministry denied that police had fired on the crowd.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        // a negated denial is none, and a denial with a noun object is an event, no attribution
        assert!(attr("ولم ينف المتحدث باسم الجيش أن الهجوم وقع.", Lang::Ar).is_empty());
        assert!(attr("ونفت الحكومة الإثيوبية أي تورط في الهجوم.", Lang::Ar).is_empty());
        assert!(attr("Russia denied entry to the inspectors.", Lang::En).is_empty());
    }

    #[test]
    fn whom_a_source_spoke_to_is_not_the_source() {
        let v = attr("وقتل خمسة متظاهرين، بحسب ما أفاد شهود عيان لوكالة رويترز.", Lang::Ar);
        assert_eq!((v[0].0, v[0].1.as_deref(), v[0].2.as_deref()), (SourceKind::Anonymous, Some("شهود عيان"), None), "{v:?}");
        let v = attr("وقال سكان محليون لقناة الجزيرة إن الطائرات قصفت السوق.", Lang::Ar);
        assert!(v.len() == 1 && v[0].0 == SourceKind::Anonymous && v[0].2.is_none(), "{v:?}");
        // the source's own country stays
        let v = attr("وقالت مصادر أمنية عراقية لوكالة فرانس برس إن الهجوم وقع ليلا.", Lang::Ar);
        assert_eq!(v[0].2.as_deref(), Some("IRQ"), "{v:?}");
        // a newspaper after the ل of a speech verb is whom the official told, no document
        let v = attr("وقال مسؤول لصحيفة \"الشرق الأوسط\" إن المفاوضات مستمرة.", Lang::Ar);
        assert!(v.len() == 1 && v[0].0 == SourceKind::OfficialRole, "{v:?}");
        // after «وفقا» the ل governs the source itself
        let v = attr("وفقا لصحيفة الأهرام، غادر الوفد القاهرة.", Lang::Ar);
        assert_eq!(v[0].0, SourceKind::Document, "{v:?}");
    }

    #[test]
    fn an_english_agentless_passive_names_no_source() {
        assert!(attr("The two sides signed a truce in 2020, but clashes have been reported since March.", Lang::En).is_empty());
        assert!(attr("Curfews were announced in three cities.", Lang::En).is_empty());
        assert!(attr("It is widely reported that the minister resigned.", Lang::En).is_empty());
        // with its agent after "by", the agent is the source
        let v = attr("The result was announced by the interior ministry on Monday.", Lang::En);
        assert_eq!(v.iter().map(|a| a.0).collect::<Vec<_>>(), vec![SourceKind::Organization], "{v:?}");
        // the active still credits its subject
        assert_eq!(kinds("Residents have reported clashes since March.", Lang::En), vec![SourceKind::Anonymous]);
    }

    #[test]
    fn unchanged_counter_examples() {
        assert_eq!(kinds("A State Department spokesman said the talks failed.", Lang::En), vec![SourceKind::OfficialRole]);
        assert_eq!(kinds("According to a UN report, 300 migrants died at sea.", Lang::En), vec![SourceKind::Document]);
        assert_eq!(kinds("وأفادت مصادر مطلعة أن محادثات جرت.", Lang::Ar), vec![SourceKind::Anonymous]);
        // unnamed plural officials keep their role (see docs/ACCURACY.md, attribution kinds)
        assert_eq!(kinds("Diplomats said the talks failed.", Lang::En), vec![SourceKind::OfficialRole]);
    }
}
