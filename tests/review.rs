//! End-to-end tests of what saved sessions give back: `rehearse review` (the list, one session
//! in full, every attempt at one question), `rehearse progress`, and the drills chosen from
//! the saved answers (`drill --weakest`, `drill --due`). Sessions are made by running the real
//! binary from answers files; where time matters, a saved transcript is moved to another start
//! time the way the program would have written it (its `started_at` and its file name).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value as Json;
use serde_yaml::Value as Yaml;

mod common;
use common::{Run, answers_file, finish, rehearse, succeeded, tempdir};

/// A complete CARL story with a number, strong in conflict and integrity.
const STRONG: &str = "Last spring a senior engineer on my team, Priya, wanted to move our alerts \
onto a new queue two weeks before a big launch. I thought it was too risky. Rather than argue in \
the review, I asked her for half an hour to understand her reasoning, and her real worry was that \
the old queue was dropping messages under load. So I wrote a load test and we ran it together: it \
dropped about 0.5% of messages at peak. We agreed to add retries to the old queue for the launch \
and move in the next quarter. The launch went out with no lost alerts, and we co-wrote the \
migration plan. I learned to ask what problem a proposal solves before I argue with it.";

/// A STAR story with a number and a lesson, strong in culture fit and depth probing.
const STAR: &str = "Last spring our support queue had grown to 900 open tickets. My job was to get \
first replies under one day. I sorted the queue by product, wrote ten macros and set up a daily \
triage rota with two other leads. Within a month the backlog went from 900 tickets to 120. I \
learned that a rota beats heroics, and since then I always start with triage.";

/// A story that never says how it ended: a passing score in conflict, with no result.
const NO_RESULT: &str = "Last year a colleague and I disagreed about the release date for our \
billing app. I set up a meeting, listened to her concerns and walked her through the defect list. \
I learned to ask what worries people before I argue with them.";

/// Nothing a scorer can credit.
const WEAK: &str = "It was fine.";

/// Where the program keeps the transcripts for a test folder.
fn sessions(dir: &Path) -> PathBuf {
    dir.join("data").join("sessions")
}

/// Runs the program with nothing on standard input.
fn run(dir: &Path, args: &[&str]) -> Run {
    finish(rehearse(dir).args(args).write_stdin(""))
}

/// Runs the program, which must succeed without a word on stderr; returns its stdout.
fn ok(dir: &Path, args: &[&str]) -> String {
    succeeded(run(dir, args), args)
}

/// Runs the program, which must refuse with exit code 2 and print nothing; returns its stderr.
fn refused(dir: &Path, args: &[&str]) -> String {
    let run = run(dir, args);
    assert_eq!(run.code, 2, "`rehearse {}`: {run:#?}", args.join(" "));
    assert_eq!(run.stdout, "", "`rehearse {}`", args.join(" "));
    run.stderr
}

/// Runs a scripted session with no thinking time (and no follow-ups unless `args` asks for
/// some); returns its stdout and the transcript it saved.
fn session_with_output(dir: &Path, args: &[&str], answers: &[Option<&str>]) -> (String, PathBuf) {
    let file = answers_file(dir, answers);
    let mut all = args.to_vec();
    all.extend(["--think", "0", "--answers", file]);
    if !args.contains(&"--followups") {
        all.extend(["--followups", "0"]);
    }
    let out = ok(dir, &all);
    let saved = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("Saved to "))
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("no `Saved to` line in:\n{out}"));
    assert!(saved.starts_with(sessions(dir)), "{}", saved.display());
    (out, saved)
}

fn session(dir: &Path, args: &[&str], answers: &[Option<&str>]) -> PathBuf {
    session_with_output(dir, args, answers).1
}

fn read_yaml(path: &Path) -> Yaml {
    serde_yaml::from_str(&fs::read_to_string(path).expect("a readable transcript"))
        .expect("a transcript is YAML")
}

fn text_of<'a>(value: &'a Yaml, what: &str) -> &'a str {
    value[what]
        .as_str()
        .unwrap_or_else(|| panic!("no {what} in {value:?}"))
}

/// The main questions of a transcript.
fn questions_of(path: &Path) -> Vec<Yaml> {
    read_yaml(path)["questions"]
        .as_sequence()
        .expect("a list of questions")
        .clone()
}

/// Each main question's score; `None` when it was skipped.
fn scores(path: &Path) -> Vec<Option<u64>> {
    questions_of(path)
        .iter()
        .map(|q| q["reply"]["score"]["score"].as_u64())
        .collect()
}

fn question_ids(path: &Path) -> Vec<String> {
    questions_of(path)
        .iter()
        .map(|q| text_of(q, "question_id").to_owned())
        .collect()
}

fn question_texts(path: &Path) -> Vec<String> {
    questions_of(path)
        .iter()
        .map(|q| text_of(q, "question").to_owned())
        .collect()
}

/// The mean of the answered scores.
fn mean(scores: &[Option<u64>]) -> f64 {
    let answered: Vec<f64> = scores.iter().flatten().map(|&s| s as f64).collect();
    answered.iter().sum::<f64>() / answered.len() as f64
}

/// The mean of the answered scores, as the program rounds it for display.
fn shown_average(scores: &[Option<u64>]) -> String {
    format!("{:.0}", mean(scores))
}

/// `2026-11-22T03:19:00Z` as the program shows it: `2026-11-22 03:19`.
fn shown_time(started_at: &str) -> String {
    format!("{} {}", &started_at[..10], &started_at[11..16])
}

/// The categories of a session's main questions, in order, each once.
fn categories_of(path: &Path) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for q in questions_of(path) {
        let category = text_of(&q, "category").to_owned();
        if !seen.contains(&category) {
            seen.push(category);
        }
    }
    seen
}

/// A session's six-hex id.
fn id_of(path: &Path) -> String {
    text_of(&read_yaml(path), "id").to_owned()
}

