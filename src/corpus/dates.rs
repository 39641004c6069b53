//! Publication dates at their own granularity.
//!
//! A page may say `2023`, `2023/12`, `2023-12-05` or `2023-12-05T10:00:00+03:00`.
//! [`PubDate`] keeps the value at the granularity it was written in: a partial
//! date is never completed with today's day or month. [`PubDate::parse`] reads
//! ISO 8601 and its common variants (`/` and `.` separators, `YYYYMMDD`),
//! RFC 2822 (`Tue, 05 Dec 2023 10:00:00 GMT`, as in RSS), and English and Arabic
//! month names (`December 5, 2023`, `5 ديسمبر 2023`, `5 كانون الأول 2023`).
//!
//! [`PubDate::not_after`] is the check that a date is not later than the ingest
//! time: a date with a time and an offset is compared as an instant; a date
//! without one (a day, a month, a year, a time without offset) is accepted when
//! its period has begun somewhere on Earth (at UTC+14) by then.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

/// How precise a publication date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A year: `2023`.
    Year,
    /// A month: `2023-12`.
    Month,
    /// A day: `2023-12-05`.
    Day,
    /// A time of day, with or without an offset: `2023-12-05T10:00:00+03:00`.
    Time,
}

impl Precision {
    /// The lower-case name stored in the database (`year`, `month`, `day`, `time`).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
            Precision::Time => "time",
        }
    }
}

/// A publication or modification date at its own granularity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PubDate {
    /// First day of the period (the day itself for day and time precision).
    pub start: Date,
    /// How much of the date is known.
    pub precision: Precision,
    /// Time of day, for [`Precision::Time`].
    pub time: Option<Time>,
    /// UTC offset in seconds, when the time carried one.
    pub offset_seconds: Option<i32>,
    /// The text it was read from, as written.
    pub raw: String,
}

/// Latest UTC offset in use (Kiribati, UTC+14): the earliest start of a local day.
const MAX_OFFSET_HOURS: i8 = 14;

impl PubDate {
    /// A date of day precision (no time).
    pub fn day(d: Date) -> PubDate {
        PubDate { start: d, precision: Precision::Day, time: None, offset_seconds: None, raw: d.to_string() }
    }

    /// A date of time precision from an instant, at UTC.
    pub fn from_timestamp(ts: Timestamp, raw: impl Into<String>) -> PubDate {
        let dt = ts.to_zoned(jiff::tz::TimeZone::UTC).datetime();
        PubDate { start: dt.date(), precision: Precision::Time, time: Some(dt.time()), offset_seconds: Some(0), raw: raw.into() }
    }

    /// A date of time precision from an instant, in the local time of the UTC
    /// offset `offset_seconds` (so its day is the day where it was written); an
    /// offset out of range gives UTC.
    pub fn from_timestamp_at(ts: Timestamp, offset_seconds: i32, raw: impl Into<String>) -> PubDate {
        let Ok(off) = Offset::from_seconds(offset_seconds) else { return PubDate::from_timestamp(ts, raw) };
        let dt = off.to_datetime(ts);
        PubDate { start: dt.date(), precision: Precision::Time, time: Some(dt.time()), offset_seconds: Some(offset_seconds), raw: raw.into() }
    }

    /// Parses a date in one of the supported forms (see the module docs); `None`
    /// when the text holds no date or an impossible one (month 13, 31 April,
    /// a year outside 1900–2199).
    pub fn parse(raw: &str) -> Option<PubDate> {
        let s = raw.trim();
        if s.is_empty() || s.len() > 200 {
            return None;
        }
        let folded = fold_digits(s);
        parse_iso(&folded)
            .or_else(|| parse_rfc2822(&folded))
            .or_else(|| parse_named_month(&folded))
            .map(|mut d| {
                d.raw = s.to_string();
                d
            })
    }

