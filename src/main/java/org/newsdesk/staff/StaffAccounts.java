package org.newsdesk.staff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Lookups other features need (who wrote what), without account administration rights. */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    private final StaffAccountRepository accounts;

    StaffAccounts(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The name to show for an account (its display name), or "?" for an unknown id. */
    public String displayName(long id) {
        return accounts.findById(id).map(StaffAccount::getDisplayName).orElse("?");
    }

    /** Everyone who can write: for "by author" filters. Names sorted as the UI shows them. */
    public java.util.List<StaffName> writers() {
        return writers(java.util.Locale.getDefault());
    }

    /** Everyone who can write, names sorted by the rules of the reader's language (Ə after E in Azerbaijani). */
    public java.util.List<StaffName> writers(java.util.Locale locale) {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(a -> a.getRoles().contains(org.newsdesk.security.Role.WRITER) || a.getRoles().contains(org.newsdesk.security.Role.EDITOR))
                .map(a -> new StaffName(a.getId(), a.getDisplayName()))
                .sorted(java.util.Comparator.comparing(StaffName::displayName, org.newsdesk.base.i18n.LocaleText.collator(locale)))
                .toList();
    }

    public Optional<Long> idOf(String username) {
        return accounts.findByUsername(username).map(StaffAccount::getId);
    }
}
