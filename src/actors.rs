//! actors: CAMEO actor codes for noun phrases (country + sector).
//!
//! Mentions from [`crate::entities`] are composed into actor phrases by the
//! grammar of each language, and the phrase gets one CAMEO actor code
//! (CAMEO manual 1.1b3, ch. 2: a three-letter country or IGO/NGO code followed by
//! sector codes):
//!
//! * Arabic noun phrases are head-first: role/body, then genitive or adjective
//!   ("وزير الخارجية الأمريكي ماركو روبيو" → role GOV + demonym USA + name → `USAGOV`;
//!   "متحدث باسم وزارة الخارجية الأمريكية" → `USAGOV`; "الجنرال الليبي صدام حفتر" → `LBYMIL`;
//!   "مسؤولو ترامب" → construct role + known person → `USAGOV`).
//! * English phrases are modifier-first ("Libyan officials" → `LBYGOV`,
//!   "State Department officials" → `USAGOV`, "Libya's foreign minister").
//! * A capital standing alone is its government ("Washington said" → `USAGOV`).
//! * A definite role or body without a country ("الإدارة", "the ministry",
//!   "المسؤولين") takes the country of the most recent earlier actor with the
//!   same head word or sector (a simple anaphora rule).
//! * Actors joined by "و" / "and" form a coordination group, so events fan out.

use crate::entities::{Mention, MentionKind};
use crate::lexicon::{LexiconError, Source};
use crate::model::Lang;
use crate::normalize::fold;
use crate::text::Text;
use crate::tokenize::{Token, TokenKind};

/// An actor phrase with its CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Start character offset (after proclitics).
    pub start: usize,
    /// End character offset (exclusive).
    pub end_char: usize,
    /// The phrase as written.
    pub text: String,
    /// Full CAMEO actor code (`USAGOV`, `LBY`, `IGOUNO`); a sector alone (`GOV`) when no country is known.
    pub code: String,
    /// True when the code has a country, IGO or NGO part.
    pub has_country: bool,
    /// Kind of the phrase's head mention.
    pub head: MentionKind,
    /// Text of the person named in the phrase, if any ("ماركو روبيو").
    pub person: Option<String>,
    /// True when the last role, body or organisation of an English phrase is a role noun
    /// after the body or organisation it speaks for ("UN spokesman", "government
    /// spokesperson in Kigali"): the phrase names a person in a role, though `head` (its
    /// first role, body, organisation or person) is the body.
    pub role_last: bool,
    /// Proclitics of the first token in match form ("و", "ب", "لل"), for prepositions.
    pub proclitics: String,
    /// Actors with the same group number are coordinated ("ليبيا ورواندا").
    pub group: usize,
    /// Index of the earlier actor this one was resolved to by anaphora.
    pub antecedent: Option<usize>,
    /// Sentence index.
    pub sentence: usize,
    /// Country code (three letters) of a place named inside the phrase after "in" ("the U.S.
    /// embassy in Tegucigalpa" → `HND`): where the actor stands, not whose it is. `None` when
    /// the phrase has no such place.
    pub place_in: Option<String>,
}

/// The code of the person named at characters `start..end` as an actor: the code of
/// the actor phrase that names that person with a country, IGO or NGO part
/// ("Honduran Foreign Minister Enrique Reina" → `HNDGOV` for "Enrique Reina"; a later
/// "Reina" resolved to it, the same). `None` when no such phrase holds the span.
/// `actors` are in text order.
pub fn person_code(actors: &[ActorMention], start: usize, end: usize) -> Option<&str> {
    let k = actors.partition_point(|a| a.end_char < end);
    actors[k..]
        .iter()
        .take_while(|a| a.start <= start)
        .find(|a| a.start <= start && end <= a.end_char && a.has_country && a.person.is_some())
        .map(|a| a.code.as_str())
}

/// Composes mentions into coded actors.
pub struct ActorResolver {}

/// How many earlier actors the anaphora rule looks back over.
const ANAPHORA_WINDOW: usize = 200;

/// Arabic prepositions written as separate words (match form).
const AR_PREPS: &[&str] = &["مع", "الي", "علي", "من", "في", "عن", "بين", "ضد", "حول", "بشان", "لدي", "نحو", "عبر", "بحق", "جانب"];
/// English quantity nouns whose "of" introduces the actor itself ("thousands of Nigerians").
const EN_QUANTITIES: &[&str] = &["thousands", "hundreds", "dozens", "millions", "tens", "scores", "some", "many", "most", "all", "group", "groups", "member", "members", "number", "crowd", "crowds", "patch", "contingent", "unit", "units", "delegation", "team"];
/// English prepositions.
const EN_PREPS: &[&str] = &["with", "to", "from", "in", "on", "at", "by", "for", "against", "between", "of", "about", "into", "over", "near", "inside", "outside", "across", "along", "through", "throughout", "around", "towards", "toward", "beside", "via", "alongside"];

/// The index range of the actors of sentence `s` (actors are in text order).
pub fn in_sentence(actors: &[ActorMention], s: usize) -> std::ops::Range<usize> {
    actors.partition_point(|a| a.sentence < s)..actors.partition_point(|a| a.sentence <= s)
}

impl ActorMention {
    /// The preposition governing this actor, in match form: an attached
    /// proclitic (ب, ل, ك: "بمسؤولين", "لليبيا") or the word before it ("مع ليبيا",
    /// "with Libya"; in English an article between is skipped: "in the United States"). `None` for a subject or direct object.
    pub fn governed_by(&self, tokens: &[Token], lang: Lang) -> Option<String> {
        if let Some(c) = self.proclitics.chars().rev().find(|c| matches!(c, 'ب' | 'ل' | 'ك')) {
            return Some(c.to_string());
        }
        let mut prev = tokens.get(self.first.checked_sub(1)?)?;
        if prev.sentence != self.sentence {
            return None;
        }
        // English: the article is outside the actor phrase ("in the United States", "by an armed group")
        if lang == Lang::En && matches!(prev.norm.as_str(), "the" | "a" | "an") {
            prev = tokens.get(self.first.checked_sub(2)?)?;
            if prev.sentence != self.sentence {
                return None;
            }
        }
        // "thousands of Nigerians", "a member of the Syrian parliament": a quantity's "of" does not govern
        if lang == Lang::En && prev.norm == "of" {
            let before = self.first.checked_sub(if tokens[self.first - 1].norm == "of" { 2 } else { 3 }).and_then(|k| tokens.get(k));
            if before.is_some_and(|b| b.sentence == self.sentence && EN_QUANTITIES.contains(&b.norm.as_str())) {
                return None;
            }
        }
        let preps = if lang == Lang::Ar { AR_PREPS } else { EN_PREPS };
        preps.contains(&prev.norm.as_str()).then(|| prev.norm.clone())
    }
}

/// Arabic words that may stand between a role/body and its genitive or location
/// ("متحدث باسم", "مسؤولون كبار في"), in match form.
const AR_BRIDGE: &[&str] = &["باسم", "في", "لدي", "كبار", "كبير", "رفيع", "رفيعو", "رفيعي", "المستوي", "بارز", "بارزون", "التابع", "التابعه", "عن"];
/// English words that may stand inside an actor phrase.
const EN_BRIDGE: &[&str] = &["'s", "senior", "top", "former", "deputy", "acting", "chief", "foreign", "of", "the", "for", "a", "an", "two", "three", "several", "some", "in"];

impl ActorResolver {
    /// The resolver needs no lexicon of its own: it composes the mentions of
    /// `crate::entities`. `src` is taken for symmetry with the other stages.
    pub fn new(_src: &Source) -> Result<Self, LexiconError> {
        Ok(ActorResolver {})
    }

