//! Reading one category file: the YAML schema, field checks, and errors that point at a line.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use serde::de::{self, Deserializer};

use super::error::{BankError, Place};
use super::model::{Category, Quality, Question, Source, Structure, TimeWindow};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Id,
    title: Text,
    testing: Text,
    structure: Structure,
    time_window: RawWindow,
    #[serde(default)]
    listen_for: Vec<Text>,
    #[serde(deserialize_with = "at_least_one_question")]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Id,
    text: Text,
    #[serde(default)]
    quality: Option<Quality>,
    #[serde(default)]
    follow_ups: Vec<Text>,
    #[serde(default)]
    listen_for: Vec<Text>,
    #[serde(default)]
    tags: Vec<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    min: u32,
    max: u32,
}

/// Text shown to the user: present, not blank, and unable to drive the terminal.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // deserialize_any, not Option: an absent key must stay "missing field `x`", while
        // `x:` or `x: ""` parses as empty text and is reported with its field name later.
        struct TextVisitor;
        impl de::Visitor<'_> for TextVisitor {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_unit<E: de::Error>(self) -> Result<String, E> {
                Ok(String::new())
            }
            fn visit_none<E: de::Error>(self) -> Result<String, E> {
                Ok(String::new())
            }
        }
        let raw = deserializer.deserialize_any(TextVisitor)?;
        let text = raw.trim();
        if let Some(bad) = text.chars().find(|&c| crate::ui::is_unsafe_char(c)) {
            return Err(de::Error::custom(format!(
                "the text holds the control character U+{:04X}; a bank may not hold control characters or terminal escape sequences",
                u32::from(bad)
            )));
        }
        Ok(Text(text.to_owned()))
    }
}

/// An identifier a person can type: lowercase letters, digits, `-` and `_`.
struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Text(text) = Text::deserialize(deserializer)?;
        if text.is_empty() || is_valid_id(&text) {
            Ok(Id(text))
        } else {
            Err(de::Error::custom(format!(
                "`{text}` is not a valid id; use lowercase letters, digits, '-' and '_', starting with a letter or digit"
            )))
        }
    }
}

pub(crate) fn is_valid_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn at_least_one_question<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<RawQuestion>, D::Error> {
    let questions = Vec::<RawQuestion>::deserialize(deserializer)?;
    if questions.is_empty() {
        return Err(de::Error::custom(
            "the category has no questions; a category needs at least one",
        ));
    }
    Ok(questions)
}

/// Parses one category file. `text` is the whole file.
pub fn parse_category(text: &str, source: Source) -> Result<Category, BankError> {
    if text.trim().is_empty() {
        return Err(BankError::Invalid {
            place: Place::file(source),
            message: "the file is empty".into(),
            help: "write one category in it; see question_banks/README.md for a complete example"
                .into(),
        });
    }
    let raw: RawCategory =
        serde_yaml::from_str(text).map_err(|err| yaml_error(&err, source.clone()))?;

    check_required_text(&raw, text, &source)?;
    let window = raw.time_window;
    if window.min == 0 || window.min > window.max {
        let (line, column) = locate_key(text, "time_window").unwrap_or((1, 1));
        let message = if window.min == 0 {
            "time_window.min is 0; an answer needs at least a second".to_owned()
        } else {
            format!(
                "time_window.min ({}) is greater than time_window.max ({})",
                window.min, window.max
            )
        };
        return Err(BankError::Invalid {
            place: Place::at(source, line, column),
            message,
            help: "set min and max in seconds with 0 < min <= max, e.g. min: 60 and max: 90".into(),
        });
    }

    let questions = raw
        .questions
        .into_iter()
        .map(|q| Question {
            id: q.id.0,
            text: q.text.0,
            quality: q.quality,
            follow_ups: non_empty(q.follow_ups.into_iter().map(|t| t.0)),
            listen_for: non_empty(q.listen_for.into_iter().map(|t| t.0)),
            tags: non_empty(q.tags.into_iter().map(|t| t.0)),
        })
        .collect();

    Ok(Category {
        id: raw.id.0,
        title: raw.title.0,
        testing: raw.testing.0,
        structure: raw.structure,
        time_window: TimeWindow {
            min: window.min,
            max: window.max,
        },
        listen_for: non_empty(raw.listen_for.into_iter().map(|t| t.0)),
        questions,
        source,
    })
}

/// Optional list entries left blank (`- `) carry nothing; they are dropped.
fn non_empty(items: impl Iterator<Item = String>) -> Vec<String> {
    items.filter(|item| !item.is_empty()).collect()
}

/// Required text fields that are present but blank, named with the line of their key.
fn check_required_text(raw: &RawCategory, text: &str, source: &Source) -> Result<(), BankError> {
    let empty = |field: String, position: Option<(usize, usize)>| {
        let (line, column) = position.unwrap_or((1, 1));
        Err(BankError::Invalid {
            place: Place::at(source.clone(), line, column),
            message: format!("`{field}` is empty; write some text here"),
            help: "see question_banks/README.md for the bank format".into(),
        })
    };
    for (field, value) in [
        ("id", &raw.id.0),
        ("title", &raw.title.0),
        ("testing", &raw.testing.0),
    ] {
        if value.is_empty() {
            return empty(field.to_owned(), locate_key(text, field));
        }
    }
    for (index, question) in raw.questions.iter().enumerate() {
        // Every question has both keys (serde checked), so the nth `text:` is question n's and
        // the (n+1)th `id:` is question n's (the first is the category's own).
        if question.id.0.is_empty() {
            return empty(
                format!("questions[{index}].id"),
                key_positions(text, "id").nth(index + 1),
            );
        }
        if question.text.0.is_empty() {
            return empty(
                format!("questions[{index}].text"),
                key_positions(text, "text").nth(index),
            );
        }
    }
    Ok(())
}

