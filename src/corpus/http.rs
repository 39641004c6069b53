//! HTTP payloads as web archives keep them.
//!
//! A WARC `response` record holds the HTTP response as it came over the wire:
//! crawlers such as Heritrix and wget keep a `Transfer-Encoding: chunked` body in
//! its chunks and a `Content-Encoding: gzip` body compressed. [`decode_payload`]
//! undoes both, in the order HTTP applies them (the transfer codings, `chunked`
//! last, then the content codings), before the page is read:
//!
//! - `chunked` ([`dechunk`]): chunk-size lines in hexadecimal with optional
//!   `;extensions`, each chunk followed by a line end, a last chunk of size 0 and
//!   optional trailer lines (ignored). A body whose first line is not a chunk size
//!   is not chunked after all (some tools store the body de-chunked and keep the
//!   header): it is used as it is, with a warning. A body that ends inside a chunk
//!   or before the last chunk (a record cut by the crawler, `WARC-Truncated`) gives
//!   what was read, with a warning. A chunk not followed by a line end, or a size
//!   line that is not hexadecimal after the first chunk, is an error.
//! - `gzip` / `x-gzip` (also several gzip members), `deflate` (zlib-wrapped, as
//!   HTTP specifies, or raw deflate, as some servers send it) and `identity`, with
//!   the pure-Rust `libflate` decoder that the `warc` crate already uses. A body
//!   labelled gzip that does not start with gzip's magic bytes is used as it is,
//!   with a warning (it was stored decoded). Brotli (`br`) and other codings are
//!   errors: marsad has no decoder for them.
//!
//! Nothing here panics on malformed input; every problem is an `Err` or a warning.

use std::borrow::Cow;
use std::io::Read;

/// A payload ready to be read as a page, and what was odd about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The body with transfer and content codings removed.
    pub body: Vec<u8>,
    /// Problems that did not stop the record (reported as warnings by `ingest`).
    pub warnings: Vec<String>,
}

/// What [`dechunk`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dechunked {
    /// The chunks up to the last (size 0) chunk.
    Complete(Vec<u8>),
    /// The data ended inside a chunk or before the last chunk: the bytes read so far.
    Truncated(Vec<u8>),
    /// The first line is not a chunk size: the body is not chunked.
    NotChunked,
}

/// Longest chunk-size line accepted (size, extensions and white space).
const MAX_SIZE_LINE: usize = 4096;

/// A chunk-size line (without its line end) to the size it declares: hexadecimal
/// digits, optionally surrounded by spaces or tabs and followed by `;extensions`.
fn chunk_size(line: &[u8]) -> Option<u64> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let size = line.split(|&b| b == b';').next().unwrap_or(b"");
    let size = size.trim_ascii();
    if size.is_empty() || size.len() > 16 || !size.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(size).ok()?, 16).ok()
}

/// The first line of `bytes` (at most 40 bytes of it), for a message.
fn show(bytes: &[u8]) -> String {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or(b"");
    let s = String::from_utf8_lossy(&line[..line.len().min(40)]).trim_end_matches('\r').to_string();
    if line.len() > 40 {
        format!("{s}…")
    } else {
        s
    }
}

