//! Unit tests of the scoring rules on small hand-made documents.

use super::*;
use crate::model::*;
use std::path::Path;

/// A document with `n` sentences; sentence `i` is in paragraph `i + 1`.
fn doc(n: usize) -> Document {
    Document {
        id: None,
        language: Lang::Ar,
        published: None,
        chars: 0,
        sentences: (0..n).map(|i| Sentence { start: i * 10, end: i * 10 + 9, paragraph: i + 1 }).collect(),
        entities: vec![],
        times: vec![],
        quotes: vec![],
        attributions: vec![],
        events: vec![],
    }
}

fn actor(code: &str) -> EventActor {
    EventActor { text: code.into(), code: code.into(), start: 0, end: 1 }
}

fn ev(sentence: usize, source: &str, target: Option<&str>, code: &str) -> Event {
    Event {
        source: actor(source),
        target: target.map(actor),
        code: code.into(),
        root: code[..2].into(),
        quad_class: 1,
        goldstein: 0.0,
        plover: Plover { kind: "CONSULT".into(), mode: None, context: None },
        name: "test".into(),
        trigger: Trigger { text: "t".into(), start: 0, end: 1 },
        start: 0,
        end: 1,
        sentence,
        time: None,
        location: None,
        attribution: None,
    }
}

fn ent(kind: EntityType, text: &str, sentence: usize) -> Entity {
    Entity { kind, text: text.into(), name: None, start: 0, end: 1, code: None, sentence }
}

fn tx(sentence: usize, value: Option<&str>) -> Timex {
    Timex { text: "x".into(), start: 0, end: 1, value: value.map(Into::into), calendar: None, since: false, sentence }
}

fn qt(sentence: usize, text: &str, speaker: Option<&str>) -> Quote {
    Quote {
        text: text.into(),
        start: 0,
        end: 1,
        speaker: speaker.map(|s| Speaker { text: s.into(), kind: SourceKind::NamedPerson, start: 0, end: 1, code: None }),
        sentence,
    }
}

fn at(sentence: usize, kind: SourceKind) -> Attribution {
    Attribution { kind, cue: "cue".into(), start: 0, end: 1, source: None, code: None, sentence }
}

fn gold(json: &str) -> Gold {
    let json = format!(r#"{{"id":"t","language":"ar","published":"2025-05-01",{json}}}"#);
    Gold::from_json(&json, Path::new("t.gold.json")).unwrap()
}

fn counts(produced: usize, correct: usize, required: usize, found: usize) -> Counts {
    Counts { produced, correct, required, found }
}

#[test]
fn events_prefixes_roots_and_paragraphs() {
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":"LBY","roots":["04"]}]"#);
    let mut d = doc(2);
    // Source prefix (USAGOV starts with USA), target prefix (LBYGOV starts with LBY), root 04.
    d.events = vec![ev(0, "USAGOV", Some("LBYGOV"), "046")];
    assert_eq!(score(&d, &g).events, counts(1, 1, 1, 1));
    // Wrong root, wrong target, no target, swapped roles, wrong paragraph: none matches.
    for e in [
        ev(0, "USAGOV", Some("LBY"), "057"),
        ev(0, "USA", Some("RWA"), "046"),
        ev(0, "USA", None, "046"),
        ev(0, "LBY", Some("USA"), "046"),
        ev(1, "USA", Some("LBY"), "046"),
    ] {
        d.events = vec![e];
        let s = score(&d, &g);
        assert_eq!(s.events, counts(1, 0, 1, 0), "{:?}", d.events[0]);
        assert_eq!(s.issues.len(), 2);
        assert!(s.issues.iter().any(|i| i.kind == IssueKind::Miss && i.paragraph == Some(1)));
    }
}

#[test]
fn events_null_target_matches_any_or_none() {
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":null,"roots":["01","05"]},
                               {"paragraph":2,"source":"RWA","roots":["07"]}]"#);
    let mut d = doc(2);
    d.events = vec![ev(0, "USAGOV", Some("LBY"), "051"), ev(1, "RWA", None, "073")];
    assert_eq!(score(&d, &g).events, counts(2, 2, 2, 2));
}

