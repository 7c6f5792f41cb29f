//! What a session keeps: every question as asked, every answer with its time and score, the
//! follow-ups and the candidate's own questions. Owned data, ready to be saved.

use serde::{Deserialize, Serialize};

use crate::bank::TimeWindow;
use crate::score::{QuestionsFeedback, Score};

use super::followup::FollowUp;

/// What kind of session it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Mode {
    Mock,
    Drill {
        category: String,
    },
    /// The questions the practice schedule says are due, from any category.
    Due,
}

impl Mode {
    /// "Mock interview", "Drill: conflict": the heading of a session.
    pub fn title(&self) -> String {
        match self {
            Mode::Mock => "Mock interview".to_owned(),
            Mode::Drill { category } => format!("Drill: {category}"),
            Mode::Due => "Drill: the questions due again".to_owned(),
        }
    }

    /// Whether its questions were drawn with a seed: due questions come from the schedule.
    pub fn is_seeded(&self) -> bool {
        !matches!(self, Mode::Due)
    }
}

/// How answers were given, which decides how their time is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Typed live: the wall clock runs against the window stretched for typing.
    Typed,
    /// Said out loud live: the time spoken runs against the window.
    Spoken,
    /// From an answers file or a pipe: timed by how long the words take to say.
    Scripted,
}

/// How much slower typing is than speaking (about 45 words a minute against 140), so a typed
/// answer gets a fair clock.
pub const TYPING_SLOWDOWN: u32 = 3;

impl Timing {
    /// The wall-clock seconds an answer may take before it runs into overtime.
    pub fn allowance(self, window: TimeWindow) -> u32 {
        match self {
            Timing::Typed => window.max.saturating_mul(TYPING_SLOWDOWN),
            Timing::Spoken | Timing::Scripted => window.max,
        }
    }
}

/// One answer as given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub text: String,
    pub timing: Timing,
    /// From the moment the answer could start to the moment it was sent.
    pub wall_seconds: f64,
    /// Measured with `--speak`; otherwise the words' estimated speaking time.
    pub speaking_seconds: f64,
    /// Seconds past the allowance (0 when inside it).
    pub overtime_seconds: f64,
    pub score: Score,
}

impl Answer {
    /// The seconds that count against the window: spoken time with `--speak`, else the clock
    /// (for scripted answers, the clock moved by their speaking time).
    pub fn clock_seconds(&self) -> f64 {
        match self.timing {
            Timing::Spoken => self.speaking_seconds,
            Timing::Typed | Timing::Scripted => self.wall_seconds,
        }
    }
}

/// An answer, or the lack of one. Saved as `status: answered` with the answer's fields, or
/// `status: skipped`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Reply {
    Answered(Box<Answer>),
    Skipped,
}

impl Reply {
    pub fn answer(&self) -> Option<&Answer> {
        match self {
            Reply::Answered(answer) => Some(answer),
            Reply::Skipped => None,
        }
    }
}

/// A follow-up as asked, and its reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpRecord {
    #[serde(flatten)]
    pub follow_up: FollowUp,
    /// The reply, scored on its own.
    pub reply: Reply,
    /// The words of the reply that gave what was asked for, when it did.
    pub filled_by: Option<String>,
}

/// One question of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionRecord {
    /// 1-based, as shown.
    pub number: usize,
    pub category: String,
    pub question_id: String,
    pub question: String,
    pub window: TimeWindow,
    pub reply: Reply,
    pub follow_ups: Vec<FollowUpRecord>,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Still running.
    InProgress,
    /// Every question was asked.
    Completed,
    /// The candidate ended it early (Ctrl-C then "end", or Ctrl-D).
    EndedEarly,
}

impl Ending {
    /// How a saved session ended, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Ending::Completed => "completed",
            Ending::EndedEarly => "ended early",
            Ending::InProgress => "not finished",
        }
    }
}

/// The whole session so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub mode: Mode,
    pub seed: u64,
    pub timing: Timing,
    /// Questions planned, including ones not reached.
    pub planned: usize,
    pub questions: Vec<QuestionRecord>,
    /// The candidate's own questions at the end of a mock, one per line as typed.
    pub candidate_questions: Vec<String>,
    /// Each of those questions judged, once the candidate has had their turn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate_questions_feedback: Option<QuestionsFeedback>,
    pub ending: Ending,
}

impl SessionRecord {
    /// Main answers given (follow-ups not counted).
    pub fn answered(&self) -> impl Iterator<Item = (&QuestionRecord, &Answer)> {
        self.questions
            .iter()
            .filter_map(|q| q.reply.answer().map(|a| (q, a)))
    }
}
