package org.misono.release.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** {@code <artifact>.sig.json}: what the fleet manager needs beside the artifact to offer it to gateways. */
record SignatureFile(String version, String sha256, long size, String signature, String keyId) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    static SignatureFile read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SignatureFile.class);
    }

    static Path beside(Path artifact) {
        return Path.of(artifact + ".sig.json");
    }
}
