//! rehearse: an offline terminal coach for job interviews.
//!
//! The library holds the domain (banks, scoring) so it can be tested without a terminal;
//! the binary only parses arguments and turns errors into exit codes.

pub mod bank;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod eval;
pub mod files;
pub mod input;
pub mod prep;
pub mod review;
pub mod score;
pub mod session;
pub mod stories;
pub mod transcript;
pub mod ui;
