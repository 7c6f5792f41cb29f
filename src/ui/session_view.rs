//! How a session looks: the question headers, the feedback after each answer, and the summary.
//! Live and scripted sessions print the same text.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::bank::Category;
use crate::score::{Part, expected_parts};
use crate::session::{
    AnswerPrompt, CANDIDATE_QUESTIONS_PROMPT, Event, FollowUp, FollowUpRecord, PromptKind,
    QuestionRecord, Reply, SessionObserver, SessionRecord, Summary, SummaryRow, Timing,
};
use crate::stories::{StoryCheck, best_story, takes_a_story};

use super::score_report::{judged_questions, missing_part_hint, pace_words, quoted, tick};
use super::{Palette, sanitize, wrap};

const WIDTH: usize = 84;
const INDENT: &str = "   ";

/// When feedback is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackTiming {
    /// After every answer.
    Now,
    /// All at the end, as in a real interview.
    End,
}

/// Prints a session as it happens.
pub struct SessionView<W: Write> {
    out: W,
    palette: Palette,
    feedback: FeedbackTiming,
    /// Whether the seed came from `--seed` (else it is shown so the session can be repeated).
    seed_given: bool,
    /// The candidate's stories, to name the one that fits each question (`--stories`).
    stories: Option<Vec<StoryCheck>>,
}

impl<W: Write> SessionView<W> {
    pub fn new(out: W, palette: Palette, feedback: FeedbackTiming, seed_given: bool) -> Self {
        SessionView {
            out,
            palette,
            feedback,
            seed_given,
            stories: None,
        }
    }

    /// Names the best-fitting story before each main question.
    pub fn with_stories(mut self, stories: Vec<StoryCheck>) -> Self {
        self.stories = Some(stories);
        self
    }

    /// "Your story: 3 "Wrong figures" (shows ...)", or that none fits yet.
    fn story_hint(&self, category: &Category, question: &str) -> Option<String> {
        let stories = self.stories.as_ref()?;
        if !takes_a_story(category) {
            return None;
        }
        let p = &self.palette;
        let line = match best_story(stories, category, question) {
            Some(fit) => format!(
                "{} {}. \"{}\" ({})",
                p.emphasis.apply_to("Your story:"),
                fit.index + 1,
                sanitize(&fit.title),
                fit.why
            ),
            None => format!(
                "{} {}",
                p.emphasis.apply_to("Your story:"),
                p.dim
                    .apply_to("none of yours fits this one yet; note the example you use today")
            ),
        };
        Some(format!(
            "{INDENT}{}\n",
            wrap(&line, WIDTH, &format!("{INDENT}  "))
        ))
    }

    fn started(&mut self, record: &SessionRecord) -> String {
        let what = record.mode.title();
        let mut text = format!(
            "{} · {} question{}",
            self.palette.heading.apply_to(sanitize(&what)),
            record.planned,
            if record.planned == 1 { "" } else { "s" },
        );
        // Due questions come from the schedule, not from a seed.
        if record.mode.is_seeded() {
            let _ = write!(text, " · seed {}", record.seed);
            if !self.seed_given {
                let _ = write!(text, " (repeat it with --seed {})", record.seed);
            }
        }
        text.push('\n');
        let how = match record.timing {
            Timing::Typed => {
                "Type your answer; an empty line sends it. Ctrl-C skips or ends, Ctrl-D ends the session."
            }
            Timing::Spoken => {
                "Say your answer out loud and press Enter when you finish; then type the key points. Ctrl-C skips or ends."
            }
            Timing::Scripted => "Answers come from a script, timed by how long they take to say.",
        };
        let _ = writeln!(text, "{}", self.palette.dim.apply_to(how));
        text
    }