    /// Actor phrases in text order.
    pub fn resolve(&self, text: &Text, tokens: &[Token], mentions: &[Mention], lang: Lang) -> Vec<ActorMention> {
        let mut out: Vec<ActorMention> = Vec::new();
        let kept: Vec<usize> = (0..mentions.len()).filter(|&k| !is_bridge_name(tokens, mentions, k, lang)).collect();
        let mentions: Vec<&Mention> = kept.iter().map(|&k| &mentions[k]).collect();
        let mut k = 0;
        while k < mentions.len() {
            let mut phrase = vec![mentions[k]];
            let mut j = k + 1;
            while j < mentions.len() && (links(tokens, phrase[phrase.len() - 1], mentions[j], lang) || role_holder(tokens, &phrase, mentions[j], lang)) {
                phrase.push(mentions[j]);
                j += 1;
            }
            out.push(compose(text, tokens, &phrase));
            k = j;
        }
        if lang == Lang::Ar {
            delegations(text, tokens, &mut out);
        }
        military_arms(text, tokens, &mut out, lang);
        if lang == Lang::Ar {
            sector_adjectives(text, tokens, &mut out);
        }
        // coordination groups and anaphora
        let mut group = 0;
        for i in 0..out.len() {
            if i > 0 && coordinated(tokens, &out[i - 1], &out[i], lang) {
                out[i].group = out[i - 1].group;
                // coordinated nationality adjectives share their noun: "Pakistani and Afghan
                // troops" (the first takes the sector of the second), «القوات الباكستانية
                // والأفغانية» (the second takes the sector of the first)
                let bare = |a: &ActorMention| a.head == MentionKind::Demonym && a.code.len() == 3;
                let sector_of = |a: &ActorMention| (a.has_country && a.code.len() == 6 && !a.code.starts_with("IGO") && !a.code.starts_with("NGO")).then(|| a.code[3..].to_string());
                let (a, b) = (i - 1, i);
                if lang == Lang::En && bare(&out[a]) && tokens[out[b].first].upper && matches!(out[b].head, MentionKind::Role | MentionKind::Body) {
                    if let Some(sec) = sector_of(&out[b]).filter(|_| out[b].code[..3] != out[a].code) {
                        out[a].code.push_str(&sec);
                    }
                } else if lang == Lang::Ar && bare(&out[b]) && matches!(out[a].head, MentionKind::Role | MentionKind::Body) {
                    if let Some(sec) = sector_of(&out[a]).filter(|_| out[a].code[..3] != out[b].code) {
                        out[b].code.push_str(&sec);
                    }
                }
            } else {
                group += 1;
                out[i].group = group;
            }
            // «رئيس الوزراء محمد شياع السوداني … وطالب السوداني»: a nisba standing alone (not after a
            // definite noun it would qualify, «رئيس الوزراء السوداني») that ends the full name of
            // an earlier person is that person's surname, not a nationality
            if lang == Lang::Ar && out[i].head == MentionKind::Demonym && out[i].end == out[i].first + 1 {
                let f = out[i].first;
                let qualifies = f > 0 && tokens[f - 1].sentence == out[i].sentence && tokens[f - 1].kind == TokenKind::Word && tokens[f - 1].bases.iter().any(|b| b.form.starts_with("ال"));
                let forms: Vec<&str> = tokens[f].bases.iter().map(|b| b.form.as_str()).collect();
                let same = |a: &ActorMention| a.has_country && a.person.as_deref().is_some_and(|q| q.split_whitespace().count() >= 2 && q.split_whitespace().last().map(fold).is_some_and(|l| forms.contains(&l.as_str())));
                if !qualifies {
                    if let Some(a) = (i.saturating_sub(ANAPHORA_WINDOW)..i).rev().find(|&a| same(&out[a])) {
                        out[i].code = out[a].code.clone();
                        out[i].head = MentionKind::Person;
                        out[i].person = out[a].person.clone();
                        out[i].antecedent = Some(a);
                        continue;
                    }
                }
            }
            // «أعلنت وزارة الدفاع الروسية أن قواتها قصفت …»: forces with a possessive pronoun
            // belong to the nearest earlier actor of their sentence that has a country
            // (and «بلاده», "his country": the possessor's country)
            let single_ar = !out[i].has_country && lang == Lang::Ar && out[i].end == out[i].first + 1;
            let bases = &tokens[out[i].first].bases;
            let own_country = single_ar && bases.iter().any(|b| crate::entities::is_possessed_country(&b.form));
            if single_ar && (own_country || bases.last().is_some_and(|b| crate::entities::is_possessed_force(&b.form))) {
                let s = out[i].sentence;
                if let Some(a) = (i.saturating_sub(ANAPHORA_WINDOW)..i).rev().take_while(|&a| out[a].sentence == s).find(|&a| out[a].has_country) {
                    // the forces of an armed group or party are the group («قوات الدعم السريع … قواته» → SDNREB)
                    let country = country_part(&out[a].code).to_string();
                    let group = out[a].code.get(country.len()..country.len() + 3).is_some_and(|sec| NON_STATE_ARMED.contains(&sec));
                    out[i].code = if own_country {
                        country
                    } else if group {
                        out[a].code.clone()
                    } else {
                        format!("{country}{}", out[i].code)
                    };
                    out[i].has_country = true;
                    out[i].antecedent = Some(a);
                }
                continue;
            }
            // a person named alone after a fuller mention earlier in the document ("Honduran
            // Foreign Minister Enrique Reina … Reina said", «وزير الداخلية ألكسندر دوبريندت …
            // وأضاف دوبريندت»): the same person, with that mention's code
            if !out[i].has_country && out[i].head == MentionKind::Person {
                if let Some(last) = out[i].person.as_deref().and_then(|p| p.split_whitespace().last()).map(fold) {
                    let same = |a: &ActorMention| a.has_country && a.person.as_deref().is_some_and(|q| q.split_whitespace().count() >= 2 && q.split_whitespace().last().map(fold).as_deref() == Some(last.as_str()));
                    if let Some(a) = (i.saturating_sub(ANAPHORA_WINDOW)..i).rev().find(|&a| same(&out[a])) {
                        out[i].code = out[a].code.clone();
                        out[i].has_country = true;
                        out[i].antecedent = Some(a);
                        continue;
                    }
                }
            }
            // English: a bare plural role after "but", "while" or "though" ("The Honduran government
            // rejected the plan, but officials have softened …") is of the country of the nearest
            // earlier actor of its sentence with the same sector
            if !out[i].has_country && lang == Lang::En && en_bare_plural(tokens, &out[i]) {
                let s = out[i].sentence;
                let sector = out[i].code.clone();
                let ante = (i.saturating_sub(ANAPHORA_WINDOW)..i).rev().take_while(|&a| out[a].sentence == s).find(|&a| national_of_sector(&out[a], &sector));
                if let Some(a) = ante {
                    out[i].code = format!("{}{sector}", &out[a].code[..3]);
                    out[i].has_country = true;
                    out[i].antecedent = Some(a);
                    continue;
                }
            }
            if !out[i].has_country && is_definite_bare(tokens, &out[i], lang) {
                let head = head_form(tokens, &out[i]);
                let sector = out[i].code.clone();
                // look back over a bounded window of earlier actors (linear time on long documents)
                let window = i.saturating_sub(ANAPHORA_WINDOW)..i;
                // (English state sectors: a role and a body of one sector stand for each other, "the
                // junta" after "Soldiers in Niger", "the government" after "Sudanese officials")
                let state = lang == Lang::En && matches!(sector.as_str(), "GOV" | "MIL" | "COP" | "JUD");
                // (an indefinite one, "a ministry spokesman said", takes a body of its own sentence
                // only with the same head word, "Police in Cox's Bazar … a police official": another
                // state's role there is what is reported, not who reports it)
                let indefinite = lang == Lang::En && tokens[out[i].first - 1].norm != "the";
                let s = out[i].sentence;
                let other = |a: usize| !indefinite || out[a].sentence != s;
                let ante = window.clone().rev().find(|&a| out[a].has_country && head_form(tokens, &out[a]) == head)
                    .or_else(|| window.clone().rev().find(|&a| other(a) && out[a].has_country && out[a].head == out[i].head && out[a].code.ends_with(&sector)))
                    .or_else(|| window.rev().find(|&a| other(a) && state && national_of_sector(&out[a], &sector)));
                if let Some(a) = ante {
                    let country = country_part(&out[a].code).to_string();
                    out[i].code = format!("{country}{sector}");
                    out[i].has_country = true;
                    out[i].antecedent = Some(a);
                }
            }
        }
        if lang == Lang::En {
            en_apposition_codes(tokens, &mut out);
        }
        out = match lang {
            Lang::Ar => with_dual_parties(text, tokens, out),
            Lang::En => en_dual_parties(text, tokens, out),
        };
        out
    }
}

/// English: a named person with no code followed by an apposition that names whom they work for,
/// ", X's …" ("Heba Morayef, Amnesty International's regional director", "Tesfaye Alemu, the
/// station's director" has no coded X), takes X's code (the whole phrase's when it composes, "Ahmed
/// Attaf, Algeria's foreign minister" DZAGOV); one set off by a comma right after a role with its
/// country and the role's complement ("The British ambassador to the UN, Barbara Woodward,")
/// takes the role's code (`GBRGOV`).
fn en_apposition_codes(tokens: &[Token], out: &mut [ActorMention]) {
    for i in 0..out.len().saturating_sub(1) {
        let (p, x) = (&out[i], &out[i + 1]);
        let apposition = p.head == MentionKind::Person
            && p.code.is_empty()
            && x.sentence == p.sentence
            && x.first == p.end + 1
            && tokens[p.end].is_punct(',')
            && x.has_country
            && (tokens.get(x.end).is_some_and(|t| t.norm == "'s") || tokens[x.first..x.end].iter().any(|t| t.norm == "'s"));
        if apposition {
            out[i].code = out[i + 1].code.clone();
            out[i].has_country = true;
        }
    }
    // a named person with no code set off by a comma right after a role with its country, the
    // role's complement between them ("The British ambassador to the UN, Barbara Woodward,",
    // "Kenya's envoy to the talks, Mary Achieng,"): the role's holder, with its code
    for i in 1..out.len() {
        let p = &out[i];
        if p.head != MentionKind::Person || !p.code.is_empty() || p.first < 2 || !tokens[p.first - 1].is_punct(',') {
            continue;
        }
        let comma = p.first - 1;
        let Some(r) = out[..i].iter().rev().cloned().find(|r| r.sentence == p.sentence && r.end <= comma && r.has_country && (r.head == MentionKind::Role || r.role_last)) else { continue };
        // between the role and the comma: nothing, or its complement "to/at/in/for the …" of at
        // most four words without punctuation
        let g = &tokens[r.end..comma];
        let complement = g.is_empty() || (g.len() <= 4 && matches!(g[0].norm.as_str(), "to" | "at" | "in" | "for") && g.iter().all(|t| t.kind == TokenKind::Word));
        if complement {
            // (the holder is no conjunct of the complement's actor before the comma, "the UN, Barbara Woodward")
            let fresh = out.iter().map(|a| a.group).max().unwrap_or(0) + 1;
            if out[i - 1].group == out[i].group && out.get(i + 1).is_none_or(|n| n.group != out[i].group) {
                out[i].group = fresh;
            }
            out[i].code = r.code;
            out[i].has_country = true;
        }
    }
}

