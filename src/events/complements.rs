//! English triggers that stand as the complement or object of another trigger.
//!
//! * "urged Tunisian authorities **to release** the detainees", "called for **the
//!   release** of …", "refused **to withdraw**": what was requested, demanded or refused
//!   did not happen ([`Governed::Requested`]). Only the request is an event; its generic
//!   code (020, 100, 120) is refined by what was requested ([`request_code`]: release →
//!   0253 / 1053 / 1243).
//! * "accused Ukraine **of shelling** the plant": the charge of an accusation is alleged,
//!   not reported as done ([`Governed::Alleged`]); only the accusation is an event.
//! * "condemned **the arrests**", "investigated **the killing**": the object of an
//!   evaluation or an investigation refers to an event done by someone else
//!   ([`Governed::Evaluated`]); its agent is never the evaluator.
//!
//! Triggers are the `(first token, end token, …)` tuples of the event coder, in text order.

use crate::cameo::CameoBook;
use crate::tokenize::{Token, TokenKind};

/// How a trigger stands to the trigger before it that governs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Governed {
    /// The complement of a request, demand or refusal (CAMEO roots 02, 10, 12): no event.
    Requested,
    /// The noun object of a statement, praise, investigation or criticism (roots 01, 05,
    /// 09, 11): an event whose agent is not the governing trigger's subject.
    Evaluated,
    /// The charge of an accusation ("accused Ukraine **of shelling** the plant", "blamed
    /// the rebels for attacking"): alleged, not reported as done; only the accusation is an event.
    Alleged,
}

/// Words that end the reach of a governing trigger (clause boundaries), in match form.
const BOUNDARY: &[&str] = &["unless", "until", "that", "which", "who", "whom", "whose", "but", "while", "after", "before", "because", "when", "if", "since", "although", "though", "whereas", "where", "as"];

/// Words that may not stand between a trigger and its noun object ("condemned the
/// arrests", not "condemned Israel for the arrests"), in match form.
const NOT_IN_OBJECT: &[&str] = &["to", "with", "by", "from", "in", "on", "at", "against", "of", "for", "and", "or", "into", "over", "about", "after", "before", "during", "than", "as", "was", "were", "is", "are", "has", "have", "had"];

/// How many tokens a verb complement's "to" may stand after its governing trigger
/// ("appealed to the Sudanese government on Friday to urgently reconsider").
const TO_REACH: usize = 12;
/// How many tokens may stand between an alleged act and the participle of its consequence
/// after a comma ("of shelling a displacement camp near El Fasher, killing …").
const ALLEGED_CONSEQUENCE_REACH: usize = 10;
/// How many words may stand between a trigger and its noun object ("demanded the immediate and unconditional release").
const OBJECT_REACH: usize = 4;

