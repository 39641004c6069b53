//! Line readers of the four PETRARCH/TABARI dictionary files.
//!
//! Every reader takes the file's text and its name (for messages) and returns
//! the typed dictionary plus warnings, or a [`DictError`] naming the file and
//! line. See `docs/DICTIONARIES.md` for the format subset and which oddities
//! are warnings (the line is skipped) and which are fatal.

use super::*;
use std::collections::HashMap;

/// A line with its 1-based number, comments removed, trimmed; blank lines dropped.
struct Line<'a> {
    no: usize,
    text: &'a str,
    /// True when the raw line began with white space (a continuation such as a code block).
    indented: bool,
}

/// Lines of `text` without `#` comments and `<!-- … -->` blocks (which may span lines).
fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_comment = false;
    // a UTF-8 byte-order mark at the start is not part of the first line
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if in_comment {
            if t.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if t.starts_with("<!") {
            if !t.contains("-->") && !t.ends_with('>') {
                in_comment = true;
            }
            continue;
        }
        // `#` starts a comment, except inside a code bracket (`[###]`)
        let mut depth = 0i32;
        let cut = t.char_indices().find(|&(_, c)| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
            c == '#' && depth <= 0
        });
        let body = match cut {
            // a legacy TABARI family header keeps its code: `--- DEFEND  ###`
            Some((k, _)) if t.starts_with("---") && t[k..].starts_with("###") => &t[..k + t[k..].len() - t[k..].trim_start_matches('#').len()],
            Some((k, _)) => &t[..k],
            None => t,
        };
        let body = body.trim();
        if body.is_empty() {
            continue;
        }
        out.push(Line { no: i + 1, text: body, indented: raw.starts_with([' ', '\t']) });
    }
    out
}

fn err(file: &str, line: usize, message: impl Into<String>) -> DictError {
    DictError::Malformed { file: file.to_string(), line, message: message.into() }
}

fn warn(warnings: &mut Vec<String>, file: &str, line: usize, message: &str) {
    warnings.push(format!("{file}:{line}: {message}; line skipped"));
}

fn warn_kept(warnings: &mut Vec<String>, file: &str, line: usize, message: &str) {
    warnings.push(format!("{file}:{line}: {message}"));
}

/// A legacy TABARI code (`###`, `+++`): symbols only, neither letters nor
/// digits, and not the no-event code `---`.
fn is_legacy(code: &str) -> bool {
    let c = code.trim();
    !c.is_empty() && !c.chars().any(|c| c.is_alphanumeric()) && !c.chars().all(|c| c == '-')
}

/// Splits `s` at its first `[…]`: (text before, bracket content, text after).
fn bracket(s: &str) -> Option<(&str, &str, &str)> {
    let a = s.find('[')?;
    let b = a + s[a..].find(']')?;
    Some((&s[..a], &s[a + 1..b], &s[b + 1..]))
}

/// Parses an event code bracket content: `---`, `042`, `032:033`.
fn event_code(s: &str) -> Option<EventCode> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some((a, b)) = s.split_once(':') {
        let (a, b) = (a.trim(), b.trim());
        // `[:173]`: only the reverse event; `[173:]`: only the forward one
        if a.is_empty() && b.is_empty() {
            return None;
        }
        return Some(EventCode::Paired(a.to_string(), b.to_string()));
    }
    if s.chars().all(|c| c == '-') {
        return Some(EventCode::Null);
    }
    Some(EventCode::Single(s.to_string()))
}

/// Splits a phrase (`MINAS_TIRITH`, `RADAGAST THE_BROWN`) into upper-case words
/// with the connector after each: `true` when the next word must follow at once (`_`).
fn phrase_words(s: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for chunk in s.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').collect();
        for (k, p) in parts.iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            let tight = k + 1 < parts.len() && parts[k + 1..].iter().any(|q| !q.is_empty());
            out.push((p.to_uppercase(), tight));
        }
    }
    out
}

/// Regular inflections of an English verb: base, -S, -ED, -ING.
pub(super) fn verb_forms(v: &str) -> Vec<String> {
    let mut f = vec![v.to_string()];
    let last = v.chars().last().unwrap_or(' ');
    let before = v.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "AEIOU".contains(c);
    if v.ends_with('S') || v.ends_with('X') || v.ends_with('Z') || v.ends_with("CH") || v.ends_with("SH") {
        f.push(format!("{v}ES"));
    } else if last == 'Y' && !vowel(before) {
        f.push(format!("{}IES", &v[..v.len() - 1]));
    } else {
        f.push(format!("{v}S"));
    }
    if last == 'E' {
        f.push(format!("{v}D"));
        f.push(format!("{}ING", &v[..v.len() - 1]));
    } else if last == 'Y' && !vowel(before) {
        f.push(format!("{}IED", &v[..v.len() - 1]));
        f.push(format!("{v}ING"));
    } else {
        f.push(format!("{v}ED"));
        f.push(format!("{v}ING"));
    }
    f
}

