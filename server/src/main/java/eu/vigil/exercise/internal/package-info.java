/** Pages and API of the exercise: the facilitator's MSEL, the participants' injects, the after-action report. */
package eu.vigil.exercise.internal;
