//! Property tests: the parsers and the scorer never panic, and what they report is consistent
//! with the input, whatever the input.

use proptest::prelude::*;

use rehearse::bank::{Bank, Source, Structure, TimeWindow, parse_category};
use rehearse::input::read_answer_script;
use rehearse::score::{AnswerContext, Part, judge_questions, read_batch, score_answer};
use rehearse::session::{
    ManualClock, Mode, Options, ScriptedAnswers, mock_pool, plan_mock, run_session,
};
use rehearse::stories::{Story, parse_stories, with_story_added};
use rehearse::transcript::{FORMAT, Transcript, parse_transcript};

/// Cases per property: fixed, so CI time is bounded; `PROPTEST_CASES=N` runs a longer search.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// A transcript of a scripted mock given these answers (`None` skips), as saved.
fn transcript_of(answers: Vec<Option<String>>, seed: u64) -> Transcript {
    let bank = Bank::default_bank().expect("the default bank loads");
    let pool = mock_pool(&bank);
    let plan = plan_mock(&pool, 4, seed);
    let clock = ManualClock::new();
    let mut source = ScriptedAnswers::new(answers, clock.clone());
    let options = Options {
        think_seconds: 0,
        follow_ups: 1,
        ask_candidate_questions: true,
    };
    let session = run_session(&plan, Mode::Mock, &options, &mut source, &clock, &mut ())
        .expect("a scripted session runs");
    Transcript {
        format: FORMAT,
        rehearse_version: "test".into(),
        id: "abc123".into(),
        started_at: "2025-03-01T10:00:00Z".into(),
        banks: vec![],
        session,
    }
}

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
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

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

    #[test]
    fn answers_file_reader_never_panics(text in any::<String>()) {
        let _ = read_answer_script(&text, "fuzz.yaml");
    }

    /// A YAML list of answers and skips reads back as the same answers, in order.
    #[test]
    fn an_answers_file_reads_back_in_order(
        answers in prop::collection::vec(prop::option::of("[A-Za-z][A-Za-z ,.]{0,40}"), 1..8)
    ) {
        let yaml: String = answers
            .iter()
            .map(|a| match a {
                Some(text) => format!("- {}\n", serde_json::to_string(text).expect("a JSON string")),
                None => "- ~\n".to_owned(),
            })
            .collect();
        let read = read_answer_script(&yaml, "answers.yaml");
        prop_assert_eq!(read.ok(), Some(answers), "{}", yaml);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(48)))]

    #[test]
    fn transcript_reader_never_panics(text in any::<String>()) {
        let _ = parse_transcript(&text);
    }

    /// Whatever the answers, a saved session reads back exactly as it was: every score, part,
    /// metric and checklist item, and the same YAML when written again.
    #[test]
    fn transcripts_read_back_exactly(
        answers in prop::collection::vec(prop::option::weighted(0.85, answer_like()), 0..10),
        seed in 0u64..1000,
    ) {
        let original = transcript_of(answers, seed);
        let text = serde_yaml::to_string(&original).expect("serialises");
        let read = parse_transcript(&text).expect("reads back");
        prop_assert_eq!(&read, &original);
        prop_assert_eq!(serde_yaml::to_string(&read).expect("serialises"), text);
    }

    /// A transcript cut short (a crash mid-copy, a full disk) is an error or a transcript,
    /// never a panic.
    #[test]
    fn a_cut_transcript_never_panics(cut in 0usize..20_000, seed in 0u64..50) {
        let answers = vec![Some("I rang the client, agreed a new date and we shipped 20% faster.".to_owned()); 8];
        let text = serde_yaml::to_string(&transcript_of(answers, seed)).expect("serialises");
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Ok(t) = parse_transcript(&text[..end]) {
            prop_assert_eq!(t.format, FORMAT);
        }
    }
}

#[test]
fn the_default_bank_round_trips_through_the_parser() {
    let bank = Bank::default_bank().expect("loads");
    assert_eq!(bank.categories().len(), 10);
    assert!(bank.question_count() >= 150);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    /// Any text read as a stories file gives stories or an error, never a panic; a story
    /// that reads back has a title and words.
    #[test]
    fn stories_parser_never_panics(text in any::<String>()) {
        if let Ok(stories) = parse_stories(&text, "s.yaml") {
            for s in stories {
                prop_assert!(!s.title.is_empty());
                prop_assert!(!s.telling().is_empty());
            }
        }
    }

    /// A story added to a stories file reads back after the ones already there, whatever
    /// its text.
    #[test]
    fn an_added_story_reads_back(
        title in "[^\u{0}]{1,40}",
        context in any::<String>(),
        result in any::<String>(),
    ) {
        prop_assume!(!title.trim().is_empty() && !context.trim().is_empty());
        let existing = "# notes\nstories:\n  - title: First\n    text: one\n";
        let before = parse_stories(existing, "s").expect("valid");
        let story = Story {
            title: title.trim().to_owned(),
            context: Some(context.trim().to_owned()),
            result: Some(result.trim().to_owned()).filter(|r| !r.is_empty()),
            ..Story::default()
        };
        let (text, _) = with_story_added(existing, &before, &story).expect("serialises");
        let after = parse_stories(&text, "s").expect("reads back");
        prop_assert_eq!(after.len(), 2);
        prop_assert_eq!(&after[1], &story);
    }

    /// Every question judged is an exact substring of what was asked, and so is its evidence.
    #[test]
    fn judged_questions_quote_what_was_asked(text in answer_like()) {
        for q in judge_questions(&text).asked {
            prop_assert!(text.contains(&q.text));
            if let Some(e) = &q.evidence {
                prop_assert!(q.text.contains(e.as_str()));
            }
        }
    }
}
