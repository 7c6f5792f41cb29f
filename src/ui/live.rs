//! A person at a terminal: a thinking countdown, answers typed in a line editor with time
//! notices that never break the line being typed, and a speaking timer for `--speak`.

use std::io::{self, Write};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Arc, Mutex};

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Editor, Event, EventContext, EventHandler,
    ExternalPrinter, Helper, KeyEvent, RepeatCount,
};

use crate::session::{AnswerPrompt, AnswerSource, PromptKind, Response, ThinkOutcome, Timing};

use super::keys::{Key, KeyWatcher};
use super::score_report::pace_words;
use super::session_view::duration;
use crate::score::Pace;

const TICK: Duration = Duration::from_millis(100);

/// What the candidate chose after Ctrl-C.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Skip,
    End,
    CarryOn,
}

/// Answers typed (or spoken, with `--speak`) by a person at a terminal.
pub struct LiveAnswers {
    editor: Editor<AnswerEditing, DefaultHistory>,
    /// What was typed when Ctrl-C was pressed.
    interrupted_text: Arc<Mutex<String>>,
    speak: bool,
    notices: Option<Notices>,
}

impl LiveAnswers {
    pub fn new(speak: bool) -> Result<Self, ReadlineError> {
        let mut editor = Editor::with_config(Config::builder().auto_add_history(false).build())?;
        editor.set_helper(Some(AnswerEditing { multi_line: false }));
        let interrupted_text = Arc::new(Mutex::new(String::new()));
        editor.bind_sequence(
            KeyEvent::ctrl('C'),
            EventHandler::Conditional(Box::new(KeepOnInterrupt(interrupted_text.clone()))),
        );
        // The printer needs a terminal on both ends; without one, the prompt shows the time.
        let notices = editor.create_external_printer().ok().map(Notices::start);
        Ok(LiveAnswers {
            editor,
            interrupted_text,
            speak,
            notices,
        })
    }

    fn set_multi_line(&mut self, on: bool) {
        if let Some(helper) = self.editor.helper_mut() {
            helper.multi_line = on;
        }
    }

    /// After Ctrl-C: skip the question, end the session, or carry on.
    fn choose_after_interrupt(&mut self) -> io::Result<Choice> {
        self.set_multi_line(false);
        loop {
            match self
                .editor
                .readline("  Skip this question [s], end the session [e], or carry on [Enter]? ")
            {
                Ok(line) => match line.trim().to_lowercase().as_str() {
                    "" | "c" => return Ok(Choice::CarryOn),
                    "s" | "skip" => return Ok(Choice::Skip),
                    "e" | "end" | "q" => return Ok(Choice::End),
                    _ => continue,
                },
                Err(ReadlineError::Interrupted | ReadlineError::Eof) => return Ok(Choice::End),
                Err(e) => return Err(io::Error::other(e)),
            }
        }
    }

    /// A bar counting seconds; Enter stops it. Returns the time and how it stopped.
    fn timed_bar(
        &mut self,
        bar: &ProgressBar,
        limit: Option<Duration>,
    ) -> io::Result<(Duration, Option<Key>)> {
        let started = Instant::now();
        let mut keys = KeyWatcher::start()?;
        let key = loop {
            let elapsed = started.elapsed();
            if limit.is_some_and(|l| elapsed >= l) {
                break None;
            }
            bar.set_position(elapsed.as_secs());
            bar.tick();
            if let Some(key) = keys.wait(TICK)? {
                break Some(key);
            }
        };
        drop(keys);
        bar.finish_and_clear();
        Ok((started.elapsed(), key))
    }

