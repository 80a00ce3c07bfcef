package org.newsdesk.staff;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords after NIST SP 800-63B: long enough, no composition rules, and not something an
 * attacker tries first — a common password (zxcvbn's list of 49,000), one padded with digits or
 * symbols ("password2024!"), one that repeats a few characters, or one containing the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Message keys of the rules this password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.too-short");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        // Padding a common password with digits and symbols does not make it uncommon.
        String core = lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (common.contains(lower) || (core.length() >= 4 && common.contains(core))) {
            problems.add("password.common");
        }
        if (password.codePoints().distinct().count() < 5) {
            problems.add("password.repetitive");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.contains-username");
        }
        return problems;
    }

    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list " + LIST, e);
        }
        return Set.copyOf(words);
    }
}
