//! Helpers shared by the integration tests that drive the real binary.
#![allow(dead_code)] // each test binary uses its own subset

use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

/// What one run of the program did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The program, run in `dir` (so messages name files as the test passed them), saving sessions
/// in `dir/data`, with colour settings cleared and colour off; a test that wants colour sets it
/// again.
pub fn rehearse(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("rehearse").expect("the rehearse binary is built");
    cmd.current_dir(dir)
        .env("REHEARSE_DATA_DIR", dir.join("data"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    cmd
}

/// Runs a prepared command to the end.
pub fn finish(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("rehearse runs");
    Run {
        code: output
            .status
            .code()
            .expect("rehearse exited normally, not by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

pub fn tempdir() -> TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// Asserts a run succeeded quietly; returns its stdout.
pub fn succeeded(run: Run, args: &[&str]) -> String {
    assert_eq!(
        run.code,
        0,
        "`rehearse {}` failed: {run:#?}",
        args.join(" ")
    );
    assert_eq!(
        run.stderr,
        "",
        "`rehearse {}` wrote to stderr",
        args.join(" ")
    );
    run.stdout
}
