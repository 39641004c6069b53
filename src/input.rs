//! Reading user input: files and stdin to checked UTF-8 text.
//!
//! Bad input gets a clear error and never a panic: invalid UTF-8 (with the byte
//! offset of the first bad sequence), binary files (NUL bytes in the first
//! 8 KiB), empty files, and files over the size limit.

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
    #[error("too large: {size} bytes, the limit is {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// Size in bytes (at least; reading stops past the limit).
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
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
        return Err(InputError::TooLarge { size: buf.len(), limit: max_bytes });
    }
    if let Some(p) = buf.iter().take(8192).position(|&b| b == 0) {
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
        assert!(matches!(decode(vec![b'a'; 11], 10), Err(InputError::TooLarge { .. })));
        assert_eq!(decode("\u{feff}نص".as_bytes().to_vec(), 10).unwrap(), "نص");
    }
}
