//! Which parts of a story an answer has: situation, task, action, result, learning.
//!
//! Works sentence by sentence and respects a story's order: scene-setting comes first, so a
//! number or an outcome verb before the first action is context, not a result; results and
//! lessons come after. Tense decides what counts as an action: past steps for a question about
//! a past event, conditional or habitual steps only for a hypothetical or "how do you" question.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, SetMatches};
use serde::{Deserialize, Serialize};

use super::cues::{CueSet, pattern, phrases};
use super::lexicon::{VerbForm, action_verb_form};
use super::metrics::Metric;
use super::text::{self, MONTHS, QuestionKind, Sentence, WEEKDAYS};

/// One part of the answer: whether it is there, and the words that earned it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartFinding {
    pub present: bool,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    pub situation: PartFinding,
    pub task: PartFinding,
    pub action: PartFinding,
    pub result: PartFinding,
    pub learning: PartFinding,
}

/// The five parts in story order, with their display names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Situation,
    Task,
    Action,
    Result,
    Learning,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Situation,
        Part::Task,
        Part::Action,
        Part::Result,
        Part::Learning,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Part::Situation => "situation",
            Part::Task => "task",
            Part::Action => "action",
            Part::Result => "result",
            Part::Learning => "learning",
        }
    }
}

impl Parts {
    pub fn get(&self, part: Part) -> &PartFinding {
        match part {
            Part::Situation => &self.situation,
            Part::Task => &self.task,
            Part::Action => &self.action,
            Part::Result => &self.result,
            Part::Learning => &self.learning,
        }
    }
}

/// Action verbs needed before an answer is said to describe concrete steps.
const MIN_ACTION_VERBS: usize = 2;

/// Phrases that sound like doing something but describe no step; masked before counting.
static VAGUE_EFFORT: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"put (my|our) heads? down",
        r"work(ed|ing)? (really |very )?hard(er)?",
        r"stay(ed|ing)? late",
        r"crack(ed)? on",
        r"get stuck in",
        r"got stuck in",
        r"sort(ed)? (it|things|everything) out",
        r"sort(ed)? it",
        r"got on with it",
        r"dealt with it",
        r"handled it",
        r"let it go",
        r"pitch(ed)? in",
        r"did (my|our) best",
        r"(all )?pulled together",
        r"mucked in",
        r"did everything",
        r"did all the",
        r"made it work",
        r"(get|got) everyone motivated",
        r"turn(ed)? things around",
        r"go (above and beyond|the extra mile)",
        r"went (above and beyond|the extra mile)",
    ])
});

static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "usually",
        "generally",
        "normally",
        "typically",
        "tend to",
        "every time",
        "most of the time",
        "always",
        "often",
        "i'll usually",
    ])
});

static PAST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"(?i)(?:^|[\s,;:("'])(was|were|had|did|didn't|wasn't|weren't|hadn't|got|went|came|took|made|said|told|saw|found|began|became|left|felt|thought|knew|lost|kept|brought|ran|led|sent|wrote|gave|met|spoke|sat|stood|rang|fell|rose|grew|grown|won|paid|spent|built|taken|given|written|begun|sold|[a-z]{3,}ed)\b"#,
    )
});

static CONDITIONAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(?:i|we)(?:'d|’d|\s+would|\s+will|'ll|’ll|\s+could|\s+might|\s+should)\s+(?:(?:also|then|first|probably|just|really|definitely|immediately|actually|still|now|never|always|already|not|[a-z]+ly)\s+)*([a-z-]+)",
    )
});

static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(i|i'd|i’d|i'm|i’m|i've|i’ve|i'll|i’ll|we|we'd|we’d|we've|we’ve|we'll|we’ll|we're|we’re|my team|our team)\b",
    )
});

static TIME_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    let month = format!("({MONTHS})");
    let weekday = format!("(last|this|that|one|early one|a) ({WEEKDAYS})");
    phrases(&[
        r"(last|this|that|one|early one|a|the previous|the following) (week|month|year|spring|summer|autumn|fall|winter|quarter|term|semester|season|morning|afternoon|evening|night|shift|weekend|day|time|christmas|easter)",
        r"(19|20)\d\d",
        &month,
        r"when (i|we) (was|were|joined|started|worked|moved|took over|first|ran|led|had)",
        r"while (i|we) (was|were)",
        r"early in my (career|time)",
        r"at the (time|start|end|beginning)",
        r"a (few|couple of) (days|weeks|months|years) ago",
        r"this was",
        r"there was (a|an|one|this)",
        r"we had (a|an|this)",
        r"during",
        r"back in",
        r"on my (first|second|last|final)",
        r"(in|on|at|during) (my|our) ([a-z-]+ ){0,2}(project|role|job|team|placement|internship|course|degree|year|shift|rotation|contract|assignment|module|company|school|store|ward|site|office|first|last|previous)",
        r"at (my|our) (last|previous|old|first|former|current) [a-z-]+",
        r"(at|in|on|for|with) (a|an|the|our) ([a-z-]+ ){0,3}(company|firm|school|hospital|ward|lab|laboratory|centre|center|warehouse|store|shop|site|office|charity|bank|council|agency|practice|restaurant|hotel|factory|plant|depot|university|college|startup|association|team|department|client|project|programme|launch|campaign|migration|refurbishment|shift|clinic|branch|call centre|kitchen|café|cafe|nursery|library|studio|contract|job|role|placement|event|festival|conference|rollout|build|unit|firm|venue|mine|farm|airline|airport|garage|salon|gym|pharmacy|surgery|newsroom|hotel|site)",
        r"at (uni|university|college|school)",
        r"i was (a|an|the) [a-z -]{2,40} (at|on|in|for|with)",
        &weekday,
        r"(my|our) (first|second|third|last|final) (job|role|year|week|month|day)",
        r"[a-z]+ (before|after) the",
        r"(two|three|four|five|a few|several) (days|weeks|months) (before|after|into)",
    ])
});

static TASK: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"my ([a-z]+'s )?(job|role|task|goal|aim|brief|remit|responsibility|objective|target|mission|priority|part|bit|piece|side|patch|end)( (from|at|for|on|in) [^.,]{1,40}| that (week|weekend|day|night|shift|morning|month|year|quarter|summer|season|term))? (was|were|would be|is|became|here was)",
        // "The area manager's brief to me was", "the ask from my director was to".
        r"(the|my|our) ([a-z-]+ )?[a-z-]+['’]s (brief|ask|remit|instruction|request) (to|for) (me|us)",
        r"the (brief|ask|remit|instruction) (from|given to me by) [^.,]{1,40} (was|were)",
        r"what (i|we)('d| would|’d) be aiming for (is|was|would be)",
        r"our ([a-z]+'s )?(job|task|goal|aim|brief|objective|target|mission)( (for|at|on|in|from) [^.,]{1,40})?(, [^,.]{1,40},)? (was|were|would be|is)",
        r"the (goal|aim|target|objective|brief|task|remit|mandate|ask) (was|would be|is|for (me|us|the team))",
        // "I was hired to fix", not "I was hired as an analyst", which is a job title.
        r"i was (responsible|accountable|tasked|charged|put in charge|in charge)",
        r"i was (brought in|hired|taken on) ([a-z]+ )?to",
        r"i was asked( by [^,.]{1,40})? to",
        r"asked me to",
        r"(i was|we were) (supposed|meant) to",
        r"(was|were) my (responsibility|job)",
        r"a target of",
        r"(it|this|that) was my (job|responsibility)",
        // "it was my call how the week got spent" hands over a decision; "that was my call and
        // my mistake" owns one.
        r"(it|this|that) was my (call|decision) (how|what|whether|which|who|when|where|to)",
        r"i (offered|volunteered|agreed|committed) to",
        r"i took (ownership|responsibility)",
        r"i took on (the|a|an|this|that|our|my) ([a-z-]+ ){0,2}(project|role|job|task|work|lead|responsibility|account|migration|launch|review|rollout|brief|budget|backlog|contract)",
        r"i('d| would) aim to",
        r"i set (myself|the team) (a|the) (goal|target)",
        r"responsib(le|ility) (for|was)",
        r"(had|needed) to (make sure|ensure|deliver|hit|reach|get .{1,30} (back|done|under|below|to))",
        // Accountability handed over: "it was on me to", "all down to me to organise".
        r"(was|were|fell|landed|came) (all |squarely |entirely )?(on|down to|up to) (me|us) to",
        r"(handed|gave|passed|assigned) (it|this|the [a-z-]+( [a-z-]+)?) (to|over to) me",
        r"(a|the) (clear|simple|single|tight|hard|stretch|firm) (target|goal|brief|objective|deadline)",
        // A stated need or purpose in the first person: "I needed to", "the point was to".
        r"(i|we) needed to",
        // An obligation with a date on it, or work that was the candidate's to deliver.
        r"(i|we) had to [a-z]+ [^.,;]{0,40}\b(by|before|within|in time for)",
        r"(i|we) had [^.,;]{1,40}\bdue\b",
        r"i ((actually |personally |directly )?owned (the|our|my|a|an|that|this)|was on the hook for|was on point for)",
        // "The claims model I actually owned went out late": the thing owned, then its verb.
        r"(i|we) (actually |personally )?owned ([a-z]{3,}ed|went|came|ran|slipped|missed)",
        r"the (goal|aim|target|objective|brief)( [a-z'’]+){0,4} (is|was|would be) to",
        r"the (whole )?(point|idea|challenge|mandate) (was|would be) to",
        // "gave me the brief plainly: get the wait under four hours", "made it my project".
        r"(gave|handed|set) (me|us) (the|a|my|our|this|that) (brief|task|job|target|remit|goal|challenge|ownership|responsibility|mandate)",
        // "our CFO set the target of closing within 7 days".
        r"(cfo|ceo|manager|boss|director|head|client|board|lead|supervisor|owner|principal|matron|partner|they|he|she) (set|gave) (me |us |the team )?(a|the) (target|goal|deadline) (of|to)",
        // "that target sat with me", "it fell to me to get him through rehab".
        r"(target|goal|aim|job|task|responsibility|brief|decision) (sat|lay|rested|stayed) with (me|us)",
        r"fell to (me|us) to",
        // Said to the candidate: "get them back by year end, that is your priority".
        r"(that|this|it)('s|’s| is| was) your (priority|job|target|responsibility)",
        r"made (it|this|that) (my|our) (project|job|responsibility|priority|task|mission)",
    ])
});

