//! Errors from reading a bank: each says what went wrong, where, and how to fix it.

use std::fmt;
use std::path::PathBuf;

use thiserror::Error;

use super::model::Source;

/// A position in a bank file, `file:line:col` when the line is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub source: Source,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Place {
    pub fn file(source: Source) -> Self {
        Place {
            source,
            line: None,
            column: None,
        }
    }

    pub fn at(source: Source, line: usize, column: usize) -> Self {
        Place {
            source,
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// Why a bank was refused. Every variant is the user's to fix, so the CLI exits with 2.
#[derive(Debug, Error)]
pub enum BankError {
    // The io error is part of the message, not a `source`, so `{:#}` does not print it twice.
    #[error("{}: cannot read the bank: {cause}\n  help: check the path given to --bank; it must be a .yaml file or a folder of them", path.display())]
    Read {
        path: PathBuf,
        cause: std::io::Error,
    },

    #[error("{}: no .yaml or .yml files in this folder\n  help: put one file per category in it, or pass the file itself", path.display())]
    EmptyFolder { path: PathBuf },

    #[error("{}: the file is {size} bytes, over the {limit}-byte limit for a bank\n  help: split it into one file per category", path.display(), limit = super::MAX_FILE_BYTES)]
    TooLarge { path: PathBuf, size: u64 },

    #[error("{place}: {message}\n  help: {help}")]
    Invalid {
        place: Place,
        message: String,
        help: String,
    },

    #[error(
        "{second}: question id `{id}` is used twice; it is also at {first}\n  help: give each question its own id (ids are unique across all banks)"
    )]
    DuplicateQuestion {
        id: String,
        first: Box<Place>,
        second: Box<Place>,
    },

    #[error(
        "{second}: category `{id}` is defined twice; it is also at {first}\n  help: keep one file per category, or rename one of them"
    )]
    DuplicateCategory {
        id: String,
        first: Box<Place>,
        second: Box<Place>,
    },
}
