//! Follow-up questions that dig where an answer was thin, the way a second-round interviewer
//! does: the question's own follow-ups from the bank first, a general one when none fits.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::bank::{Question, Structure};
use crate::score::{ChecklistItem, Part, Score, expected_parts};

/// Why a follow-up was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpReason {
    /// No concrete steps: "Talk me through exactly what you did."
    VagueAction,
    /// The story never ends.
    NoResult,
    /// No specific situation: generalities instead of one time.
    NoExample,
    /// A result without a number.
    NoMeasurableResult,
    /// Mostly "we".
    MostlyWe,
    /// No lesson where the category expects one.
    NoLearning,
    /// A step of the category's method is missing (prioritisation, scenario, salary, integrity).
    MissingStep,
    /// Nothing was thin: the interviewer probes anyway.
    DigDeeper,
}

impl FollowUpReason {
    /// Why, in the words the feedback uses.
    pub fn describe(self) -> &'static str {
        match self {
            FollowUpReason::VagueAction => "the steps you took were not clear",
            FollowUpReason::NoResult => "the answer never said how it ended",
            FollowUpReason::NoExample => "there was no specific example",
            FollowUpReason::NoMeasurableResult => "the result had no number",
            FollowUpReason::MostlyWe => "it was mostly \"we\"",
            FollowUpReason::NoLearning => "there was no lesson",
            FollowUpReason::MissingStep => "a step of the method was missing",
            FollowUpReason::DigDeeper => "interviewers probe even good answers",
        }
    }

    /// The general follow-up, when the bank has none for this gap.
    fn general_question(self) -> &'static str {
        match self {
            FollowUpReason::VagueAction => "Talk me through exactly what you did, step by step.",
            FollowUpReason::NoResult => "What was the outcome, in the end?",
            FollowUpReason::NoExample => {
                "Can you give me one specific example: when was it, and what was going on?"
            }
            FollowUpReason::NoMeasurableResult => "How did you measure success?",
            FollowUpReason::MostlyWe => "What exactly did you do yourself?",
            FollowUpReason::NoLearning => "What would you do differently next time?",
            FollowUpReason::MissingStep | FollowUpReason::DigDeeper => {
                "Can you give me more detail on that?"
            }
        }
    }

    /// Words that show a bank follow-up asks about this gap.
    fn cue(self) -> Option<&'static Regex> {
        static CUES: LazyLock<[Regex; 6]> = LazyLock::new(|| {
            let re = |p: &str| Regex::new(&format!("(?i){p}")).expect("follow-up cue compiles");
            [
                re(r"\b(exactly|step|walk me|talk me|what did you (do|say)|how did you)\b"),
                re(r"\b(outcome|result|in the end|what happened|turn(ed)? out|end(ed)? up)\b"),
                re(r"\b(measur\w*|numbers?|metrics?|how much|how many|quantif\w*|success)\b"),
                re(
                    r"\b(you personally|you yourself|your (own )?(part|role|contribution)|you specifically)\b",
                ),
                re(
                    r"\b(differently|learn\w*|next time|since then|looking back|change[ds]? in (you|your))\b",
                ),
                re(
                    r"\b(example|specific (time|case|moment|situation)|when was (this|that|it)|one time)\b",
                ),
            ]
        });
        let cues = &*CUES;
        match self {
            FollowUpReason::VagueAction => Some(&cues[0]),
            FollowUpReason::NoResult => Some(&cues[1]),
            FollowUpReason::NoMeasurableResult => Some(&cues[2]),
            FollowUpReason::MostlyWe => Some(&cues[3]),
            FollowUpReason::NoLearning => Some(&cues[4]),
            FollowUpReason::NoExample => Some(&cues[5]),
            FollowUpReason::MissingStep | FollowUpReason::DigDeeper => None,
        }
    }
}

/// A follow-up question chosen for an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub text: String,
    pub reason: FollowUpReason,
    /// Whether the text is the question's own follow-up from the bank.
    pub from_bank: bool,
    /// The checklist item a `MissingStep` follow-up asks about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    /// Why it was asked, in a phrase ("the result had no number").
    pub because: String,
}

