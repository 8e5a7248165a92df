//! The smallest eframe app built like arbitre: the same eframe dependency and features (glow,
//! x11, wayland, accesskit, persistence, default fonts), the same window size, one label.
//! `scripts/perf.sh` measures it beside arbitre, as the baseline for start-up time, memory,
//! idle CPU and binary size (see `docs/performance.md`).
//!
//! `cargo run --release --example hello`; with `HELLO_QUIT_AFTER_FRAMES=N` it closes itself
//! after N frames, like `arbitre --quit-after-frames N`.

/// One label, and a frame counter for the scripted mode.
struct Hello {
    quit_after_frames: Option<u64>,
    frames: u64,
}

impl eframe::App for Hello {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from eframe");
        });
        self.frames += 1;
        if let Some(n) = self.quit_after_frames {
            if self.frames >= n {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // Only in the scripted mode: keep frames coming until the count is reached.
                ui.ctx().request_repaint();
            }
        }
    }
}

fn main() -> eframe::Result {
    let quit_after_frames = std::env::var("HELLO_QUIT_AFTER_FRAMES")
        .ok()
        .and_then(|n| n.trim().parse().ok());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("hello")
            .with_app_id("arbitre-hello")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "arbitre-hello",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Hello {
                quit_after_frames,
                frames: 0,
            }))
        }),
    )
}
