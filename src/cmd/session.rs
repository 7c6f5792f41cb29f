//! `rehearse mock` and `rehearse drill`: plan the questions, pick where answers come from
//! (the keyboard, an answers file or a pipe), and run the session.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::bank::{Bank, Category};
use crate::cli::{DrillArgs, FeedbackWhen, MockArgs, SessionArgs};
use crate::error::UsageError;
use crate::input::read_answer_script;
use crate::review::export::readable_time;
use crate::review::{schedule, weakest_category};
use crate::session::{
    AnswerSource, Clock, ManualClock, Mode, Options, Plan, PlannedQuestion, ScriptedAnswers,
    SystemClock, askable_in_mock, mock_pool, plan_drill, plan_mock, run_session,
};
use crate::stories::{StoryCheck, check_story};
use crate::transcript::{TranscriptWriter, unix_now};
use crate::ui::live::LiveAnswers;
use crate::ui::session_view::{FeedbackTiming, SessionView};
use crate::ui::{Palette, sanitize};

use super::stories::StoriesFile;
use super::{ArchiveSetup, find_category, read_stdin_text, read_user_text};

/// The bank to draw from and where sessions are saved.
pub struct SessionSetup {
    bank: Bank,
    banks: Vec<String>,
    archive: ArchiveSetup,
    /// As given with `--data-dir`, for the stories file.
    data: Option<PathBuf>,
}

impl SessionSetup {
    pub fn new(banks: &[PathBuf], data: Option<&Path>) -> Result<Self> {
        Ok(SessionSetup {
            bank: Bank::load(banks)?,
            banks: banks.iter().map(|p| p.display().to_string()).collect(),
            archive: ArchiveSetup::new(data)?,
            data: data.map(Path::to_owned),
        })
    }
}

pub fn run_mock(args: &MockArgs, setup: &SessionSetup) -> Result<()> {
    let bank = &setup.bank;
    let pool: Vec<&Category> = if args.categories.is_empty() {
        mock_pool(bank)
    } else {
        let mut pool = Vec::new();
        for id in &args.categories {
            let category = find_category(bank, id.trim())?;
            if !askable_in_mock(category) {
                return Err(UsageError::new(
                    format!("`{}` cannot be drawn as a mock question", sanitize(id)),
                    "your own questions for them come at the end of every mock; to practise them, run `rehearse drill questions_to_ask`",
                )
                .into());
            }
            if !pool.iter().any(|c: &&Category| c.id == category.id) {
                pool.push(category);
            }
        }
        pool
    };
    let seed = seed_or_random(args.session.seed);
    let plan = plan_mock(&pool, usize::from(args.questions), seed);
    run(&plan, Mode::Mock, &args.session, true, setup)
}

pub fn run_drill(args: &DrillArgs, setup: &SessionSetup) -> Result<()> {
    if args.due {
        return run_due(args, setup);
    }
    let category = match (&args.category, args.weakest) {
        (Some(id), _) => find_category(&setup.bank, id)?,
        (None, _) => weakest(setup)?,
    };
    let seed = seed_or_random(args.session.seed);
    let plan = plan_drill(category, usize::from(args.questions), seed);
    let mode = Mode::Drill {
        category: category.id.clone(),
    };
    run(&plan, mode, &args.session, false, setup)
}

/// The category whose latest answers average lowest, among those the bank can still ask.
fn weakest(setup: &SessionSetup) -> Result<&Category> {
    let archive = setup.archive.load()?;
    let askable = |id: &str| {
        setup
            .bank
            .category(id)
            .is_some_and(|c| !c.questions.is_empty())
    };
    let Some(weakest) = weakest_category(&archive, askable) else {
        return Err(UsageError::new(
            "there are no saved answers yet, so no category is the weakest",
            "run `rehearse mock` first, or name a category: `rehearse drill conflict`",
        )
        .into());
    };
    let category = find_category(&setup.bank, &weakest.category)?;
    writeln!(
        std::io::stdout(),
        "Weakest lately: {} (average {:.0} over your last {} answer{}).\n",
        sanitize(&category.title),
        weakest.average,
        weakest.answers,
        if weakest.answers == 1 { "" } else { "s" }
    )?;
    Ok(category)
}

