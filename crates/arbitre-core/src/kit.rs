//! The decision kit: all of the notes' content as data, in French and English, with what each
//! tickable item says about the choice.
//!
//! A kit is parsed from RON in one step ([`Kit::parse`]) and checked in another
//! ([`check::check`]); only a [`CheckedKit`] reaches the rest of the program. The built-in kit
//! (`data/kits/containers-vs-vms.ron`) is compiled into the binary so the app runs from any
//! folder; `--kit FILE` replaces it.

pub mod check;
mod error;
pub mod locate;
mod record;

pub use error::{LoadError, Refusal, Syntax, syntax_error};
pub use record::{Consequence, HybridLayout};

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The built-in kit's file name, as shown in messages.
pub const BUILTIN_NAME: &str = "data/kits/containers-vs-vms.ron";

/// The built-in kit's source, compiled into the binary.
pub const BUILTIN_SOURCE: &str = include_str!("../../../data/kits/containers-vs-vms.ron");

/// Files larger than this are refused before parsing: no kit comes close.
pub use crate::files::MAX_FILE_BYTES;

/// A piece of text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    /// French, exactly as the notes write it.
    pub fr: String,
    /// English, a faithful translation.
    pub en: String,
}

impl Text {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// The three ways to host a workload. Their ids (`containers`, `vms`, `hybrid`) are stable.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum OptionId {
    /// Containers sharing the host kernel.
    #[default]
    Containers,
    /// Virtual machines, each with its own kernel.
    Vms,
    /// Both combined.
    Hybrid,
}

impl OptionId {
    /// All three, in the order they are shown.
    pub const ALL: [OptionId; 3] = [OptionId::Containers, OptionId::Vms, OptionId::Hybrid];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            OptionId::Containers => "containers",
            OptionId::Vms => "vms",
            OptionId::Hybrid => "hybrid",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<OptionId> {
        OptionId::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// The whole kit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kit {
    /// The kit's id, recorded in sessions (`containers-vs-vms`).
    pub id: String,
    /// The kit's version, recorded in sessions.
    pub version: u32,
    /// The notes' title.
    pub title: Text,
    /// The notes' section headings and column names.
    pub headings: Headings,
    /// The three options, with their names.
    pub options: Vec<OptionDef>,
    /// The comparison table, one row per criterion.
    pub criteria: Vec<Criterion>,
    /// "When to prefer a VM": five cases.
    pub vm_cases: Vec<VmCase>,
    /// "When to combine": six hybrid architectures.
    pub hybrids: Vec<Hybrid>,
    /// The decision summary: three lists of statements.
    pub summary: Vec<SummaryList>,
    /// How it all applies to the quote-app project.
    pub application: Application,
    /// The microVM column, which goes beyond the notes.
    pub beyond: Beyond,
    /// Training scenarios.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// Hints beyond the notes, shown when their conditions hold; they never change a score.
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Questions written by hand, asked with those generated from the content.
    #[serde(default)]
    pub questions: Vec<QuestionDef>,
}

/// A box of a drawing: its label and the boxes it holds. Boxes side by side in one list are
/// drawn side by side; a box inside another is drawn inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    /// The box's label.
    pub label: Text,
    /// What it holds, side by side.
    #[serde(default)]
    pub inside: Vec<Shape>,
}

impl Shape {
    /// Every label of a drawing, outermost first (depth first).
    pub fn labels(shapes: &[Shape]) -> Vec<&Text> {
        let mut out = Vec::new();
        for s in shapes {
            out.push(&s.label);
            out.extend(Shape::labels(&s.inside));
        }
        out
    }
}

