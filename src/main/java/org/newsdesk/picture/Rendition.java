package org.newsdesk.picture;

/**
 * One generated version of a picture, re-encoded from decoded pixels (so no metadata of the original —
 * GPS, camera serials — can be in it).
 *
 * @param kind "w800" (a srcset width), "thumb" (3:2 crop for lists) or "social" (1200×630 crop for link previews)
 */
public record Rendition(String kind, ImageFormat format, int width, int height, byte[] bytes) {
}
