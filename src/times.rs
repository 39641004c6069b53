//! times: time expressions (TIMEX), found sentence by sentence and normalised to
//! ISO 8601 values against the document's publication date.
//!
//! # How it works
//!
//! Each sentence is cut into light tokens (letter runs, digit runs, single
//! punctuation characters) over its *folded* form ([`crate::normalize::fold_char`]:
//! no diacritics or tatweel, one alef, Arabic-Indic digits as ASCII), keeping the
//! character offset of every token in the original text. The built-in word list
//! also holds every word's forms with an attached conjunction (و ف) and/or
//! preposition (ب ل ك, with "لل" for ل + ال), so "وفي", "بالأمس", "للعام" are
//! recognised with one lookup. A sentence without a digit and without a known word is
//! skipped after tokenisation, which keeps the stage cheap. A small hand-written
//! grammar is then tried at every token, left to right, taking the longest
//! expression that starts there.
//!
//! # Spans
//!
//! `start`/`end` are character offsets (Unicode scalar values, end-exclusive)
//! into the document; `text` is the original text of that span. A preposition
//! directly before the expression is part of it the way news coders mark it:
//! في, خلال, منذ, بتاريخ, in, on, during ("في يناير/كانون الثاني", "خلال هذا
//! الأسبوع"), as are modifiers (مطلع أوائل أواخر منتصف نهاية بداية, early, late,
//! mid-, end of), parts of the day before a day (صباح مساء ليلة فجر ظهر عصر), and
//! the nouns يوم / شهر before a day or month name. An attached preposition ب ل ك
//! stays in the span ("بالأمس"); an attached conjunction و ف does not ("وأمس" →
//! "أمس").
//!
//! # Values
//!
//! `value` is ISO 8601 at the expression's own granularity: `2025`, `2025-04`,
//! `2025-04-30`, `2025-W18` (ISO week). A month or year is never completed with
//! a day. Resolution rules, all against the publication date `P`:
//!
//! * A month without a year is the most recent such month not after `P`'s month;
//!   "الماضي"/"last" makes it strictly before. When its clause has a future
//!   marker (سـ prefix on a verb, سوف, لن, will, shall) it is the first such
//!   month not before `P`'s month ("المقبل"/"next": strictly after). The same
//!   holds for a day and month without a year, compared by day. A modal or
//!   prospective word points the rest of its clause forward in the same way:
//!   could, would, may, might, should (not before "have"), "expected/plans/
//!   scheduled to/for", «قد» before an imperfect verb (not «لقد», «كان … قد»),
//!   «من المقرر/المتوقع (أن)», «المقبل/القادم» ("said the first flight could
//!   arrive in April" published in March is next April; "In April he would …"
//!   keeps the past reading).
//! * A bare weekday is the most recent such day up to `P`: the publication day's own
//!   weekday is `P` itself, as wire reports name their own day ("the Senate voted
//!   Thursday", «قال مسؤول الخميس» in a Thursday report; AP and AFP style), the others the
//!   most recent one before it; with "الماضي"/"last" it is strictly before `P`; in a
//!   future clause or with "المقبل"/"next" it is the next one strictly after `P`.
//!   A present clause that schedules points it forward too, to the next such day after
//!   `P` (`P`'s own weekday stays `P`): English present-tense scheduling verbs ("the strike
//!   starts Monday", "talks resume Tuesday", "takes effect", "kicks off"), "is/are due",
//!   "is set for", "planned for", "from Monday" in a clause with "is"/"are", and "starting",
//!   "beginning", "effective" right before the day when no past verb follows and none
//!   before it but one that announces or calls ("called on his supporters to stage a
//!   strike starting Monday"); in Arabic an imperfect verb that opens its clause
//!   («ويزور الوزير القاهرة الأحد», «إن المحادثات تنطلق السبت»), not after «لم» or
//!   «كان», not a verb of saying or blaming («يقول», «يتهم»). The past reading stays
//!   without such a cue before the day in its clause ("said on Monday", «قال الاثنين»,
//!   "said the delegation arrived on Sunday"), when a past verb comes between the cue and
//!   the day, in a relative or «بعدما» clause, after "since"/«منذ» («وتتواصل الاحتجاجات منذ
//!   الجمعة»), and for a possessive ("Sunday's election").
//! * An explicit year in the same clause, not `P`, places a bare month (with or without
//!   its day), a bare Hijri month or a bare weekday that only the clause's tense placed
//!   (TimeML/TIMEN anchoring; `Ctx::anchor_floating`): "The strike in 2017 … ended in
//!   June" is `2017-06`, «وفي 14 فبراير 2005 … وفي 8 مارس» `2005-03-08`, "in March 2024,
//!   calling for a ceasefire during Ramadan" the Ramadan of 2024 (1445, which spans March
//!   and April: no value). A weekday of another year than `P`'s gets no value (the text
//!   does not fix which Friday of 2019), unless a date of the clause falls on it. The year
//!   must follow a preposition or year word ("in 2017", «عام 2019», "in March 2024"), not a
//!   cue ("before 2020", "since 2016") nor stand bare ("the 2017 strike"); the clause
//!   must name no other year; a year in a relative clause reaches only that clause; and a
//!   past year does not place a future clause ("Elections held in 2021 will be repeated
//!   in April" is next April). "On a Monday", "every Friday" name no day and are not read.
//! * Relative expressions shift `P`: اليوم/أمس/غدا, أول أمس/أمس الأول, "قبل يومين", "3 days ago",
//!   "الأسبوع الماضي" (ISO week), "الشهر الماضي", "العام الماضي", "next month"…
//!   A modifier before a bare period is a part of the current one: "منذ مطلع العام"
//!   and "the start of the year" are `P`'s year, "نهاية الشهر" `P`'s month.
//!   "بعد يومين" gets a value only in a future clause. An offset anchored to an
//!   event ("قبل يومين من الانتخابات") gets no value.
//! * A span back from `P` counted in days, weeks, months, years or hours ("the past three
//!   days", "the last 24 hours", «خلال الأيام الثلاثة الماضية», «الـ48 ساعة الماضية»,
//!   «الأسبوعين الماضيين», «الأشهر الستة الأخيرة») is an ISO 8601 interval from the first to the
//!   last period, `P`'s own day, month or year included: 2025-05-01 gives
//!   `2025-04-28/2025-05-01` for three days, `2025-04-17/2025-05-01` for two weeks,
//!   `2024-11/2025-05` for six months, `2022/2025` for three years; hours count in whole
//!   days (24 hours → `2025-04-30/2025-05-01`). Without a count ("the past few days",
//!   «الأيام الأخيرة») it has no value. «السابقة» ("the previous three days") points back
//!   from the narrative's own time, not from `P`, and is not read.
//! * A season with a direction word or a year is a TimeML season value (`2024-SU`; SP,
//!   SU, FA, WI), read as the northern meteorological seasons (winter December–February,
//!   its year that of its December): "last summer", «الصيف الماضي» is the latest summer
//!   before the season holding `P` (published 2025-03-20: `2024-SU`; published in August
//!   2025 too), "this winter", «هذا الشتاء» this year's (the current one when `P` is in
//!   it), "next spring", «الربيع المقبل» the first after it; «صيف 2024», «شتاء العام
//!   الماضي», "the summer of 2024" name the year. «ربيع الأول/الثاني» is the Hijri month.
//!   Corpus timelines date an event with a season value by its document.
//! * A month followed by الجاري/الحالي is in `P`'s year ("11 ديسمبر الحالي").
//! * A day and month without a year that name a movement rather than a date are
//!   skipped ("قوى 14 آذار", "ثورة 23 يوليو"); "هجمات 11 سبتمبر" is 2001-09-11.
//! * "اليوم (أمس)", the Arabic press convention for a quoted "today" that was the
//!   day before publication, is one expression with the value of أمس.
//! * Without a publication date every relative expression has `value: None`.
//! * No value is later than `P` unless the text says so (a future marker, a
//!   "next"-word or an explicit date).
//! * Numeric dates: `2016-11-17` (year first), `17/11/2016` day first in Arabic
//!   text; in English text month first unless the first number exceeds 12.
//! * An invalid calendar date ("٣١ فبراير ٢٠٢٤") is still reported, with
//!   `value: None`; so is a year before the common era ("2000 ق.م.", "قبل
//!   الميلاد", "BC").
//!
//! # Bare years
//!
//! A four-digit number 1900–2100 on its own is a year only where a year is
//! expected: after عام/العام/سنة/عامي/year (which join the span), after a
//! preposition or cue (في خلال منذ حتى بحلول قبل بعد صدر, in, since, until, by,
//! before, after, during, through, for), after a modifier (مطلع…, early…), when
//! followed by م/ميلادي/AD, in a range ("1991-1995", "من 2016 إلى 2018",
//! "between 2010 and 2015", and the second year after a first: "2010 و2015"),
//! and in English between "the" (or a possessive) and a lower-case word ("the
//! 1994 genocide": English writes counts of a thousand or more with a comma).
//! Even then it is not a year when a counted noun or a multiplier follows ("في
//! 2000 شخص", "in 2000 cases", "2000 ألف", "2000%"). Any 4-digit number
//! 1000–2999 is a year right after a month name.
//!
//! # Hijri dates
//!
//! Hijri month names (محرم … ذو الحجة) with a day and/or year, or a year with
//! هـ/هجري, are converted from the Umm al-Qura calendar with ICU4X
//! `icu_calendar` and carry `calendar: Some("islamic-umalqura")`. A Hijri month
//! (or year) without a day gets the Gregorian month (year) only when it lies
//! wholly inside one; otherwise its value is `None`. صفر (also "zero", as in a
//! score "1 ـ صفر") needs a year or "شهر". Without a year a Hijri month or day
//! is resolved like a Gregorian one, in the Hijri year of `P`; "رمضان 2025" is
//! the Ramadan that starts in Gregorian 2025. English text writes the months
//! transliterated and capitalised ("3 Ramadan 1446 AH", "10 Dhu al-Hijjah 1445",
//! "1 Rabi' al-Awwal 1446"; era marker "AH" or "Hijri"); Rajab, Shaban and Safar,
//! which are also given names, need a day or a year, and a month name right after a
//! capitalised unknown word is a surname ("Tariq Ramadan").
//!
//! # Not covered
//!
//! Clock times, durations ("for three years"), a season without a direction word or a
//! year ("in the summer"), decades, date ranges as
//! one expression (other than the spans back from `P` above), anaphoric references without a calendar anchor ("the next
//! day", "في اليوم التالي", "خلال ولاية ترامب الأولى").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use icu_calendar::cal::Hijri;
use icu_calendar::{Date as IcuDate, Iso};
use jiff::civil::Date;

use crate::model::{Lang, Sentence, Timex};
use crate::normalize::{fold, fold_char};
use crate::text::Text;

/// The `calendar` value recorded on Hijri expressions (ICU4X Umm al-Qura rules).
pub const HIJRI_CALENDAR: &str = "islamic-umalqura";

/// Finds and normalises the time expressions of every sentence.
///
/// Returns the expressions in text order. `start`/`end` are character offsets
/// (Unicode scalar values, end-exclusive) into `text`; `sentence` indexes
/// `sentences`; `value` is resolved against `published` as described in the
/// module documentation (`None` for relative expressions when `published` is
/// `None`). Sentences whose offsets do not fit `text` are skipped. Never panics.
pub fn extract(text: &Text, sentences: &[Sentence], lang: Lang, published: Option<Date>) -> Vec<Timex> {
    let mut out = Vec::new();
    let hpub = published.and_then(iso_to_hijri);
    let mut scan = Scan::default();
    let mut found: Vec<Found> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if s.start >= s.end || s.end > text.chars() {
            continue;
        }
        if !scan.load(text, s) {
            continue;
        }
        let cx =
            Ctx { sc: &scan, t: &scan.toks, pubd: published, hpub, lang, last_year_end: std::cell::Cell::new(None) };
        let n = scan.toks.len();
        found.clear();
        let mut i = 0;
        while i < n {
            match cx.try_at(i) {
                Some(h) if h.end > i && h.end <= n => {
                    let first = &scan.toks[i];
                    let start = if first.skip > 0 {
                        scan.fmap.get(first.fc + first.skip).copied().unwrap_or(first.start)
                    } else {
                        first.start
                    };
                    let end = scan.toks[h.end - 1].end;
                    if start < end {
                        if h.float.is_some() || h.year || h.explicit || h.anchor {
                            found.push(cx.found(i, h, out.len()));
                        }
                        out.push(Timex {
                            text: text.slice(start, end).to_string(),
                            start,
                            end,
                            value: h.val.and_then(V::iso),
                            calendar: h.hijri.then(|| HIJRI_CALENDAR.to_string()),
                            since: h.since,
                            sentence: si,
                        });
                    }
                    if h.year {
                        cx.last_year_end.set(Some(h.end));
                    }
                    i = h.end;
                }
                _ => i += 1,
            }
        }
        if found.iter().any(|f| f.float.is_some()) && found.iter().any(|f| f.anchor.is_some()) {
            cx.anchor_floating(&found, &mut out);
        }
    }
    out
}

/// One expression of the sentence being read, for [`Ctx::anchor_floating`].
struct Found {
    /// Its index in the output.
    out: usize,
    /// Its first token (a preposition or modifier included).
    first: usize,
    /// The Gregorian year it names by number when that year can anchor the floating expressions
    /// of its clause ("in 2017", «عام 2019», "in March 2024"; not after "since", "before",
    /// "until", «حتى», «قبل», nor a year without a preposition or year word: "the 2017 strike").
    anchor: Option<i32>,
    /// Any Gregorian year it names (a year, a month or date with its year, "last year", a
    /// season with its year): two different years in one clause anchor nothing.
    year: Option<i32>,
    /// Resolved by its clause's tense alone ([`Hit::float`]).
    float: Option<(Float, i8)>,
    /// Its value when it is a day of an anchor year ("on 14 January 2011").
    day: Option<V>,
}

/// The Gregorian year of a value that names one (a day, month, year or season).
fn value_year(v: V) -> Option<i32> {
    match v {
        V::D(d) => Some(i32::from(d.year())),
        V::M(y, _) | V::Y(y) | V::S(y, _) => Some(y),
        _ => None,
    }
}

/// The Hijri year whose month `m` (day `d`, else its first day) falls in Gregorian year `y`
/// ("رمضان 2025" is the Ramadan that starts in 2025).
fn hijri_year_in(y: i32, m: u8, d: Option<u8>) -> Option<i32> {
    let approx = ymd(y, 7, 1).and_then(iso_to_hijri).map(|h| h.0)?;
    (approx - 1..=approx + 1).find(|&h| hijri_to_iso(h, m, d.unwrap_or(1)).is_some_and(|g| i32::from(g.year()) == y))
}

/// Arabic relative pronouns (folded) and English relative words: a year after one in its
/// clause is the relative clause's (see [`Ctx::anchor_floating`]).
const RELATIVES: &str = "الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|which|who|whom|whose";

// ---------------------------------------------------------------------------
// Word list
// ---------------------------------------------------------------------------

/// Gregorian month names written as one Arabic word: Egyptian/Gulf, Levantine/Iraqi, Maghrebi.
/// The two-word Levantine names (كانون الثاني, تشرين الأول, …) are built from [`LEVANTINE`].
const GREG_AR: &[(&str, u8)] = &[
    ("يناير|جانفي", 1),
    ("فبراير|فبرير|فيفري|شباط", 2),
    ("مارس|آذار", 3),
    ("أبريل|إبريل|أفريل|نيسان", 4),
    ("مايو|ماي|أيار|مايس", 5),
    ("يونيو|يونيه|جوان|حزيران", 6),
    ("يوليو|يوليه|يوليوز|جويلية|تموز", 7),
    ("أغسطس|أوت|غشت|آب", 8),
    ("سبتمبر|شتنبر|أيلول", 9),
    ("أكتوبر", 10),
    ("نوفمبر|نونبر", 11),
    ("ديسمبر|دجنبر", 12),
];

/// First words of two-word Levantine month names: 1 كانون (الأول 12, الثاني 1), 2 تشرين (الأول 10, الثاني 11).
const LEVANTINE: &[(&str, u8)] = &[("كانون", 1), ("تشرين", 2)];

