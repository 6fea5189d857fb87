package org.newskg.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The lines of a stream as bytes, one at a time, so that one line in a bad encoding or of a
 * monstrous length fails alone. A line over the limit is skipped to its end, not kept in memory.
 */
final class ByteLines implements Iterator<ByteLines.Line> {

    /**
     * One line without its line break.
     *
     * @param number  1-based line number
     * @param bytes   the line, or {@code null} when it is longer than the limit
     * @param length  the line's length in bytes
     */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private int number;
    private Line next;
    private boolean done;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;

    private ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The lines of a stream; closing the stream is the caller's job. */
    static Stream<Line> of(InputStream in, long maxBytes) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new ByteLines(in, maxBytes),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done)
            next = readLine();
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext())
            throw new NoSuchElementException();
        Line line = next;
        next = null;
        return line;
    }

    private Line readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        while (true) {
            if (pos == limit && !fill()) {
                done = true;
                if (length == 0)
                    return null;
                break;
            }
            int end = pos;
            while (end < limit && buffer[end] != '\n')
                end++;
            int keep = (int) Math.max(0, Math.min(end - pos, maxBytes - length));
            line.write(buffer, pos, keep);
            length += end - pos;
            boolean atBreak = end < limit;
            pos = atBreak ? end + 1 : end;
            if (atBreak)
                break;
        }
        number++;
        if (length > maxBytes)
            return new Line(number, null, length);
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r')
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        return new Line(number, bytes, length);
    }

    private boolean fill() {
        try {
            limit = in.read(buffer);
            pos = 0;
            if (limit < 0)
                limit = 0;
            return limit > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (number + 1) + ": " + e.getMessage(), e);
        }
    }
}
