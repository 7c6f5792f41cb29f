//! `rehearse bank list|show|validate`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use serde_json::json;

use super::find_category;
use crate::bank::{Bank, Category, Question};
use crate::cli::BankCommand;
use crate::error::{UsageError, did_you_mean};
use crate::ui::bank_view::{list_categories, list_questions, show_question};
use crate::ui::{Palette, sanitize};

pub fn run(command: BankCommand, banks: &[PathBuf]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match command {
        BankCommand::List { category, json } => {
            let bank = Bank::load(banks)?;
            match category {
                None if json => write_json(&mut out, &categories_json(&bank)),
                None => Ok(list_categories(&mut out, &bank, &Palette::for_stdout())?),
                Some(id) => {
                    let category = find_category(&bank, &id)?;
                    if json {
                        write_json(&mut out, &serde_json::to_value(category)?)
                    } else {
                        Ok(list_questions(&mut out, category, &Palette::for_stdout())?)
                    }
                }
            }
        }
        BankCommand::Show { question_id, json } => {
            let bank = Bank::load(banks)?;
            let (category, question) = find_question(&bank, &question_id)?;
            if json {
                let value = json!({ "category": category.id, "question": question });
                write_json(&mut out, &value)
            } else {
                Ok(show_question(
                    &mut out,
                    category,
                    question,
                    &Palette::for_stdout(),
                )?)
            }
        }
        BankCommand::Validate { paths } => {
            let mut all = banks.to_vec();
            all.extend(paths.iter().cloned());
            let bank = Bank::load(&all)?;
            let what = if all.is_empty() {
                "the built-in bank".to_owned()
            } else {
                format!(
                    "{} path{} on top of the built-in bank",
                    all.len(),
                    if all.len() == 1 { "" } else { "s" }
                )
            };
            writeln!(
                out,
                "ok: {what}: {} categories, {} questions",
                bank.categories().len(),
                bank.question_count()
            )?;
            Ok(())
        }
    }
}

fn find_question<'a>(bank: &'a Bank, id: &str) -> Result<(&'a Category, &'a Question), UsageError> {
    bank.question(id).ok_or_else(|| {
        let ids = bank
            .categories()
            .iter()
            .flat_map(|c| c.questions.iter().map(|q| q.id.as_str()));
        let hint = did_you_mean(id, ids).unwrap_or_else(|| {
            "`rehearse bank list --category ID` lists a category's question ids".to_owned()
        });
        UsageError::new(format!("no question with id `{}`", sanitize(id)), hint)
    })
}

fn categories_json(bank: &Bank) -> serde_json::Value {
    let list: Vec<_> = bank
        .categories()
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "title": c.title,
                "testing": c.testing,
                "structure": c.structure,
                "time_window": c.time_window,
                "questions": c.questions.len(),
                "source": c.source.to_string(),
            })
        })
        .collect();
    serde_json::Value::Array(list)
}

fn write_json(out: &mut impl Write, value: &serde_json::Value) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}
