//! Reading the saved sessions back. A file that cannot be read is reported and left exactly as
//! it is: the archive never writes, moves or deletes anything.

use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::error::nearest;

use super::file::{FORMAT, Transcript};

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
    let size = std::fs::metadata(path)?.len();
    if size > MAX_TRANSCRIPT_BYTES {
        return Err(TranscriptError::TooBig(size));
    }
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8(bytes).map_err(|_| TranscriptError::NotUtf8)?;
    parse_transcript(&text)
}

fn parse_transcript(text: &str) -> Result<Transcript, TranscriptError> {
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
            let location = err
                .location()
                .map(|l| format!(" (line {}, column {})", l.line(), l.column()))
                .unwrap_or_default();
            let message = err.to_string();
            let message = match message.find(" at line ") {
                Some(cut) => message[..cut].to_owned(),
                None => message,
            };
            Err(TranscriptError::Invalid { location, message })
        }
    }
}

/// One session read from disk.
#[derive(Debug, Clone)]
pub struct Saved {
    pub path: PathBuf,
    pub transcript: Transcript,
}

impl Saved {
    /// The file name without `.yaml`: unique even when two short ids collide.
    pub fn name(&self) -> &str {
        self.path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
    }
}

/// A file that looked like a transcript but could not be read.
#[derive(Debug)]
pub struct Unreadable {
    pub path: PathBuf,
    pub error: TranscriptError,
}

/// Looking a session up failed.
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
    /// Reads every `*.yaml` in `dir` (a missing folder is an empty archive). Files are parsed
    /// on all cores, which keeps a thousand sessions well under a second.
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
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| is_transcript_name(p) && p.is_file())
            .collect();
        // Names start with the UTC start time, so name order is time order.
        paths.sort();
        let results = read_all(&paths);
        let mut archive = Archive::default();
        for (path, result) in paths.into_iter().zip(results) {
            match result {
                Ok(transcript) => archive.sessions.push(Saved { path, transcript }),
                Err(error) => archive.unreadable.push(Unreadable { path, error }),
            }
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
            .filter(|s| s.transcript.id == stem || s.name() == stem)
            .collect();
        match matches.as_slice() {
            [one] => Lookup::Found(one),
            [] => Lookup::NotFound {
                nearest: nearest(
                    stem,
                    self.sessions.iter().rev().map(|s| s.transcript.id.as_str()),
                ),
            },
            _ => Lookup::Ambiguous(matches),
        }
    }
}

fn is_transcript_name(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".yaml") && !name.starts_with('.')
}

/// Reads `paths` on up to as many threads as there are cores, keeping their order.
fn read_all(paths: &[PathBuf]) -> Vec<Result<Transcript, TranscriptError>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads < 2 || paths.len() < 16 {
        return paths.iter().map(|p| read_transcript(p)).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                let worker = scope
                    .spawn(move || part.iter().map(|p| read_transcript(p)).collect::<Vec<_>>());
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
