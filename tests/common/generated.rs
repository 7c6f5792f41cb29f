//! A large question bank, made up, for the benchmarks and the large-input tests.

use std::fmt::Write as _;

/// A category file with `n` questions, in the bank's YAML format.
pub fn generated_bank_yaml(n: usize) -> String {
    const TOPICS: &[&str] = &[
        "a missed deadline",
        "a difficult stakeholder",
        "a budget cut",
        "a failed launch",
        "a new hire",
        "a customer complaint",
        "a process you changed",
        "a risk you spotted",
        "a decision you reversed",
        "a hand-over",
    ];
    let mut yaml = String::with_capacity(n * 420);
    yaml.push_str(
        "# Generated for the benchmarks and the large-input tests.\n\
         id: generated\n\
         title: Generated questions\n\
         testing: >-\n  Whether a large user bank loads quickly.\n\
         structure: starl\n\
         time_window:\n  min: 60\n  max: 120\n\
         listen_for:\n  - A concrete example with a measurable result.\n\
         questions:\n",
    );
    for i in 0..n {
        let topic = TOPICS[i % TOPICS.len()];
        let _ = write!(
            yaml,
            "  - id: generated-q{i:05}\n    text: >-\n      Tell me about {topic} in your last role (case {i}). What did you personally do,\n      \
             and how did you know it had worked?\n    follow_ups:\n      - What would you do differently next time?\n      \
             - Who else was involved, and what was their part?\n    listen_for:\n      - A clear personal action and a result with a number.\n      \
             - Reflection on what they would change.\n    tags: [generated, topic{}]\n\n",
            i % TOPICS.len()
        );
    }
    yaml
}