/// The governing trigger of English trigger `k` of `trigs` (an index into `trigs`) and how
/// `k` stands to it, or `None`. `code(j)` is the CAMEO code of event trigger `j` (`None`
/// for modifiers: intent, report, support …); `governed` holds the answers for
/// the triggers before `k`, so that the content of a request stays requested ("urged
/// Israel to halt attacks": "attacks" too). The governor is the nearest earlier event
/// trigger of the sentence; `from` is the sentence's first token.
pub(crate) fn governor<'c>(
    tokens: &[Token],
    from: usize,
    trigs: &[(usize, usize, usize, usize, bool)],
    k: usize,
    code: &dyn Fn(usize) -> Option<&'c str>,
    governed: &[Option<(usize, Governed)>],
) -> Option<(usize, Governed)> {
    let (tf, _, _, _, _) = trigs[k];
    code(k)?;
    let j = (0..k).rev().find(|&j| code(j).is_some() && trigs[j].1 <= tf)?;
    let (_, ge, _, _, _) = trigs[j];
    if ge < from {
        return None;
    }
    let gcode = code(j)?;
    // the object of an alleged act is alleged too ("accused the Taliban of violating the truce")
    if matches!(governed.get(j).copied().flatten(), Some((_, Governed::Alleged))) && tf - ge <= 3 && tokens[ge..tf].iter().all(|t| t.kind != TokenKind::Punct) {
        return Some((j, Governed::Alleged));
    }
    // and so is its consequence in a participle clause after a comma ("accused the RSF of
    // shelling a camp, killing 14 civilians": the killing is part of the charge)
    if matches!(governed.get(j).copied().flatten(), Some((_, Governed::Alleged)))
        && tokens[tf].norm.ends_with("ing")
        && tf > ge
        && tokens[tf - 1].is_punct(',')
        && tf - ge <= ALLEGED_CONSEQUENCE_REACH
        && tokens[ge..tf - 1].iter().all(|t| t.kind != TokenKind::Punct && !BOUNDARY.contains(&t.norm.as_str()))
    {
        return Some((j, Governed::Alleged));
    }
    let kind = match gcode.get(..2).unwrap_or("") {
        // (defying, violating or vetoing, 126–129, acts on something that exists: "violating a ceasefire")
        "12" if matches!(gcode.get(..3), Some("126" | "128" | "129")) => return None,
        "02" | "10" | "12" => Governed::Requested,
        "01" | "05" | "09" | "11" => Governed::Evaluated,
        _ => match governed.get(j).copied().flatten() {
            // the content of a request stays requested ("urged X to halt attacks on Y")
            Some((_, Governed::Requested)) => Governed::Requested,
            _ => return None,
        },
    };
    let gap = &tokens[ge..tf];
    let boundary = |t: &Token| match t.kind {
        TokenKind::Punct => !t.is_punct(','),
        _ => BOUNDARY.contains(&t.norm.as_str()),
    };
    // the charge of an accusation (112–1125): "of" / "for" and a gerund
    if gcode.starts_with("112") {
        // "of shelling" (the trigger is the gerund) or "of violating the truce" (the trigger
        // is the gerund's object, at most three words after it)
        let of_at = |i: usize| gap.get(i).is_some_and(|t| t.norm == "of" || t.norm == "for");
        let gerund_charge = tokens[tf].norm.ends_with("ing") && gap.len().checked_sub(1).is_some_and(of_at);
        let object_charge = (0..gap.len().saturating_sub(1)).any(|i| of_at(i) && gap[i + 1].norm.ends_with("ing") && gap.len() - (i + 2) <= 3);
        return ((gerund_charge || object_charge) && gap.len() <= 8 && !gap.iter().any(boundary)).then_some((j, Governed::Alleged));
    }
    // verb complement: "to" right before the trigger, an adverb in -ly allowed between
    let to_at = match gap.len() {
        n if n >= 1 && gap[n - 1].norm == "to" => Some(n - 1),
        n if n >= 2 && gap[n - 2].norm == "to" && gap[n - 1].norm.ends_with("ly") => Some(n - 2),
        _ => None,
    };
    if let Some(p) = to_at {
        if kind == Governed::Requested && p <= TO_REACH && !gap[..p].iter().any(boundary) {
            return Some((j, kind));
        }
        return None;
    }
    // "demanded that Israel withdraw", "urged that the two sides resume talks": a bare verb
    // (the subjunctive) in a that clause right after a request or demand
    let that = if ge >= 1 && tokens[ge - 1].norm == "that" { Some(0) } else { gap.first().filter(|t| t.norm == "that").map(|_| 1) };
    if let Some(c) = that {
        let t = &tokens[tf];
        let bare = t.kind == TokenKind::Word && !t.norm.ends_with("ed") && !t.norm.ends_with("ing") && (!t.norm.ends_with('s') || t.norm.ends_with("ss"));
        let request = matches!(gcode.get(..2), Some("02" | "10")) || kind == Governed::Requested && !matches!(gcode.get(..2), Some("12"));
        let clause = &gap[c..];
        if request && bare && clause.len() <= 6 && !clause.iter().any(boundary) {
            return Some((j, Governed::Requested));
        }
        return None;
    }
    // noun object: a few lower-case words (articles, adjectives, numbers), no name, no preposition
    // (after a possessor of at most three capitalised words: "called for Bazoum's immediate
    // release", "condemned the Taliban's attack")
    let possessor = gap.iter().take(5).position(|t| matches!(t.norm.as_str(), "'s" | "’s" | "'" | "’")).filter(|&p| {
        p >= 1 && gap[..p].iter().filter(|t| t.upper).count() <= 3 && gap[..p].iter().all(|t| t.kind == TokenKind::Word && (t.upper || t.norm == "the"))
    });
    let gap = possessor.map_or(gap, |p| &gap[p + 1..]);
    let object = gap.len() <= OBJECT_REACH
        && gap.iter().all(|t| match t.kind {
            TokenKind::Word => !t.upper && !NOT_IN_OBJECT.contains(&t.norm.as_str()) && !BOUNDARY.contains(&t.norm.as_str()),
            TokenKind::Number => true,
            _ => false,
        });
    object.then_some((j, kind))
}

