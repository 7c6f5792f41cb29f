//! Reading the saved sessions back. A file that cannot be read is reported and left exactly as
//! it is: the archive never writes, moves or deletes a transcript; the only file it writes is
//! its own index of digests.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::error::nearest;
use crate::files::{CappedReadError, read_capped};
use crate::input::yaml_error_parts;

use super::digest::SessionDigest;
use super::file::{FORMAT, Transcript};
use super::store::write_atomically;

/// Transcripts over this size are not read (a six-question session is about 50 KB).
const MAX_TRANSCRIPT_BYTES: u64 = 64 * 1024 * 1024;

/// Why one transcript could not be read.
#[derive(Debug, Error)]
pub enum TranscriptError {
    #[error("cannot read it: {0}")]
    Io(#[from] io::Error),
    #[error("it is {0} bytes, more than a transcript can be")]
    TooBig(u64),
    #[error("it is not UTF-8 text")]
    NotUtf8,
    #[error(
        "it was written by a newer rehearse (transcript format {found}; this one reads format {FORMAT}): update rehearse to read it"
    )]
    Newer { found: u32 },
    #[error("it is not a rehearse transcript{location}: {message}")]
    Invalid { location: String, message: String },
}

/// Reads one transcript file.
pub fn read_transcript(path: &Path) -> Result<Transcript, TranscriptError> {
    let bytes = read_capped(path, MAX_TRANSCRIPT_BYTES).map_err(|err| match err {
        CappedReadError::Io(err) => TranscriptError::Io(err),
        CappedReadError::TooBig { size } => TranscriptError::TooBig(size),
        CappedReadError::Folder => {
            TranscriptError::Io(io::Error::from(io::ErrorKind::IsADirectory))
        }
    })?;
    let text = String::from_utf8(bytes).map_err(|_| TranscriptError::NotUtf8)?;
    parse_transcript(&text)
}

/// Parses the text of a transcript file.
pub fn parse_transcript(text: &str) -> Result<Transcript, TranscriptError> {
    #[derive(Deserialize)]
    struct Header {
        format: u32,
    }
    let newer = |format: u32| (format > FORMAT).then_some(TranscriptError::Newer { found: format });
    match serde_yaml::from_str::<Transcript>(text) {
        Ok(t) => match newer(t.format) {
            Some(err) => Err(err),
            None => Ok(t),
        },
        Err(err) => {
            // A newer format may fail to parse for reasons that only an update can fix.
            if let Some(newer) = serde_yaml::from_str::<Header>(text)
                .ok()
                .and_then(|h| newer(h.format))
            {
                return Err(newer);
            }
            let (at, message) = yaml_error_parts(&err);
            let location = at
                .map(|(line, column)| format!(" (line {line}, column {column})"))
                .unwrap_or_default();
            Err(TranscriptError::Invalid { location, message })
        }
    }
}

/// One saved session: its file and its digest. The full transcript is read on demand.
#[derive(Debug, Clone)]
pub struct Saved {
    pub path: PathBuf,
    pub digest: SessionDigest,
}

impl Saved {
    /// The file name without `.yaml`: unique even when two short ids collide.
    pub fn name(&self) -> &str {
        self.path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
    }

    /// The whole transcript.
    pub fn read(&self) -> Result<Transcript, TranscriptError> {
        read_transcript(&self.path)
    }
}

/// A file that looked like a transcript but could not be read, and why.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: String,
}

/// Listing the saved sessions failed.
#[derive(Debug, Error)]
pub enum ArchiveError {
    #[error("cannot list the saved sessions in {}: {source}", dir.display())]
    List { dir: PathBuf, source: io::Error },
}

/// Every saved session, oldest first, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Archive {
    pub sessions: Vec<Saved>,
    pub unreadable: Vec<Unreadable>,
}

