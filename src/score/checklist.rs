//! What each category's method needs, item by item, with the sentence that earned each tick.
//!
//! Items for prioritisation, scenario, integrity and salary follow the methods interviewers
//! use for those questions; the others are this project's reading of what interviewers listen
//! for in that category.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::asking::{Aim, QuestionsFeedback, Verdict, judge_questions};
use super::cues::pattern;
use super::delivery::Delivery;
use super::flags::Flags;
use super::metrics::{Metric, in_results};
use super::parts::Parts;
use super::text::Sentence;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Borrowed from the rules; owned only when read back from a saved file with an item this
    /// version does not know.
    pub name: Cow<'static, str>,
    pub met: bool,
    /// The sentence that earned the tick.
    pub evidence: Option<String>,
    /// What the item asks for, shown beside a cross (empty for an unknown item read back).
    pub hint: Cow<'static, str>,
}

/// A category's checklist, in the order the method runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checklist(pub Vec<ChecklistItem>);

impl Checklist {
    pub fn items(&self) -> &[ChecklistItem] {
        &self.0
    }

    pub fn get(&self, name: &str) -> Option<&ChecklistItem> {
        self.0.iter().find(|i| i.name == name)
    }
}

/// JSON readers want `checklist: {item: bool}`, in the order the method runs; the evidence
/// sits beside it as `checklist_evidence: {item: sentence}`.
impl Serialize for Checklist {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct InOrder<'a, T>(Vec<(&'a str, T)>);
        impl<T: Serialize> Serialize for InOrder<'_, T> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
            }
        }
        let met = InOrder(self.0.iter().map(|i| (&*i.name, i.met)).collect());
        let evidence = InOrder(
            self.0
                .iter()
                .filter_map(|i| {
                    i.evidence
                        .as_deref()
                        .filter(|_| i.met)
                        .map(|e| (&*i.name, e))
                })
                .collect(),
        );
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("checklist", &met)?;
        map.serialize_entry("checklist_evidence", &evidence)?;
        map.end()
    }
}

/// Reads back what `Serialize` wrote, keeping the items' order and finding their hints again.
impl<'de> Deserialize<'de> for Checklist {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Saved {
            #[serde(default)]
            checklist: OrderedFlags,
            #[serde(default)]
            checklist_evidence: HashMap<String, String>,
        }
        let mut saved = Saved::deserialize(d)?;
        let items = saved
            .checklist
            .0
            .into_iter()
            .map(|(name, met)| {
                let evidence = saved.checklist_evidence.remove(&name).filter(|_| met);
                let (name, hint) = match known_items().get_key_value(name.as_str()) {
                    Some((known, hint)) => (Cow::Borrowed(*known), Cow::Borrowed(*hint)),
                    None => (Cow::Owned(name), Cow::Borrowed("")),
                };
                ChecklistItem {
                    name,
                    met,
                    evidence,
                    hint,
                }
            })
            .collect();
        Ok(Checklist(items))
    }
}

/// `{item: bool}` in file order.
#[derive(Default)]
struct OrderedFlags(Vec<(String, bool)>);

impl<'de> Deserialize<'de> for OrderedFlags {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FlagsVisitor;
        impl<'de> Visitor<'de> for FlagsVisitor {
            type Value = OrderedFlags;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of checklist items to true or false")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedFlags, A::Error> {
                let mut items = Vec::new();
                while let Some(entry) = map.next_entry::<String, bool>()? {
                    items.push(entry);
                }
                Ok(OrderedFlags(items))
            }
        }
        d.deserialize_map(FlagsVisitor)
    }
}

/// Every item of every checklist, with its hint. The rules list every item whatever the
/// answer, so checking an empty answer lists them all.
/// The hint for a checklist item by its name, if it is one of the rules' items.
pub fn hint_for(name: &str) -> Option<&'static str> {
    known_items().get(name).copied()
}

fn known_items() -> &'static HashMap<&'static str, &'static str> {
    static ITEMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let delivery = super::delivery::measure(
            "",
            crate::bank::TimeWindow { min: 0, max: 0 },
            super::text::QuestionKind::Behavioural,
        );
        let empty = Findings {
            answer: "",
            sentences: &[],
            parts: &Parts::default(),
            metrics: &[],
            delivery: &delivery,
            flags: &Flags::default(),
            asked: None,
        };
        RULES
            .iter()
            .flat_map(|(_, rule)| rule(&empty))
            .filter_map(|item| match (item.name, item.hint) {
                (Cow::Borrowed(name), Cow::Borrowed(hint)) => Some((name, hint)),
                _ => None,
            })
            .collect()
    });
    &ITEMS
}

/// Everything the checklist rules may look at.
pub struct Findings<'a> {
    pub answer: &'a str,
    pub sentences: &'a [Sentence<'a>],
    pub parts: &'a Parts,
    pub metrics: &'a [Metric],
    pub delivery: &'a Delivery,
    pub flags: &'a Flags,
    /// The questions asked, judged, for a category of questions for the interviewer.
    pub asked: Option<&'a QuestionsFeedback>,
}

impl Findings<'_> {
    /// The first sentence matching `re`.
    fn sentence(&self, re: &Regex) -> Option<String> {
        self.sentences
            .iter()
            .find(|s| re.is_match(s.text))
            .map(|s| s.text.to_owned())
    }

    fn sentence_where(&self, keep: impl Fn(&str) -> bool) -> Option<String> {
        self.sentences
            .iter()
            .find(|s| keep(s.text))
            .map(|s| s.text.to_owned())
    }
}

fn item(name: &'static str, hint: &'static str, evidence: Option<String>) -> ChecklistItem {
    ChecklistItem {
        name: Cow::Borrowed(name),
        met: evidence.is_some(),
        evidence,
        hint: Cow::Borrowed(hint),
    }
}

fn flag_item(
    name: &'static str,
    hint: &'static str,
    met: bool,
    evidence: Option<String>,
) -> ChecklistItem {
    ChecklistItem {
        name: Cow::Borrowed(name),
        met,
        evidence: if met { evidence } else { None },
        hint: Cow::Borrowed(hint),
    }
}

/// A category's checklist rule.
type Rule = fn(&Findings<'_>) -> Vec<ChecklistItem>;

/// The categories that have a checklist, and their rules.
const RULES: [(&str, Rule); 10] = [
    ("prioritisation", prioritisation),
    ("scenario", scenario),
    ("integrity", integrity),
    ("salary", salary),
    ("conflict", conflict),
    ("depth_probing", depth_probing),
    ("red_flag", red_flag),
    ("motivation", motivation),
    ("culture_fit", culture_fit),
    ("questions_to_ask", questions_to_ask),
];

/// The checklist for a category, or empty for a category without one.
pub fn check(category: &str, f: &Findings<'_>) -> Vec<ChecklistItem> {
    RULES
        .iter()
        .find(|(id, _)| *id == category)
        .map_or_else(Vec::new, |(_, rule)| rule(f))
}

macro_rules! cue {
    ($name:ident, $re:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| pattern($re));
    };
}

