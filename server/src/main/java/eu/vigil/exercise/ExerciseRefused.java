package eu.vigil.exercise;

/** The exercise cannot start on this database (not an exercise database, or another scenario's). */
public class ExerciseRefused extends IllegalStateException {

    /** Why, in words that say what to do. */
    public ExerciseRefused(String message) {
        super(message);
    }
}
