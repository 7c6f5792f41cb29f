//! How saved sessions look in the terminal: the list, one question's attempts side by side,
//! and each category's trend as a chart.

use std::fmt::Write as _;

use crate::review::export::readable_time;
use crate::review::{Attempt, CategoryProgress, RECENT_SESSIONS, SessionRow};
use crate::score::Part;
use crate::session::Ending;

use super::session_view::{answer_text, duration, parts_column, tip_line};
use super::{Palette, sanitize, wrap};

const WIDTH: usize = 84;
const INDENT: &str = "   ";

/// `rehearse review`: one line per session, newest first.
pub fn render_session_list(rows: &[SessionRow], older: usize, p: &Palette) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{INDENT}{:<8}{:<18}{:<22}{:>8}{:>9}  {:<12} CATEGORIES",
        "ID", "STARTED", "KIND", "ANSWERED", "AVERAGE", "STATUS"
    );
    for row in rows {
        let started = readable_time(&sanitize(&row.started_at));
        let started = started.strip_suffix(" UTC").unwrap_or(&started);
        let average = row
            .average
            .map_or_else(|| "-".to_owned(), |a| format!("{a:.0}"));
        let status = match row.ending {
            Ending::Completed => "done",
            Ending::EndedEarly => "ended early",
            Ending::InProgress => "unfinished",
        };
        let kind: String = sanitize(&row.mode).chars().take(21).collect();
        let line = format!(
            "{INDENT}{:<8}{started:<18}{kind:<22}{:>8}{average:>9}  {status:<12} {}",
            sanitize(&row.id),
            format!("{}/{}", row.answered, row.planned),
            sanitize(&row.categories.join(", "))
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if older > 0 {
        let _ = writeln!(
            out,
            "{INDENT}{}",
            p.dim.apply_to(format!(
                "… and {older} older (rehearse review --limit {})",
                rows.len() + older
            ))
        );
    }
    let _ = writeln!(
        out,
        "\n{INDENT}{}",
        p.dim
            .apply_to("Show one: rehearse review show ID (or latest) · trends: rehearse progress")
    );
    out
}

/// `rehearse review compare`: every attempt at one question, then each answer in turn.
pub fn render_attempts(question_id: &str, attempts: &[Attempt], p: &Palette) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        p.heading
            .apply_to(format!("━━ Every attempt at {}", sanitize(question_id)))
    );
    if let Some(last) = attempts.last() {
        let _ = writeln!(
            out,
            "{INDENT}{}",
            wrap(&sanitize(&last.question.question), WIDTH, INDENT)
        );
    }
    let _ = writeln!(
        out,
        "\n{INDENT}{:>2}  {:<18}{:<8}{:>6}  {:<22}{:<11}{:>7}",
        "#", "DATE", "SESSION", "SCORE", "TIME", "PARTS", "NUMBERS"
    );
    for (i, attempt) in attempts.iter().enumerate() {
        let started = readable_time(&sanitize(&attempt.started_at));
        let started = started.strip_suffix(" UTC").unwrap_or(&started).to_owned();
        let id = sanitize(&attempt.session_id);
        let line = match attempt.answer() {
            None => format!(
                "{INDENT}{:>2}  {started:<18}{:<8}{:>6}",
                i + 1,
                id,
                "skipped"
            ),
            Some(a) => format!(
                "{INDENT}{:>2}  {started:<18}{:<8}{:>6}  {:<22}{:<11}{:>7}",
                i + 1,
                id,
                a.score.score,
                duration(a.clock_seconds()),
                parts_column(a),
                a.score.metrics.len()
            ),
        };
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let answered: Vec<_> = attempts.iter().filter_map(Attempt::answer).collect();
    if let (Some(first), Some(last)) = (answered.first(), answered.last())
        && answered.len() > 1
    {
        let change = i32::from(last.score.score) - i32::from(first.score.score);
        let _ = writeln!(
            out,
            "\n{INDENT}Change: {change:+} since the first answer ({} → {}).",
            first.score.score, last.score.score
        );
        let moved = |from: &crate::session::Answer, to: &crate::session::Answer| {
            Part::ALL
                .into_iter()
                .filter(|&part| !from.score.part(part).present && to.score.part(part).present)
                .map(Part::name)
                .collect::<Vec<_>>()
        };
        let gained = moved(first, last);
        let lost = moved(last, first);
        if !gained.is_empty() {
            let _ = writeln!(out, "{INDENT}Now there: the {}.", gained.join(", the "));
        }
        if !lost.is_empty() {
            let _ = writeln!(out, "{INDENT}No longer there: the {}.", lost.join(", the "));
        }
    }
    for (i, attempt) in attempts.iter().enumerate() {
        let Some(a) = attempt.answer() else { continue };
        let _ = writeln!(
            out,
            "\n{INDENT}{}",
            p.heading.apply_to(format!(
                "Attempt {} · {} · {}/100",
                i + 1,
                readable_time(&sanitize(&attempt.started_at)),
                a.score.score
            ))
        );
        out.push_str(&answer_text(&a.text, p));
        out.push_str(&tip_line(&a.score, p));
    }
    out
}

