//! Browsing a whole log, for the Log screen and its benchmark: every record with its text,
//! who supersedes whom, and the view a query asks for (sorted, filtered by status, searched
//! as the user types). Pure: no egui.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::names::record_files;
use super::{AdrLog, LogError, Problem, Record, RecordStatus};
use crate::SESSION_MARKER;

/// The most of a record's text kept for searching, in bytes.
const SEARCHED_BYTES: usize = 64 * 1024;

/// One record, as the Log screen shows it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The record.
    pub record: Record,
    /// Its text.
    pub text: String,
    /// Its title and text in lowercase, for searching.
    search: String,
    /// Its title in lowercase, for sorting.
    title_key: String,
    /// Whether arbitre wrote it (its decision can be restored).
    pub ours: bool,
    /// The other records its links lead to (neither its successor nor its predecessors).
    pub related: Vec<usize>,
    /// The record that supersedes it (an index in [`Browse::entries`]).
    pub successor: Option<usize>,
    /// The records it supersedes.
    pub predecessors: Vec<usize>,
}

impl Entry {
    /// An entry for a record and its text, before its relations are known.
    fn new(record: Record, text: String) -> Entry {
        let title_key = record.title.to_lowercase();
        let mut cut = text.len().min(SEARCHED_BYTES);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let search = format!("{title_key}\n{}", text[..cut].to_lowercase());
        Entry {
            ours: text.contains(&format!("<!-- {SESSION_MARKER}")),
            related: Vec::new(),
            record,
            text,
            search,
            title_key,
            successor: None,
            predecessors: Vec::new(),
        }
    }
}

/// A log read whole.
#[derive(Debug, Clone)]
pub struct Browse {
    /// The log.
    pub log: AdrLog,
    /// Its records, in number order.
    pub entries: Vec<Entry>,
    /// What is wrong in it (`adr check`'s findings).
    pub problems: Vec<Problem>,
    /// The statuses present, with how many records have each, the known ones first.
    pub states: Vec<(RecordStatus, usize)>,
    /// What the folder looked like when read, to notice changes made outside.
    pub stamp: Stamp,
    /// The listing's own problems (files that are not records, numbers used twice), from
    /// which `problems` is worked out again when a record is replaced.
    listed: Vec<Problem>,
}

/// A cheap summary of the log folder: its entries' names, sizes and modification times.
/// Two stamps differ when a record was added, removed, renamed or edited.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stamp(Vec<(String, u64, Option<SystemTime>)>);

impl Stamp {
    /// The stamp of a folder now (empty if it cannot be listed).
    pub fn of(dir: &Path) -> Stamp {
        let mut all: Vec<(String, u64, Option<SystemTime>)> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| {
                        let meta = e.metadata().ok();
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            meta.as_ref().map_or(0, std::fs::Metadata::len),
                            meta.and_then(|m| m.modified().ok()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        all.sort();
        Stamp(all)
    }
}

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Column {
    /// The number (a date in a log4brains log).
    #[default]
    Number,
    /// The title.
    Title,
    /// The status.
    Status,
    /// The date.
    Date,
    /// The decision-makers.
    Deciders,
}

/// What the user asks to see.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The column sorted on.
    pub sort: Column,
    /// Descending rather than ascending.
    pub descending: bool,
    /// Only records of this status; all when `None`.
    pub state: Option<RecordStatus>,
    /// Words to find in the title or the text (case ignored); all records when empty.
    pub text: String,
}

impl Browse {
    /// The language the log's newest records are written in (their section headings), when
    /// one clearly leads: a record in another goes in with a word first.
    pub fn lang(&self) -> Option<arbitre_core::i18n::Lang> {
        let mut records: Vec<&Record> = self.entries.iter().map(|e| &e.record).collect();
        records.sort_by_key(|r| r.number);
        super::parse::lang_of(records.into_iter().rev().take(10))
    }

