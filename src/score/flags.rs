//! Red flags an interviewer notices: badmouthing or blaming others, and clichéd weaknesses.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::cues::{pattern, phrases};
use super::text::{Sentence, is_day_or_month};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    pub badmouthing: bool,
    /// The words that disparage or shift blame.
    pub badmouthing_evidence: Vec<String>,
    pub cliche_weakness: bool,
    pub cliche_evidence: Vec<String>,
}

/// Words that disparage a person or an organisation.
static DISPARAGING: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "clueless",
        "useless",
        "incompetent",
        "idiots?",
        "idiotic",
        "stupid",
        "lazy",
        "bone idle",
        "nightmare",
        "toxic",
        "hopeless",
        "pathetic",
        "a joke",
        "a shambles",
        "shambolic",
        "ran (it|the place|the company|the business) into the ground",
        "had favourites",
        "had favorites",
        "didn't have a clue",
        "had no clue",
        "no idea what (he|she|they) (was|were) doing",
        "couldn't manage",
        "couldn't organi[sz]e",
        "that lot",
        "a disaster",
        "terrible (manager|boss|company|place|team|leadership)",
        "awful (manager|boss|company|place|team|leadership)",
        "the worst (manager|boss|company|place)",
        "micromanag(er|ing|ed)",
        "control freak",
        "(had|has) no idea how to (plan|manage|run|organi[sz]e|lead|prioriti[sz]e)",
        "out of (his|her|their) depth",
        "power[- ]trip",
        "jealous",
        "backstab(bing|ber|bed)",
        "two-faced",
        "rude",
        "arrogant",
        "a bully",
        "bullied",
        "dragged (us|me) down",
        "dead weight",
        "waste of space",
        "never listened",
        "never did (anything|any work|his job|her job|their job)",
        "scatty",
        "dinosaur",
        "hadn't a clue",
        "(the )?least organi[sz]ed",
        "(a|an) (total|complete|real|absolute|utter) (mess|joke|idiot|clown|cheapskate|nightmare|waste of (time|space)|piece of work)",
        "cheapskates?",
        "tightwads?",
        "pa(ys|id|y) peanuts",
        "moaners?",
        "gossips",
        "whingers?",
        "skivers?",
        r"than do any (actual |real )?work",
        "clowns?",
        "prima donna",
        "(hasn't|haven't|hadn't) got a clue",
        "no business (touching|doing|being)",
        "a circus",
        "couldn't [a-z]+ (his|her|their) way out of",
        "carrying (people|them|him|her|the team)",
        "dumb",
        "moron(s|ic)?",
        "lazy",
        "a liability",
        "can't be trusted",
        "cowboys?",
        "crooks?",
        "tight-fisted",
        "arsey",
        "stroppy",
        "chancers?",
        "jobsworths?",
        "muppets?",
        "numpty",
        "liars?",
        r"(not|isn't|wasn't|aren't|weren't) (very |that |exactly )?(good|great|competent) at (his|her|their) jobs?",
        r"to save (his|her|their) li(fe|ves)",
        r"(is|was|are|were) beneath (him|her|them)",
        r"full of (himself|herself|themselves)",
        // Sneers at someone's character or habits, not at a fact.
        r"(cares|cared) about nothing (but|except)",
        r"only (cares|cared) about (himself|herself|themselves|his own|her own|their own)",
        r"thought (he|she|they) (was|were) (god's gift|god’s gift|above|better than)",
        r"(he|she|they|who) (can't|couldn't|can’t|couldn’t) be bothered",
        r"(he|she|they|who) never (listens|listened|checks|checked|bothers|bothered|reads|read|pulls|pulled|follows through|followed through)",
        r"(people|guys|types|managers|clients) like (that|him|her|them) (shouldn't|should not|never|always|can't)",
        r"bait and switch",
        r"(paid|treated) ([a-z]+ )?like (garbage|rubbish|dirt|crap|trash)",
        r"given who (i|we) (was|were) dealing with",
        r"thr(ew|ow) ([a-z]+ )?(me|us|whoever|everyone|people) under the bus",
    ])
});

/// "It wasn't my fault": blame pushed away, which only lands on someone when the sentence
/// names them ("Priya signed it off too, so it wasn't all on me").
const DENIAL_PATTERN: &str = r"\b(wasn't|was not|isn't|is not|weren't|it's not|it wasn't)\s+(really\s+|entirely\s+|actually\s+|all\s+)?(my fault|down to me|on me|my mistake|my responsibility|me)\b";

