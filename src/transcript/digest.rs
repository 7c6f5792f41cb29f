//! What the list, the trends and the schedule need from a session, small enough to keep in an
//! index: reading a thousand full transcripts takes seconds, reading their digests milliseconds.

use serde::{Deserialize, Serialize};

use crate::score::Gap;
use crate::session::{Ending, Mode};

use super::file::Transcript;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDigest {
    pub id: String,
    pub started_at: String,
    pub mode: Mode,
    pub seed: u64,
    pub planned: usize,
    pub ending: Ending,
    pub questions: Vec<QuestionDigest>,
}

/// One main question: what was asked and how the answer did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionDigest {
    pub category: String,
    pub question_id: String,
    pub question: String,
    /// `None` when skipped.
    pub score: Option<u8>,
    /// What the answer lacked.
    pub gaps: Vec<Gap>,
}

impl SessionDigest {
    pub fn of(t: &Transcript) -> SessionDigest {
        SessionDigest {
            id: t.id.clone(),
            started_at: t.started_at.clone(),
            mode: t.session.mode.clone(),
            seed: t.session.seed,
            planned: t.session.planned,
            ending: t.session.ending,
            questions: t
                .session
                .questions
                .iter()
                .map(|q| {
                    let answer = q.reply.answer();
                    QuestionDigest {
                        category: q.category.clone(),
                        question_id: q.question_id.clone(),
                        question: q.question.clone(),
                        score: answer.map(|a| a.score.score),
                        gaps: answer.map(|a| a.score.gaps()).unwrap_or_default(),
                    }
                })
                .collect(),
        }
    }

    /// The main questions answered, with their scores.
    pub fn answered(&self) -> impl Iterator<Item = (&QuestionDigest, u8)> {
        self.questions
            .iter()
            .filter_map(|q| q.score.map(|s| (q, s)))
    }
}
