//! Record text that editing and superseding both work on: line endings, bare lines, arbitre's
//! block, the Status section's links (adr-tools) and MADR's More Information section.

use super::markdown::{Fence, is_status_heading};
use crate::doc_words;
use crate::{Embedded, SESSION_MARKER};
use arbitre_core::i18n::Lang;
use arbitre_core::session::Session;

/// The text's line ending: `\r\n` when it has any, else `\n`.
pub(super) fn eol(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// A line without its line ending.
pub(super) fn bare(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r'])
}

/// Whether a line opens arbitre's embedded block.
pub(super) fn is_session_block(line: &str) -> bool {
    line.starts_with(&format!("<!-- {SESSION_MARKER}"))
}

/// adr-tools' `_adr_add_link`: before the heading that ends `## Status`, print the link and
/// a blank line. (If the Status section runs to the end of the file, adr-tools adds nothing;
/// arbitre appends the link there, before its session block if any.)
pub(super) fn nygard_add_link(text: &str, link: &str) -> String {
    let nl = eol(text);
    let mut out = String::with_capacity(text.len() + link.len() + 4);
    let mut in_status = false;
    let mut done = false;
    let mut already = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if b.starts_with("##") || (in_status && is_session_block(b)) {
            if in_status && !already && !done {
                out.push_str(link);
                out.push_str(nl);
                out.push_str(nl);
                done = true;
            }
            in_status = false;
        }
        if is_status_heading(b) {
            in_status = true;
        }
        if in_status && b.trim() == link {
            already = true;
        }
        out.push_str(line);
    }
    if in_status && !already && !done {
        if !out.ends_with('\n') {
            out.push_str(nl);
        }
        if !out.ends_with(&format!("{nl}{nl}")) {
            out.push_str(nl);
        }
        out.push_str(link);
        out.push_str(nl);
    }
    out
}

/// "More Information" in the MADR template, and its renderings in the catalog's languages.
fn is_more_information(line: &str) -> bool {
    let Some(h) = line.strip_prefix("## ") else {
        return false;
    };
    let h = h.trim().to_lowercase();
    arbitre_core::i18n::Lang::ALL.iter().any(|lang| {
        lang.words()
            .doc
            .more_information_headings
            .contains(&h.as_str())
    })
}

/// MADR: `item` as a bullet of More Information (after its list, or under a new
/// `### Links` heading), or a new More Information section before arbitre's block. Adding
/// an item already there changes nothing.
pub(super) fn more_information_bullet(text: &str, item: &str, bullet: char) -> String {
    let nl = eol(text);
    let lang = section_lang(text);
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let text = &text[bom.len()..];
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if let Some(last) = lines.last_mut()
        && !last.ends_with('\n')
    {
        last.push_str(nl);
    }
    let body = super::front::split_front_matter(text).1;
    let body_start = lines.len() - body.split_inclusive('\n').count();
    let wanted = format!("{bullet} {item}");

    // More Information: append the bullet to the section, or add the section.
    let mut fence = Fence::default();
    let mut section: Option<usize> = None;
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate().skip(body_start) {
        let b = bare(line);
        if fence.inside(b) {
            continue;
        }
        let ends_section = b.starts_with("# ") || b.starts_with("## ") || is_session_block(b);
        if section.is_some() && ends_section {
            end = i;
            break;
        }
        if section.is_none() && is_session_block(b) {
            end = i;
            break;
        }
        if is_more_information(b) {
            section = Some(i);
        }
    }
    if let Some(start) = section {
        if lines[start..end].iter().any(|l| {
            bare(l)
                .trim_start()
                .get(2..)
                .is_some_and(|r| r.trim() == item.trim())
        }) {
            return format!("{bom}{}", lines.concat());
        }
        let last = (start..end)
            .rev()
            .find(|i| !bare(&lines[*i]).trim().is_empty())
            .unwrap_or(start);
        let last_text = bare(&lines[last]).trim_start();
        let mut insert = Vec::new();
        if last == start || !["* ", "- ", "+ "].iter().any(|m| last_text.starts_with(m)) {
            // Not after a list: start one, labelled as the renderer labels its links.
            insert.push(nl.to_owned());
            insert.push(format!("### {}{nl}", doc_words(lang).links));
            insert.push(nl.to_owned());
        }
        insert.push(format!("{wanted}{nl}"));
        if lines
            .get(last + 1)
            .is_none_or(|l| !bare(l).trim().is_empty())
            && last + 1 < lines.len()
        {
            insert.push(nl.to_owned());
        }
        lines.splice((last + 1)..=last, insert);
    } else {
        let heading = format!("## {}", doc_words(lang).more_information);
        let mut insert = Vec::new();
        if end > 0 && !bare(&lines[end - 1]).trim().is_empty() {
            insert.push(nl.to_owned());
        }
        insert.push(format!("{heading}{nl}"));
        insert.push(nl.to_owned());
        insert.push(format!("{wanted}{nl}"));
        if end < lines.len() {
            insert.push(nl.to_owned());
        }
        lines.splice(end..end, insert);
    }
    format!("{bom}{}", lines.concat())
}

/// The language of a record arbitre wrote (from its session), English otherwise.
pub(super) fn section_lang(text: &str) -> Lang {
    match crate::extract_session(text) {
        Embedded::Session(ron) => ron::from_str::<Session>(&ron).map_or(Lang::En, |s| s.adr.lang),
        Embedded::Decided(ron) => crate::reopen::block_lang(&ron).unwrap_or(Lang::En),
        _ => Lang::En,
    }
}
