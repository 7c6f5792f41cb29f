//! End-to-end tests of `rehearse bank list|show|validate` and of loading user banks with `--bank`.
//!
//! Every bad bank is checked through `bank validate PATH` and through `--bank PATH bank list`
//! (loading must refuse before the command prints anything), and each message is checked for
//! the file, the `line:col` where one is given, what is wrong, and the `help:` line.

use std::fs;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{Run, finish, rehearse, succeeded, tempdir};

const CATEGORIES: [&str; 10] = [
    "depth_probing",
    "prioritisation",
    "conflict",
    "integrity",
    "scenario",
    "salary",
    "red_flag",
    "motivation",
    "culture_fit",
    "questions_to_ask",
];

/// A well-formed minimal bank: one category, one question.
const GOOD: &str = "\
id: demo
title: Demo
testing: Whether it parses.
structure: car
time_window:
  min: 30
  max: 60
questions:
  - id: demo-one
    text: Tell me about it.
    follow_ups: [What then?]
";

const STRUCTURES: &str = "`star`, `car`, `carl`, `starl`, `prioritisation`, `scenario`, `salary`, `reasons`, `questions`";

fn run_in(dir: &Path, args: &[&str]) -> Run {
    finish(rehearse(dir).args(args))
}

/// Runs a command that must succeed; returns its stdout.
fn ok(dir: &Path, args: &[&str]) -> String {
    succeeded(run_in(dir, args), args)
}

/// Runs a command that must be refused as bad input (exit 2, nothing on stdout); returns stderr.
fn refused(dir: &Path, args: &[&str]) -> String {
    let run = run_in(dir, args);
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
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(
        !run.stderr.contains('\u{1b}'),
        "escape byte in the error: {:?}",
        run.stderr
    );
    run.stderr
}

/// The first line of an error (`error: ...`) and its `help:` line.
fn message_and_help(stderr: &str) -> (&str, &str) {
    let mut lines = stderr.lines();
    let message = lines.next().expect("an error line");
    let help = lines
        .find(|l| l.starts_with("  help: "))
        .unwrap_or_else(|| panic!("no `help:` line in {stderr:?}"));
    (message, help)
}

/// A bad bank must be refused the same way by `bank validate PATH` and by `--bank PATH` before
/// `bank list` prints anything. Returns the (identical) stderr.
fn refused_both_ways(dir: &Path, path: &str) -> String {
    let by_validate = refused(dir, &["bank", "validate", path]);
    let by_bank = refused(dir, &["--bank", path, "bank", "list"]);
    assert_eq!(
        by_validate, by_bank,
        "validate and --bank disagree about {path}"
    );
    by_validate
}

/// `line:col` from `error: FILE:LINE:COL: ...`, if the message has one.
fn place(stderr: &str, file: &str) -> Option<(usize, usize)> {
    let rest = stderr
        .strip_prefix("error: ")?
        .strip_prefix(file)?
        .strip_prefix(':')?;
    let mut parts = rest.splitn(3, ':');
    let line = parts.next()?.parse().ok()?;
    let column = parts.next()?.parse().ok()?;
    Some((line, column))
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(path, text).expect("write file");
}

