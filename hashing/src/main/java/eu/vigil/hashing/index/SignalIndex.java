package eu.vigil.hashing.index;

import eu.vigil.hashing.Signal;
import java.util.List;
import java.util.Optional;

/**
 * A mutable collection of signals, each stored under a caller-chosen {@code long} id, that finds the
 * entries matching a query signal.
 *
 * @param <S> the kind of signal stored
 */
public interface SignalIndex<S extends Signal> {

  /** Stores {@code signal} under {@code id}, replacing what was stored under that id before. */
  void put(long id, S signal);

  /** Removes the entry with this id; returns whether there was one. */
  boolean remove(long id);

  /** The signal stored under {@code id}, if any. */
  Optional<S> get(long id);

  /** Number of entries. */
  int size();

  /**
   * Every entry within {@code radius} of the query (inclusive), nearest first, then by id. For
   * exact signal types only equal signals match, whatever the radius.
   *
   * @throws IllegalArgumentException if the radius is negative
   */
  List<MatchResult> search(S query, int radius);
}
