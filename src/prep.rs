//! The one-page prep sheet for the minutes before an interview: the strongest stories with
//! their results, the gaps in story coverage, the weakest categories lately and what to
//! remember for each, the questions to ask, and a 30/60/90-day outline to fill in.

use std::fmt::Write as _;

use crate::bank::{Bank, Structure};
use crate::review::export::inline;
use crate::review::{CategoryProgress, RECENT_SESSIONS};
use crate::score::{Aim, HESITATION_QUESTION, QuestionsFeedback, judge_questions};
use crate::stories::StoriesReport;

/// Stories shown at most.
const STRONGEST: usize = 5;
/// Weakest categories shown at most.
const WEAKEST: usize = 3;
/// Questions to ask, at most.
const QUESTIONS: usize = 5;

/// Everything the sheet is made from.
pub struct PrepInputs<'a> {
    /// The date it was made, as `YYYY-MM-DD`.
    pub date: &'a str,
    pub stories: &'a StoriesReport,
    /// Every category practised, from the saved sessions.
    pub progress: &'a [CategoryProgress],
    pub bank: &'a Bank,
    /// Strong questions the candidate asked in past sessions, newest first.
    pub asked_before: &'a [String],
}

/// The sheet as Markdown. Every section says what to do when there is nothing to show yet.
pub fn prep_sheet(inputs: &PrepInputs<'_>) -> String {
    let mut out = format!(
        "# Interview prep sheet\n\n*Made by rehearse on {}. Read it in the 15 minutes before you go in.*\n",
        inputs.date
    );
    stories_section(&mut out, inputs.stories);
    gaps_section(&mut out, inputs.stories);
    weakest_section(&mut out, inputs);
    questions_section(&mut out, inputs);
    out.push_str(PLAN_OUTLINE);
    out
}

fn stories_section(out: &mut String, report: &StoriesReport) {
    out.push_str("\n## Your strongest stories\n\n");
    if report.stories.is_empty() {
        out.push_str("*No stories yet. Add six to eight with `rehearse stories add`, then make this sheet again.*\n");
        return;
    }
    let mut order: Vec<usize> = (0..report.stories.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(report.stories[i].score.score));
    for (rank, &i) in order.iter().take(STRONGEST).enumerate() {
        let s = &report.stories[i];
        let result = s
            .result_line
            .as_deref()
            .map_or_else(|| "*no result stated yet*".to_owned(), inline);
        let _ = writeln!(
            out,
            "{}. **{}** ({}/100): {result}",
            rank + 1,
            inline(&s.title),
            s.score.score
        );
        let shows: Vec<&str> = s.covers.iter().map(|c| c.evidence.name()).collect();
        if !shows.is_empty() {
            let _ = writeln!(out, "   *Proves: {}.*", shows.join(", "));
        }
    }
}

fn gaps_section(out: &mut String, report: &StoriesReport) {
    out.push_str("\n## Gaps in your stories\n\n");
    if report.stories.is_empty() {
        out.push_str("*Add stories first: `rehearse stories check` then shows what they cover.*\n");
        return;
    }
    if report.gaps.is_empty() {
        out.push_str("None: a story proves each thing interviewers look for.\n");
    }
    for gap in &report.gaps {
        let _ = writeln!(
            out,
            "- No story shows that {}: think of one before you go in.",
            gap.describe()
        );
    }
}

fn weakest_section(out: &mut String, inputs: &PrepInputs<'_>) {
    out.push_str("\n## Weakest categories lately\n\n");
    let mut practised: Vec<&CategoryProgress> = inputs
        .progress
        .iter()
        .filter(|c| {
            inputs
                .bank
                .category(&c.category)
                .is_none_or(|cat| cat.structure != Structure::Questions)
        })
        .collect();
    if practised.is_empty() {
        out.push_str("*No practice sessions yet: run `rehearse mock`, and this section will name your weakest categories.*\n");
        return;
    }
    practised.sort_by(|a, b| a.recent_average.total_cmp(&b.recent_average));
    for (i, c) in practised.into_iter().take(WEAKEST).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let category = inputs.bank.category(&c.category);
        let title = category.map_or_else(|| inline(&c.category), |cat| inline(&cat.title));
        let sessions = c.sessions.len().min(RECENT_SESSIONS);
        let _ = writeln!(
            out,
            "### {title}: {:.0}/100 over your last {sessions} session{}\n",
            c.recent_average,
            if sessions == 1 { "" } else { "s" }
        );
        if let Some((gap, n, of)) = c.gaps.first() {
            let _ = writeln!(
                out,
                "- Remember: {} ({} in {n} of your last {of} answers)",
                gap.advice(),
                gap.describe()
            );
        }
        if let Some(listen) = category.and_then(|cat| cat.listen_for.first()) {
            let _ = writeln!(out, "- They listen for: {}", inline(listen));
        }
        let _ = writeln!(out, "- Practise: `rehearse drill {}`", c.category);
    }
}