/// A temporary folder holding one file.
fn with_file(name: &str, text: &str) -> TempDir {
    let dir = tempdir();
    write(dir.path(), name, text);
    dir
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// `bank list --json` in `dir` with these extra leading args.
fn categories_json(dir: &Path, banks: &[&str]) -> Vec<Value> {
    let mut args: Vec<&str> = banks.to_vec();
    args.extend(["bank", "list", "--json"]);
    match json(&ok(dir, &args)) {
        Value::Array(list) => list,
        other => panic!("bank list --json is not an array: {other}"),
    }
}

fn question_count(list: &[Value], id: &str) -> u64 {
    list.iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no category {id}"))["questions"]
        .as_u64()
        .expect("questions is a count")
}

fn total_questions(list: &[Value]) -> u64 {
    list.iter()
        .map(|c| c["questions"].as_u64().expect("a count"))
        .sum()
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------------------------
// bank list

#[test]
fn list_shows_all_ten_categories_with_question_counts() {
    let dir = tempdir();
    let counts = categories_json(dir.path(), &[]);
    let out = ok(dir.path(), &["bank", "list"]);
    let mut lines = out.lines();
    let header = lines.next().expect("a header");
    for column in ["CATEGORY", "QUESTIONS", "WINDOW", "STRUCTURE", "TITLE"] {
        assert!(header.contains(column), "header {header:?} lacks {column}");
    }
    for id in CATEGORIES {
        let row = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap_or_else(|| panic!("no row for {id} in\n{out}"));
        let fields: Vec<&str> = row.split_whitespace().collect();
        let count: u64 = fields[1]
            .parse()
            .unwrap_or_else(|_| panic!("no count in {row:?}"));
        assert_eq!(count, question_count(&counts, id), "row {row:?}");
        assert!(count >= 1, "{id} has no questions");
    }
    let rows = out.lines().skip(1).take_while(|l| !l.is_empty()).count();
    assert_eq!(rows, 10, "{out}");
    let total = total_questions(&counts);
    assert!(
        out.contains(&format!("\n10 categories, {total} questions.")),
        "no summary line in\n{out}"
    );
}

#[test]
fn list_json_has_ten_entries_with_their_details() {
    let dir = tempdir();
    let list = categories_json(dir.path(), &[]);
    assert_eq!(list.len(), 10);
    let mut ids: Vec<&str> = list.iter().map(|c| c["id"].as_str().expect("id")).collect();
    ids.sort_unstable();
    let mut expected = CATEGORIES.to_vec();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    for c in &list {
        assert!(c["questions"].as_u64().expect("count") >= 1, "{c}");
        assert!(!c["title"].as_str().expect("title").is_empty(), "{c}");
        assert!(!c["testing"].as_str().expect("testing").is_empty(), "{c}");
        let min = c["time_window"]["min"].as_u64().expect("min");
        let max = c["time_window"]["max"].as_u64().expect("max");
        assert!(0 < min && min <= max, "{c}");
        assert!(c["structure"].is_string(), "{c}");
        let source = c["source"].as_str().expect("source");
        assert!(source.ends_with("(built in)"), "{source}");
    }
}

#[test]
fn list_category_lists_its_question_ids() {
    let dir = tempdir();
    let category = json(&ok(
        dir.path(),
        &["bank", "list", "--category", "conflict", "--json"],
    ));
    assert_eq!(category["id"], "conflict");
    let questions = category["questions"].as_array().expect("questions");
    assert!(!questions.is_empty());

    let out = ok(dir.path(), &["bank", "list", "--category", "conflict"]);
    let first = out.lines().next().expect("a heading");
    assert!(
        first.contains(&format!(
            "(conflict): {} questions, aim for",
            questions.len()
        )),
        "{first}"
    );
    assert!(out.contains("\nTesting: "), "{out}");
    assert!(out.contains("\nStructure: "), "{out}");
    let row_ids: Vec<&str> = out
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for q in questions {
        let id = q["id"].as_str().expect("question id");
        assert!(row_ids.contains(&id), "{id} not listed in\n{out}");
    }
}

#[test]
fn list_unknown_category_suggests_the_nearest() {
    let dir = tempdir();
    let err = refused(dir.path(), &["bank", "list", "--category", "conflit"]);
    let (message, help) = message_and_help(&err);
    assert_eq!(message, "error: unknown category `conflit`");
    assert!(
        help.starts_with("  help: did you mean conflict? (all: "),
        "{help}"
    );
    for id in CATEGORIES {
        assert!(help.contains(id), "{help} lacks {id}");
    }
    // The JSON form refuses the same way.
    let err_json = refused(
        dir.path(),
        &["bank", "list", "--category", "conflit", "--json"],
    );
    assert_eq!(err_json, err);
}

#[test]
fn list_unknown_category_with_nothing_close_lists_all() {
    let dir = tempdir();
    let err = refused(dir.path(), &["bank", "list", "--category", "zzzzzz"]);
    let (message, help) = message_and_help(&err);
    assert_eq!(message, "error: unknown category `zzzzzz`");
    assert!(help.starts_with("  help: the categories are: "), "{help}");
    assert!(!help.contains("did you mean"), "{help}");
    for id in CATEGORIES {
        assert!(help.contains(id), "{help} lacks {id}");
    }
}

// ---------------------------------------------------------------------------------------------
// bank show

/// The first question of `conflict`, as `bank list --category conflict --json` gives it.
fn first_conflict_question(dir: &Path) -> Value {
    let category = json(&ok(
        dir,
        &["bank", "list", "--category", "conflict", "--json"],
    ));
    category["questions"][0].clone()
}

#[test]
fn show_prints_the_question_with_its_follow_ups() {
    let dir = tempdir();
    let question = first_conflict_question(dir.path());
    let id = question["id"].as_str().expect("id");
    let follow_ups = question["follow_ups"].as_array().expect("follow_ups");
    assert!(!follow_ups.is_empty(), "{question}");

    let out = ok(dir.path(), &["bank", "show", id]);
    assert!(out.starts_with(&format!("{id}  (conflict: ")), "{out}");
    let flat = collapse_whitespace(&out);
    assert!(
        flat.contains(&collapse_whitespace(
            question["text"].as_str().expect("text")
        )),
        "question text missing from\n{out}"
    );
    assert!(out.contains("\nFollow-ups:\n"), "{out}");
    for f in follow_ups {
        let f = collapse_whitespace(f.as_str().expect("text"));
        assert!(
            flat.contains(&format!("- {f}")),
            "follow-up {f:?} missing from\n{out}"
        );
    }
    assert!(out.contains("Aim for "), "{out}");
}

#[test]
fn show_json_gives_the_category_and_question() {
    let dir = tempdir();
    let question = first_conflict_question(dir.path());
    let id = question["id"].as_str().expect("id");
    let shown = json(&ok(dir.path(), &["bank", "show", id, "--json"]));
    assert_eq!(shown["category"], "conflict");
    assert_eq!(shown["question"], question);
}

#[test]
fn show_unknown_id_names_the_nearest_ids() {
    let dir = tempdir();
    let question = first_conflict_question(dir.path());
    let id = question["id"].as_str().expect("id");
    let typo = &id[..id.len() - 1];
    let err = refused(dir.path(), &["bank", "show", typo]);
    let (message, help) = message_and_help(&err);
    assert_eq!(message, format!("error: no question with id `{typo}`"));
    assert!(help.starts_with("  help: did you mean "), "{help}");
    assert!(help.contains(id), "{help} does not name {id}");
}

#[test]
fn show_unknown_id_with_nothing_close_says_how_to_list_ids() {
    let dir = tempdir();
    let err = refused(dir.path(), &["bank", "show", "qqqqqqqq"]);
    let (message, help) = message_and_help(&err);
    assert_eq!(message, "error: no question with id `qqqqqqqq`");
    assert_eq!(
        help,
        "  help: `rehearse bank list --category ID` lists a category's question ids"
    );
}

// ---------------------------------------------------------------------------------------------
// bank validate and --bank: banks that load

#[test]
fn validate_without_path_checks_the_built_in_bank() {
    let dir = tempdir();
    let total = total_questions(&categories_json(dir.path(), &[]));
    let out = ok(dir.path(), &["bank", "validate"]);
    assert_eq!(
        out,
        format!("ok: the built-in bank: 10 categories, {total} questions\n")
    );
}

#[test]
fn validate_a_good_file() {
    let dir = with_file("good.yaml", GOOD);
    let total = total_questions(&categories_json(dir.path(), &[]));
    let out = ok(dir.path(), &["bank", "validate", "good.yaml"]);
    assert_eq!(
        out,
        format!(
            "ok: 1 path on top of the built-in bank: 11 categories, {} questions\n",
            total + 1
        )
    );
}

#[test]
fn validate_a_folder_of_yaml_files() {
    let dir = tempdir();
    write(dir.path(), "banks/a.yaml", GOOD);
    write(
        dir.path(),
        "banks/b.yml",
        &GOOD
            .replace("id: demo\n", "id: demo2\n")
            .replace("demo-one", "demo-two"),
    );
    write(dir.path(), "banks/notes.txt", "not a bank, and not read\n");
    let total = total_questions(&categories_json(dir.path(), &[]));
    let out = ok(dir.path(), &["bank", "validate", "banks"]);
    assert_eq!(
        out,
        format!(
            "ok: 1 path on top of the built-in bank: 12 categories, {} questions\n",
            total + 2
        )
    );
    let list = ok(dir.path(), &["--bank", "banks", "bank", "list"]);
    assert!(list.lines().any(|l| l.starts_with("demo ")), "{list}");
    assert!(list.lines().any(|l| l.starts_with("demo2 ")), "{list}");
}

#[test]
fn validate_counts_several_paths() {
    let dir = tempdir();
    write(dir.path(), "a.yaml", GOOD);
    write(
        dir.path(),
        "b.yaml",
        &GOOD
            .replace("id: demo\n", "id: demo2\n")
            .replace("demo-one", "demo-two"),
    );
    let out = ok(dir.path(), &["bank", "validate", "a.yaml", "b.yaml"]);
    assert!(
        out.starts_with("ok: 2 paths on top of the built-in bank: 12 categories, "),
        "{out}"
    );
    // --bank paths are checked together with the validate paths.
    let out = ok(
        dir.path(),
        &["--bank", "a.yaml", "bank", "validate", "b.yaml"],
    );
    assert!(
        out.starts_with("ok: 2 paths on top of the built-in bank: 12 categories, "),
        "{out}"
    );
}

#[test]
fn bank_option_adds_a_category() {
    let dir = with_file("good.yaml", GOOD);
    let out = ok(dir.path(), &["--bank", "good.yaml", "bank", "list"]);
    let row = out
        .lines()
        .find(|l| l.split_whitespace().next() == Some("demo"))
        .unwrap_or_else(|| panic!("demo not listed in\n{out}"));
    let fields: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(fields, ["demo", "1", "30-60", "s", "car", "Demo"], "{row}");
    assert!(out.contains("\n11 categories, "), "{out}");

    let list = categories_json(dir.path(), &["--bank", "good.yaml"]);
    assert_eq!(list.len(), 11);
    let demo = list.iter().find(|c| c["id"] == "demo").expect("demo");
    assert_eq!(demo["source"], "good.yaml");
    assert_eq!(demo["questions"], 1);

    let questions = ok(
        dir.path(),
        &["--bank", "good.yaml", "bank", "list", "--category", "demo"],
    );
    assert!(
        questions
            .lines()
            .any(|l| l.starts_with("demo-one  Tell me about it.")),
        "{questions}"
    );
    let shown = ok(
        dir.path(),
        &["--bank", "good.yaml", "bank", "show", "demo-one"],
    );
    assert!(shown.contains("Follow-ups:\n  - What then?\n"), "{shown}");
}

#[test]
fn a_user_category_with_a_built_in_id_replaces_it() {
    let dir = with_file(
        "conflict.yaml",
        &GOOD.replace("id: demo\n", "id: conflict\n"),
    );
    let before = categories_json(dir.path(), &[]);
    let built_in_count = question_count(&before, "conflict");
    assert_ne!(
        built_in_count, 1,
        "the test needs the built-in conflict to differ from 1"
    );
    let old_first = first_conflict_question(dir.path())["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let after = categories_json(dir.path(), &["--bank", "conflict.yaml"]);
    assert_eq!(after.len(), 10, "replacing must not add a category");
    assert_eq!(question_count(&after, "conflict"), 1);
    let position = |list: &[Value]| list.iter().position(|c| c["id"] == "conflict");
    assert_eq!(position(&after), position(&before), "replaced in place");
    let conflict = after
        .iter()
        .find(|c| c["id"] == "conflict")
        .expect("conflict");
    assert_eq!(conflict["source"], "conflict.yaml");
    assert_eq!(conflict["title"], "Demo");

    let out = ok(dir.path(), &["--bank", "conflict.yaml", "bank", "list"]);
    let row = out
        .lines()
        .find(|l| l.split_whitespace().next() == Some("conflict"))
        .expect("a conflict row");
    assert_eq!(row.split_whitespace().nth(1), Some("1"), "{row}");

    let total = total_questions(&before) - built_in_count + 1;
    let validated = ok(dir.path(), &["bank", "validate", "conflict.yaml"]);
    assert_eq!(
        validated,
        format!("ok: 1 path on top of the built-in bank: 10 categories, {total} questions\n")
    );
    // The built-in questions are gone.
    refused(
        dir.path(),
        &["--bank", "conflict.yaml", "bank", "show", &old_first],
    );
    ok(
        dir.path(),
        &["--bank", "conflict.yaml", "bank", "show", "demo-one"],
    );
}

// ---------------------------------------------------------------------------------------------
// Bad banks: refused by `bank validate PATH` and by `--bank PATH` alike, with exit 2.

#[test]
fn malformed_yaml_points_at_line_and_column() {
    // `follow_ups` is indented one space less than the other keys of its list item.
    let bad = GOOD.replace("    follow_ups:", "   follow_ups:");
    let dir = with_file("bad.yaml", &bad);
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(message.starts_with("error: bad.yaml:11:4: "), "{message}");
    assert_eq!(
        help,
        "  help: check the indentation and quoting near this line; see question_banks/README.md for the format"
    );
}

#[test]
fn malformed_yaml_is_refused_before_any_command_runs() {
    let bad = GOOD.replace("    follow_ups:", "   follow_ups:");
    let dir = with_file("bad.yaml", &bad);
    let expected = refused(dir.path(), &["bank", "validate", "bad.yaml"]);
    for args in [
        &["--bank", "bad.yaml", "bank", "list", "--json"][..],
        &[
            "--bank",
            "bad.yaml",
            "bank",
            "list",
            "--category",
            "conflict",
        ],
        &["--bank", "bad.yaml", "bank", "show", "demo-one"],
        &["bank", "list", "--bank", "bad.yaml"],
    ] {
        assert_eq!(refused(dir.path(), args), expected, "{args:?}");
    }
    let scored = rehearse(dir.path())
        .args(["--bank", "bad.yaml", "score", "--category", "conflict"])
        .write_stdin("I fixed it and we shipped on time.")
        .output()
        .expect("runs");
    assert_eq!(scored.status.code(), Some(2));
    assert!(scored.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&scored.stderr), expected);
}

#[test]
fn unknown_key_lists_the_known_keys() {
    let dir = with_file("bad.yaml", &GOOD.replace("testing:", "tested:"));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:3:1: unknown field `tested`, expected one of `id`, `title`, `testing`, \
         `structure`, `time_window`, `listen_for`, `questions`"
    );
    assert_eq!(
        help,
        "  help: remove or rename this key; the keys a bank knows are listed above"
    );
}

#[test]
fn unknown_key_in_a_question_lists_the_question_keys() {
    let dir = with_file("bad.yaml", &GOOD.replace("follow_ups:", "folow_ups:"));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:11:5: questions[0]: unknown field `folow_ups`, expected one of `id`, \
         `text`, `quality`, `follow_ups`, `listen_for`, `tags`"
    );
    assert_eq!(
        help,
        "  help: remove or rename this key; the keys a bank knows are listed above"
    );
}