    /// The value at its own granularity: `2023`, `2023-12`, `2023-12-05`,
    /// `2023-12-05T10:00:00+03:00` (or without offset when none was given).
    pub fn value(&self) -> String {
        let d = self.start;
        match self.precision {
            Precision::Year => format!("{:04}", d.year()),
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Precision::Day => d.to_string(),
            Precision::Time => {
                let t = self.time.unwrap_or(Time::midnight());
                let mut v = format!("{}T{:02}:{:02}:{:02}", d, t.hour(), t.minute(), t.second());
                if let Some(off) = self.offset_seconds {
                    if off == 0 {
                        v.push('Z');
                    } else {
                        let sign = if off < 0 { '-' } else { '+' };
                        let a = off.unsigned_abs();
                        v.push_str(&format!("{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60));
                    }
                }
                v
            }
        }
    }

    /// The day as written, when the date is at least day-precise.
    pub fn as_day(&self) -> Option<Date> {
        matches!(self.precision, Precision::Day | Precision::Time).then_some(self.start)
    }

    /// Last day of the period (`2023-12` → 2023-12-31).
    pub fn end(&self) -> Date {
        match self.precision {
            Precision::Year => Date::new(self.start.year(), 12, 31).unwrap_or(self.start),
            Precision::Month => self.start.last_of_month(),
            _ => self.start,
        }
    }

    /// The earliest instant the date can denote: the instant itself for a time
    /// with an offset, else the start of the period at UTC+14.
    pub fn earliest_instant(&self) -> Option<Timestamp> {
        let t = if self.precision == Precision::Time { self.time.unwrap_or(Time::midnight()) } else { Time::midnight() };
        let dt = DateTime::from_parts(self.start, t);
        let off = match self.offset_seconds {
            Some(s) if self.precision == Precision::Time => Offset::from_seconds(s).ok()?,
            _ => Offset::constant(MAX_OFFSET_HOURS),
        };
        off.to_timestamp(dt).ok()
    }

    /// True when the date is not later than `now` (see the module docs).
    pub fn not_after(&self, now: Timestamp) -> bool {
        self.earliest_instant().is_some_and(|t| t <= now)
    }
}

/// Arabic-Indic and Extended Arabic-Indic digits to ASCII.
fn fold_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

fn valid_year(y: i32) -> bool {
    (1900..=2199).contains(&y)
}

fn num(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// ISO 8601 and variants: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `/` or `.` separators,
/// `YYYYMMDD`, optionally followed by `T` or a space and a time with optional
/// fraction and offset (`Z`, `+03:00`, `+0300`, `+03`).
fn parse_iso(s: &str) -> Option<PubDate> {
    let (date_part, time_part) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(s[i + 1..].trim())),
        None => (s, None),
    };
    let (start, precision) = if date_part.len() == 8 && date_part.bytes().all(|b| b.is_ascii_digit()) {
        let (y, m, d) = (num(&date_part[..4])?, num(&date_part[4..6])?, num(&date_part[6..])?);
        (Date::new(y as i16, m as i8, d as i8).ok()?, Precision::Day)
    } else {
        let parts: Vec<&str> = date_part.split(['-', '/', '.']).collect();
        let y = num(parts.first()?)?;
        if parts[0].len() != 4 || !valid_year(y) {
            return None;
        }
        match parts.len() {
            1 => (Date::new(y as i16, 1, 1).ok()?, Precision::Year),
            2 => {
                let m = num(parts[1])?;
                if !(1..=12).contains(&m) || parts[1].len() > 2 {
                    return None;
                }
                (Date::new(y as i16, m as i8, 1).ok()?, Precision::Month)
            }
            3 => {
                let (m, d) = (num(parts[1])?, num(parts[2])?);
                if parts[1].len() > 2 || parts[2].len() > 2 {
                    return None;
                }
                (Date::new(y as i16, m as i8, d as i8).ok()?, Precision::Day)
            }
            _ => return None,
        }
    };
    if !valid_year(start.year() as i32) {
        return None;
    }
    let Some(tp) = time_part.filter(|t| !t.is_empty()) else {
        return Some(PubDate { start, precision, time: None, offset_seconds: None, raw: String::new() });
    };
    if precision != Precision::Day {
        return None;
    }
    // Split the offset off the time.
    let (clock, offset) = if let Some(c) = tp.strip_suffix('Z').or_else(|| tp.strip_suffix('z')) {
        (c.trim(), Some(0))
    } else if let Some(c) = tp.strip_suffix("UTC").or_else(|| tp.strip_suffix("GMT")) {
        (c.trim(), Some(0))
    } else if let Some(i) = tp.rfind(['+', '-']) {
        (tp[..i].trim(), Some(parse_offset(&tp[i..])?))
    } else {
        (tp, None)
    };
    let clock = clock.split(['.', ',']).next()?;
    let hms: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&hms.len()) {
        return None;
    }
    let h = num(hms[0])?;
    let mi = num(hms[1])?;
    let se = if hms.len() == 3 { num(hms[2])? } else { 0 };
    let time = Time::new(h as i8, mi as i8, se.min(59) as i8, 0).ok()?;
    Some(PubDate { start, precision: Precision::Time, time: Some(time), offset_seconds: offset, raw: String::new() })
}