/// A transcript's text with another id. The id line is replaced whole: an id of digits only
/// is written quoted (`id: '123456'`), so it cannot be matched as written.
fn with_id(text: &str, id: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut replaced = false;
    for line in text.lines() {
        if !replaced && line.starts_with("id: ") {
            out.push(format!("id: {id}"));
            replaced = true;
        } else {
            out.push(line.to_owned());
        }
    }
    assert!(replaced, "no id line in the transcript");
    out.join("\n") + "\n"
}

/// The file name without `.yaml`.
fn name_of(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .expect("a UTF-8 file name")
        .to_owned()
}

/// Moves a saved session to another start time: its `started_at` is rewritten and the file is
/// renamed as the program names files (`20240301T090000Z-<id>.yaml`), so it sorts into place.
fn backdate(path: &Path, started_at: &str) -> PathBuf {
    let text = fs::read_to_string(path).expect("read the transcript");
    let old = text_of(&read_yaml(path), "started_at").to_owned();
    let moved = text.replacen(
        &format!("\nstarted_at: {old}\n"),
        &format!("\nstarted_at: {started_at}\n"),
        1,
    );
    assert_ne!(moved, text, "started_at not found in {}", path.display());
    let stamp: String = started_at
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let new_path = path.with_file_name(format!("{stamp}-{}.yaml", id_of(path)));
    fs::write(&new_path, moved).expect("write the moved transcript");
    fs::remove_file(path).expect("remove the old file");
    new_path
}

/// The start time of a session begun `ago` before now, as transcripts write it.
fn started_ago(ago: Duration) -> String {
    rehearse::transcript::utc_timestamp(SystemTime::now() - ago)
}

const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(86_400);

/// `2026-11-22T03:19:00Z` one day on, as the program shows a date: `2026-11-23 03:19 UTC`.
fn shown_day_after(started_at: &str) -> String {
    let at = rehearse::transcript::parse_utc_timestamp(started_at).expect("a start time");
    let next = rehearse::transcript::utc_timestamp(UNIX_EPOCH + Duration::from_secs(at) + DAY);
    format!("{} UTC", shown_time(&next))
}

/// Waits for the next whole second, so the next session's start time (and file name) sorts
/// after the last one's: names carry the time to the second, then a random id.
fn next_second() {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970");
    std::thread::sleep(Duration::from_nanos(
        1_000_000_000 - u64::from(now.subsec_nanos()) + 5_000_000,
    ));
}

/// The rows of `rehearse review` (header and footer left out), split into columns.
fn list_rows(stdout: &str) -> Vec<Vec<String>> {
    stdout
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| !l.trim_start().starts_with('…'))
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// The names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .into_string()
                .expect("a UTF-8 name")
        })
        .collect();
    names.sort();
    names
}

/// Copies the fixture transcripts into `dir`'s sessions folder.
fn fixture_sessions(dir: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review");
    let to = sessions(dir);
    fs::create_dir_all(&to).expect("make the sessions folder");
    for name in names_in(&from) {
        fs::copy(from.join(&name), to.join(&name)).expect("copy a fixture");
    }
}

// ---------------------------------------------------------------------------------------------
// Nothing saved yet

#[test]
fn with_nothing_saved_each_command_says_so_and_points_to_a_first_session() {
    let dir = tempdir();
    let dir = dir.path();

    for args in [&["review"][..], &["progress"]] {
        let out = ok(dir, args);
        assert!(out.starts_with("No saved sessions yet"), "{args:?}: {out}");
        assert!(out.contains("`rehearse mock`"), "{args:?}: {out}");
    }
    assert_eq!(ok(dir, &["review", "--json"]), "", "no sessions, no lines");
    let report: Json =
        serde_json::from_str(&ok(dir, &["progress", "--json"])).expect("progress --json is JSON");
    assert_eq!(report["sessions"], 0);
    assert_eq!(report["categories"], Json::Array(vec![]));
    assert_eq!(report["due"], 0);

    let err = refused(dir, &["review", "show", "latest"]);
    assert!(err.contains("no saved sessions yet"), "{err}");
    assert!(err.contains("rehearse mock"), "{err}");

    let out = ok(dir, &["drill", "--due"]);
    assert!(out.starts_with("No saved sessions yet"), "{out}");
    assert!(!out.contains("━━ Question"), "nothing is asked: {out}");

    let err = refused(dir, &["drill", "--weakest"]);
    assert!(err.contains("there are no saved answers yet"), "{err}");
    assert!(err.contains("rehearse drill conflict"), "{err}");

    // Looking is not saving: none of that created the data folder.
    assert!(!dir.join("data").exists());
}

// ---------------------------------------------------------------------------------------------
// The list, and one session in full

/// A mock, a drill and a drill with a skip, each started a second after the one before.
fn three_sessions(dir: &Path) -> [PathBuf; 3] {
    let mock = session(
        dir,
        &["mock", "--seed", "11", "-n", "2"],
        &[Some(STAR), Some(WEAK), None],
    );
    next_second();
    let drill = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "2"],
        &[Some(STRONG), Some(NO_RESULT)],
    );
    next_second();
    let skipped = session(
        dir,
        &["drill", "integrity", "--seed", "2", "-n", "2"],
        &[Some(WEAK), None],
    );
    [mock, drill, skipped]
}

