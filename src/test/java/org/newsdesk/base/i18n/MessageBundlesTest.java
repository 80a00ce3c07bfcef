package org.newsdesk.base.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface language has exactly the keys English has, with the same {0}-style placeholders,
 * and every placeholder survives MessageFormat (an unescaped apostrophe would swallow it).
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static List<String> languages() throws IOException {
        Properties app = load("application.properties");
        return Arrays.stream(app.getProperty("newsdesk.i18n.languages").split(","))
                .map(String::strip).filter(l -> !l.equals("en")).toList();
    }

    @Test
    void theFourAgencyLanguagesAreOffered() throws IOException {
        assertThat(load("application.properties").getProperty("newsdesk.i18n.languages")).isEqualTo("en,fr,az,ru");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void bundleHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> other = new TreeSet<>(load("messages_" + language + ".properties").stringPropertyNames());

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
        assertThat(extra).as("keys in messages_%s.properties that English no longer has", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void placeholdersMatchEnglishAndNoTextIsBlank(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties other = load("messages_" + language + ".properties");
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = other.getProperty(key);
            if (text == null) {
                continue; // reported by bundleHasExactlyTheEnglishKeys
            }
            if (text.isBlank()) {
                problems.add(key + ": empty");
            }
            if (!placeholders(english.getProperty(key)).equals(placeholders(text))) {
                problems.add(key + ": placeholders " + placeholders(text) + " instead of " + placeholders(english.getProperty(key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allLanguages")
    void everyPlaceholderIsFilledByMessageFormat(String language) throws IOException {
        Properties bundle = load(language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
        List<String> problems = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            Set<String> indexes = placeholders(text);
            if (indexes.isEmpty()) {
                continue;
            }
            Object[] args = new Object[10];
            Arrays.fill(args, "⟨arg⟩");
            // Numeric placeholders ({0,number} / {0,choice}) take a number; the others a marker we can count.
            long numeric = 0;
            for (int i = 0; i < args.length; i++) {
                if (text.matches("(?s).*\\{" + i + ",\\s*(number|choice).*")) {
                    args[i] = 7;
                    numeric++;
                }
            }
            String formatted = new MessageFormat(text, Locale.forLanguageTag(language)).format(args);
            if (formatted.split("⟨arg⟩", -1).length - 1 < indexes.size() - numeric || formatted.contains("{")) {
                problems.add(key + ": " + formatted + " (double an apostrophe as '' or use ’)");
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> allLanguages() throws IOException {
        var all = new ArrayList<>(List.of("en"));
        all.addAll(languages());
        return all;
    }

    static Set<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