/// Regular plural of an English noun.
fn plural(w: &str) -> String {
    let vowel = |c: char| "AEIOU".contains(c);
    let before = w.chars().rev().nth(1).unwrap_or(' ');
    if w.ends_with('S') || w.ends_with('X') || w.ends_with('Z') || w.ends_with("CH") || w.ends_with("SH") {
        format!("{w}ES")
    } else if w.ends_with('Y') && !vowel(before) {
        format!("{}IES", &w[..w.len() - 1])
    } else {
        format!("{w}S")
    }
}

/// Reads a verb dictionary (synsets, verb families, patterns).
pub fn read_verbs(text: &str, file: &str) -> Result<(VerbDictionary, Vec<String>), DictError> {
    let mut d = VerbDictionary::default();
    let mut warnings = Vec::new();
    // raw synset members before nested synsets are expanded
    let mut raw_sets: Vec<(String, Vec<String>)> = Vec::new();
    enum Block {
        None,
        Synset,
        Family,
    }
    let mut block = Block::None;
    for l in lines(text) {
        let t = l.text;
        if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            // legacy TABARI header `--- DEFEND  ###` (code without brackets): the family codes no event
            let legacy_bare = inner.rsplit_once(char::is_whitespace).filter(|(_, c)| is_legacy(c) && !inner.contains('['));
            let (name, code) = match (bracket(inner), legacy_bare) {
                (Some((name, code, _)), _) => (name, code),
                (None, Some((name, code))) => (name, code),
                (None, None) if inner.contains('[') => return Err(err(file, l.no, "verb family header: code bracket `[` not closed")),
                (None, None) => return Err(err(file, l.no, "verb family header without [code]")),
            };
            let code = if is_legacy(code) {
                warn_kept(&mut warnings, file, l.no, &format!("legacy TABARI code [{}] is not an event code; the family's own verbs code no event", code.trim()));
                EventCode::Null
            } else {
                match event_code(code) {
                    Some(c) => c,
                    None => return Err(err(file, l.no, format!("bad event code [{code}]"))),
                }
            };
            d.families.push(VerbFamily { name: name.trim().trim_end_matches('_').to_uppercase(), code, patterns: Vec::new(), line: l.no });
            block = Block::Family;
        } else if let Some(name) = t.strip_prefix('&') {
            let name = name.split_whitespace().next().unwrap_or("").trim_end_matches('_').to_uppercase();
            if name.is_empty() {
                return Err(err(file, l.no, "synset without a name"));
            }
            raw_sets.push((name, Vec::new()));
            block = Block::Synset;
        } else if let Some(rest) = t.strip_prefix('-') {
            let Block::Family = block else {
                warn(&mut warnings, file, l.no, "pattern outside a verb family");
                continue;
            };
            let Some((body, code, _)) = bracket(rest) else {
                let why = if rest.contains('[') { "pattern: code bracket `[` not closed" } else { "pattern without [code]" };
                return Err(err(file, l.no, why));
            };
            let Some(code) = event_code(code) else { return Err(err(file, l.no, format!("bad event code [{code}]"))) };
            if let EventCode::Single(c) = &code {
                if is_legacy(c) {
                    warn(&mut warnings, file, l.no, &format!("legacy TABARI code [{c}] is not an event code"));
                    continue;
                }
            }
            match pattern(body) {
                Some((upper, lower)) => {
                    if let Some(f) = d.families.last_mut() {
                        f.patterns.push(Pattern { upper, lower, code, line: l.no });
                    }
                }
                None => warn(&mut warnings, file, l.no, "pattern without the verb marker *"),
            }
        } else {
            match block {
                Block::Synset if t.starts_with('+') => {
                    if let Some(s) = raw_sets.last_mut() {
                        s.1.push(t[1..].trim().to_string());
                    }
                }
                Block::Family => {
                    if let Err(m) = verb_line(&mut d, t) {
                        return Err(err(file, l.no, m));
                    }
                }
                _ => warn(&mut warnings, file, l.no, "line outside a synset or verb family"),
            }
        }
    }
    // expand synsets (members may name other synsets)
    let by: HashMap<String, Vec<String>> = raw_sets.into_iter().collect();
    fn expand(name: &str, by: &HashMap<String, Vec<String>>, depth: usize, out: &mut Vec<Vec<String>>) {
        let Some(ms) = by.get(name) else { return };
        for m in ms {
            if let Some(inner) = m.strip_prefix('&') {
                if depth < 8 {
                    expand(&inner.trim().trim_end_matches('_').to_uppercase(), by, depth + 1, out);
                }
            } else {
                let w: Vec<String> = phrase_words(m).into_iter().map(|(w, _)| w).collect();
                if !w.is_empty() {
                    out.push(w);
                }
            }
        }
    }
    for name in by.keys() {
        let mut out = Vec::new();
        expand(name, &by, 0, &mut out);
        d.synsets.insert(name.clone(), out);
    }
    Ok((d, warnings))
}

