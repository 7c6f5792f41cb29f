//! One file per subcommand; `run` dispatches.

mod bank;
mod prep;
mod progress;
mod review;
mod score;
mod session;
mod shell;
mod stories;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::bank::{Bank, Category};
use crate::cli::{Cli, Command};
use crate::error::{UsageError, did_you_mean};
use crate::files::{CappedReadError, read_capped};
use crate::transcript::{Archive, Unreadable, data_dir, sessions_dir};
use crate::ui::sanitize;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let setup = || session::SessionSetup::new(&cli.banks, cli.data_dir.as_deref());
    match cli.command {
        Command::Bank(command) => bank::run(command, &cli.banks),
        Command::Mock(args) => session::run_mock(&args, &setup()?),
        Command::Drill(args) => session::run_drill(&args, &setup()?),
        Command::Score(args) => {
            let bank = Bank::load(&cli.banks)?;
            score::run(&args, &bank)
        }
        Command::Review(args) => {
            let archive = ArchiveSetup::new(cli.data_dir.as_deref())?;
            review::run(&args, &archive, || Ok(Bank::load(&cli.banks)?))
        }
        Command::Progress(args) => {
            let archive = ArchiveSetup::new(cli.data_dir.as_deref())?;
            progress::run(&args, &archive)
        }
        Command::Stories(args) => {
            let bank = Bank::load(&cli.banks)?;
            stories::run(args, &bank, cli.data_dir.as_deref())
        }
        Command::Completions(args) => shell::completions(&args),
        Command::Man(args) => shell::man(&args),
        Command::Prep(args) => {
            let bank = Bank::load(&cli.banks)?;
            prep::run(&args, &bank, cli.data_dir.as_deref())
        }
    }
}

/// Names each transcript that could not be read, on stderr.
fn warn_unreadable(files: &[Unreadable]) {
    for skipped in files {
        eprintln!(
            "warning: skipped {}: {} (the file is left as it is)",
            skipped.path.display(),
            sanitize(&skipped.reason)
        );
    }
}

/// Where the saved sessions are, and reading them with a warning for each file skipped.
pub struct ArchiveSetup {
    sessions_dir: PathBuf,
}

impl ArchiveSetup {
    pub fn new(data: Option<&Path>) -> anyhow::Result<Self> {
        Ok(ArchiveSetup {
            sessions_dir: sessions_dir(&data_dir(data)?),
        })
    }

    /// Every readable session; each unreadable file is named on stderr and left untouched.
    pub fn load(&self) -> anyhow::Result<Archive> {
        let archive = Archive::load(&self.sessions_dir)?;
        warn_unreadable(&archive.unreadable);
        Ok(archive)
    }

    /// What to say when there is nothing saved yet.
    pub fn nothing_saved_yet(&self) -> String {
        format!(
            "No saved sessions yet (they are kept in {}).\nEvery session is saved as you go: start with `rehearse mock`, or `rehearse drill conflict` for one category.",
            self.sessions_dir.display()
        )
    }
}

/// Writes a file the user named (a stories file, a prep sheet) atomically: the old file or the
/// new one, never a part.
pub(crate) fn write_user_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::transcript::write_atomically(dir, path, bytes)
}

/// Files the user names are refused over this size rather than read into memory.
pub(crate) const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a file the user named (an answer, a batch, an answers file), refusing a missing file,
/// a folder or a file over [`MAX_INPUT_BYTES`] with what to do instead.
pub(crate) fn read_user_file(path: &Path, what: &str, help: &str) -> Result<Vec<u8>, UsageError> {
    let cannot_read = |e: &dyn std::fmt::Display| {
        UsageError::new(
            format!("{}: cannot read the {what}: {e}", path.display()),
            help,
        )
    };
    read_capped(path, MAX_INPUT_BYTES).map_err(|err| match err {
        CappedReadError::Io(e) => cannot_read(&e),
        CappedReadError::Folder => cannot_read(&"it is a folder, not a file"),
        CappedReadError::TooBig { size } => cannot_read(&format!(
            "it is {size} bytes, over the limit of {MAX_INPUT_BYTES}"
        )),
    })
}

/// Reads all of standard input as UTF-8 text (`what` names it in errors: "the answer",
/// "answers"), refusing more than [`MAX_INPUT_BYTES`] rather than cutting it short.
pub(crate) fn read_stdin_text(what: &str, help: &str) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {what} from standard input"))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(UsageError::new(
            format!("standard input holds over {MAX_INPUT_BYTES} bytes: too much for {what}"),
            help,
        )
        .into());
    }
    String::from_utf8(bytes).map_err(|err| {
        crate::input::InputError::NotUtf8 {
            source_name: "standard input".to_owned(),
            offset: err.utf8_error().valid_up_to(),
        }
        .into()
    })
}

/// Reads a file the user named as UTF-8 text.
pub(crate) fn read_user_text(path: &Path, what: &str, help: &str) -> Result<String, UsageError> {
    String::from_utf8(read_user_file(path, what, help)?).map_err(|e| {
        UsageError::new(
            format!(
                "{}: cannot read the {what}: it is not UTF-8 text (first bad byte at offset {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ),
            "save the file as UTF-8 text",
        )
    })
}

/// The category with this id, or an error naming the nearest ids.
pub(crate) fn find_category<'a>(bank: &'a Bank, id: &str) -> Result<&'a Category, UsageError> {
    bank.category(id).ok_or_else(|| {
        let ids = bank.category_ids();
        let hint = match did_you_mean(id, ids.iter().copied()) {
            Some(suggestion) => format!("{suggestion} (all: {})", ids.join(", ")),
            None => format!("the categories are: {}", ids.join(", ")),
        };
        UsageError::new(format!("unknown category `{}`", sanitize(id)), hint)
    })
}