fn questions_section(out: &mut String, inputs: &PrepInputs<'_>) {
    out.push_str("\n## Questions to ask them\n\n");
    let mut chosen: Vec<String> = Vec::new();
    let push = |q: &str, chosen: &mut Vec<String>| {
        let key = q.trim().to_lowercase();
        if chosen.len() < QUESTIONS && !chosen.iter().any(|c| c.to_lowercase() == key) {
            chosen.push(inline(q));
        }
    };
    for q in inputs.asked_before {
        push(q, &mut chosen);
    }
    let yours = chosen.len();
    // Fill the aims not yet covered with the bank's strong examples, each judged once (a
    // question has one aim, so adding one example never covers another aim).
    let examples: Vec<(&str, QuestionsFeedback)> = inputs
        .bank
        .categories()
        .iter()
        .filter(|c| c.structure == Structure::Questions)
        .flat_map(|c| &c.questions)
        .filter(|q| q.quality == Some(crate::bank::Quality::Strong))
        .map(|q| (q.text.as_str(), judge_questions(&q.text)))
        .collect();
    let yours_judged = judge_questions(&chosen.join("\n"));
    for aim in [Aim::Expectations, Aim::Risks, Aim::WorkingStyle] {
        if yours_judged.has(aim) {
            continue;
        }
        if let Some((example, _)) = examples.iter().find(|(_, judged)| judged.has(aim)) {
            push(example, &mut chosen);
        }
    }
    for (i, q) in chosen.iter().enumerate() {
        let from = if i < yours { "" } else { " *(from the bank)*" };
        let _ = writeln!(out, "{}. {q}{from}", i + 1);
    }
    if yours == 0 {
        out.push_str(
            "\n*None of your own yet: `rehearse drill questions_to_ask` practises asking them.*\n",
        );
    }
    let _ = writeln!(
        out,
        "\nEnd with: \"{HESITATION_QUESTION}\" Then listen, and answer any doubt calmly."
    );
}

/// The outline of the first three months, to fill in for this role.
const PLAN_OUTLINE: &str = "
## Your first 90 days (fill in for this role)

### Days 1-30: understand and stabilise
- How this team defines good work, and the tools and processes behind it: ...
- The people my work depends on, and who depends on mine: ...
- One small win that removes friction: ...
- Success measures agreed with my manager: ...

### Days 31-60: deliver reliably
- The core work I will own end to end: ...
- One process, report or workflow to improve, and how I will show the difference: ...
- The steps I will write down so quality does not depend on memory: ...

### Days 61-90: improve and scale
- What I will raise (speed, quality, customer satisfaction) and by how much: ...
- The avoidable errors or escalations I will cut: ...
- One or two bigger improvements to propose, with their cost and benefit: ...

*Do not announce a plan. If it helps, offer: \"I can walk you through how I would approach the first 90 days.\"*
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stories::check_stories;

    #[test]
    fn an_empty_sheet_says_what_to_do_in_every_section() {
        let bank = Bank::default_bank().expect("bank");
        let report = check_stories(&[], &bank);
        let sheet = prep_sheet(&PrepInputs {
            date: "2026-11-22",
            stories: &report,
            progress: &[],
            bank: &bank,
            asked_before: &[],
        });
        assert!(sheet.contains("`rehearse stories add`"));
        assert!(sheet.contains("`rehearse mock`"));
        assert!(sheet.contains("`rehearse drill questions_to_ask`"));
        assert!(sheet.contains("Days 1-30: understand and stabilise"));
        // The bank fills each aim of a strong set of questions.
        let questions = sheet
            .split("## Questions to ask them")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("questions section");
        let judged = judge_questions(questions);
        assert!(judged.has(Aim::Expectations), "{questions}");
        assert!(judged.has(Aim::Risks), "{questions}");
    }
}
