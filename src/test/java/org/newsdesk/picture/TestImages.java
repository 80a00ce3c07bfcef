package org.newsdesk.picture;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Pictures the tests make themselves: plain JPEGs and PNGs, and JPEGs carrying IPTC, XMP and EXIF. */
public final class TestImages {

    /**
     * Differs per test run: the same call gives the same bytes within a run (for the dedup tests) but not
     * across runs, so a picture stored by an earlier run against the same database is never reused by accident.
     */
    private static final int RUN = new java.security.SecureRandom().nextInt();

    private TestImages() {
    }

    /** A JPEG of this size, its left half red and its right half blue (so orientation can be checked). */
    public static byte[] jpeg(int width, int height) {
        return encode(image(width, height, Color.RED, Color.BLUE), "jpeg");
    }

    /** A different picture each seed: same size, other colours, so other bytes. */
    public static byte[] jpeg(int width, int height, int seed) {
        var rnd = new java.util.Random(seed);
        return encode(image(width, height, new Color(rnd.nextInt(0xffffff)), new Color(rnd.nextInt(0xffffff))), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(image(width, height, Color.GREEN, Color.ORANGE), "png");
    }

    static BufferedImage image(int width, int height, Color left, Color right) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 40), width, height, new Color(0, 0, 0, 40)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        for (int i = 0; i < 4; i++) {
            img.setRGB(i, 0, (RUN >>> (i * 8)) * 0x010101 & 0xffffff);
        }
        return img;
    }

    static byte[] encode(BufferedImage img, String format) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an XMP packet (dc:description, dc:creator, dc:rights, photoshop:Credit/City/Country/DateCreated, alt text). */
    public static byte[] withXmp(byte[] jpeg, String description, String creator, String credit, String rights,
                                 String city, String country, String dateCreated, String altText) {
        String xmp = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                   xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                   xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
                   photoshop:Credit="%s" photoshop:City="%s" photoshop:Country="%s" photoshop:DateCreated="%s">
                 <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                 <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                 <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:rights>
                 <Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>
                </rdf:Description></rdf:RDF></x:xmpmeta>"""
                .formatted(credit, city, country, dateCreated, description, creator, rights, altText);
        try {
            var out = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds IPTC IIM records (caption, by-line, credit, copyright notice, city, country, date created yyyyMMdd). */
    public static byte[] withIptc(byte[] jpeg, String caption, String byline, String credit, String copyright,
                                  String city, String country, String dateCreated) {
        try {
            var records = List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, caption), new IptcRecord(IptcTypes.BYLINE, byline),
                    new IptcRecord(IptcTypes.CREDIT, credit), new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, copyright),
                    new IptcRecord(IptcTypes.CITY, city), new IptcRecord(IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME, country),
                    new IptcRecord(IptcTypes.DATE_CREATED, dateCreated));
            var out = new ByteArrayOutputStream();
            new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, List.of()));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds EXIF: an orientation, a GPS position and a camera serial number (which must never reach the public). */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        try {
            TiffOutputSet set = new TiffOutputSet();
            set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, "EXIF Artist");
            set.getOrCreateExifDirectory().add(org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER,
                    "SN-123456789");
            set.setGpsInDegrees(49.8671, 40.4093);
            var out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
