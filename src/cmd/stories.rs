//! `rehearse stories add|list|check`: the candidate's story bank on disk.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::bank::Bank;
use crate::cli::{StoriesArgs, StoriesCommand, StoryParts};
use crate::error::UsageError;
use crate::stories::{
    Story, check_stories, check_story, parse_stories, states_a_number, with_story_added,
};
use crate::transcript::data_dir;
use crate::ui::stories_view::{render_added, render_check, render_story_list};
use crate::ui::{Palette, sanitize};

use super::{read_user_text, write_user_file};

/// The stories file, and what it held when read.
pub struct StoriesFile {
    pub path: PathBuf,
    /// `None` when the file does not exist yet.
    pub text: Option<String>,
    pub stories: Vec<Story>,
}

impl StoriesFile {
    /// Reads the file given, or stories.yaml in the data directory. A missing file holds no
    /// stories; a bad one is an error with its line.
    pub fn load(given: Option<&Path>, data: Option<&Path>) -> Result<Self> {
        let path = match given {
            Some(path) => path.to_owned(),
            None => data_dir(data)?.join("stories.yaml"),
        };
        if !path.exists() {
            return Ok(StoriesFile {
                path,
                text: None,
                stories: Vec::new(),
            });
        }
        let text = read_user_text(&path, "stories file", crate::stories::FORMAT_HELP)?;
        let stories = parse_stories(&text, &path.display().to_string())?;
        Ok(StoriesFile {
            path,
            text: Some(text),
            stories,
        })
    }

    /// "PATH holds none" or "PATH does not exist yet".
    pub fn where_none(&self) -> String {
        let state = if self.text.is_some() {
            "holds none"
        } else {
            "does not exist yet"
        };
        format!("{} {state}", self.path.display())
    }

    /// What to say when there are no stories.
    pub fn none_yet(&self) -> String {
        format!(
            "No stories yet ({}).\nAdd your first with `rehearse stories add`: it asks for the context, what you did, the result and what you learned.",
            self.where_none()
        )
    }
}

pub fn run(args: StoriesArgs, bank: &Bank, data: Option<&Path>) -> Result<()> {
    let file = StoriesFile::load(args.file.as_deref(), data)?;
    let mut out = std::io::stdout();
    let palette = Palette::for_stdout();
    match args.command {
        StoriesCommand::List => {
            if file.stories.is_empty() {
                writeln!(out, "{}", file.none_yet())?;
            } else {
                let checked: Vec<_> = file.stories.iter().map(|s| check_story(s, bank)).collect();
                write!(
                    out,
                    "{}",
                    render_story_list(&file.stories, &checked, &file.path, &palette)
                )?;
            }
        }
        StoriesCommand::Check { json } => {
            let report = check_stories(&file.stories, bank);
            if json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else if file.stories.is_empty() {
                writeln!(out, "{}", file.none_yet())?;
            } else {
                write!(out, "{}", render_check(&report, &file.path, &palette))?;
            }
        }
        StoriesCommand::Add(parts) => add(parts, file, bank)?,
    }
    Ok(())
}

/// Where the answers to "add" come from: the line editor, or piped lines.
trait Ask {
    /// The reply to one prompt; `None` when the candidate cancels or input ends.
    fn ask(&mut self, question: &str) -> Result<Option<String>>;
    /// Whether a person is answering (so a missing part is asked again).
    fn interactive(&self) -> bool;
}

struct Terminal(DefaultEditor);

impl Ask for Terminal {
    fn ask(&mut self, question: &str) -> Result<Option<String>> {
        println!("{question}");
        match self.0.readline("› ") {
            Ok(line) => Ok(Some(line)),
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Ok(None),
            Err(e) => Err(e).context("cannot read from the terminal"),
        }
    }
    fn interactive(&self) -> bool {
        true
    }
}

struct Piped<R: BufRead>(R);

impl<R: BufRead> Ask for Piped<R> {
    fn ask(&mut self, _question: &str) -> Result<Option<String>> {
        let mut line = String::new();
        let read = self
            .0
            .read_line(&mut line)
            .context("cannot read the story from standard input")?;
        Ok((read > 0).then(|| line.trim_end_matches(['\n', '\r']).to_owned()))
    }
    fn interactive(&self) -> bool {
        false
    }
}

/// A part of the story to ask for.
struct Question {
    name: &'static str,
    ask: &'static str,
    required: bool,
}

