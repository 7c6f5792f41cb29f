//! The end-of-session summary: each question's score and time, the average, the strongest and
//! weakest category, and the drill to do next.

use serde::Serialize;

use crate::score::{Gap, Part};

use super::record::{Answer, Reply, SessionRecord};

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryRow {
    pub number: usize,
    pub category: String,
    pub question_id: String,
    /// `None` when skipped.
    pub score: Option<u8>,
    pub follow_ups_asked: usize,
    /// Follow-ups whose reply gave what was asked for.
    pub follow_ups_filled: usize,
    /// The time measured against the window (spoken, estimated or typed).
    pub seconds: Option<f64>,
    pub overtime_seconds: f64,
    pub allowance: u32,
}

/// A category's average over the session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryAverage {
    pub category: String,
    pub average: f64,
    pub answers: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub rows: Vec<SummaryRow>,
    pub answered: usize,
    pub skipped: usize,
    /// Over answered main questions; `None` when nothing was answered.
    pub average: Option<f64>,
    pub strongest: Option<CategoryAverage>,
    pub weakest: Option<CategoryAverage>,
    /// The category to drill next: the weakest, or the only one if all were strong.
    pub next_drill: Option<String>,
    /// The part most often missing from the answers, if any part was missing more than once.
    pub most_missed_part: Option<(Part, usize)>,
}

impl Summary {
    pub fn of(record: &SessionRecord) -> Summary {
        let rows: Vec<SummaryRow> = record
            .questions
            .iter()
            .map(|q| {
                let answer = q.reply.answer();
                let allowance = record.timing.allowance(q.window);
                SummaryRow {
                    number: q.number,
                    category: q.category.clone(),
                    question_id: q.question_id.clone(),
                    score: answer.map(|a| a.score.score),
                    follow_ups_asked: q.follow_ups.len(),
                    follow_ups_filled: q
                        .follow_ups
                        .iter()
                        .filter(|f| f.filled_by.is_some())
                        .count(),
                    seconds: answer.map(Answer::clock_seconds),
                    overtime_seconds: answer.map_or(0.0, |a| a.overtime_seconds),
                    allowance,
                }
            })
            .collect();

        let scores: Vec<(&str, u8)> = record
            .answered()
            .map(|(q, a)| (q.category.as_str(), a.score.score))
            .collect();
        let average = mean(scores.iter().map(|&(_, s)| s));

        let mut by_category: Vec<CategoryAverage> = Vec::new();
        for &(category, _) in &scores {
            if by_category.iter().any(|c| c.category == category) {
                continue;
            }
            let own: Vec<u8> = scores
                .iter()
                .filter(|(c, _)| *c == category)
                .map(|&(_, s)| s)
                .collect();
            by_category.push(CategoryAverage {
                category: category.to_owned(),
                average: mean(own.iter().copied()).unwrap_or_default(),
                answers: own.len(),
            });
        }
        // First of equals wins, so the order of the interview breaks ties.
        let strongest = by_category
            .iter()
            .fold(None::<&CategoryAverage>, |best, c| match best {
                Some(b) if b.average >= c.average => Some(b),
                _ => Some(c),
            })
            .cloned();
        let weakest = by_category
            .iter()
            .fold(None::<&CategoryAverage>, |worst, c| match worst {
                Some(w) if w.average <= c.average => Some(w),
                _ => Some(c),
            })
            .cloned();
        let next_drill = weakest.as_ref().map(|w| w.category.clone());

        let mut missed = [0usize; 5];
        for (_, answer) in record.answered() {
            for gap in answer.score.gaps() {
                if let Gap::Part(part) = gap
                    && let Some(i) = Part::ALL.iter().position(|&p| p == part)
                {
                    missed[i] += 1;
                }
            }
        }
        let most_missed_part = Part::ALL
            .into_iter()
            .zip(missed)
            .filter(|&(_, n)| n >= 2)
            .max_by_key(|&(_, n)| n);

        Summary {
            answered: scores.len(),
            skipped: record
                .questions
                .iter()
                .filter(|q| matches!(q.reply, Reply::Skipped))
                .count(),
            rows,
            average,
            strongest,
            weakest,
            next_drill,
            most_missed_part,
        }
    }
}

/// The average of some scores; `None` when there are none.
pub fn mean(values: impl IntoIterator<Item = u8>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}
