//! Lexicons: marsad's own data files, compiled into the binary and overridable.
//!
//! Every lexicon is a UTF-8 text file under `lexicons/` in the repository. The
//! built-in copy is embedded with `include_str!`; a user replaces any of them by
//! putting a file of the same name in a directory passed as `--lexicons DIR`.
//!
//! All files share one syntax ([`Table`]): `#` starts a comment line, blank
//! lines are ignored, fields are separated by TAB, alternatives inside a field
//! by `|`. The first non-comment line is a header naming the columns. Each file's
//! columns are documented at its top and in `docs/LEXICONS.md`.

pub mod cues;
mod matcher;
pub mod schema;

pub use matcher::{Match, PhraseMatcher};

use std::path::{Path, PathBuf};

/// A lexicon file could not be read or parsed.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The override file exists but could not be read.
    #[error("cannot read lexicon {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The override file is not UTF-8 text: UTF-16 (a byte-order mark), or a byte
    /// sequence that is not UTF-8 (a Latin-1 or Windows-1252 export).
    #[error("{file}:{line}: {message}")]
    Encoding {
        /// Lexicon file name.
        file: String,
        /// 1-based line of the bad byte (1 for UTF-16).
        line: usize,
        /// What is wrong, with the byte offset from the start of the file.
        message: String,
    },
    /// The file has no header line (it is empty, blank or only comments).
    #[error("{0}: the file is empty (no header line naming its columns); a lexicon file in --lexicons replaces the built-in file of the same name, so delete it to use the built-in one")]
    Empty(String),
    /// The override directory does not exist or is not a directory.
    #[error("lexicon directory {0} does not exist or is not a directory")]
    NoDirectory(PathBuf),
    /// A line does not fit the file's columns.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// Lexicon file name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The built-in lexicon files, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../lexicons/countries.tsv")),
    ("places.tsv", include_str!("../../lexicons/places.tsv")),
    ("organizations.tsv", include_str!("../../lexicons/organizations.tsv")),
    ("people.tsv", include_str!("../../lexicons/people.tsv")),
    ("agents.tsv", include_str!("../../lexicons/agents.tsv")),
    ("cameo.tsv", include_str!("../../lexicons/cameo.tsv")),
    ("events.ar.tsv", include_str!("../../lexicons/events.ar.tsv")),
    ("events.en.tsv", include_str!("../../lexicons/events.en.tsv")),
    ("cues.tsv", include_str!("../../lexicons/cues.tsv")),
    ("names.tsv", include_str!("../../lexicons/names.tsv")),
    ("ner.ar.tsv", include_str!("../../lexicons/ner.ar.tsv")),
];

/// Where lexicon files are read from: the built-in copies, or a user directory first.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// Directory whose files replace built-in files of the same name.
    pub dir: Option<PathBuf>,
}

impl Source {
    /// Built-in lexicons only.
    pub fn builtin() -> Self {
        Source { dir: None }
    }
    /// Lexicons from `dir` where present, built-in otherwise.
    pub fn with_dir(dir: &Path) -> Self {
        Source { dir: Some(dir.to_path_buf()) }
    }

    /// Checks the override directory: it must exist; returns the names of files in it
    /// that are not lexicons marsad knows (probably misspelt), for a warning: `.tsv` files
    /// with another name, and known lexicon names with another extension (`ner.ar.txt`).
    pub fn check(&self) -> Result<Vec<String>, LexiconError> {
        let Some(d) = &self.dir else { return Ok(Vec::new()) };
        if !d.is_dir() {
            return Err(LexiconError::NoDirectory(d.clone()));
        }
        let entries = std::fs::read_dir(d).map_err(|source| LexiconError::Io { path: d.clone(), source })?;
        let mut unknown: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !BUILTIN.iter().any(|(b, _)| b == n))
            // a `.tsv` file, or a known lexicon under another extension (`ner.ar.txt`, `names.TSV`)
            .filter(|n| {
                n.ends_with(".tsv")
                    || BUILTIN.iter().any(|(b, _)| n.to_lowercase().strip_prefix(b.trim_end_matches("tsv")).is_some_and(|ext| !ext.contains('.')))
            })
            .collect();
        unknown.sort();
        Ok(unknown)
    }
    /// True when lexicon `name` is read from the override directory (the user's file).
    pub fn is_user_file(&self, name: &str) -> bool {
        self.dir.as_ref().is_some_and(|d| d.join(name).exists())
    }
    /// The text of lexicon `name`, from the override directory when it has the file.
    pub fn read(&self, name: &str) -> Result<std::borrow::Cow<'static, str>, LexiconError> {
        if let Some(d) = &self.dir {
            let p = d.join(name);
            if p.exists() {
                let bytes = std::fs::read(&p).map_err(|source| LexiconError::Io { path: p.clone(), source })?;
                return decode(name, bytes).map(std::borrow::Cow::Owned);
            }
        }
        let text = BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).unwrap_or("");
        Ok(std::borrow::Cow::Borrowed(text))
    }
    /// Parses lexicon `name` as a [`Table`].
    pub fn table(&self, name: &str) -> Result<Table, LexiconError> {
        Table::parse(name, &self.read(name)?)
    }
}

