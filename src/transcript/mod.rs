//! Saved sessions: one human-readable YAML file per session, rewritten atomically after every
//! answer, so a crash, a closed terminal or `kill -9` loses at most the answer being typed.

mod store;
mod time;

pub use store::{DataDirError, TranscriptWriter, data_dir, sessions_dir};
pub use time::utc_timestamp;
