//! Which kinds of evidence a story proves: the things a second interview checks a candidate
//! has a story for, found from cues in the story and from its tags.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::score::cue_pattern;

use super::file::Story;

/// What interviewers want at least one story to prove.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    LearnsFast,
    Pressure,
    Stakeholders,
    FixesProblems,
    Teamwork,
    Ownership,
    Failure,
}

impl Evidence {
    pub const ALL: [Evidence; 7] = [
        Evidence::LearnsFast,
        Evidence::Pressure,
        Evidence::Stakeholders,
        Evidence::FixesProblems,
        Evidence::Teamwork,
        Evidence::Ownership,
        Evidence::Failure,
    ];

    /// What a story for it proves, in a sentence's words.
    pub fn describe(self) -> &'static str {
        match self {
            Evidence::LearnsFast => "you learn fast and apply it correctly",
            Evidence::Pressure => "you handle pressure without chaos",
            Evidence::Stakeholders => "you communicate clearly with stakeholders",
            Evidence::FixesProblems => "you fix problems instead of hiding them",
            Evidence::Teamwork => "you work well with others without drama",
            Evidence::Ownership => "you take ownership beyond your task list",
            Evidence::Failure => "you can tell a failure or mistake and what you changed",
        }
    }

    /// A few words: "handles pressure".
    pub fn name(self) -> &'static str {
        match self {
            Evidence::LearnsFast => "learns fast",
            Evidence::Pressure => "handles pressure",
            Evidence::Stakeholders => "communicates with stakeholders",
            Evidence::FixesProblems => "fixes problems",
            Evidence::Teamwork => "works well with others",
            Evidence::Ownership => "takes ownership",
            Evidence::Failure => "owns a failure",
        }
    }

    /// A column heading of at most five characters.
    pub fn short(self) -> &'static str {
        match self {
            Evidence::LearnsFast => "learn",
            Evidence::Pressure => "press",
            Evidence::Stakeholders => "comms",
            Evidence::FixesProblems => "fixes",
            Evidence::Teamwork => "team",
            Evidence::Ownership => "owns",
            Evidence::Failure => "fail",
        }
    }

    /// The tag that claims it (`learns-fast`), as written in a stories file.
    pub fn tag(self) -> &'static str {
        match self {
            Evidence::LearnsFast => "learns-fast",
            Evidence::Pressure => "pressure",
            Evidence::Stakeholders => "stakeholders",
            Evidence::FixesProblems => "fixes-problems",
            Evidence::Teamwork => "teamwork",
            Evidence::Ownership => "ownership",
            Evidence::Failure => "failure",
        }
    }

    /// Other tags that mean the same.
    fn tag_aliases(self) -> &'static [&'static str] {
        match self {
            Evidence::LearnsFast => &["learning", "learn", "fast-learner", "learns"],
            Evidence::Pressure => &["deadline", "deadlines", "crisis", "urgent"],
            Evidence::Stakeholders => &["communication", "stakeholder", "communicates"],
            Evidence::FixesProblems => &["problem-solving", "fix", "fixes", "problem"],
            Evidence::Teamwork => &["collaboration", "team", "conflict"],
            Evidence::Ownership => &["initiative", "owns", "leadership"],
            Evidence::Failure => &["mistake", "integrity", "failed"],
        }
    }

    fn cue(self) -> &'static Regex {
        // Declared in the order of ALL, so the discriminant is the index.
        &CUES[self as usize]
    }

    /// Whether `text` (a story or a question) speaks of it; the words that do.
    pub fn found_in(self, text: &str) -> Option<String> {
        self.cue().find(text).map(|m| m.as_str().to_owned())
    }
}

