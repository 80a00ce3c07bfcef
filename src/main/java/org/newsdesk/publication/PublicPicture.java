package org.newsdesk.publication;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture as readers and partners see it with a published dispatch: its texts in the dispatch's
 * language, its credits and its renditions. Never the original, never GPS or camera data.
 *
 * @param position 0 = the lead picture
 */
public record PublicPicture(long dispatchId, long pictureId, int position, int width, int height, String caption,
                            String altText, String creator, String credit, String copyright,
                            List<PublicRendition> renditions) {

    public boolean lead() {
        return position == 0;
    }

    /** The srcset widths in one format, narrowest first. */
    public List<PublicRendition> widths(String format) {
        return renditions.stream().filter(r -> r.isWidth() && r.format().equals(format))
                .sorted(Comparator.comparingInt(PublicRendition::width)).toList();
    }

    public String srcset(String format) {
        return widths(format).stream().map(r -> r.path() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    public boolean hasWebp() {
        return !widths("webp").isEmpty();
    }

    /** The JPEG for {@code src} and for machines: the widest up to 1200 pixels (or the narrowest there is). */
    public PublicRendition fallback() {
        List<PublicRendition> jpegs = widths("jpg");
        return jpegs.stream().filter(r -> r.width() <= 1200).reduce((a, b) -> b).orElse(jpegs.isEmpty() ? null : jpegs.getFirst());
    }

    /** The widest rendition in a format (feeds, ninjs "the picture"). */
    public PublicRendition largest(String format) {
        List<PublicRendition> list = widths(format);
        return list.isEmpty() ? null : list.getLast();
    }

    public PublicRendition thumb(String format) {
        return renditions.stream().filter(r -> r.kind().equals("thumb") && r.format().equals(format)).findFirst()
                .orElse(format.equals("jpg") ? null : thumb("jpg"));
    }

    /** 1200 × 630, for link previews. */
    public PublicRendition social() {
        return renditions.stream().filter(r -> r.kind().equals("social")).findFirst().orElse(fallback());
    }

    /** "Creator / Credit", or whichever there is; null when neither. */
    public String creditLine() {
        boolean hasCreator = creator != null && !creator.isBlank();
        boolean hasCredit = credit != null && !credit.isBlank();
        if (hasCreator && hasCredit && !creator.equals(credit)) {
            return creator + " / " + credit;
        }
        return hasCreator ? creator : hasCredit ? credit : null;
    }
}