#[test]
fn missing_required_field_is_named() {
    let dir = with_file("bad.yaml", &GOOD.replace("structure: car\n", ""));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(place(&err, "bad.yaml").is_some(), "{err}");
    assert!(
        message.ends_with(": missing field `structure`"),
        "{message}"
    );
    assert_eq!(
        help,
        "  help: add the missing key; see question_banks/README.md for a complete example"
    );
}

#[test]
fn missing_text_field_is_named() {
    let dir = with_file(
        "bad.yaml",
        &GOOD.replace("testing: Whether it parses.\n", ""),
    );
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(message.starts_with("error: bad.yaml:"), "{message}");
    assert!(message.contains("missing field `testing`"), "{message}");
    assert_eq!(
        help,
        "  help: add the missing key; see question_banks/README.md for a complete example"
    );
}

#[test]
fn empty_required_field_is_refused() {
    let dir = with_file("bad.yaml", &GOOD.replace("title: Demo", "title: \"\""));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(place(&err, "bad.yaml").is_some(), "{err}");
    assert_eq!(
        message,
        "error: bad.yaml:2:1: `title` is empty; write some text here"
    );
    assert_eq!(
        help,
        "  help: see question_banks/README.md for the bank format"
    );

    // Blank (whitespace-only) text is empty too; in a question the message says which one.
    let dir = with_file("bad.yaml", &GOOD.replace("Tell me about it.", "\"   \""));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, _) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:10:5: `questions[0].text` is empty; write some text here"
    );
}

