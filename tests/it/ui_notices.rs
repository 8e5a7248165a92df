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
    // Folded into one line: the most serious message, and how many there are.
    h.get_by_label_contains("fin inattendue du fichier RON");
    assert!(h.query_by_label_contains("ADR exporté").is_none());
    h.get_by_label("Tous les messages (2)").click();
    h.run();
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

/// Good news goes by itself once read; an error stays until dismissed; "Dismiss all" empties
/// the bar.
#[test]
fn good_news_expires_and_the_rest_stays_until_dismissed() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let mut h = common::app_harness(Lang::En);
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format: 1, ticks: [")?;
    h.state_mut().open_path(&broken);
    assert!(
        h.state_mut()
            .export_file(arbitre::files::WriteTarget::new(dir.path().join("adr.md")))
    );
    h.run();
    assert_eq!(h.state().messages.len(), 2);
    // Time passes as frames do: the export's message goes after it was shown 8 s.
    for _ in 0..3 {
        h.input_mut().time = Some(h.input().time.unwrap_or(0.0) + 5.0);
        h.run();
    }
    assert_eq!(h.state().messages.len(), 1, "{:?}", h.state().messages);
    h.get_by_label_contains("Unexpected end of RON");
    h.state_mut()
        .export_file(arbitre::files::WriteTarget::new(dir.path().join("b.md")));
    h.run();
    h.get_by_label("All messages (2)").click();
    h.run();
    h.get_by_label("Dismiss all").click();
    h.run();
    assert!(h.state().messages.is_empty());
    Ok(())
}
