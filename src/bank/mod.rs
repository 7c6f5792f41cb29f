//! The question bank: the model, the built-in default, and loading user banks with diagnostics.

mod error;
mod model;
mod parse;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::files::{CappedReadError, read_capped};

pub use error::{BankError, Place};
pub use model::{Bank, Category, Quality, Question, Source, Structure, TimeWindow};
pub use parse::parse_category;

/// Bank files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The default bank, compiled in, in the order a real interview would reach the categories.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "motivation.yaml",
        include_str!("../../question_banks/motivation.yaml"),
    ),
    (
        "depth_probing.yaml",
        include_str!("../../question_banks/depth_probing.yaml"),
    ),
    (
        "prioritisation.yaml",
        include_str!("../../question_banks/prioritisation.yaml"),
    ),
    (
        "scenario.yaml",
        include_str!("../../question_banks/scenario.yaml"),
    ),
    (
        "conflict.yaml",
        include_str!("../../question_banks/conflict.yaml"),
    ),
    (
        "integrity.yaml",
        include_str!("../../question_banks/integrity.yaml"),
    ),
    (
        "culture_fit.yaml",
        include_str!("../../question_banks/culture_fit.yaml"),
    ),
    (
        "red_flag.yaml",
        include_str!("../../question_banks/red_flag.yaml"),
    ),
    (
        "salary.yaml",
        include_str!("../../question_banks/salary.yaml"),
    ),
    (
        "questions_to_ask.yaml",
        include_str!("../../question_banks/questions_to_ask.yaml"),
    ),
];

/// A category together with the text it was parsed from, so later checks can point at lines.
struct Parsed {
    category: Category,
    /// Borrowed for the built-in files, so start-up copies nothing.
    text: Cow<'static, str>,
}

impl Bank {
    /// The built-in bank alone.
    pub fn default_bank() -> Result<Bank, BankError> {
        Bank::load(&[])
    }

    /// The built-in bank with each path (a file or a folder of `.yaml` files) added on top.
    /// A user category with the id of a built-in one replaces it in place.
    pub fn load(paths: &[PathBuf]) -> Result<Bank, BankError> {
        let mut merged: Vec<Parsed> = Vec::new();
        for (name, text) in EMBEDDED {
            let category = parse_category(text, Source::Embedded(name))?;
            merged.push(Parsed {
                category,
                text: Cow::Borrowed(text),
            });
        }
        let builtin_count = merged.len();

        for file in expand_paths(paths)? {
            let text = read_bank_file(&file)?;
            let category = parse_category(&text, Source::File(file.clone()))?;
            let parsed = Parsed {
                category,
                text: Cow::Owned(text),
            };
            match merged
                .iter()
                .position(|p| p.category.id == parsed.category.id)
            {
                Some(index) if index < builtin_count && is_builtin(&merged[index]) => {
                    merged[index] = parsed;
                }
                Some(index) => {
                    return Err(BankError::DuplicateCategory {
                        id: parsed.category.id.clone(),
                        first: Box::new(category_place(&merged[index])),
                        second: Box::new(category_place(&parsed)),
                    });
                }
                None => merged.push(parsed),
            }
        }

        check_unique_question_ids(&merged)?;
        Ok(Bank::from_categories(
            merged.into_iter().map(|p| p.category).collect(),
        ))
    }
}

fn is_builtin(parsed: &Parsed) -> bool {
    matches!(parsed.category.source, Source::Embedded(_))
}

fn category_place(parsed: &Parsed) -> Place {
    let (line, column) = parse::locate_id(&parsed.text, &parsed.category.id).unwrap_or((1, 1));
    Place::at(parsed.category.source.clone(), line, column)
}

fn check_unique_question_ids(parsed: &[Parsed]) -> Result<(), BankError> {
    let mut seen: HashMap<&str, &Parsed> = HashMap::new();
    for p in parsed {
        for question in &p.category.questions {
            if let Some(first) = seen.insert(&question.id, p) {
                let place_in = |p: &Parsed, nth: usize| {
                    let line = nth_id_line(&p.text, &question.id, nth);
                    match line {
                        Some((line, column)) => Place::at(p.category.source.clone(), line, column),
                        None => Place::file(p.category.source.clone()),
                    }
                };
                let same_file = std::ptr::eq(first, p);
                return Err(BankError::DuplicateQuestion {
                    id: question.id.clone(),
                    first: Box::new(place_in(first, 0)),
                    second: Box::new(place_in(p, usize::from(same_file))),
                });
            }
        }
    }
    Ok(())
}

/// The `nth` (0-based) line holding `id: ID`, for duplicates within one file.
fn nth_id_line(text: &str, id: &str, nth: usize) -> Option<(usize, usize)> {
    parse::id_positions(text, id).nth(nth)
}

/// Files named directly, and the `.yaml`/`.yml` files of folders, sorted by name.
fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, BankError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = fs::metadata(path).map_err(|cause| BankError::Read {
            path: path.clone(),
            cause,
        })?;
        if metadata.is_dir() {
            let entries = fs::read_dir(path).map_err(|cause| BankError::Read {
                path: path.clone(),
                cause,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && has_yaml_extension(p))
                .collect();
            if found.is_empty() {
                return Err(BankError::EmptyFolder { path: path.clone() });
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn has_yaml_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

fn read_bank_file(path: &Path) -> Result<String, BankError> {
    let read_error = |cause| BankError::Read {
        path: path.to_owned(),
        cause,
    };
    let bytes = read_capped(path, MAX_FILE_BYTES).map_err(|err| match err {
        CappedReadError::Io(err) => read_error(err),
        CappedReadError::Folder => {
            read_error(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        }
        CappedReadError::TooBig { size } => BankError::TooLarge {
            path: path.to_owned(),
            size,
        },
    })?;
    String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        BankError::Invalid {
            place: Place::at(Source::File(path.to_owned()), line, column),
            message: "the file is not valid UTF-8".into(),
            help: "save the file as UTF-8 text".into(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_in_question_banks_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("question_banks");
        let mut on_disk: Vec<String> = fs::read_dir(dir)
            .expect("question_banks exists")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".yaml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn default_bank_loads_with_every_category() {
        let bank = Bank::default_bank().expect("default bank is valid");
        for id in [
            "depth_probing",
            "prioritisation",
            "conflict",
            "integrity",
            "scenario",
            "salary",
            "red_flag",
            "motivation",
            "culture_fit",
            "questions_to_ask",
        ] {
            let category = bank.category(id).unwrap_or_else(|| panic!("{id} missing"));
            // Every question an interviewer asks can be followed up; the hand-over lines of
            // a drill of your own questions are not followed up.
            let asked = category
                .questions
                .iter()
                .filter(|q| category.structure != Structure::Questions || q.quality.is_some());
            assert!(asked.clone().count() >= 15, "{id} has too few questions");
            assert!(asked.into_iter().all(|q| !q.follow_ups.is_empty()), "{id}");
        }
    }

    #[test]
    fn finds_the_second_duplicate_in_one_file() {
        let text = "- id: a\n- id: b\n- id: a\n";
        assert_eq!(nth_id_line(text, "a", 0), Some((1, 7)));
        assert_eq!(nth_id_line(text, "a", 1), Some((3, 7)));
    }
}
