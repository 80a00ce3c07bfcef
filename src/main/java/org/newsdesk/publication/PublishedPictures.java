package org.newsdesk.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pictures of published dispatches, from the projected tables only ({@code published_picture},
 * {@code published_rendition}). Which rendition files the public may fetch is answered from memory,
 * keyed by the publication version: the first request for a file after a change costs one indexed
 * query, every later one none, and a kill or an embargo lift (a new version) is seen at once.
 */
@Service
public class PublishedPictures {

    /** What is known of one media file for the public: whether it may be served, and what it is part of. */
    public record MediaAccess(boolean visible, String mediaType, List<Long> dispatchIds) {
        static final MediaAccess NONE = new MediaAccess(false, null, List.of());
    }

    private static final int MEDIA_MEMORY = 50_000;

    private record Memory(PublicationVersion version, Map<String, MediaAccess> known) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicationVersions versions;
    private volatile Memory memory;

    PublishedPictures(JdbcClient jdbc, Clock clock, PublicationVersions versions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
    }

    /** The pictures of a dispatch the caller already found visible, lead first. */
    public List<PublicPicture> of(long dispatchId) {
        return load(List.of(dispatchId), false, false).getOrDefault(dispatchId, List.of());
    }

    /** The lead picture of each of these dispatches that has one (for thumbnails in lists). */
    public Map<Long, PublicPicture> leads(Collection<Long> dispatchIds) {
        return leads(dispatchIds, true);
    }

    /** The lead picture of each of these dispatches, with all its renditions (feeds, sitemaps). */
    public Map<Long, PublicPicture> leadPictures(Collection<Long> dispatchIds) {
        return leads(dispatchIds, false);
    }

    /** All pictures of each of these dispatches, lead first (the image sitemap, the ninjs list). */
    public Map<Long, List<PublicPicture>> ofEach(Collection<Long> dispatchIds) {
        return load(dispatchIds, false, false);
    }

    private Map<Long, PublicPicture> leads(Collection<Long> dispatchIds, boolean thumbsOnly) {
        Map<Long, PublicPicture> out = new LinkedHashMap<>();
        load(dispatchIds, true, thumbsOnly).forEach((id, list) -> {
            if (!list.isEmpty()) {
                out.put(id, list.getFirst());
            }
        });
        return out;
    }

    /** Whether the public may fetch this media file now (from memory after the first ask per version). */
    public MediaAccess access(String key) {
        PublicationVersion now = versions.current();
        Memory m = memory;
        if (m == null || !m.version().equals(now) || m.known().size() > MEDIA_MEMORY) {
            m = new Memory(now, new ConcurrentHashMap<>());
            memory = m;
        }
        return m.known().computeIfAbsent(key, this::lookUp);
    }

    private MediaAccess lookUp(String key) {
        List<Object[]> rows = jdbc.sql("SELECT r.format, r.dispatch_id FROM published_rendition r "
                        + "JOIN published_dispatch p ON p.dispatch_id = r.dispatch_id "
                        + "WHERE r.media_key = :k AND " + Visibility.PUBLIC)
                .param("k", key).param("now", now())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        if (rows.isEmpty()) {
            return MediaAccess.NONE;
        }
        String format = (String) rows.getFirst()[0];
        return new MediaAccess(true, new PublicRendition("", format, 0, 0, key, 0).mediaType(),
                rows.stream().map(r -> (Long) r[1]).distinct().toList());
    }

    private Map<Long, List<PublicPicture>> load(Collection<Long> dispatchIds, boolean leadsOnly, boolean thumbsOnly) {
        if (dispatchIds.isEmpty()) {
            return Map.of();
        }
        String lead = leadsOnly ? " AND pp.position = (SELECT MIN(x.position) FROM published_picture x WHERE x.dispatch_id = pp.dispatch_id)" : "";
        Map<String, List<PublicRendition>> renditions = new LinkedHashMap<>();
        jdbc.sql("SELECT r.dispatch_id, r.picture_id, r.kind, r.format, r.width, r.height, r.media_key, r.byte_size "
                        + "FROM published_rendition r JOIN published_picture pp ON pp.dispatch_id = r.dispatch_id "
                        + "AND pp.picture_id = r.picture_id WHERE r.dispatch_id IN (:ids)" + lead
                        + (thumbsOnly ? " AND r.kind IN ('thumb')" : ""))
                .param("ids", dispatchIds)
                .query((rs, n) -> {
                    renditions.computeIfAbsent(rs.getLong(1) + ":" + rs.getLong(2), k -> new ArrayList<>())
                            .add(new PublicRendition(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                                    rs.getString(7), rs.getLong(8)));
                    return null;
                }).list();
        Map<Long, List<PublicPicture>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT pp.dispatch_id, pp.picture_id, pp.position, pp.width, pp.height, pp.caption, pp.alt_text, pp.creator, "
                        + "pp.credit, pp.copyright_notice FROM published_picture pp WHERE pp.dispatch_id IN (:ids)" + lead
                        + " ORDER BY pp.dispatch_id, pp.position, pp.picture_id")
                .param("ids", dispatchIds)
                .query((rs, n) -> {
                    long d = rs.getLong(1);
                    long p = rs.getLong(2);
                    out.computeIfAbsent(d, k -> new ArrayList<>()).add(new PublicPicture(d, p, rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            List.copyOf(renditions.getOrDefault(d + ":" + p, List.of()))));
                    return null;
                }).list();
        return out;
    }

    /** A picture of a dispatch the caller already found visible, by its 1-based place (the picture page). */
    public Optional<PublicPicture> nth(long dispatchId, int number) {
        List<PublicPicture> all = of(dispatchId);
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
