/**
 * Exercise: table-top exercises of the EU Crisis Protocol (issue 13, point 6). A scenario file (YAML or JSON) holds
 * the master scenario events list (MSEL): injects with a scenario time, target participants, content and the actions
 * expected of them. {@code ./vigil exercise run SCENARIO} starts the server on an exercise database of its own with
 * the scenario's accelerated clock, creates its organisations and users, and delivers each inject at its time as a
 * {@link eu.vigil.relay.PartyEvent}. Participants act in the ordinary pages; the after-action report derives what
 * happened from the exercise database's audit records and compares it with what was expected (ADR 0032).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercise")
package eu.vigil.exercise;
