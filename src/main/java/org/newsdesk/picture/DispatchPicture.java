package org.newsdesk.picture;

import java.time.LocalDate;

/**
 * A picture as attached to one dispatch, with its texts in the dispatch's language.
 *
 * @param position 0 = the lead picture, then the gallery in order
 * @param thumbKey media key of its JPEG thumbnail (for the newsroom's own display)
 */
public record DispatchPicture(long pictureId, int position, String originalName, int width, int height, String language,
                              String caption, String altText, String creator, String credit, String copyright,
                              LocalDate takenOn, String city, String country, String thumbKey) {

    public boolean lead() {
        return position == 0;
    }

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }
}