static DENIAL: LazyLock<Regex> = LazyLock::new(|| pattern(&format!("(?i){DENIAL_PATTERN}")));

/// Shifting blame for one's own outcome onto someone else, or pushing it away (checked for a
/// named party where it is found, so one search covers both).
static BLAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r"(?i){DENIAL_PATTERN}|\b(if|had)\s+(he|she|they|my manager|my boss|the client|head office|(?-i:[A-Z][a-z]+))\s*('d|’d|had)\s+(done|planned|checked|told|sent|trained|listened|given|bothered)|\b(that|it|this)\s+(was|is)\s+(really\s+|all\s+|entirely\s+|totally\s+)?(on|down to)\s+(the|my|our|their|his|her)\s+([a-z]+\s+)?(provider|supplier|vendor|client|customer|manager|boss|team|contractor|subcontractor|agency|company|department|driver|drivers|colleague|director|office|courier|carrier|haulier|landlord|system|firm|lead|supervisor|developer|developers|designer|warehouse|planner|(?-i:[A-Z][a-z]+))\b|\b(that|it|this)(\s+one)?\s+(was|is)\s+(really|completely|all|entirely|totally|squarely|honestly)\s+(on|down to)\s+(?-i:[A-Z][a-z]+)\b|\b(it|that) was (his|her|their|(?-i:[A-Z][a-z]+)'s) fault\b|\b(he|she|they|(?-i:[A-Z][a-z]+))\s+never\s+(trained|told|sent|checked|gave|showed|explained|helped|supported|bothered)|\bshould have (checked|caught|told|known|done)\b|\b(entirely|all|totally|squarely|really) on (him|her|them)\b|\b(that|it|this)( one)? (was|is) on (him|her|them)\b|\bon (him|her|them),? not me\b|\b(issue|problem|error|mistake|delay|fault) (came|was) from (his|her|their) (side|end)\b|\bbecause of (my|the|our) (manager|boss|supervisor|lead|colleague)['’]s\b[^.]{{0,40}}\bnot (mine|me|my)\b|\b(supposed to|meant to) (check|do|catch|review|send)\b",
    ))
});

/// Someone other than the speaker, by pronoun or role.
static SOMEONE_ELSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(he|she|they|him|them|(my|our|the) (manager|boss|colleague|team ?lead|lead|supervisor|director|client|customer|supplier|vendor|contractor|agency|developer|designer|planner|reviewer|partner|owner|team|office|courier|carrier))\b",
    )
});

/// Whether a sentence names someone: a pronoun or role, or a capitalised name doing something
/// ("Priya signed it off", "Darren had the scanners"), which "the Excel file" and "Tesco" in
/// "I rang Tesco" are not.
fn names_someone(text: &str) -> bool {
    if SOMEONE_ELSE.is_match(text) {
        return true;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.windows(2).skip(1).any(|pair| {
        let mut letters = pair[0].chars();
        let capitalised = matches!(
            (letters.next(), letters.next()),
            (Some(first), Some(second)) if first.is_ascii_uppercase() && second.is_ascii_lowercase()
        );
        capitalised && !is_day_or_month(pair[0]) && acts(pair[1])
    })
}

/// A verb right after a name: a past form or an auxiliary.
fn acts(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.ends_with("ed")
        || matches!(
            lower.as_str(),
            "had"
                | "was"
                | "did"
                | "didn't"
                | "never"
                | "ran"
                | "sent"
                | "gave"
                | "told"
                | "said"
                | "made"
                | "wrote"
                | "put"
                | "forgot"
                | "is"
                | "has"
                | "does"
                | "should"
        )
}

/// Insults that also describe a thing or a situation: "the average was useless on its own",
/// "that's kind of a nightmare".
static FITS_A_THING: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "useless",
        "nightmare",
        "disaster",
        "hopeless",
        "mess",
        "stupid",
    ])
});

/// The clause before the insult makes a thing or the situation its subject.
static ABOUT_A_THING: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(it|that|this|which|average|data|figures?|numbers?|report|system|process|tool|software|spreadsheet|form|plan|weather|traffic|situation|deadline|timeline|rota|schedule|setup|layout|queue|backlog|forecast|idea|launch|handover|migration|paperwork|equipment|kit|printer|website|app)('s|’s|\s+(was|is|were|are|seemed|looked|felt|became|wasn't|isn't|was not|is not|(would|will|could|might) be))(\s+(kind of|sort of|a bit|just|really|totally|completely|honestly|pretty|fairly|such|quite|a))*\s*$",
    )
});