/// What a missing checklist step sounds like as a question.
fn checklist_question(item: &str) -> Option<&'static str> {
    Some(match item {
        "clarify_deadlines_impact" => "What were the real deadlines, and what depended on each?",
        "assess_risk_dependencies" => "What would have broken if you had got the order wrong?",
        "agree_priorities" => "Who did you agree that order with, and how?",
        "communicate_tradeoffs" => "How did you tell the people whose work had to wait?",
        "highest_impact_first" => "Why did that one go first?",
        "clarify_goal_constraints" => "What would you want to know about the goal before starting?",
        "info_needed" => "What information would you look for first, and where?",
        "first_approach" => "What is the very first thing you would do?",
        "risks_and_tests" => "What could go wrong, and how would you find out early?",
        "communicate_progress" => "Who would you keep informed, and how often?",
        "states_mistake" => "What exactly was your part in what went wrong?",
        "impact_without_excuses" => "What did it cost, and who was affected?",
        "what_changed" => "What do you do differently now because of it?",
        "researched_range" => "What range did you have in mind, and where does it come from?",
        "total_package" => "Beyond the base salary, what matters to you in the offer?",
        "no_immediate_accept_reject" => {
            "If we made you an offer today at that figure, what would you say?"
        }
        "understood_their_view" => "What was their side of it, in their words?",
        "facts_not_ego" => "What evidence did each of you have?",
        "challenged_respectfully" => "What exactly did you say to them, and where?",
        "reached_resolution" => "Where did it land in the end?",
        "changed_behaviour" => "What do you do differently since?",
        "own_contribution" => "Which part of that was yours alone?",
        "hardest_part" => "What was the hardest part, and how did you get past it?",
        "measured_success" => "How did you know it had worked?",
        "reflection" => "What would you do differently if you did it again?",
        "owns_the_story" => "What was your own part in how it went?",
        "neutral_about_others" => "How would they describe what happened?",
        "shows_growth" => "What has changed in how you work since then?",
        "genuine_weakness" => "What is a real weakness, one that has cost you something?",
        "specific_to_them" => "What do you know about us that makes this role the one?",
        "links_to_experience" => "Which part of your experience fits this role best?",
        "what_you_bring" => "What would you bring in your first months?",
        "evidence_of_research" => "What have you learned about us so far?",
        "concrete_example" => "Can you give me a specific time that happened?",
        "specific_preferences" => "What kind of team brings out your best work?",
        "adapts_to_others" => "Tell me about a time you changed how you work to fit a team.",
        "values_in_action" => "When did that value cost you something?",
        _ => return None,
    })
}

/// The gaps in an answer, most important first.
/// A gap in an answer: why to follow up, and for a missing step the checklist item.
struct Gap<'s> {
    reason: FollowUpReason,
    step: Option<&'s ChecklistItem>,
}

fn gaps(score: &Score, structure: Structure) -> Vec<Gap<'_>> {
    let expected = expected_parts(structure);
    let missing = |part: Part| expected.contains(&part) && !score.part(part).present;
    let mut gaps = Vec::new();
    if missing(Part::Action) {
        gaps.push(Gap {
            reason: FollowUpReason::VagueAction,
            step: None,
        });
    }
    if missing(Part::Result) {
        gaps.push(Gap {
            reason: FollowUpReason::NoResult,
            step: None,
        });
    } else if expected.contains(&Part::Result) && !score.result_has_metric() {
        gaps.push(Gap {
            reason: FollowUpReason::NoMeasurableResult,
            step: None,
        });
    }
    if missing(Part::Situation) {
        gaps.push(Gap {
            reason: FollowUpReason::NoExample,
            step: None,
        });
    }
    if score.delivery.mostly_we() {
        gaps.push(Gap {
            reason: FollowUpReason::MostlyWe,
            step: None,
        });
    }
    for item in score.checklist.items().iter().filter(|i| !i.met) {
        if checklist_question(&item.name).is_some() {
            gaps.push(Gap {
                reason: FollowUpReason::MissingStep,
                step: Some(item),
            });
        }
    }
    if missing(Part::Learning) {
        gaps.push(Gap {
            reason: FollowUpReason::NoLearning,
            step: None,
        });
    }
    gaps
}

/// The next follow-up for an answer (`score` covers the answer and the replies so far), or
/// `None` when there is nothing left to ask. Never repeats a question in `asked`.
pub fn next_follow_up(
    score: &Score,
    structure: Structure,
    question: &Question,
    asked: &[FollowUp],
) -> Option<FollowUp> {
    if structure == Structure::Questions || score.delivery.words == 0 {
        return None;
    }
    let fresh = |text: &str| !asked.iter().any(|f| f.text == text);
    let from_bank = |text: &str, reason: FollowUpReason| FollowUp {
        text: text.to_owned(),
        reason,
        from_bank: true,
        step: None,
        because: reason.describe().to_owned(),
    };
    for Gap { reason, step } in gaps(score, structure) {
        if asked
            .iter()
            .any(|f| f.reason == reason && reason != FollowUpReason::MissingStep)
        {
            continue;
        }
        if let Some(cue) = reason.cue()
            && let Some(text) = question
                .follow_ups
                .iter()
                .find(|t| fresh(t) && cue.is_match(t))
        {
            return Some(from_bank(text, reason));
        }
        let text = step
            .and_then(|item| checklist_question(&item.name))
            .unwrap_or(reason.general_question());
        if fresh(text) {
            return Some(FollowUp {
                text: text.to_owned(),
                reason,
                from_bank: false,
                step: step.map(|item| item.name.to_string()),
                because: match step {
                    Some(item) => format!("the method asks you to {}", item.hint),
                    None => reason.describe().to_owned(),
                },
            });
        }
    }
    question
        .follow_ups
        .iter()
        .find(|t| fresh(t))
        .map(|text| from_bank(text, FollowUpReason::DigDeeper))
}

