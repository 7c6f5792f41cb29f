//! The question bank as the rest of the program sees it: validated, merged, ready to ask.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// How an answer to a category is expected to be shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Structure {
    /// Situation, Task, Action, Result.
    Star,
    /// Context, Action, Result.
    Car,
    /// Context, Action, Result, Learning.
    Carl,
    /// STAR with a closing lesson.
    Starl,
    /// Clarify deadlines and impact, assess risk, agree priorities, communicate trade-offs, deliver.
    Prioritisation,
    /// Clarify the goal, name the information needed, a first approach, risks and tests, progress.
    Scenario,
    /// A researched range, the whole package, no decision on the spot.
    Salary,
    /// Reasons for wanting the job: specific to the employer, tied to your record, what you
    /// bring. Judged by the checklist, not as a story.
    Reasons,
    /// The candidate's own questions for the interviewer.
    Questions,
}

impl Structure {
    pub const ALL: [Structure; 9] = [
        Structure::Star,
        Structure::Car,
        Structure::Carl,
        Structure::Starl,
        Structure::Prioritisation,
        Structure::Scenario,
        Structure::Salary,
        Structure::Reasons,
        Structure::Questions,
    ];

    /// The name used in bank files.
    pub fn key(self) -> &'static str {
        match self {
            Structure::Star => "star",
            Structure::Car => "car",
            Structure::Carl => "carl",
            Structure::Starl => "starl",
            Structure::Prioritisation => "prioritisation",
            Structure::Scenario => "scenario",
            Structure::Salary => "salary",
            Structure::Reasons => "reasons",
            Structure::Questions => "questions",
        }
    }

    /// A short human description, shown in `bank list` and question headers.
    pub fn describe(self) -> &'static str {
        match self {
            Structure::Star => "STAR: situation, task, action, result",
            Structure::Car => "CAR: context, action, result",
            Structure::Carl => "CARL: context, action, result, learning",
            Structure::Starl => "STAR + learning",
            Structure::Prioritisation => {
                "clarify impact, assess risk, agree priorities, communicate trade-offs, deliver"
            }
            Structure::Scenario => "clarify goal, info needed, first approach, risks, progress",
            Structure::Salary => "researched range, total package, no decision on the spot",
            Structure::Reasons => "reasons specific to them, tied to your record, what you bring",
            Structure::Questions => "your own questions for the interviewer",
        }
    }

    /// Whether a story can stand as an answer (not salary, reasons for wanting the job, or
    /// your own questions).
    pub fn is_story(self) -> bool {
        !matches!(
            self,
            Structure::Salary | Structure::Reasons | Structure::Questions
        )
    }

    /// Whether answers are hypothetical ("what would you do"), so conditional steps count as action.
    pub fn is_hypothetical(self) -> bool {
        matches!(self, Structure::Scenario)
    }
}

impl fmt::Display for Structure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The seconds a spoken answer should take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWindow {
    pub min: u32,
    pub max: u32,
}

impl fmt::Display for TimeWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {} s", self.min, self.max)
    }
}

/// For the candidate's own questions: whether the bank holds it up as one to ask or one to avoid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    Strong,
    Weak,
}

impl Quality {
    /// The name used in bank files.
    pub fn key(self) -> &'static str {
        match self {
            Quality::Strong => "strong",
            Quality::Weak => "weak",
        }
    }
}

/// Where a category came from, for messages that point at the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into the binary from `question_banks/NAME`.
    Embedded(&'static str),
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Embedded(name) => write!(f, "question_banks/{name} (built in)"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<Quality>,
    pub follow_ups: Vec<String>,
    pub listen_for: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Category {
    pub id: String,
    pub title: String,
    pub testing: String,
    pub structure: Structure,
    pub time_window: TimeWindow,
    pub listen_for: Vec<String>,
    pub questions: Vec<Question>,
    #[serde(skip)]
    pub source: Source,
}

/// All categories in use: the built-in ones, with user banks added or swapped in.
#[derive(Debug, Clone, Default)]
pub struct Bank {
    categories: Vec<Category>,
}

impl Bank {
    pub(crate) fn from_categories(categories: Vec<Category>) -> Self {
        Bank { categories }
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The question with this id and the category that holds it.
    pub fn question(&self, id: &str) -> Option<(&Category, &Question)> {
        self.categories
            .iter()
            .find_map(|c| c.questions.iter().find(|q| q.id == id).map(|q| (c, q)))
    }

    pub fn question_count(&self) -> usize {
        self.categories.iter().map(|c| c.questions.len()).sum()
    }

    pub fn category_ids(&self) -> Vec<&str> {
        self.categories.iter().map(|c| c.id.as_str()).collect()
    }
}
