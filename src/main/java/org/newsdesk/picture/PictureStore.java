package org.newsdesk.picture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The pictures' SQL: pictures, their texts and renditions, and which dispatch shows which in what order. */
@Repository
class PictureStore {

    private final JdbcClient jdbc;

    PictureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> byOriginal(String key) {
        return jdbc.sql("SELECT id FROM picture WHERE original_key = :k").param("k", key).query(Long.class).optional();
    }

    long insert(String originalKey, ImageFormat format, int width, int height, long size, String name, EmbeddedMetadata md,
                long uploadedBy, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO picture (original_key, media_type, width, height, byte_size, original_name, creator, credit,
                               copyright_notice, taken_on, city, country, uploaded_by, uploaded_at)
                        VALUES (:key, :type, :w, :h, :size, :name, :creator, :credit, :copyright, :taken, :city, :country, :by, :at)""")
                .param("key", originalKey).param("type", format.mediaType()).param("w", width).param("h", height)
                .param("size", size).param("name", cut(name, 255)).param("creator", cut(md.creator(), PictureEdit.CREDIT_MAX))
                .param("credit", cut(md.credit(), PictureEdit.CREDIT_MAX)).param("copyright", cut(md.copyright(), PictureEdit.COPYRIGHT_MAX))
                .param("taken", md.dateTaken()).param("city", cut(md.city(), 100)).param("country", cut(md.country(), 100))
                .param("by", uploadedBy).param("at", utc(at))
                .update(keys);
        return keys.getKey().longValue();
    }

    void insertRendition(long pictureId, Rendition r, String key) {
        jdbc.sql("""
                        INSERT INTO picture_rendition (picture_id, kind, format, width, height, media_key, byte_size)
                        VALUES (:p, :kind, :format, :w, :h, :key, :size)""")
                .param("p", pictureId).param("kind", r.kind()).param("format", r.format().extension()).param("w", r.width())
                .param("h", r.height()).param("key", key).param("size", r.bytes().length).update();
    }

    /** Fills the texts of a language only where they are still empty: a prefill never overwrites what staff wrote. */
    void prefillText(long pictureId, String language, String caption, String altText) {
        jdbc.sql("""
                        INSERT INTO picture_text (picture_id, language, caption, alt_text) VALUES (:p, :l, :c, :a)
                        ON DUPLICATE KEY UPDATE caption = COALESCE(NULLIF(caption, ''), VALUES(caption)),
                                                alt_text = COALESCE(NULLIF(alt_text, ''), VALUES(alt_text))""")
                .param("p", pictureId).param("l", language).param("c", caption).param("a", cut(altText, PictureEdit.ALT_MAX)).update();
    }

    void saveText(long pictureId, String language, String caption, String altText) {
        jdbc.sql("""
                        INSERT INTO picture_text (picture_id, language, caption, alt_text) VALUES (:p, :l, :c, :a)
                        ON DUPLICATE KEY UPDATE caption = VALUES(caption), alt_text = VALUES(alt_text)""")
                .param("p", pictureId).param("l", language).param("c", caption).param("a", altText).update();
    }

    void saveCredits(long pictureId, String creator, String credit, String copyright) {
        jdbc.sql("UPDATE picture SET creator = :creator, credit = :credit, copyright_notice = :copyright WHERE id = :p")
                .param("creator", creator).param("credit", credit).param("copyright", copyright).param("p", pictureId).update();
    }

    /** Appends the picture to the dispatch (last position), unless it is already there. */
    void attach(long dispatchId, long pictureId) {
        jdbc.sql("""
                        INSERT IGNORE INTO dispatch_picture (dispatch_id, picture_id, position)
                        SELECT :d, :p, COALESCE(MAX(position) + 1, 0) FROM dispatch_picture WHERE dispatch_id = :d""")
                .param("d", dispatchId).param("p", pictureId).update();
    }

    void detach(long dispatchId, long pictureId) {
        jdbc.sql("DELETE FROM dispatch_picture WHERE dispatch_id = :d AND picture_id = :p")
                .param("d", dispatchId).param("p", pictureId).update();
    }

    boolean attached(long dispatchId, long pictureId) {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch_picture WHERE dispatch_id = :d AND picture_id = :p")
                .param("d", dispatchId).param("p", pictureId).query(Long.class).single() > 0;
    }

    boolean exists(long pictureId) {
        return jdbc.sql("SELECT COUNT(*) FROM picture WHERE id = :p").param("p", pictureId).query(Long.class).single() > 0;
    }

    /** Positions 0..n-1 in the given order (locks the dispatch's rows first, so two reorders cannot interleave). */
    void order(long dispatchId, List<Long> pictureIds) {
        jdbc.sql("SELECT picture_id FROM dispatch_picture WHERE dispatch_id = :d FOR UPDATE").param("d", dispatchId)
                .query(Long.class).list();
        for (int i = 0; i < pictureIds.size(); i++) {
            jdbc.sql("UPDATE dispatch_picture SET position = :pos WHERE dispatch_id = :d AND picture_id = :p")
                    .param("pos", i).param("d", dispatchId).param("p", pictureIds.get(i)).update();
        }
    }

    List<DispatchPicture> ofDispatch(long dispatchId, String language) {
        return jdbc.sql("""
                        SELECT p.id, dp.position, p.original_name, p.width, p.height, t.caption, t.alt_text, p.creator, p.credit,
                               p.copyright_notice, p.taken_on, p.city, p.country,
                               (SELECT r.media_key FROM picture_rendition r WHERE r.picture_id = p.id AND r.kind = 'thumb'
                                AND r.format = 'jpg') AS thumb
                        FROM dispatch_picture dp JOIN picture p ON p.id = dp.picture_id
                        LEFT JOIN picture_text t ON t.picture_id = p.id AND t.language = :l
                        WHERE dp.dispatch_id = :d ORDER BY dp.position, p.id""")
                .param("d", dispatchId).param("l", language)
                .query((rs, n) -> new DispatchPicture(rs.getLong("id"), rs.getInt("position"), rs.getString("original_name"),
                        rs.getInt("width"), rs.getInt("height"), language, rs.getString("caption"), rs.getString("alt_text"),
                        rs.getString("creator"), rs.getString("credit"), rs.getString("copyright_notice"),
                        rs.getObject("taken_on", LocalDate.class), rs.getString("city"), rs.getString("country"),
                        rs.getString("thumb")))
                .list();
    }

    /**
     * The library: newest first, filtered by words of the caption (any language), credit or photographer
     * and by the day taken (or uploaded, when the file said nothing).
     */
    List<LibraryPicture> search(String text, LocalDate from, LocalDate to, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> words = text == null ? List.of() : List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isBlank()).limit(5).toList();
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (p.credit LIKE :w").append(i).append(" OR p.creator LIKE :w").append(i)
                    .append(" OR p.original_name LIKE :w").append(i)
                    .append(" OR EXISTS (SELECT 1 FROM picture_text x WHERE x.picture_id = p.id AND x.caption LIKE :w").append(i).append("))");
        }
        if (from != null) {
            where.append(" AND COALESCE(p.taken_on, DATE(p.uploaded_at)) >= :from");
        }
        if (to != null) {
            where.append(" AND COALESCE(p.taken_on, DATE(p.uploaded_at)) <= :to");
        }
        var spec = jdbc.sql("""
                        SELECT p.id, p.original_name, p.width, p.height, p.creator, p.credit, p.taken_on, p.uploaded_at,
                               a.display_name,
                               (SELECT x.caption FROM picture_text x WHERE x.picture_id = p.id AND x.caption IS NOT NULL
                                ORDER BY x.language LIMIT 1) AS caption,
                               (SELECT COUNT(*) FROM dispatch_picture dp WHERE dp.picture_id = p.id) AS used_in,
                               (SELECT r.media_key FROM picture_rendition r WHERE r.picture_id = p.id AND r.kind = 'thumb'
                                AND r.format = 'jpg') AS thumb
                        FROM picture p JOIN staff_account a ON a.id = p.uploaded_by""" + where
                        + " ORDER BY p.uploaded_at DESC, p.id DESC LIMIT :limit")
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (from != null) {
            spec = spec.param("from", from);
        }
        if (to != null) {
            spec = spec.param("to", to);
        }
        return spec.query(this::library).list();
    }

    private LibraryPicture library(ResultSet rs, int n) throws SQLException {
        return new LibraryPicture(rs.getLong("id"), rs.getString("original_name"), rs.getInt("width"), rs.getInt("height"),
                rs.getString("caption"), rs.getString("creator"), rs.getString("credit"), rs.getObject("taken_on", LocalDate.class),
                rs.getTimestamp("uploaded_at").toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString("display_name"),
                rs.getInt("used_in"), rs.getString("thumb"));
    }

    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t.length() <= max ? t : t.substring(0, max);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
