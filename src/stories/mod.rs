//! The candidate's story bank: the stories file, what each story proves, how strong each is,
//! and which one fits a question. Knows nothing of terminals.

mod check;
mod coverage;
mod file;
mod fit;

pub use check::{
    Covered, ENOUGH_STORIES, STORY_WINDOW, StoriesReport, StoryCheck, check_stories, check_story,
    states_a_number,
};
pub use coverage::{Evidence, Reason, coverage};
pub use file::{FORMAT_HELP, Story, parse_stories, with_story_added};
pub use fit::{Fit, best_story, takes_a_story};
