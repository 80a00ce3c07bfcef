package org.newsdesk.wire;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Collection;

/** The SQL of wires: sources, their claims and health, incoming items. Callers hold the transaction. */
@Repository
class WireStore {

    /** What the poller needs of a claimed source (the token included: it is sent, never shown). */
    record Claimed(long id, String name, String url, WireKind kind, Duration interval, String token, String etag,
                   String lastModified, int failures) {
    }

    private static final String SOURCE = """
            SELECT id, name, url, kind, poll_seconds, token_hint, last_success_at, last_error, last_error_detail, last_error_at, failures,
                   items_taken, next_poll_at FROM wire_source""";
    private static final String ITEM = """
            SELECT i.*, s.name AS source_name FROM wire_item i JOIN wire_source s ON s.id = i.source_id""";

    private static final String USE = """
            SELECT i.id, i.headline, s.name AS source_name, i.version, i.canceled, u.version AS used_version, u.seen_version, u.dispatch_id
            FROM wire_item_use u JOIN wire_item i ON i.id = u.item_id JOIN wire_source s ON s.id = i.source_id""";

    private final JdbcClient jdbc;

    WireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- sources ----

    List<WireSource> sources() {
        return jdbc.sql(SOURCE + " ORDER BY name").query(WireStore::source).list();
    }

    Optional<WireSource> source(long id) {
        return jdbc.sql(SOURCE + " WHERE id = :id").param("id", id).query(WireStore::source).optional();
    }

    boolean nameTaken(String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM wire_source WHERE name = :n AND id <> :id")
                .param("n", name).param("id", except == null ? -1 : except).query(Long.class).single() > 0;
    }

