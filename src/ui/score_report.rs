//! The human report for one scored answer: parts with evidence, metrics, delivery, checklist,
//! red flags, the breakdown and the tips.

use std::fmt::Write as _;

use crate::score::{Pace, Part, QuestionsFeedback, Score, Verdict, expected_parts};

use super::{Palette, sanitize, wrap};

const WIDTH: usize = 88;

pub(super) fn quoted(text: &str) -> String {
    format!("\"{}\"", sanitize(text))
}

pub(super) fn tick(palette: &Palette, yes: bool) -> String {
    if yes {
        palette.good.apply_to("✓").to_string()
    } else {
        palette.bad.apply_to("✗").to_string()
    }
}

pub(super) fn pace_words(pace: Pace) -> &'static str {
    match pace {
        Pace::Short => "under the window: probably thin",
        Pace::Within => "inside the window",
        Pace::Long => "a little over the window",
        Pace::Rambling => "far over the window: rambling",
    }
}

/// Each question the candidate asked with its verdict, the words that decided it and why, one
/// block per question, every line starting with `indent`.
pub(super) fn judged_questions(
    p: &Palette,
    feedback: &QuestionsFeedback,
    indent: &str,
    width: usize,
) -> String {
    let mut out = String::new();
    let inner = format!("{indent}    ");
    for q in &feedback.asked {
        let mark = match q.verdict {
            Verdict::Strong(_) => p.good.apply_to("✓").to_string(),
            Verdict::Fine => p.dim.apply_to("·").to_string(),
            Verdict::Generic | Verdict::NotAQuestion => p.bad.apply_to("✗").to_string(),
        };
        let _ = writeln!(
            out,
            "{indent}{mark} {} {}",
            p.emphasis.apply_to(format!("{}:", q.verdict.label())),
            wrap(
                &quoted(&q.text),
                width.saturating_sub(indent.len() + 12),
                &inner
            )
        );
        let why = match &q.evidence {
            Some(words) => format!("{} ({})", q.why, quoted(words)),
            None => q.why.clone(),
        };
        let _ = writeln!(
            out,
            "{inner}{}",
            p.dim
                .apply_to(wrap(&why, width.saturating_sub(inner.len()), &inner))
        );
    }
    out
}

