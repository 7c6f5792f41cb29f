//! `rehearse prep`: the one-page sheet from the stories file and the saved sessions.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::bank::{Bank, Structure};
use crate::cli::PrepArgs;
use crate::error::UsageError;
use crate::prep::{PrepInputs, prep_sheet};
use crate::review::progress;
use crate::session::Mode;
use crate::stories::check_stories;
use crate::transcript::{Archive, Unreadable, utc_timestamp};

use super::stories::StoriesFile;
use super::{ArchiveSetup, warn_unreadable, write_user_file};

/// Sessions read in full for the questions the candidate asked.
const SESSIONS_FOR_QUESTIONS: usize = 10;

pub fn run(args: &PrepArgs, bank: &Bank, data: Option<&Path>) -> Result<()> {
    if let Some(output) = &args.output
        && output.exists()
        && !args.force
    {
        return Err(UsageError::new(
            format!("{} already exists", output.display()),
            "it may hold your notes, so it is kept: name another file, or add --force to replace it",
        )
        .into());
    }
    let stories = StoriesFile::load(args.stories.as_deref(), data)?;
    let report = check_stories(&stories.stories, bank);
    let archive = ArchiveSetup::new(data)?.load()?;
    let progress = progress(&archive, None);
    let asked_before = strong_questions_asked(&archive, bank);
    let now = utc_timestamp(std::time::SystemTime::now());
    let sheet = prep_sheet(&PrepInputs {
        date: now.get(..10).unwrap_or(&now),
        stories: &report,
        progress: &progress,
        bank,
        asked_before: &asked_before,
    });
    match &args.output {
        None => write!(std::io::stdout(), "{sheet}")?,
        Some(path) => {
            write_user_file(path, sheet.as_bytes())
                .with_context(|| format!("cannot write the prep sheet to {}", path.display()))?;
            writeln!(
                std::io::stdout(),
                "Prep sheet written to {} ({} stories, {} categories practised).",
                path.display(),
                stories.stories.len(),
                progress.len()
            )?;
        }
    }
    if stories.stories.is_empty() {
        eprintln!(
            "note: no stories yet ({}); `rehearse stories add` adds one.",
            stories.where_none()
        );
    }
    Ok(())
}

/// The strong questions asked at the end of recent mocks and in drills of questions to ask,
/// newest first. A session that cannot be read is skipped with a warning.
fn strong_questions_asked(archive: &Archive, bank: &Bank) -> Vec<String> {
    let asks_questions = |mode: &Mode| match mode {
        Mode::Mock => true,
        Mode::Drill { category } => bank
            .category(category)
            .is_some_and(|c| c.structure == Structure::Questions),
        Mode::Due => false,
    };
    let mut questions = Vec::new();
    for saved in archive
        .sessions
        .iter()
        .rev()
        .filter(|s| asks_questions(&s.digest.mode))
        .take(SESSIONS_FOR_QUESTIONS)
    {
        let transcript = match saved.read() {
            Ok(t) => t,
            Err(e) => {
                warn_unreadable(&[Unreadable {
                    path: saved.path.clone(),
                    reason: e.to_string(),
                }]);
                continue;
            }
        };
        let session = &transcript.session;
        let judged = session.candidate_questions_feedback.iter().chain(
            session
                .answered()
                .filter_map(|(_, a)| a.score.asked.as_ref()),
        );
        for feedback in judged {
            questions.extend(feedback.strong().map(|q| q.text.clone()));
        }
    }
    questions
}
