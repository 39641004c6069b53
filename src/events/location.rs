//! Where an event took place: the place phrase of its sentence governed by a locative
//! preposition (the ACE "Place" argument; GDELT's `ActionGeo`).
//!
//! A candidate is an actor mention whose head is a country, a capital or another place and
//! which is governed by a preposition of place: Arabic في, the proclitic ب, or one of
//! [`AR_LOCATIVES`] before it («داخل السفارة», «قرب طرابلس»); English "in", "at", "near",
//! "inside", or one of [`EN_LOCATIVES`] ("outside Geneva", "through Tunis"). An Arabic
//! place noun followed by a nationality adjective is a place too («في العاصمة التونسية»,
//! «بالمدن الليبية»): the adjective gives its country. The event's own source and target,
//! and places inside the sentence's attribution cue ("officials in Kigali said"), are never
//! its location, nor a place beyond a clause boundary ("in Doha, but Islamabad accused …",
//! see [`CLAUSE_WORDS`]). Of the candidates, the one nearest to the trigger wins (after the
//! trigger on a tie: "met X in Tripoli").

use crate::actors::ActorMention;
use crate::entities::MentionKind;
use crate::lexicon::schema::REGION_CODES;
use crate::model::{Lang, Location, LocationKind};
use crate::text::Text;
use crate::tokenize::Token;

/// Arabic prepositions of place written as words before a place, besides في (match form).
pub(crate) const AR_LOCATIVES: &[&str] = &["داخل", "قرب", "عند", "امام", "خارج", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بالقرب", "انحاء", "ارجاء", "قباله"];
/// English prepositions of place that [`ActorMention::governed_by`] does not report (it
/// reports "in", "at", "near", "inside").
pub(crate) const EN_LOCATIVES: &[&str] = &["outside", "through", "across", "throughout", "around", "within"];
/// Arabic place nouns that a nationality adjective turns into a place («العاصمة التونسية»), match form.
const AR_PLACE_NOUNS: &[&str] = &[
    "العاصمه", "عاصمه", "المدن", "مدن", "مدينه", "المدينه", "الاراضي", "اراضي", "الحدود", "حدود", "المناطق", "مناطق", "منطقه", "المنطقه", "الولايات", "ولايات", "المحافظات", "محافظات", "الشوارع", "شوارع", "المياه", "مياه",
    "السواحل", "سواحل", "الجزر", "جزر", "القري", "قري", "البلدات", "بلدات",
    // nouns of surroundings («في محيط مدينة الفاشر», «في ضواحي الخرطوم», «على أطراف المدينة»)
    "محيط", "ضواحي", "اطراف",
];

/// True when the proclitics of the place's first word (`proclitics`, match form) or the
/// preposition before it make a place starting at token `i` a location.
fn locative_at(tokens: &[Token], i: usize, proclitics: &str, lang: Lang) -> bool {
    let t = &tokens[i];
    let prev = |k: usize| i.checked_sub(k).and_then(|j| tokens.get(j)).filter(|p| p.sentence == t.sentence);
    match lang {
        Lang::Ar => {
            // «في جزيرة لامبيدوزا», «بمدينة بنغازي»: a place noun between the preposition and the name
            if prev(1).is_some_and(|p| p.bases.iter().any(|b| AR_PLACE_NOUNS.contains(&b.form.as_str()) || AR_NAMED_PLACE_NOUNS.contains(&b.form.as_str()))) && !proclitics.ends_with('ب') {
                let h = i - 1;
                let b = tokens[h].bases.iter().find(|b| AR_PLACE_NOUNS.contains(&b.form.as_str()) || AR_NAMED_PLACE_NOUNS.contains(&b.form.as_str()));
                if b.is_some_and(|b| locative_at(tokens, h, &b.proclitics, lang)) {
                    return true;
                }
            }
            // «في العاصمة الليبية طرابلس», «بمدينة غزة الفلسطينية»…: a place noun and its nationality
            // adjective before the name in apposition
            let nisba = |p: &Token| p.norm.starts_with("ال") && (p.norm.ends_with("يه") || p.norm.ends_with('ي')) && p.norm.chars().count() >= 5;
            if prev(1).is_some_and(nisba) && !proclitics.ends_with('ب') {
                let h = i - 2;
                if prev(2).is_some() && place_noun(tokens, h).is_some_and(|b| locative_at(tokens, h, &b.proclitics, lang)) {
                    return true;
                }
            }
            proclitics.ends_with('ب')
                || prev(1).is_some_and(|p| p.norm == "في" || p.norm == "وفي" || AR_LOCATIVES.contains(&p.norm.as_str()) || AR_SCENE_VERBS.contains(&p.norm.as_str()) || (p.norm == "من" && prev(2).is_some_and(|q| q.norm == "بالقرب")))
        }
        Lang::En => {
            let p = match prev(1) {
                Some(p) if p.norm == "the" => prev(2),
                p => p,
            };
            p.is_some_and(|p| matches!(p.norm.as_str(), "in" | "at" | "near" | "inside") || EN_LOCATIVES.contains(&p.norm.as_str()))
        }
    }
}

/// Arabic verbs whose subject is the scene of what they report («وشهدت مدينة الفاشر أمس
/// تظاهرات»: the city witnessed protests, it did not protest), in match form.
const AR_SCENE_VERBS: &[&str] = &["شهد", "شهدت", "وشهد", "وشهدت", "يشهد", "تشهد", "ويشهد", "وتشهد", "فشهدت"];

/// Arabic nouns of a kind of place written before its name («جزيرة لامبيدوزا», «مدينة
/// بنغازي», «ولاية الخرطوم»), in match form.
const AR_NAMED_PLACE_NOUNS: &[&str] = &["جزيره", "الجزيره", "مدينه", "بلده", "قريه", "ولايه", "محافظه", "اقليم", "منطقه", "مخيم", "ميناء", "معبر", "العاصمه"];

/// Words that open another clause (match form): a place beyond one is not where this
/// event happened ("mediated a ceasefire in Doha, but Islamabad accused …"); so do words of
/// residence or birth that describe a person («الإعلامي أحمد سمير، المقيم في إسطنبول», "a
/// journalist living in Paris", "born in Aleppo").
const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "because", "when", "that", "which", "who", "لكن", "ولكن", "بينما", "فيما", "عندما", "بعدما", "حين", "حيث", "اذ", "ان", "بان", "وان",
    "انه", "انها", "الذي", "التي", "الذين", "المقيم", "المقيمه", "المقيمين", "المقيمون", "مقيم", "مقيمه", "يقيم", "تقيم", "يعيش", "تعيش", "المولود", "المولوده",
    "resident", "residing", "resides", "lives", "living", "born",
];