    fn asking(
        &self,
        number: usize,
        total: usize,
        category: &Category,
        text: &str,
        follow_up: Option<&FollowUp>,
        prompt: AnswerPrompt,
    ) -> String {
        let mut out = String::new();
        match follow_up {
            None => {
                let _ = writeln!(
                    out,
                    "\n{}",
                    self.palette.heading.apply_to(format!(
                        "━━ Question {number} of {total} · {}",
                        sanitize(&category.title)
                    ))
                );
                let _ = writeln!(
                    out,
                    "{INDENT}{}",
                    self.palette.dim.apply_to(wrap(
                        &format!("Tests: {}", sanitize(&category.testing)),
                        WIDTH,
                        INDENT
                    ))
                );
                let _ = writeln!(
                    out,
                    "\n{INDENT}{}\n",
                    self.palette
                        .emphasis
                        .apply_to(wrap(&sanitize(text), WIDTH, INDENT))
                );
                if let Some(hint) = self.story_hint(category, text) {
                    out.push_str(&hint);
                }
            }
            Some(f) => {
                let _ = writeln!(
                    out,
                    "\n{INDENT}{} {}",
                    self.palette.heading.apply_to("↳ Follow-up:"),
                    self.palette.emphasis.apply_to(wrap(
                        &sanitize(&f.text),
                        WIDTH - 14,
                        &format!("{INDENT}{:13}", "")
                    ))
                );
                // Saying why would give the feedback away before the end.
                if self.feedback == FeedbackTiming::Now {
                    let why = format!("Asked because {}. {}", f.because, aim(prompt));
                    let _ = writeln!(
                        out,
                        "{INDENT}{}",
                        self.palette.dim.apply_to(wrap(&why, WIDTH, INDENT))
                    );
                    return out;
                }
            }
        }
        let _ = writeln!(out, "{INDENT}{}", self.palette.dim.apply_to(aim(prompt)));
        out
    }

    fn recorded(
        &self,
        question: &QuestionRecord,
        follow_up: Option<usize>,
        timing: Timing,
    ) -> String {
        let mut out = String::new();
        let reply = match follow_up {
            None => &question.reply,
            Some(i) => match question.follow_ups.get(i) {
                Some(f) => &f.reply,
                None => return out,
            },
        };
        let Reply::Answered(answer) = reply else {
            let _ = writeln!(out, "{INDENT}{}", self.palette.dim.apply_to("(skipped)"));
            return out;
        };
        if timing == Timing::Scripted {
            out.push_str(&answer_text(&answer.text, &self.palette));
        }
        if self.feedback == FeedbackTiming::Now {
            out.push_str(&feedback_for(&self.palette, question, follow_up));
        }
        out
    }

    fn ended(&self, record: &SessionRecord) -> String {
        let mut out = String::new();
        let p = &self.palette;
        if self.feedback == FeedbackTiming::End {
            let _ = writeln!(out, "\n{}", p.heading.apply_to("━━ Feedback"));
            out.push_str(&questions_with_feedback(record, p, false));
        }
        out.push_str(&candidate_questions_feedback(record, p));
        out.push_str(&render_summary(record, &Summary::of(record), p));
        out
    }
}

/// The feedback on one answer, or on the reply to one of its follow-ups.
fn feedback_for(p: &Palette, question: &QuestionRecord, follow_up: Option<usize>) -> String {
    match follow_up {
        None => answer_feedback(p, question),
        Some(i) => question
            .follow_ups
            .get(i)
            .map(|f| follow_up_feedback(p, question, f))
            .unwrap_or_default(),
    }
}

/// Whether the reply gave what the follow-up asked for, and its time.
fn follow_up_feedback(p: &Palette, question: &QuestionRecord, f: &FollowUpRecord) -> String {
    let mut out = String::new();
    let Some(answer) = f.reply.answer() else {
        return out;
    };
    match &f.filled_by {
        Some(words) if words.is_empty() => {
            let _ = writeln!(out, "\n{INDENT}{} That answers it.", tick(p, true));
        }
        Some(words) => {
            let _ = writeln!(
                out,
                "\n{INDENT}{} {}",
                tick(p, true),
                wrap(
                    &format!("That fills the gap: {}", quoted(words)),
                    WIDTH - 2,
                    &format!("{INDENT}  ")
                )
            );
        }
        None => {
            let _ = writeln!(
                out,
                "\n{INDENT}{} {}",
                tick(p, false),
                wrap(
                    &format!("Not yet: {}.", f.follow_up.because),
                    WIDTH - 2,
                    &format!("{INDENT}  ")
                )
            );
        }
    }
    let _ = writeln!(out, "{INDENT}{}", time_line(answer, question, true));
    out
}

