//! Each category over time: its score session by session, the latest sessions against the ones
//! before, and what its answers most often lack.

use serde::Serialize;

use crate::score::Gap;
use crate::transcript::Archive;

use crate::session::mean;

/// How many of a category's latest sessions are compared with the ones before.
pub const RECENT_SESSIONS: usize = 3;

/// How many of a category's latest answers the gaps are counted over.
const GAP_WINDOW: usize = 10;

/// One session's average in a category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionPoint {
    pub session: String,
    pub started_at: String,
    pub average: f64,
    pub answers: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryProgress {
    pub category: String,
    /// Oldest first.
    pub sessions: Vec<SessionPoint>,
    pub answers: usize,
    /// Over the last [`RECENT_SESSIONS`] sessions.
    pub recent_average: f64,
    /// Over the sessions before those; `None` until there are some.
    pub earlier_average: Option<f64>,
    /// Most frequent first: (gap, answers lacking it, answers counted).
    pub gaps: Vec<(Gap, usize, usize)>,
}

/// Progress for every category answered (or only `only`), in order of first practice.
pub fn progress(archive: &Archive, only: Option<&str>) -> Vec<CategoryProgress> {
    struct Tally<'a> {
        category: &'a str,
        sessions: Vec<SessionPoint>,
        /// Each answer's gaps, newest last.
        gaps: Vec<&'a [Gap]>,
    }
    let mut tallies: Vec<Tally<'_>> = Vec::new();
    for saved in &archive.sessions {
        let t = &saved.digest;
        let mut in_session: Vec<(&str, Vec<u8>)> = Vec::new();
        for (q, score) in t.answered() {
            if only.is_some_and(|c| c != q.category) {
                continue;
            }
            let i = match tallies.iter().position(|x| x.category == q.category) {
                Some(i) => i,
                None => {
                    tallies.push(Tally {
                        category: &q.category,
                        sessions: Vec::new(),
                        gaps: Vec::new(),
                    });
                    tallies.len() - 1
                }
            };
            tallies[i].gaps.push(&q.gaps);
            match in_session.iter_mut().find(|(c, _)| *c == q.category) {
                Some((_, scores)) => scores.push(score),
                None => in_session.push((&q.category, vec![score])),
            }
        }
        for (category, scores) in in_session {
            if let Some(tally) = tallies.iter_mut().find(|x| x.category == category) {
                tally.sessions.push(SessionPoint {
                    session: t.id.clone(),
                    started_at: t.started_at.clone(),
                    average: mean(scores.iter().copied()).unwrap_or_default(),
                    answers: scores.len(),
                });
            }
        }
    }
    tallies
        .into_iter()
        .map(|tally| {
            let split = tally.sessions.len().saturating_sub(RECENT_SESSIONS);
            let (earlier, recent) = tally.sessions.split_at(split);
            let average_of = |points: &[SessionPoint]| {
                let total: f64 = points.iter().map(|p| p.average * p.answers as f64).sum();
                let n: usize = points.iter().map(|p| p.answers).sum();
                (n > 0).then(|| total / n as f64)
            };
            let latest = &tally.gaps[tally.gaps.len().saturating_sub(GAP_WINDOW)..];
            let mut gaps: Vec<(Gap, usize, usize)> = Vec::new();
            for answer in latest {
                for gap in answer.iter() {
                    match gaps.iter_mut().find(|(g, _, _)| g == gap) {
                        Some((_, n, _)) => *n += 1,
                        None => gaps.push((gap.clone(), 1, latest.len())),
                    }
                }
            }
            // Stable: equal counts keep story order.
            gaps.sort_by_key(|g| std::cmp::Reverse(g.1));
            CategoryProgress {
                category: tally.category.to_owned(),
                answers: tally.gaps.len(),
                recent_average: average_of(recent).unwrap_or_default(),
                earlier_average: average_of(earlier),
                sessions: tally.sessions,
                gaps,
            }
        })
        .collect()
}
