package org.newskg.article;

/**
 * Why an input item cannot be read, in words for the user: what is wrong and, where there is
 * one, the fix. Readers turn it into a failed {@link ReadResult} that adds the item's origin.
 */
public class ReadException extends RuntimeException {

    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
