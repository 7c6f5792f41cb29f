//! The command line, as clap types only (so completions and a man page can reuse them).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// An offline interviewer for practising second-round job interviews.
///
/// Questions come from a YAML question bank (a default one is built in); answers are scored
/// with transparent rules: which STAR / CAR / CARL parts they have, which measurable results
/// they state, how long they take to say, and what the category needs. Every point of a score
/// shows the words that earned it.
///
/// Exit codes: 0 success, 1 failure, 2 bad input (a bad bank, an unknown id, a bad file).
#[derive(Debug, Parser)]
#[command(
    name = "rehearse",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Add a question bank: a .yaml file or a folder of them. Repeatable. A category with
    /// the id of a built-in one replaces it.
    #[arg(long = "bank", value_name = "PATH", global = true)]
    pub banks: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Browse and check question banks.
    #[command(subcommand)]
    Bank(BankCommand),

    /// Score one answer (from a file or standard input), or a batch of answers
    ///
    /// The report shows each part of the answer (situation, task, action, result, learning)
    /// with the words that earned it, the measurable results it states, how long it takes to
    /// say, the category's checklist, red flags, and the tips that matter most.
    ///
    /// Examples:
    ///   rehearse score answer.txt --category conflict
    ///   pbpaste | rehearse score --category integrity --json
    ///   rehearse score --batch answers.yaml --json
    #[command(verbatim_doc_comment)]
    Score(ScoreArgs),
}

#[derive(Debug, Subcommand)]
pub enum BankCommand {
    /// List the categories with question counts and time windows, or one category's questions.
    List {
        /// Show the questions of this category.
        #[arg(long, value_name = "ID")]
        category: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one question with its follow-ups and what a strong answer shows.
    Show {
        /// The question's id, as listed by `rehearse bank list --category ID`.
        question_id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check bank files (the built-in bank when no path is given) and report the first problem.
    ///
    /// Paths are checked as `--bank` would load them: on top of the built-in bank, so a
    /// question id that clashes with a built-in one is reported too.
    Validate {
        /// Bank files or folders to check.
        paths: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The answer: a text file, or `-` (the default) for standard input.
    #[arg(value_name = "FILE", conflicts_with = "batch")]
    pub file: Option<PathBuf>,

    /// The category the answer was given in (see `rehearse bank list`).
    #[arg(long, value_name = "ID", required_unless_present = "batch")]
    pub category: Option<String>,

    /// The question that was asked, which sharpens a few checks.
    #[arg(long, value_name = "TEXT", conflicts_with = "batch")]
    pub question: Option<String>,

    /// Score many answers: a YAML file with `items:`, each with id, category, question, answer.
    #[arg(long, value_name = "FILE", conflicts_with = "category")]
    pub batch: Option<PathBuf>,

    /// Print JSON (one object; with --batch, one object per line).
    #[arg(long)]
    pub json: bool,
}