/// A hint beyond the notes: shown when one of `when` and one of `and_when` apply (a ticked
/// item, or a criterion weighted 1 or more); it cites the sources of the microVM column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hint {
    /// Stable id, `hint.<slug>`.
    pub id: String,
    /// One of these must apply (item or criterion ids).
    pub when: Vec<String>,
    /// And one of these.
    pub and_when: Vec<String>,
    /// What the hint says.
    pub text: Text,
    /// Ids of [`Source`]s in [`Beyond::sources`].
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The notes' headings and recurring labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headings {
    /// "Tableau Comparatif : Conteneurs vs Machines Virtuelles".
    pub comparison: Text,
    /// The table's first column: "Critère".
    pub criterion: Text,
    /// "Quand Préférer une VM plutôt qu'un Conteneur ?".
    pub vm_cases: Text,
    /// "Cas d'Usage pour les Machines Virtuelles :".
    pub vm_cases_intro: Text,
    /// "Quand Combiner Conteneurs et VMs ?".
    pub hybrids: Text,
    /// "Architectures Hybrides - Meilleurs des Deux Mondes :".
    pub hybrids_intro: Text,
    /// "Architecture".
    pub architecture: Text,
    /// "Avantages".
    pub advantages: Text,
    /// "Exemple".
    pub example: Text,
    /// "Résumé des Décisions".
    pub summary: Text,
}

/// One of the three options, as the table and the outcome name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionDef {
    /// Which option.
    pub id: OptionId,
    /// Its name as a table column ("Machines Virtuelles (VMs)").
    pub name: Text,
    /// A short name for buttons and outcomes ("VMs").
    pub short: Text,
    /// How the option is hosted, for the drawing (the app's reading of the notes).
    #[serde(default)]
    pub drawing: Vec<Shape>,
}

/// A row of the comparison table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Stable id, e.g. `startup-time`.
    pub id: String,
    /// The criterion's name ("Temps de Démarrage").
    pub name: Text,
    /// The containers cell.
    pub containers: Text,
    /// The VMs cell.
    pub vms: Text,
    /// The option whose cell is the better one on this criterion.
    pub favours: OptionId,
    /// Why, in a sentence, used as the reason when the team says the criterion matters.
    pub why: Text,
    /// What the favoured option has on this criterion, as a noun phrase the record's pros
    /// name it by ("its own kernel per VM"): the app's reading, not the notes'.
    #[serde(default)]
    pub wins: Option<Text>,
    /// What the other option has instead ("a kernel shared with the host").
    #[serde(default)]
    pub loses: Option<Text>,
    /// The microVM / sandboxed-container cell, beyond the notes.
    pub microvm: SourcedText,
    /// The concern the criterion weighs, when another item or criterion states it too
    /// (counted once, at its highest): e.g. kernel sharing and security isolation. Empty: its
    /// own id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub concern: String,
}

impl Criterion {
    /// The concern it weighs: its own id unless the kit names a shared one.
    pub fn concern(&self) -> &str {
        if self.concern.is_empty() {
            &self.id
        } else {
            &self.concern
        }
    }
}

/// Text that carries its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcedText {
    /// The text.
    pub text: Text,
    /// Ids of [`Source`]s in [`Beyond::sources`].
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A tickable statement and what it says about the choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id.
    pub id: String,
    /// The statement.
    pub text: Text,
    /// The option it argues for.
    pub supports: OptionId,
    /// How strongly, 1 to 3.
    pub strength: u8,
    /// The statement as a force, a noun phrase a record lists among its decision drivers
    /// ("Portability and a DevOps workflow"): the app's reading of the statement.
    #[serde(default)]
    pub force: Option<Text>,
    /// Hybrid architectures it suggests (ids from [`Kit::hybrids`]).
    #[serde(default)]
    pub suggests: Vec<String>,
    /// The concern it states, when another item states it too (counted once, at its
    /// highest); a VM case's details state the case's concern without saying so. Empty: its
    /// own id (or its case's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub concern: String,
    /// When the statement is a fact some options cannot meet (the notes' « nécessitant »,
    /// « non conçues pour »): which options it rules out, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard: Option<Hard>,
}

/// A hard need: a fact, not a wish. Ticked, it rules out the options that cannot meet it,
/// whatever the preferences say; a hybrid remains only with an architecture that places it
/// (see [`Hybrid::answers`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hard {
    /// The options that cannot meet it (never all three).
    pub rules_out: Vec<OptionId>,
    /// Why, as a clause quoting the notes: "Containers ruled out: <why> (hard need)".
    pub why: Text,
}

