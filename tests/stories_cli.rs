//! End-to-end tests of the candidate's story bank and what is made from it: `rehearse stories
//! list|check|add`, the story suggested before an answer (`--stories`), the judging of the
//! candidate's own questions at the end of a mock and in `drill questions_to_ask`, and the
//! one-page `rehearse prep` sheet.

use std::fs;
use std::path::Path;

use serde_json::Value as Json;
use serde_yaml::Value as Yaml;

mod common;
use common::{Run, answers_file, finish, rehearse, succeeded, tempdir, words};

/// The six stories of the fixture, by absolute path so every test can run in its own folder.
const SIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/stories/six.yaml"
);

/// A complete story with a number in its result and a lesson.
const STRONG: &str = "Last spring our support queue had grown to 900 open tickets. My job was to get \
first replies under one day. I sorted the queue by product, wrote ten macros and set up a daily \
triage rota with two other leads. Within a month the backlog went from 900 tickets to 120. I learned \
that a rota beats heroics, and since then I always start with triage.";

/// The candidate's questions at the end of a mock: one generic, one strong.
const TWO_QUESTIONS: &str =
    "What is the culture like?\nWhat are the top outcomes you need in the first 90 days?";
const STRONG_QUESTION: &str = "What are the top outcomes you need in the first 90 days?";

fn run(dir: &Path, args: &[&str], stdin: &str) -> Run {
    finish(rehearse(dir).args(args).write_stdin(stdin))
}

/// Runs the program, which must succeed without a word on stderr; returns its stdout.
fn ok(dir: &Path, args: &[&str], stdin: &str) -> String {
    succeeded(run(dir, args, stdin), args)
}

/// Runs the program, which must refuse with exit code 2 and print nothing on stdout; returns
/// its stderr.
fn refused(dir: &Path, args: &[&str], stdin: &str) -> String {
    let run = run(dir, args, stdin);
    assert_eq!(run.code, 2, "`rehearse {}`: {run:#?}", args.join(" "));
    assert_eq!(run.stdout, "", "`rehearse {}`", args.join(" "));
    run.stderr
}

/// Text with every run of whitespace made one space, so wrapped lines read as one.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The part of `text` from the line `heading` up to the next heading of the same kind (a line
/// starting with `marker`), without the heading itself.
fn section<'a>(text: &'a str, heading: &str, marker: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in:\n{text}"))
        + heading.len();
    let rest = &text[start..];
    let end = rest.find(&format!("\n{marker}")).unwrap_or(rest.len());
    &rest[..end]
}

/// A section of the terminal report of `stories check`.
fn report_section<'a>(out: &'a str, title: &str) -> &'a str {
    section(out, &format!("━━ {title}\n"), "━━ ")
}

/// A `## ` section of a Markdown prep sheet.
fn sheet_section<'a>(sheet: &'a str, title: &str) -> &'a str {
    section(sheet, &format!("\n## {title}\n"), "## ")
}