/// `+03:00`, `-0500`, `+03` to seconds east of UTC.
fn parse_offset(s: &str) -> Option<i32> {
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = s[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        2 => (num(&digits)?, 0),
        4 => (num(&digits[..2])?, num(&digits[2..])?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

/// The UTC offset a date-time text ends with, in seconds east of UTC: a numeric
/// offset after the time (`…T01:30:00+03:00`, `… 00:30:00 +0300`), `Z`, or a zone
/// name of RFC 2822 (`GMT`, `UT`, `UTC`, and the North American `EST`, `EDT`, `CST`,
/// `CDT`, `MST`, `MDT`, `PST`, `PDT`). `None` when the text has no time of day or
/// names no offset (a bare `2025-03-20` is not read as `-20`).
pub fn trailing_offset(raw: &str) -> Option<i32> {
    let s = fold_digits(raw.trim());
    let last = s.rsplit(char::is_whitespace).next()?;
    let named = match last.to_ascii_uppercase().as_str() {
        "Z" | "GMT" | "UT" | "UTC" => Some(0),
        "EDT" => Some(-4),
        "EST" | "CDT" => Some(-5),
        "CST" | "MDT" => Some(-6),
        "MST" | "PDT" => Some(-7),
        "PST" => Some(-8),
        _ => None,
    };
    if let Some(h) = named {
        return s.contains(':').then_some(h * 3600);
    }
    if last.starts_with(['+', '-']) && s.contains(':') && last.len() <= 6 {
        return parse_offset(last);
    }
    // one ISO 8601 token: the offset after the time
    let (_, time) = last.split_once(['T', 't'])?;
    if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        return clock.contains(':').then_some(0);
    }
    let i = time.rfind(['+', '-'])?;
    time[..i].contains(':').then(|| parse_offset(&time[i..])).flatten()
}

fn parse_rfc2822(s: &str) -> Option<PubDate> {
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let z = jiff::fmt::rfc2822::parse(s).ok()?;
    let dt = z.datetime();
    if !valid_year(dt.year() as i32) {
        return None;
    }
    Some(PubDate {
        start: dt.date(),
        precision: Precision::Time,
        time: Some(dt.time()),
        offset_seconds: Some(z.offset().seconds()),
        raw: String::new(),
    })
}

/// Month names: English (full and three-letter), Arabic Gregorian transliterations
/// and Levantine (Syriac) names. Matched on lower-cased, alef-folded words.
fn month_number(word: &str) -> Option<i8> {
    let w: String = word
        .trim_matches(|c: char| c == ',' || c == '.' || c == '،')
        .chars()
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            _ => c.to_ascii_lowercase(),
        })
        .collect();
    const EN: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    const EN_FULL: [&str; 12] =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    for (i, (a, b)) in EN.iter().zip(EN_FULL.iter()).enumerate() {
        if w == *a || w == *b || (w == "sept" && i == 8) {
            return Some(i as i8 + 1);
        }
    }
    const AR: [&[&str]; 12] = [
        &["يناير", "جانفي"],
        &["فبراير", "فيفري", "شباط"],
        &["مارس", "اذار"],
        &["ابريل", "افريل", "نيسان"],
        &["مايو", "ماي", "ايار"],
        &["يونيو", "جوان", "حزيران"],
        &["يوليو", "جويليه", "تموز"],
        &["اغسطس", "اوت", "اب"],
        &["سبتمبر", "ايلول"],
        &["اكتوبر"],
        &["نوفمبر"],
        &["ديسمبر"],
    ];
    AR.iter().position(|names| names.contains(&w.as_str())).map(|i| i as i8 + 1)
}

