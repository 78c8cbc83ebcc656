package eu.vigil.hashing;

/**
 * A hash value of one of the supported {@link SignalType}s, as exchanged with hash-sharing partners.
 *
 * <p>Every signal has one canonical text form ({@link #toText()}): lowercase hexadecimal of fixed
 * length. {@link SignalType#parse(String)} accepts exactly that form (upper case allowed) and
 * nothing else.
 */
public sealed interface Signal permits PdqHash, ExactHash {

  /** The type of this signal. */
  SignalType type();

  /** The canonical text form: lowercase hexadecimal digits, fixed length per type. */
  String toText();
}
