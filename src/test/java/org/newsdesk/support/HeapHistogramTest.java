package org.newsdesk.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks' histogram arithmetic: parsed as jcmd prints it, diffed per class, and some classes left out. */
class HeapHistogramTest {

    static final String BEFORE = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          1000          24000  java.lang.String (java.base@25)
               2:            10          40960  [Ljdk.internal.vm.FillerElement; (java.base@25)
               3:             5            240  com.google.gson.JsonObject
            Total          1015          65200
            """;

    static final String AFTER = """
               1:          1100          26400  java.lang.String (java.base@25)
               2:            30         122880  [Ljdk.internal.vm.FillerElement; (java.base@25)
               3:            50           2400  com.google.gson.JsonObject
               4:             2            112  com.vaadin.flow.internal.StateNode
            Total          1182         151792
            """;

    @Test
    void growthPerClassAndTotalsWithoutTheClassesLeftOut() {
        var before = HeapHistogram.parse(BEFORE);
        var after = HeapHistogram.parse(AFTER);
        assertThat(after.totalBytes() - before.totalBytes()).isEqualTo(151_792 - 65_200);
        assertThat(after.since(before)).first().isEqualTo(
                new HeapHistogram.Delta("[Ljdk.internal.vm.FillerElement;", 20, 81_920));

        var notCounted = (java.util.function.Predicate<String>) name -> name.contains("FillerElement")
                || name.startsWith("com.google.gson.");
        var serverBefore = before.without(notCounted);
        var serverAfter = after.without(notCounted);
        assertThat(serverAfter.totalBytes() - serverBefore.totalBytes()).isEqualTo(2_400 + 112);
        assertThat(serverAfter.since(serverBefore)).extracting(HeapHistogram.Delta::name)
                .containsExactly("java.lang.String", "com.vaadin.flow.internal.StateNode");
        assertThat(after.totalBytes()).as("the original is left as it was").isEqualTo(151_792);
    }
}