#[test]
fn review_lists_the_saved_sessions_newest_first() {
    let dir = tempdir();
    let dir = dir.path();
    let [mock, drill, skipped] = three_sessions(dir);

    let out = ok(dir, &["review"]);
    let header = out.lines().next().expect("a header");
    let columns: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(
        columns,
        [
            "ID",
            "STARTED",
            "KIND",
            "ANSWERED",
            "AVERAGE",
            "STATUS",
            "CATEGORIES"
        ]
    );
    let rows = list_rows(&out);
    let expected = |path: &Path, kind: &str, answered: &str, categories: &str| {
        vec![
            id_of(path),
            shown_time(text_of(&read_yaml(path), "started_at")),
            kind.to_owned(),
            answered.to_owned(),
            shown_average(&scores(path)),
            "done".to_owned(),
            categories.to_owned(),
        ]
    };
    assert_eq!(
        rows,
        [
            expected(&skipped, "drill integrity", "1/2", "integrity"),
            expected(&drill, "drill conflict", "2/2", "conflict"),
            expected(&mock, "mock", "2/2", &categories_of(&mock).join(", ")),
        ],
        "{out}"
    );
    assert!(out.contains("rehearse review show ID"), "{out}");

    let out = ok(dir, &["review", "--limit", "1"]);
    assert_eq!(list_rows(&out).len(), 1, "{out}");
    assert_eq!(list_rows(&out)[0][0], id_of(&skipped));
    assert!(
        out.contains("… and 2 older (rehearse review --limit 3)"),
        "{out}"
    );

    // JSON Lines, newest first, one object per session.
    let out = ok(dir, &["review", "--json"]);
    let lines: Vec<Json> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    for (line, path) in lines.iter().zip([&skipped, &drill, &mock]) {
        let t = read_yaml(path);
        assert_eq!(line["id"], text_of(&t, "id"));
        assert_eq!(line["name"], name_of(path));
        assert_eq!(line["started_at"], text_of(&t, "started_at"));
        assert_eq!(line["ending"], "completed");
        assert_eq!(line["planned"], 2);
        let answered: Vec<u64> = scores(path).into_iter().flatten().collect();
        assert_eq!(line["answered"], answered.len());
        let mean = answered.iter().sum::<u64>() as f64 / answered.len() as f64;
        assert!((line["average"].as_f64().expect("an average") - mean).abs() < 1e-9);
    }
    assert_eq!(lines[0]["mode"], "drill integrity");
    assert_eq!(lines[2]["mode"], "mock");
    assert_eq!(
        lines[2]["categories"],
        serde_json::json!(categories_of(&mock))
    );
    let limited = ok(dir, &["review", "--json", "-n", "2"]);
    assert_eq!(limited.lines().count(), 2);
    assert!(out.starts_with(&limited));
}

#[test]
fn a_session_ended_early_or_never_finished_says_so_in_the_list() {
    let dir = tempdir();
    let dir = dir.path();
    let done = session(dir, &["drill", "salary", "--seed", "1", "-n", "1"], &[None]);
    for (ending, id, stamp) in [
        ("ended_early", "eeeee1", "2025-01-01T10:00:00Z"),
        ("in_progress", "eeeee2", "2025-01-02T10:00:00Z"),
    ] {
        let copy = sessions(dir).join("copy.yaml");
        let text = with_id(
            &fs::read_to_string(&done)
                .expect("read")
                .replace("\nending: completed\n", &format!("\nending: {ending}\n")),
            id,
        );
        fs::write(&copy, text).expect("write");
        backdate(&copy, stamp);
    }
    let out = ok(dir, &["review"]);
    let rows = list_rows(&out);
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, [id_of(&done).as_str(), "eeeee2", "eeeee1"], "{out}");
    let statuses: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(statuses, ["done", "unfinished", "ended early"], "{out}");
    // The skipped answer leaves no average: "-" stands in the column.
    assert!(rows.iter().all(|r| r[3] == "0/1" && r[4] == "-"), "{out}");
}

#[test]
fn review_show_prints_a_session_as_text_markdown_or_its_json() {
    let dir = tempdir();
    let dir = dir.path();
    let [_, drill, skipped] = three_sessions(dir);

    // Text: the answers, their scores and the summary.
    let out = ok(dir, &["review", "show", "latest"]);
    assert!(
        out.starts_with(&format!(
            "━━ Drill: integrity · {} UTC · id {} · seed 2 · completed\n",
            shown_time(text_of(&read_yaml(&skipped), "started_at")),
            id_of(&skipped)
        )),
        "{out}"
    );
    assert!(out.contains("│ It was fine."), "{out}");
    assert!(out.contains("(skipped)"), "{out}");
    assert!(out.contains("━━ Summary"), "{out}");

    let out = ok(dir, &["review", "show", &id_of(&drill)]);
    let drill_scores = scores(&drill);
    for (question, score) in question_texts(&drill).iter().zip(&drill_scores) {
        let score = score.expect("both answered");
        assert!(out.contains(&format!("Score {score}/100")), "{out}");
        let start: String = question
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(out.contains(&start), "question {question:?} missing: {out}");
    }
    assert!(
        out.contains("│ Last spring a senior engineer on my team"),
        "{out}"
    );
    assert!(
        out.contains("│ Last year a colleague and I disagreed about the release date"),
        "{out}"
    );
    let summary = out.find("━━ Summary").expect("a summary");
    assert!(
        out[summary..].contains(&format!(
            "Average {}/100 over 2 answers.",
            shown_average(&drill_scores)
        )),
        "{out}"
    );

    // Markdown: a title, a heading per question, the answers quoted, a summary table.
    let md = ok(
        dir,
        &["review", "show", &id_of(&drill), "--format", "markdown"],
    );
    assert!(md.starts_with("# Drill: conflict · "), "{md}");
    assert!(
        md.contains(&format!(
            "- Session `{}` · seed 5 · 2 of 2 questions answered",
            id_of(&drill)
        )),
        "{md}"
    );
    for (n, question) in question_texts(&drill).iter().enumerate() {
        assert!(
            md.contains(&format!("\n## {}. {question}\n", n + 1)),
            "{md}"
        );
    }
    let quoted: Vec<&str> = md.lines().filter(|l| l.starts_with("> ")).collect();
    assert_eq!(quoted.len(), 2, "{md}");
    assert!(
        quoted[0].starts_with("> Last spring a senior engineer"),
        "{md}"
    );
    assert!(
        quoted[0].ends_with("before I argue with it."),
        "one line per paragraph: {md}"
    );
    assert!(quoted[1].starts_with("> Last year a colleague"), "{md}");
    for score in drill_scores.iter().flatten() {
        assert!(md.contains(&format!("**Score {score}/100**")), "{md}");
    }
    let table = md.find("\n## Summary\n").expect("a summary section");
    assert!(
        md[table..].contains("| # | Category | Score | Parts |\n|---|---|---|---|\n"),
        "{md}"
    );
    assert!(
        md[table..].contains(&format!(
            "| 1 | conflict | {} |",
            drill_scores[0].expect("a score")
        )),
        "{md}"
    );
    assert!(!md.contains('\u{1b}'), "no terminal codes in Markdown");

    // JSON: the transcript, field for field.
    for path in [&drill, &skipped] {
        let json: Json = serde_json::from_str(&ok(
            dir,
            &["review", "show", &id_of(path), "--format", "json"],
        ))
        .expect("show --format json is JSON");
        let yaml: Json =
            serde_yaml::from_str(&fs::read_to_string(path).expect("read")).expect("YAML");
        assert_eq!(json, yaml, "{}", path.display());
    }
}

