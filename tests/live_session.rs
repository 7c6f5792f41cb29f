//! Live sessions at a real (pseudo-)terminal: answers typed in the line editor, Ctrl-C with its
//! skip / end / carry-on menu (the text typed before it is kept), Ctrl-D ending the session,
//! Enter and Ctrl-C during the thinking countdown, the summary at the end, and adding a story
//! part by part (and cancelling it).
//!
//! Every step waits for what the program prints (never for a fixed time), so the tests hold on
//! a slow or busy machine.
#![cfg(unix)]

use std::process::Command;

use rexpect::error::Error;
use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

/// How long one expectation may wait for the program.
const TIMEOUT_MS: u64 = 20_000;

/// The editor's prompt for an answer.
const PROMPT: &str = "› ";

/// What the program asks after Ctrl-C.
const MENU: &str = "Skip this question [s], end the session [e], or carry on [Enter]? ";

/// A command line's arguments, split at spaces.
fn words(line: &str) -> Vec<&str> {
    line.split(' ').collect()
}

/// `rehearse` running under a pseudo-terminal, with everything it printed so far kept for
/// failure messages.
struct Live {
    pty: PtySession,
    args: String,
    transcript: String,
}

impl Live {
    /// Starts `rehearse ARGS` with plain text output (no colour, escape codes stripped).
    fn start(args: &[&str]) -> Live {
        Live::start_saving_in(args, &std::env::temp_dir().join("rehearse-live-tests"))
    }

    /// Starts `rehearse ARGS` saving its sessions in `data_dir`.
    fn start_saving_in(args: &[&str], data_dir: &std::path::Path) -> Live {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rehearse"));
        cmd.args(args)
            .env("REHEARSE_DATA_DIR", data_dir)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR");
        let options = Options::new()
            .timeout_ms(Some(TIMEOUT_MS))
            .strip_ansi_escape_codes(true);
        let pty = spawn_with_options(cmd, options).expect("rehearse starts under a pty");
        Live {
            pty,
            args: args.join(" "),
            transcript: String::new(),
        }
    }

    /// Waits for `text`; returns what was printed before it.
    fn expect(&mut self, text: &str) -> String {
        let result = self.pty.exp_string(&as_read(text));
        let before = self.check(result, text);
        self.transcript.push_str(&before);
        self.transcript.push_str(text);
        before
    }

    /// Waits for a match of `pattern` (ASCII only); returns the match.
    fn expect_regex(&mut self, pattern: &str) -> String {
        let result = self.pty.exp_regex(pattern);
        let (before, found) = self.check(result, pattern);
        self.transcript.push_str(&before);
        self.transcript.push_str(&found);
        found
    }

    /// Waits for the answer prompt.
    fn expect_prompt(&mut self) {
        self.expect(PROMPT);
    }

    /// Types `text` without pressing Enter.
    fn type_text(&mut self, text: &str) {
        self.pty.send(text).expect("send to rehearse");
        self.pty.flush().expect("flush to rehearse");
    }

    /// Types `line` and presses Enter.
    fn type_line(&mut self, line: &str) {
        self.pty.send_line(line).expect("send to rehearse");
    }

    /// Types a multi-line answer and sends it with an empty line.
    fn answer(&mut self, lines: &[&str]) {
        for line in lines {
            self.type_line(line);
        }
        self.type_line("");
    }

    fn ctrl(&mut self, key: char) {
        self.pty.send_control(key).expect("send a control key");
    }

    /// Waits for the program to end and asserts it exited with status 0.
    fn finish(mut self) {
        let rest = self.pty.exp_eof();
        let rest = self.check(rest, "the end of output");
        self.transcript.push_str(&rest);
        let status = self.pty.process().wait().expect("wait for rehearse");
        assert!(
            matches!(status, WaitStatus::Exited(_, 0)),
            "`rehearse {}` ended with {status:?}; it printed:\n{}",
            self.args,
            self.transcript
        );
    }

    /// The output of an expectation, or a panic showing what was printed.
    fn check<T: ReadText>(&self, result: Result<T, Error>, wanted: &str) -> T {
        match result {
            Ok(found) => found.decoded(),
            Err(Error::Timeout { got, .. } | Error::EOF { got, .. }) => panic!(
                "`rehearse {}`: expected {wanted:?}, not seen.\n--- printed so far ---\n{}\n--- not yet matched ---\n{}",
                self.args,
                self.transcript,
                from_read(&got)
            ),
            Err(e) => panic!("`rehearse {}`: {e}", self.args),
        }
    }
}

