//! Judging the questions a candidate asks the interviewer: strong ones confirm what success
//! looks like, bring a risk into the open or show how the candidate will work; generic ones
//! could be asked anywhere or are answered on the company's home page.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::cues::pattern;

/// What a strong question achieves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aim {
    /// What success, the early outcomes or great performance look like.
    Expectations,
    /// The hard parts, constraints, where work breaks, or their hesitation about you.
    Risks,
    /// How the team works, decides and wants to be kept informed.
    WorkingStyle,
}

impl Aim {
    pub fn describe(self) -> &'static str {
        match self {
            Aim::Expectations => "confirms what success looks like",
            Aim::Risks => "brings a risk into the open",
            Aim::WorkingStyle => "shows how you will work with them",
        }
    }
}

/// How a question the candidate asked lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "aim")]
pub enum Verdict {
    Strong(Aim),
    /// Specific enough, but it neither confirms expectations nor surfaces a risk.
    Fine,
    /// A question the guides warn against in a second interview.
    Generic,
    /// Not a question at all ("No, I think you've covered everything").
    NotAQuestion,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Strong(_) => "strong",
            Verdict::Fine => "fine",
            Verdict::Generic => "generic",
            Verdict::NotAQuestion => "not a question",
        }
    }

    pub fn is_strong(self) -> bool {
        matches!(self, Verdict::Strong(_))
    }
}

/// One question as asked, with the verdict, the words that decided it and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskedQuestion {
    /// The question as typed (an exact substring of what was asked).
    pub text: String,
    #[serde(flatten)]
    pub verdict: Verdict,
    /// The words that decided the verdict, when a cue did.
    pub evidence: Option<String>,
    pub why: String,
}

/// Every question judged, and what would make the set stronger.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QuestionsFeedback {
    pub asked: Vec<AskedQuestion>,
    /// Most important first: a stronger question to add, or a note on the set.
    pub tips: Vec<String>,
}

impl QuestionsFeedback {
    pub fn has(&self, aim: Aim) -> bool {
        self.asked.iter().any(|q| q.verdict == Verdict::Strong(aim))
    }

    pub fn strong(&self) -> impl Iterator<Item = &AskedQuestion> {
        self.asked.iter().filter(|q| q.verdict.is_strong())
    }
}

struct Cue {
    regex: LazyLock<Regex>,
    why: &'static str,
}

macro_rules! cue {
    ($re:expr, $why:expr) => {
        Cue {
            regex: LazyLock::new(|| pattern($re)),
            why: $why,
        }
    };
}

/// Questions the guides warn against, with the reason given to the candidate.
static GENERIC: [Cue; 6] = [
    cue!(
        r"(?i)\b(culture like|what('s| is) (it|the team|the company|the office) like|do you (like|enjoy) (working|it) here|what do you (like|enjoy) (most )?about (working|it) here)\b",
        "too broad: any candidate could ask it anywhere, and the answer will be a polite generality"
    ),
    cue!(
        r"(?i)\b(what (does|do) (the|your) (company|business|firm|organi[sz]ation|team) (actually )?(do|sell|make)|how many (people|employees|staff|offices|customers)|when was (the|your) (company|business|firm) (founded|started|set up)|where (is|are) (the|your) (office|offices|headquarters|hq)|who (founded|owns) (the|your) (company|business)|what (products|services) do you (sell|make|offer)|head office|competitors?|how (big|large|old) is (the|your) (company|business|firm|organi[sz]ation)|(company|company's|business's|your) (mission|vision|history)|what is (the|your) (mission|vision))\b",
        "the company's home page answers it; asking shows you have not looked"
    ),
    cue!(
        r"(?i)\b(next steps?|when will i (hear|find out|know)|hear back|(make|made|making) (a|the|your) (decision|choice)|what happens next|how did i do|did i do (ok|okay|well|alright|all right)|did i get (it|the job)|the (timeline|process) from here)\b",
        "fine to close on, but it earns you nothing: it is about the process, not the role"
    ),
    cue!(
        r"(?i)\b(holidays?|vacation|time off|annual leave|pay rises?|salary review|bonus(es)?|perks|benefits|how (soon|quickly|fast) can i be promoted|promotions?|leave early|days? (at|from|working from) home|work from home|parking|gym|free (food|lunch|snacks|drinks)|company car|pension|dress code|what time|start(ing)? time|finish(ing)? time|working hours|office hours)\b",
        "about what you get rather than what you would do: leave it until there is an offer"
    ),
    cue!(
        r"(?i)^(?:[^.]*\b)?(do|have) you (have )?any (concerns|worries|doubts)\??$",
        "too vague to answer well: ask what gives them hesitation about your fit for this role, and be ready to answer calmly"
    ),
    cue!(
        r"(?i)\b(is (it|this) a good (company|place)|are you (happy|hiring))\b",
        "a closed question that invites a polite yes"
    ),
];

