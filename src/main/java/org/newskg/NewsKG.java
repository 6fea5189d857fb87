package org.newskg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of NewsKG. */
public final class NewsKG {

    private NewsKG() {}

    /** The version of this build, as in the Maven project ("0.1.0-SNAPSHOT"). */
    public static final String VERSION = readVersion();

    private static String readVersion() {
        try (InputStream in = NewsKG.class.getResourceAsStream("/newskg-version.properties")) {
            if (in == null)
                return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
