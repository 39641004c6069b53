//! Reading user input: files and stdin to checked UTF-8 text.
//!
//! Bad input gets a clear error and never a panic: invalid UTF-8 (with the byte
//! offset of the first bad sequence), UTF-16 files, binary files (any NUL byte),
//! empty files, and files over the size limit. A leading UTF-8 byte-order mark is
//! removed, so offsets count from the first character after it.

use std::io::Read;
use std::path::Path;

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
pub fn read_text(path: &Path, max_bytes: usize) -> Result<String, InputError> {
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(max_bytes as u64 + 1).read_to_end(&mut buf)?;
    } else {
        let f = std::fs::File::open(path)?;
        if f.metadata()?.is_dir() {
            return Err(InputError::Io(std::io::Error::other("is a directory")));
        }
        f.take(max_bytes as u64 + 1).read_to_end(&mut buf)?;
    }
    decode(buf, max_bytes)
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
}
