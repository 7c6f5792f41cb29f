//! One file per subcommand; `run` dispatches.

mod bank;
mod score;
mod session;

use crate::bank::{Bank, Category};
use crate::cli::{Cli, Command};
use crate::error::{UsageError, nearest};
use crate::ui::sanitize;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Bank(command) => bank::run(command, &cli.banks),
        Command::Mock(args) => session::run_mock(&args, &Bank::load(&cli.banks)?),
        Command::Drill(args) => session::run_drill(&args, &Bank::load(&cli.banks)?),
        Command::Score(args) => {
            let bank = Bank::load(&cli.banks)?;
            score::run(&args, &bank)
        }
    }
}

/// The category with this id, or an error naming the nearest ids.
pub(crate) fn find_category<'a>(bank: &'a Bank, id: &str) -> Result<&'a Category, UsageError> {
    bank.category(id).ok_or_else(|| {
        let ids = bank.category_ids();
        let close = nearest(id, ids.iter().copied());
        let hint = if close.is_empty() {
            format!("the categories are: {}", ids.join(", "))
        } else {
            format!(
                "did you mean {}? (all: {})",
                close.join(" or "),
                ids.join(", ")
            )
        };
        UsageError::new(format!("unknown category `{}`", sanitize(id)), hint)
    })
}