#[test]
fn empty_top_level_field_names_the_field() {
    let dir = with_file("bad.yaml", &GOOD.replace("title: Demo", "title: \"\""));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, _) = message_and_help(&err);
    assert!(
        message.contains("title"),
        "the message does not name the field: {message}"
    );
}

#[test]
fn duplicate_question_ids_in_one_file_name_both_lines() {
    let bad =
        format!("{GOOD}  - id: demo-two\n    text: Another.\n  - id: demo-one\n    text: Again.\n");
    let dir = with_file("bad.yaml", &bad);
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:14:9: question id `demo-one` is used twice; it is also at bad.yaml:9:9"
    );
    assert_eq!(
        help,
        "  help: give each question its own id (ids are unique across all banks)"
    );
}

#[test]
fn duplicate_question_ids_across_files_name_both_files() {
    let dir = tempdir();
    write(dir.path(), "banks/a.yaml", GOOD);
    write(
        dir.path(),
        "banks/b.yaml",
        &GOOD.replace("id: demo\n", "id: demo2\n"),
    );
    let expected_message = "error: banks/b.yaml:9:9: question id `demo-one` is used twice; it is also at banks/a.yaml:9:9";
    let help = "  help: give each question its own id (ids are unique across all banks)";

    let err = refused_both_ways(dir.path(), "banks");
    assert_eq!(message_and_help(&err), (expected_message, help));

    // The same two files passed one by one.
    let err = refused(
        dir.path(),
        &["bank", "validate", "banks/a.yaml", "banks/b.yaml"],
    );
    assert_eq!(message_and_help(&err), (expected_message, help));
    let err = refused(
        dir.path(),
        &[
            "--bank",
            "banks/a.yaml",
            "--bank",
            "banks/b.yaml",
            "bank",
            "list",
        ],
    );
    assert_eq!(message_and_help(&err), (expected_message, help));
}

