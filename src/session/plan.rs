//! Choosing the questions of a session: seeded, portable, in the order a real interview runs.

use rand::rngs::ChaCha8Rng;
use rand::{Rng, SeedableRng};

use crate::bank::{Bank, Category, Question, Structure};

/// One question the session will ask, borrowed from the bank.
#[derive(Debug, Clone, Copy)]
pub struct PlannedQuestion<'b> {
    pub category: &'b Category,
    pub question: &'b Question,
}

/// The questions of one session, in the order they will be asked.
#[derive(Debug, Clone)]
pub struct Plan<'b> {
    pub seed: u64,
    pub questions: Vec<PlannedQuestion<'b>>,
    /// How many were asked for; more than `questions.len()` when the categories ran out.
    pub requested: usize,
}

/// A mock interview's shape: each group fills one slot, in this order, with one of its
/// categories. An opener, your record, how you decide, how you work with people, the awkward
/// question, then money.
const INTERVIEW_ORDER: [&[&str]; 6] = [
    &["motivation", "culture_fit"],
    &["depth_probing"],
    &["prioritisation", "scenario"],
    &["conflict", "integrity"],
    &["red_flag"],
    &["salary"],
];

/// Which slots survive when fewer than six questions are asked: the evidence-heavy middle first.
const SLOT_PRIORITY: [usize; 6] = [1, 3, 2, 0, 4, 5];

/// Where a category sits in an interview; categories from user banks go in the middle.
fn stage(category: &Category) -> f32 {
    INTERVIEW_ORDER
        .iter()
        .position(|group| group.contains(&category.id.as_str()))
        .map_or(2.5, |i| i as f32)
}

/// Whether a category can be drawn for a mock: the candidate's own questions come at the end.
pub fn askable_in_mock(category: &Category) -> bool {
    category.structure != Structure::Questions && !category.questions.is_empty()
}

/// A uniform index below `n` from the generator's raw output only, so a seed gives the same
/// draw whatever the version of `rand`'s sampling helpers. `n` must be at least 1.
fn index(rng: &mut ChaCha8Rng, n: usize) -> usize {
    let n = n as u64;
    // Reject the top sliver of u64 so every index is equally likely.
    let zone = u64::MAX - (u64::MAX % n);
    loop {
        let x = rng.next_u64();
        if x < zone {
            return (x % n) as usize;
        }
    }
}

/// Draws questions for a mock interview from `pool` (categories that may be asked).
pub fn plan_mock<'b>(pool: &[&'b Category], count: usize, seed: u64) -> Plan<'b> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let in_pool = |id: &str| pool.iter().copied().find(|c| c.id == id);

    // Groups of interchangeable categories, in priority order for filling slots.
    let mut groups: Vec<Vec<&'b Category>> = SLOT_PRIORITY
        .iter()
        .map(|&slot| {
            INTERVIEW_ORDER[slot]
                .iter()
                .filter_map(|id| in_pool(id))
                .collect::<Vec<_>>()
        })
        .filter(|group| !group.is_empty())
        .collect();
    let covered = |c: &Category| INTERVIEW_ORDER.iter().any(|g| g.contains(&c.id.as_str()));
    groups.extend(
        pool.iter()
            .copied()
            .filter(|c| !covered(c))
            .map(|c| vec![c]),
    );

    let mut used: Vec<&'b Question> = Vec::new();
    let mut drawn: Vec<PlannedQuestion<'b>> = Vec::new();
    // Round after round through the groups until enough questions or nothing left to draw.
    'rounds: while drawn.len() < count {
        let before = drawn.len();
        for group in &groups {
            if drawn.len() == count {
                break 'rounds;
            }
            // A random category of the group, those asked least so far first, so a long mock
            // visits each of them.
            let start = index(&mut rng, group.len());
            let mut order: Vec<&'b Category> = (0..group.len())
                .map(|k| group[(start + k) % group.len()])
                .collect();
            order.sort_by_key(|c| {
                drawn
                    .iter()
                    .filter(|p| std::ptr::eq(p.category, *c))
                    .count()
            });
            let choice = order
                .into_iter()
                .find_map(|category| draw_unused(&mut rng, category, &used).map(|q| (category, q)));
            if let Some((category, question)) = choice {
                used.push(question);
                drawn.push(PlannedQuestion { category, question });
            }
        }
        if drawn.len() == before {
            break;
        }
    }
    // Interview order; draws within one stage keep their order.
    drawn.sort_by(|a, b| stage(a.category).total_cmp(&stage(b.category)));
    Plan {
        seed,
        questions: drawn,
        requested: count,
    }
}

/// Draws `count` different questions from one category, in random order.
pub fn plan_drill<'b>(category: &'b Category, count: usize, seed: u64) -> Plan<'b> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut remaining = drill_questions(category);
    let mut questions = Vec::new();
    while questions.len() < count && !remaining.is_empty() {
        let question = remaining.swap_remove(index(&mut rng, remaining.len()));
        questions.push(PlannedQuestion { category, question });
    }
    Plan {
        seed,
        questions,
        requested: count,
    }
}

