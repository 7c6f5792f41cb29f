//! The transcript as Markdown, to paste into notes.

use std::fmt::Write as _;

use crate::score::{QuestionsFeedback, expected_parts};
use crate::session::{Answer, QuestionRecord, Reply, Summary};
use crate::transcript::Transcript;
use crate::ui::sanitize;
use crate::ui::session_view::{duration, parts_column};

use super::{Export, readable_time, seed_words};

pub struct Markdown;

impl Export for Markdown {
    fn export(&self, t: &Transcript) -> String {
        let s = &t.session;
        let summary = Summary::of(s);
        let mut out = format!(
            "# {} · {}\n\n",
            inline(&s.mode.title()),
            readable_time(&inline(&t.started_at))
        );
        let ending = s.ending.describe();
        let _ = writeln!(
            out,
            "- Session `{}`{} · {} of {} questions answered · {ending}",
            inline(&t.id),
            seed_words(s),
            summary.answered,
            s.planned
        );
        if let Some(avg) = summary.average {
            let _ = writeln!(out, "- Average score: **{avg:.0}/100**");
        }
        for q in &s.questions {
            question(&mut out, q);
        }
        match &s.candidate_questions_feedback {
            Some(judged) => {
                out.push_str("\n## Your questions for them\n\n");
                if judged.asked.is_empty() {
                    out.push_str("*None asked.*\n");
                }
                judged_questions(&mut out, judged);
                for tip in &judged.tips {
                    let _ = writeln!(out, "- **Tip:** {}", inline(tip));
                }
            }
            // Saved before questions were judged.
            None if !s.candidate_questions.is_empty() => {
                out.push_str("\n## Your questions for them\n\n");
                for c in &s.candidate_questions {
                    let _ = writeln!(out, "- {}", inline(c));
                }
            }
            None => {}
        }
        out.push_str("\n## Summary\n\n| # | Category | Score | Parts |\n|---|---|---|---|\n");
        for (row, q) in summary.rows.iter().zip(&s.questions) {
            let score = row.score.map_or("skipped".to_owned(), |n| n.to_string());
            let parts = q.reply.answer().map(parts_column).unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {score} | {parts} |",
                row.number,
                cell(&row.category)
            );
        }
        out
    }
}

fn question(out: &mut String, q: &QuestionRecord) {
    let _ = writeln!(
        out,
        "\n## {}. {}\n\n*{}*\n",
        q.number,
        inline(&q.question),
        inline(&q.category)
    );
    let Reply::Answered(answer) = &q.reply else {
        out.push_str("*(skipped)*\n");
        return;
    };
    quote(out, &answer.text);
    feedback(out, answer);
    for f in &q.follow_ups {
        let _ = writeln!(
            out,
            "\n### Follow-up: {}\n\n*Asked because {}.*\n",
            inline(&f.follow_up.text),
            inline(&f.follow_up.because)
        );
        match &f.reply {
            Reply::Skipped => out.push_str("*(skipped)*\n"),
            Reply::Answered(reply) => {
                quote(out, &reply.text);
                let verdict = match f.filled_by.as_deref() {
                    Some("") => "✓ That answers it.".to_owned(),
                    Some(words) => format!("✓ That fills the gap: \"{}\"", inline(words)),
                    None => "✗ Not yet.".to_owned(),
                };
                let _ = writeln!(out, "\n{verdict} Score {}/100.", reply.score.score);
            }
        }
    }
}

/// Each question asked, with its verdict and why.
fn judged_questions(out: &mut String, judged: &QuestionsFeedback) {
    for q in &judged.asked {
        let words = q
            .evidence
            .as_deref()
            .map(|e| format!(" (\"{}\")", inline(e)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {} **{}:** {} · {}{words}",
            mark(q.verdict.is_strong()),
            q.verdict.label(),
            inline(&q.text),
            inline(&q.why)
        );
    }
}

fn feedback(out: &mut String, answer: &Answer) {
    let score = &answer.score;
    let expected = expected_parts(score.structure);
    let fits = score
        .story_framework()
        .map(|framework| format!(" · fits {}", framework.label()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "\n**Score {}/100**{fits} · about {} to say (aim for {} to {} s)\n",
        score.score,
        duration(answer.speaking_seconds),
        score.delivery.window.min,
        score.delivery.window.max
    );
    if !expected.is_empty() {
        out.push_str("| Part | | Evidence |\n|---|---|---|\n");
        for &part in expected {
            let finding = score.part(part);
            let evidence = finding
                .evidence
                .first()
                .filter(|_| finding.present)
                .map(|e| format!("\"{}\"", cell(e)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {evidence} |",
                part.name(),
                mark(finding.present)
            );
        }
        out.push('\n');
    }
    let items = score.checklist.items();
    if !items.is_empty() {
        let list: Vec<String> = items
            .iter()
            .map(|i| format!("{} {}", mark(i.met), i.name))
            .collect();
        let _ = writeln!(out, "- **Checklist:** {}", list.join(", "));
    }
    if let Some(judged) = &score.asked {
        judged_questions(out, judged);
    }
    let numbers: Vec<String> = score
        .metrics
        .iter()
        .map(|m| format!("\"{}\" ({})", inline(&m.text), m.kind.name()))
        .collect();
    let _ = writeln!(
        out,
        "- **Numbers:** {}",
        if numbers.is_empty() {
            "none stated".to_owned()
        } else {
            numbers.join(", ")
        }
    );
    for e in score
        .flags
        .badmouthing_evidence
        .iter()
        .chain(&score.flags.cliche_evidence)
    {
        let _ = writeln!(out, "- **Red flag:** \"{}\"", inline(e));
    }
    for (i, tip) in score.tips.iter().enumerate() {
        let label = if i == 0 { "- **Tip:**" } else { "- Also:" };
        let _ = writeln!(out, "{label} {}", inline(tip));
    }
}

fn mark(yes: bool) -> &'static str {
    if yes { "✓" } else { "✗" }
}

/// The answer as a block quote, line by line.
fn quote(out: &mut String, text: &str) {
    for line in sanitize(text.trim()).lines() {
        if line.trim().is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {}", line.trim_end());
        }
    }
}

/// Text on one line: no line breaks, nothing that could drive a terminal.
pub(crate) fn inline(text: &str) -> String {
    sanitize(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text inside a table cell: one line, pipes escaped.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}
