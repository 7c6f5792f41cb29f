//! `rehearse bank list` and `bank show`: the categories, a category's questions, one question.

use std::io::{self, Write};

use crate::bank::{Bank, Category, Question};
use crate::ui::{Palette, sanitize, wrap};

/// Every category with its question count, structure and time window.
pub fn list_categories(out: &mut impl Write, bank: &Bank, palette: &Palette) -> io::Result<()> {
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

/// One category: what it tests, its structure, and each question with its id.
pub fn list_questions(
    out: &mut impl Write,
    category: &Category,
    palette: &Palette,
) -> io::Result<()> {
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

/// One question in full: its window and structure, follow-ups, what a strong answer has.
pub fn show_question(
    out: &mut impl Write,
    category: &Category,
    question: &Question,
    palette: &Palette,
) -> io::Result<()> {
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
