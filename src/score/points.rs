//! Turning findings into a 0 to 100 score a person can check line by line, and into the few
//! tips that would improve the answer most.

use serde::{Deserialize, Serialize};

use super::asking::QuestionsFeedback;
use super::checklist::ChecklistItem;
use super::delivery::{Delivery, Pace};
use super::flags::Flags;
use super::metrics::{Metric, in_results};
use super::parts::{Part, Parts};
use super::text::QuestionKind;
use crate::bank::Structure;

/// One line of the breakdown: what earned (or cost) points, and the words behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreLine {
    pub label: String,
    pub points: i32,
    pub max: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// Everything the score and the tips are computed from.
pub struct Inputs<'a> {
    pub structure: Structure,
    pub kind: QuestionKind,
    pub parts: &'a Parts,
    pub metrics: &'a [Metric],
    pub delivery: &'a Delivery,
    pub flags: &'a Flags,
    pub checklist: &'a [ChecklistItem],
    pub asked: Option<&'a QuestionsFeedback>,
}

/// How the 100 points are shared out for a structure: parts, metrics, checklist, delivery.
struct Weights {
    parts: i32,
    metrics: i32,
    checklist: i32,
    delivery: i32,
}

fn weights(structure: Structure) -> Weights {
    match structure {
        Structure::Star | Structure::Car | Structure::Carl | Structure::Starl => Weights {
            parts: 50,
            metrics: 15,
            checklist: 20,
            delivery: 15,
        },
        Structure::Prioritisation | Structure::Scenario => Weights {
            parts: 20,
            metrics: 10,
            checklist: 50,
            delivery: 20,
        },
        Structure::Salary | Structure::Reasons | Structure::Questions => Weights {
            parts: 0,
            metrics: 0,
            checklist: 70,
            delivery: 30,
        },
    }
}

/// The parts a structure expects.
pub fn expected_parts(structure: Structure) -> &'static [Part] {
    match structure {
        Structure::Star => &[Part::Situation, Part::Task, Part::Action, Part::Result],
        Structure::Car => &[Part::Situation, Part::Action, Part::Result],
        Structure::Carl => &[Part::Situation, Part::Action, Part::Result, Part::Learning],
        Structure::Starl => &[
            Part::Situation,
            Part::Task,
            Part::Action,
            Part::Result,
            Part::Learning,
        ],
        Structure::Prioritisation => &[Part::Situation, Part::Action, Part::Result],
        Structure::Scenario => &[Part::Action],
        Structure::Salary | Structure::Reasons | Structure::Questions => &[],
    }
}

/// Whether a stated metric sits inside the result's evidence.
pub fn result_has_metric(parts: &Parts, metrics: &[Metric]) -> bool {
    metrics.iter().any(|m| {
        parts
            .result
            .evidence
            .iter()
            .any(|e| e.contains(m.text.as_str()))
    })
}

const BADMOUTHING_PENALTY: i32 = 15;
const CLICHE_PENALTY: i32 = 10;
const HYPOTHETICAL_PENALTY: i32 = 5;

/// The evidence on one line (an answer typed or saved with line breaks keeps them in its
/// sentences), cut to a length a breakdown line can hold.
fn quote(evidence: &str) -> String {
    const MAX: usize = 90;
    // One pass that stops at the cut: scoring builds a dozen of these for every answer.
    let mut out = String::with_capacity(MAX + 4);
    let mut kept = 0;
    let mut in_space = false;
    for c in evidence.trim().chars() {
        if c.is_whitespace() {
            in_space = true;
            continue;
        }
        let space = in_space && !out.is_empty();
        if kept + usize::from(space) + 1 > MAX {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            kept += 1;
        }
        in_space = false;
        out.push(c);
        kept += 1;
    }
    out
}