/// English plural nouns of "the two …" / "both …" that name a pair of countries (`true`) or of
/// parties of any kind (`false`).
const EN_DUAL_NOUNS: &[(&str, bool)] = &[
    ("countries", true), ("nations", true), ("states", true), ("governments", true), ("neighbours", true), ("neighbors", true), ("sides", false), ("parties", false),
];

/// English "the two countries", "both sides", "the foreign ministers of the two countries": the
/// pair named most recently before, like the Arabic «البلدين» ([`with_dual_parties`]): the
/// latest earlier group of two or more coordinated actors with different keys (two countries
/// for the country nouns, two codes for "sides" and "parties"), preferring a pair after
/// "between", else the two latest distinct actors of earlier sentences, within
/// [`DUAL_WINDOW`] sentences. The phrase becomes two coordinated actors on its span (one
/// group); a role or body without a country right before "of the two countries" joins the
/// phrase and gives its sector ("the foreign ministers of the two countries" → `BGDGOV`,
/// `MMRGOV`), and "the two governments" is `GOV`. Left alone inside another actor phrase or
/// with no such pair. `out` is in text order; the result is too, with `antecedent` renumbered.
fn en_dual_parties(text: &Text, tokens: &[Token], out: Vec<ActorMention>) -> Vec<ActorMention> {
    // (replaced actor index or None, insert position, the two new actors)
    let mut edits: Vec<(Option<usize>, usize, ActorMention, ActorMention)> = Vec::new();
    let mut next_group = out.iter().map(|a| a.group).max().unwrap_or(0) + 1;
    for t in 0..tokens.len() {
        let tok = &tokens[t];
        let opener = match tok.norm.as_str() {
            "two" if t > 0 && tokens[t - 1].norm == "the" && tokens[t - 1].sentence == tok.sentence => t - 1,
            "both" => t,
            _ => continue,
        };
        let Some(&(noun, countries)) = tokens.get(t + 1).filter(|n| n.sentence == tok.sentence).and_then(|n| EN_DUAL_NOUNS.iter().find(|(f, _)| *f == n.norm)) else {
            continue;
        };
        let end = t + 2;
        let pos = out.partition_point(|a| a.first < opener);
        if (pos > 0 && out[pos - 1].end > opener) || out.get(pos).is_some_and(|a| a.first < end) {
            continue;
        }
        let pair = latest_pair(&out, tokens, pos, tok.sentence, countries, Lang::En);
        let Some((a, b)) = pair else { continue };
        // a role or body without a country before "of the two countries" gives the sector
        let role = (countries && opener >= 1 && tokens[opener - 1].norm == "of" && pos > 0)
            .then(|| pos - 1)
            .filter(|&r| out[r].end == opener - 1 && !out[r].has_country && matches!(out[r].head, MentionKind::Role | MentionKind::Body) && is_sector(&out[r].code));
        let sector = match role {
            Some(r) => out[r].code.clone(),
            None if countries && noun == "governments" => "GOV".to_string(),
            None => String::new(),
        };
        let (first, start, head) = match role {
            Some(r) => (out[r].first, out[r].start, out[r].head),
            None => (opener, tokens[opener].start, if countries { MentionKind::Country } else { out[a].head }),
        };
        let end_char = tokens[end - 1].end;
        let make = |k: usize| ActorMention {
            first,
            end,
            start,
            end_char,
            text: text.slice(start, end_char).to_string(),
            code: format!("{}{sector}", pair_key(&out[k], countries).unwrap_or_default()),
            has_country: true,
            head: if sector.is_empty() { head } else { MentionKind::Role },
            person: None,
            role_last: false,
            proclitics: String::new(),
            group: next_group,
            antecedent: Some(k),
            sentence: tok.sentence,
            place_in: None,
        };
        let (x, y) = (make(a), make(b));
        edits.push((role, role.unwrap_or(pos), x, y));
        next_group += 1;
    }
    insert_pairs(out, edits)
}

/// Arabic nouns of an official delegation or mission, in match form.
const AR_DELEGATIONS: &[&str] = &["وفد", "الوفد", "وفدا", "وفود", "الوفود", "بعثه", "البعثه", "بعثات"];

/// «وفد جزائري», «الوفد المصري», «بعثة ليبية»: a delegation noun right before a bare nationality
/// adjective is that country's government (CAMEO codes official delegations as the
/// government they represent); the actor is widened to the noun and coded `{country}GOV`.
fn delegations(text: &Text, tokens: &[Token], out: &mut [ActorMention]) {
    for i in 0..out.len() {
        let a = &out[i];
        // «وفد برئاسة وزير الداخلية الجزائري»: a delegation headed by an official of a country
        // is that country's government; the actor starts at the delegation noun
        // («برئاسة» may be the first word of the actor: «رئاسة» is also a body)
        let headed = |t: &Token| matches!(t.norm.as_str(), "برئاسه" | "يراسه" | "يتراسه");
        let h = if a.proclitics == "ب" && headed(&tokens[a.first]) { Some(a.first) } else { a.first.checked_sub(1).filter(|&h| a.proclitics.is_empty() && headed(&tokens[h])) };
        if let Some(d) = h.and_then(|h| h.checked_sub(1)).filter(|&d| a.has_country && (i == 0 || out[i - 1].end <= d) && a.code.len() >= 6 && !a.code.starts_with("IGO") && !a.code.starts_with("NGO")) {
            let dt = &tokens[d];
            let head = dt.bases.iter().find(|b| AR_DELEGATIONS.contains(&b.form.as_str()));
            if let Some(b) = head.filter(|_| dt.sentence == a.sentence) {
                let start = (dt.start + b.skip).min(dt.end);
                let country = country_part(&a.code).to_string();
                let a = &mut out[i];
                a.first = d;
                a.start = start;
                a.text = text.slice(start, a.end_char).to_string();
                a.code = format!("{country}GOV");
                a.head = MentionKind::Body;
                a.proclitics = b.proclitics.clone();
                continue;
            }
        }
        let a = &out[i];
        if a.head != MentionKind::Demonym || a.code.len() != 3 || !a.has_country || a.first == 0 || (i > 0 && out[i - 1].end >= a.first) {
            continue;
        }
        let p = &tokens[a.first - 1];
        let Some(b) = p.bases.iter().find(|b| AR_DELEGATIONS.contains(&b.form.as_str())) else { continue };
        if p.sentence != a.sentence || !a.proclitics.is_empty() {
            continue;
        }
        widen_to_noun(text, &mut out[i], p, b, "GOV");
    }
}

/// Widens a bare nationality adjective `a` to the head noun `p` right before it (its reading
/// `b`) and appends `sector` to its country code: «وفد جزائري» DZAGOV, «طائرات إسرائيلية» ISRMIL.
fn widen_to_noun(text: &Text, a: &mut ActorMention, p: &Token, b: &crate::tokenize::Base, sector: &str) {
    let start = (p.start + b.skip).min(p.end);
    a.first -= 1;
    a.start = start;
    a.text = text.slice(start, a.end_char).to_string();
    a.code.push_str(sector);
    a.head = MentionKind::Body;
    a.proclitics = b.proclitics.clone();
}

/// Arabic nouns of military aircraft, artillery and armour, in match form (with and without the article).
const AR_MILITARY_ARMS: &[&str] = &[
    "طيران", "الطيران", "طائرات", "الطائرات", "مقاتلات", "المقاتلات", "قاذفات", "القاذفات", "مروحيات", "المروحيات", "مدفعيه", "المدفعيه", "دبابات", "الدبابات", "بوارج", "البوارج",
];

/// Arabic sector adjectives (the masculine nisba in match form, without the article) and the
/// CAMEO sector they name: «وفد قضائي عراقي» IRQJUD, «مسؤول أمني ليبي» LBYCOP, «مصدر عسكري مصري» EGYMIL.
const AR_SECTOR_ADJECTIVES: &[(&str, &str)] = &[
    ("امني", "COP"), ("عسكري", "MIL"), ("قضائي", "JUD"), ("حكومي", "GOV"), ("برلماني", "LEG"), ("دبلوماسي", "GOV"), ("استخباراتي", "SPY"), ("استخباري", "SPY"),
];

/// The sector of an indefinite Arabic sector adjective in a masculine form, which qualifies a
/// person or a body of persons («أمني», «أمنيا», «أمنيون», «أمنيين»: «مسؤول أمني», «وفد قضائي»),
/// if it is one of [`AR_SECTOR_ADJECTIVES`]. The feminine («أمنية») agrees with things and
/// non-human plurals («مصادر أمنية», "security sources"), which keep their country alone.
fn ar_sector_adjective(form: &str) -> Option<&'static str> {
    AR_SECTOR_ADJECTIVES.iter().find(|(m, _)| ["", "ا", "ون", "ين"].iter().any(|suf| form.strip_prefix(m) == Some(suf))).map(|&(_, s)| s)
}

