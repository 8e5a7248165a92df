//! The fuzzer's inputs: a reproducible PRNG, the corpus of valid files (kits, sessions,
//! arbitre's ADRs, other tools' records) and the mutations made from them.

use std::path::Path;

use arbitre::adr::{self, AdrInput, LinkRef, log};
use arbitre::autosave::{Autosave, Recovery};
use arbitre::i18n::Lang;
use arbitre::kit::{BUILTIN_SOURCE, CheckedKit};
use arbitre::session::{Session, Status, Template};
use arbitre::train::Progress;

// ------------------------------------------------------------------------------------ PRNG

/// `SplitMix64`: tiny, fast, and enough to make reproducible inputs.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// In `lo..=hi`.
    pub(crate) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub(crate) fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The generator of input `index` of a run: independent of every other input.
pub(crate) fn input_rng(seed: u64, index: u64) -> Rng {
    let mut r = Rng::new(seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03));
    r.next();
    r
}

// ---------------------------------------------------------------------------------- corpus

pub(crate) fn builtin_kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(k) => k,
        Err(e) => panic!("the built-in kit does not load: {e}"),
    }
}

pub(crate) fn quote_app(kit: &CheckedKit) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    match Session::open(&path, kit) {
        Ok(loaded) => loaded.session,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

pub(crate) fn link(number: u32, title: &str) -> LinkRef {
    LinkRef {
        number,
        title: title.into(),
        file: log::file_name(number, title),
    }
}

/// Hand-written records, as other tools write them.
pub(crate) const FOREIGN: &[&str] = &[
    // adr-tools `adr init`.
    "# 1. Record architecture decisions\n\nDate: 2026-11-20\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record the architectural decisions made on this project.\n\n## Decision\n\nWe will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).\n\n## Consequences\n\nSee Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).\n",
    // adr-tools, superseded, with links.
    "# 2. Use PostgreSQL\n\nDate: 2026-11-21\n\n## Status\n\nSuperseded by [3. Use VMs](0003-use-vms.md)\n\nAmends [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n## Context\n\n```\n# not a heading\n## Status\n```\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nNone.\n",
    // MADR 4 with YAML front matter.
    "---\nstatus: \"superseded by [ADR-0005](0005-use-kubernetes.md)\"\ndate: 2026-11-22\ndecision-makers: [\"Ana\", 'Bo''b']\nconsulted: Ops # a comment\n---\n\n# Use Kubernetes \\& friends &amp; &#x41; &#65;\n\n## Context and Problem Statement\n\nWhy?\n\n## Considered Options\n\n* Kubernetes\n* Nomad\n\n## Decision Outcome\n\nChosen option: \"Kubernetes\", because it is there.\n\n## More Information\n\n* Supersedes [ADR-0002](0002-use-postgresql.md)\n",
    // MADR 3, French, CRLF.
    "---\r\nstatus: accepté\r\ndate: 2026-11-23\r\n---\r\n\r\n# Héberger sur des VMs\r\n\r\n## Contexte et problème\r\n\r\nTexte.\r\n\r\n## Plus d'informations\r\n\r\nRien.\r\n",
    // log4brains (MADR 2 style).
    "# Use Log4brains to manage the ADRs\n\n- Status: accepted\n- Date: 2026-11-24\n- Tags: doc\n\n## Context and Problem Statement\n\nWe want to record architectural decisions made in this project.\n\n## Decision Drivers\n\n- Easy\n\n## Decision Outcome\n\nChosen option: \"Log4brains\".\n\n## Links\n\n- Relates to [ADR-0001](0001-record-architecture-decisions.md)\n",
    // Nygard with a BOM and the French heading.
    "\u{feff}# 7. Décision\n\nDate : 2026-11-25\n\n## Statut\n\nProposé\n\n## Contexte\n\n~~~\n# 8. not a title\n~~~\n",
    // No title at all, unterminated front matter, a stray session block.
    "---\nstatus: proposed\n\nno closing delimiter\n<!-- arbitre-session v1\nKChmb3JtYXQ6IDEp\n",
];

/// Where inputs come from: (label, bytes).
pub(crate) fn corpus(kit: &CheckedKit) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = vec![
        ("kit".into(), BUILTIN_SOURCE.as_bytes().to_vec()),
        (
            "quote-app.ron".into(),
            include_bytes!("../../data/examples/quote-app.ron").to_vec(),
        ),
        (
            "hospital.ron".into(),
            include_bytes!("../../data/examples/hospital.ron").to_vec(),
        ),
        (
            "saas-plugins.ron".into(),
            include_bytes!("../../data/examples/saas-plugins.ron").to_vec(),
        ),
    ];
    let session = quote_app(kit);
    let recommendation = session.recommend(kit);
    for template in [Template::Madr, Template::Nygard] {
        for lang in Lang::ALL {
            let mut s = session.clone();
            s.adr.template = template;
            s.adr.lang = lang;
            s.adr.status = Status::Accepted;
            s.adr.links = vec!["https://example.com/issue/1".into()];
            let input = AdrInput {
                kit,
                session: &s,
                recommendation: &recommendation,
                number: 4,
                date: "2026-11-26".into(),
                supersedes: vec![link(2, "Use PostgreSQL")],
                superseded_by: if lang == Lang::En {
                    vec![link(5, "Use Kubernetes")]
                } else {
                    Vec::new()
                },
                layout: arbitre::adr::Layout::default(),
            };
            let md = adr::render_with_session(&input);
            let superseded = log::mark_superseded(&md, &link(9, "Later | decision"));
            out.push((format!("adr-{template:?}-{lang:?}"), md.into_bytes()));
            out.push((
                format!("adr-{template:?}-{lang:?}-superseded"),
                superseded.into_bytes(),
            ));
        }
    }
    out.push(("session.to_ron".into(), session.to_ron().into_bytes()));
    out.push((
        "autosave".into(),
        Autosave::encode(&Recovery {
            path: Some("/tmp/quote-app.ron".into()),
            session: session.clone(),
            ..Recovery::default()
        })
        .into_bytes(),
    ));
    let mut progress = Progress::default();
    progress.quiz.record("q1", true);
    progress.quiz.record("q2", false);
    progress.scenarios.record("s1", false);
    out.push(("progress".into(), progress.to_ron().into_bytes()));
    for (i, text) in FOREIGN.iter().enumerate() {
        out.push((format!("foreign-{i}"), text.as_bytes().to_vec()));
    }
    out
}

