//! The transcript as the terminal shows a session: the same feedback, with the answers.

use crate::transcript::Transcript;
use crate::ui::session_view::render_session;
use crate::ui::{Palette, sanitize};

use super::{Export, readable_time, seed_words};

pub struct Text {
    pub palette: Palette,
}

impl Export for Text {
    fn export(&self, t: &Transcript) -> String {
        let ending = t.session.ending.describe();
        let heading = format!(
            "━━ {} · {} · id {}{} · {ending}",
            sanitize(&t.session.mode.title()),
            readable_time(&sanitize(&t.started_at)),
            sanitize(&t.id),
            seed_words(&t.session),
        );
        render_session(&t.session, &heading, &self.palette)
    }
}