/// Whether the clause's subject is a thing: "the data was", "that's"; but not "the designers
/// on it were", where "it" is the object of a preposition.
fn about_a_thing(clause: &str) -> bool {
    ABOUT_A_THING
        .find(clause)
        .is_some_and(|m| !after_a_preposition(&clause[..m.start()]))
}

/// Whether the text ends in a preposition, making what follows its object: "the designers on
/// it", "the height limit on that lot" (a plot of land, not a group of people).
fn after_a_preposition(before: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "on", "in", "at", "of", "for", "to", "from", "with", "about", "by", "across",
    ];
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    PREPOSITIONS.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// "Your stores are a shambles": rude about the interviewer's own side, which is a
/// different mistake from running down a past employer.
static YOUR_SIDE: LazyLock<Regex> = LazyLock::new(|| phrases(&["your", "you lot", "you guys"]));

/// "That was on Sharon", "down to Jackie": blame on a bare name, which only counts where the
/// sentence says something went wrong (not "it was on Zoom").
static BLAME_ON_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(that|it|this|that one|this one|the whole thing|all of (it|that)|the (mistake|error|delay|problem|mix-up|mess))\s+(was|is)\s+(really\s+|all\s+|entirely\s+|completely\s+)?(on|down to)\s+(?-i:[A-Z][a-z]+)\b",
    )
});

/// "That one was on the haulier": whose fault only where the sentence says something went
/// wrong, not where a thing sat ("that one was on the team calendar").
static BLAME_ONE_ON_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(that|this) one (was|is) (on|down to) (the|my|our|their|his|her) ([a-z]+\s+)?(provider|supplier|vendor|client|customer|manager|boss|contractor|subcontractor|agency|courier|carrier|haulier|landlord|developer|designer|planner|(?-i:[A-Z][a-z]+))\b",
    )
});

static WENT_WRONG: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "late",
        "missing",
        "wrong",
        "missed",
        "mistake",
        "error",
        "fault",
        "slipped",
        "lost",
        "failed",
        "didn't",
        "wasn't",
        "never",
        "complain(ed|t|ts)?",
        "blame",
    ])
});

/// Help that follows a shortcoming named: "..., so I sat with him for a week".
static HELPED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^[^.]{0,60}\bso I (helped|paired|sat|showed|trained|coached|supported|mentored|walked)\b",
    )
});

/// Owning it: these cancel a blame cue in the same sentence.
static OWNERSHIP: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        r"(that|it) (was|is|'s) (all )?on me",
        r"that's on me",
        r"my (own )?(fault|mistake|error)",
        r"i should have",
        r"i take (full )?responsibility",
        r"no excuses?",
    ])
});

/// Someone else is speaking: "he said our leads were garbage" is not the candidate's view.
static REPORTED_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(said|told (me|us|everyone)|called|claimed|shouted|complained|accused (me|us))\b[^.]{0,60}$",
    )
});

static CLICHE_WEAKNESS: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "perfectionist",
        "perfectionism",
        r"care (too|so) much",
        r"caring too much",
        r"work(ing)? too hard",
        r"too hard[- ]working",
        r"workaholic",
        r"too (much of a )?detail[- ]oriented",
        r"too committed",
        r"too dedicated",
        r"too passionate",
        r"take on too much",
        r"hold myself to (really |very |too )?high standards",
        r"too honest",
        r"too nice",
    ])
});

/// An ownership phrase that is not itself negated ("wasn't my fault" is not ownership).
fn owns_it(text: &str) -> bool {
    OWNERSHIP.find_iter(text).any(|m| {
        let before = text[..m.start()].to_ascii_lowercase();
        let tail: String = before
            .chars()
            .rev()
            .take(16)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // Only the clause the phrase sits in: "I don't know, and I should have checked" owns it.
        let clause = tail.rsplit([',', ';', ':']).next().unwrap_or(&tail);
        !(clause.contains("n't") || clause.contains("not ") || clause.contains("n’t"))
    })
}

/// A capitalised word that is not a person: a day or month after "on" ("it was on Monday"),
/// or a pronoun opening the sentence ("It never helped").
fn names_no_one(blame: &str) -> bool {
    let mut words = blame.split(' ');
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if second == "never" && matches!(first, "It" | "That" | "This" | "There" | "We" | "What") {
        return true;
    }
    is_day_or_month(blame.rsplit(' ').next().unwrap_or(""))
}

