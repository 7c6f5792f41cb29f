//! End-to-end tests of `rehearse mock` and `rehearse drill` run from a script (an answers file
//! or piped standard input): the plan, reproducible seeds, follow-ups, feedback timing, the
//! summary, and the input they must refuse.

use std::fs;
use std::path::Path;

mod common;
use common::{Run, answers_file, finish, questions, rehearse, succeeded, tempdir, words};

/// A complete story with a number in its result and a lesson.
const STRONG: &str = "Last spring our support queue had grown to 900 open tickets. My job was to get \
first replies under one day. I sorted the queue by product, wrote ten macros and set up a daily \
triage rota with two other leads. Within a month the backlog went from 900 tickets to 120. I learned \
that a rota beats heroics, and since then I always start with triage.";

/// A story with an outcome but no number, told with "we".
const NO_NUMBER: &str = "Last year we had a dispute with the design team about the release date. \
I set up a meeting, showed them the defect list, and we agreed to ship a week later. The release \
shipped without a single critical bug and the client renewed the contract.";

const REPLY_WITH_NUMBER: &str = "We tracked defects after release: they went from 14 a week to 3.";

fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Run {
    finish(rehearse(dir).args(args).write_stdin(stdin))
}

fn without_saved_line(stdout: &str) -> String {
    stdout
        .lines()
        .filter(|l| !l.trim_start().starts_with("Saved to "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_mock_runs_in_interview_order_and_ends_with_the_candidates_questions() {
    let dir = tempdir();
    answers_file(
        dir.path(),
        &[
            Some(STRONG),
            Some(STRONG),
            Some(NO_NUMBER),
            Some(STRONG),
            Some(NO_NUMBER),
            Some("I would want between 62 and 68 thousand, based on two salary surveys."),
            Some(
                "What would you need to see in the first three months?\nWhere do handovers break today?",
            ),
        ],
    );
    let args = words("mock --answers answers.yaml --seed 11 --followups 0");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);

    assert!(
        out.starts_with("Mock interview · 6 questions · seed 11\n"),
        "{out}"
    );
    let titles: Vec<String> = questions(&out).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles.len(), 6, "{out}");
    assert!(["Motivation and commitment", "Culture and team fit"].contains(&titles[0].as_str()));
    assert_eq!(titles[1], "Drilling into your CV");
    assert!(
        [
            "Decision-making and prioritisation",
            "Scenario and case questions"
        ]
        .contains(&titles[2].as_str())
    );
    assert!(["Conflict and feedback", "Values and integrity"].contains(&titles[3].as_str()));
    assert_eq!(titles[4], "Red-flag questions");
    assert_eq!(titles[5], "Salary and the offer");

    let asked = out
        .find("Do you have any questions for us?")
        .expect("the candidate's questions come last");
    assert!(asked > out.find("━━ Question 6 of 6").expect("question 6"));
    // Both questions are judged strong, with the words that made them so.
    assert!(out.contains("Your questions: 2 of 2 strong"), "{out}");
    assert!(out.contains("(\"first three months\")"), "{out}");
    assert!(out.contains("(\"handovers\")"), "{out}");
    assert!(out.contains("Average "), "{out}");
    assert!(out.contains("Next: rehearse drill "), "{out}");
    // Each answer is echoed and scored.
    assert_eq!(out.matches("Score ").count(), 6, "{out}");
    assert!(out.contains("│ Last spring our support queue"), "{out}");
}

#[test]
fn the_same_seed_asks_the_same_questions_and_a_new_seed_is_shown() {
    let dir = tempdir();
    let first = run_in(
        dir.path(),
        &["mock", "--seed", "42", "--questions", "8"],
        "",
    );
    let second = run_in(
        dir.path(),
        &["mock", "--seed", "42", "--questions", "8"],
        "",
    );
    assert_eq!(first.code, 0, "{first:#?}");
    // Everything but the name of the saved file is the same.
    assert_eq!(
        without_saved_line(&first.stdout),
        without_saved_line(&second.stdout)
    );
    let other = run_in(
        dir.path(),
        &["mock", "--seed", "43", "--questions", "8"],
        "",
    );
    assert_ne!(questions(&first.stdout), questions(&other.stdout));

    // Without --seed a seed is picked and shown, and it repeats the session.
    let unseeded = run_in(dir.path(), &["drill", "conflict"], "");
    let header = unseeded.stdout.lines().next().expect("a header").to_owned();
    let seed = header
        .split("repeat it with --seed ")
        .nth(1)
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or_else(|| panic!("no seed shown in {header:?}"));
    let repeated = run_in(dir.path(), &["drill", "conflict", "--seed", seed], "");
    assert_eq!(questions(&unseeded.stdout), questions(&repeated.stdout));
}

#[test]
fn a_drill_stays_in_its_category_and_never_repeats_a_question() {
    let dir = tempdir();
    let run = run_in(
        dir.path(),
        &["drill", "salary", "--questions", "100", "--seed", "3"],
        "",
    );
    assert_eq!(run.code, 0, "{run:#?}");
    let asked = questions(&run.stdout);
    assert_eq!(asked.len(), 18, "all 18 salary questions, once each");
    assert!(
        asked
            .iter()
            .all(|(title, _)| title == "Salary and the offer")
    );
    let mut texts: Vec<&String> = asked.iter().map(|(_, q)| q).collect();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), 18);
    assert!(
        run.stderr
            .contains("only 18 different questions are available"),
        "{}",
        run.stderr
    );
    // A drill has no "questions for us" at the end.
    assert!(!run.stdout.contains("Do you have any questions for us?"));
}