/// `December 5, 2023`, `5 December 2023`, `Dec 2023`, `5 ديسمبر 2023`,
/// `5 كانون الأول 2023`, `تشرين الثاني 2023`.
fn parse_named_month(s: &str) -> Option<PubDate> {
    let mut words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '،' || c == '-' || c == '/')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_start_matches('و').to_string())
        .collect();
    // Two-word Levantine months: كانون الثاني (Jan), كانون الأول (Dec), تشرين الأول (Oct), تشرين الثاني (Nov).
    let mut month: Option<i8> = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        if (w == "كانون" || w == "تشرين") && i + 1 < words.len() {
            let next = words[i + 1].replace(['أ', 'إ'], "ا");
            let m = match (w, next.as_str()) {
                ("كانون", "الثاني") => Some(1),
                ("كانون", "الاول") => Some(12),
                ("تشرين", "الاول") => Some(10),
                ("تشرين", "الثاني") => Some(11),
                _ => None,
            };
            if m.is_some() {
                month = m;
                words.drain(i..i + 2);
                break;
            }
        }
        if let Some(m) = month_number(w) {
            month = Some(m);
            words.remove(i);
            break;
        }
        i += 1;
    }
    let month = month?;
    let mut year = None;
    let mut day = None;
    for w in &words {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 5th, 1st
        let Some(n) = num(digits) else { continue };
        if digits.len() == 4 && year.is_none() {
            year = Some(n);
        } else if digits.len() <= 2 && day.is_none() {
            day = Some(n);
        }
    }
    let year = year.filter(|y| valid_year(*y))?;
    match day {
        Some(d) => Some(PubDate {
            start: Date::new(year as i16, month, d as i8).ok()?,
            precision: Precision::Day,
            time: None,
            offset_seconds: None,
            raw: String::new(),
        }),
        None => Some(PubDate {
            start: Date::new(year as i16, month, 1).ok()?,
            precision: Precision::Month,
            time: None,
            offset_seconds: None,
            raw: String::new(),
        }),
    }
}

/// A date found in a URL path: `/2023/12/05/` (day) or `/2023/12/` (month),
/// also `2023-12-05` inside a path segment.
pub fn from_url(url: &str) -> Option<PubDate> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split("://").nth(1).map(|p| p.split_once('/').map(|x| x.1).unwrap_or("")).unwrap_or(path);
    let segs: Vec<&str> = path.split('/').collect();
    for i in 0..segs.len() {
        let Some(y) = num(segs[i]).filter(|y| segs[i].len() == 4 && valid_year(*y)) else {
            // A dated segment such as 2023-12-05-title.
            let seg = segs[i];
            if let Some(head) = seg.get(..10).filter(|h| h.as_bytes()[4] == b'-' && h.as_bytes()[7] == b'-') {
                if let Some(d) = parse_iso(head) {
                    return Some(PubDate { raw: head.to_string(), ..d });
                }
            }
            continue;
        };
        let m = segs.get(i + 1).and_then(|s| if s.len() <= 2 { num(s) } else { None }).filter(|m| (1..=12).contains(m));
        let Some(m) = m else { continue };
        let d = segs.get(i + 2).and_then(|s| if s.len() <= 2 { num(s) } else { None });
        if let Some(d) = d.and_then(|d| Date::new(y as i16, m as i8, d as i8).ok()) {
            return Some(PubDate { start: d, precision: Precision::Day, time: None, offset_seconds: None, raw: format!("{y}/{m}/{}", d.day()) });
        }
        return Some(PubDate {
            start: Date::new(y as i16, m as i8, 1).ok()?,
            precision: Precision::Month,
            time: None,
            offset_seconds: None,
            raw: format!("{y}/{m}"),
        });
    }
    None
}

/// Today's date at UTC for `now`.
pub fn utc_day(now: Timestamp) -> Date {
    now.to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// `now` as RFC 3339 at UTC, to the second.
pub fn rfc3339(now: Timestamp) -> String {
    let z = now.to_zoned(jiff::tz::TimeZone::UTC);
    format!("{}Z", z.datetime().strftime("%Y-%m-%dT%H:%M:%S"))
}

/// Days between two dates (`b - a`), signed.
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| s.get_days() as i64).unwrap_or(i64::MAX)
}

