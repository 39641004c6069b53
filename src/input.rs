//! Reading user input: files and stdin to checked UTF-8 text.
//!
//! Bad input gets a clear error and never a panic: invalid UTF-8 (with the byte
//! offset of the first bad sequence), UTF-16 files, binary files (any NUL byte),
//! empty files, and files over the size limit. A leading UTF-8 byte-order mark is
//! removed, so offsets count from the first character after it.

use std::io::Read;
use std::path::Path;

/// Parses a `--published` value (`extract`, `ingest`): exactly `YYYY-MM-DD`,
/// a real calendar day (`2025-02-30` is refused).
///
/// # Errors
/// [`parse_ymd`]'s message after the option name, e.g.
/// ``--published `2025-02-30`: February 2025 has no day 30 (it has 28 days)``.
pub fn parse_published(s: &str) -> Result<jiff::civil::Date, String> {
    parse_ymd(s).map_err(|e| format!("--published {e}"))
}

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Parses a calendar day written exactly `YYYY-MM-DD` (proleptic Gregorian, years
/// 0000–9999), as the command line (`--published`) and the API (`from`, `to`) take it.
///
/// # Errors
/// A message that starts with the value in backticks and says what is wrong: not of
/// the form (`` `20250301` is not a date of the form YYYY-MM-DD ``), no such month
/// (`` `2025-13-01` has no month 13 (months are 01–12) ``) or no such day in that
/// month (`` `2025-02-30`: February 2025 has no day 30 (it has 28 days) ``).
pub fn parse_ymd(s: &str) -> Result<jiff::civil::Date, String> {
    let shape = s.len() == 10 && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i16>().ok());
    let (true, Some(y), Some(m), Some(d)) = (shape, num(0..4), num(5..7), num(8..10)) else {
        return Err(format!("`{s}` is not a date of the form YYYY-MM-DD"));
    };
    if !(1..=12).contains(&m) {
        return Err(format!("`{s}` has no month {m} (months are 01–12)"));
    }
    let first = jiff::civil::Date::new(y, m as i8, 1).map_err(|e| format!("`{s}`: {e}"))?;
    let days = first.days_in_month();
    if d < 1 || d > days as i16 {
        return Err(format!("`{s}`: {} {y} has no day {d} (it has {days} days)", MONTHS[m as usize - 1]));
    }
    jiff::civil::Date::new(y, m as i8, d as i8).map_err(|e| format!("`{s}`: {e}"))
}

/// Largest input accepted, in bytes (default 32 MiB; news reports are a few KiB).
pub const DEFAULT_MAX_BYTES: usize = 32 * 1024 * 1024;

/// Why an input could not be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The file has no content (or only white space).
    #[error("empty input: nothing to analyse")]
    Empty,
    /// The file looks binary.
    #[error("binary file (NUL byte at offset {0}): marsad reads UTF-8 text")]
    Binary(usize),
    /// The bytes are not UTF-8.
    #[error("not UTF-8: invalid byte sequence at byte offset {0}")]
    NotUtf8(usize),
    /// The input exceeds the size limit.
    #[error("too large: more than the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is UTF-16 (it starts with a UTF-16 byte-order mark).
    #[error("UTF-16 text: marsad reads UTF-8 (convert it, e.g. `iconv -f UTF-16 -t UTF-8`)")]
    Utf16,
}

/// Reads `path` (`-` is stdin) as text of at most `max_bytes` bytes.
///
/// A regular file longer than `max_bytes` is refused from its metadata length
/// without being read; other inputs are read up to `max_bytes` + 1 bytes.
///
/// # Errors
/// [`InputError`]: unreadable, too large, empty, binary, UTF-16 or not UTF-8.
pub fn read_text(path: &Path, max_bytes: usize) -> Result<String, InputError> {
    decode(read_bytes(path, max_bytes)?, max_bytes)
}

/// Reads the bytes of `path` (`-` is stdin), at most `max_bytes` of them, as
/// [`read_text`] does, without decoding them (so that a caller can first tell
/// their kind, e.g. an HTML page, from the name and the first bytes).
///
/// # Errors
/// [`InputError::Io`] (unreadable, a directory) or [`InputError::TooLarge`].
pub fn read_bytes(path: &Path, max_bytes: usize) -> Result<Vec<u8>, InputError> {
    Ok(if path.as_os_str() == "-" {
        read_capped(Vec::new(), std::io::stdin().lock(), None, max_bytes)?
    } else {
        let f = std::fs::File::open(path)?;
        let meta = f.metadata()?;
        if meta.is_dir() {
            return Err(InputError::Io(std::io::Error::other("is a directory (give its files, e.g. `DIR/*.txt`, or read it into a corpus with `marsad ingest DIR`)")));
        }
        read_capped(Vec::new(), f, meta.is_file().then_some(meta.len()), max_bytes)?
    })
}

