//! What the command line needs to know about any error: is it the user's to fix?

use thiserror::Error;

use crate::bank::BankError;
use crate::input::InputError;

/// Bad input at the command line that is not a bank problem: an unknown id, an unreadable file.
#[derive(Debug, Error)]
#[error("{message}\n  help: {help}")]
pub struct UsageError {
    pub message: String,
    pub help: String,
}

impl UsageError {
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            help: help.into(),
        }
    }
}

/// 2 for input the user can fix, 1 for everything else.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    let bad_input = err.chain().any(|cause| {
        cause.is::<BankError>() || cause.is::<UsageError>() || cause.is::<InputError>()
    });
    if bad_input { 2 } else { 1 }
}

/// Writing to a closed pipe (`rehearse ... | head`) is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    // serde_json wraps the io::Error and its `source()` skips it, so ask it directly.
    err.chain().any(|cause| {
        let io_kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
        io_kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// "did you mean a or b?" for the closest few of `candidates` to `wanted`; `None` when none
/// is close.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    suggest(&nearest(wanted, candidates))
}

/// "did you mean a or b?" for names already found close; `None` for none.
pub fn suggest(close: &[&str]) -> Option<String> {
    (!close.is_empty()).then(|| format!("did you mean {}?", close.join(" or ")))
}

/// The closest few of `candidates` to `wanted`, for "did you mean" hints.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(similarity, _)| *similarity > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}