#[test]
fn events_each_gold_matched_once() {
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":"LBY","roots":["04"]}]"#);
    let mut d = doc(1);
    d.events = vec![ev(0, "USA", Some("LBY"), "040"), ev(0, "USAGOV", Some("LBY"), "046")];
    let s = score(&d, &g);
    assert_eq!(s.events, counts(2, 1, 1, 1));
    assert_eq!(s.events.fp(), 1);
    assert_eq!(s.issues.iter().filter(|i| i.kind == IssueKind::FalsePositive).count(), 1);
}

#[test]
fn events_best_assignment_not_first_fit() {
    // G1 (any target) accepts both produced events, G2 only P1. Taking P1 for G1
    // first (greedy in text order) would leave P2 and G2 unmatched.
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":null,"roots":["04"]},
                               {"paragraph":1,"source":"USA","target":"LBY","roots":["04"]}]"#);
    let mut d = doc(1);
    d.events = vec![ev(0, "USA", Some("LBY"), "040"), ev(0, "USA", Some("RWA"), "040")];
    let s = score(&d, &g);
    assert_eq!(s.events, counts(2, 2, 2, 2));
    assert!(s.issues.is_empty());
}

#[test]
fn events_prefer_required_gold() {
    // One produced event fits an optional and a required gold event (optional listed first):
    // it must be credited to the required one.
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":null,"roots":["04"],"required":false},
                               {"paragraph":1,"source":"USA","target":"LBY","roots":["04"]}]"#);
    let mut d = doc(1);
    d.events = vec![ev(0, "USA", Some("LBY"), "040")];
    assert_eq!(score(&d, &g).events, counts(1, 1, 1, 1));
}

#[test]
fn optional_items_are_correct_when_produced_and_free_when_missed() {
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","target":null,"roots":["04"],"required":false}],
                   "times":[{"paragraph":1,"text":"x","value":null,"required":false}],
                   "attributions":[{"paragraph":1,"kind":"anonymous","required":false}],
                   "entities":[{"type":"ORG","forms":["مجلس الوزراء"],"required":false}],
                   "quotes":[{"paragraph":1,"contains":"خدعة","speaker":"كير ستارمر","required":false}]"#);
    let empty = score(&doc(1), &g);
    for c in Category::ALL {
        assert_eq!(*empty.get(c), counts(0, 0, 0, 0), "{c:?}");
        assert_eq!(empty.get(c).f1(), None);
    }
    assert!(empty.issues.is_empty());
    let mut d = doc(1);
    d.events = vec![ev(0, "USA", None, "040")];
    d.times = vec![tx(0, None)];
    d.attributions = vec![at(0, SourceKind::Anonymous)];
    d.entities = vec![ent(EntityType::ORG, "مجلس الوزراء", 0)];
    d.quotes = vec![qt(0, "خدعة ", Some("كير ستارمر"))];
    let s = score(&d, &g);
    for c in Category::ALL {
        assert_eq!(*s.get(c), counts(1, 1, 0, 0), "{c:?}");
        assert_eq!(s.get(c).precision(), Some(1.0));
        assert_eq!(s.get(c).recall(), None);
    }
    assert!(s.issues.is_empty());
}

