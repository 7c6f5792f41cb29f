//! The session loop: ask, read the answer (timed), score, follow up, tell the observers.

use std::io;
use std::time::Duration;

use crate::bank::{Category, TimeWindow};
use crate::score::{AnswerContext, score_answer, speaking_seconds};

use super::clock::Clock;
use super::followup::{FollowUp, filled_by, next_follow_up};
use super::plan::{Plan, PlannedQuestion};
use super::record::{
    Answer, Ending, FollowUpRecord, Mode, QuestionRecord, Reply, SessionRecord, Timing,
};
use super::source::{AnswerPrompt, AnswerSource, PromptKind, Response, ThinkOutcome};

/// The text of the question that ends every mock.
pub const CANDIDATE_QUESTIONS_PROMPT: &str = "Do you have any questions for us?";

/// How a session runs.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Thinking time before each main question, in seconds (0 skips it).
    pub think_seconds: u32,
    /// Follow-ups per question at most (0 turns them off).
    pub follow_ups: usize,
    /// End with "Do you have any questions for us?".
    pub ask_candidate_questions: bool,
}

/// What happens, in order, for whoever shows or saves the session.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    Started {
        record: &'a SessionRecord,
    },
    /// A question (or follow-up) is about to be answered.
    Asking {
        number: usize,
        total: usize,
        category: &'a Category,
        text: &'a str,
        follow_up: Option<&'a FollowUp>,
        prompt: AnswerPrompt,
    },
    /// An answer or a skip was recorded (`follow_up` is the follow-up's index, if it was one).
    Recorded {
        record: &'a SessionRecord,
        question: &'a QuestionRecord,
        follow_up: Option<usize>,
    },
    AskingCandidateQuestions {
        prompt: AnswerPrompt,
    },
    Ended {
        record: &'a SessionRecord,
    },
}

pub trait SessionObserver {
    fn on_event(&mut self, event: Event<'_>) -> io::Result<()>;
}

/// The window for a follow-up reply: shorter than the main answer's.
pub fn follow_up_window(window: TimeWindow) -> TimeWindow {
    TimeWindow {
        min: (window.min / 4).max(5),
        max: (window.max / 2).max(15),
    }
}

/// Runs a whole session. An error from the answer source still ends the session properly (the
/// observers see `Ended` with everything answered so far) before it is returned.
pub fn run_session(
    plan: &Plan<'_>,
    mode: Mode,
    options: &Options,
    source: &mut dyn AnswerSource,
    clock: &dyn Clock,
    observer: &mut dyn SessionObserver,
) -> io::Result<SessionRecord> {
    let mut runner = Runner {
        record: SessionRecord {
            mode,
            seed: plan.seed,
            timing: source.timing(),
            planned: plan.questions.len(),
            questions: Vec::new(),
            candidate_questions: Vec::new(),
            ending: Ending::InProgress,
        },
        options,
        source,
        clock,
        observer,
    };
    runner.observer.on_event(Event::Started {
        record: &runner.record,
    })?;
    let outcome = runner.run_questions(plan);
    runner.record.ending = match outcome {
        Ok(Flow::Continue) => Ending::Completed,
        Ok(Flow::End) | Err(_) => Ending::EndedEarly,
    };
    runner.observer.on_event(Event::Ended {
        record: &runner.record,
    })?;
    outcome.map(|_| runner.record)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Continue,
    End,
}

struct Runner<'r> {
    record: SessionRecord,
    options: &'r Options,
    source: &'r mut dyn AnswerSource,
    clock: &'r dyn Clock,
    observer: &'r mut dyn SessionObserver,
}

