//! Prints the scorer's precision, recall and F1 on the labelled answer sets.
//!
//!     cargo run --release --example eval            # tables
//!     cargo run --release --example eval -- -v      # plus every wrong call
//!
//! The development corpus lives beside the project (`../shared/eval/dev_corpus.yaml`) and is
//! skipped, with a note, when it is not there. The project's own sets are in `tests/data`,
//! each written by someone who saw only the labelling rules and committed before its first
//! run. Sets A to L were each measured once unseen and then used for error analysis; the
//! README keeps each set's first-run figures, which are the honest ones for unseen answers.
//! Set M was measured once, after tuning stopped, and has not been analysed. The next honest
//! figure needs a new set, run once.

use std::path::Path;

use rehearse::bank::Bank;
use rehearse::eval::{evaluate, load_labelled};

fn main() -> anyhow::Result<()> {
    let verbose = std::env::args().any(|a| a == "-v" || a == "--verbose");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bank = Bank::default_bank()?;
    let sets = [
        (
            "development corpus (tuned on)",
            root.join("../shared/eval/dev_corpus.yaml"),
        ),
        (
            "own set A (error analysis after its first run)",
            root.join("tests/data/labelled_answers.yaml"),
        ),
        (
            "own set B (error analysis after its first run)",
            root.join("tests/data/unseen_answers.yaml"),
        ),
        (
            "own set C (error analysis after its first run)",
            root.join("tests/data/sealed_answers_c.yaml"),
        ),
        (
            "own set D (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_d.yaml"),
        ),
        (
            "own set E (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_e.yaml"),
        ),
        (
            "own set F (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_f.yaml"),
        ),
        (
            "own set G (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_g.yaml"),
        ),
        (
            "own set H (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_h.yaml"),
        ),
        (
            "own set I (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_i.yaml"),
        ),
        (
            "own set J (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_j.yaml"),
        ),
        (
            "own set K (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_k.yaml"),
        ),
        (
            "own set L (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_l.yaml"),
        ),
        (
            "own set M (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_m.yaml"),
        ),
        (
            "own set N (measured once unseen, then used for error analysis)",
            root.join("tests/data/sealed_answers_n.yaml"),
        ),
        (
            "own set O (sealed: measured once, after tuning stopped)",
            root.join("tests/data/sealed_answers_o.yaml"),
        ),
    ];
    for (title, path) in sets {
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{title}: skipped, {} is not there\n", path.display());
            continue;
        };
        let items = load_labelled(&text)?;
        let report = evaluate(&items, &bank);
        println!("{}", report.table(title));
        if verbose {
            for line in &report.mistakes {
                println!("  {line}");
            }
            println!();
        }
    }
    Ok(())
}