/// What makes a question strong, by what it achieves.
static STRONG: [(Aim, Cue); 3] = [
    (
        Aim::Risks,
        cue!(
            r"(?i)\b(hardest|toughest|most difficult|challenges?|challenging|constraints?|obstacles?|struggled?|struggles|gets? in the way|blockers?|risks?|handovers?|hand-?offs?|break down|breaks|(gets?|got) dropped|fall(s)? through|hesitations?|reservations?|concerns? about (my|me|how i)|(gap|gaps) in my|why (is|was) (the|this) (role|position|job) (open|vacant|available)|(person|people) before|previous (person|holder|people)|left (the|this) (role|job)|turnover|keeps you up|pain points?|what would you change|going wrong|behind schedule|under pressure|slow(ing|s)? [a-z ]{0,15}down|holding [a-z ]{0,15}back|would not guess|wouldn't guess|not in the (advert|job description)|wish (you|i) had known|expected to hear|doubts? in your mind|doubts? about (my|me|how i)|what has changed|(changed|changes|changing) in the (team|business|role)|stall(s|ed)?|stuck|bottlenecks?|friction|delays?|worr(y|ies|ied|ying)|kept you from|hard to (fill|hire|keep)|tensions?|difficult(y|ies)?|frustrat(es|ed|ing|ion|ions)|regret|firefight(ing)?|underestimat(e|ed|es)|(leave|left|quit) (the|this) (team|role|job|company)|leav(e|ing) (the|this)|(fail|fails|failed|failing)|go(es)? wrong|problems? (with|in|for) (the|this|your)|biggest problem|slow(er|est)?)\b",
            "brings a risk in the role into the open before you accept"
        ),
    ),
    (
        Aim::Expectations,
        cue!(
            r"(?i)\b(first (30|60|90|thirty|sixty|ninety|few|two|three|six) (days|weeks|months)|(30|60|90|ninety)[- ]days?|(six|6|three|3|twelve|12) months (from now|in|time)|success(ful)?|great performance|(good|great|excellent) (looks|would look)|looks? like (here|in this role|for this role)|(top|main|most important|biggest|key) (outcomes?|priorities|goals?|objectives?)|outcomes?|glad (you|they) (hired|picked|chose)|(great|good|right) (decision|hire)|measured|judged? (on|by)|expect(ed)? (from|of) (me|this role|the role|the person|someone)|(learn|know) first|useful (fast|quickly)|strongest person|stand out|exceed(ed)? expectations|get to grips with|before anything else|(focus on|learn|tackle) first|grew into|what helped (them|him|her)|first (year|quarter|month|week)s?|by the end of (my|the) first|after (a|one|six|three|twelve) (years?|months?)|do(es)? well|succeed(s|ed)?|good at|(high|top|best) performers?|separates?|metrics?|kpis?|targets?|measures?|hope (this|the) (hire|role|person)|want me to|off your plate|problems? [a-z ]{0,30}(solve|fix)|(need|needs|want) from (me|this role|the role|this hire)|goals?|priorit(y|ies)|objectives?|look(s)? like (for|in|to|here)|get right|should (it|i) be|deliver(s|ed|ing)?|differently)\b",
            "confirms what success in the role looks like"
        ),
    ),
    (
        Aim::WorkingStyle,
        cue!(
            r"(?i)\b(prefer (updates|to be (updated|kept)|to communicate|to work|to hear)|how (do|would) you (like|prefer|want) (to|me|updates)|check-ins?|one-to-ones?|1:1s?|how (are|do you make|does the team make) decisions|how (is|do you give|does the team give) feedback|how (does|will|would) (the team|this role|this team|work) (work|collaborate|get done|be shared)|day[- ]to[- ]day|typical (day|week)|normal week|(want|like|prefer) to hear from me|how often (would|should|do) (you|we)|keep you (informed|updated|posted)|disagree(ment|ments)?|(get|gets|got) settled|rely on|(the way|how) you manage|management style|share progress|stand-?ups?|written (notes|updates|summaries)|(priorities|decisions) (are |get )?(decided|made|set)|who decides|how (are|is|do|does) [a-z ]{0,25}(decided|shared|handled|run|planned|reviewed)|communicat(e|es|ion)|feedback|autonomy|organi[sz]e (my|the|our) work|decid(e|es|ed)|decisions?|meetings?)\b",
            "shows how you think about the work and how you will work with them"
        ),
    ),
];

