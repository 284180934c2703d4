package org.misono.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 keys in PEM files (PKCS#8 private, X.509 public), the formats openssl writes and reads. */
public final class Ed25519Keys {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    public static void writePem(PrivateKey key, Path file) throws IOException {
        Files.writeString(file, pem(PRIVATE, key.getEncoded()));
    }

    public static void writePem(PublicKey key, Path file) throws IOException {
        Files.writeString(file, pem(PUBLIC, key.getEncoded()));
    }

    public static PrivateKey readPrivate(Path file) throws IOException, ArtifactException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(file, PRIVATE)));
        } catch (GeneralSecurityException e) {
            throw new ArtifactException(file + " is not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    public static PublicKey readPublic(Path file) throws IOException, ArtifactException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(file, PUBLIC)));
        } catch (GeneralSecurityException e) {
            throw new ArtifactException(file + " is not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** A short, stable name for a public key: the first 16 hex digits of its SHA-256. */
    public static String keyId(PublicKey key) {
        return Digests.sha256(key.getEncoded()).substring(0, 16);
    }

    private static byte[] der(Path file, String type) throws IOException, ArtifactException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new ArtifactException(file + " holds no PEM block '" + type + "'");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
