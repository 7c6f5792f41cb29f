//! `rehearse review`: the saved sessions, one in full, or every attempt at one question.

use std::io::Write;

use anyhow::{Context, Result};

use crate::bank::Bank;
use crate::cli::{ExportFormat, ReviewArgs, ReviewCommand};
use crate::error::{UsageError, did_you_mean, suggest};
use crate::review::export::{Export, Json, Markdown, Text};
use crate::review::{attempts, session_rows};
use crate::transcript::{Archive, Lookup};
use crate::ui::review_view::{render_attempts, render_session_list};
use crate::ui::{Palette, sanitize};

use super::{ArchiveSetup, warn_unreadable};

pub fn run(args: &ReviewArgs, setup: &ArchiveSetup, bank: impl Fn() -> Result<Bank>) -> Result<()> {
    let archive = setup.load()?;
    let mut out = std::io::stdout().lock();
    match &args.command {
        None => {
            let mut rows = session_rows(&archive);
            if args.json {
                rows.truncate(args.limit.unwrap_or(usize::MAX));
                for row in &rows {
                    serde_json::to_writer(&mut out, row)?;
                    writeln!(out)?;
                }
                return Ok(());
            }
            if rows.is_empty() {
                writeln!(out, "{}", setup.nothing_saved_yet())?;
                return Ok(());
            }
            let older = rows.len().saturating_sub(args.limit.unwrap_or(usize::MAX));
            rows.truncate(rows.len() - older);
            write!(
                out,
                "{}",
                render_session_list(&rows, older, &Palette::for_stdout())
            )?;
        }
        Some(ReviewCommand::Show { id, format }) => {
            let saved = find_session(&archive, id, setup)?;
            let transcript = saved
                .read()
                .with_context(|| format!("cannot read {}", saved.path.display()))?;
            let text = match format {
                ExportFormat::Text => Text {
                    palette: Palette::for_stdout(),
                }
                .export(&transcript),
                ExportFormat::Markdown => Markdown.export(&transcript),
                ExportFormat::Json => Json.export(&transcript),
            };
            write!(out, "{text}")?;
        }
        Some(ReviewCommand::Compare { question_id }) => {
            let wanted = question_id.trim();
            let (found, unreadable) = attempts(&archive, wanted);
            warn_unreadable(&unreadable);
            if found.is_empty() {
                return Err(no_attempts(&archive, wanted, &bank()?).into());
            }
            write!(
                out,
                "{}",
                render_attempts(wanted, &found, &Palette::for_stdout())
            )?;
        }
    }
    Ok(())
}

fn find_session<'a>(
    archive: &'a Archive,
    id: &str,
    setup: &ArchiveSetup,
) -> Result<&'a crate::transcript::Saved, UsageError> {
    match archive.find(id) {
        Lookup::Found(saved) => Ok(saved),
        Lookup::Ambiguous(matches) => Err(UsageError::new(
            format!("`{}` is the id of {} sessions", sanitize(id), matches.len()),
            format!(
                "name one by its file name: {}",
                matches
                    .iter()
                    .map(|s| sanitize(s.name()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
        Lookup::NotFound { .. } if archive.is_empty() => Err(UsageError::new(
            "there are no saved sessions yet",
            format!(
                "sessions are saved in {} as you practise; start one with `rehearse mock`",
                setup.sessions_dir.display()
            ),
        )),
        Lookup::NotFound { nearest } => Err(UsageError::new(
            format!("no saved session has the id `{}`", sanitize(id)),
            match suggest(&nearest) {
                Some(suggestion) => format!("{suggestion} `rehearse review` lists them all"),
                None => {
                    "`rehearse review` lists the sessions with their ids; `latest` shows the newest"
                        .to_owned()
                }
            },
        )),
    }
}

/// Why there is nothing to compare: never answered, or no such question.
fn no_attempts(archive: &Archive, question_id: &str, bank: &Bank) -> UsageError {
    if let Some((category, _)) = bank.question(question_id) {
        return UsageError::new(
            format!("you have not been asked `{}` yet", sanitize(question_id)),
            format!(
                "it is in {}: `rehearse drill {}` may ask it",
                category.id, category.id
            ),
        );
    }
    let mut ids: Vec<&str> = archive
        .sessions
        .iter()
        .flat_map(|s| s.digest.questions.iter())
        .map(|q| q.question_id.as_str())
        .chain(
            bank.categories()
                .iter()
                .flat_map(|c| c.questions.iter().map(|q| q.id.as_str())),
        )
        .collect();
    ids.sort_unstable();
    ids.dedup();
    UsageError::new(
        format!("no question has the id `{}`", sanitize(question_id)),
        did_you_mean(question_id, ids).unwrap_or_else(|| {
            "question ids are shown by `rehearse bank list --category ID`".to_owned()
        }),
    )
}