    /// Reads the whole log, telling `progress(done, total)` as it goes.
    pub fn load(log: AdrLog, progress: &dyn Fn(usize, usize)) -> Result<Browse, LogError> {
        let stamp = Stamp::of(&log.dir);
        let listing = record_files(&log.dir, &log.root)?;
        let (mut scan, _, mut texts) = log.scan_listing_with(listing, true, progress);
        // A log4brains project's packages keep logs of their own: listed after the global
        // one, named by their package.
        for (name, dir) in log.packages() {
            let package = AdrLog { dir, ..log.clone() };
            let Ok(listing) = record_files(&package.dir, &package.root) else {
                continue;
            };
            let (more, _, more_texts) = package.scan_listing_with(listing, true, &|_, _| {});
            scan.records.extend(more.records.into_iter().map(|mut r| {
                r.package = Some(name.clone());
                r
            }));
            scan.problems.extend(more.problems);
            texts.extend(more_texts);
        }
        let problems = super::check::findings(&scan, log.kind, super::Strictness::Convention);
        let listed = scan.problems;
        let mut entries: Vec<Entry> = scan
            .records
            .into_iter()
            .zip(texts)
            .map(|(record, text)| Entry::new(record, text))
            .collect();
        link_records(&mut entries);
        let states = states_of(&entries);
        Ok(Browse {
            log,
            entries,
            problems,
            states,
            stamp,
            listed,
        })
    }

    /// Puts a record just written by arbitre (such as [`AdrLog::try_set_status`]'s) in place
    /// of the entry of the same file, and works out again the relations, the statuses
    /// present and the problems, without reading the log. The stamp is taken again, so the
    /// change is not taken for one made outside. Returns whether the file was an entry.
    pub fn replace(&mut self, record: Record, text: String) -> bool {
        let Some(i) = self.position(&record.file) else {
            return false;
        };
        self.entries[i] = Entry::new(record, text);
        for e in &mut self.entries {
            e.successor = None;
            e.predecessors.clear();
            e.related.clear();
        }
        link_records(&mut self.entries);
        self.states = states_of(&self.entries);
        let scan = super::Scan {
            records: self.entries.iter().map(|e| e.record.clone()).collect(),
            problems: self.listed.clone(),
        };
        self.problems = super::check::findings(&scan, self.log.kind, super::Strictness::Convention);
        self.stamp = Stamp::of(&self.log.dir);
        true
    }

    /// Whether the folder changed since it was read (a cheap look at names, sizes, times).
    pub fn changed_on_disk(&self) -> bool {
        Stamp::of(&self.log.dir) != self.stamp
    }

    /// The index of the entry whose file is `file`.
    pub fn position(&self, file: &Path) -> Option<usize> {
        self.entries.iter().position(|e| e.record.file == file)
    }

    /// The entries the query shows, in its order. When the query only narrows `previous`
    /// (the same sort and filter, and text that extends the previous text, as when typing),
    /// only the entries shown before are searched.
    pub fn view(&self, query: &Query, previous: Option<(&Query, &[usize])>) -> Vec<usize> {
        let needle = query.text.trim().to_lowercase();
        let narrows = previous.filter(|(q, _)| {
            q.sort == query.sort
                && q.descending == query.descending
                && q.state == query.state
                && needle.contains(&q.text.trim().to_lowercase())
        });
        let keep = |i: &usize| {
            let e = &self.entries[*i];
            query.state.as_ref().is_none_or(|s| e.record.state == *s)
                && (needle.is_empty() || e.search.contains(&needle))
        };
        if let Some((_, shown)) = narrows {
            return shown.iter().copied().filter(keep).collect();
        }
        let mut out: Vec<usize> = (0..self.entries.len()).filter(keep).collect();
        let e = &self.entries;
        out.sort_by(|a, b| {
            let (ra, rb) = (&e[*a].record, &e[*b].record);
            let by = match query.sort {
                Column::Number => ra.number.cmp(&rb.number),
                Column::Title => e[*a].title_key.cmp(&e[*b].title_key),
                Column::Status => ra.state.cmp(&rb.state),
                Column::Date => ra.date.cmp(&rb.date),
                Column::Deciders => ra.deciders.cmp(&rb.deciders),
            };
            by.then_with(|| ra.number.cmp(&rb.number))
                .then_with(|| ra.file.cmp(&rb.file))
        });
        if query.descending {
            out.reverse();
        }
        out
    }

    /// The entry a link leads to, by its file name (`0003-x.md`, `%20` decoded): records
    /// link to records of their own folder. No file is read.
    pub fn target_of(&self, dest: &str) -> Option<usize> {
        let name = file_name_of(dest)?;
        self.entries
            .iter()
            .position(|e| e.record.file_name() == name)
    }
}

/// The file name a link destination ends with, `%20` and the like decoded.
fn file_name_of(dest: &str) -> Option<String> {
    let decoded = super::check::percent_decode(dest);
    Path::new(&decoded)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
}

/// The statuses present, with how many records have each, in their order (the known ones
/// first).
fn states_of(entries: &[Entry]) -> Vec<(RecordStatus, usize)> {
    let mut counts: Vec<(RecordStatus, usize)> = Vec::new();
    for e in entries {
        let s = &e.record.state;
        match counts.iter_mut().find(|(k, _)| k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s.clone(), 1)),
        }
    }
    counts.sort_by(|(a, _), (b, _)| a.cmp(b));
    counts
}

