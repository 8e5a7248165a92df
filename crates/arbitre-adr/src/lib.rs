//! Architecture Decision Records: rendering a session as Markdown (MADR 4.0.0 or Nygard, in
//! French or English), escaping user text so it never changes the document's structure, the
//! ADR log on disk (adr-tools' `.adr-dir` / `doc/adr`, MADR's `docs/decisions`), and the round
//! trip: every ADR arbitre writes carries its session, so opening it restores the decision.

pub mod escape;
pub mod log;
pub mod render;
pub mod reopen;

use arbitre_core::decide::Recommendation;
use arbitre_core::i18n::Lang;
use arbitre_core::i18n::words::doc::Doc;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::Session;

/// The fixed words of an ADR in a document language: the catalog's `doc` section.
pub(crate) fn doc_words(lang: Lang) -> &'static Doc {
    &lang.words().doc
}

/// Another record this one links to (supersedes, or is superseded by).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// Its number in the log.
    pub number: u32,
    /// Its title.
    pub title: String,
    /// Its file name, relative to the log folder (`0003-use-vms.md`).
    pub file: String,
}

/// Everything a renderer needs.
#[derive(Debug, Clone)]
pub struct AdrInput<'a> {
    /// The kit.
    pub kit: &'a CheckedKit,
    /// The session; its `adr` field gives template, language and metadata.
    pub session: &'a Session,
    /// The recommendation for the session.
    pub recommendation: &'a Recommendation,
    /// The record's number in its log (1 when written outside a log).
    pub number: u32,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// Records this one supersedes.
    pub supersedes: Vec<LinkRef>,
    /// Records that supersede this one.
    pub superseded_by: Vec<LinkRef>,
    /// How the record is laid out to fit its log.
    pub layout: Layout,
}

/// How a MADR record states its status, date and people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Header {
    /// YAML front matter (`status:`, `date:`, `decision-makers:`), as MADR 3 and 4 write.
    #[default]
    FrontMatter,
    /// `- Status:` / `- Date:` / `- Deciders:` lines under the title, as MADR 2 and
    /// log4brains write (log4brains reads only these).
    Lines,
}

/// How a record is laid out to fit the log it goes into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// How a MADR record states its status.
    pub header: Header,
    /// The list marker: `*` or `-`.
    pub bullet: char,
    /// Links to other records read `[20210114-slug](20210114-slug.md)`, as log4brains writes
    /// them, instead of MADR's `[ADR-0003](0003-slug.md)`.
    pub slug_links: bool,
    /// Front-matter lines the log's records all carry (`parent: Decisions`).
    pub extra_front: Vec<String>,
    /// A blank line between the front matter and the title (MADR's template); `false` where
    /// the log's records have none (adr-log then reads the title from that line).
    pub blank_after_front: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            header: Header::FrontMatter,
            bullet: '*',
            slug_links: false,
            extra_front: Vec::new(),
            blank_after_front: true,
        }
    }
}

impl<'a> AdrInput<'a> {
    /// The one way to put an ADR's input together: a record numbered 1 with no links, dated
    /// with the typed date if valid, else `today`. Set `number` and the links for a log.
    pub fn new(
        kit: &'a CheckedKit,
        session: &'a Session,
        recommendation: &'a Recommendation,
        today: &str,
    ) -> AdrInput<'a> {
        AdrInput {
            kit,
            session,
            recommendation,
            number: 1,
            date: date_or_today(&session.adr.date, today),
            supersedes: Vec::new(),
            superseded_by: Vec::new(),
            layout: Layout::default(),
        }
    }
}

/// The language the session's own text seems to be in, when it is not the record's: the
/// title, context, consequences, confirmation and the notes on the criteria, read together.
/// The window and `arbitre export` say so before export, since the record's generated
/// sentences will be in its own language around that text.
pub fn other_language(session: &Session) -> Option<arbitre_core::i18n::Lang> {
    let adr = &session.adr;
    let typed: Vec<&str> = [
        adr.title.as_str(),
        &adr.context,
        &adr.consequences,
        &adr.confirmation,
    ]
    .into_iter()
    .chain(session.notes.values().map(String::as_str))
    .collect();
    arbitre_core::i18n::guess::guess(&typed.join("\n")).filter(|l| *l != adr.lang)
}

