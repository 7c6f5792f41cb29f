//! Scoring one answer with transparent rules. Knows nothing of terminals: it takes text and
//! returns findings, each with the words of the answer that earned it.

mod asking;
mod batch;
mod checklist;
mod cues;
mod delivery;
mod flags;
mod lexicon;
mod metrics;
mod parts;
mod points;
mod text;

use serde::{Deserialize, Serialize};

use crate::bank::{Category, Structure, TimeWindow};

pub use asking::{
    Aim, AskedQuestion, HESITATION_QUESTION, QuestionsFeedback, Verdict, judge_questions,
};
pub use batch::{BatchItem, read_batch};
pub use checklist::{Checklist, ChecklistItem};
/// Compiles a cue pattern as the scorer does (ASCII word boundaries), for cues outside it.
pub use cues::pattern as cue_pattern;
pub use delivery::{Counted, Delivery, Pace, WORDS_PER_MINUTE, speaking_seconds};
pub use flags::Flags;
pub use metrics::{Metric, MetricKind};
pub use parts::{Part, PartFinding, Parts};
pub use points::{ScoreLine, expected_parts};
pub use text::QuestionKind;

/// What the scorer needs to know about where an answer was given.
#[derive(Debug, Clone, Copy)]
pub struct AnswerContext<'a> {
    pub category: &'a str,
    pub structure: Structure,
    pub window: TimeWindow,
    pub question: Option<&'a str>,
}

impl<'a> AnswerContext<'a> {
    pub fn new(category: &'a Category, question: Option<&'a str>) -> Self {
        AnswerContext {
            category: &category.id,
            structure: category.structure,
            window: category.time_window,
            question,
        }
    }
}

/// The story shape an answer best fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Framework {
    #[serde(rename = "STAR+L")]
    StarWithLearning,
    #[serde(rename = "STAR")]
    Star,
    #[serde(rename = "CARL")]
    Carl,
    #[serde(rename = "CAR")]
    Car,
    /// No action with a result: not yet a story.
    #[serde(rename = "incomplete")]
    Incomplete,
}

impl Framework {
    fn from_parts(parts: &Parts) -> Self {
        let has = |p: &PartFinding| p.present;
        match (
            has(&parts.situation),
            has(&parts.task),
            has(&parts.action) && has(&parts.result),
            has(&parts.learning),
        ) {
            (_, _, false, _) => Framework::Incomplete,
            (true, true, true, true) => Framework::StarWithLearning,
            (true, true, true, false) => Framework::Star,
            (_, _, true, true) => Framework::Carl,
            (_, _, true, false) => Framework::Car,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Framework::StarWithLearning => "STAR + learning",
            Framework::Star => "STAR",
            Framework::Carl => "CARL",
            Framework::Car => "CAR",
            Framework::Incomplete => "incomplete (no action with a result yet)",
        }
    }
}

/// Something an answer lacked: a part of the story, or a step of the category's method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    Part(Part),
    Step(String),
}

impl Gap {
    /// "no result", "no total_package".
    pub fn describe(&self) -> String {
        match self {
            Gap::Part(part) => format!("no {}", part.name()),
            Gap::Step(name) => format!("no {name}"),
        }
    }

    /// What to do about it, as a tip.
    pub fn advice(&self) -> String {
        match self {
            Gap::Part(part) => points::part_advice(*part).to_owned(),
            Gap::Step(name) => match checklist::hint_for(name) {
                Some(hint) => format!("The method for this question: {hint}."),
                None => format!("Cover {name}."),
            },
        }
    }
}

/// Everything the scorer found in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub category: String,
    pub structure: Structure,
    pub question_kind: QuestionKind,
    pub framework: Framework,
    pub components: Parts,
    pub metrics: Vec<Metric>,
    pub delivery: Delivery,
    pub flags: Flags,
    /// Serialised as `checklist: {item: bool}` and `checklist_evidence: {item: sentence}`.
    #[serde(flatten)]
    pub checklist: Checklist,
    /// 0 to 100.
    pub score: u8,
    pub breakdown: Vec<ScoreLine>,
    /// One to three tips, most important first.
    pub tips: Vec<String>,
    /// For questions to ask the interviewer: each one judged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<QuestionsFeedback>,
}