/// English month names.
const GREG_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English month abbreviations (used only with a day or a year).
const GREG_EN_ABBR: &[(&str, u8)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep|sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Hijri month names written as one word; the flag marks names that are also common words.
const HIJRI_AR: &[(&str, u8, bool)] = &[
    ("محرم|المحرم", 1, false),
    ("صفر", 2, true),
    ("رجب", 7, false),
    ("شعبان", 8, false),
    ("رمضان", 9, false),
    ("شوال", 10, false),
];

/// English (transliterated) one-word Hijri month names; capitalised in text. The flag
/// marks names that are also common given names (Rajab, Shaban, Safar: need a day or a year).
const HIJRI_EN: &[(&str, u8, bool)] = &[
    ("muharram", 1, false),
    ("safar", 2, true),
    ("rajab", 7, true),
    ("shaban|shaaban|shabaan", 8, true),
    ("ramadan|ramadhan|ramazan", 9, false),
    ("shawwal|shawal", 10, false),
];

/// First words of English two-word Hijri month names ("Rabi al-Awwal", "Jumada al-Akhira",
/// "Dhu al-Hijjah", "Dhul-Qadah"), with the same numbering as [`HIJRI_PART`].
const HIJRI_PART_EN: &[(&str, u8)] = &[("rabi|rabia|rabee", 1), ("jumada|jumadah|jumaada", 2), ("dhu|dhul|zul|thul", 3)];

/// Second words of English two-word Hijri month names (after an optional "al-").
const P2_EN: &[(&str, u8)] = &[
    ("awwal|awal|ula|oula|ula", P2_FIRST),
    ("thani|thaani|sani|akhir|akhar|akhira|akhirah|akhera|thaniya|thaniyah", P2_SECOND),
    ("qadah|qidah|qada|qaadah|qaada|qiddah", P2_QAADA),
    ("hijjah|hijja|hijah|hijjeh", P2_HIJJA),
];

/// First words of two-word Hijri month names: 1 ربيع, 2 جمادى, 3 ذو/ذي.
const HIJRI_PART: &[(&str, u8)] = &[("ربيع", 1), ("جمادى|جمادي", 2), ("ذو|ذي", 3)];

/// Second words of two-word month names.
const P2: &[(&str, u8)] = &[
    ("الأول", P2_FIRST),
    ("الثاني", P2_SECOND),
    ("الآخر", P2_LAST),
    ("الأولى", P2_FIRST_F),
    ("الآخرة", P2_LAST_F),
    ("الثانية", P2_SECOND_F),
    ("القعدة", P2_QAADA),
    ("الحجة", P2_HIJJA),
];
const P2_FIRST: u8 = 1;
const P2_SECOND: u8 = 2;
const P2_LAST: u8 = 3;
const P2_FIRST_F: u8 = 4;
const P2_LAST_F: u8 = 5;
const P2_SECOND_F: u8 = 6;
const P2_QAADA: u8 = 7;
const P2_HIJJA: u8 = 8;

/// Weekdays, ISO numbering (1 Monday … 7 Sunday).
const WEEKDAYS_AR: &[(&str, u8)] =
    &[("الاثنين|الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6), ("الأحد", 7)];
const WEEKDAYS_EN: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Deictic days: offset from the publication date.
const DAYREL: &[(&str, i8)] =
    &[("اليوم|today|tonight", 0), ("أمس|الأمس|البارحة|yesterday", -1), ("غدا|الغد|غد|tomorrow", 1)];

const DAY: u8 = 1;
const WEEK: u8 = 2;
const MONTH: u8 = 3;
const YEAR: u8 = 4;
/// Hours, only in spans back from the publication date ("الـ48 ساعة الماضية").
const HOUR: u8 = 5;

/// Calendar units: (forms, unit, number: 1 singular, 2 dual, 0 plural, definite).
const UNITS: &[(&str, u8, u8, bool)] = &[
    ("يوم|يوما", DAY, 1, false),
    ("يومين|يومان", DAY, 2, false),
    ("أيام", DAY, 0, false),
    ("الأيام", DAY, 0, true),
    ("أسبوع|أسبوعا", WEEK, 1, false),
    ("أسبوعين|أسبوعان", WEEK, 2, false),
    ("أسابيع", WEEK, 0, false),
    ("الأسبوع", WEEK, 1, true),
    ("الأسابيع", WEEK, 0, true),
    ("شهر|شهرا", MONTH, 1, false),
    ("شهرين|شهران", MONTH, 2, false),
    ("أشهر|شهور", MONTH, 0, false),
    ("الشهر", MONTH, 1, true),
    ("الأشهر|الشهور", MONTH, 0, true),
    ("عام|عاما|سنة", YEAR, 1, false),
    ("عامين|عامان|سنتين|سنتان", YEAR, 2, false),
    ("أعوام|سنوات|سنين", YEAR, 0, false),
    ("العام|السنة", YEAR, 1, true),
    ("الأعوام|السنوات|السنين", YEAR, 0, true),
    ("اليومين", DAY, 2, true),
    ("الأسبوعين", WEEK, 2, true),
    ("الشهرين", MONTH, 2, true),
    ("العامين|السنتين", YEAR, 2, true),
    ("day|week|weekend|month|year", 0, 1, false), // unit filled in by name below
    ("days|weeks|months|years", 0, 0, false),
];

/// Direction adjectives after a noun: -1 past, 0 current, +1 next.
const RELDIR: &[(&str, i8)] = &[
    ("الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة", -1),
    ("الجاري|الجارية|الحالي|الحالية|الحاضر", 0),
    ("المقبل|المقبلة|القادم|القادمة", 1),
];

/// English direction words before a noun.
const EN_DIR: &[(&str, i8)] = &[("last", -1), ("this", 0), ("next", 1)];

/// Number words used with units.
const NUMWORDS: &[(&str, u8)] = &[
    ("واحد|واحدة|one|a|an", 1),
    ("اثنين|اثنان|اثنتين|اثنتان|two", 2),
    ("ثلاثة|ثلاث|three", 3),
    ("أربعة|أربع|four", 4),
    ("خمسة|خمس|five", 5),
    ("ستة|ست|six", 6),
    ("سبعة|سبع|seven", 7),
    ("ثمانية|ثماني|ثمان|eight", 8),
    ("تسعة|تسع|nine", 9),
    ("عشرة|عشر|ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("عشرين|عشرون|twenty", 20),
    ("ثلاثين|ثلاثون|thirty", 30),
];

/// Definite number words after a definite plural unit ("الأيام الثلاثة الماضية").
const DEFNUMS: &[(&str, u8)] = &[
    ("الثلاثة|الثلاث", 3),
    ("الأربعة|الأربع", 4),
    ("الخمسة|الخمس", 5),
    ("الستة|الست", 6),
    ("السبعة|السبع", 7),
    ("الثمانية|الثماني", 8),
    ("التسعة|التسع", 9),
    ("العشرة|العشر", 10),
];

/// Season words (Arabic definite, Arabic indefinite, English): 1 spring, 2 summer, 3 autumn,
/// 4 winter. Their values are TimeML's season values (`2024-SU`; TimeML 1.2.1 / ISO-TimeML),
/// read as the northern meteorological seasons: spring March–May, summer June–August, autumn
/// September–November, winter December to February, its year the year of its December.
const SEASONS: &[(&str, &str, &str, u8)] = &[
    ("الربيع", "ربيع", "spring", 1),
    ("الصيف", "صيف", "summer", 2),
    ("الخريف", "خريف", "autumn|fall", 3),
    ("الشتاء", "شتاء", "winter", 4),
];

/// Definite tens, which follow a definite unit number after و in a compound number
/// ("الأربع والعشرين": 24, "الثماني والأربعين": 48) or stand alone ("الأيام العشرين الماضية").
const DEFTENS: &[(&str, u8)] = &[
    ("العشرين", 20),
    ("الثلاثين", 30),
    ("الأربعين", 40),
    ("الخمسين", 50),
    ("الستين", 60),
    ("السبعين", 70),
    ("الثمانين", 80),
    ("التسعين", 90),
];

/// Arabic adjectives that close a span back from the publication date (singular, plural
/// and dual; not «السابقة», which points back from the narrative's own time).
const PAST_ADJ: &str = "الماضي|الماضية|الماضيين|الماضيتين|المنصرم|المنصرمة|الأخير|الأخيرة|الأخيرين|الأخيرتين|الفائتة";

/// Ordinal day numbers ("الأول من يناير", "الحادي عشر من", "الثاني والعشرين من").
const ORDINALS: &[(&str, u8)] = &[
    ("الأول|الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("العشرين", 20),
    ("الثلاثين", 30),
];

/// Prepositions that join the span of the expression they precede.
const PREPS: &str = "في|خلال|منذ|بتاريخ|in|on|during";
/// Cues before a bare year or month that stay outside the span.
const CUES: &str = "صدر|صدرت|حتى|بحلول|قبل|بعد|since|until|till|by|before|after|through|throughout|for";
/// Words that introduce a year number and join the span.
const YEARWORDS: &str = "عام|العام|سنة|السنة|عامي|year";
/// Parts of the day before a day expression.
const POD_AR: &str = "صباح|مساء|ليلة|ليل|فجر|ظهر|عصر|ظهيرة|ضحى";
/// Parts of the day after an English day expression.
const POD_EN: &str = "morning|afternoon|evening|night";
/// Modifiers that join the span ("مطلع يناير", "late last year", "mid-2024").
const MODIFIERS: &str = "مطلع|أوائل|أواخر|منتصف|نهاية|بداية|أواسط|بدايات|نهايات|early|late|mid";
/// English modifiers that need "of".
const MODIFIERS_OF: &str = "end|beginning|start|middle";
/// Nouns that join the span before a day or a month ("يوم الخميس", "شهر رمضان").
const PREFIX_NOUNS: &str = "يوم|شهر";
/// Hijri era markers after a year.
const HIJRI_MARKS: &str = "هـ|هجري|هجرية|الهجري|الهجرية|للهجرة|هجريا";
/// Common-era markers after a year.
const AD_MARKS: &str = "م|ميلادي|ميلادية|الميلادي|الميلادية|للميلاد|ميلاديا|ad";
/// Explicit future markers (besides the سـ prefix, see [`ar_future`]).
const FUTURE: &str = "سوف|لن|will|shall";
/// Modal and prospective words that point the rest of their clause forward
/// (see [`Scan::clauses`]): English modals (not before "have": "could have
/// arrived" is past) and "pending" ("pending a full hearing in January"), "expected"/"plans"/"scheduled" before "to"/"for", Arabic
/// «قد» before an imperfect verb, «من المقرر»/«من المتوقع», «المقبل»/«القادم».
const MODAL: &str = "could|would|might|should|may|pending";
/// Prospective words that need "to" (or "for") after them ("is expected to", "plans to", "scheduled for",
/// "promised to review … before the end of March", "agreed to meet in April").
const MODAL_TO: &str = "expected|plans|planning|scheduled|intends|aims|hopes|promised|promises|pledged|pledges|vowed|vows|agreed";
/// Arabic words after «من» that make a prospective frame ("من المقرر أن …").
const MODAL_MIN: &str = "المقرر|المقررة|المتوقع|المنتظر";
/// Arabic adjectives "next, coming": the clause refers forward from here on.
const MODAL_NEXT: &str = "المقبل|المقبلة|القادم|القادمة";
/// Words that start a new clause for future-marker scope.
const CLAUSE: &str = "إن|أن|أنه|إنه|أنها|إنها|أنهم|إنهم|بأن|لأن|لكن|لكنه|لكنها|لكنهم|بينما|that|which|who|because|but|while";
/// Counted nouns and multipliers: a number before them is a count, not a year.
const COUNT_NOUNS: &str = "شخص|شخصا|أشخاص|قتيل|قتيلا|قتلى|جريح|جريحا|جرحى|مدني|مدنيا|جندي|جنديا|عنصر|عنصرا|مقاتل|مقاتلا|مسلح|مسلحا|طفل|طفلا|امرأة|لاجئ|نازح|معتقل|أسير|سجين|مهاجر|عامل|موظف|منزل|منزلا|مبنى|وحدة|حالة|إصابة|صاروخ|صاروخا|قذيفة|غارة|طائرة|موقع|قرية|مرة|ساعة|دقيقة|دولار|دولارا|يورو|جنيه|جنيها|ريال|ريالا|دينار|دينارا|درهم|درهما|ليرة|كيلومتر|كيلومترا|كلم|كم|متر|مترا|كيلوغرام|كغ|طن|طنا|برميل|ميغاواط|ألف|آلاف|مليون|ملايين|مليار|عائلة|أسرة|طالب|مريض|وفاة|شاحنة|سيارة|عضو|عضوا|صوت|صوتا|صفقة|عملية|حادث|حادثة|هجوما|مشروع|مشروعا|شركة|مدرسة|مستشفى|قطعة|رأس|سلاح|دبابة|مقعد|مقعدا|ناخب|متظاهر|متظاهرا|شرطي|شرطيا|ضابط|ضابطا|كيلو|people|persons|cases|troops|soldiers|civilians|children|women|men|refugees|migrants|dollars|euros|pounds|km|kilometers|kilometres|miles|metres|meters|feet|tons|tonnes|barrels|deaths|dead|homes|houses|families|times|percent|per|units|hours|votes|members|students|workers|fighters|militants|prisoners|detainees|rockets|missiles|thousand|million|billion";
/// Words that start a range of years ("من 2016 إلى 2018", "between 2010 and 2015"): a cue when a range follows.
const RANGE_START: &str = "من|بين|from|between";
/// Words after اليوم that make it "the day" rather than "today".
const NOT_TODAY: &str = "التالي|السابق|الذي|نفسه|ذاته|الأخير|العالمي|الوطني|الدولي|العربي|الأولى|التالية|الطويل|الدامي|الموعود|المشهود|التاريخي|الختامي|الافتتاحي|المفتوح|الدراسي|الانتخابي|الأسود";
/// Words before اليوم that make it part of a name ("المصري اليوم", "روسيا اليوم", "أخبار اليوم").
const TODAY_NAMES: &str = "المصري|روسيا|أخبار";
/// Nouns before a day and month without a year that name a movement, not a date.
const MOVEMENTS: &str =
    "ثورة|انتفاضة|حركة|قوى|تيار|تحالف|ائتلاف|فريق|معسكر|جماعة|شباب|مدينة|شارع|ميدان|جسر|كوبري|جامعة|مستشفى|ملعب|حي";
/// Nouns before "11 سبتمبر" that make it the 2001 attacks.
const ATTACKS: &str = "أحداث|هجمات|اعتداءات|تفجيرات|ضربات|هجوم|اعتداء|تفجير|بعد";
/// Nouns that take العام as the adjective "general".
const GENERAL_NOUNS: &str = "الأمين|المدعي|النائب|المنسق|المدير|القائد|المفتش|المراقب|المرشد|المقرر|الرأي|القطاع|الإضراب|المؤتمر|الأمن|الاتحاد|الصالح|النظام|الإطار";
/// Arabic words starting like a سـ-future verb that are not one (see [`ar_future`]).
const FUTURE_DENY: &[&str] = &[
    "سيد",
    "سيده",
    "سيدات",
    "سيادة",
    "سيادي",
    "سيطرة",
    "سيطره",
    "سيطرت",
    "سيطر",
    "سيول",
    "سيف",
    "سيناء",
    "سيرة",
    "سيره",
    "سير",
    "سيما",
    "سيئ",
    "سيئة",
    "سيئه",
    "سيرك",
    "سيتي",
    "ستة",
    "سته",
    "ست",
    "ستين",
    "ستون",
    "ستاد",
    "سنة",
    "سنه",
    "سنوات",
    "سنوي",
    "سنويا",
    "سنوية",
    "سنويه",
    "سنين",
    "سنتين",
    "سنتان",
    "سنت",
    "سند",
    "سندات",
    "سني",
    "سنية",
    "سنيه",
    "سنة",
];
const FUTURE_DENY_PREFIX: &[&str] =
    &["سياس", "سيار", "سياح", "سياق", "سينما", "سيناري", "ستوكهولم", "ستيف", "ستالين", "ستار", "سنغافور", "سناتور"];

/// What a folded word can be in a time expression.
#[derive(Clone, Copy, Default, Debug)]
struct W {
    known: bool,
    /// English name: month and weekday names must be capitalised.
    en: bool,
    month: u8,
    abbr: bool,
    lev: u8,
    hijri: u8,
    hijri_amb: bool,
    hpart: u8,
    p2: u8,
    wday: u8,
    /// Blocks a following weekday: 1 الاثنين ("كلا الاثنين"), 2 الجمعة ("صلاة الجمعة"), 4 any English weekday ("Black Friday").
    wd_neg: u8,
    is_dayrel: bool,
    dayrel: i8,
    unit: u8,
    unit_n: u8,
    unit_def: bool,
    is_reldir: bool,
    reldir: i8,
    is_en_dir: bool,
    en_dir: i8,
    this: bool,
    numword: u8,
    vague: bool,
    ordinal: u8,
    prep: bool,
    cue: bool,
    yearword: bool,
    pod: bool,
    pod_en: bool,
    modi: bool,
    modi_of: bool,
    pfx: bool,
    /// Arabic offset word: -1 قبل, -2 منذ, +1 بعد.
    ago: i8,
    ago_en: bool,
    hmark: bool,
    admark: bool,
    future: bool,
    /// Modal marker (see [`MODAL`]): 1 English modal, 2 needs "to"/"for" next,
    /// 3 Arabic «قد», 4 needs «من» before, 5 Arabic "next".
    modal: u8,
    clause: bool,
    count: bool,
    awwal: bool,
    not_today: bool,
    range: bool,
    /// Demonstrative: "هذا اليوم", "ذلك اليوم" are "this/that day", not today.
    dem: bool,
    /// Before اليوم in a name: "المصري اليوم", "روسيا اليوم".
    today_name: bool,
    /// Before a day and month naming a movement or revolution ("ثورة 23 يوليو", "قوى 14 آذار").
    movement: bool,
    /// Before "11 سبتمبر": the 2001 attacks.
    attack: bool,
    /// Nouns that take العام as the adjective "general" ("الأمين العام", "المدعي العام").
    general: bool,
    /// Arabic adjective closing a span back from `P`: الماضية, الأخيرة, الماضيين … ("الأيام الثلاثة الماضية").
    past_adj: bool,
    /// English word opening a span back from `P`: past, last, previous ("the past three days").
    past_en: bool,
    /// A definite Arabic number word ("الثلاثة" in "الأيام الثلاثة الماضية").
    defnum: u8,
    /// A definite Arabic ten ("العشرين" in "الساعات الأربع والعشرين الماضية").
    deftens: u8,
    /// A season word: 1 spring, 2 summer, 3 autumn, 4 winter ([`SEASONS`]).
    season: u8,
    /// The season word is the Arabic definite form ("الصيف").
    season_def: bool,
    /// The article written apart before digits ("الـ48 ساعة الماضية").
    al: bool,
}

/// FNV-1a, enough for short keys and cheaper than SipHash.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map = HashMap<String, W, BuildHasherDefault<Fnv>>;

/// A surface form in the lookup table: the word it stands for and its clitics.
struct Entry {
    /// Index into `Lexicon::words`.
    word: usize,
    /// Characters of an attached conjunction (و ف).
    skip: usize,
    /// An attached preposition (ب ل ك) was removed.
    pclitic: bool,
}

/// The word list, with every clitic form precomputed so a token costs one lookup.
struct Lexicon {
    words: Vec<(String, W)>,
    forms: HashMap<String, Entry, BuildHasherDefault<Fnv>>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(build_lexicon()));

impl Lexicon {
    /// Adds, for each Arabic word of two or more letters, its forms with a conjunction
    /// (و ف), a preposition (ب ل ك; ل + ال is written لل) or both. A form that is
    /// itself a word keeps that reading; a conjunction reading wins over a preposition one.
    fn new(m: Map) -> Lexicon {
        let words: Vec<(String, W)> = m.into_iter().collect();
        let mut forms: HashMap<String, Entry, BuildHasherDefault<Fnv>> = HashMap::default();
        for (id, (k, _)) in words.iter().enumerate() {
            forms.insert(k.clone(), Entry { word: id, skip: 0, pclitic: false });
        }
        let arabic = |k: &str| !k.is_ascii() && k.chars().count() >= 2;
        for (id, (k, _)) in words.iter().enumerate().filter(|(_, (k, _))| arabic(k)) {
            for c in ['و', 'ف'] {
                forms.entry(format!("{c}{k}")).or_insert(Entry { word: id, skip: 1, pclitic: false });
            }
        }
        for (id, (k, _)) in words.iter().enumerate().filter(|(_, (k, _))| arabic(k)) {
            for conj in ["", "و", "ف"] {
                let skip = usize::from(!conj.is_empty());
                for p in ['ب', 'ل', 'ك'] {
                    forms.entry(format!("{conj}{p}{k}")).or_insert(Entry { word: id, skip, pclitic: true });
                }
                if let Some(rest) = k.strip_prefix("ال") {
                    forms.entry(format!("{conj}لل{rest}")).or_insert(Entry { word: id, skip, pclitic: true });
                }
            }
        }
        Lexicon { words, forms }
    }
}

fn add(m: &mut Map, words: &str, f: impl Fn(&mut W)) {
    for w in words.split('|') {
        let k = fold(w.trim());
        if !k.is_empty() {
            let e = m.entry(k).or_default();
            e.known = true;
            f(e);
        }
    }
}

fn build_lexicon() -> Map {
    let mut m = Map::default();
    for &(w, n) in GREG_AR {
        add(&mut m, w, |e| e.month = n);
    }
    for &(w, n) in LEVANTINE {
        add(&mut m, w, |e| e.lev = n);
    }
    for (k, w) in GREG_EN.iter().enumerate() {
        add(&mut m, w, |e| {
            e.month = k as u8 + 1;
            e.en = true;
        });
    }
    for &(w, n) in GREG_EN_ABBR {
        add(&mut m, w, |e| {
            e.month = n;
            e.en = true;
            e.abbr = true;
        });
    }
    // Hijri month names: Arabic, and English transliterations (capitalised in text)
    for (names, en) in [(HIJRI_AR, false), (HIJRI_EN, true)] {
        for &(w, n, amb) in names {
            add(&mut m, w, |e| {
                e.hijri = n;
                e.hijri_amb = amb;
                e.en |= en;
            });
        }
    }
    for (parts, en) in [(HIJRI_PART, false), (HIJRI_PART_EN, true)] {
        for &(w, n) in parts {
            add(&mut m, w, |e| {
                e.hpart = n;
                e.en |= en;
            });
        }
    }
    for &(w, n) in P2.iter().chain(P2_EN) {
        add(&mut m, w, |e| e.p2 = n);
    }
    add(&mut m, "ah|hijri", |e| {
        e.hmark = true;
        e.en = true;
    });
    for &(w, n) in WEEKDAYS_AR {
        add(&mut m, w, |e| e.wday = n);
    }
    for (k, w) in WEEKDAYS_EN.iter().enumerate() {
        add(&mut m, w, |e| {
            e.wday = k as u8 + 1;
            e.en = true;
        });
    }
    add(&mut m, "كلا", |e| e.wd_neg |= 1);
    add(&mut m, "صلاة|خطبة|صلوات|خطب", |e| e.wd_neg |= 2);
    add(&mut m, "super|black|good|bloody|ash|palm|easter|holy|cyber|maundy", |e| e.wd_neg |= 4);
    for &(w, n) in DAYREL {
        add(&mut m, w, |e| {
            e.is_dayrel = true;
            e.dayrel = n;
        });
    }
    for &(w, u, n, def) in UNITS {
        for form in w.split('|') {
            let unit = match form.trim_end_matches('s') {
                "day" => DAY,
                "week" | "weekend" => WEEK,
                "month" => MONTH,
                "year" => YEAR,
                _ => u,
            };
            add(&mut m, form, |e| {
                e.unit = unit;
                e.unit_n = n;
                e.unit_def = def;
            });
        }
    }
    for &(w, n) in RELDIR {
        add(&mut m, w, |e| {
            e.is_reldir = true;
            e.reldir = n;
        });
    }
    for &(w, n) in EN_DIR {
        add(&mut m, w, |e| {
            e.is_en_dir = true;
            e.en_dir = n;
        });
    }
    add(&mut m, "هذا|هذه", |e| e.this = true);
    for &(w, n) in NUMWORDS {
        add(&mut m, w, |e| e.numword = n);
    }
    add(&mut m, "بضعة|بضع|عدة|few|several", |e| e.vague = true);
    for &(w, n) in DEFNUMS {
        add(&mut m, w, |e| e.defnum = n);
    }
    for &(w, n) in DEFTENS {
        add(&mut m, w, |e| e.deftens = n);
    }
    for &(def, indef, en, n) in SEASONS {
        add(&mut m, def, |e| {
            e.season = n;
            e.season_def = true;
        });
        add(&mut m, indef, |e| e.season = n);
        add(&mut m, en, |e| {
            e.season = n;
            e.en = true;
        });
    }
    // the feminine and masculine definite "two", only as the first part of a compound number
    // (alone, الاثنين is Monday)
    add(&mut m, "الاثنتين|الاثنين|الاثنتي", |_| {});
    add(&mut m, PAST_ADJ, |e| e.past_adj = true);
    add(&mut m, "past|last|previous", |e| e.past_en = true);
    add(&mut m, "ال", |e| e.al = true);
    // hour words, known so that a span of hours can start or continue at them (see `past_span`)
    add(&mut m, "ساعة|ساعات|الساعات|hours", |_| {});
    for &(w, n) in ORDINALS {
        add(&mut m, w, |e| e.ordinal = n);
    }
    add(&mut m, PREPS, |e| e.prep = true);
    add(&mut m, CUES, |e| e.cue = true);
    add(&mut m, YEARWORDS, |e| e.yearword = true);
    add(&mut m, POD_AR, |e| e.pod = true);
    add(&mut m, POD_EN, |e| e.pod_en = true);
    add(&mut m, MODIFIERS, |e| e.modi = true);
    add(&mut m, MODIFIERS_OF, |e| e.modi_of = true);
    add(&mut m, PREFIX_NOUNS, |e| e.pfx = true);
    add(&mut m, "قبل", |e| e.ago = -1);
    add(&mut m, "منذ", |e| e.ago = -2);
    add(&mut m, "بعد", |e| e.ago = 1);
    add(&mut m, "ago", |e| e.ago_en = true);
    add(&mut m, HIJRI_MARKS, |e| e.hmark = true);
    add(&mut m, AD_MARKS, |e| e.admark = true);
    add(&mut m, "ad", |e| e.en = true);
    add(&mut m, FUTURE, |e| e.future = true);
    add(&mut m, MODAL, |e| e.modal = 1);
    add(&mut m, MODAL_TO, |e| e.modal = 2);
    add(&mut m, "قد", |e| e.modal = 3);
    add(&mut m, MODAL_MIN, |e| e.modal = 4);
    add(&mut m, MODAL_NEXT, |e| e.modal = 5);
    add(&mut m, CLAUSE, |e| e.clause = true);
    add(&mut m, COUNT_NOUNS, |e| e.count = true);
    add(&mut m, "أول", |e| e.awwal = true);
    add(&mut m, RANGE_START, |e| e.range = true);
    add(&mut m, "the", |_| {});
    add(&mut m, "ذلك|ذاك|تلك|هذا|هذه", |e| e.dem = true);
    add(&mut m, TODAY_NAMES, |e| e.today_name = true);
    add(&mut m, MOVEMENTS, |e| e.movement = true);
    add(&mut m, ATTACKS, |e| e.attack = true);
    add(&mut m, GENERAL_NOUNS, |e| e.general = true);
    add(&mut m, NOT_TODAY, |e| e.not_today = true);
    m
}

/// Looks a folded word up, also as a known word with an attached conjunction (و ف)
/// and/or preposition (ب ل ك): "وفي", "بالأمس", "للعام". Returns the lookup form,
/// the number of conjunction characters to leave out of a span, whether a
/// preposition was removed, and the word's roles.
fn resolve_word(f: &str) -> (&str, usize, bool, W) {
    let lex = &*LEX;
    match lex.forms.get(f).and_then(|e| lex.words.get(e.word).map(|(k, w)| (e, k, w))) {
        Some((e, k, w)) => (k.as_str(), e.skip, e.pclitic, *w),
        None => (f, 0, false, W::default()),
    }
}

/// True for a folded Arabic word that looks like a verb with the future prefix سـ
/// ("سيعقد", "وستبدأ", "سنعمل"), excluding common nouns that start the same way.
fn ar_future(f: &str) -> bool {
    let f = match f.strip_prefix(['و', 'ف']) {
        Some(r) if r.starts_with('س') => r,
        _ => f,
    };
    let mut cs = f.chars();
    if cs.next() != Some('س') || !matches!(cs.next(), Some('ي' | 'ت' | 'ن')) || f.chars().count() < 4 {
        return false;
    }
    !(FUTURE_DENY.contains(&f) || FUTURE_DENY_PREFIX.iter().any(|p| f.starts_with(p)))
}

/// The words of a clause before the current one, for [`Scan::sched_cue`].
#[derive(Default)]
struct Lead {
    /// Words counted so far («لا», «قد» are not counted).
    words: usize,
    /// The last counted word was definite (ال…).
    definite: bool,
    /// «لم», a form of «كان» or a word of [`AR_SCHED_END`] came first: an imperfect after it
    /// is past or does not open the clause.
    blocked: bool,
}

/// English present-tense scheduling verbs (third person singular; the plural is the
/// form without "s", see [`Scan::sched_cue`]): "the strike starts Monday", "talks resume
/// Sunday". "takes", "kicks", "gets", "goes", "heads" need the word after them
/// ([`en_sched_ok`]).
const EN_SCHED: &str = "starts|begins|opens|reopens|closes|ends|resumes|expires|convenes|reconvenes|commences|concludes|meets|visits|travels|arrives|leaves|departs|returns|heads|hosts|holds|votes|faces|takes|kicks|gets|goes";

/// English past verbs that announce or call for what they govern: before "starting
/// Monday" they leave it ahead ("called on his supporters to stage a strike starting Monday",
/// "announced a curfew starting Friday").
const EN_DIRECTIVE: &str = "said|announced|called|urged|declared|ordered|decreed|approved|imposed|proposed|asked|agreed|decided|voted|unveiled|issued";

/// Arabic words that end a present clause's forward reach (a relative clause, "after",
/// "since"), in folded form.
const AR_SCHED_END: &str =
    "الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|بعد|بعدما|عقب|اثر|منذ|عندما|حين|حينما";

/// Arabic imperfect verbs of saying, blaming and judging: what follows them may be past
/// («ويتهم الجيش الحركة بشن الهجوم الأحد»), so they point nothing forward.
const AR_PRESENT_DENY: &str = "يقول|تقول|يؤكد|تؤكد|يتهم|تتهم|يشير|تشير|يذكر|تذكر|يعتقد|تعتقد|يفيد|تفيد|ينفي|تنفي|يحمل|تحمل|يعتبر|تعتبر|يزعم|تزعم|يدين|تدين|يأتي|تأتي|يوضح|توضح|يضيف|تضيف|يبدو|تبدو|يعرف|تعرف";

/// Words that start like an Arabic imperfect verb but are not one (folded).
const AR_PRESENT_NOUNS: &str = "يوم|يمن|يسر|ياس|يدي|يوما|يومي|يوميا|يومين|يومان|يونيو|يونيه|يوليو|يوليه|يناير|يهود|يهودي|يهودية|يساري|يمني|يمنية|يورو|يونان|يوناني|يابان|ياباني|يافا|ياسر|يوسف|يحيي|يعقوب|يونس|يسري|ياسين|يزن|تونس|تركيا|تعز|تكريت|ترامب|تبون|تيار|توتر|تقدم|تموز|تشرين|تايوان|تايلاند|تنزانيا|تشاد|توغو|تيغراي";

/// The words of a `|`-separated list as a set, built once per list (`cell`): the scheduling
/// cues are looked up for every token, where scanning the list text cost the English times
/// stage about 15 µs a sentence.
fn word_set(list: &'static str, cell: &'static std::sync::OnceLock<crate::text::FastSet<&'static str>>) -> &'static crate::text::FastSet<&'static str> {
    cell.get_or_init(|| list.split('|').collect())
}

/// True when `w` is one of the `|`-separated words of the list named by the macro's argument.
macro_rules! in_list {
    ($list:ident, $w:expr) => {{
        static CELL: std::sync::OnceLock<crate::text::FastSet<&'static str>> = std::sync::OnceLock::new();
        word_set($list, &CELL).contains($w)
    }};
}

/// The base forms of the plural of [`EN_SCHED`] ("begin" for "begins"; "go" for "goes").
fn en_sched_plural(w: &str) -> bool {
    static CELL: std::sync::OnceLock<crate::text::FastSet<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| EN_SCHED.split('|').filter_map(|v| v.strip_suffix('s')).map(|b| if b == "goe" { "go" } else { b }).collect()).contains(w)
}

/// True when `next` follows the English scheduling verb `word` as it must ("takes effect",
/// "kicks off", "gets under way", "goes to the polls"; "heads of" is a noun).
fn en_sched_ok(word: &str, next: &str) -> bool {
    match word {
        "takes" | "take" => matches!(next, "effect" | "place" | "office" | "over"),
        "kicks" | "kick" => next == "off",
        "gets" | "get" => matches!(next, "under" | "underway"),
        "goes" | "go" => next == "to",
        _ => next != "of",
    }
}

/// A word that can be the plural subject right before a plural present verb ("talks
/// begin", "they meet"): "they", "we", or a lower-case-insensitive word in -s that is not
/// a verb, pronoun or possessive ("is", "was", "his", "its", the "s" of "'s").
fn en_plural_subject(prev: &str) -> bool {
    matches!(prev, "they" | "we")
        || (prev.len() > 2
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !in_list!(EN_NOT_SUBJECT, prev))
}

/// Words in -s that are no plural subject (see [`en_plural_subject`]).
const EN_NOT_SUBJECT: &str = "is|was|has|his|its|this|does|yes|perhaps|whereas|as|us|thus|plus|hers|ours|theirs|yours";

/// English past forms that do not end in -ed (see [`en_past`]).
const EN_PAST: &str = "was|were|had|did|wasn|weren|hadn|didn|said|began|went|came|took|saw|met|held|left|fell|brought|fought|struck|ran|won|lost|told|sent|spent|led|kept|shot|killed|broke|gave|stood|drew|rose|chose|flew|spoke|wrote|became";

/// A lower-case English past-tense verb: "was", "were", "had", "did", "said", a few
/// irregular pasts, or a word in "-ed" ("called", "paralysed"; not "need", "speed").
fn en_past(w: &str) -> bool {
    in_list!(EN_PAST, w)
        || (w.len() > 4
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && !matches!(w, "hundred" | "sacred" | "naked" | "wicked" | "beloved" | "kindred")
            && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// True for a folded Arabic word that looks like an imperfect (present) verb of the third
/// person: يـ (three letters or more: «ويصل») or تـ (four or more) after an optional و/ف
/// («ويزور», «وتنطلق», «يصوت»). Not: a plural in ـات, a word in ـه (ة, or an object pronoun), a feminine
/// perfect تـ…ـت («تحدثت»), the noun patterns تفاعل/تفاعيل (ا third: «تبادل», «تقارير») and
/// تفعيل («تقرير», «تركيا»), a four-letter تـ word not followed by a feminine subject
/// (form V perfects: «وتحدث الوزير»; see the caller), names and nouns in
/// [`AR_PRESENT_NOUNS`], verbs of saying in [`AR_PRESENT_DENY`].
fn ar_present(w: &str) -> bool {
    let w = match w.strip_prefix(['و', 'ف']) {
        Some(r) if r.starts_with(['ي', 'ت']) => r,
        _ => w,
    };
    let cs: Vec<char> = w.chars().collect();
    let Some(&first) = cs.first() else { return false };
    let min = if first == 'ي' { 3 } else { 4 };
    if !matches!(first, 'ي' | 'ت') || cs.len() < min || w.ends_with("ات") || w.ends_with('ه') {
        return false;
    }
    if in_list!(AR_PRESENT_NOUNS, w) || in_list!(AR_PRESENT_DENY, w) {
        return false;
    }
    if first == 'ت' {
        if w.ends_with('ت') || cs.get(2) == Some(&'ا') || (cs.len() == 5 && cs.get(3) == Some(&'ي')) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Debug)]
struct Tok {
    kind: Kind,
    /// Folded text: bytes of `Scan::buf`.
    fs: usize,
    fe: usize,
    /// Lookup form: bytes of `Scan::bases`.
    bs: usize,
    be: usize,
    /// Index of the first folded character in `Scan::fmap`.
    fc: usize,
    /// Folded characters of an attached conjunction to leave out of a span starting here.
    skip: usize,
    /// The lookup form lost an attached preposition (ب ل ك): "باول" is not أول.
    pclitic: bool,
    /// Character offsets in the document (end-exclusive).
    start: usize,
    end: usize,
    /// No space between the previous token and this one.
    glued: bool,
    upper: bool,
    /// Has a shadda (فجّر is a verb, فجر "dawn" is not).
    shadda: bool,
    num: u32,
    nd: usize,
    w: W,
}

/// One sentence's tokens, with reusable buffers.
#[derive(Default)]
struct Scan {
    buf: String,
    bases: String,
    fmap: Vec<usize>,
    toks: Vec<Tok>,
    clause: Vec<usize>,
    fut_clause: Vec<bool>,
    /// Per token: a modal marker (see [`MODAL`]) came before it in its clause.
    modal: Vec<bool>,
    /// Per token: what came before it in its clause says a bare weekday there lies ahead
    /// (see [`Scan::sched_cue`]): 0 nothing, 1 a present auxiliary ("is", "are": enough
    /// for "from Monday"), 2 a present-tense scheduling cue ("starts", "is due", «ويزور»).
    sched: Vec<u8>,
}

/// Folds and classifies one character: `None` for a removed mark (diacritic,
/// tatweel), else the folded character and its token kind (`None` for space).
/// ASCII and the plain Arabic letters take a fast path equal to [`fold_char`].
#[inline]
fn classify(c: char) -> Option<(char, Option<Kind>)> {
    match c {
        '0'..='9' => return Some((c, Some(Kind::Num))),
        'a'..='z' => return Some((c, Some(Kind::Word))),
        'A'..='Z' => return Some((c.to_ascii_lowercase(), Some(Kind::Word))),
        ' ' => return Some((c, None)),
        'أ' | 'إ' | 'آ' => return Some(('ا', Some(Kind::Word))),
        'ى' => return Some(('ي', Some(Kind::Word))),
        'ة' => return Some(('ه', Some(Kind::Word))),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => return Some((c, Some(Kind::Word))),
        _ => {}
    }
    let f = fold_char(c)?;
    let kind = if f.is_ascii_digit() {
        Some(Kind::Num)
    } else if f.is_alphabetic() {
        Some(Kind::Word)
    } else if f.is_whitespace() || is_format(f) {
        None
    } else {
        Some(Kind::Punct)
    };
    Some((f, kind))
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

impl Scan {
    /// Tokenises sentence `s`; false when it holds nothing a time expression could start with.
    fn load(&mut self, text: &Text, s: &Sentence) -> bool {
        self.buf.clear();
        self.bases.clear();
        self.fmap.clear();
        self.toks.clear();
        let mut cur: Option<Tok> = None;
        let mut last_end = usize::MAX;
        for (k, c) in text.slice(s.start, s.end).chars().enumerate() {
            let pos = s.start + k;
            let Some((f, kind)) = classify(c) else {
                if let Some(t) = cur.as_mut() {
                    t.end = pos + 1;
                    t.shadda |= c == '\u{0651}';
                }
                continue;
            };
            let Some(kind) = kind else {
                if let Some(t) = cur.take() {
                    last_end = t.end;
                    self.finish(t);
                }
                continue;
            };
            if !matches!(&cur, Some(t) if t.kind == kind && kind != Kind::Punct) {
                if let Some(t) = cur.take() {
                    last_end = t.end;
                    self.finish(t);
                }
                cur = Some(Tok {
                    kind,
                    fs: self.buf.len(),
                    fe: self.buf.len(),
                    bs: 0,
                    be: 0,
                    fc: self.fmap.len(),
                    skip: 0,
                    pclitic: false,
                    start: pos,
                    end: pos,
                    glued: last_end == pos,
                    upper: c.is_uppercase(),
                    shadda: false,
                    num: 0,
                    nd: 0,
                    w: W::default(),
                });
            }
            if let Some(t) = cur.as_mut() {
                self.buf.push(f);
                self.fmap.push(pos);
                t.fe = self.buf.len();
                t.end = pos + 1;
            }
        }
        if let Some(t) = cur.take() {
            self.finish(t);
        }
        let interesting = self.toks.iter().any(|t| t.kind == Kind::Num || t.w.known);
        if interesting {
            self.clauses();
        }
        interesting
    }

    fn finish(&mut self, mut t: Tok) {
        let f = &self.buf[t.fs..t.fe];
        t.bs = self.bases.len();
        match t.kind {
            Kind::Word => {
                let (base, skip, pclitic, w) = resolve_word(f);
                t.pclitic = pclitic;
                self.bases.push_str(base);
                t.skip = skip;
                t.w = w;
            }
            Kind::Num => {
                t.nd = f.len();
                t.num = if t.nd > 9 { u32::MAX } else { f.parse().unwrap_or(u32::MAX) };
                self.bases.push_str(f);
            }
            Kind::Punct => self.bases.push_str(f),
        }
        t.be = self.bases.len();
        self.toks.push(t);
    }

    /// Splits the sentence into clauses and marks those with a future marker,
    /// and the tokens after a modal marker in their clause.
    fn clauses(&mut self) {
        self.clause.clear();
        self.fut_clause.clear();
        self.fut_clause.push(false);
        self.modal.clear();
        self.sched.clear();
        let n = self.toks.len();
        let mut modal = false;
        let mut modal_at = usize::MAX;
        let mut sched = 0u8;
        let mut lead = Lead::default();
        // (the scheduling cues serve bare weekdays only: a text without one skips them)
        let weekdays = self.toks.iter().any(|t| t.kind == Kind::Word && t.w.wday != 0);
        for i in 0..n {
            let t = &self.toks[i];
            let base = &self.bases[t.bs..t.be];
            let boundary = match t.kind {
                Kind::Word => t.w.clause,
                Kind::Punct => matches!(base, ";" | "؛" | ":" | "«" | "»" | "\"" | "“" | "”" | "." | "!" | "?" | "؟"),
                Kind::Num => false,
            };
            if boundary {
                sched = 0;
                lead = Lead::default();
                self.fut_clause.push(false);
                // «من المقرر أن …», "expected that …": the frame covers the clause it opens.
                if modal_at.wrapping_add(1) != i || !matches!(base, "ان" | "that") {
                    modal = false;
                }
            }
            let marks = t.kind == Kind::Word && t.w.modal > 0 && self.modal_marker(i);
            self.modal.push(modal);
            self.sched.push(sched);
            if weekdays && self.toks[i].kind == Kind::Word {
                sched = self.sched_cue(i, sched, &mut lead, boundary);
            }
            if marks {
                modal = true;
                modal_at = i;
            }
            let t = &self.toks[i];
            let base = &self.bases[t.bs..t.be];
            self.clause.push(self.fut_clause.len() - 1);
            let fut = t.kind == Kind::Word
                && (t.w.future
                    || ar_future(&self.buf[t.fs..t.fe])
                    || (base == "ll"
                        && t.glued
                        && i > 0
                        && &self.bases[self.toks[i - 1].bs..self.toks[i - 1].be] == "'")
                    || (base == "won"
                        && self.toks.get(i + 1).is_some_and(|n| n.glued && &self.bases[n.bs..n.be] == "'")
                        && self.toks.get(i + 2).is_some_and(|n| &self.bases[n.bs..n.be] == "t")));
            if fut {
                if let Some(last) = self.fut_clause.last_mut() {
                    *last = true;
                }
            }
        }
    }

    /// The scheduling state after word `i` of a clause, given the state `cur` before it
    /// (see [`Scan::sched`]). English: a present-tense scheduling verb ("starts", "begin"
    /// after a plural subject, "takes effect", "kicks off"), "is/are due", "is set/slated
    /// for/to", "planned for/to" (not after was, were, had, been) make 2; "is", "are" make
    /// 1; a past verb ("said", "was", "-ed" not after is/are/be) or "after", "following",
    /// "since", "ago" end it. Arabic: an imperfect verb ([`ar_present`]) that opens its
    /// clause (after و/ف, «لا», or a definite subject: «إن المحادثات تنطلق») makes 2,
    /// unless «لم» or a form of «كان» came first; a relative pronoun, «بعد(ما)», «عقب»,
    /// «إثر», «منذ» end it.
    ///
    /// A clause word (`boundary`: «إن», "that") only starts a clause, except «وكان», which
    /// the word list reads as ك + «أن» and which is past.
    fn sched_cue(&self, i: usize, cur: u8, lead: &mut Lead, boundary: bool) -> u8 {
        let t = &self.toks[i];
        let word = &self.buf[t.fs..t.fe];
        let base_of =
            |k: usize| self.toks.get(k).filter(|n| n.kind == Kind::Word).map_or("", |n| &self.bases[n.bs..n.be]);
        let next = base_of(i + 1);
        let prev = if i > 0 { base_of(i - 1) } else { "" };
        if boundary && word.is_ascii() {
            return 0;
        }
        if word.is_ascii() {
            let aux = |k: Option<usize>| {
                k.is_some_and(|k| {
                    let b = base_of(k);
                    let b = if matches!(b, "also" | "now" | "still" | "not") && k > 0 { base_of(k - 1) } else { b };
                    matches!(b, "is" | "are" | "remains" | "remain")
                })
            };
            let prev_aux = aux(i.checked_sub(1));
            if in_list!(EN_SCHED, word) && en_sched_ok(word, next) {
                return 2;
            }
            let plural = en_sched_plural(word);
            if plural && en_sched_ok(word, next) && en_plural_subject(prev) {
                return 2;
            }
            match word {
                "due" if prev_aux => return 2,
                "set" | "slated" | "poised" if prev_aux && matches!(next, "for" | "to") => return 2,
                "planned" if matches!(next, "for" | "to") && !matches!(prev, "was" | "were" | "had" | "been") => {
                    return 2
                }
                "is" | "are" | "am" | "remains" | "remain" | "apply" | "applies" => return cur.max(1),
                "after" | "following" | "since" | "ago" => return 0,
                _ => {}
            }
            if en_past(word) && !(prev_aux || matches!(prev, "be" | "being")) && !t.upper {
                return 0;
            }
            return cur;
        }
        let bare = word.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 2).unwrap_or(word);
        if in_list!(AR_SCHED_END, bare) {
            lead.blocked = true;
            return 0;
        }
        if matches!(bare, "لم" | "لما" | "كان" | "كانت" | "كانوا" | "ظل" | "ظلت" | "بات" | "باتت" | "اصبح" | "اصبحت")
        {
            lead.blocked = true;
            return 0;
        }
        if boundary {
            return 0;
        }
        if matches!(bare, "لا" | "قد") {
            return cur;
        }
        let opens = lead.words == 0 || (lead.words == 1 && lead.definite);
        // a four-letter تـ word is a form V perfect («وتحدث الوزير») unless its subject, after
        // it or before it, is feminine («وتبدأ المحادثات», «إن الحكومة تعقد»)
        let feminine = |k: Option<usize>| {
            k.and_then(|k| self.toks.get(k)).filter(|n| n.kind == Kind::Word).is_some_and(|n| {
                let f = &self.buf[n.fs..n.fe];
                f.ends_with('ه') || f.ends_with("ات")
            })
        };
        let short_t = bare.starts_with('ت') && bare.chars().count() == 4;
        let subject = if lead.words == 0 { feminine(Some(i + 1)) } else { feminine(i.checked_sub(1)) };
        let cue = opens && !lead.blocked && ar_present(word) && (!short_t || subject);
        lead.words += 1;
        lead.definite = bare.starts_with("ال");
        if cue {
            2
        } else {
            cur
        }
    }

    /// True when the word at `i`, which has a modal role, is used as a modal marker here.
    fn modal_marker(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let base_of = |k: usize| self.toks.get(k).map(|n| &self.bases[n.bs..n.be]);
        let next = base_of(i + 1);
        let word_of = |k: usize| self.toks.get(k).map(|n| &self.buf[n.fs..n.fe]);
        match t.w.modal {
            // "may" is a month name when capitalised ("in May"); "could have arrived" is past.
            1 => {
                let after = if next == Some("not") { base_of(i + 2) } else { next };
                !t.upper && !matches!(after, Some("have" | "'"))
            }
            // "agreed to meet in April" points forward; "agreed to a ceasefire on Tuesday" names
            // the day of the agreement ("to" before an article or a possessive is a preposition)
            2 => match next {
                Some("for") => true,
                Some("to") => !matches!(
                    base_of(i + 2),
                    Some("a" | "an" | "the" | "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my" | "your")
                ),
                _ => false,
            },
            // «قد» before an imperfect verb (يـ / تـ, not «تم» and not a feminine
            // perfect in ـت); «لقد» and «كان (…) قد», up to four words apart, are past.
            3 => {
                !t.pclitic
                    && !(i.saturating_sub(4)..i).any(|k| matches!(word_of(k), Some("كان" | "كانت" | "وكان" | "وكانت")))
                    && self.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word)
                    && word_of(i + 1).is_some_and(|w| {
                        let mut cs = w.chars();
                        let first = cs.next();
                        let len = w.chars().count();
                        match first {
                            Some('ي') => len >= 3,
                            Some('ت') => len >= 3 && !w.ends_with('ت') && !matches!(w, "تم" | "تمت"),
                            _ => false,
                        }
                    })
            }
            4 => i > 0 && matches!(base_of(i - 1), Some("من" | "ومن")),
            _ => true,
        }
    }
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/// A normalised value at its own granularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum V {
    D(Date),
    M(i32, i32),
    Y(i32),
    W(i32, i32),
    /// An interval of days, first and last (ISO 8601 `2025-04-28/2025-05-01`).
    DR(Date, Date),
    /// An interval of months, first and last (`2025-03/2025-05`).
    MR((i32, i32), (i32, i32)),
    /// An interval of years, first and last (`2023/2025`).
    YR(i32, i32),
    /// A season of a year (1 spring … 4 winter; `2024-SU`).
    S(i32, u8),
}

impl V {
    fn iso(self) -> Option<String> {
        let ok = |y: i32| (1..=9999).contains(&y);
        match self {
            V::D(d) => ok(i32::from(d.year())).then(|| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
            V::M(y, m) => (ok(y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}")),
            V::Y(y) => ok(y).then(|| format!("{y:04}")),
            V::W(y, w) => (ok(y) && (1..=53).contains(&w)).then(|| format!("{y:04}-W{w:02}")),
            V::DR(a, b) => Some(format!("{}/{}", V::D(a).iso()?, V::D(b).iso()?)),
            V::MR(a, b) => Some(format!("{}/{}", V::M(a.0, a.1).iso()?, V::M(b.0, b.1).iso()?)),
            V::YR(a, b) => Some(format!("{}/{}", V::Y(a).iso()?, V::Y(b).iso()?)),
            V::S(y, s) => {
                let code = ["SP", "SU", "FA", "WI"].get(usize::from(s).checked_sub(1)?)?;
                ok(y).then(|| format!("{y:04}-{code}"))
            }
        }
    }
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(y: i32, m: i32, k: i64) -> Option<(i32, i32)> {
    let t = i64::from(y) * 12 + i64::from(m) - 1 + k;
    let y = i32::try_from(t.div_euclid(12)).ok()?;
    Some((y, t.rem_euclid(12) as i32 + 1))
}

fn week_of(d: Date) -> V {
    let w = d.iso_week_date();
    V::W(i32::from(w.year()), i32::from(w.week()))
}

/// The value `k` units from `p` (`unit` = DAY, WEEK, MONTH, YEAR).
/// The interval of the last `n` units up to and including `p`'s own day, month or year
/// (hours are counted in whole days): 3 days before 2025-05-01 is `2025-04-28/2025-05-01`.
fn past_interval(p: Date, unit: u8, n: u32) -> Option<V> {
    let n = i64::from(n);
    match unit {
        HOUR => Some(V::DR(add_days(p, -((n + 23) / 24))?, p)),
        DAY => Some(V::DR(add_days(p, -n)?, p)),
        WEEK => Some(V::DR(add_days(p, n.checked_mul(-7)?)?, p)),
        MONTH => {
            let (y, m) = (i32::from(p.year()), i32::from(p.month()));
            Some(V::MR(add_months(y, m, -n)?, (y, m)))
        }
        YEAR => Some(V::YR(i32::try_from(i64::from(p.year()) - n).ok()?, i32::from(p.year()))),
        _ => None,
    }
}

fn shift(p: Date, unit: u8, k: i64) -> Option<V> {
    match unit {
        DAY => add_days(p, k).map(V::D),
        WEEK => add_days(p, k.checked_mul(7)?).map(week_of),
        MONTH => add_months(i32::from(p.year()), i32::from(p.month()), k).map(|(y, m)| V::M(y, m)),
        YEAR => i32::try_from(i64::from(p.year()) + k).ok().map(V::Y),
        _ => None,
    }
}

/// The season `s` (1 spring … 4 winter, see [`SEASONS`]) relative to the season that holds
/// `p`: `dir` −1 the latest one before it ("last summer"; in August that is the summer of
/// the year before), 0 this year's ("this summer"; the current one when `p` is in it), +1
/// the first one after it.
fn season_rel(p: Date, s: u8, dir: i8) -> Option<V> {
    let (y, m) = (i32::from(p.year()), p.month());
    // the season holding `p` and its year (January and February belong to the winter of the
    // December before)
    let (cy, cs) = match m {
        1 | 2 => (y - 1, 4),
        3..=5 => (y, 1),
        6..=8 => (y, 2),
        9..=11 => (y, 3),
        _ => (y, 4),
    };
    let cur = cy * 4 + i32::from(cs);
    let s = i32::from(s);
    let idx = match dir {
        0 if s == i32::from(cs) => cur,
        0 => y * 4 + s,
        d if d < 0 => (cur - 4..cur).find(|i| i.rem_euclid(4) == s.rem_euclid(4))?,
        _ => (cur + 1..=cur + 4).find(|i| i.rem_euclid(4) == s.rem_euclid(4))?,
    };
    // index = year * 4 + season, with winter (4) counted into the next year's slot
    let (ry, rs) = if idx.rem_euclid(4) == 0 { (idx / 4 - 1, 4) } else { (idx.div_euclid(4), idx.rem_euclid(4)) };
    Some(V::S(ry, u8::try_from(rs).ok()?))
}

/// Year of month `m` (day `d`) nearest to `p`: `dir` < 0 not after `p`, > 0 not before;
/// `strict` excludes `p`'s own month (day).
fn resolve_md(p: Date, m: u8, d: Option<u8>, dir: i8, strict: bool) -> Option<V> {
    let key = (i32::from(m), d.map_or(0, i32::from));
    let pk = (i32::from(p.month()), d.map_or(0, |_| i32::from(p.day())));
    let py = i32::from(p.year());
    let y = if dir < 0 {
        if key < pk || (key == pk && !strict) {
            py
        } else {
            py - 1
        }
    } else if key > pk || (key == pk && !strict) {
        py
    } else {
        py + 1
    };
    match d {
        Some(d) => ymd(y, i32::from(m), i32::from(d)).map(V::D),
        None => Some(V::M(y, i32::from(m))),
    }
}

/// Weekday `wd` (ISO 1–7) strictly before (`dir` < 0) or after `p`.
fn resolve_wd(p: Date, wd: u8, dir: i8) -> Option<V> {
    let pw = i64::from(p.weekday().to_monday_one_offset());
    let w = i64::from(wd);
    let k = if dir < 0 { (pw - w).rem_euclid(7) } else { (w - pw).rem_euclid(7) };
    let k = if k == 0 { 7 } else { k };
    add_days(p, if dir < 0 { -k } else { k }).map(V::D)
}

fn hijri_to_iso(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=3000).contains(&y) {
        return None;
    }
    let h = IcuDate::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    let iso = h.to_calendar(Iso);
    ymd(iso.era_year().extended_year, i32::from(iso.month().ordinal), i32::from(iso.day_of_month().0))
}

/// (Hijri year, month, day) of an ISO date, Umm al-Qura.
fn iso_to_hijri(d: Date) -> Option<(i32, u8, u8)> {
    let iso = IcuDate::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((h.era_year().extended_year, h.month().ordinal, h.day_of_month().0))
}

/// Gregorian month of Hijri month `m` of year `y` when it lies wholly inside one.
fn hijri_month_value(y: i32, m: u8) -> Option<V> {
    let first = hijri_to_iso(y, m, 1)?;
    let next = if m >= 12 { hijri_to_iso(y + 1, 1, 1)? } else { hijri_to_iso(y, m + 1, 1)? };
    let last = add_days(next, -1)?;
    (first.year() == last.year() && first.month() == last.month())
        .then(|| V::M(i32::from(first.year()), i32::from(first.month())))
}

/// Gregorian year of Hijri year `y` when it lies wholly inside one.
fn hijri_year_value(y: i32) -> Option<V> {
    let first = hijri_to_iso(y, 1, 1)?;
    let last = add_days(hijri_to_iso(y + 1, 1, 1)?, -1)?;
    (first.year() == last.year()).then(|| V::Y(i32::from(first.year())))
}

// ---------------------------------------------------------------------------
// Grammar
// ---------------------------------------------------------------------------

/// What a bare month, Hijri month or weekday was resolved from when only its clause's tense
/// placed it (see [`anchor_floating`]): an explicit year in its clause may anchor it instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Float {
    /// A Gregorian month, with its day when one is written ("in June", "on 5 June").
    Greg(u8, Option<u8>),
    /// A Hijri month, with its day when one is written ("during Ramadan", "27 رمضان").
    Hijri(u8, Option<u8>),
    /// A weekday, ISO 1–7 ("on Friday", «يوم الجمعة»).
    Weekday(u8),
}

/// A match: the token after its last token, and its value.
#[derive(Clone, Copy, Debug)]
struct Hit {
    end: usize,
    val: Option<V>,
    hijri: bool,
    /// Has a day of the month (for "Thursday, 17 November").
    day: bool,
    /// A year expression (for ranges "2010-2015").
    year: bool,
    /// A date with its year written out.
    explicit: bool,
    /// The start of a period running to the time of writing ([`Timex::since`]).
    since: bool,
    /// Names a Gregorian year by its number ("in 2017", «عام 2019», "March 2024", "March
    /// last year"): a possible anchor for the floating expressions of its clause.
    anchor: bool,
    /// Resolved only by the tense of its clause, `dir` (-1 past, +1 future): (what, dir).
    float: Option<(Float, i8)>,
}

impl Hit {
    fn new(end: usize, val: Option<V>) -> Hit {
        Hit { end, val, hijri: false, day: false, year: false, explicit: false, since: false, anchor: false, float: None }
    }
    fn day(mut self) -> Hit {
        self.day = true;
        self
    }
    fn hijri(mut self) -> Hit {
        self.hijri = true;
        self
    }
}

struct MonthName {
    m: u8,
    end: usize,
    bare_ok: bool,
}

struct Ctx<'a> {
    sc: &'a Scan,
    t: &'a [Tok],
    pubd: Option<Date>,
    hpub: Option<(i32, u8, u8)>,
    lang: Lang,
    last_year_end: std::cell::Cell<Option<usize>>,
}

impl Ctx<'_> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }
    fn base(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &self.sc.bases[t.bs..t.be])
    }
    fn w(&self, i: usize) -> W {
        self.t.get(i).filter(|t| t.kind == Kind::Word).map_or_else(W::default, |t| t.w)
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.base(i) == s
    }
    fn is_punct(&self, i: usize, set: &[char]) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.base(i).chars().next().is_some_and(|c| set.contains(&c))
    }
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.glued)
    }
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        self.t.get(i).filter(|t| t.kind == Kind::Num).map(|t| (t.num, t.nd))
    }
    fn future(&self, at: usize) -> bool {
        self.sc.modal.get(at).copied().unwrap_or(false)
            || self.sc.clause.get(at).and_then(|c| self.sc.fut_clause.get(*c)).copied().unwrap_or(false)
    }
    /// -1 (past) or +1 (future) for an expression without its own direction.
    fn tense(&self, at: usize) -> i8 {
        if self.future(at) {
            1
        } else {
            -1
        }
    }

    /// The record of hit `h` starting at token `first`, output number `out`, for
    /// [`Ctx::anchor_floating`].
    fn found(&self, first: usize, h: Hit, out: usize) -> Found {
        let year = if h.year || h.explicit || h.anchor { h.val.and_then(value_year) } else { None };
        // a year that follows a cue ("before 2020", «حتى عام 2030», "between 2010 and …") or
        // starts a period ("since 2016") bounds its clause's times rather than holding them;
        // a bare number ("the 2017 strike") is an attribute of its noun
        let prev = first.checked_sub(1).map(|k| self.w(k)).unwrap_or_default();
        let lead = self.w(first);
        let led = h.explicit || (self.kind(first) == Some(Kind::Word) && (lead.prep || lead.yearword || lead.modi));
        let anchor = (h.anchor && !h.since && !h.hijri && !prev.cue && !prev.range && led).then_some(year).flatten();
        let day = h.val.filter(|v| matches!(v, V::D(_)) && h.day);
        Found { out, first, anchor, year, float: h.float, day }
    }

    /// TimeML/TIMEN-style anchoring: a bare month, Hijri month or weekday that only its
    /// clause's tense placed takes its year from an explicit year of the same clause instead
    /// of the publication date ("The strike in 2017 … ended in June" → `2017-06`; "a
    /// resolution in March 2024 calling for a ceasefire during Ramadan" → the Ramadan of
    /// 2024; «وفي عام 2019 … يوم الجمعة» names a Friday of 2019, which the text does not
    /// fix: no value, unless a date of the clause is that weekday: «يوم الجمعة في 14 كانون
    /// الثاني 2011» is 2011-01-14). Nothing moves when the clause names two different years, when the year
    /// lies in a relative clause the expression is not in (after «الذي» / "which", and in
    /// Arabic up to a comma after the year), or when the tenses disagree: a past year does
    /// not anchor a future clause ("Elections held in 2021 will be repeated in April"), a
    /// future year not a past one. Clauses are those of [`Scan::clauses`] ("but", «لكن»,
    /// «أن», "that", ";" and quotes part them; commas and "and" do not). A weekday anchored
    /// in the publication year keeps its value.
    fn anchor_floating(&self, found: &[Found], out: &mut [Timex]) {
        for f in found {
            let Some((what, dir)) = f.float else { continue };
            let Some(&c) = self.sc.clause.get(f.first) else { continue };
            let mut year: Option<i32> = None;
            let mut anchored = false;
            let mut conflict = false;
            // (the day of a date anchor: "يوم الجمعة في 14 كانون الثاني 2011" is that Friday)
            let mut day: Option<Date> = None;
            for a in found.iter().filter(|a| a.out != f.out) {
                let Some(y) = a.year else { continue };
                if self.sc.clause.get(a.first) != Some(&c) || !self.in_reach(a.first, f.first, c) {
                    continue;
                }
                conflict |= year.is_some_and(|x| x != y);
                year = Some(y);
                anchored |= a.anchor.is_some();
                if let Some(V::D(d)) = a.anchor.and(a.day) {
                    day = Some(d);
                }
            }
            let Some(y) = year.filter(|_| anchored && !conflict) else { continue };
            let agrees = match self.pubd {
                Some(p) if dir < 0 => y <= i32::from(p.year()),
                Some(p) => y >= i32::from(p.year()),
                None => dir < 0,
            };
            if !agrees {
                continue;
            }
            let val = match what {
                Float::Greg(m, None) => Some(V::M(y, i32::from(m))),
                Float::Greg(m, Some(d)) => ymd(y, i32::from(m), i32::from(d)).map(V::D),
                Float::Hijri(m, d) => hijri_year_in(y, m, d).and_then(|h| match d {
                    Some(d) => hijri_to_iso(h, m, d).map(V::D),
                    None => hijri_month_value(h, m),
                }),
                Float::Weekday(wd) if day.is_some_and(|d| i64::from(d.weekday().to_monday_one_offset()) == i64::from(wd)) => day.map(V::D),
                Float::Weekday(_) if self.pubd.is_some_and(|p| i32::from(p.year()) == y) => continue,
                Float::Weekday(_) => None,
            };
            if let Some(t) = out.get_mut(f.out) {
                t.value = val.and_then(V::iso);
            }
        }
    }

    /// False when the year at token `a` lies in a relative clause of clause `c` (after a
    /// word of [`RELATIVES`] in it) that the expression at token `f` is not in: before the
    /// relative word, or past a comma after the year.
    fn in_reach(&self, a: usize, f: usize, c: usize) -> bool {
        let mut k = a;
        let rel = loop {
            if k == 0 || self.sc.clause.get(k - 1) != Some(&c) {
                break None;
            }
            k -= 1;
            if self.kind(k) == Some(Kind::Word) && in_list!(RELATIVES, self.base(k)) {
                break Some(k);
            }
        };
        let Some(r) = rel else { return true };
        f > r && !(a.min(f)..a.max(f)).any(|k| self.is_punct(k, &[',', '،']))
    }

    /// The longest expression starting at token `i`, possibly with a preposition,
    /// modifier, part of day or يوم/شهر in front.
    fn try_at(&self, i: usize) -> Option<Hit> {
        let bare = self.core(i, self.cue_before(i), i);
        // «منذ» joins the span as its preposition («منذ عام 2016»): a period's start; as the
        // offset word of a bare hit («منذ يومين», two days ago) it is not
        let prefixed = self.prefixed(i).map(|mut h| {
            h.since = self.is(i, "منذ");
            h
        });
        let mut h = match (bare, prefixed) {
            (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
            (a, b) => a.or(b),
        }?;
        // English "since" stays outside the span: "since April last year"
        if i > 0 && self.is(i - 1, "since") {
            h.since = true;
        }
        Some(h)
    }

    fn prefixed(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if self.w(j).prep {
            // "in Sunday's elections": "in" does not go with a weekday
            if self.is(j, "in") && self.weekday(j + 1).is_some() {
                return None;
            }
            j += 1;
        }
        // "in the past three days": the article before a span word joins the span
        if self.is(j, "the") && self.w(j + 1).past_en {
            j += 1;
        }
        let w = self.w(j);
        if w.modi {
            j += 1;
            if self.is_punct(j, &['-']) && self.glued(j) {
                j += 1;
            }
        } else if w.modi_of && self.is(j + 1, "of") {
            j += 2;
        }
        if self.w(j).pod && !self.t.get(j).is_some_and(|t| t.shadda) {
            j += 1;
        }
        if self.w(j).pfx {
            j += 1;
        }
        if j == i {
            return None;
        }
        self.core(j, true, i)
    }

    /// True when the token before `i` makes a bare year or month plausible.
    fn cue_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let w = self.w(i - 1);
        if w.cue || w.prep || w.modi || (w.is_en_dir && w.en_dir != 0) {
            return true;
        }
        // the first year of a range: "من 2016 إلى 2018", "between 2010 and 2015"
        if w.range && self.num(i).is_some_and(|(_, nd)| nd == 4) {
            let c = i + 1;
            let connector = self.is_punct(c, &['-', '–']) || matches!(self.base(c), "و" | "الي" | "حتي" | "and" | "to");
            if connector && self.num(c + 1).is_some_and(|(_, nd)| nd == 4) {
                return true;
            }
        }
        // The second year of a range: "2010-2015", "2010 و2015", "2010 to 2015".
        if let Some(e) = self.last_year_end.get() {
            if e + 1 == i {
                let b = self.base(e);
                return self.is_punct(e, &['-', '–', '/'])
                    || matches!(b, "و" | "الي" | "حتي" | "and" | "to" | "through" | "or" | "او");
            }
        }
        false
    }

    fn core(&self, i: usize, cued: bool, at: usize) -> Option<Hit> {
        let t = self.t.get(i)?;
        let mut best: Option<Hit> = None;
        let mut take = |h: Option<Hit>| {
            if let Some(h) = h {
                if best.is_none_or(|b| h.end > b.end) {
                    best = Some(h);
                }
            }
        };
        match t.kind {
            Kind::Num => {
                take(self.numeric_date(i));
                take(self.date_expr(i, cued, at));
                take(self.year_expr(i, cued));
                take(self.ago_en(i));
            }
            Kind::Word => {
                if !t.w.known {
                    return None;
                }
                take(self.date_expr(i, cued, at));
                take(self.weekday_expr(i, at));
                take(self.year_expr(i, cued));
                take(self.dayrel_expr(i, cued));
                take(self.ago_ar(i, at));
                take(self.ago_en(i));
                take(self.rel_expr(i));
                take(self.past_span(i));
                take(self.season_expr(i));
            }
            Kind::Punct => {}
        }
        best
    }

    // ----- pieces -----

    /// A day of the month: 1–31, one or two digits, optional English suffix ("17th").
    fn day_num(&self, i: usize) -> Option<(u8, usize)> {
        let (n, nd) = self.num(i)?;
        if nd > 2 || !(1..=31).contains(&n) {
            return None;
        }
        // not part of a time or a decimal ("10:30", "3.5")
        if self.is_punct(i + 1, &[':', '.', ',']) && self.glued(i + 1) && self.num(i + 2).is_some() && self.glued(i + 2)
        {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && matches!(self.base(j), "st" | "nd" | "rd" | "th") {
            j += 1;
        }
        Some((n as u8, j))
    }

    /// A number that can be a year (3–4 digits, not part of a larger number),
    /// with an optional era mark: (year, digits, end, mark) where mark is 0 none, 1 AD, 2 Hijri.
    fn year_num(&self, i: usize) -> Option<(i32, usize, usize, u8)> {
        let (n, nd) = self.num(i)?;
        if !(1..=4).contains(&nd) {
            return None;
        }
        let sep = |k: usize| self.is_punct(k, &['.', ',', '٫', '٬', ':']);
        if (self.glued(i + 1) && sep(i + 1) && self.glued(i + 2) && self.num(i + 2).is_some())
            || (i > 0 && self.glued(i) && sep(i - 1) && i > 1 && self.num(i - 2).is_some() && self.glued(i - 1))
        {
            return None;
        }
        let mut j = i + 1;
        let w = self.w(j);
        let mark = if w.admark && (!w.en || self.t.get(j).is_some_and(|t| t.upper)) {
            j += 1;
            1
        } else if w.hmark && (!w.en || self.t.get(j).is_some_and(|t| t.upper)) {
            j += 1;
            2
        } else if let Some(e) = self.bc(j) {
            j = e;
            3
        } else {
            0
        };
        Some((n as i32, nd, j, mark))
    }

    /// "قبل الميلاد", "ق.م.", "ق م", "BC", "B.C.": the end of the marker.
    fn bc(&self, j: usize) -> Option<usize> {
        if self.is(j, "قبل") && self.base(j + 1) == "الميلاد" {
            return Some(j + 2);
        }
        if self.is(j, "ق") {
            let k = if self.is_punct(j + 1, &['.']) { j + 2 } else { j + 1 };
            if self.is(k, "م") {
                return Some(if self.is_punct(k + 1, &['.']) && self.glued(k + 1) { k + 2 } else { k + 1 });
            }
        }
        if self.is(j, "bc") && self.t.get(j).is_some_and(|t| t.upper) {
            return Some(j + 1);
        }
        if self.is(j, "b") && self.is_punct(j + 1, &['.']) && self.is(j + 2, "c") {
            return Some(if self.is_punct(j + 3, &['.']) { j + 4 } else { j + 3 });
        }
        None
    }

    /// A Gregorian month name, one or two words, with an optional second name
    /// ("يناير/كانون الثاني", "كانون الثاني (يناير)").
    fn month_name(&self, i: usize) -> Option<MonthName> {
        let mut mn = self.month_single(i)?;
        if self.is_punct(mn.end, &['/']) {
            if let Some(b) = self.month_single(mn.end + 1) {
                mn.end = b.end;
                mn.bare_ok |= b.bare_ok;
            }
        } else if self.is_punct(mn.end, &['(']) {
            if let Some(b) = self.month_single(mn.end + 1) {
                if self.is_punct(b.end, &[')']) {
                    mn.end = b.end + 1;
                }
            }
        } else if self.is_punct(mn.end, &['-']) && self.month_single(mn.end + 1).is_some_and(|b| b.m == mn.m) {
            // "يوليو- تموز"
            mn.end = self.month_single(mn.end + 1).map_or(mn.end, |b| b.end);
        } else if let Some(b) = self.month_single(mn.end).filter(|b| b.m == mn.m) {
            // "يناير كانون الثاني"
            mn.end = b.end;
        }
        Some(mn)
    }

    fn month_single(&self, i: usize) -> Option<MonthName> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = t.w;
        if w.month > 0 {
            if w.en && !t.upper {
                return None;
            }
            let mut end = i + 1;
            if w.abbr && self.is_punct(end, &['.']) && self.glued(end) {
                end += 1;
            }
            return Some(MonthName { m: w.month, end, bare_ok: !w.abbr });
        }
        if w.lev > 0 {
            let m = match (w.lev, self.w(i + 1).p2) {
                (1, P2_FIRST) => 12,
                (1, P2_SECOND) => 1,
                (2, P2_FIRST) => 10,
                (2, P2_SECOND) => 11,
                _ => return None,
            };
            return Some(MonthName { m, end: i + 2, bare_ok: true });
        }
        None
    }

    /// A Hijri month name: (month, end, usable without a day or year).
    fn hijri_month(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.w(i);
        if w.en && !self.t.get(i).is_some_and(|t| t.upper) {
            return None;
        }
        if w.hijri > 0 {
            let after_shahr = i > 0 && self.w(i - 1).pfx && self.base(i - 1) == "شهر";
            // English: a capitalised unknown word before makes it a surname ("Tariq Ramadan")
            let after_name = w.en && i > 0 && self.t.get(i - 1).is_some_and(|t| t.kind == Kind::Word && t.upper && !t.w.known);
            return Some((w.hijri, i + 1, (!w.hijri_amb || after_shahr) && !after_name));
        }
        // English: "Rabi al-Awwal", "Rabi' al-Thani", "Dhul-Hijjah", "Dhu al Qadah"
        let mut k = i + 1;
        if w.en {
            if self.is_punct(k, &['\'', '’', 'ʿ', 'ʻ']) {
                k += 1;
            }
            if self.is_punct(k, &['-']) {
                k += 1;
            } else if self.is(k, "al") || self.is(k, "el") || self.is(k, "ul") {
                k += 1;
                if self.is_punct(k, &['-']) {
                    k += 1;
                }
            }
        }
        let p2 = self.w(k).p2;
        let i = k - 1;
        let m = match (w.hpart, p2) {
            (1, P2_FIRST) => 3,
            (1, P2_SECOND | P2_LAST) => 4,
            (2, P2_FIRST | P2_FIRST_F) => 5,
            (2, P2_SECOND | P2_LAST | P2_LAST_F | P2_SECOND_F) => 6,
            (3, P2_QAADA) => 11,
            (3, P2_HIJJA) => 12,
            _ => return None,
        };
        Some((m, i + 2, true))
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        let t = self.t.get(i)?;
        let w = t.w;
        if t.kind != Kind::Word || w.wday == 0 || (w.en && !t.upper) {
            return None;
        }
        let prev = if i > 0 { self.w(i - 1).wd_neg } else { 0 };
        let blocked = if w.en {
            // "on a Monday", "every Friday" name no particular day
            prev & 4 != 0 || (i > 0 && matches!(self.base(i - 1), "a" | "an" | "every" | "each"))
        } else {
            match w.wday {
                1 => prev & 1 != 0 || self.is(i + 1, "معا"),
                5 => prev & 2 != 0,
                7 => self.w(i + 1).numword == 10,
                _ => false,
            }
        };
        (!blocked).then_some(w.wday)
    }

    /// An Arabic ordinal day ("الأول", "الحادي عشر", "الثاني والعشرين") or أول.
    fn ordinal_day(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.w(i);
        // "الأسبوع الثاني من الشهر": an ordinal after a unit noun qualifies the noun
        if i > 0 && self.w(i - 1).unit != 0 && !self.w(i - 1).pfx {
            return None;
        }
        if w.awwal && !self.t.get(i).is_some_and(|t| t.pclitic) {
            return Some((1, i + 1, true));
        }
        if w.ordinal == 0 {
            return None;
        }
        let mut n = w.ordinal;
        let mut j = i + 1;
        let nw = self.w(j);
        if n < 10 && self.is(j, "عشر") {
            n += 10;
            j += 1;
        } else if n < 10 && matches!(nw.ordinal, 20 | 30) && self.t.get(j).is_some_and(|t| t.skip == 1) {
            n += nw.ordinal;
            j += 1;
        } else if self.base(i) == "الحادي" {
            return None;
        }
        (n <= 31).then_some((n, j, false))
    }

    /// A relative unit: "هذا العام", "الأسبوع الماضي", "next month"; (unit, offset, plural, end).
    fn rel_unit(&self, i: usize) -> Option<(u8, i8, bool, usize)> {
        let w = self.w(i);
        if w.this {
            let u = self.w(i + 1);
            if u.unit_def && u.unit != DAY && u.unit_n == 1 {
                return Some((u.unit, 0, false, i + 2));
            }
        }
        if w.unit_def && !(w.yearword && i > 0 && self.w(i - 1).general) {
            let d = self.w(i + 1);
            if d.is_reldir && (w.unit != DAY || w.unit_n == 0) {
                return Some((w.unit, d.reldir, w.unit_n == 0, i + 2));
            }
        }
        // an English week, month or year word after a direction: "next month", "the year"
        let en_period = |k: usize| {
            let u = self.w(k);
            (u.unit != 0 && u.unit != DAY && u.unit_n == 1 && !u.unit_def && self.base(k).is_ascii()).then_some(u.unit)
        };
        if w.is_en_dir {
            if let Some(unit) = en_period(i + 1) {
                return Some((unit, w.en_dir, false, i + 2));
            }
        }
        // a part of the current period: "مطلع العام", "منتصف الشهر", "the start of the year"
        if w.unit_def && w.unit != DAY && w.unit_n == 1 && i > 0 && self.w(i - 1).modi && !self.base(i).is_ascii() {
            return Some((w.unit, 0, false, i + 1));
        }
        if self.is(i, "the") && i >= 2 && self.is(i - 1, "of") && self.w(i - 2).modi_of {
            if let Some(unit) = en_period(i + 1) {
                return Some((unit, 0, false, i + 2));
            }
        }
        None
    }

    /// A year after a month: "2024", "عام 2024", "من العام الماضي", "last year", "of 2024".
    fn year_ref(&self, k: usize) -> Option<(Option<i32>, usize)> {
        let k = if self.is(k, "من") || self.is(k, "of") { k + 1 } else { k };
        let plain = |k: usize| {
            self.year_num(k)
                .filter(|&(y, nd, _, mark)| nd == 4 && mark <= 1 && (1000..=2999).contains(&y))
                .map(|(y, _, e, _)| (Some(y), e))
        };
        if let Some(r) = plain(k) {
            return Some(r);
        }
        if self.w(k).yearword {
            if let Some(r) = plain(k + 1) {
                return Some(r);
            }
        }
        if let Some((YEAR, off, false, e)) = self.rel_unit(k) {
            return Some((self.pubd.map(|p| i32::from(p.year()) + i32::from(off)), e));
        }
        None
    }

    // ----- expressions -----

    /// "2016-11-17", "17/11/2016", "17.11.2016".
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let (a, na) = self.num(i)?;
        let sep = self.base(i + 1).chars().next()?;
        if !matches!(sep, '/' | '-' | '.') || !self.is_punct(i + 1, &[sep]) || !self.glued(i + 1) {
            return None;
        }
        let (b, nb) = self.num(i + 2).filter(|_| self.glued(i + 2))?;
        if !self.is_punct(i + 3, &[sep]) || !self.glued(i + 3) {
            return None;
        }
        let (c, nc) = self.num(i + 4).filter(|_| self.glued(i + 4))?;
        // part of a longer run of numbers ("1.2.3.4", "10/11/2016/5")
        if (self.glued(i + 5)
            && self.kind(i + 5) == Some(Kind::Punct)
            && self.num(i + 6).is_some()
            && self.glued(i + 6))
            || (i > 0 && self.glued(i) && self.kind(i - 1) == Some(Kind::Punct) && i > 1 && self.num(i - 2).is_some())
        {
            return None;
        }
        if nb > 2 {
            return None;
        }
        let (y, m, d) = if na == 4 && nc <= 2 {
            (a, b, c)
        } else if nc == 4 && na <= 2 {
            let day_first = match self.lang {
                Lang::Ar => b <= 12 || a > 12,
                Lang::En => a > 12,
            };
            if day_first {
                (c, b, a)
            } else {
                (c, a, b)
            }
        } else {
            return None;
        };
        if !(1000..=2999).contains(&y) {
            return None;
        }
        let val = ymd(y as i32, m as i32, d as i32).map(V::D);
        Some(Hit::new(i + 5, val).day())
    }

    /// Dates built on a month name: day + month [+ year], ordinal + من + month,
    /// month [+ day] [+ year], Hijri months.
    fn date_expr(&self, i: usize, cued: bool, at: usize) -> Option<Hit> {
        // 17 نوفمبر 2016 / 17 من نوفمبر / 17th of November / ٣ رمضان ١٤٤٦ هـ
        if let Some((d, j)) = self.day_num(i) {
            let j = if self.is(j, "من") || self.is(j, "of") { j + 1 } else { j };
            if let Some(mn) = self.month_name(j) {
                return self.undated_name(i, j, d, mn.m, self.month_tail(mn.m, mn.end, Some(d), true, at));
            }
            if let Some((hm, k, bare_ok)) = self.hijri_month(j) {
                return self.hijri_tail(hm, k, Some(d), bare_ok, at);
            }
            return None;
        }
        // الأول من يناير / الأول من الشهر الماضي / أول مارس
        if let Some((d, j, awwal)) = self.ordinal_day(i) {
            let j = if self.is(j, "من") {
                j + 1
            } else if awwal {
                j
            } else {
                return None;
            };
            if let Some(mn) = self.month_name(j) {
                return self.undated_name(i, j, d, mn.m, self.month_tail(mn.m, mn.end, Some(d), true, at));
            }
            if let Some((hm, k, bare_ok)) = self.hijri_month(j) {
                return self.hijri_tail(hm, k, Some(d), bare_ok, at);
            }
            if let Some((MONTH, off, false, e)) = self.rel_unit(j) {
                let val = self
                    .pubd
                    .and_then(|p| shift(p, MONTH, i64::from(off)))
                    .and_then(|v| match v {
                        V::M(y, m) => ymd(y, m, i32::from(d)),
                        _ => None,
                    })
                    .map(V::D);
                return Some(Hit::new(e, val).day());
            }
            return None;
        }
        // last January / next March
        let w = self.w(i);
        if w.is_en_dir {
            let mn = self.month_name(i + 1)?;
            let val = self.pubd.and_then(|p| match w.en_dir {
                0 => resolve_md(p, mn.m, None, self.tense(at), false),
                d => resolve_md(p, mn.m, None, d, true),
            });
            return Some(Hit::new(mn.end, val));
        }
        // November 17, 2016 / نوفمبر 2016 / يناير الماضي / في يناير
        if let Some(mn) = self.month_name(i) {
            if let Some((d, k)) = self.day_num(mn.end) {
                // "November 17, 2016": the comma belongs to the date only before a year
                let k2 = if self.is_punct(k, &[',', '،']) { k + 1 } else { k };
                if let Some((Some(y), e)) = self.year_ref(k2).filter(|(y, _)| y.is_some()) {
                    if self.num(k2).is_some() || k2 == k {
                        return Some(Hit::new(e, ymd(y, i32::from(mn.m), i32::from(d)).map(V::D)).day());
                    }
                }
                return Some(self.month_tail(mn.m, k, Some(d), true, at));
            }
            return self.month_tail_opt(mn.m, mn.end, None, cued && mn.bare_ok, at);
        }
        // رمضان 1446 / شهر رمضان / رمضان الماضي
        if let Some((hm, k, bare_ok)) = self.hijri_month(i) {
            return self.hijri_tail(hm, k, None, cued && bare_ok, at);
        }
        None
    }

    /// A day and month without a year that name something rather than a date:
    /// "قوى 14 آذار", "8 آذار" (Lebanese coalitions), "ثورة 23 يوليو" → no expression;
    /// "هجمات 11 سبتمبر" → 2001-09-11. `first` is the day token, `mtok` the month token.
    fn undated_name(&self, first: usize, mtok: usize, d: u8, m: u8, h: Hit) -> Option<Hit> {
        if h.explicit {
            return Some(h);
        }
        let prev = if first > 0 { self.w(first - 1) } else { W::default() };
        if prev.movement || (m == 3 && matches!(d, 8 | 14) && self.base(mtok) == "اذار") {
            return None;
        }
        if prev.attack && m == 9 && d == 11 {
            return Some(Hit { val: ymd(2001, 9, 11).map(V::D), ..h });
        }
        Some(h)
    }

    /// The rest of a date after a Gregorian month name (always a hit: a day is present).
    fn month_tail(&self, m: u8, j: usize, day: Option<u8>, anchored: bool, at: usize) -> Hit {
        self.month_tail_opt(m, j, day, anchored, at).unwrap_or_else(|| Hit::new(j, None))
    }

    /// The rest of a date after a Gregorian month name: a year, a direction word,
    /// or nothing (then `anchored` must hold: a day, or a cue before a bare month).
    fn month_tail_opt(&self, m: u8, j: usize, day: Option<u8>, anchored: bool, at: usize) -> Option<Hit> {
        let mk = |end: usize, val: Option<V>| {
            let h = Hit::new(end, val);
            if day.is_some() {
                h.day()
            } else {
                h
            }
        };
        // "١٧ نوفمبر، ٢٠١٦": a comma before a plain year
        let k = if day.is_some() && self.is_punct(j, &[',', '،']) && self.num(j + 1).is_some() { j + 1 } else { j };
        if let Some((y, e)) = self.year_ref(k) {
            let val = y.and_then(|y| match day {
                Some(d) => ymd(y, i32::from(m), i32::from(d)).map(V::D),
                None => Some(V::M(y, i32::from(m))),
            });
            return Some(Hit { explicit: true, anchor: true, ..mk(e, val) });
        }
        let w = self.w(j);
        if w.is_reldir {
            // "يناير الماضي", "مارس المقبل", "11 ديسمبر الحالي"
            let val = self.pubd.and_then(|p| match w.reldir {
                0 => match day {
                    Some(d) => ymd(i32::from(p.year()), i32::from(m), i32::from(d)).map(V::D),
                    None => Some(V::M(i32::from(p.year()), i32::from(m))),
                },
                r => resolve_md(p, m, day, r, true),
            });
            return Some(mk(j + 1, val));
        }
        if !anchored {
            return None;
        }
        let dir = self.tense(at);
        let val = self.pubd.and_then(|p| resolve_md(p, m, day, dir, false));
        Some(Hit { float: Some((Float::Greg(m, day), dir)), ..mk(j, val) })
    }

    /// The rest of a Hijri date after the month name.
    fn hijri_tail(&self, m: u8, j: usize, day: Option<u8>, anchored: bool, at: usize) -> Option<Hit> {
        let mk = |end: usize, val: Option<V>| {
            let h = Hit::new(end, val).hijri();
            if day.is_some() {
                h.day()
            } else {
                h
            }
        };
        let jy = if self.w(j).yearword && self.num(j + 1).is_some() { j + 1 } else { j };
        if let Some((y, nd, e, mark)) = self.year_num(jy) {
            let hijri_year = mark == 2 || (mark == 0 && nd == 4 && (1300..=1600).contains(&y));
            if hijri_year {
                let val = match day {
                    Some(d) => hijri_to_iso(y, m, d).map(V::D),
                    None => hijri_month_value(y, m),
                };
                return Some(mk(e, val));
            }
            if day.is_none() && mark <= 1 && nd == 4 && (1900..=2100).contains(&y) {
                // "رمضان 2025": the month of that name that starts in Gregorian year y
                let val = hijri_year_in(y, m, None).and_then(|h| hijri_month_value(h, m));
                return Some(mk(e, val));
            }
        }
        let w = self.w(j);
        let (dir, strict, end) = if w.is_reldir && w.reldir != 0 {
            (w.reldir, true, j + 1)
        } else if anchored {
            (self.tense(at), false, j)
        } else {
            return None;
        };
        let float = (!strict).then_some((Float::Hijri(m, day), dir));
        let val = self.hpub.and_then(|(hy, hm, hd)| {
            let key = (m, day.unwrap_or(0));
            let pk = (hm, day.map_or(0, |_| hd));
            let y = if dir < 0 {
                if key < pk || (key == pk && !strict) {
                    hy
                } else {
                    hy - 1
                }
            } else if key > pk || (key == pk && !strict) {
                hy
            } else {
                hy + 1
            };
            match day {
                Some(d) => hijri_to_iso(y, m, d).map(V::D),
                None => hijri_month_value(y, m),
            }
        });
        Some(Hit { float, ..mk(end, val) })
    }

    /// Weekdays: "الأربعاء", "الثلاثاء الماضي", "last Tuesday", "Tuesday morning",
    /// and a weekday before a full date ("الخميس، ١٧ نوفمبر، ٢٠١٦").
    fn weekday_expr(&self, i: usize, at: usize) -> Option<Hit> {
        let w = self.w(i);
        let (pre, j) = if w.is_en_dir && self.weekday(i + 1).is_some() { (Some(w.en_dir), i + 1) } else { (None, i) };
        let wd = self.weekday(j)?;
        let mut k = j + 1;
        if pre.is_none() {
            let k2 = if self.is_punct(k, &[',', '،']) { k + 1 } else { k };
            let date = self.numeric_date(k2).or_else(|| self.date_expr(k2, false, at));
            if let Some(h) = date.filter(|h| h.day) {
                return Some(h);
            }
        }
        let mut dir = pre.filter(|&d| d != 0);
        if dir.is_none() {
            let r = self.w(k);
            if r.is_reldir && r.reldir != 0 {
                dir = Some(r.reldir);
                k += 1;
            }
        }
        if self.w(k).pod_en {
            k += 1;
        }
        let explicit = dir.is_some();
        // "under a deal signed on Monday", "the talks held on Tuesday": a past participle or
        // verb right before a bare weekday (or its "on") dates a past day, even in a clause a
        // modal made future ("agreed to sell drones to Pakistan under a deal signed on Monday")
        let before = if at > 0 && self.is(at - 1, "on") { at.checked_sub(2) } else { at.checked_sub(1) };
        let past_verb = !explicit && before.is_some_and(|b| self.kind(b) == Some(Kind::Word) && !self.t[b].upper && en_past(self.base(b)));
        let dir = if past_verb { Some(-1) } else { dir };
        // a present clause that schedules ("the strike starts Monday", «ويزور الوزير القاهرة
        // الأحد») points a bare weekday forward; its own weekday is still the publication day
        let present = !explicit && !past_verb && !self.future(at) && self.present_forward(j, at);
        let dir = if present { 1 } else { dir.unwrap_or_else(|| self.tense(at)) };
        // wire reports name their own day by its weekday ("the Senate voted Thursday", «قال
        // مسؤول الخميس» in a Thursday report, AP and AFP style): a bare weekday in a past
        // clause that is the publication day's is that day
        let today = |p: Date| {
            !explicit && (dir < 0 || present) && i64::from(p.weekday().to_monday_one_offset()) == i64::from(wd)
        };
        let val = self.pubd.and_then(|p| if today(p) { Some(V::D(p)) } else { resolve_wd(p, wd, dir) });
        let float = (!explicit && !present).then_some((Float::Weekday(wd), dir));
        Some(Hit { float, ..Hit::new(k, val).day() })
    }

    /// True when the bare weekday at `j`, whose expression starts at token `at`, lies
    /// ahead because of its present clause ([`Scan::sched`]): after a scheduling cue, after
    /// "from" in a clause with "is"/"are", or right after "starting", "beginning",
    /// "effective" (also with "on"/"from") when no past verb follows in the clause and none
    /// but one of [`EN_DIRECTIVE`] comes before it ("called for a strike starting Monday";
    /// not "a strike starting Monday paralysed the city", "clashed during a visit starting
    /// on Sunday").
    /// Never after «منذ» or "since", and not for a possessive ("Sunday's election").
    fn present_forward(&self, j: usize, at: usize) -> bool {
        if self.is(at, "منذ") || (at > 0 && (self.is(at - 1, "since") || self.is(at - 1, "منذ"))) {
            return false;
        }
        if self.is_punct(j + 1, &['\'', '’']) && self.is(j + 2, "s") {
            return false;
        }
        let mut b = at;
        let from = b > 0 && self.is(b - 1, "from");
        if from {
            b -= 1;
        }
        if b > 0
            && matches!(self.base(b - 1), "starting" | "beginning" | "effective")
            && self.kind(b - 1) == Some(Kind::Word)
        {
            let clause = self.sc.clause.get(j);
            let past = |k: usize| self.kind(k) == Some(Kind::Word) && !self.t[k].upper && en_past(self.base(k));
            let past_after = (j + 1..self.t.len()).take_while(|&k| self.sc.clause.get(k) == clause).any(past);
            // before it, only a verb that announces or calls for what starts ("called for a
            // strike starting Monday"), not one that reports it ("clashed during a visit
            // starting on Sunday")
            let past_before = (0..b - 1)
                .rev()
                .take_while(|&k| self.sc.clause.get(k) == clause)
                .any(|k| past(k) && !in_list!(EN_DIRECTIVE, self.base(k)));
            return !past_after && !past_before;
        }
        match self.sc.sched.get(at).copied().unwrap_or(0) {
            2 => true,
            1 => from,
            _ => false,
        }
    }

    /// Years: "عام 2024", "1446 هـ", "2024م", and bare years where a year is expected.
    fn year_expr(&self, i: usize, cued: bool) -> Option<Hit> {
        let yw = self.w(i).yearword;
        let start = if yw { i + 1 } else { i };
        let (y, nd, e, mark) = self.year_num(start)?;
        let h = match mark {
            2 => Hit::new(e, hijri_year_value(y)).hijri(),
            3 if yw || cued => Hit::new(e, None),
            _ if nd != 4 => return None,
            1 if (1000..=2999).contains(&y) => Hit { anchor: true, ..Hit::new(e, Some(V::Y(y))) },
            _ if yw && (1000..=2999).contains(&y) => Hit { anchor: true, ..Hit::new(e, Some(V::Y(y))) },
            0 if (1900..=2100).contains(&y) && (cued || self.en_year_cue(i, e) || self.year_range_ahead(y, e)) => {
                let next = self.w(e);
                if next.count || self.is_punct(e, &['%', '٪']) || (self.glued(e) && self.kind(e) == Some(Kind::Word)) {
                    return None;
                }
                Hit { anchor: true, ..Hit::new(e, Some(V::Y(y))) }
            }
            _ => return None,
        };
        Some(Hit { year: true, ..h })
    }

    /// English "the 1994 genocide", "Rwanda's 1994 genocide": English writes counts
    /// of a thousand or more with a comma, so a year-like number between "the" (or a
    /// possessive) and a lower-case word is a year. `e` is the token after the number.
    fn en_year_cue(&self, i: usize, e: usize) -> bool {
        if i == 0 {
            return false;
        }
        let the = self.is(i - 1, "the") || (self.is(i - 1, "s") && i > 1 && self.is_punct(i - 2, &['\'', '’']));
        the && self.kind(e) == Some(Kind::Word)
            && self.base(e).is_ascii()
            && !self.t.get(e).is_some_and(|t| t.upper)
            && !self.w(e).count
    }

    /// "1991-1995": a year followed by a hyphen and a later year.
    fn year_range_ahead(&self, y: i32, e: usize) -> bool {
        self.is_punct(e, &['-', '–'])
            && self.glued(e)
            && self.glued(e + 1)
            && self.num(e + 1).is_some_and(|(y2, nd)| nd == 4 && (y + 1..=y + 50).contains(&(y2 as i32)) && y2 <= 2100)
            && !self.w(e + 2).count
    }

    /// اليوم, أمس, بالأمس, أول أمس, غدا, بعد غد, today, yesterday, tonight, last night,
    /// this morning, the day before yesterday; with a following weekday ("أمس الأربعاء").
    fn dayrel_expr(&self, i: usize, cued: bool) -> Option<Hit> {
        let w = self.w(i);
        let mk = |end: usize, off: i64| Hit::new(end, self.pubd.and_then(|p| shift(p, DAY, off))).day();
        if w.awwal && !self.t.get(i).is_some_and(|t| t.pclitic) {
            let j = if self.is(i + 1, "من") { i + 2 } else { i + 1 };
            let d = self.w(j);
            if d.is_dayrel && d.dayrel == -1 && !self.base(j).is_ascii() {
                return Some(mk(j + 1, -2));
            }
        }
        if w.ago == 1 {
            let d = self.w(i + 1);
            if d.is_dayrel && d.dayrel == 1 && !self.base(i + 1).is_ascii() {
                return Some(mk(i + 2, 2));
            }
        }
        if self.base(i) == "the" && self.base(i + 1) == "day" {
            let d = self.w(i + 3);
            match (self.base(i + 2), d.is_dayrel, d.dayrel) {
                ("before", true, -1) => return Some(mk(i + 4, -2)),
                ("after", true, 1) => return Some(mk(i + 4, 2)),
                _ => {}
            }
        }
        if w.is_en_dir && self.w(i + 1).pod_en {
            return match (w.en_dir, self.base(i + 1)) {
                (-1, "night") => Some(mk(i + 2, -1)),
                (0, _) => Some(mk(i + 2, 0)),
                _ => None,
            };
        }
        if !w.is_dayrel {
            return None;
        }
        let prev = if i > 0 { self.w(i - 1) } else { W::default() };
        if w.dayrel == 0 && !self.base(i).is_ascii() {
            let n = self.w(i + 1);
            if n.ordinal > 0 || n.not_today || n.p2 > 0 || prev.dem || prev.today_name {
                return None;
            }
        }
        // "الغد" is also a party and a newspaper: only after يوم, في, حتى, …
        if matches!(self.base(i), "الغد" | "غد") && !cued {
            return None;
        }
        if self.base(i).is_ascii() && i > 0 && matches!(self.base(i - 1), "usa" | "russia") {
            return None;
        }
        let mut off = i64::from(w.dayrel);
        let mut j = i + 1;
        // "أمس الأول": the day before yesterday
        if w.dayrel == -1 && !self.base(i).is_ascii() && self.w(j).p2 == P2_FIRST {
            off = -2;
            j += 1;
        }
        if self.weekday(j).is_some() || self.w(j).pod_en {
            j += 1;
        }
        // "اليوم (أمس)": the press convention for a quoted "today" that was yesterday; "اليوم (الخميس)"
        if self.is_punct(j, &['(']) && self.is_punct(j + 2, &[')']) {
            let inner = self.w(j + 1);
            if inner.is_dayrel && !self.base(j + 1).is_ascii() {
                off = i64::from(inner.dayrel);
                j += 3;
            } else if self.weekday(j + 1).is_some() {
                j += 3;
            }
        }
        Some(mk(j, off))
    }

    /// A count before a unit: digits, number words (with Arabic teens "خمسة عشر"),
    /// or a vague quantity (بضعة, عدة, few, several → no value).
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        if let Some((n, nd)) = self.num(i) {
            return (nd <= 6 && n > 0).then_some((Some(n), i + 1));
        }
        let w = self.w(i);
        if w.vague {
            return Some((None, i + 1));
        }
        if self.base(i) == "a" && self.w(i + 1).vague {
            return Some((None, i + 2));
        }
        if w.numword > 0 {
            let mut n = u32::from(w.numword);
            let mut j = i + 1;
            if n < 10 && self.w(j).numword == 10 && !self.base(j).is_ascii() {
                n += 10;
                j += 1;
            }
            return Some((Some(n), j));
        }
        None
    }

    /// Arabic offsets: "قبل يومين", "قبل 3 أيام", "منذ عامين", "قبل أيام" (no value), "بعد يومين" (future clause only).
    fn ago_ar(&self, i: usize, at: usize) -> Option<Hit> {
        let a = self.w(i).ago;
        if a == 0 {
            return None;
        }
        let (count, j) = match self.count(i + 1) {
            Some((c, j)) if !self.base(i + 1).is_ascii() || self.num(i + 1).is_some() => (Some(c), j),
            _ => (None, i + 1),
        };
        let u = self.w(j);
        if u.unit == 0 || u.unit_def || self.base(j).is_ascii() {
            return None;
        }
        let n = match (count, u.unit_n) {
            (Some(c), _) => c,
            (None, 1) => Some(1),
            (None, 2) => Some(2),
            (None, _) if a == -1 => None,
            _ => return None,
        };
        // "قبل عام 2020" is a year, not "a year ago"
        if count.is_none() && u.unit_n == 1 && self.num(j + 1).is_some() {
            return None;
        }
        let mut k = j + 1;
        if u.unit_n == 1 && self.w(k).numword == 1 && count.is_none() {
            k += 1;
        }
        let anchored = self.is(k, "من") || self.is(k, "علي");
        let ok = !anchored && (a < 0 || self.future(at));
        let sign = if a < 0 { -1 } else { 1 };
        let val = n.filter(|_| ok).and_then(|n| self.pubd.and_then(|p| shift(p, u.unit, sign * i64::from(n))));
        let h = Hit::new(k, val);
        Some(if u.unit == DAY { h.day() } else { h })
    }

    /// English offsets: "two days ago", "3 weeks ago", "a year ago", "a few days ago" (no value).
    fn ago_en(&self, i: usize) -> Option<Hit> {
        let (count, j) = self.count(i)?;
        let u = self.w(j);
        if u.unit == 0 || !self.base(j).is_ascii() || self.base(j) == "weekend" || !self.w(j + 1).ago_en {
            return None;
        }
        let val = count.and_then(|n| self.pubd.and_then(|p| shift(p, u.unit, -i64::from(n))));
        Some(Hit::new(j + 2, val))
    }

    /// A season: "الصيف الماضي", "هذا الشتاء", "last summer", "next winter", "صيف 2024",
    /// "صيف العام الماضي", "the summer of 2024" (values as in [`season_rel`]). «ربيع» before
    /// الأول/الثاني/الآخر is the Hijri month, and a bare season word has no value.
    fn season_expr(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let english = |k: usize| self.base(k).is_ascii();
        let p = self.pubd;
        // "هذا الصيف", "this summer", "last winter", "next spring"
        if w.this || w.is_en_dir {
            let u = self.w(i + 1);
            let fits = if w.is_en_dir { english(i + 1) } else { u.season_def };
            if u.season > 0 && fits {
                let dir = if w.is_en_dir { w.en_dir } else { 0 };
                return Some(Hit::new(i + 2, p.and_then(|p| season_rel(p, u.season, dir))));
            }
            return None;
        }
        if w.season == 0 {
            return None;
        }
        if matches!(self.base(i + 1), "الأول" | "الاول" | "الثاني" | "الآخر" | "الاخر") {
            return None;
        }
        // "الصيف الماضي", "الشتاء المقبل"
        let d = self.w(i + 1);
        if w.season_def && d.is_reldir {
            return Some(Hit::new(i + 2, p.and_then(|p| season_rel(p, w.season, d.reldir))));
        }
        // "صيف 2024", "صيف عام 2024", "صيف العام الماضي", "summer 2024", "the summer of 2024"
        // ("fall" is a season only after a direction word)
        if (!w.season_def || english(i)) && self.base(i) != "fall" {
            if let Some((y, e)) = self.year_ref(i + 1) {
                return Some(Hit { year: true, ..Hit::new(e, y.map(|y| V::S(y, w.season))) });
            }
        }
        None
    }

    /// A definite Arabic number word at token `i` and the token after it: a unit number
    /// ("الثلاثة": 3), a compound with و and a ten ("الأربع والعشرين": 24, "الاثنتين
    /// والسبعين": 72) or a ten alone ("العشرين": 20).
    fn def_number(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        let unit = if w.defnum > 0 {
            u32::from(w.defnum)
        } else if matches!(self.base(i), "الاثنتين" | "الاثنين" | "الاثنتي") {
            2
        } else if w.deftens > 0 && self.t.get(i).is_some_and(|t| t.skip == 0) {
            return Some((u32::from(w.deftens), i + 1));
        } else {
            return None;
        };
        let tens = self.w(i + 1);
        if tens.deftens > 0 && self.t.get(i + 1).is_some_and(|t| t.skip == 1) {
            return Some((unit + u32::from(tens.deftens), i + 2));
        }
        // alone, the definite "two" is Monday
        (unit != 2).then_some((unit, i + 1))
    }

    /// A span back from the publication date, counted in days, weeks, months, years or hours:
    /// "الأيام الثلاثة الماضية", "الثلاثة أيام الماضية", "الـ48 ساعة الماضية", "الأسبوعين الماضيين",
    /// "the past three days", "the last 24 hours"; "the past few days", "الأيام الأخيرة" (no value).
    fn past_span(&self, i: usize) -> Option<Hit> {
        let hours = |k: usize| matches!(self.base(k), "ساعه" | "ساعات" | "الساعات" | "hours");
        let w = self.w(i);
        let (unit, n, k) = if w.past_en {
            let (n, j) = self.count(i + 1)?;
            let u = self.w(j);
            if hours(j) {
                (HOUR, n, j + 1)
            } else if u.unit != 0 && u.unit_n == 0 && self.base(j).is_ascii() {
                (u.unit, n, j + 1)
            } else {
                return None;
            }
        } else if (w.unit_def && w.unit_n == 0) || self.base(i) == "الساعات" {
            // "الأيام الثلاثة الماضية", "الساعات الـ24 الماضية", "الأيام الأخيرة"
            let unit = if w.unit_def { w.unit } else { HOUR };
            let d = self.w(i + 1);
            if let Some((n, j)) = self.def_number(i + 1) {
                (unit, Some(n), j)
            } else if d.al && self.num(i + 2).is_some() {
                (unit, self.num(i + 2).map(|x| x.0), i + 3)
            } else if d.past_adj && !d.is_reldir {
                (unit, None, i + 1)
            } else {
                return None;
            }
        } else if w.unit_def && w.unit_n == 2 {
            (w.unit, Some(2), i + 1)
        } else if let Some((n, j)) = self.def_number(i).or_else(|| if w.al { self.num(i + 1).map(|x| (x.0, i + 2)) } else { None }) {
            // "الثلاثة أيام الماضية", "الـ48 ساعة الماضية", "الأربع والعشرين ساعة الماضية"
            let u = self.w(j);
            if hours(j) {
                (HOUR, Some(n), j + 1)
            } else if u.unit != 0 && !u.unit_def && !self.base(j).is_ascii() {
                (u.unit, Some(n), j + 1)
            } else {
                return None;
            }
        } else {
            return None;
        };
        if !w.past_en && !self.w(k).past_adj {
            return None;
        }
        let end = if w.past_en { k } else { k + 1 };
        let val = n.filter(|&n| n > 0).and_then(|n| self.pubd.and_then(|p| past_interval(p, unit, n)));
        Some(Hit::new(end, val))
    }

    /// "الأسبوع الماضي", "هذا العام", "last month", "next year", "الأيام الماضية" (no value).
    fn rel_expr(&self, i: usize) -> Option<Hit> {
        let (unit, off, plural, e) = self.rel_unit(i)?;
        let val = if plural { None } else { self.pubd.and_then(|p| shift(p, unit, i64::from(off))) };
        Some(Hit { year: unit == YEAR, ..Hit::new(e, val) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;

    fn run(s: &str, lang: Lang, published: Option<&str>) -> Vec<Timex> {
        let text = Text::new(s.to_string());
        let sents = segment::sentences(&text);
        let p = published.map(|d| d.parse::<Date>().unwrap());
        let out = extract(&text, &sents, lang, p);
        for t in &out {
            assert_eq!(text.slice(t.start, t.end), t.text, "span and text agree");
        }
        out
    }

    /// The whole text as one sentence (for cases the segmenter splits).
    fn whole(s: &str, lang: Lang, published: Option<&str>) -> Vec<Timex> {
        let text = Text::new(s.to_string());
        let one = [Sentence { start: 0, end: text.chars(), paragraph: 1 }];
        extract(&text, &one, lang, published.map(|d| d.parse::<Date>().unwrap()))
    }

    fn pairs(s: &str, lang: Lang, published: Option<&str>) -> Vec<(String, Option<String>)> {
        run(s, lang, published).into_iter().map(|t| (t.text, t.value)).collect()
    }

    /// Exactly one expression: (text, value).
    fn one(s: &str, published: &str) -> (String, Option<String>) {
        let lang = crate::normalize::detect_language(s);
        let v = pairs(s, lang, Some(published));
        assert_eq!(v.len(), 1, "{s:?} → {v:?}");
        v.into_iter().next().unwrap()
    }

    fn check(s: &str, published: &str, text: &str, value: &str) {
        assert_eq!(one(s, published), (text.to_string(), Some(value.to_string())), "in {s:?}");
    }

    const P: &str = "2025-05-01";

    #[test]
    fn a_promise_points_its_clause_forward() {
        check("Kristersson promised to review cases involving children before the end of March.", "2025-02-14", "end of March", "2025-03");
        check("The two sides agreed to meet again in April.", "2025-02-14", "in April", "2025-04");
        check("The court suspended the deal pending a full hearing in January.", "2025-11-04", "in January", "2026-01");
        // a past report of a month keeps the past reading
        check("The minister resigned in March.", "2025-02-14", "in March", "2024-03");
    }

    #[test]
    fn since_marks_the_start_of_a_period_not_an_offset() {
        let since = |s: &str| {
            let lang = crate::normalize::detect_language(s);
            run(s, lang, Some(P)).into_iter().map(|t| (t.text, t.value, t.since)).collect::<Vec<_>>()
        };
        let v = |x: &str| Some(x.to_string());
        assert_eq!(since("يقيم في إسطنبول منذ عام 2016."), vec![("منذ عام 2016".into(), v("2016"), true)]);
        assert_eq!(since("ومنذ مطلع العام وصل ألف مهاجر."), vec![("منذ مطلع العام".into(), v("2025"), true)]);
        // an offset: two days ago, the date of the event
        assert_eq!(since("قتل منذ يومين في غارة."), vec![("منذ يومين".into(), v("2025-04-29"), false)]);
        assert_eq!(since("It has deported 13,000 since April last year."), vec![("April last year".into(), v("2024-04"), true)]);
        assert_eq!(since("It deported 300 in April last year."), vec![("in April last year".into(), v("2024-04"), false)]);
    }

    #[test]
    fn arabic_weekday_and_full_date_is_one_expression() {
        check("وقع الانفجار الخميس، ١٧ نوفمبر، ٢٠١٦ في المدينة.", P, "الخميس، ١٧ نوفمبر، ٢٠١٦", "2016-11-17");
    }

    #[test]
    fn absolute_dates() {
        check("The attack happened on 17 November 2016.", P, "on 17 November 2016", "2016-11-17");
        check("The attack happened on November 17, 2016, officials said.", P, "on November 17, 2016", "2016-11-17");
        check("Published 2016-11-17 by the ministry.", P, "2016-11-17", "2016-11-17");
        check("صدر القرار بتاريخ 17/11/2016 عن الوزارة.", P, "بتاريخ 17/11/2016", "2016-11-17");
        check("وقع ذلك في ١٧/١١/٢٠١٦.", P, "في ١٧/١١/٢٠١٦", "2016-11-17");
        // one sentence span: the segmenter currently breaks after "Nov."
        let v = whole("The deal was signed on Nov. 17, 2016.", Lang::En, None);
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("on Nov. 17, 2016", Some("2016-11-17")));
        check("It was signed on Thursday, November 17, 2016.", P, "on Thursday, November 17, 2016", "2016-11-17");
        check("It was signed on the 17th of November 2016.", P, "17th of November 2016", "2016-11-17");
        check("وصل الوفد في 17 من نوفمبر 2016.", P, "في 17 من نوفمبر 2016", "2016-11-17");
        check("وُلد في ١٧ نوفمبر ٢٠١٦م.", P, "في ١٧ نوفمبر ٢٠١٦م", "2016-11-17");
        check("عقد الاجتماع يوم 3 مارس 2024.", P, "يوم 3 مارس 2024", "2024-03-03");
        check("In English text 11/17/2016 is month first.", P, "11/17/2016", "2016-11-17");
    }

    #[test]
    fn month_names_in_all_variants() {
        let names: &[(&str, u8)] = &[
            ("يناير", 1),
            ("جانفي", 1),
            ("كانون الثاني", 1),
            ("فبراير", 2),
            ("فيفري", 2),
            ("شباط", 2),
            ("مارس", 3),
            ("آذار", 3),
            ("أبريل", 4),
            ("ابريل", 4),
            ("أفريل", 4),
            ("نيسان", 4),
            ("مايو", 5),
            ("ماي", 5),
            ("أيار", 5),
            ("يونيو", 6),
            ("يونيه", 6),
            ("جوان", 6),
            ("حزيران", 6),
            ("يوليو", 7),
            ("يوليه", 7),
            ("جويلية", 7),
            ("تموز", 7),
            ("أغسطس", 8),
            ("اغسطس", 8),
            ("أوت", 8),
            ("آب", 8),
            ("سبتمبر", 9),
            ("أيلول", 9),
            ("أكتوبر", 10),
            ("تشرين الأول", 10),
            ("نوفمبر", 11),
            ("تشرين الثاني", 11),
            ("ديسمبر", 12),
            ("كانون الأول", 12),
        ];
        for &(name, m) in names {
            let s = format!("وقعت الحادثة في {name} 2024 بحسب الشهود.");
            check(&s, P, &format!("في {name} 2024"), &format!("2024-{m:02}"));
            let s = format!("وقعت الحادثة في 5 {name} 2023.");
            check(&s, P, &format!("في 5 {name} 2023"), &format!("2023-{m:02}-05"));
        }
        for (k, name) in GREG_EN.iter().enumerate() {
            let cap = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
            let s = format!("It happened in {cap} 2024, they said.");
            check(&s, P, &format!("in {cap} 2024"), &format!("2024-{:02}", k + 1));
        }
    }

    #[test]
    fn combined_month_names_are_one_expression() {
        check("وصل الوفد في يناير/كانون الثاني.", P, "في يناير/كانون الثاني", "2025-01");
        check("وصل الوفد في مارس/آذار 2024.", P, "في مارس/آذار 2024", "2024-03");
        check("وصل الوفد في كانون الثاني/يناير 2024.", P, "في كانون الثاني/يناير 2024", "2024-01");
        check("وصل الوفد في 3 مارس (آذار) 2024.", P, "في 3 مارس (آذار) 2024", "2024-03-03");
        check("جرت الانتخابات كانون الثاني 2024.", P, "كانون الثاني 2024", "2024-01");
    }

    #[test]
    fn bare_years_need_a_cue() {
        check("تأسست الشركة في 2022 في دبي.", P, "في 2022", "2022");
        check("صدر 2024 كتاب جديد.", P, "2024", "2024");
        check("منذ عام 2011 والبلاد في حرب.", P, "منذ عام 2011", "2011");
        check("The company was founded in 2022.", P, "in 2022", "2022");
        check("بنيت عام ١٩٤٨م.", P, "عام ١٩٤٨م", "1948");
        check("ويعمل هناك منذ 2011.", P, "منذ 2011", "2011");
        check("وفي أواخر 2024 تغير الوضع.", P, "في أواخر 2024", "2024");
        check("It ran until mid-2024 before closing.", P, "mid-2024", "2024");
        // counts are not years
        assert!(pairs("قتل 2000 شخص في الهجوم.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("شارك في 2000 شخص.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("ارتفع العدد إلى 2024 حالة.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("About 2000 people attended.", Lang::En, Some(P)).is_empty());
        assert!(pairs("They found 2024 cases in 2000 homes.", Lang::En, Some(P)).is_empty());
        assert!(pairs("بلغت الميزانية 1999 مليون دولار.", Lang::Ar, Some(P)).is_empty());
        // ranges
        let v = pairs("بين عامي 2010 و2015 تضاعف العدد، ومن 2016 إلى 2018 تراجع.", Lang::Ar, Some(P));
        let texts = |v: &[(String, Option<String>)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&v), vec!["عامي 2010", "2015", "2016", "2018"], "{v:?}");
        let v = pairs("The war lasted from 2010 to 2015 in the region.", Lang::En, Some(P));
        assert_eq!(texts(&v), vec!["2010", "2015"], "{v:?}");
        let v = pairs("It ran in 2010-2015.", Lang::En, Some(P));
        assert_eq!(v, vec![("in 2010".into(), Some("2010".into())), ("2015".into(), Some("2015".into()))]);
    }

    #[test]
    fn more_year_contexts() {
        check("Rwanda played a role in the 1994 genocide, he said.", P, "1994", "1994");
        check("It signed a protocol for 1990 with its neighbour.", P, "1990", "1990");
        let v = pairs("prisoners of war during the 1991-1995 war.", Lang::En, Some(P));
        assert_eq!(v, vec![("1991".into(), Some("1991".into())), ("1995".into(), Some("1995".into()))]);
        assert!(pairs("The 2000 Olympics.", Lang::En, Some(P)).is_empty(), "capitalised noun after: not sure");
        assert!(pairs("the 2000 people who came", Lang::En, Some(P)).is_empty());
        check("تعرضتا لاعتداء في 11 ديسمبر (كانون الاول) الحالي.", P, "في 11 ديسمبر (كانون الاول) الحالي", "2025-12-11");
        check("يعقد في مايو الجاري.", P, "في مايو الجاري", "2025-05");
    }

    #[test]
    fn month_without_year_resolves_to_most_recent() {
        check("وقع الحادث في يناير.", P, "في يناير", "2025-01");
        check("It happened in January, officials said.", P, "in January", "2025-01");
        check("It happened in December, officials said.", P, "in December", "2024-12");
        check("وقع الحادث في ديسمبر.", P, "في ديسمبر", "2024-12");
        check("وقع الحادث في مايو.", P, "في مايو", "2025-05");
        check("وقع الحادث في يناير الماضي.", "2025-01-20", "في يناير الماضي", "2024-01");
        // future verb
        check("ستعقد القمة في يناير.", P, "في يناير", "2026-01");
        check("The summit will be held in December.", P, "in December", "2025-12");
        check("The summit will be held in May.", P, "in May", "2025-05");
        check("ستعقد القمة في مارس المقبل.", P, "في مارس المقبل", "2026-03");
        check("وسيعقد الاجتماع في 12 يونيو.", P, "في 12 يونيو", "2025-06-12");
        check("عقد الاجتماع في 12 يونيو.", P, "في 12 يونيو", "2024-06-12");
        check("The talks ended on May 1.", P, "on May 1", "2025-05-01");
        check("وصل في يناير من العام الماضي.", P, "في يناير من العام الماضي", "2024-01");
        check("He arrived in January last year.", P, "in January last year", "2024-01");
        check("He arrived last January.", P, "last January", "2025-01");
        check("He arrived last May.", P, "last May", "2024-05");
        check("وصل في مطلع يناير.", P, "في مطلع يناير", "2025-01");
        check("وصل في شهر يناير.", P, "في شهر يناير", "2025-01");
    }

    #[test]
    fn modal_and_prospective_clauses_refer_forward() {
        // P is 2025-05-01; a month named after a modal or prospective word is the next such month.
        check("An official said the first flight could arrive in April.", P, "in April", "2026-04");
        check("An official said the first flight would arrive in March.", P, "in March", "2026-03");
        check("The talks may resume in September.", P, "in September", "2025-09");
        check("Officials might meet in February.", P, "in February", "2026-02");
        check("The talks are expected to resume in January.", P, "in January", "2026-01");
        check("The government plans to hold the vote in February.", P, "in February", "2026-02");
        check("The vote is scheduled for February.", P, "February", "2026-02");
        check("The flight could not arrive in June.", P, "in June", "2025-06");
        check("The flight may arrive in May.", P, "in May", "2025-05");
        // past counterparts stay in the past
        check("An official said the first flight arrived in April.", P, "in April", "2025-04");
        check("An official said the first flight arrived in June.", P, "in June", "2024-06");
        check("The flight could have arrived in June.", P, "in June", "2024-06");
        // "to" before an article is a preposition: the agreement's own day
        check("Israel and Hamas agreed to a ceasefire on Tuesday.", P, "on Tuesday", "2025-04-29");
        check("The two sides agreed to meet on Tuesday.", P, "on Tuesday", "2025-05-06");
        check("The flight would not have arrived in June.", P, "in June", "2024-06");
        // the modal only reaches forward: a month before it keeps the past reading
        check("In June, he would often visit the capital.", P, "In June", "2024-06");
        check("He said in June he would resign.", P, "in June", "2024-06");
        // Arabic: «قد» before an imperfect, «من المقرر أن», «المقبل(ة)»
        check("وقال مسؤول إن الرحلة الأولى قد تصل في يونيو.", P, "في يونيو", "2025-06");
        check("وقال مسؤول إن الرحلة الأولى قد تصل في فبراير.", P, "في فبراير", "2026-02");
        check("وقال إن الوفد قد يزور القاهرة في يناير.", P, "في يناير", "2026-01");
        check("ومن المقرر أن تعقد الجولة في فبراير.", P, "في فبراير", "2026-02");
        check("وقال إن الانتخابات المقبلة ستجري في يناير.", P, "في يناير", "2026-01");
        check("وتجري الانتخابات المقبلة في فبراير.", P, "في فبراير", "2026-02");
        // past counterparts: «قد» before a perfect, «لقد», «كان قد»
        check("وقال مسؤول إن الرحلة الأولى وصلت في فبراير.", P, "في فبراير", "2025-02");
        check("وقد وصلت الرحلة في يونيو.", P, "في يونيو", "2024-06");
        check("وكان قد تعرض لهجوم في يونيو.", P, "في يونيو", "2024-06");
        check("لقد تم الاتفاق في يونيو.", P, "في يونيو", "2024-06");
        check("وقد تم التوقيع في يونيو.", P, "في يونيو", "2024-06");
        check("وكان المقرر الخاص قد زار البلاد في يونيو.", P, "في يونيو", "2024-06");
        check("وكان الوفد قد تسلم الرد في يونيو.", P, "في يونيو", "2024-06");
    }

    #[test]
    fn month_alone_is_never_completed_with_a_day() {
        for (s, p) in [
            ("وقع الحادث في مايو.", "2025-05-20"),
            ("It happened in May.", "2025-05-20"),
            ("في هذا الشهر", "2025-05-20"),
        ] {
            let v = one(s, p).1.unwrap();
            assert_eq!(v, "2025-05", "{s}");
        }
        let v = one("تم ذلك العام الماضي.", "2025-05-20").1.unwrap();
        assert_eq!(v, "2024");
        // a month word without a cue or year is not a date ("مارس" is also a verb)
        assert!(pairs("مارس الضغط على الحكومة.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("You may go now.", Lang::En, Some(P)).is_empty());
    }

    #[test]
    fn hijri_dates() {
        let v = run("بدأ الصيام في ٣ رمضان ١٤٤٦ هـ في المدينة.", Lang::Ar, Some(P));
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].text, "في ٣ رمضان ١٤٤٦ هـ");
        assert_eq!(v[0].value.as_deref(), Some("2025-03-03"));
        assert_eq!(v[0].calendar.as_deref(), Some("islamic-umalqura"));
        let v = run("وصل في 10 ذي الحجة 1445هـ.", Lang::Ar, None);
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("في 10 ذي الحجة 1445هـ", Some("2024-06-16")));
        let v = run("صدر في 1 ربيع الأول 1446.", Lang::Ar, None);
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("في 1 ربيع الأول 1446", Some("2024-09-04")));
        let v = run("في رمضان 1446 هـ", Lang::Ar, None);
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("في رمضان 1446 هـ", Some("2025-03")));
        let v = run("خلال شهر رمضان الماضي", Lang::Ar, Some(P));
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("خلال شهر رمضان الماضي", Some("2025-03")));
        let v = run("في عام 1446 هـ", Lang::Ar, None);
        assert_eq!(
            (v[0].text.as_str(), v[0].value.as_deref(), v[0].calendar.is_some()),
            ("في عام 1446 هـ", None, true)
        );
        // صفر is also "zero"
        assert!(pairs("النتيجة صفر.", Lang::Ar, Some(P)).is_empty());
        // names
        assert!(pairs("قال رجب طيب أردوغان.", Lang::Ar, Some(P)).is_empty());
    }

    #[test]
    fn part_of_the_current_period() {
        let p = |s: &str, lang| pairs(s, lang, Some(P));
        assert_eq!(p("وصل منذ مطلع العام أكثر من ألف مهاجر.", Lang::Ar), vec![("منذ مطلع العام".to_string(), Some("2025".to_string()))]);
        assert_eq!(p("وسيعقد الاجتماع نهاية الشهر.", Lang::Ar), vec![("نهاية الشهر".to_string(), Some("2025-05".to_string()))]);
        assert_eq!(p("Talks end in the middle of the month.", Lang::En), vec![("middle of the month".to_string(), Some("2025-05".to_string()))]);
        // without a modifier «العام» is "general", and "the end of the war" names no period
        assert!(p("وقال الأمين العام للأمم المتحدة إن الوضع خطير.", Lang::Ar).is_empty());
        assert!(p("He spoke of the end of the war.", Lang::En).is_empty());
    }

    #[test]
    fn english_hijri_dates() {
        let v = run("The talks began on 3 Ramadan 1446 AH in Tripoli.", Lang::En, Some(P));
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("on 3 Ramadan 1446 AH", Some("2025-03-03")));
        assert_eq!(v[0].calendar.as_deref(), Some("islamic-umalqura"));
        let p = |s: &str| pairs(s, Lang::En, Some(P));
        assert_eq!(p("Pilgrims arrived on 10 Dhu al-Hijjah 1445."), vec![("on 10 Dhu al-Hijjah 1445".to_string(), Some("2024-06-16".to_string()))]);
        assert_eq!(p("It was signed on 1 Rabi' al-Awwal 1446 AH."), vec![("on 1 Rabi' al-Awwal 1446 AH".to_string(), Some("2024-09-04".to_string()))]);
        assert_eq!(p("It was signed on 1 Dhul-Qadah 1446."), vec![("on 1 Dhul-Qadah 1446".to_string(), Some("2025-04-29".to_string()))]);
        assert_eq!(p("Fighting eased during Ramadan."), vec![("during Ramadan".to_string(), Some("2025-03".to_string()))]);
        // a surname, a given name, lower case, and a lower-case "ah" are no Hijri dates
        assert!(p("Tariq Ramadan spoke in Geneva.").is_empty(), "{:?}", p("Tariq Ramadan spoke in Geneva."));
        assert!(p("Rajab Ali met officials.").is_empty());
        assert!(p("The ramadan lanterns were lit.").is_empty());
        assert_eq!(p("He wrote 1446 ah in the margin."), Vec::<(String, Option<String>)>::new());
    }

    #[test]
    fn relative_days() {
        check("قال الوزير اليوم إن المحادثات مستمرة.", P, "اليوم", "2025-05-01");
        check("وصل الوفد أمس.", P, "أمس", "2025-04-30");
        check("وصل الوفد بالأمس.", P, "بالأمس", "2025-04-30");
        check("وصل الوفد وأمس غادر.", P, "أمس", "2025-04-30");
        check("وصل الوفد الأمس.", P, "الأمس", "2025-04-30");
        check("وصل الوفد أول أمس.", P, "أول أمس", "2025-04-29");
        check("وصل الوفد أول من أمس.", P, "أول من أمس", "2025-04-29");
        check("يصل الوفد غداً.", P, "غداً", "2025-05-02");
        check("قال مساء أمس إن الوضع هادئ.", P, "مساء أمس", "2025-04-30");
        check("قال أمس الأربعاء إن الوضع هادئ.", P, "أمس الأربعاء", "2025-04-30");
        check("He said yesterday that talks continue.", P, "yesterday", "2025-04-30");
        check("Talks resume tomorrow.", P, "tomorrow", "2025-05-02");
        check("He spoke last night.", P, "last night", "2025-04-30");
        check("He left the day before yesterday.", P, "the day before yesterday", "2025-04-29");
        check("وقع الهجوم قبل يومين.", P, "قبل يومين", "2025-04-29");
        check("وقع الهجوم قبل ثلاثة أيام.", P, "قبل ثلاثة أيام", "2025-04-28");
        check("وقع الهجوم قبل 3 أيام.", P, "قبل 3 أيام", "2025-04-28");
        check("وقع الهجوم قبل ٣ أيام.", P, "قبل ٣ أيام", "2025-04-28");
        check("وقع الهجوم قبل خمسة عشر يوما.", P, "قبل خمسة عشر يوما", "2025-04-16");
        check("The attack happened two days ago.", P, "two days ago", "2025-04-29");
        check("The attack happened 3 days ago.", P, "3 days ago", "2025-04-28");
        check("The attack happened a year ago.", P, "a year ago", "2024");
        check("وقع الهجوم قبل أسبوعين.", P, "قبل أسبوعين", "2025-W16");
        check("وقع الهجوم قبل شهرين.", P, "قبل شهرين", "2025-03");
        check("وقع الهجوم قبل عامين.", P, "قبل عامين", "2023");
        check("بدأت الحرب منذ سنتين.", P, "منذ سنتين", "2023");
        // the day, not today
        assert!(pairs("في اليوم التالي غادر.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("نشرت صحيفة اليوم السابع الخبر.", Lang::Ar, Some(P)).is_empty());
        // anchored to an event: a time expression without a value
        assert_eq!(one("وصل قبل يومين من الانتخابات.", P), ("قبل يومين".into(), None));
        assert_eq!(one("وصل قبل أيام.", P), ("قبل أيام".into(), None));
    }

    #[test]
    fn relative_without_publication_date_has_no_value() {
        let v = pairs("وقع الهجوم قبل يومين.", Lang::Ar, None);
        assert_eq!(v, vec![("قبل يومين".to_string(), None)]);
        let v = pairs("وقع الهجوم الأربعاء في يناير.", Lang::Ar, None);
        assert_eq!(v, vec![("الأربعاء".to_string(), None), ("في يناير".to_string(), None)]);
        let v = pairs("وقع الهجوم في 17 نوفمبر 2016.", Lang::Ar, None);
        assert_eq!(v, vec![("في 17 نوفمبر 2016".to_string(), Some("2016-11-17".to_string()))]);
    }

    #[test]
    fn relative_weeks_months_years() {
        check("التقى الوزيران الأسبوع الماضي.", P, "الأسبوع الماضي", "2025-W17");
        check("The ministers met last week.", P, "last week", "2025-W17");
        check("The ministers meet this week.", P, "this week", "2025-W18");
        check("يلتقي الوزيران هذا الأسبوع.", P, "هذا الأسبوع", "2025-W18");
        check("يلتقي الوزيران خلال هذا الأسبوع.", P, "خلال هذا الأسبوع", "2025-W18");
        check("The ministers met last month.", P, "last month", "2025-04");
        check("التقى الوزيران الشهر الماضي.", P, "الشهر الماضي", "2025-04");
        check("التقى الوزيران في الشهر الماضي.", P, "في الشهر الماضي", "2025-04");
        check("التقى الوزيران في الأول من الشهر الماضي.", "2025-04-05", "في الأول من الشهر الماضي", "2025-03-01");
        check("التقى الوزيران في الخامس عشر من الشهر الجاري.", P, "في الخامس عشر من الشهر الجاري", "2025-05-15");
        check("ارتفعت الأسعار العام الماضي.", P, "العام الماضي", "2024");
        check("Prices rose last year.", P, "last year", "2024");
        check("Prices rose this year.", P, "this year", "2025");
        check("ارتفعت الأسعار هذا العام.", P, "هذا العام", "2025");
        check("ارتفعت الأسعار خلال السنة الماضية.", P, "خلال السنة الماضية", "2024");
        check("Prices will rise next month.", P, "next month", "2025-06");
        check("ترتفع الأسعار الشهر المقبل.", P, "الشهر المقبل", "2025-06");
        check("ارتفعت في أواخر العام الماضي.", P, "في أواخر العام الماضي", "2024");
        check("ارتفعت للعام الماضي.", P, "للعام الماضي", "2024");
        check("Prices rose at the end of last year.", P, "end of last year", "2024");
        assert_eq!(one("خلال الأيام الماضية تحسن الوضع.", P), ("خلال الأيام الماضية".into(), None));
    }

    #[test]
    fn spans_back_from_the_publication_date_are_intervals() {
        check("قتل عشرة أشخاص خلال الأيام الثلاثة الماضية.", P, "خلال الأيام الثلاثة الماضية", "2025-04-28/2025-05-01");
        check("وصل 200 مهاجر خلال الثلاثة أيام الماضية.", P, "خلال الثلاثة أيام الماضية", "2025-04-28/2025-05-01");
        check("تصاعدت الهجمات خلال الأسبوعين الماضيين.", P, "خلال الأسبوعين الماضيين", "2025-04-17/2025-05-01");
        check("تراجعت الاشتباكات في اليومين الماضيين.", P, "في اليومين الماضيين", "2025-04-29/2025-05-01");
        check("قتل 20 شخصا خلال الـ48 ساعة الماضية.", P, "خلال الـ48 ساعة الماضية", "2025-04-29/2025-05-01");
        check("قتل 5 أشخاص خلال الساعات الـ24 الماضية.", P, "خلال الساعات الـ24 الماضية", "2025-04-30/2025-05-01");
        // seasons: TimeML values, northern meteorological seasons
        check("وتتبادل الحكومتان الاتهامات منذ الصيف الماضي.", "2025-03-20", "منذ الصيف الماضي", "2024-SU");
        check("He visited Cairo last summer.", "2025-10-02", "last summer", "2025-SU");
        check("He visited Cairo last summer.", "2025-08-02", "last summer", "2024-SU");
        check("ستجري الانتخابات في الشتاء المقبل.", "2025-03-20", "في الشتاء المقبل", "2025-WI");
        check("The talks resumed this winter.", "2025-01-15", "this winter", "2024-WI");
        check("The talks may resume this summer.", "2025-03-20", "this summer", "2025-SU");
        check("وقعت الاشتباكات في صيف 2023.", "2025-03-20", "في صيف 2023", "2023-SU");
        check("وصل المهاجرون في خريف العام الماضي.", "2025-03-20", "في خريف العام الماضي", "2024-FA");
        check("Fighting resumed in the spring of 2024.", "2025-03-20", "spring of 2024", "2024-SP");
        // ربيع before الأول/الثاني is the Hijri month, not spring
        assert!(!one("ولد في 12 ربيع الأول 1446.", P).1.unwrap_or_default().contains("SP"));
        // compound definite numbers: a unit number, و and a ten
        check("قتل 5 أشخاص خلال الساعات الأربع والعشرين الماضية.", P, "خلال الساعات الأربع والعشرين الماضية", "2025-04-30/2025-05-01");
        check("اعتقل 40 شخصا خلال الساعات الاثنتين والسبعين الماضية.", P, "خلال الساعات الاثنتين والسبعين الماضية", "2025-04-28/2025-05-01");
        check("تراجعت الاشتباكات في الأيام العشرين الماضية.", P, "في الأيام العشرين الماضية", "2025-04-11/2025-05-01");
        // alone, the definite "two" is Monday, never a count
        assert_ne!(one("وصل الوفد يوم الاثنين الماضي.", P).1.as_deref(), Some("2025-04-30/2025-05-01"));
        check("شهدت الأشهر الستة الأخيرة هدوءا.", P, "الأشهر الستة الأخيرة", "2024-11/2025-05");
        check("Ten people were killed in the past three days.", P, "in the past three days", "2025-04-28/2025-05-01");
        check("In the past 24 hours, 40 people died.", P, "In the past 24 hours", "2025-04-30/2025-05-01");
        check("Attacks rose over the last two weeks.", P, "the last two weeks", "2025-04-17/2025-05-01");
        check("The economy shrank in the past three years.", P, "in the past three years", "2022/2025");
        // without a count, or without a publication date: no value; "last month" is still one month
        assert_eq!(one("The army has made gains in the past few days.", P), ("in the past few days".into(), None));
        assert_eq!(one("تراجعت الاشتباكات في الأيام الأخيرة.", P), ("في الأيام الأخيرة".into(), None));
        assert_eq!(pairs("Ten people were killed in the past three days.", Lang::En, None), vec![("in the past three days".to_string(), None)]);
        check("He resigned last month.", P, "last month", "2025-04");
        // «السابقة» points back from the story's own time, not from the publication date
        assert!(pairs("وكان قد زار المدينة في الأيام الثلاثة السابقة.", Lang::Ar, Some(P)).iter().all(|(_, v)| v.as_deref().is_none_or(|v| !v.contains('/'))));
    }

    #[test]
    fn weekdays() {
        check("التقى الوزيران الأربعاء.", P, "الأربعاء", "2025-04-30");
        check("التقى الوزيران الأحد.", "2025-01-01", "الأحد", "2024-12-29");
        check("التقى الوزيران يوم الأحد.", "2025-01-01", "يوم الأحد", "2024-12-29");
        // the publication day's own weekday is that day (P is a Thursday); "last" goes back a week
        check("والتقى الوزيران والخميس.", P, "الخميس", "2025-05-01");
        check("The truce took hold late on Thursday.", P, "on Thursday", "2025-05-01");
        check("التقى الوزيران الخميس الماضي.", P, "الخميس الماضي", "2025-04-24");
        check("The ministers met last Tuesday.", "2018-04-18", "last Tuesday", "2018-04-17");
        check("The ministers met on Tuesday.", "2018-04-18", "on Tuesday", "2018-04-17");
        check("The ministers met Tuesday morning.", "2018-04-18", "Tuesday morning", "2018-04-17");
        check("The ministers will meet on Tuesday.", "2018-04-18", "on Tuesday", "2018-04-24");
        check("The ministers will meet next Wednesday.", "2018-04-18", "next Wednesday", "2018-04-25");
        // a past participle right before the weekday dates a past day, also in a clause a modal
        // ("agreed to") made future
        check("Kenya agreed to buy wheat from Ukraine under a contract signed on Monday.", P, "on Monday", "2025-04-28");
        check("Kenya will buy wheat from Ukraine on Monday.", P, "on Monday", "2025-05-05");
        check("سيلتقي الوزيران الأحد.", P, "الأحد", "2025-05-04");
        check("التقى الوزيران الثلاثاء الماضي.", P, "الثلاثاء الماضي", "2025-04-29");
        check("يلتقي الوزيران الثلاثاء المقبل.", P, "الثلاثاء المقبل", "2025-05-06");
        check("قال الاثنين إنه سيزور القاهرة.", P, "الاثنين", "2025-04-28");
        check("قال مساء الاثنين إن الوضع هادئ.", P, "مساء الاثنين", "2025-04-28");
        // not weekdays
        assert!(pairs("أدى صلاة الجمعة في المسجد.", Lang::Ar, Some(P)).is_empty());
        assert!(pairs("Shoppers rushed out on Black Friday.", Lang::En, Some(P)).len() <= 1);
        assert!(pairs("Black Friday sales.", Lang::En, Some(P)).is_empty());
        check("Protests followed fraud claims in Sunday's elections.", P, "Sunday", "2025-04-27");
    }

    #[test]
    fn an_explicit_year_in_the_clause_anchors_bare_months_hijri_months_and_weekdays() {
        let v = |x: &str| Some(x.to_string());
        let en = |s: &str| pairs(s, Lang::En, Some(P));
        let ar = |s: &str| pairs(s, Lang::Ar, Some(P));
        assert_eq!(
            en("The strike in 2016 began in March and ended in June."),
            vec![("in 2016".into(), v("2016")), ("in March".into(), v("2016-03")), ("in June".into(), v("2016-06"))]
        );
        // after the expression, across a comma and a participle; a day and month too
        assert_eq!(en("Talks collapsed in October in 2018.")[0], ("in October".into(), v("2018-10")));
        assert_eq!(en("The ministry first imposed the levy in 2019, raising it again on 5 November.")[1], ("on 5 November".into(), v("2019-11-05")));
        assert_eq!(en("Parliament adopted the budget in January 2022, before a revision in July.")[1], ("in July".into(), v("2022-07")));
        assert_eq!(ar("وفي عام 2018 خرج المتظاهرون إلى الشوارع في ديسمبر.")[1], ("في ديسمبر".into(), v("2018-12")));
        assert_eq!(ar("وخرجت مظاهرات في أبريل من عام 2016 ثم في أغسطس.")[1], ("في أغسطس".into(), v("2016-08")));
        // a Hijri month: the one of that year (Muharram 1438 lies in October 2016, Ramadan 1440 in
        // May–June 2019: a month value only when it lies in one Gregorian month)
        assert_eq!(en("In 2019 the truce held during Ramadan.")[1], ("during Ramadan".into(), None));
        assert_eq!(ar("وفي عام 2016 أعلنت الهدنة في شهر محرم.")[1].1, v("2016-10"));
        // a weekday of an earlier year is no day the text fixes
        assert_eq!(en("In 2019 police detained dozens of students on Friday.")[1], ("on Friday".into(), None));
        assert_eq!(ar("وفي عام 2020 فرقت الشرطة المحتجين يوم السبت.")[1], ("يوم السبت".into(), None));
        // unless the clause dates it: 14 March 2019 was a Thursday
        assert_eq!(ar("واعتقل الناشط يوم الخميس في 14 مارس 2019 في العاصمة.")[0], ("يوم الخميس".into(), v("2019-03-14")));
    }

    #[test]
    fn a_year_anchors_nothing_outside_its_clause_or_tense() {
        let v = |x: &str| Some(x.to_string());
        let en = |s: &str| pairs(s, Lang::En, Some(P));
        let ar = |s: &str| pairs(s, Lang::Ar, Some(P));
        // a future clause after a past year; a year after "but"/«لكن», a cue or in a relative clause
        assert_eq!(en("The vote held in 2021 will be repeated in April.")[1], ("in April".into(), v("2026-04")));
        assert_eq!(en("He was elected in 2020 but resigned in April.")[1], ("in April".into(), v("2025-04")));
        assert_eq!(ar("انتخب عام 2020 لكنه استقال في أبريل.")[1], ("في أبريل".into(), v("2025-04")));
        assert_eq!(en("The decree, which the council issued in 2019, took effect in June.")[1], ("in June".into(), v("2024-06")));
        assert_eq!(ar("اعتقلت الشرطة في مارس الناشطين الذين شاركوا في احتجاجات عام 2019.")[0], ("في مارس".into(), v("2025-03")));
        assert_eq!(en("The deal, signed before 2020, was revised in June.")[1], ("in June".into(), v("2024-06")));
        assert_eq!(en("Prices have risen since 2016 and fell sharply in March.")[1], ("in March".into(), v("2025-03")));
        // two years; a bare attributive year; a year in a reported clause
        assert_eq!(en("Between 2010 and 2015 the council met in June.")[2], ("in June".into(), v("2024-06")));
        assert_eq!(en("The 2017 strike ended in June.")[1], ("in June".into(), v("2024-06")));
        assert_eq!(en("Police said on Monday that 300 people died in 2023.")[0], ("on Monday".into(), v("2025-04-28")));
        assert_eq!(ar("وقالت الوزارة الأحد إن 300 شخص قتلوا في عام 2023.")[0], ("الأحد".into(), v("2025-04-27")));
        // a weekday in the publication year keeps its value
        assert_eq!(en("In 2025 the ministers met on Tuesday.")[1], ("on Tuesday".into(), v("2025-04-29")));
    }

    #[test]
    fn an_indefinite_weekday_names_no_day() {
        assert!(pairs("The strike began on a Monday and ended on Friday.", Lang::En, Some(P)).iter().all(|(t, _)| !t.contains("Monday")));
        assert!(pairs("Protesters gather every Friday.", Lang::En, Some(P)).is_empty());
        check("Protesters gathered on Friday.", P, "on Friday", "2025-04-25");
    }

    #[test]
    fn a_present_clause_that_schedules_points_a_bare_weekday_forward() {
        // P is 2025-05-01, a Thursday (newuser17's report)
        check(
            "The opposition leader called on his supporters to stage a nationwide strike starting Monday.",
            P,
            "Monday",
            "2025-05-05",
        );
        check("The strike starts Monday.", P, "Monday", "2025-05-05");
        check("The protest is planned for Friday.", P, "Friday", "2025-05-02");
        check("ويزور الوزير القاهرة الأحد.", P, "الأحد", "2025-05-04");
        check("وتنطلق المحادثات يوم السبت.", P, "يوم السبت", "2025-05-03");
        check("ستنطلق المحادثات يوم السبت.", P, "يوم السبت", "2025-05-03");
        check("The minister will travel on Saturday.", P, "on Saturday", "2025-05-03");
        // more cues: plural present, "is due", "is set for", "takes effect", "from" in a present clause,
        // reported present, Arabic subject first after «إن», «لا»
        check("Talks resume on Tuesday.", P, "on Tuesday", "2025-05-06");
        check("The results are due Sunday.", P, "Sunday", "2025-05-04");
        check("The vote is set for Wednesday.", P, "Wednesday", "2025-05-07");
        check("The new rules take effect Monday.", P, "Monday", "2025-05-05");
        check("Schools are closed from Monday.", P, "Monday", "2025-05-05");
        check("He said the talks begin Monday.", P, "Monday", "2025-05-05");
        check("وقال إن المحادثات تنطلق السبت.", P, "السبت", "2025-05-03");
        check("وقال إن الحكومة تعقد اجتماعا الأحد.", P, "الأحد", "2025-05-04");
        check("ويصوت البرلمان على القانون الثلاثاء.", P, "الثلاثاء", "2025-05-06");
        check("ويصل الوفد إلى القاهرة يوم الاثنين.", P, "يوم الاثنين", "2025-05-05");
        // the publication day's own weekday is that day
        check("ويعقد مجلس الأمن جلسة الخميس.", P, "الخميس", "2025-05-01");
        check("The Senate votes Thursday.", P, "Thursday", "2025-05-01");
        check("The government announced a curfew starting Friday.", P, "Friday", "2025-05-02");
    }

    #[test]
    fn past_reports_of_a_weekday_keep_the_past_reading() {
        // wire copy naming the past day
        check("The minister said on Monday that talks were over.", P, "on Monday", "2025-04-28");
        check("قال الاثنين إن الوضع هادئ.", P, "الاثنين", "2025-04-28");
        check("The attack on Sunday killed five people.", P, "on Sunday", "2025-04-27");
        check("وتتواصل الاحتجاجات منذ الجمعة.", P, "منذ الجمعة", "2025-04-25");
        check("Protests have continued since Friday.", P, "Friday", "2025-04-25");
        // reported speech with a past reporting verb and a past complement
        check("He said the delegation arrived in Cairo on Sunday.", P, "on Sunday", "2025-04-27");
        check("وقال إن الوفد وصل القاهرة الأحد.", P, "الأحد", "2025-04-27");
        check("ويقول الوزير إنه التقى نظيره الأحد.", P, "الأحد", "2025-04-27");
        // a possessive, and a present cue before it
        check("Protests followed fraud claims in Sunday's elections.", P, "Sunday", "2025-04-27");
        check("The count starts after Sunday's election.", P, "Sunday", "2025-04-27");
        // a past verb after "starting", a relative clause, a past clause in the present one
        check("A strike starting Monday paralysed the capital.", P, "Monday", "2025-04-28");
        check("The strike that began Monday continues.", P, "Monday", "2025-04-28");
        check("The talks did not begin Monday.", P, "Monday", "2025-04-28");
        check("The two leaders clashed during a brief visit starting on Sunday.", P, "on Sunday", "2025-04-27");
        check("He didn't clash with them during a visit starting on Sunday.", P, "on Sunday", "2025-04-27");
        check("The trial resumes after a recess that ended Monday.", P, "Monday", "2025-04-28");
        // Arabic: «لم», «كان», a relative clause of a perfect verb, «بعدما», a form V perfect,
        // a verb of blaming
        check("ولم تنطلق المحادثات السبت.", P, "السبت", "2025-04-26");
        check("وكان الوزير يزور القاهرة الأحد.", P, "الأحد", "2025-04-27");
        check("ويواصل الجيش عملياته التي بدأها الأحد.", P, "الأحد", "2025-04-27");
        check("ويزور الوزير القاهرة بعدما التقى نظيره الأحد.", P, "الأحد", "2025-04-27");
        check("وتحدث الوزير للصحفيين الأحد.", P, "الأحد", "2025-04-27");
        check("ويتهم الجيش الحركة بشن الهجوم الأحد.", P, "الأحد", "2025-04-27");
        check("وقال الوزير الذي يزور القاهرة الأحد إن المحادثات مثمرة.", P, "الأحد", "2025-04-27");
        check("فاز فيلم «القرار» الذي يتناول الحرب بجائزة يوم الجمعة.", P, "يوم الجمعة", "2025-04-25");
    }

    #[test]
    fn names_and_lookalikes_are_not_dates() {
        let none = |s: &str| assert!(pairs(s, Lang::Ar, Some(P)).is_empty(), "{s} → {:?}", pairs(s, Lang::Ar, Some(P)));
        none("استخدمت قوى 14 آذار المناسبة.");
        none("استقال وزراء 8 آذار من الحكومة.");
        none("اتخذ العرب ثورة 23 يوليو قدوة.");
        none("فاز المنتخب (1 ـ صفر) على نظيره.");
        none("تمت من خلال 1920 صفقة.");
        none("قال المنسق العام السابق للحركة.");
        none("قال الأمين العام المقبل للمنظمة.");
        none("نقلت صحيفة المصري اليوم الخبر.");
        none("كانت تنتظر هذا اليوم بفارغ الصبر.");
        none("تحديد اليوم العربي للمياه.");
        none("في مواجهة حزبي الغد والتجمع.");
        assert_eq!(one("وقال إن هجمات 11 سبتمبر غيرت العالم.", P), ("11 سبتمبر".into(), Some("2001-09-11".into())));
        // the verb فجّر "detonated" is not فجر "dawn"
        assert_eq!(one("فجّر أمس الأمين العام مفاجأة.", P), ("أمس".into(), Some("2025-04-30".into())));
        assert_eq!(one("وصل فجر أمس.", P), ("فجر أمس".into(), Some("2025-04-30".into())));
    }

    #[test]
    fn clitics_ordinals_and_eras() {
        // "باول" is Powell, not ب + أول
        assert_eq!(one("قال كولن باول أمس إن الوضع خطير.", P), ("أمس".into(), Some("2025-04-30".into())));
        check("قال باول أمس الأول إن الوضع خطير.", P, "أمس الأول", "2025-04-29");
        // an ordinal after a unit noun qualifies the noun
        assert_eq!(one("خلال الأسبوع الثاني من الشهر الجاري.", P), ("الشهر الجاري".into(), Some("2025-05".into())));
        assert!(pairs("نقلوا إلى مدينة 6 أكتوبر.", Lang::Ar, Some(P)).is_empty());
        check("قتلا يوم الثالث من سبتمبر الحالي.", "2025-09-20", "يوم الثالث من سبتمبر الحالي", "2025-09-03");
        // Hijri years after سنة, short years with a Hijri mark, BC years
        let v = run("قتل الإمام في 21 من رمضان سنة 40 للهجرة.", Lang::Ar, Some(P));
        assert_eq!(
            (v[0].text.as_str(), v[0].value.as_deref(), v[0].calendar.is_some()),
            ("في 21 من رمضان سنة 40 للهجرة", Some("0661-01-31"), true)
        );
        let v = run("في 27 من صفر سنة 636 هـ دخل الملك.", Lang::Ar, None);
        assert_eq!(v[0].text, "في 27 من صفر سنة 636 هـ");
        assert_eq!(one("حكم بين عامي 2205 قبل الميلاد وغيره.", P), ("عامي 2205 قبل الميلاد".into(), None));
        // one sentence span: UAX #29 breaks after "ق." before an Arabic letter
        let v = whole("ومنذ حوالي سنة 2000 ق.م. استبدلت.", Lang::Ar, Some(P));
        assert_eq!((v[0].text.as_str(), v[0].value.as_deref()), ("سنة 2000 ق.م.", None));
    }

    #[test]
    fn press_conventions() {
        // "اليوم (أمس)": a quoted "today" that was yesterday for the paper
        check("وقال إن «تظاهرة انطلقت اليوم (أمس) في المدينة».", P, "اليوم (أمس)", "2025-04-30");
        check("انفجرت عبوة ناسفة اليوم (الخميس) في القرية.", P, "اليوم (الخميس)", "2025-05-01");
        check("وفي يناير كانون الثاني عام 2006 أطلقت طائرة.", P, "في يناير كانون الثاني عام 2006", "2006-01");
        check("تحتجز السفينة منذ شهر سبتمبر (أيلول) الماضي.", P, "منذ شهر سبتمبر (أيلول) الماضي", "2024-09");
        check("يعتصمون منذ يوم الأربعاء الماضي.", P, "منذ يوم الأربعاء الماضي", "2025-04-30");
        check("يطلق يوم الغد مبادرته.", P, "يوم الغد", "2025-05-02");
        check("وقعت في 17 نوفمبر(تشرين الثاني) 1997.", P, "في 17 نوفمبر(تشرين الثاني) 1997", "1997-11-17");
        check(
            "اتهامات يوم 24 يوليو (تموز) من العام 1995 أي بعد.",
            P,
            "يوم 24 يوليو (تموز) من العام 1995",
            "1995-07-24",
        );
        check("وقع يوم 24 أبريل (نيسان) العام الماضي.", P, "يوم 24 أبريل (نيسان) العام الماضي", "2024-04-24");
        check("ثورة 23 يوليو- تموز 1952 كانت حدثا.", P, "23 يوليو- تموز 1952", "1952-07-23");
    }

    #[test]
    fn offsets_are_characters_and_clitics_stay_out() {
        let s = "وفي يناير/كانون الثاني وصل.";
        let v = run(s, Lang::Ar, Some(P));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].text, "في يناير/كانون الثاني");
        assert_eq!((v[0].start, v[0].end), (1, 22));
        assert_eq!(v[0].sentence, 0);
        // diacritics and tatweel inside the words
        let v = run("وصل الوفدُ أمسِ الأربعـاءَ.", Lang::Ar, Some(P));
        assert_eq!(v[0].text, "أمسِ الأربعـاءَ");
        assert_eq!(v[0].value.as_deref(), Some("2025-04-30"));
        // sentence indices
        let v = run("Talks began. They ended in 2022.", Lang::En, Some(P));
        assert_eq!(v[0].sentence, 1);
    }

    #[test]
    fn invalid_dates_have_no_value() {
        assert_eq!(one("وقع في ٣١ فبراير ٢٠٢٤.", P), ("في ٣١ فبراير ٢٠٢٤".into(), None));
        assert_eq!(one("on 31/02/2024", P), ("on 31/02/2024".into(), None));
        assert_eq!(one("يوم 30 رمضان 1446 هـ", P), ("يوم 30 رمضان 1446 هـ".into(), None));
    }

    /// The times of the shared gold document, by paragraph, text and value
    /// (`MARSAD_SHARED`, default `../shared`; skipped when absent).
    #[test]
    fn seed_gold_document_times() {
        let dir = std::env::var("MARSAD_SHARED").unwrap_or_else(|_| "../shared".to_string());
        let base = std::path::Path::new(&dir).join("gold/ar/seed-third-country-talks");
        let (Ok(txt), Ok(gold)) = (
            std::fs::read_to_string(base.with_extension("txt")),
            std::fs::read_to_string(base.with_extension("gold.json")),
        ) else {
            eprintln!("seed_gold_document_times: {} not found, skipped", base.display());
            return;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let published = gold["published"].as_str().map(|d| d.parse::<Date>().unwrap());
        let text = Text::new(txt);
        let sents = segment::sentences(&text);
        let got: Vec<(u64, String, Option<String>)> = extract(&text, &sents, Lang::Ar, published)
            .into_iter()
            .map(|t| (sents[t.sentence].paragraph as u64, t.text, t.value))
            .collect();
        let mut all = Vec::new();
        for g in gold["times"].as_array().unwrap() {
            let item = (
                g["paragraph"].as_u64().unwrap(),
                g["text"].as_str().unwrap().to_string(),
                g["value"].as_str().map(String::from),
            );
            if g["required"].as_bool() != Some(false) {
                assert!(got.contains(&item), "missing {item:?}; got {got:?}");
            }
            all.push(item);
        }
        let extra: Vec<_> = got.iter().filter(|t| !all.contains(t)).collect();
        assert!(extra.is_empty(), "not in the gold: {extra:?}");
    }

    #[test]
    fn fast_classify_agrees_with_fold_char() {
        for c in ('\u{0}'..='\u{07FF}').chain('\u{2000}'..='\u{206F}').chain('\u{FB50}'..='\u{FEFF}') {
            let slow = fold_char(c);
            assert_eq!(classify(c).map(|x| x.0), slow, "{c:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let inputs = [
            "",
            "٣",
            "1",
            "99999999999999999999999 يوم",
            "قبل 999999 عام",
            "قبل 4294967295 يوم",
            "منذ 0 أيام",
            "في 0000",
            "في 9999",
            "٣١ فبراير ٢٠٢٤",
            "29 فبراير 2023 و 29 فبراير 2024",
            "/ / / - - .. ، ،",
            "1/1/1",
            "1-1-1-1-1",
            "0/0/0000",
            "أول",
            "أول من",
            "the day",
            "last",
            "Nov.",
            "كانون",
            "ربيع",
            "ذو",
            "ـــــ َ ُ",
            "\u{200f}في\u{200f} يناير",
            "in 2024\u{0301}",
            "قبل يومين من",
            "2024م ه هـ",
            "الخميس،",
            "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠/١٢/٢٠٢٠",
            "12/13/2020",
            "في ١٤٤٦هـ",
            "في 99 هـ",
            "عام 9999 هـ",
        ];
        for p in [Some("2025-05-01"), Some("0001-01-01"), Some("9999-12-31"), None] {
            for s in inputs {
                for lang in [Lang::Ar, Lang::En] {
                    let _ = run(s, lang, p);
                }
            }
        }
        // random mixes of time words, digits, punctuation and marks
        let frags = [
            "في",
            "قبل",
            "منذ",
            "بعد",
            "يومين",
            "أيام",
            "3",
            "٣١",
            "2024",
            "١٤٤٦",
            "هـ",
            "م",
            "يناير",
            "/",
            "كانون",
            "الثاني",
            "الأول",
            "من",
            "الشهر",
            "الماضي",
            "المقبل",
            "رمضان",
            "ذو",
            "الحجة",
            "صفر",
            "أمس",
            "اليوم",
            "(",
            ")",
            "،",
            ",",
            "-",
            ".",
            "الخميس",
            "يوم",
            "مساء",
            "أول",
            "عام",
            "سنة",
            "ق",
            "the",
            "day",
            "before",
            "last",
            "next",
            "week",
            "Tuesday",
            "November",
            "Nov",
            "17th",
            "of",
            "ago",
            "a",
            "few",
            "will",
            "سـ",
            "سيعقد",
            "\u{0651}",
            "\u{0640}",
            "\u{200f}",
            "99999999999",
            "0",
            "00",
            "0000",
            "عشر",
            "الحادي",
            "والعشرين",
            "قوى",
            "هجمات",
            "11",
            "سبتمبر",
            "in",
            "mid",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut s = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for _ in 0..(x % 12) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(frags[(x % frags.len() as u64) as usize]);
                if x & 0x100 != 0 {
                    s.push(' ');
                }
            }
            for p in [Some("2025-05-01"), Some("0001-01-01"), None] {
                let _ = run(&s, Lang::Ar, p);
                let _ = whole(&s, Lang::En, p);
            }
        }
        // sentences that do not fit the text are skipped
        let text = Text::new("في 2022".to_string());
        let bad = [Sentence { start: 5, end: 100, paragraph: 1 }, Sentence { start: 3, end: 2, paragraph: 1 }];
        assert!(extract(&text, &bad, Lang::Ar, None).is_empty());
    }
}