/// Whether a reply, scored on its own, gives what the follow-up asked for: the words that do,
/// or `None`.
pub fn filled_by(follow_up: &FollowUp, reply: &Score) -> Option<String> {
    let part = |part: Part| {
        let finding = reply.part(part);
        finding
            .present
            .then(|| finding.evidence.first().cloned().unwrap_or_default())
    };
    match follow_up.reason {
        FollowUpReason::VagueAction => part(Part::Action),
        FollowUpReason::NoResult => {
            part(Part::Result).or_else(|| reply.metrics.first().map(|m| m.text.clone()))
        }
        FollowUpReason::NoMeasurableResult => reply.metrics.first().map(|m| m.text.clone()),
        FollowUpReason::NoExample => part(Part::Situation),
        FollowUpReason::NoLearning => part(Part::Learning),
        FollowUpReason::MostlyWe => (reply.delivery.i_count > reply.delivery.we_count).then(|| {
            format!(
                "\"I\" {} times, \"we\" {}",
                reply.delivery.i_count, reply.delivery.we_count
            )
        }),
        FollowUpReason::MissingStep => {
            let item = reply.checklist.get(follow_up.step.as_deref()?)?;
            item.met.then(|| item.evidence.clone().unwrap_or_default())
        }
        // Probing without a gap: any reply with some substance answers it.
        FollowUpReason::DigDeeper => (reply.delivery.words >= 12).then(String::new),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Bank, TimeWindow};
    use crate::score::{AnswerContext, score_answer};

    fn question(follow_ups: &[&str]) -> Question {
        Question {
            id: "q".into(),
            text: "Tell me about a time you disagreed with a colleague.".into(),
            quality: None,
            follow_ups: follow_ups.iter().map(|s| s.to_string()).collect(),
            listen_for: vec![],
            tags: vec![],
        }
    }

    fn score(answer: &str) -> Score {
        score_answer(
            answer,
            &AnswerContext {
                category: "conflict",
                structure: Structure::Carl,
                window: TimeWindow { min: 60, max: 90 },
                question: None,
            },
        )
    }

    #[test]
    fn a_result_without_a_number_asks_how_success_was_measured() {
        let s = score(
            "Last year a colleague and I disagreed about the release date. I set up a meeting, \
             showed her the defect list and we agreed to ship a week later. The release shipped without \
             a single critical bug and the client renewed the contract. I learned to bring data to disagreements.",
        );
        let f = next_follow_up(&s, Structure::Carl, &question(&[]), &[]).expect("a follow-up");
        assert_eq!(f.reason, FollowUpReason::NoMeasurableResult);
        assert_eq!(f.text, "How did you measure success?");
        assert!(!f.from_bank);
    }

    #[test]
    fn the_bank_follow_up_for_the_gap_is_preferred() {
        let s = score(
            "Last year a colleague and I disagreed about the release date. I set up a meeting, \
             showed her the defect list and we agreed to ship a week later. The release shipped without a single critical bug.",
        );
        let q = question(&[
            "What did she say?",
            "How did you know the later date was the right call, in numbers?",
        ]);
        let f = next_follow_up(&s, Structure::Carl, &q, &[]).expect("a follow-up");
        assert_eq!(f.reason, FollowUpReason::NoMeasurableResult);
        assert!(f.from_bank);
        assert!(f.text.contains("in numbers"));
    }

    #[test]
    fn follow_ups_are_never_repeated_and_run_out() {
        let s = score("We fixed it.");
        let q = question(&["What did she say?"]);
        let mut asked = Vec::new();
        while let Some(f) = next_follow_up(&s, Structure::Carl, &q, &asked) {
            assert!(!asked.contains(&f), "repeated {f:?}");
            asked.push(f);
            assert!(asked.len() < 20);
        }
        assert!(asked.iter().any(|f| f.text == "What did she say?"));
    }

    #[test]
    fn no_follow_up_for_a_skipped_answer_or_the_candidates_questions() {
        let q = question(&["What did she say?"]);
        assert_eq!(next_follow_up(&score(""), Structure::Carl, &q, &[]), None);
        assert_eq!(
            next_follow_up(
                &score("Is the team growing?"),
                Structure::Questions,
                &q,
                &[]
            ),
            None
        );
    }

    #[test]
    fn bank_follow_ups_match_some_gap_cue() {
        // The cues must fit the built-in bank's wording, or every follow-up would be general.
        let bank = Bank::default_bank().expect("the built-in bank loads");
        let reasons = [
            FollowUpReason::VagueAction,
            FollowUpReason::NoResult,
            FollowUpReason::NoMeasurableResult,
            FollowUpReason::NoLearning,
        ];
        for reason in reasons {
            let cue = reason.cue().expect("has a cue");
            let hits = bank
                .categories()
                .iter()
                .flat_map(|c| &c.questions)
                .flat_map(|q| &q.follow_ups)
                .filter(|t| cue.is_match(t))
                .count();
            assert!(hits >= 5, "{reason:?} matches only {hits} bank follow-ups");
        }
    }
}