#[test]
fn question_id_clashing_with_a_built_in_one_is_refused() {
    let dir = tempdir();
    let built_in = first_conflict_question(dir.path())["id"]
        .as_str()
        .expect("id")
        .to_owned();
    write(dir.path(), "bad.yaml", &GOOD.replace("demo-one", &built_in));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(
        message.starts_with(&format!("error: bad.yaml:9:9: question id `{built_in}` is used twice; it is also at question_banks/conflict.yaml (built in):")),
        "{message}"
    );
    assert_eq!(
        help,
        "  help: give each question its own id (ids are unique across all banks)"
    );
}

#[test]
fn the_same_category_in_two_user_files_is_refused() {
    let dir = tempdir();
    write(dir.path(), "banks/a.yaml", GOOD);
    write(
        dir.path(),
        "banks/b.yaml",
        &GOOD.replace("demo-one", "demo-two"),
    );
    let err = refused_both_ways(dir.path(), "banks");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: banks/b.yaml:1:5: category `demo` is defined twice; it is also at banks/a.yaml:1:5"
    );
    assert_eq!(
        help,
        "  help: keep one file per category, or rename one of them"
    );
}

#[test]
fn empty_category_is_refused() {
    let bad = GOOD.split("questions:").next().expect("head").to_owned() + "questions: []\n";
    let dir = with_file("bad.yaml", &bad);
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert!(place(&err, "bad.yaml").is_some(), "{err}");
    assert!(
        message.ends_with(": the category has no questions; a category needs at least one"),
        "{message}"
    );
    assert_eq!(
        help,
        "  help: see question_banks/README.md for the bank format"
    );
}

