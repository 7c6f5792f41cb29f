//! `rehearse bank list|show|validate`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use serde_json::json;

use super::find_category;
use crate::bank::{Bank, Category, Question};
use crate::cli::BankCommand;
use crate::error::{UsageError, did_you_mean};
use crate::ui::{Palette, sanitize, wrap};

pub fn run(command: BankCommand, banks: &[PathBuf]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match command {
        BankCommand::List { category, json } => {
            let bank = Bank::load(banks)?;
            match category {
                None if json => write_json(&mut out, &categories_json(&bank)),
                None => list_categories(&mut out, &bank, &Palette::for_stdout()),
                Some(id) => {
                    let category = find_category(&bank, &id)?;
                    if json {
                        write_json(&mut out, &serde_json::to_value(category)?)
                    } else {
                        list_questions(&mut out, category, &Palette::for_stdout())
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
                show_question(&mut out, category, question, &Palette::for_stdout())
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

fn list_categories(out: &mut impl Write, bank: &Bank, palette: &Palette) -> Result<()> {
    let id_width = bank
        .categories()
        .iter()
        .map(|c| c.id.len())
        .max()
        .unwrap_or(8)
        .max(8);
    writeln!(
        out,
        "{}",
        palette.heading.apply_to(format!(
            "{:<id_width$}  {:>9}  {:<10}  {:<14}  TITLE",
            "CATEGORY", "QUESTIONS", "WINDOW", "STRUCTURE"
        ))
    )?;
    for c in bank.categories() {
        let window = format!("{}-{} s", c.time_window.min, c.time_window.max);
        writeln!(
            out,
            "{:<id_width$}  {:>9}  {:<10}  {:<14}  {}",
            c.id,
            c.questions.len(),
            window,
            c.structure.key(),
            sanitize(&c.title)
        )?;
    }
    writeln!(
        out,
        "\n{} categories, {} questions. `rehearse bank list --category ID` shows a category's questions.",
        bank.categories().len(),
        bank.question_count()
    )?;
    Ok(())
}

fn list_questions(out: &mut impl Write, category: &Category, palette: &Palette) -> Result<()> {
    writeln!(
        out,
        "{} ({}): {} questions, aim for {}",
        palette.heading.apply_to(sanitize(&category.title)),
        category.id,
        category.questions.len(),
        category.time_window
    )?;
    writeln!(
        out,
        "Testing: {}",
        wrap(&sanitize(&category.testing), 88, "  ")
    )?;
    writeln!(out, "Structure: {}\n", category.structure.describe())?;
    let id_width = category
        .questions
        .iter()
        .map(|q| q.id.len())
        .max()
        .unwrap_or(0);
    let indent = " ".repeat(id_width + 2);
    for q in &category.questions {
        let mut text = sanitize(&q.text);
        if let Some(quality) = q.quality {
            text = format!("[{}] {text}", quality.key());
        }
        writeln!(
            out,
            "{:<id_width$}  {}",
            palette.dim.apply_to(&q.id),
            wrap(&text, 96usize.saturating_sub(id_width).max(40), &indent)
        )?;
    }
    Ok(())
}

fn show_question(
    out: &mut impl Write,
    category: &Category,
    question: &Question,
    palette: &Palette,
) -> Result<()> {
    writeln!(
        out,
        "{}  ({}: {})",
        palette.dim.apply_to(&question.id),
        category.id,
        sanitize(&category.title)
    )?;
    writeln!(
        out,
        "{}",
        palette
            .heading
            .apply_to(wrap(&sanitize(&question.text), 88, ""))
    )?;
    writeln!(
        out,
        "Aim for {} · {}",
        category.time_window,
        category.structure.describe()
    )?;
    let section = |out: &mut dyn Write, title: &str, items: &[String]| -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "\n{title}:")?;
        for item in items {
            writeln!(out, "  - {}", wrap(&sanitize(item), 86, "    "))?;
        }
        Ok(())
    };
    section(out, "Follow-ups", &question.follow_ups)?;
    section(out, "A strong answer", &question.listen_for)?;
    section(
        out,
        "In this category, interviewers listen for",
        &category.listen_for,
    )?;
    if !question.tags.is_empty() {
        writeln!(out, "\nTags: {}", question.tags.join(", "))?;
    }
    Ok(())
}