const TITLE: Question = Question {
    name: "title",
    ask: "Title: a few words you will recognise the story by.",
    required: true,
};
const CONTEXT: Question = Question {
    name: "context",
    ask: "Context: what was happening, and why did it matter? (one or two sentences)",
    required: true,
};
const ACTION: Question = Question {
    name: "action",
    ask: "Action: what did you do, yourself? Say \"I\", step by step.",
    required: true,
};
const RESULT: Question = Question {
    name: "result",
    ask: "Result: what changed because of it? Give a number if you can (time saved, %, money, from X to Y).",
    required: true,
};
const LEARNING: Question = Question {
    name: "learning",
    ask: "Learning: what did you learn, or what do you do differently since? (Enter to leave it out)",
    required: false,
};
const TAGS: Question = Question {
    name: "tags",
    ask: "Tags, comma-separated (Enter for none): pressure, ownership, failure, teamwork, stakeholders, learns-fast, fixes-problems, or a category such as conflict.",
    required: false,
};

fn add(given: StoryParts, file: StoriesFile, bank: &Bank) -> Result<()> {
    let stdin = std::io::stdin();
    let mut asker: Box<dyn Ask> = if stdin.is_terminal() {
        println!(
            "A new story for {} (Ctrl-C cancels; nothing is saved until the last part).\n",
            file.path.display()
        );
        Box::new(Terminal(
            DefaultEditor::new().context("cannot start the line editor")?,
        ))
    } else {
        Box::new(Piped(stdin.lock()))
    };
    let Some(story) = ask_story(given, asker.as_mut(), bank)? else {
        eprintln!("Cancelled; nothing was saved.");
        return Ok(());
    };
    if file.stories.iter().any(|s| s.title == story.title) {
        eprintln!(
            "note: you already have a story called \"{}\"; this one is added as well.",
            sanitize(&story.title)
        );
    }
    let existing = file.text.as_deref().unwrap_or("");
    let (text, rewritten) = with_story_added(existing, &file.stories, &story)
        .context("cannot write the story as YAML")?;
    if rewritten {
        // The layout could not take an appended story: keep the old file beside the new one.
        let backup = file.path.with_extension("yaml.bak");
        write_user_file(&backup, existing.as_bytes())
            .with_context(|| format!("cannot keep a copy at {}", backup.display()))?;
        eprintln!(
            "note: the file was written out in full, so its comments were not kept; the old file is at {}",
            backup.display()
        );
    }
    write_user_file(&file.path, text.as_bytes())
        .with_context(|| format!("cannot save the story to {}", file.path.display()))?;
    let checked = check_story(&story, bank);
    print!(
        "{}",
        render_added(
            &checked,
            &file.path,
            file.stories.len() + 1,
            &Palette::for_stdout()
        )
    );
    Ok(())
}

/// Asks for each part not given as an option. `None` when the candidate cancels.
fn ask_story(given: StoryParts, asker: &mut dyn Ask, bank: &Bank) -> Result<Option<Story>> {
    let interactive = asker.interactive();
    let mut part = |value: Option<String>, q: &Question| -> Result<Option<Option<String>>> {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            return Ok(Some(Some(v.trim().to_owned())));
        }
        loop {
            let Some(reply) = asker.ask(q.ask)? else {
                return match (interactive, q.required) {
                    (true, _) => Ok(None),
                    (false, true) => missing(q).map(|()| None),
                    (false, false) => Ok(Some(None)),
                };
            };
            let reply = reply.trim();
            if !reply.is_empty() || !q.required {
                return Ok(Some((!reply.is_empty()).then(|| reply.to_owned())));
            }
            if !interactive {
                return missing(q).map(|()| None);
            }
            println!(
                "A story needs its {}; type it, or Ctrl-C to cancel.",
                q.name
            );
        }
    };
    macro_rules! part {
        ($value:expr, $q:expr) => {
            match part($value, &$q)? {
                Some(v) => v,
                None => return Ok(None),
            }
        };
    }
    let title = part!(given.title, TITLE);
    let context = part!(given.context, CONTEXT);
    let action = part!(given.action, ACTION);
    let mut result = part!(given.result, RESULT);
    if interactive && result.as_deref().is_some_and(|r| !states_a_number(r, bank)) {
        let nudge = Question {
            name: "result",
            ask: "No number in that result. Retype it with one (\"from 5 days to 1\", \"saved £12k\"), or press Enter to keep it.",
            required: false,
        };
        match part(None, &nudge)? {
            Some(Some(better)) => result = Some(better),
            Some(None) => {}
            None => return Ok(None),
        }
    }
    let learning = part!(given.learning, LEARNING);
    let tags = match given.tags {
        Some(tags) => tags,
        None => part!(None, TAGS)
            .map(|t| t.split(',').map(|t| t.trim().to_owned()).collect())
            .unwrap_or_default(),
    };
    Ok(Some(Story {
        title: title.unwrap_or_default(),
        text: None,
        context,
        action,
        result,
        learning,
        tags: tags.into_iter().filter(|t| !t.is_empty()).collect(),
    }))
}

fn missing(q: &Question) -> Result<()> {
    Err(UsageError::new(
        format!("the story has no {}", q.name),
        format!(
            "give it with --{} TEXT, or pipe one line per part: title, context, action, result, learning, tags",
            q.name
        ),
    )
    .into())
}
