package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.misono.gateway.api.Quality;

/**
 * One reading on the wire. Names are one letter because a station sends hundreds per minute over
 * cellular; defaults are left out: quality GOOD, and the timestamp of the enclosing message.
 *
 * @param point {@code p}: the point id
 * @param value {@code v}: boolean, number or string; absent when BAD
 * @param quality {@code q}: absent means GOOD
 * @param reason {@code r}: why not GOOD
 * @param ts {@code t}: epoch ms when read, absent when equal to the message's {@code ts}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingRecord(
        @JsonProperty("p") String point,
        @JsonProperty("v") Object value,
        @JsonProperty("q") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = GoodQuality.class)
        Quality quality,
        @JsonProperty("r") String reason,
        @JsonProperty("t") Long ts) {

    public ReadingRecord {
        quality = quality == null ? Quality.GOOD : quality;
        value = value instanceof Integer i ? Long.valueOf(i) : value;
        value = value instanceof Float f ? Double.valueOf(f) : value;
    }

    /** Tells Jackson to leave GOOD out. */
    static final class GoodQuality {
        @Override
        public boolean equals(Object other) {
            return other == null || other == Quality.GOOD;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
