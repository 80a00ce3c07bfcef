package org.newsdesk.dispatch;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Differences between two states of a dispatch, field by field and paragraph by paragraph (java-diff-utils). */
final class RevisionDiff {

    private static final String DEL_START = "\u0001";
    private static final String DEL_END = "\u0002";
    private static final String INS_START = "\u0003";
    private static final String INS_END = "\u0004";

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            // Marks are placeholders first; the text is escaped afterwards and only then do they become
            // <ins>/<del>, so the result is safe HTML whatever the dispatch contains.
            .lineNormalizer(line -> line)
            .oldTag(start -> start ? DEL_START : DEL_END)
            .newTag(start -> start ? INS_START : INS_END)
            .build();

    private RevisionDiff() {
    }

    static List<DiffLine> between(DispatchDraft older, DispatchDraft newer) {
        List<DiffLine> lines = new ArrayList<>();
        field(lines, "headline", older.headline(), newer.headline());
        field(lines, "slugline", older.slugline(), newer.slugline());
        field(lines, "dateline", dateline(older), dateline(newer));
        field(lines, "byline", older.byline(), newer.byline());
        field(lines, "lead", older.lead(), newer.lead());
        field(lines, "body", older.body(), newer.body());
        field(lines, "section", older.sectionCode(), newer.sectionCode());
        field(lines, "keywords", older.keywords(), newer.keywords());
        field(lines, "urgency", String.valueOf(older.urgency()), String.valueOf(newer.urgency()));
        return lines;
    }

    private static String html(String marked) {
        return escape(marked)
                .replace(DEL_START, "<del>").replace(DEL_END, "</del>")
                .replace(INS_START, "<ins>").replace(INS_END, "</ins>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String dateline(DispatchDraft d) {
        return d.dateline() == null ? null : d.dateline().place() + (d.dateline().date() == null ? "" : ", " + d.dateline().date());
    }

    private static void field(List<DiffLine> out, String field, String older, String newer) {
        List<String> a = paragraphs(older);
        List<String> b = paragraphs(newer);
        if (a.equals(b) && a.isEmpty()) {
            return;
        }
        for (DiffRow row : GENERATOR.generateDiffRows(a, b)) {
            DiffLine.Kind kind = switch (row.getTag()) {
                case EQUAL -> DiffLine.Kind.EQUAL;
                case INSERT -> DiffLine.Kind.INSERTED;
                case DELETE -> DiffLine.Kind.DELETED;
                case CHANGE -> DiffLine.Kind.CHANGED;
            };
            out.add(new DiffLine(field, kind, html(row.getOldLine()), html(row.getNewLine())));
        }
    }

    /** Paragraphs are the unit a desk compares; blank lines separate them. */
    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // Control characters are the diff's own markers; they have no place in a dispatch anyway.
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("[\\u0001-\\u0004]", ""))
                .filter(Objects::nonNull).toList();
    }
}
