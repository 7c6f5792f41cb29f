//! End-to-end tests of `rehearse score`: one answer from a file or standard input, the JSON
//! report, batches, and the input it must refuse.

use std::fs;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{Run, finish, rehearse, succeeded, tempdir};

/// A complete STAR answer with a lesson and a from-X-to-Y result.
const STRONG: &str = "Last year our two teams disagreed about whether to ship the new billing page \
before the holiday freeze. My task was to get both leads to agree on a release plan within a \
week. I set up a meeting with the other lead, listened to her concerns about support load, and \
proposed a staged rollout to 10% of customers with a rollback switch. We agreed on the plan and I \
wrote the checklist myself. As a result, failed payments went from 4% to 1% and support tickets \
dropped by 30% in the first month. I learned that asking for the other side's data first turns an \
argument into a joint decision, and since then I always start with their numbers.\n";

const VAGUE: &str = "I'm a people person and I always get along with everyone. I think \
communication is really important and I try to be a team player.\n";

const BADMOUTHING: &str = "My manager was clueless and it wasn't my fault.\n";

const HEADINGS: [&str; 4] = [
    "Parts",
    "Measurable results",
    "Delivery",
    "What to fix first",
];

const PARTS: [&str; 5] = ["situation", "task", "action", "result", "learning"];

/// Runs `args` in `dir` with `stdin` as standard input.
fn run_in(dir: &Path, args: &[&str], stdin: impl Into<Vec<u8>>) -> Run {
    finish(rehearse(dir).args(args).write_stdin(stdin.into()))
}

fn ok(dir: &Path, args: &[&str], stdin: impl Into<Vec<u8>>) -> String {
    succeeded(run_in(dir, args, stdin), args)
}

/// Runs a command that must be refused as bad input: exit 2, nothing on stdout, an `error:`
/// line and a `help:` line. Returns both lines.
fn refused(dir: &Path, args: &[&str], stdin: impl Into<Vec<u8>>) -> (String, String) {
    let run = run_in(dir, args, stdin);
    assert_eq!(
        run.code,
        2,
        "`rehearse {}` should exit 2: {run:#?}",
        args.join(" ")
    );
    assert_eq!(
        run.stdout,
        "",
        "`rehearse {}` printed output before refusing",
        args.join(" ")
    );
    let mut lines = run.stderr.lines();
    let message = lines.next().expect("an error line").to_owned();
    assert!(message.starts_with("error: "), "{}", run.stderr);
    let help = lines
        .find(|l| l.starts_with("  help: "))
        .unwrap_or_else(|| panic!("no `help:` line in {:?}", run.stderr))
        .to_owned();
    (message, help)
}

fn with_file(name: &str, contents: impl AsRef<[u8]>) -> TempDir {
    let dir = tempdir();
    fs::write(dir.path().join(name), contents).expect("write file");
    dir
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not one JSON value ({e}): {text}"))
}

/// Scores `answer` in `category` through standard input and returns the JSON report.
fn score_json(answer: &str, category: &str) -> Value {
    let dir = tempdir();
    json(&ok(
        dir.path(),
        &["score", "--category", category, "--json"],
        answer,
    ))
}

fn score_of(report: &Value) -> u64 {
    let score = report["score"].as_u64().expect("score is a whole number");
    assert!(score <= 100, "score {score} is over 100");
    score
}

/// The `N` of the report's `Score N/100` line.
fn human_score(report: &str) -> u64 {
    let first = report.lines().next().expect("a first line");
    let rest = first
        .strip_prefix("Score ")
        .unwrap_or_else(|| panic!("the report does not open with `Score N/100`: {first:?}"));
    let (n, _) = rest.split_once("/100").expect("`/100` after the score");
    n.parse().expect("the score is a number")
}

/// Checks the human report has every section heading, on a line of its own.
fn assert_headings(report: &str) {
    for heading in HEADINGS {
        assert!(
            report.lines().any(|l| l == heading),
            "no `{heading}` heading in\n{report}"
        );
    }
}

