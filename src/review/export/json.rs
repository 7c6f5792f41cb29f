//! The transcript as JSON, field for field as saved.

use crate::transcript::Transcript;

use super::Export;

pub struct Json;

impl Export for Json {
    fn export(&self, transcript: &Transcript) -> String {
        // A transcript is strings, numbers and lists: serialising it cannot fail.
        serde_json::to_string_pretty(transcript)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
            + "\n"
    }
}
