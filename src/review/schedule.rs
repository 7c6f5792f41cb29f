//! Spaced repetition over questions, SM-2 style, with an answer's score as the grade: a weak
//! answer comes back at once, a strong one after a day, then six days, then longer and longer.

use serde::Serialize;

use crate::transcript::{Archive, parse_utc_timestamp, utc_timestamp};

const DAY: u64 = 86_400;
const START_EASE: f64 = 2.5;
const MIN_EASE: f64 = 1.3;

/// The SM-2 grade (0 to 5) for a score: 55 and over is a pass.
pub fn grade(score: Option<u8>) -> u8 {
    match score {
        None => 0,
        Some(s) if s >= 85 => 5,
        Some(s) if s >= 70 => 4,
        Some(s) if s >= 55 => 3,
        Some(s) if s >= 40 => 2,
        Some(s) if s >= 20 => 1,
        Some(_) => 0,
    }
}

/// One question's place in the schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    pub question_id: String,
    pub category: String,
    /// As last asked.
    pub question: String,
    /// Passing answers in a row.
    pub repetitions: u32,
    pub ease: f64,
    pub interval_days: u64,
    /// Seconds since 1970 of the last attempt (its session's start).
    pub last_asked: u64,
    pub due_at: u64,
    /// `None` when the last attempt was skipped.
    pub last_score: Option<u8>,
    pub attempts: usize,
}

impl Card {
    fn new(question_id: &str, category: &str, question: &str) -> Card {
        Card {
            question_id: question_id.to_owned(),
            category: category.to_owned(),
            question: question.to_owned(),
            repetitions: 0,
            ease: START_EASE,
            interval_days: 0,
            last_asked: 0,
            due_at: 0,
            last_score: None,
            attempts: 0,
        }
    }

    /// SM-2's update for one attempt.
    fn review(&mut self, at: u64, score: Option<u8>) {
        let q = f64::from(grade(score));
        self.attempts += 1;
        self.last_asked = at;
        self.last_score = score;
        if q < 3.0 {
            // Failed: start again, and practise it again straight away.
            self.repetitions = 0;
            self.interval_days = 0;
        } else {
            self.repetitions += 1;
            self.interval_days = match self.repetitions {
                1 => 1,
                2 => 6,
                // Whole days, at most about ten years, so the arithmetic cannot overflow.
                _ => ((self.interval_days as f64 * self.ease).round() as u64).clamp(1, 3650),
            };
        }
        self.ease = (self.ease + 0.1 - (5.0 - q) * (0.08 + (5.0 - q) * 0.02)).max(MIN_EASE);
        self.due_at = at + self.interval_days * DAY;
    }

    pub fn is_due(&self, now: u64) -> bool {
        self.due_at <= now
    }

    /// When it is due, as `2026-11-22T03:19:00Z`.
    pub fn due_timestamp(&self) -> String {
        utc_timestamp(std::time::UNIX_EPOCH + std::time::Duration::from_secs(self.due_at))
    }

    fn in_category(&self, only: Option<&str>) -> bool {
        only.is_none_or(|c| c == self.category)
    }
}

/// Every question ever asked, with when it is due again.
#[derive(Debug, Clone, Default)]
pub struct DueList {
    pub cards: Vec<Card>,
}

impl DueList {
    /// The cards due at `now` (in category `only`, if given), weakest last answer first, then
    /// longest overdue.
    pub fn due(&self, now: u64, only: Option<&str>) -> Vec<&Card> {
        let mut due: Vec<&Card> = self
            .cards
            .iter()
            .filter(|c| c.is_due(now) && c.in_category(only))
            .collect();
        due.sort_by_key(|c| (c.last_score.unwrap_or(0), c.due_at));
        due
    }

    /// The card that comes due next after `now` (in category `only`, if given).
    pub fn next_due(&self, now: u64, only: Option<&str>) -> Option<&Card> {
        self.cards
            .iter()
            .filter(|c| !c.is_due(now) && c.in_category(only))
            .min_by_key(|c| c.due_at)
    }
}

/// Replays every main question of every session, oldest first. Sessions whose start time
/// cannot be read are left out of the schedule.
pub fn schedule(archive: &Archive) -> DueList {
    let mut cards: Vec<Card> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for saved in &archive.sessions {
        let t = &saved.digest;
        let Some(at) = parse_utc_timestamp(&t.started_at) else {
            continue;
        };
        for q in &t.questions {
            let i = *index.entry(q.question_id.clone()).or_insert_with(|| {
                cards.push(Card::new(&q.question_id, &q.category, &q.question));
                cards.len() - 1
            });
            let card = &mut cards[i];
            card.question.clone_from(&q.question);
            card.category.clone_from(&q.category);
            card.review(at, q.score);
        }
    }
    DueList { cards }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card_after(scores: &[Option<u8>]) -> Card {
        let mut card = Card::new("q", "conflict", "Q?");
        for (day, &score) in scores.iter().enumerate() {
            card.review(day as u64 * 30 * DAY, score);
        }
        card
    }

    #[test]
    fn grades_follow_the_score() {
        assert_eq!(grade(None), 0);
        assert_eq!(grade(Some(0)), 0);
        assert_eq!(grade(Some(54)), 2);
        assert_eq!(grade(Some(55)), 3);
        assert_eq!(grade(Some(100)), 5);
    }

    #[test]
    fn a_weak_answer_is_due_at_once_and_a_strong_one_waits() {
        let weak = card_after(&[Some(30)]);
        assert!(weak.is_due(weak.last_asked));
        let strong = card_after(&[Some(90)]);
        assert!(!strong.is_due(strong.last_asked));
        assert!(strong.is_due(strong.last_asked + DAY));
    }

    #[test]
    fn intervals_grow_one_six_then_by_ease_and_reset_on_a_fail() {
        assert_eq!(card_after(&[Some(80)]).interval_days, 1);
        assert_eq!(card_after(&[Some(80), Some(80)]).interval_days, 6);
        let third = card_after(&[Some(80), Some(80), Some(80)]);
        assert!(third.interval_days > 6, "{third:?}");
        let failed = card_after(&[Some(80), Some(80), Some(10)]);
        assert_eq!((failed.repetitions, failed.interval_days), (0, 0));
        assert!(failed.ease < START_EASE);
        assert!(card_after(&[Some(0); 20]).ease >= MIN_EASE);
    }

    #[test]
    fn due_and_next_due_keep_to_a_category() {
        let mut other = card_after(&[Some(30)]);
        other.category = "salary".into();
        let list = DueList {
            cards: vec![card_after(&[Some(90)]), other],
        };
        assert_eq!(list.due(0, Some("conflict")).len(), 0);
        assert_eq!(list.due(0, Some("salary")).len(), 1);
        assert_eq!(list.next_due(0, Some("salary")), None);
        assert_eq!(
            list.next_due(0, None).map(|c| c.due_timestamp()),
            Some("1970-01-02T00:00:00Z".to_owned())
        );
    }

    #[test]
    fn due_cards_come_weakest_first() {
        let list = DueList {
            cards: vec![
                card_after(&[Some(50)]),
                card_after(&[None]),
                card_after(&[Some(20)]),
            ],
        };
        let order: Vec<Option<u8>> = list
            .due(u64::MAX, None)
            .iter()
            .map(|c| c.last_score)
            .collect();
        assert_eq!(order, [None, Some(20), Some(50)]);
    }
}
