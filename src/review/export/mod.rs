//! A saved session in the format asked for: text for reading, Markdown for notes, JSON for
//! scripts. One file per format, behind one trait.

mod json;
mod markdown;
mod text;

pub use json::Json;
pub use markdown::Markdown;
pub(crate) use markdown::inline;
pub use text::Text;

use crate::session::SessionRecord;
use crate::transcript::Transcript;

/// A way to write out one saved session.
pub trait Export {
    fn export(&self, transcript: &Transcript) -> String;
}

/// `2026-11-22T03:19:00Z` as `2026-11-22 03:19 UTC` (other text unchanged).
pub fn readable_time(timestamp: &str) -> String {
    match (timestamp.get(..10), timestamp.get(11..16)) {
        (Some(date), Some(time)) if timestamp.len() == 20 => format!("{date} {time} UTC"),
        _ => timestamp.to_owned(),
    }
}

/// " · seed 42", or nothing for due questions, which come from the schedule, not a seed.
pub fn seed_words(session: &SessionRecord) -> String {
    if session.mode.is_seeded() {
        format!(" · seed {}", session.seed)
    } else {
        String::new()
    }
}