static LEARNING: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"(i|we)(\s+have|'ve|’ve)?\s+(learn(ed|t)|realis(ed)|realiz(ed))(?: over the years| along the way| the hard way| early on| since)? (that|to|how|the|it's|its|it is|never|always|not|what|about|a (valuable|big|hard|key|simple|useful)|from (that|this|it) (that|to))",
        r"what (i|we)('ve| have|’ve|'d|’d| would)? (learn(ed|t)|took away|took|take|carry|realised|realized|kept|keep|remember)\b[^.]{0,40}(\bis\b|\bwas\b|:)",
        r"the (bit|thing|part|lesson|point|habit|rule)( that)? (i|we) (carry|took|take|keep|kept|learned|learnt|remember|still use)",
        // Not "the main thing is to stay calm": advice, unless it was taken from the story.
        r"the (lesson|takeaway|biggest lesson|key lesson)[^.]{0,40}\b(was|is)",
        r"the (main|big|key) thing (i|we) (learned|learnt|took|took away|take away|realised|realized)",
        r"lesson (for me|i took|i learned|i learnt|i've taken)",
        r"taught me",
        r"i took away",
        r"(my|the|a) (key )?takeaway",
        r"(next time|in hindsight|with hindsight|if i did it again|if i were doing it again|if i had to do it again)[^.]{0,80}\b(i'd|i’d|i would|i will|i'll|i should)",
        r"i would (now )?do [^.]{0,40}differently",
        r"what (i|we) do differently",
        r"what (i|we) do (now|these days)( now)? is",
        r"(i've|i have|i’ve|we've|we have|we’ve) (started|stopped|begun) (using|doing|checking|keeping|writing|asking|reading|logging|testing|booking|blocking|sending|adding|running|tracking|setting|making|taking|saying|building|leaving|putting|sharing|recording|reviewing)",
        // "I put monitoring alerts on the backup jobs after that": a standing change, told last.
        r"(i|we) (put|set up|added|introduced|built|created|wrote) [^.;]{0,60}\b(alerts?|checks?|checklists?|rules?|reminders?|templates?|procedure|monitoring|sign-off)\b[^.;]{0,60}\b(after that|afterwards|since then)",
        r"(i|we)('ve| have|’ve) learn(ed|t), [a-z]+",
        r"what i'd do differently",
        r"(i've|i have|i’ve) (kept|made) (the|a|it a) habit",
        r"(i've|i have|i’ve) (kept|stuck to|stuck with|followed|used) (that|this|the) (rule|habit|approach|practice|check)",
        r"(it|that|this) (made|has made) me (much |far |a lot |a bit )?(more|less|better)",
        r"(i'm|i am|i’m) (much |a lot |far |a bit )?(better|more [a-z]+) now (at|about|with)",
    ])
});

/// "Since then I..." and friends: a changed habit stated after the story.
static CHANGED_HABIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(since then|ever since|from then on|from that point on|these days|nowadays|going forward|now|after that|afterwards|still)\b,?(?:\s*[^.;]{0,40},)?\s*(?:the (?:first|one) (?:thing|question|step|check)\s+)?(i|i've|i’ve|i'm|i’m|we|we've)\s+(?:(?:always|now|also|still|really|have|make sure to)\s+)*([a-z-]+)|\b(i|we)\s+(now|still)\s+(?:always\s+)?([a-z-]+)",
    )
});

/// After "afterwards" or "after that", a past or future step ("Afterwards I wrote to the
/// client", "After that I will warn her") continues the story rather than stating a habit,
/// unless it starts or stops a practice ("After that I started double-checking") or leaves a
/// standing change behind ("Afterwards I added a check that...").
fn is_one_more_step(lead_in: &str, verb: &str, after_verb: &str, sentence: &str) -> bool {
    let after_a_step = ["after that", "afterwards"]
        .iter()
        .any(|l| lead_in.eq_ignore_ascii_case(l));
    if !after_a_step || STANDING_CHANGE.is_match(sentence) {
        return false;
    }
    let verb = verb.to_ascii_lowercase();
    let future = matches!(verb.as_str(), "will" | "would" | "could" | "can");
    let starts_or_stops_a_practice = matches!(
        verb.as_str(),
        "started" | "began" | "stopped" | "switched" | "quit"
    ) && after_verb
        .split_whitespace()
        .next()
        .is_some_and(|word| word.ends_with("ing"));
    future || (is_past_form(&verb) && !starts_or_stops_a_practice)
}

/// What a one-off step leaves behind when it changes how things are done: "Afterwards I added
/// a check that blocks...", "After that we put in a rule that...".
static STANDING_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"(rule|rules|check|checks|checklist|process|procedure|policy|template|sign-off|alert|reminder|standard|window|habit)",
        r"(anymore|any more|now|no longer|every|always|never)",
    ])
});

/// "Now if I disagree, I say so the same day": a changed habit behind a condition; or a
/// sentence that opens "Now I'd...", the hindsight of a story already told.
static HABIT_IF: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(now|these days|since then|nowadays),?\s+(if|when|whenever|before|every time)\s+(i|we|i'm|i’m|we're|we’re|i've|we've)\s+[^.;]{1,60}?,?\s+(i|we)\s+(?:always\s+)?([a-z-]+)|^now,?\s+(i'd|i’d|i would)\s+(?:always\s+)?([a-z-]+)",
    )
});

/// "These days nothing goes out until I've checked it": a rule the candidate now keeps.
static RULE_NOW: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(since then|these days|nowadays|from then on|ever since|now),?\s+(nothing|no [a-z-]+|every [a-z-]+( [a-z-]+)?|each [a-z-]+|any [a-z-]+)\b[^.;]{0,60}\b(until|unless|without|before|gets a (second|double)|has to|must)\b",
    )
});

/// Every changed-habit pattern needs one of these words: a sentence without any skips them all.
static HABIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "now",
        "still",
        "since then",
        "ever since",
        "from then on",
        "from that point on",
        "these days",
        "nowadays",
        "going forward",
        "after that",
        "afterwards",
    ])
});

/// "I keep a library of them now.": a habit stated in the present, closed with "now".
static HABIT_NOW: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(i|we)\s+(?:always\s+)?([a-z-]+)\b[^.;]{0,60}\b(?:now|nowadays|these days)(?:[.!]?$|,\s+(?:instead|rather|not|because)\b)",
    )
});

/// After "get" or "have": another person doing the step ("get someone else to tick it off").
static CAUSED_BY_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^\s+(someone|somebody|another|a second|a colleague|a peer|people|everyone|them|him|her|the team)\b|^\s+(?:(?:the|a|an|my|our|every|each|all|it|them)\s+)?(?:[a-z-]+\s+){0,2}[a-z]{3,}ed\b",
    )
});

/// "been at a smaller warehouse", "been with the council", "been working nights": where or at
/// what, not a changed way of working.
static BEEN_SOMEWHERE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^\s+(at|with|employed|based|working (at|for))\b"));

/// After "work": "work out", "work through" are steps, not the state "I work in retail".
static WORK_AS_STEP: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^\s+(out|through|backwards|back)\b"));

/// Past participles that report what happened after a story, not a way of working.
const EVENTS_SINCE: &[&str] = &[
    "done",
    "worked",
    "had",
    "taken",
    "passed",
    "completed",
    "moved",
    "joined",
    "finished",
    "travelled",
    "traveled",
    "studied",
    "applied",
    "returned",
];

/// Words the changed-habit patterns can catch where a verb should be ("I'm still in touch").
const NOT_A_VERB: &[&str] = &[
    "in", "on", "at", "with", "for", "to", "the", "a", "an", "not", "there", "here",
    // The stems of "couldn't", "didn't": "we still couldn't agree" is the story, not a habit.
    "couldn", "didn", "wasn", "weren", "hadn",
];

static STATIVE: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "think", "believe", "feel", "know", "don't", "wonder", "remember", "regret", "wish",
        "hope", "miss", "like", "love", "hate", "enjoy", "look", "work", "am", "'m", "have", "had",
        "get", "got", "can't", "cannot",
    ])
});

static LEARNING_WITHOUT_LESSON: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\blearn(ed|t) (a lot|so much|loads|lots|a great deal|plenty|heaps)\b|\btaught me (something|a lot|so much|loads|plenty)\s*([.!]|$)",
    )
});

static OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"went (from|up|down|out|live|home|ahead|through|in)",
        r"(dropped|fell|rose|grew|increased|decreased|reduced|improved|doubled|halved|tripled|quadrupled|saved|recovered|cleared|shipped|launched|delivered|completed|finished|exceeded|beat|passed|resolved|settled|transferred|renewed|retained|signed|approved|adopted|accepted|hired|promoted|dismissed|reached|achieved|recalled|released|caught|returned|raised|secured|landed|converted|stopped|ended|closed)",
        r"won (the|a|an|it|over|back|our|my|\d+)",
        r"(was|were|got|been) (refunded|fixed|resolved|restored|recovered|paid|reinstated|completed|delivered|shipped|replaced|settled|docked|fined|marked down|penalised|penalized|warned|disciplined|sacked|fired|invited|praised|renewed|extended|published|funded|awarded|made (a|an|the|redundant|permanent|up))",
        r"(hasn't|haven't|has not|have not|hadn't|didn't|wasn't|weren't|never)\b[^.]{0,40}\b(since|again)",
        r"(didn't|did not) renew",
        r"sent (me|us|him|her|them) home",
        r"(got|was given|received|earned) (a|an|the|my) ([a-z]+-[a-z]+ |full |permanent )?(warning|written warning|promotion|offer|award|bonus|place|job|contract|grant|distinction|first)",
        r"(invited|asked) (me|us) back",
        r"(we|they|the (shop|site|store|ward|team|branch)) (had|got|received) (a few |some |several |two |three )?(complaints?|refunds?|walk-?outs|cancellations|bad reviews?)",
        r"had to (redo|be redone|be recalled|be reissued|re-?run|rerun|refund|pay|honou?r|be scrapped|be rebuilt|cancel|close|recall|replace|re-[a-z]+)",
        r"came out (roughly |about |pretty much |more or less )?(the same|ahead|on top|level|even)",
        r"(now|still) (uses|runs|relies on|follows)",
        r"used (our|my) [a-z-]+ as",
        r"for the rest of the",
        r"held up",
        r"cut [^.]{0,40}(in half|by|from)",
        r"(was|were|got|been) (let go|moved|approved|accepted|signed off|promoted|fired|dismissed|made redundant|offered|chosen|selected|rolled out|adopted|shortlisted|kept|used|caught)",
        r"(on|ahead of|behind) (time|schedule|budget|programme|target)",
        r"in time",
        r"ended up",
        r"by the end of",
        r"as a result",
        r"in the end",
        r"(no|zero|none of the|not a single) [a-z-]+ (were|was|since)",
        r"haven't had",
        r"hasn't (happened|recurred|come back)",
        r"no longer",
        r"stopped needing",
        r"kept using",
        r"still (use|uses|using)",
        r"(took|it took) [^.]{0,40} to recover",
        r"cost (the|us|me|the company|the business|the job|the client)",
        r"(lost|lose) (the|some|a|our|two|three)",
        r"thank-you",
        r"thanked",
        r"(role|job|contract|position) (ended|finished)",
        r"i closed",
        r"we closed",
        // Finished early, ready in time, nothing went wrong again, a formal consequence.
        r"with (time|(a|an|two|three|a few|[a-z]+) (minutes?|hours?|days?|weeks?)) to spare",
        r"(had|got) [^.]{0,40}\bready (by|for|in time|on time|before|ahead)",
        r"(had|saw|there (were|was|have been|has been)) (no|zero|not a single|not one) (more |further |new |repeat )?[a-z-]+",
        r"(wrote|written) (me|him|her|us|them) up",
        // Caught and put right, or a formal step the mistake forced.
        r"(was|were|got|been) (picked up|spotted|corrected|reversed|rolled back|withdrawn|cancelled|canceled|written off|reported)",
        r"had to (report|file|disclose|declare|notify)",
        r"came back (normal|clear|negative|clean|fine)",
        r"on (the )?(planned|agreed|original|scheduled|promised|target) (date|day)",
        r"(showed|found|revealed|reported) (no|zero)",
        r"got [^.]{0,40}\b(out|off|away|in) (by|on|in time|on time|before|ahead)",
        r"that's how (we|i|they) [a-z]+ed",
        r"made a (full|quick|good|complete) recovery",
        r"came off (the|our|their) [a-z-]+ ?(list|register|watchlist|watch list|measures)",
        r"(gave|handed|issued) (me|him|her|us|them) (a|an) (written |formal |final )?(warning|disciplinary|bonus|raise|pay rise|promotion)",
    ])
});

/// Outcomes too vague to count ("it worked out fine").
static VAGUE_OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"worked out( (fine|well|ok|okay|alright|in the end))?",
        r"(got|get|gets) sorted",
        r"sorted itself",
        r"got there",
        r"most of it",
        r"(gets|got|get) (it )?(all )?done",
        r"ticked off",
        r"went (fine|well|ok|okay|smoothly|alright)",
        r"turned out (fine|ok|okay|well|alright)",
        r"it was fine",
        r"all good",
        r"come round",
        r"sorts it",
        r"(loved|liked) it",
        r"(was|were) (really |very |mostly |generally |pretty |quite |fairly |all )?(happy|pleased|thrilled|delighted)",
        r"came together",
        r"(went up|went down|improved|grew|increased|dropped|fell) (a lot|loads|massively|hugely|quite a bit|a fair bit)",
        r"(was|been) the (right|best) (call|decision|move|choice)",
        r"(people|everyone|they|the team|staff) seemed (happier|calmer|better|fine|ok|okay|more settled)",
    ])
});

static HEDGED_OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    phrases(
        &[
            "hopefully",
            "should have",
            "would have",
            "could have",
            "might have",
            "i think (it|the|that|we|they|our|my)",
            "i guess",
            "i'd hope",
            "i hope",
            "will be",
        ]
        .iter()
        .chain(UNKNOWN_ENDING)
        .copied()
        .collect::<Vec<_>>(),
    )
});

/// Not knowing how it ended: a hedge on the outcome wherever it is said.
const UNKNOWN_ENDING: &[&str] = &[
    r"(don't|do not|didn't) know (how|where|what|if|whether)",
    r"can't tell you how",
    r"never found out",
    r"(didn't|did not|never) (get to )?see (the|how|whether|if|what)",
    // "I'd have to check the figures", "I don't have the exact numbers in front of me".
    r"(i'd|i would) have to check",
    r"(don't|do not) have the (exact |actual |real )?(numbers|figures|data)",
    r"not sure how",
];

/// The cues the part rules test on each sentence, matched in one pass ([`CueSet`]). Only
/// phrase lists belong here: a cue with open-ended gaps (`[^.]{0,40}`) multiplies the states
/// of the combined automaton, and the pass then costs more than the searches it replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    VagueEffort,
    Habitual,
    PastMarker,
    Conditional,
    FirstPerson,
    HedgedOutcome,
    PastPerfectScene,
    OutcomeAfterAction,
    VagueOutcome,
    Year,
    LearningWithoutLesson,
    HabitWord,
}

impl Cue {
    /// Every cue, in the order of the set: a cue's position is its discriminant.
    const ALL: [Cue; 12] = [
        Cue::VagueEffort,
        Cue::Habitual,
        Cue::PastMarker,
        Cue::Conditional,
        Cue::FirstPerson,
        Cue::HedgedOutcome,
        Cue::PastPerfectScene,
        Cue::OutcomeAfterAction,
        Cue::VagueOutcome,
        Cue::Year,
        Cue::LearningWithoutLesson,
        Cue::HabitWord,
    ];

    fn regex(self) -> &'static Regex {
        match self {
            Cue::VagueEffort => &VAGUE_EFFORT,
            Cue::Habitual => &HABITUAL,
            Cue::PastMarker => &PAST_MARKER,
            Cue::Conditional => &CONDITIONAL,
            Cue::FirstPerson => &FIRST_PERSON,
            Cue::HedgedOutcome => &HEDGED_OUTCOME,
            Cue::PastPerfectScene => &PAST_PERFECT_SCENE,
            Cue::OutcomeAfterAction => &OUTCOME_AFTER_ACTION,
            Cue::VagueOutcome => &VAGUE_OUTCOME,
            Cue::Year => &YEAR,
            Cue::LearningWithoutLesson => &LEARNING_WITHOUT_LESSON,
            Cue::HabitWord => &HABIT_WORD,
        }
    }
}

static SENTENCE_CUES: LazyLock<CueSet> =
    LazyLock::new(|| CueSet::new(Cue::ALL.iter().map(|c| c.regex())));

/// Which cues a text matched.
struct Hits(SetMatches);

impl Hits {
    fn of(text: &str) -> Self {
        Hits(SENTENCE_CUES.matches(text))
    }

    fn has(&self, cue: Cue) -> bool {
        self.0.matched(cue as usize)
    }
}

/// A sentence with what the rules need to know about it.
struct Analysed<'a> {
    sentence: Sentence<'a>,
    /// Cues found in the sentence as written.
    cues: Hits,
    /// States the goal or what the candidate was responsible for.
    task: bool,
    /// The first would-do clause, from its start to its comma (or the end), within the
    /// sentence: "For context on the value I'd bring, last year I cut our bill by 40%" still
    /// happened.
    conditional: Option<Range<usize>>,
    habitual: bool,
    past: bool,
    action_verbs: usize,
}

fn analyse<'a>(sentence: Sentence<'a>, kind: QuestionKind) -> Analysed<'a> {
    let cues = Hits::of(sentence.text);
    // Tense and steps are read with vague effort ("worked really hard") blanked out.
    let (masked, masked_cues) = if cues.has(Cue::VagueEffort) {
        let masked = VAGUE_EFFORT.replace_all(sentence.text, |caps: &regex::Captures| {
            " ".repeat(caps[0].len())
        });
        let masked_cues = Hits::of(&masked);
        (masked, Some(masked_cues))
    } else {
        (std::borrow::Cow::Borrowed(sentence.text), None)
    };
    let masked_has = |cue| masked_cues.as_ref().unwrap_or(&cues).has(cue);
    let conditional = masked_has(Cue::Conditional)
        .then(|| first_conditional_step(&masked))
        .flatten()
        .map(|from| {
            // The clause ends at its comma, unless another would-do clause follows.
            let until = match masked[from..].find([',', ';', '—', '–']) {
                Some(end) if first_conditional_step(&masked[from + end..]).is_none() => from + end,
                _ => usize::MAX,
            };
            from..until
        });
    let habitual = masked_has(Cue::Habitual);
    let past = masked_has(Cue::PastMarker);
    // "I've been teaching for 6 years", "I played rugby for 10 years": a career or a pastime
    // summed up, not steps taken.
    let summed_up = CAREER_SPAN.is_match(sentence.text);
    let action_verbs =
        if !summed_up && (masked_has(Cue::FirstPerson) || starts_with_base_verb(&masked)) {
            count_action_verbs(&masked, kind, habitual && !past)
        } else {
            0
        };
    Analysed {
        sentence,
        cues,
        task: TASK.is_match(sentence.text) || gerund_on_me(sentence.text),
        conditional,
        habitual,
        past,
        action_verbs,
    }
}

