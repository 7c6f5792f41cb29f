//! Splitting an answer into sentences and words, keeping byte offsets so evidence is always an
//! exact substring of what the candidate wrote.

use std::sync::LazyLock;

use regex::Regex;

/// The months as a regex alternation, for cue patterns that name a date.
pub const MONTHS: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
/// The days of the week as a regex alternation.
pub const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// Whether `word` names a month or a day of the week, in any case.
pub fn is_day_or_month(word: &str) -> bool {
    MONTHS
        .split('|')
        .chain(WEEKDAYS.split('|'))
        .any(|name| name.eq_ignore_ascii_case(word))
}

/// One sentence of the answer: its byte range and text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "p.m", "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "vs", "approx", "no", "st",
    "inc", "ltd", "co", "dept", "jr", "sr",
];

/// Splits at `.`, `!` or `?` followed by white space and a capital, digit or quote, and at blank
/// lines. Decimal points and common abbreviations do not split.
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary_end = if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
                j += 1;
            }
            let gap_end = skip_spaces(bytes, j);
            let next_starts_sentence = gap_end > j
                && text[gap_end..].chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '\'' || c == '“'
                });
            let at_end = gap_end >= bytes.len();
            if (next_starts_sentence && !ends_with_abbreviation(&text[start..i])) || at_end {
                Some(j)
            } else {
                None
            }
        } else if b == b'\n' {
            let j = skip_spaces(bytes, i + 1);
            // A blank line, or a new line that starts with a capital after text ending in punctuation.
            let blank = text[i + 1..j].contains('\n');
            blank.then_some(i)
        } else {
            None
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn skip_spaces(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

fn ends_with_abbreviation(before_dot: &str) -> bool {
    let last = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    ABBREVIATIONS.contains(&last.as_str())
        || (last.len() == 1 && last.chars().all(|c| c.is_ascii_alphabetic()))
}

fn push_trimmed<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Sentence<'a>>) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = start + leading;
        out.push(Sentence {
            start: s,
            end: s + trimmed.len(),
            text: trimmed,
        });
    }
}

/// Words as spoken: runs of letters and digits (with inner apostrophes and hyphens).
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The words of `text` as spoken, in order: a word starts at a letter or digit and runs on
/// through letters, digits, apostrophes and hyphens. Hand-written because it runs over every
/// answer several times and a regex pays a call per word.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter or digit, judging ASCII byte by byte.
        while at < bytes.len() {
            let b = bytes[at];
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                at += 1;
            } else {
                let c = text[at..].chars().next()?;
                if c.is_alphanumeric() {
                    break;
                }
                at += c.len_utf8();
            }
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        at += word_len(&text[start..]);
        Some(&text[start..at])
    })
}

/// Length in bytes of the word that opens `text`; ASCII is judged byte by byte.
#[inline]
fn word_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if !(b.is_ascii_alphanumeric() || b == b'\'' || b == b'-') {
                return i;
            }
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if !(c.is_alphanumeric() || c == '’') {
                return i;
            }
            i += c.len_utf8();
        }
    }
    i
}

/// What the question asks for, which decides whether conditional steps count as action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// "Tell me about a time...": a real past event is expected.
    Behavioural,
    /// "What would you do if...": conditional steps are the answer.
    Hypothetical,
    /// "How do you...": current practice counts.
    Habitual,
}

static HYPOTHETICAL_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    super::cues::pattern(
        r"(?i)\b(what would you|how would you|what will you|how will you|would you|imagine|suppose|say you|let's say|if you|if we|if a|if the|if your|what if|in your first \d+ days)\b",
    )
});

static HABITUAL_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    super::cues::pattern(
        r"(?i)\b(how do you|what do you do|how do you usually|what's your approach|what is your approach|how are you)\b",
    )
});

static BEHAVIOURAL_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    super::cues::pattern(
        r"(?i)\b(tell me about|describe a|give (me )?an example|walk me through|talk me through|a time (when|you)|have you ever|what happened|what did you|why did you)\b",
    )
});

impl QuestionKind {
    /// Reads the kind from the question; without one, hypothetical categories default to
    /// hypothetical and the rest to behavioural.
    pub fn infer(question: Option<&str>, hypothetical_category: bool) -> Self {
        let default = if hypothetical_category {
            QuestionKind::Hypothetical
        } else {
            QuestionKind::Behavioural
        };
        let Some(q) = question else {
            return default;
        };
        if BEHAVIOURAL_QUESTION.is_match(q) {
            QuestionKind::Behavioural
        } else if HYPOTHETICAL_QUESTION.is_match(q) {
            QuestionKind::Hypothetical
        } else if HABITUAL_QUESTION.is_match(q) {
            QuestionKind::Habitual
        } else {
            default
        }
    }

    pub fn accepts_conditional_steps(self) -> bool {
        !matches!(self, QuestionKind::Behavioural)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_sentences_but_not_decimals_or_times() {
        assert_eq!(
            texts("p95 fell to 4.1 seconds. Then at 7 p.m. we shipped it! Done?"),
            vec![
                "p95 fell to 4.1 seconds.",
                "Then at 7 p.m. we shipped it!",
                "Done?"
            ]
        );
    }

    #[test]
    fn splits_paragraphs() {
        assert_eq!(
            texts("One thing\n\nAnother thing"),
            vec!["One thing", "Another thing"]
        );
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "  First one.  Second one.";
        for s in sentences(text) {
            assert_eq!(&text[s.start..s.end], s.text);
        }
    }

    #[test]
    fn question_kinds() {
        let kind = |q| QuestionKind::infer(Some(q), false);
        assert_eq!(
            kind("Tell me about a time you failed."),
            QuestionKind::Behavioural
        );
        assert_eq!(
            kind("What would you do if the report was wrong?"),
            QuestionKind::Hypothetical
        );
        assert_eq!(kind("How do you prioritise?"), QuestionKind::Habitual);
        assert_eq!(QuestionKind::infer(None, true), QuestionKind::Hypothetical);
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("I didn't re-run it, 3 times."), 6);
    }
}