/// The code of a generic request, demand or refusal (`020`, `100`, `120`) refined by the
/// code of what was requested or refused, by the parallel structure of CAMEO 1.1b3
/// (roots 02 / 10 / 12 mirror 04–08): release (084x) → 0253 / 1053 / 1243, withdrawal
/// or ceasefire (087x) → 0256 / 1056 / 1246, aid (07x) → 023 / 103 / 122, meeting or
/// talks (04x) → 026 / 106 / 125, support (050–053) → 053 "rally support on behalf of" /
/// 102 … `None` when the request is already specific, or
/// nothing in the book fits.
pub(crate) fn request_code(book: &CameoBook, request: &str, requested: &str) -> Option<String> {
    let col = match request {
        "020" => 0,
        "100" => 1,
        "120" => 2,
        _ => return None,
    };
    let pick = |a: [&'static str; 3]| -> Option<&'static str> { Some(a[col]) };
    let sub = requested.get(3..4).unwrap_or("");
    let code = match requested.get(..3)? {
        "040" | "041" | "042" | "043" | "044" | "046" => pick(["026", "106", "125"]),
        "045" => pick(["028", "108", "125"]),
        // "urged the EC to support the PLO": rallying support on behalf of a third party (053)
        "050" | "051" | "052" | "053" => pick(["053", "102", ""]),
        "054" | "055" | "056" => pick(["022", "102", ""]),
        "057" => pick(["027", "107", "127"]),
        "060" => pick(["021", "101", "121"]),
        "061" => pick(["0211", "1011", "1211"]),
        "062" => pick(["0212", "1012", "1212"]),
        "063" => pick(["0213", "1013", "121"]),
        "064" => pick(["0214", "1014", "121"]),
        "070" => pick(["023", "103", "122"]),
        "071" => pick(["0231", "1031", "1221"]),
        "072" => pick(["0232", "1032", "1222"]),
        "073" => pick(["0233", "1033", "1223"]),
        "074" => pick(["0234", "1034", "1224"]),
        "080" => pick(["025", "105", "124"]),
        "081" => pick(["0251", "1051", "1241"]),
        "082" => pick(["0252", "1052", "1242"]),
        "083" => match sub {
            "1" => pick(["0241", "1041", "1231"]),
            "2" => pick(["0242", "1042", "1232"]),
            "3" => pick(["0243", "1043", "1233"]),
            "4" => pick(["0244", "1044", "1234"]),
            _ => pick(["024", "104", "123"]),
        },
        "084" => pick(["0253", "1053", "1243"]),
        "085" => pick(["0254", "1054", "1244"]),
        "086" => pick(["0255", "1055", "1245"]),
        "087" => pick(["0256", "1056", "1246"]),
        _ => None,
    }?;
    (!code.is_empty() && book.is_valid(code)).then(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_codes_follow_the_requested_action() {
        let book = CameoBook::builtin().unwrap();
        assert_eq!(request_code(&book, "020", "0841").as_deref(), Some("0253"));
        assert_eq!(request_code(&book, "100", "0841").as_deref(), Some("1053"));
        assert_eq!(request_code(&book, "120", "0872").as_deref(), Some("1246"));
        assert_eq!(request_code(&book, "020", "073").as_deref(), Some("0233"));
        assert_eq!(request_code(&book, "100", "0831").as_deref(), Some("1041"));
        // an already specific request keeps its code; an action with no parallel gives none
        assert_eq!(request_code(&book, "0253", "0841"), None);
        assert_eq!(request_code(&book, "020", "190"), None);
        assert_eq!(request_code(&book, "120", "051"), None);
    }
}