/// Leads that make a sentence a question without a question mark ("Could you tell me...").
static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^(could|can|would) you (tell|talk|walk|share|say|explain|describe)|^(tell|talk|walk) me|^i('d| would) (like|love) to (know|hear|understand)|^i('m| am) (curious|interested|wondering)|^i wonder",
    )
});

/// Stronger questions to suggest, one per aim the candidate's set is missing.
const SUGGESTIONS: [(Aim, &str); 3] = [
    (
        Aim::Expectations,
        "What are the two or three outcomes you most need from this role in the first 90 days?",
    ),
    (
        Aim::Risks,
        "What are the biggest constraints the team is working under right now: time, tools, data, or getting people to agree?",
    ),
    (
        Aim::WorkingStyle,
        "How do you like to be kept up to date: a quick message, a weekly check-in, or a written summary?",
    ),
];

/// The question to end on, when nothing in the set asks about the interviewer's doubts.
pub const HESITATION_QUESTION: &str = "Is there anything you've seen today that gives you hesitation about my fit for this role? I'm happy to address it.";

static HESITATION: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\b(hesitations?|reservations?|concerns? about (my|me)|doubts? about (my|me))\b")
});

/// Judges every question in `text`: one per line, or several on a line split after `?`.
/// Never panics, whatever the text.
pub fn judge_questions(text: &str) -> QuestionsFeedback {
    let asked: Vec<AskedQuestion> = split_questions(text).into_iter().map(judge).collect();
    let tips = tips(&asked);
    QuestionsFeedback { asked, tips }
}

/// The questions in `text`: a statement before a question on the same line stays with it, and a
/// line with no question at all counts only when nothing else was asked.
fn split_questions(text: &str) -> Vec<&str> {
    let mut questions = Vec::new();
    let mut statements = Vec::new();
    for line in text.lines() {
        let mut pos = 0;
        while let Some(mark) = question_end(&line[pos..]) {
            let question = line[pos..pos + mark].trim();
            if question.chars().any(char::is_alphanumeric) {
                questions.push(question);
            }
            pos += mark;
        }
        let tail = line[pos..]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end();
        if tail.is_empty() {
            continue;
        }
        if REQUEST.is_match(tail) {
            questions.push(tail);
        } else {
            statements.push(tail);
        }
    }
    if questions.is_empty() {
        statements
    } else {
        questions
    }
}

/// The byte just after the first `?` run in `text`, if there is one.
fn question_end(text: &str) -> Option<usize> {
    let at = text.find('?')?;
    let run = text[at..].bytes().take_while(|&b| b == b'?').count();
    Some(at + run)
}

fn judge(text: &str) -> AskedQuestion {
    let evidence = |m: regex::Match<'_>| Some(m.as_str().to_owned());
    let is_question = text.contains('?') || REQUEST.is_match(text);
    if !is_question {
        return AskedQuestion {
            text: text.to_owned(),
            verdict: Verdict::NotAQuestion,
            evidence: None,
            why:
                "not a question: having none suggests you are not choosing too; bring two or three"
                    .into(),
        };
    }
    // The weak kinds are narrow and checked first: "any concerns?" must not pass as a risk
    // question, nor "annual leave" as people leaving.
    for cue in &GENERIC {
        if let Some(m) = cue.regex.find(text) {
            return AskedQuestion {
                text: text.to_owned(),
                verdict: Verdict::Generic,
                evidence: evidence(m),
                why: cue.why.into(),
            };
        }
    }
    for (aim, cue) in &STRONG {
        if let Some(m) = cue.regex.find(text) {
            return AskedQuestion {
                text: text.to_owned(),
                verdict: Verdict::Strong(*aim),
                evidence: evidence(m),
                why: cue.why.into(),
            };
        }
    }
    AskedQuestion {
        text: text.to_owned(),
        verdict: Verdict::Fine,
        evidence: None,
        why: "specific, but it neither confirms what success looks like nor surfaces a risk".into(),
    }
}