impl Runner<'_> {
    fn run_questions(&mut self, plan: &Plan<'_>) -> io::Result<Flow> {
        let total = plan.questions.len();
        for (i, planned) in plan.questions.iter().enumerate() {
            if self.ask_question(i + 1, total, planned)? == Flow::End {
                return Ok(Flow::End);
            }
        }
        if self.options.ask_candidate_questions {
            let prompt = self.prompt(
                PromptKind::CandidateQuestions,
                TimeWindow { min: 10, max: 45 },
            );
            self.observer
                .on_event(Event::AskingCandidateQuestions { prompt })?;
            let (text, flow) = match self.source.answer(&prompt)? {
                Response::Text { text, .. } => (text, Flow::Continue),
                Response::End { partial } => (partial.unwrap_or_default(), Flow::End),
                Response::Skip => (String::new(), Flow::Continue),
            };
            self.record.candidate_questions = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
            return Ok(flow);
        }
        Ok(Flow::Continue)
    }

    fn prompt(&self, kind: PromptKind, window: TimeWindow) -> AnswerPrompt {
        AnswerPrompt {
            kind,
            window,
            allowance: self.record.timing.allowance(window),
        }
    }

    fn ask_question(
        &mut self,
        number: usize,
        total: usize,
        planned: &PlannedQuestion<'_>,
    ) -> io::Result<Flow> {
        let PlannedQuestion { category, question } = *planned;
        let prompt = self.prompt(PromptKind::Question, category.time_window);
        self.record.questions.push(QuestionRecord {
            number,
            category: category.id.clone(),
            question_id: question.id.clone(),
            question: question.text.clone(),
            window: category.time_window,
            reply: Reply::Skipped,
            follow_ups: Vec::new(),
        });
        self.observer.on_event(Event::Asking {
            number,
            total,
            category,
            text: &question.text,
            follow_up: None,
            prompt,
        })?;
        let (reply, flow) = match self.source.think(self.options.think_seconds)? {
            ThinkOutcome::Answer => self.take_answer(&prompt, category, &question.text)?,
            ThinkOutcome::Skip => (Reply::Skipped, Flow::Continue),
            ThinkOutcome::End => (Reply::Skipped, Flow::End),
        };
        let main_score = reply.answer().map(|a| a.score.clone());
        self.last_question().reply = reply;
        self.recorded(None)?;
        let Some(main_score) = main_score else {
            return Ok(flow);
        };
        if flow == Flow::End {
            return Ok(flow);
        }

        let follow_up_window = follow_up_window(category.time_window);
        for _ in 0..self.options.follow_ups {
            // Gaps come from the main answer; one follow-up per gap.
            let asked: Vec<FollowUp> = self
                .last_question()
                .follow_ups
                .iter()
                .map(|f| f.follow_up.clone())
                .collect();
            let Some(follow_up) = next_follow_up(&main_score, category.structure, question, &asked)
            else {
                break;
            };
            let prompt = self.prompt(PromptKind::FollowUp, follow_up_window);
            self.observer.on_event(Event::Asking {
                number,
                total,
                category,
                text: &follow_up.text,
                follow_up: Some(&follow_up),
                prompt,
            })?;
            let (reply, flow) = self.take_answer(&prompt, category, &follow_up.text)?;
            let filled_by = reply.answer().and_then(|a| filled_by(&follow_up, &a.score));
            self.last_question().follow_ups.push(FollowUpRecord {
                follow_up,
                reply,
                filled_by,
            });
            let index = self.last_question().follow_ups.len() - 1;
            self.recorded(Some(index))?;
            if flow == Flow::End {
                return Ok(flow);
            }
        }
        Ok(Flow::Continue)
    }

    fn last_question(&mut self) -> &mut QuestionRecord {
        self.record
            .questions
            .last_mut()
            .expect("a question is pushed before it is answered")
    }

    fn recorded(&mut self, follow_up: Option<usize>) -> io::Result<()> {
        let record = &self.record;
        let Some(question) = record.questions.last() else {
            return Ok(());
        };
        self.observer.on_event(Event::Recorded {
            record,
            question,
            follow_up,
        })
    }

    /// Reads, times and scores one answer to `question`.
    fn take_answer(
        &mut self,
        prompt: &AnswerPrompt,
        category: &Category,
        question: &str,
    ) -> io::Result<(Reply, Flow)> {
        let started = self.clock.now();
        let response = self.source.answer(prompt)?;
        let wall = self.clock.now().saturating_sub(started);
        let (text, spoken, flow) = match response {
            Response::Text { text, spoken } => (text, spoken, Flow::Continue),
            Response::Skip => return Ok((Reply::Skipped, Flow::Continue)),
            Response::End { partial: None } => return Ok((Reply::Skipped, Flow::End)),
            Response::End {
                partial: Some(text),
            } => (text, None, Flow::End),
        };
        // Spoken with no notes typed still counts: the time was real.
        if text.trim().is_empty() && spoken.is_none() {
            return Ok((Reply::Skipped, flow));
        }
        let timing = self.record.timing;
        let speaking = spoken.map_or_else(|| speaking_seconds(&text), |d| d.as_secs_f64());
        let measured = match timing {
            Timing::Typed | Timing::Scripted => wall,
            Timing::Spoken => spoken.unwrap_or(wall),
        };
        let overtime = measured.saturating_sub(Duration::from_secs(prompt.allowance.into()));
        let score = score_answer(&text, &AnswerContext::new(category, Some(question)));
        Ok((
            Reply::Answered(Box::new(Answer {
                text,
                timing,
                wall_seconds: round_tenths(wall.as_secs_f64()),
                speaking_seconds: round_tenths(speaking),
                overtime_seconds: round_tenths(overtime.as_secs_f64()),
                score,
            })),
            flow,
        ))
    }
}

fn round_tenths(seconds: f64) -> f64 {
    (seconds * 10.0).round() / 10.0
}