/// What `Archive::find` answers.
#[derive(Debug)]
pub enum Lookup<'a> {
    Found(&'a Saved),
    /// More than one session has this short id: the file names tell them apart.
    Ambiguous(Vec<&'a Saved>),
    /// No match; the closest ids, best first.
    NotFound {
        nearest: Vec<&'a str>,
    },
}

impl Archive {
    /// Reads every `*.yaml` in `dir` (a missing folder is an empty archive). Digests of files
    /// unchanged since the last time come from the index in the same folder; the rest are
    /// parsed on all cores and the index is brought up to date.
    pub fn load(dir: &Path) -> Result<Archive, ArchiveError> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Archive::default()),
            Err(source) => {
                return Err(ArchiveError::List {
                    dir: dir.to_owned(),
                    source,
                });
            }
        };
        let mut files: Vec<(String, Stamp)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let meta = e.metadata().ok()?;
                (is_transcript_name(&name) && meta.is_file()).then(|| (name, Stamp::of(&meta)))
            })
            .collect();
        // Names start with the UTC start time, so name order is time order.
        files.sort();

        let index_path = dir.join(INDEX_FILE);
        let old = Index::read(&index_path);
        let stale: Vec<PathBuf> = files
            .iter()
            .filter(|(name, stamp)| old.get(name, *stamp).is_none())
            .map(|(name, _)| dir.join(name))
            .collect();
        let mut fresh = read_digests(&stale).into_iter();

        let mut index = Index::default();
        let mut archive = Archive::default();
        for (name, stamp) in files {
            let path = dir.join(&name);
            let entry = match old.get(&name, stamp) {
                Some(entry) => entry.clone(),
                None => match fresh.next() {
                    Some(Ok(digest)) => Entry::Digest(digest),
                    Some(Err(e)) => Entry::Unreadable(e.to_string()),
                    None => continue,
                },
            };
            match &entry {
                Entry::Digest(digest) => archive.sessions.push(Saved {
                    path,
                    digest: digest.clone(),
                }),
                Entry::Unreadable(reason) => archive.unreadable.push(Unreadable {
                    path,
                    reason: reason.clone(),
                }),
            }
            index.files.insert(name, (stamp, entry));
        }
        if !stale.is_empty() || index.files.len() != old.files.len() {
            // The index only saves time: if it cannot be written, the next run parses again.
            let _ = index.write(dir, &index_path);
        }
        Ok(archive)
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub fn latest(&self) -> Option<&Saved> {
        self.sessions.last()
    }

    /// The session with this short id, file name (with or without `.yaml`), or `latest`.
    pub fn find(&self, wanted: &str) -> Lookup<'_> {
        let wanted = wanted.trim();
        if wanted == "latest" {
            return match self.latest() {
                Some(saved) => Lookup::Found(saved),
                None => Lookup::NotFound { nearest: vec![] },
            };
        }
        let stem = wanted.strip_suffix(".yaml").unwrap_or(wanted);
        let matches: Vec<&Saved> = self
            .sessions
            .iter()
            .filter(|s| s.digest.id == stem || s.name() == stem)
            .collect();
        match matches.as_slice() {
            [one] => Lookup::Found(one),
            [] => Lookup::NotFound {
                nearest: nearest(
                    stem,
                    self.sessions.iter().rev().map(|s| s.digest.id.as_str()),
                ),
            },
            _ => Lookup::Ambiguous(matches),
        }
    }
}

/// Adds a transcript just written to the index, so the next `review` need not parse it.
/// Two sessions ending at once may each drop the other's entry; that only costs a parse later.
pub fn index_saved(dir: &Path, path: &Path, transcript: &Transcript) -> io::Result<()> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::other("a transcript name is UTF-8"))?;
    let stamp = Stamp::of(&std::fs::metadata(path)?);
    let index_path = dir.join(INDEX_FILE);
    let mut index = Index::read(&index_path);
    index.files.insert(
        name.to_owned(),
        (stamp, Entry::Digest(SessionDigest::of(transcript))),
    );
    index.write(dir, &index_path)
}

fn is_transcript_name(name: &str) -> bool {
    name.ends_with(".yaml") && !name.starts_with('.')
}

/// The index of digests, beside the transcripts. Derived data: deleting it is safe.
const INDEX_FILE: &str = ".index.json";

/// Raised when the digest changes shape, so an old index is rebuilt rather than misread.
const INDEX_VERSION: u32 = 1;

/// What identifies a version of a file: its size and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified_ns: u128,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Stamp {
            len: meta.len(),
            modified_ns,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Entry {
    Digest(SessionDigest),
    Unreadable(String),
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    rehearse_version: String,
    files: BTreeMap<String, (Stamp, Entry)>,
}

impl Index {
    /// The index as last written, or an empty one if it is missing, unreadable or stale.
    fn read(path: &Path) -> Index {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Index>(&bytes).ok())
            .filter(|i| {
                i.version == INDEX_VERSION && i.rehearse_version == env!("CARGO_PKG_VERSION")
            })
            .unwrap_or_default()
    }

    fn get(&self, name: &str, stamp: Stamp) -> Option<&Entry> {
        self.files
            .get(name)
            .filter(|(s, _)| *s == stamp)
            .map(|(_, entry)| entry)
    }

    fn write(mut self, dir: &Path, path: &Path) -> io::Result<()> {
        self.version = INDEX_VERSION;
        self.rehearse_version = env!("CARGO_PKG_VERSION").to_owned();
        let bytes = serde_json::to_vec(&self).map_err(io::Error::other)?;
        write_atomically(dir, path, &bytes)
    }
}

/// Digests of `paths`, in order.
fn read_digests(paths: &[PathBuf]) -> Vec<Result<SessionDigest, TranscriptError>> {
    read_many(paths, |t| SessionDigest::of(&t))
}