#[test]
fn entities_normalised_by_type_at_document_level() {
    let g = gold(r#""entities":[{"type":"LOC","forms":["أمريكا"]},
                                 {"type":"PER","forms":["دونالد ترامب","ترامب"]},
                                 {"type":"LOC","forms":["ليبيا"]},
                                 {"type":"ORG","forms":["الأمم المتحدة"]},
                                 {"type":"LOC","forms":["رواندا"]}]"#);
    let mut d = doc(3);
    d.entities = vec![
        ent(EntityType::LOC, "امريكا", 2),         // alef variant
        ent(EntityType::PER, "ترامب", 0),          // second form
        ent(EntityType::PER, "تـرامـب", 1),        // tatweel: same match form, counted once
        ent(EntityType::LOC, "لِيبْيَا", 1),        // diacritics
        ent(EntityType::ORG, "الامم  المتحده", 0), // alef, ة→ه, extra space
        ent(EntityType::ORG, "رواندا", 0),         // wrong type
    ];
    let s = score(&d, &g);
    assert_eq!(s.entities, counts(5, 4, 5, 4));
    let fp: Vec<_> = s.issues.iter().filter(|i| i.kind == IssueKind::FalsePositive).collect();
    assert_eq!(fp.len(), 1);
    assert_eq!(fp[0].text, "ORG رواندا");
    assert_eq!(fp[0].paragraph, Some(1));
    let miss: Vec<_> = s.issues.iter().filter(|i| i.kind == IssueKind::Miss).collect();
    assert_eq!(miss.len(), 1);
    assert_eq!((miss[0].paragraph, miss[0].text.as_str()), (None, "LOC رواندا"));
}