/// A verb line of a family: `HURRY {HURRIES HURRYING HURRIED}`, `+ABC_DEF [003]`, `KLM_NOP_+RST`.
fn verb_line(d: &mut VerbDictionary, t: &str) -> Result<(), String> {
    let family = d.families.len().saturating_sub(1);
    let (t, code) = match bracket(t) {
        Some((a, c, _)) => (a, Some(event_code(c).ok_or_else(|| format!("bad event code [{c}]"))?)),
        None => (t, None),
    };
    let (head_text, forms) = match t.find('{') {
        Some(a) => {
            let b = t[a..].find('}').map(|b| a + b).ok_or("verb forms `{` without `}`")?;
            // a listed form may repeat the particles: `WIRE_+TAPPED`
            let form = |f: &str| -> String {
                let ws: Vec<&str> = f.split('_').filter(|w| !w.is_empty()).collect();
                let h = ws.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                ws.get(h).map(|w| w.trim_start_matches('+').to_uppercase()).unwrap_or_default()
            };
            (&t[..a], t[a + 1..b].split_whitespace().map(form).filter(|f| !f.is_empty()).collect::<Vec<_>>())
        }
        None => (t, Vec::new()),
    };
    let words: Vec<&str> = head_text.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Err("verb line without a verb".into());
    }
    let head = words.iter().position(|w| w.starts_with('+') && w.len() > 1).unwrap_or(0);
    let clean = |w: &str| w.trim_start_matches('+').to_uppercase();
    let before: Vec<String> = words[..head].iter().map(|w| clean(w)).collect();
    let after: Vec<String> = words[head + 1..].iter().map(|w| clean(w)).collect();
    let base = clean(words[head]);
    let mut all = verb_forms(&base);
    for f in forms {
        if !all.contains(&f) {
            all.push(f);
        }
    }
    for f in all {
        d.forms.entry(f).or_default().push(VerbEntry { family, before: before.clone(), after: after.clone(), code: code.clone() });
    }
    Ok(())
}

/// Parses a pattern body (`SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS`) into the
/// elements before the verb (nearest the verb first) and after it.
fn pattern(body: &str) -> Option<(Vec<Elem>, Vec<Elem>)> {
    // tokens with "joined to the next token" flags
    let mut toks: Vec<(String, bool)> = Vec::new();
    let cleaned: String = body.chars().map(|c| if matches!(c, '{' | '}' | '(' | ')') { ' ' } else { c }).collect();
    for chunk in cleaned.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').collect();
        let n = parts.len();
        for (k, p) in parts.iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            toks.push((p.to_string(), k + 1 < n));
        }
    }
    let star = toks.iter().position(|(t, _)| t == "*")?;
    let elem = |t: &str| -> ElemKind {
        match t {
            "$" => ElemKind::Source,
            "+" => ElemKind::Target,
            "^" => ElemKind::Skip,
            "%" => ElemKind::Compound,
            _ if t.starts_with('&') => ElemKind::Synset(t[1..].trim_end_matches('_').to_uppercase()),
            _ => ElemKind::Word(t.to_uppercase()),
        }
    };
    let mut lower = Vec::new();
    for k in star + 1..toks.len() {
        if toks[k].0 == "*" {
            continue;
        }
        // tight: joined to the previous token
        lower.push(Elem { kind: elem(&toks[k].0), tight: toks[k - 1].1 });
    }
    let mut upper = Vec::new();
    for k in (0..star).rev() {
        upper.push(Elem { kind: elem(&toks[k].0), tight: toks[k].1 });
    }
    Some((upper, lower))
}

