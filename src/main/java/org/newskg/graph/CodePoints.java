package org.newskg.graph;

/**
 * Converts Java (UTF-16) character offsets in a text to Unicode code point offsets, the unit the
 * W3C Web Annotation model and SPARQL's string functions count in. They differ only after a
 * character outside the Basic Multilingual Plane (an emoji, say).
 */
final class CodePoints {

    private final String text;
    private final boolean sameAsUtf16;

    CodePoints(String text) {
        this.text = text;
        this.sameAsUtf16 = text.codePoints().count() == text.length();
    }

    /** The code point offset of a UTF-16 offset in the text. */
    int offset(int utf16) {
        if (utf16 < 0 || utf16 > text.length())
            throw new IllegalArgumentException("offset " + utf16 + " is outside the text (length " + text.length() + ")");
        return sameAsUtf16 ? utf16 : text.codePointCount(0, utf16);
    }
}
