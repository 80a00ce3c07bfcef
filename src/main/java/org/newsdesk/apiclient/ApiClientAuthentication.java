package org.newsdesk.apiclient;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API request made with a valid bearer token. */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "ROLE_API_CLIENT";

    private final long clientId;
    private final String clientName;

    ApiClientAuthentication(long clientId, String clientName) {
        super(AuthorityUtils.createAuthorityList(AUTHORITY));
        this.clientId = clientId;
        this.clientName = clientName;
        setAuthenticated(true);
    }

    /** Whether the request was made by an API client (a partner), as opposed to anonymously. */
    public static boolean isApiClient(Authentication authentication) {
        return authentication instanceof ApiClientAuthentication && authentication.isAuthenticated();
    }

    public long clientId() {
        return clientId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return clientName;
    }
}
