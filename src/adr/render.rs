//! Rendering an ADR as Markdown: MADR 4.0.0 and Nygard. (Being written.)

use super::AdrInput;

/// Renders with the session's template and document language.
pub fn render(input: &AdrInput<'_>) -> String {
    format!(
        "# {}. {}\n",
        input.number,
        super::escape::inline(&input.session.adr.title)
    )
}