/// A case for preferring a VM: itself tickable, with tickable details and an example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VmCase {
    /// Stable id, e.g. `vm.compliance`.
    pub id: String,
    /// The case's title ("Isolation de Sécurité Critique").
    pub title: Text,
    /// How strongly the case as a whole argues for VMs, 1 to 3.
    pub strength: u8,
    /// Hybrid architectures the case suggests when containers are needed too.
    #[serde(default)]
    pub suggests: Vec<String>,
    /// The detail bullets, each tickable; ids are the case id plus a suffix.
    pub details: Vec<Item>,
    /// The example, where the notes give one.
    #[serde(default)]
    pub example: Option<Text>,
    /// When the case itself is a fact some options cannot meet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard: Option<Hard>,
}

/// A hybrid architecture: tickable, and a pattern the recommendation can name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hybrid {
    /// Stable id, e.g. `hybrid.kubernetes-on-vms`.
    pub id: String,
    /// Its name ("Kubernetes sur VMs").
    pub name: Text,
    /// The "Architecture" line.
    pub architecture: Text,
    /// The "Avantages" bullets.
    pub advantages: Vec<Text>,
    /// The "Exemple" line.
    pub example: Text,
    /// How strongly ticking it argues for a hybrid, 1 to 3.
    pub strength: u8,
    /// Whether the containers run inside the VMs or next to them (the app's reading).
    pub layout: HybridLayout,
    /// For a layered architecture, the VM boundary its containers run inside ("one VM per
    /// tenant"): how a system's drawing and record name a component placed that way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundary: Option<Text>,
    /// What choosing it brings and costs, each shown when its concern was raised (the app's
    /// reading of the notes, not their words).
    #[serde(default)]
    pub consequences: Vec<Consequence>,
    /// The architecture as a drawing (the app's reading of the notes).
    pub drawing: Vec<Shape>,
    /// The needs it answers (the app's reading of its "Architecture" and "Avantages" lines):
    /// concern ids, or single items' or criteria's ids. It places a hard need when the
    /// need's own id is listed, a must-have when its id or its concern is; a hybrid outcome
    /// names only architectures that fit (the decision engine's rule).
    #[serde(default)]
    pub answers: Vec<String>,
}

/// One of the decision summary's lists ("Choisir les Conteneurs quand :").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryList {
    /// Id prefix of its statements, e.g. `choose.containers`.
    pub id: String,
    /// The list's heading.
    pub title: Text,
    /// The option the list is about.
    pub option: OptionId,
    /// The ✅ statements.
    pub statements: Vec<Item>,
}

/// The notes' application to the quote-app project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    /// "Application à Notre Projet Quote-App".
    pub title: Text,
    /// "Dans notre architecture Kubernetes actuelle :".
    pub intro: Text,
    /// The labelled points ("Conteneurs", "Potentiel VM"), with their sub-points.
    pub points: Vec<Point>,
    /// "Architecture typique en production".
    pub layers_title: Text,
    /// The notes' layered tree, as a drawing.
    pub drawing: Vec<Shape>,
    /// The closing sentence.
    pub conclusion: Text,
}

/// A labelled point with optional sub-points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The bold label.
    pub label: Text,
    /// The text after the label.
    pub text: Text,
    /// Sub-points.
    #[serde(default)]
    pub sub: Vec<Text>,
}

/// The microVM / sandboxed-container column: clearly marked as going beyond the notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Beyond {
    /// The column's name.
    pub title: Text,
    /// What the column is and that it is not from the notes.
    pub note: Text,
    /// Where its figures come from.
    pub sources: Vec<Source>,
}

/// A published source for a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Id referred to by [`SourcedText::sources`].
    pub id: String,
    /// What the source is.
    pub label: Text,
    /// Where to find it (a URL or a document reference).
    pub reference: String,
}