fn answer_feedback(p: &Palette, question: &QuestionRecord) -> String {
    let mut out = String::new();
    let Some(answer) = question.reply.answer() else {
        return out;
    };
    let score = &answer.score;
    let headline = match score.story_framework() {
        Some(framework) => format!("Score {}/100 · fits {}", score.score, framework.label()),
        None => format!("Score {}/100", score.score),
    };
    let _ = writeln!(out, "\n{INDENT}{}", p.heading.apply_to(headline));

    for part in expected_parts(score.structure) {
        let finding = score.part(*part);
        let detail = match finding.evidence.first() {
            Some(e) if finding.present => quoted(e),
            _ => p.dim.apply_to(missing_part_hint(*part)).to_string(),
        };
        let _ = writeln!(
            out,
            "{INDENT}{} {:<10} {}",
            tick(p, finding.present),
            part.name(),
            wrap(&detail, WIDTH - 14, &format!("{INDENT}             "))
        );
    }
    if !score.checklist.items().is_empty() {
        let items = score
            .checklist
            .items()
            .iter()
            .map(|i| (format!("{} {}", tick(p, i.met), i.name), i.name.len() + 2));
        let _ = writeln!(out, "{INDENT}{}", wrap_items("Checklist:", items));
    }
    if let Some(asked) = &score.asked {
        out.push_str(&judged_questions(p, asked, INDENT, WIDTH));
    } else {
        out.push_str(&numbers_line(p, score));
    }
    let _ = writeln!(out, "{INDENT}{}", time_line(answer, question, false));
    let flags = &score.flags;
    for e in flags
        .badmouthing_evidence
        .iter()
        .chain(&flags.cliche_evidence)
    {
        let _ = writeln!(
            out,
            "{INDENT}{} red flag: {}",
            p.bad.apply_to("!"),
            quoted(e)
        );
    }
    out.push_str(&tip_line(score, p));
    out
}

/// The numbers the answer stated, quoted.
fn numbers_line(p: &Palette, score: &crate::score::Score) -> String {
    let numbers = if score.metrics.is_empty() {
        p.dim.apply_to("none stated").to_string()
    } else {
        score
            .metrics
            .iter()
            .map(|m| quoted(&m.text))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{INDENT}{}\n",
        wrap(&format!("Numbers: {numbers}"), WIDTH, INDENT)
    )
}

/// The most important tip, if there is one.
pub(super) fn tip_line(score: &crate::score::Score, p: &Palette) -> String {
    score.tips.first().map_or_else(String::new, |tip| {
        format!(
            "{INDENT}{} {}\n",
            p.emphasis.apply_to("Tip:"),
            wrap(&sanitize(tip), WIDTH - 5, &format!("{INDENT}     "))
        )
    })
}

/// An answer as given, behind a quote bar.
pub(super) fn answer_text(text: &str, p: &Palette) -> String {
    let mut out = String::new();
    for line in wrap(&sanitize(text), WIDTH - 2, "").lines() {
        let _ = writeln!(out, "{INDENT}{} {line}", p.dim.apply_to("│"));
    }
    out
}

/// Every question with its feedback and follow-ups (and, with `answers`, the words given).
fn questions_with_feedback(record: &SessionRecord, p: &Palette, answers: bool) -> String {
    let mut out = String::new();
    for q in &record.questions {
        let _ = writeln!(
            out,
            "\n{INDENT}{}",
            p.heading.apply_to(wrap(
                &format!("{}. {}", q.number, sanitize(&q.question)),
                WIDTH,
                INDENT
            ))
        );
        match q.reply.answer() {
            None => {
                let _ = writeln!(out, "{INDENT}{}", p.dim.apply_to("(skipped)"));
            }
            Some(a) if answers => out.push_str(&answer_text(&a.text, p)),
            Some(_) => {}
        }
        out.push_str(&feedback_for(p, q, None));
        for (i, f) in q.follow_ups.iter().enumerate() {
            let _ = writeln!(
                out,
                "\n{INDENT}↳ {}",
                wrap(
                    &format!(
                        "{} (asked because {})",
                        sanitize(&f.follow_up.text),
                        f.follow_up.because
                    ),
                    WIDTH - 2,
                    &format!("{INDENT}  ")
                )
            );
            match f.reply.answer() {
                None => {
                    let _ = writeln!(out, "{INDENT}{}", p.dim.apply_to("(skipped)"));
                }
                Some(a) if answers => out.push_str(&answer_text(&a.text, p)),
                Some(_) => {}
            }
            out.push_str(&feedback_for(p, q, Some(i)));
        }
    }
    out
}