#[test]
fn a_result_without_a_number_gets_a_follow_up_and_a_reply_can_fill_it() {
    let dir = tempdir();
    answers_file(dir.path(), &[Some(NO_NUMBER), Some(REPLY_WITH_NUMBER)]);
    let args = words("drill conflict -n 1 --seed 1 --answers answers.yaml");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);
    let follow_up = out.find("↳ Follow-up:").expect("a follow-up was asked");
    let follow_up_text = &out[follow_up..];
    assert!(
        follow_up_text.contains("Asked because the result had no number"),
        "{out}"
    );
    assert!(
        follow_up_text.contains("That fills the gap: \"from 14 a week to 3\""),
        "{out}"
    );
    assert!(out.contains("follow-ups 1/1"), "{out}");

    let args = words("drill conflict -n 1 --seed 1 --answers answers.yaml --followups 0");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);
    assert!(!out.contains("Follow-up"), "{out}");
}

#[test]
fn feedback_can_wait_until_the_end() {
    let dir = tempdir();
    answers_file(dir.path(), &[Some(STRONG), None, Some(NO_NUMBER), None]);
    let args = words("drill depth_probing -n 2 --seed 5 --answers answers.yaml --feedback end");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);
    let feedback = out.find("━━ Feedback").expect("a feedback section");
    assert!(
        !out[..feedback].contains("Score "),
        "feedback leaked early: {out}"
    );
    assert!(!out[..feedback].contains("Asked because"), "{out}");
    assert_eq!(out[feedback..].matches("Score ").count(), 2, "{out}");
    assert!(out[feedback..].contains("(asked because"), "{out}");
}

#[test]
fn piped_answers_are_split_at_blank_lines_and_missing_ones_are_skipped() {
    let dir = tempdir();
    let stdin = format!("{STRONG}\n\n\n{NO_NUMBER}\n");
    let args = words("drill integrity -n 3 --seed 2 --followups 0");
    let out = succeeded(run_in(dir.path(), &args, &stdin), &args);
    assert_eq!(out.matches("Score ").count(), 2, "{out}");
    assert_eq!(out.matches("(skipped)").count(), 1, "{out}");
    assert!(out.contains("Average "), "{out}");
    assert!(out.contains("1 skipped"), "{out}");
}

