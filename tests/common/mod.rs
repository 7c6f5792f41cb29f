//! Helpers shared by the integration tests that drive the real binary.
#![allow(dead_code)] // each test binary uses its own subset

pub mod generated;

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
    Command::from_std(rehearse_process(dir))
}

/// The same program as [`rehearse`], as a plain process for a test that streams its output.
pub fn rehearse_process(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("rehearse"));
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

/// The question headers of a session's output, as `(category title, question text)`.
pub fn questions(stdout: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = stdout.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(rest) = line.strip_prefix("━━ Question ") {
            let title = rest.split(" · ").nth(1).unwrap_or_default().to_owned();
            // The question is the first paragraph after the "Tests:" paragraph.
            let body: Vec<&str> = lines[i + 1..]
                .iter()
                .skip_while(|l| !l.trim().is_empty())
                .skip(1)
                .take_while(|l| !l.trim().is_empty())
                .map(|l| l.trim())
                .collect();
            found.push((title, body.join(" ")));
        }
    }
    found
}

/// Writes `answers.yaml` in `dir` (a YAML list; `None` skips) and returns its name.
pub fn answers_file(dir: &Path, answers: &[Option<&str>]) -> &'static str {
    let yaml: String = answers
        .iter()
        .map(|a| match a {
            Some(text) => format!("- {}\n", serde_json::to_string(text).expect("a string")),
            None => "- ~\n".to_owned(),
        })
        .collect();
    std::fs::write(dir.join("answers.yaml"), yaml).expect("write the answers");
    "answers.yaml"
}

/// A command line's arguments, split at spaces.
pub fn words(line: &str) -> Vec<&str> {
    line.split(' ').collect()
}