/// Whether a sentence holds a concrete would-do step ("I'd ring the plant", "we'd pair each
/// new starter with..."), not a want or a state ("I'd want to know", "I'd stay calm").
pub(crate) fn has_would_do_step(sentence: &str) -> bool {
    CONDITIONAL.captures_iter(sentence).any(|c| {
        // "I would not shout", "I'd never blame her": a step ruled out is no step.
        let ruled_out = c.get(0).is_some_and(|m| {
            m.as_str()
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("not") || w.eq_ignore_ascii_case("never"))
        });
        !ruled_out
            && conditional_verb(sentence, &c).is_some_and(|found| {
                let mut verb = sentence[found.clone()].to_ascii_lowercase();
                let mut rest = &sentence[found.end..];
                // "I'd go and walk the site": the step is the second verb.
                if verb == "go"
                    && let Some(after_and) = rest.strip_prefix(" and ")
                {
                    let word_end = after_and
                        .find(|c: char| !(c.is_alphabetic() || c == '-'))
                        .unwrap_or(after_and.len());
                    let (next, tail) = after_and.split_at(word_end);
                    verb = next.to_ascii_lowercase();
                    rest = tail;
                }
                !is_past_form(&verb)
                    && !NOT_A_STEP.contains(&verb.as_str())
                    && !VAGUE_STEP.contains(&verb.as_str())
                    && !VAGUE_OBJECT.is_match(rest)
            })
    })
}

// "I'd trim what isn't needed", "I'd talk to people", "I'd build a plan": a step with no object
// one could picture.
static VAGUE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?i)\s+(?:(?:to|with|on|at|through)\s+)?(?:what|whatever|everything|anything|things|people|everyone|stuff|a\s+(?:plan|strategy|solution|way|approach)|the\s+(?:situation|issue|problem))\b",
    )
});

/// Verbs that name an effort without saying what would be done: "I'd deal with it", "I'd
/// handle it professionally", "I'd look at everything", "I'd turn it around", and "kind" of
/// "I'd kind of see". Kept apart from `NOT_A_STEP`, which also decides what counts as action:
/// these still count towards action, they just do not make a concrete first move.
const VAGUE_STEP: &[&str] = &[
    "deal", "handle", "turn", "look", "manage", "work", "focus", "support", "help", "ensure",
    "tackle", "address", "approach", "push", "stay", "remain", "figure", "kind", "treat",
];

/// "Getting their file closed before the deadline was on me": a piece of work, named by a
/// gerund, that was the candidate's to deliver; not "that was on me", which owns a mistake.
/// Found by its literal ending and checked by hand, as a leading wildcard costs every sentence.
fn gerund_on_me(text: &str) -> bool {
    if !text.contains(" on me") {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    [" was on me", " fell on me"].iter().any(|ending| {
        lower.match_indices(ending).any(|(at, _)| {
            // "on me", not "on medication".
            let ends_there = !lower[at + ending.len()..].starts_with(char::is_alphabetic);
            let clause = lower[..at].rsplit([',', ';', '.']).next().unwrap_or("");
            let opening = clause
                .split_whitespace()
                .find(|word| !matches!(*word, "and" | "so" | "but" | "honestly" | "then"));
            ends_there && opening.is_some_and(is_gerund)
        })
    })
}

/// "getting", "closing"; not the nouns that end the same way ("thing", "morning").
fn is_gerund(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && !word.ends_with("thing")
        && !matches!(
            word,
            "morning" | "evening" | "ceiling" | "meeting" | "building" | "training" | "funding"
        )
}

/// A span of years spent at something: "for 6 years", "for the last four years", "15 years in
/// kitchens".
static CAREER_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\bfor (?:the (?:last|past) )?(?:over |nearly |almost |about )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) years\b",
    )
});

/// Where the first would-do clause starts: one whose verb is not a past form ("I'd send",
/// not "I'd sent", which is "I had sent").
fn first_conditional_step(text: &str) -> Option<usize> {
    CONDITIONAL
        .captures_iter(text)
        .find(|c| conditional_verb(text, c).is_some_and(|verb| !is_past_form(&text[verb])))
        .and_then(|c| c.get(0))
        .map(|m| m.start())
}

/// Verbs that end like adverbs, which the adverb slot of `CONDITIONAL` would take for one.
const VERBS_ENDING_IN_LY: &[&str] = &[
    "apply", "reply", "rely", "supply", "comply", "imply", "multiply", "rally", "tally", "fly",
];

/// Where the verb of a would-do clause lies: the pattern's verb, unless a word its adverb slot
/// took is a verb ending in -ly ("I'd reply to her", "we'd apply for the grant").
fn conditional_verb(text: &str, caps: &regex::Captures<'_>) -> Option<Range<usize>> {
    let verb = caps.get(1)?;
    let clause_start = caps.get(0).map_or(verb.start(), |m| m.start());
    let lead = &text[clause_start..verb.start()];
    let mut word_start = None;
    for (at, c) in lead
        .char_indices()
        .chain(std::iter::once((lead.len(), ' ')))
    {
        if c.is_ascii_alphabetic() {
            word_start.get_or_insert(at);
        } else if let Some(from) = word_start.take()
            && VERBS_ENDING_IN_LY
                .iter()
                .any(|ly| ly.eq_ignore_ascii_case(&lead[from..at]))
        {
            return Some(clause_start + from..clause_start + at);
        }
    }
    Some(verb.range())
}

fn is_past_form(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(action_verb_form(&lower), Some(VerbForm::Past))
        || (lower.len() > 4
            && lower.ends_with("ed")
            && !matches!(lower.as_str(), "need" | "proceed"))
        || matches!(
            lower.as_str(),
            "have"
                | "been"
                | "had"
                | "done"
                | "seen"
                | "gone"
                | "got"
                | "made"
                | "taken"
                | "written"
                | "given"
                | "known"
                | "left"
                | "kept"
                | "sent"
                | "told"
                | "said"
                | "found"
                | "put"
        )
}

const ADVERBS: &[&str] = &[
    "then",
    "also",
    "actually",
    "just",
    "personally",
    "first",
    "quickly",
    "immediately",
    "straight",
    "finally",
    "eventually",
    "really",
    "still",
    "usually",
    "always",
    "never",
    "soon",
    "later",
    "even",
    "myself",
    "ourselves",
    "both",
    "all",
    "probably",
    "definitely",
    "now",
];

/// Counts the steps in a sentence that speaks in the first person or opens with a verb.
fn count_action_verbs(text: &str, kind: QuestionKind, habitual: bool) -> usize {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = text::words(&lower).collect();
    let mut count = 0;
    for (i, word) in words.iter().enumerate() {
        let form = match action_verb_form(word) {
            Some(form) => form,
            // "I quoted", "we traced": a regular past right after the subject is a step.
            None if i > 0 && matches!(words[i - 1], "i" | "we") && is_regular_step(word) => {
                VerbForm::Past
            }
            // "I'd protect...", "we'd place...": any concrete verb after the modal is a step.
            None if kind.accepts_conditional_steps()
                && matches!(
                    previous_non_adverb(&words, i),
                    Some("i'd" | "we'd" | "would" | "i'll" | "we'll")
                )
                && !NOT_A_STEP.contains(word) =>
            {
                VerbForm::Base
            }
            None => continue,
        };
        let prev = previous_non_adverb(&words, i);
        // "We had to order in sandwiches": a step the speaker was made to take is still taken.
        let after_had_to = i >= 3
            && words[i - 1] == "to"
            && words[i - 2] == "had"
            && matches!(words[i - 3], "i" | "we")
            // "If we had to cancel, we would lose the deposit" imagines the step.
            && !(i >= 4 && matches!(words[i - 4], "if" | "unless" | "whether" | "when"));
        let passive_or_infinitive = !after_had_to
            && matches!(
                prev,
                Some(
                    "was" | "were" | "been" | "be" | "being" | "is" | "are" | "to" | "get" | "got"
                )
            );
        // "a lead who rewrote my lists", "she agreed": someone else's step, not the candidate's.
        let someone_elses = matches!(
            prev,
            Some("who" | "which" | "he" | "she" | "they" | "it" | "you")
        );
        if passive_or_infinitive || someone_elses {
            continue;
        }
        let after_modal = matches!(
            prev,
            Some(
                "i'd"
                    | "we'd"
                    | "would"
                    | "will"
                    | "i'll"
                    | "we'll"
                    | "could"
                    | "might"
                    | "should"
                    | "can"
                    | "and"
                    | "or"
            )
        ) || prev.is_none();
        let after_subject = matches!(prev, Some("i" | "we"));
        // "I did price two of them": the emphatic past is a step taken.
        let after_did = matches!(prev, Some("did"));
        let counts = match (form, kind.accepts_conditional_steps()) {
            (VerbForm::Past, _) => true,
            (VerbForm::Base, true) => after_modal || after_subject || habitual,
            (VerbForm::Base, false) => after_did || after_had_to,
            (VerbForm::BaseOrPast, true) => true,
            (VerbForm::BaseOrPast, false) => {
                !habitual
                    && (after_subject
                        || (matches!(prev, Some("and" | "then")) && has_past_verb(&words)))
            }
        };
        if counts {
            count += 1;
        }
    }
    count
}

