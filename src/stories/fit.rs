//! Which of the candidate's stories fits a question best, as a coach would point out before
//! they answer: by the category's needs, by what the question itself asks about, and by tags.

use crate::bank::{Category, Structure};

use super::check::StoryCheck;
use super::coverage::Evidence;

/// Whether a real example helps answer a category's questions: any category of a story
/// structure, a user's own included, and reasons for wanting the job (backed by an example);
/// not salary or your own questions.
pub fn takes_a_story(category: &Category) -> bool {
    !matches!(category.structure, Structure::Salary | Structure::Questions)
}

/// The kinds of evidence a category's questions usually call for.
fn wanted_by(category: &str) -> &'static [Evidence] {
    use Evidence::*;
    match category {
        "depth_probing" => &[Ownership, FixesProblems, LearnsFast, Pressure],
        "prioritisation" => &[Pressure, Stakeholders],
        "scenario" => &[Pressure, FixesProblems, Stakeholders],
        "conflict" => &[Teamwork, Stakeholders],
        "integrity" => &[Failure, FixesProblems],
        "red_flag" => &[Failure, Ownership, LearnsFast],
        "motivation" => &[LearnsFast, Ownership],
        "culture_fit" => &[Teamwork, Stakeholders],
        _ => &[],
    }
}

/// A story suggested for a question, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub index: usize,
    pub title: String,
    /// "shows you handle pressure without chaos; tagged conflict".
    pub why: String,
}

/// The story that fits `question` in `category` best, if any fits at all. Ties go to the
/// stronger story. Categories not answered with a story ([`takes_a_story`]) get none.
pub fn best_story(stories: &[StoryCheck], category: &Category, question: &str) -> Option<Fit> {
    if !takes_a_story(category) {
        return None;
    }
    // A category of the user's own wants nothing in particular: the question and tags decide.
    let wanted = wanted_by(&category.id);
    // What the question itself asks about counts most ("a mistake", "a deadline").
    let asked: Vec<Evidence> = Evidence::ALL
        .into_iter()
        .filter(|e| e.found_in(question).is_some())
        .collect();
    let tag_for_category = category.id.replace('_', "-");
    let mut best: Option<(i32, u8, Fit)> = None;
    for (index, story) in stories.iter().enumerate() {
        let mut points = 0;
        let mut why: Vec<String> = Vec::new();
        for covered in &story.covers {
            let e = covered.evidence;
            if asked.contains(&e) {
                points += 3;
                why.push(format!("shows {}", e.describe()));
            } else if wanted.contains(&e) {
                points += 1;
                why.push(format!("shows {}", e.describe()));
            }
        }
        if story.tags.contains(&tag_for_category) {
            points += 2;
            why.push(format!("tagged {}", category.id));
        }
        if points == 0 {
            continue;
        }
        let score = story.score.score;
        let better = best
            .as_ref()
            .is_none_or(|(p, s, _)| points > *p || (points == *p && score > *s));
        if better {
            why.truncate(2);
            let fit = Fit {
                index,
                title: story.title.clone(),
                why: why.join("; "),
            };
            best = Some((points, score, fit));
        }
    }
    best.map(|(_, _, fit)| fit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use crate::stories::{Story, check_story};

    fn checked(stories: &[(&str, &str, &[&str])]) -> Vec<StoryCheck> {
        let bank = Bank::default_bank().expect("bank");
        let stories: Vec<Story> = stories
            .iter()
            .map(|(title, text, tags)| Story {
                title: (*title).into(),
                text: Some((*text).into()),
                tags: tags.iter().map(|t| (*t).to_owned()).collect(),
                ..Story::default()
            })
            .collect();
        stories.iter().map(|s| check_story(s, &bank)).collect()
    }

    #[test]
    fn the_question_words_and_the_category_choose_the_story() {
        let bank = Bank::default_bank().expect("bank");
        let stories = checked(&[
            (
                "Outage",
                "The site was down overnight and I led the fix under pressure.",
                &[],
            ),
            (
                "Late report",
                "I missed a deadline; that was on me. I apologised.",
                &[],
            ),
            ("Row", "My colleague and I disagreed about the design.", &[]),
        ]);
        let integrity = bank.category("integrity").expect("integrity");
        let fit =
            best_story(&stories, integrity, "Tell me about a mistake you made.").expect("a fit");
        assert_eq!(fit.title, "Late report");
        assert!(fit.why.contains("failure or mistake"), "{}", fit.why);

        let conflict = bank.category("conflict").expect("conflict");
        let fit =
            best_story(&stories, conflict, "Tell me about a time you pushed back.").expect("a fit");
        assert_eq!(fit.title, "Row");

        let salary = bank.category("salary").expect("salary");
        assert!(best_story(&stories, salary, "What are your expectations?").is_none());
    }

    #[test]
    fn a_tag_naming_the_category_counts() {
        let bank = Bank::default_bank().expect("bank");
        let stories = checked(&[
            ("A", "I wrote a report.", &[]),
            ("B", "I wrote a report.", &["culture_fit"]),
        ]);
        let culture = bank.category("culture_fit").expect("culture_fit");
        let fit =
            best_story(&stories, culture, "How would your team describe you?").expect("a fit");
        assert_eq!(fit.title, "B");
        assert!(fit.why.contains("tagged culture_fit"));
    }

    #[test]
    fn a_users_own_story_category_gets_a_story_from_the_question_and_tags() {
        let yaml = "id: nursing_handover\ntitle: Handovers\ntesting: Safe handovers.\n\
            structure: car\ntime_window:\n  min: 60\n  max: 90\nlisten_for:\n  - Facts.\n\
            questions:\n  - id: nh-1\n    text: Tell me about a handover that went wrong.\n\
            \n    follow_ups: [What changed?]\n    listen_for: [Ownership.]\n";
        let own = crate::bank::parse_category(yaml, crate::bank::Source::File("own.yaml".into()))
            .expect("a valid category");
        assert!(takes_a_story(&own));
        let stories = checked(&[
            ("A", "I wrote a report.", &[]),
            (
                "Handover",
                "I missed a drug chart at handover; that was on me.",
                &["nursing-handover"],
            ),
        ]);
        let fit = best_story(&stories, &own, "Tell me about a handover that went wrong.")
            .expect("a fit for the user's own category");
        assert_eq!(fit.title, "Handover");
    }
}
