package org.misono.release;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Ed25519 signatures over an artifact's SHA-256. Signing the digest rather than the file lets a gateway
 * verify while it downloads, without holding the artifact in memory twice.
 */
public final class ArtifactSignature {

    private ArtifactSignature() {
    }

    /** @return the signature, Base64 */
    public static String sign(PrivateKey key, String sha256Hex) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(HexFormat.of().parseHex(sha256Hex));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** The id of the trusted key that made the signature, if any did. */
    public static Optional<String> verify(Collection<PublicKey> trusted, String sha256Hex, String signatureBase64) {
        byte[] signature;
        byte[] digest;
        try {
            signature = Base64.getDecoder().decode(signatureBase64);
            digest = HexFormat.of().parseHex(sha256Hex);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (PublicKey key : trusted) {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(key);
                s.update(digest);
                if (s.verify(signature)) {
                    return Optional.of(Ed25519Keys.keyId(key));
                }
            } catch (GeneralSecurityException e) {
                // not this key's signature; try the next
            }
        }
        return Optional.empty();
    }
}
