//! A progress bar on stderr for long reads, drawn only when stderr is a terminal.

use dateline::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Bar(Option<ProgressBar>);

/// A bar when stderr is a terminal and the user did not ask for quiet; otherwise nothing.
pub fn bar(quiet: bool) -> Bar {
    if quiet || !crate::stderr_is_terminal() {
        return Bar(None);
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} reading {bytes}/{total_bytes} [{bar:30}] {bytes_per_sec}, {eta} left",
        )
        .expect("the template is valid")
        .progress_chars("=> "),
    );
    Bar(Some(bar))
}

impl Progress for Bar {
    fn start(&self, total_bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.set_length(total_bytes);
        }
    }

    fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
