package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;

import java.util.ArrayList;
import java.util.List;

/** Differences between two states of a dispatch, field by field and paragraph by paragraph ({@link TextDiff}). */
final class RevisionDiff {

    private RevisionDiff() {
    }

    static List<TextDiff.Row> between(DispatchDraft older, DispatchDraft newer) {
        List<TextDiff.Row> lines = new ArrayList<>();
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

    private static String dateline(DispatchDraft d) {
        return d.dateline() == null ? null : d.dateline().place() + (d.dateline().date() == null ? "" : ", " + d.dateline().date());
    }

    private static void field(List<TextDiff.Row> out, String field, String older, String newer) {
        out.addAll(TextDiff.field(field, older, newer));
    }
}