/// The marker of the session block that ends every ADR arbitre writes.
pub const SESSION_MARKER: &str = "arbitre-session";

/// Renders the ADR, then appends the decision block (an HTML comment, invisible when read,
/// readable in the file: [`reopen::embed`]).
pub fn render_with_session(input: &AdrInput<'_>) -> String {
    let mut out = render::render(input);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    let block = reopen::embed(input.session, Some(&out));
    out.push_str(&block);
    out
}

/// The decision block for a session, without the record's text (its edits then go
/// unreported; the visible text still wins when the record is reopened).
pub fn embed_session(session: &Session) -> String {
    reopen::embed(session, None)
}

/// The older block (v1): base64 of the whole session's RON. Still read; written only by tests
/// that check old files keep working.
#[cfg(test)]
pub(crate) fn embed_session_v1(session: &Session) -> String {
    use base64::Engine as _;
    let ron = session.to_ron();
    let b64 = base64::engine::general_purpose::STANDARD.encode(ron.as_bytes());
    let mut out = format!("<!-- {SESSION_MARKER} v1\n");
    for chunk in b64.as_bytes().chunks(76) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str("-->\n");
    out
}

/// What reading an ADR found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embedded {
    /// Not written by arbitre (no session block).
    Foreign,
    /// Written by an older arbitre: the whole session's RON text (base64 in the file).
    Session(String),
    /// Written by arbitre: the readable block's RON (only what the text cannot hold).
    Decided(String),
    /// A session block that cannot be decoded.
    Damaged(Damage),
}

/// What is wrong with an ADR's embedded block, worded by [`Damage::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The decision block has no end.
    DecisionNotClosed,
    /// The session block has no end.
    SessionNotClosed,
    /// The session block decodes to bytes that are not UTF-8.
    SessionNotUtf8,
    /// The session block is not base64.
    SessionNotBase64 {
        /// The decoder's words.
        cause: String,
    },
}

impl Damage {
    /// What is wrong, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().log_findings;
        match self {
            Self::DecisionNotClosed => w.decision_not_closed.to_owned(),
            Self::SessionNotClosed => w.session_not_closed.to_owned(),
            Self::SessionNotUtf8 => w.session_not_utf8.to_owned(),
            Self::SessionNotBase64 { cause } => (w.session_not_base64)(cause),
        }
    }
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Finds the session block in an ADR.
pub fn extract_session(markdown: &str) -> Embedded {
    use base64::Engine as _;
    if let Some(start) = markdown.rfind(reopen::MARKER_V2) {
        let body = &markdown[start + reopen::MARKER_V2.len()..];
        return match body.find("-->") {
            Some(end) => Embedded::Decided(body[..end].trim().to_owned()),
            None => Embedded::Damaged(Damage::DecisionNotClosed),
        };
    }
    let start_tag = format!("<!-- {SESSION_MARKER} v1");
    let Some(start) = markdown.rfind(&start_tag) else {
        return Embedded::Foreign;
    };
    let body = &markdown[start + start_tag.len()..];
    let Some(end) = body.find("-->") else {
        return Embedded::Damaged(Damage::SessionNotClosed);
    };
    let b64: String = body[..end].chars().filter(|c| !c.is_whitespace()).collect();
    match base64::engine::general_purpose::STANDARD.decode(b64.as_bytes()) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(ron) => Embedded::Session(ron),
            Err(_) => Embedded::Damaged(Damage::SessionNotUtf8),
        },
        Err(e) => Embedded::Damaged(Damage::SessionNotBase64 {
            cause: e.to_string(),
        }),
    }
}

/// The Markdown to preview: a reader's viewer would show YAML front matter as stray text, so
/// it is shown as a YAML code block above the body instead.
pub fn preview_markdown(markdown: &str) -> String {
    if let Some(rest) = markdown.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        let (front, body) = (&rest[..end], &rest[end + 5..]);
        return format!("```yaml\n{front}\n```\n{body}");
    }
    markdown.to_owned()
}

/// [`preview_markdown`], with `note` (in italics) above each Mermaid block: the preview shows
/// its source, and says so.
pub fn preview_markdown_noting(markdown: &str, note: &str) -> String {
    let preview = preview_markdown(markdown);
    if !preview.contains("```mermaid") {
        return preview;
    }
    let mut out = String::with_capacity(preview.len() + note.len() + 8);
    for line in preview.split_inclusive('\n') {
        if line.trim_end() == "```mermaid" {
            out.push('*');
            out.push_str(note);
            out.push_str("*\n\n");
        }
        out.push_str(line);
    }
    out
}