/// Parses a code bracket of an actor: `ARN`, `HOB < 950601`, `HOBGOV 19950601 - 19990815`, `HOBELI >20130119`.
/// `Err` holds why it cannot be read (a date that is not a calendar day, a missing code).
fn dated_code(s: &str) -> Result<DatedCode, String> {
    let s = s.trim();
    let code_end = s.find(|c: char| c.is_whitespace() || c == '<' || c == '>').unwrap_or(s.len());
    let code = s[..code_end].trim().to_string();
    if code.is_empty() {
        return Err(format!("unreadable actor code [{s}]: no code"));
    }
    let rest = s[code_end..].trim();
    let day = |d: &str| date(d).ok_or_else(|| format!("unreadable actor date in [{s}]: `{}` is not a calendar day (YYYYMMDD or YYMMDD)", d.trim()));
    let restriction = if rest.is_empty() {
        DateRestriction::None
    } else if let Some(d) = rest.strip_prefix('<') {
        DateRestriction::Before(day(d)?)
    } else if let Some(d) = rest.strip_prefix('>') {
        DateRestriction::After(day(d)?)
    } else if let Some((a, b)) = rest.split_once('-') {
        DateRestriction::Between(day(a)?, day(b)?)
    } else {
        return Err(format!("unreadable actor code [{s}]"));
    };
    Ok(DatedCode { code: code.to_uppercase(), restriction })
}

