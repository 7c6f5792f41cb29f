//! What the saved sessions say: the list of sessions, every attempt at one question, the trend
//! of each category, and which questions are due again. Pure data from the archive; the
//! terminal rendering lives in `ui`, the export formats in `export`.

pub mod export;
mod history;
mod progress;
mod schedule;

pub use history::{Attempt, SessionRow, WeakestCategory, attempts, session_rows, weakest_category};
pub use progress::{CategoryProgress, RECENT_SESSIONS, SessionPoint, progress};
pub use schedule::{Card, DueList, grade, schedule};
