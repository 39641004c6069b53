//! Writing output files so that a failure never leaves half a file.
//!
//! Exports and trained models are written to a temporary file beside the target
//! (`.NAME.marsad-tmp-PID`, same directory, so the rename stays on one file system) and
//! renamed into place only when everything was written and synced. A failed or
//! abandoned write removes the temporary file and leaves an existing file at the target
//! untouched. Targets that exist and are not regular files (a directory, a device such as
//! `/dev/full`, a FIFO) are refused rather than replaced.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file written to a temporary file in the target's directory and renamed into place by
/// [`AtomicFile::commit`]; dropped without commit, the temporary file is removed.
pub struct AtomicFile {
    target: PathBuf,
    tmp: PathBuf,
    file: Option<std::fs::File>,
}

impl AtomicFile {
    /// Opens the temporary file for `target`.
    ///
    /// # Errors
    /// `target` exists and is not a regular file, has no file name, or the temporary
    /// file cannot be created (missing or read-only directory). The error text does not
    /// repeat the path; callers name it.
    pub fn create(target: &Path) -> std::io::Result<AtomicFile> {
        use std::io::{Error, ErrorKind};
        if let Ok(meta) = std::fs::metadata(target) {
            if !meta.is_file() {
                let what = if meta.is_dir() { "it is a directory" } else { "it exists and is not a regular file" };
                return Err(Error::new(ErrorKind::InvalidInput, what));
            }
        }
        let name = target.file_name().ok_or_else(|| Error::new(ErrorKind::InvalidInput, "not a file name"))?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".marsad-tmp-{}", std::process::id()));
        let tmp = target.with_file_name(tmp_name);
        let file = std::fs::File::create(&tmp)?;
        Ok(AtomicFile { target: target.to_path_buf(), tmp, file: Some(file) })
    }

    /// The path the file is renamed to on commit.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The open temporary file (for writers that need a `File`, e.g. via `try_clone`).
    ///
    /// # Errors
    /// Never before [`AtomicFile::commit`]; the type's `Drop` is the only other way the file closes.
    pub fn file(&mut self) -> std::io::Result<&mut std::fs::File> {
        self.file.as_mut().ok_or_else(|| std::io::Error::other("file already committed"))
    }

    /// Syncs the temporary file and renames it to the target.
    ///
    /// # Errors
    /// The sync or the rename fails; the temporary file is then removed.
    pub fn commit(mut self) -> std::io::Result<()> {
        if let Some(f) = self.file.take() {
            let done = f.sync_all().and_then(|_| std::fs::rename(&self.tmp, &self.target));
            if done.is_err() {
                let _ = std::fs::remove_file(&self.tmp);
            }
            return done;
        }
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file()?.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file()?.flush()
    }
}

/// Writes `bytes` to `target` through an [`AtomicFile`], creating missing parent
/// directories first.
///
/// # Errors
/// As [`AtomicFile::create`] and [`AtomicFile::commit`], or a failed write (a full disk);
/// in every case an existing file at `target` is unchanged and no temporary file remains.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = AtomicFile::create(target)?;
    f.write_all(bytes)?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("marsad-tmp"))
            .collect()
    }

    #[test]
    fn writes_replaces_and_cleans_up() {
        let dir = std::env::temp_dir().join(format!("marsad-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let target = dir.join("sub").join("model.bin");
        write_atomically(&target, b"first").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"first");
        write_atomically(&target, b"second").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"second");
        // abandoned: the old file stays, no temporary file remains
        {
            let mut f = AtomicFile::create(&target).unwrap();
            f.write_all(b"half").unwrap();
        }
        assert_eq!(std::fs::read(&target).unwrap(), b"second");
        assert!(leftovers(target.parent().unwrap()).is_empty());
        // a directory is refused, not replaced
        let e = write_atomically(&dir.join("sub"), b"x").unwrap_err();
        assert!(e.to_string().contains("directory"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn refuses_device_targets() {
        if Path::new("/dev/null").exists() {
            let e = AtomicFile::create(Path::new("/dev/null")).err().expect("refused");
            assert!(e.to_string().contains("not a regular file"), "{e}");
        }
    }
}
