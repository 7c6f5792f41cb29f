//! The command line, as clap types only (so completions and a man page can reuse them).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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

    /// Where sessions and your stories are kept (default: the platform's data directory, such as
    /// ~/.local/share/rehearse on Linux).
    #[arg(long, value_name = "PATH", global = true, env = "REHEARSE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a timed mock second-round interview
    ///
    /// Six questions by default, in the order a real interview runs: an opener (motivation or
    /// culture fit), your record, how you decide, how you work with people, a red-flag
    /// question, then salary. Each has thinking time, a clock against its time window,
    /// feedback, and a follow-up where the answer was thin. It ends with "Do you have any
    /// questions for us?".
    ///
    /// Type your answer; an empty line sends it. Ctrl-C skips the question or ends the
    /// session, Ctrl-D ends it; the summary is shown either way.
    ///
    /// Examples:
    ///   rehearse mock
    ///   rehearse mock --questions 4 --categories conflict,integrity --feedback end
    ///   rehearse mock --seed 482913 --speak
    ///   rehearse mock --answers my_answers.yaml
    #[command(verbatim_doc_comment)]
    Mock(MockArgs),

    /// Practise one category until it is strong
    ///
    /// Asks different questions from one category (see `rehearse bank list`), with the same
    /// clock, feedback and follow-ups as a mock. Or let your saved sessions choose:
    /// --weakest drills the category with the lowest recent average, --due asks the
    /// questions your practice schedule says are due again, weakest first.
    ///
    /// Examples:
    ///   rehearse drill conflict
    ///   rehearse drill salary --questions 3 --think 0
    ///   rehearse drill --weakest
    ///   rehearse drill --due
    #[command(verbatim_doc_comment)]
    Drill(DrillArgs),

    /// List saved sessions, or show, export and compare them
    ///
    /// With no subcommand, lists every saved session, newest first: when, what kind, the
    /// categories, how many questions were answered, the average score, and whether it was
    /// finished. The ID in the first column is what `show` takes.
    ///
    /// Examples:
    ///   rehearse review
    ///   rehearse review show latest
    ///   rehearse review show 3fa2c1 --format markdown > interview-notes.md
    ///   rehearse review compare conflict-disagreed-with-manager
    #[command(verbatim_doc_comment)]
    Review(ReviewArgs),

    /// See how each category is going across sessions
    ///
    /// Per category: a chart of the score session by session, the last 3 sessions' average
    /// against the ones before, and what your answers most often lack. Also how many
    /// questions are due again (`rehearse drill --due`).
    ///
    /// Examples:
    ///   rehearse progress
    ///   rehearse progress --category conflict
    #[command(verbatim_doc_comment)]
    Progress(ProgressArgs),

    /// Keep your interview stories, and check they cover what interviewers look for
    ///
    /// Second interviews reward evidence: six to eight stories, each with a measurable
    /// result, told in 60 to 90 seconds. `add` walks you through one part by part; `check`
    /// scores each story and shows which of them prove that you learn fast, handle
    /// pressure, communicate with stakeholders, fix problems, work well with others, take
    /// ownership, and have owned a failure, then the gaps and the weakest stories.
    ///
    /// The stories live in stories.yaml in the data directory (or --file PATH); edit it by
    /// hand as you like. Tags such as `pressure`, `ownership` or a category id (`conflict`)
    /// count towards coverage and towards which story `--stories` suggests.
    ///
    /// Examples:
    ///   rehearse stories add
    ///   rehearse stories check
    ///   rehearse drill conflict --stories
    #[command(verbatim_doc_comment)]
    Stories(StoriesArgs),

    /// Write a one-page prep sheet to read in the 15 minutes before the interview
    ///
    /// Markdown: your strongest stories with their results in one line, the gaps in your
    /// story coverage, your weakest categories lately and what to remember for each, the
    /// questions to ask them, and a 30/60/90-day outline to fill in.
    ///
    /// Examples:
    ///   rehearse prep
    ///   rehearse prep --output prep.md
    #[command(verbatim_doc_comment)]
    Prep(PrepArgs),

    /// Browse and check question banks.
    #[command(subcommand)]
    Bank(BankCommand),

    /// Print a shell completion script
    ///
    /// Writes the script to standard output; load it from your shell's start-up file.
    ///
    /// Examples:
    ///   bash:        rehearse completions bash > ~/.local/share/bash-completion/completions/rehearse
    ///   zsh:         rehearse completions zsh > ~/.zfunc/_rehearse   (with ~/.zfunc on $fpath)
    ///   fish:        rehearse completions fish > ~/.config/fish/completions/rehearse.fish
    ///   PowerShell:  rehearse completions powershell >> $PROFILE
    #[command(verbatim_doc_comment)]
    Completions(CompletionsArgs),

    /// Print the manual page, or write one page per command into a folder
    ///
    /// The pages are made from the same definitions as --help, so they never disagree.
    ///
    /// Examples:
    ///   rehearse man | man -l -
    ///   rehearse man --dir ~/.local/share/man/man1
    #[command(verbatim_doc_comment)]
    Man(ManArgs),

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
pub struct StoriesArgs {
    #[command(subcommand)]
    pub command: StoriesCommand,

