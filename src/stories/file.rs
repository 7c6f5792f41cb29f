//! The stories file: reading it with errors that point at a line, and adding a story without
//! disturbing what the candidate already wrote.

use serde::{Deserialize, Serialize};

use crate::input::{InputError, from_yaml};

/// One story the candidate can tell: its text whole, or its parts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Story {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learning: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Story {
    /// The story as it would be told: its text, or its parts in order, one paragraph each.
    pub fn telling(&self) -> String {
        match &self.text {
            Some(text) => text.trim().to_owned(),
            None => [&self.context, &self.action, &self.result, &self.learning]
                .into_iter()
                .flatten()
                .map(|part| part.trim())
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }

    /// Tags as compared: lowercase, with `_` and spaces read as `-`.
    pub fn normalised_tags(&self) -> impl Iterator<Item = String> + '_ {
        self.tags
            .iter()
            .map(|t| t.trim().to_lowercase().replace(['_', ' '], "-"))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    title: Option<String>,
    text: Option<String>,
    context: Option<String>,
    action: Option<String>,
    result: Option<String>,
    learning: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
}

impl TryFrom<RawStory> for Story {
    type Error = String;

    fn try_from(raw: RawStory) -> Result<Self, String> {
        let present = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        let title = present(raw.title)
            .ok_or("a story needs a `title`: a few words you will recognise it by")?;
        let story = Story {
            title: title.trim().to_owned(),
            text: present(raw.text),
            context: present(raw.context),
            action: present(raw.action),
            result: present(raw.result),
            learning: present(raw.learning),
            tags: raw
                .tags
                .into_iter()
                .filter(|t| !t.trim().is_empty())
                .collect(),
        };
        let has_parts = story.context.is_some()
            || story.action.is_some()
            || story.result.is_some()
            || story.learning.is_some();
        match (&story.text, has_parts) {
            (None, false) => Err(format!(
                "the story \"{}\" has no words: give its `text`, or its `context`, `action`, `result` and `learning`",
                story.title
            )),
            (Some(_), true) => Err(format!(
                "the story \"{}\" has both `text` and parts: keep one form (the parts are easier to check)",
                story.title
            )),
            _ => Ok(story),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    stories: Option<Vec<RawStory>>,
}

pub const FORMAT_HELP: &str = "a stories file holds `stories:`, a list where each story has a `title`, then either `text` or `context`, `action`, `result` and `learning`, and optional `tags: [pressure, ownership]`";

/// The first lines of a new stories file.
const HEADER: &str = "# Your interview stories, read by `rehearse stories check`, `rehearse prep` and\n# `--stories`. Six to eight stories, each with a measurable result, 60 to 90 seconds to tell.\nstories:\n";

/// Reads a stories file; an empty file (or one of comments) holds no stories.
pub fn parse_stories(text: &str, path: &str) -> Result<Vec<Story>, InputError> {
    if text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    }) {
        return Ok(Vec::new());
    }
    let file: RawFile = from_yaml(text, path, FORMAT_HELP)?;
    file.stories
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, raw)| {
            Story::try_from(raw).map_err(|message| InputError::Yaml {
                path: path.to_owned(),
                location: list_item_position(text, i)
                    .map(|(line, column)| format!(":{line}:{column}"))
                    .unwrap_or_default(),
                message: format!("stories[{i}]: {message}"),
                help: FORMAT_HELP.to_owned(),
            })
        })
        .collect()
}

/// Line and column (1-based) of the `index`th `- ` item of the block list under `stories:`, so a
/// story that fails the checks after parsing is still named by its line. `None` for a flow
/// list (`[...]`), whose items share a line.
fn list_item_position(text: &str, index: usize) -> Option<(usize, usize)> {
    let mut lines = text.lines().enumerate();
    lines.find(|(_, l)| l.starts_with("stories:"))?;
    let mut indent = None;
    let mut seen = 0;
    for (number, line) in lines {
        let body = line.trim_start();
        if !(body.starts_with("- ") || body == "-") {
            continue;
        }
        let this = line.len() - body.len();
        if *indent.get_or_insert(this) != this {
            continue;
        }
        if seen == index {
            return Some((number + 1, this + 1));
        }
        seen += 1;
    }
    None
}

