//! Small helpers for cue lists: a list of phrases becomes one case-insensitive regex.
//!
//! Every `\b` becomes an ASCII word boundary. A Unicode `\b` forces the regex engine off its
//! fast path whenever the answer holds a non-ASCII byte (£, €, a curly apostrophe), which made
//! scoring many times slower; the cue words themselves are all ASCII.

use regex::{Regex, RegexSet, RegexSetBuilder, SetMatches};

/// Compiles phrases (regex fragments) into `(?i)\b(?:a|b|c)\b`.
pub fn phrases(list: &[&str]) -> Regex {
    pattern(&format!(r"(?i)\b(?:{})\b", list.join("|")))
}

/// Compiles one pattern; cue patterns are constants, so failure is a programming error.
pub fn pattern(p: &str) -> Regex {
    let ascii_boundaries = p.replace(r"\b", r"(?-u:\b)");
    Regex::new(&ascii_boundaries)
        .unwrap_or_else(|err| panic!("cue pattern does not compile: {err}"))
}

/// Cue patterns tried on one text in a single pass. A rule then asks whether its cue matched
/// instead of running its own search over the same sentence: with dozens of cues per sentence,
/// the searches themselves were most of the time spent scoring an answer.
pub struct CueSet(RegexSet);

impl CueSet {
    /// Compiles the cues, each identified afterwards by its position in `cues`.
    pub fn new<'a>(cues: impl IntoIterator<Item = &'a Regex>) -> Self {
        let set = RegexSetBuilder::new(cues.into_iter().map(Regex::as_str))
            // Room for the combined automaton, so its cache is not thrown away mid-answer.
            .dfa_size_limit(16 << 20)
            .build()
            .unwrap_or_else(|err| panic!("cue set does not compile: {err}"));
        CueSet(set)
    }

    /// Which cues match somewhere in `text`.
    pub fn matches(&self, text: &str) -> SetMatches {
        self.0.matches(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_ignoring_case() {
        let re = phrases(&["since then", "now I"]);
        assert!(re.is_match("Since then I check"));
        assert!(!re.is_match("sincethen"));
    }

    #[test]
    fn boundaries_work_next_to_non_ascii_text() {
        let re = phrases(&["saved"]);
        assert!(re.is_match("We saved £12k"));
        assert!(re.is_match("“saved”"));
        assert!(!re.is_match("unsaved"));
    }
}
