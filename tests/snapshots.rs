//! Snapshots of output a person reads: the score report and the bank listing.

use assert_cmd::Command;

fn rehearse() -> Command {
    let mut cmd = Command::cargo_bin("rehearse").expect("binary builds");
    // Sessions are saved under the system's temporary folder, never in the user's data.
    cmd.env("NO_COLOR", "1").env(
        "REHEARSE_DATA_DIR",
        std::env::temp_dir().join("rehearse-snapshot-tests"),
    );
    cmd
}

/// A session's output with the saved file's name (a time and a random id) made stable.
fn session_snapshot(name: &str, out: &str) {
    insta::with_settings!({filters => vec![(r"Saved to .*\.yaml", "Saved to [TRANSCRIPT]")]}, {
        insta::assert_snapshot!(name, out);
    });
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

const STORY: &str = "Last spring a senior engineer on my team, Priya, wanted to move our alerts onto a new queue two weeks before a big launch. \
I thought it was too risky. Rather than argue in the review, I asked her for half an hour to understand her reasoning, and her real worry \
was that the old queue was dropping messages under load. So I wrote a load test and we ran it together: it dropped about 0.5% of messages \
at peak. We agreed to add retries to the old queue for the launch and move in the next quarter. The launch went out with no lost alerts, \
and we co-wrote the migration plan. I learned to ask what problem a proposal solves before I argue with it.";

#[test]
fn score_report() {
    let out = stdout_of(
        rehearse()
            .args(["score", "--category", "conflict"])
            .write_stdin(STORY),
    );
    insta::assert_snapshot!(out);
}

#[test]
fn score_report_for_a_weak_prioritisation_answer() {
    let answer = "Honestly, I just put my head down and work harder. I'll stay late if I have to. It all gets done in the end, it always does.";
    let out = stdout_of(
        rehearse()
            .args([
                "score",
                "--category",
                "prioritisation",
                "--question",
                "How do you prioritise when everything is urgent?",
            ])
            .write_stdin(answer),
    );
    insta::assert_snapshot!(out);
}

#[test]
fn bank_list() {
    insta::assert_snapshot!(stdout_of(rehearse().args(["bank", "list"])));
}

#[test]
fn bank_show() {
    insta::assert_snapshot!(stdout_of(rehearse().args([
        "bank",
        "show",
        "conflict-disagreed-with-manager"
    ])));
}

#[test]
fn scripted_drill_with_a_follow_up_and_the_summary() {
    let out = stdout_of(
        rehearse()
            .args(["drill", "conflict", "--questions", "2", "--seed", "4"])
            .write_stdin(format!(
                "{STORY}\n\nWe measured it: lost alerts went from 40 a week to none.\n\n\
                 We argued about it and then it was fine.\n"
            )),
    );
    session_snapshot("scripted_drill_with_a_follow_up_and_the_summary", &out);
}

#[test]
fn scripted_mock_with_feedback_at_the_end() {
    let out = stdout_of(
        rehearse()
            .args([
                "mock",
                "--questions",
                "2",
                "--seed",
                "4",
                "--feedback",
                "end",
            ])
            .write_stdin(format!(
                "{STORY}\n\n\nWhat would success look like after 90 days?\n"
            )),
    );
    session_snapshot("scripted_mock_with_feedback_at_the_end", &out);
}