/// A training scenario: a case from the notes, the ticks that describe it, the right answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable id, `scenario.<slug>`.
    pub id: String,
    /// A short title.
    pub title: Text,
    /// The situation, as the student reads it.
    pub situation: Text,
    /// The items that describe the situation; the decision engine's answer for them is the
    /// expected answer.
    pub ticks: Vec<String>,
    /// The expected option.
    pub expected: OptionId,
    /// For a hybrid, the expected architecture(s).
    #[serde(default)]
    pub patterns: Vec<String>,
    /// What kind of case it is: a plain one, a trap, one where it depends, or one beyond
    /// the notes.
    #[serde(default)]
    pub kind: ScenarioKind,
    /// What the case teaches beyond its answer: for a trap, what misleads; where it depends,
    /// what decides; beyond the notes, what the sources add.
    #[serde(default)]
    pub lesson: Option<Text>,
    /// For a case beyond the notes, the sources it relies on (ids from `beyond.sources`).
    #[serde(default)]
    pub sources: Vec<String>,
    /// A system's components, each placed by the student (empty: one workload, asked as
    /// before). With components, `ticks` are the facts for all of them, and `expected` and
    /// `patterns` are the system's outcome and architectures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<ScenarioComponent>,
}

impl Scenario {
    /// Whether the scenario is a system of components (each placed by the student).
    pub fn is_system(&self) -> bool {
        !self.components.is_empty()
    }
}

/// One component of a system scenario: its name, its situation in the team's words, and the
/// facts that describe it (never its answer). Its expected placement is the engine's on
/// these facts and the scenario's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioComponent {
    /// Its name, as the team says it ("ERP", "portail web"): unique in the scenario.
    pub name: Text,
    /// Its situation, as the team describes it.
    pub situation: Text,
    /// The items that describe it.
    pub ticks: Vec<String>,
}

/// What kind of training case a scenario is. Ids (`standard`, `trap`, `depends`, `beyond`)
/// are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ScenarioKind {
    /// A plain case: the situation leads to one answer.
    #[default]
    Standard,
    /// A trap: a detail in the situation points the wrong way.
    Trap,
    /// It depends: the facts are balanced, and the lesson says what decides.
    Depends,
    /// Beyond the notes: sandboxed runtimes and microVMs, from the cited sources.
    Beyond,
}

/// The parts of the kit a quiz question can be about. Ids (`table`, `cases`, `hybrids`,
/// `summary`, `scenarios`) are stable: exams select them and results are reported by them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum QuizSection {
    /// The comparison table.
    #[default]
    Table,
    /// When to prefer a VM: the use cases.
    Cases,
    /// The hybrid architectures: architecture, advantages, example.
    Hybrids,
    /// The decision summary's statements.
    Summary,
    /// Situations to analyse.
    Scenarios,
}

impl QuizSection {
    /// All five, in the order of the notes.
    pub const ALL: [QuizSection; 5] = [
        QuizSection::Table,
        QuizSection::Cases,
        QuizSection::Hybrids,
        QuizSection::Summary,
        QuizSection::Scenarios,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            QuizSection::Table => "table",
            QuizSection::Cases => "cases",
            QuizSection::Hybrids => "hybrids",
            QuizSection::Summary => "summary",
            QuizSection::Scenarios => "scenarios",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<QuizSection> {
        QuizSection::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// How much a question asks of the student. Ids (`recall`, `apply`, `analyse`) are stable.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Remember what the notes say.
    #[default]
    Recall,
    /// Recognise a case the notes describe in a new situation.
    Apply,
    /// Weigh a whole situation.
    Analyse,
}

impl Level {
    /// All three, easiest first.
    pub const ALL: [Level; 3] = [Level::Recall, Level::Apply, Level::Analyse];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Level::Recall => "recall",
            Level::Apply => "apply",
            Level::Analyse => "analyse",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// A question written by hand, in a kit or a teacher's pack: 3 or 4 choices, one right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDef {
    /// Stable id, `question.<slug>`.
    pub id: String,
    /// The part of the notes it is about.
    pub section: QuizSection,
    /// How much it asks.
    #[serde(default)]
    pub level: Level,
    /// The question.
    pub prompt: Text,
    /// The choices, 3 or 4, in the order written (they are shuffled when asked).
    pub choices: Vec<Text>,
    /// The index of the right choice in `choices`, from 0.
    pub answer: usize,
    /// Why the right choice is right, shown after the answer (and in an exam's key).
    pub explain: Text,
}

/// A tickable thing, wherever it sits in the kit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its text.
    pub text: &'a Text,
    /// The option it supports.
    pub supports: OptionId,
    /// How strongly.
    pub strength: u8,
    /// The hybrid architectures it suggests.
    pub suggests: &'a [String],
    /// The concern it states: ticks of one concern count once, at the highest strength.
    pub concern: &'a str,
    /// The hard need it states, if it is a fact some options cannot meet.
    pub hard: Option<&'a Hard>,
}

/// A kit that passed [`check::check`]. Only this type reaches the rest of the program.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedKit {
    kit: Kit,
    origin: PathBuf,
}

