//! Measuring the scorer against labelled answers: precision, recall and F1 per part, per
//! checklist item, for badmouthing and for metric spans matched by overlap.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::bank::Bank;
use crate::score::{AnswerContext, Part, Score, score_answer};

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledAnswer {
    pub id: String,
    pub category: String,
    pub question: String,
    pub answer: String,
    pub labels: Labels,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub situation: bool,
    pub task: bool,
    pub action: bool,
    pub result: bool,
    pub learning: bool,
    #[serde(default)]
    pub metrics: Vec<String>,
    #[serde(default)]
    pub non_metric_numbers: Vec<String>,
    pub badmouthing: bool,
    #[serde(default)]
    pub checklist: BTreeMap<String, bool>,
}

impl Labels {
    fn part(&self, part: Part) -> bool {
        match part {
            Part::Situation => self.situation,
            Part::Task => self.task,
            Part::Action => self.action,
            Part::Result => self.result,
            Part::Learning => self.learning,
        }
    }
}

#[derive(Deserialize)]
struct LabelledFile {
    items: Vec<LabelledAnswer>,
}

pub fn load_labelled(text: &str) -> Result<Vec<LabelledAnswer>, serde_yaml::Error> {
    serde_yaml::from_str::<LabelledFile>(text).map(|f| f.items)
}

/// True/false positives and negatives for one yes-or-no label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Counts {
    fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// Metric spans: a predicted span is right if it overlaps a labelled one; a labelled span is
/// found if any predicted span overlaps it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanCounts {
    pub predicted: usize,
    pub predicted_right: usize,
    pub labelled: usize,
    pub labelled_found: usize,
    /// Labelled non-metric numbers that the scorer took for metrics.
    pub non_metrics_taken: usize,
    pub non_metrics: usize,
}

impl SpanCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_right, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.labelled_found, self.labelled)
    }

    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub items: usize,
    pub parts: BTreeMap<&'static str, Counts>,
    pub checklist: BTreeMap<String, Counts>,
    pub badmouthing: Counts,
    pub metrics: SpanCounts,
    /// One line per wrong call, for tuning: `id label: predicted X, labelled Y`.
    pub mistakes: Vec<String>,
}

fn macro_f1<'a>(counts: impl Iterator<Item = &'a Counts>) -> f64 {
    let f1s: Vec<f64> = counts.map(Counts::f1).collect();
    if f1s.is_empty() {
        0.0
    } else {
        f1s.iter().sum::<f64>() / f1s.len() as f64
    }
}

impl Report {
    pub fn parts_macro_f1(&self) -> f64 {
        macro_f1(self.parts.values())
    }

    pub fn checklist_macro_f1(&self) -> f64 {
        macro_f1(self.checklist.values())
    }

    /// A plain table of every figure.
    pub fn table(&self, title: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{title}: {} answers", self.items);
        let _ = writeln!(
            out,
            "{:<28} {:>9} {:>7} {:>6}",
            "label", "precision", "recall", "F1"
        );
        let row = |out: &mut String, name: &str, p: f64, r: f64, f: f64| {
            let _ = writeln!(out, "{name:<28} {p:>9.2} {r:>7.2} {f:>6.2}");
        };
        for (name, c) in &self.parts {
            row(&mut out, name, c.precision(), c.recall(), c.f1());
        }
        let _ = writeln!(
            out,
            "{:<28} {:>24.2}",
            "parts macro-F1",
            self.parts_macro_f1()
        );
        for (name, c) in &self.checklist {
            row(&mut out, name, c.precision(), c.recall(), c.f1());
        }
        let _ = writeln!(
            out,
            "{:<28} {:>24.2}",
            "checklist macro-F1",
            self.checklist_macro_f1()
        );
        row(
            &mut out,
            "badmouthing",
            self.badmouthing.precision(),
            self.badmouthing.recall(),
            self.badmouthing.f1(),
        );
        let m = &self.metrics;
        row(
            &mut out,
            "metric spans (overlap)",
            m.precision(),
            m.recall(),
            m.f1(),
        );
        let _ = writeln!(
            out,
            "non-metric numbers taken for metrics: {} of {}",
            m.non_metrics_taken, m.non_metrics
        );
        out
    }
}

