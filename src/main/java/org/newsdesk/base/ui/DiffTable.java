package org.newsdesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.text.TextDiff;

import java.util.List;
import java.util.Locale;

/** Side-by-side differences; both sides are escaped HTML from {@link TextDiff} with ins/del marks. */
public class DiffTable extends Div {

    /**
     * @param fieldKeyPrefix the message key prefix of field labels ("dispatch.field." + field)
     */
    public DiffTable(List<TextDiff.Row> rows, String fieldKeyPrefix, String leftTitle, String rightTitle) {
        addClassName("nd-diff");
        var head = new Div(new Span(""), new Span(leftTitle), new Span(rightTitle));
        head.addClassName("nd-diff-head");
        add(head);
        boolean any = false;
        for (TextDiff.Row row : rows) {
            // Unchanged paragraphs are left out; the headline stays so the reader knows which story it is.
            if (row.kind() == TextDiff.Kind.EQUAL && !"headline".equals(row.field())) {
                continue;
            }
            any = true;
            var field = new Span(getTranslation(fieldKeyPrefix + row.field()));
            var left = new Span();
            left.getElement().setProperty("innerHTML", row.oldHtml());
            var right = new Span();
            right.getElement().setProperty("innerHTML", row.newHtml());
            var line = new Div(field, left, right);
            line.addClassNames("nd-diff-row", "nd-diff-" + row.kind().name().toLowerCase(Locale.ROOT));
            add(line);
        }
        if (!any) {
            add(new Span(getTranslation("dispatch.diff.none")));
        }
    }
}