#[test]
fn review_show_finds_a_session_by_id_or_file_name_and_names_a_near_miss() {
    let dir = tempdir();
    let dir = dir.path();
    let [mock, drill, _] = three_sessions(dir);

    let by_id = ok(dir, &["review", "show", &id_of(&mock)]);
    assert!(by_id.starts_with("━━ Mock interview · "), "{by_id}");
    let name = name_of(&mock);
    assert_eq!(ok(dir, &["review", "show", &name]), by_id);
    assert_eq!(ok(dir, &["review", "show", &format!("{name}.yaml")]), by_id);
    assert_ne!(ok(dir, &["review", "show", &id_of(&drill)]), by_id);

    // One hex digit off: the real id is suggested.
    let id = id_of(&drill);
    let last = id.chars().last().expect("six digits");
    let typo = format!("{}{}", &id[..5], if last == '0' { '1' } else { '0' });
    let err = refused(dir, &["review", "show", &typo]);
    assert!(
        err.contains(&format!("no saved session has the id `{typo}`")),
        "{err}"
    );
    assert!(err.contains(&format!("did you mean {id}")), "{err}");

    // Nothing like any id: where to find them.
    let err = refused(dir, &["review", "show", "zzzzzz"]);
    assert!(
        err.contains("no saved session has the id `zzzzzz`"),
        "{err}"
    );
    assert!(!err.contains("did you mean"), "{err}");
    assert!(
        err.contains("`rehearse review` lists the sessions"),
        "{err}"
    );
}

#[test]
fn two_sessions_with_the_same_id_are_told_apart_by_their_file_names() {
    let dir = tempdir();
    let dir = dir.path();
    let original = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "1"],
        &[Some(STRONG)],
    );
    let id = id_of(&original);
    let copy = sessions(dir).join(format!("20250101T000000Z-{id}-copy.yaml"));
    fs::copy(&original, &copy).expect("copy");

    let err = refused(dir, &["review", "show", &id]);
    assert!(
        err.contains(&format!("`{id}` is the id of 2 sessions")),
        "{err}"
    );
    assert!(err.contains(&name_of(&original)), "{err}");
    assert!(err.contains(&name_of(&copy)), "{err}");

    for name in [name_of(&original), name_of(&copy)] {
        let out = ok(dir, &["review", "show", &name]);
        assert!(out.contains(&format!("id {id}")), "{out}");
    }
    // Both are listed.
    assert_eq!(list_rows(&ok(dir, &["review"])).len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be read

#[test]
fn unreadable_transcripts_are_skipped_with_a_warning_and_left_exactly_as_they_were() {
    let dir = tempdir();
    let dir = dir.path();
    let older = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "1"],
        &[Some(STRONG)],
    );
    let older = backdate(&older, "2025-05-01T10:00:00Z");
    let newer = session(
        dir,
        &["drill", "integrity", "--seed", "2", "-n", "1"],
        &[Some(WEAK)],
    );
    let good = fs::read(&newer).expect("read");
    let folder = sessions(dir);

    let mut newer_format = String::from_utf8(good.clone()).expect("UTF-8");
    newer_format = newer_format.replacen("format: 1\n", "format: 99\n", 1);
    let mut not_utf8 = good[..200].to_vec();
    not_utf8.extend_from_slice(b"\xff\xfe caf\xe9\n");
    let bad: [(&str, Vec<u8>); 4] = [
        (
            "20250102T000000Z-cut0ff.yaml",
            good[..good.len() / 2].to_vec(),
        ),
        (
            "20250103T000000Z-9a4ba9.yaml",
            b"format: 1\nid: [not closed\nquestions: {{{\n".to_vec(),
        ),
        ("20250104T000000Z-f09999.yaml", newer_format.into_bytes()),
        ("20250105T000000Z-b17e5a.yaml", not_utf8),
    ];
    for (name, bytes) in &bad {
        fs::write(folder.join(name), bytes).expect("write a bad file");
    }
    // The program's own index of digests may be brought up to date; nothing else may change.
    let transcripts = |folder: &Path| {
        let mut names = names_in(folder);
        names.retain(|n| n != ".index.json");
        names
    };
    let before = transcripts(&folder);

    for args in [&["review"][..], &["review"], &["progress"]] {
        let run = run(dir, args);
        assert_eq!(run.code, 0, "{args:?}: {run:#?}");
        let warnings: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(warnings.len(), bad.len(), "{args:?}: {}", run.stderr);
        for (name, _) in &bad {
            let path = folder.join(name);
            let line = warnings
                .iter()
                .find(|w| w.starts_with(&format!("warning: skipped {}: ", path.display())))
                .unwrap_or_else(|| panic!("no warning for {name}: {}", run.stderr));
            assert!(line.ends_with("(the file is left as it is)"), "{line}");
        }
        if args == ["review"] {
            let ids: Vec<String> = list_rows(&run.stdout)
                .iter()
                .map(|r| r[0].clone())
                .collect();
            assert_eq!(ids, [id_of(&newer), id_of(&older)], "{}", run.stdout);
        } else {
            assert!(
                run.stdout.contains("━━ Progress over 2 sessions"),
                "{}",
                run.stdout
            );
        }
    }
    let stderr = run(dir, &["review"]).stderr;
    let about = |name: &str| {
        stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(about("f09999").contains("update rehearse"), "{stderr}");
    assert!(about("f09999").contains("format 99"), "{stderr}");
    assert!(about("b17e5a").contains("not UTF-8"), "{stderr}");
    assert!(
        about("9a4ba9").contains("not a rehearse transcript"),
        "{stderr}"
    );
    assert!(
        about("cut0ff").contains("not a rehearse transcript"),
        "{stderr}"
    );

    // `show latest` is the newest readable session.
    let out = run(dir, &["review", "show", "latest"]);
    assert!(
        out.stdout.contains(&format!("id {}", id_of(&newer))),
        "{out:#?}"
    );

    for (name, bytes) in &bad {
        assert_eq!(
            &fs::read(folder.join(name)).expect("still there"),
            bytes,
            "{name}"
        );
    }
    assert_eq!(fs::read(&newer).expect("read"), good);
    assert_eq!(
        transcripts(&folder),
        before,
        "nothing added, moved or removed"
    );
}