/// «وفد قضائي عراقي», «مسؤولا أمنيا ليبيا», «مصدر عسكري سوداني»: a bare nationality adjective after
/// an indefinite sector adjective ([`AR_SECTOR_ADJECTIVES`]) that qualifies the noun before it
/// names that country's sector: the actor is widened to the noun and coded `{country}{sector}`
/// (both words without the article or a proclitic, in no other actor, in its sentence).
fn sector_adjectives(text: &Text, tokens: &[Token], out: &mut [ActorMention]) {
    for i in 0..out.len() {
        let a = &out[i];
        if a.head != MentionKind::Demonym || a.code.len() != 3 || !a.has_country || a.first < 2 || !a.proclitics.is_empty() || (i > 0 && out[i - 1].end > a.first - 2) {
            continue;
        }
        let (n, adj) = (&tokens[a.first - 2], &tokens[a.first - 1]);
        let plain = |t: &Token| t.arabic && t.kind == TokenKind::Word && t.sentence == a.sentence && !t.norm.starts_with("ال");
        let Some(sector) = ar_sector_adjective(&adj.norm).filter(|_| plain(n) && plain(adj)) else { continue };
        let b = n.bases[0].clone();
        let start = n.start.min(n.end);
        let a = &mut out[i];
        a.first -= 2;
        a.start = start;
        a.text = text.slice(start, a.end_char).to_string();
        a.code.push_str(sector);
        a.head = MentionKind::Body;
        a.proclitics = b.proclitics;
    }
}
/// English nouns of military aircraft, artillery, armour and warships, in match form. "drone"
/// and "aircraft" are left out: they also name civilian craft, and "Russian drones struck …"
/// is coded with the bare country (events tests).
const EN_MILITARY_ARMS: &[&str] = &[
    "jets", "jet", "warplanes", "warplane", "bombers", "bomber", "gunships", "gunship", "artillery", "tanks", "tank", "warships", "warship",
    "helicopter", "helicopters", "frigate", "frigates", "submarine", "submarines",
];
/// English words that end the search for a military-arms noun: a nationality adjective is
/// not the modifier of an arms noun after them ("Russian officials said drones …").
const EN_ARMS_BREAK: &[&str] = &["and", "or", "but", "said", "says", "was", "were", "is", "are", "has", "have", "had", "to", "of", "the", "a", "an", "that", "which", "who", "in", "on", "at", "by", "with", "from"];

/// «الطيران الإسرائيلي», «مقاتلات تركية», "Israeli jets", "Russian artillery": the arms of a
/// country, named by a bare nationality adjective next to a noun of military aircraft, artillery,
/// armour or warships, are its military: the actor is coded `{country}MIL` (Arabic: widened to
/// the noun before the adjective, as [`delegations`] does; English: the adjective keeps its span,
/// the noun after it is often part of an event trigger, "jets struck"). Bare «الطيران» is no agent
/// word of `agents.tsv` because it also means aviation (and as an NER gazetteer word it cost the
/// Arabic NER model dev F1); here it needs the nationality adjective.
fn military_arms(text: &Text, tokens: &[Token], out: &mut [ActorMention], lang: Lang) {
    for i in 0..out.len() {
        let a = &out[i];
        if a.head != MentionKind::Demonym || a.code.len() != 3 || !a.has_country {
            continue;
        }
        match lang {
            Lang::Ar => {
                if a.first == 0 || (i > 0 && out[i - 1].end >= a.first) || !a.proclitics.is_empty() {
                    continue;
                }
                let p = &tokens[a.first - 1];
                let Some(b) = p.bases.iter().find(|b| AR_MILITARY_ARMS.contains(&b.form.as_str())) else { continue };
                if p.sentence != a.sentence {
                    continue;
                }
                widen_to_noun(text, &mut out[i], p, b, "MIL");
            }
            Lang::En => {
                // the arms noun right after the adjective or after up to two lower-case modifiers
                // in no actor ("a Russian reconnaissance drone", "an Israeli attack helicopter")
                let limit = out.get(i + 1).map_or(tokens.len(), |b| b.first);
                let arms = (a.end..(a.end + 3).min(limit))
                    .take_while(|&k| tokens[k].sentence == a.sentence && tokens[k].kind == TokenKind::Word && !tokens[k].upper && !EN_ARMS_BREAK.contains(&tokens[k].norm.as_str()))
                    .any(|k| EN_MILITARY_ARMS.contains(&tokens[k].norm.as_str()));
                if arms {
                    out[i].code.push_str("MIL");
                }
            }
        }
    }
}

/// Arabic dual nouns "the two parties / countries / sides" (match form, with the article),
/// and whether the pair must be two countries («البلدين»).
const AR_DUAL_PARTIES: &[(&str, bool)] =
    &[("الطرفين", false), ("الطرفان", false), ("الجانبين", false), ("الجانبان", false), ("البلدين", true), ("البلدان", true)];
/// Dual adjectives after «الطرفين» that keep its referent, the parties of a conflict
/// («الطرفين المتحاربين»); any other definite dual adjective («البلدين الوسيطين», the two
/// mediators) names another pair, and the noun is left unresolved.
const AR_DUAL_CONFLICT_ADJ: &[&str] = &[
    "المتحاربين", "المتحاربان", "المتنازعين", "المتنازعان", "المتصارعين", "المتصارعان", "المتقاتلين", "المتقاتلان", "المتخاصمين", "المتخاصمان", "المعنيين", "المعنيان",
];
/// Words after which «البلدان» is the plural "the countries" («عدد من البلدان», «في البلدان»):
/// a dual there would be «البلدين».
const AR_PLURAL_BEFORE: &[&str] = &["من", "في", "الي", "علي", "عن", "بين", "مع", "عدد", "بعض", "كل", "جميع", "مختلف", "كافه", "سائر", "معظم", "اغلب", "باقي", "بقيه"];

/// True when «البلدان» at token `t` (reading `base`) is the broken plural "the countries", not
/// the dual: after a preposition, a proclitic preposition or a quantity word (the dual is
/// «البلدين» there), or before a feminine singular adjective, the agreement of a plural of
/// things («البلدان العربية», «البلدان النامية»).
fn ar_plural_countries(tokens: &[Token], t: usize, base: &crate::tokenize::Base) -> bool {
    let s = tokens[t].sentence;
    let before = t.checked_sub(1).map(|k| &tokens[k]).filter(|p| p.sentence == s);
    let after = tokens.get(t + 1).filter(|n| n.sentence == s && n.arabic);
    base.proclitics.contains(['ب', 'ل', 'ك'])
        || before.is_some_and(|p| AR_PLURAL_BEFORE.contains(&p.norm.as_str()) || p.bases.iter().any(|b| AR_PLURAL_BEFORE.contains(&b.form.as_str()) && b.proclitics == "و"))
        || after.is_some_and(|n| n.norm.starts_with("ال") && n.norm.ends_with('ه'))
}

/// How many sentences back the antecedent pair of a dual noun may stand.
const DUAL_WINDOW: usize = 10;

/// «الطرفين / البلدين / الجانبين» ("the two parties / countries / sides"): the two actors named
/// most recently as a pair before the noun, in this order of preference: the pair of the
/// latest «بين X و Y», the latest coordination «X و Y», the two latest distinct actors of
/// earlier sentences. «البلدين» takes two different countries (their country codes); the
/// others two different codes («بين الجيش السوداني وقوات الدعم السريع … الطرفين» → SDNMIL,
/// SDNREB). The noun becomes two actors on its own span, coordinated (one group), so that a
/// target fans out and a reciprocal subject gives both directions. Left unresolved after a
/// definite dual adjective of another role («البلدين الوسيطين») or with no such pair.
/// `out` is in text order; the result is too, with `antecedent` indices renumbered.
fn with_dual_parties(text: &Text, tokens: &[Token], out: Vec<ActorMention>) -> Vec<ActorMention> {
    let mut inserts: Vec<(Option<usize>, usize, ActorMention, ActorMention)> = Vec::new();
    let mut next_group = out.iter().map(|a| a.group).max().unwrap_or(0) + 1;
    for (t, tok) in tokens.iter().enumerate() {
        if !tok.arabic || tok.kind != TokenKind::Word {
            continue;
        }
        let Some((base, countries)) = tok.bases.iter().find_map(|b| AR_DUAL_PARTIES.iter().find(|(f, _)| *f == b.form).map(|&(_, c)| (b, c))) else {
            continue;
        };
        if base.form == "البلدان" && ar_plural_countries(tokens, t, base) {
            continue;
        }
        let pos = out.partition_point(|a| a.first < t);
        let named_after = out.get(pos).is_some_and(|a| a.first > t && a.first <= t + 3 && a.sentence == tok.sentence && tokens[t + 1..a.first].iter().all(|x| x.kind == TokenKind::Punct));
        if (pos > 0 && out[pos - 1].end > t) || out.get(pos).is_some_and(|a| a.first == t) || named_after {
            // inside an actor phrase, or named right after it («الطرفين الأمريكي والإيراني»,
            // «بين الطرفين "العربي والصيني"»)
            continue;
        }
        if let Some(n) = tokens.get(t + 1).filter(|n| n.sentence == tok.sentence && n.arabic) {
            if n.norm.starts_with("ال") && (n.norm.ends_with("ين") || n.norm.ends_with("ان")) && !AR_DUAL_CONFLICT_ADJ.contains(&n.norm.as_str()) {
                continue;
            }
        }
        let pair = latest_pair(&out, tokens, pos, tok.sentence, countries, Lang::Ar);
        let Some((a, b)) = pair else { continue };
        let start = (tok.start + base.skip).min(tok.end);
        let make = |k: usize| ActorMention {
            first: t,
            end: t + 1,
            start,
            end_char: tok.end,
            text: text.slice(start, tok.end).to_string(),
            code: pair_key(&out[k], countries).unwrap_or_default(),
            has_country: true,
            head: if countries { MentionKind::Country } else { out[k].head },
            person: None,
            role_last: false,
            proclitics: base.proclitics.clone(),
            group: next_group,
            antecedent: Some(k),
            sentence: tok.sentence,
            place_in: None,
        };
        inserts.push((None, pos, make(a), make(b)));
        next_group += 1;
    }
    insert_pairs(out, inserts)
}

