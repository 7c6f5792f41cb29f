//! Small helpers for cue lists: a list of phrases becomes one case-insensitive regex.

use regex::Regex;

/// Compiles phrases (regex fragments) into `(?i)\b(?:a|b|c)\b`.
pub fn phrases(list: &[&str]) -> Regex {
    let pattern = format!(r"(?i)\b(?:{})\b", list.join("|"));
    Regex::new(&pattern).unwrap_or_else(|err| panic!("cue list does not compile: {err}"))
}

/// Compiles one pattern; cue patterns are constants, so failure is a programming error.
pub fn pattern(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|err| panic!("cue pattern does not compile: {err}"))
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
}