    /// `--speak`: the candidate talks while a bar counts against the window; Enter stops it.
    fn speak(&mut self, prompt: &AnswerPrompt) -> io::Result<Result<Duration, Response>> {
        loop {
            let window = prompt.window;
            let bar = ProgressBar::with_draw_target(
                Some(u64::from(window.max)),
                ProgressDrawTarget::stderr(),
            );
            bar.set_style(
                ProgressStyle::with_template(&format!(
                    "  Speaking {{pos}} s of {} to {} s {{bar:30}}  Enter when you finish",
                    window.min, window.max
                ))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            let (spoken, key) = self.timed_bar(&bar, None)?;
            match key {
                Some(Key::Interrupt) => match self.choose_after_interrupt()? {
                    Choice::Skip => return Ok(Err(Response::Skip)),
                    Choice::End => return Ok(Err(Response::End { partial: None })),
                    Choice::CarryOn => continue,
                },
                Some(Key::EndOfInput) => return Ok(Err(Response::End { partial: None })),
                _ => {
                    let seconds = u32::try_from(spoken.as_secs()).unwrap_or(u32::MAX);
                    let verdict = pace_words(Pace::of(seconds, window));
                    println!(
                        "  You spoke for {} ({verdict}). Now type the key points, or paste what you said; an empty line sends it.",
                        duration(spoken.as_secs_f64())
                    );
                    return Ok(Ok(spoken));
                }
            }
        }
    }
}

impl AnswerSource for LiveAnswers {
    fn timing(&self) -> Timing {
        if self.speak {
            Timing::Spoken
        } else {
            Timing::Typed
        }
    }

    fn think(&mut self, seconds: u32) -> io::Result<ThinkOutcome> {
        if seconds == 0 {
            return Ok(ThinkOutcome::Answer);
        }
        let bar =
            ProgressBar::with_draw_target(Some(u64::from(seconds)), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "  Thinking time {bar:30} {pos}/{len} s  Enter to start answering",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        let (_, key) = self.timed_bar(&bar, Some(Duration::from_secs(seconds.into())))?;
        Ok(match key {
            Some(Key::Interrupt) => match self.choose_after_interrupt()? {
                Choice::Skip => ThinkOutcome::Skip,
                Choice::End => ThinkOutcome::End,
                Choice::CarryOn => ThinkOutcome::Answer,
            },
            Some(Key::EndOfInput) => ThinkOutcome::End,
            Some(Key::Enter) | None => ThinkOutcome::Answer,
        })
    }

    fn answer(&mut self, prompt: &AnswerPrompt) -> io::Result<Response> {
        let speaking = self.speak && prompt.kind != PromptKind::CandidateQuestions;
        let spoken = if speaking {
            match self.speak(prompt)? {
                Ok(spoken) => Some(spoken),
                Err(response) => return Ok(response),
            }
        } else {
            if let Some(notices) = &self.notices
                && prompt.kind != PromptKind::CandidateQuestions
            {
                notices.arm(prompt.allowance);
            }
            None
        };
        let result = self.read_lines(spoken);
        if let Some(notices) = &self.notices {
            notices.disarm();
        }
        result
    }
}

impl LiveAnswers {
    /// One answer of several lines, ending at an empty line. Read as a single editor buffer so
    /// pasted text and type-ahead are never lost between lines.
    fn read_lines(&mut self, spoken: Option<Duration>) -> io::Result<Response> {
        let mut kept = String::new();
        loop {
            self.set_multi_line(true);
            let line = if kept.is_empty() {
                self.editor.readline("› ")
            } else {
                self.editor.readline_with_initial("› ", (&kept, ""))
            };
            match line {
                Ok(text) => {
                    let text = text.trim_end().to_owned();
                    if !text.trim().is_empty() || spoken.is_some() {
                        return Ok(Response::Text { text, spoken });
                    }
                    println!("  (Type your answer first; an empty line sends it. Ctrl-C to skip.)");
                }
                Err(ReadlineError::Interrupted) => {
                    kept = take(&self.interrupted_text);
                    self.set_multi_line(false);
                    match self.choose_after_interrupt()? {
                        Choice::Skip => return Ok(Response::Skip),
                        Choice::End => {
                            let partial =
                                (!kept.trim().is_empty()).then(|| kept.trim_end().to_owned());
                            return Ok(Response::End { partial });
                        }
                        Choice::CarryOn => {}
                    }
                }
                Err(ReadlineError::Eof) => return Ok(Response::End { partial: None }),
                Err(e) => return Err(io::Error::other(e)),
            }
            let _ = io::stdout().flush();
        }
    }
}

fn take(shared: &Arc<Mutex<String>>) -> String {
    shared
        .lock()
        .map(|mut text| std::mem::take(&mut *text))
        .unwrap_or_default()
}

/// Makes Enter insert a new line until the answer ends with an empty line (while an answer is
/// read; a one-line reply such as the Ctrl-C menu ends at Enter).
struct AnswerEditing {
    multi_line: bool,
}

impl Validator for AnswerEditing {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if !self.multi_line {
            return Ok(ValidationResult::Valid(None));
        }
        let last_line_empty = input
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty());
        Ok(
            if input.trim().is_empty() || (input.contains('\n') && last_line_empty) {
                ValidationResult::Valid(None)
            } else {
                ValidationResult::Incomplete
            },
        )
    }
}

