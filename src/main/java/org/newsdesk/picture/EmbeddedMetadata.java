package org.newsdesk.picture;

import java.time.LocalDate;

/**
 * What a photo's file says about itself (IPTC IIM, XMP, EXIF), to prefill the newsroom's fields.
 * Any field may be null. {@code orientation} is EXIF's 1–8 (1 = as stored).
 */
public record EmbeddedMetadata(String caption, String altText, String creator, String credit, String copyright,
                               LocalDate dateTaken, String city, String country, int orientation) {

    static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, null, null, null, null, null, null, null, 1);
}
