//! The Log screen's new record as data: its title asked, its draft awaited, its text edited
//! (with the preview prepared when the text changes, never per frame).

use arbitre_adr::log::{Draft, LogKind};

/// Where a new record is.
pub(crate) enum NewRecord {
    /// Its title is asked for.
    Title {
        /// The title typed.
        title: String,
        /// The record it will supersede (its file name), if any.
        supersedes: Option<String>,
        /// The title was empty when asked to go on.
        empty: bool,
    },
    /// The runner reads the log's template and number.
    Drafting,
    /// Its text is edited.
    Editing(Box<Editing>),
}

/// A new record's text being edited.
pub(crate) struct Editing {
    /// What the template gave, and where the record goes.
    pub draft: Draft,
    /// The text as edited.
    pub text: String,
    /// The preview's Markdown, prepared when the text changes (never per frame).
    pub(super) preview: String,
    /// The template's placeholders still in the text.
    pub(super) left: usize,
    /// "Discard this new record?" is asked.
    pub confirm_discard: bool,
    /// The runner is writing it.
    pub saving: bool,
    /// The repository, the template's path is shown from.
    pub(super) root: std::path::PathBuf,
    /// The log's tool, named where the text follows its convention.
    pub(super) tool: &'static str,
    /// The preview's renderer cache.
    pub(super) cache: egui_commonmark::CommonMarkCache,
}

impl Editing {
    /// The editor for a draft, its text as the template gave it.
    pub fn new(draft: Draft, kind: LogKind, root: &std::path::Path) -> Editing {
        let text = draft.text.clone();
        let mut e = Editing {
            draft,
            text,
            preview: String::new(),
            left: 0,
            confirm_discard: false,
            saving: false,
            tool: kind.name(),
            root: root.to_owned(),
            cache: egui_commonmark::CommonMarkCache::default(),
        };
        e.changed();
        e
    }

    /// The text changed: its preview and the placeholders left, once.
    pub fn changed(&mut self) {
        self.preview = arbitre_adr::preview_markdown(&self.text);
        self.left = self.draft.placeholders_left(&self.text);
    }

    /// Whether the text differs from what the template gave (dropping it would lose work).
    pub fn edited(&self) -> bool {
        self.text != self.draft.text
    }
}

/// The layouts a log can be started in, as the chooser lists them.
pub(crate) const LAYOUTS: [LogKind; 3] = [LogKind::AdrTools, LogKind::Madr, LogKind::Log4brains];
