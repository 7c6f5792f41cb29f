//! Files the user hands the program that are not banks (answers, batches, answer scripts):
//! what went wrong, where, and how to fix it.

use serde::de::DeserializeOwned;
use thiserror::Error;

/// Input that cannot be used, with where it went wrong and how to fix it.
#[derive(Debug, Error)]
pub enum InputError {
    #[error(
        "{source_name}: the answer is not valid UTF-8 text (first bad byte at offset {offset})\n  help: save the answer as UTF-8 text"
    )]
    NotUtf8 { source_name: String, offset: usize },

    #[error("{path}{location}: {message}\n  help: {help}")]
    Yaml {
        path: String,
        location: String,
        message: String,
        help: String,
    },
}

/// A YAML error as `(line, column)` where known, and the message without its position (which
/// callers place where their own format puts it).
pub fn yaml_error_parts(err: &serde_yaml::Error) -> (Option<(usize, usize)>, String) {
    let message = err.to_string();
    let message = match message.find(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    };
    (err.location().map(|l| (l.line(), l.column())), message)
}

/// Parses YAML, turning an error into `path:line:col: what` plus `help`.
pub fn from_yaml<T: DeserializeOwned>(text: &str, path: &str, help: &str) -> Result<T, InputError> {
    serde_yaml::from_str(text).map_err(|err| {
        let (at, message) = yaml_error_parts(&err);
        let location = at
            .map(|(line, column)| format!(":{line}:{column}"))
            .unwrap_or_default();
        InputError::Yaml {
            path: path.to_owned(),
            location,
            message,
            help: help.to_owned(),
        }
    })
}

const SCRIPT_HELP: &str = "an answers file is a YAML list with one entry per question asked, follow-ups included, in order: a string answers (use `|` for several lines), `~` skips";

/// Reads an answers file: a YAML list of answers in the order they will be asked; `~` skips.
pub fn read_answer_script(text: &str, path: &str) -> Result<Vec<Option<String>>, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Yaml {
            path: path.to_owned(),
            location: String::new(),
            message: "the answers file is empty".into(),
            help: SCRIPT_HELP.into(),
        });
    }
    from_yaml(text, path, SCRIPT_HELP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_strings_and_tilde_skips() {
        let answers = read_answer_script("- first\n- ~\n- |\n  two\n  lines\n", "a.yaml")
            .expect("valid script");
        assert_eq!(
            answers,
            [Some("first".into()), None, Some("two\nlines\n".into())]
        );
    }

    #[test]
    fn a_bad_script_says_where_and_how_to_fix_it() {
        let err = read_answer_script("- one\n- [nested, list]\n", "a.yaml")
            .expect_err("a list inside is not an answer");
        let text = err.to_string();
        assert!(text.starts_with("a.yaml:2:3: "), "{text}");
        assert!(
            text.contains("help: an answers file is a YAML list"),
            "{text}"
        );

        let err = read_answer_script("answer: one", "a.yaml").expect_err("a map is not a list");
        assert!(err.to_string().contains("a.yaml:1:1"), "{err}");
        assert!(read_answer_script("  \n", "a.yaml").is_err());
    }
}