impl Score {
    pub fn part(&self, part: Part) -> &PartFinding {
        self.components.get(part)
    }

    /// The story framework the answer fits, where the category expects a told result; `None`
    /// where a framework means nothing (a hypothetical scenario, salary, reasons for wanting
    /// the job, your own questions).
    pub fn story_framework(&self) -> Option<Framework> {
        expected_parts(self.structure)
            .contains(&Part::Result)
            .then_some(self.framework)
    }

    /// What the answer lacked: the expected parts that are missing, or for a category judged
    /// by its checklist alone (salary, your questions), the steps not met.
    pub fn gaps(&self) -> Vec<Gap> {
        let expected = expected_parts(self.structure);
        if expected.is_empty() {
            self.checklist
                .items()
                .iter()
                .filter(|i| !i.met)
                .map(|i| Gap::Step(i.name.to_string()))
                .collect()
        } else {
            expected
                .iter()
                .filter(|&&p| !self.part(p).present)
                .map(|&p| Gap::Part(p))
                .collect()
        }
    }

    /// Whether the result states a number (a metric inside the result's evidence).
    pub fn result_has_metric(&self) -> bool {
        points::result_has_metric(&self.components, &self.metrics)
    }
}

/// Scores one answer. Never panics, whatever the text.
pub fn score_answer(answer: &str, ctx: &AnswerContext<'_>) -> Score {
    let kind = QuestionKind::infer(ctx.question, ctx.structure.is_hypothetical());
    let sentences = text::sentences(answer);
    // A salary answer talks pay: its pay figures are the ask, not results, and its past is pay
    // history rather than a scene.
    let pay_talk = ctx.structure == Structure::Salary;
    let metrics = metrics::find_metrics(answer, &sentences, pay_talk, ctx.question);
    let components = parts::find_parts(&sentences, kind, &metrics, pay_talk);
    // "I would" is the natural voice of a salary answer or a reason for wanting the job.
    let voice = if ctx.structure.is_story() {
        kind
    } else {
        QuestionKind::Hypothetical
    };
    let delivery = delivery::measure(answer, ctx.window, voice);
    let flags = flags::find_flags(&sentences);
    let asked = (ctx.structure == Structure::Questions).then(|| judge_questions(answer));
    let findings = checklist::Findings {
        answer,
        sentences: &sentences,
        parts: &components,
        metrics: &metrics,
        delivery: &delivery,
        flags: &flags,
        asked: asked.as_ref(),
    };
    let checklist = checklist::check(ctx.category, &findings);
    let framework = Framework::from_parts(&components);
    let inputs = points::Inputs {
        structure: ctx.structure,
        kind,
        parts: &components,
        metrics: &metrics,
        delivery: &delivery,
        flags: &flags,
        checklist: &checklist,
        asked: asked.as_ref(),
    };
    let (score, breakdown) = points::total(&inputs);
    let tips = points::tips(&inputs);
    Score {
        category: ctx.category.to_owned(),
        structure: ctx.structure,
        question_kind: kind,
        framework,
        components,
        metrics,
        delivery,
        flags,
        checklist: Checklist(checklist),
        score,
        breakdown,
        tips,
        asked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(category: &str, structure: Structure) -> AnswerContext<'_> {
        AnswerContext {
            category,
            structure,
            window: TimeWindow { min: 60, max: 90 },
            question: None,
        }
    }

    #[test]
    fn empty_answer_scores_zero_with_a_tip() {
        let s = score_answer("   \n ", &ctx("conflict", Structure::Carl));
        assert_eq!(s.score, 0);
        assert_eq!(s.framework, Framework::Incomplete);
        assert!(!s.tips.is_empty());
    }

    #[test]
    fn a_strong_story_scores_well_and_shows_evidence() {
        let answer = "Last spring our support queue had grown to 900 open tickets and customers were waiting a week for a reply. \
            My job was to get first replies under one day. I sorted the queue by product, wrote ten macros for the commonest questions \
            and set up a daily triage rota with the two other leads. Within a month the backlog went from 900 tickets to 120, and \
            first replies dropped from five days to under 8 hours. I learned that a rota beats heroics; since then I always start with triage.";
        let s = score_answer(answer, &ctx("depth_probing", Structure::Starl));
        assert!(s.score >= 70, "{}: {:#?}", s.score, s.breakdown);
        for part in Part::ALL {
            let finding = s.part(part);
            assert!(finding.present, "{part:?} missing");
            assert!(finding.evidence.iter().all(|e| answer.contains(e.as_str())));
        }
        assert!(
            s.metrics
                .iter()
                .any(|m| m.text.contains("from 900 tickets to 120"))
        );
        // The figure quoted for the points is the strongest result's, not the answer's first.
        let line = s
            .breakdown
            .iter()
            .find(|l| l.label == "measurable result")
            .expect("a metrics line");
        assert_eq!(line.evidence.as_deref(), Some("from 900 tickets to 120"));
    }

    #[test]
    fn the_figure_quoted_for_a_result_comes_from_the_strongest_result() {
        // The early tally is in the answer first, but the closing change is the headline.
        let answer = "Last year our warehouse had a backlog of returns. My manager asked me to clear it. \
            I sorted the returns by value, and in the first week we cleared 60 of them. I set up a \
            tracker and rang the courier every morning. By the end of the month refunds went from \
            twelve days to three and complaints stopped.";
        let s = score_answer(answer, &ctx("depth_probing", Structure::Starl));
        assert_eq!(s.metrics.first().map(|m| m.text.as_str()), Some("60"));
        for label in ["measurable result", "checklist: measured_success"] {
            let line = s.breakdown.iter().find(|l| l.label == label);
            assert_eq!(
                line.and_then(|l| l.evidence.as_deref()),
                Some("from twelve days to three"),
                "{label}"
            );
        }
    }

    #[test]
    fn reasons_for_wanting_the_job_are_judged_by_the_checklist_not_as_a_story() {
        let answer = "I want this role because your team runs pricing for the whole network, and I \
            read in your annual report that every depot moves to dynamic pricing next year. That is \
            what I have done for four years, and I would bring the experience of a rollout done \
            depot by depot.";
        let mut context = ctx("motivation", Structure::Reasons);
        context.question = Some("Why do you want to work here?");
        let s = score_answer(answer, &context);
        assert_eq!(s.story_framework(), None, "no STAR fit for a reason");
        assert!(
            s.breakdown
                .iter()
                .all(|line| !line.label.contains("stated")),
            "parts earn nothing here: {:#?}",
            s.breakdown
        );
        assert_eq!(
            s.delivery.hypothetical_phrases, 0,
            "\"I would bring\" is fine"
        );
        assert!(s.score >= 60, "{}: {:#?}", s.score, s.breakdown);
        assert!(
            s.gaps().iter().all(|g| matches!(g, Gap::Step(_))),
            "{:?}",
            s.gaps()
        );
    }

    #[test]
    fn json_has_the_documented_shape() {
        let s = score_answer(
            "I rang the client and agreed a new date. We hit it.",
            &ctx("prioritisation", Structure::Prioritisation),
        );
        let v = serde_json::to_value(&s).expect("serialises");
        for key in [
            "category",
            "framework",
            "components",
            "metrics",
            "delivery",
            "flags",
            "checklist",
            "score",
            "tips",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert!(v["checklist"]["agree_priorities"].as_bool().is_some());
        assert!(v["components"]["action"]["present"].as_bool().is_some());
        assert!(v["delivery"]["estimated_seconds"].as_u64().is_some());
    }
}