/// Words after "I'd" that are wants, states or vague effort, not steps.
const NOT_A_STEP: &[&str] = &[
    "want",
    "need",
    "like",
    "love",
    "be",
    "have",
    "know",
    "think",
    "feel",
    "hope",
    "say",
    "expect",
    "imagine",
    "guess",
    "try",
    "get",
    "make",
    "rather",
    "prefer",
    "probably",
    "definitely",
    "say",
    "bring",
    "go",
    "do",
    "see",
    "keep",
    "aim",
    "just",
    "really",
    "also",
    "first",
    "then",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "to",
    "it",
    "that",
    "this",
    "not",
    "never",
    "so",
    "if",
    "in",
    "on",
    "at",
    "with",
    "for",
    "still",
    "sort",
    "get",
    "stay",
    "remain",
    "remember",
    "stick",
];

/// Regular past forms that are not feelings, wants or vague effort.
fn is_regular_step(word: &str) -> bool {
    word.len() >= 5
        && word.ends_with("ed")
        && !matches!(
            word,
            "wanted"
                | "needed"
                | "liked"
                | "loved"
                | "hoped"
                | "seemed"
                | "noticed"
                | "realised"
                | "realized"
                | "assumed"
                | "tried"
                | "worked"
                | "managed"
                | "handled"
                | "learned"
                | "believed"
                | "expected"
                | "preferred"
                | "enjoyed"
                | "hated"
                | "wished"
                | "happened"
                | "used"
                | "owned"
                | "lived"
                | "stayed"
                | "waited"
                | "panicked"
                | "struggled"
                | "worried"
                | "figured"
                | "guessed"
                | "supposed"
                | "started"
                | "ended"
                | "joined"
                | "pitched"
                | "helped"
                | "cared"
                | "decided"
                | "reckoned"
                | "imagined"
                | "considered"
                | "remembered"
                | "regretted"
                | "mentioned"
                | "appreciated"
                | "graduated"
                | "qualified"
                | "retired"
                | "relocated"
                | "resigned"
                | "missed"
                | "forgot"
                | "failed"
                | "skipped"
                | "overlooked"
                | "misread"
                | "mislabelled"
                | "mislabeled"
        )
}

fn has_past_verb(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| matches!(action_verb_form(w), Some(VerbForm::Past)))
}

fn starts_with_base_verb(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .is_some_and(|w| {
            matches!(
                action_verb_form(&w),
                Some(VerbForm::Base | VerbForm::BaseOrPast)
            )
        })
}

fn previous_non_adverb<'a>(words: &[&'a str], i: usize) -> Option<&'a str> {
    words[..i]
        .iter()
        .rev()
        .copied()
        .find(|w| !ADVERBS.contains(w))
}

/// Finds the parts of an answer. `metrics` are the measurable results found in it.
/// `pay_talk`: a salary answer, whose past is pay and achievements rather than a scene.
pub fn find_parts(
    sentences: &[Sentence<'_>],
    kind: QuestionKind,
    metrics: &[Metric],
    pay_talk: bool,
) -> Parts {
    let analysed: Vec<Analysed<'_>> = sentences.iter().map(|s| analyse(*s, kind)).collect();

    let action = find_action(&analysed, kind);
    let first_action = analysed.iter().position(|a| a.action_verbs > 0);
    let result = find_result(&analysed, kind, metrics, first_action);
    let situation = find_situation(&analysed, metrics, pay_talk);
    let task = finding(
        analysed
            .iter()
            .filter(|a| a.task)
            .map(|a| a.sentence.text)
            .take(2)
            .collect(),
    );
    let learning = find_learning(&analysed);

    Parts {
        situation,
        task,
        action,
        result,
        learning,
    }
}

fn finding(evidence: Vec<&str>) -> PartFinding {
    PartFinding {
        present: !evidence.is_empty(),
        evidence: evidence.into_iter().map(str::to_owned).collect(),
    }
}

fn find_action(analysed: &[Analysed<'_>], kind: QuestionKind) -> PartFinding {
    let usable = |a: &&Analysed<'_>| {
        a.action_verbs > 0 && (kind.accepts_conditional_steps() || !a.habitual || a.past)
    };
    let total: usize = analysed.iter().filter(usable).map(|a| a.action_verbs).sum();
    if total < MIN_ACTION_VERBS {
        return PartFinding::default();
    }
    // Strongest first: the sentence with the most steps is what the report quotes. An opening
    // sentence that also has other work to do (setting the scene) yields to one of steps alone.
    let mut best: Vec<&Analysed<'_>> = analysed.iter().filter(usable).collect();
    let opening = analysed
        .first()
        .map(|a| a.sentence.start)
        .filter(|_| analysed.len() > 1);
    best.sort_by_key(|a| {
        let scene = Some(a.sentence.start) == opening;
        (std::cmp::Reverse(a.action_verbs), scene)
    });
    finding(best.iter().take(2).map(|a| a.sentence.text).collect())
}

fn find_result(
    analysed: &[Analysed<'_>],
    kind: QuestionKind,
    metrics: &[Metric],
    first_action: Option<usize>,
) -> PartFinding {
    // Scene-setting comes before the first step; with no step, only the opening is scene.
    let earliest = first_action
        .unwrap_or(1)
        .max(usize::from(analysed.len() > 1));
    let evidence = analysed
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            let text = a.sentence.text;
            if *i < earliest && !(first_action.is_none() && *i == 0 && analysed.len() == 1) {
                return false;
            }
            // "I closed 132% of quota, so I'm sure I'll earn out": what happened outside the
            // would-do clause still happened; what the clause says is only imagined.
            let imagined = |at: usize| a.conditional.as_ref().is_some_and(|c| c.contains(&at));
            if a.conditional.as_ref().is_some_and(|c| {
                c.start == 0 || IMAGINED_LEAD_IN.is_match(&text[..c.start.min(text.len())])
            }) {
                return false;
            }
            let has = |cue| a.cues.has(cue);
            let past_perfect_scene = has(Cue::PastPerfectScene) && !has(Cue::OutcomeAfterAction);
            let vague = has(Cue::VagueOutcome) || SETTLED_ENDING.is_match(text);
            // A hedge before the outcome doubts it ("I think the scores went up"); one after
            // it hedges something else ("went from 82% to 96%, so I think that's fair").
            // "Rather than the six weeks it would have cost" is the road not taken, not a hedge.
            let hedge_at = if has(Cue::HedgedOutcome) && !ROAD_NOT_TAKEN.is_match(text) {
                // Not knowing how it ended doubts the outcome wherever it is said.
                if UNKNOWN_OUTCOME.is_match(text) {
                    0
                } else {
                    HEDGED_OUTCOME.find(text).map_or(0, |m| m.start())
                }
            } else {
                usize::MAX
            };
            let real = |at: usize| !imagined(at) && at < hedge_at;
            if past_perfect_scene || a.task || text.ends_with('?') {
                return false;
            }
            if kind == QuestionKind::Hypothetical && !a.past {
                return false;
            }
            let in_sentence = |m: &&Metric| {
                m.start >= a.sentence.start
                    && m.end <= a.sentence.end
                    && real(m.start - a.sentence.start)
            };
            let has_metric = a.past && metrics.iter().any(|m| in_sentence(&m))
                || metrics
                    .iter()
                    .filter(in_sentence)
                    .any(|m| m.kind.is_change_or_outcome());
            let outcome = a.past && !vague && OUTCOME.find_iter(text).any(|m| real(m.start()));
            // "He changed the prescription that day": how someone else responded, after the
            // candidate's own steps, is what came of them.
            let response = a.past
                && first_action.is_some_and(|first| *i > first)
                && !vague
                && hedge_at == usize::MAX
                && a.conditional.is_none()
                && someone_else_responds(text);
            has_metric || outcome || response
        })
        .map(|(_, a)| a.sentence.text)
        .collect::<Vec<_>>();
    // Results come last in a story: the closing outcome is the best evidence, so it leads.
    finding(evidence.into_iter().rev().take(2).collect())
}

/// A sentence that opens with someone else doing something, in the past: a pronoun or a name,
/// then the verb ("He changed the prescription", "Ofsted came back", "Priya signed it off"),
/// or an answer given ("She said yes").
/// Case matters: the name is a capitalised word, checked against `NOT_A_THIRD_PARTY`. Opening
/// noun phrases ("The director went with...") were tried as well and lost more to false
/// results than they found.
static THIRD_PARTY_RESPONSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(he|she|they|[A-Z][a-z]+)\s+(?:then\s+|also\s+|finally\s+|eventually\s+|quickly\s+|immediately\s+)?([a-z]{3,}ed|went|came|gave|took|made|got|sent|kept|put|brought|ran|won|paid|sold|wrote|chose|rang|began|drew|grew|fell|rose|built|found|held|lost|left|set|said (?:yes|no|okay|OK|ok|fine|sure))\b",
    )
});

/// "He seemed annoyed", "She wanted more time": a state or a wish, not a response.
const STATE_VERBS: &[&str] = &[
    "seemed",
    "wanted",
    "needed",
    "looked",
    "liked",
    "loved",
    "hated",
    "hoped",
    "wished",
    "preferred",
    "expected",
    "appeared",
    "sounded",
    "worried",
    "assumed",
    "believed",
];

