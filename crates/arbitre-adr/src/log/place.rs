//! Where a record opened from a log stands in it: its number, the records it supersedes and
//! is superseded by, and the log's layout, so that reopening it keeps all of them.

use std::path::Path;

use crate::{Layout, LinkRef};

/// A record's place in its log, read from the log when the record is reopened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Its number in the log (from its file name).
    pub number: u32,
    /// The records it supersedes, as its text links them.
    pub supersedes: Vec<LinkRef>,
    /// The records that supersede it, as its text links them.
    pub superseded_by: Vec<LinkRef>,
    /// How the log lays its records out.
    pub layout: Layout,
}

/// The place of the record at `file` in the ADR log of its folder; `None` when the folder
/// holds no log or the log does not list the file (an ADR saved anywhere else).
pub fn place_of(file: &Path) -> Option<Place> {
    let dir = file.parent()?;
    let log = super::detect(dir).ok()?;
    let name = file.file_name()?.to_string_lossy().into_owned();
    let (record, _) = log.find_one(&name).ok()?;
    let layout = log.style().map(|s| s.layout()).unwrap_or_default();
    let mut place = Place {
        number: record.number,
        supersedes: Vec::new(),
        superseded_by: Vec::new(),
        layout,
    };
    // The record's own reading of its links: one way to say who supersedes whom.
    let link = |dest: &str| {
        log.find_one(dest).map_or_else(
            |_| LinkRef {
                number: 0,
                title: dest.trim_end_matches(".md").to_owned(),
                file: dest.to_owned(),
            },
            |(r, _)| r.link(),
        )
    };
    for dest in record.supersedes() {
        let l = link(&dest);
        if !place.supersedes.contains(&l) {
            place.supersedes.push(l);
        }
    }
    place
        .superseded_by
        .extend(record.superseded_by().map(|dest| link(&dest)));
    Some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nygard_record_keeps_its_number_and_both_links() -> super::super::test_support::R {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("doc/adr");
        std::fs::create_dir_all(&dir)?;
        std::fs::write(tmp.path().join(".adr-dir"), "doc/adr\n")?;
        std::fs::write(
            dir.join("0001-old.md"),
            "# 1. Old\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded by [2. Middle](0002-middle.md)\n\n## Context\n\nA.\n",
        )?;
        std::fs::write(
            dir.join("0002-middle.md"),
            "# 2. Middle\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\nSupersedes [1. Old](0001-old.md)\n\nSuperseded by [3. New](0003-new.md)\n\n## Context\n\nB.\n",
        )?;
        std::fs::write(
            dir.join("0003-new.md"),
            "# 3. New\n\nDate: 2024-01-03\n\n## Status\n\nAccepted\n\nSupersedes [2. Middle](0002-middle.md)\n\n## Context\n\nC.\n",
        )?;
        let place = place_of(&dir.join("0002-middle.md")).ok_or("no place")?;
        assert_eq!(place.number, 2);
        assert_eq!(place.supersedes.len(), 1);
        assert_eq!(place.supersedes[0].number, 1);
        assert_eq!(place.supersedes[0].title, "Old");
        assert_eq!(place.superseded_by.len(), 1);
        assert_eq!(place.superseded_by[0].file, "0003-new.md");
        // A file outside any log has no place.
        let lone = tmp.path().join("elsewhere/adr.md");
        std::fs::create_dir_all(lone.parent().ok_or("no parent")?)?;
        std::fs::write(&lone, "# Lone\n")?;
        assert_eq!(place_of(&lone).map(|p| p.number), None);
        Ok(())
    }
}