#[test]
fn time_window_min_greater_than_max_is_refused() {
    let dir = with_file("bad.yaml", &GOOD.replace("min: 30", "min: 90"));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:5:1: time_window.min (90) is greater than time_window.max (60)"
    );
    assert_eq!(
        help,
        "  help: set min and max in seconds with 0 < min <= max, e.g. min: 60 and max: 90"
    );
}

#[test]
fn time_window_min_of_zero_is_refused() {
    let dir = with_file("bad.yaml", &GOOD.replace("min: 30", "min: 0"));
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:5:1: time_window.min is 0; an answer needs at least a second"
    );
    assert_eq!(
        help,
        "  help: set min and max in seconds with 0 < min <= max, e.g. min: 60 and max: 90"
    );
}

#[test]
fn time_window_min_equal_to_max_is_fine() {
    let dir = with_file("good.yaml", &GOOD.replace("min: 30", "min: 60"));
    let out = ok(dir.path(), &["bank", "validate", "good.yaml"]);
    assert!(out.starts_with("ok: "), "{out}");
}

#[test]
fn unknown_structure_lists_the_valid_ones() {
    let dir = with_file(
        "bad.yaml",
        &GOOD.replace("structure: car", "structure: starr"),
    );
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        format!(
            "error: bad.yaml:4:12: structure: unknown variant `starr`, expected one of {STRUCTURES}"
        )
    );
    assert_eq!(help, "  help: use one of the values listed above");
}