/// Checks the documented JSON shape, and that every quoted piece of evidence is the answer's
/// own words.
fn assert_report_shape(report: &Value, answer: &str, category: &str) {
    let object = report.as_object().expect("the report is a JSON object");
    assert_eq!(report["category"], category);
    assert!(report["framework"].is_string(), "{report}");

    for part in PARTS {
        let finding = &report["components"][part];
        assert!(
            finding["present"].is_boolean(),
            "components.{part}.present: {report}"
        );
        let evidence = finding["evidence"].as_array().expect("evidence is a list");
        if finding["present"] == true {
            assert!(!evidence.is_empty(), "{part} is present with no evidence");
        }
        for e in evidence {
            let e = e.as_str().expect("evidence is text");
            assert!(
                answer.contains(e),
                "{part} evidence {e:?} is not in the answer"
            );
        }
    }

    for metric in report["metrics"].as_array().expect("metrics is a list") {
        let text = metric["text"].as_str().expect("metrics[].text");
        assert!(
            answer.contains(text),
            "metric {text:?} is not in the answer"
        );
        assert!(!metric["kind"].as_str().expect("metrics[].kind").is_empty());
    }

    let delivery = &report["delivery"];
    for key in [
        "words",
        "estimated_seconds",
        "fillers",
        "hedges",
        "i_count",
        "we_count",
    ] {
        assert!(
            delivery[key].is_u64(),
            "delivery.{key} is not a count: {delivery}"
        );
    }

    assert!(report["flags"]["badmouthing"].is_boolean(), "{report}");
    for key in ["badmouthing_evidence", "cliche_evidence"] {
        for e in report["flags"][key]
            .as_array()
            .expect("flag evidence is a list")
        {
            let e = e.as_str().expect("text");
            assert!(
                answer.contains(e),
                "flag evidence {e:?} is not in the answer"
            );
        }
    }

    let checklist = report["checklist"]
        .as_object()
        .expect("checklist is an object");
    assert!(!checklist.is_empty(), "{category} has a checklist");
    for (item, met) in checklist {
        assert!(met.is_boolean(), "checklist.{item} is not a bool");
    }
    if let Some(evidence) = object.get("checklist_evidence") {
        for (item, e) in evidence
            .as_object()
            .expect("checklist_evidence is an object")
        {
            assert_eq!(
                checklist.get(item),
                Some(&Value::Bool(true)),
                "evidence for unmet {item}"
            );
            let e = e.as_str().expect("text");
            assert!(
                answer.contains(e),
                "checklist evidence {e:?} is not in the answer"
            );
        }
    }

    score_of(report);
    for tip in report["tips"].as_array().expect("tips is a list") {
        assert!(!tip.as_str().expect("a tip is text").is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// One answer

#[test]
fn scores_an_answer_from_a_file() {
    let dir = with_file("answer.txt", STRONG);
    let report = ok(
        dir.path(),
        &["score", "answer.txt", "--category", "conflict"],
        "",
    );
    assert_headings(&report);
    let n = human_score(&report);
    assert!(
        report.starts_with(&format!("Score {n}/100  ·  conflict  ·  fits ")),
        "{report}"
    );
    let as_json = json(&ok(
        dir.path(),
        &["score", "answer.txt", "--category", "conflict", "--json"],
        "",
    ));
    assert_eq!(n, score_of(&as_json), "the report and the JSON disagree");
    // The evidence is quoted in the report.
    assert!(report.contains("\"from 4% to 1%\""), "{report}");
}

#[test]
fn scores_an_answer_from_standard_input() {
    let dir = with_file("answer.txt", STRONG);
    let from_file = ok(
        dir.path(),
        &["score", "answer.txt", "--category", "conflict"],
        "",
    );
    let from_dash = ok(
        dir.path(),
        &["score", "-", "--category", "conflict"],
        STRONG,
    );
    let from_default = ok(dir.path(), &["score", "--category", "conflict"], STRONG);
    assert_headings(&from_dash);
    assert_eq!(
        from_dash, from_file,
        "`-` reads the same answer as the file"
    );
    assert_eq!(from_default, from_file, "no FILE reads standard input");
}

#[test]
fn the_question_is_shown_when_given() {
    let dir = tempdir();
    let report = ok(
        dir.path(),
        &[
            "score",
            "--category",
            "conflict",
            "--question",
            "Tell me about a disagreement.",
        ],
        STRONG,
    );
    assert_eq!(
        report.lines().nth(1),
        Some("Question: Tell me about a disagreement.")
    );
    assert_headings(&report);
}

#[test]
fn json_has_the_documented_shape_and_quotes_the_answer() {
    let report = score_json(STRONG, "conflict");
    assert_report_shape(&report, STRONG, "conflict");
    let metrics: Vec<&str> = report["metrics"]
        .as_array()
        .expect("metrics")
        .iter()
        .map(|m| m["text"].as_str().expect("text"))
        .collect();
    assert!(
        metrics.iter().any(|m| m.contains("from 4% to 1%")),
        "{metrics:?}"
    );
    for part in PARTS {
        assert_eq!(
            report["components"][part]["present"], true,
            "{part} missing: {report}"
        );
    }
    assert_eq!(report["flags"]["badmouthing"], false);
    let delivery = &report["delivery"];
    assert_eq!(
        delivery["words"].as_u64(),
        Some(STRONG.split_whitespace().count() as u64)
    );
    assert!(delivery["estimated_seconds"].as_u64().expect("seconds") > 0);
    assert!(delivery["i_count"].as_u64().expect("count") >= 1);
}

#[test]
fn json_shape_holds_in_every_category() {
    let dir = tempdir();
    let categories = json(&ok(dir.path(), &["bank", "list", "--json"], ""));
    for category in categories.as_array().expect("a list") {
        let id = category["id"].as_str().expect("id");
        for answer in [STRONG, VAGUE, BADMOUTHING] {
            assert_report_shape(&score_json(answer, id), answer, id);
        }
    }
}

#[test]
fn a_strong_star_answer_beats_a_vague_one() {
    let strong = score_json(STRONG, "conflict");
    let vague = score_json(VAGUE, "conflict");
    assert_report_shape(&vague, VAGUE, "conflict");
    let (strong_score, vague_score) = (score_of(&strong), score_of(&vague));
    assert!(
        strong_score >= vague_score + 40,
        "strong {strong_score} vs vague {vague_score}"
    );
    assert!(
        strong_score >= 70,
        "a complete STAR answer scored {strong_score}"
    );
    assert!(vague_score <= 30, "a vague answer scored {vague_score}");
    assert_eq!(vague["metrics"], Value::Array(vec![]));
    assert!(!vague["tips"].as_array().expect("tips").is_empty());
}

#[test]
fn badmouthing_is_flagged() {
    let report = score_json(BADMOUTHING, "conflict");
    assert_report_shape(&report, BADMOUTHING, "conflict");
    assert_eq!(report["flags"]["badmouthing"], true, "{report}");
    let evidence = report["flags"]["badmouthing_evidence"]
        .as_array()
        .expect("evidence");
    assert!(!evidence.is_empty());

    let dir = tempdir();
    let human = ok(
        dir.path(),
        &["score", "--category", "conflict"],
        BADMOUTHING,
    );
    assert!(human.lines().any(|l| l == "Red flags"), "{human}");
    assert!(human.contains("badmouthing or blame: "), "{human}");
    assert!(score_of(&report) < score_of(&score_json(STRONG, "conflict")));
}

#[test]
fn an_empty_answer_scores_zero_with_a_tip() {
    for answer in ["", "   \n\t \n"] {
        let report = score_json(answer, "conflict");
        assert_eq!(score_of(&report), 0, "{answer:?}");
        assert_eq!(report["delivery"]["words"], 0);
        let tips = report["tips"].as_array().expect("tips");
        assert!(!tips.is_empty(), "no tip for {answer:?}");

        let dir = tempdir();
        let human = ok(dir.path(), &["score", "--category", "conflict"], answer);
        assert!(human.starts_with("Score 0/100"), "{human}");
        assert_headings(&human);
        assert!(human.contains("\nWhat to fix first\n  1. "), "{human}");
    }
}

#[test]
fn a_one_megabyte_answer_is_scored() {
    let sentence =
        "I rang the client, agreed a new date and we cut the backlog from 900 to 120 tickets. ";
    let answer = sentence.repeat(1_000_000 / sentence.len() + 1);
    assert!(answer.len() >= 1_000_000);
    let dir = with_file("big.txt", &answer);
    let report = json(&ok(
        dir.path(),
        &["score", "big.txt", "--category", "conflict", "--json"],
        "",
    ));
    assert_report_shape(&report, &answer, "conflict");
    assert_eq!(
        report["delivery"]["words"].as_u64(),
        Some(answer.split_whitespace().count() as u64)
    );
    assert_eq!(report["delivery"]["pace"], "rambling");
}

#[test]
fn no_ansi_escapes_with_no_color() {
    let dir = tempdir();
    let output = rehearse(dir.path())
        .args(["score", "--category", "conflict"])
        .env("NO_COLOR", "1")
        .write_stdin(STRONG)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(!output.stdout.is_empty());
    assert!(
        !output.stdout.contains(&0x1b),
        "escape bytes with NO_COLOR=1"
    );
}

#[test]
fn no_ansi_escapes_when_stdout_is_not_a_terminal() {
    let dir = tempdir();
    for args in [
        &["score", "--category", "conflict"][..],
        &["score", "--category", "conflict", "--json"],
    ] {
        let output = rehearse(dir.path())
            .args(args)
            .env_remove("NO_COLOR")
            .write_stdin(BADMOUTHING)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0));
        assert!(!output.stdout.is_empty());
        assert!(
            !output.stdout.contains(&0x1b),
            "escape bytes in {args:?} to a pipe"
        );
    }
}

#[test]
fn escape_sequences_in_the_answer_are_not_echoed() {
    let answer = "Last year I fixed the \u{1b}[31mbuild\u{1b}[0m and cut build time from 40 to 4 \
                  minutes. I learned to measure first.\u{7}";
    let dir = tempdir();
    let output = rehearse(dir.path())
        .args(["score", "--category", "conflict"])
        .env_remove("NO_COLOR")
        .write_stdin(answer)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        !output.stdout.contains(&0x1b),
        "the answer's escape reached the terminal"
    );
    assert!(
        !output.stdout.contains(&0x07),
        "the answer's bell reached the terminal"
    );
    // JSON escapes it, so nothing raw reaches the terminal there either.
    let json_out = ok(
        dir.path(),
        &["score", "--category", "conflict", "--json"],
        answer,
    );
    assert!(!json_out.contains('\u{1b}'));
    json(&json_out);
}