    /// The stories file (default: stories.yaml in the data directory).
    #[arg(long, value_name = "PATH", global = true)]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum StoriesCommand {
    /// Add a story, asked part by part: title, context, action, result (with a number),
    /// learning and tags. Parts given as options are not asked; piped input answers the
    /// questions line by line.
    Add(StoryParts),
    /// List your stories: parts, length and tags.
    List,
    /// Score every story, show which evidence each proves, the gaps, the weakest stories
    /// with their top tip, and any too long to tell in 90 seconds.
    Check {
        /// Print JSON instead of the report.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args, Default)]
pub struct StoryParts {
    /// A few words you will recognise the story by.
    #[arg(long)]
    pub title: Option<String>,
    /// What was happening, and why it mattered.
    #[arg(long)]
    pub context: Option<String>,
    /// What you did, yourself.
    #[arg(long)]
    pub action: Option<String>,
    /// What changed because of it, with a number if you can.
    #[arg(long)]
    pub result: Option<String>,
    /// What you learned, or do differently since.
    #[arg(long)]
    pub learning: Option<String>,
    /// Labels, comma-separated: pressure, ownership, failure, teamwork, stakeholders,
    /// learns-fast, fixes-problems, or a category id.
    #[arg(long, value_delimiter = ',')]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct PrepArgs {
    /// Write the sheet to this file instead of standard output (an existing file is kept
    /// unless --force).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,

    /// The stories file (default: stories.yaml in the data directory).
    #[arg(long, value_name = "PATH")]
    pub stories: Option<PathBuf>,
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

#[derive(Debug, Args)]
pub struct MockArgs {
    /// How many questions, before "Do you have any questions for us?".
    #[arg(long, short = 'n', value_name = "N", default_value_t = 6,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub questions: u16,

    /// Draw only from these categories (ids, comma-separated; see `rehearse bank list`).
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub categories: Vec<String>,

    #[command(flatten)]
    pub session: SessionArgs,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("choice").required(true).multiple(true).args(["category", "weakest", "due"]))]
pub struct DrillArgs {
    /// The category to drill, such as conflict or salary (see `rehearse bank list`).
    #[arg(conflicts_with = "weakest")]
    pub category: Option<String>,

    /// Drill the category whose last 5 answers average lowest in your saved sessions.
    #[arg(long, conflicts_with = "due")]
    pub weakest: bool,

    /// Ask the questions due again in your practice schedule, weakest first (with a
    /// CATEGORY, only that category's). A weak answer is due again at once; a strong one
    /// after a day, then 6 days, then longer each time.
    #[arg(long, conflicts_with = "seed")]
    pub due: bool,

    /// How many questions; never the same one twice.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub questions: u16,

    #[command(flatten)]
    pub session: SessionArgs,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub command: Option<ReviewCommand>,

    /// List only the latest N sessions.
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,

    /// Print the list as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Show one session in full: each question, your answer, its parts with the words that
    /// earned them, numbers, time, follow-ups and tips.
    Show {
        /// The session's ID from `rehearse review` (or its file name), or `latest`.
        #[arg(value_name = "ID|latest")]
        id: String,
        /// text to read, markdown to paste into notes, json for scripts.
        #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
        format: ExportFormat,
    },
    /// Every attempt at one question side by side, to see whether the answer improved.
    Compare {
        /// The question's id (shown by `rehearse bank list --category ID` and in `review show`).
        question_id: String,
    },
}

/// How `review show` writes a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// Only this category, with a larger chart.
    #[arg(long, value_name = "ID")]
    pub category: Option<String>,

    /// Print JSON: each category's trend and gaps, and how many questions are due.
    #[arg(long)]
    pub json: bool,
}

/// When to show feedback on answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FeedbackWhen {
    /// After every answer.
    Now,
    /// All at the end, as in a real interview.
    End,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Draw the same questions again: the seed shown at the start of every session.
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,

    /// Thinking time before each answer, in seconds (0 skips it; Enter ends it early).
    #[arg(long, value_name = "SECONDS", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(0..=600))]
    pub think: u32,

    /// Follow-up questions per question at most, asked where the answer was thin (0: none).
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u8).range(0..=5))]
    pub followups: u8,

    /// Show feedback after each answer, or all at the end.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = FeedbackWhen::Now)]
    pub feedback: FeedbackWhen,

    /// Practise out loud: a timer runs while you speak (Enter stops it), then type the key
    /// points or paste a transcript to have them scored.
    #[arg(long)]
    pub speak: bool,

    /// Take answers from a YAML list (one per question asked, follow-ups included, `~` to
    /// skip) instead of the keyboard. Piped standard input works too: answers separated by
    /// blank lines.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Before each answer, name the story of yours that fits the question best (from
    /// stories.yaml in the data directory, or --stories=FILE).
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true)]
    pub stories: Option<Option<PathBuf>>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write rehearse.1 and a page for each command (rehearse-mock.1, ...) into this folder
    /// instead of printing the main page.
    #[arg(long, value_name = "FOLDER")]
    pub dir: Option<PathBuf>,
}