/// The actors `out` (in text order) with the pairs of `edits` put in: each edit is (the actor
/// it replaces, if any; the index it goes in before; the pair's two actors), in order of
/// position. The result is in text order, and every `antecedent` (of the old actors and of the
/// pairs, which name old indices) is renumbered to the new indices; an antecedent that was a
/// replaced actor points to the first actor of its pair.
fn insert_pairs(out: Vec<ActorMention>, edits: Vec<(Option<usize>, usize, ActorMention, ActorMention)>) -> Vec<ActorMention> {
    if edits.is_empty() {
        return out;
    }
    let mut new_index = vec![0usize; out.len()];
    let mut merged: Vec<ActorMention> = Vec::with_capacity(out.len() + 2 * edits.len());
    let mut pending = edits.into_iter().peekable();
    for (k, a) in out.into_iter().enumerate() {
        let mut replaced = false;
        while let Some((role, _, x, y)) = pending.next_if(|(_, p, _, _)| *p == k) {
            new_index[k] = merged.len();
            merged.push(x);
            merged.push(y);
            replaced |= role == Some(k);
        }
        if !replaced {
            new_index[k] = merged.len();
            merged.push(a);
        }
    }
    for (_, _, x, y) in pending {
        merged.push(x);
        merged.push(y);
    }
    // (every antecedent, of the new actors and of the kept ones, is an old index)
    for a in merged.iter_mut() {
        a.antecedent = a.antecedent.map(|x| new_index[x]);
    }
    merged
}

fn gap<'a>(tokens: &'a [Token], a: &Mention, b: &Mention) -> &'a [Token] {
    if b.first >= a.end {
        &tokens[a.end..b.first]
    } else {
        &[]
    }
}

/// True when Arabic mention `k` is the person «باسم» standing right before another mention
/// of its sentence: «المتحدث العسكري باسم الحوثيين» — "in the name of", the bridge of a
/// spokesman's phrase, not the given name Basim. Such mentions are dropped before actors and
/// named entities are built.
pub fn is_bridge_name(tokens: &[Token], mentions: &[Mention], k: usize, lang: Lang) -> bool {
    let m = &mentions[k];
    lang == Lang::Ar && m.kind == MentionKind::Person && m.end == m.first + 1 && tokens.get(m.first).is_some_and(|t| t.norm == "باسم") && mentions.get(k + 1).is_some_and(|n| n.first == m.end && n.sentence == m.sentence)
}

/// Arabic: the name right after a role's phrase with its body or organisation («المتحدث باسم
/// الحوثيين يحيى سريع», «المتحدث العسكري باسم الحوثيين يحيى سريع») is the role holder: one
/// phrase, coded as the organisation ([`compose`]).
fn role_holder(tokens: &[Token], phrase: &[&Mention], b: &Mention, lang: Lang) -> bool {
    let a = phrase[phrase.len() - 1];
    lang == Lang::Ar
        && phrase.len() >= 2
        && phrase[0].kind == MentionKind::Role
        && matches!(a.kind, MentionKind::Organization | MentionKind::Body)
        && b.kind == MentionKind::Person
        && b.sentence == a.sentence
        && b.first == a.end
        && b.proclitics.is_empty()
        && phrase[1].first > 0
        && tokens[phrase[1].first - 1].norm == "باسم"
}

fn links(tokens: &[Token], a: &Mention, b: &Mention, lang: Lang) -> bool {
    if a.sentence != b.sentence {
        return false;
    }
    let g = gap(tokens, a, b);
    if g.iter().any(|t| t.kind == TokenKind::Punct && t.norm != "'") {
        return false;
    }
    use MentionKind::*;
    let role_like = |k: MentionKind| matches!(k, Role | Body);
    if a.kind == Title {
        return b.kind == Person && g.len() <= 1;
    }
    match lang {
        Lang::Ar => {
            if b.proclitics.starts_with('و') || b.proclitics.starts_with('ف') || b.proclitics.contains('ب') {
                return false;
            }
            let genitive_l = b.proclitics.contains('ل');
            if g.is_empty() {
                if b.kind == Demonym {
                    return !genitive_l;
                }
                if genitive_l {
                    return role_like(a.kind) && matches!(b.kind, Role | Body | Organization | Person | Country);
                }
                let construct = !tokens[a.end - 1].norm.starts_with("ال");
                if role_like(a.kind) && construct && matches!(b.kind, Role | Body | Organization | Person | Country | Capital) {
                    return true;
                }
                return matches!(a.kind, Demonym | Role) && b.kind == Person;
            }
            if genitive_l {
                return false;
            }
            // a body in construct with a definite genitive that is no mention, then the nationality
            // adjective of the whole: «قوات الاحتلال الإسرائيلي», «قوات النظام السوري»
            if role_like(a.kind) && b.kind == Demonym && g.len() == 1 && g[0].arabic && g[0].norm.starts_with("ال") && !tokens[a.end - 1].norm.starts_with("ال") {
                return true;
            }
            // adjectives between a nationality/role and the name: "البريطاني المنتخب حديثًا كير ستارمر"
            if matches!(a.kind, Demonym | Role) && b.kind == Person && g.len() <= 2 && g.iter().all(|t| t.arabic) {
                return true;
            }
            // bridges: "متحدث باسم وزارة", "مسؤولون كبار في وزارة"; a role's definite adjective
            // may come first: «المتحدث العسكري باسم الحوثيين», «المتحدث الرسمي باسم الحكومة»
            let bridge = |t: &Token| AR_BRIDGE.contains(&t.norm.as_str());
            role_like(a.kind)
                && matches!(b.kind, Body | Organization | Country | Demonym | Capital)
                && g.len() <= 3
                && (g.iter().all(bridge) || (a.kind == Role && g.len() >= 2 && g[0].arabic && g[0].norm.starts_with("ال") && g[1..].iter().all(bridge) && g[g.len() - 1].norm == "باسم"))
        }
        Lang::En => {
            if g.len() > 3 || !g.iter().all(|t| EN_BRIDGE.contains(&t.norm.as_str())) {
                return false;
            }
            let of = g.iter().any(|t| t.norm == "of" || t.norm == "for" || t.norm == "in");
            if g.iter().any(|t| t.norm == "in") && !(matches!(a.kind, Role | Body) && matches!(b.kind, Country | Capital | Place)) {
                return false;
            }
            match (a.kind, b.kind) {
                // a country's possessive before an organisation of that country (or of none known)
                // is the organisation's country, no actor of its own ("Sudan's Rapid Support Forces"
                // SDNREB, "Kenya's Ports Authority" KEN); an international one keeps its own actor
                // ("Iraq's Al-Qaeda" after "loyal to")
                (Country | Capital, Organization) => {
                    let same = match (a.code.as_deref(), b.code.as_deref()) {
                        (Some(c), Some(o)) => o.starts_with(c),
                        (_, None) => true,
                        _ => false,
                    };
                    same && g.len() == 1 && g[0].norm == "'s"
                }
                (Country | Demonym | Organization | Capital | Place, Role | Body) => !of,
                (Role | Body, Person) => true,
                (Demonym, Person) => g.is_empty(),
                // a role of the body before it: "ministry spokesman", "army spokesman", "government officials"
                (Body, Role) => g.is_empty(),
                (Role | Body, Country | Organization | Body | Capital | Place) => of,
                _ => false,
            }
        }
    }
}

fn country_part(code: &str) -> &str {
    if code.len() >= 6 && (code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG")) {
        &code[..6]
    } else if code.len() >= 3 {
        &code[..3]
    } else {
        code
    }
}

