//! The exam code and the seal of an exam under way.
//!
//! A teacher's exam carries a secret, the **exam code**, handed out to the class with the
//! seed. The questions and the order of their choices come from a keyed hash of the code and
//! the seed (HMAC-SHA-256, the code as the key): without the right code, `arbitre exam`
//! prints other questions, and so no key to the class's exam. No code at all is the
//! **practice exam** of that seed, the same in the app and on the command line.
//!
//! The exam under way is **sealed**: a keyed hash of what fixes its time and its questions
//! (the seed, the limit, the recorded start, the questions and their order), keyed by a
//! random secret this installation keeps in its data folder. An exam file edited by hand no
//! longer matches its seal, and says so. Both secrets are on the student's machine: the seal
//! shows an edit, it cannot stop one made with the secret and the source at hand.

use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use arbitre_core::files::{self, WriteError};

type HmacSha256 = Hmac<Sha256>;

/// The letters of a generated code: Crockford's base 32 (no I, L, O, U: nothing to misread).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The file of this installation's secret, in the data folder.
pub const SECRET_FILE: &str = "exam-secret";

/// An exam code, as the teacher hands it out, normalised: letters in capitals, spaces and
/// dashes left out (`k7qm-2xpd` and `K7QM 2XPD` are the same code). Empty: the practice
/// exam.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExamCode(String);

impl ExamCode {
    /// The code as typed, normalised.
    pub fn new(typed: &str) -> ExamCode {
        ExamCode(
            typed
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .flat_map(char::to_uppercase)
                .collect(),
        )
    }

    /// No code: the practice exam, which anyone can print with its key.
    pub fn practice() -> ExamCode {
        ExamCode::default()
    }

    /// Whether this is the practice exam (no code).
    pub fn is_practice(&self) -> bool {
        self.0.is_empty()
    }

    /// A new random code from the operating system's generator: 12 letters and digits
    /// (60 bits), shown in groups of four.
    pub fn generate() -> Result<ExamCode, std::io::Error> {
        let mut bytes = [0u8; 12];
        getrandom::fill(&mut bytes).map_err(std::io::Error::other)?;
        Ok(ExamCode(
            bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
                .collect(),
        ))
    }

    /// The code in groups of four, as printed for the teacher (`K7QM-2XPD-…`).
    pub fn grouped(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The exam's check, for the teacher: 8 hex digits of a keyed hash of the code and the
    /// seed, printed on the key and in the results, so that results of another exam (a code
    /// mistyped, the practice exam) show; `None` for the practice exam. It tells the exam,
    /// not the code.
    pub fn check(&self, seed: u64) -> Option<String> {
        if self.is_practice() {
            return None;
        }
        let tag = hmac(
            self.0.as_bytes(),
            &[b"arbitre exam check v1\0", &seed.to_le_bytes()],
        );
        Some(to_hex(&tag[..4]))
    }

    /// The seed of the exam's random choices: the first 8 bytes of HMAC-SHA-256 keyed by the
    /// code, over the exam's seed.
    pub fn selection_seed(&self, seed: u64) -> u64 {
        let mut first = [0u8; 8];
        let tag = hmac(
            self.0.as_bytes(),
            &[b"arbitre exam v1\0", &seed.to_le_bytes()],
        );
        first.copy_from_slice(&tag[..8]);
        u64::from_le_bytes(first)
    }
}

/// HMAC-SHA-256 of the parts, one after the other, each preceded by its length (so that
/// two different lists of parts never give the same bytes).
fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC takes a key of any length: `new_from_slice` cannot fail for it.
    let Ok(mut mac) = HmacSha256::new_from_slice(key) else {
        return [0; 32];
    };
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// This installation's secret, in the data folder's [`SECRET_FILE`]: read, or made (32
/// random bytes, written once, never replaced) when there is none. Refused if the file
/// leads outside the data folder.
pub fn install_secret(data_dir: &Path) -> Result<Vec<u8>, WriteError> {
    // Like every file of the data folder: refused if it leads outside (a planted link).
    let file = arbitre_core::autosave::inside_data_dir(data_dir, &data_dir.join(SECRET_FILE))?;
    let io = |source| WriteError::Io {
        path: file.clone(),
        source,
    };
    if let Ok(text) = files::read_to_string_limited(&file, 1024)
        && let Some(bytes) = from_hex(text.trim()).filter(|b| b.len() == 32)
    {
        return Ok(bytes);
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| io(std::io::Error::other(e)))?;
    std::fs::create_dir_all(data_dir).map_err(io)?;
    // A damaged secret is set aside, never replaced in place: its exams then say "edited".
    if file.exists() {
        let _ = arbitre_core::autosave::set_aside(&file, "corrupt");
    }
    match files::write_new_atomic(&file, format!("{}\n", to_hex(&bytes)).as_bytes()) {
        Ok(()) => Ok(bytes.to_vec()),
        // Another window made it meanwhile: that one is the secret.
        Err(WriteError::Exists(_)) => files::read_to_string_limited(&file, 1024)
            .ok()
            .and_then(|t| from_hex(t.trim()))
            .filter(|b| b.len() == 32)
            .ok_or_else(|| io(std::io::ErrorKind::InvalidData.into())),
        Err(e) => Err(e),
    }
}

/// The seal of `parts` under `secret`, as hex.
pub fn seal(secret: &[u8], parts: &[&[u8]]) -> String {
    to_hex(&hmac(secret, parts))
}

/// Whether `tag` is the seal of `parts` under `secret` (compared in constant time).
pub fn seal_holds(secret: &[u8], parts: &[&[u8]], tag: &str) -> bool {
    let Some(tag) = from_hex(tag) else {
        return false;
    };
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return false;
    };
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part);
    }
    mac.verify_slice(&tag).is_ok()
}

fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_normalised_and_keys_the_selection() {
        assert_eq!(ExamCode::new(" k7qm-2xpd "), ExamCode::new("K7QM2XPD"));
        assert!(ExamCode::new(" - ").is_practice());
        assert_eq!(ExamCode::new("k7qm2xpdab").grouped(), "K7QM-2XPD-AB");
        let (a, b) = (ExamCode::new("K7QM2XPD"), ExamCode::new("K7QM2XPE"));
        assert_ne!(a.selection_seed(1), b.selection_seed(1));
        assert_ne!(a.selection_seed(1), a.selection_seed(2));
        assert_ne!(a.selection_seed(1), ExamCode::practice().selection_seed(1));
        assert_eq!(
            a.selection_seed(1),
            ExamCode::new("k7qm 2xpd").selection_seed(1)
        );
        let check = a.check(1).unwrap_or_default();
        assert_eq!(check.len(), 8);
        assert_ne!(Some(check), b.check(1));
        assert_ne!(a.check(1), a.check(2));
        assert_eq!(ExamCode::practice().check(1), None);
    }

    #[test]
    fn generated_codes_are_twelve_unambiguous_letters_and_differ() -> std::io::Result<()> {
        let (a, b) = (ExamCode::generate()?, ExamCode::generate()?);
        assert_ne!(a, b);
        assert_eq!(a.0.len(), 12);
        assert!(a.0.bytes().all(|c| ALPHABET.contains(&c)), "{a:?}");
        assert_eq!(ExamCode::new(&a.grouped()), a);
        Ok(())
    }

    #[test]
    fn the_secret_is_made_once_and_the_seal_shows_an_edit() -> Result<(), WriteError> {
        let dir = tempfile::tempdir().map_err(|source| WriteError::Io {
            path: std::path::PathBuf::new(),
            source,
        })?;
        let secret = install_secret(dir.path())?;
        assert_eq!(secret.len(), 32);
        assert_eq!(
            install_secret(dir.path())?,
            secret,
            "read again, not remade"
        );
        let tag = seal(&secret, &[b"start 100", b"limit 1"]);
        assert!(seal_holds(&secret, &[b"start 100", b"limit 1"], &tag));
        assert!(!seal_holds(&secret, &[b"start 999", b"limit 1"], &tag));
        assert!(!seal_holds(&secret, &[b"start 100limit 1"], &tag));
        assert!(!seal_holds(&[0; 32], &[b"start 100", b"limit 1"], &tag));
        assert!(!seal_holds(&secret, &[b"start 100", b"limit 1"], "zz"));
        assert_eq!(from_hex(&to_hex(&[0, 255, 16])), Some(vec![0, 255, 16]));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_secret_planted_as_a_link_outside_is_refused() -> Result<(), Box<dyn std::error::Error>> {
        let (data, outside) = (tempfile::tempdir()?, tempfile::tempdir()?);
        let target = outside.path().join("stolen");
        std::os::unix::fs::symlink(&target, data.path().join(SECRET_FILE))?;
        assert!(matches!(
            install_secret(data.path()),
            Err(WriteError::Outside { .. })
        ));
        assert!(!target.exists(), "nothing written outside");
        Ok(())
    }
}
