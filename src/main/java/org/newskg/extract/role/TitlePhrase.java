package org.newskg.extract.role;

import org.newskg.extract.Mention;

/**
 * A title of a post as a stretch of a sentence's tokens: "US Secretary of State", "top US cyber
 * official", "chief executive of Hong Kong".
 *
 * @param start        document index of its first token
 * @param end          document index of the token after it
 * @param title        the title as worded, lower case, without a leading organisation ("secretary of state")
 * @param organization the organisation or state it names ("of Hong Kong", "US ..."), or null
 * @param head         the head word of the title, lower case ("secretary", "official")
 * @param leading      whether the organisation stands before the head as a modifier ("US lawyer"),
 *                     rather than after it or as its possessor
 * @param plural       whether the head is plural, so the title may be shared by a list of names
 *                     ("NASA astronauts Bob Behnken and Doug Hurley")
 */
record TitlePhrase(int start, int end, String title, Mention organization, String head, boolean leading, boolean plural) {

    TitlePhrase(int start, int end, String title, Mention organization, String head, boolean leading) {
        this(start, end, title, organization, head, leading, false);
    }
}
