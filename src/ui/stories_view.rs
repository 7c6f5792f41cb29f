//! How the story bank looks: the list, the coverage matrix with its gaps and weakest stories,
//! and the note after adding one.

use std::fmt::Write as _;
use std::path::Path;

use crate::stories::{ENOUGH_STORIES, Evidence, STORY_WINDOW, StoriesReport, Story, StoryCheck};

use super::session_view::duration;
use super::{Palette, sanitize, wrap};

const WIDTH: usize = 84;
const INDENT: &str = "   ";
const TITLE_WIDTH: usize = 28;

/// A title cut to fit its column.
fn title_cell(title: &str) -> String {
    let title = sanitize(title);
    if title.chars().count() <= TITLE_WIDTH {
        title
    } else {
        let cut: String = title.chars().take(TITLE_WIDTH - 1).collect();
        format!("{cut}…")
    }
}

/// "C A R L" for the parts a story was written in, or "text".
fn parts_cell(story: &Story) -> String {
    if story.text.is_some() {
        return "text".to_owned();
    }
    [
        (&story.context, "C"),
        (&story.action, "A"),
        (&story.result, "R"),
        (&story.learning, "L"),
    ]
    .iter()
    .map(|(part, letter)| if part.is_some() { *letter } else { "·" })
    .collect::<Vec<_>>()
    .join(" ")
}

fn seconds(check: &StoryCheck) -> String {
    duration(f64::from(check.score.delivery.estimated_seconds))
}