/// A story as it is told: its text, or its parts one after another.
fn telling(story: &Yaml) -> String {
    if let Some(text) = story["text"].as_str() {
        return text.to_owned();
    }
    ["context", "action", "result", "learning"]
        .iter()
        .filter_map(|part| story[*part].as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn read_yaml(path: &Path) -> Yaml {
    serde_yaml::from_str(&fs::read_to_string(path).expect("a readable file")).expect("YAML")
}

/// About 390 words: some 2 min 45 s to tell, far past the 90 s a story should take.
fn long_story() -> String {
    let sentences = [
        "The old system held twelve years of records and nobody had a full list of the fields.",
        "I started by reading the export files one by one and writing down what each column meant.",
        "Then I met the warehouse leads every morning for two weeks to check what they actually used.",
        "We found that about a third of the fields were never read by anyone.",
        "I wrote a mapping sheet for the rest and tested it on one small depot first.",
        "The first test stopped because dates were stored in three different formats.",
        "I wrote a small script that normalised them and ran the test again.",
        "After that the depot ran on the new system for a week while I compared the counts daily.",
    ]
    .join(" ");
    format!(
        "{sentences} {sentences} {sentences} In the end the migration finished on time with \
         40000 records moved and no stock lost."
    )
}

/// Two stories, neither about a failure, the second far too long to tell.
fn two_stories(dir: &Path) -> &'static str {
    let yaml = format!(
        "stories:\n  - title: Queue rota\n    text: {}\n  - title: Long migration\n    text: {}\n",
        serde_json::to_string(STRONG).expect("a string"),
        serde_json::to_string(&long_story()).expect("a string"),
    );
    fs::write(dir.join("two.yaml"), yaml).expect("write the stories");
    "two.yaml"
}

/// Runs the seed-11 mock with strong answers, the two questions at the end; returns its stdout.
fn mock_with_questions(dir: &Path) -> String {
    let salary = "I would want between 62 and 68 thousand, based on two salary surveys.";
    let file = answers_file(
        dir,
        &[
            Some(STRONG),
            Some(STRONG),
            Some(STRONG),
            Some(STRONG),
            Some(STRONG),
            Some(salary),
            Some(TWO_QUESTIONS),
        ],
    );
    let args = [
        "mock",
        "--answers",
        file,
        "--seed",
        "11",
        "--followups",
        "0",
        "--think",
        "0",
    ];
    ok(dir, &args, "")
}

#[test]
fn with_no_stories_list_and_check_point_to_stories_add() {
    let dir = tempdir();
    for args in [&["stories", "list"][..], &["stories", "check"]] {
        let out = ok(dir.path(), args, "");
        assert!(out.starts_with("No stories yet ("), "{args:?}: {out}");
        assert!(out.contains("stories.yaml does not exist yet"), "{out}");
        assert!(
            out.contains("Add your first with `rehearse stories add`"),
            "{out}"
        );
    }
    // The JSON report of no stories has every kind of evidence as a gap.
    let json: Json =
        serde_json::from_str(&ok(dir.path(), &["stories", "check", "--json"], "")).expect("JSON");
    assert_eq!(json["stories"].as_array().map(Vec::len), Some(0));
    assert_eq!(json["gaps"].as_array().map(Vec::len), Some(7), "{json}");
    // Looking does not create anything.
    assert!(!dir.path().join("data").exists());
}

#[test]
fn prep_with_nothing_saved_says_what_to_do_in_every_section() {
    let dir = tempdir();
    let run = run(dir.path(), &["prep"], "");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stderr.contains("note: no stories yet") && run.stderr.contains("rehearse stories add"),
        "{}",
        run.stderr
    );
    let sheet = &run.stdout;
    assert!(sheet.starts_with("# Interview prep sheet\n"), "{sheet}");
    assert!(
        sheet_section(sheet, "Your strongest stories").contains("`rehearse stories add`"),
        "{sheet}"
    );
    assert!(
        sheet_section(sheet, "Gaps in your stories").contains("`rehearse stories check`"),
        "{sheet}"
    );
    assert!(
        sheet_section(sheet, "Weakest categories lately").contains("`rehearse mock`"),
        "{sheet}"
    );
    let questions = sheet_section(sheet, "Questions to ask them");
    assert!(
        questions.contains("`rehearse drill questions_to_ask`"),
        "{sheet}"
    );
    // With none of the candidate's own, the bank's examples fill the list.
    assert!(questions.contains("1. ") && questions.contains("*(from the bank)*"));
    let plan = sheet_section(sheet, "Your first 90 days (fill in for this role)");
    for days in [
        "### Days 1-30: understand and stabilise",
        "### Days 31-60: deliver reliably",
        "### Days 61-90: improve and scale",
    ] {
        assert!(plan.contains(days), "{days}: {sheet}");
    }
    assert!(!dir.path().join("data").exists());
}

