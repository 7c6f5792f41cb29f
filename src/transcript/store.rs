//! Where transcripts live and how one is written: a temporary file in the same folder, fsync,
//! rename, so the file on disk is always a whole transcript.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use thiserror::Error;

use crate::session::{Event, SessionObserver, SessionRecord};

use super::archive::index_saved;
use super::file::{FORMAT, Transcript};
use super::time::utc_timestamp;

#[derive(Debug, Error)]
#[error(
    "no folder to keep sessions in: the platform has no data directory for this user\n  help: pass --data-dir PATH or set REHEARSE_DATA_DIR"
)]
pub struct DataDirError;

/// The data directory: `--data-dir` (or `REHEARSE_DATA_DIR`, which clap reads into it), else
/// the platform's data directory for rehearse.
pub fn data_dir(given: Option<&Path>) -> Result<PathBuf, DataDirError> {
    match given {
        Some(path) => Ok(path.to_owned()),
        None => directories::ProjectDirs::from("", "", "rehearse")
            .map(|dirs| dirs.data_dir().to_owned())
            .ok_or(DataDirError),
    }
}

/// Where the session transcripts are, inside the data directory.
pub fn sessions_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("sessions")
}

/// Saves the session after every answer. A save that fails is reported once and the session
/// goes on; the caller can then print the transcript so nothing is lost.
pub struct TranscriptWriter<W: Write> {
    dir: PathBuf,
    id: String,
    started_at: String,
    path: PathBuf,
    banks: Vec<String>,
    warnings: W,
    failure: Option<String>,
    last: Option<String>,
}

impl<W: Write> TranscriptWriter<W> {
    /// A writer for a session starting now, saving into `dir`; warnings go to `warnings`.
    pub fn new(dir: PathBuf, banks: Vec<String>, warnings: W) -> Self {
        let now = SystemTime::now();
        let started_at = utc_timestamp(now);
        let id = format!("{:06x}", RandomState::new().hash_one(now) & 0xff_ffff);
        // Sorts by start time to the millisecond, so sessions started in the same second
        // still list in order; the id keeps two started in the same millisecond apart.
        let stamp: String = started_at
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let millis = now
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_millis());
        let stamp = match stamp.strip_suffix('Z') {
            Some(seconds) => format!("{seconds}.{millis:03}Z"),
            None => stamp,
        };
        let path = dir.join(format!("{stamp}-{id}.yaml"));
        TranscriptWriter {
            dir,
            id,
            started_at,
            path,
            banks,
            warnings,
            failure: None,
            last: None,
        }
    }

    /// Where the transcript is (or would have been) saved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why saving failed, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }

    /// The transcript as last written (or as it would have been), for printing when saving failed.
    pub fn last_text(&self) -> Option<&str> {
        self.last.as_deref()
    }

    fn save(&mut self, record: &SessionRecord, last: bool) {
        let transcript = Transcript {
            format: FORMAT,
            rehearse_version: env!("CARGO_PKG_VERSION").to_owned(),
            id: self.id.clone(),
            started_at: self.started_at.clone(),
            banks: self.banks.clone(),
            session: record.clone(),
        };
        let text = match serde_yaml::to_string(&transcript) {
            Ok(text) => text,
            Err(e) => {
                self.failed(format!("cannot write the transcript as YAML: {e}"));
                return;
            }
        };
        if self.failure.is_none() {
            match write_atomically(&self.dir, &self.path, text.as_bytes()) {
                Err(e) => self.failed(format!("cannot save to {}: {e}", self.path.display())),
                // The index only saves time later: a failure here loses nothing.
                Ok(()) if last => {
                    let _ = index_saved(&self.dir, &self.path, &transcript);
                }
                Ok(()) => {}
            }
        }
        self.last = Some(text);
    }

    fn failed(&mut self, why: String) {
        if self.failure.is_none() {
            let _ = writeln!(
                self.warnings,
                "warning: {why}\n  The session goes on; the whole transcript is printed at the end. Use --data-dir PATH to save elsewhere."
            );
            self.failure = Some(why);
        }
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the new one, never a part.
pub fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".saving-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

impl<W: Write> SessionObserver for TranscriptWriter<W> {
    fn on_event(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Started { record } | Event::Recorded { record, .. } => {
                self.save(record, false);
            }
            Event::Ended { record } => self.save(record, true),
            Event::Asking { .. } | Event::AskingCandidateQuestions { .. } => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.yaml");
        write_atomically(dir.path(), &path, b"first").expect("first write");
        write_atomically(dir.path(), &path, b"second").expect("second write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["a.yaml"]);
    }

    #[test]
    fn file_names_sort_by_start_time_and_differ_between_sessions() {
        let a = TranscriptWriter::new(PathBuf::from("d"), vec![], Vec::new());
        let b = TranscriptWriter::new(PathBuf::from("d"), vec![], Vec::new());
        let name = a
            .path()
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a name");
        assert!(
            name.len() == "20261122T031900.123Z-abcdef.yaml".len(),
            "{name}"
        );
        assert_eq!(&name[15..16], ".", "{name}");
        assert!(name.starts_with("20"), "{name}");
        assert_ne!(a.path(), b.path());
    }
}
