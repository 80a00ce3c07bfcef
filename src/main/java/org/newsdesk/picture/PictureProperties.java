package org.newsdesk.picture;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Limits and renditions of pictures ({@code newsdesk.pictures.*}; docs/pictures.md).
 *
 * @param maxUploadSize the largest file accepted ({@code NEWSDESK_PICTURES_MAX_UPLOAD_SIZE}, 25MB)
 * @param maxPixels     the most pixels a picture may have, checked from its header before it is decoded
 *                      (a decompression bomb is refused before it costs memory); 60 million by default
 * @param widths        widths of the renditions offered in srcset (never wider than the original)
 * @param webp          whether to offer WebP renditions beside the JPEG ones (when the encoder loads)
 */
@ConfigurationProperties("newsdesk.pictures")
public record PictureProperties(DataSize maxUploadSize, Long maxPixels, List<Integer> widths, Boolean webp) {

    public PictureProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(25) : maxUploadSize;
        maxPixels = maxPixels == null ? 60_000_000L : maxPixels;
        widths = widths == null || widths.isEmpty() ? List.of(480, 800, 1200, 1600) : List.copyOf(widths);
        webp = webp == null || webp;
    }
}
