package io.faultline.api.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on an interactive terminal; nothing at all when output goes to a file or a log. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, long total) {
        this.bar = System.console() == null ? null : new ProgressBarBuilder()
                .setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }

    void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    void maxHint(long total) {
        if (bar != null) {
            bar.maxHint(total);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
