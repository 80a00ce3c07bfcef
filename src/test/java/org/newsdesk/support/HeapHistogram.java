package org.newsdesk.support;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The live objects of this JVM per class, as {@code jcmd <pid> GC.class_histogram} prints them (it runs a
 * full GC first), read through the same diagnostic command in-process; for benchmarks that attribute
 * retained heap to classes by diffing two histograms.
 */
public record HeapHistogram(Map<String, long[]> classes) {

    /** Instances and bytes of every class with live objects now. */
    public static HeapHistogram now() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return parse(text);
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    /** Parses lines such as {@code    1:   12345   678900  java.lang.String (java.base@25)}. */
    static HeapHistogram parse(String text) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":") && Character.isDigit(f[0].charAt(0))) {
                classes.merge(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return new HeapHistogram(classes);
    }

    /** What grew from {@code before} to this one, per class, biggest first. */
    public List<Delta> since(HeapHistogram before) {
        return grouped(before, Function.identity());
    }

    /** The same, summed per group that {@code group} names for a class (e.g. its package). */
    public List<Delta> grouped(HeapHistogram before, Function<String, String> group) {
        Map<String, long[]> sums = new HashMap<>();
        classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            sums.merge(group.apply(name), new long[] {now[0] - then[0], now[1] - then[1]},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        });
        before.classes.forEach((name, then) -> {
            if (!classes.containsKey(name)) {
                sums.merge(group.apply(name), new long[] {-then[0], -then[1]}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        });
        List<Delta> deltas = new ArrayList<>();
        sums.forEach((name, d) -> deltas.add(new Delta(name, d[0], d[1])));
        deltas.sort(Comparator.comparingLong(Delta::bytes).reversed());
        return deltas;
    }

    /** This histogram without the classes {@code left} names (dead space, or a test's own client in this JVM). */
    public HeapHistogram without(Predicate<String> left) {
        Map<String, long[]> kept = new HashMap<>(classes);
        kept.keySet().removeIf(left);
        return new HeapHistogram(kept);
    }

    public long totalBytes() {
        return classes.values().stream().mapToLong(c -> c[1]).sum();
    }

    public record Delta(String name, long instances, long bytes) {
    }
}