/// Whether the sentence opens with someone else doing something: the subject is not the
/// speaker, the team or the situation, and the verb is not a state.
fn someone_else_responds(text: &str) -> bool {
    THIRD_PARTY_RESPONSE.captures(text).is_some_and(|c| {
        let named = |group: usize| c.get(group).map_or("", |m| m.as_str()).to_ascii_lowercase();
        !NOT_A_THIRD_PARTY.contains(&named(1).as_str()) && !STATE_VERBS.contains(&named(2).as_str())
    })
}

/// Capitalised openers that name no one else: the speaker, the team, or the situation.
const NOT_A_THIRD_PARTY: &[&str] = &[
    "then",
    "so",
    "and",
    "but",
    "nobody",
    "everybody",
    "somebody",
    "someone",
    "i",
    "we",
    "it",
    "there",
    "this",
    "that",
    "these",
    "those",
    "what",
    "which",
    "everything",
    "nothing",
    "everyone",
    "all",
    "one",
    "when",
    "while",
    "once",
    "after",
    "before",
    "since",
];

static UNKNOWN_OUTCOME: LazyLock<Regex> = LazyLock::new(|| phrases(UNKNOWN_ENDING));

/// A comparison with what would otherwise have happened.
static ROAD_NOT_TAKEN: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "rather than",
        "instead of",
        r"but (it|there|that) (could|would|might) have been",
        r"than (it|we|they) (would|could|might) have",
    ])
});

/// Words that make the clause before a would-do clause imagined too ("if it fell short, I'd").
static IMAGINED_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "if", "unless", "whether", "can", "could", "may", "might", "should", "must", "will",
    ])
});

/// "Things settled down over time." as the last word on how it went; "things settled down and
/// we haven't had a missed handover since" goes on to say what changed.
static SETTLED_ENDING: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(things|it|it all|everything|all) settled( down)?( after a while| over time| eventually| in the end| again)?[.!]?\s*$",
    )
});

static PAST_PERFECT_SCENE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(had|'d)\s+(?:been\s+)?(?:already\s+)?(dropped|fallen|risen|grown|doubled|tripled|halved|crept|increased|decreased|gone|climbed|slipped|started|promoted|appointed|hired)\b|\b(was|were|stood|sat|had been)\b[^.]{0,80}\bwhen (i|we) (took (it|them|the [a-z]+) over|took over|inherited|joined|arrived)\b|\blike when (i|we) (took (it|them|the [a-z]+) over|took over|inherited|joined|arrived)\b|\bbefore (i|we) (took (it|them|the [a-z]+) over|took over|joined|arrived|started)\b",
    )
});

static OUTCOME_AFTER_ACTION: LazyLock<Regex> =
    LazyLock::new(|| phrases(&[r"by the time", r"as a result", r"ended up"]));

fn find_situation(analysed: &[Analysed<'_>], metrics: &[Metric], pay_talk: bool) -> PartFinding {
    let evidence = analysed
        .iter()
        .filter(|a| {
            let text = a.sentence.text;
            let has = |cue| a.cues.has(cue);
            let in_sentence = |m: &&Metric| m.start >= a.sentence.start && m.end <= a.sentence.end;
            // "I was on £41k at my last place", "I saved my firm £200k last year": in a salary
            // answer that is the ask or its evidence. A scene there is an episode with a step of
            // the candidate's own: "At my last job I accepted the first figure they gave me".
            if pay_talk
                && (a.action_verbs == 0 || !a.past || metrics.iter().any(|m| in_sentence(&m)))
            {
                return false;
            }
            let narrative = a.conditional.is_none() && (a.past || (has(Cue::Year) && !a.habitual));
            if !narrative || !TIME_ANCHOR.is_match(text) || SELF_DESCRIPTION.is_match(text) {
                return false;
            }
            // An achievement with a number is a result, not a scene.
            let achievement = (metrics.iter().any(|m| in_sentence(&m))
                && OUTCOME.is_match(text)
                && FIRST_PERSON_SUBJECT_START.is_match(text))
                || (has(Cue::FirstPerson)
                    && metrics
                        .iter()
                        .filter(in_sentence)
                        .any(|m| m.kind.is_change_or_outcome()));
            !achievement
        })
        .map(|a| a.sentence.text)
        .take(2)
        .collect();
    finding(evidence)
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b(19|20)\d\d\b"));

static SELF_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(i'm|i am|i’m) (a|an|very|really|quite|such) [a-z -]{0,30}\b(person|type|learner|worker|player)\b",
    )
});

static FIRST_PERSON_SUBJECT_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^(?:[a-z ,]{0,30}\b)?(i|we)\s+(grew|increased|cut|reduced|doubled|saved|raised|won|closed|delivered|hit|beat|exceeded)\b",
    )
});