/// Reads `paths` on up to as many threads as there are cores, keeping only what `keep` takes
/// from each transcript, in order.
pub fn read_many<T: Send>(
    paths: &[PathBuf],
    keep: impl Fn(Transcript) -> T + Sync,
) -> Vec<Result<T, TranscriptError>> {
    let read = |p: &PathBuf| read_transcript(p).map(&keep);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads < 2 || paths.len() < 4 {
        return paths.iter().map(read).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                let worker = scope.spawn(|| part.iter().map(read).collect::<Vec<_>>());
                (part.len(), worker)
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|(count, worker)| {
                worker.join().unwrap_or_else(|_| {
                    // The parser returns errors rather than panicking, but if a reader ever
                    // did, its files are reported as unreadable, not silently dropped.
                    (0..count)
                        .map(|_| Err(io::Error::other("the reader stopped unexpectedly").into()))
                        .collect()
                })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Ending, Mode, SessionRecord, Timing};

    fn transcript(id: &str, started_at: &str, seed: u64) -> String {
        let t = Transcript {
            format: FORMAT,
            rehearse_version: "test".into(),
            id: id.into(),
            started_at: started_at.into(),
            banks: vec![],
            session: SessionRecord {
                mode: Mode::Mock,
                seed,
                timing: Timing::Scripted,
                planned: 6,
                questions: vec![],
                candidate_questions: vec![],
                candidate_questions_feedback: None,
                ending: Ending::Completed,
            },
        };
        serde_yaml::to_string(&t).expect("serialises")
    }

    #[test]
    fn the_index_is_used_until_a_file_changes_and_bad_files_stay_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("20250101T000000Z-aaaaaa.yaml");
        let b = dir.path().join("20250102T000000Z-bbbbbb.yaml");
        let bad = dir.path().join("20250103T000000Z-cccccc.yaml");
        std::fs::write(&a, transcript("aaaaaa", "2025-01-01T00:00:00Z", 1)).expect("write");
        std::fs::write(&b, transcript("bbbbbb", "2025-01-02T00:00:00Z", 2)).expect("write");
        std::fs::write(&bad, "format: 1\nid: [oops\n").expect("write");

        let first = Archive::load(dir.path()).expect("loads");
        let ids: Vec<&str> = first
            .sessions
            .iter()
            .map(|s| s.digest.id.as_str())
            .collect();
        assert_eq!(ids, ["aaaaaa", "bbbbbb"]);
        assert_eq!(first.unreadable.len(), 1);
        assert!(dir.path().join(INDEX_FILE).is_file());

        // From the index: same answer, and the bad file is still named.
        let second = Archive::load(dir.path()).expect("loads");
        assert_eq!(second.sessions.len(), 2);
        assert_eq!(second.unreadable.len(), 1);
        assert_eq!(second.unreadable[0].path, bad);

        // A changed file is read again.
        std::fs::write(&b, transcript("bbbbbb", "2025-01-02T00:00:00Z", 77_777)).expect("write");
        let third = Archive::load(dir.path()).expect("loads");
        assert_eq!(third.sessions[1].digest.seed, 77_777);

        // A deleted file leaves the index; a corrupt index is rebuilt.
        std::fs::remove_file(&a).expect("remove");
        std::fs::write(dir.path().join(INDEX_FILE), "{ not json").expect("write");
        let fourth = Archive::load(dir.path()).expect("loads");
        assert_eq!(fourth.sessions.len(), 1);
        assert_eq!(fourth.sessions[0].digest.seed, 77_777);
        assert_eq!(
            std::fs::read_to_string(&bad).expect("read"),
            "format: 1\nid: [oops\n",
            "an unreadable transcript is never rewritten"
        );
    }

    #[test]
    fn sessions_are_found_by_id_file_name_or_latest_and_near_misses_are_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, id) in [
            ("20250101T000000Z-a1b2c3", "a1b2c3"),
            ("20250102T000000Z-d4e5f6", "d4e5f6"),
            ("20250103T000000Z-d4e5f6", "d4e5f6"),
        ] {
            let text = transcript(id, "2025-01-01T00:00:00Z", 1);
            std::fs::write(dir.path().join(format!("{name}.yaml")), text).expect("write");
        }
        let archive = Archive::load(dir.path()).expect("loads");
        assert!(matches!(archive.find("a1b2c3"), Lookup::Found(s) if s.digest.id == "a1b2c3"));
        assert!(matches!(
            archive.find("20250102T000000Z-d4e5f6.yaml"),
            Lookup::Found(s) if s.name() == "20250102T000000Z-d4e5f6"
        ));
        assert!(
            matches!(archive.find("latest"), Lookup::Found(s) if s.name().starts_with("20250103"))
        );
        assert!(matches!(archive.find("d4e5f6"), Lookup::Ambiguous(m) if m.len() == 2));
        match archive.find("a1b2c4") {
            Lookup::NotFound { nearest } => assert_eq!(nearest.first(), Some(&"a1b2c3")),
            other => panic!("expected a near miss, got {other:?}"),
        }
    }

    #[test]
    fn a_newer_format_says_to_update() {
        let err = parse_transcript("format: 7\nsomething_new: true\n").expect_err("newer");
        assert!(matches!(err, TranscriptError::Newer { found: 7 }), "{err}");
        assert!(err.to_string().contains("update rehearse"));
    }

    #[test]
    fn garbage_is_invalid_with_a_location() {
        let err = parse_transcript("format: 1\nid: [unclosed\n").expect_err("invalid");
        let text = err.to_string();
        assert!(
            text.starts_with("it is not a rehearse transcript"),
            "{text}"
        );
        assert!(parse_transcript("").is_err());
        assert!(parse_transcript("- a list\n").is_err());
    }
}
