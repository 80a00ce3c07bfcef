package org.newsdesk.picture;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks, metadata prefill and renditions, without Spring or a database. */
class ImageProcessingTest {

    private final ImageProcessing processing = new ImageProcessing(
            new PictureProperties(DataSize.ofKilobytes(600), 4_000_000L, List.of(200, 400), true));

    @Test
    void aTextFileRenamedJpgIsNotAnImage() {
        byte[] text = "Ilham Aliyev a reçu le directeur général de l'OIM".getBytes(StandardCharsets.UTF_8);
        assertRejected(text, "picture.error.not-an-image");
    }

    @Test
    void aTruncatedJpegIsRefused() {
        byte[] whole = TestImages.jpeg(300, 200);
        assertRejected(Arrays.copyOf(whole, whole.length * 2 / 3), "picture.error.truncated");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
        // A small, valid JPEG whose frame header claims 30000 × 30000 pixels (900 MP): decoding it would need 3.6 GB.
        byte[] bomb = TestImages.jpeg(64, 64);
        int sof = sofOffset(bomb);
        bomb[sof + 5] = (byte) (30000 >> 8);
        bomb[sof + 6] = (byte) (30000 & 0xff);
        bomb[sof + 7] = (byte) (30000 >> 8);
        bomb[sof + 8] = (byte) (30000 & 0xff);
        assertThatThrownBy(() -> processing.inspect(bomb))
                .isInstanceOfSatisfying(PictureRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("picture.error.too-many-pixels");
                    assertThat(e.args()).containsExactly(30000, 30000, 4L);
                });
    }

    @Test
    void anOversizedUploadIsRefusedWithBothSizes() {
        byte[] big = TestImages.jpeg(64, 64);
        byte[] padded = Arrays.copyOf(big, 700 * 1024);
        assertThatThrownBy(() -> processing.inspect(padded))
                .isInstanceOfSatisfying(PictureRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("picture.error.too-large");
                    assertThat(e.args()).containsExactly("0.7", "0.6");
                });
    }

    @Test
    void svgIsRefusedEvenWhenNamedJpg() {
        assertRejected("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "picture.error.svg");
        assertRejected("\uFEFF<?xml version=\"1.0\"?>\n<!-- drawn -->\n<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "picture.error.svg");
    }

    @Test
    void emptyAndDamagedFilesAreRefused() {
        assertRejected(new byte[0], "picture.error.empty");
        byte[] png = TestImages.png(50, 50);
        byte[] damaged = png.clone();
        for (int i = 40; i < damaged.length - 20; i++) {
            damaged[i] = (byte) 0x5A;
        }
        assertThatThrownBy(() -> processing.decode(damaged, processing.inspect(damaged)))
                .isInstanceOf(PictureRejectedException.class);
    }

    @Test
    void xmpAndIptcFieldsPrefillAndXmpWinsOverIim() {
        byte[] jpeg = TestImages.withIptc(TestImages.jpeg(120, 80), "IIM caption", "IIM Byline", "IIM Credit",
                "(c) IIM", "Baku", "Azerbaijan", "20230301");
        jpeg = TestImages.withXmp(jpeg, "Ilham Aliyev a reçu António Vitorino, directeur général de l’OIM",
                "Photographe AZERTAC", "AZERTAC", "© AZERTAC 2023", "Bakou", "Azerbaïdjan", "2023-03-01",
                "Deux hommes se serrent la main devant des drapeaux");

        EmbeddedMetadata md = MetadataReading.read(jpeg);

        assertThat(md.caption()).isEqualTo("Ilham Aliyev a reçu António Vitorino, directeur général de l’OIM");
        assertThat(md.creator()).isEqualTo("Photographe AZERTAC");
        assertThat(md.credit()).isEqualTo("AZERTAC");
        assertThat(md.copyright()).isEqualTo("© AZERTAC 2023");
        assertThat(md.city()).isEqualTo("Bakou");
        assertThat(md.country()).isEqualTo("Azerbaïdjan");
        assertThat(md.dateTaken()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(md.altText()).isEqualTo("Deux hommes se serrent la main devant des drapeaux");
    }

    @Test
    void iptcIimAloneIsReadToo() {
        byte[] jpeg = TestImages.withIptc(TestImages.jpeg(120, 80), "Meeting in Baku", "Jane Lens", "AZERTAC",
                "Copyright AZERTAC", "Baku", "Azerbaijan", "20230301");
        EmbeddedMetadata md = MetadataReading.read(jpeg);
        assertThat(md.caption()).isEqualTo("Meeting in Baku");
        assertThat(md.creator()).isEqualTo("Jane Lens");
        assertThat(md.credit()).isEqualTo("AZERTAC");
        assertThat(md.copyright()).isEqualTo("Copyright AZERTAC");
        assertThat(md.city()).isEqualTo("Baku");
        assertThat(md.dateTaken()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void exifOrientationIsAppliedAndGpsAndSerialsAreInNoRendition() throws Exception {
        byte[] jpeg = TestImages.withExif(TestImages.jpeg(300, 150), 6);
        EmbeddedMetadata md = MetadataReading.read(jpeg);
        assertThat(md.orientation()).isEqualTo(6);
        assertThat(md.creator()).isEqualTo("EXIF Artist");
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg)).getFirstDirectoryOfType(GpsDirectory.class))
                .as("the test file does carry GPS").isNotNull();

        var inspection = processing.inspect(jpeg);
        BufferedImage upright = processing.normalise(processing.decode(jpeg, inspection), md.orientation());
        assertThat(upright.getWidth()).isEqualTo(150);
        assertThat(upright.getHeight()).isEqualTo(300);
        // Rotated 90° clockwise: the red left half is now on top.
        assertThat(new java.awt.Color(upright.getRGB(75, 20)).getRed()).isGreaterThan(150);
        assertThat(new java.awt.Color(upright.getRGB(75, 280)).getBlue()).isGreaterThan(150);

        List<Rendition> renditions = processing.renditions(upright);
        assertThat(renditions).extracting(Rendition::kind).contains("w150", "thumb", "social");
        for (Rendition r : renditions) {
            var meta = ImageMetadataReader.readMetadata(new ByteArrayInputStream(r.bytes()));
            assertThat(meta.getFirstDirectoryOfType(GpsDirectory.class)).as(r.kind() + " " + r.format()).isNull();
            assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SN-123456789", "EXIF Artist");
        }
    }

    @Test
    void renditionsHaveTheirWidthsTheThumbnailAndTheSocialCard() throws Exception {
        byte[] jpeg = TestImages.jpeg(900, 600);
        var inspection = processing.inspect(jpeg);
        var renditions = processing.renditions(processing.normalise(processing.decode(jpeg, inspection), 1));
        assertThat(renditions).filteredOn(r -> r.format() == ImageFormat.JPEG)
                .extracting(r -> r.kind() + ":" + r.width() + "x" + r.height())
                .containsExactly("w200:200x133", "w400:400x267", "thumb:360x240", "social:1200x630");
        for (Rendition r : renditions) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(r.width());
            assertThat(decoded.getHeight()).isEqualTo(r.height());
        }
        if (processing.webpEnabled()) {
            assertThat(renditions).anyMatch(r -> r.format() == ImageFormat.WEBP && r.kind().equals("w400"));
            assertThat(ImageFormat.sniff(renditions.stream().filter(r -> r.format() == ImageFormat.WEBP).findFirst().orElseThrow().bytes()))
                    .isEqualTo(ImageFormat.WEBP);
        }
    }

    @Test
    void webpEncodesOnThisMachine() {
        // libwebp ships in the jar for Linux x86_64; if this fails, renditions silently fall back to JPEG only.
        assertThat(processing.webpEnabled()).isTrue();
    }

    private void assertRejected(byte[] bytes, String key) {
        assertThatThrownBy(() -> processing.inspect(bytes))
                .isInstanceOfSatisfying(PictureRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static int sofOffset(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; ) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xC0 || marker == 0xC2) {
                return i;
            }
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            i += 2 + length;
        }
        throw new IllegalStateException("no SOF");
    }
}
