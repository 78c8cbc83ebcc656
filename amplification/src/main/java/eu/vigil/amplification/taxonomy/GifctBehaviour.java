package eu.vigil.amplification.taxonomy;

/**
 * Behavioural labels of the GIFCT hash-sharing database. The names are from memory and have not been
 * checked against gifct.org/hsdb ({@link #VERIFIED} is false): reports must say so, and the names must
 * be confirmed before they are exchanged with GIFCT members.
 */
public enum GifctBehaviour {
  IMMINENT_CREDIBLE_THREAT,
  GRAPHIC_VIOLENCE_AGAINST_DEFENCELESS_PEOPLE,
  GLORIFICATION_OF_TERRORIST_ACTS,
  RADICALISATION_RECRUITMENT_INSTRUCTION;

  /** Whether the label names were verified against the published GIFCT taxonomy. */
  public static final boolean VERIFIED = false;
}
