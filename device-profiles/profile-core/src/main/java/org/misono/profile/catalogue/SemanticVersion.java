package org.misono.profile.catalogue;

/** Orders versions like 1.10.0 after 1.9.2; a pre-release sorts before its release. */
record SemanticVersion(int major, int minor, int patch, String preRelease) implements Comparable<SemanticVersion> {

    static SemanticVersion parse(String text) {
        String core = text;
        String pre = "";
        int dash = text.indexOf('-');
        if (dash >= 0) {
            core = text.substring(0, dash);
            pre = text.substring(dash + 1);
        }
        String[] parts = core.split("\\.");
        return new SemanticVersion(part(parts, 0), part(parts, 1), part(parts, 2), pre);
    }

    private static int part(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, o.patch);
        }
        if (c == 0 && !preRelease.equals(o.preRelease)) {
            if (preRelease.isEmpty()) {
                return 1;
            }
            c = o.preRelease.isEmpty() ? -1 : preRelease.compareTo(o.preRelease);
        }
        return c;
    }
}