// ---------------------------------------------------------------------------------------------
// Batches

const BATCH: &str = "\
items:
  - id: first
    category: conflict
    question: Tell me about a disagreement.
    answer: I'm a people person and I get along with everyone.
    labels: {score: 10, parts: [none]}
  - id: second
    category: salary
    question: What are you expecting?
    answer: Based on my research the range for this role is 50,000 to 60,000, and I'd like to understand the whole package before deciding.
    notes: ignored too
  - id: third
    category: conflict
    answer: >-
      Last year our two teams disagreed about whether to ship the new billing page before the
      holiday freeze. My task was to get both leads to agree on a release plan within a week.
      I set up a meeting with the other lead and proposed a staged rollout. As a result, failed
      payments went from 4% to 1%. I learned to ask for the other side's data first.
";

#[test]
fn batch_json_prints_one_object_per_line_in_order() {
    let dir = with_file("batch.yaml", BATCH);
    let out = ok(
        dir.path(),
        &["score", "--batch", "batch.yaml", "--json"],
        "",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let reports: Vec<Value> = lines.iter().map(|l| json(l)).collect();
    let ids: Vec<&str> = reports
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["first", "second", "third"]);
    let categories: Vec<&str> = reports
        .iter()
        .map(|r| r["category"].as_str().expect("category"))
        .collect();
    assert_eq!(categories, ["conflict", "salary", "conflict"]);
    for r in &reports {
        assert!(r.get("labels").is_none() && r.get("notes").is_none(), "{r}");
        score_of(r);
    }
    // Each line is the same report as scoring the answer on its own.
    let single = json(&ok(
        dir.path(),
        &[
            "score",
            "--category",
            "conflict",
            "--question",
            "Tell me about a disagreement.",
            "--json",
        ],
        "I'm a people person and I get along with everyone.",
    ));
    let mut first = reports[0].clone();
    first.as_object_mut().expect("object").remove("id");
    assert_eq!(first, single);
    assert!(score_of(&reports[2]) > score_of(&reports[0]));
}