cue!(
    CLARIFY_DEADLINES,
    r"(?i)\b(work(ed|ing)? out|ask(ed|ing)?|check(ed|ing)?|confirm(ed|ing)?|clarif(y|ied|ying)|find out|found out|figure out|got specifics|pin(ned)? down|rang|ring|called|spoke to|scan|look(ed)? at|went through|go through|pull(ed)? up|made a list of|list(ed)?|mapped( out)?|(keep|kept) a (list|log|spreadsheet|tracker|table|calendar|note)|scor(ed|ing)|rank(ed|ing))\b[^.]{0,100}\b(deadlines?|due|dates?|what time|(actually|really) (arriving|arrive|due|needed)|hard (slot|date|deadline|stop)|(wasn't|isn't|weren't|aren't|not) (signing|due|needed|starting|going live|launching) until|any give|late[- ]fees?|penalt(y|ies)|impact|urgen(t|cy)|how many|how much|what (would |will )?(actually |really )?happen(s)?|at stake|(was|were|is|are) (really |actually )?fixed|hard cut-?offs?|when (did|does|would|will) [a-z]+ (realistically |really |actually )?(expect|need|want)|what it would mean|worth|consequences?|sla|(could|can) ([a-z]+ )?(wait|move|slip)|(really|actually) (fixed|meant|needed|involved|cost|due|at risk)|at risk|cost (us|them|the)|how long|by when|cut-?off|when [^.]{0,30}needed|how big|pressure|riding on|(stood|stand|stands) to lose|(would|could|might) (lose|cost)|(was|is|were) on the line|running out|expir(y|ing|ed|es))|\b(checked|went through|looked into|asked about) (each|every) (one|request|task|item|job|piece)\b"
);
cue!(
    RISK_DEPENDENCIES,
    r"(?i)\b(risks?|risky|depend(s|ed|ency|encies|ing)?|blocking|blocked|blocker|bottleneck|knock-on|clash|if [^.]{0,80}\b((we'd|we would|it would|would|we'll) (miss|lose|fail|break|be late|have nowhere|slip|waste)|(couldn't|could not|wouldn't|would not|can't|won't) be)|(couldn't|can't|could not|cannot) start until|waiting on|holds? (everything|it all)( else)? up|(would|could|will) stop|if (it|they|that|this|one) (slipped|slips|slip)|feeds?|critical path)\b"
);
cue!(
    AGREE_PRIORITIES,
    r"(?i)\b(agreed|agree (on|with|the|a|our|which|what|between|together)|sign(ed)? (it|that|this|the [a-z]+) off|signed off (on|that|the|this|our|my)|settle on|got (his|her|their|my manager's|the) (agreement|sign-off|buy-in|ok|okay)|settled on|aligned (with|on))\b"
);
cue!(
    COMMUNICATE_VERB,
    r"(?i)\b(told|tell|phoned|briefed|warn|let [^.]{0,40}\bknow|(was|were|am|be) (straight|honest|upfront|up front|open|clear) with|messaged|emailed|explained|explain|informed|warned|updated|flagged (it )?to|wrote to|rang|called)\b"
);
cue!(
    SLIP_WORD,
    r"(?i)\b(would (wait|slip|move|be late|come|now come|have to wait)|wait until|slip|slipping|moving|move to|delay(ed)?|later than|push(ed)? back|postpone(d)?|what was moving|trade-?offs?|why|instead|on hold|wait longer|(would|will) follow|(come|comes|go|goes) in (later|after)|next (sprint|release)|(or|otherwise) (i|we|you|they) (miss|lose|would miss|would lose)|(i'd|i would|i'll) be (away|out|offline|unavailable)|(land|go|come|arrive|be) ([a-z]+ ){0,2}late|(wouldn't|won't|would not|will not) get done)\b"
);
cue!(
    FIRST_CHOICE,
    r"(?i)(\b(came|comes|come|go|goes|went|would go|going) first\b|\b(did|do|doing|took|take|tackled?|handled?|ranked|ranking|put|dealt with|started with|start with|ran|run|fixed|fix|proposed|chose|picked|sent|answered|called|rang|saw|visited|paid|cleared|processed|shipped|booked|filed|submitted|chased)\b[^.]{0,60}\bfirst\b|\bfirst,? because\b|\bprioriti[sz]ed?\b|\btop of (the|my|our) (list|pile|queue)\b|\bat the top\b|\bbefore anything else\b|\bto the front\b|\b(came|come|comes) out on top\b|\bfront of the (queue|line)\b|\b(can|could) (wait|slip)\b|\b(park(ed)?|paus(e|ed)|defer(red)?|revisit|shelved?|put [^.]{0,20} on hold)\b[^.]{0,40}\b(after|until|till|later)\b| first, [^.;]{1,50}\bsecond\b|\b(agreed|decided|settled on|chose)\b[^.]{0,60}\bfirst\b|\b(go|goes|went|come|comes|came|put|moved?) (ahead of|before)\b|\b[a-z-]+ (loads?|orders?|jobs?|tasks?|items?|calls?|requests?|tickets?|claims?|cases?|patients?|files?|deliveries|work|projects?|fixes|bugs?) (came |go |went |going )?first\b)"
);
cue!(
    IMPACT_REASON,
    r"(?i)\b(bigger|biggest|waste|lose|at risk|depended on|funding|couldn't|can't|cannot|could not|scrap|highest|most (urgent|important|critical|impact)|impact|consequences?|critical|urgent|risk|safety|safe|blocked|can't use|cannot use|couldn't use|on fire|revenue|promise|deteriorating|couldn't slip|couldn't move|no matter what|worth|penalt(y|ies)|costs?|fines?|if (we|i|they) miss(ed)?|hurt|harm|at stake|non-negotiable|killed|injur(ed|y|ies)|dangerous|unsafe|freeze|whole business|late[- ]fees?|without it|wouldn't (confirm|start|go ahead|ship|release|sign)|money|(what|would) (actually |really )?happen(s|ed)? if|paying (customers|clients|for)|pipeline|(sales|new|qualified|inbound) leads|most of the leads|without the)\b|\bif\b[^.,]{0,40}\b(expired|slipped|slips|missed|lapsed|ran out|(was|were|is|are) late|went down|failed|(didn't|did not) (go|happen|arrive|ship))\b[^.]{0,60}\bwould\b"
);

// Choices that carry their own reason: "the pour mattered most", "that one goes to the top".
cue!(
    IMPACT_CHOICE,
    r"(?i)\b((mattered|matters) (the )?most|goes to the top|went to the top|came top|top priority|(clearly|obviously) the (bigger|biggest|most urgent)|the (bigger|biggest) (deal|risk|issue)|(go|went|going|decide|decided|prioriti[sz]e|rank|ranked|sort|sorted) (by|on) (impact|consequences?|severity|what's at stake)|(win|wins|takes? priority|took priority|takes? precedence|trumps?|trumped),? because|by (business|clinical|patient|customer|commercial|financial) (impact|risk)|(sort|sorted|rank|ranked|order|ordered|prioriti[sz]e|prioriti[sz]ed) (by|on) (clinical |business |patient )?(risk|harm|what (hurts|costs))|jumps everything)\b"
);

cue!(
    NEGATED_TELLING,
    r"(?i)\b(never|didn't|did not|nobody|no one|forgot to)\b[^.]{0,20}\b(told|tell|let|messaged|emailed|explained|informed)\b"
);

fn prioritisation(f: &Findings<'_>) -> Vec<ChecklistItem> {
    // The choice must rest on impact, in its sentence or the two before it.
    let highest_first = f.sentences.iter().enumerate().find(|(i, s)| {
        IMPACT_CHOICE.is_match(s.text)
            || FIRST_CHOICE.is_match(s.text)
                && f.sentences[i.saturating_sub(3)..=*i]
                    .iter()
                    .any(|p| IMPACT_REASON.is_match(p.text))
    });
    vec![
        item(
            "clarify_deadlines_impact",
            "find out the real deadlines and what each task is worth",
            f.sentence(&CLARIFY_DEADLINES),
        ),
        item(
            "assess_risk_dependencies",
            "say what depends on what, and what breaks if it slips",
            f.sentence(&RISK_DEPENDENCIES),
        ),
        item(
            "agree_priorities",
            "agree the order with your manager or the people asking",
            f.sentence(&AGREE_PRIORITIES),
        ),
        item(
            "communicate_tradeoffs",
            "tell the people affected what slips and why",
            f.sentence_where(|s| {
                COMMUNICATE_VERB.is_match(s)
                    && SLIP_WORD.is_match(s)
                    && !NEGATED_TELLING.is_match(s)
            }),
        ),
        item(
            "highest_impact_first",
            "do the highest-impact item first and say why it comes first",
            highest_first.map(|(_, s)| s.text.to_owned()),
        ),
    ]
}

