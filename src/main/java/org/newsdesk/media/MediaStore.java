package org.newsdesk.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where picture bytes live, addressed by their content: the key is the SHA-256 of the bytes plus an
 * extension ({@code 3f…9a.jpg}), so the same file is stored once and a key never changes meaning.
 * The filesystem implementation is the only one today; an S3-compatible object store would implement
 * the same four methods (keys map to object names) and no caller would change.
 */
public interface MediaStore {

    /** Stores the bytes unless they are already there; returns their key. */
    String put(byte[] bytes, String extension) throws IOException;

    boolean exists(String key);

    /** The bytes of a stored key, or empty when there is none. */
    Optional<InputStream> open(String key) throws IOException;

    /** The size in bytes of a stored key, or -1 when there is none. */
    long size(String key);

    /** The key bytes would be stored under: lower-case hex SHA-256 + "." + extension. */
    static String keyOf(byte[] bytes, String extension) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(digest) + "." + extension;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys are what {@link #keyOf} makes, nothing else: no path can be smuggled through one. */
    static boolean validKey(String key) {
        return key != null && key.matches("[0-9a-f]{64}\\.(jpg|png|webp)");
    }
}