static YAML_POSITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" at (line \d+ column \d+|position \d+)").expect("static regex"));

fn yaml_error(err: &serde_yaml::Error, source: Source) -> BankError {
    let place = match err.location() {
        Some(loc) => Place::at(source, loc.line(), loc.column()),
        None => Place::file(source),
    };
    let message = YAML_POSITION.replace_all(&err.to_string(), "").into_owned();
    let help = if message.contains("unknown field") {
        "remove or rename this key; the keys a bank knows are listed above"
    } else if message.contains("unknown variant") {
        "use one of the values listed above"
    } else if message.contains("missing field") {
        "add the missing key; see question_banks/README.md for a complete example"
    } else if message.contains("control character") {
        "remove the character; write plain text"
    } else if message.contains("invalid type") || message.contains("invalid value") {
        "check the value's type against question_banks/README.md (text, a number of seconds, or a list)"
    } else if message.contains("is empty")
        || message.contains("not a valid id")
        || message.contains("no questions")
    {
        "see question_banks/README.md for the bank format"
    } else {
        "check the indentation and quoting near this line; see question_banks/README.md for the format"
    };
    BankError::Invalid {
        place,
        message,
        help: help.into(),
    }
}

/// Finds `key:` at the start of a line (optionally after `- `): 1-based line and column of the key.
pub(crate) fn locate_key(text: &str, key: &str) -> Option<(usize, usize)> {
    key_positions(text, key).next()
}

/// Every line holding `key:` (optionally after `- `): 1-based line and column of the key.
fn key_positions<'a>(text: &'a str, key: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    positions(text, move |line| {
        let body = line.trim_start();
        let body = body.strip_prefix("- ").unwrap_or(body).trim_start();
        let rest = body.strip_prefix(key)?.trim_start();
        rest.starts_with(':').then(|| line.len() - body.len())
    })
}

/// Every `id: VALUE` line (quoted or not): 1-based line and column of the value.
pub(crate) fn id_positions<'a>(
    text: &'a str,
    id: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    positions(text, move |line| {
        let body = line.trim_start();
        let body = body.strip_prefix("- ").unwrap_or(body).trim_start();
        let rest = body.strip_prefix("id")?.trim_start().strip_prefix(':')?;
        let value = rest.trim_start();
        let value_start = line.len() - value.len();
        let value = value.split(" #").next().unwrap_or(value).trim_end();
        let unquoted = value.trim_matches(|c| c == '"' || c == '\'');
        (unquoted == id).then_some(value_start)
    })
}

pub(crate) fn locate_id(text: &str, id: &str) -> Option<(usize, usize)> {
    id_positions(text, id).next()
}

fn positions<'a>(
    text: &'a str,
    column_of: impl Fn(&str) -> Option<usize> + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    text.lines()
        .enumerate()
        .filter_map(move |(index, line)| column_of(line).map(|col| (index + 1, col + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "\
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

    fn parse(text: &str) -> Result<Category, BankError> {
        parse_category(text, Source::File("demo.yaml".into()))
    }

    #[test]
    fn parses_a_small_category() {
        let category = parse(SMALL).expect("valid");
        assert_eq!(category.id, "demo");
        assert_eq!(category.structure, Structure::Car);
        assert_eq!(category.time_window, TimeWindow { min: 30, max: 60 });
        assert_eq!(category.questions[0].follow_ups, vec!["What then?"]);
    }

    #[test]
    fn unknown_key_lists_known_keys_with_position() {
        let text = SMALL.replace("testing:", "tested:");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.starts_with("demo.yaml:"), "{err}");
        assert!(err.contains("unknown field `tested`"), "{err}");
        assert!(err.contains("`testing`"), "{err}");
    }

    #[test]
    fn window_errors_point_at_the_key() {
        let text = SMALL.replace("min: 30", "min: 90");
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.starts_with("demo.yaml:5:1: time_window.min (90)"),
            "{err}"
        );
    }

    #[test]
    fn escape_sequences_are_refused() {
        let text = SMALL.replace("Tell me about it.", "\"Tell me \\e[31mabout it.\"");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("U+001B"), "{err}");
        assert!(err.starts_with("demo.yaml:9:"), "{err}");
    }

    #[test]
    fn ids_must_be_typeable() {
        assert!(is_valid_id("conflict-manager_2"));
        assert!(!is_valid_id("Conflict"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn locates_ids_quoted_or_not() {
        let text = "questions:\n  - id: 'a-1'\n  - id: b-2 # note\n";
        assert_eq!(locate_id(text, "a-1"), Some((2, 9)));
        assert_eq!(locate_id(text, "b-2"), Some((3, 9)));
        assert_eq!(locate_id(text, "c-3"), None);
    }
}