cue!(
    CLARIFY_GOAL,
    r"(?i)(\b(ask(ing)?|pin(ning)? down|clarify(ing)?|understand(ing)?|get (really )?clear|be(ing)? clear|work(ing)? out|confirm(ing)?|find(ing)? out|establish(ing)?|agree(ing)?|check(ing)?|want to know|clarity (on|about)|be sure|make sure (i|we) (know|understand))\b[^.]{0,100}\b(out of it|signed up for|sign-off|what (i|we) (can|can't|could|am allowed to) (change|do|spend|touch)|goal|success|target|expect(s|ed|ations)?|constraints?|limits?|budget|timeline|deadlines?|allowed|can and can't|off-limits|ring-fenced|fixed|counts? as|measured against|scope|held to|priorit(y|ies)|protected|matters most|in my gift|really needs|(actually |really )?need (from|most|right now)|allows?|means|mean|looks like|optimi[sz]ing for|trying to achieve|on the table|non-negotiable|untouchable|rules of the game)|\bwhat (does )?['‘]?(success|good|fixed|done|safe|finished|acceptable)['’]? (looks|look|means|mean)\b|\b(first|key|real|big) question (is|would be) (whether|what|how|who)\b[^.]{0,120}\b(fixed|move|slip|allowed|success|goal|matters|count)\b|\b(my|the) (aim|goal|objective) (would be|is) to\b|\bhow (much|many) [^.]{0,30}\b(left|remaining|available)\b|\bwhat [^.]{0,40}\b(is|are) (actually |really )?used for\b)"
);
cue!(
    INFO_NEEDED,
    r"(?i)(\b(i'd|i’d|i would|i'll|i will|we'd)\s+(first\s+)?(need|want|look at|pull|get|review|gather|talk to|speak to|ask for|read|go through|dig into|analyse|analyze)\b[^.]{0,140}\b(data|numbers|information|logs?|reports?|results|figures|history|feedback|complaints|tickets|records|evidence|metrics|breakdown|comments|survey|trends?|baseline|spend|contracts?|rosters?|timesheets|burn rate|broken down)\b|\b(want|need|try) to (know|understand|see|find out|work out)\b|\b(i'd|i’d|i would)\b[^.]{0,60}\band ask (what|which|whether|how|if|for)\b|\b(i'd|i’d|i would|i'll)\s+(first\s+)?(look at|check|pull up|review|go through)\b[^.]{0,60}\b(who('s| is)|which|whether|how (many|much|long))\b|\b(i'd|i’d|i would|i'll)\s+(first\s+)?(look at|check|review|go through)\s+who\b\b|\bbefore (deciding|assuming|touching|changing|doing|judging) anything\b|\b(i'd|i’d|i would) want to know\b|\b(i'd|i’d|i would) (also )?ask (if|whether|who|what|when|how|for)\b|\b(screenshots|evidence|examples|paperwork|documents) (of|from|for|showing)?\b|\b(i'd|i’d|i would) (first )?need (the )?facts\b|\b(list|gather|collect|request|ask for) what (i|we)('d| would)? need\b)"
);
// "I'd find out exactly which products they can still deliver": facts to gather, unless what
// is being found out is the goal or its limits ("find out what's actually fixed").
cue!(
    FIND_OUT,
    r"(?i)\b(i'd|i’d|i would|i'll|i will|we'd)\b[^.]{0,40}\b(find out|check|establish|confirm)\s+(exactly\s+)?(what|which|whether|how|who|when|if|where)\b"
);
cue!(
    FIRST_APPROACH,
    r"(?i)(\b(my |the )?(first|opening|initial) (practical |concrete )?(step|move|action|call|conversation|job|port of call)\b|\b(i'd|i’d|i would|i'll|i will) [^.,;]{0,50}\b(straight away|right away|at once)\b|\b(i'd|i’d|i would|i'll|i will) (go |head |get on |get )?(straight|immediately|right away|straight away)\b|\b(that|the) (same|very) (afternoon|morning|day|evening|hour)\b|\bas soon as (possible|i can|we can)\b|\b(i'd|i’d|i would) (sit|sit down|meet|go|talk|speak|call|ring|phone|email|message|get) [^.]{0,40}\bfirst\b|\b(i'd|i’d|i would) (probably |just )?(have|start|open|begin) [^.]{0,40}\bfirst\b|\bfirst thing\b|\bfirst,? (i'd|i’d|i would)\b|\bas a first step\b|\bto start( with)?,|\bto begin( with)?,|\b(start|begin|starting|beginning) by\b|\bi'd start\b|\bi would start\b|\bin the first (week|day|few days|fortnight|month)\b[^.]{0,40}\b(i'd|i would)\b|\b(i'd|i’d|i would|i'll|i will) (try|pilot|test|trial|run|fix|tackle|pick|focus on|go after)\b[^.]{0,40}\bfirst\b)"
);
cue!(
    RISKS_TESTS,
    r"(?i)\b(risks?|risky|test|tests|testing|pilot(ing)?|trial(l?ing)?|compare|comparing|a/b|side by side|rule out|one (variable|change|thing) at a time|single variable|known-good|baseline|side effects?|watch (for|that|out)|reversible|independent(ly)? (check(ed)?|review(ed)?)|check(ed|ing)? [^.]{0,30}\bagainst|validate|reconcile|staging|behind a (feature )?flag|roll ?back|what could go wrong|fallback|contingency)\b"
);
cue!(
    COMMUNICATE_PROGRESS,
    r"(?i)\b(updates?|updating|update (them|him|her|everyone|the [a-z]+)|tell [^.]{0,20}\bwhere (things|it|we) (are|is|stand)|keep [^.]{0,40}\b(informed|posted|in the loop|updated)|check-?ins?|check in|report (back|progress|weekly|daily|to)|summary|summaries|post(ed)? the [^.]{0,20}\b(numbers|results)|tracker|dashboard|let [^.]{0,30}\bknow|stand-?ups?|weekly (email|note|call|meeting)|progress report|status (updates?|reports?|notes?|calls?|emails?)|report (monthly|fortnightly|regularly|each week|every week)|follow(ing)? up with)\b|\b(give|share|post)\b[^.]{0,40}\b(status|update|progress)|\b(send|text|email|message|ring|call|phone|brief|tell|ping)\b[^.]{0,100}\b(every (other |few |couple of |[0-9]+ |two |three |four |five |ten |fifteen |thirty )?(minutes?|hours?|days?|weeks?|fortnight|months?|mornings?|afternoons?|evenings?|nights?|shifts?|monday|tuesday|wednesday|thursday|friday)|each (day|week|morning|evening|afternoon|shift|night|monday|friday)|at set times|midweek|daily|weekly|nightly|fortnightly|twice a|at the next|so (she|he|they|everyone|nobody|no one|the [a-z]+) (knows?|isn't|is not|aren't|are not|won't|doesn't|don't)|what (i|we)['’]d (found|done|escalated|decided|agreed|ruled out)|where (we|things|it) (are|stand|is|['’]d got to|had got to)|when (they|he|she|you|everyone)(['’]ll| will) (hear|get) (next|the next|an update))\b|\bflag(ging)? (it |this |that |them |problems |issues |risks )?(early|straight away|up front|as soon as)\b"
);

// "The first thing I'd want to know" is a question to ask, not a first step.
cue!(
    FIRST_WANTS,
    r"(?i)\bfirst[^.]{0,25}\b(i'd|i’d|i would)\s+(want|need|like|have to)\s+to\s+(know|understand|be clear|find out|ask|check)"
);

/// A concrete would-do step that is none of the other scenario items: not a question to ask, a
/// test to run or an update to send. The first such sentence is quoted as the first move; its
/// order among the steps is not checked, as the labels credit any concrete move.
fn is_plain_first_move(sentence: &str) -> bool {
    super::parts::has_would_do_step(sentence)
        && ![
            &CLARIFY_GOAL,
            &INFO_NEEDED,
            &RISKS_TESTS,
            &COMMUNICATE_PROGRESS,
        ]
        .iter()
        .any(|re| re.is_match(sentence))
}

/// Imperatives such as "Roll back first": the sentence opens with a step.
fn starts_with_step(sentence: &str) -> bool {
    let first = sentence
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_ascii_lowercase();
    matches!(
        super::lexicon::action_verb_form(&first),
        Some(super::lexicon::VerbForm::Base | super::lexicon::VerbForm::BaseOrPast)
    )
}

fn scenario(f: &Findings<'_>) -> Vec<ChecklistItem> {
    vec![
        item(
            "clarify_goal_constraints",
            "start by pinning down the goal, what success means and the constraints",
            f.sentence(&CLARIFY_GOAL),
        ),
        item(
            "info_needed",
            "name the information or data you would need before deciding",
            f.sentence(&INFO_NEEDED).or_else(|| {
                f.sentence_where(|s| FIND_OUT.is_match(s) && !CLARIFY_GOAL.is_match(s))
            }),
        ),
        item(
            "first_approach",
            "propose a concrete first step",
            f.sentence_where(|s| {
                (FIRST_APPROACH.is_match(s) && !FIRST_WANTS.is_match(s))
                    || (starts_with_step(s) && s.to_ascii_lowercase().contains("first"))
            })
            .or_else(|| f.sentence_where(is_plain_first_move)),
        ),
        item(
            "risks_and_tests",
            "say what could go wrong and how you would test or pilot it",
            f.sentence(&RISKS_TESTS),
        ),
        item(
            "communicate_progress",
            "say how and how often you would report progress",
            f.sentence(&COMMUNICATE_PROGRESS),
        ),
    ]
}

