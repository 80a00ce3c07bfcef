package org.newsdesk.staff;

import org.newsdesk.base.StartupRefusedException;
import org.newsdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes sure someone can log in, before the web server opens: demo accounts in dev, otherwise the
 * first administrator from the environment. Without either, the application refuses to start.
 */
@Component
class StaffBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    /** Demo accounts: well known, printed at startup, only ever created with demo data switched on. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("writer", "Demo Writer", "ink-and-deadlines", Set.of(Role.WRITER)),
            new DemoAccount("editor", "Demo Editor", "red-pen-on-copy", Set.of(Role.EDITOR)),
            new DemoAccount("admin", "Demo Admin", "keys-to-the-desk", Set.of(Role.ADMIN)));

    record DemoAccount(String username, String displayName, String password, Set<Role> roles) {
    }

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final StaffBootstrapProperties properties;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final MessageSource messages;

    StaffBootstrap(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, TransactionTemplate tx,
                   StaffBootstrapProperties properties, Clock clock, PasswordPolicy passwordPolicy, MessageSource messages) {
        this.messages = messages;
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            if (properties.demoData()) {
                createDemoAccounts();
            } else if (accounts.countEnabledWithRole(Role.ADMIN) == 0) {
                createFirstAdmin();
            }
        });
    }

    private void createDemoAccounts() {
        StringBuilder box = new StringBuilder("\n\n  Demo staff accounts (dev only) - log in at /newsroom/login\n");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                accounts.save(new StaffAccount(demo.username(), demo.displayName(),
                        passwordEncoder.encode(demo.password()), demo.roles(), clock.instant()));
            }
            box.append("    %-8s password: %-20s roles: %s%n".formatted(demo.username(), demo.password(), demo.roles()));
        }
        log.info(box.toString());
    }

    private void createFirstAdmin() {
        String username = properties.admin().username();
        String password = properties.admin().password();
        if (isBlank(username) || isBlank(password)) {
            throw new StartupRefusedException("No administrator account exists and none is configured.",
                    "Set NEWSDESK_ADMIN_USERNAME and NEWSDESK_ADMIN_PASSWORD for the first start: Newsdesk creates "
                            + "that administrator, who then creates the other staff accounts. (Demo accounts exist "
                            + "only in the dev profile: ./mvnw spring-boot:run.)");
        }
        username = username.strip();
        if (!StaffAdminService.USERNAME.matcher(username).matches()) {
            throw new StartupRefusedException("NEWSDESK_ADMIN_USERNAME '" + username + "' is not a valid username.",
                    "Use 3 to 40 letters, digits, '.', '-' or '_'.");
        }
        List<String> problems = passwordPolicy.violations(password, username);
        if (!problems.isEmpty()) {
            throw passwordRefused(problems, messages);
        }
        var account = accounts.findByUsername(username).orElse(null);
        if (account != null) {
            throw new StartupRefusedException("An account named '" + username + "' exists but is not an enabled administrator.",
                    "Choose another NEWSDESK_ADMIN_USERNAME.");
        }
        accounts.save(new StaffAccount(username, username, passwordEncoder.encode(password), Set.of(Role.ADMIN),
                clock.instant()));
        log.info("Created the first administrator account '{}' from NEWSDESK_ADMIN_USERNAME", username);
    }

    /** The policy's reasons in words (the operator reads them in the log, in English), with what to do. */
    static StartupRefusedException passwordRefused(List<String> problems, MessageSource messages) {
        String reasons = problems.stream()
                .map(key -> messages.getMessage(key, new Object[] {PasswordPolicy.MIN_LENGTH}, key, Locale.ENGLISH))
                .collect(Collectors.joining(" "));
        String what = problems.contains("password.too-short") ? "is too short" : "is not acceptable";
        return new StartupRefusedException("NEWSDESK_ADMIN_PASSWORD " + what + ": " + reasons,
                "Choose a password of " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters that is not a common one, does not repeat a few characters and does not "
                        + "contain the username — a few unrelated words work well.");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
