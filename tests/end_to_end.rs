//! One path through the whole product, as a new user meets it, from an empty data directory:
//! a scripted mock, a drill, the review list and one session in every format, progress, a
//! story added and then suggested before a question. Each step asserts what the user would
//! look for on screen or in the file.

mod common;

use std::fs;
use std::path::Path;

use common::{finish, rehearse, succeeded, tempdir, words};
use serde_json::Value;

const MOCK_ANSWERS: &str = r#"
- "In three years I'd like to be leading a small team here. It is the part of my current job I enjoy most, and I would bring four years of pricing work."
- "Last spring I owned our forecasting. My task was to cut forecast error. I compared two tools, chose to extend our own model, and built it in three weeks. Forecast error fell from 18% to 11%. I learned to ask what a tool cannot see."
- "First I would ask what success means and by when. I would look at the data by class, try one change first in two classes, and check the results against the others. I would keep the head informed weekly."
- "We argued about it and then it was fine."
- ~
- "I would thank them and take a day to think it over."
- |
  What would a great first six months look like?
  What is the hardest problem the team is facing?
"#;

const DRILL_ANSWER: &str = "- \"Last year a colleague, Dan, rewrote my pick lists without telling me. \
I asked him for ten minutes, showed him the two lists side by side and asked what he was fixing. \
We agreed he would flag heavy lines. Damaged boxes fell from twenty a week to three. \
I learned to ask what a change is for before I argue with it.\"\n- ~\n";

fn run(dir: &Path, args: &[&str]) -> String {
    succeeded(finish(rehearse(dir).args(args)), args)
}

fn sessions(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir.join("data/sessions"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn a_new_user_practises_reviews_and_keeps_a_story() {
    let dir = tempdir();
    let dir = dir.path();
    fs::write(dir.join("mock.yaml"), MOCK_ANSWERS).expect("write the mock answers");
    fs::write(dir.join("drill.yaml"), DRILL_ANSWER).expect("write the drill answers");

    // Nothing saved yet: review and progress say so, and say what to do.
    let empty = run(dir, &["review"]);
    assert!(
        empty.contains("rehearse mock"),
        "an empty review points to a first session:\n{empty}"
    );

    // 1. A scripted mock: six questions in interview order, feedback, a skipped one, the
    //    questions for them judged, and a summary naming the next drill.
    let mock = run(
        dir,
        &words("mock --seed 11 --followups 0 --answers mock.yaml"),
    );
    let asked: Vec<String> = common::questions(&mock)
        .into_iter()
        .map(|(title, _)| title)
        .collect();
    assert_eq!(asked.len(), 6, "{mock}");
    assert_eq!(
        asked.last().map(String::as_str),
        Some("Salary and the offer"),
        "salary comes last"
    );
    assert!(
        mock.contains("(skipped)"),
        "the skipped answer shows:\n{mock}"
    );
    assert!(mock.contains("Your questions: 2 of 2 strong"), "{mock}");
    assert!(mock.contains("━━ Summary"));
    assert!(
        mock.contains("Average ") && mock.contains("over 5 answers, 1 skipped"),
        "{mock}"
    );
    assert!(mock.contains("Next: rehearse drill "), "{mock}");
    assert_eq!(sessions(dir).len(), 1, "the mock is saved");

    // 2. A drill on conflict: a scored answer with its evidence, a follow-up skipped.
    let drill = run(
        dir,
        &words("drill conflict -n 1 --seed 3 --answers drill.yaml"),
    );
    assert!(
        drill.contains("Drill: conflict · 1 question · seed 3"),
        "{drill}"
    );
    assert!(
        drill.contains("✓ result     \"Damaged boxes fell from twenty a week to three.\""),
        "{drill}"
    );
    assert!(
        drill.contains("Numbers: \"from twenty a week to three\""),
        "{drill}"
    );
    assert!(
        drill.contains("↳ Follow-up:"),
        "a follow-up is asked:\n{drill}"
    );
    assert_eq!(sessions(dir).len(), 2);

    // 3. The review list, newest first, with both sessions finished.
    let list = run(dir, &["review"]);
    let rows: Vec<&str> = list.lines().filter(|l| l.contains("done")).collect();
    assert_eq!(rows.len(), 2, "{list}");
    assert!(
        rows[0].contains("drill conflict") && rows[1].contains("mock"),
        "newest first:\n{list}"
    );

    // 4. The drill in every format: text to read, Markdown to paste, JSON field for field.
    let text = run(dir, &["review", "show", "latest"]);
    assert!(text.contains("━━ Drill: conflict"), "{text}");
    assert!(
        text.contains("│ Last year a colleague, Dan, rewrote my pick lists"),
        "the answer as given:\n{text}"
    );
    let markdown = run(dir, &["review", "show", "latest", "--format", "markdown"]);
    assert!(markdown.starts_with("# Drill: conflict"), "{markdown}");
    assert!(markdown.contains("| Part | | Evidence |"), "{markdown}");
    assert!(
        markdown.contains("> Last year a colleague, Dan,"),
        "the answer quoted:\n{markdown}"
    );
    let json: Value =
        serde_json::from_str(&run(dir, &["review", "show", "latest", "--format", "json"]))
            .expect("review show --format json is JSON");
    let first = &json["questions"][0];
    assert_eq!(first["category"], "conflict", "{json:#}");
    assert_eq!(first["reply"]["status"], "answered", "{json:#}");
    assert!(
        first["reply"]["score"]["score"]
            .as_u64()
            .is_some_and(|s| s > 50),
        "{json:#}"
    );
    let id = json["id"].as_str().expect("an id");
    let by_id = run(dir, &["review", "show", id]);
    assert_eq!(by_id, text, "`show ID` and `show latest` agree");

    // 5. Progress: conflict has two answers across the sessions, with what they lack.
    let progress = run(dir, &["progress"]);
    assert!(
        progress.contains("━━ Progress over 2 sessions"),
        "{progress}"
    );
    let conflict = progress
        .lines()
        .find(|l| l.trim_start().starts_with("conflict"))
        .expect("a conflict row");
    assert!(conflict.contains("2 answers"), "{conflict}");
    let report: Value = serde_json::from_str(&run(dir, &["progress", "--json"])).expect("JSON");
    assert!(report.is_object(), "{report}");

    // 6. A story, added without prompts, listed, checked, and suggested before a question.
    let add = [
        "stories",
        "add",
        "--title",
        "Pick lists",
        "--context",
        "Last year a lead rewrote my pick lists.",
        "--action",
        "I showed him both lists side by side and we agreed a rule.",
        "--result",
        "Damaged boxes fell from twenty a week to three.",
        "--learning",
        "Ask what a change is for first.",
        "--tags",
        "conflict,teamwork",
    ];
    let added = run(dir, &add);
    assert!(added.contains("Pick lists"), "{added}");
    let file = fs::read_to_string(dir.join("data/stories.yaml")).expect("stories.yaml was written");
    assert!(
        file.contains("title: Pick lists") && file.contains("from twenty a week to three"),
        "{file}"
    );
    let listed = run(dir, &["stories", "list"]);
    assert!(listed.contains("Pick lists"), "{listed}");
    let checked = run(dir, &["stories", "check"]);
    assert!(checked.contains("Pick lists"), "{checked}");
    let suggested = run(
        dir,
        &words("drill conflict -n 1 --seed 3 --stories --answers drill.yaml"),
    );
    assert!(
        suggested.contains("Your story: ") && suggested.contains("Pick lists"),
        "{suggested}"
    );
    assert_eq!(sessions(dir).len(), 3);
}