// ------------------------------------------------------------------------------- mutations

/// Byte strings that tend to matter to RON, Markdown, YAML and the session block.
pub(crate) const TOKENS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"\\",
    b"\\u{110000}",
    b"\\u{d800}",
    b"r#\"",
    b"\"#",
    b"'",
    b":",
    b",",
    b"//",
    b"/*",
    b"*/",
    b"Some(",
    b"None",
    b"format: 99",
    b"format: 4294967296",
    b"-1",
    b"18446744073709551616",
    b"1e400",
    b"NaN",
    b"inf",
    b"0x",
    b"true",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\0",
    b"\x1b[31m",
    b"\x7f",
    b"\xe2\x80\xa8",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xf4\x90\x80\x80",
    b"# ",
    b"# 1. ",
    b"# 4294967296. T",
    b"## Status\n",
    b"## Statut\n",
    b"## More Information\n",
    b"---\n",
    b"...\n",
    b"```\n",
    b"~~~~\n",
    b"<!-- arbitre-session v1\n",
    b"<!-- arbitre-session v1",
    b"-->",
    b"<!--",
    b"&#x110000;",
    b"&#99999999999;",
    b"&#;",
    b"&",
    b"\\\xc3\xa9",
    b"status: ",
    b"status: \"\\u12\"",
    b"date: ",
    b"- Status: accepted\n",
    b"Date: ",
    b"Superseded by [",
    b"](",
    b"](0001-x.md)",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"==",
    b"AAAA",
];

/// How an input was made, for the report.
pub(crate) struct Made {
    pub(crate) bytes: Vec<u8>,
    pub(crate) how: String,
}

pub(crate) fn random_byte(rng: &mut Rng) -> u8 {
    match rng.below(4) {
        0 => rng.next() as u8,
        1 => *rng.pick(b"()[]{}\"\\:,#-*`~<>!&;\n\r\t \0"),
        2 => *rng.pick(b"\x00\x01\x08\x0b\x0c\x1b\x7f\x80\xbf\xc0\xc3\xe2\xed\xef\xf0\xf4\xfe\xff"),
        _ => rng.range(0x20, 0x7e) as u8,
    }
}