/// `drill --due`: the questions the schedule says are due, weakest first.
fn run_due(args: &DrillArgs, setup: &SessionSetup) -> Result<()> {
    let only = match &args.category {
        Some(id) => Some(find_category(&setup.bank, id)?),
        None => None,
    };
    let archive = setup.archive.load()?;
    let list = schedule(&archive);
    let now = unix_now();
    let only_id = only.map(|c| c.id.as_str());
    let mut missing = 0;
    let mut questions: Vec<PlannedQuestion<'_>> = Vec::new();
    for card in list.due(now, only_id) {
        match setup.bank.question(&card.question_id) {
            Some((category, question)) => questions.push(PlannedQuestion { category, question }),
            None => missing += 1,
        }
    }
    if missing > 0 {
        eprintln!(
            "note: {missing} due question{} no longer in the bank, so {} left out (use the same --bank as when you answered).",
            if missing == 1 { " is" } else { "s are" },
            if missing == 1 { "it is" } else { "they are" }
        );
    }
    if questions.is_empty() {
        let message = match list.next_due(now, only_id) {
            _ if archive.is_empty() => setup.archive.nothing_saved_yet(),
            Some(card) => format!(
                "Nothing is due yet. Next: \"{}\" on {}.\nMeanwhile, `rehearse drill --weakest` practises your weakest category.",
                sanitize(&card.question),
                readable_time(&card.due_timestamp())
            ),
            None => "Nothing is due. `rehearse drill --weakest` practises your weakest category."
                .to_owned(),
        };
        writeln!(std::io::stdout(), "{message}")?;
        return Ok(());
    }
    questions.truncate(usize::from(args.questions));
    let plan = Plan {
        seed: 0,
        requested: questions.len(),
        questions,
    };
    run(&plan, Mode::Due, &args.session, false, setup)
}

/// The given seed, or a fresh one short enough to type back in.
fn seed_or_random(seed: Option<u64>) -> u64 {
    seed.unwrap_or_else(|| RandomState::new().hash_one(std::time::SystemTime::now()) % 1_000_000)
}

fn run(
    plan: &Plan<'_>,
    mode: Mode,
    args: &SessionArgs,
    ask_candidate_questions: bool,
    setup: &SessionSetup,
) -> Result<()> {
    if plan.questions.len() < plan.requested {
        eprintln!(
            "note: only {} different questions are available here, so the session has {} instead of {}.",
            plan.questions.len(),
            plan.questions.len(),
            plan.requested
        );
    }
    let manual_clock = ManualClock::new();
    let system_clock = SystemClock::new();
    let (mut source, clock): (Box<dyn AnswerSource>, &dyn Clock) = match &args.answers {
        Some(path) => {
            let script = read_script(path)?;
            (
                Box::new(ScriptedAnswers::new(script, manual_clock.clone())),
                &manual_clock,
            )
        }
        None if std::io::stdin().is_terminal() => (
            Box::new(LiveAnswers::new(args.speak).context("cannot start the answer editor")?),
            &system_clock,
        ),
        None => {
            let text = read_stdin_text(
                "answers",
                "pipe in answers separated by blank lines, or use --answers FILE",
            )?;
            (
                Box::new(ScriptedAnswers::from_plain_text(
                    &text,
                    manual_clock.clone(),
                )),
                &manual_clock,
            )
        }
    };
    let options = Options {
        think_seconds: args.think,
        follow_ups: usize::from(args.followups),
        ask_candidate_questions,
    };
    let feedback = match args.feedback {
        FeedbackWhen::Now => FeedbackTiming::Now,
        FeedbackWhen::End => FeedbackTiming::End,
    };
    let mut view = SessionView::new(
        std::io::stdout(),
        Palette::for_stdout(),
        feedback,
        args.seed.is_some(),
    );
    if let Some(given) = &args.stories
        && let Some(stories) = stories_for_hints(given.as_deref(), setup)?
    {
        view = view.with_stories(stories);
    }
    let writer = TranscriptWriter::new(
        setup.archive.sessions_dir.clone(),
        setup.banks.clone(),
        std::io::stderr(),
    );
    let mut observers = (writer, view);
    let outcome = run_session(plan, mode, &options, source.as_mut(), clock, &mut observers);
    let (writer, _) = observers;
    let mut stdout = std::io::stdout();
    let shown = match (writer.failure(), writer.last_text()) {
        (None, _) => writeln!(stdout, "   Saved to {}", writer.path().display()),
        (Some(why), Some(text)) => write!(
            stdout,
            "\nThe session could not be saved ({why}). Here is its transcript, so nothing is lost:\n\n{text}"
        ),
        (Some(why), None) => {
            eprintln!("warning: the session could not be saved: {why}");
            Ok(())
        }
    };
    outcome?;
    shown?;
    Ok(())
}

/// The candidate's stories, checked, for `--stories`; none yet is a note, not an error.
fn stories_for_hints(
    given: Option<&Path>,
    setup: &SessionSetup,
) -> Result<Option<Vec<StoryCheck>>> {
    let file = StoriesFile::load(given, setup.data.as_deref())?;
    if file.stories.is_empty() {
        eprintln!(
            "note: no stories to suggest yet ({}); `rehearse stories add` adds one.",
            file.where_none()
        );
        return Ok(None);
    }
    Ok(Some(
        file.stories
            .iter()
            .map(|s| check_story(s, &setup.bank))
            .collect(),
    ))
}

fn read_script(path: &Path) -> Result<Vec<Option<String>>> {
    let text = read_user_text(
        path,
        "answers file",
        "check the path; the file is a YAML list of answers",
    )?;
    Ok(read_answer_script(&text, &path.display().to_string())?)
}
