//! Accuracy floors: the scorer must not get worse on any labelled set.
//!
//! Floors sit just under the figures measured when they were set (see README, "Measured
//! accuracy"); `cargo run --release --example eval -- -v` shows every wrong call.

use std::path::Path;

use rehearse::bank::Bank;
use rehearse::eval::{Report, evaluate, load_labelled};

struct Floors {
    parts: f64,
    checklist: f64,
    badmouthing: f64,
    metrics: f64,
    /// Most labelled non-metric numbers that may be taken for metrics.
    non_metrics_taken: usize,
}

fn measure(path: &Path) -> Report {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let items = load_labelled(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bank = Bank::default_bank().expect("default bank loads");
    evaluate(&items, &bank)
}

fn check(name: &str, report: &Report, floors: &Floors) {
    let table = report.table(name);
    println!("{table}");
    let checks = [
        ("parts macro-F1", report.parts_macro_f1(), floors.parts),
        (
            "checklist macro-F1",
            report.checklist_macro_f1(),
            floors.checklist,
        ),
        (
            "badmouthing F1",
            report.badmouthing.f1(),
            floors.badmouthing,
        ),
        ("metric-span F1", report.metrics.f1(), floors.metrics),
    ];
    for (what, got, floor) in checks {
        assert!(
            got >= floor,
            "{name}: {what} fell to {got:.3}, below its floor {floor}\n{table}"
        );
    }
    assert!(
        report.metrics.non_metrics_taken <= floors.non_metrics_taken,
        "{name}: {} non-metric numbers taken for metrics (at most {})",
        report.metrics.non_metrics_taken,
        floors.non_metrics_taken
    );
}

fn data(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file)
}

#[test]
fn own_set_a_stays_above_its_floors() {
    let report = measure(&data("labelled_answers.yaml"));
    assert_eq!(report.items, 63);
    check(
        "own set A",
        &report,
        &Floors {
            parts: 0.92,
            checklist: 0.96,
            badmouthing: 0.95,
            metrics: 0.90,
            non_metrics_taken: 3,
        },
    );
}

#[test]
fn own_set_b_stays_above_its_floors() {
    let report = measure(&data("unseen_answers.yaml"));
    assert_eq!(report.items, 42);
    check(
        "own set B",
        &report,
        &Floors {
            parts: 0.93,
            checklist: 0.93,
            badmouthing: 0.95,
            metrics: 0.88,
            non_metrics_taken: 3,
        },
    );
}

#[test]
fn development_corpus_stays_above_its_floors() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev_corpus.yaml");
    if !path.exists() {
        println!(
            "skipped: {} is not beside the project (it is not part of a clone)",
            path.display()
        );
        return;
    }
    let report = measure(&path);
    check(
        "development corpus",
        &report,
        &Floors {
            parts: 0.94,
            checklist: 0.97,
            badmouthing: 0.95,
            metrics: 0.95,
            non_metrics_taken: 3,
        },
    );
}

#[test]
fn own_set_c_stays_above_its_floors() {
    let report = measure(&data("sealed_answers_c.yaml"));
    assert_eq!(report.items, 42);
    check(
        "own set C",
        &report,
        &Floors {
            parts: 0.87,
            checklist: 0.87,
            badmouthing: 0.95,
            metrics: 0.72,
            non_metrics_taken: 7,
        },
    );
}

#[test]
fn own_set_d_stays_above_its_floors() {
    let report = measure(&data("sealed_answers_d.yaml"));
    assert_eq!(report.items, 49);
    check(
        "own set D",
        &report,
        &Floors {
            parts: 0.85,
            checklist: 0.82,
            badmouthing: 0.60,
            metrics: 0.71,
            non_metrics_taken: 9,
        },
    );
}

#[test]
fn sealed_set_e_stays_above_its_floors() {
    let report = measure(&data("sealed_answers_e.yaml"));
    assert_eq!(report.items, 56);
    check(
        "own set E (sealed, measured once)",
        &report,
        &Floors {
            parts: 0.83,
            checklist: 0.82,
            badmouthing: 0.60,
            metrics: 0.74,
            non_metrics_taken: 8,
        },
    );
}