// ---------------------------------------------------------------------------------------------
// Every attempt at one question

#[test]
fn compare_lists_every_attempt_at_a_question_and_the_change_since_the_first() {
    let dir = tempdir();
    let dir = dir.path();
    let args = ["drill", "conflict", "--seed", "7", "-n", "1"];
    let first = session(dir, &args, &[Some("We argued and then it was fine.")]);
    let first = backdate(&first, "2025-04-01T09:00:00Z");
    let second = session(dir, &args, &[Some(STRONG)]);
    let question = question_ids(&first)[0].clone();
    assert_eq!(
        question_ids(&second),
        std::slice::from_ref(&question),
        "same seed, same question"
    );
    let (before, after) = (
        scores(&first)[0].expect("answered"),
        scores(&second)[0].expect("answered"),
    );
    assert!(after > before, "{before} → {after}");

    let out = ok(dir, &["review", "compare", &question]);
    assert!(
        out.starts_with(&format!("━━ Every attempt at {question}\n")),
        "{out}"
    );
    assert!(out.contains("#  DATE              SESSION  SCORE"), "{out}");
    let row = |n: usize, path: &Path| {
        format!(
            "{n}  {}  {}",
            shown_time(text_of(&read_yaml(path), "started_at")),
            id_of(path)
        )
    };
    let table: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("1  ") || l.trim_start().starts_with("2  "))
        .collect();
    assert_eq!(table.len(), 2, "{out}");
    assert!(table[0].trim_start().starts_with(&row(1, &first)), "{out}");
    assert!(table[1].trim_start().starts_with(&row(2, &second)), "{out}");
    assert!(table[0].contains(&format!(" {before}  ")), "{out}");
    assert!(table[1].contains(&format!(" {after}  ")), "{out}");
    assert!(
        out.contains(&format!(
            "Change: +{} since the first answer ({before} → {after}).",
            after - before
        )),
        "{out}"
    );
    let one = out
        .find("Attempt 1 · 2025-04-01 09:00 UTC")
        .expect("attempt 1");
    let two = out.find("Attempt 2 · ").expect("attempt 2");
    assert!(one < two);
    assert!(
        out[one..two].contains("│ We argued and then it was fine."),
        "{out}"
    );
    assert!(
        out[two..].contains("│ Last spring a senior engineer"),
        "{out}"
    );
}

#[test]
fn compare_refuses_an_unknown_question_and_suggests_the_nearest_id() {
    let dir = tempdir();
    let dir = dir.path();
    session(
        dir,
        &["drill", "conflict", "--seed", "7", "-n", "1"],
        &[Some(STRONG)],
    );
    // A real bank id with one letter dropped.
    let bank = ok(dir, &["bank", "list", "--category", "conflict"]);
    assert!(bank.contains("conflict-unfair-feedback "), "{bank}");
    let err = refused(dir, &["review", "compare", "conflict-unfair-feedbak"]);
    assert!(
        err.contains("no question has the id `conflict-unfair-feedbak`"),
        "{err}"
    );
    assert!(
        err.contains("did you mean conflict-unfair-feedback"),
        "{err}"
    );

    let err = refused(dir, &["review", "compare", "zzz"]);
    assert!(err.contains("no question has the id `zzz`"), "{err}");
    assert!(err.contains("rehearse bank list --category ID"), "{err}");

    // A real question not asked yet is named as such, with the drill that may ask it.
    let salary = ok(dir, &["bank", "list", "--category", "salary"]);
    let salary_id = salary
        .lines()
        .find_map(|l| {
            l.split_whitespace()
                .next()
                .filter(|w| w.starts_with("salary-"))
        })
        .expect("a salary question id");
    let err = refused(dir, &["review", "compare", salary_id]);
    assert!(
        err.contains(&format!("you have not been asked `{salary_id}` yet")),
        "{err}"
    );
    assert!(err.contains("`rehearse drill salary`"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Progress

#[test]
fn progress_shows_each_category_answered_its_gaps_and_what_is_due() {
    let dir = tempdir();
    let dir = dir.path();
    let conflict = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "2"],
        &[Some(STRONG), Some(NO_RESULT)],
    );
    let conflict = backdate(&conflict, "2025-06-01T10:00:00Z");
    let integrity = session(
        dir,
        &["drill", "integrity", "--seed", "2", "-n", "1"],
        &[Some(WEAK)],
    );
    let conflict_scores = scores(&conflict);
    let integrity_scores = scores(&integrity);
    assert!(conflict_scores.iter().all(|s| s.is_some_and(|s| s >= 55)));
    assert!(integrity_scores[0].is_some_and(|s| s < 55));

    let out = ok(dir, &["progress"]);
    assert!(out.starts_with("━━ Progress over 2 sessions\n"), "{out}");
    let line = |category: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(&format!("{category} ")))
            .unwrap_or_else(|| panic!("no {category} line: {out}"))
            .to_owned()
    };
    assert!(
        line("conflict").ends_with(&format!(
            "average {} · 2 answers",
            shown_average(&conflict_scores)
        )),
        "{out}"
    );
    assert!(
        line("integrity").ends_with(&format!(
            "average {} · 1 answer",
            shown_average(&integrity_scores)
        )),
        "{out}"
    );
    // Conflict first: categories come in order of first practice.
    assert!(out.find("conflict ").expect("conflict") < out.find("integrity ").expect("integrity"));
    assert!(
        out.contains("no result in 1 of your last 2 conflict answers"),
        "{out}"
    );
    assert!(
        out.contains("no situation in your one integrity answer"),
        "{out}"
    );
    // The strong old conflict answers and the weak new one are all due by now.
    assert!(
        out.ends_with("   3 questions are due again: rehearse drill --due\n"),
        "{out}"
    );

    // One category: only it, with a chart.
    let out = ok(dir, &["progress", "--category", "conflict"]);
    assert!(
        out.contains("no result in 1 of your last 2 conflict answers"),
        "{out}"
    );
    assert!(!out.contains("integrity"), "{out}");
    assert!(out.contains("100 ┤"), "{out}");
    assert!(out.contains("2025-06-01"), "{out}");
    assert!(
        out.ends_with("   2 questions are due again: rehearse drill --due conflict\n"),
        "{out}"
    );

    let report: Json =
        serde_json::from_str(&ok(dir, &["progress", "--json"])).expect("progress --json is JSON");
    assert_eq!(report["sessions"], 2);
    let categories: Vec<&str> = report["categories"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|c| c["category"].as_str().expect("an id"))
        .collect();
    assert_eq!(categories, ["conflict", "integrity"]);
    assert_eq!(report["categories"][0]["answers"], 2);
    assert_eq!(report["due"], 3);
}