/// Whether an actor code (upper-cased) can be written into an event: `---` (not coded),
/// `+++`, or ASCII letters and digits (`USAGOV`, the validation suite's `G77`), with `/`
/// between the two actors of a split code (`ELR/GAL`). Hyphens, dots, spaces and
/// non-ASCII letters never occur in a CAMEO code.
fn is_actor_code(code: &str) -> bool {
    if code.bytes().all(|b| b == b'-') || code.bytes().all(|b| b == b'+') {
        return true;
    }
    code.split('/').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `YYYYMMDD` or `YYMMDD` (years 30–99 are 19xx) as a number YYYYMMDD; `None` unless a
/// calendar day (`20251399`, `20250230` are refused).
fn date(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: u32 = match s.len() {
        8 => s.parse().ok()?,
        6 => {
            let v: u32 = s.parse().ok()?;
            let yy = v / 10_000;
            if yy >= 30 { 19_000_000 + v } else { 20_000_000 + v }
        }
        _ => return None,
    };
    let (y, m, d) = (v / 10_000, v / 100 % 100, v % 100);
    jiff::civil::Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(v)
}

/// One code bracket of an actor line: pushed to `codes`, or a warning (an unreadable date,
/// the line is read without the code), or an error (a code no CAMEO code can look like).
fn push_code(codes: &mut Vec<DatedCode>, c: &str, file: &str, line: usize, warnings: &mut Vec<String>) -> Result<(), DictError> {
    match dated_code(c) {
        Ok(dc) if !is_actor_code(&dc.code) => Err(err(
            file,
            line,
            format!("actor code [{}] is not a CAMEO code (letters in groups of three, like MMRREB; `---` for none)", c.trim()),
        )),
        Ok(dc) => {
            codes.push(dc);
            Ok(())
        }
        Err(m) => {
            warnings.push(format!("{file}:{line}: {m}; code skipped"));
            Ok(())
        }
    }
}

/// Reads an actor dictionary: blocks of a name, `+synonym` lines and codes
/// (on the name line or on indented lines), codes optionally date-restricted.
pub fn read_actors(text: &str, file: &str, into: &mut ActorDictionary) -> Result<Vec<String>, DictError> {
    let mut warnings = Vec::new();
    // the open block: its names and whether it already has codes
    let mut names: Vec<Vec<(String, bool)>> = Vec::new();
    let mut codes: Vec<DatedCode> = Vec::new();
    let mut first_line = 0usize;
    let flush = |into: &mut ActorDictionary, names: &mut Vec<Vec<(String, bool)>>, codes: &mut Vec<DatedCode>, line: usize, warnings: &mut Vec<String>| {
        if names.is_empty() {
            return;
        }
        if codes.is_empty() {
            warnings.push(format!("{file}:{line}: actor without a code; skipped"));
            names.clear();
            return;
        }
        let entry = into.entries.len();
        into.entries.push(ActorEntry { codes: std::mem::take(codes), line });
        for n in names.drain(..) {
            into.add(n, entry);
        }
    };
    for l in lines(text) {
        let t = l.text;
        if t.starts_with('&') {
            // synset lines sometimes found in actor files: not actors
            continue;
        }
        if t.starts_with('[') {
            let Some((_, c, _)) = bracket(t) else { return Err(err(file, l.no, "code `[` without `]`")) };
            push_code(&mut codes, c, file, l.no, &mut warnings)?;
            continue;
        }
        if let Some(syn) = t.strip_prefix('+') {
            let (syn, code) = match bracket(syn) {
                Some((a, c, _)) => (a, Some(c)),
                None => (syn, None),
            };
            if names.is_empty() {
                warn(&mut warnings, file, l.no, "synonym without an actor");
                continue;
            }
            let w = phrase_words(syn.trim());
            if !w.is_empty() {
                names.push(w);
            }
            if let Some(c) = code {
                push_code(&mut codes, c, file, l.no, &mut warnings)?;
            }
            continue;
        }
        let _ = l.indented;
        // a new actor name: close the previous block
        flush(into, &mut names, &mut codes, first_line, &mut warnings);
        first_line = l.no;
        let (name, rest) = match t.find('[') {
            Some(k) => (&t[..k], &t[k..]),
            None => (t, ""),
        };
        let w = phrase_words(name.trim());
        if w.is_empty() {
            warn(&mut warnings, file, l.no, "actor line without a name");
            continue;
        }
        names.push(w);
        let mut r = rest;
        while let Some((_, c, after)) = bracket(r) {
            push_code(&mut codes, c, file, l.no, &mut warnings)?;
            r = after;
        }
        if r.contains('[') {
            return Err(err(file, l.no, "code `[` without `]`"));
        }
    }
    flush(into, &mut names, &mut codes, first_line, &mut warnings);
    into.sort();
    Ok(warnings)
}

/// Reads an agent dictionary: `!X! = A, B` substitutions, `NAME {plurals} [~CODE]` or `[CODE~]`.
pub fn read_agents(text: &str, file: &str) -> Result<(AgentDictionary, Vec<String>), DictError> {
    let mut d = AgentDictionary::default();
    let mut warnings = Vec::new();
    let mut subs: Vec<(String, Vec<String>)> = Vec::new();
    for l in lines(text) {
        let t = l.text;
        if t.starts_with('!') {
            if let Some((k, v)) = t.split_once('=') {
                let vals = v.split(',').map(|s| s.trim().to_uppercase()).filter(|s| !s.is_empty()).collect();
                subs.push((k.trim().to_uppercase(), vals));
                continue;
            }
        }
        let Some((name, code, _)) = bracket(t) else {
            warn(&mut warnings, file, l.no, "agent without a [code]");
            continue;
        };
        let code = code.trim();
        let (code, prefix) = if let Some(c) = code.strip_prefix('~') {
            (c.trim(), false)
        } else if let Some(c) = code.strip_suffix('~') {
            (c.trim(), true)
        } else {
            (code, false)
        };
        if code.is_empty() {
            warn(&mut warnings, file, l.no, "empty agent code");
            continue;
        }
        let (name, plurals) = match name.find('{') {
            Some(a) => {
                let Some(b) = name[a..].find('}').map(|b| a + b) else { return Err(err(file, l.no, "`{` without `}`")) };
                (&name[..a], Some(name[a + 1..b].split_whitespace().map(str::to_string).collect::<Vec<_>>()))
            }
            None => (name, None),
        };
        let entry = d.entries.len();
        d.entries.push(AgentEntry { code: code.to_uppercase(), prefix, line: l.no });
        // substitution markers expand into every value
        let mut variants = vec![name.trim().to_uppercase()];
        for (k, vals) in &subs {
            if variants.iter().any(|v| v.contains(k.as_str())) {
                variants = variants.iter().flat_map(|v| vals.iter().map(move |x| v.replace(k.as_str(), x))).collect();
            }
        }
        for v in variants {
            let w = phrase_words(&v);
            if w.is_empty() {
                continue;
            }
            if plurals.is_none() {
                let mut p = w.clone();
                if let Some(last) = p.last_mut() {
                    last.0 = plural(&last.0);
                }
                d.add(p, entry);
            }
            d.add(w, entry);
        }
        for p in plurals.unwrap_or_default() {
            let w = phrase_words(&p);
            if !w.is_empty() {
                d.add(w, entry);
            }
        }
    }
    d.sort();
    Ok((d, warnings))
}

/// Reads a discard list: one phrase a line, `+` marks a story-level discard.
pub fn read_discards(text: &str, file: &str) -> Result<(DiscardList, Vec<String>), DictError> {
    let _ = file;
    let mut d = DiscardList::default();
    for l in lines(text) {
        let (story, p) = match l.text.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, l.text),
        };
        let words: Vec<String> = phrase_words(p).into_iter().map(|(w, _)| w).collect();
        if !words.is_empty() {
            d.phrases.push(Discard { words, story });
        }
    }
    Ok((d, Vec::new()))
}
