package org.newskg.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens input files the way every reader needs them: refusing empty, binary and oversized files
 * with a message that says so, and decoding UTF-8 strictly.
 *
 * <p>Invalid UTF-8 is rejected, not replaced: a text in another encoding (the usual cause) would
 * otherwise be stored with names like "Soci�t�" that match nothing, and the fix (convert the file)
 * is easy once the message points at the bad byte.
 */
final class InputFiles {

    /** How much of a file is looked at to tell text from binary, as git does. */
    static final int SNIFF_BYTES = 8000;

    private InputFiles() {}

    /** The whole file, checked to be non-empty text within the size limit. */
    static byte[] readAll(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw tooLarge("the file", size, maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = readAll(in, maxBytes);
                checkText(bytes, bytes.length);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ReadException("no such file");
        } catch (IOException e) {
            throw new ReadException("cannot read the file: " + e.getMessage(), e);
        }
    }

    /** A stream, checked to start like non-empty text; any UTF-8 byte order mark is skipped. */
    static InputStream open(Path file) {
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            try {
                return checkedStart(in);
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new ReadException("no such file");
        } catch (IOException e) {
            throw new ReadException("cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Like {@link #open}, and checked to be valid UTF-8 throughout before anything is parsed. */
    static InputStream openUtf8(Path file) {
        InputStream in = open(file);
        try {
            checkUtf8(file);
            return in;
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The stream, checked to start like non-empty text and moved past any UTF-8 byte order mark. */
    static BufferedInputStream checkedStart(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        checkText(head, head.length);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)
            in.skipNBytes(3);
        return in;
    }

    /** Reads to the end, failing as soon as more than the limit arrives. */
    static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes)
                throw tooLarge("the input", -1, maxBytes);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The item (a file, a line, an answer) is too large; its size is negative when unknown. */
    static ReadException tooLarge(String item, long size, long maxBytes) {
        return new ReadException(item + " is " + (size < 0 ? "" : Sizes.describe(size) + ", ") + "over the "
                + Sizes.describe(maxBytes) + " limit; raise the limit (--max-size) if it really is one article");
    }

    /** Fails on an empty input or one that holds NUL bytes: a binary file or UTF-16 text. */
    static void checkText(byte[] head, int length) {
        boolean blank = true;
        for (int i = 0; i < length && blank; i++)
            blank = Character.isWhitespace(head[i]);
        if (blank)
            throw new ReadException("empty file");
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))
            throw new ReadException("UTF-16 text; save it as UTF-8");
        for (int i = 0; i < Math.min(length, SNIFF_BYTES); i++)
            if (head[i] == 0)
                throw new ReadException("binary file (it holds NUL bytes), not text;"
                        + " give a UTF-8 text, HTML, JSON, CSV or feed file");
    }

    /**
     * Checks a whole file is valid UTF-8 without holding it, for formats whose parser reads ahead
     * and so cannot say which item a bad byte belongs to.
     */
    private static void checkUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long offset = 0;
        int line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                int start = in.position();
                CoderResult result = decoder.decode(in, out, end);
                for (int i = start; i < in.position(); i++)
                    if (in.get(i) == '\n')
                        line++;
                if (result.isError())
                    throw new ReadException(String.format("not valid UTF-8: byte 0x%02X at line %d, byte offset %d;"
                            + " save the input as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)",
                            in.get(in.position()) & 0xFF, line, offset + in.position() - start));
                offset += in.position() - start;
                in.compact();
                out.clear();
            }
        } catch (IOException e) {
            throw new ReadException("cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The bytes as UTF-8, without a byte order mark; invalid UTF-8 fails naming the line and byte. */
    static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError())
            throw invalidUtf8(bytes, in.position());
        decoder.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static ReadException invalidUtf8(byte[] bytes, int position) {
        int line = 1;
        boolean multiline = false;
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == '\n') {
                multiline = true;
                if (i < position)
                    line++;
            }
        String where = multiline ? "line " + line + ", byte offset " + position : "byte offset " + position;
        return new ReadException(String.format("not valid UTF-8: byte 0x%02X at %s;"
                + " save the input as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)", bytes[position] & 0xFF, where));
    }
}
