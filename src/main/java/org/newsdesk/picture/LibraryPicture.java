package org.newsdesk.picture;

import java.time.Instant;
import java.time.LocalDate;

/** A picture in the library: one row of the search, with its caption in any language it has one. */
public record LibraryPicture(long id, String originalName, int width, int height, String caption, String creator,
                             String credit, LocalDate takenOn, Instant uploadedAt, String uploadedBy, int usedIn,
                             String thumbKey) {
}
