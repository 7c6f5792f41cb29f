//! Shell integration: completion scripts and manual pages made from the clap definitions, the
//! version, exit codes for bad arguments, and a closed pipe taken quietly.

mod common;

use std::io::Read;
use std::process::Stdio;

use common::{finish, rehearse, succeeded, tempdir, words};

/// Every command a user can type after `rehearse`.
const COMMANDS: &[&str] = &[
    "mock",
    "drill",
    "review",
    "progress",
    "stories",
    "prep",
    "bank",
    "score",
    "completions",
    "man",
];

fn run_ok(args: &[&str]) -> String {
    let dir = tempdir();
    succeeded(finish(rehearse(dir.path()).args(args)), args)
}

#[test]
fn every_shell_gets_a_script_naming_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = run_ok(&["completions", shell]);
        for command in COMMANDS {
            assert!(
                script.contains(command),
                "the {shell} script does not offer `{command}`"
            );
        }
        // Options of a subcommand are completed too.
        assert!(script.contains("seed"), "the {shell} script lacks --seed");
    }
}

#[cfg(unix)]
#[test]
fn the_bash_script_completes_commands_and_category_free_options_in_a_real_bash() {
    let dir = tempdir();
    let script = run_ok(&["completions", "bash"]);
    let path = dir.path().join("rehearse.bash");
    std::fs::write(&path, script).expect("write the script");
    // Ask bash itself what `rehearse dr<Tab>` and `rehearse drill --se<Tab>` complete to.
    let probe = format!(
        "source '{}'\n\
         COMP_WORDS=(rehearse dr); COMP_CWORD=1; _rehearse rehearse dr rehearse; echo \"${{COMPREPLY[@]}}\"\n\
         COMP_WORDS=(rehearse drill --se); COMP_CWORD=2; _rehearse rehearse --se drill; echo \"${{COMPREPLY[@]}}\"\n",
        path.display()
    );
    let output = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &probe])
        .output()
        .expect("bash runs");
    let said = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(
        lines,
        ["drill", "--seed"],
        "bash said: {said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_man_page_is_roff_with_every_command_and_the_exit_codes() {
    let page = run_ok(&["man"]);
    assert!(page.contains(".TH rehearse 1"), "no title line:\n{page}");
    assert!(page.contains(".SH SYNOPSIS"));
    assert!(page.contains("Exit codes: 0 success, 1 failure, 2 bad input"));
    for command in COMMANDS {
        assert!(
            page.contains(&format!("rehearse\\-{command}(1)")),
            "the page does not list `{command}`"
        );
    }
}

#[test]
fn man_dir_writes_one_page_per_command() {
    let dir = tempdir();
    let pages = dir.path().join("man/man1");
    let args = ["man", "--dir", "man/man1"];
    let said = succeeded(finish(rehearse(dir.path()).args(args)), &args);
    assert!(
        said.contains("Wrote the manual pages into man/man1"),
        "{said}"
    );
    for name in [
        "rehearse.1",
        "rehearse-drill.1",
        "rehearse-review-show.1",
        "rehearse-stories-add.1",
    ] {
        let page = std::fs::read_to_string(pages.join(name))
            .unwrap_or_else(|e| panic!("{name} was not written: {e}"));
        assert!(page.starts_with(".ie"), "{name} is not roff");
    }
    let drill = std::fs::read_to_string(pages.join("rehearse-drill.1")).expect("the drill page");
    assert!(
        drill.contains("\\-\\-weakest"),
        "the drill page lacks its options"
    );
}

#[test]
fn version_names_the_program_and_its_version() {
    let said = run_ok(&["--version"]);
    assert_eq!(said, format!("rehearse {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_shell_or_command_is_bad_input_with_the_choices() {
    let dir = tempdir();
    for (line, said) in [
        (
            "completions tcsh",
            "[possible values: bash, elvish, fish, powershell, zsh]",
        ),
        ("mokc", "tip: a similar subcommand exists: 'mock'"),
    ] {
        let run = finish(rehearse(dir.path()).args(words(line)));
        assert_eq!(run.code, 2, "{line}: {run:#?}");
        assert!(run.stderr.contains(said), "{line}: {}", run.stderr);
    }
}

#[test]
fn help_documents_the_exit_codes() {
    let help = run_ok(&["--help"]);
    assert!(
        help.contains("Exit codes: 0 success, 1 failure, 2 bad input"),
        "{help}"
    );
}

/// `rehearse ... | head` closes the pipe early: the program must stop quietly with 0, not
/// panic ("failed printing to stdout") or print an error.
#[test]
fn a_closed_pipe_ends_each_printing_command_quietly() {
    let dir = tempdir();
    // A category of 3,000 questions: far more than a pipe buffer holds, so the write must fail.
    std::fs::write(
        dir.path().join("big.yaml"),
        common::generated::generated_bank_yaml(3_000),
    )
    .expect("write the bank");
    for line in [
        "--bank big.yaml bank list --category generated",
        "--bank big.yaml bank list --category generated --json",
    ] {
        let args = words(line);
        let mut child = common::rehearse_process(dir.path())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("rehearse starts");
        // Read one byte, then close our end, as `head -c 1` would.
        let mut stdout = child.stdout.take().expect("a stdout pipe");
        let mut first = [0u8; 1];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .expect("a stderr pipe")
            .read_to_string(&mut stderr)
            .expect("read stderr");
        let status = child.wait().expect("rehearse ends");
        assert_eq!(
            status.code(),
            Some(0),
            "`rehearse {}` after the pipe closed: {stderr}",
            args.join(" ")
        );
        assert_eq!(
            stderr,
            "",
            "`rehearse {}` complained about the closed pipe",
            args.join(" ")
        );
    }
}