#[test]
fn check_of_six_stories_shows_the_matrix_no_gaps_and_the_weakest_first() {
    let dir = tempdir();
    let out = ok(dir.path(), &["stories", "--file", SIX, "check"], "");
    assert!(
        out.starts_with(&format!("━━ Your stories: 6 in {SIX}\n")),
        "{out}"
    );

    let matrix = report_section(&out, &format!("Your stories: 6 in {SIX}"));
    let rows: Vec<&str> = matrix
        .lines()
        .filter(|l| {
            l.split_whitespace()
                .next()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .collect();
    assert_eq!(rows.len(), 6, "{matrix}");
    assert!(
        matrix.contains("STORY") && matrix.contains("fail"),
        "{matrix}"
    );
    assert!(rows[0].contains("Invoice backlog"), "{matrix}");
    assert!(rows[5].contains("Office move weekend"), "{matrix}");
    // The office move proves nothing: no tick on its row.
    assert!(!rows[5].contains('✓'), "{}", rows[5]);
    // Story 3 is tagged integrity, so it covers the failure column.
    assert!(rows[2].trim_end().ends_with('✓'), "{}", rows[2]);

    let coverage = report_section(&out, "Coverage");
    assert_eq!(coverage.matches('✓').count(), 7, "{coverage}");
    assert!(coverage.contains("3 tagged integrity"), "{coverage}");
    assert!(coverage.contains("2 \"taught myself\""), "{coverage}");

    assert_eq!(
        report_section(&out, "Gaps").trim(),
        "None: every kind of evidence has a story."
    );

    let weakest = flat(report_section(&out, "Weakest stories"));
    assert!(weakest.starts_with("6 Office move weekend: "), "{weakest}");
    let office = weakest.split(" 2 Reporting tool").next().expect("a first");
    assert!(office.contains("Tip: "), "{weakest}");
    // Only stories under 70 are listed, three at most.
    assert!(!weakest.contains("Invoice backlog"), "{weakest}");
    assert!(!out.contains("Too long to tell"), "{out}");
}

#[test]
fn check_json_of_six_stories_has_every_story_and_cue_words_from_the_story() {
    let dir = tempdir();
    let json: Json = serde_json::from_str(&ok(
        dir.path(),
        &["stories", "--file", SIX, "check", "--json"],
        "",
    ))
    .expect("the report is JSON");
    let fixture = read_yaml(Path::new(SIX));
    let told = fixture["stories"].as_sequence().expect("a list of stories");
    let stories = json["stories"].as_array().expect("a list of stories");
    assert_eq!(stories.len(), 6, "{json}");
    assert_eq!(json["gaps"], serde_json::json!([]), "{json}");
    // The office move is the weakest.
    assert_eq!(json["weakest"][0], 5, "{json}");

    let mut cues = 0;
    for (story, yaml) in stories.iter().zip(told) {
        assert_eq!(story["title"], yaml["title"].as_str().expect("a title"));
        let text = telling(yaml);
        for covered in story["covers"].as_array().expect("covers") {
            let words = covered["words"].as_str().expect("words");
            match covered["by"].as_str() {
                Some("cue") => {
                    cues += 1;
                    assert!(
                        text.contains(words),
                        "{words:?} is not in the story {:?}: {text}",
                        story["title"]
                    );
                }
                Some("tag") => {
                    let tags: Vec<&str> = yaml["tags"]
                        .as_sequence()
                        .expect("a tagged story has tags")
                        .iter()
                        .filter_map(Yaml::as_str)
                        .collect();
                    assert!(tags.contains(&words), "{words:?} not in {tags:?}");
                }
                other => panic!("covered by {other:?}"),
            }
        }
        assert_eq!(story["too_long"], false, "{story}");
    }
    assert!(
        cues >= 4,
        "the fixture's stories prove things by their words: {json}"
    );
    assert_eq!(stories[5]["covers"], serde_json::json!([]));
}

#[test]
fn check_of_two_stories_shows_the_gaps_the_count_and_a_story_too_long() {
    let dir = tempdir();
    let file = two_stories(dir.path());
    let out = ok(dir.path(), &["stories", "--file", file, "check"], "");
    assert!(out.starts_with("━━ Your stories: 2 in two.yaml\n"), "{out}");
    let gaps = flat(report_section(&out, "Gaps"));
    assert!(
        gaps.contains(
            "✗ Nothing shows that you can tell a failure or mistake and what you changed. \
             Add one: `rehearse stories add --tags failure`"
        ),
        "{gaps}"
    );
    assert!(
        gaps.contains("You have 2 stories; have six to eight ready"),
        "{gaps}"
    );
    assert!(!gaps.contains("None:"), "{gaps}");

    let too_long = flat(report_section(&out, "Too long to tell"));
    assert!(
        too_long.starts_with("2 Long migration: about "),
        "{too_long}"
    );
    assert!(too_long.contains("cut it to 90 s"), "{too_long}");
    assert!(!too_long.contains("Queue rota"), "{too_long}");

    let json: Json = serde_json::from_str(&ok(
        dir.path(),
        &["stories", "--file", file, "check", "--json"],
        "",
    ))
    .expect("JSON");
    assert_eq!(json["stories"][0]["too_long"], false);
    assert_eq!(json["stories"][1]["too_long"], true);
    assert!(
        json["stories"][1]["score"]["delivery"]["estimated_seconds"]
            .as_u64()
            .is_some_and(|s| s > 90),
        "{json}"
    );
    let gaps = json["gaps"].as_array().expect("gaps");
    assert!(gaps.contains(&Json::from("failure")), "{json}");
}

#[test]
fn stories_add_with_every_part_as_an_option_creates_the_file() {
    let dir = tempdir();
    let args = [
        "stories",
        "add",
        "--title",
        "Month-end close",
        "--context",
        "Our month-end close took eight days and the finance director wanted it faster.",
        "--action",
        "I mapped every step, moved the bank reconciliations to the first morning and automated the accruals report.",
        "--result",
        "The close went from eight days to five within two months.",
        "--learning",
        "I learned to measure a process before I change it.",
        "--tags",
        "pressure,ownership",
    ];
    let out = ok(dir.path(), &args, "");
    let file = dir.path().join("data").join("stories.yaml");
    assert!(
        out.contains(&format!(
            "Saved \"Month-end close\" to {} (story 1).",
            file.display()
        )),
        "{out}"
    );
    assert!(out.contains("Score "), "{out}");
    assert!(
        flat(&out).contains("you handle pressure without chaos (tagged pressure)"),
        "{out}"
    );

    let saved = read_yaml(&file);
    let story = &saved["stories"][0];
    assert_eq!(story["title"].as_str(), Some("Month-end close"));
    assert_eq!(
        story["result"].as_str(),
        Some("The close went from eight days to five within two months.")
    );
    assert_eq!(
        story["tags"],
        serde_yaml::from_str::<Yaml>("[pressure, ownership]").expect("YAML")
    );

    let list = ok(dir.path(), &["stories", "list"], "");
    assert!(list.contains("Your stories: 1 in"), "{list}");
    let row = list
        .lines()
        .find(|l| l.contains("Month-end close"))
        .unwrap_or_else(|| panic!("the story is listed: {list}"));
    assert!(row.contains("C A R L"), "{row}");
    assert!(row.contains("pressure, ownership"), "{row}");
}

#[test]
fn stories_add_reads_piped_parts_line_by_line() {
    let dir = tempdir();
    let stdin = "Late release\nThe release was two weeks late and the client was waiting.\n\
                 I split the work into two streams and took the riskier one myself.\n\
                 We shipped 3 days early.\nI learned to split risky work early.\nteamwork, failure\n";
    let out = ok(dir.path(), &["stories", "add"], stdin);
    assert!(out.contains("Saved \"Late release\" to "), "{out}");
    assert!(out.contains("Score "), "{out}");

    let saved = read_yaml(&dir.path().join("data").join("stories.yaml"));
    let story = &saved["stories"][0];
    assert_eq!(story["title"].as_str(), Some("Late release"));
    assert_eq!(
        story["context"].as_str(),
        Some("The release was two weeks late and the client was waiting.")
    );
    assert_eq!(
        story["action"].as_str(),
        Some("I split the work into two streams and took the riskier one myself.")
    );
    assert_eq!(story["result"].as_str(), Some("We shipped 3 days early."));
    assert_eq!(
        story["learning"].as_str(),
        Some("I learned to split risky work early.")
    );
    assert_eq!(
        story["tags"],
        serde_yaml::from_str::<Yaml>("[teamwork, failure]").expect("YAML")
    );
    assert!(story["text"].is_null());

    let list = ok(dir.path(), &["stories", "list"], "");
    assert!(list.contains("Late release"), "{list}");
    assert!(list.contains("teamwork, failure"), "{list}");
}

#[test]
fn stories_add_keeps_comments_and_earlier_stories_byte_for_byte() {
    let dir = tempdir();
    let original = "# My stories, most recent first. Keep this note.\nstories:\n  \
                    - title: Flaky build # the one from March\n    \
                    text: I traced a flaky build to a shared cache and cut failures from 9 a week to 1.\n    \
                    tags: [fixes-problems]\n";
    fs::write(dir.path().join("mine.yaml"), original).expect("write");
    let args = [
        "stories",
        "--file",
        "mine.yaml",
        "add",
        "--title",
        "Second",
        "--context",
        "Our support inbox had no owner.",
        "--action",
        "I set up a rota.",
        "--result",
        "Replies went from 3 days to 4 hours.",
    ];
    let out = ok(dir.path(), &args, "");
    assert!(
        out.contains("Saved \"Second\" to mine.yaml (story 2)."),
        "{out}"
    );
    let text = fs::read_to_string(dir.path().join("mine.yaml")).expect("read");
    assert!(text.starts_with(original), "{text}");
    assert!(text.len() > original.len());
    assert!(
        !dir.path().join("mine.yaml.bak").exists(),
        "an appended file needs no backup"
    );
    let list = ok(dir.path(), &["stories", "--file", "mine.yaml", "list"], "");
    assert!(list.contains("Your stories: 2 in mine.yaml"), "{list}");
    assert!(
        list.contains("Flaky build") && list.contains("Second"),
        "{list}"
    );

    // A file the program made itself is appended to the same way.
    let first = [
        "stories",
        "add",
        "--title",
        "One",
        "--context",
        "c",
        "--action",
        "I did it",
        "--result",
        "3 more",
    ];
    ok(dir.path(), &first, "");
    let made = fs::read_to_string(dir.path().join("data").join("stories.yaml")).expect("read");
    assert!(made.starts_with("# Your interview stories"), "{made}");
    let second = [
        "stories",
        "add",
        "--title",
        "Two",
        "--context",
        "c",
        "--action",
        "I did it",
        "--result",
        "4 more",
    ];
    let out = ok(dir.path(), &second, "");
    assert!(out.contains("(story 2)"), "{out}");
    let grown = fs::read_to_string(dir.path().join("data").join("stories.yaml")).expect("read");
    assert!(grown.starts_with(&made), "{grown}");
}

#[test]
fn stories_add_with_a_missing_part_is_refused_and_writes_nothing() {
    let dir = tempdir();
    let err = refused(dir.path(), &["stories", "add"], "Only a title\n");
    assert!(err.contains("error: the story has no context"), "{err}");
    assert!(err.contains("help: give it with --context TEXT"), "{err}");
    assert!(!dir.path().join("data").join("stories.yaml").exists());

    // A blank line for a required part is as good as none.
    let err = refused(
        dir.path(),
        &["stories", "add", "--title", "T", "--context", "c"],
        "\nresult\n",
    );
    assert!(err.contains("the story has no action"), "{err}");
    assert!(!dir.path().join("data").join("stories.yaml").exists());
}

#[test]
fn bad_stories_files_are_refused_with_line_column_and_help() {
    let dir = tempdir();
    // Each bad story is the first in its file. (A bad story further down is reported at the
    // start of the list, line 2, not at its own line: see the report that came with this file.)
    let cases = [
        (
            "contxt.yaml",
            "stories:\n  - title: Typo\n    contxt: The release was late.\n",
            "contxt.yaml:3:5: ",
            "unknown field `contxt`",
        ),
        (
            "empty.yaml",
            "stories:\n  - title: Only a title\n",
            "empty.yaml:2:3: ",
            "the story \"Only a title\" has no words",
        ),
        (
            "both.yaml",
            "stories:\n  - title: Both\n    text: I fixed it.\n    action: I fixed it.\n",
            "both.yaml:2:3: ",
            "the story \"Both\" has both `text` and parts",
        ),
    ];
    for (name, yaml, place, what) in cases {
        fs::write(dir.path().join(name), yaml).expect("write");
        for command in [&["check"][..], &["list"], &["check", "--json"]] {
            let mut args = vec!["stories", "--file", name];
            args.extend(command);
            let err = refused(dir.path(), &args, "");
            assert!(
                err.starts_with(&format!("error: {place}")),
                "{args:?}: {err}"
            );
            assert!(err.contains(what), "{err}");
            assert!(
                err.contains("\n  help: a stories file holds `stories:`"),
                "{err}"
            );
        }
        let add = [
            "stories",
            "--file",
            name,
            "add",
            "--title",
            "New",
            "--context",
            "c",
            "--action",
            "I did it",
            "--result",
            "3 more",
        ];
        let err = refused(dir.path(), &add, "");
        assert!(err.contains(place) && err.contains(what), "{err}");
        assert_eq!(
            fs::read_to_string(dir.path().join(name)).expect("read"),
            yaml,
            "{name} was changed by a refused add"
        );
        // The same file given to a drill or prep is refused too.
        let stories = format!("--stories={name}");
        let err = refused(
            dir.path(),
            &["drill", "integrity", "-n", "1", "--think", "0", &stories],
            "I fixed it.\n",
        );
        assert!(err.contains(place), "{err}");
        let err = refused(dir.path(), &["prep", "--stories", name], "");
        assert!(err.contains(place), "{err}");
    }
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names.len(), 3, "nothing else was written: {names:?}");
}

#[test]
fn drill_with_stories_names_the_story_that_fits() {
    let dir = tempdir();
    let stories = format!("--stories={SIX}");
    let mut args = words("drill integrity -n 1 --seed 1 --followups 0 --think 0");
    args.push(&stories);
    let out = ok(
        dir.path(),
        &args,
        "I once sent wrong figures to a client. I fixed it within an hour.\n",
    );
    let suggested = out.find("Your story: ").expect("a story is suggested");
    assert!(
        out[suggested..].starts_with("Your story: 3. \"Wrong figures sent to a client\""),
        "{out}"
    );
    // It comes before the answer, with the reason it fits.
    assert!(suggested < out.find("│ I once sent").expect("the answer"));
    assert!(
        flat(&out).contains("shows you can tell a failure or mistake"),
        "{out}"
    );
    assert_eq!(out.matches("Your story: ").count(), 1, "{out}");
}

#[test]
fn drill_with_stories_and_no_file_notes_it_and_still_runs() {
    let dir = tempdir();
    let args = words("drill integrity -n 1 --seed 1 --followups 0 --think 0 --stories");
    let run = run(
        dir.path(),
        &args,
        "I once sent wrong figures to a client.\n",
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stderr.contains("note: no stories to suggest yet")
            && run.stderr.contains("`rehearse stories add`"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("Your story"), "{}", run.stdout);
    assert!(
        run.stdout.contains("│ I once sent wrong figures"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Score "), "{}", run.stdout);
    assert!(run.stdout.contains("Saved to "), "{}", run.stdout);
}

#[test]
fn salary_drill_suggests_no_story() {
    let dir = tempdir();
    let stories = format!("--stories={SIX}");
    let mut args = words("drill salary -n 2 --seed 1 --followups 0 --think 0");
    args.push(&stories);
    let out = ok(
        dir.path(),
        &args,
        "Between 62 and 68 thousand, based on two salary surveys.\n\n\
         I would look at the whole package before I decide.\n",
    );
    assert_eq!(out.matches("Score ").count(), 2, "{out}");
    assert!(!out.contains("Your story"), "{out}");
}

#[test]
fn mock_judges_the_candidates_questions_and_review_keeps_the_judgement() {
    let dir = tempdir();
    let out = mock_with_questions(dir.path());
    let asked = section(&out, "━━ Your questions for them\n", "━━ ");
    assert!(
        asked.contains("Do you have any questions for us?"),
        "{asked}"
    );
    assert!(asked.contains("Your questions: 1 of 2 strong"), "{asked}");
    let generic = asked
        .lines()
        .position(|l| l.contains("✗ generic: \"What is the culture like?\""))
        .unwrap_or_else(|| panic!("a generic line: {asked}"));
    // The reason, quoting the words that made it generic, follows the question.
    let reason: String = asked.lines().skip(generic + 1).take(2).collect();
    assert!(reason.contains("(\"culture like\")"), "{asked}");
    assert!(
        asked.contains(&format!("✓ strong: \"{STRONG_QUESTION}\"")),
        "{asked}"
    );
    assert!(asked.contains("Tip: Add a question"), "{asked}");

    let markdown = ok(
        dir.path(),
        &["review", "show", "latest", "--format", "markdown"],
        "",
    );
    let yours = sheet_section(&markdown, "Your questions for them");
    assert!(
        yours.contains("- ✗ **generic:** What is the culture like?"),
        "{markdown}"
    );
    assert!(
        yours.contains(&format!("- ✓ **strong:** {STRONG_QUESTION}")),
        "{markdown}"
    );

    let json: Json = serde_json::from_str(&ok(
        dir.path(),
        &["review", "show", "latest", "--format", "json"],
        "",
    ))
    .expect("JSON");
    let feedback = &json["candidate_questions_feedback"];
    let asked = feedback["asked"].as_array().expect("asked");
    assert_eq!(asked.len(), 2, "{feedback}");
    assert_eq!(asked[0]["kind"], "generic");
    assert_eq!(asked[0]["evidence"], "culture like");
    assert_eq!(asked[1]["kind"], "strong");
    assert_eq!(asked[1]["text"], STRONG_QUESTION);
    assert!(
        feedback["tips"].as_array().is_some_and(|t| !t.is_empty()),
        "{feedback}"
    );
}

#[test]
fn questions_to_ask_drill_hands_over_with_an_interviewer_line() {
    let dir = tempdir();
    let args = words("drill questions_to_ask -n 1 --seed 3 --think 0");
    let out = ok(dir.path(), &args, "What are the next steps?\n");

    // The question asked is a hand-over line of the bank, not an example question to ask.
    let bank = read_yaml(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("question_banks/questions_to_ask.yaml"),
    );
    let entries = bank["questions"].as_sequence().expect("questions");
    let hand_overs: Vec<String> = entries
        .iter()
        .filter(|q| q["quality"].is_null())
        .map(|q| flat(q["text"].as_str().expect("text")))
        .collect();
    assert!(!hand_overs.is_empty());
    // What the interviewer said: everything before the answer is echoed.
    let before_answer = out.split("│ ").next().expect("some output");
    let flat_asked = flat(before_answer);
    let asked: Vec<&String> = hand_overs
        .iter()
        .filter(|q| flat_asked.contains(q.as_str()))
        .collect();
    assert_eq!(asked.len(), 1, "{out}");
    assert!(
        asked[0].contains("What would you like to ask me?") || asked[0].contains("questions for"),
        "{}",
        asked[0]
    );
    for example in entries.iter().filter(|q| !q["quality"].is_null()) {
        let text = flat(example["text"].as_str().expect("text"));
        assert!(!flat_asked.contains(&text), "an example was asked: {text}");
    }

    assert!(
        out.contains("✗ generic: \"What are the next steps?\""),
        "{out}"
    );
    assert!(flat(&out).contains("(\"next steps\")"), "{out}");
    assert!(out.contains("Tip: "), "{out}");
}

#[test]
fn prep_after_a_mock_lists_strong_stories_questions_and_weakest_categories() {
    let dir = tempdir();
    let mock = mock_with_questions(dir.path());
    // A drill of questions to ask scores lowest of all, but is not a category to list.
    let args = words("drill questions_to_ask -n 1 --seed 3 --think 0");
    ok(dir.path(), &args, "What are the next steps?\n");
    let weakest_in_mock = mock
        .lines()
        .find_map(|l| l.split(" · weakest: ").nth(1))
        .unwrap_or_else(|| panic!("a weakest category in: {mock}"));
    let (category, score) = weakest_in_mock
        .trim()
        .trim_end_matches(')')
        .split_once(" (")
        .expect("`category (score)`");

    let sheet = ok(dir.path(), &["prep", "--stories", SIX], "");

    let strongest = sheet_section(&sheet, "Your strongest stories");
    assert!(
        strongest.trim_start().starts_with(
            "1. **Invoice backlog before year end** (81/100): We closed on time with the \
             backlog down from 600 invoices to 14"
        ),
        "{strongest}"
    );
    assert!(strongest.contains("*Proves: handles pressure, takes ownership.*"));
    // Five at most: the weakest story is left off.
    assert!(!strongest.contains("Office move weekend"), "{strongest}");
    assert!(strongest.contains("5. **"), "{strongest}");

    assert!(
        sheet_section(&sheet, "Gaps in your stories").contains("None:"),
        "{sheet}"
    );

    let weakest = sheet_section(&sheet, "Weakest categories lately");
    let first = section(weakest, "### ", "### ");
    assert!(
        first.contains(&format!(": {score}/100 over your last 1 session")),
        "{weakest}"
    );
    assert!(
        first.contains(&format!("- Practise: `rehearse drill {category}`")),
        "{weakest}"
    );
    assert!(weakest.matches("- Practise: `rehearse drill ").count() <= 3);
    assert!(!weakest.contains("questions_to_ask"), "{weakest}");

    let questions = sheet_section(&sheet, "Questions to ask them");
    assert!(
        questions
            .trim_start()
            .starts_with(&format!("1. {STRONG_QUESTION}\n")),
        "{questions}"
    );
    assert!(!questions.contains("culture like"), "{questions}");
    assert!(!questions.contains("next steps"), "{questions}");
    assert!(!questions.contains("None of your own yet"), "{questions}");
}

#[test]
fn prep_output_writes_a_file_and_keeps_an_existing_one_without_force() {
    let dir = tempdir();
    let args = ["prep", "--stories", SIX, "--output", "prep.md"];
    let out = ok(dir.path(), &args, "");
    assert_eq!(
        out,
        "Prep sheet written to prep.md (6 stories, 0 categories practised).\n"
    );
    let path = dir.path().join("prep.md");
    let written = fs::read_to_string(&path).expect("the sheet");
    assert!(written.starts_with("# Interview prep sheet\n"), "{written}");
    // The file holds what would have been printed (but for the date line).
    let printed = ok(dir.path(), &["prep", "--stories", SIX], "");
    let undated = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with("*Made by rehearse on "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(undated(&written), undated(&printed));

    fs::write(&path, "my own notes\n").expect("write");
    let err = refused(dir.path(), &args, "");
    assert!(err.contains("error: prep.md already exists"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(&path).expect("read"), "my own notes\n");

    let mut forced = args.to_vec();
    forced.push("--force");
    let out = ok(dir.path(), &forced, "");
    assert!(out.starts_with("Prep sheet written to prep.md"), "{out}");
    assert!(
        fs::read_to_string(&path)
            .expect("read")
            .starts_with("# Interview prep sheet\n")
    );
}