fn compose(text: &Text, tokens: &[Token], phrase: &[&Mention]) -> ActorMention {
    use MentionKind::*;
    let first = phrase[0];
    let last = phrase[phrase.len() - 1];
    let mut country: Option<String> = None;
    let mut full: Option<String> = None; // a complete code from an organisation or person
    let mut sector: Option<String> = None;
    let mut person = None;
    for m in phrase {
        let code = m.code.clone().unwrap_or_default();
        match m.kind {
            Country | Demonym | Place => {
                if country.is_none() && !code.is_empty() {
                    country = Some(code);
                }
            }
            Capital => {
                if country.is_none() && !code.is_empty() {
                    country = Some(code);
                    if phrase.len() == 1 {
                        sector = Some("GOV".into());
                    }
                }
            }
            Organization | Person => {
                if m.kind == Person && person.is_none() {
                    person = Some(m.text.clone());
                }
                if !code.is_empty() && full.is_none() {
                    full = Some(code);
                }
            }
            Role | Body => {
                // a person in a role belongs to the body named after it: "المتحدث باسم الجيش" → MIL
                let member_of_body = m.kind == Body && phrase.iter().any(|p| p.kind == Role && p.first < m.first);
                if (sector.is_none() || member_of_body) && !code.is_empty() && code.len() == 3 {
                    sector = Some(code);
                } else if sector.is_none() && !code.is_empty() {
                    sector = Some(code);
                }
            }
            Title => {}
        }
    }
    // a title stays with the name it introduces: "Dr. Lee"
    if let (Some(p), Some(t)) = (person.as_mut(), phrase.iter().position(|m| m.kind == Title)) {
        if let Some(pm) = phrase[t + 1..].iter().find(|m| m.kind == Person) {
            *p = text.slice(phrase[t].start, pm.end_char).to_string();
        }
    }
    // a person in a role of the organisation named after it speaks for it and is coded as it
    // (CAMEO): «المتحدث باسم قوات الدعم السريع» → SDNREB, "a spokesman for Hamas" → Hamas's code
    let member_of_org = phrase.iter().position(|m| m.kind == Role).is_some_and(|r| phrase[r + 1..].iter().any(|m| m.kind == Organization && m.code.as_ref().is_some_and(|c| c.len() > 3)));
    // so does one named after a non-state group's name ("Hamas spokesman", "RSF adviser", "a Houthi
    // commander" are Hamas's, the RSF's, the Houthis' code, not the country's government or army)
    let of_non_state = full.as_ref().is_some_and(|f| f.len() > 3 && f.is_char_boundary(3) && NON_STATE_ARMED.iter().any(|s| f[3..].starts_with(s)));
    let code = match (full, country, sector) {
        (Some(f), _, _) if f.starts_with("IGO") || f.starts_with("NGO") || f.starts_with("IMG") || member_of_org || of_non_state => f,
        (Some(f), _, Some(s)) if f.len() >= 3 && s.len() == 3 => format!("{}{}", &f[..3], s),
        (Some(f), _, _) => f,
        // a role that names one IGO's staff («المبعوث الأممي» IGOUNO) is that IGO
        (None, _, Some(s)) if s.len() > 3 && s.starts_with("IGO") => s,
        (None, Some(c), Some(s)) if s.len() == 3 => format!("{c}{s}"),
        (None, Some(c), _) => c,
        (None, None, Some(s)) => s,
        (None, None, None) => String::new(),
    };
    // a bare rights group without a country ("human rights groups", «منظمات حقوقية») is a
    // non-governmental human-rights organisation, CAMEO's NGOHRI (as Human Rights Watch);
    // rights activists (a role) stay HRI
    let code = if code == "HRI" && phrase.iter().all(|m| m.kind == Body) { "NGOHRI".to_string() } else { code };
    // (a place after "in" inside the phrase: "the U.S. embassy in Tegucigalpa")
    let place_in = phrase.iter().skip(1).find_map(|m| {
        let after_in = m.first >= 1 && tokens[m.first - 1].norm == "in";
        let c = m.code.as_deref().unwrap_or_default();
        (after_in && matches!(m.kind, Country | Capital | Place) && c.len() >= 3).then(|| c[..3].to_string())
    });
    // a bare IGO or NGO ("an international aid agency", "peacekeepers") is coded like an
    // organisation: CAMEO's general IGO / NGO codes
    let has_country = code.len() >= 3 && (code.len() > 3 || !is_sector(&code) || code == "IGO" || code == "NGO");
    let s = text.slice(first.start, last.end_char).to_string();
    ActorMention {
        first: first.first,
        end: last.end,
        start: first.start,
        end_char: last.end_char,
        text: s,
        code,
        has_country,
        // the head of the phrase: its role, body, organisation or person ("Iranian foreign minister" → role)
        head: phrase.iter().map(|m| m.kind).find(|k| matches!(k, Role | Body | Person | Organization | Title)).map(|k| if k == Title { Person } else { k }).unwrap_or(first.kind),
        person,
        role_last: !tokens[first.first].arabic
            && phrase.iter().rev().find(|m| matches!(m.kind, Role | Body | Organization)).is_some_and(|m| m.kind == Role)
            && phrase.iter().any(|m| matches!(m.kind, Body | Organization)),
        proclitics: first.proclitics.clone(),
        group: 0,
        antecedent: None,
        sentence: first.sentence,
        place_in,
    }
}

/// CAMEO sectors of armed or organised non-state groups whose forces are coded as the group.
const NON_STATE_ARMED: &[&str] = &["REB", "UAF", "INS", "SEP", "RAD", "OPP", "PTY"];

/// CAMEO sector codes that can stand alone (no country).
fn is_sector(code: &str) -> bool {
    matches!(
        code,
        "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "OPP" | "PTY" | "REB" | "INS" | "SPY" | "MED" | "EDU" | "BUS" | "CRM" | "CVL" | "REF" | "HLH"
            | "LAB" | "AGR" | "ELI" | "HRI" | "UAF" | "SEP" | "MOD" | "RAD" | "ENV" | "RES" | "DEV" | "NGO" | "IGO" | "ATH" | "JEW" | "MUS" | "CHR"
    )
}

fn coordinated(tokens: &[Token], a: &ActorMention, b: &ActorMention, lang: Lang) -> bool {
    if a.sentence != b.sentence || b.first < a.end {
        return false;
    }
    let g = &tokens[a.end..b.first];
    match lang {
        Lang::Ar => (g.is_empty() && b.proclitics.starts_with('و')) || (g.len() == 1 && g[0].norm == "و"),
        // "Rwanda and the United States", "Jordan, Britain and France"
        Lang::En => matches!(g.iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().as_slice(), ["and"] | [","] | ["and", "the"] | [",", "and"] | [",", "and", "the"] | [",", "the"]),
    }
}

/// True for a role or body without a country that refers back: Arabic with the article, English
/// after "the", or after "a" / "an" for a state sector (GOV, MIL, COP, JUD).
fn is_definite_bare(tokens: &[Token], a: &ActorMention, lang: Lang) -> bool {
    if !matches!(a.head, MentionKind::Role | MentionKind::Body) {
        return false;
    }
    match lang {
        Lang::Ar => tokens[a.first].bases.iter().any(|b| b.form.starts_with("ال")) || a.text.starts_with("ال"),
        // (an indefinite state role or body stands for one of the state already named, like the
        // definite: "a military crackdown" after "Myanmar's military", "a police official said"
        // after "Police in Cox's Bazar")
        Lang::En => a.first > 0 && (tokens[a.first - 1].norm == "the" || (matches!(tokens[a.first - 1].norm.as_str(), "a" | "an") && matches!(a.code.as_str(), "GOV" | "MIL" | "COP" | "JUD"))),
    }
}

/// True for an English one-word plural role or body with a three-letter sector code ("officials",
/// "authorities") standing right after a contrastive conjunction ("but", "while", "though"),
/// with no determiner or adjective of its own (not after a comma: ", officials said" reports).
fn en_bare_plural(tokens: &[Token], a: &ActorMention) -> bool {
    matches!(a.head, MentionKind::Role | MentionKind::Body)
        && a.end == a.first + 1
        && a.code.len() == 3
        && tokens[a.first].norm.ends_with('s')
        && a.first > 0
        && tokens[a.first - 1].sentence == a.sentence
        && matches!(tokens[a.first - 1].norm.as_str(), "but" | "while" | "whereas" | "though" | "although")
}

/// True for a role or body of one country and the three-letter `sector` ("Honduran officials"
/// `HNDGOV` for `GOV`): the antecedent a bare role or body of that sector takes its country from.
fn national_of_sector(a: &ActorMention, sector: &str) -> bool {
    let c = &a.code;
    a.has_country && matches!(a.head, MentionKind::Role | MentionKind::Body) && c.len() == 6 && c.ends_with(sector) && !c.starts_with("IGO") && !c.starts_with("NGO")
}

fn head_form(tokens: &[Token], a: &ActorMention) -> String {
    let t = &tokens[a.first];
    let f = t.bases.iter().map(|b| b.form.as_str()).find(|f| f.starts_with("ال")).unwrap_or(t.bases.last().map(|b| b.form.as_str()).unwrap_or(""));
    fold(f.strip_prefix("ال").unwrap_or(f))
}

/// What makes the two members of a pair differ (see [`latest_pair`]): the country part of the
/// code when `countries`, else the whole code; `None` for an actor without a country.
fn pair_key(a: &ActorMention, countries: bool) -> Option<String> {
    if !a.has_country {
        return None;
    }
    if countries {
        let c = country_part(&a.code);
        (c.len() == 3 && !is_sector(c)).then(|| c.to_string())
    } else {
        Some(a.code.clone())
    }
}

/// Arabic nouns of mediation (match form, with and without the article) after which the named
/// actors are mediators («بوساطة قطرية وأمريكية», «وساطة مصر»), not parties.
const AR_MEDIATION: &[&str] = &["وساطه", "الوساطه", "وسطاء", "الوسطاء", "برعايه", "رعايه"];