/// The text of a user's lexicon file `name`: UTF-8, else an [`LexiconError::Encoding`]
/// naming the line and byte offset of the first bad byte (or UTF-16).
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, LexiconError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let message = "UTF-16 text: lexicons are UTF-8 (convert it, e.g. `iconv -f UTF-16 -t UTF-8`)".to_string();
        return Err(LexiconError::Encoding { file: name.to_string(), line: 1, message });
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let b = e.as_bytes();
        let line = 1 + b[..at].iter().filter(|&&c| c == b'\n').count();
        let col = at - b[..at].iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
        let message = format!(
            "byte 0x{:02X} at byte offset {at} (column {}) is not UTF-8: lexicons are UTF-8 text (a Latin-1 or Windows-1252 file can be converted with `iconv -f WINDOWS-1252 -t UTF-8`)",
            b[at],
            col + 1
        );
        LexiconError::Encoding { file: name.to_string(), line, message }
    })
}

/// A parsed lexicon file: a header and rows of fields.
#[derive(Debug, Clone)]
pub struct Table {
    /// File name, for error messages.
    pub name: String,
    /// Column names from the header line.
    pub columns: Vec<String>,
    /// Rows: (1-based line number, fields). Rows shorter than the header are padded with empty fields.
    pub rows: Vec<(usize, Vec<String>)>,
    /// 1-based line number of the header (1 when the file has none), for errors about columns.
    pub header_line: usize,
}

impl Table {
    /// Parses the shared syntax; a leading byte-order mark (U+FEFF, as some editors write
    /// UTF-8) and CR line ends are ignored. Errors: a header naming a column twice, a row with
    /// more fields than the header, a control character other than TAB (a NUL byte, an escape:
    /// such a row could never match running text).
    pub fn parse(name: &str, text: &str) -> Result<Table, LexiconError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut columns: Option<Vec<String>> = None;
        let mut header_line = 1;
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if let Some((k, c)) = line.char_indices().find(|(_, c)| c.is_control() && *c != '\t') {
                let what = if c == '\0' { "a NUL byte".to_string() } else { format!("control character U+{:04X}", c as u32) };
                let column = line[..k].chars().count() + 1;
                return Err(LexiconError::Syntax {
                    file: name.to_string(),
                    line: i + 1,
                    message: format!("{what} at column {column}: lexicons are text (is this a binary file?); the row could never match"),
                });
            }
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<String> = line.split('\t').map(|f| f.trim().to_string()).collect();
            match &columns {
                None => {
                    if let Some((k, c)) = fields.iter().enumerate().find(|(k, c)| fields[..*k].contains(c)) {
                        return Err(LexiconError::Syntax { file: name.to_string(), line: i + 1, message: format!("column `{c}` appears twice in the header (column {})", k + 1) });
                    }
                    columns = Some(fields);
                    header_line = i + 1;
                }
                Some(cols) => {
                    if fields.len() > cols.len() {
                        return Err(LexiconError::Syntax {
                            file: name.to_string(),
                            line: i + 1,
                            message: format!("{} fields, but the header has {} columns", fields.len(), cols.len()),
                        });
                    }
                    let mut f = fields;
                    f.resize(cols.len(), String::new());
                    rows.push((i + 1, f));
                }
            }
        }
        Ok(Table { name: name.to_string(), columns: columns.unwrap_or_default(), rows, header_line })
    }

    /// Index of column `col`, or a syntax error naming the file and the header line
    /// ([`LexiconError::Empty`] when the file has no header at all).
    pub fn column(&self, col: &str) -> Result<usize, LexiconError> {
        if self.columns.is_empty() {
            return Err(LexiconError::Empty(self.name.clone()));
        }
        self.columns.iter().position(|c| c == col).ok_or_else(|| LexiconError::Syntax {
            file: self.name.clone(),
            line: self.header_line,
            message: format!("missing column `{col}`"),
        })
    }

    /// A syntax error at `line` of this file.
    pub fn error(&self, line: usize, message: impl Into<String>) -> LexiconError {
        LexiconError::Syntax { file: self.name.clone(), line, message: message.into() }
    }
}

