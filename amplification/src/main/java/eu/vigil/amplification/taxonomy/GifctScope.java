package eu.vigil.amplification.taxonomy;

/**
 * Scopes of the GIFCT hash-sharing database (HSDB) and Tech Against Terrorism's TCAP that an internal
 * label code falls into (spec §3.2, §3.3). Only the scopes verified against public GIFCT/TCAP text are
 * listed; the behavioural labels are in {@link GifctBehaviour} and are provisional.
 */
public enum GifctScope {
  /** Content of entities on the UN Security Council Consolidated Sanctions List (HSDB since 2017). */
  DESIGNATED_ENTITY,
  /** Content from attacks and incidents (Content Incident Protocol, since 2019). */
  CONTENT_INCIDENT,
  /** Attacker manifestos, PDF (2021 expansion). */
  ATTACKER_MANIFESTO,
  /** Branded terrorist publications, PDF (2021 expansion). */
  BRANDED_TERRORIST_PUBLICATION,
  /** URLs flagged by Tech Against Terrorism's Terrorist Content Analytics Platform (2021 expansion). */
  TCAP_URL
}