#[test]
fn progress_refuses_a_category_with_no_saved_answers() {
    let dir = tempdir();
    let dir = dir.path();
    session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "1"],
        &[Some(STRONG)],
    );
    let err = refused(dir, &["progress", "--category", "salary"]);
    assert!(
        err.contains("no saved answers in the category `salary`"),
        "{err}"
    );
    assert!(err.contains("answered so far: conflict"), "{err}");
    let err = refused(dir, &["progress", "--category", "conflcit"]);
    assert!(err.contains("did you mean conflict?"), "{err}");
}

#[test]
fn progress_for_a_category_whose_questions_were_all_skipped_does_not_suggest_itself() {
    let dir = tempdir();
    let dir = dir.path();
    session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "1"],
        &[None],
    );
    session(
        dir,
        &["drill", "integrity", "--seed", "5", "-n", "1"],
        &[Some(WEAK)],
    );
    let err = refused(dir, &["progress", "--category", "conflict"]);
    assert!(
        err.contains("no saved answers in the category `conflict`"),
        "{err}"
    );
    assert!(!err.contains("did you mean conflict?"), "{err}");
    assert!(
        err.contains("every `conflict` question so far was skipped"),
        "{err}"
    );
}

#[test]
fn progress_compares_the_last_three_sessions_with_the_ones_before() {
    let dir = tempdir();
    let dir = dir.path();
    fixture_sessions(dir);
    let out = ok(dir, &["progress"]);
    // Conflict has four sessions in the fixtures; the others one each.
    let conflict = out
        .lines()
        .find(|l| l.trim_start().starts_with("conflict "))
        .expect("a conflict line");
    assert!(
        conflict.contains("last 3 68 · before 22 (+46) · 7 answers"),
        "{out}"
    );
    assert!(out.contains("average 89 · 1 answer"), "{out}");
}

// ---------------------------------------------------------------------------------------------
// Drills chosen from the saved answers

#[test]
fn drill_weakest_practises_the_category_whose_last_five_answers_average_lowest() {
    let dir = tempdir();
    let dir = dir.path();
    let integrity = session(
        dir,
        &["drill", "integrity", "--seed", "1", "-n", "2"],
        &[Some(WEAK), Some(WEAK)],
    );
    let integrity = backdate(&integrity, "2025-01-01T10:00:00Z");
    let conflict = session(
        dir,
        &["drill", "conflict", "--seed", "1", "-n", "2"],
        &[Some(NO_RESULT), Some(NO_RESULT)],
    );
    let conflict = backdate(&conflict, "2025-01-02T10:00:00Z");
    let culture = session(
        dir,
        &["drill", "culture_fit", "--seed", "1", "-n", "1"],
        &[Some(STAR)],
    );
    let culture = backdate(&culture, "2025-01-03T10:00:00Z");
    let (weak, middling) = (scores(&integrity), scores(&conflict));
    assert!(mean(&weak) < mean(&middling), "{weak:?} {middling:?}");
    assert!(mean(&middling) < mean(&scores(&culture)), "{middling:?}");

    let (out, drilled) = session_with_output(
        dir,
        &["drill", "--weakest", "-n", "2", "--seed", "3"],
        &[Some(STRONG), Some(STRONG)],
    );
    assert!(
        out.starts_with(&format!(
            "Weakest lately: Values and integrity (average {} over your last 2 answers).\n",
            shown_average(&weak)
        )),
        "{out}"
    );
    let titles: Vec<String> = common::questions(&out)
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(
        titles,
        ["Values and integrity", "Values and integrity"],
        "{out}"
    );
    let mode = &read_yaml(&drilled)["mode"];
    assert_eq!(text_of(mode, "kind"), "drill");
    assert_eq!(text_of(mode, "category"), "integrity");

    // Five strong integrity answers more: only the last five count, so the old weak ones no
    // longer make integrity the weakest, though its average over all answers is still low.
    let strong = session(
        dir,
        &["drill", "integrity", "--seed", "4", "-n", "5"],
        &[Some(STRONG); 5],
    );
    assert!(
        mean(&scores(&strong)) > mean(&middling),
        "{:?}",
        scores(&strong)
    );
    let (out, _) = session_with_output(
        dir,
        &["drill", "--weakest", "-n", "1", "--seed", "3"],
        &[None],
    );
    assert!(
        out.starts_with(&format!(
            "Weakest lately: Conflict and feedback (average {} over your last 2 answers).\n",
            shown_average(&middling)
        )),
        "{out}"
    );
    assert_eq!(
        common::questions(&out)[0].0,
        "Conflict and feedback",
        "{out}"
    );
}

