use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = rehearse::cli::Cli::parse();
    match rehearse::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if rehearse::error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", rehearse::ui::sanitize(&format!("{err:#}")));
            ExitCode::from(rehearse::error::exit_code(&err))
        }
    }
}
