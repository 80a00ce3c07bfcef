package org.newsdesk.apiclient;

/** A freshly issued bearer token: shown to the administrator once, stored only as a hash. */
public record IssuedToken(long id, String name, String token) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + "]";
    }
}