/// The questions a drill may ask. In a category of questions for the interviewer, the examples
/// (those with a quality) are not asked: the interviewer's hand-over lines are, when there are any.
fn drill_questions(category: &Category) -> Vec<&Question> {
    let all = category.questions.iter();
    if category.structure == Structure::Questions {
        let prompts: Vec<&Question> = all.clone().filter(|q| q.quality.is_none()).collect();
        if !prompts.is_empty() {
            return prompts;
        }
    }
    all.collect()
}

fn draw_unused<'b>(
    rng: &mut ChaCha8Rng,
    category: &'b Category,
    used: &[&'b Question],
) -> Option<&'b Question> {
    let fresh: Vec<&'b Question> = category
        .questions
        .iter()
        .filter(|q| !used.iter().any(|u| std::ptr::eq(*u, *q)))
        .collect();
    if fresh.is_empty() {
        None
    } else {
        Some(fresh[index(rng, fresh.len())])
    }
}

/// The categories a mock draws from by default: every one that can be asked.
pub fn mock_pool(bank: &Bank) -> Vec<&Category> {
    bank.categories()
        .iter()
        .filter(|c| askable_in_mock(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;

    fn default_bank() -> Bank {
        Bank::default_bank().expect("the built-in bank loads")
    }

    fn ids(plan: &Plan<'_>) -> Vec<String> {
        plan.questions
            .iter()
            .map(|p| p.question.id.clone())
            .collect()
    }

    #[test]
    fn default_mock_follows_the_interview_order() {
        let bank = default_bank();
        for seed in 0..50 {
            let plan = plan_mock(&mock_pool(&bank), 6, seed);
            let categories: Vec<&str> = plan
                .questions
                .iter()
                .map(|p| p.category.id.as_str())
                .collect();
            assert_eq!(categories.len(), 6);
            assert!(["motivation", "culture_fit"].contains(&categories[0]));
            assert_eq!(categories[1], "depth_probing");
            assert!(["prioritisation", "scenario"].contains(&categories[2]));
            assert!(["conflict", "integrity"].contains(&categories[3]));
            assert_eq!(categories[4], "red_flag");
            assert_eq!(categories[5], "salary");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_questions() {
        let bank = default_bank();
        let pool = mock_pool(&bank);
        assert_eq!(ids(&plan_mock(&pool, 8, 7)), ids(&plan_mock(&pool, 8, 7)));
        assert_ne!(ids(&plan_mock(&pool, 8, 7)), ids(&plan_mock(&pool, 8, 8)));
    }

    #[test]
    fn a_seed_draws_the_same_questions_on_every_machine() {
        // Pinned: if this changes, every seed a user wrote down now gives another interview.
        let bank = default_bank();
        let drill = plan_drill(bank.category("conflict").expect("conflict"), 3, 42);
        let expected = ids(&drill);
        assert_eq!(expected.len(), 3);
        assert_eq!(
            expected,
            [
                "conflict-unfair-feedback".to_string(),
                "conflict-mediated-between-colleagues".to_string(),
                "conflict-criticised-in-public".to_string()
            ]
        );
    }

    #[test]
    fn long_mocks_and_drills_never_repeat_a_question() {
        let bank = default_bank();
        let plan = plan_mock(&mock_pool(&bank), 40, 3);
        let mut seen = ids(&plan);
        assert_eq!(seen.len(), 40);
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 40);

        let category = bank.category("salary").expect("salary");
        let drill = plan_drill(category, 500, 1);
        assert_eq!(drill.questions.len(), category.questions.len());
        assert_eq!(drill.requested, 500);
    }

    #[test]
    fn a_long_mock_visits_every_category_of_a_slot() {
        let bank = default_bank();
        for seed in 0..20 {
            let plan = plan_mock(&mock_pool(&bank), 12, seed);
            let has = |id: &str| plan.questions.iter().any(|p| p.category.id == id);
            for id in [
                "motivation",
                "culture_fit",
                "prioritisation",
                "scenario",
                "conflict",
                "integrity",
            ] {
                assert!(has(id), "seed {seed}: no {id}");
            }
        }
    }

    #[test]
    fn short_mocks_keep_the_evidence_questions() {
        let bank = default_bank();
        let plan = plan_mock(&mock_pool(&bank), 2, 5);
        let categories: Vec<&str> = plan
            .questions
            .iter()
            .map(|p| p.category.id.as_str())
            .collect();
        assert_eq!(categories[0], "depth_probing");
        assert!(["conflict", "integrity"].contains(&categories[1]));
    }

    #[test]
    fn index_is_in_range_and_covers_it() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut seen = [false; 7];
        for _ in 0..500 {
            let i = index(&mut rng, 7);
            seen[i] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }
}
