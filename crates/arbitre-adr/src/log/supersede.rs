//! Superseding: marking a record as superseded by another the way its own tool does: the
//! `## Status` section as adr-tools writes it, the front-matter `status:` key and More
//! Information for MADR, the `- Status:` line for MADR 2 and log4brains; and in arbitre's
//! embedded session.

use std::path::Path;

use super::edit::{resolved_layout, set_front_key, set_status_text};
use super::markdown::is_status_heading;
use super::parse::layout_of;
use super::text::{bare, more_information_bullet, nygard_add_link, section_lang};
use super::{AdrLog, LogError, Record, RecordLayout, Style};
use crate::doc_words;
use crate::{Embedded, LinkRef, SESSION_MARKER, escape};
use arbitre_core::files;
use arbitre_core::session::{Session, Status};

impl AdrLog {
    /// Marks the record `old` (a number or a file name) as superseded by `new`, atomically,
    /// the way its own tool would ([`mark_superseded`]). A record already superseded is
    /// refused: a decision is replaced once, by one record. A symbolic link stays a link
    /// (the file it points to is changed).
    pub fn supersede(&self, old: &str, new: &LinkRef) -> Result<(), LogError> {
        let _lock = self.lock()?;
        let style = self.style()?;
        let record = self.find(old)?;
        let text = Self::superseded_text(&record, new, &style)?;
        self.rewrite(&record.target, &text)
    }

    /// Replaces an existing file's text atomically, keeping its permissions (the temporary
    /// file is created private, and a record is usually readable by all). A symbolic link
    /// stays one: the file it leads to is written (it must lie inside the repository).
    pub(super) fn rewrite(&self, path: &Path, text: &str) -> Result<(), LogError> {
        let resolved = std::fs::canonicalize(path);
        let path = match &resolved {
            Ok(real) if super::inside(&self.root, real) => real.as_path(),
            _ => {
                return Err(LogError::Outside {
                    path: path.to_owned(),
                    root: self.root.clone(),
                });
            }
        };
        let permissions = std::fs::metadata(path).map(|m| m.permissions()).ok();
        files::write_atomic(path, text.as_bytes()).map_err(|e| self.write_error(path, e))?;
        if let Some(p) = permissions {
            // Best effort: the new text is in place, which is what matters; a file system
            // without permissions (or a race with another writer) must not turn that into
            // a failure.
            let _kept = std::fs::set_permissions(path, p).is_ok();
        }
        Ok(())
    }

    /// The old record's new text, computed before anything is written; refused if it is
    /// already superseded.
    pub(super) fn superseded_text(
        record: &Record,
        new: &LinkRef,
        style: &Style,
    ) -> Result<String, LogError> {
        if record.is_superseded() {
            return Err(LogError::AlreadySuperseded {
                file: record.file.clone(),
                status: record.status.clone(),
            });
        }
        let text = Self::read_record(record)?;
        let layout = resolved_layout(&text, record.layout, RecordLayout::FrontMatter);
        super::edit::editable(record, &text, layout)?;
        Ok(mark_superseded_as(&text, record.layout, new, style))
    }
}

/// The text of a record once superseded by `new`, in a log of the default style (MADR
/// links `[ADR-NNNN](…)`, `*` lists); see [`AdrLog::supersede`].
pub fn mark_superseded(text: &str, new: &LinkRef) -> String {
    mark_superseded_as(text, layout_of(text), new, &Style::of(super::LogKind::Madr))
}