/// Scores 0 to 100 as one of eight bar heights.
fn spark(score: f64) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    BARS[((score.clamp(0.0, 100.0) / 100.0 * 7.0).round() as usize).min(7)]
}

/// Sessions shown in a trend line at most.
const SPARK_SESSIONS: usize = 30;

/// `rehearse progress`: a line per category, or a full chart for one.
pub fn render_progress(categories: &[CategoryProgress], detailed: bool, p: &Palette) -> String {
    let mut out = String::new();
    for c in categories {
        let shown = &c.sessions[c.sessions.len().saturating_sub(SPARK_SESSIONS)..];
        let line: String = shown.iter().map(|s| spark(s.average)).collect();
        let trend = match c.earlier_average {
            Some(before) => format!(
                "last {} {:.0} · before {before:.0} ({:+.0})",
                RECENT_SESSIONS.min(c.sessions.len()),
                c.recent_average,
                c.recent_average - before
            ),
            None => format!("average {:.0}", c.recent_average),
        };
        let name: String = sanitize(&c.category).chars().take(16).collect();
        let _ = writeln!(
            out,
            "\n{INDENT}{} {line:<width$}  {trend} · {} answer{}",
            p.heading.apply_to(format!("{name:<16}")),
            c.answers,
            if c.answers == 1 { "" } else { "s" },
            width = SPARK_SESSIONS.min(12)
        );
        if detailed {
            out.push_str(&chart(c, p));
        }
        let gaps: Vec<String> = c
            .gaps
            .iter()
            .take(if detailed { 5 } else { 2 })
            .map(|(gap, n, of)| {
                let category = sanitize(&c.category);
                let gap = gap.describe();
                match (*n, *of) {
                    (_, 1) => format!("{gap} in your one {category} answer"),
                    (n, of) if n == of => {
                        format!("{gap} in any of your last {of} {category} answers")
                    }
                    (n, of) => format!("{gap} in {n} of your last {of} {category} answers"),
                }
            })
            .collect();
        for gap in gaps {
            let _ = writeln!(out, "{INDENT}{:17}{}", "", p.dim.apply_to(gap));
        }
    }
    out
}

/// Rows of the detailed chart, from 100 down to 0.
const CHART_ROWS: usize = 10;
/// Sessions in the detailed chart at most.
const CHART_SESSIONS: usize = 24;

/// A dot per session on a 0 to 100 scale, dates under the first and the last.
fn chart(c: &CategoryProgress, p: &Palette) -> String {
    let shown = &c.sessions[c.sessions.len().saturating_sub(CHART_SESSIONS)..];
    let rows: Vec<usize> = shown
        .iter()
        .map(|s| (s.average.clamp(0.0, 100.0) / 100.0 * CHART_ROWS as f64).round() as usize)
        .collect();
    let mut out = String::from("\n");
    for level in (0..=CHART_ROWS).rev() {
        let label = if level % 2 == 0 {
            format!("{:>3}", level * 100 / CHART_ROWS)
        } else {
            "   ".to_owned()
        };
        let dots: String = rows
            .iter()
            .map(|&r| if r == level { " ● " } else { "   " })
            .collect();
        let _ = writeln!(
            out,
            "{INDENT}{} ┤{}",
            p.dim.apply_to(label),
            dots.trim_end()
        );
    }
    let _ = writeln!(out, "{INDENT}    └{}", "─".repeat(rows.len() * 3));
    if let (Some(first), Some(last)) = (shown.first(), shown.last()) {
        let date = |s: &str| s.get(..10).unwrap_or(s).to_owned();
        let (from, to) = (date(&first.started_at), date(&last.started_at));
        let gap = (rows.len() * 3)
            .saturating_sub(from.len() + to.len())
            .max(2);
        let dates = if shown.len() > 1 {
            format!("{from}{}{to}", " ".repeat(gap))
        } else {
            from
        };
        let _ = writeln!(out, "{INDENT}     {}", sanitize(&dates));
    }
    out
}