/// A saved session in full, for `rehearse review show`: every question, the answer as given,
/// its feedback and follow-ups, the candidate's questions, and the summary.
pub fn render_session(record: &SessionRecord, heading: &str, p: &Palette) -> String {
    let mut out = format!("{}\n", p.heading.apply_to(heading));
    out.push_str(&questions_with_feedback(record, p, true));
    out.push_str(&candidate_questions_feedback(record, p));
    out.push_str(&render_summary(record, &Summary::of(record), p));
    out
}

/// The candidate's own questions at the end of a mock, each judged, and a stronger one to add.
/// Sessions saved before questions were judged list them as asked.
fn candidate_questions_feedback(record: &SessionRecord, p: &Palette) -> String {
    let mut out = String::new();
    let Some(feedback) = &record.candidate_questions_feedback else {
        if !record.candidate_questions.is_empty() {
            let _ = writeln!(
                out,
                "\n{INDENT}{}",
                p.heading.apply_to("Your questions for them")
            );
            for question in &record.candidate_questions {
                let _ = writeln!(
                    out,
                    "{INDENT}- {}",
                    wrap(&sanitize(question), WIDTH - 2, &format!("{INDENT}  "))
                );
            }
        }
        return out;
    };
    let strong = feedback.strong().count();
    let _ = writeln!(
        out,
        "\n{INDENT}{} {}",
        p.heading.apply_to("Your questions:"),
        match feedback.asked.len() {
            0 => "none asked".to_owned(),
            n => format!("{strong} of {n} strong"),
        }
    );
    out.push_str(&judged_questions(p, feedback, INDENT, WIDTH));
    for tip in &feedback.tips {
        let _ = writeln!(
            out,
            "{INDENT}{} {}",
            p.emphasis.apply_to("Tip:"),
            wrap(&sanitize(tip), WIDTH - 5, &format!("{INDENT}     "))
        );
    }
    out
}

/// Lays out `(text, visible width)` items after a label, never breaking inside an item.
fn wrap_items(label: &str, items: impl Iterator<Item = (String, usize)>) -> String {
    let mut out = label.to_owned();
    let mut line_len = label.chars().count();
    for (text, width) in items {
        if line_len + 2 + width > WIDTH {
            out.push('\n');
            out.push_str(INDENT);
            out.push_str(&" ".repeat(label.chars().count()));
            line_len = label.chars().count();
        }
        out.push_str("  ");
        out.push_str(&text);
        line_len += 2 + width;
    }
    out
}

/// "Aim for 60 to 90 s", with the typing allowance when answers are typed.
fn aim(prompt: AnswerPrompt) -> String {
    let w = prompt.window;
    match prompt.kind {
        PromptKind::CandidateQuestions => "One question per line; an empty line ends.".to_owned(),
        _ if prompt.allowance > w.max => format!(
            "Aim for {} to {} s spoken (typing: about {} before overtime).",
            w.min,
            w.max,
            duration(f64::from(prompt.allowance))
        ),
        _ => format!("Aim for {} to {} s.", w.min, w.max),
    }
}

fn time_line(
    answer: &crate::session::Answer,
    question: &QuestionRecord,
    follow_up: bool,
) -> String {
    let window = if follow_up {
        crate::session::follow_up_window(question.window)
    } else {
        question.window
    };
    let d = &answer.score.delivery;
    let said = match answer.timing {
        Timing::Spoken => format!("spoke for {}", duration(answer.speaking_seconds)),
        _ => format!("about {} to say", duration(answer.speaking_seconds)),
    };
    let mut line = format!("Time: {said} against {} to {} s", window.min, window.max);
    if !follow_up {
        let _ = write!(line, " ({})", pace_words(d.pace));
    }
    if answer.timing == Timing::Typed {
        let _ = write!(line, "; typed in {}", duration(answer.wall_seconds));
    }
    if answer.overtime_seconds > 0.0 {
        let _ = write!(line, "; {} overtime", duration(answer.overtime_seconds));
    }
    line
}