/// The text of a record once superseded by `new`:
/// - Nygard (adr-tools): `Superseded by [N. Title](file)` at the end of the Status section
///   and the status word removed, as `adr new -s` does;
/// - front matter (MADR 3 and 4): `status: "superseded by [ADR-NNNN](file)"` (the key and
///   any lines continuing it re-emitted as one line) and a bullet in More Information;
/// - `- Status:` lines (MADR 2, log4brains): `- Status: superseded by [slug](file)`, as
///   log4brains' `supersedeBy` writes it.
///
/// If arbitre wrote the record, its embedded session says Superseded too, and its readable
/// block is resealed, so reopening tells the truth.
fn mark_superseded_as(text: &str, layout: RecordLayout, new: &LinkRef, style: &Style) -> String {
    // A record stating no status gets MADR's front matter.
    let layout = resolved_layout(text, layout, RecordLayout::FrontMatter);
    let target = crate::render::madr_link(new, &style.layout());
    let marked = match layout {
        RecordLayout::Nygard => {
            // adr-tools' link text is the new record's first line without `# `: `N. Title`.
            let label = format!("{}. {}", new.number, escape::inline(&new.title));
            let link = format!(
                "Superseded by [{}]({})",
                label.trim_end(),
                escape::link_dest(&new.file)
            );
            nygard_remove_status(&nygard_add_link(text, &link))
        }
        RecordLayout::Lines => set_status_text(text, layout, &format!("superseded by {target}")),
        _ => {
            let lang = section_lang(text);
            let status = escape::yaml_str(&format!("superseded by {target}"));
            let with_status = set_front_key(text, "status", &status);
            // As the renderer writes its links (`render::more_information`), so a record
            // superseded here reads like one rendered with `superseded_by`.
            let verb = doc_words(lang).superseded_by;
            let title = escape::inline(&new.title);
            let item = if title.is_empty() {
                format!("{verb} {target}")
            } else {
                format!("{verb} {target}{} {title}", doc_words(lang).plain_colon)
            };
            more_information_bullet(&with_status, &item, style.bullet)
        }
    };
    crate::reopen::reseal(&mark_session_superseded(&marked))
}

/// adr-tools' `_adr_remove_status`: inside `## Status`, drop the status word line and fold
/// runs of blank lines into one. (adr-tools drops only `Accepted`, the word `adr new` writes;
/// arbitre's records may say `Proposed` and others.)
fn nygard_remove_status(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_status = false;
    let mut after_blank = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if b.starts_with("##") {
            in_status = false;
        }
        if is_status_heading(b) {
            in_status = true;
        }
        if in_status && b.trim().is_empty() {
            if !after_blank {
                out.push_str(line);
            }
            after_blank = true;
            continue;
        }
        if in_status && super::status::is_status_word(b) {
            continue;
        }
        if in_status {
            after_blank = false;
        }
        out.push_str(line);
    }
    out
}

