/** Events of the 21 types, read from trigger words and the syntax around them, merged per article. */
package org.newskg.extract.event;