#[test]
fn batch_prints_a_table() {
    let dir = with_file("batch.yaml", BATCH);
    let json_lines = ok(
        dir.path(),
        &["score", "--batch", "batch.yaml", "--json"],
        "",
    );
    let scores: Vec<u64> = json_lines.lines().map(|l| score_of(&json(l))).collect();

    let out = ok(dir.path(), &["score", "--batch", "batch.yaml"], "");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three rows:\n{out}");
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(
        header,
        ["ID", "CATEGORY", "SCORE", "PARTS", "METRICS", "top", "tip"]
    );
    for (row, (id, category, score)) in lines[1..].iter().zip([
        ("first", "conflict", scores[0]),
        ("second", "salary", scores[1]),
        ("third", "conflict", scores[2]),
    ]) {
        let fields: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(fields[0], id, "{row}");
        assert_eq!(fields[1], category, "{row}");
        assert_eq!(fields[2], score.to_string(), "{row}");
        assert_eq!(fields[3].len(), 5, "one letter or `-` per part: {row}");
    }
}

#[test]
fn an_empty_batch_prints_nothing_but_the_header() {
    let dir = with_file("batch.yaml", "items: []\n");
    assert_eq!(
        ok(
            dir.path(),
            &["score", "--batch", "batch.yaml", "--json"],
            ""
        ),
        ""
    );
    let table = ok(dir.path(), &["score", "--batch", "batch.yaml"], "");
    assert_eq!(table.lines().count(), 1, "{table}");
    assert!(table.starts_with("ID "), "{table}");
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit 2 with a clear message

#[test]
fn unknown_category_is_refused() {
    let dir = tempdir();
    let (message, help) = refused(dir.path(), &["score", "--category", "nope"], STRONG);
    assert_eq!(message, "error: unknown category `nope`");
    assert!(help.starts_with("  help: the categories are: "), "{help}");
    assert!(
        help.contains("conflict") && help.contains("questions_to_ask"),
        "{help}"
    );

    let (message, help) = refused(
        dir.path(),
        &["score", "--category", "conflit", "--json"],
        STRONG,
    );
    assert_eq!(message, "error: unknown category `conflit`");
    assert!(
        help.starts_with("  help: did you mean conflict? "),
        "{help}"
    );
}

#[test]
fn invalid_utf8_on_standard_input_is_refused() {
    let dir = tempdir();
    for args in [
        &["score", "--category", "conflict"][..],
        &["score", "-", "--category", "conflict", "--json"],
    ] {
        let (message, help) = refused(dir.path(), args, vec![0xff, 0xfe, 0x41]);
        assert_eq!(
            message,
            "error: standard input: the answer is not valid UTF-8 text (first bad byte at offset 0)"
        );
        assert_eq!(help, "  help: save the answer as UTF-8 text");
    }
}

#[test]
fn invalid_utf8_in_a_file_names_the_file_and_offset() {
    let dir = with_file("answer.txt", b"I did it.\n\xff more");
    let (message, help) = refused(
        dir.path(),
        &["score", "answer.txt", "--category", "conflict"],
        "",
    );
    assert_eq!(
        message,
        "error: answer.txt: the answer is not valid UTF-8 text (first bad byte at offset 10)"
    );
    assert_eq!(help, "  help: save the answer as UTF-8 text");
}

#[test]
fn a_missing_answer_file_is_refused() {
    let dir = tempdir();
    let (message, help) = refused(
        dir.path(),
        &["score", "missing.txt", "--category", "conflict"],
        "",
    );
    assert!(
        message.starts_with("error: missing.txt: cannot read the answer: "),
        "{message}"
    );
    assert_eq!(
        help,
        "  help: check the file name, or pass `-` to read standard input"
    );
}

#[test]
fn a_folder_given_as_the_answer_is_refused_as_bad_input() {
    let dir = tempdir();
    fs::create_dir(dir.path().join("answers")).expect("mkdir");
    let (message, help) = refused(
        dir.path(),
        &["score", "answers", "--category", "conflict"],
        "",
    );
    assert!(message.starts_with("error: answers: "), "{message}");
    assert!(help.starts_with("  help: "), "{help}");
}

#[test]
fn an_answer_over_16_mib_is_refused() {
    const LIMIT: usize = 16 * 1024 * 1024;
    let big = vec![b'a'; LIMIT + 1];
    let dir = with_file("huge.txt", &big);
    let (message, help) = refused(
        dir.path(),
        &["score", "huge.txt", "--category", "conflict"],
        "",
    );
    assert_eq!(
        message,
        format!(
            "error: huge.txt: cannot read the answer: it is {} bytes, over the limit of {LIMIT}",
            LIMIT + 1
        )
    );
    assert_eq!(
        help,
        "  help: check the file name, or pass `-` to read standard input"
    );

    let (message, help) = refused(dir.path(), &["score", "--category", "conflict"], big);
    assert_eq!(
        message,
        format!("error: standard input holds over {LIMIT} bytes: too much for the answer")
    );
    assert_eq!(help, "  help: score one answer at a time");
}

const BATCH_HELP: &str = "  help: a batch is YAML with `items:`, a list where each item has id, category, question and answer";

#[test]
fn a_batch_item_without_an_answer_names_the_file_and_line() {
    let text = "\
items:
  - id: a
    category: conflict
    question: Q?
    answer: I did it.
  - id: b
    category: conflict
    question: Q?
";
    let dir = with_file("batch.yaml", text);
    for args in [
        &["score", "--batch", "batch.yaml"][..],
        &["score", "--batch", "batch.yaml", "--json"],
    ] {
        let (message, help) = refused(dir.path(), args, "");
        assert_eq!(
            message,
            "error: batch.yaml:6:5: items[1]: missing field `answer`"
        );
        assert_eq!(help, BATCH_HELP);
    }
}

#[test]
fn a_batch_item_with_an_unknown_category_names_the_item() {
    let text = "\
items:
  - id: good-one
    category: conflict
    answer: I did it.
  - id: bad-one
    category: conflit
    answer: I did it too.
";
    let dir = with_file("batch.yaml", text);
    // Nothing is printed, not even the first item's line: every category is checked first.
    for args in [
        &["score", "--batch", "batch.yaml"][..],
        &["score", "--batch", "batch.yaml", "--json"],
    ] {
        let (message, help) = refused(dir.path(), args, "");
        assert_eq!(
            message,
            "error: batch.yaml: item `bad-one`: unknown category `conflit`"
        );
        assert!(
            help.starts_with("  help: did you mean conflict? "),
            "{help}"
        );
    }
}

#[test]
fn a_batch_without_items_is_refused() {
    let dir = with_file("batch.yaml", "answers:\n  - id: a\n");
    let (message, help) = refused(dir.path(), &["score", "--batch", "batch.yaml"], "");
    assert_eq!(message, "error: batch.yaml:1:1: missing field `items`");
    assert_eq!(help, BATCH_HELP);
}

#[test]
fn a_missing_batch_file_is_refused() {
    let dir = tempdir();
    let (message, help) = refused(dir.path(), &["score", "--batch", "nope.yaml", "--json"], "");
    assert!(
        message.starts_with("error: nope.yaml: cannot read the batch: "),
        "{message}"
    );
    assert_eq!(
        help,
        "  help: pass a YAML file with `items:` (id, category, question, answer)"
    );
}

#[test]
fn a_category_or_a_batch_is_required() {
    let dir = tempdir();
    let run = run_in(dir.path(), &["score"], STRONG);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("--category"), "{}", run.stderr);

    let batch = with_file("batch.yaml", BATCH);
    let run = run_in(
        batch.path(),
        &["score", "--batch", "batch.yaml", "--category", "conflict"],
        "",
    );
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
}

#[test]
fn an_answer_with_line_breaks_keeps_each_breakdown_line_on_one_line() {
    let dir = tempdir();
    let answer = "Last spring I ran the March payroll with the old tax codes for fourteen\n\
        new starters. That was my mistake: I skipped the checklist step because the run\n\
        was late. I told my manager the same morning, worked out each correction, and\n\
        we paid the refunds two days later. Since then I run the code refresh first.\n";
    fs::write(dir.path().join("answer.txt"), answer).expect("write the answer");
    let args = ["score", "answer.txt", "--category", "integrity"];
    let report = succeeded(run_in(dir.path(), &args, ""), &args);
    let breakdown: Vec<&str> = report
        .lines()
        .skip_while(|l| *l != "How the score adds up")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(breakdown.len() >= 4, "{report}");
    for line in breakdown {
        let points = line.split_whitespace().next().unwrap_or_default();
        assert!(
            points.chars().next().is_some_and(|c| c.is_ascii_digit()),
            "a breakdown line broken in two: {line:?}\n{report}"
        );
    }
}
