//! What every screen draws from: one context instead of long argument lists. A leaf module
//! beside [`crate::command`]; the app builds a [`ViewCtx`] each frame and applies the
//! commands the screen pushed.

use crate::command::Command;
use arbitre_core::decide::{Decision, Recommendation};
use arbitre_core::i18n::{Lang, Words};
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::Session;

/// The state a screen reads, and where it puts what it asks for.
pub struct ViewCtx<'a> {
    /// The checked kit in use.
    pub kit: &'a CheckedKit,
    /// The team's answers.
    pub session: &'a Session,
    /// The engine's recommendation for `session`.
    pub recommendation: &'a Recommendation,
    /// The team's decision for the system: its override, else what follows from the
    /// placements (for one workload: its override, else the recommendation).
    pub decision: &'a Decision,
    /// The system's answer: every component placed.
    pub system: &'a arbitre_core::system::System,
    /// The component shown (`None`: the whole system, the facts for all).
    pub component: Option<usize>,
    /// The interface language.
    pub lang: Lang,
    /// The interface's words in that language.
    pub words: &'static Words,
    /// Whether the dark theme is on.
    pub dark: bool,
    /// Today's date, `YYYY-MM-DD`.
    pub today: &'a str,
    /// What the screen asks for, applied by the app after the frame.
    pub cmds: &'a mut Vec<Command>,
}

impl ViewCtx<'_> {
    /// Asks the app for something (applied after the frame).
    pub fn push(&mut self, cmd: Command) {
        self.cmds.push(cmd);
    }

    /// Asks for a fact edit of the component shown (or of the whole system).
    pub fn edit(&mut self, edit: arbitre_core::session::Edit) {
        self.cmds.push(Command::Edit(scoped(self.component, edit)));
    }
}

/// A fact edit as it applies to `component` (`None`: the whole system's facts).
pub fn scoped(
    component: Option<usize>,
    edit: arbitre_core::session::Edit,
) -> arbitre_core::session::Edit {
    match component {
        Some(component) => arbitre_core::session::Edit::In {
            component,
            edit: Box::new(edit),
        },
        None => edit,
    }
}