/// Fills `successor` and `predecessors` from each record's status (`superseded by …`) and
/// its "Supersedes" links, and `related` from its other links, by file name.
fn link_records(entries: &mut [Entry]) {
    let by_name: std::collections::HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.record.file_name(), i))
        .collect();
    let name_of = file_name_of;
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(next) = e.record.superseded_by().and_then(|d| name_of(&d))
            && let Some(&j) = by_name.get(&next)
        {
            pairs.push((i, j));
        }
        for old in e.record.supersedes() {
            if let Some(&j) = name_of(&old).and_then(|n| by_name.get(&n)) {
                pairs.push((j, i));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for (old, new) in pairs {
        if old == new {
            continue;
        }
        entries[old].successor.get_or_insert(new);
        if !entries[new].predecessors.contains(&old) {
            entries[new].predecessors.push(old);
        }
    }
    for (i, e) in entries.iter_mut().enumerate() {
        let mut related: Vec<usize> = Vec::new();
        for (_, dest) in &e.record.links {
            if let Some(&t) = name_of(dest).and_then(|n| by_name.get(&n))
                && t != i
                && Some(t) != e.successor
                && !e.predecessors.contains(&t)
                && !related.contains(&t)
            {
                related.push(t);
            }
        }
        e.related = related;
    }
}

/// The sample log's data (`data/samples/log.txt`): its team and its titles.
const SAMPLE_LOG: &str = include_str!("../../../../data/samples/log.txt");

/// The values of the sample log's lines that start with `key`, in order.
fn sample_values(key: &str) -> impl Iterator<Item = &'static str> + '_ {
    SAMPLE_LOG.lines().filter_map(move |l| l.strip_prefix(key))
}

/// Writes a MADR log of `n` records into `root/docs/decisions`, as a team's would look
/// (French and English titles from `data/samples/log.txt`, every status, one record in seven
/// superseded by the next, one number used twice): what the benchmarks, `scripts/perf.sh`
/// and the screenshots read.
pub fn write_sample_log(root: &Path, n: u32) -> std::io::Result<PathBuf> {
    let dir = root.join("docs/decisions");
    std::fs::create_dir_all(&dir)?;
    let team = sample_values("team: ").next().unwrap_or_default();
    let topics: Vec<&str> = sample_values("title: ").collect();
    let words = ["accepted", "proposed", "accepted", "rejected", "deprecated"];
    for i in 1..=n {
        let k = i as usize;
        let status = if i % 7 == 0 && i < n {
            format!(
                "\"superseded by [ADR-{:04}]({:04}-decision-{}.md)\"",
                i + 1,
                i + 1,
                i + 1
            )
        } else {
            words[k % words.len()].to_owned()
        };
        let text = format!(
            "---\nstatus: {status}\ndate: 2025-{:02}-{:02}\ndecision-makers: [\"{team} {}\"]\n---\n\n# {} ({i})\n\n## Context and Problem Statement\n\nDecision number {i}. {}\n\n## Decision Outcome\n\nChosen option: \"containers\", because reasons.\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 9,
            topics
                .get(k % topics.len().max(1))
                .copied()
                .unwrap_or_default(),
            "Some context for the decision. ".repeat(20)
        );
        std::fs::write(dir.join(format!("{i:04}-decision-{i}.md")), text)?;
    }
    if n >= 500 {
        std::fs::write(dir.join("0500-duplicate.md"), "# Duplicate 500\n")?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LogKind;
    use crate::log::test_support::*;
    use arbitre_core::session::Status;

    fn log(dir: &Path) -> Browse {
        Browse::load(AdrLog::new(dir, LogKind::Madr), &|_, _| {}).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The sample log's data is read whole: its team and its five titles, used in turn.
    #[test]
    fn the_sample_log_takes_its_titles_from_its_data() {
        assert_eq!(sample_values("team: ").count(), 1);
        assert_eq!(sample_values("title: ").count(), 5);
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = write_sample_log(tmp.path(), 2).unwrap_or_else(|e| panic!("{e}"));
        let second = std::fs::read_to_string(dir.join("0002-decision-2.md"))
            .unwrap_or_else(|e| panic!("{e}"));
        let team = sample_values("team: ").next().unwrap_or_default();
        let title = sample_values("title: ").nth(2).unwrap_or_default();
        assert!(
            second.contains(&format!("decision-makers: [\"{team} 2\"]")),
            "{second}"
        );
        assert!(second.contains(&format!("\n# {title} (2)\n")), "{second}");
    }

    #[test]
    fn sorts_filters_and_searches() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let d = tmp.path();
        write(
            &d.join("0001-b.md"),
            "---\nstatus: superseded by [ADR-0003](0003-c.md)\ndate: 2024-01-03\n---\n\n# Bravo\n\nKubernetes everywhere.\n",
        );
        write(
            &d.join("0002-a.md"),
            "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# alpha\n\nVMs for the database. See [ADR-0003](0003-c.md).\n",
        );
        write(
            &d.join("0003-c.md"),
            "---\nstatus: accepted\ndate: 2024-01-02\n---\n\n# Charlie\n\n## More Information\n\n* Supersedes [ADR-0001](0001-b.md)\n",
        );
        let b = log(d);
        let numbers =
            |v: &[usize]| -> Vec<u32> { v.iter().map(|i| b.entries[*i].record.number).collect() };
        let mut q = Query::default();
        assert_eq!(numbers(&b.view(&q, None)), [1, 2, 3]);
        q.sort = Column::Title;
        assert_eq!(numbers(&b.view(&q, None)), [2, 1, 3], "case ignored");
        q.sort = Column::Date;
        q.descending = true;
        assert_eq!(numbers(&b.view(&q, None)), [1, 3, 2]);
        q.state = Some(RecordStatus::Known(Status::Accepted));
        assert_eq!(numbers(&b.view(&q, None)), [3, 2]);
        q.state = None;
        q.text = "kub".into();
        let first = b.view(&q, None);
        assert_eq!(numbers(&first), [1]);
        let narrower = Query {
            text: "kube".into(),
            ..q.clone()
        };
        assert_eq!(numbers(&b.view(&narrower, Some((&q, &first)))), [1]);
        q.text = "ALPHA".into();
        assert_eq!(numbers(&b.view(&q, None)), [2], "titles, case ignored");
        // Who supersedes whom, both ways.
        assert_eq!(b.entries[0].successor, Some(2));
        assert_eq!(b.entries[2].predecessors, vec![0]);
        assert_eq!(b.entries[1].related, vec![2], "other links, resolved once");
        assert!(
            b.entries[2].related.is_empty(),
            "a predecessor is not listed twice"
        );
        assert_eq!(b.target_of("0001-b.md"), Some(0));
        assert_eq!(
            b.target_of("0002-a.md#context"),
            None,
            "an anchor is not a file name"
        );
        assert_eq!(b.target_of("./0002-a.md"), Some(1));
        assert_eq!(
            b.states,
            vec![
                (RecordStatus::Known(Status::Accepted), 2),
                (RecordStatus::Known(Status::Superseded), 1)
            ]
        );
        assert!(!b.changed_on_disk());
        write(&d.join("0004-d.md"), "# D\n");
        assert!(b.changed_on_disk());
    }

    #[test]
    fn the_filter_groups_a_status_however_it_is_written() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let d = tmp.path();
        let texts = [
            "accepted;",
            "Accepté",
            "on hold",
            "proposed.",
            "[draft",
            "\"Remplacée par [ADR-0001](0001-r.md)\"",
        ];
        for (i, status) in texts.iter().enumerate() {
            let n = i + 1;
            write(
                &d.join(format!("{n:04}-r.md")),
                &format!("---\nstatus: {status}\n---\n\n# R{n}\n"),
            );
        }
        let b = log(d);
        let custom = |t: &str| RecordStatus::Custom(t.to_owned());
        assert_eq!(
            b.states,
            vec![
                (RecordStatus::Known(Status::Proposed), 1),
                (RecordStatus::Known(Status::Accepted), 2),
                (RecordStatus::Known(Status::Superseded), 1),
                (custom("[draft"), 1),
                (custom("on hold"), 1),
            ]
        );
        let q = Query {
            state: Some(RecordStatus::Known(Status::Accepted)),
            ..Query::default()
        };
        let numbers: Vec<u32> = b
            .view(&q, None)
            .iter()
            .map(|i| b.entries[*i].record.number)
            .collect();
        assert_eq!(numbers, [1, 2]);
        let q = Query {
            state: Some(custom("on hold")),
            ..Query::default()
        };
        assert_eq!(b.view(&q, None).len(), 1);
    }
}