/// The stories file with `story` added: appended after the existing text when that reads back
/// as the same stories plus the new one (so comments and layout stay), else written out in full.
/// The flag says whether the file had to be rewritten in full.
pub fn with_story_added(
    existing: &str,
    stories: &[Story],
    story: &Story,
) -> Result<(String, bool), serde_yaml::Error> {
    let mut wanted = stories.to_vec();
    wanted.push(story.clone());
    let entry = serde_yaml::to_string(&[story])?;
    let indented: String = entry.lines().map(|l| format!("  {l}\n")).collect();
    let mut appended = if existing.trim().is_empty() {
        HEADER.to_owned()
    } else {
        existing.to_owned()
    };
    if !appended.ends_with('\n') {
        appended.push('\n');
    }
    if stories.is_empty() && !has_stories_key(&appended) {
        appended.push_str("stories:\n");
    }
    appended.push_str(&indented);
    if parse_stories(&appended, "").ok().as_deref() == Some(&wanted[..]) {
        return Ok((appended, false));
    }
    let full = format!(
        "{HEADER}{}",
        serde_yaml::to_string(&wanted)?
            .lines()
            .map(|l| format!("  {l}\n"))
            .collect::<String>()
    );
    Ok((full, true))
}

fn has_stories_key(text: &str) -> bool {
    text.lines().any(|l| l.starts_with("stories:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(title: &str) -> Story {
        Story {
            title: title.into(),
            context: Some("Our release was late.".into()),
            action: Some("I split the work: into two".into()),
            result: Some("We shipped 3 days early.\nSecond line.".into()),
            tags: vec!["pressure".into()],
            ..Story::default()
        }
    }

    #[test]
    fn reads_parts_or_text_and_joins_them_in_order() {
        let text = "stories:\n  - title: A\n    context: c\n    action: a\n    result: r\n  - title: B\n    text: whole story\n    tags: [failure]\n";
        let stories = parse_stories(text, "s.yaml").expect("valid");
        assert_eq!(stories.len(), 2);
        assert_eq!(stories[0].telling(), "c\n\na\n\nr");
        assert_eq!(stories[1].telling(), "whole story");
        assert!(
            parse_stories("# nothing yet\n\n", "s.yaml")
                .expect("empty")
                .is_empty()
        );
        assert!(
            parse_stories("stories:\n", "s.yaml")
                .expect("null")
                .is_empty()
        );
    }

    #[test]
    fn errors_name_the_file_line_and_fix() {
        let err = parse_stories("stories:\n  - title: A\n    contxt: c\n", "s.yaml")
            .expect_err("unknown key");
        let msg = err.to_string();
        assert!(msg.starts_with("s.yaml:3:"), "{msg}");
        assert!(msg.contains("contxt") && msg.contains("help:"), "{msg}");

        let err = parse_stories(
            "stories:\n  - title: A\n  - title: B\n    text: t\n",
            "s.yaml",
        )
        .expect_err("no words");
        let msg = err.to_string();
        assert!(msg.starts_with("s.yaml:2:"), "{msg}");
        assert!(msg.contains("\"A\" has no words"), "{msg}");

        let err = parse_stories("stories:\n  - text: t\n", "s.yaml").expect_err("no title");
        assert!(err.to_string().contains("needs a `title`"), "{err}");

        // A later story is named by its own line, not the list's.
        let text =
            "stories:\n  - title: Good\n    text: I did it.\n\n  - title: Empty\n    tags: [a]\n";
        let err = parse_stories(text, "s.yaml").expect_err("no words");
        let msg = err.to_string();
        assert!(msg.starts_with("s.yaml:5:3: stories[1]: "), "{msg}");

        let err = parse_stories(
            "stories:\n  - title: A\n    text: t\n    result: r\n",
            "s.yaml",
        )
        .expect_err("both forms");
        assert!(err.to_string().contains("both `text` and parts"), "{err}");
    }

    #[test]
    fn adding_keeps_comments_and_reads_back() {
        let existing = "# my notes\nstories:\n  - title: First # the big one\n    text: t\n";
        let stories = parse_stories(existing, "s").expect("valid");
        let (text, rewritten) =
            with_story_added(existing, &stories, &story("Second")).expect("adds");
        assert!(!rewritten, "{text}");
        assert!(text.starts_with(existing), "{text}");
        let back = parse_stories(&text, "s").expect("reads back");
        assert_eq!(back[1], story("Second"));

        let (text, rewritten) = with_story_added("", &[], &story("New")).expect("adds");
        assert!(!rewritten);
        assert!(text.starts_with("# Your interview stories"));
        assert_eq!(parse_stories(&text, "s").expect("reads"), [story("New")]);
    }

    #[test]
    fn a_layout_that_cannot_be_appended_to_is_written_in_full() {
        let existing = "stories: [{title: A, text: t}]\n";
        let stories = parse_stories(existing, "s").expect("valid");
        let (text, rewritten) = with_story_added(existing, &stories, &story("B")).expect("adds");
        assert!(rewritten);
        let back = parse_stories(&text, "s").expect("reads back");
        assert_eq!(back.len(), 2);
        assert_eq!(back[1], story("B"));
    }
}
