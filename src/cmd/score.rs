//! `rehearse score`: one answer from a file or standard input, or a batch.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use crate::bank::Bank;
use crate::cli::ScoreArgs;
use crate::error::UsageError;
use crate::input::InputError;
use crate::score::{AnswerContext, Score, read_batch, score_answer};
use crate::ui::{Palette, sanitize, score_report};

use super::{find_category, read_stdin_text, read_user_file, read_user_text};

pub fn run(args: &ScoreArgs, bank: &Bank) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if let Some(batch) = &args.batch {
        return run_batch(batch, args.json, bank, &mut out);
    }
    let category_id = args.category.as_deref().unwrap_or_default();
    let category = find_category(bank, category_id)?;
    let answer = read_answer(args.file.as_deref())?;
    let score = score_answer(
        &answer,
        &AnswerContext::new(category, args.question.as_deref()),
    );
    if args.json {
        serde_json::to_writer_pretty(&mut out, &score)?;
        writeln!(out)?;
    } else {
        write!(
            out,
            "{}",
            score_report::render(&score, args.question.as_deref(), &Palette::for_stdout())
        )?;
    }
    Ok(())
}

fn read_answer(file: Option<&Path>) -> Result<String> {
    match file {
        Some(path) if path != Path::new("-") => {
            let bytes = read_user_file(
                path,
                "answer",
                "check the file name, or pass `-` to read standard input",
            )?;
            String::from_utf8(bytes).map_err(|err| {
                InputError::NotUtf8 {
                    source_name: path.display().to_string(),
                    offset: err.utf8_error().valid_up_to(),
                }
                .into()
            })
        }
        _ => {
            if std::io::stdin().is_terminal() {
                eprintln!("Type or paste your answer, then press Ctrl-D on a new line.");
            }
            read_stdin_text("the answer", "score one answer at a time")
        }
    }
}

#[derive(Serialize)]
struct BatchLine<'a> {
    id: &'a str,
    #[serde(flatten)]
    score: &'a Score,
}

fn run_batch(path: &Path, json: bool, bank: &Bank, out: &mut impl Write) -> Result<()> {
    let text = read_user_text(
        path,
        "batch",
        "pass a YAML file with `items:` (id, category, question, answer)",
    )?;
    let items = read_batch(&text, &path.display().to_string())?;
    // Check every category before printing anything, so a bad file gives one clear error.
    let mut resolved = Vec::with_capacity(items.len());
    for item in &items {
        let category = find_category(bank, &item.category).map_err(|e| {
            UsageError::new(
                format!(
                    "{}: item `{}`: {}",
                    path.display(),
                    sanitize(&item.id),
                    e.message
                ),
                e.help,
            )
        })?;
        resolved.push((item, category));
    }
    let palette = Palette::for_stdout();
    if !json {
        writeln!(
            out,
            "{}",
            palette.heading.apply_to(format!(
                "{:<12} {:<16} {:>5}  {:<6} {:<8}  top tip",
                "ID", "CATEGORY", "SCORE", "PARTS", "METRICS"
            ))
        )?;
    }
    for (item, category) in resolved {
        let score = score_answer(
            &item.answer,
            &AnswerContext::new(category, item.question.as_deref()),
        );
        if json {
            serde_json::to_writer(
                &mut *out,
                &BatchLine {
                    id: &item.id,
                    score: &score,
                },
            )?;
            writeln!(out)?;
        } else {
            let parts: String = crate::score::Part::ALL
                .iter()
                .map(|p| {
                    let letter = p.name()[..1].to_ascii_uppercase();
                    if score.part(*p).present {
                        letter
                    } else {
                        "-".to_owned()
                    }
                })
                .collect();
            writeln!(
                out,
                "{:<12} {:<16} {:>5}  {:<6} {:<8}  {}",
                sanitize(&item.id),
                category.id,
                score.score,
                parts,
                score.metrics.len(),
                sanitize(score.tips.first().map_or("", String::as_str))
            )?;
        }
    }
    Ok(())
}
