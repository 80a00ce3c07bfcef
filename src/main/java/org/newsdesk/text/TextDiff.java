package org.newsdesk.text;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * What changed between two texts, paragraph by paragraph with changed words marked
 * (java-diff-utils): the newsroom's comparison of revisions and of a partner's wire versions.
 */
public final class TextDiff {

    /**
     * One row of a side-by-side diff: the field it belongs to, what changed, and both sides as safe
     * HTML (text escaped; changed words wrapped in {@code <del>} and {@code <ins>}).
     */
    public record Row(String field, Kind kind, String oldHtml, String newHtml) {
    }

    public enum Kind { EQUAL, CHANGED, INSERTED, DELETED }

    private static final String DEL_START = "\u0001";
    private static final String DEL_END = "\u0002";
    private static final String INS_START = "\u0003";
    private static final String INS_END = "\u0004";

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            // Marks are placeholders first; the text is escaped afterwards and only then do they become
            // <ins>/<del>, so the result is safe HTML whatever the text contains.
            .lineNormalizer(line -> line)
            .oldTag(start -> start ? DEL_START : DEL_END)
            .newTag(start -> start ? INS_START : INS_END)
            .build();

    private TextDiff() {
    }

    /** The rows of one field; none when both sides are empty. */
    public static List<Row> field(String field, String older, String newer) {
        List<String> a = paragraphs(older);
        List<String> b = paragraphs(newer);
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        return GENERATOR.generateDiffRows(a, b).stream().map(row -> new Row(field, kind(row.getTag()),
                html(row.getOldLine()), html(row.getNewLine()))).toList();
    }

    /** Whether any row of the diff is a change. */
    public static boolean changed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.kind() != Kind.EQUAL);
    }

    private static Kind kind(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Kind.EQUAL;
            case INSERT -> Kind.INSERTED;
            case DELETE -> Kind.DELETED;
            case CHANGE -> Kind.CHANGED;
        };
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

    /** Paragraphs are the unit a desk compares; blank lines separate them. */
    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // Control characters are the diff's own markers; they have no place in copy anyway.
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("[\\u0001-\\u0004]", "")).toList();
    }
}
