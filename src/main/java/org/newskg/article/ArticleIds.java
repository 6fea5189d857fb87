package org.newskg.article;

import java.nio.file.Path;

/** Derives article ids from what an input offers when it has no id of its own. */
public final class ArticleIds {

    private ArticleIds() {}

    /** The file name without its extension: {@code seed-huawei-5g-mwc.txt} gives {@code seed-huawei-5g-mwc}. */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
