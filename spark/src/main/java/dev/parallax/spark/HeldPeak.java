package dev.parallax.spark;

import org.apache.spark.util.AccumulatorV2;

/**
 * The most stage 2's groupers held at one time in any one task, gathered from the tasks: a maximum,
 * so a task run twice counts once.
 */
final class HeldPeak extends AccumulatorV2<BlockStream.Held, BlockStream.Held> {
  private static final long serialVersionUID = 1L;

  private BlockStream.Held peak = BlockStream.Held.NONE;

  @Override
  public boolean isZero() {
    return peak.equals(BlockStream.Held.NONE);
  }

  @Override
  public HeldPeak copy() {
    HeldPeak c = new HeldPeak();
    c.peak = peak;
    return c;
  }

  @Override
  public void reset() {
    peak = BlockStream.Held.NONE;
  }

  @Override
  public void add(BlockStream.Held v) {
    peak = peak.max(v);
  }

  @Override
  public void merge(AccumulatorV2<BlockStream.Held, BlockStream.Held> other) {
    peak = peak.max(other.value());
  }

  @Override
  public BlockStream.Held value() {
    return peak;
  }
}