/// Splits a field into its `|`-separated alternatives, skipping empty ones.
pub fn alternatives(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_directory_check_names_unknown_and_misnamed_files() {
        let d = std::env::temp_dir().join(format!("marsad-lexcheck-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        for f in ["names.tsv", "ner.ar.txt", "foo.tsv", "README.md", "people.tsv.bak", "Countries.TSV"] {
            std::fs::write(d.join(f), "code\tnames\n").unwrap();
        }
        let unknown = Source::with_dir(&d).check().unwrap();
        assert_eq!(unknown, vec!["Countries.TSV".to_string(), "foo.tsv".to_string(), "ner.ar.txt".to_string()]);
        let _ = std::fs::remove_dir_all(&d);
        assert!(Source::with_dir(&d).check().is_err());
    }

    #[test]
    fn table_syntax() {
        let t = Table::parse("x.tsv", "# comment\ncode\tnames\n\nUSA\tأمريكا|الولايات المتحدة\nLBY\n").unwrap();
        assert_eq!(t.columns, vec!["code", "names"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].1, vec!["LBY".to_string(), String::new()]);
        assert_eq!(alternatives(&t.rows[0].1[1]).count(), 2);
        assert!(Table::parse("x.tsv", "a\tb\n1\t2\t3\n").is_err());
        let e = Table::parse("x.tsv", "# c\ncode\tdated\tdated\n").unwrap_err().to_string();
        assert_eq!(e, "x.tsv:2: column `dated` appears twice in the header (column 3)");
    }

    #[test]
    fn byte_order_mark_and_crlf_are_ignored() {
        let t = Table::parse("x.tsv", "\u{feff}code\tnames\r\nUSA\tAmerica\r\n").unwrap();
        assert_eq!(t.columns, vec!["code", "names"]);
        assert_eq!(t.column("code").unwrap(), 0);
        assert_eq!(t.rows[0].1, vec!["USA".to_string(), "America".to_string()]);
    }

    #[test]
    fn missing_column_error_names_the_header_line() {
        let t = Table::parse("x.tsv", "# one\n# two\ncode\tnames\nUSA\tAmerica\n").unwrap();
        assert_eq!(t.column("dated").unwrap_err().to_string(), "x.tsv:3: missing column `dated`");
    }

    fn user_dir(name: &str, file: &str, bytes: &[u8]) -> PathBuf {
        let d = std::env::temp_dir().join(format!("marsad-lexbad-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join(file), bytes).unwrap();
        d
    }

    #[test]
    fn control_characters_are_refused_with_file_and_line() {
        let e = Table::parse("organizations.tsv", "code\ten_names\tar_names\nMMRREB\tArakan\0 Army\tجيش أراكان\n").unwrap_err().to_string();
        assert_eq!(e, "organizations.tsv:2: a NUL byte at column 14: lexicons are text (is this a binary file?); the row could never match");
        let e = Table::parse("x.tsv", "# c\ncode\tnames\nUSA\tAm\u{1b}erica\n").unwrap_err().to_string();
        assert!(e.starts_with("x.tsv:3: control character U+001B at column 7"), "{e}");
        // the same through a user directory, as `--lexicons` reads it
        let d = user_dir("nul", "organizations.tsv", b"code\ten_names\tar_names\n\nMMRREB\tArakan\x00 Army\t\n");
        let e = schema::named_actors(&Source::with_dir(&d), "organizations.tsv").unwrap_err().to_string();
        assert!(e.starts_with("organizations.tsv:3: a NUL byte"), "{e}");
        std::fs::remove_dir_all(d).ok();
    }

    #[test]
    fn bad_utf8_names_line_and_offset() {
        let d = user_dir("latin1", "organizations.tsv", b"# Organisations\ncode\ten_names\tar_names\nFRAGOV\tMinist\xe8re\t\n");
        let e = schema::named_actors(&Source::with_dir(&d), "organizations.tsv").unwrap_err().to_string();
        assert!(e.starts_with("organizations.tsv:3: byte 0xE8 at byte offset 52 (column 14) is not UTF-8"), "{e}");
        std::fs::write(d.join("organizations.tsv"), b"\xff\xfec\x00o\x00").unwrap();
        let e = schema::named_actors(&Source::with_dir(&d), "organizations.tsv").unwrap_err().to_string();
        assert!(e.starts_with("organizations.tsv:1: UTF-16 text"), "{e}");
        std::fs::remove_dir_all(d).ok();
    }

    #[test]
    fn empty_file_says_it_is_empty() {
        for text in ["", "\n\n", "# only comments\n#\n"] {
            let d = user_dir("empty", "organizations.tsv", text.as_bytes());
            let e = schema::named_actors(&Source::with_dir(&d), "organizations.tsv").unwrap_err().to_string();
            assert!(e.starts_with("organizations.tsv: the file is empty (no header line"), "{text:?}: {e}");
            std::fs::remove_dir_all(d).ok();
        }
        // every lexicon the pipeline reads says so, not `missing column`
        for (name, _) in BUILTIN {
            let d = user_dir("empty-all", name, b"");
            let e = crate::Pipeline::from_source(&Source::with_dir(&d)).err().map(|e| format!("{e:#}")).unwrap_or_default();
            assert!(e.contains("the file is empty"), "{name}: {e}");
            std::fs::remove_dir_all(d).ok();
        }
    }

    #[test]
    fn every_builtin_lexicon_parses() {
        for (name, text) in BUILTIN {
            Table::parse(name, text).unwrap();
        }
    }
}
