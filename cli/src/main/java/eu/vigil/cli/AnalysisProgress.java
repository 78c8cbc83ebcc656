package eu.vigil.cli;

import eu.vigil.amplification.analysis.AmplificationAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * Progress of an amplification analysis, one step per analysed cell (each cell runs its bootstraps
 * and permutation test): a bar on stderr when stderr is a terminal, nothing otherwise. The bar is
 * opened on the first report, when the number of cells is known; reports may come from any thread.
 */
final class AnalysisProgress implements AmplificationAnalysis.ProgressListener, AutoCloseable {

  private final String task;
  private @Nullable Progress progress;

  AnalysisProgress(String task) {
    this.task = task;
  }

  @Override
  public synchronized void cellDone(int done, int total) {
    if (progress == null) {
      progress = Progress.onTerminal(task, total);
    }
    progress.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
