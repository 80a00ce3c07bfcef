package org.newsdesk.picture;

/** What the newsroom edits of a picture: texts in one language, and the credits every language shares. */
public record PictureEdit(String caption, String altText, String creator, String credit, String copyright) {

    static final int ALT_MAX = 500;
    static final int CREDIT_MAX = 200;
    static final int COPYRIGHT_MAX = 300;
}
