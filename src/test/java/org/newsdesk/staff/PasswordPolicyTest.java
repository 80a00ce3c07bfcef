package org.newsdesk.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsARealListOfCommonPasswords() {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void acceptsALongUncommonPassphraseWithoutCompositionRules() {
        assertThat(policy.violations("bakou en mars sous la neige", "editor")).isEmpty();
        assertThat(policy.violations("Вечерний Баку 2023", "editor")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.violations("Sh0rt!pass", "editor")).containsExactly("password.too-short");
        assertThat(policy.violations("", "editor")).containsExactly("password.too-short");
        assertThat(policy.violations(null, "editor")).containsExactly("password.too-short");
    }

    @Test
    void refusesCommonPasswordsAlsoWhenPadded() {
        assertThat(policy.violations("1qaz2wsx3edc", "editor")).contains("password.common");
        assertThat(policy.violations("QAZWSXEDCRFV", "editor")).contains("password.common");
        assertThat(policy.violations("password12345678", "editor")).contains("password.common");
        assertThat(policy.violations("!!Sunshine2024!!", "editor")).contains("password.common");
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(policy.violations("my-name-is-Editor-ok", "editor")).containsExactly("password.contains-username");
    }

    @Test
    void refusesRepetitivePasswords() {
        assertThat(policy.violations("abababababababab", "editor")).contains("password.repetitive");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.violations("long phrase ".repeat(12), "editor")).contains("password.too-long");
    }
}
