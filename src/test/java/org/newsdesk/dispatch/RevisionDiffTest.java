package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTest {

    static DispatchDraft d(String headline, String body) {
        return new DispatchDraft("fr", headline, null, null, null, null, body, null, null, 5, null);
    }

    @Test
    void marksChangedWordsParagraphByParagraph() {
        var lines = RevisionDiff.between(d("Titre", "Premier.\n\nDeuxième paragraphe."), d("Titre", "Premier.\n\nDeuxième paragraphe revu."));
        var body = lines.stream().filter(l -> l.field().equals("body")).toList();
        assertThat(body).extracting(TextDiff.Row::kind).containsExactly(TextDiff.Kind.EQUAL, TextDiff.Kind.CHANGED);
        assertThat(body.get(1).newHtml()).contains("<ins>").contains("revu");
    }

    @Test
    void textIsEscapedSoTheDiffIsSafeHtml() {
        var lines = RevisionDiff.between(d("<b>x</b>", "a"), d("<script>alert(1)</script>", "a"));
        var headline = lines.stream().filter(l -> l.field().equals("headline")).findFirst().orElseThrow();
        assertThat(headline.newHtml()).doesNotContain("<script");
        assertThat(headline.newHtml().replaceAll("</?(ins|del)>", "")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(headline.oldHtml()).doesNotContain("<b>");
    }
}
