//! The README's tour is real output. Each ```text block under "## A short tour" that opens
//! with `$ rehearse ...` is run, in order, against one fresh data directory from the project's
//! root, and what the program prints must match the block. A line `...` in a block stands for
//! any number of lines; session ids, start times and the data directory are masked on both
//! sides, since they differ on every run.

mod common;

use std::path::Path;

use regex::Regex;

/// One command of the tour and what the README says it prints.
struct Step {
    args: Vec<String>,
    shown: Vec<String>,
}

fn tour_steps(readme: &str) -> Vec<Step> {
    let mut lines = readme.lines().skip_while(|l| *l != "## A short tour");
    assert!(
        lines.next().is_some(),
        "the README has a section '## A short tour'"
    );
    let mut steps = Vec::new();
    while let Some(line) = lines.next() {
        // The next section; a heading inside a code block (Markdown output) does not count.
        if line.starts_with("## ") {
            break;
        }
        if line.trim() != "```text" {
            continue;
        }
        let block: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
        let Some(command) = block.first().and_then(|l| l.strip_prefix("$ rehearse ")) else {
            continue;
        };
        steps.push(Step {
            args: command.split_whitespace().map(str::to_owned).collect(),
            shown: block[1..].iter().map(|l| (*l).to_owned()).collect(),
        });
    }
    steps
}

/// Masks what changes from run to run.
fn masked(text: &str, data_dir: &Path) -> Vec<String> {
    let session_file = Regex::new(r"\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{6}").expect("a valid regex");
    let started = Regex::new(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").expect("a valid regex");
    let id = Regex::new(r"\b[0-9a-f]{6}\b").expect("a valid regex");
    let text = text.replace(&data_dir.display().to_string(), "~/.local/share/rehearse");
    text.lines()
        .map(|line| {
            let line = session_file.replace_all(line, "<session file>");
            let line = started.replace_all(&line, "<started>");
            id.replace_all(&line, "<id>").trim_end().to_owned()
        })
        .collect()
}

/// Whether `actual` matches `shown`, where a `...` line in `shown` matches any run of lines.
fn matches(shown: &[String], actual: &[String]) -> bool {
    match shown.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual.first() == Some(first) && matches(rest, &actual[1..]),
    }
}

#[test]
fn every_command_in_the_readme_tour_prints_what_the_readme_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("read README.md");
    let steps = tour_steps(&readme);
    let commands: Vec<String> = steps.iter().map(|s| s.args.join(" ")).collect();
    for wanted in ["mock", "drill", "score", "review", "progress"] {
        assert!(
            commands.iter().any(|c| c.starts_with(wanted)),
            "the tour shows no `rehearse {wanted}`: {commands:?}"
        );
    }

    let dir = common::tempdir();
    let data_dir = dir.path().join("data");
    for step in &steps {
        let mut cmd = common::rehearse(root);
        cmd.env("REHEARSE_DATA_DIR", &data_dir).args(&step.args);
        let stdout = common::succeeded(common::finish(&mut cmd), &[&step.args.join(" ")]);
        let actual = masked(&stdout, &data_dir);
        let shown = masked(&step.shown.join("\n"), &data_dir);
        assert!(
            matches(&shown, &actual),
            "`rehearse {}` no longer prints what the README shows.\n\
             --- README (masked) ---\n{}\n--- program (masked) ---\n{}",
            step.args.join(" "),
            shown.join("\n"),
            actual.join("\n")
        );
    }
}

#[test]
fn an_ellipsis_stands_for_any_lines_and_nothing_else_is_loose() {
    let lines = |text: &str| -> Vec<String> { text.lines().map(str::to_owned).collect() };
    assert!(matches(&lines("a\n...\nd"), &lines("a\nb\nc\nd")));
    assert!(matches(&lines("a\n...\nd"), &lines("a\nd")));
    assert!(!matches(&lines("a\n...\nd"), &lines("a\nb\nc")));
    assert!(!matches(&lines("a\nb"), &lines("a\nb\nc")));
    let dir = Path::new("/tmp/x");
    assert_eq!(
        masked(
            "Saved to /tmp/x/sessions/20261122T074610.684Z-ac2605.yaml",
            dir
        ),
        ["Saved to ~/.local/share/rehearse/sessions/<session file>.yaml"]
    );
}