/// Scores every labelled answer with the bank's category settings and compares.
pub fn evaluate(items: &[LabelledAnswer], bank: &Bank) -> Report {
    let mut report = Report {
        items: items.len(),
        ..Report::default()
    };
    for item in items {
        let Some(category) = bank.category(&item.category) else {
            report
                .mistakes
                .push(format!("{}: unknown category {}", item.id, item.category));
            continue;
        };
        let score = score_answer(
            &item.answer,
            &AnswerContext::new(category, Some(&item.question)),
        );
        compare(item, &score, &mut report);
    }
    report
}

fn compare(item: &LabelledAnswer, score: &Score, report: &mut Report) {
    for part in Part::ALL {
        let predicted = score.part(part).present;
        let actual = item.labels.part(part);
        report
            .parts
            .entry(part.name())
            .or_default()
            .add(predicted, actual);
        if predicted != actual {
            let evidence = score
                .part(part)
                .evidence
                .first()
                .cloned()
                .unwrap_or_default();
            report.mistakes.push(format!(
                "{} {}: predicted {predicted}, labelled {actual} {evidence:?}",
                item.id,
                part.name()
            ));
        }
    }
    for (name, actual) in &item.labels.checklist {
        let predicted = score.checklist.get(name).is_some_and(|i| i.met);
        report
            .checklist
            .entry(name.clone())
            .or_default()
            .add(predicted, *actual);
        if predicted != *actual {
            report.mistakes.push(format!(
                "{} {name}: predicted {predicted}, labelled {actual}",
                item.id
            ));
        }
    }
    report
        .badmouthing
        .add(score.flags.badmouthing, item.labels.badmouthing);
    if score.flags.badmouthing != item.labels.badmouthing {
        report.mistakes.push(format!(
            "{} badmouthing: predicted {}, labelled {} {:?}",
            item.id,
            score.flags.badmouthing,
            item.labels.badmouthing,
            score.flags.badmouthing_evidence
        ));
    }

    let predicted: Vec<(usize, usize)> = score.metrics.iter().map(|m| (m.start, m.end)).collect();
    let gold: Vec<Vec<(usize, usize)>> = item
        .labels
        .metrics
        .iter()
        .map(|t| occurrences(&item.answer, t))
        .collect();
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let m = &mut report.metrics;
    m.predicted += predicted.len();
    m.labelled += gold.len();
    for p in &predicted {
        if gold.iter().flatten().any(|g| overlaps(*p, *g)) {
            m.predicted_right += 1;
        } else {
            report.mistakes.push(format!(
                "{} metric: extra {:?}",
                item.id,
                &item.answer[p.0..p.1]
            ));
        }
    }
    for (text, spans) in item.labels.metrics.iter().zip(&gold) {
        if spans
            .iter()
            .any(|g| predicted.iter().any(|p| overlaps(*p, *g)))
        {
            m.labelled_found += 1;
        } else {
            report
                .mistakes
                .push(format!("{} metric: missed {text:?}", item.id));
        }
    }
    for text in &item.labels.non_metric_numbers {
        m.non_metrics += 1;
        let taken = occurrences(&item.answer, text).into_iter().any(|n| {
            predicted.iter().any(|p| overlaps(*p, n))
                && !gold.iter().flatten().any(|g| overlaps(n, *g))
        });
        if taken {
            m.non_metrics_taken += 1;
            report
                .mistakes
                .push(format!("{} metric: non-metric taken {text:?}", item.id));
        }
    }
}

fn occurrences(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    haystack
        .match_indices(needle)
        .map(|(i, s)| (i, i + s.len()))
        .collect()
}
