package org.newskg.article;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that stops an item from growing past the size limit while a streaming parser reads
 * it: {@link #startItem()} resets the count, and reading past the limit fails. The count is of
 * bytes handed to the parser, so it runs ahead of the item by at most the parser's buffer.
 */
final class ItemBudget extends FilterInputStream {

    private final long maxBytes;
    private long used;

    ItemBudget(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    void startItem() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            spend(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0)
            spend(n);
        return n;
    }

    private void spend(int n) {
        used += n;
        if (used > maxBytes)
            throw InputFiles.tooLarge("the item", -1, maxBytes);
    }
}