/// What would make the set stronger, most important first (two at most).
fn tips(asked: &[AskedQuestion]) -> Vec<String> {
    let mut tips = Vec::new();
    let has = |aim: Aim| asked.iter().any(|q| q.verdict == Verdict::Strong(aim));
    if asked.iter().all(|q| q.verdict == Verdict::NotAQuestion) {
        tips.push(format!(
            "Always ask something: try \"{}\"",
            SUGGESTIONS[0].1
        ));
    }
    for (aim, suggestion) in SUGGESTIONS {
        if tips.len() < 2 && !has(aim) && !tips.iter().any(|t| t.contains(suggestion)) {
            tips.push(format!(
                "Add a question that {}: \"{suggestion}\"",
                aim.describe()
            ));
        }
    }
    let strong = asked.iter().filter(|q| q.verdict.is_strong()).count();
    if tips.len() < 2 && strong > 0 && !asked.iter().any(|q| HESITATION.is_match(&q.text)) {
        tips.push(format!(
            "End by inviting their doubts, and answer calmly: \"{HESITATION_QUESTION}\""
        ));
    }
    if tips.len() < 2 && asked.len() == 1 && strong == 1 {
        tips.push(
            "Bring two or three questions: the interview may answer your only one before you ask it."
                .into(),
        );
    }
    tips
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(text: &str) -> Vec<Verdict> {
        judge_questions(text)
            .asked
            .into_iter()
            .map(|q| q.verdict)
            .collect()
    }

    #[test]
    fn the_questions_the_guides_warn_against_are_generic() {
        for q in [
            "What is the culture like?",
            "What are the next steps?",
            "So what does the company actually do?",
            "How much holiday do I get?",
            "How soon can I be promoted?",
            "Do you like working here?",
            "Do you have any concerns?",
            "How many employees do you have?",
        ] {
            assert_eq!(verdicts(q), [Verdict::Generic], "{q}");
        }
    }

    #[test]
    fn questions_that_confirm_expectations_or_surface_risks_are_strong() {
        let cases = [
            (
                "What are the top outcomes you need this role to deliver in the first 90 days?",
                Aim::Expectations,
            ),
            (
                "What would make you say hiring me was a great decision after six months?",
                Aim::Expectations,
            ),
            (
                "What does great performance look like day to day here?",
                Aim::Expectations,
            ),
            (
                "Where does this role sit in the workflow, and where do handovers typically break?",
                Aim::Risks,
            ),
            (
                "What are the main reasons the person before struggled?",
                Aim::Risks,
            ),
            (
                "Is there anything you've seen today that gives you hesitation about my fit?",
                Aim::Risks,
            ),
            (
                "How do you prefer updates: quick messages or weekly check-ins?",
                Aim::WorkingStyle,
            ),
        ];
        for (q, aim) in cases {
            assert_eq!(verdicts(q), [Verdict::Strong(aim)], "{q}");
        }
    }

    #[test]
    fn several_questions_on_a_line_are_judged_apart_and_evidence_is_quoted() {
        let text = "I read about the new platform. What is the culture like? what are the biggest constraints right now?";
        let judged = judge_questions(text);
        assert_eq!(judged.asked.len(), 2);
        assert_eq!(
            judged.asked[0].text,
            "I read about the new platform. What is the culture like?"
        );
        assert_eq!(judged.asked[0].verdict, Verdict::Generic);
        assert_eq!(judged.asked[1].verdict, Verdict::Strong(Aim::Risks));
        for q in &judged.asked {
            assert!(text.contains(&q.text));
            if let Some(e) = &q.evidence {
                assert!(q.text.contains(e.as_str()));
            }
        }
    }

    #[test]
    fn having_no_questions_is_flagged_and_a_stronger_one_suggested() {
        let judged = judge_questions("No, I think you have covered everything.");
        assert_eq!(judged.asked[0].verdict, Verdict::NotAQuestion);
        assert!(
            judged.tips[0].contains("first 90 days"),
            "{:?}",
            judged.tips
        );
        // A statement after real questions is not judged, nor is a stray question mark.
        assert_eq!(verdicts("What is hardest here?\nThanks!\n??").len(), 1);
        assert!(judge_questions("").asked.is_empty());
    }

    #[test]
    fn requests_without_a_question_mark_are_questions() {
        assert_eq!(
            verdicts("Could you tell me what success looks like in this role"),
            [Verdict::Strong(Aim::Expectations)]
        );
    }

    #[test]
    fn tips_name_the_missing_aims_and_then_the_hesitation_question() {
        let judged = judge_questions("What are the next steps?");
        assert_eq!(judged.tips.len(), 2);
        assert!(judged.tips[0].contains("confirms what success looks like"));
        assert!(judged.tips[1].contains("brings a risk"));

        let judged = judge_questions(
            "What outcomes matter in the first 90 days?\nWhat gets in the way most?\nHow do you prefer updates?",
        );
        assert_eq!(judged.tips.len(), 1, "{:?}", judged.tips);
        assert!(judged.tips[0].contains("hesitation"));
    }

    #[test]
    fn a_specific_question_without_an_aim_is_fine() {
        assert_eq!(
            verdicts("Which tools does the team use for reporting?"),
            [Verdict::Fine]
        );
    }
}