fn find_learning(analysed: &[Analysed<'_>]) -> PartFinding {
    let evidence = analysed
        .iter()
        .filter(|a| {
            let text = a.sentence.text;
            let has = |cue| a.cues.has(cue);
            // "Every move taught me something": the lesson is never said.
            if LEARNING.is_match(text) && !has(Cue::LearningWithoutLesson) {
                return true;
            }
            if has(Cue::LearningWithoutLesson) || !has(Cue::HabitWord) {
                return false;
            }
            let habit = |verb: regex::Match<'_>| {
                let word = verb.as_str();
                let lower = word.to_ascii_lowercase();
                let after = &text[verb.end()..];
                // "I always get someone else to check", "we get menus signed off": causative,
                // so a step, not a state; "I work out every date" likewise.
                let step = (matches!(lower.as_str(), "get" | "have")
                    && CAUSED_BY_OTHERS.is_match(after))
                    || (lower == "work" && WORK_AS_STEP.is_match(after));
                // "After that I don't remember any more mix-ups": a state, not a habit.
                let negated_state = matches!(lower.as_str(), "don" | "do")
                    && ["'t ", "’t ", " not "]
                        .iter()
                        .find_map(|negation| after.strip_prefix(negation))
                        .and_then(|rest| rest.split(' ').next())
                        .is_some_and(|next| STATIVE.is_match(next));
                !word.is_empty()
                    && !negated_state
                    && (step || !STATIVE.is_match(word))
                    && word != "was"
                    && !NOT_A_VERB.contains(&lower.as_str())
            };
            // "Since then I've done some contract work": things that happened since, not a
            // habit ("since then I've been more disciplined" still is one).
            let events_since = |c: &regex::Captures<'_>| {
                let text_lower = c[0].to_ascii_lowercase();
                (text_lower.contains("'ve")
                    || text_lower.contains("’ve")
                    || text_lower.contains(" have "))
                    && c.get(3).is_some_and(|v| {
                        let verb = v.as_str().to_ascii_lowercase();
                        EVENTS_SINCE.contains(&verb.as_str())
                            // "I've been at a smaller warehouse": where, not how.
                            || (verb == "been" && BEEN_SOMEWHERE.is_match(&text[v.end()..]))
                    })
            };
            // "Afterwards I wrote to the client": one more step of the story, not a habit.
            let one_more_step = |c: &regex::Captures<'_>| match (c.get(1), c.get(3)) {
                (Some(lead_in), Some(verb)) => {
                    is_one_more_step(lead_in.as_str(), verb.as_str(), &text[verb.end()..], text)
                }
                _ => false,
            };
            CHANGED_HABIT.captures_iter(text).any(|c| {
                !events_since(&c)
                    && !one_more_step(&c)
                    && c.get(3).or_else(|| c.get(6)).is_some_and(habit)
            }) || HABIT_IF
                .captures(text)
                .and_then(|c| c.get(5).or_else(|| c.get(7)))
                .is_some_and(habit)
                || RULE_NOW.is_match(text)
                || HABIT_NOW
                    .captures(text)
                    .and_then(|c| c.get(2))
                    .is_some_and(habit)
        })
        .map(|a| a.sentence.text)
        .take(2)
        .collect();
    finding(evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::text::sentences;

    #[test]
    fn each_cue_sits_at_its_own_position_in_the_set() {
        for (i, cue) in Cue::ALL.iter().enumerate() {
            assert_eq!(*cue as usize, i, "{cue:?}");
        }
    }

    fn parts(text: &str, kind: QuestionKind) -> Parts {
        find_parts(&sentences(text), kind, &[], false)
    }

    /// The parts of a short story (a scene and two steps) that closes with `ending`.
    fn has_task(text: &str) -> bool {
        parts(text, QuestionKind::Behavioural).task.present
    }

    /// Whether `ending`, told after a short story, states a lesson.
    fn learns_after_a_story(ending: &str) -> bool {
        let story = "Last June a release broke on iOS. I raised it and we shipped a fix. ";
        parts(&format!("{story}{ending}"), QuestionKind::Behavioural)
            .learning
            .present
    }

    fn after_a_story(ending: &str) -> Parts {
        let answer = format!(
            "Last May our rota broke. I rang every volunteer and rebuilt the rota. {ending}"
        );
        parts(&answer, QuestionKind::Behavioural)
    }

    #[test]
    fn habitual_present_is_not_action_for_a_past_event() {
        let p = parts(
            "With new starters I usually sit with them and review their first week. I always check in on Fridays.",
            QuestionKind::Behavioural,
        );
        assert!(!p.action.present);
        let p = parts(
            "With new starters I usually sit with them and review their first week. I always check in on Fridays.",
            QuestionKind::Habitual,
        );
        assert!(p.action.present);
    }

    #[test]
    fn conditional_steps_count_for_hypotheticals_only() {
        let text = "I'd call the client first and then I'd review the contract with legal.";
        assert!(parts(text, QuestionKind::Hypothetical).action.present);
        assert!(!parts(text, QuestionKind::Behavioural).action.present);
    }

    #[test]
    fn other_peoples_steps_are_not_the_candidates() {
        // Only "shared" is the candidate's: "who rewrote" and "she agreed" belong to others.
        let p = parts(
            "Last year I shared a shift with a lead who rewrote my lists. She agreed it was odd.",
            QuestionKind::Behavioural,
        );
        assert!(!p.action.present, "{:?}", p.action);
    }

    #[test]
    fn the_sentence_with_most_steps_is_quoted_first() {
        let p = parts(
            "Last year I joined a team that shipped late. I asked for the logs, traced the \
             failures and rewrote the retry. Failures fell by half.",
            QuestionKind::Behavioural,
        );
        assert!(
            p.action.evidence[0].starts_with("I asked for the logs"),
            "{:?}",
            p.action
        );
    }

    #[test]
    fn vague_effort_is_not_action() {
        let p = parts(
            "I put my head down and worked hard. I stayed late and sorted it out.",
            QuestionKind::Behavioural,
        );
        assert!(!p.action.present);
    }

    #[test]
    fn learned_a_lot_is_not_a_lesson() {
        let p = parts("We shipped it. I learned a lot.", QuestionKind::Behavioural);
        assert!(!p.learning.present);
        let p = parts(
            "We shipped it. I learned that small releases are safer.",
            QuestionKind::Behavioural,
        );
        assert!(p.learning.present);
        let p = parts(
            "We shipped it. Since then I always write the test first.",
            QuestionKind::Behavioural,
        );
        assert!(p.learning.present);
    }

    #[test]
    fn vague_or_hoped_for_outcomes_are_not_results() {
        let p = after_a_story("In the end it worked out fine.");
        assert!(!p.result.present, "{p:?}");
        let p = after_a_story("Every shift was covered by the end of the month.");
        assert!(p.result.present, "{p:?}");
        for vague in [
            "It all settled down after a while.",
            "Things settled down over time.",
        ] {
            let p = after_a_story(vague);
            assert!(!p.result.present, "{vague}: {p:?}");
        }
        // Near miss: settling a claim is a real outcome.
        let p = after_a_story("We settled the claim for £2,000 that week.");
        assert!(p.result.present, "{p:?}");
    }

    #[test]
    fn a_job_or_place_got_is_a_result() {
        let p = after_a_story("Last spring I got a part-time job at a garden centre.");
        assert!(p.result.present, "{p:?}");
        let p = after_a_story("The service was slow and we had complaints.");
        assert!(p.result.present, "{p:?}");
        // Near misses: getting a thing one uses, or having it made, is no outcome.
        let p = after_a_story("Then I got a spreadsheet going for the shifts.");
        assert!(!p.result.present, "{p:?}");
        let p = after_a_story("I got a new contract drafted so the team could use it.");
        assert!(!p.result.present, "{p:?}");
    }

    #[test]
    fn how_things_stood_when_one_took_over_is_the_scene() {
        let p = after_a_story("The wing was five weeks behind when I took it over, which I fixed.");
        assert!(!p.result.present, "{p:?}");
        let p = after_a_story("It was like when I joined, where the backlog had been cut by 60%.");
        assert!(!p.result.present, "{p:?}");
        // Near miss: what happened after one took over is a result.
        let p = after_a_story("Within a month of taking it over, the wing was back on schedule.");
        assert!(p.result.present, "{p:?}");
        // Found in review: an outcome beside "when I took over" is still an outcome.
        for outcome in [
            "When I took it over, I cut the backlog from 400 to 50 in three months.",
            "On-time delivery rose to 98% when I took over the planning.",
            "Sales doubled when I joined the team.",
        ] {
            let p = after_a_story(outcome);
            assert!(p.result.present, "{outcome}: {p:?}");
        }
        let p = after_a_story("The shop had some complaints before I took over the rota.");
        assert!(!p.result.present, "{p:?}");
    }

    #[test]
    fn settling_down_is_vague_only_as_the_last_word_on_it() {
        for concrete in [
            "Everything settled and she passed her probation in March.",
            "After that things settled down and we haven't had a missed handover since.",
        ] {
            let p = after_a_story(concrete);
            assert!(p.result.present, "{concrete}: {p:?}");
        }
        let p = after_a_story("It all settled down after a while and people seemed happier.");
        assert!(!p.result.present, "{p:?}");
    }

    #[test]
    fn in_a_salary_answer_pay_history_is_no_scene_but_an_episode_is() {
        let salary = |text: &str| {
            find_parts(&sentences(text), QuestionKind::Habitual, &[], true)
                .situation
                .present
        };
        assert!(!salary(
            "At my last store I was making $17 an hour as a shift lead."
        ));
        assert!(!salary(
            "I only finished my degree in May, so it's my first proper job."
        ));
        assert!(salary(
            "At my last job I accepted the first figure they gave me on the phone, and later \
             I found out the others were on more."
        ));
    }

    #[test]
    fn one_more_step_after_that_is_no_lesson_but_a_standing_change_is() {
        for step in [
            "Afterwards I wrote to the account executive to explain.",
            "After that I will warn the cashier.",
        ] {
            assert!(!after_a_story(step).learning.present, "{step}");
        }
        for change in [
            "Afterwards I added a check that blocks any change that skipped staging.",
            "After that we put in a rule that nothing goes out after 4 pm.",
            "After that I started double-checking doses.",
            "After that I always ring the client myself.",
        ] {
            assert!(after_a_story(change).learning.present, "{change}");
        }
    }

    #[test]
    fn briefs_dates_unknown_endings_and_where_one_has_been() {
        assert!(has_task(
            "The ward manager gave me the brief plainly: get the wait under four hours."
        ));
        assert!(has_task("My manager made it my project for the year."));
        let story = "I got both teams into the gallery and we compared the settings. ";
        assert!(
            after_a_story("The exhibition opened on the planned date.")
                .result
                .present
        );
        assert!(
            after_a_story("The condition reports showed no fading at all.")
                .result
                .present
        );
        assert!(
            !after_a_story("In the end it all came together and people were mostly happy.")
                .result
                .present
        );
        assert!(
            !after_a_story("We didn't get to see the full effect because I left in June.")
                .result
                .present
        );
        assert!(
            !after_a_story("She'd been promoted because she was good at design.")
                .result
                .present
        );
        let p = parts(
            &format!("{story}What I do now is read the weight out loud every time."),
            QuestionKind::Behavioural,
        );
        assert!(p.learning.present);
        let p = parts(
            &format!("{story}Since then I've been at a smaller warehouse, where I'm doing fine."),
            QuestionKind::Behavioural,
        );
        assert!(!p.learning.present);
        let p = parts(
            &format!("{story}Since then I've been far more careful with exports."),
            QuestionKind::Behavioural,
        );
        assert!(p.learning.present);
    }

    #[test]
    fn decisions_handed_over_jobs_taken_on_and_steps_one_had_to_take() {
        assert!(has_task("It was my call how the team's week got spent."));
        assert!(!has_task("That was my call and my mistake."));
        assert!(has_task("I was hired to fix the onboarding flow."));
        assert!(!has_task("I was hired as a product analyst in Stockholm."));
        assert!(
            after_a_story("We got the MOT cars out by Christmas Eve.")
                .result
                .present
        );
        assert!(
            after_a_story("That's how we switched to a four-day week.")
                .result
                .present
        );
        assert!(
            !after_a_story("It was the right call in the end.")
                .result
                .present
        );
        let obliged = "Last June the catering count was wrong. We had to order in sandwiches \
                       from a cafe. I rang the venue.";
        assert!(parts(obliged, QuestionKind::Behavioural).action.present);
        let p = parts(
            "Last June we disagreed on the rota. I asked for a trial. If we still couldn't \
             agree I would respect their decision.",
            QuestionKind::Behavioural,
        );
        assert!(!p.learning.present);
    }

    #[test]
    fn tasks_handed_over_lessons_told_last_and_advice_that_is_no_lesson() {
        assert!(has_task("That target sat with me as financial controller."));
        assert!(!has_task("The car sat with us for a week."));
        assert!(has_task(
            "My tech lead gave me the ownership: bring P95 under 500 ms."
        ));
        assert!(has_task("It fell to me to get him through rehab."));
        assert!(has_task(
            "My manager said, get them back by year end, that is your priority."
        ));
        assert!(has_task("I was meant to be finishing the sponsor packs."));
        assert!(has_task(
            "Our goal for the quarter, agreed with the CEO, was to cut failures."
        ));
        assert!(learns_after_a_story(
            "I also test on the smallest phone first nowadays, because layouts break there."
        ));
        assert!(learns_after_a_story(
            "Now, any recipe change, the allergen sheet is updated before service."
        ));
        assert!(learns_after_a_story(
            "I've started using time-blocking in my calendar."
        ));
        assert!(learns_after_a_story(
            "I put monitoring alerts on the backup jobs after that."
        ));
        assert!(!learns_after_a_story(
            "I think the main thing is to stay calm and be professional."
        ));
        assert!(learns_after_a_story(
            "The main thing I took away is to test on both platforms."
        ));
        assert!(!learns_after_a_story(
            "I think every move taught me something."
        ));
        assert!(
            after_a_story("We got the samples off on the Thursday.")
                .result
                .present
        );
    }

    #[test]
    fn answers_given_recalls_made_and_figures_not_known() {
        assert!(after_a_story("She said yes.").result.present);
        assert!(!after_a_story("She said she was busy.").result.present);
        assert!(
            after_a_story("We had to recall all of them over a weekend.")
                .result
                .present
        );
        assert!(
            after_a_story("The scores came out roughly the same.")
                .result
                .present
        );
        assert!(
            !after_a_story("Sales went up a lot, about 30% but I'd have to check the figures.")
                .result
                .present
        );
        assert!(!learns_after_a_story(
            "After that I don't remember any more mix-ups."
        ));
        assert!(learns_after_a_story(
            "Since then I don't sign off a release without an iOS run."
        ));
    }

    #[test]
    fn near_misses_found_in_review() {
        assert!(!after_a_story("We said no to the overtime.").result.present);
        assert!(!after_a_story("Then said okay, fine.").result.present);
        let imagined = "Last June the venue double-booked us. If we had to cancel, we would \
                        lose the deposit. I rang the venue.";
        assert!(!parts(imagined, QuestionKind::Behavioural).action.present);
        assert!(learns_after_a_story(
            "Since then I've been in the habit of testing on both phones."
        ));
        assert!(learns_after_a_story(
            "It taught me something, which is to test on the smallest phone first."
        ));
        assert!(!learns_after_a_story(
            "I've started wondering whether we need a QA team."
        ));
        assert!(!learns_after_a_story(
            "We set up a call to walk through the process afterwards."
        ));
        assert!(!learns_after_a_story(
            "After that I do not remember any more mix-ups."
        ));
    }

    #[test]
    fn a_verb_ending_in_ly_is_the_step_not_an_adverb() {
        let verb_of = |text: &str| {
            let caps = CONDITIONAL.captures(text).expect("a would-do clause");
            conditional_verb(text, &caps).map(|range| text[range].to_string())
        };
        assert_eq!(
            verb_of("I'd reply to the customer").as_deref(),
            Some("reply")
        );
        assert_eq!(
            verb_of("We would apply for the grant").as_deref(),
            Some("apply")
        );
        assert_eq!(
            verb_of("I'd quickly call the supplier").as_deref(),
            Some("call")
        );
        assert_eq!(verb_of("I'd really apply it").as_deref(), Some("apply"));
        // Before, the word after the -ly verb was read as the verb, and a past form there
        // ("updated") hid the whole clause.
        assert_eq!(
            first_conditional_step("So I'd apply updated rules"),
            Some(3)
        );
        // The -ly verb is still checked like any other: "I'd reply to everyone" has no object.
        assert!(has_would_do_step(
            "I'd reply to the customer within the hour"
        ));
        assert!(!has_would_do_step("I'd reply to everyone"));
    }

    #[test]
    fn a_career_summed_up_in_years_is_not_action() {
        for summary in [
            "I've been teaching for 6 years and I coached the debate team, so I'm used to pressure.",
            "I played rugby for 10 years and captained the side, so I understand teamwork.",
        ] {
            assert!(
                !parts(summary, QuestionKind::Behavioural).action.present,
                "{summary}"
            );
        }
    }

    #[test]
    fn someone_elses_response_after_the_steps_is_a_result() {
        for response in [
            "He changed the prescription that day.",
            "Priya signed it off the same afternoon.",
            "Ofsted came the following Wednesday and singled out our sequencing.",
        ] {
            let p = after_a_story(response);
            assert!(p.result.present, "{response}: {p:?}");
        }
        for not_one in [
            "We ran it twice a week in the library.",
            "It caused a bit of a headache for a few days.",
            "He might have changed it, I never heard.",
            "He seemed annoyed.",
            "She wanted more time.",
            "Nobody noticed.",
        ] {
            let p = after_a_story(not_one);
            assert!(!p.result.present, "{not_one}: {p:?}");
        }
    }

    #[test]
    fn hedged_vague_or_asked_outcomes_are_not_results() {
        for outcome in [
            "I think the reading scores went up, though I'd have to check.",
            "It took a while, but we got there in the end.",
            "Could I take a day and come back to you by Friday?",
        ] {
            let p = after_a_story(outcome);
            assert!(!p.result.present, "{outcome}: {p:?}");
        }
    }

    #[test]
    fn plain_outcomes_without_numbers_are_results() {
        for outcome in [
            "I lodged the filing with time to spare.",
            "We had the whole pack ready by Monday lunchtime.",
            "She had no falls in the next three months.",
            "The manager wrote me up for it anyway.",
            "It got picked up in review and corrected.",
            "He made a full recovery.",
            "It saved the client a month rather than the six weeks a redesign would have cost.",
            "There was no lasting harm, but there could have been.",
            "We had to report it to the regulator.",
            "The delivery was late, though I'd originally promised Friday, and they renewed.",
        ] {
            let p = after_a_story(outcome);
            assert!(p.result.present, "{outcome}: {p:?}");
        }
    }

    #[test]
    fn what_happened_before_a_would_do_clause_still_happened() {
        let p = after_a_story("Cover rose to 98% that summer, so I'd expect the same here.");
        assert!(p.result.present, "{p:?}");
        // A would-do clause closed by its comma leaves the rest of the sentence real.
        let p = after_a_story(
            "For context on the value I'd bring, last year I led the work that cut our bill by half.",
        );
        assert!(p.result.present, "{p:?}");
        let p =
            after_a_story("I'd email the director, and I'd send an update until it's resolved.");
        assert!(!p.result.present, "{p:?}");
        // A hedge after the outcome is about something else; not knowing the ending is not.
        let p = after_a_story("Dispatch went from 82% to 96%, so I think that's fair.");
        assert!(p.result.present, "{p:?}");
        let p = after_a_story("The accounts were signed off, so I don't know where it landed.");
        assert!(!p.result.present, "{p:?}");
        // An "if" or a modal makes the earlier clause imagined as well.
        for imagined in [
            "If it still fell short, I'd come back with a counter-offer.",
            "Most clients can be won back, and I'd bring that energy.",
        ] {
            let p = after_a_story(imagined);
            assert!(!p.result.present, "{imagined}: {p:?}");
        }
    }

    #[test]
    fn changed_habits_stated_many_ways_are_learning() {
        for lesson in [
            "Since then I always get someone else to tick off any large accrual.",
            "Now if I disagree with someone senior I say so the same day.",
            "These days nothing goes on the menu until I've costed it.",
            "Since then the first question I ask about any request is what breaks if it is late.",
            "Now I'd give sales a heads-up the same morning.",
            "What I'd take from it is that a baseline comes first.",
            "These days if I'm the only person who can do something, I treat that as a risk.",
            "It made me much more comfortable disagreeing upwards.",
            "I've kept that rule in every kitchen I've worked in since.",
            "I'm better now at working with a style I don't like.",
            "Since then I work out every limitation date from both trigger dates.",
            "I ask what they are worried about much earlier now, instead of defending myself.",
            "What I do differently now is look at the equipment history first.",
            "With her, I've learned, numbers land better than arguing.",
            "These days I get the combine serviced in June.",
            "We now get dietary menus signed off separately.",
            "Since then I've been much more disciplined.",
        ] {
            assert!(
                parts(lesson, QuestionKind::Behavioural).learning.present,
                "{lesson}"
            );
        }
        for not_a_lesson in [
            "Since then I always get nervous before reviews.",
            "If it still fell short, I'd come back with a counter-offer.",
            "These days every order ships on time.",
            "Since then I've done some contract work and passed an exam.",
            "Since then I have done some contract work.",
            "I'm still, yeah, I'm still in touch with most of them.",
            "I won't look at anything under that now, full stop.",
        ] {
            assert!(
                !parts(not_a_lesson, QuestionKind::Behavioural)
                    .learning
                    .present,
                "{not_a_lesson}"
            );
        }
    }

    #[test]
    fn a_lesson_can_follow_a_phrase() {
        let p = parts(
            "I've learned over the years that the meal matters less than the table.",
            QuestionKind::Behavioural,
        );
        assert!(p.learning.present, "{p:?}");
    }

    #[test]
    fn situation_needs_a_specific_past_event() {
        assert!(
            !parts(
                "I'm a people person and customers love me.",
                QuestionKind::Behavioural
            )
            .situation
            .present
        );
        assert!(
            parts(
                "Last spring our checkout started failing at peak.",
                QuestionKind::Behavioural
            )
            .situation
            .present
        );
    }

    #[test]
    fn explicit_goal_is_a_task() {
        assert!(has_task("My job was to get the backlog under control."));
        assert!(!has_task("The backlog was out of control."));
    }

    #[test]
    fn handed_over_accountability_and_stated_needs_are_tasks() {
        for text in [
            "As the duty lead, it was on me to decide who went first.",
            "The visits and the forms were all down to me to organise.",
            "My manager handed it to me with a clear target: under an hour.",
            "I needed to get the two trades working again.",
            "The whole point was to stop losing weekend orders.",
            "My part was the customer segmentation.",
            "We had to close the month by the fifth working day.",
            "I had the mock reports due on the Friday.",
            "I owned the roadmap for our billing module.",
            "The area manager's brief to me was simple: get waits under ten minutes.",
            "The ask from my director was to find the cause.",
            "Our CFO set the target of closing within 7 days by March.",
            "What I'd be aiming for is safe staffing, not full staffing.",
            "Getting their file closed before the deadline was on me.",
            "The quarterly claims model I actually owned went out two weeks late.",
            "My job that weekend was to make sure the couple never knew.",
            "The area manager’s brief to me was to cut the queue.",
        ] {
            assert!(has_task(text), "{text}");
        }
        // Someone else's need, a problem described, or a mistake owned is not a task.
        for text in [
            "The client needed more time.",
            "It was on the agenda for Monday.",
            "I owned up to my manager straight away.",
            "I had to call him twice.",
            "That was on me, and I said so.",
            "Nothing was on me.",
            "The ceiling fell on me.",
            "They set the table to seat forty.",
            "We set the deadline of end of June, and delivered two weeks early.",
            "The training was on medication rounds.",
            "The car I owned was a Ford at the time.",
        ] {
            assert!(!has_task(text), "{text}");
        }
    }
}
