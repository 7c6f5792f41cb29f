//! Saved sessions: one human-readable YAML file per session, rewritten atomically after every
//! answer, so a crash, a closed terminal or `kill -9` loses at most the answer being typed.

mod archive;
mod digest;
mod file;
mod store;
mod time;

pub use archive::{
    Archive, ArchiveError, Lookup, Saved, TranscriptError, Unreadable, index_saved,
    parse_transcript, read_many, read_transcript,
};
pub use digest::{QuestionDigest, SessionDigest};
pub use file::{FORMAT, Transcript};
pub use store::{DataDirError, TranscriptWriter, data_dir, sessions_dir, write_atomically};
pub use time::{parse_utc_timestamp, unix_now, utc_timestamp};