/// True when a clause boundary lies among `tokens` (those strictly between a trigger and a
/// place): `;` `؛` `:` a dash, or a word of [`CLAUSE_WORDS`].
fn clause_break(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        t.is_punct(';') || t.is_punct('؛') || t.is_punct(':') || t.is_punct('—') || t.is_punct('–') || (t.kind != crate::tokenize::TokenKind::Punct && CLAUSE_WORDS.contains(&t.norm.as_str()))
    })
}

/// The reading of token `h` that is an Arabic place noun ([`AR_PLACE_NOUNS`]), if any.
fn place_noun(tokens: &[Token], h: usize) -> Option<&crate::tokenize::Base> {
    tokens[h].bases.iter().find(|b| AR_PLACE_NOUNS.contains(&b.form.as_str()))
}

/// The location of an event with trigger tokens `tf..te`, among the actor mentions `acts` of
/// its sentence (indices into `actors`, in text order); `exclude` are the event's source and
/// target, `cue` the character span of the sentence's attribution cue. `None` when the
/// sentence names no such place.
#[allow(clippy::too_many_arguments)]
pub(crate) fn event_location(
    text: &Text,
    tokens: &[Token],
    actors: &[ActorMention],
    acts: &[usize],
    (tf, te): (usize, usize),
    exclude: &[usize],
    cue: Option<(usize, usize)>,
    lang: Lang,
) -> Option<Location> {
    let in_cue = |a: &ActorMention| cue.is_some_and(|(s, e)| s <= a.start && a.end_char <= e);
    let mut best: Option<(usize, bool, Location)> = None;
    // the nearest place with a country code, for a nearest place the lexicons do not know
    // («عند قرية العباسي (75 كلم غرب كركوك)»: the village is in Iraq)
    let mut coded: Option<(usize, String)> = None;
    for &k in acts {
        let a = &actors[k];
        if exclude.contains(&k) || in_cue(a) || a.code.starts_with("IGO") || a.code.starts_with("NGO") {
            continue;
        }
        let code = |a: &ActorMention| (a.code.len() >= 3).then(|| a.code[..3].to_string());
        let found = match a.head {
            MentionKind::Country | MentionKind::Capital | MentionKind::Place if locative_at(tokens, a.first, &a.proclitics, lang) => {
                let kind = match a.head {
                    MentionKind::Country => LocationKind::Country,
                    MentionKind::Capital => LocationKind::Capital,
                    _ => LocationKind::Place,
                };
                Some(Location { text: a.text.clone(), start: a.start, end: a.end_char, code: code(a), kind })
            }
            // «في العاصمة التونسية», «بالمدن الليبية»: a place noun and a nationality adjective
            MentionKind::Demonym if lang == Lang::Ar && a.first >= 1 && a.has_country => {
                let h = a.first - 1;
                let noun = place_noun(tokens, h).filter(|_| tokens[h].sentence == a.sentence);
                noun.filter(|b| locative_at(tokens, h, &b.proclitics, lang)).map(|b| {
                    let start = tokens[h].start + b.skip;
                    let kind = if b.form.ends_with("عاصمه") { LocationKind::Capital } else { LocationKind::Place };
                    Location { text: text.slice(start, a.end_char).to_string(), start, end: a.end_char, code: code(a), kind }
                })
            }
            _ => None,
        };
        let Some(loc) = found else { continue };
        let before = a.end <= tf;
        if !before && a.first < te {
            continue; // inside the trigger
        }
        // (in the trigger's clause only)
        let between = if before { &tokens[a.end..tf] } else { &tokens[te..a.first] };
        if clause_break(between) {
            continue;
        }
        let dist = if before { tf - a.end } else { a.first - te };
        if let Some(c) = loc.code.as_ref().filter(|_| coded.as_ref().is_none_or(|(d, _)| dist < *d)) {
            coded = Some((dist, c.clone()));
        }
        if best.as_ref().is_none_or(|(d, b, _)| (dist, before) < (*d, *b)) {
            best = Some((dist, before, loc));
        }
    }
    if best.is_none() {
        // "Police arrested two journalists in Tripoli": the place closes the target's phrase
        // ("journalists in Tripoli", LBYMED); it is still where the event happened
        let inner = exclude.iter().map(|&k| &actors[k]).find_map(|a| {
            let code = a.place_in.clone()?;
            let at = (a.first + 1..a.end).rev().find(|&i| tokens[i].norm == "in")?;
            let start = tokens.get(at + 1)?.start;
            (start < a.end_char).then(|| Location { text: text.slice(start, a.end_char).to_string(), start, end: a.end_char, code: Some(code), kind: LocationKind::Place })
        });
        if let Some(l) = inner {
            return Some(l);
        }
    }
    best.map(|(_, _, mut l)| {
        if l.code.is_none() {
            l.code = coded.map(|(_, c)| c);
        }
        l
    })
}

