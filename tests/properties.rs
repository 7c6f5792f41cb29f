//! Property tests: the parsers and the scorer never panic, and what they report is consistent
//! with the input, whatever the input.

use proptest::prelude::*;

use rehearse::bank::{Bank, Source, Structure, TimeWindow, parse_category};
use rehearse::score::{AnswerContext, Part, read_batch, score_answer};

fn context(category: &str, structure: Structure) -> AnswerContext<'_> {
    AnswerContext {
        category,
        structure,
        window: TimeWindow { min: 60, max: 90 },
        question: None,
    }
}

/// Text that looks like answers: words, numbers, money, percentages, punctuation, newlines.
fn answer_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        "[a-zA-Z']{1,10}",
        "[0-9]{1,6}",
        "[£$€][0-9]{1,3}(,[0-9]{3})?k?",
        "[0-9]{1,2}(\\.[0-9])?%",
        Just("from".to_owned()),
        Just("to".to_owned()),
        Just("I".to_owned()),
        Just("we".to_owned()),
        Just("halved".to_owned()),
        "[.,;:!?\\n -]{1,3}",
    ];
    prop::collection::vec(token, 0..80).prop_map(|t| t.join(" "))
}

const STRUCTURES: [(&str, Structure); 6] = [
    ("conflict", Structure::Carl),
    ("prioritisation", Structure::Prioritisation),
    ("scenario", Structure::Scenario),
    ("integrity", Structure::Carl),
    ("salary", Structure::Salary),
    ("questions_to_ask", Structure::Questions),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn scorer_never_panics_on_arbitrary_text(answer in any::<String>(), which in 0usize..6) {
        let (category, structure) = STRUCTURES[which];
        let score = score_answer(&answer, &context(category, structure));
        prop_assert!(score.score <= 100);
    }

    #[test]
    fn evidence_and_metrics_are_substrings(answer in answer_like(), which in 0usize..6) {
        let (category, structure) = STRUCTURES[which];
        let score = score_answer(&answer, &context(category, structure));
        for m in &score.metrics {
            prop_assert!(answer.contains(&m.text), "metric {:?} not in answer", m.text);
        }
        for part in Part::ALL {
            let finding = score.part(part);
            prop_assert_eq!(finding.present, !finding.evidence.is_empty());
            for e in &finding.evidence {
                prop_assert!(answer.contains(e.as_str()));
            }
        }
        prop_assert!(score.tips.len() <= 3);
        let total: i32 = score.breakdown.iter().map(|l| l.points).sum();
        prop_assert_eq!(i32::from(score.score), total.clamp(0, 100));
    }

    #[test]
    fn bank_parser_never_panics(text in any::<String>()) {
        let _ = parse_category(&text, Source::File("fuzz.yaml".into()));
    }

    #[test]
    fn bank_parser_never_panics_on_yamlish_text(
        lines in prop::collection::vec("( {0,4})(id|title|testing|structure|time_window|min|max|questions|- id|text|follow_ups|tags)?: ?[a-z0-9 \\[\\]\"'-]{0,12}", 0..30)
    ) {
        let _ = parse_category(&lines.join("\n"), Source::File("fuzz.yaml".into()));
    }

    #[test]
    fn batch_reader_never_panics(text in any::<String>()) {
        let _ = read_batch(&text, "fuzz.yaml");
    }
}

#[test]
fn the_default_bank_round_trips_through_the_parser() {
    let bank = Bank::default_bank().expect("loads");
    assert_eq!(bank.categories().len(), 10);
    assert!(bank.question_count() >= 150);
}
