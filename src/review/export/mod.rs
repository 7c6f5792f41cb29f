//! A saved session in the format asked for: text for reading, Markdown for notes, JSON for
//! scripts. One file per format, behind one trait.

mod json;
mod markdown;
mod text;

pub use json::Json;
pub use markdown::Markdown;
pub use text::Text;

use crate::session::{Mode, SessionRecord};
use crate::transcript::Transcript;

/// A way to write out one saved session.
pub trait Export {
    fn export(&self, transcript: &Transcript) -> String;
}

/// "Mock interview", "Drill: conflict".
pub fn session_title(mode: &Mode) -> String {
    match mode {
        Mode::Mock => "Mock interview".to_owned(),
        Mode::Drill { category } => format!("Drill: {category}"),
        Mode::Due => "Drill: the questions due again".to_owned(),
    }
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
    match session.mode {
        Mode::Due => String::new(),
        _ => format!(" · seed {}", session.seed),
    }
}