/// True for a three-letter CAMEO country code, not a region code ([`REGION_CODES`]).
pub(crate) fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && !REGION_CODES.contains(&code)
}

/// True when actor `a` is where an event happened rather than one of its participants: a
/// place governed by a preposition of place ([`is_locative_place`]) that is not one of the
/// trigger's own target prepositions `preps` (match form).
pub(crate) fn is_location_of(tokens: &[Token], a: &ActorMention, lang: Lang, preps: &[String]) -> bool {
    is_locative_place(tokens, a, lang) && !a.governed_by(tokens, lang).is_some_and(|g| preps.contains(&g))
}

/// True when actor `a` is a place phrase governed by a preposition of place (see the module
/// documentation): a location of the event, not its target, unless the trigger's own
/// preposition governs it.
pub(crate) fn is_locative_place(tokens: &[Token], a: &ActorMention, lang: Lang) -> bool {
    match a.head {
        MentionKind::Country | MentionKind::Capital | MentionKind::Place => locative_at(tokens, a.first, &a.proclitics, lang),
        MentionKind::Demonym => {
            lang == Lang::Ar
                && a.first >= 1
                && tokens[a.first - 1].sentence == a.sentence
                && place_noun(tokens, a.first - 1).is_some_and(|b| locative_at(tokens, a.first - 1, &b.proclitics, lang))
        }
        _ => false,
    }
}
