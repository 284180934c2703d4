package org.misono.profile.load;

/**
 * One thing wrong with a profile file.
 *
 * @param field the offending field as a path, e.g. {@code groups[0].points[2].type}; empty for the whole file
 */
public record ProfileProblem(String source, int line, int column, String field, String message) {

    @Override
    public String toString() {
        String where = source + ":" + line + ":" + column + ": ";
        return field.isEmpty() ? where + message : where + field + ": " + message;
    }
}