/// rexpect reads the terminal byte by byte and turns each byte into one `char`: this is how a
/// UTF-8 string looks once read that way.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Undoes [`as_read`].
fn from_read(read: &str) -> String {
    let bytes: Vec<u8> = read
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Text read from the terminal, turned back into UTF-8.
trait ReadText {
    fn decoded(self) -> Self;
}

impl ReadText for String {
    fn decoded(self) -> Self {
        from_read(&self)
    }
}

impl ReadText for (String, String) {
    fn decoded(self) -> Self {
        (from_read(&self.0), from_read(&self.1))
    }
}

/// The number in `Score NN/100`.
fn score_in(found: &str) -> u32 {
    found
        .trim_start_matches("Score ")
        .trim_end_matches("/100")
        .parse()
        .expect("a score is a number")
}

#[test]
fn an_answer_is_scored_and_a_skipped_question_shows_in_the_summary() {
    let mut live = Live::start(&words(
        "drill conflict -n 2 --seed 9 --think 0 --followups 0",
    ));
    live.expect("Drill: conflict · 2 questions · seed 9");
    live.expect("━━ Question 1 of 2 · Conflict and feedback");
    live.expect("Aim for 60 to 90 s spoken (typing: ");
    live.expect_prompt();
    live.answer(&[
        "Last spring a colleague and I disagreed about code reviews.",
        "I asked her for coffee, listened, and we agreed a checklist; review time fell from 3 days to 1.",
    ]);
    let score = score_in(&live.expect_regex(r"Score \d+/100"));
    live.expect(r#"Numbers: "from 3 days to 1""#);

    live.expect("━━ Question 2 of 2 · Conflict and feedback");
    live.expect_prompt();
    live.ctrl('c');
    live.expect(MENU);
    live.type_line("s");
    live.expect("(skipped)");

    let summary = live.expect("━━ Summary");
    assert!(
        !summary.contains("Question 3"),
        "a drill of 2 asks 2 questions"
    );
    let rest = live.expect("Next: rehearse drill conflict");
    assert!(
        !rest.starts_with(" (ended early)"),
        "a drill that reached the end did not end early:\n{rest}"
    );
    let table = rest.replace("\r\n", "\n");
    assert!(
        table.lines().any(|l| {
            let score = score.to_string();
            let cells: Vec<&str> = l.split_whitespace().collect();
            cells.starts_with(&["1", "conflict", score.as_str()])
        }),
        "row 1 shows the score {score}:\n{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.split_whitespace().eq(["2", "conflict", "skipped"])),
        "row 2 shows the skip:\n{table}"
    );
    assert!(
        table.contains(&format!("Average {score}/100 over 1 answer, 1 skipped.")),
        "the average is the one answer's score and counts the skip:\n{table}"
    );
    live.finish();
}

#[test]
fn carrying_on_after_ctrl_c_keeps_what_was_typed() {
    let mut live = Live::start(&words(
        "drill conflict -n 2 --seed 9 --think 0 --followups 0",
    ));
    live.expect("━━ Question 1 of 2");
    live.expect_prompt();
    live.type_text("I rang her first");
    live.expect("I rang her first");
    live.ctrl('c');
    live.expect(MENU);
    live.type_line("");
    // The editor comes back with the text typed before Ctrl-C.
    live.expect("› I rang her first");
    live.answer(&[" and asked for her data."]);
    live.expect_regex(r"Score \d+/100");
    live.expect_regex(r#"action +"I rang her first and asked for her data\.""#);

    live.expect("━━ Question 2 of 2");
    live.expect_prompt();
    live.ctrl('d');
    live.expect("━━ Summary (ended early)");
    live.expect_regex(r"Average \d+/100 over 1 answer");
    live.finish();
}

#[test]
fn enter_ends_thinking_time_and_ctrl_c_during_it_offers_the_menu() {
    let mut live = Live::start(&words(
        "drill conflict -n 2 --seed 9 --think 30 --followups 0",
    ));
    live.expect("━━ Question 1 of 2");
    live.expect("Thinking time");
    // Enter and the first words in one write: what follows the Enter reaches the editor.
    live.type_text("\rLast spring a colleague and I disagreed about code reviews.");
    live.expect("Last spring a colleague and I disagreed about code reviews.");
    live.type_line("");
    live.answer(&[
        "I asked her for coffee, listened, and we agreed a checklist; review time fell from 3 days to 1.",
    ]);
    live.expect_regex(r"Score \d+/100");

    live.expect("━━ Question 2 of 2");
    live.expect("Thinking time");
    live.ctrl('c');
    live.expect(MENU);
    live.type_line("e");
    let summary = live.expect("━━ Summary (ended early)");
    assert!(
        !summary.contains(PROMPT),
        "ending during thinking time asks for no answer:\n{summary}"
    );
    live.expect_regex(r"Average \d+/100 over 1 answer");
    live.finish();
}

#[test]
fn ctrl_d_at_the_first_prompt_ends_the_session() {
    let mut live = Live::start(&[
        "drill", "conflict", "-n", "2", "--seed", "9", "--think", "0",
    ]);
    live.expect("━━ Question 1 of 2");
    live.expect_prompt();
    live.ctrl('d');
    let before = live.expect("━━ Summary (ended early)");
    assert!(
        !before.contains("Question 2"),
        "nothing more is asked after Ctrl-D:\n{before}"
    );
    live.expect("Nothing was answered");
    live.finish();
}

#[test]
fn a_session_killed_mid_way_keeps_the_answers_given_before() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let mut live = Live::start_saving_in(
        &words("drill conflict -n 2 --seed 9 --think 0 --followups 0"),
        data.path(),
    );
    live.expect_prompt();
    live.answer(&[
        "I asked her for coffee and we agreed a checklist; review time fell from 3 days to 1.",
    ]);
    live.expect("━━ Question 2 of 2");
    live.expect_prompt();
    // kill -9: no chance to clean up.
    live.pty
        .process_mut()
        .kill(rexpect::process::Signal::SIGKILL)
        .expect("kill");

    let sessions = data.path().join("sessions");
    let files: Vec<_> = std::fs::read_dir(&sessions)
        .expect("the sessions folder exists")
        .map(|e| e.expect("an entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).expect("readable");
    let t: serde_yaml::Value = serde_yaml::from_str(&text).expect("a whole YAML file");
    assert_eq!(
        t["ending"],
        serde_yaml::Value::from("in_progress"),
        "{text}"
    );
    assert_eq!(
        t["questions"][0]["reply"]["text"],
        serde_yaml::Value::from(
            "I asked her for coffee and we agreed a checklist; review time fell from 3 days to 1."
        ),
        "{text}"
    );
}

#[test]
fn a_story_is_added_part_by_part_and_a_result_without_a_number_is_questioned() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut live = Live::start_saving_in(&["stories", "add"], data.path());
    live.expect("A new story for ");
    live.expect("Title: ");
    live.expect_prompt();
    live.type_line("Release checklist");
    live.expect("Context: ");
    live.expect_prompt();
    live.type_line("Last year our releases kept slipping because steps were forgotten.");
    live.expect("Action: ");
    live.expect_prompt();
    live.type_line("I wrote a release checklist and walked the team through it.");
    live.expect("Result: ");
    live.expect_prompt();
    live.type_line("Releases went much better.");
    live.expect("No number in that result.");
    live.expect_prompt();
    live.type_line("Late releases fell from 5 a quarter to 1.");
    live.expect("Learning: ");
    live.expect_prompt();
    live.type_line("");
    live.expect("Tags, comma-separated");
    live.expect_prompt();
    live.type_line("ownership, pressure");
    live.expect("Saved \"Release checklist\"");
    live.expect("Score ");
    live.finish();

    let saved = std::fs::read_to_string(data.path().join("stories.yaml")).expect("saved");
    assert!(saved.contains("from 5 a quarter to 1"), "{saved}");
    assert!(
        !saved.contains("went much better"),
        "the retyped result replaces it: {saved}"
    );
    assert!(
        !saved.contains("learning:"),
        "an empty learning is left out: {saved}"
    );
    assert!(saved.contains("- ownership"), "{saved}");
}

#[test]
fn ctrl_c_while_adding_a_story_saves_nothing() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut live = Live::start_saving_in(&["stories", "add"], data.path());
    live.expect("Title: ");
    live.expect_prompt();
    live.type_line("Half a story");
    live.expect("Context: ");
    live.expect_prompt();
    live.ctrl('c');
    live.expect("Cancelled; nothing was saved.");
    live.finish();
    assert!(!data.path().join("stories.yaml").exists());
}