/// Old sessions whose answers are due now, and a new strong answer that is not:
/// a weak conflict answer and a strong one from 2024, a skipped integrity question from 2024,
/// and a strong culture-fit answer from now.
fn due_sessions(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let conflict = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "2"],
        &[Some(STRONG), Some(WEAK)],
    );
    let conflict = backdate(&conflict, "2024-03-01T09:00:00Z");
    let integrity = session(
        dir,
        &["drill", "integrity", "--seed", "2", "-n", "1"],
        &[None],
    );
    let integrity = backdate(&integrity, "2024-06-01T09:00:00Z");
    let fresh = session(
        dir,
        &["drill", "culture_fit", "--seed", "1", "-n", "1"],
        &[Some(STAR)],
    );
    let s = scores(&conflict);
    assert!(
        s[0].is_some_and(|s| s >= 55) && s[1].is_some_and(|s| s < 55),
        "{s:?}"
    );
    assert!(scores(&fresh)[0].is_some_and(|s| s >= 55));
    (conflict, integrity, fresh)
}

#[test]
fn drill_due_asks_exactly_the_due_questions_weakest_first() {
    let dir = tempdir();
    let dir = dir.path();
    let (conflict, integrity, fresh) = due_sessions(dir);

    let (out, saved) = session_with_output(dir, &["drill", "--due"], &[None, None, None]);
    assert!(
        out.starts_with("Drill: the questions due again · 3 questions\n"),
        "{out}"
    );
    let conflict_questions = question_texts(&conflict);
    let expected = [
        // Skipped: due at once, and counts as the weakest.
        (
            "Values and integrity".to_owned(),
            question_texts(&integrity)[0].clone(),
        ),
        // A weak answer: due at once.
        (
            "Conflict and feedback".to_owned(),
            conflict_questions[1].clone(),
        ),
        // A strong answer from long ago: due a day later.
        (
            "Conflict and feedback".to_owned(),
            conflict_questions[0].clone(),
        ),
    ];
    assert_eq!(common::questions(&out), expected, "{out}");
    assert!(
        !out.contains(&question_texts(&fresh)[0]),
        "not due yet: {out}"
    );

    let t = read_yaml(&saved);
    assert_eq!(
        t["mode"],
        serde_yaml::from_str::<Yaml>("kind: due").expect("YAML")
    );
    let mut due_ids = question_ids(&integrity);
    due_ids.push(question_ids(&conflict)[1].clone());
    due_ids.push(question_ids(&conflict)[0].clone());
    assert_eq!(question_ids(&saved), due_ids);
    let listed = ok(dir, &["review"]);
    let row = list_rows(&listed)
        .into_iter()
        .find(|r| r[0] == id_of(&saved))
        .expect("the due drill is listed");
    assert_eq!(row[2], "due questions", "{listed}");
}

#[test]
fn drill_due_with_a_category_asks_only_that_categorys_due_questions() {
    let dir = tempdir();
    let dir = dir.path();
    let (conflict, _, _) = due_sessions(dir);

    let (out, saved) = session_with_output(dir, &["drill", "--due", "conflict"], &[None, None]);
    let conflict_questions = question_texts(&conflict);
    let titles: Vec<(String, String)> = common::questions(&out);
    assert_eq!(
        titles,
        [
            (
                "Conflict and feedback".to_owned(),
                conflict_questions[1].clone()
            ),
            (
                "Conflict and feedback".to_owned(),
                conflict_questions[0].clone()
            ),
        ],
        "{out}"
    );
    assert_eq!(text_of(&read_yaml(&saved)["mode"], "kind"), "due");

    // A category with nothing due: the next of its questions to come due.
    let out = ok(dir, &["drill", "--due", "culture_fit", "--think", "0"]);
    assert!(out.starts_with("Nothing is due yet. Next: \""), "{out}");
    assert!(!out.contains("━━ Question"), "{out}");
}

#[test]
fn drill_due_with_nothing_due_names_the_question_that_comes_due_next() {
    let dir = tempdir();
    let dir = dir.path();
    let fresh = session(
        dir,
        &["drill", "conflict", "--seed", "5", "-n", "1"],
        &[Some(STRONG)],
    );
    assert!(scores(&fresh)[0].is_some_and(|s| s >= 55));
    let started = text_of(&read_yaml(&fresh), "started_at").to_owned();
    let question = &question_texts(&fresh)[0];

    let out = ok(dir, &["drill", "--due", "--think", "0"]);
    assert_eq!(
        out,
        format!(
            "Nothing is due yet. Next: \"{question}\" on {}.\n\
             Meanwhile, `rehearse drill --weakest` practises your weakest category.\n",
            shown_day_after(&started)
        )
    );
    assert_eq!(
        names_in(&sessions(dir))
            .iter()
            .filter(|n| n.ends_with(".yaml"))
            .count(),
        1,
        "no session was saved"
    );

    let out = ok(dir, &["progress"]);
    assert!(
        out.ends_with(&format!(
            "   Nothing is due again yet; next: {} ({}).\n",
            shown_day_after(&started),
            question_ids(&fresh)[0]
        )),
        "{out}"
    );
}