/// Sets the embedded session's status to Superseded, if the record carries a readable one.
fn mark_session_superseded(text: &str) -> String {
    let Embedded::Session(ron) = crate::extract_session(text) else {
        return text.to_owned();
    };
    let Ok(mut session) = ron::from_str::<Session>(&ron) else {
        return text.to_owned();
    };
    if session.adr.status == Status::Superseded {
        return text.to_owned();
    }
    session.adr.status = Status::Superseded;
    let start_tag = format!("<!-- {SESSION_MARKER} v1");
    let Some(start) = text.rfind(&start_tag) else {
        return text.to_owned();
    };
    let Some(close) = text[start..].find("-->") else {
        return text.to_owned();
    };
    let mut end = start + close + 3;
    if text[end..].starts_with("\r\n") {
        end += 2;
    } else if text[end..].starts_with('\n') {
        end += 1;
    }
    format!(
        "{}{}{}",
        &text[..start],
        crate::embed_session(&session),
        &text[end..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LogKind;
    use crate::log::test_support::*;
    use arbitre_core::i18n::Lang;

    #[test]
    fn supersede_nygard_as_adr_tools_does() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog::new(dir.path().to_owned(), LogKind::AdrTools);
        let p = dir.path().join("0003-use-vms.md");
        write(&p, NYGARD);
        let new = link(5, "Replacement");
        log.supersede("3", &new)?;
        let want = "# 3. Use VMs\n\nDate: 2024-05-01\n\n## Status\n\nSuperseded by [5. Replacement](0005-replacement.md)\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n";
        assert_eq!(read(&p), want);
        let e = log.supersede("3", &new);
        assert!(
            matches!(&e, Err(LogError::AlreadySuperseded { status, .. }) if status.starts_with("Superseded by")),
            "{e:?}"
        );
        assert_eq!(read(&p), want, "refused twice, and nothing changed");
        let r = log.record(3)?;
        assert_eq!(
            r.status,
            "Superseded by [5. Replacement](0005-replacement.md)"
        );

        // Other lines of the section (earlier links) stay; "Proposed" goes too.
        write(
            &p,
            "# 3. Use VMs\n\n## Status\n\nProposed\n\nSupersedes [1. Old](0001-old.md)\n\n## Context\n",
        );
        log.supersede("3", &new)?;
        assert_eq!(
            read(&p),
            "# 3. Use VMs\n\n## Status\n\nSupersedes [1. Old](0001-old.md)\n\nSuperseded by [5. Replacement](0005-replacement.md)\n\n## Context\n"
        );
        // Read back superseded, whatever line the section opens with: a second supersession
        // is refused (else a retry would write a second successor).
        assert_eq!(
            log.record(3)?.superseded_by().as_deref(),
            Some("0005-replacement.md")
        );
        assert!(matches!(
            log.supersede("3", &new),
            Err(LogError::AlreadySuperseded { .. })
        ));
        assert_eq!(
            std::fs::read_dir(dir.path())?.count(),
            1,
            "no temp file left"
        );
        Ok(())
    }

    #[test]
    fn supersede_madr() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog::new(dir.path().to_owned(), LogKind::Madr);
        let p = dir.path().join("0010-use-containers.md");
        write(&p, MADR);
        let new = link(12, "Use VMs");
        log.supersede("10", &new)?;
        let got = read(&p);
        assert_eq!(
            got,
            "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\ndate: 2024-06-02\ndecision-makers: [a]\n---\n\n# Use \\*containers\\* &amp; pods\n\n## Context and Problem Statement\n\nWhy.\n\n## More Information\n\nSee the wiki.\n\n### Links\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n"
        );
        assert!(matches!(
            log.supersede("10", &new),
            Err(LogError::AlreadySuperseded { .. })
        ));
        assert_eq!(read(&p), got, "refused twice, and nothing changed");
        assert_eq!(
            log.record(10)?.status,
            "superseded by [ADR-0012](0012-use-vms.md)"
        );

        // No More Information section, no status key, and a session block at the end.
        let mut session = Session::default();
        session.adr.lang = Lang::En;
        session.adr.title = "T".into();
        let text = format!(
            "---\ndate: 2024-01-01\n---\n\n# T\n\n## Decision Outcome\n\nChosen.\n\n{}",
            crate::embed_session_v1(&session)
        );
        write(&p, &text);
        log.supersede("10", &new)?;
        let got = read(&p);
        let want_head = "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\ndate: 2024-01-01\n---\n\n# T\n\n## Decision Outcome\n\nChosen.\n\n## More Information\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n\n<!-- arbitre-session v2\n";
        // The old block is rewritten as the readable one; the status is the visible text's.
        assert!(got.starts_with(want_head), "{got}");
        assert!(matches!(crate::extract_session(&got), Embedded::Decided(_)));
        let seen = crate::reopen::Visible::read(&got);
        assert_eq!(seen.status, Some(Status::Superseded));
        assert_eq!(seen.title.as_deref(), Some("T"));

        // No front matter at all: one is added.
        write(&p, "# Plain\n\nText.\n");
        log.supersede("10", &new)?;
        assert_eq!(
            read(&p),
            "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\n---\n\n# Plain\n\nText.\n\n## More Information\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n"
        );

        // A French record arbitre wrote: its list of links grows, in French.
        session.adr.lang = Lang::Fr;
        let text = format!(
            "---\nstatus: proposed\n---\n\n# T\n\n## Plus d'informations\n\n```mermaid\n## not a heading\n```\n\n**Liens**\n\n* Remplace [ADR-0001](0001-a.md) : A\n\n{}",
            crate::embed_session_v1(&session)
        );
        write(&p, &text);
        log.supersede("10", &new)?;
        let got = read(&p);
        assert!(
            got.contains("\n**Liens**\n\n* Remplace [ADR-0001](0001-a.md) : A\n* Remplacé par [ADR-0012](0012-use-vms.md)\u{a0}: Use VMs\n\n<!-- arbitre-session v2\n"),
            "{got}"
        );
        assert_eq!(got.matches("Remplacé par").count(), 1);
        Ok(())
    }

    #[test]
    fn supersede_refuses_an_unknown_record() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog::new(dir.path().to_owned(), LogKind::AdrTools);
        write(&dir.path().join("0003-use-vms.md"), NYGARD);
        let before = snapshot(dir.path());
        let e = log.supersede("4", &link(5, "X"));
        let msg = e
            .as_ref()
            .err()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(
            matches!(e, Err(LogError::NoRecord { number: 4, .. })),
            "{e:?}"
        );
        assert!(msg.contains("number 4"), "{msg}");
        write(&dir.path().join("0003-other.md"), NYGARD);
        let e = log.supersede("3", &link(5, "X"));
        assert!(
            matches!(e, Err(LogError::Ambiguous { number: 3, .. })),
            "{e:?}"
        );
        std::fs::remove_file(dir.path().join("0003-other.md"))?;
        assert_eq!(snapshot(dir.path()), before);
        Ok(())
    }
}