cue!(
    OWNS_MISTAKE,
    r"(?i)(\b(that|it|this|which)( was|'s|’s| is)( entirely| all| totally| completely| definitely)? (my|on me)\b( (own )?(mistake|error|fault|call))?|\b(that|this|the) (part|bit|calculation|decision|error|mistake|slip|[a-z]+ing)( was|'s|’s| is)( entirely| all| totally| completely| definitely)? (on me|mine|my call|my doing)\b|\bmy (mistake|error|fault)\b|\bi (should have|shouldn't have|should not have)\b|\bi (made|caused|introduced) (a|an|the|that) (mistake|error|bug|wrong call)|\bi (got|had) (it|that|this|the [a-z]+) wrong\b|\bi (messed|screwed|slipped) up\b|\bi let [^.]{0,60}\b(lapse|slip|expire|run out|go out|go unchecked)\b|\bi (simply|just) didn't\b|\bi (once |accidentally |mistakenly )?(forgot|missed|skipped|overlooked|misread|mislabell?ed|miscalculated|misjudged|transposed|double-booked|failed to|didn't check|did not check|never checked|didn't double-check|(over|under)-?(charged|paid|billed|certified|booked|ordered|counted|estimated|stated|valued|dosed|issued|claimed)|mis-?[a-z]{3,}ed|double-?(booked|charged|counted|paid|entered|posted|billed))\b|\bi (once |accidentally |mistakenly )?(sent|picked|used|put|promised|approved|set out|set|diarised|diarized|scheduled|booked|entered|quoted|ordered|deleted|signed off|posted|paid|gave|filed|charged|shipped|loaded|labell?ed|coded|keyed|emailed|published|released|deployed|pushed)\b[^.]{0,80}\b(wrong|incorrect|superseded|out-of-date|outdated|instead of|by mistake|didn't actually|wasn't|twice|duplicate|(later|earlier) than (it|they) (really |actually )?(was|were|should))\b)"
);
cue!(
    SLIP_IN_STEP,
    r"(?i)\bwhen (it|they|he|she|that|this) should have been\b|\bwithout (properly )?(checking|reading|testing|confirming|looking at|double-checking|verifying)\b"
);
cue!(OWN_PAST_STEP, r"(?i)\bi [a-z]+ed\b");
// After "I should have": "been consulted" is a grievance, not a mistake owned.
cue!(
    GRIEVANCE_AFTER,
    r"(?i)^\s+been (consulted|told|asked|included|informed|promoted|paid|given)\b"
);
cue!(
    DENIES_MISTAKE,
    r"(?i)\b(wasn't|was not|isn't|not) (really )?(my (fault|mistake|error)|down to me|on me)\b|\bbiggest (mistake|weakness) is\b"
);
cue!(
    CONSEQUENCE,
    r"(?i)\b(couldn't|could not|unable to|weren't able|wasn't able|it meant|which meant|that meant|meaning|cost|costs|costing|had to be|had to|lost|losing|delayed|late|complaints?|recalled|recall|breach|escalat(ed|ion)|affected|impact|consequences?|refunds?|rework|penalty|knock-on|missed|left (the|us|them|our)|upset|angry|unsubscribes?|overpaid|underpaid|paid in duplicate|wrong|wrote off|written off|write-off|tied up|wasted|out of date|held up|paused|docked|double-charged|lapsed|later (than|rather than)|fell|dropped|(didn't|did not) renew|reaction|hospital|injured|hurt|slipped|extra (monitoring|work|checks|cost|costs))\b"
);
cue!(
    EXCUSE,
    r"(?i)(\bin fairness\b|\bto be fair\b|\bwasn't (really |entirely )?my fault\b|\banyone could have\b|\bshort[- ]staffed\b|\bnot really (my|down to me)\b|\btechnically\b|\bnobody told me\b|\bno one told me\b|\bwasn't told\b|\bburied in\b|\bbecause (they|he|she|the [a-z]+) (didn't|hadn't|never)\b|\bit happens\b|\bthese things happen\b|\bto be honest,? it wasn't\b|\bbut (that|it) was because\b|\bwasn't really something i could\b|\b(could|couldn't) (really )?have helped\b|\bout of my control\b|\bnot something i could control\b|\b(a|one) (mad|crazy|busy|hectic|manic|mental) (week|day|month|time)\b|\b(two|three|four|a few|\d+) (people|staff|nurses|engineers) down\b|\bshort of (staff|people|hands)\b|\balways going to happen\b|\bmistakes were made\b|\bthe system (defaults?|defaulted)\b)"
);
cue!(
    MINIMISED,
    r"(?i)\b(nothing (major|serious|too serious|big|dramatic)|no (real|lasting|major|serious) (harm|damage|impact)|not (a|that) big (a )?deal)\b"
);
cue!(
    WHAT_CHANGED,
    r"(?i)(\b(since then|ever since|from then on|these days|going forward|nowadays)\b|\b(now|afterwards|after that),? (i|we)\b|\b(i|we) now\b|\b(i|we)('ve| have) started (keeping|using|doing|checking|adding|writing|blocking|booking|asking|reading|logging|testing)\b|\b(i|we) put (in )?(a |an |some )?([a-z]+ )?(alerts?|checks?|reminders?|checklists?|rules?)\b|\b(i|we) (changed|rewrote|introduced|added|set up|created|built|put in place|started (keeping|using|doing|checking|adding)|wrote|brought in|made)\b[^.]{0,80}\b(checklist|rule|check|process|procedure|step|template|reminder|alert|review|sheet|how we|control|sign-off|approval)|\b(procedure|process|policy|checklist|rule) (was|were|has been|got) (rewritten|changed|updated|introduced|added|tightened)|\bhas been in place\b|\bchanged (our|the|my|how) [a-z]*\s*(policy|process|procedure|checklist|rota|approach|system|we)\b|\b(is|are) now (tracked|checked|reviewed|signed|logged|recorded|done)\b)"
);

cue!(
    PAST_HINT,
    r"(?i)\b(was|were|had|did|didn't|couldn't|went|cost|lost|meant|got|took|fell|paid|rose|left|[a-z]{3,}ed)\b"
);

/// An ownership phrase, but not a grievance: "I should have been consulted" owns nothing.
fn owns_mistake(sentence: &str) -> bool {
    OWNS_MISTAKE
        .find_iter(sentence)
        .any(|m| !GRIEVANCE_AFTER.is_match(&sentence[m.end()..]))
}

/// "I graded the call as a P2 when it should have been a P1", "I approved the window without
/// checking the forecast": the candidate's own past step, then what was wrong with it. Found by
/// the literal words and checked back to the step, as a pattern that starts with "I ...ed"
/// would scan every sentence.
fn slipped_in_own_step(sentence: &str) -> bool {
    SLIP_IN_STEP
        .find(sentence)
        .is_some_and(|m| OWN_PAST_STEP.is_match(&sentence[..m.start()]))
}

/// "There was some impact for a while but nothing major": the cost played down, unless a "but"
/// goes on to state it ("No major damage, but the security team lost two days").
fn plays_down(text: &str) -> bool {
    MINIMISED
        .find(text)
        .is_some_and(|m| !text[m.end()..].contains(" but "))
}

fn integrity(f: &Findings<'_>) -> Vec<ChecklistItem> {
    let states = f.sentence_where(|s| {
        (owns_mistake(s) || slipped_in_own_step(s)) && !DENIES_MISTAKE.is_match(s)
    });
    let excuse = f
        .sentences
        .iter()
        .any(|s| EXCUSE.is_match(s.text) || s.text.starts_with("But ") || plays_down(s.text));
    let impact_ok = !excuse && !f.flags.badmouthing;
    // The consequence of this mistake, told in the past: not "when something goes wrong...".
    let consequence = f.sentence_where(|s| CONSEQUENCE.is_match(s) && PAST_HINT.is_match(s));
    vec![
        item(
            "states_mistake",
            "say plainly, in the first person, what you got wrong",
            states,
        ),
        flag_item(
            "impact_without_excuses",
            "state the consequence plainly, with no excuses or blame",
            impact_ok && consequence.is_some(),
            consequence,
        ),
        item(
            "what_changed",
            "say what you changed so it does not happen again",
            f.sentence(&WHAT_CHANGED),
        ),
    ]
}

cue!(
    RESEARCH,
    r"(?i)\b(research(ed)?|data|surveys?|salary guides?|guides?|market (rate|data|value)|benchmark(s|ed)?|postings?|job boards?|adverts?|levels\.fyi|glassdoor|payscale|recruiters?|from what i've seen|based on (my|what)|pay ranges|industry (standard|rate|average)|comparable roles|similar roles|going rate|bls|ons|ashe|looked at|listings?|checked|had a (look|dig)|salary (reports?|surveys?|bands?|scales?)|pay (scales?|grids?|bands?|awards?|reports?|surveys?)|(agreement|award) (grids?|rates?|scales?)|(posted|published|advertised) (rates|ranges|salaries|pay|bands)|(public|union|collective|national) (award|agreement|pay scale)|similar (posts|firms|companies|organisations|organizations|employers|positions|jobs|titles))\b"
);
cue!(
    PACKAGE,
    r"(?i)\b(bonus(es)?|equity|stock|shares|options|vesting|rsus?|pension|401\(?k\)?|benefits?|health (plan|insurance|cover)|insurance|holidays?|annual leave|leave|pto|flexib(le|ility)|remote|hybrid|allowance|staff discount|discount|package|tlr|non-contact time|study support|training budget|commission|perks|total comp(ensation)?|salary packaging|variable (pay|component|element)|medical (cover|insurance|aid)|allowances|13th month|car scheme|company car)\b"
);
cue!(
    DECIDES_NOW,
    r"(?i)\b(happy to accept|i('ll| will)? accept|accept (it|that|today|now|on the spot)|i('ll| will) take it|say yes (right )?now|yes,? (absolutely|definitely)|works for me|when can i start|turn (it )?down|have to (turn|decline|say no)|won't consider|not consider|wasting (each other's|our|my|your) time|insulting|walk away|deal[- ]breaker|that's a no|(have to|going to|i'll|i will|i'd|i would) pass (at|on) (that|this|it)|(doesn't|does not|won't|will not) work for me)\b"
);
cue!(
    DEFERS,
    r"(?i)\b(come back to you|get back to you|think about it|sleep on it|before i (say|commit|decide|give|agree)|(not|wouldn't) (want to |be ready to |like to )?(lock|commit|settle)|before settling|rather not (name|give|commit|put)|look at it properly|(whole|full|complete) (offer|package|picture)|in writing|evaluate|consider (it|the offer)|take (some|a (day|few days|little)) time|take (a|a few|some|a couple of) (days?|nights?|moments?|hours?|minutes?) to (think|consider|reflect|decide|look)|discuss (it )?with|come back to it|not fixed on|can we (discuss|talk)|is there flexibility|bridge (that|the) gap|before (landing on|settling on|agreeing|naming|committing to) (a|the|any) (number|figure)|know more about|once i know|(hear|know|understand|learn) (a bit |a little )?more about (the|this) (role|job|position|scope|responsibilities)|talk (it|that|this|things|any offer|the offer) (over|through)|think (it |that |this |any offer |the offer |an offer )?over|before (giving|i give) (you )?(an|my) answer|before i (said|say) yes|rather than (say|saying|giving) (a )?yes or no)\b"
);

