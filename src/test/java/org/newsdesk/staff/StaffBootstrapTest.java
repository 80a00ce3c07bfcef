package org.newsdesk.staff;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads when the first administrator's password is refused: words, with the minimum length. */
class StaffBootstrapTest {

    final PasswordPolicy policy = new PasswordPolicy();

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyReasonIsSaidInWords() {
        for (String[] weak : new String[][] {{"password", "chief"}, {"aaaaaaaaaaaaaaaa", "chief"}, {"chief-of-the-desk-2024", "chief"},
                {"short", "chief"}}) {
            List<String> problems = policy.violations(weak[0], weak[1]);
            assertThat(problems).as(weak[0]).isNotEmpty();
            var refusal = StaffBootstrap.passwordRefused(problems, messages());
            assertThat(refusal.getMessage()).as(weak[0]).doesNotContain("password.").startsWith("NEWSDESK_ADMIN_PASSWORD ");
        }
        assertThat(StaffBootstrap.passwordRefused(List.of("password.too-short", "password.common"), messages()).getMessage())
                .contains("Use at least 12 characters.", "This password is too common");
        assertThat(StaffBootstrap.passwordRefused(List.of("password.common"), messages()).getMessage())
                .isEqualTo("NEWSDESK_ADMIN_PASSWORD is not acceptable: This password is too common: it is among the first that attackers try.");
    }
}
