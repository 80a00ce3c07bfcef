package org.newsdesk.publication;

/**
 * One public rendition of a picture, at a content-hashed address that never changes meaning (so it is
 * cached for a year, immutable).
 *
 * @param kind   "w800" (srcset width), "thumb" or "social"
 * @param format "jpg" or "webp"
 */
public record PublicRendition(String kind, String format, int width, int height, String key, long bytes) {

    public String path() {
        return "/media/" + key;
    }

    public String mediaType() {
        return switch (format) {
            case "webp" -> "image/webp";
            case "png" -> "image/png";
            default -> "image/jpeg";
        };
    }

    public boolean isWidth() {
        return kind.startsWith("w");
    }
}
