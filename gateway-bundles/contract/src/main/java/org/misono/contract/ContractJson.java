package org.misono.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** JSON encoding of the contract's payloads; shared, thread-safe. */
public final class ContractJson {

    // Unknown fields are ignored so a newer gateway can add fields without breaking an older fleet manager.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

    private ContractJson() {
    }

    public static byte[] encode(Object payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + payload.getClass().getSimpleName(), e);
        }
    }

    public static <T> T decode(byte[] payload, Class<T> type) throws ContractException {
        try {
            return MAPPER.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new ContractException("not a valid " + type.getSimpleName() + " payload: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContractException("not a valid " + type.getSimpleName() + " payload: " + e.getMessage(), e);
        }
    }
}