    long insertSource(String name, String url, WireKind kind, Duration interval, String token, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO wire_source (name, url, kind, poll_seconds, bearer_token, token_hint, next_poll_at, created_at)
                        VALUES (:name, :url, :kind, :secs, :token, :hint, :now, :now)""")
                .param("name", name).param("url", url).param("kind", kind.name()).param("secs", interval.toSeconds())
                .param("token", token).param("hint", hint(token)).param("now", utc(now))
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A changed URL or kind starts afresh: no validators, no back-off, polled at once. */
    void updateSource(long id, String name, String url, WireKind kind, Duration interval, String token, boolean keepToken,
                      Instant now) {
        jdbc.sql("""
                        UPDATE wire_source SET name = :name, poll_seconds = :secs,
                               etag = IF(url = :url AND kind = :kind, etag, NULL),
                               last_modified = IF(url = :url AND kind = :kind, last_modified, NULL),
                               url = :url, kind = :kind, failures = 0, next_poll_at = :now,
                               bearer_token = IF(:keep, bearer_token, :token), token_hint = IF(:keep, token_hint, :hint)
                        WHERE id = :id""")
                .param("name", name).param("url", url).param("kind", kind.name()).param("secs", interval.toSeconds())
                .param("keep", keepToken).param("token", token).param("hint", hint(token))
                .param("now", utc(now)).param("id", id).update();
    }

    void deleteSource(long id) {
        jdbc.sql("DELETE FROM wire_source WHERE id = :id").param("id", id).update();
    }

    void pollSoon(long id, Instant now) {
        jdbc.sql("UPDATE wire_source SET next_poll_at = :now WHERE id = :id").param("now", utc(now)).param("id", id).update();
    }

    /**
     * Claims the next due source: the row lock (SKIP LOCKED) keeps other nodes off it while the lease is
     * written; the lease (next_poll_at moved on) keeps them off while this node fetches outside any transaction.
     */
    Optional<Claimed> claimDue(Instant now, Duration lease) {
        Optional<Claimed> due = jdbc.sql("""
                        SELECT id, name, url, kind, poll_seconds, bearer_token, etag, last_modified, failures FROM wire_source
                        WHERE next_poll_at <= :now ORDER BY next_poll_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", utc(now))
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        WireKind.valueOf(rs.getString("kind")), Duration.ofSeconds(rs.getInt("poll_seconds")),
                        rs.getString("bearer_token"), rs.getString("etag"), rs.getString("last_modified"),
                        rs.getInt("failures")))
                .optional();
        due.ifPresent(c -> jdbc.sql("UPDATE wire_source SET next_poll_at = :lease WHERE id = :id")
                .param("lease", utc(now.plus(lease))).param("id", c.id()).update());
        return due;
    }

    void succeeded(long id, Instant now, Instant next, String etag, String lastModified, boolean keepValidators, int taken) {
        jdbc.sql("""
                        UPDATE wire_source SET last_success_at = :now, last_error = NULL, last_error_detail = NULL, failures = 0, next_poll_at = :next,
                               etag = IF(:keep, etag, :etag), last_modified = IF(:keep, last_modified, :lm),
                               items_taken = items_taken + :taken
                        WHERE id = :id""")
                .param("now", utc(now)).param("next", utc(next)).param("keep", keepValidators)
                .param("etag", cut(etag, 500)).param("lm", cut(lastModified, 100)).param("taken", taken).param("id", id)
                .update();
    }

    void failed(long id, Instant now, Instant next, String errorKey, String detail) {
        jdbc.sql("""
                        UPDATE wire_source SET last_error = :error, last_error_detail = :detail, last_error_at = :now,
                               failures = failures + 1, next_poll_at = :next
                        WHERE id = :id""")
                .param("error", errorKey).param("detail", cut(detail, 500)).param("now", utc(now)).param("next", utc(next)).param("id", id).update();
    }

    // ---- items ----

    /**
     * Stores an item: new (version 1), changed (version + 1, its text kept per version) or the same
     * (nothing). Returns the stored item's id when anything changed.
     */
    OptionalLong upsert(long sourceId, ParsedItem p, Instant now) {
        String hash = hash(p);
        record Known(long id, String hash) {
        }
        Optional<Known> known = jdbc.sql("SELECT id, content_hash FROM wire_item WHERE source_id = :s AND guid = :g FOR UPDATE")
                .param("s", sourceId).param("g", cut(p.guid(), 500))
                .query((rs, n) -> new Known(rs.getLong("id"), rs.getString("content_hash"))).optional();
        if (known.isPresent() && known.get().hash().equals(hash)) {
            return OptionalLong.empty();
        }
        // A partner's clock may run ahead: a creation time in our future is taken as now.
        Instant created = p.created() == null || p.created().isAfter(now) ? now : p.created();
        var stmt = jdbc.sql(known.isPresent() ? """
                        UPDATE wire_item SET version = version + 1, remote_version = :rv, content_hash = :hash, language = :lang,
                               urgency = :urg, headline = :headline, lead = :lead, body = :body, byline = :by, credit = :credit,
                               located = :located, dateline = :dateline, link = :link, canceled = :canceled, item_created_at = :created, updated_at = :now
                        WHERE id = :id""" : """
                        INSERT INTO wire_item (source_id, guid, version, remote_version, content_hash, language, urgency, headline,
                               lead, body, byline, credit, located, dateline, link, canceled, item_created_at, received_at, updated_at)
                        VALUES (:s, :g, 1, :rv, :hash, :lang, :urg, :headline, :lead, :body, :by, :credit, :located, :dateline,
                                :link, :canceled, :created, :now, :now)""");
        var key = new GeneratedKeyHolder();
        stmt.param("s", sourceId).param("g", cut(p.guid(), 500)).param("id", known.map(Known::id).orElse(-1L))
                .param("rv", cut(p.remoteVersion(), 50)).param("hash", hash).param("lang", cut(p.language(), 35))
                .param("urg", p.urgency()).param("headline", cut(p.headline(), 500)).param("lead", cut(p.lead(), 60_000))
                .param("body", p.body()).param("by", cut(p.byline(), 300)).param("credit", cut(p.credit(), 300))
                .param("located", cut(p.located(), 200)).param("dateline", cut(p.dateline(), 300))
                .param("link", p.link()).param("canceled", p.canceled()).param("created", utc(created)).param("now", utc(now)).update(key);
        long id = known.isPresent() ? known.get().id() : Objects.requireNonNull(key.getKey()).longValue();
        jdbc.sql("""
                        INSERT INTO wire_item_version (item_id, version, headline, lead, body, byline, dateline, canceled, received_at)
                        SELECT id, version, headline, lead, body, byline, dateline, canceled, updated_at FROM wire_item WHERE id = :id""")
                .param("id", id).update();
        return OptionalLong.of(id);
    }

    List<WireItem> items(WireFilter f, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.sourceId() != null) {
            where.append(" AND i.source_id = ?");
            params.add(f.sourceId());
        }
        if (f.language() != null && !f.language().isBlank()) {
            where.append(" AND (i.language = ? OR i.language LIKE ?)");
            params.add(f.language().strip());
            params.add(f.language().strip() + "-%");
        }
        if (f.maxUrgency() != null) {
            where.append(" AND i.urgency <= ?");
            params.add(f.maxUrgency());
        }
        if (f.words() != null && !f.words().isBlank()) {
            for (String word : f.words().strip().split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND (i.headline LIKE ? OR i.lead LIKE ? OR i.body LIKE ?)");
                params.add(like);
                params.add(like);
                params.add(like);
            }
        }
        params.add(limit);
        return jdbc.sql(ITEM + where + " ORDER BY i.updated_at DESC, i.id DESC LIMIT ?").params(params)
                .query(WireStore::item).list();
    }

    Optional<WireItem> item(long id) {
        return jdbc.sql(ITEM + " WHERE i.id = :id").param("id", id).query(WireStore::item).optional();
    }

    Optional<WireItem> item(long sourceId, String guid) {
        return jdbc.sql(ITEM + " WHERE i.source_id = :s AND i.guid = :g").param("s", sourceId).param("g", guid)
                .query(WireStore::item).optional();
    }

    /** Remembers a use: on the item (the list's flag) and as a use of its own, whose user is told of newer versions. */
    void markUsed(long id, long dispatchId, int version, long by, Instant now) {
        jdbc.sql("UPDATE wire_item SET used_dispatch_id = :d, used_version = :v, used_by = :by WHERE id = :id")
                .param("d", dispatchId).param("v", version).param("by", by).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO wire_item_use (item_id, version, dispatch_id, used_by, used_at, seen_version)
                        VALUES (:id, :v, :d, :by, :now, :v)""")
                .param("id", id).param("v", version).param("d", dispatchId).param("by", by).param("now", utc(now)).update();
    }

    /** The staff members who used one of these items and have not seen its latest version. */
    Set<Long> toTell(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT u.used_by FROM wire_item_use u JOIN wire_item i ON i.id = u.item_id
                        WHERE u.item_id IN (:ids) AND u.seen_version < i.version""")
                .param("ids", itemIds).query(Long.class).list());
    }

    /** The items this person used that changed since they last looked: their latest use of each. */
    List<UsedWireUpdate> updatesFor(long accountId) {
        return jdbc.sql(USE + " " + """
                        WHERE u.used_by = :me AND u.seen_version < i.version
                          AND u.id = (SELECT MAX(u2.id) FROM wire_item_use u2 WHERE u2.item_id = u.item_id AND u2.used_by = :me)
                        ORDER BY i.updated_at DESC, i.id DESC""")
                .param("me", accountId)
                .query(WireStore::use)
                .list();
    }

    int updateCountFor(long accountId) {
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT u.item_id) FROM wire_item_use u JOIN wire_item i ON i.id = u.item_id
                        WHERE u.used_by = :me AND u.seen_version < i.version""")
                .param("me", accountId).query(Integer.class).single();
    }

    /** This person's latest use of the item, if any: the version used and the draft made. */
    Optional<UsedWireUpdate> lastUse(long itemId, long accountId) {
        return jdbc.sql(USE + " " + """
                        WHERE u.item_id = :item AND u.used_by = :me ORDER BY u.id DESC LIMIT 1""")
                .param("item", itemId).param("me", accountId)
                .query(WireStore::use)
                .optional();
    }

    /** This person has seen the item as it is now: no more telling until a newer version. */
    void seen(long itemId, long accountId) {
        jdbc.sql("""
                        UPDATE wire_item_use u JOIN wire_item i ON i.id = u.item_id SET u.seen_version = i.version
                        WHERE u.item_id = :item AND u.used_by = :me""")
                .param("item", itemId).param("me", accountId).update();
    }

    /** The text of one version, as it arrived (kept since versions were kept). */
    Optional<WireVersionText> versionText(long itemId, int version) {
        return jdbc.sql("SELECT headline, lead, body, byline, dateline FROM wire_item_version WHERE item_id = :id AND version = :v")
                .param("id", itemId).param("v", version)
                .query((rs, n) -> new WireVersionText(rs.getString("headline"), rs.getString("lead"), rs.getString("body"),
                        rs.getString("byline"), rs.getString("dateline")))
                .optional();
    }

    // ---- mapping ----

    private static WireSource source(ResultSet rs, int n) throws SQLException {
        return new WireSource(rs.getLong("id"), rs.getString("name"), rs.getString("url"), WireKind.valueOf(rs.getString("kind")),
                Duration.ofSeconds(rs.getInt("poll_seconds")), rs.getString("token_hint"), instant(rs, "last_success_at"),
                rs.getString("last_error"), rs.getString("last_error_detail"), instant(rs, "last_error_at"), rs.getInt("failures"), rs.getInt("items_taken"),
                instant(rs, "next_poll_at"));
    }

    private static WireItem item(ResultSet rs, int n) throws SQLException {
        long used = rs.getLong("used_dispatch_id");
        Long usedId = rs.wasNull() ? null : used;
        int usedVersion = rs.getInt("used_version");
        Integer usedV = rs.wasNull() ? null : usedVersion;
        int urgency = rs.getInt("urgency");
        Integer urg = rs.wasNull() ? null : urgency;
        return new WireItem(rs.getLong("id"), rs.getLong("source_id"), rs.getString("source_name"), rs.getString("guid"),
                rs.getInt("version"), rs.getString("language"), urg, rs.getString("headline"), rs.getString("lead"),
                rs.getString("body"), rs.getString("byline"), rs.getString("credit"), rs.getString("located"),
                rs.getString("dateline"), rs.getString("link"), instant(rs, "item_created_at"), instant(rs, "received_at"),
                instant(rs, "updated_at"), usedId, usedV, rs.getBoolean("canceled"));
    }

    private static UsedWireUpdate use(ResultSet rs, int n) throws SQLException {
        return new UsedWireUpdate(rs.getLong("id"), rs.getString("headline"), rs.getString("source_name"),
                rs.getInt("used_version"), rs.getInt("seen_version"), rs.getInt("version"), rs.getLong("dispatch_id"),
                rs.getBoolean("canceled"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hint(String token) {
        return token == null || token.isBlank() ? null : token.substring(0, Math.min(4, token.length() / 4));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String hash(ParsedItem p) {
        String content = String.join("\u0000", String.valueOf(p.language()), String.valueOf(p.urgency()),
                String.valueOf(p.headline()), String.valueOf(p.lead()), String.valueOf(p.body()), String.valueOf(p.byline()),
                String.valueOf(p.credit()), String.valueOf(p.located()), String.valueOf(p.dateline()), String.valueOf(p.link()),
                String.valueOf(p.canceled()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