// A counter-offer's condition: "if we could start at M5". Not "if that's the offer, I'll take
// it", which accepts what is on the table.
cue!(
    ON_CONDITION,
    r"(?i)\b(if (we|you|they) (could|can|were able to|are able to|moved|move|met|meet)\s|provided|as long as)"
);

// A figure in digits ("£60k", "135,000", "10%"), not an ordinal ("the 13th cheque").
cue!(A_FIGURE, r"(?i)\b[0-9][0-9,.]*(k|m|bn)?\b");
// "I'm on 42k now, and the range I saw was 48k to 54k": current pay beside figures found.
cue!(
    SEEN_FIGURES,
    r"(?i)\b(range|ranges|figures?|rates?) (i|we) (saw|found|see|came across)\b|\b(saw|found|seen) (a |the )?(range|ranges|figures?|rates?)\b"
);
cue!(
    CURRENT_PAY,
    r"(?i)\b(currently on|currently earn(ing)?|i'm on|i am on|i'm earning|i earn|my current (salary|base|pay|package))\b"
);

// "I'm not too fussed about the other bits, the bonus and the health insurance": named only to
// be waved aside.
cue!(
    WAVES_ASIDE,
    r"(?i)\b(not (too |that |really |very )?(fussed|bothered|worried|interested)|(don't|do not) (really )?care) about\b"
);

cue!(
    NOT_RESEARCHED,
    r"(?i)\b(haven't|have not|didn't|did not|not yet|never|don't|do not|no idea)\b[^.]{0,25}\b(research|looked|checked|dug|data|going rate|market rate)"
);

/// Accepts or refuses in some clause that sets no condition: "If you could get closer to
/// R750,000 I'd consider it, but at that number I'd have to decline" still refuses.
fn decides_on_the_spot(sentence: &str) -> bool {
    some_clause(sentence, |clause| {
        DECIDES_NOW.is_match(clause) && !ON_CONDITION.is_match(clause)
    })
}

/// Whether some clause of `sentence`, split at "but", passes `test`: what one clause sets
/// aside ("not fussed about the car") the next may still weigh ("but the pension matters").
fn some_clause(sentence: &str, test: impl Fn(&str) -> bool) -> bool {
    sentence.split(" but ").any(test)
}

fn salary(f: &Findings<'_>) -> Vec<ChecklistItem> {
    // Research backs a figure: the sentence naming it, or the one before or after, has a number.
    // A neighbour's figure that is the candidate's current pay is not what the research found.
    let researched = f
        .sentences
        .iter()
        .enumerate()
        .find(|(i, s)| {
            RESEARCH.is_match(s.text)
                // "I don't know the going rate here, but I researched...": the "but" turns it.
                && NOT_RESEARCHED
                    .find(s.text)
                    .is_none_or(|m| s.text[m.end()..].contains("but"))
                && f.sentences[i.saturating_sub(1)..f.sentences.len().min(i + 2)]
                    .iter()
                    .any(|near| {
                        A_FIGURE.is_match(near.text)
                            && (near.start == s.start
                                || !CURRENT_PAY.is_match(near.text)
                                || SEEN_FIGURES.is_match(near.text))
                    })
        })
        .map(|(_, s)| s.text.to_owned());
    let decides_now = f.sentence_where(decides_on_the_spot).is_some();
    let defers = f.sentence(&DEFERS);
    vec![
        item(
            "researched_range",
            "give a range and say where it comes from (market data, salary guides)",
            researched,
        ),
        item(
            "total_package",
            "ask about the whole package: bonus, pension, equity, benefits, flexibility",
            f.sentence_where(|s| {
                some_clause(s, |clause| {
                    PACKAGE.is_match(clause) && !WAVES_ASIDE.is_match(clause)
                })
            }),
        ),
        flag_item(
            "no_immediate_accept_reject",
            "neither accept nor refuse on the spot: ask for the details and a little time",
            defers.is_some() && !decides_now,
            defers,
        ),
    ]
}

cue!(
    THEIR_VIEW,
    r"(?i)(\b(asked|ask) (him|her|them|[A-Z][a-z]+) (why|what|for|to explain|about|how)\b|\bunderstand (his|her|their|the other|the) (reasoning|view|concerns?|point|position|perspective|worry|side)\b|\blisten(ed)?\b|\bheard (him|her|them) out\b|\b(real|main|actual) (worry|concern|issue) was\b)"
);
cue!(
    FACTS,
    r"(?i)\b(data|evidence|numbers|figures|rubric|logs?|records?|results|load test|tested|measured|facts?|sample|the actual|side by side|showed (him|her|them) (the|our|my|what|how|where)|(was|were|is|are) costing (us|them|the|our))\b"
);
cue!(
    RESPECTFUL_CHALLENGE,
    r"(?i)\b(privately|one-to-one|1:1|in private|away from|asked (for|if we could|whether)|suggested|proposed|offered|raised (it|my concern|the issue)|explained (what|why|my|how)|put (my case|the case)|pushed back|disagreed)\b"
);
cue!(
    RESOLUTION,
    r"(?i)\b(agreed|compromise[d]?|settled on|found a way|came to|resolved|co-wrote|together)\b"
);

fn conflict(f: &Findings<'_>) -> Vec<ChecklistItem> {
    vec![
        item(
            "understood_their_view",
            "show you asked for and understood the other person's view",
            f.sentence(&THEIR_VIEW),
        ),
        item(
            "facts_not_ego",
            "ground the disagreement in facts or data, not personalities",
            f.sentence(&FACTS),
        ),
        item(
            "challenged_respectfully",
            "say how you raised your view, and that you did it respectfully",
            f.sentence(&RESPECTFUL_CHALLENGE),
        ),
        item(
            "reached_resolution",
            "say how it was resolved",
            f.sentence(&RESOLUTION)
                .or_else(|| f.parts.result.evidence.first().cloned()),
        ),
        item(
            "changed_behaviour",
            "say what you do differently since",
            f.parts.learning.evidence.first().cloned(),
        ),
    ]
}

cue!(
    HARDEST,
    r"(?i)\b(hardest|most difficult|toughest|trickiest|biggest challenge|the challenge was|difficult part|hard part|struggled|the catch was|tricky)\b"
);
cue!(
    REFLECTION,
    r"(?i)\b(differently|in hindsight|looking back|with hindsight|next time)\b"
);

fn depth_probing(f: &Findings<'_>) -> Vec<ChecklistItem> {
    let own = f.parts.action.present && f.delivery.i_count >= f.delivery.we_count;
    vec![
        flag_item(
            "own_contribution",
            "say what you did yourself, with \"I\"",
            own,
            f.parts.action.evidence.first().cloned(),
        ),
        item(
            "hardest_part",
            "name the hardest part and how you got past it",
            f.sentence(&HARDEST),
        ),
        item(
            "measured_success",
            "say how you measured success, with a number",
            in_results(f.metrics, &f.parts.result.evidence)
                .or(f.metrics.first())
                .map(|m| m.text.clone()),
        ),
        item(
            "reflection",
            "say what you learned or would do differently",
            f.parts
                .learning
                .evidence
                .first()
                .cloned()
                .or_else(|| f.sentence(&REFLECTION)),
        ),
    ]
}

cue!(
    FIRST_PERSON_ACCOUNT,
    r"(?i)\bi (was|left|decided|chose|made|took|failed|missed|didn't|did not|wasn't|realised|realized|resigned|moved|accepted|spent|found|had)\b"
);
cue!(
    GROWTH,
    r"(?i)\b(since then|now i|i now|i've (since|been|started|learned|learnt)|learn(ed|t)|improv(ed|ing)|working on|i'm working on|these days|i make sure)\b"
);

fn red_flag(f: &Findings<'_>) -> Vec<ChecklistItem> {
    vec![
        flag_item(
            "owns_the_story",
            "tell it in the first person, owning your part",
            !f.flags.badmouthing && f.sentence(&FIRST_PERSON_ACCOUNT).is_some(),
            f.sentence(&FIRST_PERSON_ACCOUNT),
        ),
        flag_item(
            "neutral_about_others",
            "stay neutral about former employers and colleagues",
            !f.flags.badmouthing,
            None,
        ),
        item(
            "shows_growth",
            "say what you learned or changed",
            f.parts
                .learning
                .evidence
                .first()
                .cloned()
                .or_else(|| f.sentence(&GROWTH)),
        ),
        flag_item(
            "genuine_weakness",
            "name a real weakness, not a strength in disguise",
            !f.flags.cliche_weakness,
            None,
        ),
    ]
}

