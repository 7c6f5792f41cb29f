//! Every session is saved as a YAML transcript in the data directory, after every answer, and
//! nothing is lost when the directory cannot be written.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_yaml::Value;

mod common;
use common::{finish, rehearse, succeeded, tempdir};

const ANSWER: &str = "Last spring a colleague and I disagreed about code reviews. I asked her for \
coffee, listened to her view, and we agreed a review checklist. Review time fell from 3 days to 1.";

/// The transcripts in the sessions folder. Anything else there may only be the index of
/// digests (`.index.json`), never a temporary file left behind.
fn transcripts(data: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(data.join("sessions"))
        .map(|entries| entries.map(|e| e.expect("an entry").path()).collect())
        .unwrap_or_default();
    files.retain(|f| {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(
            name.ends_with(".yaml") || name == ".index.json",
            "unexpected file in the sessions folder: {name}"
        );
        name.ends_with(".yaml")
    });
    files.sort();
    files
}

fn read_yaml(path: &Path) -> Value {
    serde_yaml::from_str(&fs::read_to_string(path).expect("readable")).expect("valid YAML")
}

#[test]
fn a_session_is_saved_with_everything_asked_and_answered() {
    let dir = tempdir();
    let stdin = format!("{ANSWER}\n\nWe measured it with the review dashboard.\n");
    let args = ["drill", "conflict", "-n", "2", "--seed", "7"];
    let out = succeeded(
        finish(rehearse(dir.path()).args(args).write_stdin(stdin)),
        &args,
    );

    let files = transcripts(&dir.path().join("data"));
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0]
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a name");
    assert!(
        out.contains(&format!("Saved to {}", files[0].display())),
        "{out}"
    );
    assert!(name.ends_with(".yaml") && name.starts_with("20"), "{name}");

    let t = read_yaml(&files[0]);
    assert_eq!(t["format"], Value::from(1));
    assert_eq!(
        t["rehearse_version"],
        Value::from(env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(t["seed"], Value::from(7));
    assert_eq!(t["mode"]["kind"], Value::from("drill"));
    assert_eq!(t["mode"]["category"], Value::from("conflict"));
    assert_eq!(t["ending"], Value::from("completed"));
    let questions = t["questions"].as_sequence().expect("questions");
    assert_eq!(questions.len(), 2);
    let first = &questions[0];
    assert!(
        first["question_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("conflict-"))
    );
    assert!(first["question"].as_str().is_some_and(|q| !q.is_empty()));
    let answer = &first["reply"];
    assert_eq!(answer["text"], Value::from(ANSWER));
    assert!(
        answer["speaking_seconds"]
            .as_f64()
            .is_some_and(|s| s > 10.0)
    );
    assert!(answer["score"]["score"].as_u64().is_some());
    assert_eq!(
        answer["score"]["components"]["result"]["present"],
        Value::from(true)
    );
    let follow_up = &first["follow_ups"][0];
    assert!(follow_up["text"].as_str().is_some());
    assert_eq!(
        follow_up["reply"]["text"],
        Value::from("We measured it with the review dashboard.")
    );
    assert_eq!(questions[1]["reply"]["status"], Value::from("skipped"));
    assert_eq!(first["reply"]["status"], Value::from("answered"));
}

#[test]
fn the_data_directory_comes_from_the_flag_then_the_environment() {
    let dir = tempdir();
    let args = ["drill", "salary", "-n", "1", "--data-dir", "elsewhere"];
    succeeded(finish(rehearse(dir.path()).args(args)), &args);
    assert_eq!(transcripts(&dir.path().join("elsewhere")).len(), 1);
    assert_eq!(transcripts(&dir.path().join("data")).len(), 0);

    let args = ["drill", "salary", "-n", "1"];
    succeeded(finish(rehearse(dir.path()).args(args)), &args);
    assert_eq!(transcripts(&dir.path().join("data")).len(), 1);
}

#[test]
fn when_the_data_directory_cannot_be_written_the_session_goes_on_and_is_printed() {
    let dir = tempdir();
    // A file where the folder should be: no user (root included) can create the folder.
    fs::write(dir.path().join("blocked"), "not a folder").expect("write");
    let stdin = format!("{ANSWER}\n\nWe measured it.\n\n{ANSWER}\n");
    let run = finish(
        rehearse(dir.path())
            .args([
                "drill",
                "conflict",
                "-n",
                "2",
                "--data-dir",
                "blocked",
                "--seed",
                "3",
            ])
            .write_stdin(stdin),
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        run.stderr
            .matches("warning: cannot save to blocked/sessions/")
            .count(),
        1,
        "said once: {}",
        run.stderr
    );
    assert!(run.stderr.contains("The session goes on"), "{}", run.stderr);
    let printed = run
        .stdout
        .split("Here is its transcript, so nothing is lost:")
        .nth(1)
        .expect("the transcript is printed");
    let t: Value = serde_yaml::from_str(printed).expect("the printed transcript is YAML");
    assert_eq!(t["questions"][1]["reply"]["text"], Value::from(ANSWER));
    assert_eq!(t["ending"], Value::from("completed"));
}

#[test]
fn two_sessions_at_once_write_two_files() {
    let dir = tempdir();
    let start = |answer: &str| {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_rehearse"))
            .current_dir(dir.path())
            .env("REHEARSE_DATA_DIR", dir.path().join("data"))
            .args(["drill", "integrity", "-n", "1", "--followups", "0"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("starts");
        (child, answer.to_owned())
    };
    let sessions = [
        start("First session answer."),
        start("Second session answer."),
    ];
    for (mut child, answer) in sessions {
        use std::io::Write as _;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(answer.as_bytes())
            .expect("write");
        assert!(child.wait().expect("waits").success());
    }
    let files = transcripts(&dir.path().join("data"));
    assert_eq!(files.len(), 2, "{files:?}");
    let mut texts: Vec<String> = files
        .iter()
        .map(|f| {
            read_yaml(f)["questions"][0]["reply"]["text"]
                .as_str()
                .expect("an answer")
                .to_owned()
        })
        .collect();
    texts.sort();
    assert_eq!(texts, ["First session answer.", "Second session answer."]);
}