#[test]
fn entities_alef_maqsura_and_ta_marbuta_on_both_sides() {
    let g = gold(r#""entities":[{"type":"PER","forms":["مصطفى"]},{"type":"LOC","forms":["القاهرة"]}]"#);
    let mut d = doc(1);
    d.entities = vec![ent(EntityType::PER, "مصطفي", 0), ent(EntityType::LOC, "القاهره", 0)];
    assert_eq!(score(&d, &g).entities, counts(2, 2, 2, 2));
}

#[test]
fn times_by_paragraph_and_value() {
    let g = gold(r#""times":[{"paragraph":1,"text":"هذا الأسبوع","value":"2025-W18"},
                              {"paragraph":2,"text":"خلال ولاية ترامب الأولى","value":null},
                              {"paragraph":3,"text":"2024","value":"2024"}]"#);
    let mut d = doc(3);
    d.times = vec![
        tx(0, Some("2025-W18")),
        tx(0, Some("2025-W18")), // the same key again: counted once
        tx(1, None),             // null matches null
        tx(2, Some("2025")),     // wrong value
        tx(1, Some("2024")),     // right value, wrong paragraph
    ];
    let s = score(&d, &g);
    assert_eq!(s.times, counts(4, 2, 3, 2));
    assert_eq!(s.checks()[3], ("time values right", "2 of 3".to_string()));
    // A value where the gold says null, and null where the gold has a value, do not match.
    let mut d = doc(3);
    d.times = vec![tx(0, None), tx(1, Some("2025"))];
    assert_eq!(score(&d, &g).times, counts(2, 0, 3, 0));
}

#[test]
fn quotes_text_and_speaker() {
    let g = gold(r#""quotes":[{"paragraph":1,"contains":"نحن نبحث بنشاط عن دول أخرى","speaker":"ماركو روبيو"},
                               {"paragraph":2,"contains":"نريد أن نرسل إليكم","speaker":"ماركو روبيو"},
                               {"paragraph":3,"contains":"تعمل عالميًا","speaker":"متحدث باسم وزارة الخارجية الأمريكية"}]"#);
    let mut d = doc(3);
    d.quotes = vec![
        // Text contains gold `contains` after normalisation (no alef hamza, no diacritics).
        qt(0, "أقول هذا، نحن نبحث بنشاطٍ عن دول اخرى لاستقبال", Some("ماركو روبيو")),
        // Right text, no speaker: wrong.
        qt(1, "نعمل مع دول: نريد أن نرسل اليكم بعضا", None),
        // Right text, speaker with the same match form.
        qt(2, "تعمل عالميا لتطبيق", Some("متحدث باسم وزاره الخارجيه الامريكيه")),
    ];
    let s = score(&d, &g);
    assert_eq!(s.quotes, counts(3, 2, 3, 2));
    assert_eq!(s.checks()[0], ("required quotes found with right speaker", "2 of 3".to_string()));
    let miss = s.issues.iter().find(|i| i.kind == IssueKind::Miss).unwrap();
    assert_eq!(miss.paragraph, Some(2));
    assert!(miss.text.contains("[text found, no speaker]"), "{}", miss.text);
    // Right text in the wrong paragraph does not match.
    let mut d = doc(3);
    d.quotes = vec![qt(1, "نحن نبحث بنشاط عن دول أخرى", Some("ماركو روبيو"))];
    assert_eq!(score(&d, &g).quotes, counts(1, 0, 3, 0));
}

#[test]
fn quotes_speaker_equality_and_lenient_option() {
    let g = gold(r#""quotes":[{"paragraph":1,"contains":"نحن نبحث","speaker":"ماركو روبيو"}]"#);
    let mut d = doc(1);
    d.quotes = vec![qt(0, "نحن نبحث بنشاط", Some("وزير الخارجية الأمريكي ماركو روبيو"))];
    assert_eq!(score(&d, &g).quotes, counts(1, 0, 1, 0));
    let lenient = ScoreOptions { lenient_speaker: true };
    assert_eq!(score_with(&d, &g, &lenient).quotes, counts(1, 1, 1, 1));
    // The other direction (produced shorter than gold) is accepted too.
    d.quotes[0].speaker.as_mut().unwrap().text = "روبيو".into();
    assert_eq!(score_with(&d, &g, &lenient).quotes, counts(1, 1, 1, 1));
    // Containment is by whole words, not characters.
    d.quotes[0].speaker.as_mut().unwrap().text = "روبي".into();
    assert_eq!(score_with(&d, &g, &lenient).quotes, counts(1, 0, 1, 0));
    // No speaker is wrong even when lenient.
    d.quotes[0].speaker = None;
    assert_eq!(score_with(&d, &g, &lenient).quotes, counts(1, 0, 1, 0));
}

#[test]
fn quotes_each_gold_matched_once() {
    let g = gold(r#""quotes":[{"paragraph":1,"contains":"خدعة","speaker":"كير ستارمر"}]"#);
    let mut d = doc(1);
    d.quotes = vec![qt(0, "خدعة", Some("كير ستارمر")), qt(0, "خدعة", Some("كير ستارمر"))];
    assert_eq!(score(&d, &g).quotes, counts(2, 1, 1, 1));
}

#[test]
fn not_quotes_are_false_quotes() {
    let g = gold(r#""not_quotes":[{"paragraph":1,"contains":"الدولة الثالثة الآمنة"},
                                   {"paragraph":2,"contains":"بند","required":false}]"#);
    let mut d = doc(2);
    d.quotes = vec![
        qt(0, "الدولة الثالثة الامنة", Some("x")),
        qt(1, "الدولة الثالثة الآمنة", None), // other paragraph: an ordinary false positive
        qt(1, "بند", None),                   // borderline not-quote: not counted as false quote
    ];
    let s = score(&d, &g);
    assert_eq!(s.false_quotes, 1);
    assert_eq!(s.quotes, counts(3, 0, 0, 0));
    assert_eq!(s.checks()[1], ("false quotes", "1".to_string()));
    let fq: Vec<_> = s.issues.iter().filter(|i| i.kind == IssueKind::FalseQuote).collect();
    assert_eq!(fq.len(), 1);
    assert_eq!(fq[0].paragraph, Some(1));
    assert_eq!(s.issues.iter().filter(|i| i.kind == IssueKind::FalsePositive).count(), 2);
}

#[test]
fn attributions_by_paragraph_and_kind() {
    let g = gold(r#""attributions":[{"paragraph":1,"kind":"anonymous","cue":"قالت مصادر"},
                                     {"paragraph":2,"kind":"official_role"},
                                     {"paragraph":3,"kind":"document"}]"#);
    let mut d = doc(4);
    d.sentences.push(Sentence { start: 40, end: 49, paragraph: 2 }); // a second sentence of paragraph 2
    d.attributions = vec![
        at(0, SourceKind::Anonymous),
        at(1, SourceKind::OfficialRole),
        at(4, SourceKind::OfficialRole), // same paragraph and kind: one unit
        at(2, SourceKind::Organization), // wrong kind
        at(3, SourceKind::Anonymous),    // no gold in paragraph 4
    ];
    let s = score(&d, &g);
    assert_eq!(s.attributions, counts(4, 2, 3, 2));
    assert_eq!(s.checks()[2], ("required attributions found", "2 of 3".to_string()));
    let miss = s.issues.iter().find(|i| i.kind == IssueKind::Miss).unwrap();
    assert_eq!((miss.paragraph, miss.text.as_str()), (Some(3), "document «»"));
}

#[test]
fn sentence_index_out_of_range_matches_nothing() {
    let g = gold(r#""events":[{"paragraph":1,"source":"USA","roots":["04"]}],
                   "times":[{"paragraph":1,"value":null}],
                   "quotes":[{"paragraph":1,"contains":"a","speaker":"b"}],
                   "attributions":[{"paragraph":1,"kind":"anonymous"}]"#);
    let mut d = doc(1);
    d.events = vec![ev(9, "USA", None, "040")];
    d.times = vec![tx(9, None)];
    d.quotes = vec![qt(9, "a", Some("b"))];
    d.attributions = vec![at(9, SourceKind::Anonymous)];
    let s = score(&d, &g);
    for c in [Category::Events, Category::Times, Category::Quotes, Category::Attributions] {
        assert_eq!(*s.get(c), counts(1, 0, 1, 0), "{c:?}");
    }
    assert!(s.issues.iter().filter(|i| i.kind == IssueKind::FalsePositive).all(|i| i.paragraph.is_none()));
}

#[test]
fn ratios_and_micro_sums() {
    let c = counts(4, 3, 6, 2);
    assert_eq!((c.tp(), c.fp(), c.fn_()), (3, 1, 4));
    assert_eq!(c.precision(), Some(0.75));
    let r = 2.0 / 6.0;
    assert!((c.f1().unwrap() - 2.0 * 0.75 * r / (0.75 + r)).abs() < 1e-12);
    assert_eq!(counts(0, 0, 3, 0).f1(), Some(0.0)); // nothing produced against required gold
    assert_eq!(counts(2, 0, 0, 0).f1(), Some(0.0)); // only wrong items, nothing required
    assert_eq!(counts(2, 2, 0, 0).f1(), None);
    assert_eq!(counts(2, 0, 3, 0).f1(), Some(0.0));
    let mut a = Scores { times: counts(1, 1, 2, 1), false_quotes: 1, ..Scores::default() };
    a.add(&Scores { times: counts(3, 1, 2, 2), false_quotes: 2, ..Scores::default() });
    assert_eq!(a.times, counts(4, 2, 4, 3));
    assert_eq!(a.false_quotes, 3);
    let j = serde_json::to_value(c).unwrap();
    assert_eq!(j["fn"], 4);
    assert_eq!(j["precision"], 0.75);
    assert_eq!(serde_json::to_value(counts(0, 0, 0, 0)).unwrap()["recall"], serde_json::Value::Null);
}

#[test]
fn max_matching_is_maximum() {
    // Left 0 → {0,1}, left 1 → {0}, left 2 → {1}: only two can be matched, whichever order.
    let adj = vec![vec![0, 1], vec![0], vec![1]];
    for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2]] {
        let owner = max_matching(&order, &adj, 2);
        assert_eq!(owner.iter().flatten().count(), 2, "{order:?}");
    }
    // Left vertices tried first stay matched.
    let owner = max_matching(&[1, 2, 0], &adj, 2);
    assert_eq!(owner, vec![Some(1), Some(2)]);
}
