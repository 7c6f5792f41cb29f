//! Sessions as a list, attempts at one question, and the weakest category lately.

use serde::Serialize;

use crate::session::{Answer, Ending, Mode, QuestionRecord, mean};
use crate::transcript::{Archive, Saved, Transcript, Unreadable, read_many};

/// One line of `rehearse review`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionRow {
    pub id: String,
    /// The file name without `.yaml`, unique even when short ids collide.
    pub name: String,
    pub started_at: String,
    pub mode: String,
    /// Categories asked, in order, each once.
    pub categories: Vec<String>,
    pub answered: usize,
    pub planned: usize,
    /// Over the main answers; `None` when nothing was answered.
    pub average: Option<f64>,
    pub ending: Ending,
}

/// How a mode is named in lists.
pub fn mode_label(mode: &Mode) -> String {
    match mode {
        Mode::Mock => "mock".to_owned(),
        Mode::Drill { category } => format!("drill {category}"),
        Mode::Due => "due questions".to_owned(),
    }
}

impl SessionRow {
    pub fn of(saved: &Saved) -> SessionRow {
        let d = &saved.digest;
        let mut categories: Vec<String> = Vec::new();
        for q in &d.questions {
            if !categories.contains(&q.category) {
                categories.push(q.category.clone());
            }
        }
        let scores: Vec<u8> = d.answered().map(|(_, s)| s).collect();
        SessionRow {
            id: d.id.clone(),
            name: saved.name().to_owned(),
            started_at: d.started_at.clone(),
            mode: mode_label(&d.mode),
            categories,
            answered: scores.len(),
            planned: d.planned,
            average: mean(scores.iter().copied()),
            ending: d.ending,
        }
    }
}

/// Every session, newest first.
pub fn session_rows(archive: &Archive) -> Vec<SessionRow> {
    archive.sessions.iter().rev().map(SessionRow::of).collect()
}

/// One time a question was asked, read from its full transcript.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub session_id: String,
    pub started_at: String,
    pub question: QuestionRecord,
}

impl Attempt {
    pub fn answer(&self) -> Option<&Answer> {
        self.question.reply.answer()
    }
}

/// Every time `question_id` was asked as a main question, oldest first, and the transcripts
/// that could not be read again (changed since they were indexed).
pub fn attempts(archive: &Archive, question_id: &str) -> (Vec<Attempt>, Vec<Unreadable>) {
    let asked: Vec<&Saved> = archive
        .sessions
        .iter()
        .filter(|s| {
            s.digest
                .questions
                .iter()
                .any(|q| q.question_id == question_id)
        })
        .collect();
    let paths: Vec<_> = asked.iter().map(|s| s.path.clone()).collect();
    let keep = |t: Transcript| {
        let Transcript {
            id,
            started_at,
            session,
            ..
        } = t;
        session
            .questions
            .into_iter()
            .filter(|q| q.question_id == question_id)
            .map(|question| Attempt {
                session_id: id.clone(),
                started_at: started_at.clone(),
                question,
            })
            .collect::<Vec<_>>()
    };
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for (saved, result) in asked.iter().zip(read_many(&paths, keep)) {
        match result {
            Ok(attempts) => found.extend(attempts),
            Err(e) => unreadable.push(Unreadable {
                path: saved.path.clone(),
                reason: e.to_string(),
            }),
        }
    }
    (found, unreadable)
}

/// How many of a category's latest answers make its recent average.
const RECENT_ANSWERS: usize = 5;

/// The category with the lowest average over its latest answers.
#[derive(Debug, Clone, PartialEq)]
pub struct WeakestCategory {
    pub category: String,
    pub average: f64,
    /// How many answers the average is over (at most 5).
    pub answers: usize,
}

/// Of the categories answered at least once (and accepted by `keep`), the one whose last five
/// answers average lowest. Ties go to the one practised longest ago.
pub fn weakest_category(archive: &Archive, keep: impl Fn(&str) -> bool) -> Option<WeakestCategory> {
    // (category, scores newest first, index of the latest session that answered it)
    let mut seen: Vec<(&str, Vec<u8>, usize)> = Vec::new();
    for (i, saved) in archive.sessions.iter().enumerate().rev() {
        for (q, score) in saved.digest.answered() {
            if !keep(&q.category) {
                continue;
            }
            match seen.iter_mut().find(|(c, _, _)| *c == q.category) {
                Some((_, scores, _)) => scores.push(score),
                None => seen.push((&q.category, vec![score], i)),
            }
        }
    }
    seen.into_iter()
        .map(|(category, mut scores, latest)| {
            scores.truncate(RECENT_ANSWERS);
            let average = mean(scores.iter().copied()).unwrap_or_default();
            (category, average, scores.len(), latest)
        })
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.3.cmp(&b.3)))
        .map(|(category, average, answers, _)| WeakestCategory {
            category: category.to_owned(),
            average,
            answers,
        })
}