/// The pair that a dual or "both"-phrase in sentence `sentence` refers to, among the actors
/// `out[..pos]` of the last [`DUAL_WINDOW`] sentences: a pair after «بين»/"between" first,
/// else the first two members with different keys of the latest coordinated group, else the
/// two latest actors of earlier sentences with different keys; groups named after a mediation
/// noun ([`AR_MEDIATION`]) are skipped. The key is the country part
/// of the code when `countries` («البلدين», "the two countries"), else the whole code («الطرفين»,
/// "both sides"); actors without a country have none. Returns the two indices in text order.
fn latest_pair(out: &[ActorMention], tokens: &[Token], pos: usize, sentence: usize, countries: bool, lang: Lang) -> Option<(usize, usize)> {
    let key = |a: &ActorMention| pair_key(a, countries);
    let lo = sentence.saturating_sub(DUAL_WINDOW);
    // («بوساطة قطرية وأمريكية»: the mediators of a deal are not its parties)
    let mediator = |k: usize| {
        let head = (0..=k).rev().take_while(|&j| out[j].group == out[k].group).last().unwrap_or(k);
        out[head].first > 0 && tokens[out[head].first - 1].bases.iter().any(|b| AR_MEDIATION.contains(&b.form.as_str()))
    };
    let earlier: Vec<usize> = (0..pos).rev().take_while(|&k| out[k].sentence >= lo).filter(|&k| key(&out[k]).is_some() && !mediator(k)).collect();
    // the first two members with different keys of the group of actor `k`
    let pair_of = |k: usize| -> Option<(usize, usize)> {
        let members: Vec<usize> = earlier.iter().rev().copied().filter(|&j| out[j].group == out[k].group).collect();
        let a = *members.first()?;
        let b = members.iter().copied().find(|&j| key(&out[j]) != key(&out[a]))?;
        Some((a, b))
    };
    let between_word = if lang == Lang::Ar { "بين" } else { "between" };
    let between = |k: usize| out[k].governed_by(tokens, lang).is_some_and(|g| g == between_word);
    earlier
        .iter()
        .copied()
        .filter(|&k| between(k))
        .find_map(pair_of)
        .or_else(|| earlier.iter().copied().find_map(pair_of))
        .or_else(|| {
            let mut prior = earlier.iter().copied().filter(|&k| out[k].sentence < sentence);
            let a = prior.next()?;
            let b = prior.find(|&j| key(&out[j]) != key(&out[a]))?;
            Some((b, a))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    fn codes(s: &str, lang: Lang) -> Vec<(String, String)> {
        let p = Pipeline::new().unwrap();
        p.debug_actors(s, lang).into_iter().map(|a| (a.text, a.code)).collect()
    }

    #[test]
    fn a_role_named_after_a_non_state_group_is_the_group() {
        // "Hamas spokesman", "a Hezbollah commander": the group's code, not the country's government or army
        let v = codes("Hamas spokesman Abdel Latif al-Qanou said the group would respond.", Lang::En);
        assert!(v.iter().any(|(t, c)| t.starts_with("Hamas spokesman") && c == "PSEREBHMS"), "{v:?}");
        let v = codes("A Hezbollah commander was killed in the strike.", Lang::En);
        assert!(v.iter().any(|(t, c)| t.contains("Hezbollah commander") && c.starts_with("LBN") && !c.ends_with("MIL") && !c.ends_with("GOV")), "{v:?}");
        // a state body's spokesman stays the state's
        let v = codes("Kremlin spokesman Dmitry Peskov said the talks would go on.", Lang::En);
        assert!(v.iter().any(|(_, c)| c == "RUSGOV"), "{v:?}");
    }

    #[test]
    fn english_apposition_names_whom_a_person_works_for() {
        let v = codes("\"Forced returns violate international law,\" said Heba Morayef, Amnesty International's regional director.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Heba Morayef" && c.starts_with("NGO")), "{v:?}");
        // a comma before another party is no apposition
        let v = codes("Heba Morayef, Egypt and Jordan signed the statement.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Heba Morayef" && c.is_empty()), "{v:?}");
    }

    #[test]
    fn english_name_after_a_role_and_its_complement_holds_the_role() {
        // "ROLE to the X, NAME,": the name is the role holder, not the complement
        let v = codes("The Kenyan ambassador to the EU, Jane Mwangi, said the talks failed.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Jane Mwangi" && c == "KENGOV"), "{v:?}");
        // a prison service is the state's: "Egypt's Prison Service"
        let v = codes("Egypt's Prison Service denied the claims.", Lang::En);
        assert!(v.iter().any(|(_, c)| c == "EGYGOV"), "{v:?}");
        // not after a phrase that is no role
        let v = codes("Talks with Egypt, Jane Mwangi said, failed.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Jane Mwangi" && c.is_empty()), "{v:?}");
    }

    #[test]
    fn english_definite_state_body_takes_an_earlier_role_of_its_sector() {
        // "the junta" after "Soldiers in Niger": a body and a role of one state sector corefer
        let v = codes("Soldiers in Niger detained the president on Friday.\n\nThe junta expelled the French ambassador.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "junta" && c == "NERMIL"), "{v:?}");
        // not across sectors: rebels do not give the army a country
        let v = codes("Rebels in Niger attacked a village.\n\nThe army sent troops.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "army" && c == "MIL"), "{v:?}");
    }

    #[test]
    fn english_indefinite_state_body_and_armed_groups() {
        // an indefinite state body takes the country of an earlier body of its sector
        let v = codes("Human Rights Watch accused Sudan's army of shelling villages. Thousands fled to Chad after a military offensive.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "military" && c == "SDNMIL"), "{v:?}");
        // without such a body it stays a sector
        let v = codes("Thousands fled to Chad after a military offensive.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "military" && c == "MIL"), "{v:?}");
        // a non-state army named after a region or people is an armed group, not the state military
        let v = codes("The Kachin Independence Army seized a border post.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Kachin Independence Army" && c == "MMRREB"), "{v:?}");
        let v = codes("Rohingya refugees marched in the camp.", Lang::En);
        assert!(v.iter().any(|(t, c)| t.starts_with("Rohingya") && c == "MMRREF"), "{v:?}");
    }

    #[test]
    fn english_two_countries_are_the_latest_pair() {
        let v = codes("Kenya and Somalia agreed to reopen the border. The interior ministers of the two countries met in Nairobi.", Lang::En);
        let two: Vec<&str> = v.iter().filter(|(t, _)| t.ends_with("the two countries")).map(|(_, c)| c.as_str()).collect();
        assert_eq!(two, vec!["KENGOV", "SOMGOV"], "{v:?}");
        let v = codes("Peru and Chile signed a trade pact. Both countries will cut tariffs.", Lang::En);
        let two: Vec<&str> = v.iter().filter(|(t, _)| t == "Both countries").map(|(_, c)| c.as_str()).collect();
        assert_eq!(two, vec!["PER", "CHL"], "{v:?}");
        // no pair named before: nothing
        let v = codes("The two countries will cut tariffs.", Lang::En);
        assert!(v.iter().all(|(t, _)| !t.contains("two countries")), "{v:?}");
        // the events of the pair go both ways
        let p = Pipeline::new().unwrap();
        let opts = crate::pipeline::Options { lang: Some(Lang::En), ..crate::pipeline::Options::default() };
        let doc = p.annotate("Kenya and Somalia agreed to reopen the border. The foreign ministers of the two countries signed a security pact in Nairobi.", &opts);
        let v: Vec<(String, String, String)> = doc.events.into_iter().map(|e| (e.code, e.source.code, e.target.map(|t| t.code).unwrap_or_default())).collect();
        assert!(v.iter().any(|(c, s, t)| c == "057" && s == "KENGOV" && t == "SOMGOV"), "{v:?}");
        assert!(v.iter().any(|(c, s, t)| c == "057" && s == "SOMGOV" && t == "KENGOV"), "{v:?}");
    }

    #[test]
    fn english_bare_plural_role_takes_its_sentence_country() {
        let v = codes("The Honduran government rejected the plan last month, but officials have softened their position.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "officials" && c == "HNDGOV"), "{v:?}");
        // with a determiner of its own, or with no same-sector actor before it, it stays bare
        let v = codes("The Honduran army rejected the plan, but officials have softened their position.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "officials" && c == "GOV"), "{v:?}");
    }

    #[test]
    fn arabic_roles_compose_with_demonyms_and_names() {
        let v = codes("وقال وزير الخارجية الأمريكي ماركو روبيو إن الجنرال الليبي صدام حفتر التقى بمسؤولين ليبيين.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t.contains("روبيو") && c == "USAGOV"), "{v:?}");
        assert!(v.iter().any(|(t, c)| t.contains("حفتر") && c == "LBYMIL"), "{v:?}");
        assert!(v.iter().any(|(t, c)| t == "مسؤولين ليبيين" && c == "LBYGOV"), "{v:?}");
    }

    #[test]
    fn english_modifiers_compose() {
        let v = codes("Senior State Department officials met Libyan officials.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Libyan officials" && c == "LBYGOV"), "{v:?}");
    }

    #[test]
    fn demonym_and_agent_noun_give_country_and_sector() {
        let has = |s: &str, lang: Lang, text: &str, code: &str| {
            let v = codes(s, lang);
            assert!(v.iter().any(|(t, c)| t == text && c == code), "{s}: {v:?}");
        };
        // bare "media" and "television" are media bodies (Phoenix MEDIA, TELEVISION), in any case
        has("Italian media reported that the minister resigned.", Lang::En, "Italian media", "ITAMED");
        has("Italian Media reported that the minister resigned.", Lang::En, "Italian Media", "ITAMED");
        has("Libyan television showed the convoy.", Lang::En, "Libyan television", "LBYMED");
        has("وذكر التلفزيون الليبي أن القافلة وصلت.", Lang::Ar, "التلفزيون الليبي", "LBYMED");
        has("وذكرت وسائل الإعلام الإيطالية أن الوزير استقال.", Lang::Ar, "وسائل الإعلام الإيطالية", "ITAMED");
        // national guards are military (Phoenix NATIONAL_GUARD)
        has("The Tunisian national guard intercepted a boat.", Lang::En, "Tunisian national guard", "TUNMIL");
        has("واعترض الحرس الوطني التونسي قاربا.", Lang::Ar, "الحرس الوطني التونسي", "TUNMIL");
        has("Libyan police arrested 20 migrants.", Lang::En, "Libyan police", "LBYCOP");
        has("The Egyptian coast guard rescued 40 migrants.", Lang::En, "Egyptian coast guard", "EGYMIL");
    }

    fn events(s: &str) -> Vec<(String, String, String)> {
        let p = Pipeline::new().unwrap();
        let opts = crate::pipeline::Options { lang: Some(Lang::Ar), ..crate::pipeline::Options::default() };
        p.annotate(s, &opts).events.into_iter().map(|e| (e.code, e.source.code, e.target.map(|t| t.code).unwrap_or_default())).collect()
    }

    #[test]
    fn dual_parties_are_the_latest_pair() {
        let clash = "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع. ";
        // the two actors of the latest «بين X و Y», both as actors on the noun's span
        let v = codes(&format!("{clash}وأعلنت السعودية والولايات المتحدة هدنة. واستضاف وزير الخارجية السعودي ممثلين عن الطرفين."), Lang::Ar);
        let dual: Vec<&str> = v.iter().filter(|(t, _)| t == "الطرفين").map(|(_, c)| c.as_str()).collect();
        assert_eq!(dual, ["SDNMIL", "SDNREB"], "{v:?}");
        // a one-sided event fans out to both parties (one coding each, though of one country)
        let ev = events(&format!("{clash}واستضاف وزير الخارجية السعودي ممثلين عن الطرفين."));
        for t in ["SDNMIL", "SDNREB"] {
            assert!(ev.contains(&("043".into(), "SAUGOV".into(), t.into())), "{ev:?}");
        }
        // the subject of a reciprocal verb: both directions
        let ev = events(&format!("{clash}واتفق الطرفان على هدنة."));
        assert!(ev.contains(&("030".into(), "SDNMIL".into(), "SDNREB".into())) && ev.contains(&("030".into(), "SDNREB".into(), "SDNMIL".into())), "{ev:?}");
        // «البلدان» are two countries (a coordination), coded as the countries (a scheduled
        // signing, «من المقرر أن يوقع», is an intent: 032, as English "will sign")
        let ev = events("بحثت ألمانيا والجزائر ملف الهجرة. ومن المقرر أن يوقع البلدان الاتفاق الشهر المقبل.");
        assert!(ev.contains(&("032".into(), "DEU".into(), "DZA".into())) && ev.contains(&("032".into(), "DZA".into(), "DEU".into())), "{ev:?}");
        let ev = events("بحثت ألمانيا والجزائر ملف الهجرة. ووقع البلدان الاتفاق.");
        assert!(ev.contains(&("057".into(), "DEU".into(), "DZA".into())) && ev.contains(&("057".into(), "DZA".into(), "DEU".into())), "{ev:?}");
        // «الجانبان» without a pair: the two latest actors of earlier sentences
        let ev = events("زار وزير الخارجية المصري الرياض. ووقع الجانبان اتفاقية للتعاون.");
        assert!(ev.contains(&("057".into(), "EGYGOV".into(), "SAUGOV".into())), "{ev:?}");
        // a pair of one country is no pair of countries; another role («الوسيطين») is left unresolved
        let v = codes(&format!("{clash}واستقبل الرئيس المصري ممثلين عن البلدين."), Lang::Ar);
        assert!(!v.iter().any(|(t, _)| t == "البلدين"), "{v:?}");
        let v = codes("توسطت مصر والسعودية بين الجيش وقوات الدعم السريع. وقال مصدر إن البلدين الوسيطين سيستضيفان جولة جديدة.", Lang::Ar);
        assert!(!v.iter().any(|(t, _)| t == "البلدين"), "{v:?}");
        // «البلدان» as the plural "the countries" is no pair
        for t in ["وقالت إيران إنها قد توقف تصدير النفط إلى عدد من البلدان.", "وتعاني البلدان العربية من الجفاف."] {
            let v = codes(&format!("بحثت ألمانيا والجزائر ملف الهجرة. {t}"), Lang::Ar);
            assert!(!v.iter().any(|(t, _)| t == "البلدان"), "{v:?}");
        }
        // no earlier pair: unresolved
        let v = codes("واستضاف وزير الخارجية السعودي ممثلين عن الطرفين في جدة.", Lang::Ar);
        assert!(!v.iter().any(|(t, _)| t == "الطرفين"), "{v:?}");
    }

    #[test]
    fn the_arms_of_a_country_are_its_military() {
        let v = codes("شن الطيران الإسرائيلي غارة على جنوب لبنان.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "الطيران الإسرائيلي" && c == "ISRMIL"), "{v:?}");
        let v = codes("وأغارت طائرات إسرائيلية على مواقع في غزة.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "طائرات إسرائيلية" && c == "ISRMIL"), "{v:?}");
        let v = codes("Israeli jets hit targets in Gaza.", Lang::En);
        assert!(v.iter().any(|(t, c)| t == "Israeli" && c == "ISRMIL"), "{v:?}");
        // civil aviation and a nationality of other things stay as they were
        let v = codes("أعلنت هيئة الطيران المدني تعليق الرحلات.", Lang::Ar);
        assert!(!v.iter().any(|(_, c)| c.ends_with("MIL")), "{v:?}");
        let v = codes("Israeli officials met Egyptian mediators.", Lang::En);
        assert!(!v.iter().any(|(_, c)| c.ends_with("MIL")), "{v:?}");
    }

    #[test]
    fn a_delegation_with_a_nationality_is_its_government() {
        let v = codes("وكان وفد جزائري برئاسة وزير الداخلية قد زار برلين.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "وفد جزائري" && c == "DZAGOV"), "{v:?}");
        let v = codes("ووصل الوفد المصري إلى الخرطوم.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "الوفد المصري" && c == "EGYGOV"), "{v:?}");
        // a nationality adjective of another noun stays the country
        let v = codes("ورسا قارب جزائري في الميناء.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "جزائري" && c == "DZA"), "{v:?}");
        // a delegation headed by an official of a country
        let v = codes("وزار وفد برئاسة وزير الداخلية الجزائري برلين.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "وفد برئاسة وزير الداخلية الجزائري" && c == "DZAGOV"), "{v:?}");
        let ev = events("وكان وفد جزائري برئاسة وزير الداخلية قد زار العاصمة الألمانية.");
        assert!(ev.iter().any(|e| e.0 == "042" && e.1 == "DZAGOV"), "{ev:?}");
    }

    #[test]
    fn definite_body_takes_earlier_country() {
        let v = codes("بحثت الإدارة الأمريكية الخطة. وقالت الإدارة إنها مستمرة.", Lang::Ar);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("USAGOV"), "{v:?}");
    }

    #[test]
    fn an_arabic_nisba_that_ends_an_earlier_name_is_that_persons_surname() {
        let t = "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلاده لن تقبل أي تدخل. وانتقد السوداني الحكومة التركية.";
        let v = codes(t, Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "السوداني" && c == "IRQGOV"), "{v:?}");
        // after a definite noun it qualifies, the nisba stays a nationality
        let v = codes("وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلاده لن تقبل أي تدخل. وانتقد الرئيس السوداني الحكومة التركية.", Lang::Ar);
        assert!(v.iter().any(|(t, c)| t == "الرئيس السوداني" && c == "SDNGOV"), "{v:?}");
    }


    #[test]
    fn a_countrys_possessive_before_an_organisation_is_the_organisations_country() {
        let c = codes("Amnesty International accused Sudan's Rapid Support Forces of looting.", Lang::En);
        assert!(c.iter().any(|(t, k)| t == "Sudan's Rapid Support Forces" && k == "SDNREB"), "{c:?}");
        assert!(!c.iter().any(|(_, k)| k == "SDN"), "{c:?}");
    }

    #[test]
    fn consular_officials_are_government() {
        let c = codes("Two Moroccan consular officials were expelled.", Lang::En);
        assert!(c.iter().any(|(_, k)| k == "MARGOV"), "{c:?}");
    }

    #[test]
    fn military_hardware_of_a_country_is_its_military() {
        let c = codes("Ukrainian gunners downed an Iranian attack helicopter.", Lang::En);
        assert!(c.iter().any(|(t, k)| t == "Iranian" && k == "IRNMIL"), "{c:?}");
        let c = codes("Russian officials said the plan failed.", Lang::En);
        assert!(!c.iter().any(|(_, k)| k == "RUSMIL"), "{c:?}");
    }

    #[test]
    fn an_arabic_sector_adjective_before_a_nationality_names_the_sector() {
        let c = codes("التقى وفد عسكري أردني بنظرائه.", Lang::Ar);
        assert!(c.iter().any(|(t, k)| t == "وفد عسكري أردني" && k == "JORMIL"), "{c:?}");
        let c = codes("قتل مسلحون مسؤولا قضائيا سوريا في حلب.", Lang::Ar);
        assert!(c.iter().any(|(_, k)| k == "SYRJUD"), "{c:?}");
    }

    #[test]
    fn a_portfolio_role_composes_with_its_nationality() {
        let c = codes("Czech Regional Development Minister Petr Kulhanek resigned.", Lang::En);
        assert!(c.iter().any(|(_, k)| k == "CZEGOV"), "{c:?}");
    }
}
