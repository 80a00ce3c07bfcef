package org.newsdesk.picture;

import com.twelvemonkeys.image.ResampleOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Checks an uploaded file and makes its renditions. Every check that can be made without decoding is
 * made first: size, magic bytes (never the file name), SVG (refused: it can carry script), a JPEG's end
 * marker (truncation), and the pixel count from the header (a decompression bomb is refused before a
 * single pixel is allocated). Decoding is TwelveMonkeys' ImageIO plugins (CMYK and ICC-profiled JPEGs);
 * renditions are EXIF-oriented, converted to sRGB, resampled with Lanczos (TwelveMonkeys' ResampleOp)
 * and re-encoded as JPEG and, when libwebp loads, WebP (usefulness/webp-imageio).
 */
@Component
public class ImageProcessing {

    private static final Logger log = LoggerFactory.getLogger(ImageProcessing.class);
    static final int THUMB_WIDTH = 360;
    static final int THUMB_HEIGHT = 240;
    static final int SOCIAL_WIDTH = 1200;
    static final int SOCIAL_HEIGHT = 630;

    /** What the checks found out about a file that passed them. */
    public record Inspection(ImageFormat format, int storedWidth, int storedHeight) {
    }

    private final PictureProperties properties;
    private final boolean webp;

    public ImageProcessing(PictureProperties properties) {
        this.properties = properties;
        ImageIO.setUseCache(false);
        this.webp = properties.webp() && webpWorks();
    }

    public boolean webpEnabled() {
        return webp;
    }

    /** All checks that need no decoding; throws with the reason when the file cannot be a picture. */
    public Inspection inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new PictureRejectedException("picture.error.empty");
        }
        long limit = properties.maxUploadSize().toBytes();
        if (bytes.length > limit) {
            throw new PictureRejectedException("picture.error.too-large", megabytes(bytes.length), megabytes(limit));
        }
        if (looksLikeSvg(bytes)) {
            throw new PictureRejectedException("picture.error.svg");
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            throw new PictureRejectedException("picture.error.not-an-image");
        }
        if (format == ImageFormat.JPEG && !hasJpegEnd(bytes)) {
            throw new PictureRejectedException("picture.error.truncated");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in, format);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new PictureRejectedException("picture.error.damaged");
                }
                if ((long) w * h > properties.maxPixels()) {
                    throw new PictureRejectedException("picture.error.too-many-pixels", w, h,
                            properties.maxPixels() / 1_000_000);
                }
                return new Inspection(format, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureRejectedException rejected) {
                throw rejected;
            }
            throw new PictureRejectedException("picture.error.damaged");
        }
    }

    /** Decodes all pixels (after {@link #inspect}); a damaged or truncated file is refused here too. */
    public BufferedImage decode(byte[] bytes, Inspection inspection) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in, inspection.format());
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
            try {
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature")
                        || w.toLowerCase(Locale.ROOT).contains("truncat") || w.toLowerCase(Locale.ROOT).contains("corrupt"))) {
                    throw new PictureRejectedException("picture.error.truncated");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (PictureRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PictureRejectedException("picture.error.damaged");
        } catch (OutOfMemoryError e) {
            // Below the pixel limit this should not happen; if it does, this file is refused, not the server.
            throw new PictureRejectedException("picture.error.too-many-pixels", inspection.storedWidth(),
                    inspection.storedHeight(), properties.maxPixels() / 1_000_000);
        }
    }

    /** Upright (EXIF orientation applied) and in sRGB, on white where it was transparent. */
    public BufferedImage normalise(BufferedImage decoded, int orientation) {
        return orient(toSrgb(decoded), orientation);
    }

    /** The srcset widths, a thumbnail and the social card, each as JPEG and (when available) WebP. */
    public List<Rendition> renditions(BufferedImage upright) throws IOException {
        List<Rendition> out = new ArrayList<>();
        int w = upright.getWidth();
        int h = upright.getHeight();
        List<Integer> widths = new ArrayList<>(properties.widths().stream().filter(x -> x < w).sorted().toList());
        if (widths.isEmpty() || w <= properties.widths().stream().mapToInt(Integer::intValue).max().orElse(w)) {
            widths.add(w);
        }
        for (int width : widths.stream().distinct().toList()) {
            int height = Math.max(1, (int) Math.round((double) h * width / w));
            BufferedImage scaled = width == w ? upright : resample(upright, width, height);
            add(out, "w" + width, scaled);
        }
        add(out, "thumb", cover(upright, THUMB_WIDTH, THUMB_HEIGHT));
        // Link previews want JPEG: not every platform reads WebP.
        BufferedImage social = cover(upright, SOCIAL_WIDTH, SOCIAL_HEIGHT);
        out.add(new Rendition("social", ImageFormat.JPEG, SOCIAL_WIDTH, SOCIAL_HEIGHT, jpeg(social)));
        return out;
    }

    private void add(List<Rendition> out, String kind, BufferedImage image) throws IOException {
        out.add(new Rendition(kind, ImageFormat.JPEG, image.getWidth(), image.getHeight(), jpeg(image)));
        if (webp) {
            out.add(new Rendition(kind, ImageFormat.WEBP, image.getWidth(), image.getHeight(), webp(image)));
        }
    }

    // --- checks ---

    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!doctype svg") || head.startsWith("<!--"))
                && head.contains("<svg");
    }

    /**
     * A complete JPEG ends with EOI (FF D9), give or take padding. Inside the compressed data FF is always
     * followed by 00 or a restart marker, so FF D9 near the end means the file is whole.
     */
    static boolean hasJpegEnd(byte[] b) {
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) {
            end--;
        }
        for (int i = Math.max(1, end - 32); i < end; i++) {
            if (b[i - 1] == (byte) 0xFF && b[i] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static ImageReader reader(ImageInputStream in, ImageFormat format) throws IOException {
        if (in == null) {
            throw new IOException("no stream");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) {
            throw new PictureRejectedException("picture.error.not-an-image");
        }
        return readers.next();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    // --- pixels ---

    static BufferedImage toSrgb(BufferedImage src) {
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        ColorSpace cs = src.getColorModel().getColorSpace();
        if (cs.isCS_sRGB() || cs.getType() == ColorSpace.TYPE_GRAY || src.getColorModel().hasAlpha()) {
            Graphics2D g = dst.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dst.getWidth(), dst.getHeight());
            g.drawImage(src, 0, 0, null);
            g.dispose();
        } else {
            // An embedded profile (Adobe RGB, a camera's, CMYK): its colours converted, not reinterpreted.
            new ColorConvertOp(null).filter(src, dst);
        }
        return dst;
    }

    /** EXIF orientations 2–8 as the transform that shows the picture upright. */
    static BufferedImage orient(BufferedImage src, int orientation) {
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (t == null) {
            return src;
        }
        boolean swap = orientation >= 5;
        BufferedImage dst = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(src, dst);
    }

    static BufferedImage resample(BufferedImage src, int width, int height) {
        BufferedImage out = new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(src, null);
        if (out.getType() == BufferedImage.TYPE_INT_RGB) {
            return out;
        }
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(out, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Scaled to cover width × height, centred, the rest cropped. */
    static BufferedImage cover(BufferedImage src, int width, int height) {
        double scale = Math.max((double) width / src.getWidth(), (double) height / src.getHeight());
        int cropW = Math.min(src.getWidth(), Math.max(1, (int) Math.round(width / scale)));
        int cropH = Math.min(src.getHeight(), Math.max(1, (int) Math.round(height / scale)));
        int x = (src.getWidth() - cropW) / 2;
        int y = (src.getHeight() - cropH) / 2;
        return resample(src.getSubimage(x, y, cropW, cropH), width, height);
    }

    // --- encoding ---

    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.82f);
        if (param.canWriteProgressive()) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, param, image);
    }

    static byte[] webp(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Lossy");
        param.setCompressionQuality(0.8f);
        return write(writer, param, image);
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** libwebp is native code in the jar: if it cannot load on this platform, JPEG alone is served. */
    private static boolean webpWorks() {
        try {
            if (!ImageIO.getImageWritersByMIMEType("image/webp").hasNext()) {
                return false;
            }
            return webp(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)).length > 0;
        } catch (Throwable e) {
            log.warn("WebP encoder unavailable here, renditions will be JPEG only: {}", e.toString());
            return false;
        }
    }
}