/// Decodes an HTTP/1.1 chunked body (RFC 9112 §7.1). Line ends may be CRLF or a
/// bare LF. See the module docs for what counts as truncated or not chunked.
///
/// # Errors
/// A message naming the chunk and byte offset when the chunks do not match the
/// data: a chunk not followed by a line end, or a later size line that is not a
/// hexadecimal size.
pub fn dechunk(data: &[u8]) -> Result<Dechunked, String> {
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0usize;
    let mut chunks = 0usize;
    loop {
        let rest = &data[pos..];
        let line_end = rest.iter().take(MAX_SIZE_LINE).position(|&b| b == b'\n');
        let size = line_end.and_then(|e| chunk_size(&rest[..e]));
        let (Some(e), Some(size)) = (line_end, size) else {
            if chunks == 0 {
                return Ok(Dechunked::NotChunked);
            }
            if line_end.is_none() && rest.len() < MAX_SIZE_LINE && rest.iter().all(|b| b.is_ascii_hexdigit() || b" \t\r;=".contains(b)) {
                // the data stops inside a size line (or right after a chunk)
                return Ok(Dechunked::Truncated(out));
            }
            return Err(format!("malformed chunked body: chunk {} at byte {pos} has the size line `{}`, not a hexadecimal size", chunks + 1, show(rest)));
        };
        pos += e + 1;
        if size == 0 {
            // trailer fields up to an empty line follow; they carry nothing marsad uses
            return Ok(Dechunked::Complete(out));
        }
        chunks += 1;
        let avail = data.len() - pos;
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        if size > avail {
            out.extend_from_slice(&data[pos..]);
            return Ok(Dechunked::Truncated(out));
        }
        out.extend_from_slice(&data[pos..pos + size]);
        pos += size;
        let after = &data[pos..];
        if after.starts_with(b"\r\n") {
            pos += 2;
        } else if after.starts_with(b"\n") {
            pos += 1;
        } else if after.is_empty() || after == b"\r" {
            return Ok(Dechunked::Truncated(out));
        } else {
            return Err(format!(
                "malformed chunked body: chunk {chunks} ({size} bytes) is not followed by a line end at byte {pos} (`{}`): the chunk sizes do not match the data",
                show(after)
            ));
        }
    }
}

/// The codings of a header, lower-case, in the order they were applied, from
/// every line of that header (`gzip, chunked`).
fn codings(headers: &str, name: &str) -> Vec<String> {
    headers
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.trim().eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.split(',').map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase()).collect::<Vec<_>>())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Reads a decoder to its end, at most `max_bytes`.
fn read_capped(mut r: impl Read, max_bytes: usize, what: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    r.by_ref().take(max_bytes as u64 + 1).read_to_end(&mut out).map_err(|e| format!("cannot decode the {what} body: {e}"))?;
    if out.len() > max_bytes {
        return Err(format!("the {what} body decompresses to more than {max_bytes} bytes (the limit is --max-bytes)"));
    }
    Ok(out)
}

/// Removes one content or transfer coding.
fn decode_one(coding: &str, header: &str, body: &[u8], max_bytes: usize, warnings: &mut Vec<String>) -> Result<Option<Vec<u8>>, String> {
    match coding {
        "identity" => Ok(None),
        "gzip" | "x-gzip" => {
            if !body.starts_with(&[0x1f, 0x8b]) {
                warnings.push(format!("{header}: {coding}, but the body is not gzip data: read as it is (stored decoded?)"));
                return Ok(None);
            }
            let d = libflate::gzip::MultiDecoder::new(body).map_err(|e| format!("cannot decode the gzip body: {e}"))?;
            read_capped(d, max_bytes, "gzip").map(Some)
        }
        "deflate" => {
            // HTTP's deflate is zlib-wrapped; some servers send raw deflate
            let zlib = libflate::zlib::Decoder::new(body).map_err(|e| e.to_string()).and_then(|d| read_capped(d, max_bytes, "deflate"));
            match zlib {
                Ok(b) => Ok(Some(b)),
                Err(m) if m.contains("--max-bytes") => Err(m),
                Err(_) => read_capped(libflate::deflate::Decoder::new(body), max_bytes, "deflate").map(Some),
            }
        }
        "br" => Err(format!("unsupported {header} br (Brotli): marsad has no Brotli decoder; the record is skipped")),
        other => Err(format!("unsupported {header} {other}")),
    }
}

