package org.newsdesk.publication;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from public content, kept while the publication version they were read under is current:
 * what many renders of one version share (an edition's sections, a section's latest items) is read once.
 * A lookup under another version starts afresh, so a value is never older than the version asking for it
 * (it was read under an equal version, from rows at least that new). Bounded: past {@code capacity} keys
 * values are computed and not kept.
 */
public final class PerVersion<K, V> {

    private record Generation<K, V>(PublicationVersion version, Map<K, V> values) {
    }

    private final int capacity;
    private volatile Generation<K, V> current = new Generation<>(null, Map.of());

    public PerVersion(int capacity) {
        this.capacity = capacity;
    }

    public V get(PublicationVersion version, K key, Function<K, V> load) {
        Generation<K, V> g = current;
        if (!version.equals(g.version())) {
            if (g.version() != null && version.counter() < g.version().counter()) {
                // A render that began before the last change (a background one, say): computed for it, not kept,
                // so that it does not throw away the current version's values.
                return load.apply(key);
            }
            g = new Generation<>(version, new ConcurrentHashMap<>());
            current = g;
        }
        V value = g.values().get(key);
        if (value == null) {
            value = load.apply(key);
            if (value != null && g.values().size() < capacity) {
                g.values().put(key, value);
            }
        }
        return value;
    }
}
