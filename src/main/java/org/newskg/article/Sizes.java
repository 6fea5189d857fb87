package org.newskg.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 20MB}, {@code 512 KB}, {@code 1g}, {@code 300}. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?");

    private Sizes() {}

    /** The number of bytes a size names; units are powers of 1024. */
    public static long parse(String size) {
        Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches())
            throw new IllegalArgumentException("size '" + size + "' is not a size; write e.g. 20MB, 512KB or 1GB");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit.charAt(0)) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> n;
        };
    }

    /** A size for messages, in the largest whole unit: "20 MB", "1536 KB", "300 bytes". */
    public static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0)
            return (bytes >> 20) + " MB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0)
            return (bytes >> 10) + " KB";
        if (bytes >= 1 << 20)
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
        return bytes + " bytes";
    }
}