/// The payload of an HTTP response with its transfer codings (`chunked`, and any
/// before it) and content codings (`gzip`, `deflate`) removed, as the module docs
/// describe. `headers` is the response head (status line and header lines);
/// `max_bytes` bounds a decompressed body.
///
/// # Errors
/// A message for a malformed chunked body, a compressed body that does not
/// decode or is over `max_bytes`, or a coding marsad cannot decode (`br`).
pub fn decode_payload(headers: &str, payload: &[u8], max_bytes: usize) -> Result<Decoded, String> {
    let mut warnings = Vec::new();
    let mut transfer = codings(headers, "transfer-encoding");
    let mut body: Cow<[u8]> = Cow::Borrowed(payload);
    if transfer.last().map(String::as_str) == Some("chunked") {
        transfer.pop();
        match dechunk(payload)? {
            Dechunked::Complete(b) => body = Cow::Owned(b),
            Dechunked::Truncated(b) => {
                warnings.push(format!(
                    "the chunked body ends before its last chunk (a truncated record?): the {} byte(s) read are used",
                    b.len()
                ));
                body = Cow::Owned(b);
            }
            Dechunked::NotChunked => warnings.push("Transfer-Encoding: chunked, but the body is not chunked: read as it is".into()),
        }
    }
    // `chunked` anywhere but last is not HTTP/1.1; the other transfer codings are undone like content codings
    transfer.retain(|c| c != "chunked");
    let content = codings(headers, "content-encoding");
    let steps = transfer.iter().rev().map(|c| (c, "Transfer-Encoding")).chain(content.iter().rev().map(|c| (c, "Content-Encoding")));
    for (coding, header) in steps {
        if let Some(b) = decode_one(coding, header, &body, max_bytes, &mut warnings)? {
            body = Cow::Owned(b);
        }
    }
    Ok(Decoded { body: body.into_owned(), warnings })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn chunked(parts: &[&[u8]]) -> Vec<u8> {
        let mut v = Vec::new();
        for p in parts {
            v.extend_from_slice(format!("{:x}\r\n", p.len()).as_bytes());
            v.extend_from_slice(p);
            v.extend_from_slice(b"\r\n");
        }
        v.extend_from_slice(b"0\r\n\r\n");
        v
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = libflate::gzip::Encoder::new(Vec::new()).unwrap();
        e.write_all(data).unwrap();
        e.finish().into_result().unwrap()
    }

    const HEAD_CHUNKED: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked";

    #[test]
    fn chunks_are_joined() {
        let body = chunked(&[b"<p>Tunisian police arrested 40 migrants in Sfax on Mo", b"nday.</p>"]);
        let d = decode_payload(HEAD_CHUNKED, &body, 1 << 20).unwrap();
        assert_eq!(d.body, b"<p>Tunisian police arrested 40 migrants in Sfax on Monday.</p>");
        assert!(d.warnings.is_empty());
        // extensions, upper-case hex, padding, bare LF line ends and trailers
        let body = b"A;name=value\r\n0123456789\r\n3  \nabc\n0\r\nExpires: never\r\n\r\n";
        assert_eq!(dechunk(body).unwrap(), Dechunked::Complete(b"0123456789abc".to_vec()));
        assert_eq!(codings("HTTP/1.1 200 OK\nTransfer-Encoding: gzip, Chunked\ntransfer-encoding: x", "transfer-encoding"), ["gzip", "chunked", "x"]);
    }

    #[test]
    fn chunked_gzip_is_decoded() {
        let page = "<html><body><p>اعتقلت الشرطة 40 مهاجرا في صفاقس.</p></body></html>".repeat(20);
        let gz = gzip(page.as_bytes());
        let (a, b) = gz.split_at(gz.len() / 3);
        let head = format!("{HEAD_CHUNKED}\r\nContent-Encoding: gzip");
        let d = decode_payload(&head, &chunked(&[a, b]), 1 << 20).unwrap();
        assert_eq!(String::from_utf8(d.body).unwrap(), page);
        // two gzip members one after the other (as `cat a.gz b.gz` makes them): both are read
        let mut two = gzip(b"<p>first member, ");
        two.extend(gzip(b"second member</p>"));
        let d = decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: gzip", &two, 1 << 20).unwrap();
        assert_eq!(d.body, b"<p>first member, second member</p>");
        // a gzip body without chunks, and one labelled gzip that was stored decoded
        let d = decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: x-gzip", &gz, 1 << 20).unwrap();
        assert_eq!(d.body, page.as_bytes());
        let d = decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: gzip", page.as_bytes(), 1 << 20).unwrap();
        assert_eq!(d.body, page.as_bytes());
        assert!(d.warnings[0].contains("not gzip data"), "{:?}", d.warnings);
        // over the limit once decompressed
        let e = decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: gzip", &gz, 100).unwrap_err();
        assert!(e.contains("--max-bytes"), "{e}");
        // corrupt gzip data
        let mut bad = gz.clone();
        for b in bad.iter_mut().skip(12).take(40) {
            *b = 0xff;
        }
        assert!(decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: gzip", &bad, 1 << 20).is_err());
    }

    #[test]
    fn deflate_zlib_and_raw() {
        let page = b"<p>Police arrested 40 protesters in Tunis.</p>".repeat(5);
        let mut z = libflate::zlib::Encoder::new(Vec::new()).unwrap();
        z.write_all(&page).unwrap();
        let z = z.finish().into_result().unwrap();
        let mut r = libflate::deflate::Encoder::new(Vec::new());
        r.write_all(&page).unwrap();
        let r = r.finish().into_result().unwrap();
        for body in [z, r] {
            assert_eq!(decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: deflate", &body, 1 << 20).unwrap().body, page);
        }
        let e = decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: br", b"\x0b\x02\x80", 1 << 20).unwrap_err();
        assert!(e.contains("Brotli"), "{e}");
        assert!(decode_payload("HTTP/1.1 200 OK\r\nContent-Encoding: compress", b"x", 1 << 20).unwrap_err().contains("compress"));
    }

    #[test]
    fn malformed_chunk_sizes() {
        // not chunked at all: read as it is, with a warning
        let d = decode_payload(HEAD_CHUNKED, b"<html><p>Already de-chunked.</p></html>", 1 << 20).unwrap();
        assert_eq!(d.body, b"<html><p>Already de-chunked.</p></html>");
        assert!(d.warnings[0].contains("not chunked"));
        // a size that does not match the data: an error naming the chunk
        let e = decode_payload(HEAD_CHUNKED, b"5\r\nHello, world\r\n0\r\n\r\n", 1 << 20).unwrap_err();
        assert!(e.contains("chunk 1") && e.contains("line end"), "{e}");
        // a later size line that is not hexadecimal
        let e = dechunk(b"5\r\nHello\r\nzz\r\nworld\r\n0\r\n\r\n").unwrap_err();
        assert!(e.contains("chunk 2") && e.contains("`zz`"), "{e}");
        // cut inside a chunk, or before the last chunk: what was read, with a warning
        let d = decode_payload(HEAD_CHUNKED, b"5\r\nHello\r\n10\r\nwor", 1 << 20).unwrap();
        assert_eq!(d.body, b"Hellowor");
        assert!(d.warnings[0].contains("truncated"));
        assert_eq!(dechunk(b"5\r\nHello\r\n").unwrap(), Dechunked::Truncated(b"Hello".to_vec()));
        assert_eq!(dechunk(b"5\r\nHello\r\n1").unwrap(), Dechunked::Truncated(b"Hello".to_vec()));
        // absurd sizes and odd bytes never panic
        for body in [&b"ffffffffffffffff\r\nx"[..], b"fffffffffffffffff\r\nx", b"\r\n", b"", b"0", b"-1\r\n", b"1\r\n\xff\xfe", b"3;\r\nabc"] {
            let _ = dechunk(body);
            let _ = decode_payload(HEAD_CHUNKED, body, 16);
        }
        assert_eq!(dechunk(b"ffffffffffffffff\r\nabc").unwrap(), Dechunked::Truncated(b"abc".to_vec()));
        assert_eq!(dechunk(b"").unwrap(), Dechunked::NotChunked);
    }
}
