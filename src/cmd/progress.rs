//! `rehearse progress`: each category's trend, what its answers lack, and what is due.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::cli::ProgressArgs;
use crate::error::{UsageError, did_you_mean};
use crate::review::export::readable_time;
use crate::review::{Card, CategoryProgress, progress, schedule};
use crate::transcript::unix_now;
use crate::ui::review_view::render_progress;
use crate::ui::{Palette, sanitize};

use super::ArchiveSetup;

pub fn run(args: &ProgressArgs, setup: &ArchiveSetup) -> Result<()> {
    let archive = setup.load()?;
    let only = args.category.as_deref().map(str::trim);
    let categories = progress(&archive, only);
    if let Some(wanted) = only
        && categories.is_empty()
        && !archive.is_empty()
    {
        let mut answered: Vec<&str> = archive
            .sessions
            .iter()
            .flat_map(|s| s.digest.answered())
            .map(|(q, _)| q.category.as_str())
            .collect();
        answered.sort_unstable();
        answered.dedup();
        let only_skipped = archive
            .sessions
            .iter()
            .flat_map(|s| s.digest.questions.iter())
            .any(|q| q.category == wanted);
        let suggestion = did_you_mean(wanted, answered.iter().copied());
        return Err(UsageError::new(
            format!("no saved answers in the category `{}`", sanitize(wanted)),
            if only_skipped {
                format!(
                    "every `{0}` question so far was skipped; `rehearse drill {0}` practises it",
                    sanitize(wanted)
                )
            } else if answered.is_empty() {
                format!("`rehearse drill {}` starts one", sanitize(wanted))
            } else {
                suggestion.unwrap_or_else(|| {
                    format!(
                        "answered so far: {}; `rehearse drill {}` starts one",
                        answered.join(", "),
                        sanitize(wanted)
                    )
                })
            },
        )
        .into());
    }
    let now = unix_now();
    let list = schedule(&archive);
    let due = list.due(now, only).len();
    let next_due = list.next_due(now, only);

    let mut out = std::io::stdout().lock();
    if args.json {
        #[derive(Serialize)]
        struct Report<'a> {
            sessions: usize,
            categories: &'a [CategoryProgress],
            due: usize,
            next_due_at: Option<String>,
        }
        let report = Report {
            sessions: archive.sessions.len(),
            categories: &categories,
            due,
            next_due_at: next_due.map(Card::due_timestamp),
        };
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(());
    }
    if archive.is_empty() {
        writeln!(out, "{}", setup.nothing_saved_yet())?;
        return Ok(());
    }
    let p = Palette::for_stdout();
    let sessions = archive.sessions.len();
    writeln!(
        out,
        "{}",
        p.heading.apply_to(format!(
            "━━ Progress over {sessions} session{}",
            if sessions == 1 { "" } else { "s" }
        ))
    )?;
    write!(out, "{}", render_progress(&categories, only.is_some(), &p))?;
    let scope = only.map_or_else(String::new, |c| format!(" {}", sanitize(c)));
    let due_line = match (due, next_due) {
        (0, Some(card)) => format!(
            "Nothing is due again yet; next: {} ({}).",
            readable_time(&card.due_timestamp()),
            sanitize(&card.question_id)
        ),
        (0, None) => "Nothing is due again yet.".to_owned(),
        (1, _) => format!("1 question is due again: rehearse drill --due{scope}"),
        (n, _) => format!("{n} questions are due again: rehearse drill --due{scope}"),
    };
    writeln!(out, "\n   {due_line}")?;
    Ok(())
}