/// The bytes of an input of at most `max_bytes` bytes: `prefix` (bytes already
/// read from it, e.g. to sniff its kind) followed by the rest of `r`.
///
/// `len` is the whole input's length when known (a regular file's metadata
/// length): when it is over the limit, nothing more is read. Otherwise at most
/// `max_bytes` + 1 bytes are held, so a pipe, stdin or a file that grows is
/// also refused without being read whole.
///
/// # Errors
/// [`InputError::TooLarge`] over the limit; [`InputError::Io`] when reading fails.
pub fn read_capped(mut prefix: Vec<u8>, r: impl Read, len: Option<u64>, max_bytes: usize) -> Result<Vec<u8>, InputError> {
    let cap = max_bytes as u64;
    if len.is_some_and(|l| l > cap) || prefix.len() as u64 > cap {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    // One allocation instead of doubling (which briefly holds 3× the bytes):
    // the file's length, or for a stream the limit + 1 up to 256 MiB (pages
    // never written are not resident); shrunk to the bytes read afterwards.
    let want = len.unwrap_or((cap + 1).min(256 << 20)) as usize;
    prefix.reserve(want.saturating_sub(prefix.len()));
    r.take((cap + 1).saturating_sub(prefix.len() as u64)).read_to_end(&mut prefix)?;
    if prefix.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    prefix.shrink_to_fit();
    Ok(prefix)
}

/// Checks raw bytes: size, binary content, UTF-8, emptiness. A leading BOM is removed.
pub fn decode(mut buf: Vec<u8>, max_bytes: usize) -> Result<String, InputError> {
    if buf.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    if buf.starts_with(&[0xFF, 0xFE]) || buf.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::Utf16);
    }
    if let Some(p) = buf.iter().position(|&b| b == 0) {
        return Err(InputError::Binary(p));
    }
    if buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
        buf.drain(..3);
    }
    let s = String::from_utf8(buf).map_err(|e| InputError::NotUtf8(e.utf8_error().valid_up_to()))?;
    if s.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_say_what_is_wrong() {
        assert_eq!(parse_ymd("2024-02-29").unwrap(), jiff::civil::date(2024, 2, 29));
        assert_eq!(parse_ymd("2025-02-30").unwrap_err(), "`2025-02-30`: February 2025 has no day 30 (it has 28 days)");
        assert_eq!(parse_ymd("2025-04-31").unwrap_err(), "`2025-04-31`: April 2025 has no day 31 (it has 30 days)");
        assert_eq!(parse_ymd("2025-04-00").unwrap_err(), "`2025-04-00`: April 2025 has no day 0 (it has 30 days)");
        assert_eq!(parse_ymd("2025-13-01").unwrap_err(), "`2025-13-01` has no month 13 (months are 01–12)");
        for bad in ["2025-3-01", "20250301", "yesterday", "2025-03-01T00", "２０２５-03-01", ""] {
            assert_eq!(parse_ymd(bad).unwrap_err(), format!("`{bad}` is not a date of the form YYYY-MM-DD"));
        }
        assert_eq!(parse_published("2025-02-30").unwrap_err(), "--published `2025-02-30`: February 2025 has no day 30 (it has 28 days)");
    }

    #[test]
    fn rejects_bad_input_with_reasons() {
        assert!(matches!(decode(vec![], 10), Err(InputError::Empty)));
        assert!(matches!(decode(b"ab\0c".to_vec(), 10), Err(InputError::Binary(2))));
        assert!(matches!(decode(vec![b'a', 0xff, b'b'], 10), Err(InputError::NotUtf8(1))));
        assert!(matches!(decode(vec![b'a'; 11], 10), Err(InputError::TooLarge { limit: 10 })));
        assert!(matches!(decode(vec![0xFF, 0xFE, b'a', 0], 10), Err(InputError::Utf16)));
        let mut late_nul = vec![b'a'; 9000];
        late_nul.push(0);
        assert!(matches!(decode(late_nul, 20_000), Err(InputError::Binary(9000))));
        assert_eq!(decode("\u{feff}نص".as_bytes().to_vec(), 10).unwrap(), "نص");
    }

    /// A reader that fails on any read.
    struct Unreadable;

    impl Read for Unreadable {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("read attempted"))
        }
    }

    #[test]
    fn a_file_known_to_be_too_large_is_refused_without_reading() {
        // the metadata length alone decides: the reader is never touched
        assert!(matches!(read_capped(Vec::new(), Unreadable, Some(11), 10), Err(InputError::TooLarge { limit: 10 })));
        assert!(matches!(read_capped(b"ab".to_vec(), Unreadable, Some(50_000_000), 32), Err(InputError::TooLarge { limit: 32 })));
        // within the limit it is read
        assert!(matches!(read_capped(Vec::new(), Unreadable, Some(10), 10), Err(InputError::Io(_))));
    }

    #[test]
    fn an_input_of_unknown_length_is_capped_while_read() {
        assert_eq!(read_capped(b"ab".to_vec(), &b"cdefghij"[..], None, 10).unwrap(), b"abcdefghij");
        assert!(matches!(read_capped(b"ab".to_vec(), &b"cdefghijk"[..], None, 10), Err(InputError::TooLarge { limit: 10 })));
        // a length that was wrong (the file grew) does not lift the cap
        assert!(matches!(read_capped(Vec::new(), &[b'a'; 100][..], Some(5), 10), Err(InputError::TooLarge { limit: 10 })));
        // the reader is not drained past the limit + 1
        let mut r = &[b'a'; 100][..];
        assert!(read_capped(Vec::new(), &mut r, None, 10).is_err());
        assert_eq!(r.len(), 89);
    }
}
