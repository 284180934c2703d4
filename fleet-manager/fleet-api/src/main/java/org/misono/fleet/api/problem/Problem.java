package org.misono.fleet.api.problem;

/**
 * An error response as RFC 9457 problem details: what went wrong ({@code title}, same for every occurrence of
 * the {@code type}) and, in {@code detail}, what exactly and what to do about it.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:misono:fleet:problem:";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path);
    }
}
