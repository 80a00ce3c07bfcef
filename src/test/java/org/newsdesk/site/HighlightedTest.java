package org.newsdesk.site;

import org.junit.jupiter.api.Test;
import org.newsdesk.publication.SearchTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Search hits marked word by word, as a regex over every word did it, only cheaper. */
class HighlightedTest {

    /** The former implementation: every word by regex, lower-cased, compared. */
    static Highlighted reference(String text, SearchTerms terms, Locale locale) {
        List<Highlighted.Part> parts = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int last = 0;
        while (m.find()) {
            if (terms.matches(m.group().toLowerCase(locale))) {
                if (m.start() > last) {
                    parts.add(new Highlighted.Part(text.substring(last, m.start()), false));
                }
                parts.add(new Highlighted.Part(m.group(), true));
                last = m.end();
            }
        }
        if (last < text.length()) {
            parts.add(new Highlighted.Part(text.substring(last), false));
        }
        return new Highlighted(parts);
    }

    @Test
    void marksWordsThatStartWithATermInAnyCaseAndScript() {
        Locale fr = Locale.FRENCH;
        var h = Highlighted.of("L’OIM et les Migrations : migrer, émigrer.", SearchTerms.parse("oim migr", fr), fr);
        assertThat(h.parts()).containsExactly(new Highlighted.Part("L’", false), new Highlighted.Part("OIM", true),
                new Highlighted.Part(" et les ", false), new Highlighted.Part("Migrations", true),
                new Highlighted.Part(" : ", false), new Highlighted.Part("migrer", true), new Highlighted.Part(", émigrer.", false));
        Locale az = Locale.forLanguageTag("az");
        // Azerbaijani: I is the capital of ı, İ of i.
        assertThat(Highlighted.of("IŞIQ və İşıq", SearchTerms.parse("ışıq", az), az).parts())
                .containsExactly(new Highlighted.Part("IŞIQ", true), new Highlighted.Part(" və İşıq", false));
        assertThat(Highlighted.of("IŞIQ və İşıq", SearchTerms.parse("işıq", az), az).parts())
                .containsExactly(new Highlighted.Part("IŞIQ və ", false), new Highlighted.Part("İşıq", true));
        assertThat(Highlighted.firstHit("Баку, Бакинский порт", SearchTerms.parse("бакин", Locale.forLanguageTag("ru")),
                Locale.forLanguageTag("ru"))).isEqualTo(6);
        assertThat(Highlighted.firstHit("nothing here", SearchTerms.parse("oim", fr), fr)).isEqualTo(-1);
    }

    @Test
    void marksExactlyWhatTheRegexDidOnMixedText() {
        String[] pieces = {"Bakou", "BAKOU", "bakinskiy", "Баку", "İstanbul", "Iğdır", "ıslak", "x²", "Ⅻ", "2023",
                "l’été", "Ωmega", "𝐀bc", "naïve", "ŞƏKİ", "şəki", "-", " ", "…", "\n", "«", "»", "Ǆemal", "ǅemal", "ΣΟΦΙΑ", "σοφός", "İi", "Iı", "ŞƏKİ"};
        String[] queries = {"σοφ", "i̇i", "ıı", "iı", "şəki", "bak", "баку", "ist", "iğ", "ısl", "x", "ⅻ", "202", "été", "ωme", "naï", "şək", "ǆem", "abc"};
        Random random = new Random(42);
        for (String tag : new String[] {"fr", "az", "ru", "en"}) {
            Locale locale = Locale.forLanguageTag(tag);
            for (int round = 0; round < 300; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 12; i++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextBoolean()) {
                        text.append(' ');
                    }
                }
                var terms = SearchTerms.parse(queries[random.nextInt(queries.length)] + " " + queries[random.nextInt(queries.length)], locale);
                assertThat(Highlighted.of(text.toString(), terms, locale)).as("%s in %s: %s", terms, tag, text)
                        .isEqualTo(reference(text.toString(), terms, locale));
            }
        }
    }

    @Test
    void paragraphsAreWhatBlankLinesSeparate() {
        assertThat(SiteController.paragraphs("One\nstill one.\n\nTwo\n   \n\nThree  \n")).containsExactly("One\nstill one.", "Two", "Three");
        assertThat(SiteController.paragraphs("\n\nOnly")).containsExactly("Only");
        assertThat(SiteController.paragraphs("")).isEmpty();
    }
}
