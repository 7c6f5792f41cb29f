//! Checking a set of stories: each scored as an answer, what each proves, the gaps in
//! coverage, the weakest stories and any too long to tell.

use serde::Serialize;

use crate::bank::{Bank, Category, Structure, TimeWindow};
use crate::score::{AnswerContext, Score, score_answer};

use super::coverage::{Evidence, Reason, coverage};
use super::file::Story;

/// How long a story should take to tell, in seconds.
pub const STORY_WINDOW: TimeWindow = TimeWindow { min: 60, max: 90 };

/// How many stories the guides suggest having ready.
pub const ENOUGH_STORIES: usize = 6;

/// A story scored as an answer unless its tags name another category.
const DEFAULT_CATEGORY: &str = "depth_probing";
/// A failure story is scored as the integrity question it answers.
const FAILURE_CATEGORY: &str = "integrity";

/// Below this a story is among the weakest.
const WEAK_BELOW: u8 = 70;

/// One story, checked.
#[derive(Debug, Clone, Serialize)]
pub struct StoryCheck {
    pub title: String,
    /// As compared: lowercase, `-` for `_` and spaces.
    pub tags: Vec<String>,
    /// The category whose answer it was scored as.
    pub scored_as: String,
    pub score: Score,
    pub covers: Vec<Covered>,
    /// Over [`STORY_WINDOW`]: too long to tell.
    pub too_long: bool,
    /// The result in one line, for a prep sheet.
    pub result_line: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Covered {
    pub evidence: Evidence,
    #[serde(flatten)]
    pub reason: Reason,
}

impl StoryCheck {
    pub fn covers(&self, evidence: Evidence) -> Option<&Reason> {
        self.covers
            .iter()
            .find(|c| c.evidence == evidence)
            .map(|c| &c.reason)
    }
}

/// Every story checked, with what the set lacks.
#[derive(Debug, Clone, Serialize)]
pub struct StoriesReport {
    pub stories: Vec<StoryCheck>,
    /// Kinds of evidence no story proves.
    pub gaps: Vec<Evidence>,
    /// Indexes into `stories` of those scoring under 70, weakest first (three at most).
    pub weakest: Vec<usize>,
}

/// Checks every story.
pub fn check_stories(stories: &[Story], bank: &Bank) -> StoriesReport {
    let checked: Vec<StoryCheck> = stories.iter().map(|s| check_story(s, bank)).collect();
    let gaps = Evidence::ALL
        .into_iter()
        .filter(|&e| checked.iter().all(|s| s.covers(e).is_none()))
        .collect();
    let mut weakest: Vec<usize> = (0..checked.len())
        .filter(|&i| checked[i].score.score < WEAK_BELOW)
        .collect();
    weakest.sort_by_key(|&i| checked[i].score.score);
    weakest.truncate(3);
    StoriesReport {
        stories: checked,
        gaps,
        weakest,
    }
}

/// Scores one story as an answer in the category its tags name (or the one it best answers).
pub fn check_story(story: &Story, bank: &Bank) -> StoryCheck {
    let covers: Vec<Covered> = coverage(story)
        .into_iter()
        .map(|(evidence, reason)| Covered { evidence, reason })
        .collect();
    let tagged = story.normalised_tags().find_map(|tag| {
        bank.category(&tag.replace('-', "_"))
            .filter(|c| c.structure.is_story())
    });
    let category = tagged.or_else(|| {
        let failure = covers.iter().any(|c| c.evidence == Evidence::Failure);
        let id = if failure {
            FAILURE_CATEGORY
        } else {
            DEFAULT_CATEGORY
        };
        bank.category(id)
    });
    let ctx = story_context(category);
    let id = ctx.category;
    let score = score_answer(&story.telling(), &ctx);
    let result_line = story
        .result
        .as_deref()
        .map(first_sentence)
        .or_else(|| score.components.result.evidence.first().cloned());
    StoryCheck {
        title: story.title.clone(),
        tags: story.normalised_tags().collect(),
        scored_as: id.to_owned(),
        too_long: score.delivery.estimated_seconds > STORY_WINDOW.max,
        covers,
        result_line,
        score,
    }
}

/// Scoring a story as an answer in `category` (the default one when the bank lacks it), against
/// the story window.
fn story_context(category: Option<&Category>) -> AnswerContext<'_> {
    let (id, structure) = category.map_or((DEFAULT_CATEGORY, Structure::Starl), |c| {
        (c.id.as_str(), c.structure)
    });
    AnswerContext {
        category: id,
        structure,
        window: STORY_WINDOW,
        question: None,
    }
}

/// Whether a story's result states a measurable number, as the scorer reads it.
pub fn states_a_number(result: &str, bank: &Bank) -> bool {
    let ctx = story_context(bank.category(DEFAULT_CATEGORY));
    !score_answer(result, &ctx).metrics.is_empty()
}

/// The first sentence of `text`, trimmed.
fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || matches!(c, '.' | '!' | '?')
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
        })
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    text[..end].trim_end_matches('\n').trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> Bank {
        Bank::default_bank().expect("built-in bank")
    }

    fn story(title: &str, text: &str, tags: &[&str]) -> Story {
        Story {
            title: title.into(),
            text: Some(text.into()),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Story::default()
        }
    }

    #[test]
    fn a_failure_story_is_scored_as_integrity_and_a_tag_can_choose() {
        let bank = bank();
        let s = check_story(
            &story("Late", "I missed the deadline; that was on me.", &[]),
            &bank,
        );
        assert_eq!(s.scored_as, "integrity");
        let s = check_story(&story("Row", "We disagreed.", &["conflict"]), &bank);
        assert_eq!(s.scored_as, "conflict");
        let s = check_story(&story("Plain", "I built a report.", &["salary"]), &bank);
        assert_eq!(
            s.scored_as, "depth_probing",
            "salary is not a story category"
        );
    }

    #[test]
    fn gaps_and_weakest_and_length() {
        let long = "I built it. ".repeat(80);
        let report = check_stories(
            &[
                story("Long", &long, &["teamwork"]),
                story("Short", "I fixed a bug.", &[]),
            ],
            &bank(),
        );
        assert!(report.stories[0].too_long);
        assert!(!report.stories[1].too_long);
        assert!(report.gaps.contains(&Evidence::Failure));
        assert!(!report.gaps.contains(&Evidence::Teamwork));
        assert!(!report.gaps.contains(&Evidence::FixesProblems));
        assert_eq!(report.weakest.len(), 2);
        let scores: Vec<u8> = report
            .weakest
            .iter()
            .map(|&i| report.stories[i].score.score)
            .collect();
        assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");
    }

    #[test]
    fn the_result_line_is_the_first_sentence_of_the_result() {
        assert_eq!(
            first_sentence("Cut it to 2 days. Then more."),
            "Cut it to 2 days."
        );
        assert_eq!(
            first_sentence("From 3.5 to 2 hours\nand more"),
            "From 3.5 to 2 hours"
        );
        assert_eq!(first_sentence("  no stop "), "no stop");
        assert_eq!(first_sentence(""), "");
    }
}