cue!(
    ABOUT_THEM,
    r"(?i)\b(?:(?:team|role|job|work|working|career) here\b|(your|you're|you’ve|you've|this (role|team|company|position|job|organisation|organization))\b[^.]{0,80}\b(product|products|customers|clients|mission|approach|work|announced|launched|report|strategy|values|growth|team|service|services|patients|students|platform|market|expansion|plans?)\b)"
);
cue!(
    OWN_EXPERIENCE,
    r"(?i)\b((in |of |at )?my (last|current|previous|old) (role|job|team|company|employer)|i've (spent|worked|built|led|been|run|managed)|at my (last|current|previous)|my experience|i have (spent|worked|built|led))\b"
);
cue!(
    WHAT_YOU_BRING,
    r"(?i)\b(i('d| would| can| could| will)|i’d) (bring|help|contribute|add|build|improve|deliver|make)\b|\bmy (skills?|experience|background) (in|with)\b"
);
cue!(
    RESEARCHED,
    r"(?i)\b(i (read|saw|noticed|spoke to|talked to|looked at|listened to|watched|followed)|your (annual report|website|blog|recent|latest|announcement|launch|results|strategy|podcast|careers page))\b"
);

fn motivation(f: &Findings<'_>) -> Vec<ChecklistItem> {
    vec![
        item(
            "specific_to_them",
            "say what draws you to this company and role in particular",
            f.sentence(&ABOUT_THEM),
        ),
        item(
            "links_to_experience",
            "connect it to what you have done",
            f.sentence(&OWN_EXPERIENCE),
        ),
        item(
            "what_you_bring",
            "say what you would bring or deliver",
            f.sentence(&WHAT_YOU_BRING),
        ),
        item(
            "evidence_of_research",
            "show you looked into them: something you read or saw",
            f.sentence(&RESEARCHED),
        ),
    ]
}

cue!(
    PREFERENCES,
    r"(?i)\b(i (prefer|like|work best|do my best work|thrive|value|need)|works? (best|well) for me|what helps me)\b"
);
cue!(
    ADAPTS,
    r"(?i)\b(adapt(ed|ing)?|adjust(ed|ing)?|flex(ed|ible)?|compromis(e|ed)|fit in with|learn(ed)? how (the|your|their) team|changed (how|my))\b"
);

fn culture_fit(f: &Findings<'_>) -> Vec<ChecklistItem> {
    vec![
        item(
            "concrete_example",
            "back it with a real example",
            f.parts.situation.evidence.first().cloned(),
        ),
        item(
            "specific_preferences",
            "say specifically how you like to work",
            f.sentence(&PREFERENCES),
        ),
        item(
            "adapts_to_others",
            "show how you adapt to a team's way of working",
            f.sentence(&ADAPTS),
        ),
        item(
            "values_in_action",
            "show what you did, not just what you believe",
            f.parts.action.evidence.first().cloned(),
        ),
    ]
}