#[test]
fn a_strong_answer_comes_back_one_day_after_its_session_then_six_days_after_the_next() {
    let dir = tempdir();
    let dir = dir.path();
    // Passed twice, 20 and 7 days ago: due 6 days after the second, so a day ago.
    let conflict = ["drill", "conflict", "--seed", "5", "-n", "1"];
    let first = session(dir, &conflict, &[Some(STRONG)]);
    backdate(&first, &started_ago(20 * DAY));
    let due_twice = session(dir, &conflict, &[Some(STRONG)]);
    let due_twice = backdate(&due_twice, &started_ago(7 * DAY));
    // Passed twice, 10 and 5 days ago: due tomorrow.
    let integrity = ["drill", "integrity", "--seed", "2", "-n", "1"];
    let first = session(dir, &integrity, &[Some(STRONG)]);
    backdate(&first, &started_ago(10 * DAY));
    let waits_twice = session(dir, &integrity, &[Some(STRONG)]);
    let waits_twice = backdate(&waits_twice, &started_ago(5 * DAY));
    // Passed once, 25 hours ago: due an hour ago.
    let due_once = session(
        dir,
        &["drill", "culture_fit", "--seed", "1", "-n", "1"],
        &[Some(STAR)],
    );
    let due_once = backdate(&due_once, &started_ago(25 * HOUR));
    // Passed once, 23 hours ago: due in an hour, the next to come due.
    let waits_once = session(
        dir,
        &["drill", "depth_probing", "--seed", "1", "-n", "1"],
        &[Some(STAR)],
    );
    let waits_once = backdate(&waits_once, &started_ago(23 * HOUR));
    for path in [&due_twice, &waits_twice, &due_once, &waits_once] {
        assert!(
            scores(path)[0].is_some_and(|s| s >= 55),
            "{}",
            path.display()
        );
    }

    let report: Json =
        serde_json::from_str(&ok(dir, &["progress", "--json"])).expect("progress --json is JSON");
    assert_eq!(report["due"], 2, "{report:#}");
    let next =
        rehearse::transcript::parse_utc_timestamp(text_of(&read_yaml(&waits_once), "started_at"))
            .expect("a start time")
            + DAY.as_secs();
    assert_eq!(
        report["next_due_at"],
        rehearse::transcript::utc_timestamp(UNIX_EPOCH + Duration::from_secs(next))
    );

    let (out, saved) = session_with_output(dir, &["drill", "--due"], &[None, None]);
    let mut asked_ids = question_ids(&saved);
    asked_ids.sort();
    let mut expected = vec![
        question_ids(&due_twice)[0].clone(),
        question_ids(&due_once)[0].clone(),
    ];
    expected.sort();
    assert_eq!(asked_ids, expected, "{out}");
    // Weakest last score first.
    let (a, b) = (scores(&due_twice)[0], scores(&due_once)[0]);
    let first_asked = if a <= b { &due_twice } else { &due_once };
    assert_eq!(
        question_ids(&saved)[0],
        question_ids(first_asked)[0],
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// Snapshots of fixed sessions

/// The program's output over the fixture sessions, with the temporary folder made stable.
fn fixture_snapshot(name: &str, args: &[&str]) {
    let dir = tempdir();
    fixture_sessions(dir.path());
    let out = ok(dir.path(), args);
    let temp = regex_escape(&dir.path().display().to_string());
    insta::with_settings!({
        filters => vec![(temp.as_str(), "[TEMP]")],
        description => format!("rehearse {}", args.join(" ")),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, out);
    });
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '/' || c == '_' || c == '-' {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

#[test]
fn snapshot_review_list() {
    fixture_snapshot("review_list", &["review"]);
}

#[test]
fn snapshot_review_show_text() {
    fixture_snapshot("review_show_text", &["review", "show", "b0b0b0"]);
}

#[test]
fn snapshot_review_show_markdown() {
    fixture_snapshot(
        "review_show_markdown",
        &["review", "show", "b0b0b0", "--format", "markdown"],
    );
}

#[test]
fn snapshot_review_show_markdown_of_a_mock() {
    fixture_snapshot(
        "review_show_markdown_of_a_mock",
        &["review", "show", "0a11ce", "--format", "markdown"],
    );
}

#[test]
fn snapshot_progress() {
    fixture_snapshot("progress", &["progress"]);
}

#[test]
fn snapshot_progress_of_one_category() {
    fixture_snapshot("progress_conflict", &["progress", "--category", "conflict"]);
}

// ---------------------------------------------------------------------------------------------
// Reading a transcript back

#[test]
fn a_saved_transcript_reads_back_and_writes_out_to_exactly_the_same_text() {
    let dir = tempdir();
    let dir = dir.path();
    let tricky = "Ich sagte: \"Nein\" — und 50 % weniger Fehler.\nZweite Zeile: # kein Kommentar, \
                  'quotes', tabs\tand a colon: here.\n\n  Indented: - not a list";
    let path = session(
        dir,
        &[
            "drill",
            "conflict",
            "--seed",
            "4",
            "-n",
            "3",
            "--followups",
            "1",
        ],
        &[
            Some(NO_RESULT),
            Some("We shipped on time."),
            Some(tricky),
            None,
            None,
        ],
    );
    let text = fs::read_to_string(&path).expect("read");
    let transcript = rehearse::transcript::read_transcript(&path).expect("reads back");
    assert_eq!(transcript.id, id_of(&path));
    assert_eq!(
        serde_yaml::to_string(&transcript).expect("writes out"),
        text,
        "{}",
        path.display()
    );
    assert!(
        transcript
            .session
            .questions
            .iter()
            .any(|q| q.reply.answer().is_some_and(|a| a.text == tricky)),
        "the tricky answer is kept as given"
    );

    // The committed fixtures are transcripts as the program writes them.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review");
    for name in names_in(&fixtures) {
        let path = fixtures.join(&name);
        let transcript = rehearse::transcript::read_transcript(&path).expect("a fixture reads");
        assert_eq!(
            serde_yaml::to_string(&transcript).expect("writes out"),
            fs::read_to_string(&path).expect("read"),
            "{name}"
        );
    }
}