#[test]
fn every_documented_structure_is_accepted() {
    let dir = tempdir();
    for structure in [
        "star",
        "car",
        "carl",
        "starl",
        "prioritisation",
        "scenario",
        "salary",
        "questions",
    ] {
        write(
            dir.path(),
            "s.yaml",
            &GOOD.replace("structure: car", &format!("structure: {structure}")),
        );
        let out = ok(
            dir.path(),
            &[
                "--bank",
                "s.yaml",
                "bank",
                "list",
                "--category",
                "demo",
                "--json",
            ],
        );
        assert_eq!(json(&out)["structure"], structure);
    }
}

#[test]
fn a_file_over_8_mib_is_refused() {
    const LIMIT: usize = 8 * 1024 * 1024;
    // 8 MiB + 1 byte of comment lines.
    let line = format!("# {}\n", "x".repeat(61));
    let mut text = line.repeat(LIMIT / line.len() + 1);
    text.truncate(LIMIT + 1);
    assert_eq!(text.len(), LIMIT + 1);
    let dir = with_file("big.yaml", &text);
    let err = refused_both_ways(dir.path(), "big.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        format!(
            "error: big.yaml: the file is {} bytes, over the {LIMIT}-byte limit for a bank",
            LIMIT + 1
        )
    );
    assert_eq!(help, "  help: split it into one file per category");
}

#[test]
fn an_escape_sequence_in_text_is_refused() {
    // A double-quoted YAML string: `\e` is ESC, so this is a colour escape sequence.
    let bad = GOOD.replace("Tell me about it.", "\"Tell me \\e[31mabout it.\"");
    let dir = with_file("bad.yaml", &bad);
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:9:5: questions[0]: the text holds the control character U+001B; a bank \
         may not hold control characters or terminal escape sequences"
    );
    assert_eq!(help, "  help: remove the character; write plain text");
}

#[test]
fn control_and_bidi_characters_in_text_are_refused() {
    for (escaped, code) in [
        ("\\a", "U+0007"),
        ("\\u202E", "U+202E"),
        ("\\x9b", "U+009B"),
    ] {
        let bad = GOOD.replace("title: Demo", &format!("title: \"De{escaped}mo\""));
        let dir = with_file("bad.yaml", &bad);
        let err = refused_both_ways(dir.path(), "bad.yaml");
        let (message, help) = message_and_help(&err);
        assert!(message.starts_with("error: bad.yaml:"), "{message}");
        assert!(
            message.contains(&format!("the text holds the control character {code}")),
            "{message}"
        );
        assert_eq!(help, "  help: remove the character; write plain text");
    }
}