/// One mutation; `huge` allows the expensive ones (megabytes).
pub(crate) fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, other: &[u8], huge: bool) -> &'static str {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(if huge { 14 } else { 12 }) {
        0 => {
            bytes.truncate(at);
            "truncate"
        }
        1 => {
            for _ in 0..rng.range(1, 8) {
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
            }
            "flip"
        }
        2 => {
            let n = rng.range(1, 16);
            let ins: Vec<u8> = (0..n).map(|_| random_byte(rng)).collect();
            bytes.splice(at..at, ins);
            "insert bytes"
        }
        3 => {
            let end = (at + rng.range(1, 64)).min(len);
            bytes.drain(at..end);
            "delete"
        }
        4 => {
            let from = rng.below(other.len() + 1);
            bytes.truncate(at);
            bytes.extend_from_slice(&other[from..]);
            "splice"
        }
        5 => {
            let token = *rng.pick(TOKENS);
            bytes.splice(at..at, token.iter().copied());
            "token"
        }
        6 | 7 => {
            // Several tokens in a row, at line starts more often than not.
            let at = if rng.chance(2) {
                bytes[..at]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1)
            } else {
                at
            };
            let mut ins = Vec::new();
            for _ in 0..rng.range(1, 6) {
                ins.extend_from_slice(rng.pick::<&[u8]>(TOKENS));
            }
            bytes.splice(at..at, ins);
            "tokens"
        }
        8 => {
            // A slice repeated many times.
            let start = rng.below(len + 1);
            let end = (start + rng.range(1, 200)).min(len);
            let slice = bytes[start..end].to_vec();
            if !slice.is_empty() {
                let times = rng.range(2, (20_000 / slice.len()).max(2));
                let rep: Vec<u8> = slice.repeat(times);
                bytes.splice(end..end, rep);
            }
            "repeat"
        }
        9 => deep_nesting(rng, bytes, at),
        10 => {
            if rng.chance(2) {
                bytes.splice(0..0, *b"\xef\xbb\xbf");
            } else {
                bytes.splice(at..at, *b"\xef\xbb\xbf");
            }
            "BOM"
        }
        11 => {
            // Control characters.
            for _ in 0..rng.range(1, 8) {
                let at = rng.below(bytes.len() + 1);
                let c = rng.range(0, 0x1f) as u8;
                bytes.insert(at, c);
            }
            "control chars"
        }
        _ => huge_fill(rng, bytes, at),
    }
}

/// Deep nesting at `at`: thousands of an opening bracket, closed half of the time.
fn deep_nesting(rng: &mut Rng, bytes: &mut Vec<u8>, at: usize) -> &'static str {
    let open: &[u8] = rng.pick::<&[u8]>(&[
        &b"("[..],
        b"[",
        b"{",
        b"Some(",
        b"(a:",
        b"[\"",
        b"> ",
        b"- ",
    ]);
    let depth = rng.range(1_000, 12_000);
    let mut ins = open.repeat(depth);
    if rng.chance(2) {
        let close: &[u8] = match open {
            b"(" | b"Some(" | b"(a:" => b")",
            b"[" | b"[\"" => b"]",
            b"{" => b"}",
            _ => b"\n",
        };
        ins.extend_from_slice(&close.repeat(depth));
    }
    bytes.splice(at..at, ins);
    "deep nesting"
}

/// A huge string literal (or line), 1–5 MB, at `at`.
fn huge_fill(rng: &mut Rng, bytes: &mut Vec<u8>, at: usize) -> &'static str {
    const FILLS: &[(&[u8], &str)] = &[
        (b"a", "huge string of a"),
        (b"\\\"", "huge string of \\\""),
        (b"\xc3\xa9", "huge string of \u{e9}"),
        (b"# ", "huge string of # "),
        (b"-->", "huge string of -->"),
        (b"\n", "huge string of \\n"),
    ];
    let (fill, what) = *rng.pick(FILLS);
    // A million lines is plenty for the line-based readers, and keeps a debug run's
    // time in hand; single-line fills go to 5 MB.
    let n = if fill.contains(&b'\n') {
        rng.range(1 << 20, 3 << 19)
    } else {
        rng.range(1 << 20, 5 << 20)
    };
    let mut ins = Vec::with_capacity(n + 2);
    ins.push(b'"');
    while ins.len() < n {
        ins.extend_from_slice(fill);
    }
    ins.push(b'"');
    bytes.splice(at..at, ins);
    what
}

/// Input `index`: a corpus item, mutated one to four times (sometimes not at all, sometimes
/// a purely random string).
pub(crate) fn make_input(corpus: &[(String, Vec<u8>)], seed: u64, index: u64) -> Made {
    let mut rng = input_rng(seed, index);
    if rng.chance(50) {
        let n = rng.below(300);
        return Made {
            bytes: (0..n).map(|_| random_byte(&mut rng)).collect(),
            how: "random bytes".into(),
        };
    }
    let (label, base) = rng.pick(corpus);
    let mut bytes = base.clone();
    let mut how = vec![label.clone()];
    // The expensive mutations are kept rare, so that a run's time stays predictable.
    let huge = rng.chance(1000);
    let rounds = if rng.chance(20) { 0 } else { rng.range(1, 4) };
    for _ in 0..rounds {
        let other = &rng.pick(corpus).1;
        how.push(mutate(&mut rng, &mut bytes, other, huge).into());
    }
    if huge && !how.iter().any(|h| h.starts_with("huge string")) {
        how.push(mutate_huge(&mut rng, &mut bytes).into());
    }
    Made {
        bytes,
        how: how.join(" + "),
    }
}

pub(crate) fn mutate_huge(rng: &mut Rng, bytes: &mut Vec<u8>) -> &'static str {
    loop {
        let other = bytes.clone();
        let what = mutate(rng, bytes, &other, true);
        if what.starts_with("huge string") || what == "deep nesting" || what == "repeat" {
            return what;
        }
    }
}
