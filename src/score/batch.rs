//! Reading many answers from one YAML file (`items:` with id, category, question, answer).

use serde::Deserialize;

use crate::input::{InputError, from_yaml};

/// One answer of a batch. Other keys (such as labels) are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct BatchItem {
    pub id: String,
    pub category: String,
    #[serde(default)]
    pub question: Option<String>,
    pub answer: String,
}

#[derive(Deserialize)]
struct BatchFile {
    items: Vec<BatchItem>,
}

/// Parses a batch file's text. `path` is only used in messages.
pub fn read_batch(text: &str, path: &str) -> Result<Vec<BatchItem>, InputError> {
    let file: BatchFile = from_yaml(
        text,
        path,
        "a batch is YAML with `items:`, a list where each item has id, category, question and answer",
    )?;
    Ok(file.items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_items_and_ignores_other_keys() {
        let items = read_batch(
            "items:\n- id: a\n  category: conflict\n  question: Q?\n  answer: A.\n  labels: {x: 1}\n",
            "b.yaml",
        )
        .expect("valid");
        assert_eq!(items[0].id, "a");
    }

    #[test]
    fn missing_field_names_the_item_and_line() {
        let err = read_batch("items:\n- id: a\n  category: conflict\n", "b.yaml").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("b.yaml:2:"), "{text}");
        assert!(text.contains("missing field `answer`"), "{text}");
    }
}