#[test]
fn a_path_that_does_not_exist_is_refused() {
    let dir = tempdir();
    let err = refused_both_ways(dir.path(), "nope.yaml");
    let (message, help) = message_and_help(&err);
    assert!(
        message.starts_with("error: nope.yaml: cannot read the bank: "),
        "{message}"
    );
    assert!(
        help.starts_with(
            "  help: check the path given to --bank; it must be a .yaml file or a folder of them"
        ),
        "{help}"
    );
}

#[test]
fn a_path_that_does_not_exist_has_a_clean_help_line() {
    let dir = tempdir();
    let err = refused(dir.path(), &["bank", "validate", "nope.yaml"]);
    assert_eq!(err.lines().count(), 2, "{err}");
    let (_, help) = message_and_help(&err);
    assert_eq!(
        help,
        "  help: check the path given to --bank; it must be a .yaml file or a folder of them"
    );
}

#[test]
fn an_empty_folder_is_refused() {
    let dir = tempdir();
    fs::create_dir(dir.path().join("empty")).expect("mkdir");
    write(dir.path(), "empty/readme.txt", "not yaml\n");
    let err = refused_both_ways(dir.path(), "empty");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: empty: no .yaml or .yml files in this folder"
    );
    assert_eq!(
        help,
        "  help: put one file per category in it, or pass the file itself"
    );
}

#[test]
fn an_empty_file_is_refused() {
    let dir = with_file("empty.yaml", "\n  \n");
    let err = refused_both_ways(dir.path(), "empty.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(message, "error: empty.yaml: the file is empty");
    assert_eq!(
        help,
        "  help: write one category in it; see question_banks/README.md for a complete example"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_position() {
    let dir = tempdir();
    let mut bytes = GOOD.as_bytes().to_vec();
    bytes.extend_from_slice(b"  - id: demo-two\n    text: caf\xe9\n");
    fs::write(dir.path().join("bad.yaml"), bytes).expect("write");
    let err = refused_both_ways(dir.path(), "bad.yaml");
    let (message, help) = message_and_help(&err);
    assert_eq!(
        message,
        "error: bad.yaml:13:14: the file is not valid UTF-8"
    );
    assert_eq!(help, "  help: save the file as UTF-8 text");
}

// ---------------------------------------------------------------------------------------------
// Output edge cases

/// Runs `args` with stdout connected to a pipe whose reading end is already closed.
fn run_with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    use std::process::{Command as StdCommand, Stdio};
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take()); // close the reading end before the program writes
    let output = child.wait_with_output().expect("wait");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_is_not_an_error_for_text_output() {
    let (code, stderr) = run_with_closed_stdout(&["bank", "list"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_closed_pipe_is_not_an_error_for_json_output() {
    let (code, stderr) = run_with_closed_stdout(&["bank", "list", "--json"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn list_category_wraps_question_text_to_one_width() {
    let dir = tempdir();
    let category = json(&ok(
        dir.path(),
        &["bank", "list", "--category", "conflict", "--json"],
    ));
    let id_width = category["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| q["id"].as_str().expect("id").len())
        .max()
        .expect("at least one question");
    // Each line of a question's text may use the columns after the id column, as the first does.
    let limit = id_width + 2 + (96 - id_width).max(40);
    let out = ok(dir.path(), &["bank", "list", "--category", "conflict"]);
    let lines: Vec<&str> = out.lines().skip_while(|l| !l.is_empty()).skip(1).collect();
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1]);
        if !next.starts_with(' ') {
            continue; // the next line starts a new question
        }
        let next_word = next.split_whitespace().next().expect("a word");
        assert!(
            line.chars().count() + 1 + next_word.chars().count() > limit,
            "line broken early ({} columns of {limit}):\n{line}\n{next}",
            line.chars().count()
        );
    }
}