/// `d` shifted by `n` days (saturating at the calendar's ends).
pub fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(String, Precision)> {
        PubDate::parse(s).map(|d| (d.value(), d.precision))
    }

    #[test]
    fn keeps_granularity() {
        assert_eq!(v("2023/12"), Some(("2023-12".into(), Precision::Month)));
        assert_eq!(v("2023-12"), Some(("2023-12".into(), Precision::Month)));
        assert_eq!(v("2023"), Some(("2023".into(), Precision::Year)));
        assert_eq!(v("2023-12-05"), Some(("2023-12-05".into(), Precision::Day)));
        assert_eq!(v("20231205"), Some(("2023-12-05".into(), Precision::Day)));
        assert_eq!(v("2023-12-05T10:00:00+03:00"), Some(("2023-12-05T10:00:00+03:00".into(), Precision::Time)));
        assert_eq!(v("2023-12-05T10:00:00.123Z"), Some(("2023-12-05T10:00:00Z".into(), Precision::Time)));
        assert_eq!(v("2023-12-05 10:00"), Some(("2023-12-05T10:00:00".into(), Precision::Time)));
        assert_eq!(v("Tue, 05 Dec 2023 10:00:00 GMT"), Some(("2023-12-05T10:00:00Z".into(), Precision::Time)));
        assert_eq!(v("December 5, 2023"), Some(("2023-12-05".into(), Precision::Day)));
        assert_eq!(v("Dec 2023"), Some(("2023-12".into(), Precision::Month)));
        assert_eq!(v("٥ ديسمبر ٢٠٢٣"), Some(("2023-12-05".into(), Precision::Day)));
        assert_eq!(v("5 كانون الأول 2023"), Some(("2023-12-05".into(), Precision::Day)));
        assert_eq!(v("تشرين الثاني 2023"), Some(("2023-11".into(), Precision::Month)));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(v("2023-13"), None);
        assert_eq!(v("2023-04-31"), None);
        assert_eq!(v("yesterday"), None);
        assert_eq!(v("1066-10-14"), None);
        assert_eq!(v(""), None);
    }

    #[test]
    fn future_dates_are_detected() {
        let now: Timestamp = "2024-01-10T12:00:00Z".parse().unwrap();
        assert!(PubDate::parse("2024-01-10").unwrap().not_after(now));
        assert!(PubDate::parse("2024-01").unwrap().not_after(now));
        assert!(!PubDate::parse("2024-02").unwrap().not_after(now));
        assert!(!PubDate::parse("2024-01-12").unwrap().not_after(now));
        assert!(!PubDate::parse("2024-01-10T13:00:00Z").unwrap().not_after(now));
        assert!(PubDate::parse("2024-01-10T14:00:00+03:00").unwrap().not_after(now));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["2023-12-05T10:00+a€", "2023-12-05T10:00+€€", "2023-12-0é-x", "T", " ", "2023-", "--", "٢٠٢٣/١٢", "2023-12-05T", "Dec", "5 كانون"] {
            let _ = PubDate::parse(s);
            let _ = from_url(&format!("https://x.com/{s}/2023-12-0é-title"));
        }
        assert_eq!(PubDate::parse("٢٠٢٣/١٢").map(|d| d.value()), Some("2023-12".into()));
    }

    #[test]
    fn offsets_at_the_end_of_a_date_time() {
        assert_eq!(trailing_offset("2025-03-20T01:30:00+03:00"), Some(3 * 3600));
        assert_eq!(trailing_offset("2025-03-20T01:30:00.5-0430"), Some(-(4 * 3600 + 30 * 60)));
        assert_eq!(trailing_offset("2025-03-20T01:30:00Z"), Some(0));
        assert_eq!(trailing_offset("Thu, 20 Mar 2025 00:30:00 +0300"), Some(3 * 3600));
        assert_eq!(trailing_offset("Wed, 20 Mar 2025 00:30:00 EDT"), Some(-4 * 3600), "a wrong weekday does not matter");
        assert_eq!(trailing_offset("Thu, 20 Mar 2025 00:30:00 GMT"), Some(0));
        assert_eq!(trailing_offset("2025-03-20"), None, "a day has no offset, not -20");
        assert_eq!(trailing_offset("2025-03-20T01:30:00"), None);
        assert_eq!(trailing_offset("20 Mar 2025 EST"), None, "no time of day");
        assert_eq!(trailing_offset(""), None);
        assert_eq!(trailing_offset("T+"), None);
        let ts: Timestamp = "2025-03-19T22:30:00Z".parse().unwrap();
        let d = PubDate::from_timestamp_at(ts, 3 * 3600, "raw text");
        assert_eq!((d.value(), d.start.to_string(), d.raw.as_str()), ("2025-03-20T01:30:00+03:00".into(), "2025-03-20".into(), "raw text"));
        assert_eq!(d.earliest_instant(), Some(ts));
        assert_eq!(PubDate::from_timestamp_at(ts, 99 * 3600, "x").value(), "2025-03-19T22:30:00Z", "an impossible offset gives UTC");
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(from_url("https://x.com/news/2023/12/05/story").map(|d| d.value()), Some("2023-12-05".into()));
        assert_eq!(from_url("https://x.com/2023/12/story-title").map(|d| d.value()), Some("2023-12".into()));
        assert_eq!(from_url("https://x.com/a/2023-12-05-title").map(|d| d.value()), Some("2023-12-05".into()));
        assert_eq!(from_url("https://x.com/a/b"), None);
    }
}