/// Cues per kind of evidence, in the order of [`Evidence::ALL`]: the verbs and situations a
/// story of that kind is told with, not the words of any one story.
static CUES: LazyLock<[Regex; 7]> = LazyLock::new(|| {
    [
        cue_pattern(
            r"(?i)\b(taught (myself|me)|picked (it|them|up) ?(up)?|got up to speed|ramp(ed)? up|crash course|read up on|learn(ed|t)? (how to use|to use|the basics|enough|the new|a new)|new to (the|me|it)|(had )?never (used|done|worked with|written)|first time (i|we)|a new (tool|language|system|codebase|domain|framework|role|team)|studied|applied what)\b",
        ),
        cue_pattern(
            r"(?i)\b(deadlines?|under pressure|pressure|urgent(ly)?|outage|incident|crisis|escalat(ed|ion)|overnight|last[- ]minute|at short notice|the (night|day) before|tight (deadline|timeline|schedule)|time was short|down for|on fire|busiest)\b",
        ),
        cue_pattern(
            r"(?i)\b(stakeholders?|clients?|customers?|directors?|vp|executives?|leadership|the board|sponsors?|product owners?|head of|briefed|presented|explained (it|the|our|why|what|how)|kept (them|him|her|everyone|the [a-z]+) (informed|posted|updated|in the loop)|(weekly|daily|regular) updates?|status (report|update)|walked (them|him|her|the [a-z]+) through|set expectations|wrote (a|up) (summary|memo|note|proposal))\b",
        ),
        cue_pattern(
            r"(?i)\b(fix(ed|ing)?|root cause|spotted|noticed (a|an|the|that)|flagged|raised (it|the|a)|found (a|the|an) (bug|error|problem|issue|gap|mistake|flaw)|corrected|resolved|repaired|traced|diagnos(ed|is)|debugged|put right|owned up)\b",
        ),
        cue_pattern(
            r"(?i)\b(together|with (my|the|our) (team|colleagues?|teammates?|peers)|paired|collaborat(ed|ing|ion)|helped (a|my|the|our|him|her|them)|colleagues?|teammates?|disagree(d|ment)?|conflict|compromise|agreed (on|with|a)|brought (the|everyone|both)|(sat|met) down with|listened|common ground|mentored|supported)\b",
        ),
        cue_pattern(
            r"(?i)\b(took (ownership|it on|charge|the lead|responsibility)|on my own initiative|volunteered|(nobody|no one) (owned|was (doing|handling|looking at|fixing|responsible)|else (would|was|wanted)|wanted)|outside my (role|job|remit)|not (my|part of my) (job|role)|stepped (in|up)|without being asked|i (set up|started|proposed|built|created|introduced|organised|organized|wrote|led))\b",
        ),
        cue_pattern(
            r"(?i)\b(my mistake|i made (a|the) mistake|(a|the) mistake (i|was mine)|i (got it wrong|got [a-z]+ wrong|missed (a|the|our|my)|forgot|overlooked|misjudged|underestimated|misread|broke)|that was on me|(my|our) fault|(i|we) failed|went wrong|i should have|owned up|admitted|apologi[sz]ed)\b",
        ),
    ]
});

/// Why a story counts for a kind of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "by", content = "words")]
pub enum Reason {
    /// Tagged so by the candidate.
    Tag(String),
    /// Words of the story that speak of it.
    Cue(String),
}

impl Reason {
    pub fn describe(&self) -> String {
        match self {
            Reason::Tag(tag) => format!("tagged {tag}"),
            Reason::Cue(words) => format!("\"{words}\""),
        }
    }
}

/// The kinds of evidence a story proves, each with its reason; a tag wins over a cue.
pub fn coverage(story: &Story) -> Vec<(Evidence, Reason)> {
    let tags: Vec<String> = story.normalised_tags().collect();
    let text = story.telling();
    Evidence::ALL
        .into_iter()
        .filter_map(|evidence| {
            let tagged = tags
                .iter()
                .find(|t| *t == evidence.tag() || evidence.tag_aliases().contains(&t.as_str()));
            let reason = match tagged {
                Some(tag) => Reason::Tag(tag.clone()),
                None => Reason::Cue(evidence.found_in(&text)?),
            };
            Some((evidence, reason))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(text: &str, tags: &[&str]) -> Vec<Evidence> {
        let story = Story {
            title: "t".into(),
            text: Some(text.into()),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Story::default()
        };
        coverage(&story).into_iter().map(|(e, _)| e).collect()
    }

    #[test]
    fn cues_find_the_kinds_of_evidence() {
        assert_eq!(
            told(
                "I had never used Terraform, so I taught myself over a weekend.",
                &[]
            ),
            [Evidence::LearnsFast]
        );
        assert_eq!(
            told(
                "The site was down for an hour and the client escalated.",
                &[]
            ),
            [Evidence::Pressure, Evidence::Stakeholders]
        );
        assert_eq!(
            told("I misjudged the estimate; that was on me.", &[]),
            [Evidence::Failure]
        );
        assert_eq!(
            told("Nobody owned the flaky tests, so I set up a rota.", &[]),
            [Evidence::Ownership]
        );
        assert!(told("It was a sunny day.", &[]).is_empty());
    }

    #[test]
    fn each_kind_of_evidence_has_its_own_cue() {
        for (i, e) in Evidence::ALL.into_iter().enumerate() {
            assert_eq!(e as usize, i, "ALL is in declaration order");
        }
    }

    #[test]
    fn tags_count_and_are_read_loosely() {
        let story = Story {
            title: "t".into(),
            text: Some("Plain words.".into()),
            tags: vec!["Fixes_Problems".into(), "mistake".into()],
            ..Story::default()
        };
        let found = coverage(&story);
        assert_eq!(
            found,
            [
                (
                    Evidence::FixesProblems,
                    Reason::Tag("fixes-problems".into())
                ),
                (Evidence::Failure, Reason::Tag("mistake".into())),
            ]
        );
    }

    #[test]
    fn cue_words_are_quoted_from_the_story() {
        let text = "We agreed on a plan together.";
        let story = Story {
            title: "t".into(),
            text: Some(text.into()),
            ..Story::default()
        };
        for (_, reason) in coverage(&story) {
            let Reason::Cue(words) = reason else {
                panic!("no tags given")
            };
            assert!(text.contains(&words));
        }
    }
}
