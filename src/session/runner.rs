//! The session loop: ask, read the answer (timed), score, follow up, tell the observers.

use std::io;

use crate::bank::{Category, TimeWindow};
use crate::score::{AnswerContext, judge_questions, score_answer, speaking_seconds};

use super::clock::Clock;
use super::followup::{FollowUp, filled_by, next_follow_up};
use super::plan::{Plan, PlannedQuestion};
use super::record::{Answer, Ending, FollowUpRecord, Mode, QuestionRecord, Reply, SessionRecord};
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

/// Nobody watching: for callers that only want the record `run_session` returns.
impl SessionObserver for () {
    fn on_event(&mut self, _: Event<'_>) -> io::Result<()> {
        Ok(())
    }
}

/// Two observers, told in order (save first, then show).
impl<A: SessionObserver, B: SessionObserver> SessionObserver for (A, B) {
    fn on_event(&mut self, event: Event<'_>) -> io::Result<()> {
        self.0.on_event(event)?;
        self.1.on_event(event)
    }
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
            candidate_questions_feedback: None,
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
            // Having no questions is worth feedback too, unless the session was cut short.
            if flow == Flow::Continue || !text.trim().is_empty() {
                self.record.candidate_questions_feedback = Some(judge_questions(&text));
            }
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
        let mut answer = Answer {
            score: score_answer(&text, &AnswerContext::new(category, Some(question))),
            timing: self.record.timing,
            wall_seconds: round_tenths(wall.as_secs_f64()),
            speaking_seconds: round_tenths(
                spoken.map_or_else(|| speaking_seconds(&text), |d| d.as_secs_f64()),
            ),
            overtime_seconds: 0.0,
            text,
        };
        answer.overtime_seconds =
            round_tenths((answer.clock_seconds() - f64::from(prompt.allowance)).max(0.0));
        Ok((Reply::Answered(Box::new(answer)), flow))
    }
}

fn round_tenths(seconds: f64) -> f64 {
    (seconds * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::time::Duration;

    use super::*;
    use crate::bank::Bank;
    use crate::session::clock::ManualClock;
    use crate::session::plan::plan_drill;
    use crate::session::record::Timing;

    /// Replies from a list, taking a fixed time on a shared clock.
    struct Replies {
        replies: VecDeque<Response>,
        clock: ManualClock,
        seconds_each: u64,
        timing: Timing,
    }

    impl AnswerSource for Replies {
        fn timing(&self) -> Timing {
            self.timing
        }
        fn think(&mut self, _: u32) -> io::Result<ThinkOutcome> {
            Ok(ThinkOutcome::Answer)
        }
        fn answer(&mut self, _: &AnswerPrompt) -> io::Result<Response> {
            self.clock.advance(Duration::from_secs(self.seconds_each));
            Ok(self.replies.pop_front().unwrap_or(Response::Skip))
        }
    }

    /// Counts what happened and keeps the record as it was after each answer.
    #[derive(Default)]
    struct Log {
        saved: Vec<SessionRecord>,
        asked: usize,
        ended: Option<Ending>,
    }

    impl SessionObserver for Log {
        fn on_event(&mut self, event: Event<'_>) -> io::Result<()> {
            match event {
                Event::Asking { .. } => self.asked += 1,
                Event::Recorded { record, .. } => self.saved.push(record.clone()),
                Event::Ended { record } => self.ended = Some(record.ending),
                Event::Started { .. } | Event::AskingCandidateQuestions { .. } => {}
            }
            Ok(())
        }
    }

    fn text(t: &str) -> Response {
        Response::Text {
            text: t.into(),
            spoken: None,
        }
    }

    fn run(replies: Vec<Response>, timing: Timing, follow_ups: usize) -> (SessionRecord, Log) {
        let bank = Bank::default_bank().expect("the built-in bank loads");
        let plan = plan_drill(bank.category("conflict").expect("conflict"), 3, 1);
        let clock = ManualClock::new();
        let mut source = Replies {
            replies: replies.into(),
            clock: clock.clone(),
            seconds_each: 200,
            timing,
        };
        let mut log = Log::default();
        let options = Options {
            think_seconds: 10,
            follow_ups,
            ask_candidate_questions: false,
        };
        let record = run_session(
            &plan,
            Mode::Drill {
                category: "conflict".into(),
            },
            &options,
            &mut source,
            &clock,
            &mut log,
        )
        .expect("runs");
        (record, log)
    }

    #[test]
    fn every_answer_is_reported_as_soon_as_it_is_recorded() {
        let (record, log) = run(
            vec![text("I fixed it."), Response::Skip, text("I rang them.")],
            Timing::Typed,
            0,
        );
        assert_eq!(record.ending, Ending::Completed);
        assert_eq!(log.saved.len(), 3);
        assert_eq!(log.saved[0].questions.len(), 1);
        assert!(log.saved[0].questions[0].reply.answer().is_some());
        assert_eq!(log.saved[1].questions[1].reply, Reply::Skipped);
        assert_eq!(log.ended, Some(Ending::Completed));
    }

    #[test]
    fn ending_early_keeps_the_half_typed_answer_and_asks_nothing_more() {
        let (record, log) = run(
            vec![
                text("I fixed it."),
                Response::End {
                    partial: Some("I started to".into()),
                },
            ],
            Timing::Typed,
            0,
        );
        assert_eq!(record.ending, Ending::EndedEarly);
        assert_eq!(record.questions.len(), 2);
        let kept = record.questions[1].reply.answer().expect("kept");
        assert_eq!(kept.text, "I started to");
        assert_eq!(log.asked, 2);
    }

    #[test]
    fn typed_answers_get_the_typing_allowance_and_overtime_past_it() {
        // 200 s of typing: inside 3 × 90 s.
        let (record, _) = run(vec![text("I fixed it.")], Timing::Typed, 0);
        let answer = record.questions[0].reply.answer().expect("answered");
        assert_eq!(answer.wall_seconds, 200.0);
        assert_eq!(answer.overtime_seconds, 0.0);
        // Spoken for 120 s against a 90 s window: 30 s over.
        let spoken = Response::Text {
            text: "I fixed it.".into(),
            spoken: Some(Duration::from_secs(120)),
        };
        let (record, _) = run(vec![spoken], Timing::Spoken, 0);
        let answer = record.questions[0].reply.answer().expect("answered");
        assert_eq!(answer.speaking_seconds, 120.0);
        assert_eq!(answer.overtime_seconds, 30.0);
    }

    #[test]
    fn follow_ups_are_asked_up_to_the_limit_and_recorded() {
        let (record, log) = run(
            vec![
                text("We had a dispute. We talked. It was fine."),
                text("I said we should wait."),
                text("Nothing, really."),
            ],
            Timing::Scripted,
            2,
        );
        let first = &record.questions[0];
        assert_eq!(first.follow_ups.len(), 2);
        assert_ne!(
            first.follow_ups[0].follow_up.text,
            first.follow_ups[1].follow_up.text
        );
        // 3 questions + 2 follow-ups on the first; the skipped ones get none.
        assert_eq!(log.asked, 5);
    }
}
