package org.newsdesk.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.staff.MyAccountService;
import org.springframework.stereotype.Component;

/** Someone holding a one-time password goes nowhere in the newsroom but to set a new one. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final MyAccountService account;

    ForcedPasswordChange(CurrentUser currentUser, MyAccountService account) {
        this.currentUser = currentUser;
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (currentUser.get().isPresent() && event.getNavigationTarget() != MyAccountView.class
                && account.mustChangePassword()) {
            event.forwardTo(MyAccountView.class);
        }
    }
}
