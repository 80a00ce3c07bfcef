package org.newsdesk.picture;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Reads a photo's embedded metadata with drewnoakes' metadata-extractor (IPTC IIM, XMP, EXIF in one
 * pass, maintained, no native code). Where the same field is in several blocks, XMP wins over IPTC IIM
 * and IIM over EXIF, as the IPTC and Metadata Working Group guidance has it: XMP is what current tools
 * write last. Unreadable metadata is no reason to refuse a picture: it then prefills nothing.
 */
final class MetadataReading {

    private static final Logger log = LoggerFactory.getLogger(MetadataReading.class);
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private MetadataReading() {
    }

    static EmbeddedMetadata read(byte[] bytes) {
        Metadata md;
        try {
            md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception | StackOverflowError e) {
            log.debug("No readable metadata: {}", e.toString());
            return EmbeddedMetadata.NONE;
        }
        XmpDirectory xmpDir = md.getFirstDirectoryOfType(XmpDirectory.class);
        XMPMeta xmp = xmpDir == null ? null : xmpDir.getXMPMeta();
        IptcDirectory iptc = md.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory exif = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exifSub = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);

        String caption = first(() -> altText(xmp, DC, "description"), () -> iptc(iptc, IptcDirectory.TAG_CAPTION),
                () -> exif(exif, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
        String alt = first(() -> altText(xmp, IPTC_CORE, "AltTextAccessibility"));
        String creator = first(() -> arrayItem(xmp, DC, "creator"), () -> iptc(iptc, IptcDirectory.TAG_BY_LINE),
                () -> exif(exif, ExifIFD0Directory.TAG_ARTIST));
        String credit = first(() -> property(xmp, PHOTOSHOP, "Credit"), () -> iptc(iptc, IptcDirectory.TAG_CREDIT));
        String copyright = first(() -> altText(xmp, DC, "rights"), () -> iptc(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE),
                () -> exif(exif, ExifIFD0Directory.TAG_COPYRIGHT));
        String city = first(() -> property(xmp, PHOTOSHOP, "City"), () -> iptc(iptc, IptcDirectory.TAG_CITY));
        String country = first(() -> property(xmp, PHOTOSHOP, "Country"),
                () -> iptc(iptc, IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_NAME));
        LocalDate taken = date(xmp, iptc, exifSub);
        int orientation = 1;
        try {
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (Exception e) {
            orientation = 1;
        }
        return new EmbeddedMetadata(caption, alt, creator, credit, copyright, taken, city, country,
                orientation >= 1 && orientation <= 8 ? orientation : 1);
    }

    private static LocalDate date(XMPMeta xmp, IptcDirectory iptc, ExifSubIFDDirectory exifSub) {
        String xmpDate = property(xmp, PHOTOSHOP, "DateCreated");
        if (xmpDate != null && xmpDate.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return LocalDate.parse(xmpDate.substring(0, 10));
            } catch (RuntimeException ignored) {
                // fall through to IIM and EXIF
            }
        }
        String iim = iptc(iptc, IptcDirectory.TAG_DATE_CREATED);
        if (iim != null && iim.matches("\\d{8}")) {
            try {
                return LocalDate.of(Integer.parseInt(iim.substring(0, 4)), Integer.parseInt(iim.substring(4, 6)),
                        Integer.parseInt(iim.substring(6, 8)));
            } catch (RuntimeException ignored) {
                // fall through to EXIF
            }
        }
        if (exifSub != null) {
            var d = exifSub.getDateOriginal();
            if (d != null) {
                return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            }
        }
        return null;
    }

    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            try {
                String v = source.get();
                if (v != null && !v.isBlank()) {
                    String clean = v.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
                    if (!clean.isEmpty()) {
                        return clean;
                    }
                }
            } catch (RuntimeException ignored) {
                // a malformed field prefills nothing
            }
        }
        return null;
    }

    private static String altText(XMPMeta xmp, String ns, String name) {
        try {
            if (xmp == null || !xmp.doesPropertyExist(ns, name)) {
                return null;
            }
            var text = xmp.getLocalizedText(ns, name, null, "x-default");
            return text == null ? null : text.getValue();
        } catch (XMPException e) {
            return null;
        }
    }

    private static String arrayItem(XMPMeta xmp, String ns, String name) {
        try {
            if (xmp == null || !xmp.doesPropertyExist(ns, name) || xmp.countArrayItems(ns, name) == 0) {
                return null;
            }
            return xmp.getArrayItem(ns, name, 1).getValue();
        } catch (XMPException e) {
            return null;
        }
    }

    private static String property(XMPMeta xmp, String ns, String name) {
        try {
            return xmp == null ? null : xmp.getPropertyString(ns, name);
        } catch (XMPException e) {
            return null;
        }
    }

    private static String iptc(IptcDirectory iptc, int tag) {
        return iptc == null ? null : iptc.getString(tag);
    }

    private static String exif(ExifIFD0Directory exif, int tag) {
        return exif == null ? null : exif.getString(tag);
    }
}
