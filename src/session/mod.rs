//! A practice session: plan the questions (seeded), ask them one by one with a clock, score
//! each answer, follow up where it was thin, and keep everything for the transcript. Input and
//! time come through traits, so the same loop runs live and scripted.

mod clock;
mod followup;
mod plan;
mod record;
mod runner;
mod source;
mod summary;

pub use clock::{Clock, ManualClock, SystemClock};
pub use followup::{FollowUp, FollowUpReason, filled_by, next_follow_up};
pub use plan::{Plan, PlannedQuestion, askable_in_mock, mock_pool, plan_drill, plan_mock};
pub use record::{
    Answer, Ending, FollowUpRecord, Mode, QuestionRecord, Reply, SessionRecord, TYPING_SLOWDOWN,
    Timing,
};
pub use runner::{
    CANDIDATE_QUESTIONS_PROMPT, Event, Options, SessionObserver, follow_up_window, run_session,
};
pub use source::{AnswerPrompt, AnswerSource, PromptKind, Response, ScriptedAnswers, ThinkOutcome};
pub use summary::{CategoryAverage, Summary, SummaryRow, mean};