impl std::ops::Deref for CheckedKit {
    type Target = Kit;
    fn deref(&self) -> &Kit {
        &self.kit
    }
}

impl CheckedKit {
    /// The built-in kit. It is checked by the test suite, so failing here is a build defect;
    /// even then the error is returned, not panicked on.
    pub fn builtin() -> Result<CheckedKit, LoadError> {
        Kit::load_str(BUILTIN_SOURCE, Path::new(BUILTIN_NAME))
    }

    /// Loads and checks a kit file.
    pub fn from_file(path: &Path) -> Result<CheckedKit, LoadError> {
        let source = read_text_file(path)?;
        Kit::load_str(&source, path)
    }

    /// Where the kit came from (the file, or the built-in name).
    pub fn origin(&self) -> &Path {
        &self.origin
    }

    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The hybrid architecture with this id.
    pub fn hybrid(&self, id: &str) -> Option<&Hybrid> {
        self.hybrids.iter().find(|h| h.id == id)
    }

    /// The option's definition (names).
    pub fn option(&self, id: OptionId) -> Option<&OptionDef> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The concern an item or criterion states (its own id unless the kit names another),
    /// if the kit knows the id.
    pub fn concern_of(&self, id: &str) -> Option<&str> {
        self.tick(id)
            .map(|t| t.concern)
            .or_else(|| self.criterion(id).map(Criterion::concern))
    }

    /// This kit with `scenarios` and `questions` added after its own. The caller has checked
    /// them against this kit with the kit's rules ([`check::check`] on the merged content,
    /// as a teacher's pack is checked), so the result still holds them.
    #[must_use]
    pub fn with_checked_training(
        &self,
        scenarios: impl IntoIterator<Item = Scenario>,
        questions: impl IntoIterator<Item = QuestionDef>,
    ) -> CheckedKit {
        let mut kit = self.kit.clone();
        kit.scenarios.extend(scenarios);
        kit.questions.extend(questions);
        CheckedKit {
            kit,
            origin: self.origin.clone(),
        }
    }

    /// The option's short name in a language, falling back to its id.
    pub fn option_name(&self, id: OptionId, lang: Lang) -> String {
        self.option(id)
            .map_or_else(|| id.id().to_owned(), |o| o.short.get(lang).to_owned())
    }
}

/// The built-in kit, for unit tests here and in the crates above (their dev-dependency turns
/// on the `test-kit` feature); a broken built-in kit fails them loudly.
///
/// # Panics
///
/// If the built-in kit does not check, which fails every test that uses it.
#[cfg(any(test, feature = "test-kit"))]
pub fn test_kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(k) => k,
        Err(e) => panic!("built-in kit: {e}"),
    }
}

impl Item {
    fn tick(&self) -> Tick<'_> {
        Tick {
            id: &self.id,
            text: &self.text,
            supports: self.supports,
            strength: self.strength,
            suggests: &self.suggests,
            concern: if self.concern.is_empty() {
                &self.id
            } else {
                &self.concern
            },
            hard: self.hard.as_ref(),
        }
    }

    /// The tick of a VM case's detail: it states the case's concern.
    fn detail_tick<'a>(&'a self, case: &'a VmCase) -> Tick<'a> {
        Tick {
            concern: if self.concern.is_empty() {
                &case.id
            } else {
                &self.concern
            },
            ..self.tick()
        }
    }
}