pub fn find_flags(sentences: &[Sentence<'_>]) -> Flags {
    let mut flags = Flags::default();
    for (index, sentence) in sentences.iter().enumerate() {
        let text = sentence.text;
        // "That wasn't really my mistake. Darren ran the scanners": the name may come next.
        let next = sentences.get(index + 1).map_or("", |s| s.text);
        let disparaging = DISPARAGING.find_iter(text).find(|m| {
            let before = &text[..m.start()];
            // Only the clause the insult sits in: "to answer your question, my boss was a
            // clown" is still about the boss.
            let clause = before.rsplit(',').next().unwrap_or(before);
            let at_a_thing = (FITS_A_THING.is_match(m.as_str()) && about_a_thing(clause))
                || (m.as_str().eq_ignore_ascii_case("that lot") && after_a_preposition(before));
            // "A new starter was out of her depth, so I paired with her": said to explain help.
            let helped = HELPED_AFTER.is_match(&text[m.end()..]);
            !(REPORTED_SPEECH.is_match(before)
                || YOUR_SIDE.is_match(clause)
                || at_a_thing
                || helped)
        });
        let blame = BLAME
            .find_iter(text)
            // "That one is on them to sort out", "it's not on me to tell them": whose job it
            // is, not whose fault.
            .filter(|m| !text[m.end()..].starts_with(" to "))
            .filter(|m| !DENIAL.is_match(m.as_str()) || names_someone(text) || names_someone(next))
            .chain(
                BLAME_ON_NAME
                    .find_iter(text)
                    .chain(BLAME_ONE_ON_PARTY.find_iter(text))
                    .filter(|_| WENT_WRONG.is_match(text)),
            )
            .find(|m| !names_no_one(m.as_str()))
            .filter(|_| !owns_it(text));
        if let Some(m) = disparaging.or(blame) {
            flags.badmouthing = true;
            flags.badmouthing_evidence.push(m.as_str().to_owned());
        }
        if let Some(m) = CLICHE_WEAKNESS.find(text) {
            flags.cliche_weakness = true;
            flags.cliche_evidence.push(m.as_str().to_owned());
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::text::sentences;

    fn flags(text: &str) -> Flags {
        find_flags(&sentences(text))
    }

    #[test]
    fn disparaging_a_manager_is_badmouthing() {
        assert!(flags("My manager was clueless and I left.").badmouthing);
    }

    #[test]
    fn ownership_after_another_clause_still_owns_it() {
        assert!(!flags("I said I don't know, and I should have checked.").badmouthing);
        assert!(flags("It wasn't my fault: he should have checked.").badmouthing);
        assert!(flags("I trusted her export. So really the issue came from her side.").badmouthing);
    }

    #[test]
    fn insults_by_other_names_and_a_thing_that_would_be_a_nightmare() {
        assert!(flags("My last manager was a total control freak.").badmouthing);
        assert!(flags("Honestly, she was out of her depth.").badmouthing);
        assert!(flags("Frankly my manager had no idea how to plan work.").badmouthing);
        assert!(
            flags("That remark was because of my manager's planning, really, not my work.")
                .badmouthing
        );
        assert!(!flags("I mean, that would be a nightmare, right?").badmouthing);
        assert!(!flags("But it wasn't a disaster or anything.").badmouthing);
    }

    #[test]
    fn near_misses_found_in_review() {
        for text in [
            "The original request came from their side, and we agreed a plan together.",
            "The win was down to my manager's planning, not mine.",
            "A new starter was out of her depth on nights, so I paired with her for a week.",
            "The new starter had no idea how to plan a rota, so I sat with him.",
        ] {
            assert!(!flags(text).badmouthing, "{text}");
        }
    }

    #[test]
    fn neutral_facts_and_ownership_are_not() {
        assert!(!flags("The company was acquired and my role ended.").badmouthing);
        assert!(!flags("I skipped the check. That was on me.").badmouthing);
        assert!(!flags("He said our reports were useless, so I asked him why.").badmouthing);
    }

    #[test]
    fn shifting_blame_is_badmouthing() {
        assert!(
            flags("It wasn't my fault; if Tom had sent the files we'd have made it.").badmouthing
        );
    }

    #[test]
    fn insults_and_blame_on_a_named_person_are_badmouthing() {
        assert!(flags("Honestly, the bloke was a cowboy.").badmouthing);
        assert!(flags("She's not great at her job, to be frank.").badmouthing);
        assert!(flags("That was completely on Marco, not me.").badmouthing);
        // A name after "on" counts only where something went wrong; a day is never a person.
        assert!(!flags("The launch was on Monday and it went well.").badmouthing);
        assert!(!flags("It was really on me to fix it.").badmouthing);
        assert!(flags("The campaign slipped, but honestly that was on Sharon.").badmouthing);
        assert!(flags("That was down to Jackie, who never checks anything.").badmouthing);
        assert!(!flags("The review was down to Friday in the end.").badmouthing);
    }

    #[test]
    fn an_insult_word_about_a_thing_or_the_situation_is_not_badmouthing() {
        assert!(!flags("The overall average was useless on its own, so I split it.").badmouthing);
        assert!(!flags("Oh man, that's kind of a nightmare.").badmouthing);
        // A person is still a person, even next to "it".
        assert!(flags("The account director on it was useless.").badmouthing);
        assert!(flags("The other designers on it were pretty useless.").badmouthing);
        assert!(flags("The manager that night was useless.").badmouthing);
        assert!(flags("My supervisor that week was a nightmare.").badmouthing);
        assert!(!flags("I'd check the zoning height limit on that lot.").badmouthing);
        assert!(flags("Honestly, that lot upstairs never knew what was going on.").badmouthing);
    }

    #[test]
    fn whose_job_it_is_and_a_thing_named_are_not_blame() {
        assert!(!flags("That one is on them to sort out, I just use the room.").badmouthing);
        assert!(!flags("It's not on me to tell customers what they should buy.").badmouthing);
        assert!(!flags("It wasn't really my fault, the Excel file was corrupt.").badmouthing);
        assert!(!flags("It wasn't down to me. I rang Tesco the next morning.").badmouthing);
    }

    #[test]
    fn blame_on_a_person_named_nearby_or_by_pronoun() {
        assert!(
            flags("Honestly the whole thing was on Rahul; he sent the wrong file.").badmouthing
        );
        assert!(
            flags("That wasn't really my mistake. Darren ran the scanners and he miscounted.")
                .badmouthing
        );
        assert!(flags("So that one was on him really, the count was wrong.").badmouthing);
        assert!(
            flags("Honestly that one was on the haulier, they kept missing slots.").badmouthing
        );
        assert!(flags("The checks were missing, so that one was really on Kevin.").badmouthing);
        // Near misses: owning it, and whose job something is.
        assert!(!flags("That one was on me, I missed the slot.").badmouthing);
        assert!(!flags("That one is on the client to sign off.").badmouthing);
        // Where a thing sat, said with "that one".
        assert!(!flags("That one was on the system already, so I updated the record.").badmouthing);
        assert!(!flags("That one was on my manager's desk for sign-off by Friday.").badmouthing);
    }

    #[test]
    fn sneers_at_habits_and_character_are_badmouthing() {
        assert!(flags("He only cares about his own numbers.").badmouthing);
        assert!(flags("The owner was a total cheapskate.").badmouthing);
        assert!(flags("He can't be bothered to hire anyone.").badmouthing);
        assert!(
            flags("In fairness, Priya signed off on it too, so it wasn't all on me.").badmouthing
        );
        // Pushing blame away with nobody named is an excuse, not badmouthing.
        assert!(!flags("When something goes wrong it's not really down to me anyway.").badmouthing);
        // Rudeness about the interviewer's own side is a different mistake.
        assert!(!flags("Your stores have a reputation for being a shambles.").badmouthing);
        assert!(!flags("She never missed a deadline.").badmouthing);
        assert!(flags("The owner is a tightwad who pays peanuts.").badmouthing);
        assert!(flags("They'd rather sit around complaining than do any actual work.").badmouthing);
        assert!(flags("The numbers came from Tom, so that one was really on him.").badmouthing);
        // Under case folding "[A-Z]" took any word: "which never helped" is no person.
        assert!(!flags("I used to argue straight away, which never helped anyone.").badmouthing);
        assert!(!flags("In the end that was down to the weather.").badmouthing);
        assert!(!flags("The review was fine; it was on Zoom.").badmouthing);
        assert!(!flags("It never helped to rush it.").badmouthing);
        assert!(flags("That was really on the payroll provider.").badmouthing);
        assert!(!flags("I couldn't be bothered with the gossip.").badmouthing);
        assert!(flags("To answer your question, my last boss was a clown.").badmouthing);
    }

    #[test]
    fn cliche_weakness() {
        assert!(flags("Honestly I'm a perfectionist.").cliche_weakness);
        assert!(!flags("I avoid asking for help early.").cliche_weakness);
    }
}
