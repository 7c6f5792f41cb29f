//! One saved session as it is on disk.

use serde::{Deserialize, Serialize};

use crate::session::SessionRecord;

/// The version of the transcript format, written into every file. Raised when a change would
/// stop an older rehearse from reading a newer file.
pub const FORMAT: u32 = 1;

/// A transcript file: who wrote it and when, then the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub format: u32,
    pub rehearse_version: String,
    /// Six hex digits, shown by `rehearse review`.
    pub id: String,
    /// `2026-11-22T03:19:00Z`.
    pub started_at: String,
    /// User banks in use, as given; empty for the built-in bank only.
    #[serde(default)]
    pub banks: Vec<String>,
    #[serde(flatten)]
    pub session: SessionRecord,
}