impl Kit {
    /// Every tickable thing, in the order the checklists show them.
    pub fn ticks(&self) -> Vec<Tick<'_>> {
        self.ticks_iter().collect()
    }

    /// Every tickable thing, lazily, in the same order as [`Kit::ticks`].
    pub fn ticks_iter(&self) -> impl Iterator<Item = Tick<'_>> {
        let cases = self.vm_cases.iter().flat_map(|case| {
            std::iter::once(Tick {
                id: &case.id,
                text: &case.title,
                supports: OptionId::Vms,
                strength: case.strength,
                suggests: &case.suggests,
                concern: &case.id,
                hard: case.hard.as_ref(),
            })
            .chain(case.details.iter().map(move |d| d.detail_tick(case)))
        });
        let hybrids = self.hybrids.iter().map(|hybrid| Tick {
            id: &hybrid.id,
            text: &hybrid.name,
            supports: OptionId::Hybrid,
            strength: hybrid.strength,
            suggests: std::slice::from_ref(&hybrid.id),
            concern: &hybrid.id,
            hard: None,
        });
        let statements = self
            .summary
            .iter()
            .flat_map(|list| list.statements.iter().map(Item::tick));
        cases.chain(hybrids).chain(statements)
    }

    /// The tickable thing with this id (no allocation: it is looked up while drawing).
    pub fn tick(&self, id: &str) -> Option<Tick<'_>> {
        self.ticks_iter().find(|t| t.id == id)
    }

    /// Parses RON into a kit, without checking it.
    pub fn parse(source: &str, file: &Path) -> Result<Kit, LoadError> {
        ron::from_str(strip_bom(source)).map_err(|e| syntax_error(file, &e))
    }

    /// Parses and checks.
    pub fn load_str(source: &str, file: &Path) -> Result<CheckedKit, LoadError> {
        let source = strip_bom(source);
        let kit = Kit::parse(source, file)?;
        let problems = check::check(&kit, source, file);
        if problems.is_empty() {
            Ok(CheckedKit {
                kit,
                origin: file.to_owned(),
            })
        } else {
            Err(LoadError::Invalid { problems })
        }
    }
}

/// Reads a file that must be text: refuses huge, binary, unreadable or special files (a
/// FIFO, a device, a folder) with a message that names the file. A UTF-8 byte-order mark at
/// the start is dropped (editors do not count it as a column, so positions stay right).
pub fn read_text_file(path: &Path) -> Result<String, LoadError> {
    let bytes = crate::files::read_limited(path, MAX_FILE_BYTES)
        .map_err(|e| error::read_error(path, &e))?;
    if bytes.contains(&0) {
        return Err(LoadError::NotText {
            file: path.to_owned(),
        });
    }
    String::from_utf8(bytes)
        .map(|s| match s.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => s,
        })
        .map_err(|_| LoadError::NotText {
            file: path.to_owned(),
        })
}

/// `source` without a leading UTF-8 byte-order mark.
pub fn strip_bom(source: &str) -> &str {
    source.strip_prefix('\u{feff}').unwrap_or(source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_accepted_and_positions_stay_right()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("kit.ron");
        std::fs::write(&p, format!("\u{feff}{BUILTIN_SOURCE}"))?;
        let kit = CheckedKit::from_file(&p)?;
        assert_eq!(kit.id, "containers-vs-vms");
        // A syntax error on the first line is at the column an editor shows.
        std::fs::write(&p, "\u{feff}(id: ,")?;
        let e = CheckedKit::from_file(&p)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.starts_with(&format!("{}:1:5:", p.display())), "{e}");
        Ok(())
    }

    #[test]
    fn deep_nesting_is_reported_plainly() {
        let source = format!("(criteria: {})", "[".repeat(1000));
        let e = ron::Options::default()
            .from_str::<ron::Value>(&source)
            .err()
            .map(|e| syntax_error(Path::new("deep.ron"), &e).to_string())
            .unwrap_or_default();
        assert!(e.starts_with("deep.ron:1:"), "{e}");
        assert!(e.contains("nested too deeply"), "{e}");
        assert!(!e.contains("recursion_limit"), "{e}");
    }
}
