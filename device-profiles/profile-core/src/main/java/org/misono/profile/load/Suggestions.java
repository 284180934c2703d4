package org.misono.profile.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" hints for misspelt field names. */
final class Suggestions {

    private Suggestions() {
    }

    static String didYouMean(String given, List<String> known) {
        return known.stream()
                .filter(k -> distance(given.toLowerCase(), k.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(k -> distance(given, k)))
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static List<String> fieldNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
