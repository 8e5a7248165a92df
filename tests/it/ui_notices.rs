//! Messages are data, worded when drawn: in French with the interface in French, and
//! re-worded when the language is switched, both ways.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{Launch, Settings};
use egui_kittest::kittest::Queryable as _;

#[test]
fn messages_follow_the_interface_language_both_ways() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let broken = dir.path().join("cassé.ron");
    std::fs::write(&broken, "(format: 1, ticks: [")?;
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::Fr,
            ..Settings::default()
        },
        Launch::default(),
    );
    h.state_mut().open_path(&broken);
    let out = dir.path().join("adr.md");
    assert!(
        h.state_mut()
            .export_file(arbitre::files::WriteTarget::new(&out))
    );
    h.run();
    h.get_by_label_contains("fin inattendue du fichier RON");
    h.get_by_label_contains("ADR exporté\u{a0}:");
    assert!(h.query_by_label_contains("Unexpected end").is_none());

    h.get_by_label("EN").click();
    h.run();
    h.get_by_label_contains("Unexpected end of RON");
    h.get_by_label_contains("ADR exported:");
    assert!(h.query_by_label_contains("fin inattendue").is_none());
    assert_eq!(h.query_all_by_label("Dismiss").count(), 2);

    h.get_by_label("FR").click();
    h.run();
    h.get_by_label_contains("fin inattendue du fichier RON");
    assert_eq!(h.query_all_by_label("Fermer").count(), 2);
    Ok(())
}

#[test]
fn a_write_error_reads_french() {
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::Fr,
            ..Settings::default()
        },
        Launch::default(),
    );
    let target = arbitre::files::WriteTarget::new("/nonexistent-arbitre-dir/x.ron");
    let answer = arbitre::ui::app::DialogAnswer::SaveAs(target);
    h.state_mut()
        .send(arbitre::ui::app::Message::Dialog(answer, None));
    h.run();
    assert!(h.state().doc.path.is_none(), "not saved");
    h.get_by_label_contains("écriture impossible");
}