#[test]
fn a_scripted_answer_is_timed_by_how_long_it_takes_to_say() {
    let dir = tempdir();
    // 350 words take 150 s to say, past the 90 s conflict window.
    let long = "word ".repeat(350);
    answers_file(dir.path(), &[Some(long.trim())]);
    let args = words("drill conflict -n 1 --seed 1 --answers answers.yaml --followups 0");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);
    assert!(
        out.contains("about 2 min 30 s to say against 60 to 90 s"),
        "{out}"
    );
    assert!(out.contains("1 min overtime"), "{out}");
    assert!(out.contains("2 min 30 s (+1 min over)"), "{out}");
}

#[test]
fn mock_categories_can_be_chosen() {
    let dir = tempdir();
    let args = words("mock --categories integrity,conflict -n 4 --seed 8");
    let out = succeeded(run_in(dir.path(), &args, ""), &args);
    let titles: Vec<String> = questions(&out).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles.len(), 4);
    assert!(
        titles
            .iter()
            .all(|t| t == "Values and integrity" || t == "Conflict and feedback"),
        "{titles:?}"
    );
}

#[test]
fn a_drill_works_on_a_category_from_a_user_bank() {
    let dir = tempdir();
    fs::write(
        dir.path().join("mine.yaml"),
        "id: handover\ntitle: Handovers\ntesting: How you hand work over.\nstructure: car\n\
         time_window: {min: 30, max: 60}\nquestions:\n  - id: handover-1\n    text: Tell me about a handover you ran.\n",
    )
    .expect("write bank");
    let args = ["drill", "handover", "--bank", "mine.yaml", "--seed", "1"];
    let run = run_in(dir.path(), &args, "");
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(questions(&run.stdout).len(), 1);
    assert!(run.stdout.contains("Tell me about a handover you ran."));
}

#[test]
fn bad_input_is_refused_with_exit_code_2_and_a_way_to_fix_it() {
    let dir = tempdir();
    fs::write(dir.path().join("bad.yaml"), "- one\n- [a, b]\n").expect("write");
    fs::write(dir.path().join("map.yaml"), "answer: one\n").expect("write");
    let cases: [(&[&str], &str); 7] = [
        (&["drill", "conflcit"], "unknown category `conflcit`"),
        (&["drill", "conflcit"], "did you mean conflict?"),
        (
            &["mock", "--categories", "conflict,nope"],
            "unknown category `nope`",
        ),
        (
            &["mock", "--categories", "questions_to_ask"],
            "rehearse drill questions_to_ask",
        ),
        (
            &["drill", "conflict", "--answers", "missing.yaml"],
            "missing.yaml: cannot read the answers file",
        ),
        (
            &["drill", "conflict", "--answers", "bad.yaml"],
            "bad.yaml:2:3: ",
        ),
        (
            &["drill", "conflict", "--answers", "map.yaml"],
            "help: an answers file is a YAML list",
        ),
    ];
    for (args, expected) in cases {
        let run = run_in(dir.path(), args, "");
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
        assert!(run.stderr.contains(expected), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
    }
    for args in [
        &["mock", "--questions", "0"][..],
        &["drill", "conflict", "--followups", "9"],
        &["drill", "conflict", "--feedback", "later"],
        &["drill"],
    ] {
        let run = run_in(dir.path(), args, "");
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
    }
}

#[test]
fn piped_answers_that_are_not_utf8_are_refused_as_bad_input() {
    let dir = tempdir();
    let run = finish(
        rehearse(dir.path())
            .args(["drill", "conflict", "-n", "1", "--seed", "1"])
            .write_stdin(b"I asked \xff\xfe for the logs.\n".to_vec()),
    );
    assert_eq!(run.code, 2, "{run:#?}");
    assert!(
        run.stderr.contains(
            "standard input: the answer is not valid UTF-8 text (first bad byte at offset 8)"
        ),
        "{}",
        run.stderr
    );
}