/// Renders the full report. `question` is shown when given.
pub fn render(score: &Score, question: Option<&str>, palette: &Palette) -> String {
    let mut out = String::new();
    let fits = score
        .story_framework()
        .map(|framework| format!("  ·  fits {}", framework.label()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}  ·  {}{fits}",
        palette
            .heading
            .apply_to(format!("Score {}/100", score.score)),
        score.category,
    );
    if let Some(q) = question {
        let _ = writeln!(
            out,
            "{}",
            palette
                .dim
                .apply_to(wrap(&format!("Question: {}", sanitize(q)), WIDTH, "  "))
        );
    }

    // Salary, reasons and your own questions are judged by their checklist, not as a story.
    let parts: &[Part] = if expected_parts(score.structure).is_empty() {
        &[]
    } else {
        &Part::ALL
    };
    if !parts.is_empty() {
        let _ = writeln!(out, "\n{}", palette.heading.apply_to("Parts"));
    }
    for &part in parts {
        let finding = score.part(part);
        let detail = match finding.evidence.first() {
            Some(e) if finding.present => quoted(e),
            _ => palette.dim.apply_to(missing_part_hint(part)).to_string(),
        };
        let _ = writeln!(
            out,
            "  {} {:<10} {}",
            tick(palette, finding.present),
            part.name(),
            wrap(&detail, WIDTH - 15, "               ")
        );
    }

    let _ = writeln!(out, "\n{}", palette.heading.apply_to("Measurable results"));
    if score.metrics.is_empty() {
        let _ = writeln!(out, "  {}", palette.dim.apply_to("none stated"));
    }
    for m in &score.metrics {
        let _ = writeln!(out, "  • {} ({})", quoted(&m.text), m.kind.name());
    }

    let d = &score.delivery;
    let _ = writeln!(out, "\n{}", palette.heading.apply_to("Delivery"));
    let _ = writeln!(
        out,
        "  {} words, about {} s to say: {} ({} to {} s)",
        d.words,
        d.estimated_seconds,
        pace_words(d.pace),
        d.window.min,
        d.window.max
    );
    let list = |items: &[crate::score::Counted]| {
        items
            .iter()
            .map(|c| format!("{} ×{}", sanitize(&c.text), c.count))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        out,
        "  fillers {}{}  ·  hedges {}{}  ·  \"I\" {}  ·  \"we\" {}",
        d.fillers,
        if d.fillers > 0 {
            format!(" ({})", list(&d.filler_words))
        } else {
            String::new()
        },
        d.hedges,
        if d.hedges > 0 {
            format!(" ({})", list(&d.hedge_words))
        } else {
            String::new()
        },
        d.i_count,
        d.we_count
    );
    if d.hypothetical_phrases > 0 {
        let _ = writeln!(
            out,
            "  \"I would\" {} in an answer that asked for a real example",
            times(d.hypothetical_phrases)
        );
    }

    if !score.checklist.items().is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            palette
                .heading
                .apply_to(format!("Checklist for {}", score.category))
        );
        let width = score
            .checklist
            .items()
            .iter()
            .map(|i| i.name.len())
            .max()
            .unwrap_or(0);
        for item in score.checklist.items() {
            let detail = match &item.evidence {
                Some(e) if item.met => quoted(e),
                _ if item.met => String::new(),
                _ => palette.dim.apply_to(&*item.hint).to_string(),
            };
            let indent = " ".repeat(width + 7);
            let _ = writeln!(
                out,
                "  {} {:<width$}  {}",
                tick(palette, item.met),
                item.name,
                wrap(&detail, WIDTH.saturating_sub(width + 7), &indent)
            );
        }
    }

    if let Some(asked) = &score.asked {
        let _ = writeln!(
            out,
            "\n{}",
            palette.heading.apply_to("Your questions, one by one")
        );
        if asked.asked.is_empty() {
            let _ = writeln!(out, "  {}", palette.dim.apply_to("no questions asked"));
        }
        out.push_str(&judged_questions(palette, asked, "  ", WIDTH));
    }

    let f = &score.flags;
    if f.badmouthing || f.cliche_weakness {
        let _ = writeln!(out, "\n{}", palette.heading.apply_to("Red flags"));
        for e in &f.badmouthing_evidence {
            let _ = writeln!(
                out,
                "  {} badmouthing or blame: {}",
                palette.bad.apply_to("!"),
                quoted(e)
            );
        }
        for e in &f.cliche_evidence {
            let _ = writeln!(
                out,
                "  {} clichéd weakness: {}",
                palette.bad.apply_to("!"),
                quoted(e)
            );
        }
    }

    let _ = writeln!(
        out,
        "\n{}",
        palette.heading.apply_to("How the score adds up")
    );
    for line in &score.breakdown {
        let points = if line.max > 0 {
            format!("{:>3}/{:<3}", line.points, line.max)
        } else {
            format!("{:>3}    ", line.points)
        };
        let evidence = line
            .evidence
            .as_deref()
            .map(|e| format!("  {}", palette.dim.apply_to(quoted(e))))
            .unwrap_or_default();
        let _ = writeln!(out, "  {points} {}{evidence}", line.label);
    }

    let _ = writeln!(out, "\n{}", palette.heading.apply_to("What to fix first"));
    if score.tips.is_empty() {
        let _ = writeln!(
            out,
            "  Nothing stands out: practise saying it out loud inside the window."
        );
    }
    for (i, tip) in score.tips.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {}. {}",
            i + 1,
            wrap(&sanitize(tip), WIDTH - 5, "     ")
        );
    }
    out
}

pub(super) fn missing_part_hint(part: Part) -> &'static str {
    match part {
        Part::Situation => "no specific situation: when, where, what was going on?",
        Part::Task => "no stated goal or responsibility",
        Part::Action => "no concrete steps you took",
        Part::Result => "no stated outcome",
        Part::Learning => "no lesson or changed habit",
    }
}

/// "once", "twice", "3 times".
fn times(n: usize) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}