impl Completer for AnswerEditing {
    type Candidate = String;
}

impl Hinter for AnswerEditing {
    type Hint = String;
}

impl Highlighter for AnswerEditing {}

impl Helper for AnswerEditing {}

/// Keeps what was typed when Ctrl-C is pressed, so "carry on" can give it back.
struct KeepOnInterrupt(Arc<Mutex<String>>);

impl ConditionalEventHandler for KeepOnInterrupt {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext<'_>) -> Option<Cmd> {
        if let Ok(mut kept) = self.0.lock() {
            ctx.line().clone_into(&mut kept);
        }
        Some(Cmd::Interrupt)
    }
}

/// Short time notices ("30 s left", "time's up") printed above the line being typed, from a
/// thread that sleeps until each one is due.
struct Notices {
    commands: Sender<Option<Instant>>,
    _thread: JoinHandle<()>,
}

impl Notices {
    fn start(mut printer: impl ExternalPrinter + Send + 'static) -> Self {
        let (commands, received) = mpsc::channel::<Option<Instant>>();
        let thread = std::thread::spawn(move || {
            let mut due: Vec<(Instant, String)> = Vec::new();
            loop {
                let wait = due
                    .first()
                    .map(|(at, _)| at.saturating_duration_since(Instant::now()));
                let command = match wait {
                    Some(wait) => received.recv_timeout(wait),
                    None => received.recv().map_err(|_| RecvTimeoutError::Disconnected),
                };
                match command {
                    Ok(Some(deadline)) => due = schedule(deadline),
                    Ok(None) => due.clear(),
                    Err(RecvTimeoutError::Timeout) => {
                        let (_, text) = due.remove(0);
                        let _ = printer.print(text);
                    }
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        });
        Notices {
            commands,
            _thread: thread,
        }
    }

    /// Starts the notices for an answer that may take `allowance` seconds from now.
    fn arm(&self, allowance: u32) {
        let deadline = Instant::now() + Duration::from_secs(allowance.into());
        let _ = self.commands.send(Some(deadline));
    }

    fn disarm(&self) {
        let _ = self.commands.send(None);
    }
}

/// The notices due before `deadline`, soonest first: each minute gone, 30 s left, time's up.
fn schedule(deadline: Instant) -> Vec<(Instant, String)> {
    let now = Instant::now();
    let left = deadline.saturating_duration_since(now);
    let mut due: Vec<(Instant, String)> = (1..)
        .map(|minutes| (now + Duration::from_secs(60 * minutes), minutes))
        .take_while(|(at, _)| *at + Duration::from_secs(30) < deadline)
        .map(|(at, minutes)| {
            let before = deadline.saturating_duration_since(at).as_secs_f64();
            (
                at,
                format!(
                    "  ⏱ {minutes} min gone, {} before overtime",
                    duration(before)
                ),
            )
        })
        .collect();
    if left > Duration::from_secs(60) {
        due.push((
            deadline - Duration::from_secs(30),
            "  ⏱ 30 s left".to_owned(),
        ));
    }
    due.push((
        deadline,
        "  ⏱ Time's up: finish your point. The extra time is recorded as overtime.".to_owned(),
    ));
    due
}