/// "45 s", "3 min 10 s".
pub fn duration(seconds: f64) -> String {
    let total = seconds.round().max(0.0) as u64;
    match (total / 60, total % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// The parts an answer has as letters ("S · A R" when the task is missing), or for a category
/// judged by its checklist alone, how many items it met.
pub fn parts_column(answer: &crate::session::Answer) -> String {
    let score = &answer.score;
    let expected = expected_parts(score.structure);
    if expected.is_empty() {
        let items = score.checklist.items();
        return format!(
            "checklist {}/{}",
            items.iter().filter(|i| i.met).count(),
            items.len()
        );
    }
    Part::ALL
        .into_iter()
        .filter(|&p| expected.contains(&p) || score.part(p).present)
        .map(|p| {
            if score.part(p).present {
                p.name()[..1].to_uppercase()
            } else {
                "·".to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "1/2 follow-ups answered", or nothing when none were asked.
fn follow_up_column(row: &SummaryRow) -> String {
    match row.follow_ups_asked {
        0 => String::new(),
        asked => format!("  follow-ups {}/{asked}", row.follow_ups_filled),
    }
}

/// The end-of-session table and what to do next.
pub fn render_summary(record: &SessionRecord, summary: &Summary, p: &Palette) -> String {
    let mut out = String::new();
    let ending = match record.ending {
        crate::session::Ending::EndedEarly => " (ended early)",
        _ => "",
    };
    let _ = writeln!(
        out,
        "\n{}",
        p.heading.apply_to(format!("━━ Summary{ending}"))
    );
    if summary.rows.is_empty() {
        let _ = writeln!(out, "{INDENT}No questions were asked.");
        return out;
    }
    let _ = writeln!(
        out,
        "{INDENT}{:>2}  {:<16} {:>7}  {:<22} PARTS",
        "#", "CATEGORY", "SCORE", "TIME"
    );
    for (row, q) in summary.rows.iter().zip(&record.questions) {
        let score = row
            .score
            .map_or_else(|| "skipped".to_owned(), |s| s.to_string());
        let time = match row.seconds {
            None => String::new(),
            Some(secs) if row.overtime_seconds > 0.0 => format!(
                "{} (+{} over)",
                duration(secs),
                duration(row.overtime_seconds)
            ),
            Some(secs) => format!(
                "{} of {}",
                duration(secs),
                duration(f64::from(row.allowance))
            ),
        };
        let parts = q.reply.answer().map(parts_column).unwrap_or_default();
        let category: String = sanitize(&row.category).chars().take(16).collect();
        let line = format!(
            "{INDENT}{:>2}  {category:<16} {score:>7}  {time:<22} {parts:<11}{}",
            row.number,
            follow_up_column(row)
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    match summary.average {
        Some(avg) => {
            let skipped = if summary.skipped > 0 {
                format!(", {} skipped", summary.skipped)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "\n{INDENT}Average {:.0}/100 over {} answer{}{skipped}.",
                avg,
                summary.answered,
                if summary.answered == 1 { "" } else { "s" }
            );
        }
        None => {
            let _ = writeln!(
                out,
                "\n{INDENT}Nothing was answered, so there is nothing to score."
            );
        }
    }
    if let (Some(strong), Some(weak)) = (&summary.strongest, &summary.weakest)
        && strong.category != weak.category
    {
        let _ = writeln!(
            out,
            "{INDENT}Strongest: {} ({:.0}) · weakest: {} ({:.0})",
            sanitize(&strong.category),
            strong.average,
            sanitize(&weak.category),
            weak.average
        );
    }
    if let Some((part, n)) = summary.most_missed_part {
        let _ = writeln!(
            out,
            "{INDENT}Most often missing: the {} ({n} answers).",
            part.name()
        );
    }
    if let Some(next) = &summary.next_drill {
        let _ = writeln!(
            out,
            "{INDENT}Next: {}",
            p.emphasis
                .apply_to(format!("rehearse drill {}", sanitize(next)))
        );
    }
    out
}

impl<W: Write> SessionObserver for SessionView<W> {
    fn on_event(&mut self, event: Event<'_>) -> io::Result<()> {
        let text = match event {
            Event::Started { record } => self.started(record),
            Event::Asking {
                number,
                total,
                category,
                text,
                follow_up,
                prompt,
            } => self.asking(number, total, category, text, follow_up, prompt),
            Event::Recorded {
                record,
                question,
                follow_up,
            } => self.recorded(question, follow_up, record.timing),
            Event::AskingCandidateQuestions { prompt } => format!(
                "\n{}\n\n{INDENT}{}\n{INDENT}{}\n",
                self.palette.heading.apply_to("━━ Your questions for them"),
                self.palette.emphasis.apply_to(CANDIDATE_QUESTIONS_PROMPT),
                self.palette.dim.apply_to(aim(prompt))
            ),
            Event::Ended { record } => self.ended(record),
        };
        self.out.write_all(text.as_bytes())?;
        self.out.flush()
    }
}
