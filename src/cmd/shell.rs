//! Shell integration: completion scripts and manual pages, both made from the clap definitions.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};

/// `rehearse completions SHELL`: the script on standard output.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "rehearse", &mut out);
    write_stdout(&out)
}

/// `rehearse man`: the main page on standard output, or every page into `--dir`.
pub fn man(args: &ManArgs) -> anyhow::Result<()> {
    match &args.dir {
        Some(dir) => write_pages(dir),
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            write_stdout(&out)
        }
    }
}

fn write_pages(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("could not create the folder {}", dir.display()))?;
    clap_mangen::generate_to(Cli::command(), dir)
        .with_context(|| format!("could not write the manual pages into {}", dir.display()))?;
    write_stdout(format!("Wrote the manual pages into {}\n", dir.display()).as_bytes())
}

/// Whole output in one write, so a closed pipe is one error the caller treats as quiet.
fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}
