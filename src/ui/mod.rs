//! Terminal output: colours only where they belong, and untrusted text made safe to print.

pub mod bank_view;
mod keys;
pub mod live;
pub mod review_view;
pub mod score_report;
pub mod session_view;
pub mod stories_view;

use console::Style;

/// Characters that could drive a terminal or reorder what it shows: control characters (newlines
/// and tabs excepted) and bidirectional overrides. Banks refuse them; output strips them.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Strips unsafe characters so text from an answer, a bank or a transcript can never drive the
/// terminal.
pub fn sanitize(text: &str) -> String {
    text.chars().filter(|&c| !is_unsafe_char(c)).collect()
}

/// The few styles output uses; plain when stdout is not a terminal or `NO_COLOR` is set.
#[derive(Debug, Clone)]
pub struct Palette {
    pub heading: Style,
    pub good: Style,
    pub bad: Style,
    pub dim: Style,
    pub emphasis: Style,
}

impl Palette {
    /// Colour decided by the console crate: a terminal on stdout, no `NO_COLOR`.
    pub fn for_stdout() -> Self {
        Palette::new(console::colors_enabled())
    }

    pub fn new(colour: bool) -> Self {
        let style = |s: Style| s.force_styling(colour);
        Palette {
            heading: style(Style::new().bold()),
            good: style(Style::new().green()),
            bad: style(Style::new().red()),
            dim: style(Style::new().dim()),
            emphasis: style(Style::new().yellow()),
        }
    }

    pub fn plain() -> Self {
        Palette::new(false)
    }
}

/// Wraps `text` so each line holds at most `width` characters of text; lines after the first
/// start with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let width = width.max(20);
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            out.push('\n');
            out.push_str(indent);
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_removes_escape_sequences_but_keeps_lines() {
        assert_eq!(sanitize("a\u{1b}[31mb\nc\td\u{7}"), "a[31mb\nc\td");
        assert_eq!(sanitize("x\u{202E}y"), "xy");
    }

    #[test]
    fn wrap_breaks_at_width() {
        assert_eq!(wrap("aa bb cc", 5, "  "), "aa bb cc");
        let long = "word ".repeat(10);
        assert_eq!(
            wrap(&long, 20, "> "),
            "word word word word\n> word word word word\n> word word"
        );
    }
}
