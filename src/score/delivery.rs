//! How the answer would sound: length, speaking time against the window, fillers, hedges,
//! "I" versus "we", and hypothetical "I would" where a real example was asked for.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::cues::{pattern, phrases};
use super::text::{self, QuestionKind, word_count};
use crate::bank::TimeWindow;

/// Speaking rate used to estimate how long an answer takes to say.
pub const WORDS_PER_MINUTE: f64 = 140.0;

/// Past this multiple of the window's maximum, an answer is rambling rather than long.
const RAMBLING_FACTOR: f64 = 1.5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pace {
    /// Under the window: probably thin.
    Short,
    Within,
    /// Over the window but not by much.
    Long,
    /// Far over the window.
    Rambling,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    pub text: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    pub words: usize,
    pub estimated_seconds: u32,
    pub window: TimeWindow,
    pub pace: Pace,
    /// Total filler words ("um", "you know", filler "like").
    pub fillers: usize,
    pub filler_words: Vec<Counted>,
    pub hedges: usize,
    pub hedge_words: Vec<Counted>,
    pub i_count: usize,
    pub we_count: usize,
    /// "I would..." phrasing in an answer that was asked for a real past example.
    pub hypothetical_phrases: usize,
}

impl Delivery {
    /// Mostly "we": the listener cannot tell what the candidate did.
    pub fn mostly_we(&self) -> bool {
        self.we_count >= 4 && self.we_count > 2 * self.i_count
    }
}

static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "um+",
        "umm+",
        "uh+",
        "er+",
        "erm+",
        "ah+",
        "hmm+",
        "you know",
        "i mean",
        "sort of like",
        "basically",
        "literally",
        "you see",
    ])
});

/// "like" as a filler: set off by commas, before a number, or after "was"/"it's".
static FILLER_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)(,\s*like\b|\blike,|\blike\s+(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b|\b(was|were|is|it's|it’s|so|and|just|totally)\s+like\s+(so|really|totally|super|a\s+bit|the|this|um|uh)\b)",
    )
});

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    phrases(&[
        "i think",
        "i guess",
        "i suppose",
        "maybe",
        "perhaps",
        "probably",
        "sort of",
        "kind of",
        "hopefully",
        "i feel like",
        "somewhat",
        "more or less",
        "i believe",
        "possibly",
        "to some extent",
        "i'd say",
        "not sure",
    ])
});

/// Whether a word speaks of the candidate ("I", "my", "I'd") or of the team ("we", "our").
fn person(word: &str) -> Option<Person> {
    // Lower-case into a small buffer, curly apostrophes made straight; longer words are neither.
    let mut buf = [0u8; 9];
    let mut len = 0;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() || len == buf.len() {
            return None;
        }
        buf[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    match &buf[..len] {
        b"i" | b"me" | b"my" | b"mine" | b"myself" | b"i'm" | b"i'd" | b"i've" | b"i'll" => {
            Some(Person::I)
        }
        b"we" | b"us" | b"our" | b"ours" | b"ourselves" | b"we're" | b"we'd" | b"we've"
        | b"we'll" => Some(Person::We),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Person {
    I,
    We,
}

static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(i would|i'd|i’d|i will|i'll|i’ll)\s+(?:(?:probably|just|first|then|also|always)\s+)?(try|make|be|go|get|ask|tell|talk|sit|look|check|speak|call|do|start|set|take|work|have|focus|put|bring|give|use|find|explain|raise|escalate|help|want|need|say)\b",
    )
});

impl Pace {
    /// Where `seconds` of speaking falls against `window`.
    pub fn of(seconds: u32, window: TimeWindow) -> Pace {
        if seconds < window.min {
            Pace::Short
        } else if seconds <= window.max {
            Pace::Within
        } else if f64::from(seconds) <= f64::from(window.max) * RAMBLING_FACTOR {
            Pace::Long
        } else {
            Pace::Rambling
        }
    }
}