/// Whether `text` is a `YYYY-MM-DD` date.
pub fn valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    num(y, 4)
        && num(m, 2)
        && num(d, 2)
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The record's date: the typed date if valid, else `today`.
///
/// ```
/// use arbitre_adr::date_or_today;
/// assert_eq!(date_or_today("2026-11-26", "2026-11-28"), "2026-11-26");
/// assert_eq!(date_or_today("", "2026-11-28"), "2026-11-28");
/// assert_eq!(date_or_today("26/11/2026", "2026-11-28"), "2026-11-28");
/// ```
pub fn date_or_today(typed: &str, today: &str) -> String {
    if valid_date(typed) { typed } else { today }.to_owned()
}

/// Today's date, `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_previewed_as_code() {
        let p = preview_markdown("---\nstatus: proposed\n---\n\n# T\n");
        assert_eq!(p, "```yaml\nstatus: proposed\n```\n\n# T\n");
        assert_eq!(preview_markdown("# 1. T\n"), "# 1. T\n");
        assert_eq!(
            preview_markdown_noting("# T\n\n```mermaid\nflowchart\n```\n", "Source."),
            "# T\n\n*Source.*\n\n```mermaid\nflowchart\n```\n"
        );
        assert_eq!(preview_markdown_noting("# T\n", "Source."), "# T\n");
    }

    #[test]
    fn the_notes_count_as_the_session_s_own_text() {
        let mut s = Session::default();
        s.adr.lang = arbitre_core::i18n::Lang::En;
        s.adr.title = "Host the booking service".into();
        assert_eq!(other_language(&s), None);
        s.notes.insert(
            "security-isolation".into(),
            "Les dossiers des patients doivent rester isolés du reste, et la sécurité est renforcée en production.".into(),
        );
        assert_eq!(other_language(&s), Some(arbitre_core::i18n::Lang::Fr));
        s.adr.lang = arbitre_core::i18n::Lang::Fr;
        assert_eq!(other_language(&s), None);
    }

    #[test]
    fn dates_are_checked() {
        assert!(valid_date("2026-11-26"));
        assert!(!valid_date("2026-13-01"));
        assert!(!valid_date("26-11-2026"));
        assert!(!valid_date("2026/11/26"));
    }

    #[test]
    fn dates() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(20_418), "2025-11-26");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(today().len(), 10);
    }

    #[test]
    fn an_old_session_block_still_reads() {
        let mut s = Session::default();
        s.adr.title = "a --> b <!-- c `d` | e".into();
        s.notes.insert("startup-time".into(), "-->\n\n# x".into());
        let md = format!("# Title\n\ntext\n\n{}", embed_session_v1(&s));
        match extract_session(&md) {
            Embedded::Session(ron) => {
                let back: Session = ron::from_str(&ron).unwrap_or_default();
                assert_eq!(back, s);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(extract_session("# Someone else's ADR\n"), Embedded::Foreign);
        assert!(matches!(
            extract_session("<!-- arbitre-session v1\n%%%\n-->"),
            Embedded::Damaged(_)
        ));
        assert!(matches!(
            extract_session("<!-- arbitre-session v2\n(ticks: [])"),
            Embedded::Damaged(_)
        ));
    }

    #[test]
    fn every_damage_is_worded_in_both_languages() {
        for damage in [
            Damage::DecisionNotClosed,
            Damage::SessionNotClosed,
            Damage::SessionNotUtf8,
            Damage::SessionNotBase64 {
                cause: "Invalid byte 37, offset 0.".into(),
            },
        ] {
            let (fr, en) = (damage.message(Lang::Fr), damage.message(Lang::En));
            assert_ne!(fr, en, "{damage:?}");
            assert_eq!(en, damage.to_string());
            assert!(arbitre_core::i18n::typo::is_french_right(&fr), "{fr}");
        }
        assert_eq!(
            extract_session("<!-- arbitre-session v1\nAAAA"),
            Embedded::Damaged(Damage::SessionNotClosed)
        );
    }
}
