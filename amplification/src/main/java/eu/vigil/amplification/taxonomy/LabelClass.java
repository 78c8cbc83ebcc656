package eu.vigil.amplification.taxonomy;

/** The four classes of the internal label scheme (spec §3.1). */
public enum LabelClass {
  /** Terrorist and violent-extremist content (TVE-1 to TVE-3); usually illegal. */
  TERRORIST_VIOLENT_EXTREMIST,
  /** Borderline ("lawful but awful", "borderline violative") content (BL-1 to BL-6). */
  BORDERLINE,
  /** News, research, counter- and alternative narratives that mention extremism. */
  CONTEXT_EXEMPTION,
  /** Content unrelated to violent extremism. */
  UNRELATED
}
