//! Where answers come from: a person at a terminal (see `ui::live`) or a script. The runner
//! sees only this trait, so a scripted session runs the same loop as a live one.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use crate::bank::TimeWindow;
use crate::score::speaking_seconds;

use super::clock::ManualClock;
use super::record::Timing;

/// What is being answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Question,
    FollowUp,
    /// "Do you have any questions for us?"
    CandidateQuestions,
}

/// What an answer source is told when an answer may start.
#[derive(Debug, Clone, Copy)]
pub struct AnswerPrompt {
    pub kind: PromptKind,
    pub window: TimeWindow,
    /// Wall-clock seconds before overtime.
    pub allowance: u32,
}

/// What came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    Text {
        text: String,
        /// Measured speaking time, with `--speak`.
        spoken: Option<Duration>,
    },
    Skip,
    /// End the session; `partial` is whatever was typed before, kept as the answer.
    End {
        partial: Option<String>,
    },
}

/// How thinking time ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThinkOutcome {
    Answer,
    Skip,
    End,
}

pub trait AnswerSource {
    fn timing(&self) -> Timing;
    /// Thinking time before an answer: a countdown live, nothing scripted.
    fn think(&mut self, seconds: u32) -> io::Result<ThinkOutcome>;
    fn answer(&mut self, prompt: &AnswerPrompt) -> io::Result<Response>;
}

/// Answers from a list, in the order they are asked; `None` or blank is a skip, and a list
/// that runs out skips the rest. Each answer takes as long on the clock as it would to say.
#[derive(Debug)]
pub struct ScriptedAnswers {
    answers: VecDeque<Option<String>>,
    clock: ManualClock,
}

impl ScriptedAnswers {
    pub fn new(answers: Vec<Option<String>>, clock: ManualClock) -> Self {
        ScriptedAnswers {
            answers: answers.into(),
            clock,
        }
    }

    /// Splits plain text into answers at blank lines, as a live answer ends at an empty line.
    pub fn from_plain_text(text: &str, clock: ManualClock) -> Self {
        let mut answers = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        for line in text.lines() {
            if line.trim().is_empty() {
                if !current.is_empty() {
                    answers.push(Some(current.join("\n")));
                    current.clear();
                }
            } else {
                current.push(line);
            }
        }
        if !current.is_empty() {
            answers.push(Some(current.join("\n")));
        }
        ScriptedAnswers::new(answers, clock)
    }
}

impl AnswerSource for ScriptedAnswers {
    fn timing(&self) -> Timing {
        Timing::Scripted
    }

    fn think(&mut self, _seconds: u32) -> io::Result<ThinkOutcome> {
        Ok(ThinkOutcome::Answer)
    }

    fn answer(&mut self, _prompt: &AnswerPrompt) -> io::Result<Response> {
        match self.answers.pop_front().flatten() {
            Some(text) if !text.trim().is_empty() => {
                self.clock
                    .advance(Duration::from_secs_f64(speaking_seconds(&text)));
                Ok(Response::Text { text, spoken: None })
            }
            _ => Ok(Response::Skip),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::clock::Clock;

    #[test]
    fn plain_text_splits_at_blank_lines() {
        let clock = ManualClock::new();
        let mut source =
            ScriptedAnswers::from_plain_text("first line\nsecond line\n\n\n  \nnext\n", clock);
        let prompt = AnswerPrompt {
            kind: PromptKind::Question,
            window: TimeWindow { min: 1, max: 2 },
            allowance: 2,
        };
        assert_eq!(
            source.answer(&prompt).expect("scripted"),
            Response::Text {
                text: "first line\nsecond line".into(),
                spoken: None
            }
        );
        assert!(matches!(source.answer(&prompt), Ok(Response::Text { .. })));
        assert_eq!(source.answer(&prompt).expect("scripted"), Response::Skip);
    }

    #[test]
    fn scripted_answers_take_their_speaking_time() {
        let clock = ManualClock::new();
        let mut source = ScriptedAnswers::new(vec![Some("word ".repeat(140)), None], clock.clone());
        let prompt = AnswerPrompt {
            kind: PromptKind::Question,
            window: TimeWindow { min: 1, max: 2 },
            allowance: 2,
        };
        let _ = source.answer(&prompt);
        assert_eq!(clock.now(), Duration::from_secs(60));
        assert_eq!(source.answer(&prompt).expect("scripted"), Response::Skip);
        assert_eq!(clock.now(), Duration::from_secs(60));
    }
}