/// How long `text` takes to say at [`WORDS_PER_MINUTE`], in seconds.
pub fn speaking_seconds(text: &str) -> f64 {
    seconds_for(word_count(text))
}

fn seconds_for(words: usize) -> f64 {
    words as f64 * 60.0 / WORDS_PER_MINUTE
}

pub fn measure(answer: &str, window: TimeWindow, kind: QuestionKind) -> Delivery {
    let (mut words, mut i_count, mut we_count) = (0, 0, 0);
    for word in text::words(answer) {
        words += 1;
        match person(word) {
            Some(Person::I) => i_count += 1,
            Some(Person::We) => we_count += 1,
            None => {}
        }
    }
    let seconds = seconds_for(words).round() as u32;
    let pace = Pace::of(seconds, window);
    // Each list is searched on its own: they start with literal words the regex engine can
    // skip to, which beats one combined pass that must step through every byte.
    let mut filler_words = tally(FILLER.find_iter(answer).map(|m| m.as_str()));
    let like_count = FILLER_LIKE.find_iter(answer).count();
    if like_count > 0 {
        filler_words.push(Counted {
            text: "like".into(),
            count: like_count,
        });
    }
    let hedge_words = tally(HEDGE.find_iter(answer).map(|m| m.as_str()));
    let hypothetical_phrases = if kind == QuestionKind::Behavioural {
        HYPOTHETICAL.find_iter(answer).count()
    } else {
        0
    };
    Delivery {
        words,
        estimated_seconds: seconds,
        window,
        pace,
        fillers: filler_words.iter().map(|c| c.count).sum(),
        filler_words,
        hedges: hedge_words.iter().map(|c| c.count).sum(),
        hedge_words,
        i_count,
        we_count,
        hypothetical_phrases,
    }
}

fn tally<'a>(found: impl Iterator<Item = &'a str>) -> Vec<Counted> {
    let mut out: Vec<Counted> = Vec::new();
    for text in found {
        let key = text.to_lowercase();
        match out.iter_mut().find(|c| c.text == key) {
            Some(c) => c.count += 1,
            None => out.push(Counted {
                text: key,
                count: 1,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: TimeWindow = TimeWindow { min: 60, max: 90 };

    #[test]
    fn like_is_a_filler_only_when_it_is_one() {
        let d = measure(
            "I would like to add, like, one thing. I reminded him like five times.",
            WINDOW,
            QuestionKind::Behavioural,
        );
        assert_eq!(
            d.filler_words
                .iter()
                .find(|c| c.text == "like")
                .map(|c| c.count),
            Some(2)
        );
        let d = measure(
            "I would like more feedback and it looks like rain.",
            WINDOW,
            QuestionKind::Behavioural,
        );
        assert_eq!(d.fillers, 0);
    }

    #[test]
    fn multi_word_fillers_and_pronouns() {
        let d = measure(
            "Um, you know, we did it. We shipped. I led it.",
            WINDOW,
            QuestionKind::Behavioural,
        );
        assert_eq!(d.fillers, 2);
        assert_eq!(d.we_count, 2);
        assert_eq!(d.i_count, 1);
    }

    #[test]
    fn speaking_time_at_140_words_a_minute() {
        let answer = "word ".repeat(140);
        let d = measure(&answer, WINDOW, QuestionKind::Behavioural);
        assert_eq!(d.estimated_seconds, 60);
        assert_eq!(d.pace, Pace::Within);
        let d = measure(&"word ".repeat(700), WINDOW, QuestionKind::Behavioural);
        assert_eq!(d.pace, Pace::Rambling);
    }

    #[test]
    fn hypothetical_phrasing_counts_only_for_behavioural_questions() {
        let text = "I would talk to them and I'd ask what they need.";
        assert_eq!(
            measure(text, WINDOW, QuestionKind::Behavioural).hypothetical_phrases,
            2
        );
        assert_eq!(
            measure(text, WINDOW, QuestionKind::Hypothetical).hypothetical_phrases,
            0
        );
    }
}