fn questions_to_ask(f: &Findings<'_>) -> Vec<ChecklistItem> {
    let judged;
    let asked = match f.asked {
        Some(asked) => asked,
        None => {
            judged = judge_questions(f.answer);
            &judged
        }
    };
    let first = |keep: &dyn Fn(Verdict) -> bool| {
        asked
            .asked
            .iter()
            .find(|q| keep(q.verdict))
            .map(|q| q.text.clone())
    };
    let none_weak = asked
        .asked
        .iter()
        .all(|q| matches!(q.verdict, Verdict::Strong(_) | Verdict::Fine));
    vec![
        item(
            "outcome_focused",
            "ask what success in the role looks like",
            first(&|v| v == Verdict::Strong(Aim::Expectations)),
        ),
        item(
            "surfaces_risks",
            "ask about the challenges, constraints or any hesitation about you",
            first(&|v| v == Verdict::Strong(Aim::Risks)),
        ),
        flag_item(
            "not_generic",
            "ask something specific to this role, not what any company's website answers",
            !asked.asked.is_empty() && none_weak,
            first(&|v| matches!(v, Verdict::Strong(_) | Verdict::Fine)),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use crate::bank::{Structure, TimeWindow};
    use crate::score::{AnswerContext, score_answer};

    fn met(category: &str, structure: Structure, answer: &str, item: &str) -> bool {
        let ctx = AnswerContext {
            category,
            structure,
            window: TimeWindow { min: 60, max: 120 },
            question: None,
        };
        let score = score_answer(answer, &ctx);
        score
            .checklist
            .items()
            .iter()
            .any(|i| i.name == item && i.met)
    }

    #[test]
    fn an_order_chosen_by_impact_is_highest_impact_first() {
        let by_impact = "I go by impact: a family out of their home after a fire goes ahead of a cosmetic claim.";
        assert!(met(
            "prioritisation",
            Structure::Prioritisation,
            by_impact,
            "highest_impact_first"
        ));
        for said in [
            "We agreed the order: the return, the board pack, then the rest by business impact.",
            "Then I sort by what hurts a guest's stay the most.",
            "Anything that touches safety jumps everything.",
        ] {
            assert!(
                met(
                    "prioritisation",
                    Structure::Prioritisation,
                    said,
                    "highest_impact_first"
                ),
                "{said}"
            );
        }
        // Near misses: what one's manager likes, or the latest email, is no impact.
        for not_impact in [
            "I order by what matters to my manager, since she does my review.",
            "Whoever emails last jumps to the top of my list.",
        ] {
            assert!(
                !met(
                    "prioritisation",
                    Structure::Prioritisation,
                    not_impact,
                    "highest_impact_first"
                ),
                "{not_impact}"
            );
        }
        // Near miss: sorting by date is not sorting by harm.
        assert!(!met(
            "prioritisation",
            Structure::Prioritisation,
            "I sorted them by due date and went down the list.",
            "highest_impact_first"
        ));
        let by_arrival = "I take them in the order they arrive and work through the list.";
        assert!(!met(
            "prioritisation",
            Structure::Prioritisation,
            by_arrival,
            "highest_impact_first"
        ));
    }

    #[test]
    fn items_said_in_words_from_new_answers() {
        let p = |answer: &str, item: &str| {
            met("prioritisation", Structure::Prioritisation, answer, item)
        };
        assert!(p(
            "I looked at which cars had MOTs running out that week.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "The expired ones went to the front, because without an MOT you can't drive it home.",
            "highest_impact_first"
        ));
        assert!(p(
            "I asked each lead what would actually happen if theirs slipped. We agreed the \
             order: the grant report first, the audit second, the newsletter last.",
            "highest_impact_first"
        ));
        assert!(!p(
            "We agreed the order: the grant report first, the audit second.",
            "highest_impact_first"
        ));
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(s(
            "My opening move would be to walk the yard.",
            "first_approach"
        ));
        assert!(s(
            "I'd get the developers on a call straight away.",
            "first_approach"
        ));
        assert!(!s(
            "It's a big fall, so I'd treat it as urgent.",
            "first_approach"
        ));
        assert!(s(
            "I'd list what I need early: the noise data and the survey results.",
            "info_needed"
        ));
        assert!(s(
            "I'd send the terminal manager and the main lines a short note at the end of each day \
             with where we stand.",
            "communicate_progress"
        ));
        let i = |answer: &str, item: &str| met("integrity", Structure::Star, answer, item);
        assert!(i(
            "I graded the call as a P2 when it should have been a P1.",
            "states_mistake"
        ));
        assert!(i(
            "I approved the spraying window without checking the wind forecast.",
            "states_mistake"
        ));
        assert!(i(
            "That grading was my call and nobody else's.",
            "states_mistake"
        ));
        assert!(!i("I checked it without anyone asking.", "states_mistake"));
        assert!(i(
            "I graded the call wrongly. Officers got there forty minutes later rather than within \
             fifteen.",
            "impact_without_excuses"
        ));
        let pay = |answer: &str| {
            met(
                "salary",
                Structure::Salary,
                answer,
                "no_immediate_accept_reject",
            )
        };
        assert!(!pay(
            "If you could get closer to R750,000 I'd consider it, but at that number I'd have to \
             decline."
        ));
        assert!(pay(
            "If you could get closer to R750,000 I'd accept, but I'd want to talk it over at home \
             first."
        ));
    }

    #[test]
    fn items_said_in_words_from_more_new_answers() {
        let p = |answer: &str, item: &str| {
            met("prioritisation", Structure::Prioritisation, answer, item)
        };
        assert!(p(
            "The keynote is what people are paying for, so the sponsor packs can wait.",
            "highest_impact_first"
        ));
        assert!(!p("The emails can wait.", "highest_impact_first"));
        assert!(p(
            "It was only worth a maybe. We agreed we'd revisit templates after the retry work.",
            "highest_impact_first"
        ));
        assert!(p(
            "Without the dashboard they'd pull samples by hand. Marketing's date was later. \
             The feed also needed a new table. So claims clearly came first.",
            "highest_impact_first"
        ));
        assert!(p("We agree together the order.", "agree_priorities"));
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(s(
            "Then I'd need a few things: the funnel broken down by device, browser, country and \
             traffic source, and the release log.",
            "info_needed"
        ));
        let i = |answer: &str, item: &str| met("integrity", Structure::Star, answer, item);
        assert!(i(
            "I should have tested both and I did not.",
            "states_mistake"
        ));
        assert!(i(
            "I pushed it to all six depots at once. On-time delivery fell from 96% to 81%.",
            "impact_without_excuses"
        ));
        assert!(i("I've started using time-blocking.", "what_changed"));
        assert!(i(
            "I put monitoring alerts on the backup jobs after that.",
            "what_changed"
        ));
        let pay = |answer: &str, item: &str| met("salary", Structure::Salary, answer, item);
        assert!(!pay(
            "That doesn't work for me, so I'm going to have to pass at that number. I'd want \
             to think it over.",
            "no_immediate_accept_reject"
        ));
        assert!(!pay(
            "I'm not too fussed about the bonus and the health insurance.",
            "total_package"
        ));
        assert!(!pay(
            "I had a look at the PayScale data. The 13th cheque matters to me.",
            "researched_range"
        ));
        assert!(pay(
            "I had a look at the PayScale data, which puts it at 60k to 70k.",
            "researched_range"
        ));
    }

    #[test]
    fn prioritisation_and_progress_said_in_yet_more_words() {
        let p = |answer: &str, item: &str| {
            met("prioritisation", Structure::Prioritisation, answer, item)
        };
        assert!(p(
            "If the certificate expired, every viewer in Europe would get an error, so that \
             clearly came first.",
            "highest_impact_first"
        ));
        assert!(!p(
            "But if it did happen, I would agree what goes first with my manager.",
            "highest_impact_first"
        ));
        assert!(p(
            "The integration came out on top, because the deal was worth $250k.",
            "highest_impact_first"
        ));
        assert!(p(
            "I made a list of all the deadlines.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I keep a spreadsheet with the statutory deadline for each case.",
            "clarify_deadlines_impact"
        ));
        assert!(!p("I kept missing deadlines.", "clarify_deadlines_impact"));
        assert!(p("I checked each one.", "clarify_deadlines_impact"));
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(s(
            "I'd also give the product manager a short status every day.",
            "communicate_progress"
        ));
        assert!(s("I'd report monthly on progress.", "communicate_progress"));
        assert!(s(
            "Later I would follow up with the guest in the evening.",
            "communicate_progress"
        ));
        assert!(s(
            "First I'd want to be clear on the rules of the game.",
            "clarify_goal_constraints"
        ));
    }

    #[test]
    fn near_misses_found_in_review() {
        let p = |answer: &str, item: &str| {
            met("prioritisation", Structure::Prioritisation, answer, item)
        };
        assert!(!p(
            "I spoke to the team leads. Then I did the invoices first.",
            "highest_impact_first"
        ));
        assert!(!p(
            "I was paying attention to the rota. First, I spoke to my manager, second, I \
             emailed the client.",
            "highest_impact_first"
        ));
        assert!(!p(
            "I kept a close eye on the team because of the pressure they were under.",
            "clarify_deadlines_impact"
        ));
        let i = |answer: &str, item: &str| met("integrity", Structure::Star, answer, item);
        assert!(!i(
            "I fixed the outage without asking anyone for help.",
            "states_mistake"
        ));
        assert!(!i(
            "I felt I should have been consulted before the change.",
            "states_mistake"
        ));
        assert!(!i(
            "I put the wrong date on the review form.",
            "what_changed"
        ));
        assert!(!i(
            "I started using the new till in May and overcharged a customer by £40.",
            "what_changed"
        ));
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(!s(
            "I'd share the daily rota with the team.",
            "communicate_progress"
        ));
        let pay = |answer: &str, item: &str| met("salary", Structure::Salary, answer, item);
        assert!(pay(
            "If you could stretch to 80k — I'll take it. Otherwise I'd like a couple of days to \
             think it over.",
            "no_immediate_accept_reject"
        ));
        assert!(pay(
            "I'm going to pass this on to my partner. Could I have a couple of days to think it \
             over?",
            "no_immediate_accept_reject"
        ));
        assert!(pay(
            "I'm not fussed about the car, but the pension matters.",
            "total_package"
        ));
    }

    #[test]
    fn prioritisation_items_said_in_other_words() {
        let p = |answer: &str, item: &str| {
            met("prioritisation", Structure::Prioritisation, answer, item)
        };
        assert!(p(
            "I went to each requester and asked what actually happens if this lands late.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I rang the planner to find out which trailers were fixed.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I rang the grain merchant to check what we actually stood to lose.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "She signed off that order the same day.",
            "agree_priorities"
        ));
        assert!(p(
            "I was straight with the organiser about what she'd lose, and why.",
            "communicate_tradeoffs"
        ));
        assert!(p(
            "I told my team the new scheme of work is on hold until June.",
            "communicate_tradeoffs"
        ));
        assert!(p(
            "I put the unstable patients at the top, because those could actually hurt someone.",
            "highest_impact_first"
        ));
        assert!(p(
            "I chased the venue on Monday before anything else, because without it the caterer wouldn't confirm.",
            "highest_impact_first"
        ));
        assert!(p(
            "The check-ins win, because that's forty people standing in the lobby.",
            "highest_impact_first"
        ));
        assert!(p(
            "I called the city to confirm whether Friday was a hard slot.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I start by checking what actually has a hard date on it.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I checked with the account exec, who said the prospect wasn't signing until next quarter.",
            "clarify_deadlines_impact"
        ));
        assert!(p(
            "I messaged the sales head that the real screen would follow in the next sprint.",
            "communicate_tradeoffs"
        ));
        assert!(!p(
            "We won because we started early.",
            "highest_impact_first"
        ));
        assert!(!p(
            "I called the supplier next week.",
            "communicate_tradeoffs"
        ));
        // Keeping someone informed is not agreeing, and telling is not a trade-off.
        assert!(!p("I kept my manager informed.", "agree_priorities"));
        assert!(!p("I told the team the plan.", "communicate_tradeoffs"));
    }

    #[test]
    fn integrity_mistakes_owned_and_excuses_made() {
        let i = |answer: &str, item: &str| met("integrity", Structure::Star, answer, item);
        assert!(i(
            "I posted a large accrual to the wrong cost centre.",
            "states_mistake"
        ));
        assert!(i(
            "I over-certified an interim valuation.",
            "states_mistake"
        ));
        assert!(i("I once double-booked the dining room.", "states_mistake"));
        assert!(i(
            "I misattributed a quote in a front-page story.",
            "states_mistake"
        ));
        assert!(!i("I double-checked every figure.", "states_mistake"));
        // A consequence told alongside an excuse with nobody to blame is still an excuse.
        let excuse = "I posted it to the wrong cost centre, and it cost us a day of rework. \
            It was a mad week and we were two people down.";
        assert!(!i(excuse, "impact_without_excuses"));
        let passive = "Mistakes were made in how the data was pulled, and it cost us a fine.";
        assert!(!i(passive, "impact_without_excuses"));
        // Playing the impact down is a way of not owning it.
        let played_down = "I turned off the rate limit by mistake. There was some impact for a \
            while but nothing major.";
        assert!(!i(played_down, "impact_without_excuses"));
        // A delay that slipped is what it cost.
        let slipped = "I gave the dose without checking first. His discharge slipped by a day.";
        assert!(i(slipped, "impact_without_excuses"));
        // A "but" that goes on to state the cost is no playing down.
        let stated = "I pushed a bad config. No major damage, but the security team had to \
            spend two days checking logs.";
        assert!(i(stated, "impact_without_excuses"));
        // Near miss: "nothing" on its own is not playing anything down.
        let nothing = "I sent the wrong file. We lost the client, and nothing I said changed that.";
        assert!(i(nothing, "impact_without_excuses"));
    }

    #[test]
    fn scenario_items_said_in_other_words() {
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(s("My first call would be the plant.", "first_approach"));
        assert!(s("I'd go straight over and apologise.", "first_approach"));
        assert!(s(
            "First I'd look at the acuity across the ward: who's on oxygen, who's a falls risk.",
            "info_needed"
        ));
        assert!(s(
            "I'd be updating them through the night.",
            "communicate_progress"
        ));
        assert!(!s("I'd think about it carefully.", "first_approach"));
        assert!(!s(
            "I'd check with the nurse who was on shift.",
            "info_needed"
        ));
        assert!(s(
            "Then I'd look at who needs the most care.",
            "info_needed"
        ));
        assert!(s(
            "I'd want to know what the dashboard is actually used for, because that decides what 'fixed' means.",
            "clarify_goal_constraints"
        ));
        assert!(s(
            "The first question is whether go-live is fixed by a contract or whether it can move.",
            "clarify_goal_constraints"
        ));
        assert!(s(
            "I'd sit down with the colleague first and ask what they're actually seeing.",
            "first_approach"
        ));
        assert!(s(
            "I'd sit down with the colleague first and ask what they're actually seeing.",
            "info_needed"
        ));
        assert!(s(
            "Then I'd try to find out what's actually behind it.",
            "info_needed"
        ));
        for goal in [
            "My first question would be what has to happen for this to count as a success.",
            "I'd want to know the acuity, because that decides what 'safe' looks like today.",
            "I'd start by being clear about what I'm allowed to do.",
            "I'd work out exactly how many megalitres we have left.",
            "My aim would be to get it stopped today without losing the programme.",
            "Before anything, I'd check with the product owner what counts as normal here.",
            "I'd check with the city what the height limit is.",
            "I'd start by finding out whether any programmes are ring-fenced.",
        ] {
            assert!(s(goal, "clarify_goal_constraints"), "{goal}");
        }
    }

    #[test]
    fn a_concrete_would_do_step_is_a_first_move_but_vague_effort_is_not() {
        let s = |answer: &str| met("scenario", Structure::Scenario, answer, "first_approach");
        for concrete in [
            "I would take the guest aside, away from the other guests, and say sorry.",
            "I'd rip it out and redo it properly.",
            "I will first calm the customer and count the till with the cashier.",
            "First I'd want to know why. I'd go and walk the site myself before saying anything.",
        ] {
            assert!(s(concrete), "{concrete}");
        }
        for vague in [
            "I'd just deal with it and handle it professionally.",
            "I'd look at everything and make sure we're efficient.",
            "I'm very resourceful, I'd trim what isn't needed.",
            "I'd talk to people and kind of see what comes up.",
            "I'd want to know who was on shift.",
            // A test or an update is its own item, not the first move.
            "I'd run both systems in parallel and test them before switching.",
        ] {
            assert!(!s(vague), "{vague}");
        }
    }

    #[test]
    fn a_message_with_a_rhythm_or_the_news_reports_progress() {
        let s = |answer: &str| {
            met(
                "scenario",
                Structure::Scenario,
                answer,
                "communicate_progress",
            )
        };
        for reported in [
            "I'd send a sitrep to the operations centre every two hours.",
            "I'd text the on-call manager at set times so she knows where we are.",
            "And I'd send her a quick note midweek so Friday isn't a surprise.",
            "I'd tell the project manager at the next progress meeting what we'd found and done.",
            "I'd rather flag it early than let it blow up later.",
        ] {
            assert!(s(reported), "{reported}");
        }
        for silent in [
            "I'd just pass it straight up to my manager and let them deal with it.",
            "My first call would be to the bleep holder to ask for agency cover.",
        ] {
            assert!(!s(silent), "{silent}");
        }
    }

    #[test]
    fn asking_what_the_sponsor_wants_out_of_it_clarifies_the_goal() {
        let answer = "The first thing I'd want is clarity on what the director wants out of it.";
        assert!(met(
            "scenario",
            Structure::Scenario,
            answer,
            "clarify_goal_constraints"
        ));
    }

    #[test]
    fn trying_one_change_first_is_a_first_step_and_checking_it_against_others_a_test() {
        let answer = "I would try one change first, such as weekly quizzes in two classes, and \
            check the next mock against the classes without them.";
        assert!(met(
            "scenario",
            Structure::Scenario,
            answer,
            "first_approach"
        ));
        assert!(met(
            "scenario",
            Structure::Scenario,
            answer,
            "risks_and_tests"
        ));
        // Wanting to know something first is a question to ask, not a step.
        let wants = "First I would want to understand which classes fell.";
        assert!(!met(
            "scenario",
            Structure::Scenario,
            wants,
            "first_approach"
        ));
    }

    #[test]
    fn showing_the_two_versions_side_by_side_grounds_a_conflict_in_facts() {
        let answer = "I showed him the two lists side by side and asked what he was fixing.";
        assert!(met("conflict", Structure::Carl, answer, "facts_not_ego"));
        let costing = "I told him the rewrites were costing us two wasted trips a night.";
        assert!(met("conflict", Structure::Carl, costing, "facts_not_ego"));
        assert!(!met(
            "conflict",
            Structure::Carl,
            "I told him he was being difficult.",
            "facts_not_ego"
        ));
    }

    #[test]
    fn a_plan_to_grow_here_from_the_current_job_is_specific_and_linked_to_experience() {
        let answer = "In three years I'd like to be leading a small team here. It is the part of \
            my current job I enjoy most.";
        assert!(met(
            "motivation",
            Structure::Reasons,
            answer,
            "specific_to_them"
        ));
        assert!(met(
            "motivation",
            Structure::Reasons,
            answer,
            "links_to_experience"
        ));
        let anywhere = "I'd like to be leading a small team somewhere good.";
        assert!(!met(
            "motivation",
            Structure::Reasons,
            anywhere,
            "specific_to_them"
        ));
    }

    #[test]
    fn taking_a_day_to_think_is_not_deciding_on_the_spot() {
        let answer = "I would thank them and take a day to think it over.";
        assert!(met(
            "salary",
            Structure::Salary,
            answer,
            "no_immediate_accept_reject"
        ));
    }

    #[test]
    fn research_and_the_package_in_other_words() {
        let s = |answer: &str, item: &str| met("salary", Structure::Salary, answer, item);
        for researched in [
            "I went through the collective agreement grid and the posted rates, so I'm at $45 an hour.",
            "I had a look on a jobs board at similar posts and most were £28k to £32k.",
            "The salary report for this level puts it at ₦1.3 to ₦1.6 million a month.",
        ] {
            assert!(s(researched, "researched_range"), "{researched}");
        }
        assert!(!s("I'd like £40k, please.", "researched_range"));
        // Research with no figure of its own: current pay beside it, or not knowing the rate.
        assert!(!s(
            "I've done some research on what nurses earn here. I'm currently on 32,000 a month.",
            "researched_range"
        ));
        assert!(!s(
            "I'm hoping for 35k. I don't really know what the going rate is, to be honest.",
            "researched_range"
        ));
        // Research after a "but", and a range seen beside current pay, still back a figure.
        assert!(s(
            "I don't know the going rate in Dublin, but in Manchester I researched it: 40k to 45k.",
            "researched_range"
        ));
        assert!(s(
            "I've researched similar roles on Glassdoor. I'm on 42k now, and the range I saw was 48k to 54k.",
            "researched_range"
        ));
        // Near miss: the research sentence holds its own figure, current pay or not.
        assert!(s(
            "Salary guides put this role at 48k to 52k, and I'm currently on 45k.",
            "researched_range"
        ));
        for package in [
            "Is salary packaging available?",
            "The variable component matters to me, and medical cover for my parents.",
        ] {
            assert!(s(package, "total_package"), "{package}");
        }
        // Wanting the whole offer before saying yes defers; it weighs nothing up.
        assert!(!s(
            "I'd want to see the whole offer before saying yes.",
            "total_package"
        ));
    }

    #[test]
    fn a_counter_offer_or_talking_it_over_is_not_deciding_on_the_spot() {
        let s = |answer: &str| {
            met(
                "salary",
                Structure::Salary,
                answer,
                "no_immediate_accept_reject",
            )
        };
        assert!(s(
            "I'd like to talk that through first. If we could start at M5, I'd be very happy to accept."
        ));
        assert!(s(
            "I'd want to talk it over with my wife before I said yes."
        ));
        assert!(s(
            "I'd want to think any offer over properly before giving you an answer."
        ));
        assert!(!s(
            "If that's the number, I'll take it. I'd want to talk it over too."
        ));
    }

    #[test]
    fn facts_to_find_out_are_information_but_the_goal_is_not() {
        let s = |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(s(
            "First I'd get on the phone with the supplier and find out exactly which products they can still deliver.",
            "info_needed"
        ));
        assert!(s("First I would check how big it is.", "info_needed"));
        assert!(!s(
            "First I'd get on the radio and find out what's actually fixed, and whether I'm allowed to offload cargo.",
            "info_needed"
        ));
    }

    #[test]
    fn owning_a_mistake_in_other_words() {
        let s = |answer: &str| met("integrity", Structure::Carl, answer, "states_mistake");
        for owned in [
            "I set a patient's infusion at the wrong rate.",
            "I diarised a limitation date three weeks later than it really was.",
            "I didn't hand it over to anyone, and that part's on me.",
            "That calculation was mine and nobody else's.",
        ] {
            assert!(s(owned), "{owned}");
        }
        assert!(!s("I set up the new rota and it went well."));
    }

    #[test]
    fn widened_cues_still_refuse_their_near_misses() {
        let salary = |answer: &str, item: &str| met("salary", Structure::Salary, answer, item);
        assert!(!salary(
            "I'd want to think it over. If you can't meet 50k I'll turn it down.",
            "no_immediate_accept_reject"
        ));
        assert!(!salary(
            "I'd talk through my achievements and ask for 45k.",
            "no_immediate_accept_reject"
        ));
        assert!(!salary(
            "I went through a redundancy last year, so I'd like 40k.",
            "researched_range"
        ));
        assert!(!salary(
            "My last job was in food packaging.",
            "total_package"
        ));
        let scenario =
            |answer: &str, item: &str| met("scenario", Structure::Scenario, answer, item);
        assert!(!scenario(
            "I would not shout at the guest.",
            "first_approach"
        ));
        assert!(!scenario(
            "I'd ring every supplier on the list to find stock.",
            "communicate_progress"
        ));
        let owns = |answer: &str| met("integrity", Structure::Carl, answer, "states_mistake");
        assert!(!owns("That decision was my manager's, not mine."));
        assert!(!owns("I booked the team onto the late shift."));
    }
}