pub fn total(inputs: &Inputs<'_>) -> (u8, Vec<ScoreLine>) {
    let Inputs {
        structure,
        kind,
        parts,
        metrics,
        delivery,
        flags,
        checklist,
        asked: _,
    } = *inputs;
    let w = weights(structure);
    let mut lines = Vec::new();
    if delivery.words == 0 {
        lines.push(ScoreLine {
            label: "no answer given".into(),
            points: 0,
            max: 100,
            evidence: None,
        });
        return (0, lines);
    }

    // Parts: the structure's parts share the part points equally.
    let expected = expected_parts(structure);
    let mut parts_max = w.parts;
    let metrics_max = w.metrics;
    if expected.is_empty() {
        parts_max = 0;
    }
    let mut checklist_max = w.checklist;
    if checklist.is_empty() {
        parts_max += checklist_max;
        checklist_max = 0;
    }
    let share = |max: i32, n: usize, i: usize| -> i32 {
        let n = n as i32;
        max / n + i32::from((i as i32) < max % n)
    };
    for (i, part) in expected.iter().enumerate() {
        let finding = parts.get(*part);
        let max = share(parts_max, expected.len(), i);
        lines.push(ScoreLine {
            label: format!("{} stated", part.name()),
            points: if finding.present { max } else { 0 },
            max,
            evidence: finding.evidence.first().map(|e| quote(e)),
        });
    }

    // Metrics: full marks for a number in the result, half for a number elsewhere.
    if metrics_max > 0 {
        let in_result = in_results(metrics, &parts.result.evidence);
        let (points, evidence) = match (in_result, metrics.first()) {
            (Some(m), _) => (metrics_max, Some(m.text.clone())),
            (None, Some(m)) => (metrics_max / 2, Some(m.text.clone())),
            (None, None) => (0, None),
        };
        lines.push(ScoreLine {
            label: "measurable result".into(),
            points,
            max: metrics_max,
            evidence,
        });
    }

    // Checklist: the category's items share its points.
    for (i, item) in checklist.iter().enumerate() {
        let max = share(checklist_max, checklist.len(), i);
        lines.push(ScoreLine {
            label: format!("checklist: {}", item.name),
            points: if item.met { max } else { 0 },
            max,
            evidence: item.evidence.as_deref().map(quote),
        });
    }

    // Delivery: two thirds for time in the window, one third for clean speech.
    let time_max = w.delivery * 2 / 3;
    let clean_max = w.delivery - time_max;
    let time_points = match delivery.pace {
        Pace::Within => time_max,
        Pace::Long => time_max * 2 / 3,
        Pace::Rambling => time_max / 4,
        Pace::Short => {
            let fraction =
                f64::from(delivery.estimated_seconds) / f64::from(delivery.window.min.max(1));
            (f64::from(time_max) * fraction).floor() as i32
        }
    };
    lines.push(ScoreLine {
        label: format!(
            "about {} s to say (window {} to {} s)",
            delivery.estimated_seconds, delivery.window.min, delivery.window.max
        ),
        points: time_points,
        max: time_max,
        evidence: None,
    });
    let noise = delivery.fillers + delivery.hedges;
    let per_100 = noise as f64 * 100.0 / delivery.words.max(1) as f64;
    let clean_points = if per_100 <= 2.0 {
        clean_max
    } else if per_100 <= 5.0 {
        clean_max / 2
    } else {
        0
    };
    lines.push(ScoreLine {
        label: format!(
            "clean delivery ({} fillers, {} hedges)",
            delivery.fillers, delivery.hedges
        ),
        points: clean_points,
        max: clean_max,
        evidence: None,
    });

    // Red flags cost points.
    if flags.badmouthing {
        lines.push(ScoreLine {
            label: "badmouthing or blaming others".into(),
            points: -BADMOUTHING_PENALTY,
            max: 0,
            evidence: flags.badmouthing_evidence.first().cloned(),
        });
    }
    if flags.cliche_weakness {
        lines.push(ScoreLine {
            label: "clichéd weakness".into(),
            points: -CLICHE_PENALTY,
            max: 0,
            evidence: flags.cliche_evidence.first().cloned(),
        });
    }
    if kind == QuestionKind::Behavioural
        && delivery.hypothetical_phrases > 0
        && !parts.action.present
    {
        lines.push(ScoreLine {
            label: "\"I would\" instead of what you did".into(),
            points: -HYPOTHETICAL_PENALTY,
            max: 0,
            evidence: None,
        });
    }

    let sum: i32 = lines.iter().map(|l| l.points).sum();
    (sum.clamp(0, 100) as u8, lines)
}

/// What to do about a missing part, as a tip.
pub fn part_advice(part: Part) -> &'static str {
    match part {
        Part::Situation => "Open with one specific situation: when, where and what was at stake.",
        Part::Task => "Say what your goal or responsibility was (\"my job was to...\").",
        Part::Action => {
            "Say what you did, step by step, with \"I\": concrete actions, not habits or effort (\"I usually...\", \"I worked hard\")."
        }
        Part::Result => {
            "Your answer never says how it ended: finish with the result, what changed because of what you did."
        }
        Part::Learning => "Close with what you learned, or what you do differently since.",
    }
}

