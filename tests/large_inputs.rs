//! Sizes a user could reach, through the real binary: a bank of 10,000 questions, 1,000 saved
//! sessions. These assert that the commands work and stay correct; how fast they are is
//! measured in `benches/bench.rs`, not here.

mod common;

use std::fs;

use common::{finish, generated::generated_bank_yaml, rehearse, succeeded, tempdir, words};
use serde_json::Value;

#[test]
fn a_bank_of_ten_thousand_questions_validates_lists_and_drills() {
    let dir = tempdir();
    let dir = dir.path();
    fs::write(dir.join("big.yaml"), generated_bank_yaml(10_000)).expect("write the bank");

    let args = ["bank", "validate", "big.yaml"];
    let said = succeeded(finish(rehearse(dir).args(args)), &args);
    let total: usize = said
        .split(", ")
        .nth(1)
        .and_then(|part| part.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    assert!(said.starts_with("ok: ") && total > 10_000, "{said}");

    let args = words("--bank big.yaml bank list --category generated --json");
    let listed: Value =
        serde_json::from_str(&succeeded(finish(rehearse(dir).args(&args)), &args)).expect("JSON");
    let count = listed["questions"].as_array().map_or(0, Vec::len);
    assert_eq!(
        count,
        10_000,
        "{}",
        &listed.to_string()[..200.min(listed.to_string().len())]
    );

    let args = words("--bank big.yaml drill generated -n 3 --seed 7 --followups 0");
    let drill = succeeded(finish(rehearse(dir).args(&args).write_stdin("")), &args);
    let asked = common::questions(&drill);
    assert_eq!(asked.len(), 3, "{drill}");
    let distinct: std::collections::HashSet<_> = asked.iter().map(|(_, q)| q).collect();
    assert_eq!(distinct.len(), 3, "three different questions: {asked:?}");
}

#[test]
fn a_thousand_saved_sessions_are_listed_charted_and_scheduled() {
    let dir = tempdir();
    let dir = dir.path();
    let answers = "- \"Last year I owned our forecast. I compared two tools and built our own model. \
        Error fell from 18% to 11%. I learned to test what a tool cannot see.\"\n- ~\n";
    fs::write(dir.join("answers.yaml"), answers).expect("write the answers");
    let args = words("drill depth_probing -n 1 --seed 1 --answers answers.yaml");
    succeeded(finish(rehearse(dir).args(&args)), &args);

    // Copy the one real session 999 times under new ids, a day apart.
    let sessions = dir.join("data/sessions");
    let original = fs::read_dir(&sessions)
        .expect("the sessions folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "yaml"))
        .expect("the saved drill");
    let text = fs::read_to_string(&original).expect("read the transcript");
    let id_line = text
        .lines()
        .find(|l| l.starts_with("id: "))
        .expect("an id line")
        .to_owned();
    let started_line = text
        .lines()
        .find(|l| l.starts_with("started_at: "))
        .expect("a start line")
        .to_owned();
    for i in 1..1_000u32 {
        let (year, day) = (2020 + i / 300, i % 300);
        let month = day / 28 + 1;
        let date = format!("{year}-{month:02}-{:02}", day % 28 + 1);
        let copy = text
            .replace(&id_line, &format!("id: {i:06x}"))
            .replace(&started_line, &format!("started_at: {date}T09:00:00Z"));
        let name = format!("{}T090000.000Z-{i:06x}.yaml", date.replace('-', ""));
        fs::write(sessions.join(name), copy).expect("write a copy");
    }

    // JSON Lines: one session a line, each an object with its id.
    let args = ["review", "--json", "--limit", "5000"];
    let listed = succeeded(finish(rehearse(dir).args(args)), &args);
    let ids: std::collections::HashSet<String> = listed
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).expect("each line is JSON");
            row["id"].as_str().expect("an id").to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 1_000, "every session is listed once");

    let args = ["progress"];
    let progress = succeeded(finish(rehearse(dir).args(args)), &args);
    assert!(
        progress.contains("Progress over 1000 sessions"),
        "{progress}"
    );

    let args = ["review", "compare", "depth_probing-"];
    let run = finish(rehearse(dir).args(args));
    assert_eq!(run.code, 2, "a partial question id is bad input: {run:#?}");

    // One question passed a thousand times is scheduled years ahead: nothing is due.
    let args = words("drill --due --answers answers.yaml -n 1");
    let due = succeeded(finish(rehearse(dir).args(&args)), &args);
    assert!(due.contains("Nothing is due yet. Next: "), "{due}");

    let args = words("drill --weakest --answers answers.yaml -n 1");
    let weakest = succeeded(finish(rehearse(dir).args(&args)), &args);
    assert!(
        weakest.contains("Drilling into your CV"),
        "the only category practised:\n{weakest}"
    );
    assert!(weakest.contains("Saved to "), "{weakest}");
}