/// `rehearse stories list`.
pub fn render_story_list(
    stories: &[Story],
    checked: &[StoryCheck],
    path: &Path,
    p: &Palette,
) -> String {
    let mut out = format!(
        "{}\n\n",
        p.heading.apply_to(format!(
            "━━ Your stories: {} in {}",
            stories.len(),
            path.display()
        ))
    );
    let _ = writeln!(
        out,
        "{INDENT}{:>2}  {:<TITLE_WIDTH$}  {:<8} {:>10}  {:>5}  TAGS",
        "#", "TITLE", "PARTS", "TIME", "SCORE"
    );
    for (i, (story, check)) in stories.iter().zip(checked).enumerate() {
        let line = format!(
            "{INDENT}{:>2}  {:<TITLE_WIDTH$}  {:<8} {:>10}  {:>5}  {}",
            i + 1,
            title_cell(&story.title),
            parts_cell(story),
            seconds(check),
            check.score.score,
            sanitize(&story.tags.join(", "))
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(
        out,
        "\n{INDENT}{}",
        p.dim.apply_to(
            "`rehearse stories check` shows what they prove, the gaps, and what to strengthen."
        )
    );
    out
}

/// `rehearse stories check`: the matrix, coverage with reasons, gaps, weakest and too long.
pub fn render_check(report: &StoriesReport, path: &Path, p: &Palette) -> String {
    let n = report.stories.len();
    let mut out = format!(
        "{}\n\n",
        p.heading
            .apply_to(format!("━━ Your stories: {n} in {}", path.display()))
    );
    let mut header = format!(
        "{INDENT}{:>2}  {:<TITLE_WIDTH$}  {:>5} {:>10} ",
        "#", "STORY", "SCORE", "TIME"
    );
    for e in Evidence::ALL {
        let _ = write!(header, " {:^5}", e.short());
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for (i, s) in report.stories.iter().enumerate() {
        let mut line = format!(
            "{INDENT}{:>2}  {:<TITLE_WIDTH$}  {:>5} {:>10} ",
            i + 1,
            title_cell(&s.title),
            s.score.score,
            seconds(s)
        );
        for e in Evidence::ALL {
            let mark = if s.covers(e).is_some() {
                p.good.apply_to("  ✓  ").to_string()
            } else {
                p.dim.apply_to("  ·  ").to_string()
            };
            let _ = write!(line, " {mark}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }

    let _ = writeln!(out, "\n{}", p.heading.apply_to("━━ Coverage"));
    for e in Evidence::ALL {
        let proving: Vec<String> = report
            .stories
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                s.covers(e)
                    .map(|reason| format!("{} {}", i + 1, sanitize(&reason.describe())))
            })
            .collect();
        let covered = !proving.is_empty();
        let detail = if covered {
            proving.join("; ")
        } else {
            p.dim.apply_to("no story yet").to_string()
        };
        let mark = if covered {
            p.good.apply_to("✓")
        } else {
            p.bad.apply_to("✗")
        };
        let _ = writeln!(
            out,
            "{INDENT}{mark} {:<5} {}",
            e.short(),
            wrap(
                &format!("{}: {detail}", e.describe()),
                WIDTH - 8,
                &format!("{INDENT}        ")
            )
        );
    }

    let _ = writeln!(out, "\n{}", p.heading.apply_to("━━ Gaps"));
    if report.gaps.is_empty() {
        let _ = writeln!(out, "{INDENT}None: every kind of evidence has a story.");
    }
    for e in &report.gaps {
        let _ = writeln!(
            out,
            "{INDENT}{} {}",
            p.bad.apply_to("✗"),
            wrap(
                &format!(
                    "Nothing shows that {}. Add one: `rehearse stories add --tags {}`",
                    e.describe(),
                    e.tag()
                ),
                WIDTH - 2,
                &format!("{INDENT}  ")
            )
        );
    }
    if n < ENOUGH_STORIES {
        let _ = writeln!(
            out,
            "{INDENT}{}",
            wrap(
                &format!(
                    "You have {n} stor{}; have six to eight ready, so every kind of question finds one.",
                    if n == 1 { "y" } else { "ies" }
                ),
                WIDTH,
                INDENT
            )
        );
    }

    let _ = writeln!(out, "\n{}", p.heading.apply_to("━━ Weakest stories"));
    if report.weakest.is_empty() {
        let _ = writeln!(
            out,
            "{INDENT}None under 70: practise telling them out loud."
        );
    }
    for &i in &report.weakest {
        let s = &report.stories[i];
        let tip = s
            .score
            .tips
            .first()
            .map_or_else(String::new, |t| format!(" Tip: {}", sanitize(t)));
        let _ = writeln!(
            out,
            "{INDENT}{}",
            wrap(
                &format!(
                    "{} {}: {}/100 (scored as {}).{tip}",
                    i + 1,
                    sanitize(&s.title),
                    s.score.score,
                    s.scored_as
                ),
                WIDTH,
                &format!("{INDENT}  ")
            )
        );
    }

    let long: Vec<(usize, &StoryCheck)> = report
        .stories
        .iter()
        .enumerate()
        .filter(|(_, s)| s.too_long)
        .collect();
    if !long.is_empty() {
        let _ = writeln!(out, "\n{}", p.heading.apply_to("━━ Too long to tell"));
        for (i, s) in long {
            let _ = writeln!(
                out,
                "{INDENT}{}",
                wrap(
                    &format!(
                        "{} {}: about {} to tell; cut it to {} s and let them ask for more.",
                        i + 1,
                        sanitize(&s.title),
                        seconds(s),
                        STORY_WINDOW.max
                    ),
                    WIDTH,
                    &format!("{INDENT}  ")
                )
            );
        }
    }
    out
}

/// After `rehearse stories add`: where it went, its score, what it proves and the top tip.
pub fn render_added(check: &StoryCheck, path: &Path, count: usize, p: &Palette) -> String {
    let mut out = format!(
        "\n{} to {} (story {count}).\n",
        p.heading
            .apply_to(format!("Saved \"{}\"", sanitize(&check.title))),
        path.display()
    );
    let _ = writeln!(
        out,
        "{INDENT}Score {}/100 (scored as {}) · about {} to tell (aim for {} to {} s)",
        check.score.score,
        check.scored_as,
        seconds(check),
        STORY_WINDOW.min,
        STORY_WINDOW.max
    );
    let shows: Vec<String> = check
        .covers
        .iter()
        .map(|c| format!("{} ({})", c.evidence.describe(), c.reason.describe()))
        .collect();
    let shows = if shows.is_empty() {
        "none of the evidence interviewers look for yet; add tags or say what you did".to_owned()
    } else {
        shows.join("; ")
    };
    let _ = writeln!(
        out,
        "{INDENT}{}",
        wrap(
            &sanitize(&format!("Shows: {shows}")),
            WIDTH,
            &format!("{INDENT}       ")
        )
    );
    if let Some(tip) = check.score.tips.first() {
        let _ = writeln!(
            out,
            "{INDENT}{} {}",
            p.emphasis.apply_to("Tip:"),
            wrap(&sanitize(tip), WIDTH - 5, &format!("{INDENT}     "))
        );
    }
    let _ = writeln!(
        out,
        "{INDENT}{}",
        p.dim
            .apply_to("Next: `rehearse stories check` shows what all your stories cover.")
    );
    out
}