pub fn tips(inputs: &Inputs<'_>) -> Vec<String> {
    let Inputs {
        structure,
        kind,
        parts,
        metrics,
        delivery,
        flags,
        checklist,
        asked,
    } = *inputs;
    if delivery.words == 0 {
        return vec![
            "Nothing to score yet: give your answer, out loud or typed, then score it.".into(),
        ];
    }
    let expected = expected_parts(structure);
    let expects = |p: Part| expected.contains(&p);
    let mut tips: Vec<String> = Vec::new();

    if let Some(words) = flags.badmouthing_evidence.first() {
        tips.push(format!(
            "\"{words}\" sounds like blaming or badmouthing. Say what happened neutrally and what you did about it."
        ));
    }
    if let Some(words) = flags.cliche_evidence.first() {
        tips.push(format!(
            "\"{words}\" is a clichéd weakness. Name a real one and what you do to manage it."
        ));
    }
    if expects(Part::Action) && !parts.action.present {
        if kind == QuestionKind::Behavioural && delivery.hypothetical_phrases > 0 {
            tips.push("They asked for a real example: tell one time, in the past tense, and what you did step by step (not what you would do).".into());
        } else if kind == QuestionKind::Behavioural {
            tips.push(part_advice(Part::Action).into());
        } else {
            tips.push("Lay out concrete steps: what you would do first, then next.".into());
        }
    }
    if expects(Part::Result) && !parts.result.present {
        tips.push(part_advice(Part::Result).into());
    } else if expects(Part::Result) && !result_has_metric(parts, metrics) {
        tips.push("Your result has no number: how did you measure success?".into());
    }
    if let Some(asked) = asked {
        // A stronger question to add says more than the checklist item it would tick.
        tips.extend(asked.tips.iter().cloned());
    } else if let Some(missing) = checklist.iter().find(|i| !i.met) {
        tips.push(format!("The method for this question: {}.", missing.hint));
    }
    if expects(Part::Situation) && !parts.situation.present {
        tips.push(part_advice(Part::Situation).into());
    }
    if expects(Part::Learning) && !parts.learning.present {
        tips.push(part_advice(Part::Learning).into());
    }
    if expects(Part::Task) && !parts.task.present {
        tips.push(part_advice(Part::Task).into());
    }
    if delivery.mostly_we() {
        tips.push(format!(
            "Mostly \"we\" ({} times against {} \"I\"): say what you did yourself.",
            delivery.we_count, delivery.i_count
        ));
    }
    match delivery.pace {
        Pace::Short => tips.push(format!(
            "At about {} s this is under the {} to {} s window: add the detail that proves it.",
            delivery.estimated_seconds, delivery.window.min, delivery.window.max
        )),
        Pace::Rambling => tips.push(format!(
            "At about {} s this runs well past the {} s limit: cut the scene-setting and get to what you did.",
            delivery.estimated_seconds, delivery.window.max
        )),
        Pace::Long | Pace::Within => {}
    }
    if delivery.fillers >= 3 {
        let list: Vec<String> = delivery
            .filler_words
            .iter()
            .map(|c| format!("\"{}\"", c.text))
            .collect();
        tips.push(format!(
            "{} filler words ({}): pause instead.",
            delivery.fillers,
            list.join(", ")
        ));
    }
    tips.truncate(3);
    tips
}

#[cfg(test)]
mod tests {
    use super::quote;

    /// What `quote` must equal: the evidence on one line, cut at 90 characters.
    fn reference(evidence: &str) -> String {
        let one_line = evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.chars().count() <= 90 {
            one_line
        } else {
            let cut: String = one_line.chars().take(90).collect();
            format!("{}…", cut.trim_end())
        }
    }

    #[test]
    fn quotes_are_one_line_and_cut_at_ninety_characters() {
        let word = "abcdefghi ";
        for extra in 0..25 {
            for text in [
                word.repeat(9) + &"x".repeat(extra),
                format!(
                    "  {}\n\n{}  ",
                    "é".repeat(85 + extra),
                    "word ".repeat(extra)
                ),
                "line one\nline two".to_owned(),
                "x".repeat(89 + extra % 3) + " y",
            ] {
                assert_eq!(quote(&text), reference(&text), "{text:?}");
            }
        }
        assert_eq!(
            quote("We have not had a code error\nsince."),
            "We have not had a code error since."
        );
    }
}
