package cn.wast.capacity.benchmark;

import java.util.concurrent.Callable;

/**
 * One kind of action timed on the real path and on the bare baseline ({@link BareProcess}) in
 * the same run, the two sides interleaved by the benchmark in small blocks. The first
 * {@code warmUp} actions of each side are timed like the rest but not counted. The figures are
 * the mean thread CPU time and the wall-clock p95 of each side, and their ratios bare ÷ real
 * (higher is better; 1 would mean the real path costs no more than the bare engine).
 */
final class RealAndBare {

  private final String kind;
  private final int warmUp;
  private final Timings real = new Timings();
  private final Timings bare = new Timings();
  private final Timings warmUpReal = new Timings();
  private final Timings warmUpBare = new Timings();

  RealAndBare(String kind, int warmUp) {
    this.kind = kind;
    this.warmUp = warmUp;
  }

  /** Every counted action of the given kinds, as one kind. */
  static RealAndBare together(String kind, RealAndBare... kinds) {
    int warmUps = 0;
    for (RealAndBare each : kinds) {
      warmUps += each.warmUp;
    }
    RealAndBare all = new RealAndBare(kind, warmUps);
    for (RealAndBare each : kinds) {
      all.real.add(each.real);
      all.bare.add(each.bare);
    }
    return all;
  }

  <T> T real(Callable<T> action) {
    return (warmUpReal.count() < warmUp ? warmUpReal : real).time(action);
  }

  <T> T bare(Callable<T> action) {
    return (warmUpBare.count() < warmUp ? warmUpBare : bare).time(action);
  }

  void real(Runnable action) {
    real(() -> {
      action.run();
      return null;
    });
  }

  void bare(Runnable action) {
    bare(() -> {
      action.run();
      return null;
    });
  }

  String kind() {
    return kind;
  }

  Timings realTimings() {
    return real;
  }

  Timings bareTimings() {
    return bare;
  }

  /** Bare ÷ real mean thread CPU time per action. */
  double cpuRatio() {
    return bare.cpuMeanMillis() / real.cpuMeanMillis();
  }

  /** Bare ÷ real wall-clock p95. */
  double p95Ratio() {
    return bare.wallP95Millis() / real.wallP95Millis();
  }

  /** One line of figures: count, CPU mean and p95 of each side, the p95 ratio and, last, the CPU ratio. */
  String figures() {
    return BenchmarkReport.format("%d real against %d bare (%d warm-up of each side not counted); "
            + "real cpu %.2f ms, wall p95 %.2f ms; bare cpu %.2f ms, wall p95 %.2f ms; p95 ratio %.3f, ratio %.3f",
        real.count(), bare.count(), warmUp, real.cpuMeanMillis(), real.wallP95Millis(), bare.cpuMeanMillis(),
        bare.wallP95Millis(), p95Ratio(), cpuRatio());
  }
}
